#!/bin/sh
# Convert every page of the article-extraction benchmark (../shared/data) and
# report how many convert, fail cleanly, crash or hang, and get a headline.
# usage: bench/html_pages.sh [BIN] [DATA_DIR]
BIN=${1:-build/newsgraph}
DATA=${2:-../shared/data/article_extraction_benchmark/html}
if [ ! -d "$DATA" ]; then
  echo "skipped: $DATA not found (the article-extraction benchmark is not on this machine)"
  exit 0
fi
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
n=0; ok=0; failed=0; crashed=0; headline=0
start=$(date +%s.%N)
for f in "$DATA"/*.html.gz "$DATA"/*.html; do
  [ -f "$f" ] || continue
  n=$((n + 1))
  timeout 30 "$BIN" convert -q "$f" -f ntriples > "$T/out.nt" 2> "$T/err.txt"
  rc=$?
  if [ $rc -gt 1 ]; then
    crashed=$((crashed + 1))
    echo "CRASH/HANG (exit $rc): $f"
  elif [ $rc -eq 1 ]; then
    failed=$((failed + 1))
    echo "failed cleanly: $(cat "$T/err.txt")"
  else
    ok=$((ok + 1))
    grep -q '<http://schema.org/headline>' "$T/out.nt" && headline=$((headline + 1))
  fi
done
end=$(date +%s.%N)
# every page's graph against the bundled SHACL shapes, one named graph each
"$BIN" convert -q "$DATA"/*.html.gz -f nquads > "$T/all.nq" 2>/dev/null
echo "validate: $("$BIN" validate "$T/all.nq" 2>"$T/val.txt")"
head -5 "$T/val.txt"
echo "pages=$n converted=$ok failed_cleanly=$failed crashed_or_hung=$crashed with_headline=$headline" \
     "($(awk "BEGIN{printf \"%.1f\", 100*$headline/($n?$n:1)}")%) seconds=$(awk "BEGIN{printf \"%.1f\", $end-$start}")"
[ "$crashed" -eq 0 ]
