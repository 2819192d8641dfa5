#!/bin/sh
# `newsgraph validate` on its own: exit codes, exact messages, schemas and
# shapes that use what the validator does not implement, standard input.
# usage: validate_cli.sh BIN SOURCE_DIR
BIN=$1
SRC=$2
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
cd "$T" || exit 1
. "$SRC/tests/lib.sh"
FIX="$SRC/tests/fixtures/validate"
cp "$FIX/valid.jsonld" "$FIX/valid.nt" .

expect 0 "" -- "$BIN" validate valid.jsonld valid.nt
check "one line per valid file" "[ \"\$(cat out.txt)\" = \"valid.jsonld: valid (159 triples)
valid.nt: valid (159 triples)\" ]"
expect 0 "" -- sh -c "\"$BIN\" validate - < valid.nt"
check "standard input is named" "grep -q '^(stdin): valid' out.txt"

# unreadable: missing, empty, not JSON, not RDF
expect 2 "newsgraph: none.nt: cannot open: No such file or directory" -- "$BIN" validate none.nt
: > empty.ttl
expect 2 "newsgraph: empty.ttl: empty file" -- "$BIN" validate empty.ttl
printf '{"@graph": [\n  {"@id": }\n]}\n' > broken.jsonld
expect 2 "newsgraph: broken.jsonld:2:11: invalid JSON: unexpected token near '}'" -- "$BIN" validate broken.jsonld
printf '<http://a> <http://b> .\n' > short.nt
expect 2 'newsgraph: short.nt:1:23: not N-Triples: expected an object: <IRI>, _:label or "literal"' -- "$BIN" validate short.nt

# a NUL byte (a fuzzed N-Quads line): Raptor 2.0.15 writes past its
# buffers on one in a language tag, so it never reaches the parser
cp "$SRC/tests/fixtures/validate/lang-tag-unterminated.nq" nul.nq
expect 2 "newsgraph: nul.nq:3: a NUL byte (offset 59): refused, RDF text has none" -- "$BIN" validate nul.nq

# one invalid file among valid ones: exit 1, the others still checked
cp "$FIX/14-no-creator-triples.nt" nocreator.nt
expect 1 "newsgraph: nocreator.nt: <http://newsgraph.org/id/article/17a9ee647ec965e0/statement/103-131>: schema:creator: expected at least 1 value, found 0 (sh:minCount)
newsgraph: nocreator.nt: <http://newsgraph.org/id/article/17a9ee647ec965e0/statement/155-186>: schema:creator: expected at least 1 value, found 0 (sh:minCount)" -- "$BIN" validate valid.nt nocreator.nt valid.jsonld
check "the files around it are reported valid" "[ \$(grep -c ': valid' out.txt) = 2 ] && grep -q '^nocreator.nt: invalid (2 problems)' out.txt"

# a JSON Schema keyword or a SHACL constraint the validator does not implement
printf '{"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object", "dependentSchemas": {}}\n' > own.schema.json
expect 2 "newsgraph: schema: #: keyword 'dependentSchemas' is not implemented by this validator" -- "$BIN" validate --schema own.schema.json valid.jsonld
printf '{"type": "object", "properties": {"@id": {"type": "string", "pattern": "^(?=a)"}}}\n' > look.schema.json
expect 2 "newsgraph: schema: #/properties/@id: pattern /^(?=a)/ uses a construct this validator does not implement" -- "$BIN" validate --schema look.schema.json valid.jsonld
printf '{"type": "string", "format": "email"}\n' > fmt.schema.json
expect 2 "newsgraph: schema: #: format 'email' is not implemented by this validator" -- "$BIN" validate --schema fmt.schema.json valid.jsonld
printf '@prefix sh: <http://www.w3.org/ns/shacl#> .\n@prefix schema: <http://schema.org/> .\n<http://x/s> a sh:NodeShape ; sh:targetClass schema:Person ; sh:closed true .\n' > closed.ttl
expect 2 "newsgraph: shapes: <http://x/s>: sh:closed is not supported by this validator" -- "$BIN" validate --shapes closed.ttl valid.nt
printf '@prefix sh: <http://www.w3.org/ns/shacl#> .\n@prefix schema: <http://schema.org/> .\n<http://x/s> a sh:NodeShape ; sh:targetClass schema:Person ;\n  sh:property [ sh:path ( schema:affiliation schema:name ) ; sh:minCount 1 ] .\n' > seqpath.ttl
"$BIN" validate --shapes seqpath.ttl valid.nt >/dev/null 2>err.txt
rc=$?
check "a sequence path is refused, not half-checked" \
  "[ $rc = 2 ] && grep -q 'only predicate paths and sh:inversePath are supported' err.txt && [ \$(wc -l < err.txt) = 1 ]"
