#!/bin/sh
# The bundled vocabulary and shapes: they parse, every ng: term the output
# uses is declared with a label and a comment, every event class of the
# triggers file is in the vocabulary and in the shapes, and
# docs/vocabulary.md is what scripts/vocab-doc makes of the vocabulary.
# usage: vocabulary.sh BIN SOURCE_DIR
BIN=$1
SRC=$2
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
. "$SRC/tests/lib.sh"
check "the vocabulary parses" "rapper -q -i turtle -o ntriples '$SRC/schemas/newsgraph.ttl' > '$T/vocab.nt'"
check "the shapes parse" "rapper -q -i turtle -c '$SRC/schemas/shapes.ttl' 2>/dev/null"
for input in "$SRC"/samples/*.*; do
  "$BIN" convert "$input" -f ntriples 2>/dev/null
done | grep -o '<http://newsgraph.org/ns#[A-Za-z]*>' | sort -u > "$T/used.txt"
check "the samples use ng: terms" "[ -s '$T/used.txt' ]"
while read -r term; do
  check "$term has a label" "grep -q '^$term <http://www.w3.org/2000/01/rdf-schema#label> ' '$T/vocab.nt'"
  check "$term has a comment" "grep -q '^$term <http://www.w3.org/2000/01/rdf-schema#comment> ' '$T/vocab.nt'"
done < "$T/used.txt"
for class in $( (grep -v '^#' "$SRC/schemas/event-triggers.tsv"; grep -v '^#' "$SRC/schemas/event-classes.tsv";
                 printf 'x\tOccurrence\n') | cut -f2 | grep . | sort -u); do
  check "event class $class is in the vocabulary" \
    "grep -q '^<http://newsgraph.org/ns#$class> <http://www.w3.org/2000/01/rdf-schema#subClassOf> ' '$T/vocab.nt'"
  check "event class $class is allowed by the shapes" "grep -q 'sh:class ng:$class \]' '$SRC/schemas/shapes.ttl'"
done
# spans, sentences and the links to them: terms of NIF 2.0 Core and GAF,
# each described in the vocabulary, and no term of our own
"$BIN" convert "$SRC/samples/voa-pyongyang-russia-gambit.txt" -f ntriples 2>/dev/null > "$T/sample.nt"
grep -v '^#' "$SRC/tests/fixtures/vocabularies/nif-core-gaf.txt" > "$T/standard.txt"
{
  # every predicate and class of a span, a sentence or the context's own triples
  grep -E '^<[^>]*(#char=[0-9]+,[0-9]+|/sentence/[0-9]+)> ' "$T/sample.nt" | awk '{print $2; if ($2 ~ /#type>$/) print $3}'
  grep -E '^<[^>]*> <[^>]*nif-core#[A-Za-z]*> ' "$T/sample.nt" | awk '{print $2}'
  # every predicate that links a node to a span
  grep -E '> <[^>]*#char=[0-9]+,[0-9]+> \.$' "$T/sample.nt" | grep -v nif-core#referenceContext | awk '{print $2}'
} | grep -v '22-rdf-syntax-ns#type>$' | tr -d '<>' | sort -u > "$T/span-terms.txt"
check "the sample's spans use terms" "[ \$(wc -l < '$T/span-terms.txt') -ge 8 ]"
while read -r term; do
  check "span term $term is a NIF 2.0 Core or GAF term" "grep -qxF '$term' '$T/standard.txt'"
  check "span term $term is described in the vocabulary" \
    "grep -q '^<$term> <http://www.w3.org/2000/01/rdf-schema#isDefinedBy> ' '$T/vocab.nt'"
done < "$T/span-terms.txt"
check "gaf:denotedBy links actors, events and statements to their spans" \
  "grep -qx 'http://groundedannotationframework.org/gaf#denotedBy' '$T/span-terms.txt'"
check "the old span terms have NIF or GAF equivalents" \
  "[ \$(grep -cE '^<http://newsgraph.org/ns#(startOffset|endOffset|anchorOf|sentence|Sentence)> <http://www.w3.org/2002/07/owl#equivalent(Property|Class)> <http://persistence' '$T/vocab.nt') = 5 ] &&
   [ \$(grep -cE '^<http://newsgraph.org/ns#(mention|evidence)> <http://www.w3.org/2000/01/rdf-schema#subPropertyOf> <http://groundedannotationframework.org/gaf#denotedBy>' '$T/vocab.nt') = 2 ]"
if command -v python3 >/dev/null 2>&1; then
  python3 "$SRC/scripts/vocab-doc" "$SRC" > "$T/vocabulary.md"
  check "docs/vocabulary.md is up to date (scripts/vocab-doc)" "diff '$SRC/docs/vocabulary.md' '$T/vocabulary.md'"
else
  echo "FAIL: python3 is needed to check docs/vocabulary.md"
  fails=$((fails + 1))
fi
echo "vocabulary: $n checks, $fails failed"
[ "$fails" -eq 0 ]
