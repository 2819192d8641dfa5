#!/bin/sh
# The tagger and parser commands: a tiny treebank trains and parses its own
# trees back, training is deterministic, articles come out as CoNLL-U with
# offsets, and corrupt, truncated and foreign models and malformed CoNLL-U
# lines give clear errors.
# usage: parse_test.sh BIN SOURCE_DIR
BIN=$1
SRC=$2
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
cd "$T" || exit 1
EXPECT_IGNORE='^tagger\|^parser epoch\|^train-parser\|^jackknife'
. "$SRC/tests/lib.sh"
cp "$SRC/tests/fixtures/syntax-tiny.conllu" tiny.conllu

# round trip: train on the fixture, parse it back
TRAIN="--tagger-epochs 20 --parser-epochs 20 --bits 14,14,14"
# shellcheck disable=SC2086
expect 0 "" -- "$BIN" train-parser --out m.bin --folds 0 $TRAIN tiny.conllu
check "model written" "[ -s m.bin ]"
expect 0 "tiny.conllu: 50 words: UPOS 1.0000 XPOS 1.0000 UAS 1.0000 LAS 1.0000" -- \
  "$BIN" parse --model m.bin --score --conllu tiny.conllu
check "the parse of the training trees is the treebank itself, byte for byte" "cmp -s out.txt tiny.conllu"
# shellcheck disable=SC2086
expect 0 "" -- "$BIN" train-parser --out m2.bin --folds 0 $TRAIN tiny.conllu
check "two trainings give the same model" "cmp -s m.bin m2.bin"
# jackknifed tags for the parser (3 folds over 6 sentences)
# shellcheck disable=SC2086
expect 0 "" -- "$BIN" train-parser --out m3.bin --folds 3 $TRAIN --dev tiny.conllu tiny.conllu
check "the development set is scored after every epoch" "grep -q '^parser epoch 20: .* dev UAS [0-9.]* LAS [0-9.]*' err.txt"

# beam search: a model trained for a beam of 4 parses its training trees
# back, deterministically, and its header holds the width
# shellcheck disable=SC2086
expect 0 "" -- "$BIN" train-parser --out b.bin --folds 0 --beam 4 $TRAIN tiny.conllu
check "beam training logs sentences right" "grep -q '^parser epoch 20: 1.0000 sentences right' err.txt"
expect 0 "tiny.conllu: 50 words: UPOS 1.0000 XPOS 1.0000 UAS 1.0000 LAS 1.0000" -- \
  "$BIN" parse --model b.bin --score --conllu tiny.conllu
check "the beam parser's parse of the training trees is the treebank itself" "cmp -s out.txt tiny.conllu"
# shellcheck disable=SC2086
expect 0 "" -- "$BIN" train-parser --out b2.bin --folds 0 --beam 4 $TRAIN tiny.conllu
check "two beam trainings give the same model" "cmp -s b.bin b2.bin"
check "the beam width is in the header" "[ \$(od -An -tu4 -j76 -N4 b.bin | tr -d ' ') = 4 ]"
check "a greedy model's header says 0" "[ \$(od -An -tu4 -j76 -N4 m.bin | tr -d ' ') = 0 ]"
expect 0 "" -- "$BIN" parse --model b.bin --beam 1 --conllu tiny.conllu
check "--beam 1 parses a beam model greedily: a head for every word" "[ \$(awk -F'\t' 'NF==10' out.txt | wc -l) = 50 ]"
cp b.bin wide.bin
printf '\101' | dd of=wide.bin bs=1 seek=76 conv=notrunc 2>/dev/null
expect 1 "newsgraph: wide.bin: syntax model header is corrupt" -- "$BIN" parse --model wide.bin --conllu tiny.conllu
expect 2 "newsgraph: --beam wants a number from 1 to 64, not '0'" -- "$BIN" train-parser --out x.bin --beam 0 tiny.conllu
expect 2 "newsgraph: --beam wants a number from 1 to 64, not '65'" -- "$BIN" parse --model b.bin --beam 65 --conllu tiny.conllu
expect 2 "newsgraph: --parser wants fast or accurate, not 'slow'" -- "$BIN" parse --parser slow --conllu tiny.conllu
expect 2 "newsgraph: parse takes either --parser or --model, not both" -- \
  "$BIN" parse --parser fast --model m.bin --conllu tiny.conllu
