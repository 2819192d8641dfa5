#!/bin/sh
# The manual page and the bash completion: the page renders without
# warnings and describes every option each command's --help lists;
# `cmake --install` puts both where man and bash-completion look; the
# completion offers commands, options and their values.
# usage: manual_test.sh BIN SOURCE_DIR BUILD_DIR
BIN=$1
SRC=$2
BUILD=$3
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
cd "$T" || exit 1
. "$SRC/tests/lib.sh"
PAGE=$SRC/docs/newsgraph.1
if ! command -v man >/dev/null 2>&1 || ! command -v bash >/dev/null 2>&1; then
  echo "FAIL: man and bash are needed (scripts/deps --test installs man-db)"
  echo "manual: 1 checks, 1 failed"
  exit 1
fi

(cd "$SRC" && MANWIDTH=100 man --warnings ./docs/newsgraph.1) > page.txt 2> warnings.txt
check "man ./docs/newsgraph.1 renders in the source tree" "grep -q '^NAME' page.txt && grep -q 'newsgraph - turn news articles into knowledge-graph data' page.txt"
check "without warnings" "[ ! -s warnings.txt ] || { cat warnings.txt; false; }"
commands=$("$BIN" --help | sed -n 's/^ *\(usage: \)\{0,1\}newsgraph \([a-z][a-z-]*\).*/\2/p' | sort -u | grep -vx help)
check "the commands are read from --help" "[ \$(echo \"$commands\" | wc -l) -ge 14 ]"
for cmd in $commands; do
  check "the page names the command $cmd" "grep -qw -- '$cmd' page.txt"
  for opt in $("$BIN" "$cmd" --help 2>&1 | grep -o -- '--[a-z][a-z-]*' | sort -u); do
    check "the page describes $cmd $opt" "grep -q -- '$opt' page.txt"
  done
done

# installed where man and bash-completion look
cmake --install "$BUILD" --prefix "$T/usr" > install.log 2>&1
check "cmake --install puts the manual page in share/man/man1" "cmp -s '$PAGE' '$T/usr/share/man/man1/newsgraph.1'"
check "and the completion in share/bash-completion/completions" \
  "cmp -s '$SRC/convert/cli/newsgraph.bash' '$T/usr/share/bash-completion/completions/newsgraph'"
check "man finds the installed page by name" "MANPATH='$T/usr/share/man' man -w newsgraph | grep -q '$T/usr/share/man/man1/newsgraph.1'"

# the completion, as bash calls it
complete_words() {
  bash -c '. "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); _newsgraph; echo "${COMPREPLY[*]}"' \
    sh "$SRC/convert/cli/newsgraph.bash" "$BIN" "$@"
}
check "commands" "[ \"\$(complete_words conv)\" = convert ] && [ \"\$(complete_words tr | wc -w)\" = 5 ]"
check "a command's options" "[ \"\$(complete_words convert --evi)\" = --evidence ] && [ \"\$(complete_words validate --rep)\" = --report ]"
check "formats" "[ \"\$(complete_words convert -f '')\" = 'jsonld json-ld turtle ttl ntriples nt nquads nq trig rdfxml rdf xml jsonl ndjson tsv html dot gv help' ]"
check "option values" "[ \"\$(complete_words convert --evidence '')\" = 'full spans none' ] &&
  [ \"\$(complete_words validate --report '')\" = 'text json turtle' ] &&
  [ \"\$(complete_words convert -f tsv --table '')\" = 'statements events actors' ] &&
  [ \"\$(complete_words read -f '')\" = 'text jsonl' ]"
touch sample-one.txt sample-two.txt
check "files" "[ \"\$(complete_words convert sample-)\" = 'sample-one.txt sample-two.txt' ]"
check "help COMMAND" "[ \"\$(complete_words help vali)\" = validate ]"

echo "manual: $n checks, $fails failed"
[ "$fails" -eq 0 ]
