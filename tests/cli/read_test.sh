#!/bin/sh
# `newsgraph read`: the articles as the readers see them, without analysis.
# usage: read_test.sh BIN SOURCE_DIR
BIN=$1
SRC=$2
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
cd "$T" || exit 1
. "$SRC/tests/lib.sh"
PAGE=$SRC/tests/fixtures/html/scripts.html

# a web page as JSON Lines: metadata from JSON-LD and the page, the story's
# text without scripts, style sheets or the script in a comment
expect 0 "" -- "$BIN" read -f jsonl "$PAGE"
cat > want.txt <<WANT
{"source":"$PAGE","headline":"Ferry service resumes after storm","author":"Ines Varga","datePublished":"2025-03-04","inLanguage":"en","text":"The island ferry sailed again on Tuesday morning, three days after the storm closed the harbour, the operator said.\n\nRepairs to the landing stage took two days, and the first crossing carried about forty passengers and a delivery van.\n\nThe operator said the timetable would be back to normal by the weekend if the weather held."}
WANT
check "read -f jsonl: one object with the page's fields" "cmp -s out.txt want.txt"

# the same as text: headline, blank line, paragraphs
expect 0 "" -- "$BIN" read "$PAGE"
check "read: the headline first" "[ \"\$(head -1 out.txt)\" = 'Ferry service resumes after storm' ]"
check "read: then a blank line" "[ -z \"\$(sed -n 2p out.txt)\" ]"
check "read: then the first paragraph" \
  "[ \"\$(sed -n 3p out.txt)\" = 'The island ferry sailed again on Tuesday morning, three days after the storm closed the harbour, the operator said.' ]"
check "read: five lines in all" "[ \$(wc -l < out.txt) -eq 7 ]"

# two articles of a JSON Lines file, a form feed line between them
printf '%s\n' '{"headline": "One", "text": "First story."}' '{"headline": "Two", "text": "Second story."}' > two.jsonl
expect 0 "" -- "$BIN" read two.jsonl
printf 'One\n\nFirst story.\n\f\nTwo\n\nSecond story.\n' > want2.txt
check "read: articles separated by a form feed line" "cmp -s out.txt want2.txt"

# a bad record and a missing file are reported; the rest is still printed
printf '%s\n' '{"headline": "Good", "text": "Kept story."}' '{"headline": ' > bad.jsonl
expect 1 "newsgraph: bad.jsonl: line 2: invalid JSON at column 13: unexpected token near end of file
newsgraph: missing.html: cannot open: No such file or directory" -- "$BIN" read -f jsonl bad.jsonl missing.html
check "read: the good record is printed" "grep -q '\"text\":\"Kept story.\"' out.txt"

# charsets: the text in UTF-8 whatever the page was written in
CS=$SRC/tests/fixtures/charset
expect 0 "" -- "$BIN" read "$CS/utf8-declared-latin1.html"
check "charset: UTF-8 bytes under an ISO-8859-1 declaration are read as UTF-8" \
  "grep -qF 'Recep Tayyip Erdoğan, met café owners in Kadıköy' out.txt"
expect 0 "" -- "$BIN" read "$CS/cp1252-undeclared.html"
check "charset: an undeclared legacy page is windows-1252 (curly quotes kept)" \
  "grep -qF 'José Núñez, said on Monday that the “new rules” would' out.txt"
expect 0 "" -- "$BIN" read "$CS/shift-jis.html"
check "charset: a declared Shift_JIS page is read, not refused as binary" \
  "grep -qF '東京都の知事は月曜日に新しい規則について' out.txt"
expect 0 "" -- "$BIN" read "$CS/broken-utf8.html"
check "charset: one broken byte in a UTF-8 page becomes U+FFFD, the rest stays UTF-8" \
  "grep -qF 'The café owner in Kadıköy said on Monday that one byte here � is broken' out.txt"