expect 2 "newsgraph: --parser wants fast or accurate, not 'beam'" -- "$BIN" convert --parser beam tiny.conllu

# the predicted columns replace the input's, the rest is kept
sed 's/\tNOUN\tNN\t/\tX\tFW\t/; s/\t3\tnsubj\t/\t1\tdep\t/' tiny.conllu > wrong.conllu
expect 0 "" -- "$BIN" parse --model m.bin --conllu wrong.conllu
check "UPOS, XPOS, HEAD and DEPREL predicted" "grep -q '^2	minister	minister	NOUN	NN	_	3	nsubj	_	_\$' out.txt"
check "comments kept" "grep -q '^# text = She said the talks would continue .\$' out.txt"
printf '# sent_id = m\n1-2\tdon'"'"'t\t_\t_\t_\t_\t_\t_\t_\t_\n1\tdo\tdo\tAUX\tVBP\t_\t3\taux\t_\t_\n2\tn'"'"'t\tnot\tPART\tRB\t_\t3\tadvmod\t_\t_\n3\tgo\tgo\tVERB\tVB\t_\t0\troot\t_\t_\n\n' > mwt.conllu
expect 0 "" -- "$BIN" parse --model m.bin --conllu mwt.conllu
check "a multiword token line is written back before its words" "sed -n 2p out.txt | grep -q '^1-2	don'\"'\"'t	'"
check "each word gets a head within the sentence" "awk -F'\t' 'NF==10 && \$1 ~ /^[0-9]+\$/ && (\$7 < 0 || \$7 > 3) {bad=1} END {exit bad}' out.txt"

# --given-tags: the file's tags are kept and parsed with
sed 's/^2\tminister\tminister\tNOUN\tNN\t/2\tminister\tminister\tPROPN\tNNP\t/' tiny.conllu > given.conllu
expect 0 "" -- "$BIN" parse --model m.bin --given-tags --conllu given.conllu
check "a tag pair the model knows is kept" "grep -q '^2	minister	minister	PROPN	NNP	_	' out.txt"
check "the others are predicted" "grep -q '^2	minister	minister	NOUN	NN	_	3	nsubj' out.txt.bak 2>/dev/null || grep -q '^5	president	president	NOUN	NN	_	3	obj' out.txt"
expect 2 "newsgraph: --given-tags needs --conllu FILE" -- "$BIN" parse --model m.bin --given-tags a.txt

# articles: the converter's tokens and sentences, character offsets in MISC
printf 'The minister met the president in Oslo. Police arrested two men on Friday.\n' > a.txt
expect 0 "" -- "$BIN" parse --model m.bin a.txt
check "a document header" "head -1 out.txt | grep -q '^# newdoc id = a.txt\$'"
check "two sentences" "[ \$(grep -c '^# sent_id' out.txt) = 2 ]"
check "sentence text" "grep -q '^# text = Police arrested two men on Friday.\$' out.txt"
check "offsets of the second sentence's first word" "grep -q '^1	Police	_	NOUN	NNS	_	2	nsubj	_	TokenRange=40:46\$' out.txt"
check "no space before the full stop" "grep -q '^7	Oslo	_	PROPN	NNP	_	3	obl	_	SpaceAfter=No|TokenRange=34:38\$' out.txt"

# the built-in parsers: parse uses the accurate (beam) one unless told
# --parser fast; convert the fast one unless told --parser accurate
if "$BIN" parse --parser accurate --conllu tiny.conllu >/dev/null 2>&1; then
  expect 0 "" -- "$BIN" parse a.txt
  check "accurate parser: the subject of 'arrested'" "grep -q '^1	Police	_	NOUN	NNS	_	2	nsubj	_	TokenRange=40:46\$' out.txt"
  check "accurate parser: 'men' is its object" "grep -q '^4	men	_	NOUN	NNS	_	2	obj	_	TokenRange=60:63\$' out.txt"
  cp out.txt accurate.txt
  expect 0 "" -- "$BIN" parse --parser accurate a.txt
  check "--parser accurate is parse's default" "cmp -s out.txt accurate.txt"
  expect 0 "" -- "$BIN" parse --parser fast a.txt
  check "fast parser: the subject of 'arrested'" "grep -q '^1	Police	_	NOUN	NNS	_	2	nsubj	_	TokenRange=40:46\$' out.txt"
  expect 0 "" -- "$BIN" convert --parser accurate -f ntriples a.txt
  check "convert --parser accurate is recorded in the provenance" "grep -q -- '--parser accurate' out.txt"
  expect 0 "" -- "$BIN" convert -f ntriples a.txt
  check "the default parser is not" "! grep -q -- '--parser' out.txt"
