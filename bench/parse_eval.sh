#!/bin/sh
# Accuracy of the built-in taggers and parsers (fast: greedy; accurate: beam) with the CoNLL 2018 shared task
# definitions (all words; UPOS; UAS; LAS on the universal relation), on
# each treebank's own tokenization: UD English EWT dev (used for tuning) and
# test, and GUM's test documents (GUM test; GENTLE, GUM's out-of-domain test2).
# Test splits are for reporting only: never tune on what this prints for them.
# usage: bench/parse_eval.sh [BIN] [DATA_DIR]
BIN=${1:-build/newsgraph}
DATA=${2:-../shared/data}
EWT=$DATA/ud_english_ewt
GUM=$DATA/gum
if [ ! -f "$EWT/en_ewt-ud-test.conllu" ]; then
  echo "skipped: $EWT not found"
  exit 0
fi
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
score() { # NAME FILE: both built-in parsers
  for p in fast accurate; do
    "$BIN" parse --parser $p --score --conllu "$2" 2>&1 >/dev/null | sed "s|^[^:]*:|$1, --parser $p:|"
  done
}
score "EWT dev" "$EWT/en_ewt-ud-dev.conllu"
score "EWT test" "$EWT/en_ewt-ud-test.conllu"
if [ -f "$GUM/splits.md" ]; then
  for split in test test2; do
    awk -v s="## $split" '$0 == s {f = 1; next} /^## / {f = 0} f' "$GUM/splits.md" |
      grep -o 'G[A-Z]*_[a-z]*_[a-z0-9_]*' | sort -u | while read -r d; do
      # (the reddit documents are not distributed with GUM's text)
      if [ -f "$GUM/dep/$d.conllu" ]; then cat "$GUM/dep/$d.conllu"; fi
    done > "$T/$split.conllu"
    score "GUM $split ($(grep -c '^# newdoc' "$T/$split.conllu") documents)" "$T/$split.conllu"
  done
fi
