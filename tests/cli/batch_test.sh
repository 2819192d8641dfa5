#!/bin/sh
# Batches that lose nothing: streaming JSON Lines past the whole-file limit,
# every gzip member, content over extension, output format and names from
# -o, record ids, languages, feed dates, provenance, threads with ordered
# output, resuming, an error log, WARC, directories, and the GNU parallel
# scale-out recipe of docs/scale.md. Exact messages and exit statuses.
# usage: batch_test.sh BIN SOURCE_DIR
BIN=$1
SRC=$2
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
cd "$T" || exit 1
. "$SRC/tests/lib.sh"
# the summary line (its seconds vary) is checked on its own
EXPECT_IGNORE='^newsgraph: [0-9]* articles\{0,1\} in: '

story() { # ID TEXT [EXTRA JSON]
  printf '{"id": "%s", "headline": "Story %s", "text": "%s"%s}\n' "$1" "$1" "$2" "${3:-}"
}
story a1 "Finance Minister Anna Berg met union leaders in Oslo on Monday, the ministry said." > feed.jsonl
story a2 "The Dutch government warned that the strike could disrupt fuel supplies." >> feed.jsonl
story a3 "Port workers in Rotterdam ended a three-day strike after a pay agreement." >> feed.jsonl

# ---- every gzip member
head -n 2 feed.jsonl | gzip -c > two.jsonl.gz
tail -n 1 feed.jsonl | gzip -c >> two.jsonl.gz
expect 0 "" -- "$BIN" convert two.jsonl.gz -f nquads
check "a two-member .jsonl.gz converts all three records" \
  "[ \$(grep -c 'schema.org/NewsArticle> <' out.txt) -eq 3 ]"
check "the summary counts them" "grep -q '^newsgraph: 3 articles in: 3 converted, 0 failed; [0-9]* triples; [0-9.]* s\$' err.txt"

# ---- a feed over the 64 MiB whole-file limit streams; one record over the
# per-record limit fails alone, naming its line
python3 - <<'EOF'
import json
pad = 'x' * 100000
with open('big.jsonl', 'w') as f:
    for i in range(700):
        f.write(json.dumps({"id": "r%d" % i, "text": "Record %d was filed on Monday." % i, "padding": pad}) + '\n')
        if i == 350:
            f.write('{"id": "huge", "text": "' + 'y' * (65 << 20) + '"}\n')
EOF
expect 1 "newsgraph: big.jsonl: line 352: record larger than 64 MiB" -- "$BIN" convert -q big.jsonl -f ntriples -o big.nt
check "a 130 MB feed: the other 700 records all convert" \
  "[ \$(grep -c 'schema.org/NewsArticle> .' big.nt) -eq 700 ]"
rm -f big.jsonl big.nt

# ---- content wins over the extension, with a warning
cp feed.jsonl feed.json
expect 0 "newsgraph: feed.json: warning: the content is JSON Lines, not JSON as the name says: read as JSON Lines" \
  -- "$BIN" convert feed.json -f ntriples
check "JSON Lines saved as .json: three articles" "[ \$(grep -c 'schema.org/NewsArticle> .' out.txt) -eq 3 ]"
cp feed.jsonl feed.txt
expect 0 "newsgraph: feed.txt: warning: the content is JSON Lines, not text as the name says: read as JSON Lines" \
  -- "$BIN" convert feed.txt -f ntriples
check "JSON Lines saved as .txt: three articles, not one of raw JSON" \
  "[ \$(grep -c 'schema.org/NewsArticle> .' out.txt) -eq 3 ] && ! grep -q 'headline> \"{' out.txt"

# ---- the output: format from the extension, '-', directories, names
expect 0 "" -- "$BIN" convert feed.jsonl -o all.nq
check "-o all.nq writes N-Quads" "rapper -q -i nquads -c all.nq 2>&1; [ \$(grep -c '> <http://newsgraph.org/id/article/[0-9a-f]*> .\$' all.nq) -gt 10 ]"
expect 0 "" -- "$BIN" convert feed.jsonl -o all.ttl
check "-o all.ttl writes Turtle" "head -1 all.ttl | grep -q '^@prefix'"
expect 2 "newsgraph: x.nq: the extension is for nquads, not turtle (-f); change one of them" \
  -- "$BIN" convert feed.jsonl -f turtle -o x.nq
