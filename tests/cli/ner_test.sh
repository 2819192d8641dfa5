#!/bin/sh
# The NER commands: a model round trip on a tiny fixture, corrupt and
# mismatched model files, malformed CoNLL lines, empty input.
# usage: ner_test.sh BIN SOURCE_DIR
BIN=$1
SRC=$2
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
cd "$T" || exit 1
EXPECT_IGNORE='^epoch\|^train-ner\|^run [0-9]\|^cluster-words:'
. "$SRC/tests/lib.sh"
cp "$SRC/tests/fixtures/ner-tiny.conll" tiny.conll

# round trip: train on the fixture, tag it back
expect 0 "" -- "$BIN" train-ner --out m.bin --epochs 8 tiny.conll
check "model written" "[ -s m.bin ]"
expect 0 "" -- "$BIN" tag --model m.bin --conll tiny.conll
cp out.txt tagged.txt
check "one more column on every token line" "[ \$(grep -c . tagged.txt) -eq \$(grep -c . tiny.conll) ]"
# IOB1/IOB2 gold converted to IOB2 equals the prediction on training data
awk 'NF >= 5 && $1 != "-DOCSTART-" { if ($4 != $5) bad++ } END { exit bad ? 1 : 0 }' tagged.txt
check "the model reproduces its training labels" "[ $? -eq 0 ]"
check "the document marker is kept" "head -1 tagged.txt | grep -q '^-DOCSTART- -X- O O O$'"
check "first entity tagged" "grep -q '^Maria NNP B-NP B-PER B-PER$' tagged.txt"
check "a one-word person after the full name" "grep -q '^Lopez NNP B-NP B-PER B-PER$' tagged.txt"
# training is deterministic
expect 0 "" -- "$BIN" train-ner --out m2.bin --epochs 8 tiny.conll
check "two trainings give the same model" "cmp -s m.bin m2.bin"

# word classes with a typed name list, several runs averaged
printf 'PER\tMaria Lopez\nLOC\tNorth Harbor\n# a comment\n' > names.tsv
expect 0 "" -- "$BIN" cluster-words --out cl.tsv --min-count 1 --coarse 2 --fine 3 --list names.tsv tiny.conll
check "a listed name of two words has a line of its own" "grep -q '^Maria Lopez	-1	-1	16\$' cl.tsv"
check "its first word is marked as starting a name (256) and typed PER (16)" "grep -q '^Maria	[0-9]*	[0-9]*	272\$' cl.tsv"
expect 0 "" -- "$BIN" train-ner --out m3.bin --clusters cl.tsv --epochs 8 --runs 3 tiny.conll
expect 0 "" -- "$BIN" tag --model m3.bin --conll tiny.conll
awk 'NF >= 5 && $1 != "-DOCSTART-" { if ($4 != $5) bad++ } END { exit bad ? 1 : 0 }' out.txt
check "the averaged model reproduces its training labels" "[ $? -eq 0 ]"
expect 0 "" -- "$BIN" train-ner --out m4.bin --clusters cl.tsv --epochs 8 --runs 3 tiny.conll
check "averaged training is deterministic" "cmp -s m3.bin m4.bin"
printf 'PER\tAnna\nPERSON\tBob\n' > badlist.tsv
expect 1 "newsgraph: badlist.tsv:2: expected PER, ORG, LOC or MISC, a tab and a name" -- "$BIN" cluster-words --out x.tsv --list badlist.tsv tiny.conll
expect 2 "newsgraph: --runs wants a number from 1 to 100, not '0'" -- "$BIN" train-ner --out x.bin --runs 0 tiny.conll

