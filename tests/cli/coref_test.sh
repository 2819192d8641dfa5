#!/bin/sh
# The pronoun model's commands: a model round trip on a tiny fixture (a
# pronoun for a named person, one for a person only described), its effect
# on the converter's speakers, determinism, corrupt and foreign model
# files, malformed list and mention lines.
# usage: coref_test.sh BIN SOURCE_DIR
BIN=$1
SRC=$2
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
cd "$T" || exit 1
EXPECT_IGNORE='^epoch\|^train-coref\|^training:\|^dev:\|^  dev'
. "$SRC/tests/lib.sh"
cp "$SRC/tests/fixtures/coref-tiny.txt" tiny.txt
cp "$SRC/tests/fixtures/coref-tiny.mentions" tiny.mentions
printf '%s\t%s\n' "$T/tiny.txt" "$T/tiny.mentions" > tiny.list

# round trip: train on the fixture, score it
expect 0 "" -- "$BIN" train-coref --out m.bin --epochs 20 tiny.list
check "model written" "[ -s m.bin ]"
check "the training report counts the fixture's pronouns" \
  "grep -q '^training: 1 articles, 3 pronouns (1 stand for nobody named; 0 without a gold mention, 0 tokens not found in their file)\$' err.txt"
expect 0 "" -- "$BIN" train-coref --score --model m.bin tiny.list
check "the rules give the teacher's 'He' to Maria Lopez" \
  "grep -q '^   rules: accuracy 0.6667 of 3; people named: P 0.6667 R 1.0000 F1 0.8000 (3 picked, 2 to find)\$' out.txt"
check "the model knows the teacher is nobody named" \
  "grep -q '^   model: accuracy 1.0000 of 3; people named: P 1.0000 R 1.0000 F1 1.0000 (2 picked, 2 to find)\$' out.txt"
expect 0 "" -- "$BIN" train-coref --out m2.bin --epochs 20 tiny.list
check "two trainings give the same model" "cmp -s m.bin m2.bin"
expect 0 "" -- "$BIN" train-coref --out m3.bin --epochs 3 --dev tiny.list tiny.list
check "a dev list is scored each epoch" "grep -q '^  dev model: accuracy ' err.txt"

# the names table: given names and the gender of the pronouns that can only
# stand for them; the model keeps the table it was trained with
expect 0 "" -- "$BIN" name-genders tiny.txt
check "Maria is 'she', Tom 'he'; the teacher's 'He' is no evidence" "[ \"\$(cat out.txt)\" = \"\$(printf 'maria\tf\ntom\tm')\" ]"
cp out.txt names.tsv
expect 0 "" -- "$BIN" train-coref --out named.bin --names names.tsv --epochs 20 tiny.list
check "a model with a names table is written" "[ -s named.bin ] && ! cmp -s named.bin m.bin"
expect 0 "" -- "$BIN" train-coref --score --model named.bin tiny.list
check "and read back" "grep -q '^   model: accuracy 1.0000 of 3;' out.txt"
printf 'maria\tf\ntom\tx\n' > bad-names.tsv
expect 1 "newsgraph: bad-names.tsv:2: expected NAME<TAB>m or NAME<TAB>f" -- "$BIN" train-coref --out x.bin --names bad-names.tsv tiny.list
printf 'tom\tm\nmaria\tf\n' > unsorted.tsv
expect 1 "newsgraph: unsorted.tsv:2: names must be sorted and unique" -- "$BIN" train-coref --out x.bin --names unsorted.tsv tiny.list
expect 2 "newsgraph: name-genders needs at least one FILE" -- "$BIN" name-genders

# the converter: the teacher's words stay unattributed with the model,
# go to Maria Lopez by the rules
expect 0 "" -- "$BIN" convert --coref-model m.bin -f ntriples tiny.txt
check "Maria Lopez's words are hers" \
  "grep -q 'statement/55-88> <http://schema.org/creator> <http://newsgraph.org/id/person/maria-lopez>' out.txt"
check "the teacher's words have no named speaker" \
  "grep -q 'statement/147-182> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://newsgraph.org/ns#UnattributedQuote>' out.txt &&
   ! grep -q 'statement/147-182> <http://schema.org/creator>' out.txt"
check "the model file is recorded in the provenance" "grep -q -- '--coref-model m.bin' out.txt"
expect 0 "" -- "$BIN" convert --coref-model none -f ntriples tiny.txt
check "by the rules, the last person named" \
  "grep -q 'statement/147-182> <http://schema.org/creator> <http://newsgraph.org/id/person/maria-lopez>' out.txt"

# corrupt, truncated and foreign model files
cp m.bin bad.bin
printf 'X' | dd of=bad.bin bs=1 seek=60 conv=notrunc 2>/dev/null
expect 1 "newsgraph: bad.bin: pronoun model is corrupt (checksum mismatch)" -- "$BIN" train-coref --score --model bad.bin tiny.list
head -c 50 m.bin > short.bin
expect 1 "newsgraph: short.bin: pronoun model is truncated or has the wrong size" -- "$BIN" train-coref --score --model short.bin tiny.list
printf 'not a model at all, just some text that is long enough to have a header' > text.bin
expect 2 "newsgraph: text.bin: not a newsgraph pronoun model (bad magic number)" -- "$BIN" convert --coref-model text.bin tiny.txt
expect 2 "newsgraph: none.bin: cannot open: No such file or directory" -- "$BIN" convert --coref-model none.bin tiny.txt

# malformed lists and mention files name file:line; usage
printf '%s\t%s\n%s\n' "$T/tiny.txt" "$T/tiny.mentions" "$T/tiny.txt" > nomentions.list
expect 1 "newsgraph: nomentions.list:2: expected ARTICLE<TAB>MENTIONS" -- "$BIN" train-coref --out x.bin nomentions.list
printf '0\t11\tlopez\n40\t30\tlopez\n' > bad.mentions
printf '%s\t%s\n' "$T/tiny.txt" "$T/bad.mentions" > bad.list
expect 1 "newsgraph: $T/bad.mentions:2: expected START<TAB>END<TAB>ENTITY within the article" -- "$BIN" train-coref --out x.bin bad.list
printf '0\t99999\tlopez\n' > far.mentions
printf '%s\t%s\n' "$T/tiny.txt" "$T/far.mentions" > far.list
expect 1 "newsgraph: $T/far.mentions:1: expected START<TAB>END<TAB>ENTITY within the article" -- "$BIN" train-coref --out x.bin far.list
expect 2 "newsgraph: train-coref needs --out MODEL (or --score) and one LIST of articles" -- "$BIN" train-coref tiny.list
expect 2 "newsgraph: --epochs wants a number from 1 to 1000, not 'x'" -- "$BIN" train-coref --out x.bin --epochs x tiny.list
check "no model written after a failure" "[ ! -e x.bin ]"

echo "coref: $n checks, $fails failed"
[ "$fails" -eq 0 ]
