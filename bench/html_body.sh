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
