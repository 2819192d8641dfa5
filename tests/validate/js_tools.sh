#!/bin/sh
# Make the npm test tools (tests/js) ready in BUILD_DIR/js and print that
# directory. The pinned versions and the lock file come from tests/js; the
# packages are installed once per lock file, never into the source tree.
# usage: js_tools.sh SOURCE_DIR BUILD_DIR
SRC=$1
DIR=$2/js
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "js_tools: node and npm are needed (scripts/deps installs them)" >&2
  exit 1
fi
mkdir -p "$DIR"
# one installer at a time (tests run in parallel); installed.lock marks a
# complete install of exactly this lock file
i=0
until mkdir "$DIR/.installing" 2>/dev/null; do
  i=$((i + 1))
  [ $i -gt 600 ] && { echo "js_tools: $DIR/.installing is stuck" >&2; exit 1; }
  sleep 0.5
done
trap 'rmdir "$DIR/.installing" 2>/dev/null' EXIT
# replaced by a rename, never rewritten in place: another test may be
# running node on it right now
if ! cmp -s "$SRC/tests/js/rdftools.mjs" "$DIR/rdftools.mjs"; then
  cp "$SRC/tests/js/rdftools.mjs" "$DIR/rdftools.mjs.tmp" && mv -f "$DIR/rdftools.mjs.tmp" "$DIR/rdftools.mjs"
fi
if ! cmp -s "$SRC/tests/js/package-lock.json" "$DIR/installed.lock"; then
  rm -f "$DIR/installed.lock"
  cp "$SRC/tests/js/package.json" "$SRC/tests/js/package-lock.json" "$DIR/"
  (cd "$DIR" && npm ci --no-audit --no-fund --loglevel=error >npm.log 2>&1) || {
    cat "$DIR/npm.log" >&2
    echo "js_tools: npm ci failed" >&2
    exit 1
  }
  cp "$SRC/tests/js/package-lock.json" "$DIR/installed.lock"
fi
echo "$DIR"
