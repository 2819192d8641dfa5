#!/bin/sh
# The trigger model's commands: a model round trip on a tiny fixture (event
# words of an annotated article), determinism, --all-events with the
# model, the lexicon and later mentions, corrupt and foreign model files,
# malformed list and span lines.
# usage: triggers_test.sh BIN SOURCE_DIR
BIN=$1
SRC=$2
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
cd "$T" || exit 1
EXPECT_IGNORE='^epoch\|^train-triggers\|^training:\|^dev:\|^  dev'
. "$SRC/tests/lib.sh"
cp "$SRC/tests/fixtures/triggers-tiny.txt" tiny.txt
cp "$SRC/tests/fixtures/triggers-tiny.spans" tiny.spans
printf '%s\t%s\n' "$T/tiny.txt" "$T/tiny.spans" > tiny.list
A='<http://newsgraph.org/id/article/65cd61f52a3bfd46'
TYPE='<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>'

# round trip: train on the fixture, score it
expect 0 "" -- "$BIN" train-triggers --out m.bin --epochs 20 tiny.list
check "model written" "[ -s m.bin ]"
check "the training report counts the annotated sentences' words" \
  "grep -q '^training: 1 articles, 40 words, 7 of them triggers (0 tokens not found in the article files)\$' err.txt"
expect 0 "" -- "$BIN" train-triggers --score --model m.bin tiny.list
check "the model finds the fixture's event words again" \
  "grep -q '^   words: P 1.0000 R 1.0000 F1 1.0000 (7 found, 7 to find)\$' out.txt"
expect 0 "" -- "$BIN" train-triggers --out m2.bin --epochs 20 tiny.list
check "two trainings give the same model" "cmp -s m.bin m2.bin"
expect 0 "" -- "$BIN" train-triggers --out m3.bin --epochs 3 --dev tiny.list tiny.list
check "a dev list is scored each epoch" "grep -q '^  dev words: P ' err.txt"

# the converter: --all-events keeps every event word the model finds
# (ng:Occurrence when the lexicon gives it no class); a later "The storm" is evidence of the first
expect 0 "" -- "$BIN" convert --all-events --trigger-model m.bin -f ntriples tiny.txt
check "'destroyed' is an event the lexicon gives no class: an occurrence" \
  "grep -q \"^$A/event/8-17> $TYPE <http://schema.org/Event> .\" out.txt &&
   grep -q \"^$A/event/8-17> $TYPE <http://newsgraph.org/ns#Occurrence> .\" out.txt"
check "with its time expression" "grep -q \"^$A/event/8-17> <http://newsgraph.org/ns#timeExpression> \\\"Sunday\\\" .\" out.txt"
check "'The storm also damaged' is the storm already reported: one event, two mentions" \
  "grep -q \"^$A/event/2-7> <http://groundedannotationframework.org/gaf#denotedBy> ${A}#char=159,164> .\" out.txt &&
   ! grep -q \"$A/event/159-164>\" out.txt"
check "the last sentence reports no event" "! grep -q \"$A/event/2[0-9][0-9]-\" out.txt"
check "the options are recorded in the provenance" "grep -q -- '--trigger-model m.bin --all-events' out.txt"
expect 0 "" -- "$BIN" convert --trigger-model m.bin -f ntriples tiny.txt
check "by default, no event without a named participant" "! grep -q '/event/' out.txt"

# participants from the parse: the object, a conjunct, the place after "in"
printf 'Court jails former minister\n\nPolice arrested Daniel Okafor in Lagos on Friday. A court later convicted Okafor and his aide Ruth Mensah of fraud.\n' > court.txt
expect 0 "" -- "$BIN" convert --all-events -f ntriples court.txt
P='<http://newsgraph.org/id/article/dd3a5beff059de44'
check "the built-in model: Okafor was arrested, in Lagos" \
  "grep -q \"^$P/event/7-15> <http://schema.org/attendee> <http://newsgraph.org/id/person/daniel-okafor> .\" out.txt &&
   grep -q \"^$P/event/7-15> <http://schema.org/location> <http://newsgraph.org/id/city/lagos> .\" out.txt"
check "Okafor and Ruth Mensah were convicted" \
  "grep -q \"^$P/event/64-73> <http://schema.org/attendee> <http://newsgraph.org/id/person/daniel-okafor> .\" out.txt &&
   grep -q \"^$P/event/64-73> <http://schema.org/attendee> <http://newsgraph.org/id/person/ruth-mensah> .\" out.txt"

