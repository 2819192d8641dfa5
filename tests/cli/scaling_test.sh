#!/bin/sh
# One long sentence costs time in proportion to its length: a 256 KB run
# without a full stop (names, places, event and speech words, commas) takes
# at most 40 times the processing time of a 16 KB one (16 when linear; a
# quadratic stage makes it 256). Ratios, not absolute times: the test runs
# under sanitizers and on busy machines. bench/scaling.sh prints the figures.
# usage: scaling_test.sh BIN
BIN=$1
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fails=0
sentence() { # BYTES FILE
  awk -v n="$1" 'BEGIN { printf "Title\n\n"; s = ""
    while (length(s) < n) s = s "Officials from Russia met leaders of China in Moscow on Tuesday, said Smith, and "
    printf "%s.\n", substr(s, 1, n) }' > "$2"
}
seconds() { # FILE -> wall-clock seconds of one conversion
  start=$(date +%s.%N)
  "$BIN" convert -q "$1" -f ntriples > "$T/out.nt" 2>/dev/null || echo "FAIL: $1 did not convert" >&2
  end=$(date +%s.%N)
  echo "$start $end" | awk '{ printf "%.3f", $2 - $1 }'
}
printf 'Title\n\nOne line.\n' > "$T/start.txt"
sentence 16384 "$T/s16.txt"
sentence 262144 "$T/s256.txt"
t0=$(seconds "$T/start.txt")
t16=$(seconds "$T/s16.txt")
t256=$(seconds "$T/s256.txt")
events=$(grep -c '22-rdf-syntax-ns#type> <http://schema.org/' "$T/out.nt")
echo "start-up $t0 s, 16 KB $t16 s, 256 KB $t256 s"
# processing time beyond start-up, with a floor against timer noise and
# busy machines (the quadratic code took minutes here, not seconds)
ok=$(echo "$t0 $t16 $t256" | awk '{ p16 = $2 - $1; if (p16 < 0.25) p16 = 0.25; print ($3 - $1 <= 40 * p16) ? 1 : 0 }')
if [ "$ok" != 1 ]; then
  echo "FAIL: 256 KB took more than 40 times the 16 KB sentence's time (superlinear)"
  fails=$((fails + 1))
fi
if [ "$events" -lt 100 ]; then
  echo "FAIL: the 256 KB sentence gave $events typed nodes; the test input should give hundreds"
  fails=$((fails + 1))
fi
echo "scaling: 2 checks, $fails failed"
[ "$fails" -eq 0 ]
