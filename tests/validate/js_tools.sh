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
cp "$SRC/tests/js/rdftools.mjs" "$DIR/"
if ! cmp -s "$SRC/tests/js/package-lock.json" "$DIR/package-lock.json" || [ ! -d "$DIR/node_modules" ]; then
  cp "$SRC/tests/js/package.json" "$SRC/tests/js/package-lock.json" "$DIR/"
  (cd "$DIR" && npm ci --no-audit --no-fund --loglevel=error >npm.log 2>&1) || {
    cat "$DIR/npm.log" >&2
    echo "js_tools: npm ci failed" >&2
    exit 1
  }
fi
echo "$DIR"
