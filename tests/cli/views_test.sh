#!/bin/sh
# The views for people: -f html (the article marked up, the graph beside
# it; rendered in headless Chromium) and -f dot (Graphviz).
# usage: views_test.sh BIN SOURCE_DIR
BIN=$1
SRC=$2
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
cd "$T" || exit 1
. "$SRC/tests/lib.sh"
SAMPLE=$SRC/samples/voa-pyongyang-russia-gambit.txt
for tool in chromium dot python3; do
  if ! command -v $tool >/dev/null 2>&1; then
    echo "FAIL: $tool is needed (scripts/deps --test installs it)"
    echo "views: 1 checks, 1 failed"
    exit 1
  fi
done

# ---- -f html
expect 0 "" -- "$BIN" convert -f html "$SAMPLE"
mv out.txt sample.html
"$BIN" convert -f html "$SAMPLE" -o again.html
check "-f html: a page, the same from -o FILE.html" "cmp -s sample.html again.html"
check "one page: one doctype, one article" \
  "[ \$(grep -c '^<!DOCTYPE html>' sample.html) = 1 ] && [ \$(grep -c '^<article ' sample.html) = 1 ]"
check "self-contained: nothing loaded from elsewhere" \
  "! grep -Eq '<(script|img|iframe)[^>]* src=|<link |@import|url\\(' sample.html"
# the graph's actors with mentions, from the N-Triples
"$BIN" convert -f ntriples "$SAMPLE" |
  grep '<http://groundedannotationframework.org/gaf#denotedBy>' | cut -d' ' -f1 | tr -d '<>' | sort -u > denoted.txt
"$BIN" convert -f tsv --table actors "$SAMPLE" | cut -f4 | tail -n +2 | sort -u > actors.txt
comm -12 actors.txt denoted.txt > named.txt
check "the sample has actors with mentions" "[ \$(wc -l < named.txt) -ge 40 ]"
# rendered by Chromium: the DOM after the page's script ran
chromium --headless --no-sandbox --disable-gpu --dump-dom "file://$T/sample.html" > dom.html 2>/dev/null
check "Chromium renders the page" "grep -q 'data-shown=' dom.html"
cat > marks.py <<'PY'
import sys
from html.parser import HTMLParser

class Marks(HTMLParser):
    """Panel entries (data-iri, data-ref, data-shown) and the refs marked in the text."""
    def __init__(self):
        super().__init__()
        self.entries, self.marked, self.stack = {}, {}, []
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == 'li' and 'data-iri' in a:
            self.entries[a['data-iri']] = (a.get('data-ref'), a.get('data-shown'), a.get('class', ''))
        if tag == 'mark' and 'data-ref' in a:
            self.marked[a['data-ref']] = self.marked.get(a['data-ref'], 0) + 1

p = Marks()
p.feed(open(sys.argv[1], encoding='utf-8').read())
for iri in open(sys.argv[2]).read().split():
    ref, shown, klass = p.entries.get(iri, (None, None, ''))
    print(iri, 'listed' if ref else 'unlisted', 'marked' if ref in p.marked else 'unmarked',
          'shown' if shown and int(shown) >= 1 else 'unshown', 'actor' if 'ng-actor' in klass else 'other')
PY
python3 marks.py dom.html named.txt > verdicts.txt
check "every actor of the sample is listed, marked in the text and shown (\$(grep -vc ' listed marked shown actor\$' verdicts.txt) not)" \
  "! grep -v ' listed marked shown actor\$' verdicts.txt"
check "Lavrov's two mentions are marked as one person" \
  "[ \"\$(grep -o '<mark class=\"ng-actor ng-person\" data-ref=\"n[0-9]*\" title=\"Sergey Lavrov\">[^<]*</mark>' dom.html | sed 's/.*\">//; s/<.*//' | tr '\n' '|')\" = 'Sergey Lavrov|Lavrov|' ]"
check "the talks in Beijing are an event, with their attendees in the panel" \
  "grep -q '<span class=\"ng-event\" data-ref=\"n[0-9]*\" title=\"talks\">talks</span>' dom.html &&
   grep -q '<li class=\"ng-event\" [^>]*>Talks <b>talks</b> · Wang Yi, Andrei Rudenko · in Beijing · Wednesday' dom.html"
check "Wilder's quote is a statement, direct" \
  "grep -q '<span class=\"ng-statement ng-direct\" data-ref=\"n[0-9]*\" title=\"statement\">The radio silence in' dom.html"
