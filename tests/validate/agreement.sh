#!/bin/sh
# `newsgraph validate` against independent implementations: ajv for the JSON
# Schema, rdf-validate-shacl for the SHACL shapes, jsonld.js + rdf-canonize
# for "the JSON-LD is the same graph as the N-Triples". On every sample's
# output and on the deliberately broken documents in tests/fixtures/validate.
# usage: agreement.sh BIN SOURCE_DIR BUILD_DIR
BIN=$1
SRC=$2
JS=$(sh "$SRC/tests/validate/js_tools.sh" "$SRC" "$3") || exit 1
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
. "$SRC/tests/lib.sh"
tool() { node "$JS/rdftools.mjs" "$@"; }
SCHEMA="$SRC/schemas/newsgraph.schema.json"
SHAPES="$SRC/schemas/shapes.ttl"
# verdict of newsgraph validate [OPTIONS] FILE: valid, invalid or unreadable
verdict() {
  "$BIN" validate "$@" >/dev/null 2>&1
  case $? in 0) echo valid ;; 1) echo invalid ;; *) echo unreadable ;; esac
}

# 1. every sample: each format valid for newsgraph and for the other tools,
#    and the JSON-LD is the N-Triples' graph
for input in "$SRC"/samples/*.*; do
  base=$(basename "$input")
  args=""
  [ -f "$SRC/samples/expected/$base.args" ] && args=$(cat "$SRC/samples/expected/$base.args")
  # shellcheck disable=SC2086
  "$BIN" convert $args "$input" -o "$T/$base.jsonld" 2>/dev/null
  # shellcheck disable=SC2086
  "$BIN" convert $args "$input" -f ntriples -o "$T/$base.nt" 2>/dev/null
  # shellcheck disable=SC2086
  "$BIN" convert $args "$input" -f turtle -o "$T/$base.ttl" 2>/dev/null
  for f in "$T/$base.jsonld" "$T/$base.nt" "$T/$base.ttl"; do
    check "newsgraph validate passes $(basename "$f")" "[ \"\$(verdict '$f')\" = valid ]"
  done
  tool jsonschema "$SCHEMA" "$T/$base.jsonld" >"$T/ajv1.txt" 2>&1
  check "ajv passes $base.jsonld" "grep -q ' valid\$' '$T/ajv1.txt' || { sed 's/^/  ajv: /' '$T/ajv1.txt' | head -20; false; }"
  check "rdf-validate-shacl passes $base (JSON-LD, N-Triples, Turtle)" \
    "[ \"\$(tool shacl '$SHAPES' '$T/$base.jsonld' '$T/$base.nt' '$T/$base.ttl' | grep -c ' valid\$')\" = 3 ]"
  # one article: the default graph, as N-Triples; several: one named graph
  # per article, as N-Quads
  # shellcheck disable=SC2086
  "$BIN" convert $args "$input" -f nquads -o "$T/$base.nq" 2>/dev/null
  if [ "$(grep -c '"@graph"' "$T/$base.jsonld")" -gt 1 ]; then ref=nq; else ref=nt; fi
  check "jsonld.js expands $base.jsonld to the graph of its $ref" \
    "tool isomorphic '$T/$base.jsonld' '$T/$base.$ref' >/dev/null"
done

# 1b. the leaner evidence levels (convert --evidence spans|none): valid for
#     all three validators, and still the same graph in JSON-LD and N-Triples
for level in spans none; do
  for input in "$SRC"/samples/*.*; do
    base=$(basename "$input").$level
    args=""
    [ -f "$SRC/samples/expected/$(basename "$input").args" ] && args=$(cat "$SRC/samples/expected/$(basename "$input").args")
    # shellcheck disable=SC2086
    "$BIN" convert $args --evidence $level "$input" -o "$T/$base.jsonld" 2>/dev/null
    # shellcheck disable=SC2086
    "$BIN" convert $args --evidence $level "$input" -f nquads -o "$T/$base.nq" 2>/dev/null
    check "newsgraph validate passes $base.jsonld and .nq" \
      "[ \"\$(verdict '$T/$base.jsonld')\" = valid ] && [ \"\$(verdict '$T/$base.nq')\" = valid ]"
    check "ajv passes $base.jsonld" "tool jsonschema '$SCHEMA' '$T/$base.jsonld' | grep -q ' valid\$'"
    check "rdf-validate-shacl passes $base.jsonld" "tool shacl '$SHAPES' '$T/$base.jsonld' | grep -q ' valid\$'"
    # shellcheck disable=SC2086
    "$BIN" convert $args --evidence $level "$input" -f ntriples -o "$T/$base.nt" 2>/dev/null
    if [ "$(grep -c '"@graph"' "$T/$base.jsonld")" -gt 1 ]; then ref=nq; else ref=nt; fi
    check "jsonld.js expands $base.jsonld to the graph of its $ref" "tool isomorphic '$T/$base.jsonld' '$T/$base.$ref' >/dev/null"
  done
done

# 2. the broken documents: newsgraph rejects each, naming the constraint,
#    and agrees with ajv (JSON Schema) and rdf-validate-shacl (SHACL)
FIX="$SRC/tests/fixtures/validate"
tool jsonschema "$SCHEMA" "$FIX"/*.jsonld > "$T/ajv.txt"
tool shacl "$SHAPES" "$FIX"/*.jsonld "$FIX"/*.nt > "$T/shacl.txt"
agree=0
for f in "$FIX"/*.jsonld "$FIX"/*.nt; do
  name=$(basename "$f")
  js_shacl=$(grep -F "$f " "$T/shacl.txt" | awk '{print $2}')
  [ "$js_shacl" = unreadable ] && js_shacl=invalid # a document jsonld.js refuses is not valid
  ng_shacl=$(verdict --no-schema "$f")
  check "SHACL verdict on $name: newsgraph $ng_shacl, rdf-validate-shacl $js_shacl" "[ '$ng_shacl' = '$js_shacl' ]"
  case $name in
  *.jsonld)
    js_schema=$(grep -F "$f " "$T/ajv.txt" | awk '{print $2}')
    ng_schema=$(verdict --no-shapes "$f")
    check "JSON Schema verdict on $name: newsgraph $ng_schema, ajv $js_schema" "[ '$ng_schema' = '$js_schema' ]"
    [ "$ng_schema" = "$js_schema" ] && agree=$((agree + 1))
    ;;
  esac
  [ "$ng_shacl" = "$js_shacl" ] && agree=$((agree + 1))
  case $name in
  valid.*) check "$name is valid" "[ \"\$(verdict '$f')\" = valid ]" ;;
  *)
    "$BIN" validate "$f" >/dev/null 2>"$T/err.txt"
    rc=$?
    check "$name is rejected (exit 1, not $rc)" "[ $rc = 1 ]"
    check "$name: the message names the file and a constraint" \
      "grep -q \"^newsgraph: $f: .*(\\(sh:[a-zA-Z]*\\|required\\|type\\|format\\|enum\\|pattern\\|anyOf\\|additionalProperties\\))\$\" '$T/err.txt' || grep -q \"^newsgraph: $f: /.*: .*not an absolute IRI\\|does not expand\" '$T/err.txt'"
    ;;
  esac
done
echo "agreement: $agree verdicts agree with ajv / rdf-validate-shacl"

# 3. the issue's example: the sample's N-Triples without schema:creator
"$BIN" convert --published 2024-10-30 "$SRC/samples/voa-pyongyang-russia-gambit.txt" -f ntriples 2>/dev/null |
  grep -v '<http://schema.org/creator>' > "$T/nocreator.nt"
"$BIN" validate "$T/nocreator.nt" >/dev/null 2>"$T/err.txt"
rc=$?
check "no schema:creator: exit 1 (got $rc)" "[ $rc = 1 ]"
check "no schema:creator: the message names the property and sh:minCount" \
  "grep -q '^newsgraph: $T/nocreator.nt: <http://newsgraph.org/id/article/[0-9a-f]*/statement/[0-9-]*>: schema:creator: expected at least 1 value, found 0 (sh:minCount)\$' '$T/err.txt'"
check "rdf-validate-shacl agrees" "tool shacl '$SHAPES' '$T/nocreator.nt' | grep -q ' invalid\$'"

# 4. stricter than rdf-validate-datatype: an xsd:date must name a real day
sed 's/"2025-03-14"^^/"2025-02-29"^^/' "$FIX/valid.nt" > "$T/feb29.nt"
"$BIN" validate "$T/feb29.nt" >/dev/null 2>"$T/err.txt"
check "29 February 2025 is not a date" \
  "grep -q 'schema:datePublished: expected a literal of type xsd:date, found \"2025-02-29\"^^xsd:date (sh:datatype)' '$T/err.txt'"
sed 's/"2025-03-14"^^/"2024-02-29"^^/' "$FIX/valid.nt" > "$T/leap.nt"
check "29 February 2024 is" "[ \"\$(verdict '$T/leap.nt')\" = valid ]"

echo "validate agreement: $n checks, $fails failed"
[ "$fails" -eq 0 ]