check "a mismatch writes nothing" "[ ! -e x.nq ]"
expect 0 "" -- "$BIN" convert feed.jsonl -f ntriples -o -
check "-o - is standard output" "[ ! -e ./- ] && grep -q 'NewsArticle' out.txt"
printf 'A story.\n\nThe port reopened on Monday.\n' > one.txt
expect 0 "" -- "$BIN" convert one.txt -o newdir/ -f ntriples
check "-o DIR/ with one input creates the directory" "[ -s newdir/one.nt ]"
printf '{"text": "First."}\n{"text": "Second one."}\n' > x.jsonl
printf 'Title\n\nThird story.\n' > x-2.txt
expect 0 "" -- "$BIN" convert x.jsonl x-2.txt -o names/ -f ntriples
check "three articles in, three files out: nothing overwritten" "[ \$(ls names | wc -l) -eq 3 ]"
check "x.jsonl's records and x-2.txt keep apart" "[ -s names/x-1.nt ] && [ -s names/x-2.nt ] && [ -s names/x-2-2.nt ]"
expect 0 "" -- "$BIN" convert feed.jsonl -o byid/ -f ntriples
check "file names are the record ids" "[ -s byid/a1.nt ] && [ -s byid/a2.nt ] && [ -s byid/a3.nt ]"

# ---- ids and duplicates
check "the record id is schema:identifier" \
  "grep -q '<http://schema.org/identifier> \"a1\" .' byid/a1.nt"
check "the provenance gives file and line" \
  "grep -q 'sourceFile> \"feed.jsonl\" .' byid/a2.nt && grep -q 'sourceLine> \"2\"^^<http://www.w3.org/2001/XMLSchema#integer> .' byid/a2.nt"
check "and the run that made it" "grep -q 'prov#wasGeneratedBy> <http://newsgraph.org/id/run/' byid/a2.nt"
story d1 "The same words twice." ', "datePublished": "2024-10-30"' > dup.jsonl
story d2 "The same words twice." ', "datePublished": "2024-10-31"' >> dup.jsonl
expect 0 "newsgraph: dup.jsonl:2: warning: the same text as dup.jsonl:1; both are kept, as articles of their own" \
  -- "$BIN" convert dup.jsonl -f nquads
check "two ids, one text: two article IRIs, one date each" \
  "[ \$(grep -c 'schema.org/datePublished' out.txt) -eq 2 ] && [ \$(grep 'schema.org/datePublished' out.txt | cut -d' ' -f1 | sort -u | wc -l) -eq 2 ]"
printf '{"text": "Twice, no id."}\n{"text": "Twice, no id."}\n' > dup2.jsonl
expect 0 "newsgraph: dup2.jsonl:2: warning: the same text as dup2.jsonl:1; both are kept, as numbered articles" \
  -- "$BIN" convert dup2.jsonl -f nquads
check "the second gets a numbered IRI" "grep -q '^<http://newsgraph.org/id/article/[0-9a-f]*-2> ' out.txt"
"$BIN" convert -q dup.jsonl -o dup.jsonld
expect 0 "" -- "$BIN" validate dup.jsonld
check "the JSON-LD batch validates, one graph per article" "grep -q '^dup.jsonld: valid ([0-9]* triples in 2 graphs)\$' out.txt"

# ---- languages
cat > de.txt <<'EOF'
Regierung beschließt neues Gesetz

