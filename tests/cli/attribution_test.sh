#!/bin/sh
# The attribution model's commands: a model round trip on a tiny fixture,
# determinism, corrupt and foreign model files, malformed span and list
# lines, and the built-in model on a sample.
# usage: attribution_test.sh BIN SOURCE_DIR
BIN=$1
SRC=$2
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
cd "$T" || exit 1
EXPECT_IGNORE='^epoch\|^train-attribution\|^training:\|^dev:\|^  dev'
. "$SRC/tests/lib.sh"
cp "$SRC/tests/fixtures/attribution-tiny.txt" tiny.txt
cp "$SRC/tests/fixtures/attribution-tiny.spans" tiny.spans
printf '%s\t%s\n' "$T/tiny.txt" "$T/tiny.spans" > tiny.list

# round trip: train on the fixture, find its attributions back
expect 0 "" -- "$BIN" train-attribution --out m.bin --epochs 40 tiny.list
check "model written" "[ -s m.bin ]"
check "the training report counts the fixture" "grep -q '^training: 1 articles, 3 paragraphs, ' err.txt"
expect 0 "" -- "$BIN" attributions --model m.bin tiny.txt
check "a header names the article" "head -1 out.txt | grep -q '^# tiny.txt\$'"
check "a reported clause with its cue and source" \
  "grep -q '^1	Cue	15	19	said\$' out.txt && grep -q '^1	Source	0	14	Mayor Ana Ruiz\$' out.txt &&
   grep -q '^1	Content	20	60	the ferry would run every hour from June\$' out.txt"
check "'according to' as a cue, its source after it" \
  "grep -q '^2	Cue	96	108	according to\$' out.txt && grep -q '^2	Source	109	125	a city statement\$' out.txt"
check "a quote before its cue and source" \
  "grep -q '^3	Content	128	158	“We cannot wait another year,”\$' out.txt && grep -q '^3	Source	159	163	Ruiz\$' out.txt"
check "six attributions, three lines each" "[ \$(grep -c '^[0-9]' out.txt) -eq 18 ]"
expect 0 "" -- "$BIN" train-attribution --out m2.bin --epochs 40 tiny.list
check "two trainings give the same model" "cmp -s m.bin m2.bin"
expect 0 "" -- "$BIN" train-attribution --out m3.bin --epochs 40 --dev tiny.list tiny.list
check "a dev list is scored each epoch" "grep '^  dev' err.txt | tail -1 | grep -q '^  dev exact spans F1: Source 1.0000 Cue 1.0000 Content 1.0000; tokens F1: '"

# the converter with that model: the fixture's reports become statements
expect 0 "" -- "$BIN" convert --attribution-model m.bin -f ntriples tiny.txt
check "a reported statement from the model" "grep -q 'schema.org/text> \"workers had not been consulted\"' out.txt"
check "the model file is recorded in the provenance" "grep -q -- '--attribution-model m.bin' out.txt"

# corrupt, truncated and foreign model files
cp m.bin bad.bin
printf 'X' | dd of=bad.bin bs=1 seek=100 conv=notrunc 2>/dev/null
expect 1 "newsgraph: bad.bin: attribution model is corrupt (checksum mismatch)" -- "$BIN" attributions --model bad.bin tiny.txt
head -c 200 m.bin > short.bin
expect 1 "newsgraph: short.bin: attribution model is truncated or has the wrong size" -- "$BIN" attributions --model short.bin tiny.txt
printf 'not a model at all, just some text that is long enough to have a header' > text.bin
expect 1 "newsgraph: text.bin: not a newsgraph attribution model (bad magic number)" -- "$BIN" attributions --model text.bin tiny.txt
expect 2 "newsgraph: text.bin: not a newsgraph attribution model (bad magic number)" -- "$BIN" convert --attribution-model text.bin tiny.txt
expect 1 "newsgraph: none.bin: cannot open: No such file or directory" -- "$BIN" attributions --model none.bin tiny.txt

# malformed lists and span files name file:line
printf '%s\t%s\n%s\n' "$T/tiny.txt" "$T/tiny.spans" "$T/tiny.txt" > nospans.list
expect 1 "newsgraph: nospans.list:2: expected ARTICLE<TAB>SPANS" -- "$BIN" train-attribution --out x.bin nospans.list
printf '0\t5\tSource\n7\t3\tCue\n' > bad.spans
printf '%s\t%s\n' "$T/tiny.txt" "$T/bad.spans" > badspans.list
expect 1 "newsgraph: $T/bad.spans:2: expected START<TAB>END<TAB>Source|Cue|Content within the article" -- "$BIN" train-attribution --out x.bin badspans.list
printf '0\t5\tSpeaker\n' > badrole.spans
printf '%s\t%s\n' "$T/tiny.txt" "$T/badrole.spans" > badrole.list
expect 1 "newsgraph: $T/badrole.spans:1: expected START<TAB>END<TAB>Source|Cue|Content within the article" -- "$BIN" train-attribution --out x.bin badrole.list
: > empty.list
expect 1 "newsgraph: train-attribution: no training paragraphs" -- "$BIN" train-attribution --out x.bin empty.list
expect 2 "newsgraph: train-attribution needs --out MODEL and one LIST of training articles" -- "$BIN" train-attribution tiny.list
expect 2 "newsgraph: --epochs wants a number from 1 to 1000, not '0'" -- "$BIN" train-attribution --out x.bin --epochs 0 tiny.list

# the built-in model on a sample article
"$BIN" attributions "$SRC/samples/beijing-visit.txt" > out.txt 2> err.txt
if grep -q 'has no attribution model' err.txt; then
  echo "attribution: skipped the built-in model's checks (this build has none)"
else
  check "the built-in model finds Wang's report" \
    "grep -q '	Source	376	380	Wang\$' out.txt && grep -q '	Content	386	461	China and Russia would hold further consultations on North Korea next month\$' out.txt"
fi

echo "attribution: $n checks, $fails failed"
[ "$fails" -eq 0 ]
