#!/bin/sh
# Pathological inputs must neither crash nor hang: very deep HTML, long
# lines, many quotation marks, a huge run of capitalized words.
BIN=$1
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fails=0
run() {
  name=$1
  format=${2:-ntriples}
  # a hang is minutes; the sanitizer build takes most of a minute on the
  # many quotes in a busy machine's slow hour, so the limit is four
  timeout 240 "$BIN" convert -q "$T/$name" -f "$format" > /dev/null 2>&1
  rc=$?
  # exit 1 (a reported failure) is fine; a crash or a timeout is not
  if [ $rc -gt 1 ]; then
    echo "FAIL: $name ($format) exit $rc"
    fails=$((fails + 1))
  fi
}
awk 'BEGIN { printf "<html><body>"; for (i = 0; i < 100000; i++) printf "<div>"; printf "<p>Deep text, with words.</p></body></html>" }' > "$T/deep.html"
run deep.html
awk 'BEGIN { printf "Title\n\n"; for (i = 0; i < 200000; i++) printf "word "; printf ".\n" }' > "$T/long.txt"
run long.txt
awk 'BEGIN { printf "Title\n\n"; for (i = 0; i < 50000; i++) printf "\"a\" said Smith. "; printf "\n" }' > "$T/quotes.txt"
run quotes.txt
run quotes.txt html # 50,000 statements and their speaker's mentions marked in one page
awk 'BEGIN { printf "Title\n\n"; for (i = 0; i < 50000; i++) printf "Capital "; printf "said.\n" }' > "$T/caps.txt"
run caps.txt
awk 'BEGIN { printf "<html><body>"; for (i = 0; i < 20000; i++) printf "<p>Para %d, with a comma.</p>", i; printf "</body></html>" }' > "$T/many.html"
run many.html
echo "pathological: $fails failed"
[ "$fails" -eq 0 ]