# people the article does not name take part with --all-events: a phrase
# whose head names people (schemas/person-nouns.tsv), one node per person
# ("the man" is the 22-year-old man), a group for several ("Police");
# the default graph has none of them
printf 'Man held over killings\n\nPolice arrested a 22-year-old man on Friday in connection with %s\n' \
  'the deaths of his mother and sister. The man was charged with murder.' > unnamed.txt
expect 0 "" -- "$BIN" convert --all-events -f ntriples unnamed.txt
U='<http://newsgraph.org/id/article/e88fc3da3e90732f'
check "police arrested the 22-year-old man" \
  "grep -q \"^$U/event/7-15> <http://schema.org/attendee> $U/group/police> .\" out.txt &&
   grep -q \"^$U/event/7-15> <http://schema.org/attendee> $U/unnamed/22-year-old-man> .\" out.txt"
check "an unnamed person: its class, the words as its name, every phrase as evidence" \
  "grep -q \"^$U/unnamed/22-year-old-man> $TYPE <http://newsgraph.org/ns#UnnamedPerson> .\" out.txt &&
   grep -q \"^$U/unnamed/22-year-old-man> <http://schema.org/name> \\\"22-year-old man\\\" .\" out.txt &&
   grep -q \"^$U/unnamed/22-year-old-man> <http://groundedannotationframework.org/gaf#denotedBy> ${U}#char=16,33> .\" out.txt &&
   grep -q \"^$U/unnamed/22-year-old-man> <http://groundedannotationframework.org/gaf#denotedBy> ${U}#char=100,107> .\" out.txt"
check "'The man was charged' is the same man" \
  "grep -q \"^$U/event/112-119> <http://schema.org/attendee> $U/unnamed/22-year-old-man> .\" out.txt"
check "the deaths of his mother and sister: two people, the possessive kept" \
  "grep -q \"^$U/event/67-73> <http://schema.org/attendee> $U/unnamed/his-mother> .\" out.txt &&
   grep -q \"^$U/event/67-73> <http://schema.org/attendee> $U/unnamed/sister> .\" out.txt"
# (JSON-LD: Raptor's N-Triples parser leaks under LeakSanitizer, lsan.supp)
expect 0 "" -- "$BIN" convert --all-events unnamed.txt
cp out.txt unnamed.jsonld
expect 0 "" -- "$BIN" validate unnamed.jsonld
check "unnamed people are valid" "grep -q '^unnamed.jsonld: valid (' out.txt"
expect 0 "" -- "$BIN" convert -f ntriples unnamed.txt
check "the default graph names no unnamed person" "! grep -q 'unnamed/\\|group/' out.txt"

# a verb the lexicon does not list takes the class of its CAMEO root
# (schemas/event-classes.tsv) when someone named takes part; a storm that
# destroys is no attack
printf 'Ministers trade blame\n\nForeign Minister Ana Silva condemned the decision on Monday. A storm destroyed the harbour.\n' > cameo.txt
expect 0 "" -- "$BIN" convert --all-events -f ntriples cameo.txt
C='<http://newsgraph.org/id/article/a1ced02949ed4890'
check "'condemned': disapproval (CAMEO 11), Ana Silva's" \
  "grep -q \"^$C/event/27-36> $TYPE <http://newsgraph.org/ns#Disapproval> .\" out.txt &&
   grep -q \"^$C/event/27-36> <http://schema.org/attendee> <http://newsgraph.org/id/person/ana-silva> .\" out.txt"
check "'destroyed' with no one named: an occurrence" \
  "grep -q \"^$C/event/69-78> $TYPE <http://newsgraph.org/ns#Occurrence> .\" out.txt"
# "call" takes no CAMEO class: its act is the word after it ("called the
# book a work of great beauty" is no meeting)
printf 'Prize goes to novelist\n\nEdmund de Waal, who chaired the judging panel, called the book a work of great beauty.\n' \
  > called.txt
expect 0 "" -- "$BIN" convert --all-events -f ntriples called.txt
check "'called the book a work' is no meeting" "grep -q 'event/' out.txt && ! grep -q 'ns#Meeting>' out.txt"

