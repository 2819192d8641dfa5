#!/bin/sh
# CLI behaviour: exact messages and exit codes for bad input, batches that
# keep going, atomic output, stdin, determinism and usage errors.
# usage: cli_test.sh BIN SOURCE_DIR
BIN=$1
SRC=$2
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
cd "$T" || exit 1
. "$SRC/tests/lib.sh"

SAMPLE="$SRC/samples/voa-pyongyang-russia-gambit.txt"
# the summary line of a batch (its seconds vary) is checked on its own below
EXPECT_IGNORE='^newsgraph: [0-9]* articles\{0,1\} in: '
export EXPECT_IGNORE
cp "$SAMPLE" sample.txt

# missing file, empty input, binary garbage, invalid JSON, truncated HTML
expect 1 "newsgraph: nosuch.txt: cannot open: No such file or directory" -- "$BIN" convert nosuch.txt
: > empty.txt
expect 1 "newsgraph: empty.txt: empty input" -- "$BIN" convert empty.txt
printf '\000\001\002\003\377\376binary\000\000\000\000\000\000\000\000\000' > garbage.bin
expect 1 "newsgraph: garbage.bin: input looks like binary data, not an article" -- "$BIN" convert garbage.bin
printf '{"headline": "x", "text": "abc",\n  "url": }\n' > bad.json
expect 1 "newsgraph: bad.json: invalid JSON at line 2, column 10: unexpected token near '}'" -- "$BIN" convert bad.json
printf '<html><head><title>Cut off</title></head><body><p>The committee met on Monday and vot' > cut.html
expect 0 "" -- "$BIN" convert cut.html -f ntriples
check "truncated HTML keeps its text" "grep -q 'The committee met on Monday and vot' out.txt"
printf '<html><head><title>Nothing' > cut2.html
expect 1 "newsgraph: cut2.html: no article text found" -- "$BIN" convert cut2.html
printf '{"text": "A story."}\n{"text": \n{"headline": "No body"}\n' > batch.jsonl
expect 1 "newsgraph: batch.jsonl: line 2: invalid JSON at column 9: unexpected token near end of file
newsgraph: batch.jsonl:3: JSON object has no article text (expected \"text\" or \"articleBody\")" -- "$BIN" convert batch.jsonl -f ntriples
check "the good JSON Lines record still converts" "grep -q 'A story.' out.txt"

# usage errors exit 2
expect 2 "newsgraph: unknown output format 'xml-ish' (jsonld, turtle, ntriples, nquads, trig, rdfxml, jsonl, tsv, html, dot; -f help lists them)" -- "$BIN" convert -f xml-ish sample.txt
expect 2 "newsgraph: --published wants a date as YYYY-MM-DD, not '2024-13'" -- "$BIN" convert --published 2024-13 sample.txt
expect 2 "newsgraph: -o wants a file or folder name (or - for standard output), not an empty one" -- "$BIN" convert -o '' sample.txt
expect 2 "newsgraph: unknown command 'conver'
Try 'newsgraph --help'." -- "$BIN" conver sample.txt
expect 0 "" -- "$BIN" --version
check "--version prints the version" "grep -q '^newsgraph [0-9]' out.txt"
expect 0 "" -- "$BIN" convert --help
check "--help prints usage to stdout" "grep -q '^usage: newsgraph convert' out.txt"

# a batch: the bad input is reported, the others are written to the directory
expect 1 "newsgraph: empty.txt: empty input" -- "$BIN" convert sample.txt empty.txt cut.html -o outdir/ -f turtle
check "the batch summary counts articles, failures and triples" \
  "grep -q '^newsgraph: 2 articles in: 2 converted, 0 failed, 1 input unreadable; [0-9]* triples; [0-9.]* s\$' err.txt"
check "batch wrote sample.ttl" "[ -s outdir/sample.ttl ]"
check "batch wrote cut.ttl" "[ -s outdir/cut.ttl ]"
check "batch wrote nothing for empty.txt" "[ ! -e outdir/empty.ttl ]"
check "no temporary files left" "[ -z \"\$(ls outdir | grep tmp)\" ]"

# inputs named alike in different folders keep separate outputs
mkdir -p a b && cp sample.txt a/x.txt && cp cut.html b/x.html
expect 0 "" -- "$BIN" convert a/x.txt b/x.html -o same/ -f ntriples
check "first of two alike names" "[ -s same/x.nt ]"
check "second of two alike names" "[ -s same/x-2.nt ]"

# -o FILE, and a failed run leaves an existing file untouched
expect 0 "" -- "$BIN" convert sample.txt -o one.nt -f ntriples --published 2024-10-30
check "-o wrote the file" "grep -q 'http://schema.org/NewsArticle' one.nt"
cp one.nt one.before
expect 1 "newsgraph: empty.txt: empty input" -- "$BIN" convert empty.txt -o one.nt
check "a failed conversion keeps the old output" "cmp -s one.nt one.before"

# several articles of one input into one -o file: all of them, written once
expect 0 "" -- "$BIN" convert "$SRC/samples/wire-briefs.jsonl" -f ntriples -o briefs.nt
check "both JSON Lines articles in the -o file" "[ \$(grep -c 'schema.org/NewsArticle> .' briefs.nt) -eq 2 ]"

# stdin, gzip, determinism
expect 0 "" -- sh -c "\"$BIN\" convert -f ntriples --published 2024-10-30 --source-name sample.txt < sample.txt > stdin.nt"
check "stdin output (named by --source-name) equals file output" "cmp -s stdin.nt one.nt"
gzip -c sample.txt > sample.txt.gz
expect 0 "" -- sh -c "\"$BIN\" convert sample.txt.gz -f ntriples --published 2024-10-30 > gz.nt"
check "gzip input gives the same graph (but its file name)" \
  "[ \"\$(grep -v sourceFile gz.nt)\" = \"\$(grep -v sourceFile one.nt)\" ]"
check "the provenance names the file read" "grep -q 'sourceFile> \"sample.txt.gz\" .' gz.nt"
for f in jsonld turtle ntriples nquads trig rdfxml; do
  "$BIN" convert sample.txt -f $f --published 2024-10-30 > a.$f 2>/dev/null
  "$BIN" convert sample.txt -f $f --published 2024-10-30 > b.$f 2>/dev/null
  check "$f output is byte-identical across runs" "cmp -s a.$f b.$f"
done

# invalid UTF-8 is repaired, with a warning naming the byte
printf 'Title\n\nThe caf\351 opened on Monday, the owner said.\n' > latin1.txt
expect 0 "newsgraph: latin1.txt: warning: repaired 1 invalid UTF-8 sequence (first at byte 14)" -- "$BIN" convert latin1.txt -f ntriples

# users extend the event triggers without recompiling
printf '{"text": "Union leader Anke de Vries staged a go-slow in the port on Monday."}' > walkout.json
expect 0 "" -- "$BIN" convert walkout.json -f ntriples
check "no event without the extra trigger" "! grep -q 'ns#Protest' out.txt"
printf '# extra triggers\ngo-slow\tProtest\n' > triggers.tsv
expect 0 "" -- "$BIN" convert walkout.json -f ntriples --event-triggers triggers.tsv
check "the extra trigger opens an event" "grep -q '<http://newsgraph.org/ns#Protest> .' out.txt"
check "with its participant" "grep -q '<http://schema.org/attendee> <http://newsgraph.org/id/person/anke-de-vries> .' out.txt"
printf 'go-slow\tProtset\n' > typo.tsv
expect 2 "newsgraph: typo.tsv:1: unknown event class \"Protset\" (the classes are those of schemas/event-triggers.tsv and schemas/event-classes.tsv, listed in docs/vocabulary.md)" -- "$BIN" convert walkout.json --event-triggers typo.tsv
printf 'go-slow\tOccurrence\n' > generic.tsv
expect 0 "" -- "$BIN" convert walkout.json -f ntriples --event-triggers generic.tsv
printf 'go-slow\tProtest\nstrike protest\n' > badtriggers.tsv
expect 2 "newsgraph: badtriggers.tsv:2: expected a trigger phrase, a TAB and a class name" -- "$BIN" convert walkout.json --event-triggers badtriggers.tsv
printf 'staged a long slow go\tProtest\n' > longtriggers.tsv
expect 2 "newsgraph: longtriggers.tsv:1: trigger phrase \"staged a long slow go\" has more than four words" -- "$BIN" convert walkout.json --event-triggers longtriggers.tsv

# an actor type model given on the command line decides named actors' types
printf 'Title\n\nMaria Holt said the port would reopen on Monday.\n' > holt.txt
expect 0 "" -- "$BIN" convert holt.txt -f ntriples
check "the rules read a person" "grep -q '<http://newsgraph.org/id/person/maria-holt> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://schema.org/Person> .' out.txt"
printf '# newsgraph actor types 1\n# feature, then none person organization place\nw=maria\t0\t0\t10\t0\n' > types.tsv
expect 0 "" -- "$BIN" convert holt.txt -f ntriples --types-model types.tsv
check "the model makes it an organization" "grep -q '<http://newsgraph.org/id/organization/maria-holt> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://schema.org/Organization> .' out.txt"
check "and the run records the model" "grep -q 'types-model types.tsv' out.txt"
printf '# newsgraph actor types 1\nw=x\t0\tmany\t0\t0\n' > badtypes.tsv
expect 2 "newsgraph: badtypes.tsv:2: bad weight \"many\"" -- "$BIN" convert holt.txt --types-model badtypes.tsv
printf 'w=x\t0\t1\t0\t0\n' > notypes.tsv
expect 2 "newsgraph: notypes.tsv:1: not an actor type model (no \"# newsgraph actor types 1\" header)" -- "$BIN" convert holt.txt --types-model notypes.tsv
printf '# newsgraph actor types 1\nw=x\t0\t1\n' > shorttypes.tsv
expect 2 "newsgraph: shorttypes.tsv:2: expected 4 weights after the feature" -- "$BIN" convert holt.txt --types-model shorttypes.tsv
# a verb of saying after a name the tagger reads as an organization is no
# evidence of a person (companies speak too): the tagger's reading stands
printf 'Title\n\nKestrel Meridian said the port would reopen on Monday.\n' > meridian.txt
expect 0 "" -- "$BIN" convert meridian.txt -f ntriples
check "a name the tagger calls an organization, followed by said" "grep -q '<http://newsgraph.org/id/organization/kestrel-meridian> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://schema.org/Organization> .' out.txt"
# what the model reads, for training it (scripts/train-types)
expect 0 "" -- "$BIN" actor-features holt.txt
check "actor-features names the actor, its type and mention" "grep -q '\"type\":\"person\",\"name\":\"Maria Holt\",\"mentions\":\[\[0,10\]\]' out.txt"
check "and its features" "grep -q '\"w=maria\",' out.txt && grep -q '\"next_speech\"' out.txt && grep -q '\"rel=' out.txt"

# several articles into one stream: still one valid document per format
cp "$SRC/samples/wire-briefs.jsonl" briefs.jsonl
"$BIN" convert briefs.jsonl -f ntriples > many.nt
for f in rdfxml turtle trig nquads; do
  "$BIN" convert briefs.jsonl -f $f > many.$f
  check "two articles in one $f document carry the N-Triples graph" \
    "[ \"\$(rapper -q -i $f -o ntriples many.$f | sort -u | wc -l)\" = \"\$(sort -u many.nt | wc -l)\" ]"
done
for f in trig nquads; do
  check "$f: each article in its own named graph, named by the article" \
    "[ \"\$(rapper -q -i $f -o nquads many.$f | awk '{print \$(NF-1)}' | sort -u | grep -c '^<http://newsgraph.org/id/article/[0-9a-f]*>\$')\" = 2 ]"
done
"$BIN" convert briefs.jsonl -f rdfxml -o one.rdf
check "-o FILE joins RDF/XML the same way as standard output" "cmp -s one.rdf many.rdfxml"
"$BIN" convert briefs.jsonl > many.jsonld
check "two articles in one JSON-LD document: one context, a named graph each" \
  "[ \$(grep -c '\"@context\"' many.jsonld) = 1 ] && [ \$(grep -c '\"@graph\"' many.jsonld) = 3 ]"
check "both articles' nodes are in it" "[ \$(grep -c '^ *\"NewsArticle\",\$' many.jsonld) = 2 ]"
"$BIN" convert "$SRC/samples/harbor-talks.html" > one.jsonld
check "one article alone is written as it is" "cmp -s one.jsonld '$SRC/samples/expected/harbor-talks.html.jsonld'"

# an article's URL must be http or https; others are dropped with a warning
printf '{"url": "javascript:alert(1)", "text": "The minister met the president in Oslo on Friday."}\n' > js.jsonl
expect 0 "newsgraph: js.jsonl:1: warning: the URL 'javascript:alert(1)' is not http or https: dropped" -- "$BIN" convert js.jsonl -f ntriples
check "no javascript: URL in the graph" "! grep -q javascript out.txt"
# a full disk on standard output is an error with a message, for every command
for c in "tag $SRC/samples/harbor-talks.html" "parse $SRC/samples/harbor-talks.html" "validate $SRC/samples/expected/harbor-talks.html.nt"; do
  # shellcheck disable=SC2086
  "$BIN" $c > /dev/full 2>err.txt
  rc=$?
  check "${c%% *} to a full disk: exit 1 (not $rc) and a message" "[ $rc -eq 1 ] && grep -q '^newsgraph: standard output: cannot write: No space left on device\$' err.txt"
done
# a dateline is parsed apart from the lead and hangs from its verb: one
# root a sentence
printf 'Headline\n\nDAKAR, Senegal \342\200\224 Faye won the election on Sunday.\n' > dateline.txt
"$BIN" parse dateline.txt > parse.txt
check "the dateline hangs from the lead's verb" \
  "awk -F'\t' '\$2==\"DAKAR\" {d=\$7\" \"\$8} \$8==\"root\" {r++} END {exit !(d==\"6 parataxis\" && r==1)}' parse.txt"
# a model whose scale is not a number is refused
cp "$SRC/models/ner-en.bin" nan.bin
printf '\377\377\377\177' | dd of=nan.bin bs=1 seek=20 conv=notrunc 2>/dev/null
expect 1 "newsgraph: nan.bin: NER model is corrupt (its scale is not a positive number)" -- "$BIN" tag --model nan.bin "$SRC/samples/harbor-talks.html"

# output files: the umask decides a new file's mode, a replaced file keeps
# its own, a name near NAME_MAX still has room for the temporary file
(umask 077 && "$BIN" convert -q "$SRC/samples/harbor-talks.html" -o private.nt)
check "a new file under umask 077 is mode 600" "[ \"\$(stat -c %a private.nt)\" = 600 ]"
printf 'old' > kept.nt
chmod 640 kept.nt
"$BIN" convert -q "$SRC/samples/harbor-talks.html" -o kept.nt
check "a replaced file keeps its mode (640)" "[ \"\$(stat -c %a kept.nt)\" = 640 ] && [ -s kept.nt ] && ! grep -q '^old' kept.nt"
long=$(printf 'n%.0s' $(seq 1 250)).nt
expect 0 "" -- "$BIN" convert -q "$SRC/samples/harbor-talks.html" -o "$long"
check "a 253-byte output name is written" "[ -s '$long' ]"
check "no temporary file is left behind" "[ -z \"\$(ls -A | grep '^\\.newsgraph-')\" ]"

# temporary files a killed run left behind are removed by the next run into
# the same folder; one whose process still runs, and other names, stay
mkdir -p leftovers
sh -c 'exit 0' & dead=$!
wait $dead
printf 'partial' > "leftovers/.newsgraph-$dead-AbC123"
printf 'busy' > "leftovers/.newsgraph-$$-XyZ789"
printf 'mine' > "leftovers/.newsgraph-notes"
"$BIN" convert -q "$SRC/samples/harbor-talks.html" -o leftovers/
check "a dead run's temporary file is removed" "[ ! -e 'leftovers/.newsgraph-$dead-AbC123' ]"
check "a running process's temporary file stays" "[ -e 'leftovers/.newsgraph-$$-XyZ789' ]"
check "other files stay" "[ -e leftovers/.newsgraph-notes ] && [ -s leftovers/harbor-talks.jsonld ]"
printf 'partial' > "leftovers/.newsgraph-$dead-DeF456"
"$BIN" convert -q "$SRC/samples/harbor-talks.html" -o leftovers/one.nt
check "also when writing one file into that folder" "[ ! -e 'leftovers/.newsgraph-$dead-DeF456' ] && [ -s leftovers/one.nt ]"

# a reader that goes away ("| head" with SIGPIPE ignored): one line, then stop
for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20; do cat "$SRC/samples/wire-briefs.jsonl"; done > feed40.jsonl
(trap '' PIPE; "$BIN" convert feed40.jsonl -f ntriples 2>pipe.err | head -1 >/dev/null)
check "a closed standard output stops the run with one line" \
  "grep -q '^newsgraph: standard output: closed by its reader: stopping\$' pipe.err && ! grep -q 'cannot write' pipe.err"
check "... before converting all 40 articles" "! grep -q '40 articles in' pipe.err"

# UTF-16 with a byte order mark (as Windows tools save pages) reads as UTF-8
printf '<html><head><title>Talks in Oslo</title></head><body><article><h1>Talks in Oslo</h1><p>The Norwegian minister met the Icelandic minister in Oslo on Friday, officials said.</p></article></body></html>\n' |
  iconv -f UTF-8 -t UTF-16LE | { printf '\377\376'; cat; } > utf16le.html
expect 0 "" -- "$BIN" convert utf16le.html -f ntriples
check "a UTF-16LE page converts, its headline read" "grep -q '<http://schema.org/headline> \"Talks in Oslo\"' out.txt"
printf 'Minister visits Reykjavik\n\nThe minister met the president in Reykjavik on Friday.\n' |
  iconv -f UTF-8 -t UTF-16BE | { printf '\376\377'; cat; } > utf16be.txt
expect 0 "" -- "$BIN" convert utf16be.txt -f ntriples
check "a UTF-16BE text converts" "grep -q '\"Minister visits Reykjavik\"' out.txt"

# N-Triples and N-Quads in UTF-8, as N-Triples 1.1 and riot write them
# ("Zürich", not "Z\u00FCrich"); a backslash the text holds stays escaped,
# and so does what follows it
printf '{"text": "The file C:\\\\u00e9t\\\\u00e9 and caf\\u00e9 were named on Monday by the Z\\u00fcrich office."}\n' > esc.json
for fmt in ntriples nquads; do
  expect 0 "" -- "$BIN" convert esc.json -f $fmt
  check "$fmt: UTF-8, escaped backslashes kept" \
    "grep -qF '<http://schema.org/articleBody> \"The file C:\\\\u00e9t\\\\u00e9 and café were named on Monday by the Zürich office.\"' out.txt"
  check "$fmt: no \\u escape of a printable character" "! grep -q 'Z\\\\u00' out.txt"
done

# CLI conventions: every command answers --version (the models with it),
# "newsgraph help CMD" is CMD --help, messages start "newsgraph: ",
# format names in any case, -f help lists them with their aliases
"$BIN" --version > version.txt
check "--version: the version first" "[ \"\$(head -1 version.txt)\" = 'newsgraph 0.1.0' ]"
check "--version: a line per built-in model" "[ \$(grep -c '^model [a-z-]*\\.bin sha256:[0-9a-f]\\{12\\}\$' version.txt) -ge 1 ]"
for cmd in convert read tag train-ner cluster-words parse train-parser actor-features attributions \
           train-attribution train-coref train-triggers name-genders validate; do
  expect 0 "" -- "$BIN" $cmd --version
  check "$cmd --version" "cmp -s out.txt version.txt"
  expect 0 "" -- "$BIN" help $cmd
  mv out.txt help.txt
  expect 0 "" -- "$BIN" $cmd --help
  check "newsgraph help $cmd is $cmd --help" "cmp -s out.txt help.txt"
done
expect 2 "newsgraph: unknown command 'nosuch'
Try 'newsgraph --help'." -- "$BIN" help nosuch
expect 2 "newsgraph: unrecognized option '--bogus'
Try 'newsgraph convert --help'." -- "$BIN" convert --bogus sample.txt
expect 2 "newsgraph: unrecognized option '--bogus'
Try 'newsgraph validate --help'." -- "$BIN" validate --bogus x.nt
expect 0 "" -- "$BIN" convert -f help
cat > want-formats.txt <<'WANT'
format    aliases    what                                         extension
jsonld    json-ld    JSON-LD 1.1, the bundled context (default)   .jsonld
turtle    ttl        Turtle                                       .ttl
ntriples  nt         N-Triples 1.1 (UTF-8)                        .nt
nquads    nq         N-Quads 1.1, a named graph per article       .nq
trig                 TriG, a named graph per article              .trig
rdfxml    rdf, xml   RDF/XML                                      .rdf
jsonl     ndjson     JSON-LD, one document per article per line   .jsonl
tsv                  a table (--table statements|events|actors)   .tsv
html                 the article marked up, the graph beside it   .html
dot       gv         a Graphviz graph of actors and events        .dot
Names are read in any case (-f NT, -f Turtle).
WANT
check "-f help lists the formats and their aliases" "cmp -s out.txt want-formats.txt"
expect 0 "" -- "$BIN" convert -q -f NT sample.txt
check "-f NT is N-Triples" "head -1 out.txt | grep -q '^<http://newsgraph.org/id/article/[0-9a-f]*> <'"
expect 0 "" -- "$BIN" convert -q -f Turtle --input-format TEXT sample.txt
check "-f Turtle and --input-format TEXT" "grep -q '^@prefix schema: ' out.txt"

# -f jsonl: one JSON-LD document per article per line, each what -f jsonld
# writes for that article alone; -o FILE.jsonl chooses it; validate reads it
cp "$SRC/samples/wire-briefs.jsonl" briefs.jsonl
expect 0 "" -- "$BIN" convert -q -f jsonl briefs.jsonl sample.txt
mv out.txt lines.jsonl
check "jsonl: a line per article" "[ \$(wc -l < lines.jsonl) -eq 3 ]"
expect 0 "" -- "$BIN" convert -q -f jsonld sample.txt
check "jsonl: the last line is the article's JSON-LD document, on one line" \
  "python3 -c 'import json,sys; a=json.loads(open(\"lines.jsonl\").read().splitlines()[2]); b=json.load(open(\"out.txt\")); sys.exit(a != b)'"
expect 0 "" -- "$BIN" convert -q briefs.jsonl -o by-name.jsonl
head -2 lines.jsonl > first-two.jsonl
check "jsonl: chosen by the output's extension" "cmp -s by-name.jsonl first-two.jsonl"
expect 0 "" -- "$BIN" validate lines.jsonl
check "jsonl: valid, each line a graph" "grep -q '^lines.jsonl: valid ([0-9]* triples in 3 graphs)\$' out.txt"
expect 0 "" -- "$BIN" convert -q -f jsonl "$SRC/samples/voa-pyongyang-russia-gambit.txt"
check "jsonl: the README's who-said-what recipe finds the sample's 27 statements" \
  "[ \"\$(python3 -c 'import json,sys; g=json.loads(open(\"out.txt\").read())[\"@graph\"]; print(sum(1 for n in g if isinstance(n.get(\"@type\"), list) and \"Quotation\" in n[\"@type\"]))')\" = 27 ]"
expect 2 "newsgraph: clash.jsonl: the extension is for jsonl, not turtle (-f); change one of them" -- \
  "$BIN" convert -f turtle -o clash.jsonl sample.txt
# -f tsv: tables for spreadsheets, a header row once per output
VOA=$SRC/samples/voa-pyongyang-russia-gambit.txt
expect 0 "" -- "$BIN" convert -q -f tsv "$VOA"
check "tsv statements: the header" "[ \"\$(head -1 out.txt)\" = \"\$(printf 'article\\tspeaker\\tspeaker_iri\\tkind\\ttext\\tspeech_verb')\" ]"
check "tsv statements: the sample's 28 statements with a speaker (one a stance: NATO's alarm)" \
  "[ \$(tail -n +2 out.txt | awk -F '\\t' '\$2 != \"-\" && \$5 != \"\"' | wc -l) -eq 28 ]"
check "tsv statements: six columns on every row" "! awk -F '\\t' 'NF != 6' out.txt | grep -q ."
check "tsv statements: a speaker and the words" \
  "grep -qF \"\$(printf 'Dennis Wilder\\thttp://newsgraph.org/id/person/dennis-wilder\\t')\" out.txt"
expect 0 "" -- "$BIN" convert -q -f tsv --table events --published 2024-10-30 "$VOA"
check "tsv events: who met whom, where, when" \
  "grep -qF \"\$(printf 'Consultation\\tconsultations\\tChoe Son Hui; Sergey Lavrov\\t\\tMoscow\\t')\" out.txt"
expect 0 "" -- "$BIN" convert -q -f TSV --table actors "$VOA" "$VOA"
check "tsv actors: one header for two articles" "[ \$(grep -c '^article' out.txt) -eq 1 ]"
check "tsv actors: a person with a title" "grep -q \"\$(printf '\\tPerson\\tSergey Lavrov\\t')\" out.txt"
# a word the headline writes in lower case opens the story as that word
printf '{"headline": "Antarctic sea ice hits record low", "text": "OSLO \342\200\224 Sea ice around Antarctica has shrunk, scientists said."}' > sea.json
expect 0 "" -- "$BIN" convert -q -f tsv --table actors sea.json
check "a common word of the headline is no place" "! grep -q \"\$(printf '\\tPlace\\tSea\\t')\" out.txt"
check "the continent is" "grep -q \"\$(printf '\\tContinent\\tAntarctica\\t')\" out.txt"
printf 'Maria Costa, a senior aide to Senator Luis Vega, resigned on Monday.\n' > aide.txt
expect 0 "" -- "$BIN" convert -q -f tsv --table actors aide.txt
check "tsv actors: the person someone works for is an affiliation" \
  "grep -qF \"\$(printf 'Maria Costa\\thttp://newsgraph.org/id/person/maria-costa\\tsenior aide\\tLuis Vega')\" out.txt"
# a stance: its own row of the statements table (holder, words, cue) and
# its own node, no schema:Quotation
printf 'Transit union leader Paul Mbeki condemned the increase.\n\nA survey by the Harmon Institute found that most riders would pay more for faster buses.\n' > stance.txt
expect 0 "" -- "$BIN" convert -q --table statements stance.txt
check "tsv statements: a stance with its holder and cue" \
  "grep -qF \"\$(printf 'Harmon Institute\\thttp://newsgraph.org/id/organization/harmon-institute\\tstance\\tmost riders would pay more for faster buses\\tfound')\" out.txt"
expect 0 "" -- "$BIN" convert -q -f ntriples stance.txt
check "a stance is an ng:Stance held by its holder, not a quotation" \
  "grep -q '/stance/[0-9-]*> <http://newsgraph.org/ns#holder> <http://newsgraph.org/id/organization/harmon-institute> .' out.txt && ! grep -q 'schema.org/Quotation' out.txt"
expect 2 "newsgraph: --table wants statements, events or actors, not 'quotes'" -- "$BIN" convert -f tsv --table quotes "$VOA"
expect 2 "newsgraph: --table goes with -f tsv" -- "$BIN" convert -f turtle --table events "$VOA"
# a .tsv file takes any table; --table alone means -f tsv
expect 0 "" -- "$BIN" convert -q -f tsv --table actors -o actors.tsv "$VOA"
check "tsv actors into a .tsv file" "grep -q \"\$(printf '\\tPerson\\tSergey Lavrov\\t')\" actors.tsv"
expect 0 "" -- "$BIN" convert -q --table events -o events.tsv "$VOA"
check "--table without -f: the events table" "head -1 events.tsv | grep -q '^article.class.name.attendees'"
expect 2 "newsgraph: events.ttl: the extension is for turtle, not tsv (-f); change one of them" -- \
  "$BIN" convert --table events -o events.ttl "$VOA"

printf '{"@graph": [\n' > cut.jsonl
expect 2 "newsgraph: cut.jsonl:1:12: invalid JSON: ']' expected near end of file" -- "$BIN" validate cut.jsonl

echo "cli: $n checks, $fails failed"
[ "$fails" -eq 0 ]