Die Bundesregierung hat am Mittwoch in Berlin ein neues Gesetz zur Förderung erneuerbarer Energien beschlossen. Wirtschaftsminister Robert Habeck sagte, das Gesetz werde Investitionen erleichtern. Kritiker bemängeln, dass Ihnen die Regelungen nicht weit genug gehen.
EOF
expect 0 "newsgraph: de.txt: notice: language 'de', not English: the article only, no extraction (--language-any extracts)" \
  -- "$BIN" convert de.txt -f ntriples
check "a German article keeps its node and language" \
  "grep -q 'schema.org/inLanguage> \"de\" .' out.txt && grep -q 'schema.org/articleBody' out.txt"
check "and gets no actors" "! grep -q 'schema.org/Person>' out.txt && ! grep -q 'schema.org/mentions' out.txt"
expect 0 "" -- "$BIN" convert de.txt -f ntriples --language-any
check "--language-any extracts, under the article's own IRIs" \
  "grep -q 'schema.org/mentions' out.txt && ! grep -q 'schema.org/mentions> <http://newsgraph.org/id/person/' out.txt"
check "the English sample says it is English" \
  "'$BIN' convert '$SRC/samples/voa-pyongyang-russia-gambit.txt' -f ntriples | grep -q 'inLanguage> \"en\" .'"

# ---- dates as feeds write them
printf '{"text": "Finance ministers from Germany and France met in Brussels on Wednesday to discuss the budget, officials said.", "pubDate": "Thu, 31 Oct 2024 10:00:00 GMT"}\n' > rss.json
expect 0 "" -- "$BIN" convert rss.json -f ntriples
check "an RFC 822 pubDate is the publication date" "grep -q 'datePublished> \"2024-10-31\"' out.txt"
check "and Wednesday resolves against it" "grep -q 'startDate> \"2024-10-30\"' out.txt"
printf '{"text": "The council met on Wednesday.", "date": "last Thursday-ish"}\n' > baddate.json
expect 0 "newsgraph: baddate.json: warning: cannot read the date in \"date\": 'last Thursday-ish'; relative dates stay unresolved" \
  -- "$BIN" convert baddate.json -f ntriples
expect 2 "newsgraph: --published wants a date as YYYY-MM-DD, not '2024-02-30'" -- "$BIN" convert --published 2024-02-30 one.txt

# ---- threads: the same bytes as one thread
cat feed.jsonl dup.jsonl "$SRC/samples/wire-briefs.jsonl" > mix.jsonl
"$BIN" convert -q -j 1 -f nquads mix.jsonl > j1.nq
"$BIN" convert -q -j 2 -f nquads mix.jsonl > j2.nq
"$BIN" convert -q -j 3 mix.jsonl > j3.jsonld
"$BIN" convert -q -j 1 mix.jsonl > j1.jsonld
check "-j 2 writes the bytes of -j 1 (N-Quads)" "cmp -s j1.nq j2.nq"
check "-j 3 writes the bytes of -j 1 (JSON-LD)" "cmp -s j1.jsonld j3.jsonld"
expect 2 "newsgraph: --jobs wants a number of threads from 1 to 256, not '0'" -- "$BIN" convert -j 0 one.txt

# ---- resuming and the error log
printf '{"id": "e1", "text": "Fine."}\n{"id": "e2", "text": \n{"id": "e3", "text": "Also fine."}\n' > errs.jsonl
expect 1 "newsgraph: errs.jsonl: line 2: invalid JSON at column 21: unexpected token near end of file" \
  -- "$BIN" convert errs.jsonl -o res/ -f ntriples --errors errors.log
check "--errors has one JSON line per failure" \
  "[ \"\$(cat errors.log)\" = '{\"line\":2,\"message\":\"line 2: invalid JSON at column 21: unexpected token near end of file\",\"source\":\"errs.jsonl\"}' ]"
rm res/e3.nt
expect 1 "newsgraph: errs.jsonl: line 2: invalid JSON at column 21: unexpected token near end of file" \
  -- "$BIN" convert errs.jsonl -o res/ -f ntriples --skip-existing
check "--skip-existing converts only what is missing" \
  "[ -s res/e3.nt ] && grep -q '^newsgraph: 3 articles in: 1 converted, 1 skipped (1 already converted), 1 failed;' err.txt"
