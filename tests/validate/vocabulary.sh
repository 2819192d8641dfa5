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
if command -v python3 >/dev/null 2>&1; then
  python3 "$SRC/scripts/vocab-doc" "$SRC" > "$T/vocabulary.md"
  check "docs/vocabulary.md is up to date (scripts/vocab-doc)" "diff '$SRC/docs/vocabulary.md' '$T/vocabulary.md'"
else
  echo "FAIL: python3 is needed to check docs/vocabulary.md"
  fails=$((fails + 1))
fi
echo "vocabulary: $n checks, $fails failed"
[ "$fails" -eq 0 ]