"$BIN" read -f jsonl "$SAMPLE" | python3 -c "import json,sys; sys.stdout.write(json.load(sys.stdin)['text'])" > text.txt
python3 -c "import html,re,sys; t=open(sys.argv[1],encoding='utf-8').read(); b=re.search(r'<div class=\"ng-body\">(.*?)</div>',t,re.S).group(1); sys.stdout.write(html.unescape(re.sub(r'<[^>]+>','',b)))" sample.html > shown.txt
check "the text shown is the article's, whole" "[ -s text.txt ] && cmp -s text.txt shown.txt"
# without spans the page still lists the graph
"$BIN" convert -f html --evidence none "$SAMPLE" > none.html
check "--evidence none: the graph listed, nothing marked" \
  "grep -q '<li class=\"ng-actor ng-person\"' none.html && ! grep -q '<mark ' none.html"
# a base IRI with a fragment: the spans' offsets go in the fragment's path
"$BIN" convert --base 'http://example.org/data#' -f ntriples "$SAMPLE" > hash.nt
check "--base with a fragment: span IRIs hold one '#' and parse" \
  "grep -q '<http://example.org/data#article/[0-9a-f]*/char=663,676>' hash.nt && rapper -q -i ntriples -c hash.nt 2>/dev/null"
"$BIN" convert --base 'http://example.org/data#' -f html "$SAMPLE" > hash.html
check "and the page marks them as without" "[ \$(grep -o '<mark ' hash.html | wc -l) = \$(grep -o '<mark ' sample.html | wc -l) ]"

# a batch: one page, an article each
printf '%s\n%s\n' '{"title":"One","text":"Anna Berg met Tom Lind in Oslo on Monday."}' \
  '{"title":"Two","text":"Tom Lind said the talks would <continue> & end."}' > two.jsonl
"$BIN" convert -q -f html two.jsonl > two.html
check "a batch is one page with an article each" \
  "[ \$(grep -c '^<!DOCTYPE html>' two.html) = 1 ] && [ \$(grep -c '^<article ' two.html) = 2 ] &&
   [ \$(grep -c '^</html>' two.html) = 1 ] && tail -1 two.html | grep -qx '</html>'"
check "text is escaped" "grep -q 'would &lt;continue&gt; &amp; end' two.html"
"$BIN" convert -q -f html two.jsonl -o pages/
check "-o DIR/: a whole page per article" \
  "[ \$(cat pages/*.html | grep -c '^<!DOCTYPE html>') = 2 ] && [ \$(cat pages/*.html | grep -c '^</html>') = 2 ]"

# ---- -f dot
expect 0 "" -- "$BIN" convert -f dot "$SAMPLE"
mv out.txt sample.dot
check "dot reads -f dot" "dot -Tsvg sample.dot -o sample.svg && grep -q '<svg' sample.svg"
A=http://newsgraph.org/id/article/b3b4512d1c222f37
check "the talks: an event node and an edge to each attendee and the place" \
  "grep -qF '\"$A/event/1156-1161\" [label=\"Talks: talks\\nWednesday\", shape=octagon' sample.dot &&
   grep -qF '\"$A/event/1156-1161\" -> \"http://newsgraph.org/id/person/wang-yi\" [label=\"attendee\"];' sample.dot &&
   grep -qF '\"$A/event/1156-1161\" -> \"http://newsgraph.org/id/city/beijing\" [label=\"in\", style=dashed];' sample.dot"
check "a person with title and statements; the seminar's organizer" \
  "grep -qF '\"http://newsgraph.org/id/person/dennis-wilder\" [label=\"Dennis Wilder\\nformer senior intelligence official\\n5 statements\"' sample.dot &&
   grep -qF '[label=\"organizer\", style=bold];' sample.dot"
"$BIN" convert -q -f dot two.jsonl > two.dot
check "a batch is one digraph, a cluster per article, one node for Tom Lind" \
  "dot -Tsvg two.dot >/dev/null && [ \$(grep -c '^digraph' two.dot) = 1 ] && [ \$(grep -c 'subgraph \"cluster_' two.dot) = 2 ] &&
   [ \$(dot -Tcanon two.dot | grep -c '^[[:space:]]*\"http://newsgraph.org/id/person/tom-lind\"[[:space:]]*\\[') = 1 ]"
expect 0 "" -- "$BIN" convert -f DOT -o graph.gv "$SAMPLE"
check "-f DOT, .gv" "cmp -s graph.gv sample.dot"

echo "views: $n checks, $fails failed"
[ "$fails" -eq 0 ]