printf '@prefix sh: <http://www.w3.org/ns/shacl#> .\n@prefix schema: <http://schema.org/> .\n<http://x/s> a sh:NodeShape ; sh:targetClass schema:Person ;\n  sh:property [ sh:path schema:jobTitle ; sh:maxCount 0 ] .\n' > title.ttl
"$BIN" validate --shapes title.ttl valid.nt >/dev/null 2>err.txt
check "own shapes: people with a job title, in a stable order" \
  "[ \"\$(cat err.txt)\" = 'newsgraph: valid.nt: <http://newsgraph.org/id/person/anna-berg>: schema:jobTitle: expected at most 0 values, found 1 (sh:maxCount)
newsgraph: valid.nt: <http://newsgraph.org/id/person/tom-lind>: schema:jobTitle: expected at most 0 values, found 1 (sh:maxCount)' ]"
# quoted words without a speaker are kept apart, and the output stays valid
printf '{"title": "Port strike", "text": "\\"No deal without a raise\\"\\n\\nThe union called the offer \\"an insult to every worker\\" in a leaflet handed out at the gates."}\n' > unattributed.json
"$BIN" convert unattributed.json -f ntriples -o unattributed.nt 2>/dev/null
check "a heading quote without a speaker is an ng:UnattributedQuote" \
  "[ \$(grep -c '<http://newsgraph.org/ns#UnattributedQuote>' unattributed.nt) = 2 ] && ! grep -q '<http://schema.org/Quotation>' unattributed.nt"
expect 0 "" -- "$BIN" validate unattributed.nt

# N-Quads: each article's graph on its own
"$BIN" convert "$SRC/samples/wire-briefs.jsonl" -f nquads -o briefs.nq 2>/dev/null
expect 0 "" -- "$BIN" validate briefs.nq
check "two articles, two graphs" "grep -q '^briefs.nq: valid ([0-9]* triples in 2 graphs)\$' out.txt"

# URLs from the input become valid IRIs, or are left out
printf '{"url": "  https://example.org/a story.html ", "text": "Mayor Ana Silva met Governor Tom Reyes in Lima on Monday."}\n{"url": "/relative/path.html", "text": "Mayor Ana Silva met Governor Tom Reyes in Lima on Monday."}\n' > urls.jsonl
"$BIN" convert urls.jsonl -f ntriples -o urls.nt 2>/dev/null
check "a URL is trimmed and its space encoded" "grep -q '<http://schema.org/url> <https://example.org/a%20story.html>' urls.nt"
check "a relative URL is left out" "[ \$(grep -c '<http://schema.org/url>' urls.nt) = 1 ]"
expect 0 "" -- "$BIN" validate urls.nt

# untrusted input: nesting deep enough to exhaust the C stack is refused
awk 'BEGIN { n = 2000; s = "{\"@context\": {}, \"@graph\": [";
  for (i = 0; i < n; i++) s = s "{\"@id\": \"http://x/" i "\", \"http://x/p\": ";
  s = s "{\"@id\": \"http://x/end\"}"; for (i = 0; i < n; i++) s = s "}"; print s "]}" }' > deep.jsonld
"$BIN" validate --no-schema deep.jsonld >/dev/null 2>err.txt
rc=$?
check "deeply nested node objects: exit 1 (got $rc), a clear message" \
  "[ $rc = 1 ] && grep -q 'node objects nested deeper than 200' err.txt"
printf '{"properties": {"@graph": {"items": {"$ref": "#"}}}, "additionalProperties": {"$ref": "#"}}\n' > any.schema.json
"$BIN" validate --no-shapes --schema any.schema.json deep.jsonld >/dev/null 2>err.txt
rc=$?
check "and the JSON Schema check stops at a depth too (got $rc)" "[ $rc = 1 ] && grep -q 'nested deeper than 200 levels' err.txt"

expect 2 "newsgraph: validate needs at least one file" -- "$BIN" validate