# the lexicon still classes events; with --all-events its events stay
# without participants, and the model's words take the lexicon's class
printf 'inquiry\tHearing\n' > more.tsv
expect 0 "" -- "$BIN" convert --all-events --trigger-model none --event-triggers more.tsv -f ntriples tiny.txt
check "the lexicon alone: the inquiry, a hearing" \
  "grep -q \"^$A/event/78-85> $TYPE <http://newsgraph.org/ns#Hearing> .\" out.txt &&
   [ \$(grep -c \"$TYPE <http://schema.org/Event>\" out.txt) -eq 1 ]"
expect 0 "" -- "$BIN" convert --all-events --trigger-model m.bin --event-triggers more.tsv -f ntriples tiny.txt
check "the model's words and the lexicon's class" \
  "grep -q \"^$A/event/78-85> $TYPE <http://newsgraph.org/ns#Hearing> .\" out.txt &&
   [ \$(grep -c \"$TYPE <http://schema.org/Event>\" out.txt) -eq 6 ]"
expect 0 "" -- "$BIN" convert --all-events --trigger-model m.bin tiny.txt
cp out.txt all.jsonld
expect 0 "" -- "$BIN" validate all.jsonld
check "events with no one taking part, and with two mentions, are valid" "grep -q '^all.jsonld: valid (' out.txt"

# corrupt, truncated and foreign model files
cp m.bin bad.bin
printf 'X' | dd of=bad.bin bs=1 seek=60 conv=notrunc 2>/dev/null
expect 1 "newsgraph: bad.bin: trigger model is corrupt (checksum mismatch)" -- "$BIN" train-triggers --score --model bad.bin tiny.list
head -c 50 m.bin > short.bin
expect 1 "newsgraph: short.bin: trigger model is truncated or has the wrong size" -- "$BIN" train-triggers --score --model short.bin tiny.list
printf 'not a model at all, just some text that is long enough to have a header' > text.bin
expect 2 "newsgraph: text.bin: not a newsgraph trigger model (bad magic number)" -- "$BIN" convert --trigger-model text.bin tiny.txt
expect 2 "newsgraph: none.bin: cannot open: No such file or directory" -- "$BIN" convert --trigger-model none.bin tiny.txt

# a model trigger of a verb and its particle takes no class from the verb
# alone: "call off the strike" is no call
printf 'Strike\n\nMayor Ann Holt urged the unions to call off the strike.\n' > calloff.txt
expect 0 "" -- "$BIN" convert --all-events -f tsv --table events calloff.txt
check "'call off' is an occurrence, no call" \
  "grep -q \"	Occurrence	call off	\" out.txt && ! grep -q \"	Call	\" out.txt"

# a capitalized name alone is no happening the model may find: "Protection"
# of "The Coastal Protection Act" was an occurrence
printf 'Vote\n\nThe Coastal Protection Act was passed by the Senate last year.\n' > lawname.txt
expect 0 "" -- "$BIN" convert --all-events -f tsv --table events lawname.txt
check "a word of a law's name is no event; the passing is" \
  "! grep -q \"	Protection	\" out.txt && grep -q \"	passed	\" out.txt"

# "striking" with no object is a labour strike, a protest, no attack
printf 'Nurses strike\n\nThe union said its members were striking over pay.\n' > striking.txt
expect 0 "" -- "$BIN" convert --all-events -f tsv --table events striking.txt
check "striking over pay: a protest" \
  "grep -q \"	Protest	striking	its members	\" out.txt && ! grep -q \"	Attack	\" out.txt"

# malformed lists and span files name file:line; usage
printf '%s\t%s\n%s\n' "$T/tiny.txt" "$T/tiny.spans" "$T/tiny.txt" > nospans.list
expect 1 "newsgraph: nospans.list:2: expected ARTICLE<TAB>SPANS" -- "$BIN" train-triggers --out x.bin nospans.list
printf '25\t79\tsentence\n40\t30\tACTION\n' > bad.spans
printf '%s\t%s\n' "$T/tiny.txt" "$T/bad.spans" > bad.list
expect 1 "newsgraph: $T/bad.spans:2: expected START<TAB>END<TAB>LABEL within the article" -- "$BIN" train-triggers --out x.bin bad.list
printf '25\t79\tsentence\n' > none.spans
printf '%s\t%s\n' "$T/tiny.txt" "$T/none.spans" > none.list
expect 1 "newsgraph: train-triggers: no training triggers" -- "$BIN" train-triggers --out x.bin none.list
expect 2 "newsgraph: train-triggers needs --out MODEL (or --score) and one LIST of articles" -- "$BIN" train-triggers tiny.list
expect 2 "newsgraph: --epochs wants a number from 1 to 1000, not 'x'" -- "$BIN" train-triggers --out x.bin --epochs x tiny.list
check "no model written after a failure" "[ ! -e x.bin ]"

echo "triggers: $n checks, $fails failed"
[ "$fails" -eq 0 ]