# metadata: authors, dates, image and section from JSON-LD, meta tags and
# the byline; the authors become people in the graph
MD=$SRC/tests/fixtures/meta
expect 0 "" -- "$BIN" read -f jsonl "$MD/jsonld-authors.html"
check "metadata: JSON-LD's authors, dates, image (an ImageObject) and section" \
  "grep -qF '\"author\":\"Ines Varga, Paul Okafor\",\"datePublished\":\"2025-05-12\",\"dateModified\":\"2025-05-13\",\"publisher\":\"Coast Courier\",\"image\":\"https://coastcourier.example/img/port-cranes.jpg\",\"articleSection\":\"Business\"' out.txt"
expect 0 "" -- "$BIN" convert -f ntriples "$MD/jsonld-authors.html"
ART=$(grep -o '^<http://newsgraph.org/id/article/[0-9a-f]*>' out.txt | head -1)
check "metadata: two schema:author links" "[ \$(grep -c \"^$ART <http://schema.org/author> \" out.txt) -eq 2 ]"
check "metadata: an author the story never names is an ng:Author" \
  "grep -qF '<http://newsgraph.org/id/person/ines-varga> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://newsgraph.org/ns#Author> .' out.txt"
check "metadata: an author the story names is its schema:Person" \
  "grep -qF '<http://newsgraph.org/id/person/paul-okafor> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://schema.org/Person> .' out.txt"
check "metadata: dateModified, image, articleSection in the graph" \
  "grep -qF '<http://schema.org/dateModified> \"2025-05-13\"^^<http://www.w3.org/2001/XMLSchema#date> .' out.txt && grep -qF '<http://schema.org/image> <https://coastcourier.example/img/port-cranes.jpg> .' out.txt && grep -qF '<http://schema.org/articleSection> \"Business\" .' out.txt"
expect 0 "" -- "$BIN" convert -f ntriples "$MD/byline.html"
check "metadata: a byline element's person, not the agency or the date" \
  "[ \"\$(grep '<http://schema.org/author>' out.txt | cut -d' ' -f3 | tr '\\n' ' ')\" = '<http://newsgraph.org/id/person/marta-kwan> ' ]"
check "metadata: the byline as written" "grep -qF '<http://newsgraph.org/ns#byline> \"By Marta Kwan and Reuters Staff | June 2, 2025\" .' out.txt"
check "metadata: the section from article:section" "grep -qF '<http://schema.org/articleSection> \"Local news\" .' out.txt"
expect 0 "" -- "$BIN" read -f jsonl "$MD/home-canonical.html"
check "metadata: a canonical link to the site's home page is not the article's URL" \
  "grep -qF '\"url\":\"https://towntimes.example/news/2025/council-votes-to-close-bridge\"' out.txt"
# bylines as publishers write them: the people, not the agency, the title,
# the outlet, the date or the handle
i=0
for want in "robert-burns" "chris-cillizza" "tanza-loudenback" "jeff-foust" "bryan-deardo" "" \
            "lisa-kaczke trevor-j-mitchell" "finian-cunningham" "" "debbie-white"; do
  i=$((i + 1))
  sed -n "${i}p" "$MD/bylines.jsonl" > one.jsonl
  got=$("$BIN" convert -q -f ntriples one.jsonl | grep '<http://schema.org/author>' | sed 's|.*/person/||; s|> \.$||' | tr '\n' ' ')
  check "byline $i: authors '$want'" "[ '$got' = '$want${want:+ }' ]"
done
"$BIN" convert -f ntriples "$MD/jsonld-authors.html" "$MD/byline.html" > both.nt 2>/dev/null
expect 0 "" -- "$BIN" validate both.nt
check "metadata: the graphs are valid" "grep -q ': valid' out.txt"

# usage errors
expect 2 "newsgraph: read: unknown format 'xml' (text or jsonl)" -- "$BIN" read -f xml "$PAGE"
expect 2 "newsgraph: read: unknown input format 'pdf'" -- "$BIN" read --input-format pdf "$PAGE"

echo "read: $n checks, $fails failed"
[ "$fails" -eq 0 ]