# the lexicon classes the features read: written from the bundled lexicon,
# given to training and tagging as a file of their own
expect 0 "" -- "$BIN" train-ner --write-lexicon lex.tsv
check "a country" "grep -q '^france	country\$' lex.tsv"
check "a multi-word city is a phrase" "grep -q '^new york	city,phrase\$' lex.tsv"
check "a verb of saying" "grep -q '^said	speech-verb\$' lex.tsv"
check "a title word and abbreviation" "grep -q '^gen\.	title-head,title-abbreviation\$' lex.tsv"
check "lines sorted, each once" "grep -v '^#' lex.tsv | LC_ALL=C sort -c -u"
check "no temporary file left" "[ ! -e lex.tsv.tmp ]"
printf '# invented\nmaria\torganization\nnorth harbor\tcity,phrase\n' > own-lex.tsv
expect 0 "" -- "$BIN" train-ner --out m5.bin --lexicon own-lex.tsv --epochs 8 tiny.conll
check "another lexicon, another model" "! cmp -s m.bin m5.bin"
expect 0 "" -- "$BIN" tag --model m5.bin --lexicon own-lex.tsv --conll tiny.conll
check "tagged with its lexicon" "grep -q '^Maria NNP B-NP B-PER B-PER\$' out.txt"
printf 'maria\torganization\nlopez\tplanet\n' > bad-lex.tsv
expect 1 "newsgraph: bad-lex.tsv:2: expected \"word<TAB>class,class\" with classes among country, city, region, organization, demonym, title-head, ..." -- "$BIN" train-ner --out x.bin --lexicon bad-lex.tsv tiny.conll
expect 1 "newsgraph: bad-lex.tsv:2: expected \"word<TAB>class,class\" with classes among country, city, region, organization, demonym, title-head, ..." -- "$BIN" tag --model m5.bin --lexicon bad-lex.tsv --conll tiny.conll
expect 2 "newsgraph: tag --lexicon goes with --model (the built-in model has its own)" -- "$BIN" tag --lexicon own-lex.tsv --conll tiny.conll
expect 1 "newsgraph: nodir/lex.tsv: cannot write the lexicon classes" -- "$BIN" train-ner --write-lexicon nodir/lex.tsv

# corrupt, truncated and foreign model files
cp m.bin bad.bin
printf 'X' | dd of=bad.bin bs=1 seek=100 conv=notrunc 2>/dev/null
expect 1 "newsgraph: bad.bin: NER model is corrupt (checksum mismatch)" -- "$BIN" tag --model bad.bin --conll tiny.conll
head -c 200 m.bin > short.bin
expect 1 "newsgraph: short.bin: NER model is truncated or has the wrong size" -- "$BIN" tag --model short.bin --conll tiny.conll
printf 'not a model at all, just some text that is long enough to have a header' > text.bin
expect 1 "newsgraph: text.bin: not a newsgraph NER model (bad magic number)" -- "$BIN" tag --model text.bin --conll tiny.conll
expect 1 "newsgraph: none.bin: cannot open: No such file or directory" -- "$BIN" tag --model none.bin --conll tiny.conll

# malformed CoNLL lines name file:line
printf 'Alpha NNP B-NP B-PER\nBeta\n' > onecol.conll
expect 1 "newsgraph: onecol.conll:2: expected a word and a tag, found \"Beta\"" -- "$BIN" train-ner --out x.bin onecol.conll
printf 'Alpha NNP B-NP B-PERSON\n' > badtag.conll
expect 1 "newsgraph: badtag.conll:1: unknown tag \"B-PERSON\" (expected O, or B-/I- with PER, ORG, LOC or MISC)" -- "$BIN" train-ner --out x.bin badtag.conll

# empty input
: > empty.conll
expect 0 "" -- "$BIN" tag --model m.bin --conll empty.conll
check "empty input gives empty output" "[ ! -s out.txt ]"
expect 1 "newsgraph: train-ner: no training sentences" -- "$BIN" train-ner --out x.bin empty.conll
expect 2 "newsgraph: train-ner needs --out MODEL and at least one training file" -- "$BIN" train-ner tiny.conll

# the built-in model on an article: character offsets, type, text
expect 0 "" -- "$BIN" tag "$SRC/samples/harbor-talks.html"
check "article entities with offsets" "grep -q '^29	53	PER	Marianne Sivertsen Naess\$' out.txt"
check "an organization" "grep -q '	ORG	North Atlantic Marine Institute\$' out.txt"
check "a header names the article" "head -1 out.txt | grep -q '^# .*harbor-talks.html\$'"

echo "ner: $n checks, $fails failed"
[ "$fails" -eq 0 ]
