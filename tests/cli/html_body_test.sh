#!/bin/sh
# The story's text from web pages (convert/read/html_body.c): for each
# self-written page in tests/fixtures/html/, its .expect file lists words
# the article body must hold ("+ ...") and must not hold ("- ...").
# usage: html_body_test.sh BIN SOURCE_DIR
BIN=$1
SRC=$2
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
cd "$T" || exit 1
. "$SRC/tests/lib.sh"
BODY='<http://schema.org/articleBody>'

for page in "$SRC"/tests/fixtures/html/*.html; do
  name=$(basename "$page" .html)
  expect 0 "" -- "$BIN" convert -f ntriples "$page"
  grep -F "$BODY" out.txt > body.txt
  check "$name: the page has an article body" "[ -s body.txt ]"
  while IFS= read -r line; do
    words=${line#? }
    case $line in
      "+ "*) check "$name: the body holds '$words'" "grep -qF -- \"\$words\" body.txt" ;;
      "- "*) check "$name: the body leaves out '$words'" "! grep -qF -- \"\$words\" body.txt" ;;
    esac
  done < "$SRC/tests/fixtures/html/$name.expect"
done

echo "html_body: $n checks, $fails failed"
[ "$fails" -eq 0 ]
