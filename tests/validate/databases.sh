#!/bin/sh
# The N-Quads of every sample, each article in its own named graph, loaded
# into Oxigraph (npm, in process) and into a Virtuoso server (Debian
# virtuoso-opensource, started here on 127.0.0.1 with a throwaway database
# and stopped afterwards). Each store answers the competency questions in
# docs/queries/*.rq with the answers kept next to them (*.tsv).
# usage: databases.sh BIN SOURCE_DIR BUILD_DIR
BIN=$1
SRC=$2
JS=$(sh "$SRC/tests/validate/js_tools.sh" "$SRC" "$3") || exit 1
T=$(mktemp -d)
VPID=""
cleanup() {
  if [ -n "$VPID" ]; then
    isql-vt "127.0.0.1:$PORT" dba dba -K >/dev/null 2>&1 || kill "$VPID" 2>/dev/null
    i=0
    while kill -0 "$VPID" 2>/dev/null && [ $i -lt 50 ]; do sleep 0.2; i=$((i + 1)); done
  fi
  rm -rf "$T"
}
trap cleanup EXIT
. "$SRC/tests/lib.sh"

# all samples into one N-Quads file, with convert's options given
samples_nquads() {
  for input in "$SRC"/samples/*.*; do
    base=$(basename "$input")
    args=""
    [ -f "$SRC/samples/expected/$base.args" ] && args=$(cat "$SRC/samples/expected/$base.args")
    # shellcheck disable=SC2086
    "$BIN" convert $args "$@" "$input" -f nquads
  done
}
samples_nquads > "$T/all.nq"
check "the samples give N-Quads" "[ -s '$T/all.nq' ]"
graphs=$(awk '{print $(NF-1)}' "$T/all.nq" | sort -u | wc -l)
articles=$(grep -c '<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://schema.org/NewsArticle>' "$T/all.nq")
check "one named graph per article ($graphs graphs, $articles articles)" "[ $graphs = $articles ] && [ $articles -ge 4 ]"

# Oxigraph, on the full graph and on the facts alone (convert --evidence none)
samples_nquads --evidence none > "$T/lean.nq"
check "--evidence none: under a third of the quads" "[ \$((\$(wc -l < '$T/lean.nq') * 3)) -lt \$(wc -l < '$T/all.nq') ]"
for graph in all lean; do
  for q in "$SRC"/docs/queries/*.rq; do
    name=$(basename "$q" .rq)
    out="$T/$name.oxigraph.tsv"
    [ $graph = lean ] && out="$T/$name.lean.tsv"
    node "$JS/rdftools.mjs" sparql "$q" "$T/$graph.nq" > "$out" 2>&1
    check "Oxigraph answers $name as docs/queries/$name.tsv ($graph.nq)" "diff '${q%.rq}.tsv' '$out'"
  done
done
check "Oxigraph: Sergey Lavrov attended the consultations in Moscow" \
  "grep -q 'ns#Consultation>	\"Choe Son Hui\"	\"Moscow\"' '$T/lavrov-meetings.oxigraph.tsv'"

# Virtuoso
if ! command -v virtuoso-t >/dev/null 2>&1; then
  echo "FAIL: virtuoso-t not found (scripts/test installs virtuoso-opensource)"
  exit 1
fi
# two ports on the loopback interface, away from the usual 1111/8890
PORT=$(shuf -i 20000-40000 -n 1)
HTTP=$((PORT + 1))
DB="$T/virtuoso"
mkdir -p "$DB/load"
cp "$T/all.nq" "$DB/load/all.nq"
cat > "$DB/virtuoso.ini" <<EOF
[Database]
DatabaseFile = virtuoso.db
ErrorLogFile = virtuoso.log
LockFile = virtuoso.lck
TransactionFile = virtuoso.trx
xa_persistent_file = virtuoso.pxa
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = virtuoso-temp.db
TransactionFile = virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:$PORT
DisableUnixSocket = 1
DirsAllowed = ., $DB/load
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
[HTTPServer]
ServerPort = 127.0.0.1:$HTTP
ServerRoot = www
ServerThreads = 4
[SPARQL]
ResultSetMaxRows = 100000
MaxQueryExecutionTime = 60
EOF
(cd "$DB" && virtuoso-t +configfile virtuoso.ini +wait >"$DB/start.log" 2>&1)
VPID=$(sed -n 's/^VIRT_PID=//p' "$DB/virtuoso.lck" 2>/dev/null)
ready=no
for i in $(seq 1 60); do
  if isql-vt "127.0.0.1:$PORT" dba dba exec='select 1;' >/dev/null 2>&1; then ready=yes; break; fi
  sleep 0.5
done
check "Virtuoso starts on 127.0.0.1:$PORT" "[ $ready = yes ]"
if [ $ready = yes ]; then
  # N-Quads: flag 512 keeps each quad in its own graph
  isql-vt "127.0.0.1:$PORT" dba dba BANNER=OFF VERBOSE=OFF \
    exec="DB.DBA.TTLP(file_to_string_output('$DB/load/all.nq'), '', 'urn:newsgraph:default', 512); checkpoint;" \
    > "$T/load.log" 2>&1
  check "Virtuoso loads the N-Quads" "! grep -q '^\*\*\* Error' '$T/load.log'"
  curl -sS --fail -X POST "http://127.0.0.1:$HTTP/sparql" -H 'Accept: application/sparql-results+json' \
    --data-urlencode 'query=SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), "http://newsgraph.org/id/article/")) }' \
    > "$T/count.json" 2>&1
  total=$(node "$JS/rdftools.mjs" results-tsv "$T/count.json" 2>/dev/null | sed -n 2p)
  want=$(sort -u "$T/all.nq" | wc -l)
  check "Virtuoso holds every quad ($total of $want)" "[ '$total' = '$want' ]"
  for q in "$SRC"/docs/queries/*.rq; do
    name=$(basename "$q" .rq)
    curl -sS --fail -X POST "http://127.0.0.1:$HTTP/sparql" -H 'Accept: application/sparql-results+json' \
      --data-urlencode "query@$q" > "$T/$name.json" 2>"$T/$name.err"
    node "$JS/rdftools.mjs" results-tsv "$T/$name.json" > "$T/$name.virtuoso.tsv" 2>&1
    check "Virtuoso answers $name as docs/queries/$name.tsv" "diff '${q%.rq}.tsv' '$T/$name.virtuoso.tsv'"
  done
fi

echo "databases: $n checks, $fails failed"
[ "$fails" -eq 0 ]
