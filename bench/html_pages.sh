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

# Speed. The best of several runs (this machine's timings vary): start-up,
# the converter on a one-line article, one process each; the reader alone
# (newsgraph read: HTML parsing, main text and metadata) and the whole
# pipeline over every page in one process on one core.
best() { # best() N COMMAND...: the least wall-clock seconds of N runs
  python3 - "$@" <<'PY'
import subprocess, sys, time
runs, cmd = int(sys.argv[1]), sys.argv[2:]
best = None
for _ in range(runs):
    t = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    t = time.perf_counter() - t
    best = t if best is None or t < best else best
print(best)
PY
}
printf 'Hello.\n' > "$T/one-line.txt"
startup=$(best 10 "$BIN" convert "$T/one-line.txt")
for f in "$DATA"/*.html.gz; do gzip -dc "$f" > "$T/$(basename "$f" .gz)"; done
read_gz=$(best 3 "$BIN" read "$DATA"/*.html.gz)
read_plain=$(best 3 "$BIN" read "$T"/*.html)
whole=$(best 3 "$BIN" convert -q -j1 "$DATA"/*.html.gz -f nquads)
whole_j=$(best 3 "$BIN" convert -q "$DATA"/*.html.gz -f nquads)
awk -v s="$startup" -v rg="$read_gz" -v rp="$read_plain" -v w="$whole" -v wj="$whole_j" -v n="$n" 'BEGIN{
  printf "start-up (convert of a one-line article, best of 10): %.1f ms\n", 1000*s
  printf "HTML extraction alone (newsgraph read, one core): %.0f pages/s gzip-compressed, %.0f pages/s uncompressed\n", n/rg, n/rp
  printf "whole pipeline (convert to N-Quads): %.0f pages/s on one core (-j1), %.0f pages/s with the default jobs\n", n/w, n/wj
}'
[ "$crashed" -eq 0 ]