# every self-written extraction case, converted as one batch of articles,
# passes the project's schema and shapes: the rules' odd corners ("the
# Senate Judiciary Committee" naming the Senate) still give valid graphs
python3 - "$SRC/tests/extract" > cases.jsonl <<'PY'
import glob, json, sys
for path in sorted(glob.glob(sys.argv[1] + '/*.txt')):
    for i, line in enumerate(open(path, encoding='utf-8')):
        if line.startswith('> '):
            text = line[2:].rstrip('\n').replace(' || ', '\n\n')
            print(json.dumps({"headline": "case", "url": f"https://cases.example/{path.rsplit('/', 1)[1]}/{i + 1}",
                              "datePublished": "2024-03-06", "text": text}))
PY
"$BIN" convert cases.jsonl -f nquads > cases.nq 2>/dev/null
expect 0 "" -- "$BIN" validate cases.nq
check "all extraction cases give one valid graph each" \
  "grep -q \"^cases.nq: valid (.* in \$(grep -c '' cases.jsonl) graphs)\" out.txt"

# a graph named by the empty IRI crashes Raptor 2.0.15's Turtle/TriG parser:
# refused before it gets there, as a file or as shapes
printf '<>{' > crash.ttl
expect 2 'newsgraph: crash.ttl:1: a graph named by the empty IRI ("<> {") is refused: the RDF parser (Raptor 2.0.15) crashes on it; name the graph with its full IRI' -- "$BIN" validate crash.ttl
printf '@prefix : <http://x/> .\n\n<>\n  { :a :b :c . }\n' > crash.trig
expect 2 'newsgraph: crash.trig:3: a graph named by the empty IRI ("<> {") is refused: the RDF parser (Raptor 2.0.15) crashes on it; name the graph with its full IRI' -- "$BIN" validate crash.trig
"$BIN" validate --shapes crash.ttl valid.nt >/dev/null 2>err.txt
rc=$?
check "the same refusal for --shapes (exit 2, not $rc; no crash)" "[ $rc -eq 2 ] && grep -q 'crash.ttl:1: a graph named by the empty IRI' err.txt"
# (a carriage return ends a comment for Raptor, so "<> {" after one is a
# graph name: found by the fuzzer, it crashed validate)
printf '.#\n#\r <>  {\364/' > crash-cr.trig
expect 2 'newsgraph: crash-cr.trig:2: a graph named by the empty IRI ("<> {") is refused: the RDF parser (Raptor 2.0.15) crashes on it; name the graph with its full IRI' -- "$BIN" validate crash-cr.trig
# (nor do a vertical tab or a form feed part "<>" from "{": the fuzzer
# again)
printf '.#\n#\r <>  \r\r\v\r\r{e' > crash-vt.trig
expect 2 'newsgraph: crash-vt.trig:2: a graph named by the empty IRI ("<> {") is refused: the RDF parser (Raptor 2.0.15) crashes on it; name the graph with its full IRI' -- "$BIN" validate crash-vt.trig
# (nor does TriG's "=" before a graph: "<> = {", the fuzzer a third time)
printf '\t <> = \r\r\v\r\r{e' > crash-eq.trig
expect 2 'newsgraph: crash-eq.trig:1: a graph named by the empty IRI ("<> {") is refused: the RDF parser (Raptor 2.0.15) crashes on it; name the graph with its full IRI' -- "$BIN" validate crash-eq.trig
# a language tag of 256 characters or more overflows Raptor 2.0.15's
# buffers (its length is kept in a byte: the fuzzer found it in N-Quads);
# refused in every syntax, 255 still read
python3 -c "print('_:b <http://schema.org/name> \"B\"@en' + 'x' * 254 + ' .')" > longlang.nq
expect 2 'newsgraph: longlang.nq:1: a language tag of 256 characters is refused: the RDF parser (Raptor 2.0.15) keeps at most 255' -- "$BIN" validate longlang.nq
python3 -c "print('<http://a/s> <http://a/p> \"B\"@en' + 'x' * 253 + ' .')" > lang255.nt
expect 0 "" -- "$BIN" validate --no-schema --no-shapes lang255.nt
check "a language tag of 255 characters is read" "grep -q '^lang255.nt: valid (1 triples)' out.txt"
# (and its N-Triples/N-Quads parser reads on over characters no tag has,
# and corrupts its heap on lines the fuzzer keeps finding: every line is
# checked against the W3C grammar first, with the line and column)
printf '_:b <http://schema.org/name> "B"@en\\E> "B" .\n' > badlang.nq
expect 2 'newsgraph: badlang.nq:1:36: not N-Quads: expected a graph name or "." to end the statement' -- "$BIN" validate badlang.nq
printf '<http://a/s> <http://a/p> "B"@ .\n' > emptylang.nt
expect 2 'newsgraph: emptylang.nt:1:31: not N-Triples: expected a language tag (letters, then "-" and letters or digits)' -- "$BIN" validate emptylang.nt
printf '# two good lines\r\n<http://a/s> <http://a/p> "x\\ty" .\r\n<http://a/s> <http://a/p> "B\\q" .\n' > escape.nt
expect 2 "newsgraph: escape.nt:3:30: not N-Triples: expected an escape of \\t \\b \\n \\r \\f \\\" \\' \\\\ \\u or \\U" -- "$BIN" validate escape.nt
printf '<http://a/s> <http://a/p> "x" .\n<http://a/s> <http://a/p> "two\nlines" .\n' > twolines.nt
expect 2 "newsgraph: twolines.nt:2:31: not N-Triples: expected '\"' to close the string (a string is on one line; \\n for a line break)" -- "$BIN" validate twolines.nt
printf '<http://a/s> <http://a/p> <http://a/o> . <http://a/s> <http://a/p> <http://a/o> .\n' > twoper.nt
expect 2 'newsgraph: twoper.nt:1:42: not N-Triples: expected the end of the line after "." (one statement per line)' -- "$BIN" validate twoper.nt
printf '<http://a/s> <http://a/p> <http://a/a b> .\n' > space.nt
expect 2 'newsgraph: space.nt:1:38: not N-Triples: expected ">" to close the IRI (no space, control character or <"{}|^` inside one)' -- "$BIN" validate space.nt
printf '_:-b <http://a/p> <http://a/o> .\n' > label.nt
expect 2 'newsgraph: label.nt:1:3: not N-Triples: expected a blank node label (a letter, digit or "_" first)' -- "$BIN" validate label.nt
printf '<http://a/s> <http://a/p> "\\u00e9t\303\251" <http://a/g> .\n' > latin1.nq
printf '\351' >> latin1.nq
expect 2 'newsgraph: latin1.nq:2:1: not N-Quads: expected a subject: <IRI> or _:label' -- "$BIN" validate latin1.nq
printf '<http://a/s> <http://a/p> "caf\351" .\n' > latin1.nt
expect 2 'newsgraph: latin1.nt:1:31: not N-Triples: expected UTF-8 in a string' -- "$BIN" validate latin1.nt
# what the grammar allows is read: comments, CRLF, no blanks between terms,
# a label with "." and "-" inside and a non-ASCII letter, a datatype, a graph
printf '# c\r\n<http://a/s><http://a/p>"x"^^<http://www.w3.org/2001/XMLSchema#int>.# c\r\n\r\n' > grammar.nq
printf '_:a.b-\303\251 <http://a/p> "y"@en-GB-1996 _:g1 .\n\t_:a <http://a/p> <http://a/\\u00E9> <http://a/g> .' >> grammar.nq
expect 0 "" -- "$BIN" validate --no-schema --no-shapes grammar.nq
check "every statement the grammar allows is read" "grep -q '^grammar.nq: valid (3 triples in 3 graphs)' out.txt"
python3 -c "print('<r:RDF xmlns:r=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><r:Description r:about=\"http://a/s\"><r:value xml:lang=\"' + 'e' * 300 + '\">B</r:value></r:Description></r:RDF>')" > longlang.rdf
expect 2 'newsgraph: longlang.rdf:1: a language tag of 300 characters is refused: the RDF parser (Raptor 2.0.15) keeps at most 255' -- "$BIN" validate longlang.rdf
printf '<http://a/s> <http://a/p> "<>{" . # <>{\n<http://a/s> <http://a/q> """x\n<>{""" .\n' > notcrash.ttl
expect 0 "" -- "$BIN" validate --no-schema --no-shapes notcrash.ttl
check "'<>{' inside a string or a comment is no graph" "grep -q '^notcrash.ttl: valid (2 triples)' out.txt"

