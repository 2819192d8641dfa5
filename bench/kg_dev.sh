#!/bin/sh
# Score the converter on the sample article and the development set of
# ../shared/eval (kgeval), printing each article's summary and the mean.
# usage: [CONVERT_ARGS='--coref-model F ...'] bench/kg_dev.sh [BIN] [SHARED_DIR]
# (CONVERT_ARGS: more options for every convert, to measure them)
BIN=${1:-build/newsgraph}
SHARED=${2:-../shared}
KGEVAL="$SHARED/eval/kgeval"
if [ ! -x "$KGEVAL" ]; then
  echo "skipped: $KGEVAL not found"
  exit 0
fi
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
"$BIN" convert "$SHARED/samples/voa-pyongyang-russia-gambit.txt" -f ntriples --published 2024-10-30 $CONVERT_ARGS > "$T/sample.nt"
echo "sample: $("$KGEVAL" "$SHARED/eval/gold/voa-pyongyang-russia-gambit.gold.json" "$T/sample.nt" --dates | tail -1)"
for g in "$SHARED"/eval/gold/dev/*.gold.json; do
  [ -f "$g" ] || continue
  id=$(basename "$g" .gold.json)
  pub=$(python3 -c "import json,sys;print(json.load(open(sys.argv[1])).get('published',''))" "$g")
  "$BIN" convert "$SHARED/eval/gold/dev/$id.txt" -f ntriples ${pub:+--published "$pub"} $CONVERT_ARGS > "$T/$id.nt" 2>/dev/null
  echo "$id: $("$KGEVAL" "$g" "$T/$id.nt" --dates | tail -1)"
done | tee "$T/dev.txt"
python3 - "$T/dev.txt" <<'PY'
import sys
rows = [dict(kv.split('=') for kv in l.split()[2:]) for l in open(sys.argv[1]) if 'kgeval:' in l]
if rows:
    print('dev mean: ' + ' '.join(f'{k}={sum(float(r[k]) for r in rows)/len(rows):.3f}' for k in rows[0]))
PY