expect 2 "newsgraph: --skip-existing needs -o DIR/ (one file per article)" -- "$BIN" convert --skip-existing one.txt

# ---- WARC: response records with HTML; requests add nothing
page='<html lang="en"><head><title>Harbor talks</title></head><body><article><p>Union leaders and port operators held talks in Rotterdam on Monday, a spokesperson said.</p></article></body></html>'
http=$(printf 'HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n%s' "$page")
{
  printf 'WARC/1.0\r\nWARC-Type: request\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\nContent-Length: 4\r\n\r\nGET \r\n\r\n'
  printf 'WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://news.example/harbor\r\nWARC-Date: 2024-10-28T09:00:00Z\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000002>\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n' \
    "$(printf '%s' "$http" | wc -c)" "$http"
} > crawl.warc
gzip -c crawl.warc > crawl.warc.gz
expect 0 "" -- "$BIN" convert crawl.warc.gz -f ntriples
check "a WARC response becomes an article with its URL" \
  "[ \$(grep -c 'schema.org/NewsArticle> .' out.txt) -eq 1 ] && grep -q 'schema.org/url> <https://news.example/harbor> .' out.txt"
check "derived from the WARC record, fetched at its date" \
  "grep -q 'prov#wasDerivedFrom> <urn:uuid:00000000-0000-0000-0000-000000000002> .' out.txt && grep -q 'generatedAtTime> \"2024-10-28T09:00:00Z\"' out.txt"

# ---- directories as input
mkdir -p corpus/b && cp feed.jsonl corpus/ && cp one.txt corpus/b/ && printf 'junk' > corpus/notes.md
expect 0 "" -- "$BIN" convert corpus -f ntriples
check "a directory gives its article files, recursively" "[ \$(grep -c 'schema.org/NewsArticle> .' out.txt) -eq 4 ]"

# ---- docs/scale.md: GNU parallel shards concatenate into the single run
if command -v parallel >/dev/null 2>&1; then
  for i in 1 2 3 4 5 6 7 8 9; do cat feed.jsonl; done | awk '{sub(/"id": "/, "\"id\": \"" NR "-"); print}' > corpus.jsonl
  "$BIN" convert -q -j 1 -f nquads corpus.jsonl > single.nq
  parallel --will-cite --pipe -N 5 -k "$BIN" convert -q -j 1 -f nquads --source-name corpus.jsonl \
    --first-line '{= $_=($job->seq()-1)*5+1 =}' < corpus.jsonl > merged.nq
  check "GNU parallel shards give the bytes of one run" "cmp -s single.nq merged.nq && [ -s single.nq ]"
else
  echo "batch: GNU parallel not installed; skipping the scale-out check (scripts/deps --test installs it)"
fi

# pages convert side by side (-j2) yet messages and graphs keep the inputs'
# order: a bad record, then a missing file, between two good articles
printf 'The council met on Monday.\n' > first.txt
printf '%s\n' '{"text": "Kept story."}' '{"text": ' > broken.jsonl
printf 'The mayor spoke on Friday.\n' > last.txt
expect 1 "newsgraph: broken.jsonl: line 2: invalid JSON at column 9: unexpected token near end of file
newsgraph: missing.txt: cannot open: No such file or directory" -- \
  "$BIN" convert -j2 -q first.txt broken.jsonl missing.txt last.txt -f nquads
check "-j2 across inputs: three graphs, in the inputs' order" \
  "[ \"\$(grep -o 'schema.org/articleBody> \"[A-Z][a-z]*' out.txt | cut -d'\"' -f2 | tr '\\n' ' ')\" = 'The Kept The ' ]"
check "-j2 across inputs: the council first, the mayor last" \
  "grep -n 'articleBody' out.txt | head -1 | grep -q council && grep 'articleBody' out.txt | tail -1 | grep -q mayor"

echo "batch: $n checks, $fails failed"
[ "$fails" -eq 0 ]