# RDF/XML from strangers: no external entity or DTD is read (a FIFO named
# by a parameter entity would hang the run if it were opened), entity
# amplification and deep nesting are refused before libxml2 and Raptor
mkfifo pe.fifo
printf '<!ENTITY leak "SECRET-CONTENT">\n' > pe.dtd
for target in "$PWD/pe.dtd" "$PWD/pe.fifo"; do
  {
    printf '<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF [\n<!ENTITY %% dtd SYSTEM "file://%s">\n%%dtd;\n]>\n' "$target"
    printf '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/">\n'
    printf '  <rdf:Description rdf:about="http://example.org/a"><ex:p>&leak;</ex:p></rdf:Description>\n</rdf:RDF>\n'
  } > pe.rdf
  timeout 20 "$BIN" validate --no-schema --no-shapes pe.rdf >out.txt 2>err.txt
  rc=$?
  check "a parameter entity naming $(basename "$target") is not loaded (exit 2, not $rc)" "[ $rc -eq 2 ]"
  check "... and nothing of it reaches the output" "! grep -q SECRET out.txt err.txt"
done
awk 'BEGIN { printf "<?xml version=\"1.0\"?>\n<!DOCTYPE rdf:RDF [\n<!ENTITY e \""
  for (i = 0; i < 50000; i++) printf "x"
  printf "\">\n]>\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:ex=\"http://example.org/\">"
  printf "<rdf:Description rdf:about=\"http://example.org/a\"><ex:p>"
  for (i = 0; i < 50000; i++) printf "&e;"
  printf "</ex:p></rdf:Description></rdf:RDF>\n" }' > bomb.rdf
