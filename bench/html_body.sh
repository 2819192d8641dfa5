#!/bin/sh
# The story's text of every page of the article-extraction benchmark
# (../shared/data), scored with ../shared/eval/htmleval: each page is
# converted on its own, its schema:articleBody written to <id>.txt.
# usage: bench/html_body.sh [BIN] [DATA_DIR] [EVAL_DIR]
BIN=${1:-build/newsgraph}
DATA=${2:-../shared/data/article_extraction_benchmark}
EVAL=${3:-../shared/eval}
if [ ! -d "$DATA/html" ] || [ ! -x "$EVAL/htmleval" ]; then
  echo "skipped: $DATA/html or $EVAL/htmleval not found (the benchmark is not on this machine)"
  exit 0
fi
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
start=$(date +%s.%N)
for f in "$DATA"/html/*.html.gz; do
  id=$(basename "$f" .html.gz)
  "$BIN" convert -q "$f" -f jsonld -o "$T/$id.jsonld" 2>/dev/null
done
end=$(date +%s.%N)
python3 - "$T" <<'PY'
import glob, json, os, sys
d = sys.argv[1]
for path in glob.glob(os.path.join(d, '*.jsonld')):
    body = ''
    try:
        doc = json.load(open(path, encoding='utf-8'))
    except ValueError:
        doc = {}
    for node in doc.get('@graph', [doc]):
        if isinstance(node, dict) and isinstance(node.get('articleBody'), str):
            body = node['articleBody']
            break
    with open(path[:-len('.jsonld')] + '.txt', 'w', encoding='utf-8') as out:
        out.write(body)
PY
"$EVAL/htmleval" --gold "$DATA/ground-truth.json" "$T" | tail -5
echo "pages: $(ls "$T"/*.txt | wc -l), one process each, seconds=$(awk "BEGIN{printf \"%.1f\", $end-$start}")"
# English and other pages apart: each page's language is the one the
# converter detects in the benchmark's own text of it (CLD2)
"$EVAL/htmleval" -v --bootstrap 0 --gold "$DATA/ground-truth.json" "$T" > "$T/pages.out"
python3 - "$DATA/ground-truth.json" > "$T/gold.jsonl" <<'PY'
import json, sys
gold = json.load(open(sys.argv[1], encoding='utf-8'))
for k in sorted(gold):
    print(json.dumps({'id': k, 'text': gold[k]['articleBody'] or '-'}))
PY
"$BIN" convert -q -f nquads "$T/gold.jsonl" > "$T/gold.nq" 2>/dev/null
python3 - "$T/gold.nq" "$T/pages.out" <<'PY'
import re, sys
ident, lang = {}, {}
for line in open(sys.argv[1], encoding='utf-8'):
    m = re.match(r'(<[^>]+>) <http://schema.org/(identifier|inLanguage)> "([^"]+)"', line)
    if m:
        (ident if m.group(2) == 'identifier' else lang)[m.group(1)] = m.group(3)
page_lang = {ident[a][:16]: lang.get(a, 'und') for a in ident}
groups = {}
for line in open(sys.argv[2], encoding='utf-8'):
    p = line.split()
    if len(p) >= 6 and p[1].startswith('gold='):
        key = 'English' if page_lang.get(p[0]) == 'en' else 'other languages'
        groups.setdefault(key, []).append([float(p[k].split('=')[1]) for k in (3, 4, 5)])
for key in ('English', 'other languages'):
    v = groups.get(key, [])
    if v:
        n = len(v)
        print('%s: %d pages, mean page P=%.3f R=%.3f F1=%.3f' % (key, n, sum(x[0] for x in v) / n,
              sum(x[1] for x in v) / n, sum(x[2] for x in v) / n))
PY
