#!/bin/sh
# The rules and schemas/word-lists.tsv agree: every list a rule names
# (ng_lex_listed, ng_lex_listed_noun, events.c's S_listed, S_class_listed and S_won_what, quotes.c's S_listed_verb, mentions_types.c's
# S_before_title_in, actors.c's S_holds_post_of, S_posts_held_at_home and S_name_word_listed) is in the file,
# and every list in the file is named by a rule. (A release build would
# read a misspelt name as an empty list.)
# usage: word_lists_test.sh SOURCE_DIR
SRC=$1
. "$SRC/tests/lib.sh"
cd "$SRC" || exit 1
# (S_won_what names two lists: the verbs and what is won)
named=$( (grep -rhoE '(ng_lex_listed|ng_lex_listed_noun|S_listed|S_class_listed|S_won_what|S_before_title_in|S_listed_verb|S_holds_post_of|S_posts_held_at_home|S_name_word_listed)\([^"]*"[a-z-]+"' convert;
  grep -rhoE 'S_won_what\([^"]*"[a-z-]+", "[a-z-]+"' convert) |
  sed 's/.*"\([a-z-]*\)"$/\1/' | sort -u)
listed=$(grep -v '^#' schemas/word-lists.tsv | cut -f1 | grep . | sort -u)
missing=$(for l in $named; do echo "$listed" | grep -qx "$l" || printf ' %s' "$l"; done)
unused=$(for l in $listed; do echo "$named" | grep -qx "$l" || printf ' %s' "$l"; done)
check "the rules name lists ($(echo "$named" | wc -l))" "[ $(echo "$named" | wc -l) -gt 20 ]"
check "every list a rule names is in schemas/word-lists.tsv:$missing" "[ -z '$missing' ]"
check "every list of schemas/word-lists.tsv is named by a rule:$unused" "[ -z '$unused' ]"
bad=$(grep -v '^#' schemas/word-lists.tsv | grep . | grep -cvE '^[a-z-]+	[^	]+$')
check "each line is a name, a TAB and words ($bad bad)" "[ $bad -eq 0 ]"
echo "word lists: $n checks, $fails failed"
[ "$fails" -eq 0 ]