expect 2 "newsgraph: bomb.rdf: its entities expand it to 2384 MB: refused (more than 10 times its size plus 16 MB)" -- "$BIN" validate bomb.rdf
awk 'BEGIN { printf "<?xml version=\"1.0\"?>\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:ex=\"http://example.org/\">"
  for (i = 0; i < 10000; i++) printf "<rdf:Description><ex:p>"
  printf "x"
  for (i = 0; i < 10000; i++) printf "</ex:p></rdf:Description>"
  printf "</rdf:RDF>\n" }' > deep.rdf
expect 2 "newsgraph: deep.rdf: elements nested 20001 deep: refused (at most 1000)" -- "$BIN" validate deep.rdf
{
  printf '<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF [\n<!ENTITY ex "http://example.org/">\n]>\n'
  printf '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="&ex;">\n'
  printf '  <rdf:Description rdf:about="&ex;a"><ex:p>v</ex:p></rdf:Description>\n</rdf:RDF>\n'
} > entities.rdf
expect 0 "" -- "$BIN" validate --no-schema --no-shapes entities.rdf
check "entities for namespaces, as RDF/XML writers use them, still read" "grep -q '^entities.rdf: valid (1 triples)' out.txt"

# size limits: inputs (--max-size, in MB), and a usage error for a bad value
head -c 2100000 /dev/zero > big.nt
expect 2 "newsgraph: big.nt: larger than 1 MB: refused (see the limits in README.md)" -- "$BIN" validate --max-size 1 big.nt
expect 2 "newsgraph: --max-size wants megabytes from 1 to 65536, not '0'" -- "$BIN" validate --max-size 0 big.nt

# a file of unrelated triples is valid RDF but no newsgraph output
echo '<http://example.org/a> <http://example.org/b> "c" .' > unrelated.nt
expect 1 "newsgraph: unrelated.nt: no newsgraph article in it (no node of type schema:NewsArticle)" -- \
  "$BIN" validate unrelated.nt
check "unrelated triples: invalid, one problem" "grep -qx 'unrelated.nt: invalid (1 problem)' out.txt"
expect 0 "" -- "$BIN" validate --no-shapes --no-schema unrelated.nt
check "--no-shapes checks the syntax alone" "grep -qx 'unrelated.nt: valid (1 triples)' out.txt"

# --syntax: what standard input holds (JSON Lines cannot be told from JSON)
"$BIN" convert -q -f jsonl "$SRC/samples/wire-briefs.jsonl" > lines.txt
expect 2 "newsgraph: (stdin):2:1: invalid JSON: end of file expected near '{'" -- sh -c "\"$BIN\" validate - < lines.txt"
expect 0 "" -- sh -c "\"$BIN\" validate --syntax jsonl - < lines.txt"
check "--syntax jsonl: each line an article" "grep -qx '(stdin): valid (206 triples in 2 graphs)' out.txt"
expect 0 "" -- sh -c "\"$BIN\" validate --syntax NT - < valid.nt"
check "--syntax takes -f's aliases, in any case" "grep -qx '(stdin): valid (159 triples)' out.txt"
"$BIN" convert -q -f turtle "$SRC/samples/beijing-visit.txt" > turtle.txt
expect 2 "newsgraph: turtle.txt:1:1: not N-Triples: expected a subject: <IRI> or _:label" -- "$BIN" validate --syntax ntriples turtle.txt
expect 2 "newsgraph: --syntax wants jsonld, jsonl, turtle, ntriples, nquads, trig or rdfxml, not 'tsv'" -- \
  "$BIN" validate --syntax tsv valid.nt