else
  echo "parse: this build has no built-in accurate parser: its checks skipped"
fi

# usage errors
expect 2 "newsgraph: --score needs --conllu FILE" -- "$BIN" parse --model m.bin --score a.txt
expect 2 "newsgraph: parse takes either --conllu FILE or articles, not both" -- "$BIN" parse --model m.bin --conllu tiny.conllu a.txt
expect 2 "newsgraph: --folds wants 0 or at least 2" -- "$BIN" train-parser --out x.bin --folds 1 tiny.conllu
expect 2 "newsgraph: --bits wants three numbers from 8 to 24 (T,P,L), not '30,1,1'" -- "$BIN" train-parser --out x.bin --bits 30,1,1 tiny.conllu
expect 2 "newsgraph: train-parser needs --out MODEL and at least one treebank" -- "$BIN" train-parser tiny.conllu

# corrupt, truncated and foreign model files
cp m.bin bad.bin
printf 'X' | dd of=bad.bin bs=1 seek=100 conv=notrunc 2>/dev/null
expect 1 "newsgraph: bad.bin: syntax model is corrupt (checksum mismatch)" -- "$BIN" parse --model bad.bin --conllu tiny.conllu
head -c 200 m.bin > short.bin
expect 1 "newsgraph: short.bin: syntax model is truncated or has the wrong size" -- "$BIN" parse --model short.bin --conllu tiny.conllu
head -c 40 m.bin > stub.bin
expect 1 "newsgraph: stub.bin: not a newsgraph syntax model (bad magic number)" -- "$BIN" parse --model stub.bin --conllu tiny.conllu
printf 'NGNERMDL and then not what a syntax model holds, long enough for a header.....' > ner.bin
expect 1 "newsgraph: ner.bin: not a newsgraph syntax model (bad magic number)" -- "$BIN" parse --model ner.bin --conllu tiny.conllu
cp m.bin ver.bin
printf '\011' | dd of=ver.bin bs=1 seek=8 conv=notrunc 2>/dev/null
expect 1 "newsgraph: ver.bin: syntax model version 9, this newsgraph reads version 1" -- "$BIN" parse --model ver.bin --conllu tiny.conllu
expect 1 "newsgraph: none.bin: cannot open: No such file or directory" -- "$BIN" parse --model none.bin --conllu tiny.conllu

# malformed CoNLL-U lines name file:line
printf '1\tThe\tthe\tDET\n' > cols.conllu
expect 1 "newsgraph: cols.conllu:1: a word line needs 10 tab-separated columns" -- "$BIN" parse --model m.bin --conllu cols.conllu
printf '1\tA\ta\tDET\tDT\t_\t2\tdet\t_\t_\n3\tB\tb\tNOUN\tNN\t_\t0\troot\t_\t_\n\n' > ids.conllu
expect 1 "newsgraph: ids.conllu:2: word ids must run 1, 2, 3 ... within a sentence" -- "$BIN" parse --model m.bin --conllu ids.conllu
printf '1\tA\ta\tDET\tDT\t_\t2\tdet\t_\t_\n2\tB\tb\tNOUN\tNN\t_\t5\troot\t_\t_\n\n' > head.conllu
expect 1 "newsgraph: head.conllu:2: HEAD must be 0 or the id of another word of the sentence" -- "$BIN" train-parser --out x.bin head.conllu
printf '1\tA\ta\tDET\tDT\t_\t2\tdet\t_\t_\n2\tB\tb\tNOUN\tNN\t_\t1\tnmod\t_\t_\n\n' > cycle.conllu
expect 1 "newsgraph: cycle.conllu:1: the heads form a cycle" -- "$BIN" train-parser --out x.bin cycle.conllu
printf '1\tA\ta\tDET\tDT\t_\t0\troot\t_\t_\n\n' > ok.conllu
check "a file the parser reads need not have trees" "\"$BIN\" parse --model m.bin --conllu head.conllu >/dev/null"
expect 1 "newsgraph: nofile.conllu: cannot open: No such file or directory" -- "$BIN" parse --model m.bin --conllu nofile.conllu

echo "parse: $n checks, $fails failed"
[ "$fails" -eq 0 ]
