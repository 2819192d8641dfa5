#!/bin/sh
# NER speed and memory, newsgraph side by side with the peers in
# ../shared/peers (Apache OpenNLP, compromise) on the same CoNLL test file,
# in one run. Prints tokens per second (whole process, and steady state for
# newsgraph: the difference between tagging the file once and 30 times in
# one process, best of three), peak memory, F1 (nereval) and the ratios.
# usage: bench/ner_speed.sh [BIN] [SHARED_DIR]
BIN=${1:-build/newsgraph}
SHARED=${2:-../shared}
TEST="$SHARED/data/conll2003_en/eng.testb"
if [ ! -f "$TEST" ]; then
  echo "skipped: $TEST not found"
  exit 0
fi
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
tokens=$(grep -v -e '^$' -e '^-DOCSTART-' "$TEST" | wc -l)
R=30
i=0; while [ $i -lt $R ]; do cat "$TEST"; i=$((i + 1)); done > "$T/testR"

measure() {  # name command... ; sets wall, rss
  /usr/bin/time -f "%e %M" -o "$T/time" "$@" > "$T/pred" 2> "$T/err" || { echo "$1 failed: $(tail -2 "$T/err")"; return 1; }
  wall=$(cut -d' ' -f1 "$T/time"); rss=$(cut -d' ' -f2 "$T/time")
}
f1() { "$SHARED/eval/nereval" "$TEST" "$1" 2>/dev/null | tail -1 | sed 's/F1=//'; }

printf '%-22s %10s %14s %14s %10s %8s\n' tool F1 "tok/s whole" "tok/s steady" "peak MB" "wall s"
# best of three runs each, for newsgraph's short timings
best() { awk -v a="$1" -v b="$2" 'BEGIN{print (a == "" || b < a) ? b : a}'; }
ng_wall=""; ngR=""
for run in 1 2 3; do
  measure "$BIN" tag --conll "$TEST" || exit 1
  ng_wall=$(best "$ng_wall" "$wall"); ng_rss=$rss
  measure "$BIN" tag --conll "$T/testR" || exit 1
  ngR=$(best "$ngR" "$wall")
done
measure "$BIN" tag --conll "$TEST"; cp "$T/pred" "$T/ng.pred"; ng_f1=$(f1 "$T/ng.pred")
ng_whole=$(awk "BEGIN{printf \"%.0f\", $tokens/$ng_wall}")
ng_steady=$(awk "BEGIN{d=$ngR-$ng_wall; printf \"%.0f\", (d > 0 ? ($R-1)*$tokens/d : 0)}")
printf '%-22s %10s %14s %14s %10.1f %8s\n' newsgraph "$ng_f1" "$ng_whole" "$ng_steady" "$(awk "BEGIN{print $ng_rss/1024}")" "$ng_wall"

peer() {  # label script args...
  label=$1; shift
  if measure "$@"; then
    cp "$T/pred" "$T/peer.pred"
    pf1=$(f1 "$T/peer.pred")
    pwhole=$(awk "BEGIN{printf \"%.0f\", $tokens/$wall}")
    printf '%-22s %10s %14s %14s %10.1f %8s\n' "$label" "$pf1" "$pwhole" "-" "$(awk "BEGIN{print $rss/1024}")" "$wall"
    echo "  ratio newsgraph/$label: throughput x$(awk "BEGIN{printf \"%.1f\", $ng_whole/$pwhole}") (whole process)," \
         "steady-state x$(awk "BEGIN{printf \"%.1f\", $ng_steady/$pwhole}"), memory x$(awk "BEGIN{printf \"%.2f\", $ng_rss/$rss}")"
  fi
}
if [ -x "$SHARED/peers/ner-opennlp" ] && command -v opennlp >/dev/null 2>&1; then
  peer opennlp "$SHARED/peers/ner-opennlp" tag "$TEST"
else
  echo "opennlp: skipped (install the Debian package opennlp and run ner-opennlp train once)"
fi
if [ -x "$SHARED/peers/ner-compromise" ] && command -v node >/dev/null 2>&1; then
  peer compromise "$SHARED/peers/ner-compromise" "$TEST"
else
  echo "compromise: skipped (node not found)"
fi
echo "tokens in test file: $tokens"