# a JSON Lines line that breaks a shape names its article's graph
sed '2s/"sh:creator"//; 2s/"creator":"[^"]*",//' lines.txt > lines.jsonl
expect 1 "newsgraph: lines.jsonl: graph <http://newsgraph.org/id/article/b75f9b8f2757edb9>: <http://newsgraph.org/id/article/b75f9b8f2757edb9/statement/38-122>: schema:creator: expected at least 1 value, found 0 (sh:minCount)" -- \
  "$BIN" validate --no-schema lines.jsonl

# --report json: a JSON object per file on standard output
cp "$FIX/14-no-creator-triples.nt" nocreator2.nt
expect 2 "newsgraph: missing.nt: cannot open: No such file or directory" -- "$BIN" validate --report json valid.nt nocreator2.nt missing.nt
cat > want.txt <<'WANT'
{"file":"valid.nt","status":"valid","triples":159,"problems":[]}
{"file":"nocreator2.nt","status":"invalid","problems":[{"where":"<http://newsgraph.org/id/article/17a9ee647ec965e0/statement/103-131>","focusNode":"<http://newsgraph.org/id/article/17a9ee647ec965e0/statement/103-131>","path":"schema:creator","pathIRI":"http://schema.org/creator","constraint":"sh:minCount","message":"expected at least 1 value, found 0"},{"where":"<http://newsgraph.org/id/article/17a9ee647ec965e0/statement/155-186>","focusNode":"<http://newsgraph.org/id/article/17a9ee647ec965e0/statement/155-186>","path":"schema:creator","pathIRI":"http://schema.org/creator","constraint":"sh:minCount","message":"expected at least 1 value, found 0"}]}
{"file":"missing.nt","status":"unreadable","problems":[],"error":"cannot open: No such file or directory"}
WANT
check "--report json: valid, invalid with its problems, unreadable with its error" "cmp -s out.txt want.txt"
cp "$FIX/03-offset-as-string.jsonld" offset.jsonld
expect 1 "" -- "$BIN" validate --report json offset.jsonld
check "--report json: a JSON Schema problem has its pointer and keyword" \
  "grep -qF '\"problems\":[{\"where\":\"/@graph/' out.txt && grep -qF '\"constraint\":\"anyOf\"' out.txt"

# --report turtle: a SHACL validation report per file, as pySHACL and Jena write
expect 1 "" -- "$BIN" validate --report turtle valid.nt nocreator2.nt
check "--report turtle parses as Turtle" "rapper -q -i turtle -o ntriples out.txt > report.nt"
check "two reports: one conforms, one does not" \
  "[ \$(grep -c '<http://www.w3.org/ns/shacl#conforms> \"true\"^^<http://www.w3.org/2001/XMLSchema#boolean>' report.nt) = 1 ] &&
   [ \$(grep -c '<http://www.w3.org/ns/shacl#conforms> \"false\"^^<http://www.w3.org/2001/XMLSchema#boolean>' report.nt) = 1 ]"
check "each result: focus node, path, component, severity, message" \
  "grep -q '<http://www.w3.org/ns/shacl#focusNode> <http://newsgraph.org/id/article/17a9ee647ec965e0/statement/155-186> .' report.nt &&
   [ \$(grep -c '<http://www.w3.org/ns/shacl#resultPath> <http://schema.org/creator> .' report.nt) = 2 ] &&
   [ \$(grep -c '<http://www.w3.org/ns/shacl#sourceConstraintComponent> <http://www.w3.org/ns/shacl#MinCountConstraintComponent> .' report.nt) = 2 ] &&
   [ \$(grep -c '<http://www.w3.org/ns/shacl#resultSeverity> <http://www.w3.org/ns/shacl#Violation> .' report.nt) = 2 ] &&
   [ \$(grep -c '<http://www.w3.org/ns/shacl#resultMessage> \"expected at least 1 value, found 0\" .' report.nt) = 2 ]"
expect 2 "newsgraph: --report wants text, json or turtle, not 'xml'" -- "$BIN" validate --report xml valid.nt

echo "validate: $n checks, $fails failed"
[ "$fails" -eq 0 ]
