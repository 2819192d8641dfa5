#!/bin/sh
# Time against the length of one sentence: an article whose body is one run
# of 1 KB, 16 KB and 256 KB without a full stop (names, places, event and
# speech words, commas: the worst case for clause scans), converted on one
# core; prints seconds and milliseconds per KB after start-up (the time of a
# one-line article). Linear when the per-KB figures stay level.
# usage: bench/scaling.sh [BIN]
BIN=${1:-build-rel/newsgraph}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
sentence() { # BYTES FILE
  awk -v n="$1" 'BEGIN { printf "Title\n\n"; s = ""
    while (length(s) < n) s = s "Officials from Russia met leaders of China in Moscow on Tuesday, said Smith, and "
    printf "%s.\n", substr(s, 1, n) }' > "$2"
}
best() { # FILE: best of three wall-clock seconds
  for i in 1 2 3; do
    /usr/bin/time -f %e taskset -c 0 "$BIN" convert -q "$1" -f ntriples 2>&1 >/dev/null | tail -1
  done | sort -n | head -1
}
printf 'Title\n\nOne line.\n' > "$T/start.txt"
t0=$(best "$T/start.txt")
echo "start-up (a one-line article): $t0 s"
for kb in 1 16 256; do
  sentence $((kb * 1024)) "$T/s$kb.txt"
  t=$(best "$T/s$kb.txt")
  echo "$kb KB sentence: $t s, $(echo "$t $t0 $kb" | awk '{ printf "%.2f", ($1 - $2) * 1000 / $3 }') ms per KB after start-up"
done
