/* events.c -- who met whom, where and when.
 *
 * A trigger (a word or phrase from the lexicon, or "sent/dispatched ...
 * troops") opens an event. Its arguments come from the clause around the
 * trigger: the clause is cut at semicolons, dashes, ", as"/", while" and
 * after "said that" / "announced that", so that "X announced that A will
 * meet B" gives A and B, not X. Participants are the people of the clause
 * (or, when there are none, the organizations and countries acting in it);
 * "hosted by X" is the organizer; "in X" and a fronted "In X," the place;
 * weekday names and "Oct. 25" resolve against the publication date. */
#include <stdlib.h>
#include <stdio.h>
#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "internal.h"
#include "triggers.h"

static bool S_is(const ng_document *doc, size_t i, const char *w) { return ng_tok_is(doc, i, w); }
static bool S_noun_modifier(const ng_document *doc, size_t i);

static char S_ch(const ng_document *doc, size_t i) { return doc->art->text[doc->toks[i].start]; }

/* Is token i a word of the named list of schemas/word-lists.tsv? */
static bool S_listed(const ng_document *doc, size_t i, const char *list)
{
    return i < doc->ntok && ng_lex_listed(doc->lex, list, doc->toks[i].lower);
}

/* A form of "be" at token k ("was", "been", "being" ...). */
static bool S_be_form(const ng_document *doc, size_t k)
{
    return S_is(doc, k, "be") || S_is(doc, k, "been") || S_is(doc, k, "being") || S_is(doc, k, "is") ||
           S_is(doc, k, "are") || S_is(doc, k, "was") || S_is(doc, k, "were");
}

/* Inside quotation marks after token k, given whether we were before it. */
static bool S_quote_state(const ng_document *doc, size_t k, bool quoted)
{
    if (!(doc->toks[k].flags & NG_TOK_QUOTE))
        return quoted;
    return (doc->toks[k].flags & NG_TOK_OPEN) ? true : (doc->toks[k].flags & NG_TOK_CLOSE) ? false : !quoted;
}

static bool S_is_dash(const ng_document *doc, size_t i)
{
    const ng_token *t = &doc->toks[i];
    const unsigned char *s = (const unsigned char *)doc->art->text + t->start;
    /* "—", "–", "--", and " - " between spaces */
    bool spaced_hyphen = t->end - t->start == 1 && s[0] == '-' && t->start > 0 && doc->art->text[t->start - 1] == ' ' &&
                         doc->art->text[t->end] == ' ';
    /* not a score's: "drew 2 - 2" */
    bool score = i > 0 && i + 1 < doc->ntok && (doc->toks[i - 1].flags & NG_TOK_NUM) &&
                 (doc->toks[i + 1].flags & NG_TOK_NUM);
    return !score && (ng_tok_is_dash(doc, i) || ((t->flags & NG_TOK_PUNCT) && spaced_hyphen));
}

/* Clause boundaries inside a sentence. */
static bool S_boundary_before(const ng_document *doc, size_t i)
{
    if (S_ch(doc, i) == ';' || S_is_dash(doc, i))
        return true;
    if (S_ch(doc, i) == ',' && i + 1 < doc->ntok &&
        (S_is(doc, i + 1, "as") || S_is(doc, i + 1, "while") || S_is(doc, i + 1, "but") ||
         S_is(doc, i + 1, "although") || S_is(doc, i + 1, "which") || S_is(doc, i + 1, "whereas")))
        return true;
    return false;
}

/* Does ", and" at comma i open a clause with a subject of its own
 * ("Humala was sentenced in April, and Kuczynski is awaiting trial"): a
 * finite verb within a few words whose subject the parse finds after the
 * "and"? Its names take no part in an event before it. */
static bool S_own_clause_after(const ng_document *doc, size_t i, size_t end)
{
    if (S_ch(doc, i) != ',' || i + 3 >= end || !S_is(doc, i + 1, "and") || !doc->dep_first)
        return false;
    for (size_t v = i + 3; v < end && v < i + 12; v++) {
        if (!ng_dep_finite(doc, v))
            continue;
        /* (an auxiliary's subject is its verb's: "is awaiting") */
        int head = !strcmp(ng_dep_upos(doc, v), "AUX") ? ng_dep_head(doc, v) : (int)v;
        int subj = head >= 0 ? ng_dep_subject(doc, (size_t)head) : -1;
        /* (not a relative clause's: ", and his friend Donald Trump, who
         * has pledged") */
        for (size_t k = i + 2; k < v; k++)
            if (S_is(doc, k, "who") || S_is(doc, k, "which") || S_is(doc, k, "that") || S_is(doc, k, "whose"))
                return false;
        /* (no subordinate clause: not "..., and as long as the CNN doc
         * can accustom himself ..., he's expected to accept") */
        return subj > (int)i + 1 && subj < (int)v && head >= 0 && ng_dep_child(doc, (size_t)head, "mark") < 0;
    }
    return false;
}

#define CLAUSE_MAX 60

static void S_clause(const ng_document *doc, size_t trig, size_t *lo, size_t *hi)
{
    const ng_sentence *s = &doc->sents[doc->toks[trig].sent];
    size_t a = trig;
    while (a > s->tok_start) {
        if (trig - a >= CLAUSE_MAX)
            break; /* see below */
        /* (and before the trigger, a clause whose subject is named: a
         * pronoun's, which the clause's scan does not resolve, keeps the
         * names before it: "Sanders hasn't said ..., and he insisted at an
         * Indiana rally") */
        if (S_boundary_before(doc, a - 1) ||
            (a >= 2 && S_own_clause_after(doc, a - 2, trig + 1) && strcmp(ng_dep_upos(doc, a), "PRON") != 0))
            break;
        /* "announced that ...": the event is in the reported clause */
        if (S_is(doc, a - 1, "that") && a >= s->tok_start + 2 && ng_lex_speech_verb(doc->lex, doc->toks[a - 2].lower))
            break;
        if (S_is(doc, a - 1, "that") && a >= s->tok_start + 2 &&
            (S_is(doc, a - 2, "alarm") || S_is(doc, a - 2, "concern") || S_is(doc, a - 2, "fears") ||
             S_is(doc, a - 2, "reports")))
            break;
        a--;
    }
    /* "Having bought the house near the border with Germany, Austria will
     * invite ...": an opening participle or subordinate clause is not the
     * event's; its clause starts after the last comma before the trigger */
    if (a == s->tok_start) {
        const char *w = doc->toks[s->tok_start].lower;
        size_t l = strlen(w);
        bool opener = (l > 4 && strcmp(w + l - 3, "ing") == 0) || !strcmp(w, "although") || !strcmp(w, "though") ||
                      !strcmp(w, "after") || !strcmp(w, "before") || !strcmp(w, "because") || !strcmp(w, "since") ||
                      !strcmp(w, "when") || !strcmp(w, "while") || !strcmp(w, "if");
        if (opener)
            for (size_t k = trig; k-- > s->tok_start;)
                if (S_ch(doc, k) == ',') {
                    a = k + 1;
                    break;
                }
    }
    size_t b = trig + 1;
    /* "Morrison testified that Vindman had ...": the words said are not
     * the hearing's participants */
    bool says = ng_lex_speech_verb(doc->lex, doc->toks[trig].lower) == 1 && b < s->tok_end &&
                (S_is(doc, b, "that") || S_is(doc, b, "he") || S_is(doc, b, "she") || S_is(doc, b, "they"));
    while (!says && b < s->tok_end && b <= trig + CLAUSE_MAX && !S_boundary_before(doc, b) &&
           !S_own_clause_after(doc, b, s->tok_end)) {
        /* "..., Vindman testified, referring to the company on whose board
         * Hunter Biden had a seat": a participle clause after a comma */
        if (S_ch(doc, b) == ',' && b + 1 < s->tok_end && !(doc->toks[b + 1].flags & NG_TOK_CAP)) {
            const char *w = doc->toks[b + 1].lower;
            size_t l = strlen(w);
            if (l > 5 && strcmp(w + l - 3, "ing") == 0 && strcmp(w, "including") != 0)
                break;
        }
        /* "his closed-door testimony, in which he raised questions about
         * X": a relative clause after the event tells what it was about */
        if (S_ch(doc, b) == ',' && b + 2 < s->tok_end &&
            (((S_is(doc, b + 1, "in") || S_is(doc, b + 1, "during") || S_is(doc, b + 1, "at")) && S_is(doc, b + 2, "which")) ||
             S_is(doc, b + 1, "where") || S_is(doc, b + 1, "whom")))
            break;
        /* "In his testimony, Vindman said he was told by Bolton ...": what
         * the speaker says comes after the verb and is not this event's */
        if (ng_lex_speech_verb(doc->lex, doc->toks[b].lower) == 1 && !(doc->toks[b - 1].flags & NG_TOK_QUOTE) &&
            b + 1 < s->tok_end && !(doc->toks[b + 1].flags & NG_TOK_PUNCT) &&
            (S_is(doc, b + 1, "he") || S_is(doc, b + 1, "she") || S_is(doc, b + 1, "they") || S_is(doc, b + 1, "that")))
            break;
        /* the next event word of the sentence opens its own clause: "grilled
         * X ... on Trump's call with Zelensky" */
        /* (not a noun modifying another: "video game maker") */
        if (b > trig + 2 && ng_lex_event_trigger(doc->lex, doc->toks[b].lower) &&
            !(b > 0 && (S_is(doc, b - 1, "the") || S_is(doc, b - 1, "a"))) && !S_noun_modifier(doc, b))
            break;
        b++;
    }
    /* a "clause" of more than CLAUSE_MAX words either side is a list, a
     * table or a run of text without full stops: the event's own words are
     * near it, and the bound keeps every scan of the clause, and the scans
     * that find it, linear */
    if (trig > a + CLAUSE_MAX)
        a = trig - CLAUSE_MAX;
    if (b > trig + 1 + CLAUSE_MAX)
        b = trig + 1 + CLAUSE_MAX;
    *lo = a;
    *hi = b;
}

/* Inside quotation marks that hold more than a scare quote? A trigger in
 * "strategic consultations" is still the narrator's event. */
static bool S_in_quote(const ng_document *doc, size_t i, size_t lo)
{
    (void)lo;
    int32_t open = doc->quote_open[i];
    return open >= 0 && doc->quote_words[open] > 3;
}

/* What S_in_quote reads, for every token at once: a rescan from the start
 * of the sentence for each question made long sentences quadratic. */
static void S_index_quotes(ng_document *doc)
{
    doc->quote_open = ng_arena_alloc(&doc->arena, (doc->ntok + 1) * sizeof *doc->quote_open);
    doc->quote_words = ng_arena_alloc(&doc->arena, (doc->ntok + 1) * sizeof *doc->quote_words);
    /* inside a quotation opened earlier in the paragraph, before each token */
    doc->para_quoted = ng_arena_alloc(&doc->arena, doc->ntok + 1);
    bool quoted = false;
    for (size_t k = 0; k < doc->ntok; k++) {
        if (k == 0 || doc->toks[k].para != doc->toks[k - 1].para)
            quoted = false;
        doc->para_quoted[k] = quoted;
        quoted = S_quote_state(doc, k, quoted);
    }
    for (size_t si = 0; si < doc->nsent; si++) {
        const ng_sentence *s = &doc->sents[si];
        int32_t open = -1;
        /* (a quotation going on from an earlier sentence of the paragraph:
         * ""It was a tough battle. Coco played amazing tennis," Sabalenka
         * said": its opening mark) */
        for (size_t k = s->tok_start; doc->para_quoted[s->tok_start] && k-- > 0 && open < 0 &&
                                      doc->toks[k].para == doc->toks[s->tok_start].para;)
            if (doc->toks[k].flags & NG_TOK_OPEN)
                open = (int32_t)k;
        for (size_t k = s->tok_start; k < s->tok_end; k++) {
            doc->quote_open[k] = open;
            if (doc->toks[k].flags & NG_TOK_OPEN)
                open = (int32_t)k;
            else if (doc->toks[k].flags & NG_TOK_CLOSE)
                open = -1;
        }
        /* words after each mark up to the next one, from the right */
        uint32_t words = 0;
        for (size_t k = s->tok_end; k-- > s->tok_start;) {
            doc->quote_words[k] = words;
            if (doc->toks[k].flags & NG_TOK_QUOTE)
                words = 0;
            else
                words += (doc->toks[k].flags & NG_TOK_WORD) != 0;
        }
    }
}

/* "Architects from across the European Union": an origin, not a participant. */
static bool S_origin(const ng_document *doc, const ng_mention *m)
{
    size_t k = m->tok_start;
    while (k > 0 && S_is(doc, k - 1, "the"))
        k--;
    if (k > 0 && (S_is(doc, k - 1, "from") || S_is(doc, k - 1, "across")))
        return true;
    /* "Jannik Sinner of Italy", "Rep. Jim Jordan of Ohio": where a person
     * comes from, not a side */
    int person = k > 1 && S_is(doc, k - 1, "of") ? ng_mention_at(doc, k - 2) : -1;
    return person >= 0 && doc->mentions[person].actor >= 0 &&
           doc->actors[doc->mentions[person].actor].type == NG_ACTOR_PERSON &&
           doc->actors[m->actor >= 0 ? m->actor : doc->mentions[person].actor].type == NG_ACTOR_PLACE;
}

/* Can an actor do things? A person, a body, a country, or a place named
 * for its government (metonym: "Pyongyang has sent"); not a mere place. */
static bool S_can_act(const ng_document *doc, int actor, bool metonym)
{
    const ng_actor *a = &doc->actors[actor];
    return a->type != NG_ACTOR_PLACE || metonym || a->place_kind == NG_PLACE_COUNTRY;
}

/* "protested outside the Socialist Party's headquarters": does mention m
 * own the premises (`premises-nouns`) where something happens? Then it is
 * no party to it. */
static bool S_owns_premises(const ng_document *doc, const ng_mention *m)
{
    size_t e = m->tok_end, b = m->tok_start;
    if (e < doc->ntok && !(doc->toks[e - 1].flags & NG_TOK_POSS) && (doc->toks[e].flags & NG_TOK_POSS))
        e++; /* (the "'s" a token of its own) */
    if (e >= doc->ntok || !((doc->toks[e - 1].flags & NG_TOK_POSS)) || !S_listed(doc, e, "premises-nouns"))
        return false;
    while (b > 0 && S_is(doc, b - 1, "the"))
        b--;
    return b > 0 && (S_is(doc, b - 1, "outside") || S_is(doc, b - 1, "at") || S_is(doc, b - 1, "in") ||
                     S_is(doc, b - 1, "near") || S_is(doc, b - 1, "inside"));
}

static bool S_located(const ng_document *doc, const ng_mention *m)
{
    size_t k = m->tok_start;
    if (S_owns_premises(doc, m))
        return true;
    /* ("in southern Lebanon": a word for part of the place between) */
    if (k > 1 && S_listed(doc, k - 1, "area-modifiers"))
        k--;
    while (k > 0 && S_is(doc, k - 1, "the"))
        k--;
    /* "a visit to the city's Hoa Lo prison" */
    if (k >= 3 && (doc->toks[k - 1].flags & NG_TOK_POSS) && S_is(doc, k - 3, "the") &&
        (S_is(doc, k - 2, "city") || S_is(doc, k - 2, "country") || S_is(doc, k - 2, "capital") ||
         S_is(doc, k - 2, "town") || S_is(doc, k - 2, "region")))
        k -= 3;
    /* "an oil refinery in Russia's Krasnodar region": past a place owning
     * it */
    int owner = k >= 2 && (doc->toks[k - 1].flags & NG_TOK_POSS) ? ng_mention_at(doc, k - 2) : -1;
    if (owner >= 0 && doc->mentions[owner].type == NG_ACTOR_PLACE && doc->mentions[owner].tok_end == k - 1 &&
        m->type == NG_ACTOR_PLACE)
        k = doc->mentions[owner].tok_start;
    /* "took to the streets of Tel Aviv", "on the outskirts of Kyiv": past
     * the part of the place (`place-part-nouns`) */
    if (k > 2 && S_is(doc, k - 1, "of") && S_listed(doc, k - 2, "place-part-nouns") && m->type == NG_ACTOR_PLACE) {
        k -= 2;
        while (k > 0 && S_is(doc, k - 1, "the"))
            k--;
    }
    /* "in the Black Sea resort of Sochi", "in the city of Izmir": past the
     * settlement's noun, a place before it or none */
    if (k > 2 && S_is(doc, k - 1, "of") && ng_lex_listed(doc->lex, "settlement-nouns", doc->toks[k - 2].lower) &&
        m->type == NG_ACTOR_PLACE) {
        k -= 2;
        int where = ng_mention_at(doc, k - 1);
        if (where >= 0 && doc->mentions[where].type == NG_ACTOR_PLACE && doc->mentions[where].tok_end == k)
            k = doc->mentions[where].tok_start;
        else if (k > 0 && ng_demonym_at(doc, k - 1, k, &(const ng_lex_entry *){0}))
            k--;
        while (k > 0 && S_is(doc, k - 1, "the"))
            k--;
    }
    /* "in Britain or Ireland", "in Mali and Niger": each place */
    if (k > 1 && (S_is(doc, k - 1, "and") || S_is(doc, k - 1, "or")) && m->type == NG_ACTOR_PLACE) {
        size_t b = S_ch(doc, k - 2) == ',' && k > 2 ? k - 2 : k - 1;
        int before = ng_mention_at(doc, b - 1);
        if (before >= 0 && doc->mentions[before].type == NG_ACTOR_PLACE && doc->mentions[before].tok_end == b)
            return S_located(doc, &doc->mentions[before]);
    }
    return k > 0 && (S_is(doc, k - 1, "in") || S_is(doc, k - 1, "at") || S_is(doc, k - 1, "near") ||
                     (S_is(doc, k - 1, "to") && m->type == NG_ACTOR_PLACE && !m->metonym));
}

/* Does "to" (and "the") stand right before mention m? */
static bool S_after_to(const ng_document *doc, const ng_mention *m)
{
    size_t k = m->tok_start;
    while (k > 0 && S_is(doc, k - 1, "the"))
        k--;
    return k > 0 && S_is(doc, k - 1, "to");
}

/* "a visit to Hanoi", "will travel to Tokyo for a summit": a place after
 * "to" that a word of motion governs (motion-words) is where the event
 * goes; "a deal to supply rice to the Philippines" is not in the
 * Philippines. With before, the word of motion stands before token
 * before. */
static bool S_destination(const ng_document *doc, const ng_mention *m, size_t before)
{
    int gov = S_after_to(doc, m) ? ng_dep_head(doc, ng_dep_span_head(doc, m->tok_start, m->tok_end)) : -1;
    return gov >= 0 && (size_t)gov < before && S_listed(doc, (size_t)gov, "motion-words");
}

/* Does actor a's name end in a word of leagues' names ("the Ukrainian
 * Premier League": competition-name-ends)? */
static bool S_league(const ng_document *doc, int a)
{
    const char *name = doc->actors[a].name, *last = strrchr(name, ' ');
    char word[32];
    size_t n = 0;
    for (const char *c = last ? last + 1 : name; *c && n + 1 < sizeof word; c++)
        word[n++] = (char)tolower((unsigned char)*c);
    word[n] = 0;
    return ng_lex_listed(doc->lex, "competition-name-ends", word);
}

static void S_add_attendee(ng_document *doc, ng_event *e, int actor)
{
    /* "drew 1-1 in a Ukrainian Premier League match": the league a game is
     * played in plays no part in it */
    if (!strcmp(e->klass, "Game") && doc->actors[actor].type == NG_ACTOR_ORG && S_league(doc, actor))
        return;
    for (size_t i = 0; i < e->nattendee; i++)
        if (e->attendees[i] == actor)
            return;
    *NG_PUSH(&doc->arena, e->attendees, e->nattendee, e->cap_attendee) = actor;
}

/* Kinds one deal is told as: "agreed to acquire ..." and later "the
 * deal", "the merger", "the contract". */
static bool S_deal_like(const char *k)
{
    static const char *const d[] = {"Agreement", "Acquisition", "Contract", NULL};
    return ng_word_in(k, d);
}

static bool S_meeting_like(const char *k)
{
    static const char *const m[] = {"Talks", "Consultation", "Meeting", "Summit", "Visit", "Seminar",
                                    "PressBriefing", "PressConference", "Conference", "Hearing",
                                    "Interview", "Call", "Speech", "Exchange", "Invitation", NULL};
    return ng_word_in(k, m);
}

static bool S_troop_noun(const ng_document *doc, size_t i)
{
    return S_is(doc, i, "troops") || S_is(doc, i, "soldiers") || S_is(doc, i, "forces") ||
           S_is(doc, i, "personnel") || S_is(doc, i, "warships");
}

/* "US troops remain in Afghanistan", "personnel are believed to remain at
 * the base", "after American troops leave Syria": troops staying or going
 * are a deployment. The words between are auxiliaries and hedges only. */
static size_t S_troops_staying(const ng_document *doc, size_t i, size_t end)
{
    if (!S_troop_noun(doc, i))
        return 0;
    for (size_t j = i + 1; j < end && j <= i + 5; j++) {
        if (S_listed(doc, j, "stationing-verbs"))
            return j + 1 - i;
        if (!S_listed(doc, j, "stationing-between"))
            break;
    }
    return 0;
}

/* "dragged the police chief to court", "took the company to court". */
static size_t S_court_phrase(const ng_document *doc, size_t i, size_t end)
{
    if (!S_listed(doc, i, "court-verbs"))
        return 0;
    for (size_t j = i + 1; j + 1 < end && j <= i + 14; j++) {
        if (S_is(doc, j, "to") && S_is(doc, j + 1, "court"))
            return j + 2 - i;
        if (S_ch(doc, j) == ';' || S_ch(doc, j) == '.' || S_is(doc, j, "that"))
            break;
    }
    return 0;
}

/* "received a two-year suspended sentence", "was handed a life
 * sentence", "is serving a prison sentence": a court's sentence someone
 * gets (`sentence-receiving-verbs` up to four words before the noun; not
 * "a prison sentence would be out of the ordinary"). */
static bool S_sentence_received(const ng_document *doc, size_t i, size_t lo)
{
    if (!S_is(doc, i, "sentence") && !S_is(doc, i, "sentences"))
        return false;
    for (size_t k = i; k-- > lo && k + 5 > i;) {
        if (S_listed(doc, k, "sentence-receiving-verbs"))
            return true;
        if (!(doc->toks[k].flags & (NG_TOK_WORD | NG_TOK_NUM)) && S_ch(doc, k) != '-')
            return false;
    }
    return false;
}

/* "will provide Vietnam's coast guard with a ship", "supplied Ukraine
 * with weapons": a giver, a receiver named before "with", a gift. */
/* A score at token j ("3-1", "3 - 1", "2–0"): its length in tokens, or 0. */
static size_t S_score_at(const ng_document *doc, size_t j, size_t end)
{
    const char *t = doc->art->text + doc->toks[j].start;
    size_t len = doc->toks[j].end - doc->toks[j].start, k = 0;
    while (k < len && t[k] >= '0' && t[k] <= '9')
        k++;
    if (k == 0 || k > 3)
        return 0;
    if (k == len)  /* "3", "-", "1" */
        return j + 2 < end && (ng_tok_is_dash(doc, j + 1) || S_ch(doc, j + 1) == '-') &&
                       (doc->toks[j + 2].flags & NG_TOK_NUM) ? 3 : 0;
    size_t dash = t[k] == '-' ? 1 : (len - k > 3 && (unsigned char)t[k] == 0xE2 && (unsigned char)t[k + 1] == 0x80 &&
                                     (unsigned char)t[k + 2] == 0x93) ? 3 : 0;
    size_t d = k + dash;
    if (!dash || d >= len)
        return 0;
    while (d < len && t[d] >= '0' && t[d] <= '9')
        d++;
    return d == len && d - k - dash <= 3 ? 1 : 0;
}

/* "Liverpool beat Arsenal 3-1", "drew 1-1 with Bayern": a game's result,
 * a verb of RESULT_VERBS with a score after it in its clause; or with an
 * opponent named and a word of contest or a margin after it ("stopping
 * Hasim Rahman in the seventh round", "by 70 runs"). */
static bool S_result_against(const ng_document *doc, size_t i, size_t end)
{
    /* "were held 3-3 by Chelsea", "held to a 1-1 draw": a draw conceded,
     * with its score */
    if (S_is(doc, i, "held") && i + 1 < end &&
        (S_score_at(doc, i + 1, end) || (S_is(doc, i + 1, "to") && i + 4 < end && S_is(doc, i + 2, "a") &&
                                         (S_score_at(doc, i + 3, end) || S_is(doc, i + 4, "draw")))))
        return true;
    if (!ng_lex_is_result_verb(doc->lex, doc->toks[i].lower))
        return false;
    /* (not a part of a side against a part of another: "his bench, which
     * outscored New York's reserves 31-12", in the game already told) */
    int obj = ng_dep_object(doc, i);
    if (obj >= 0 && !strcmp(ng_dep_upos(doc, (size_t)obj), "NOUN") && ng_dep_child(doc, (size_t)obj, "nmod:poss") >= 0)
        return false;
    int owner = i + 1 < end ? ng_mention_at(doc, i + 1) : -1;
    size_t after = owner >= 0 ? doc->mentions[owner].tok_end : end;
    if (owner >= 0 && after + 1 < end && ng_tok_possessive(doc, after) &&
        !(doc->toks[after + 1].flags & NG_TOK_CAP) && (doc->toks[after + 1].flags & NG_TOK_WORD))
        return false;
    bool opponent = false;
    for (size_t j = i + 1; j < end && j <= i + 10; j++) {
        if (j <= i + 8 && S_score_at(doc, j, end))
            return true;
        int m = ng_mention_at(doc, j);
        /* (a country plays as a team: "India beat New Zealand"; not "won
         * in France") */
        bool side = m >= 0 && (doc->mentions[m].type != NG_ACTOR_PLACE ||
                               (doc->mentions[m].place_kind == NG_PLACE_COUNTRY && !ng_location_preposition(doc, j)));
        opponent = opponent || side;
        if (opponent && ng_lex_is_contest_word(doc->lex, doc->toks[j].lower))
            return true;
        /* a margin: "beat New Zealand by 70 runs", "by two strokes" */
        if (opponent && S_is(doc, j, "by") && j + 2 < end &&
            ((doc->toks[j + 1].flags & NG_TOK_NUM) || !strcmp(ng_dep_upos(doc, j + 1), "NUM")))
            return true;
        if (S_ch(doc, j) == ';' || S_ch(doc, j) == '.' || S_ch(doc, j) == ',')
            break;
    }
    return false;
}

static bool S_sport_article(const ng_document *doc);
static size_t S_titled_holder(const ng_document *doc, size_t dep);

/* "won the Monaco Grand Prix", "won the U.S. Open", "won the Tour of
 * Flanders", "won the race": a contest won by its name (a happening's
 * head or a contest's, `contest-heads`, first or last: "Tour of ...") or
 * by a noun for it, where the sentence reports no result against someone
 * ("..., beating Daniil Medvedev in five sets" is the same game). */
static bool S_contest_won(const ng_document *doc, size_t i, size_t end)
{
    if (!S_listed(doc, i, "winning-verbs"))
        return false;
    size_t k = i + 1;
    if (k < end && (S_is(doc, k, "the") || S_is(doc, k, "a") || S_is(doc, k, "an") || S_is(doc, k, "his") ||
                    S_is(doc, k, "her") || S_is(doc, k, "their") || S_is(doc, k, "its")))
        k++;
    /* (a few modifiers: "won a rain-hit Sao Paulo Grand Prix", "his
     * fourth Masters", "the opening stage") */
    for (size_t n = 0; n < 2 && k < end && !(doc->toks[k].flags & NG_TOK_CAP) &&
                       (!strcmp(ng_dep_upos(doc, k), "ADJ") || strchr(doc->toks[k].lower, '-'));
         n++)
        k++;
    size_t name = k;
    bool contest = false;
    /* ("won the race" in a story of sport; "wins the presidential race"
     * is an election's, "win its fight against ISIS" a war's) */
    if (k < end && !(doc->toks[k].flags & NG_TOK_CAP) && k >= i + 2 && S_listed(doc, k, "contests-won") &&
        S_sport_article(doc)) {
        contest = true;
        k++;
    }
    while (!contest && k < end && k < name + 5 && (doc->toks[k].flags & NG_TOK_CAP))
        k++;
    /* ("clinched his fourth Formula One world championship", "won the
     * Olympic all-around gymnastics title": a name and up to three
     * lower-case words ending in a noun for a contest) */
    for (size_t q = k; !contest && k > name && q < end && q < k + 3 &&
                       !(doc->toks[q].flags & (NG_TOK_CAP | NG_TOK_PUNCT));
         q++)
        if (S_listed(doc, q, "contests-won")) {
            contest = true;
            k = q + 1;
        }
    if (!contest && k > name && k + 1 < end && S_listed(doc, k, "contest-name-connectors") &&
        (doc->toks[k + 1].flags & NG_TOK_CAP) && S_listed(doc, name, "contest-heads")) {
        contest = true; /* "the Tour of Flanders", "the Tour de France" */
        for (k += 1; k < end && (doc->toks[k].flags & NG_TOK_CAP); k++)
            ;
    }
    contest = contest || (k > name && k >= i + 3 &&
                          (ng_lex_is_happening_head(doc->lex, doc->toks[k - 1].lower) ||
                           S_listed(doc, k - 1, "contest-heads")));
    if (!contest)
        return false;
    for (size_t j = k; j < end; j++)
        if (S_result_against(doc, j, end))
            return false;
    return true;
}

/* A thing won within reach tokens after a winning verb at token i: a
 * word or three-word phrase of the named list ("won a landslide election
 * victory", "won best actress", "won song of the year"). The tokens up to
 * its end, or 0. */
static size_t S_won_what(const ng_document *doc, size_t i, size_t end, const char *verbs, const char *list,
                         size_t reach)
{
    /* ("attempts to win over swing voters for the general election":
     * persuading, nothing won) */
    if (S_is(doc, i + 1, "over"))
        return 0;
    if (!S_listed(doc, i, verbs))
        return 0;
    for (size_t k = i + 1; k < end && k < i + reach; k++) {
        if (doc->toks[k].flags & (NG_TOK_PUNCT | NG_TOK_QUOTE))
            return 0;
        if (S_listed(doc, k, list))
            return k + 1 - i;
        char three[160];
        if (k + 2 < end &&
            snprintf(three, sizeof three, "%s %s %s", doc->toks[k].lower, doc->toks[k + 1].lower,
                     doc->toks[k + 2].lower) < (int)sizeof three &&
            ng_lex_listed(doc->lex, list, three))
            return k + 3 - i;
    }
    return 0;
}

/* Has the article told of an election already? */
static bool S_election_story(const ng_document *doc)
{
    for (size_t e = 0; e < doc->nevent; e++)
        if (!strcmp(doc->events[e].klass, "Election"))
            return true;
    return false;
}

/* A word of elections within a few words after i in its clause ("beat
 * Sanae Takaichi in a runoff by 215 votes to 194"). */
static bool S_election_after(const ng_document *doc, size_t i, size_t end)
{
    for (size_t k = i + 1; k < end && k < i + 10; k++) {
        /* (the one beaten an office-holder elections put there: "beat
         * incumbent Gov. Matt Bevin", "defeated Mayor Ana Ruiz") */
        if (k < i + 4 && S_listed(doc, k, "elected-titles"))
            return true;
        if (doc->toks[k].flags & (NG_TOK_PUNCT | NG_TOK_QUOTE))
            return false;
        if (S_listed(doc, k, "election-words"))
            return true;
    }
    return false;
}

/* "Sandu will face former prosecutor general Alexandr Stoianoglo in a
 * runoff on Nov. 3": a verb of meeting an opponent (`fixture-verbs`), a
 * person named after it (past titles) and a word of elections after:
 * the two stand in an election. */
static bool S_election_faced(const ng_document *doc, size_t i, size_t end)
{
    if (!S_listed(doc, i, "fixture-verbs") || strcmp(ng_dep_upos(doc, i), "VERB") != 0)
        return false;
    for (size_t k = i + 1; k < end && k < i + 6 && !(doc->toks[k].flags & NG_TOK_PUNCT); k++) {
        int m = ng_mention_at(doc, k);
        if (m >= 0)
            return doc->mentions[m].type == NG_ACTOR_PERSON && S_election_after(doc, doc->mentions[m].tok_end - 1, end);
    }
    return false;
}

/* The first token of event ev's trigger (the first token of its sentence
 * at or after the trigger's first byte; the sentence's end when none). */
static size_t S_trigger_token(const ng_document *doc, const ng_event *ev)
{
    const ng_sentence *s = &doc->sents[ev->sent];
    size_t k = s->tok_start;
    while (k < s->tok_end && doc->toks[k].start < ev->start)
        k++;
    return k;
}

/* Is event ev told as before the story's day: its verb (or the verb it
 * is the object of) in the past perfect or set "last year", "a month ago"
 * ("Merck had held talks to buy Seagen last year": not in the dateline's
 * city)? */
static bool S_told_as_before(const ng_document *doc, const ng_event *ev)
{
    if (!doc->dep_first)
        return false;
    const ng_sentence *s = &doc->sents[ev->sent];
    size_t k = S_trigger_token(doc, ev);
    /* (up from a noun: "Previous rounds of negotiations ... collapsed
     * last year") */
    int v = k < s->tok_end ? (int)k : -1;
    for (int d = 0; v >= 0 && d < 3 && strcmp(ng_dep_upos(doc, (size_t)v), "VERB") != 0; d++)
        v = ng_dep_head(doc, (size_t)v);
    if (v < 0 || strcmp(ng_dep_upos(doc, (size_t)v), "VERB") != 0)
        return false;
    /* (not a said clause's, whose tense moves back: "Trump said he had
     * watched part of the day's testimony") */
    bool said = !strcmp(ng_dep_rel(doc, (size_t)v), "ccomp");
    for (int c = doc->dep_first[v]; c >= 0; c = doc->dep_next[c]) {
        if (!said && !strcmp(ng_dep_rel(doc, (size_t)c), "aux") && S_is(doc, (size_t)c, "had"))
            return true;
        bool when = S_is(doc, (size_t)c, "year") || S_is(doc, (size_t)c, "month") || S_is(doc, (size_t)c, "week");
        for (int d = when ? doc->dep_first[c] : -1; d >= 0; d = doc->dep_next[d])
            if (S_is(doc, (size_t)d, "last") || S_is(doc, (size_t)d, "ago"))
                return true;
    }
    return false;
}

/* "won a landslide election victory", "won 412 of the 650 seats", "won
 * re-election": an election won; the winner takes part. */
static bool S_election_won(const ng_document *doc, size_t i, size_t end)
{
    /* (or a victory claimed in one: "claimed victory in Indonesia's
     * presidential election") */
    /* (past a round: "won the first round of a presidential election") */
    return S_won_what(doc, i, end, "winning-verbs", "election-words", 8) > 0 ||
           S_won_what(doc, i, end, "losing-verbs", "lost-election-words", 7) > 0 ||
           (S_is(doc, i + 1, "victory") &&
            S_won_what(doc, i, end, "victory-claim-verbs", "lost-election-words", 8) > 0);
}

/* "Ukraine and Poland agreed on Tuesday to ...": two parties named
 * right before a verb of agreeing (`agreeing-verbs`), joined by "and",
 * make an agreement (one party agreeing to buy, pay or settle agrees to
 * do, no agreement between parties). */
static bool S_parties_agreed(const ng_document *doc, size_t i)
{
    if (i < 3 || !S_listed(doc, i, "agreeing-verbs"))
        return false;
    int second = ng_mention_at(doc, i - 1);
    if (second < 0 || doc->mentions[second].tok_end != i || doc->mentions[second].tok_start < 2)
        return false;
    size_t and = doc->mentions[second].tok_start - 1;
    /* (past the second's title: "Joe Biden and Chinese President Xi
     * Jinping agreed") */
    while (and > 1 && doc->mentions[second].tok_start - and < 4 && !S_is(doc, and, "and") &&
           (ng_lex_is_title_head(doc->lex, doc->toks[and].lower) ||
            ng_lex_is_title_mod(doc->lex, doc->toks[and].lower) || ng_lex_demonym(doc->lex, doc->toks[and].lower)) &&
           ng_mention_at(doc, and) < 0)
        and--;
    int first = S_is(doc, and, "and") ? ng_mention_at(doc, and - 1) : -1;
    /* (not where what they agree to do is an event of its own: "Ryan and
     * Trump agreed to meet again" is a meeting planned) */
    size_t to = i + 1;
    while (to < doc->ntok && to < i + 4 && !S_is(doc, to, "to") && !(doc->toks[to].flags & NG_TOK_PUNCT))
        to++;
    if (to + 1 < doc->ntok && S_is(doc, to, "to") && ng_lex_event_trigger(doc->lex, doc->toks[to + 1].lower))
        return false;
    return first >= 0 && doc->mentions[first].tok_end == and && doc->mentions[first].actor >= 0 &&
           doc->mentions[second].actor >= 0 && doc->mentions[first].actor != doc->mentions[second].actor;
}

/* "won best actress", "won her second Oscar", "won the Nobel Prize", "won
 * song of the year", "was named best actress", "took silver": an award
 * won; the winner takes part. The tokens up to the award's word, or 0. */
static size_t S_award_won(const ng_document *doc, size_t i, size_t end)
{
    /* (or named so: "Nicole Kidman was named best actress", "was named the
     * game's most valuable player", "was named Time magazine's Person of the
     * Year") */
    size_t n = S_won_what(doc, i, end, "winning-verbs", "award-words", 5);
    /* (a verb: not "serve up the names and addresses on a silver platter") */
    bool verb = !doc->dep_first || !strcmp(ng_dep_upos(doc, i), "VERB");
    if (!n && verb)
        n = S_won_what(doc, i, end, "award-taking-verbs", "taken-award-words", 5);
    return n ? n : verb ? S_won_what(doc, i, end, "naming-verbs", "award-words", 6) : 0;
}

/* "OpenAI named three new directors to its board", "Boeing named Kelly
 * Ortberg as its chief executive": a verb of naming in the active voice
 * (not "a poet named X", a participle describing a noun) and, within a
 * few words, "as" or "to" before a post's word or a body's (`post-nouns`)
 * or a title. */
static bool S_named_to_post(const ng_document *doc, size_t i, size_t end)
{
    if (!doc->dep_first || !(S_is(doc, i, "named") || S_is(doc, i, "names")))
        return false;
    /* (the parse may read "OpenAI named X" as "a poet named X": only a
     * common noun is described so, no name) */
    int head = ng_dep_head(doc, i);
    bool described = (!strncmp(ng_dep_rel(doc, i), "acl", 3) || !strcmp(ng_dep_rel(doc, i), "amod")) &&
                     (head < 0 || (strcmp(ng_dep_upos(doc, (size_t)head), "PROPN") != 0 &&
                                   ng_mention_at(doc, (size_t)head) < 0));
    if (strcmp(ng_dep_upos(doc, i), "VERB") != 0 || described ||
        (i > 0 && (S_is(doc, i - 1, "was") || S_is(doc, i - 1, "were") || S_is(doc, i - 1, "been") ||
                   S_is(doc, i - 1, "be"))))
        return false;
    for (size_t k = i + 2; k + 1 < end && k < i + 12; k++) {
        if (!S_is(doc, k, "as") && !S_is(doc, k, "to"))
            continue;
        size_t q = k + 1;
        while (q < end && q < k + 4 && (S_is(doc, q, "its") || S_is(doc, q, "the") || S_is(doc, q, "their") ||
                                        S_is(doc, q, "his") || S_is(doc, q, "her") || S_is(doc, q, "new") ||
                                        S_is(doc, q, "a") || S_is(doc, q, "an")))
            q++;
        return q < end && (S_listed(doc, q, "post-nouns") || ng_title_word(doc, q));
    }
    return false;
}

/* Does mention m stand for a person? */
static bool S_person_mention(const ng_document *doc, int m)
{
    return m >= 0 && doc->mentions[m].actor >= 0 && doc->actors[doc->mentions[m].actor].type == NG_ACTOR_PERSON;
}

/* A word that may stand between a verb and what it acts on ("released
 * her 11th studio album"). */
static bool S_object_modifier(const ng_document *doc, size_t k)
{
    static const char *const upos[] = {"DET", "ADJ", "PRON", "NUM", "NOUN", "PROPN", NULL};
    return (doc->toks[k].flags & (NG_TOK_WORD | NG_TOK_NUM)) && ng_word_in(ng_dep_upos(doc, k), upos);
}

/* "The House passed a bill", "the City Council approved the budget": a
 * verb of passing (`passing-verbs`) whose object is a law or a bill
 * (`legislation-nouns`) and whose own subject is a body's name is a vote
 * (not "urging Congress to pass a measure", "states can pass such laws") */
static bool S_law_passed(const ng_document *doc, size_t i)
{
    if (!S_listed(doc, i, "passing-verbs") || strcmp(ng_dep_upos(doc, i), "VERB") != 0)
        return false;
    int obj = ng_dep_object(doc, i), subj = ng_dep_subject(doc, i);
    int m = subj >= 0 && subj < (int)i ? ng_mention_at(doc, (size_t)subj) : -1;
    /* (a court upholding a law rules: "the Supreme Court approved
     * Indiana's voter-identification law") */
    return obj > (int)i && S_listed(doc, (size_t)obj, "legislation-nouns") && m >= 0 &&
           doc->mentions[m].type == NG_ACTOR_ORG && !S_listed(doc, doc->mentions[m].tok_end - 1, "court-words");
}

/* "Macron hosted Xi Jinping in Paris": a host receiving a named guest (a
 * person, or a country's government) meets them ("hosted a summit" is the
 * summit's, "hosted by" names its organizer) */
static bool S_host_phrase(const ng_document *doc, size_t i, size_t end)
{
    if (!S_listed(doc, i, "hosting-verbs") || strcmp(ng_dep_upos(doc, i), "VERB") != 0)
        return false;
    /* the guest right after the verb, past modifiers and a title ("hosted
     * Chinese leader Xi Jinping", "hosts his Kenyan counterpart"); not
     * "hosted a dinner for X" nor "hosted by X" */
    for (size_t k = i + 1; k < end && k <= i + 5; k++) {
        int m = ng_mention_at(doc, k);
        if (m >= 0) {
            const ng_mention *mm = &doc->mentions[m];
            return S_person_mention(doc, m) ||
                   (mm->actor >= 0 && doc->actors[mm->actor].type == NG_ACTOR_PLACE &&
                    doc->actors[mm->actor].place_kind == NG_PLACE_COUNTRY);
        }
        /* (no "a" or a number: "hosted a dinner", "hosted 20 leaders") */
        const char *upos = ng_dep_upos(doc, k);
        if (!(doc->toks[k].flags & NG_TOK_WORD) ||
            !(!strcmp(upos, "ADJ") || !strcmp(upos, "PROPN") || !strcmp(upos, "NOUN") || S_is(doc, k, "his") ||
              S_is(doc, k, "her") || S_is(doc, k, "their") || S_is(doc, k, "the")))
            return false;
    }
    return false;
}

/* "President Trump's July 25 call with Ukrainian President Volodymyr
 * Zelensky", "the call between the two leaders' ...": the noun "call" with
 * someone it was held with, or a person's possessive before it, is a
 * phone call (not "call for", "a call to action"). */
static bool S_call_noun(const ng_document *doc, size_t i, size_t end)
{
    if (!(S_is(doc, i, "call") || S_is(doc, i, "calls")) || strcmp(ng_dep_upos(doc, i), "NOUN") != 0 ||
        (i + 1 < end && (S_is(doc, i + 1, "for") || S_is(doc, i + 1, "to"))))
        return false;
    if (i + 2 < end && (S_is(doc, i + 1, "with") || S_is(doc, i + 1, "between"))) {
        for (size_t k = i + 2; k < end && k < i + 6; k++) {
            int m = ng_mention_at(doc, k);
            if (m >= 0)
                return doc->mentions[m].type == NG_ACTOR_PERSON ||
                       (doc->mentions[m].type == NG_ACTOR_PLACE && doc->mentions[m].place_kind == NG_PLACE_COUNTRY);
        }
    }
    /* "Trump's July 25 call": a possessive, a date between */
    size_t k = i;
    while (k > 0 && k + 3 > i &&
           ((doc->toks[k - 1].flags & NG_TOK_NUM) || ng_month_from_name(doc->toks[k - 1].lower) > 0))
        k--;
    if (k < 2 || !(doc->toks[k - 1].flags & NG_TOK_POSS))
        return false;
    int owner = ng_mention_at(doc, k - 2);
    return owner >= 0 && doc->mentions[owner].type == NG_ACTOR_PERSON;
}

/* "Blinken called Bazoum and offered ...", "phoned Macron on Tuesday": a
 * verb of calling, a person named right after it and no words that name
 * them ("called Trump a liar") is a phone call. */
static bool S_phoned(const ng_document *doc, size_t i, size_t end)
{
    if (!S_listed(doc, i, "phoning-verbs") || i + 1 >= end)
        return false;
    int m = ng_mention_after_titles(doc, i + 1, end); /* (past a title: "called President Mohamed Bazoum") */
    /* (or a pronoun for a person the article named: "Biden called her on
     * Monday to congratulate her") */
    bool pronoun = (S_is(doc, i + 1, "him") || S_is(doc, i + 1, "her")) && ng_person_for_pronoun(doc, i + 1) >= 0;
    if (!pronoun && !S_person_mention(doc, m))
        return false;
    size_t after = pronoun ? i + 2 : doc->mentions[m].tok_end;
    /* (not "called Caroline Ellison, the former chief executive of X, as
     * their star witness": summoned, no call; "called X to offer
     * condolences" is one) */
    size_t past = after;
    if (past < end && S_ch(doc, past) == ',')
        for (past++; past < end && S_ch(doc, past) != ','; past++)
            ;
    if (past + 1 < end && S_ch(doc, past) == ',')
        past++;
    if (past < end && (S_is(doc, past, "as") || (S_is(doc, past, "to") && S_is(doc, past + 1, "testify"))))
        return false;
    /* ("called X to offer condolences": what the call was for) */
    bool purpose = after + 1 < end && S_is(doc, after, "to") && !strcmp(ng_dep_upos(doc, after + 1), "VERB");
    return after >= end || S_is(doc, after, "and") || S_is(doc, after, "on") || S_ch(doc, after) == ',' ||
           S_ch(doc, after) == '.' || purpose;
}

/* Is the word at t a title's head, or one in the plural ("as interim
 * co-chief executives")? */
static bool S_title_head_or_plural(const ng_document *doc, size_t t)
{
    const char *w = doc->toks[t].lower;
    size_t n = strlen(w);
    char one[64];
    if (ng_lex_is_title_head(doc->lex, w))
        return true;
    /* ("as interim co-chief executives": each one's title in the plural) */
    if (n < 3 || n >= sizeof one || w[n - 1] != 's')
        return false;
    memcpy(one, w, n - 1);
    one[n - 1] = '\0';
    return ng_lex_is_title_head(doc->lex, one);
}

/* "named X as prime minister", "named Chief Financial Officer X and Y as
 * interim co-chief executives": the people named to a post (up to max
 * into out), or 0. */
static size_t S_named_as(const ng_document *doc, size_t i, size_t end, int *out, size_t max)
{
    if (!S_listed(doc, i, "naming-verbs") || i + 1 >= end)
        return 0;
    /* (a few words saying who the person is may come first: "named
     * centrist ally Francois Bayrou as prime minister", "named Chief
     * Financial Officer David Zinsner") */
    size_t p = i + 1;
    while (p + 1 < end && p < i + 5 && (doc->toks[p].flags & NG_TOK_WORD) &&
           (!(doc->toks[p].flags & NG_TOK_CAP) || ng_title_word(doc, p)) && !S_is(doc, p, "as") &&
           strcmp(ng_dep_upos(doc, p), "VERB") != 0 && ng_mention_at(doc, p) < 0)
        p++;
    int m = ng_mention_at(doc, p);
    if (!S_person_mention(doc, m) || doc->mentions[m].tok_start != p)
        return 0;
    size_t n = 0;
    out[n++] = doc->mentions[m].actor;
    /* (and the people coordinated with the first: "X and Y as ...") */
    size_t k = doc->mentions[m].tok_end;
    while (k + 1 < end && n < max && (S_is(doc, k, "and") || S_ch(doc, k) == ',')) {
        int o = ng_mention_at(doc, k + 1);
        if (!S_person_mention(doc, o) || doc->mentions[o].tok_start != k + 1)
            break;
        out[n++] = doc->mentions[o].actor;
        k = doc->mentions[o].tok_end;
    }
    /* "as" and a title, past an apposition set off by commas */
    for (k = doc->mentions[m].tok_end; k + 1 < end && k < doc->mentions[m].tok_end + 16; k++) {
        if (!S_is(doc, k, "as"))
            continue;
        /* (past a possessor: "as the country's new president") */
        for (size_t t = k + 1; t < end && t <= k + 6; t++)
            if (S_title_head_or_plural(doc, t))
                return n;
        return 0;
    }
    return 0;
}

/* "Russia released Evan Gershkovich", "was released from prison": a
 * person freed ("Release"); "released her 11th studio album", "published
 * two novels": a work put out ("Launch"); else (a statement, data) no
 * event of these: NULL. */
static const char *S_released(const ng_document *doc, size_t i, size_t end)
{
    /* ("has published two earlier novels": a work put out, no
     * announcement; "published its test results" is one, the lexicon's) */
    if (S_listed(doc, i, "publishing-verbs") && i + 1 < end) {
        for (size_t k = i + 1; k < end && k <= i + 5; k++) {
            if (S_listed(doc, k, "released-works") || S_listed(doc, k, "made-works"))
                return "Launch";
            /* ("two earlier novels": an adverb read too) */
            if (!S_object_modifier(doc, k) && strcmp(ng_dep_upos(doc, k), "ADV") != 0)
                return NULL;
        }
        return NULL;
    }
    if (!S_listed(doc, i, "releasing-verbs") || i + 1 >= end)
        return NULL;
    /* "was released", "were freed": a person subject */
    if (i > 0 && (S_is(doc, i - 1, "was") || S_is(doc, i - 1, "were") || S_is(doc, i - 1, "been"))) {
        int subj = ng_dep_parsed(doc) ? ng_dep_subject(doc, i) : -1;
        return subj >= 0 && S_person_mention(doc, ng_mention_at(doc, (size_t)subj)) ? "Release" : NULL;
    }
    for (size_t k = i + 1; k < end && k <= i + 5; k++) {
        int m = ng_mention_at(doc, k);
        if (m >= 0)
            return S_person_mention(doc, m) ? "Release" : NULL;
        if (S_listed(doc, k, "released-works"))
            return "Launch";
        if (!S_object_modifier(doc, k))
            return NULL;
    }
    return NULL;
}

/* Does sentence s of the trial at token k speak of medicine ("clinical",
 * "patients", "placebo"), or the article, where it speaks of no court and
 * the trial is of no one ("The trial, called SELECT, followed 17,600
 * adults" in a story of a drug's patients; not "the trial of X")? */
static bool S_clinical(const ng_document *doc, const ng_sentence *s, size_t k)
{
    for (size_t q = s->tok_start; q < s->tok_end; q++)
        if (S_listed(doc, q, "clinical-words"))
            return true;
    /* ("led a trial of the drug": of a made thing, a medicine's test) */
    size_t of = k + 2;
    while (of < s->tok_end && (S_is(doc, of, "the") || S_is(doc, of, "a") || S_is(doc, of, "its") ||
                               S_is(doc, of, "their") || S_is(doc, of, "this") || S_is(doc, of, "new")))
        of++;
    if (S_is(doc, k + 1, "of"))
        return of < s->tok_end && ng_lex_is_product_noun(doc->lex, doc->toks[of].lower);
    bool clinical = false;
    for (size_t q = 0; q < doc->ntok; q++) {
        if (S_listed(doc, q, "court-words"))
            return false;
        clinical = clinical || S_listed(doc, q, "clinical-words");
    }
    return clinical;
}

/* Is the appeal at k a plea: "appealed" and "for", or "to" someone
 * other than a court (`court-words`, a body's name with "Court")? */
static bool S_plea(const ng_document *doc, size_t k, const ng_sentence *s)
{
    if (!S_is(doc, k, "appealed") && !S_is(doc, k, "appeals") && !S_is(doc, k, "appeal"))
        return false;
    if (k + 1 >= s->tok_end)
        return false;
    if (S_is(doc, k + 1, "for"))
        return true;
    if (!S_is(doc, k + 1, "to"))
        return false;
    for (size_t q = k + 2; q < s->tok_end && q < k + 7; q++) {
        if (S_listed(doc, q, "court-words") || S_is(doc, q, "tribunal"))
            return false;
        if (S_is(doc, q, "to") || (doc->toks[q].flags & NG_TOK_PUNCT))
            break;
    }
    return true;
}

/* "the Wild's 4-1 win over the Sabres", "a 2-0 loss to Sevilla": a game's
 * result as a noun (`result-nouns`), a score right before it and a side
 * named after "over", "to" or "against". */
static bool S_result_noun(const ng_document *doc, size_t i, size_t end)
{
    if (!S_listed(doc, i, "result-nouns") || i < 1 || i + 2 >= end)
        return false;
    bool scored = false;
    for (size_t k = i >= 3 ? i - 3 : 0; k < i && !scored; k++)
        scored = S_score_at(doc, k, i);
    if (!scored || !(S_is(doc, i + 1, "over") || S_is(doc, i + 1, "to") || S_is(doc, i + 1, "against")))
        return false;
    size_t o = i + 2 < end && S_is(doc, i + 2, "the") ? i + 3 : i + 2;
    int m = o < end ? ng_mention_at(doc, o) : -1;
    return m >= 0 && doc->mentions[m].tok_start == o && doc->mentions[m].type == NG_ACTOR_ORG;
}

/* The kind of side a mention names in a game: 1 a body (a club, a team),
 * 2 a country (its team), 3 a person; 0 none. */
static int S_side_kind(const ng_document *doc, int m)
{
    if (m < 0 || doc->mentions[m].actor < 0)
        return 0;
    const ng_actor *a = &doc->actors[doc->mentions[m].actor];
    return a->type == NG_ACTOR_ORG                                                 ? 1
           : a->type == NG_ACTOR_PLACE && a->place_kind == NG_PLACE_COUNTRY        ? 2
           : a->type == NG_ACTOR_PERSON                                            ? 3
                                                                                   : 0;
}

/* Does the article speak of elections or polls (`election-words`,
 * `poll-nouns`)? */
static bool S_election_talk(const ng_document *doc)
{
    for (size_t k = 0; k < doc->ntok; k++)
        if (S_listed(doc, k, "election-words") || S_listed(doc, k, "poll-nouns"))
            return true;
    return false;
}

/* "Spain played Russia", "the Chiefs will face the Raiders on Sunday",
 * "the Warriors host the Suns", "Sinner had beaten Djokovic": in an
 * article about sport, a verb of meeting or beating an opponent
 * (`game-verbs`, `beating-verbs`) between two sides, named right
 * before it (past "will", "also") and right after it, is a game; a body
 * and a country may meet (a club's name, a national team's), a person
 * only a person. The actors of the two sides go into sides[0] and
 * sides[1], their partners in doubles (or -1) into sides[2] and sides[3]. */
/* The winner of the last game told by a verb of beating in sentence
 * sent or the one before: the side named right before the verb ("India
 * beat Australia"), or -1. */
static int S_last_winner(const ng_document *doc, uint32_t sent)
{
    for (size_t e = doc->nevent; e-- > 0;) {
        const ng_event *ev = &doc->events[e];
        if (ev->sent + 1 < sent)
            break;
        size_t k = S_trigger_token(doc, ev);
        const ng_sentence *s = &doc->sents[ev->sent];
        if (strcmp(ev->klass, "Game") != 0 || k == s->tok_start || k >= s->tok_end)
            continue;
        int m = S_listed(doc, k, "beating-verbs") ? ng_mention_at(doc, k - 1) : -1;
        if (m >= 0 && doc->mentions[m].tok_end == k)
            return doc->mentions[m].actor;
    }
    return -1;
}

static size_t S_parenthetical_open(const ng_document *doc, size_t close, size_t lo);

static bool S_fixture_sides(const ng_document *doc, size_t i, size_t end, int *sides)
{
    if (!(S_listed(doc, i, "game-verbs") || S_listed(doc, i, "beating-verbs")) || i == 0 || i + 1 >= end)
        return false;
    size_t o = S_is(doc, i + 1, "the") ? i + 2 : i + 1;
    int after = o < end ? ng_mention_at(doc, o) : -1;
    /* (a place visited is no side; a club named after its city is: "the
     * Lakers visit Denver") */
    if (after < 0 || doc->mentions[after].tok_start != o ||
        (ng_location_preposition(doc, o) && doc->mentions[after].type != NG_ACTOR_ORG))
        return false;
    size_t b = i;
    while (b > 0 && b + 3 > i && (!strcmp(ng_dep_upos(doc, b - 1), "AUX") || !strcmp(ng_dep_upos(doc, b - 1), "ADV") ||
                                  !strcmp(ng_dep_upos(doc, b - 1), "PART")))
        b--;
    /* (past a relative clause or an apposition set off by commas:
     * "Dortmund, who have lost three of their last four games, host PSV
     * Eindhoven") */
    size_t subject_end = b, open = b;
    if (b == i && b > 1 && S_ch(doc, b - 1) == ',')
        open = S_parenthetical_open(doc, b - 1, doc->sents[doc->toks[i].sent].tok_start);
    if (open < b - 1)
        subject_end = open;
    int before = subject_end > 0 ? ng_mention_at(doc, subject_end - 1) : -1;
    /* ("Lorenzo Musetti took the bronze medal, defeating Felix
     * Auger-Aliassime": a participle after a comma has its clause's
     * subject for the side before) */
    int head = S_is(doc, i - 1, ",") && ng_tok_ing_form(doc, i) && S_listed(doc, i, "beating-verbs")
                   ? ng_dep_head(doc, i)
                   : -1;
    int subject = head >= 0 && !strcmp(ng_dep_rel(doc, i), "advcl") ? ng_dep_subject(doc, (size_t)head) : -1;
    if (subject >= 0 && ng_mention_at(doc, (size_t)subject) >= 0) {
        before = ng_mention_at(doc, (size_t)subject);
        b = i;
    }
    /* (a verb, or a word right between the sides the parse read as a
     * noun: "the Warriors host the Suns") */
    if (strcmp(ng_dep_upos(doc, i), "VERB") != 0 && b != i)
        return false;
    int ka = S_side_kind(doc, after);
    /* ("India beat Australia ..., where they will play South Africa":
     * "they" play, the side that won the game told last) */
    if (before < 0 && b > 0 && (S_is(doc, b - 1, "they") || S_is(doc, b - 1, "we")) &&
        (S_is(doc, i, "play") || S_is(doc, i, "plays") || S_is(doc, i, "face") || S_is(doc, i, "faces"))) {
        int won = S_last_winner(doc, doc->toks[i].sent);
        if (won < 0 || won == doc->mentions[after].actor || (doc->actors[won].type == NG_ACTOR_PERSON) != (ka == 3))
            return false;
        sides[0] = won;
        sides[1] = doc->mentions[after].actor;
        sides[2] = sides[3] = -1;
        return S_sport_article(doc);
    }
    int kb = S_side_kind(doc, before);
    if (!kb || !ka || (kb == 3) != (ka == 3) || doc->mentions[before].actor == doc->mentions[after].actor)
        return false;
    /* (one candidate beats another in a story of elections: "Gary Hart
     * beat Walter Mondale in New Hampshire") */
    if (S_listed(doc, i, "beating-verbs") && S_election_talk(doc))
        return false;
    sides[0] = doc->mentions[before].actor;
    sides[1] = doc->mentions[after].actor;
    /* (and the partner of each in doubles: "Granollers and Lopez
     * defeated Khachanov and Rublev") */
    size_t bs = doc->mentions[before].tok_start, ae = doc->mentions[after].tok_end;
    int partner_before = bs >= 2 && S_is(doc, bs - 1, "and") ? ng_mention_at(doc, bs - 2) : -1;
    int partner_after = ae + 1 < end && S_is(doc, ae, "and") ? ng_mention_at(doc, ae + 1) : -1;
    sides[2] = kb == 3 && partner_before >= 0 && doc->mentions[partner_before].tok_end == bs - 1 &&
                       S_side_kind(doc, partner_before) == kb
                   ? doc->mentions[partner_before].actor
                   : -1;
    sides[3] = ka == 3 && partner_after >= 0 && doc->mentions[partner_after].tok_start == ae + 1 &&
                       S_side_kind(doc, partner_after) == ka
                   ? doc->mentions[partner_after].actor
                   : -1;
    return S_sport_article(doc);
}

/* The same, the sides left aside. */
static bool S_fixture(const ng_document *doc, size_t i, size_t end)
{
    int sides[4];
    return S_fixture_sides(doc, i, end, sides);
}

/* "won the final against Maria Sharapova", "beat Spain in the
 * semifinal": a result verb, a stage of a contest (`contest-stages`) and
 * a side after "against" or "over". */
static bool S_stage_against(const ng_document *doc, size_t i, size_t end)
{
    if (!ng_lex_is_result_verb(doc->lex, doc->toks[i].lower))
        return false;
    bool stage = false;
    for (size_t j = i + 1; j + 1 < end && j <= i + 5; j++) {
        stage = stage || S_listed(doc, j, "contest-stages");
        if (stage && (S_is(doc, j, "against") || S_is(doc, j, "over")))
            return S_side_kind(doc, ng_mention_at(doc, j + 1)) != 0 && !ng_location_preposition(doc, j + 1);
        if (doc->toks[j].flags & NG_TOK_PUNCT)
            return false;
    }
    return false;
}

static bool S_result_phrase(const ng_document *doc, size_t i, size_t end)
{
    return S_result_against(doc, i, end) || S_contest_won(doc, i, end) || S_result_noun(doc, i, end) ||
           S_stage_against(doc, i, end) || S_fixture(doc, i, end);
}

/* "the rally in bank stocks", "a stock-market rally", "oil prices
 * rallied": a word of markets (`market-words`) right before the word at
 * k, or within three words after it, or its subject. */
static bool S_market_move(const ng_document *doc, size_t k, const ng_sentence *s)
{
    for (size_t q = k > s->tok_start + 2 ? k - 2 : s->tok_start; q < s->tok_end && q <= k + 3; q++)
        if (q != k && S_listed(doc, q, "market-words"))
            return true;
    int subject = ng_dep_parsed(doc) ? ng_dep_subject(doc, k) : -1;
    return subject >= 0 && S_listed(doc, (size_t)subject, "market-words");
}

/* "a six-week strike at the company's plants", "the union's strike": a
 * strike by workers, a protest, not an attack. The word "strike" with a
 * duration before it or workers, a union or pay in its sentence, and no
 * weapon or target ("air strike", "a strike on the depot"). */
/* Is the word after "on" at token k a target, not a day ("a strike on
 * Friday", "on March 3")? */
static bool S_on_a_target(const ng_document *doc, size_t k, const ng_sentence *s)
{
    if (!S_is(doc, k, "on"))
        return false;
    return !(k + 1 < s->tok_end && (ng_weekday_from_name(doc->toks[k + 1].lower) >= 0 ||
                                     ng_month_from_name(doc->toks[k + 1].lower) > 0));
}

/* Is there a noun for a measure (`measure-nouns`: "plan", "law") from
 * token q on, past adjectives, before hi? */
static bool S_measure_at(const ng_document *doc, size_t q, size_t hi)
{
    while (q < hi && !strcmp(ng_dep_upos(doc, q), "ADJ"))
        q++;
    return q < hi && !(doc->toks[q].flags & NG_TOK_CAP) && S_listed(doc, q, "measure-nouns");
}

/* "a strike against President Emmanuel Macron's plan": is mention m the
 * owner of a measure before hi? Whose measure it is takes no part. */
static bool S_owns_measure(const ng_document *doc, size_t m, size_t hi)
{
    size_t e = doc->mentions[m].tok_end;
    return e < hi && (doc->toks[e].flags & NG_TOK_POSS) && S_measure_at(doc, e + 1, hi);
}

/* "a nationwide strike against President Emmanuel Macron's plan", "a
 * strike against the new pension law": is what the words from token k on
 * are against a measure, a common noun past its owner's name, not a
 * target ("a strike against Hezbollah positions" names one)? */
static bool S_against_a_measure(const ng_document *doc, size_t k, const ng_sentence *s)
{
    size_t q = k;
    while (q < s->tok_end && ng_title_word(doc, q) && ng_mention_at(doc, q) < 0)
        q++;
    int m = q < s->tok_end ? ng_mention_at(doc, q) : -1;
    return m >= 0 ? S_owns_measure(doc, (size_t)m, s->tok_end) : S_measure_at(doc, q, s->tok_end);
}

static bool S_labour_strike_here(const ng_document *doc, size_t k, const ng_sentence *s)
{
    /* ("its members were striking over pay": the verb with no object) */
    bool striking = S_is(doc, k, "striking") && !strcmp(ng_dep_upos(doc, k), "VERB") && ng_dep_object(doc, k) < 0;
    if (!S_is(doc, k, "strike") && !S_is(doc, k, "strikes") && !striking)
        return false;
    if (k > s->tok_start && S_listed(doc, k - 1, "attack-modifiers"))
        return false;
    /* (a strike against an employer is workers': "the largest strike
     * against the retailer") */
    size_t target = k + 2 < s->tok_end && S_is(doc, k + 2, "the") ? k + 3 : k + 2;
    bool employer = S_is(doc, k + 1, "against") && target < s->tok_end &&
                    (ng_lex_is_company_noun(doc->lex, doc->toks[target].lower) || S_against_a_measure(doc, target, s));
    if (k + 1 < s->tok_end && (S_on_a_target(doc, k + 1, s) || S_is(doc, k + 1, "against")) && !employer)
        return false;
    const char *before = k > s->tok_start ? doc->toks[k - 1].lower : "";
    /* "the actors' strike", "the writers' strike": people's strike */
    if (k >= s->tok_start + 2 && ((doc->toks[k - 1].flags & NG_TOK_POSS) || !strcmp(before, "'") ||
                                  !strcmp(before, "\xe2\x80\x99"))) {
        const char *who = doc->toks[k - 2].lower;
        size_t n = strlen(who);
        if (n > 3 && who[n - 1] == 's' && !(doc->toks[k - 2].flags & NG_TOK_CAP))
            return true;
    }
    const char *dash = strrchr(before, '-');
    if (dash && (!strcmp(dash, "-week") || !strcmp(dash, "-day") || !strcmp(dash, "-hour") || !strcmp(dash, "-month")))
        return true;
    for (size_t q = s->tok_start; q < s->tok_end; q++)
        if (S_listed(doc, q, "labour-words"))
            return true;
    return false;
}

/* (and any strike of no weapon or target in a story of a labour strike:
 * "a seven-week strike ... The strike had cost Boeing $100 million a day",
 * "Analysts estimated that a 50-day strike could cost Boeing") */
static bool S_labour_strike(const ng_document *doc, size_t k, const ng_sentence *s)
{
    if (S_labour_strike_here(doc, k, s))
        return true;
    if (!(S_is(doc, k, "strike") || S_is(doc, k, "strikes")) ||
        (k > s->tok_start && S_listed(doc, k - 1, "attack-modifiers")) ||
        (k + 1 < s->tok_end && (S_on_a_target(doc, k + 1, s) || S_is(doc, k + 1, "against"))))
        return false;
    for (size_t q = 0; q < doc->ntok; q++)
        if (q != k && S_labour_strike_here(doc, q, &doc->sents[doc->toks[q].sent]))
            return true;
    return false;
}

/* "Japan sent aid to the Philippines", "offered to send food and water":
 * a verb of sending or delivering (`sending-verbs`, `delivering-verbs`)
 * whose object, within a few words, is relief (`relief-nouns`) gives aid. */
static bool S_sends_relief(const ng_document *doc, size_t i, size_t end)
{
    if (!(S_listed(doc, i, "sending-verbs") || S_listed(doc, i, "delivering-verbs")) ||
        strcmp(ng_dep_upos(doc, i), "VERB") != 0)
        return false;
    for (size_t j = i + 1; j < end && j <= i + 5; j++) {
        /* (the object, or its first conjunct: "food and water") */
        int h = ng_dep_head(doc, j);
        if (S_listed(doc, j, "relief-nouns"))
            return h == (int)i ||
                   (h >= 0 && !strcmp(ng_dep_rel(doc, j), "conj") && ng_dep_head(doc, (size_t)h) == (int)i);
        if (!(doc->toks[j].flags & NG_TOK_WORD) || ng_mention_at(doc, j) >= 0 ||
            !strcmp(ng_dep_upos(doc, j), "VERB") || !strcmp(ng_dep_upos(doc, j), "ADP"))
            return false;
    }
    return false;
}

static size_t S_provide_phrase(const ng_document *doc, size_t i, size_t end)
{
    if (!S_listed(doc, i, "supply-verbs"))
        return 0;
    bool receiver = false;
    for (size_t j = i + 1; j < end && j <= i + 7; j++) {
        if (S_is(doc, j, "with"))
            return receiver ? j + 1 - i : 0;
        if (doc->toks[j].flags & NG_TOK_PUNCT && !(doc->toks[j].flags & NG_TOK_POSS))
            return 0;
        receiver = receiver || ng_mention_at(doc, j) >= 0;
    }
    return 0;
}

/* "agreed to sell its ice cream brands to private equity firm KKR", "the
 * sale of the unit to Allianz": a named buyer after "to" (a few words may
 * say what it is), and no country (arms sold to a state are aid or trade,
 * no acquisition). Not "sold 5 million phones", "sold out". */
static int S_sale_buyer(const ng_document *doc, size_t i, size_t end)
{
    if (!S_listed(doc, i, "sale-words"))
        return -1;
    for (size_t j = i + 1; j < end && j <= i + 10; j++) {
        /* (a share of it: "a 25% stake in the club") */
        if ((doc->toks[j].flags & NG_TOK_PUNCT) && !(doc->toks[j].flags & NG_TOK_POSS) && S_ch(doc, j) != '$' &&
            S_ch(doc, j) != '%')
            return -1;
        /* (what is sold is a noun phrase: not "selling the gun he used to
         * kill"; a clause's verb has a subject, not a plural the tagger
         * took for one, "its ice cream brands") */
        if (!strcmp(ng_dep_upos(doc, j), "VERB") && ng_dep_finite(doc, j) && ng_dep_subject(doc, j) >= 0)
            return -1;
        if (!S_is(doc, j, "to"))
            continue;
        /* something sold: "sell to Huawei" is trade ("was sold to X", "a
         * sale to X" name it before) */
        bool passive = i > 0 && (S_is(doc, i - 1, "was") || S_is(doc, i - 1, "were") || S_is(doc, i - 1, "be") ||
                                 S_is(doc, i - 1, "been") || S_is(doc, i - 1, "is") || S_is(doc, i - 1, "are"));
        if (j == i + 1 && !passive && !S_is(doc, i, "sale"))
            return -1;
        /* (and a demonym among them: "to British billionaire Jim
         * Ratcliffe"; "to The Friedkin Group", whose article the name
         * leaves out) */
        size_t k = j + 1;
        while (k < end && k < j + 5 && ng_mention_at(doc, k) < 0 && (doc->toks[k].flags & NG_TOK_WORD) &&
               (!(doc->toks[k].flags & NG_TOK_CAP) || ng_lex_demonym(doc->lex, doc->toks[k].lower) ||
                S_is(doc, k, "the")))
            k++;
        int m = k < end ? ng_mention_at(doc, k) : -1;
        /* (not "to HP's big investors": the buyer is whom the name owns) */
        bool buyer = m >= 0 && doc->mentions[m].tok_start == k &&
                     (doc->mentions[m].type == NG_ACTOR_ORG || doc->mentions[m].type == NG_ACTOR_PERSON) &&
                     !(doc->toks[doc->mentions[m].tok_end - 1].flags & NG_TOK_POSS) &&
                     !(doc->mentions[m].tok_end < end && (doc->toks[doc->mentions[m].tok_end].flags & NG_TOK_POSS));
        return buyer ? m : -1;
    }
    return -1;
}

/* "sent thousands of troops", "dispatching soldiers", "deployed forces". */
static size_t S_troop_phrase(const ng_document *doc, size_t i, size_t end)
{
    if (!S_listed(doc, i, "sending-verbs"))
        return 0;
    for (size_t j = i + 1; j < end && j <= i + 5; j++) {
        if (S_troop_noun(doc, j))
            return j + 1 - i;
        if (doc->toks[j].flags & NG_TOK_PUNCT)
            break;
    }
    return 0;
}

/* "has called for negotiations", "urged both sides to hold talks": what
 * someone asks for has not happened. */
static bool S_appeal(const ng_document *doc, size_t k)
{
    return S_listed(doc, k, "asking-verbs") || (S_is(doc, k, "for") && k > 0 && S_listed(doc, k - 1, "calling-verbs"));
}

/* Is the trigger what the verb of asking k asks for: its object or
 * complement, or a word of one ("demanding Ruto's resignation", "urged him
 * to resign")? */
static bool S_asked_for(const ng_document *doc, size_t k, size_t trig)
{
    /* ("called for talks": "for" hangs from what is asked for) */
    if (S_is(doc, k, "for"))
        return ng_dep_head(doc, k) == (int)trig;
    size_t t = trig;
    for (int d = 0; d < 2; d++) {
        const char *rel = ng_dep_rel(doc, t);
        int h = ng_dep_head(doc, t);
        /* (not a clause of its own: "urged a strong stand, saying"; the
         * parse may take the object for an oblique) */
        if (h < 0 || (strcmp(rel, "obj") && strcmp(rel, "xcomp") && strcmp(rel, "ccomp") &&
                      (d > 0 || strcmp(rel, "obl"))))
            return false;
        if (h == (int)k)
            return true;
        t = (size_t)h;
    }
    return false;
}

/* Is there a verb among tokens [from, to)? */
static bool S_verb_within(const ng_document *doc, size_t from, size_t to)
{
    for (size_t q = from; q < to; q++)
        if (!strcmp(ng_dep_upos(doc, q), "VERB"))
            return true;
    return false;
}

/* Is there a comma among the few tokens before k ("..., he told", "...,
 * the ministry said"), or before a titled name right before it ("...,
 * NASA Administrator Bill Nelson told")? */
static bool S_after_comma(const ng_document *doc, size_t lo, size_t k)
{
    for (size_t q = k; q-- > lo && q + 5 > k;)
        if (S_ch(doc, q) == ',')
            return true;
    /* (or before a longer subject with no verb of its own: "..., the
     * Polish presidency of the EU said", a clause before the comma; not
     * "In it, the British royal denied") */
    for (size_t q = k; q-- > lo && q + 10 > k;) {
        if (S_ch(doc, q) == ',') {
            if (q + 1 < k && S_is(doc, q + 1, "the") && S_verb_within(doc, lo, q))
                return true;
            break;
        }
        if (!strcmp(ng_dep_upos(doc, q), "VERB") || !strcmp(ng_dep_upos(doc, q), "AUX") ||
            (doc->toks[q].flags & NG_TOK_QUOTE))
            break;
    }
    size_t q = k;
    while (q > lo && q + 8 > k && (doc->toks[q - 1].flags & NG_TOK_CAP) && (doc->toks[q - 1].flags & NG_TOK_WORD))
        q--;
    return q < k && q > lo && S_ch(doc, q - 1) == ',';
}

/* "agreed on Saturday to resume regular security talks": "to" and a verb
 * a few words after a word of planning, before the trigger. */
static bool S_to_verb_after(const ng_document *doc, size_t k, size_t trig)
{
    for (size_t q = k + 1; q + 1 < trig && q <= k + 4; q++) {
        if (doc->toks[q].flags & NG_TOK_PUNCT)
            return false;
        /* (the verb is the trigger or governs it: not "wants to know
         * about the hearing") */
        if (S_is(doc, q, "to"))
            return !strcmp(ng_dep_upos(doc, q + 1), "VERB") &&
                   (q + 1 == trig || ng_dep_head(doc, trig) == (int)q + 1);
    }
    return false;
}

/* A verb in the past tense in [from, to), no verb of its own after a
 * comma. */
static bool S_past_verb_before(const ng_document *doc, size_t from, size_t to)
{
    for (size_t q = from; q < to; q++) {
        if (S_ch(doc, q) == ',' || S_ch(doc, q) == ';')
            return false;
        if (ng_dep_past(doc, q) && !strcmp(ng_dep_upos(doc, q), "VERB"))
            return true;
    }
    return false;
}

/* Only a determiner, adjectives or adverbs between tokens k and trig ("without
 * a formal agreement"; not "without delay, the deal")? */
static bool S_no_noun_between(const ng_document *doc, size_t k, size_t trig)
{
    for (size_t q = k + 1; q < trig; q++) {
        const char *u = ng_dep_upos(doc, q);
        if (strcmp(u, "DET") && strcmp(u, "ADJ") && strcmp(u, "ADV"))
            return false;
    }
    return true;
}

/* The mood the verb governing the trigger gives it: "averting a strike",
 * "a trial was avoided", "refused to resign" did not happen; "offered to
 * resign", "threatened to strike" may not; "invited Kast to visit" is
 * planned. NG_MOD_ASSERTED when the verb says nothing. */
/* A verb of preventing at h: a listed one, or a verb and its particle
 * (`preventing-phrasal-verbs`: "called off the meeting"). */
static bool S_preventing(const ng_document *doc, size_t h)
{
    if (S_listed(doc, h, "preventing-verbs"))
        return true;
    int prt = ng_dep_child(doc, h, "compound:prt");
    char phrase[96];
    return prt > (int)h &&
           snprintf(phrase, sizeof phrase, "%s %s", doc->toks[h].lower, doc->toks[prt].lower) < (int)sizeof phrase &&
           ng_lex_listed(doc->lex, "preventing-phrasal-verbs", phrase);
}

/* Whether the verb at v takes no object or clause ("will be held", "will
 * take place"; not "will open doors", "will begin polling"). */
static bool S_takes_nothing(const ng_document *doc, size_t v)
{
    int object = ng_dep_object(doc, v);
    return (object < 0 || S_is(doc, (size_t)object, "place")) && ng_dep_child(doc, v, "xcomp") < 0 &&
           ng_dep_child(doc, v, "ccomp") < 0;
}

static ng_modality S_governor_mood(const ng_document *doc, size_t trig)
{
    int h = ng_dep_head(doc, trig);
    if (h < 0 || strcmp(ng_dep_upos(doc, (size_t)h), "VERB") != 0)
        return NG_MOD_ASSERTED;
    const char *rel = ng_dep_rel(doc, trig);
    bool object = !strcmp(rel, "obj") || !strcmp(rel, "nsubj:pass");
    bool complement = !strcmp(rel, "xcomp") && !strcmp(ng_dep_upos(doc, trig), "VERB");
    if ((object || complement) && S_preventing(doc, (size_t)h))
        return NG_MOD_NEGATED;
    if (complement && S_listed(doc, (size_t)h, "offering-verbs"))
        return NG_MOD_HYPOTHETICAL;
    /* "invited Kast to visit", "invited him to the palace to discuss the
     * transition": what someone is invited to do is planned */
    bool purpose = !strcmp(rel, "advcl") && !strcmp(ng_dep_upos(doc, trig), "VERB") && trig > 0 &&
                   S_is(doc, trig - 1, "to");
    if ((complement || purpose) && S_listed(doc, (size_t)h, "inviting-verbs"))
        return NG_MOD_PLANNED;
    /* "is awaiting trial", "awaits sentencing": what is waited for */
    if (object && S_listed(doc, (size_t)h, "awaiting-verbs"))
        return NG_MOD_PLANNED;
    /* the trigger's verb the complement of one: "failed to reach a deal",
     * "offered to hold talks" */
    int g = ng_dep_head(doc, (size_t)h);
    if (object && g >= 0 && !strcmp(ng_dep_rel(doc, (size_t)h), "xcomp") &&
        !strcmp(ng_dep_upos(doc, (size_t)g), "VERB")) {
        if (S_preventing(doc, (size_t)g))
            return NG_MOD_NEGATED;
        if (S_listed(doc, (size_t)g, "offering-verbs"))
            return NG_MOD_HYPOTHETICAL;
    }
    return NG_MOD_ASSERTED;
}

/* "The summit between X and Y will be held on Sunday", "The men's final
 * between X and Y will be played": a happening's noun before the first
 * verb of its clause, one of taking place in the future, is planned (the
 * "will" comes after the noun; the verb is looked for by the words, as
 * the parse may not make the noun its subject). */
static bool S_will_take_place(const ng_document *doc, size_t trig)
{
    const ng_sentence *s = &doc->sents[doc->toks[trig].sent];
    if (strcmp(ng_dep_upos(doc, trig), "NOUN") && !S_listed(doc, trig, "contest-stages"))
        return false;
    for (size_t k = trig + 1; k < s->tok_end && k < trig + 16; k++) {
        if ((doc->toks[k].flags & NG_TOK_PUNCT) && S_ch(doc, k) != '\'' && S_ch(doc, k) != '-')
            return false;
        if (S_is(doc, k, "who") || S_is(doc, k, "which") || S_is(doc, k, "that"))
            return false;
        if (strcmp(ng_dep_upos(doc, k), "VERB"))
            continue;
        int aux = ng_dep_child(doc, k, "aux");
        return S_listed(doc, k, "taking-place-verbs") && S_takes_nothing(doc, k) && aux > (int)trig &&
               (S_is(doc, (size_t)aux, "will") || S_is(doc, (size_t)aux, "shall") || S_is(doc, (size_t)aux, "'ll"));
    }
    return false;
}

/* "pledged on Thursday to deepen their partnership, during talks in
 * Beijing": a noun after "during" (and an article) is when the clause
 * happened, no part of what was planned. */
static bool S_during(const ng_document *doc, size_t trig)
{
    size_t k = trig;
    if (k > 0 && (S_is(doc, k - 1, "the") || S_is(doc, k - 1, "a") || (doc->toks[k - 1].flags & NG_TOK_POSS)))
        k--;
    return k > 0 && S_is(doc, k - 1, "during") && !strcmp(ng_dep_upos(doc, trig), "NOUN");
}

static ng_modality S_modality(const ng_document *doc, size_t lo, size_t trig)
{
    ng_modality m = NG_MOD_ASSERTED;
    /* "may face a higher risk, according to a study published on
     * Wednesday": a past participle on a noun has happened, whatever the
     * mood of the clause around the noun (not "a report to be published") */
    if (!strcmp(ng_dep_rel(doc, trig), "acl") && !strcmp(ng_dep_upos(doc, trig), "VERB") &&
        !ng_tok_ing_form(doc, trig) && !ng_dep_finite(doc, trig) && ng_dep_child(doc, trig, "mark") < 0 &&
        ng_dep_child(doc, trig, "aux") < 0 && ng_dep_child(doc, trig, "aux:pass") < 0)
        return m;
    /* "a proposal by Macron for a truce", "the threat of a strike": what
     * a noun of wishes, offers or fears is for or of has not happened */
    int h = ng_dep_head(doc, trig);
    if (h >= 0 && !strcmp(ng_dep_upos(doc, trig), "NOUN") && !strcmp(ng_dep_rel(doc, trig), "nmod") &&
        S_listed(doc, (size_t)h, "proposal-nouns")) {
        int c = ng_dep_child(doc, trig, "case");
        if (c >= 0 && (S_is(doc, (size_t)c, "for") || S_is(doc, (size_t)c, "of")))
            return NG_MOD_HYPOTHETICAL;
    }
    /* a quote may open in an earlier sentence of the paragraph */
    bool quoted = doc->para_quoted[lo];
    for (size_t k = lo; k < trig; k++) {
        /* "“We will not accept ...,” Esper said in a speech": the words of
         * a quote do not set the mood of the narrator's event */
        if (doc->toks[k].flags & NG_TOK_QUOTE) {
            quoted = S_quote_state(doc, k, quoted);
            continue;
        }
        if (quoted)
            continue;
        const char *w = doc->toks[k].lower;
        /* "will face Medvedev, who came from two sets down to beat Zverev":
         * a relative clause has a mood of its own */
        if ((strcmp(w, "who") == 0 || strcmp(w, "which") == 0) && k > lo && S_ch(doc, k - 1) == ',') {
            m = NG_MOD_ASSERTED;
            continue;
        }
        /* "will lay off 1,900 employees, three months after it closed its
         * purchase of X": a clause a subordinator opens, its verb in the
         * past, tells of what happened */
        if (S_listed(doc, k, "past-clause-openers") && S_past_verb_before(doc, k + 1, trig)) {
            m = NG_MOD_ASSERTED;
            continue;
        }
        /* "The first stage will last six weeks, he told a news conference":
         * the mood of what was said before its verb of saying is not the
         * narrator's (but what a demand after one takes for object or
         * complement is asked for: "marched on Tuesday, demanding Ruto's
         * resignation") */
        if (ng_lex_speech_verb(doc->lex, w) == 1 && S_after_comma(doc, lo, k) &&
            !(S_appeal(doc, k) && S_asked_for(doc, k, trig))) {
            m = NG_MOD_ASSERTED;
            continue;
        }
        /* "Exports will recover if talks resume": the condition's mood,
         * whatever the main clause's */
        if (strcmp(w, "if") == 0 || strcmp(w, "unless") == 0 || strcmp(w, "whether") == 0) {
            m = NG_MOD_HYPOTHETICAL;
            continue;
        }
        /* "said on Monday it would buy Seagen": "would" after a verb of
         * saying and its subject tells of a plan, the reported "will" */
        bool reported_will = strcmp(w, "would") == 0 && k >= 2 &&
                             (S_is(doc, k - 1, "it") || S_is(doc, k - 1, "they") || S_is(doc, k - 1, "he") ||
                              S_is(doc, k - 1, "she") || S_is(doc, k - 1, "we"));
        bool said = false; /* (a verb of saying a few words before: "said on Monday that it would") */
        for (size_t q = k - 1; reported_will && !said && q-- > lo && q + 6 > k;) {
            /* (not a question reported: "refused to say which side he
             * would be on") */
            if ((doc->toks[q].flags & NG_TOK_PUNCT) || S_is(doc, q, "which") || S_is(doc, q, "what") ||
                S_is(doc, q, "whether") || S_is(doc, q, "if") || S_is(doc, q, "how") || S_is(doc, q, "why") ||
                S_is(doc, q, "when") || S_is(doc, q, "who"))
                break;
            said = ng_lex_speech_verb(doc->lex, doc->toks[q].lower) == 1;
        }
        reported_will = reported_will && said;
        if (strcmp(w, "will") == 0 || strcmp(w, "shall") == 0 || strcmp(w, "'ll") == 0 || reported_will ||
            (S_listed(doc, k, "planning-words") && !S_during(doc, trig) &&
             ((S_is(doc, k + 1, "to") && strcmp(ng_dep_upos(doc, k + 2), "DET") != 0) ||
              (trig > 0 && trig - k <= 5 && S_is(doc, trig - 1, "to")) || S_to_verb_after(doc, k, trig))))
            m = NG_MOD_PLANNED; /* ("agreed on Sunday to merge"; not "agreed to a ceasefire") */
        /* "suspected of planning attacks": a happening a verb of plotting
         * takes for its object is planned (`plotting-verbs`) */
        /* (a gerund after a preposition takes the noun right after it,
         * however the parse reads "of planning attacks"; not "a planning
         * meeting") */
        else if (S_listed(doc, k, "plotting-verbs") &&
                 ((ng_dep_head(doc, trig) == (int)k && !strcmp(ng_dep_rel(doc, trig), "obj")) ||
                  (k + 1 == trig && k > lo &&
                   (!strcmp(ng_dep_upos(doc, k - 1), "ADP") || !strcmp(ng_dep_upos(doc, k - 1), "SCONJ")))))
            m = NG_MOD_PLANNED;
        else if ((strcmp(w, "would") == 0 || strcmp(w, "could") == 0 || strcmp(w, "may") == 0 ||
                  strcmp(w, "might") == 0 || (strcmp(w, "likely") == 0 && S_is(doc, k + 1, "to"))) &&
                 m == NG_MOD_ASSERTED)
            m = NG_MOD_HYPOTHETICAL;
        else if ((strcmp(w, "not") == 0 || strcmp(w, "n't") == 0 || strcmp(w, "never") == 0 ||
                  strcmp(w, "denied") == 0) && k + 3 >= trig)
            m = NG_MOD_NEGATED;
        /* "the talks ended without an agreement", "reached no deal": a
         * noun without or "no" before it names what did not happen (not
         * "if no deal is reached": a condition) */
        else if ((strcmp(w, "without") == 0 || strcmp(w, "no") == 0) && k + 3 >= trig && m == NG_MOD_ASSERTED &&
                 !strcmp(ng_dep_upos(doc, trig), "NOUN") && S_no_noun_between(doc, k, trig))
            m = NG_MOD_NEGATED;
        else if (m == NG_MOD_ASSERTED && S_appeal(doc, k))
            m = NG_MOD_HYPOTHETICAL;
        /* "warning of a possible larger quake", "a potential strike": a
         * happening's noun a word of possibility modifies */
        else if (m == NG_MOD_ASSERTED && k + 4 >= trig && S_listed(doc, k, "possibility-modifiers") &&
                 !strcmp(ng_dep_upos(doc, trig), "NOUN") && S_no_noun_between(doc, k, trig))
            m = NG_MOD_HYPOTHETICAL;
    }
    /* (a condition keeps its mood: "if talks fail to produce a deal") */
    ng_modality governed = S_will_take_place(doc, trig) ? NG_MOD_PLANNED : S_governor_mood(doc, trig);
    if (governed != NG_MOD_ASSERTED && m != NG_MOD_HYPOTHETICAL)
        m = governed;
    return m;
}

/* The token of a year (four digits, 1900 to 2100) right after token k,
 * past a comma ("Dec. 25, 2021"), before hi; -1 if none. */
static int S_year_after(const ng_document *doc, size_t k, size_t hi)
{
    size_t y = k + 1 < hi && ng_tok_is(doc, k + 1, ",") ? k + 2 : k + 1;
    if (y >= hi || !(doc->toks[y].flags & NG_TOK_NUM) || doc->toks[y].end - doc->toks[y].start != 4)
        return -1;
    int v = atoi(doc->art->text + doc->toks[y].start);
    return v >= 1900 && v <= 2100 ? (int)y : -1;
}

/* "grilled X on Trump's July 25 phone call", "in the wake of the
 * September 11, 2001 attacks": is there an event's word other than e's at
 * token from or the next, which the date before it is of? */
static bool S_dates_another(const ng_document *doc, const ng_event *e, size_t from)
{
    bool other = false;
    for (size_t q = from; q < doc->ntok && q <= from + 1 && !other; q++) {
        char two[128];
        snprintf(two, sizeof two, "%s %s", doc->toks[q].lower, q + 1 < doc->ntok ? doc->toks[q + 1].lower : "");
        other = (ng_lex_event_trigger(doc->lex, doc->toks[q].lower) || ng_lex_event_trigger(doc->lex, two)) &&
                (doc->toks[q].start < e->start || doc->toks[q].start >= e->end);
    }
    return other;
}

/* Event e's time, the words from token from to the year at token year,
 * and its date when day, month and year make one. */
static void S_full_date(ng_document *doc, ng_event *e, size_t from, size_t year, int day, int mon)
{
    e->time_text = ng_doc_span(doc, doc->toks[from].start, doc->toks[year].end);
    char buf[16];
    snprintf(buf, sizeof buf, "%04d-%02d-%02d", atoi(doc->art->text + doc->toks[year].start), mon, day);
    int yy, mm, dd;
    if (day >= 1 && day <= 31 && ng_date_parse(buf, &yy, &mm, &dd))
        e->date = ng_arena_strdup(&doc->arena, buf);
}

/* "on Wednesday", "Tuesday", "Oct. 25": the date, against the article's;
 * "Dec. 25, 2021", "25 December 2021": the date written in full. */
static void S_time(ng_document *doc, ng_event *e, size_t lo, size_t hi)
{
    for (size_t k = lo; k < hi; k++) {
        /* (not the day of a telling before the event: "said on Monday it
         * would buy") */
        int gov = ng_dep_head(doc, k);
        if (doc->toks[k].start < e->start && gov >= 0 && doc->toks[gov].start < e->start &&
            ng_lex_speech_verb(doc->lex, doc->toks[gov].lower) == 1)
            continue;
        int wd = ng_weekday_from_name(doc->toks[k].lower);
        if (wd >= 0) {
            e->time_text = ng_doc_span(doc, doc->toks[k].start, doc->toks[k].end);
            char out[11];
            if (doc->published && ng_date_weekday(doc->published, wd, e->modality != NG_MOD_PLANNED, out))
                e->date = ng_arena_strdup(&doc->arena, out);
            return;
        }
        int mon = ng_month_from_name(doc->toks[k].lower);
        /* "Dec. 25, 2021", "25 December 2021": a day the words date in
         * full needs no article's date */
        bool day_first = mon && k > lo && (doc->toks[k - 1].flags & NG_TOK_NUM) &&
                         doc->toks[k - 1].end - doc->toks[k - 1].start <= 2;
        int full_year = mon ? S_year_after(doc, day_first ? k : k + 1, hi) : -1;
        if (full_year >= 0 && S_dates_another(doc, e, (size_t)full_year + 1))
            continue;
        if (day_first && full_year >= 0) {
            S_full_date(doc, e, k - 1, (size_t)full_year, atoi(doc->art->text + doc->toks[k - 1].start), mon);
            return;
        }
        /* "December 2021": the month of a year, written as such (a date
         * of the schema's kind needs its day) */
        int year_alone = mon ? S_year_after(doc, k, hi) : -1;
        if (year_alone >= 0 && !ng_tok_is(doc, k + 1, ",")) {
            e->time_text = ng_doc_span(doc, doc->toks[k].start, doc->toks[year_alone].end);
            return;
        }
        if (mon && k + 1 < hi && (doc->toks[k + 1].flags & NG_TOK_NUM)) {
            int day = atoi(doc->art->text + doc->toks[k + 1].start);
            if (day < 1 || day > 31)
                continue;
            if (full_year >= 0) {
                S_full_date(doc, e, k, (size_t)full_year, day, mon);
                return;
            }
            if (S_dates_another(doc, e, k + 2))
                continue;
            e->time_text = ng_doc_span(doc, doc->toks[k].start, doc->toks[k + 1].end);
            int y, m, d;
            if (doc->published && ng_date_parse(doc->published, &y, &m, &d)) {
                /* a month-day without a year is the nearest one in the past
                 * for past events, else the next one */
                int year = y;
                if (e->modality == NG_MOD_PLANNED ? (mon < m || (mon == m && day < d))
                                                  : (mon > m || (mon == m && day > d)))
                    year += e->modality == NG_MOD_PLANNED ? 1 : -1;
                char buf[11];
                snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, mon, day);
                int yy, mm, dd;
                if (ng_date_parse(buf, &yy, &mm, &dd))
                    e->date = ng_arena_strdup(&doc->arena, buf);
            }
            return;
        }
    }
}

/* "..., said Derek Scissors" / "White House advisers say": a mention that
 * attributes words, not one taking part in what they tell of (except for
 * the events that are the speaking itself: a statement, a speech). */
static bool S_attribution(const ng_document *doc, const ng_mention *m, size_t hi, const char *klass)
{
    if (!strcmp(klass, "Announcement") || !strcmp(klass, "Speech") || !strcmp(klass, "PressBriefing") ||
        !strcmp(klass, "PressConference") || !strcmp(klass, "Interview"))
        return false;
    /* "said [analyst] Tom Reyes", "said the [former] minister" */
    size_t k = m->tok_start;
    while (k > 0 && k + 4 > m->tok_start &&
           (ng_lex_is_title_head(doc->lex, doc->toks[k - 1].lower) || ng_lex_is_title_mod(doc->lex, doc->toks[k - 1].lower) ||
            S_is(doc, k - 1, "the") || S_is(doc, k - 1, "a") || S_is(doc, k - 1, "an")))
        k--;
    if (k > 0 && ng_lex_speech_verb(doc->lex, doc->toks[k - 1].lower) == 1)
        return true;
    /* ("X said", and "the Premier League club said": the name a word of
     * the speaker's description) */
    size_t e = m->tok_end;
    while (e < hi && e < m->tok_end + 2 && !(doc->toks[e].flags & NG_TOK_CAP) && !strcmp(ng_dep_upos(doc, e), "NOUN"))
        e++;
    return e < hi && ng_lex_speech_verb(doc->lex, doc->toks[e].lower) == 1;
}

/* "any deal", "every agreement", "such talks": no particular event. */
static bool S_generic(const ng_document *doc, size_t trig, size_t lo)
{
    for (size_t k = trig; k-- > lo && k + 4 > trig;) {
        if (doc->toks[k].flags & NG_TOK_PUNCT || ng_mention_at(doc, k) >= 0)
            return false;
        if (S_is(doc, k, "any") || S_is(doc, k, "every") || S_is(doc, k, "such"))
            return true;
        if (S_is(doc, k, "a") || S_is(doc, k, "an") || S_is(doc, k, "the") || S_is(doc, k, "this") ||
            S_is(doc, k, "that"))
            return false;
    }
    return false;
}

/* "agreed to buy Israel's Mellanox Technologies": the country of the
 * company after it, no party of its own. */
static bool S_org_possessor(const ng_document *doc, size_t m)
{
    size_t e = doc->mentions[m].tok_end;
    return m + 1 < doc->nmention && e < doc->ntok && (doc->toks[e].flags & NG_TOK_POSS) &&
           doc->mentions[m + 1].tok_start == e + 1 && doc->mentions[m + 1].type == NG_ACTOR_ORG &&
           doc->mentions[m + 1].affil_mention[0] == (int)m;
}

/* "rapper Young Dolph's former associate Marcus Hill", "Trump's lawyer
 * Michael Cohen": the person named right after a noun for a person that
 * mention m owns, before token hi; -1 if none. */
static int S_person_owned(const ng_document *doc, size_t m, size_t hi)
{
    size_t e = doc->mentions[m].tok_end;
    if (e + 2 >= hi || !(doc->toks[e].flags & NG_TOK_POSS))
        return -1;
    size_t k = e + 1;
    while (k < hi && k < e + 4 && !(doc->toks[k].flags & NG_TOK_CAP) && (doc->toks[k].flags & NG_TOK_WORD) &&
           !ng_lex_person_noun(doc->lex, doc->toks[k].lower))
        k++;
    int named = k + 1 < hi && !(doc->toks[k].flags & NG_TOK_CAP) && ng_lex_person_noun(doc->lex, doc->toks[k].lower)
                    ? ng_mention_at(doc, k + 1)
                    : -1;
    return named >= 0 && doc->mentions[named].tok_start == k + 1 && doc->mentions[named].type == NG_ACTOR_PERSON
               ? named
               : -1;
}

/* A name that only describes another participant or another event: the
 * boss in "Jennifer Williams, an aide to Vice President Pence", the
 * possessor in "... on Trump's July 25 phone call" (another event word). */
static bool S_described_only(const ng_document *doc, size_t m, size_t lo, size_t hi, size_t trig)
{
    for (size_t o = ng_mention_lower_bound(doc, (uint32_t)lo);
         o < doc->nmention && doc->mentions[o].tok_start < doc->mentions[m].tok_start; o++) {
        const ng_mention *x = &doc->mentions[o];
        if (o != m && x->tok_start >= lo && x->tok_end <= hi && x->tok_end <= doc->mentions[m].tok_start &&
            (x->affil_mention[0] == (int)m || x->affil_mention[1] == (int)m) &&
            doc->actors[doc->mentions[m].actor].type == NG_ACTOR_PERSON)
            return true;
    }
    size_t e = doc->mentions[m].tok_end;
    if (S_org_possessor(doc, m))
        return true;
    if (S_owns_measure(doc, m, hi))
        return true;
    /* "before the funeral of Pope Francis", "met the wife of X": a person
     * named after "of" and another noun than the trigger is that noun's */
    /* (past the title and its modifiers: "the son of former German
     * President Richard Weber, Fritz Weber") */
    size_t b = doc->mentions[m].tok_start;
    while (b > lo && (ng_title_word(doc, b - 1) || ng_lex_demonym(doc->lex, doc->toks[b - 1].lower)))
        b--;
    size_t n = b >= 2 && S_is(doc, b - 1, "of") ? b - 2 : SIZE_MAX;
    if (n != SIZE_MAX && n >= lo && n != trig && !strcmp(ng_dep_upos(doc, n), "NOUN") &&
        doc->actors[doc->mentions[m].actor].type == NG_ACTOR_PERSON &&
        !ng_lex_event_trigger(doc->lex, doc->toks[n].lower))
        return true;
    /* "the Trump administration", "the Biden campaign": the name modifies */
    if (e < hi && (S_is(doc, e, "administration") || S_is(doc, e, "campaign") || S_is(doc, e, "family") ||
                   S_is(doc, e, "team") || S_is(doc, e, "camp") || S_is(doc, e, "era")))
        return true;
    if (S_person_owned(doc, m, hi) >= 0)
        return true;
    if (e < hi && (doc->toks[e].flags & NG_TOK_POSS) && e > trig) {
        for (size_t k = e + 1; k < doc->ntok && k <= e + 5; k++) {
            if (doc->toks[k].flags & NG_TOK_PUNCT)
                break;
            if (ng_lex_event_trigger(doc->lex, doc->toks[k].lower))
                return true;
        }
    }
    return false;
}

/* Where a trigger stands: its tokens, its clause [lo, hi), its sentence,
 * its class, and whether it is inside a quotation. */
typedef struct event_site {
    size_t trig, trig_end, lo, hi;
    const char *klass;
    const ng_sentence *s;
    bool quoted;
} event_site;

/* The class of an event the trigger model found that the lexicon gives
 * no class (--all-events). */
static const char S_generic_class[] = "Occurrence";

static bool S_generic_class_of(const char *klass) { return strcmp(klass, S_generic_class) == 0; }

/* Another mention of event e ("the talks", the same meeting named again):
 * more evidence of it. */
static void S_add_evidence(ng_document *doc, ng_event *e, size_t trig, size_t trig_end)
{
    *NG_PUSH(&doc->arena, e->evidence, e->nevidence, e->cap_evidence) =
        (ng_text_span){doc->toks[trig].start, doc->toks[trig_end - 1].end, doc->toks[trig].sent};
}

/* The place, time and organizer event more has where e has none. */
static void S_take_what_is_missing(ng_event *e, const ng_event *more)
{
    if (e->location < 0)
        e->location = more->location;
    /* (a time of its own, even one no date resolves, "on Monday", wins) */
    if (!e->date && !e->time_text)
        e->date = more->date, e->time_text = more->time_text;
    if (e->organizer < 0)
        e->organizer = more->organizer;
}

/* Event more told again as e: its words are e's evidence, its
 * participants e's, and e takes the place and time it lacks. */
static void S_absorb_event(ng_document *doc, ng_event *e, const ng_event *more)
{
    *NG_PUSH(&doc->arena, e->evidence, e->nevidence, e->cap_evidence) =
        (ng_text_span){more->start, more->end, more->sent};
    for (size_t k = 0; k < more->nevidence; k++)
        *NG_PUSH(&doc->arena, e->evidence, e->nevidence, e->cap_evidence) = more->evidence[k];
    for (size_t a = 0; a < more->nattendee; a++)
        S_add_attendee(doc, e, more->attendees[a]);
    S_take_what_is_missing(e, more);
}

/* More evidence of event e from trigger [trig, trig_end): and the place
 * and time that word has when e has none. */
static void S_join_event(ng_document *doc, ng_event *e, const ng_event *more, size_t trig, size_t trig_end)
{
    S_add_evidence(doc, e, trig, trig_end);
    S_take_what_is_missing(e, more);
}

/* "the talks", "after the meeting", "the crash": an event already
 * reported (any meeting for a meeting word, else one of its kind; for an
 * event of no class, one of the same word): its index, or -1 */
/* Legal steps are many events of one class: "Their trial" is no "charged"
 * before it, "the ruling" is "ruled". */
static bool S_legal_class(const char *klass) { return strcmp(klass, "LegalAction") == 0; }

/* Do the event's trigger and the word at trig open alike (three letters:
 * "ruled" and "ruling", "charged" and "charges")? */
static bool S_same_stem(const ng_document *doc, const ng_event *o, size_t trig)
{
    return o->end - o->start >= 3 && strlen(doc->toks[trig].lower) >= 3 &&
           strncasecmp(o->trigger, doc->toks[trig].lower, 3) == 0;
}

/* Is the word at trig a noun for a court's decision and the event's
 * trigger a verb of deciding (`court-decision-nouns`,
 * `court-decision-verbs`: "struck down ... The ruling")? */
static bool S_court_decision(const ng_document *doc, const ng_event *o, size_t trig)
{
    char first[32];
    size_t n = strcspn(o->trigger, " ");
    if (n >= sizeof first || !ng_lex_listed(doc->lex, "court-decision-nouns", doc->toks[trig].lower))
        return false;
    for (size_t c = 0; c < n; c++)
        first[c] = (char)tolower((unsigned char)o->trigger[c]);
    first[n] = '\0';
    return ng_lex_listed(doc->lex, "court-decision-verbs", first);
}

/* The object of verb v when "the" opens it (not "the same"), or -1; so
 * too the subject of the verb in the passive ("The pact was signed in
 * Jakarta by ..."). */
static int S_definite_object(const ng_document *doc, size_t v)
{
    bool verb = doc->dep_first && !strcmp(ng_dep_upos(doc, v), "VERB");
    int obj = verb ? ng_dep_child(doc, v, "obj") : -1;
    if (obj >= 0 && obj < (int)v)
        obj = -1;
    if (obj < 0 && verb)
        obj = ng_dep_child(doc, v, "nsubj:pass");
    int det = obj >= 0 ? ng_dep_child(doc, (size_t)obj, "det") : -1;
    return det >= 0 && S_is(doc, (size_t)det, "the") && !S_is(doc, (size_t)det + 1, "same") ? obj : -1;
}

static int S_refers_back(const ng_document *doc, size_t trig, size_t trig_end, const char *klass)
{
    /* "Japan and the Philippines signed a pact ... Kamikawa and Teodoro
     * signed the Reciprocal Access Agreement": a verb of a deal whose
     * object, with "the", is a word of a deal (a name's last word too)
     * tells again a deal of the two sentences before (not "the same
     * agreement", another of its kind; nor an award: "won the Nobel Peace
     * Prize" is a prize of one's own) */
    int obj = S_deal_like(klass) ? S_definite_object(doc, trig) : -1;
    const char *kind = obj >= 0 ? ng_lex_event_trigger(doc->lex, doc->toks[obj].lower) : NULL;
    size_t sent = doc->toks[trig].sent;
    for (size_t i = doc->nevent; kind && S_deal_like(kind) && i-- > 0;) {
        const ng_event *o = &doc->events[i];
        if (o->sent < sent && o->sent + 2 >= sent && S_deal_like(o->klass))
            return (int)i;
    }
    /* "A powerful typhoon slammed into the Philippines ... Typhoon
     * Kong-rey made landfall": a disaster's word opening a name tells again
     * the disaster of that word told unnamed in the three sentences
     * before */
    if (!strcmp(klass, "Disaster") && (doc->toks[trig].flags & NG_TOK_CAP) && trig_end < doc->ntok &&
        (doc->toks[trig_end].flags & NG_TOK_CAP) && doc->toks[trig_end].sent == sent) {
        for (size_t i = doc->nevent; i-- > 0;) {
            const ng_event *o = &doc->events[i];
            if (o->sent < sent && o->sent + 3 >= sent && !strcmp(o->klass, klass) &&
                islower((unsigned char)o->trigger[0]) &&
                o->end - o->start == doc->toks[trig_end - 1].end - doc->toks[trig].start &&
                !strncasecmp(o->trigger, doc->art->text + doc->toks[trig].start, o->end - o->start))
                return (int)i;
        }
    }
    /* "the tense game", and in a game's story "a tense game": up to two
     * lower-case modifiers between, none that makes it another game
     * ("next") */
    size_t d = trig;
    while (d > 0 && trig - d < 2 && doc->dep_first && ng_dep_head(doc, d - 1) == (int)trig &&
           (!strcmp(ng_dep_rel(doc, d - 1), "amod") || !strcmp(ng_dep_rel(doc, d - 1), "compound")) &&
           !(doc->toks[d - 1].flags & NG_TOK_CAP) && (doc->toks[d - 1].flags & NG_TOK_WORD) &&
           !S_is(doc, d - 1, "next") && !S_is(doc, d - 1, "upcoming") && !S_is(doc, d - 1, "previous") &&
           !S_is(doc, d - 1, "last") && !S_is(doc, d - 1, "first") && !S_is(doc, d - 1, "second"))
        d--;
    bool definite = d > 0 && (S_is(doc, d - 1, "the") || S_is(doc, d - 1, "this") || S_is(doc, d - 1, "that") ||
                              S_is(doc, d - 1, "their"));
    bool described_game = d < trig && d > 0 && (S_is(doc, d - 1, "a") || S_is(doc, d - 1, "an")) &&
                          strcmp(klass, "Game") == 0;
    if (definite || described_game) {
        for (size_t i = doc->nevent; i-- > 0;) {
            const ng_event *o = &doc->events[i];
            if (S_generic_class_of(klass) ? S_generic_class_of(o->klass) && o->end - o->start ==
                                                doc->toks[trig_end - 1].end - doc->toks[trig].start &&
                                                strncasecmp(o->trigger, doc->art->text + doc->toks[trig].start,
                                                            o->end - o->start) == 0
                : S_meeting_like(klass) ? S_meeting_like(o->klass)
                : S_deal_like(klass)    ? S_deal_like(o->klass)
                : S_legal_class(klass)  ? strcmp(o->klass, klass) == 0 && (S_same_stem(doc, o, trig) ||
                                                                        S_court_decision(doc, o, trig))
                                        : strcmp(o->klass, klass) == 0)
                return (int)i;
        }
    }
    return -1;
}

/* Does verb v take an object counted by a number above one ("lose two
 * finals", "won 20 matches"), or contests in the plural ("win consecutive
 * Super Bowls")? */
static bool S_counted_object(const ng_document *doc, size_t v)
{
    int obj = ng_dep_object(doc, v);
    int num = obj >= 0 ? ng_dep_child(doc, (size_t)obj, "nummod") : -1;
    /* (or a number right after the verb and words after it, which the
     * parse may read otherwise; not a score, "drew 1-1") */
    if (num < 0 && v + 2 < doc->ntok && !strcmp(ng_dep_upos(doc, v), "VERB") &&
        !strcmp(ng_dep_upos(doc, v + 1), "NUM") && !strchr(doc->toks[v + 1].lower, '-') &&
        (doc->toks[v + 2].flags & NG_TOK_WORD) && !S_is(doc, v + 2, "to") && !S_is(doc, v + 2, "-"))
        num = (int)v + 1;
    /* ("to win consecutive Super Bowls": contests in the plural) */
    if (obj >= 0 && S_listed(doc, (size_t)obj, "contest-plurals"))
        return true;
    if (num < 0)
        return false;
    const char *w = doc->toks[num].lower;
    return strcmp(w, "one") != 0 && strcmp(w, "1") != 0 && strcmp(w, "a") != 0;
}

/* Is the noun at k a plural a number counts ("10 points", "three
 * goals")? */
static bool S_counted_plural(const ng_document *doc, size_t k)
{
    const char *w = doc->toks[k].lower;
    size_t n = strlen(w);
    return k > 0 && n > 2 && w[n - 1] == 's' &&
           ((doc->toks[k - 1].flags & NG_TOK_NUM) || !strcmp(ng_dep_upos(doc, k - 1), "NUM"));
}

/* Is the trigger at trig a verb in the past after a noun, past a day
 * ("A Hong Kong court on Tuesday sentenced pro-democracy activist X": the
 * parse may read the verb as describing the noun after it, "the sentenced
 * activist")? */
static bool S_verb_after_subject(const ng_document *doc, size_t trig, size_t lo)
{
    size_t n = strlen(doc->toks[trig].lower);
    if (n < 4 || strcmp(doc->toks[trig].lower + n - 2, "ed") != 0)
        return false;
    size_t q = trig;
    if (q >= lo + 2 && ng_weekday_from_name(doc->toks[q - 1].lower) >= 0)
        q -= S_is(doc, q - 2, "on") ? 2 : 1;
    if (q <= lo)
        return false;
    const char *upos = ng_dep_upos(doc, q - 1);
    return !strcmp(upos, "NOUN") || !strcmp(upos, "PROPN");
}

/* Triggers the story does not report as an event of its own: quoted,
 * generic, describing a source, a purpose. */
static bool S_not_narrated(ng_document *doc, const event_site *at)
{
    size_t trig = at->trig;
    size_t lo = at->lo;
    const char *klass = at->klass;
    bool trig_quoted = at->quoted;
    /* what a speaker says happened is not the narrator's event */
    if (trig_quoted || S_generic(doc, trig, lo))
        return true;
    /* "the first man to lose two Grand Slam finals": games counted are
     * no one game */
    if (!strcmp(klass, "Game") && S_counted_object(doc, trig))
        return true;
    /* "averaging 10 points a game", "30 points per game": a rate's unit
     * after a counted plural names no one event */
    if (trig >= 2 && (S_is(doc, trig - 1, "a") || S_is(doc, trig - 1, "per") || S_is(doc, trig - 1, "each")) &&
        !strcmp(ng_dep_upos(doc, trig - 2), "NOUN") && S_counted_plural(doc, trig - 2))
        return true;
    /* "a 33-match winning streak", "a five-game series": a number and a
     * hyphen before the word count games, naming none */
    if (!strcmp(klass, "Game") && trig >= 2 && S_ch(doc, trig - 1) == '-' &&
        doc->toks[trig - 1].start == doc->toks[trig - 2].end && doc->toks[trig].start == doc->toks[trig - 1].end &&
        ((doc->toks[trig - 2].flags & NG_TOK_NUM) || !strcmp(ng_dep_upos(doc, trig - 2), "NUM")))
        return true;
    /* "people familiar with the talks", "a person briefed on the call":
     * the event describes a source, the sentence does not report it */
    {
        size_t k = trig;
        while (k > lo && (S_is(doc, k - 1, "the") || (doc->toks[k - 1].flags & NG_TOK_POSS) ||
                          ng_mention_at(doc, k - 1) >= 0 || S_is(doc, k - 1, "last") || S_is(doc, k - 1, "weekend") ||
                          S_is(doc, k - 1, "week") || S_is(doc, k - 1, "trade") || S_is(doc, k - 1, "recent")))
            k--;
        if (k >= lo + 2 && (S_is(doc, k - 1, "with") || S_is(doc, k - 1, "on") || S_is(doc, k - 1, "about") ||
                            S_is(doc, k - 1, "to")) &&
            (S_is(doc, k - 2, "familiar") || S_is(doc, k - 2, "briefed") || S_is(doc, k - 2, "close") ||
             S_is(doc, k - 2, "knowledge")))
            return true;
    }
    /* "It was the last club game for Toni Kroos": a noun said of "it",
     * the happening told already, is no event of its own (nor one said
     * of an event's word: "The final was the last game for Toni Kroos") */
    if (doc->dep_first && !strcmp(ng_dep_upos(doc, trig), "NOUN") && ng_dep_child(doc, trig, "cop") >= 0) {
        int subj = ng_dep_child(doc, trig, "nsubj");
        if (subj >= 0 && (S_is(doc, (size_t)subj, "it") || S_is(doc, (size_t)subj, "this") ||
                          S_is(doc, (size_t)subj, "that") || ng_lex_event_trigger(doc->lex, doc->toks[subj].lower) ||
                          S_listed(doc, (size_t)subj, "contest-stages")))
            return true;
    }
    /* "met protest leaders", "election officials said": a word of an
     * event before a noun for people it modifies names who they are, no
     * event told */
    /* (or with one word in lower case between) */
    int noun = at->trig_end == trig + 1 ? ng_dep_head(doc, trig) : -1;
    if (noun > (int)trig && noun <= (int)trig + 2 && !(doc->toks[noun].flags & NG_TOK_CAP) &&
        !(doc->toks[trig + 1].flags & (NG_TOK_CAP | NG_TOK_PUNCT | NG_TOK_POSS)) &&
        ng_lex_person_noun(doc->lex, doc->toks[noun].lower) && !S_verb_after_subject(doc, trig, lo))
        return true;
    /* "to protest against ...": a purpose, not an event (unless a crowd
     * gathered or marched for it: `crowd-verbs`) */
    /* (the verb over it: "marched through the capital Tbilisi to protest"
     * hangs from the capital in the parse) */
    int crowd = doc->dep_first ? ng_dep_head(doc, trig) : -1;
    for (int d = 0; crowd >= 0 && d < 2 && strcmp(ng_dep_upos(doc, (size_t)crowd), "VERB") != 0; d++)
        crowd = ng_dep_head(doc, (size_t)crowd);
    if (strcmp(klass, "Protest") == 0 && trig > 0 && S_is(doc, trig - 1, "to") &&
        !(crowd >= 0 && S_listed(doc, (size_t)crowd, "crowd-verbs")))
        return true;
    return false;
}

/* "on Monday, the third anniversary of Russia's full-scale invasion of
 * Ukraine": a happening's noun whose anniversary the sentence marks
 * (`anniversary-nouns`, "of" and the noun's possessor, determiners and
 * modifiers between) happened long before, elsewhere. */
static bool S_anniversary_of(const ng_document *doc, size_t trig)
{
    size_t np = trig;
    while (np > 0 && trig - np < 8 &&
           ((doc->toks[np - 1].flags & (NG_TOK_POSS | NG_TOK_CAP)) || ng_mention_at(doc, np - 1) >= 0 ||
            !strcmp(ng_dep_upos(doc, np - 1), "DET") || !strcmp(ng_dep_upos(doc, np - 1), "ADJ") ||
            !strcmp(ng_dep_upos(doc, np - 1), "PRON") || S_ch(doc, np - 1) == '-'))
        np--;
    return np >= 2 && S_is(doc, np - 1, "of") && S_listed(doc, np - 2, "anniversary-nouns");
}

static void S_event_modality(ng_document *doc, const event_site *at, ng_event *ev)
{
    size_t trig = at->trig;
    size_t lo = at->lo;
    /* (the words of the trigger before its last: "forces will withdraw";
     * not a negation the lexicon's phrase holds: "pleaded not guilty" is a
     * plea made) */
    size_t upto = at->trig_end > trig + 1 ? at->trig_end - 1 : trig;
    for (size_t k = trig + 1; k < at->trig_end; k++)
        if (S_is(doc, k, "not"))
            upto = trig;
    ev->modality = S_modality(doc, lo, upto);
    /* "after American troops leave Syria under Trump's announcement": a
     * noun phrase after "under", "after", "following" ... tells of
     * something that has happened, whatever the verb of the clause */
    {
        size_t np = trig;
        while (np > lo && ((doc->toks[np - 1].flags & (NG_TOK_POSS | NG_TOK_CAP)) || ng_mention_at(doc, np - 1) >= 0 ||
                           S_is(doc, np - 1, "the") || S_is(doc, np - 1, "this") || S_is(doc, np - 1, "last") ||
                           S_is(doc, np - 1, "a") || S_is(doc, np - 1, "an") ||
                           S_is(doc, np - 1, "his") || S_is(doc, np - 1, "her") || S_is(doc, np - 1, "their") ||
                           S_is(doc, np - 1, "its")))
            np--;
        /* "within weeks of an October news conference" */
        bool time_of = np >= lo + 2 && S_is(doc, np - 1, "of") &&
                       (S_is(doc, np - 2, "weeks") || S_is(doc, np - 2, "days") || S_is(doc, np - 2, "months") ||
                        S_is(doc, np - 2, "hours") || S_is(doc, np - 2, "years"));
        if (np < trig && np > lo &&
            (S_is(doc, np - 1, "under") || S_is(doc, np - 1, "after") || S_is(doc, np - 1, "following") ||
             S_is(doc, np - 1, "since") || S_is(doc, np - 1, "amid") || S_is(doc, np - 1, "despite") || time_of))
            ev->modality = S_modality(doc, np, trig);
        /* ("the third anniversary of Russia's full-scale invasion") */
        if (S_anniversary_of(doc, trig))
            ev->modality = NG_MOD_ASSERTED;
        /* "a Chinese attack on Taiwan could threaten Japan's survival": a
         * happening's noun with "a" that is the subject of a verb of
         * possibility (`possibility-modals`) has not happened (not "The
         * deal could be the beginning of ...", "talks could break down":
         * ones that are) */
        int verb = ng_dep_head(doc, trig), det = ng_dep_child(doc, trig, "det");
        bool indefinite = det >= 0 && (S_is(doc, (size_t)det, "a") || S_is(doc, (size_t)det, "an"));
        /* (not "a nuclear deal reached with Iran") */
        bool subject = verb >= 0 && !strncmp(ng_dep_rel(doc, trig), "nsubj", 5) &&
                       !strcmp(ng_dep_upos(doc, trig), "NOUN") && ng_dep_child(doc, trig, "acl") < 0;
        int modal = subject && indefinite ? ng_dep_child(doc, (size_t)verb, "aux") : -1;
        if (ev->modality == NG_MOD_ASSERTED && modal > (int)trig && S_listed(doc, (size_t)modal, "possibility-modals"))
            ev->modality = NG_MOD_HYPOTHETICAL;
    }
    /* "the Warriors host the Suns on Friday", "Spain plays Russia": a
     * game written in the present is one on the schedule */
    size_t n = strlen(doc->toks[trig].lower);
    if (ev->modality == NG_MOD_ASSERTED && !strcmp(ev->klass, "Game") && S_listed(doc, trig, "game-verbs") &&
        n > 2 && strcmp(doc->toks[trig].lower + n - 2, "ed") != 0 && ng_dep_child(doc, trig, "aux") < 0 &&
        doc->art->paras[doc->toks[trig].para].kind != NG_PARA_HEADING)
        ev->modality = NG_MOD_PLANNED;
    /* "agreed to pay $490 million to settle a class action lawsuit": what
     * a verb that ends a proceeding (`settling-verbs`) takes is one that
     * exists, whatever is planned for it */
    int verb = doc->dep_first && !strcmp(ng_dep_upos(doc, trig), "NOUN") && !strcmp(ng_dep_rel(doc, trig), "obj")
                   ? ng_dep_head(doc, trig)
                   : -1;
    if (verb >= 0 && !strcmp(ev->klass, "LegalAction") && S_listed(doc, (size_t)verb, "settling-verbs"))
        ev->modality = NG_MOD_ASSERTED;
}

/* "The summit's host, Egyptian Foreign Minister Sameh Shoukry,": the
 * person set off after an event's possessive and a noun for its host
 * (`host-nouns`), from token k on; the actor or -1. */
static int S_host_named_after(const ng_document *doc, size_t k, size_t hi)
{
    if (k + 3 >= hi || !(doc->toks[k].flags & NG_TOK_POSS) || !S_listed(doc, k + 1, "host-nouns") ||
        S_ch(doc, k + 2) != ',')
        return -1;
    for (size_t q = k + 3; q < hi && q < k + 9; q++) {
        int m = ng_mention_at(doc, q);
        if (m >= 0)
            return doc->mentions[m].type == NG_ACTOR_PERSON ? doc->mentions[m].actor : -1;
        if (doc->toks[q].flags & NG_TOK_PUNCT)
            return -1;
    }
    return -1;
}

static int S_actor_of(const ng_document *doc, size_t tok);

/* The actor who calls the meeting at trig: the subject of a convening
 * verb whose object it is; -1 if none. */
static int S_convener(const ng_document *doc, size_t trig)
{
    int v = doc->dep_first ? ng_dep_head(doc, trig) : -1;
    if (v < 0 || strcmp(ng_dep_rel(doc, trig), "obj") != 0 || !S_listed(doc, (size_t)v, "convening-verbs"))
        return -1;
    /* (or the name right before the verb, whatever the parse hung it from) */
    int subject = ng_dep_subject(doc, (size_t)v);
    if (subject < 0 && v > 0 && ng_mention_at(doc, (size_t)v - 1) >= 0)
        subject = v - 1;
    int a = subject >= 0 && subject < v ? S_actor_of(doc, (size_t)subject) : -1;
    /* (a town calls no meeting; a country's government may) */
    return a >= 0 && !(doc->actors[a].type == NG_ACTOR_PLACE && doc->actors[a].place_kind != NG_PLACE_COUNTRY) ? a
                                                                                                               : -1;
}

static void S_event_organizer(ng_document *doc, const event_site *at, ng_event *ev)
{
    size_t trig = at->trig;
    size_t trig_end = at->trig_end;
    size_t lo = at->lo;
    size_t hi = at->hi;
    const char *klass = at->klass;
    /* organizer: "hosted by [the] [Washington-based] X", "organized by X"
     * (of a gathering, a show or a game, or of a noun with no verb
     * between, a few words after its word: not "agreed to resume talks on
     * a treaty, the ministers said after a meeting in Washington hosted by
     * X", the meeting's alone) */
    bool hosted = S_meeting_like(klass) || !strcmp(klass, "Performance") || !strcmp(klass, "Game") ||
                  !strcmp(klass, "Award") || !strcmp(ng_dep_upos(doc, trig), "NOUN");
    for (size_t k = trig_end; hosted && k + 1 < hi && k < trig_end + 8; k++) {
        if (!S_meeting_like(klass) && (!strcmp(ng_dep_upos(doc, k), "VERB") || !strcmp(ng_dep_upos(doc, k), "AUX")) &&
            !S_is(doc, k, "hosted") && !S_is(doc, k, "organized") && !S_is(doc, k, "organised") &&
            !S_is(doc, k, "sponsored"))
            break;
        if ((S_is(doc, k, "hosted") || S_is(doc, k, "organized") || S_is(doc, k, "organised") ||
             S_is(doc, k, "sponsored")) && S_is(doc, k + 1, "by")) {
            for (size_t q = k + 2; q < hi && q < k + 6; q++) {
                int m = ng_mention_at(doc, q);
                if (m >= 0 && doc->mentions[m].actor >= 0) {
                    ev->organizer = doc->mentions[m].actor;
                    break;
                }
            }
            break;
        }
    }
    /* "The summit's host, Egyptian Foreign Minister Sameh Shoukry,": the
     * organizer, who takes part */
    int host = ev->organizer < 0 ? S_host_named_after(doc, trig_end, hi) : -1;
    if (host >= 0) {
        ev->organizer = host;
        S_add_attendee(doc, ev, host);
    }
    /* "Koirala called an emergency meeting of his cabinet", "convened
     * talks": who calls a meeting (`convening-verbs`, the meeting its
     * object) holds it and takes part (not a speech: "called her remarks
     * a disgrace") */
    static const char *const convened[] = {"Talks",         "Consultation",    "Meeting",    "Summit",  "Seminar",
                                           "PressBriefing", "PressConference", "Conference", "Hearing", "Call",
                                           NULL};
    int caller = ev->organizer < 0 && ng_word_in(klass, convened) ? S_convener(doc, trig) : -1;
    if (caller >= 0) {
        ev->organizer = caller;
        S_add_attendee(doc, ev, caller);
    }
    /* "talks mediated by Qatar, Egypt and the United States": the
     * mediators take part */
    for (size_t k = trig_end; k + 2 < hi && k < trig_end + 3; k++) {
        if (!(S_is(doc, k, "mediated") || S_is(doc, k, "brokered")) || !S_is(doc, k + 1, "by"))
            continue;
        for (size_t q = k + 2; q < hi;) {
            int m = ng_mention_at(doc, q);
            if (m >= 0 && doc->mentions[m].actor >= 0) {
                S_add_attendee(doc, ev, doc->mentions[m].actor);
                q = doc->mentions[m].tok_end;
            } else if (S_ch(doc, q) == ',' || S_is(doc, q, "and") || S_is(doc, q, "the")) {
                q++;
            } else {
                break;
            }
        }
        break;
    }
    /* "testified before the House Intelligence Committee": the body that
     * holds a hearing hosts it */
    if (strcmp(klass, "Hearing") == 0 && ev->organizer < 0) {
        for (size_t k = trig_end; k + 1 < hi && ev->organizer < 0; k++) {
            if (!S_is(doc, k, "before"))
                continue;
            size_t q = k + 1;
            if (S_is(doc, q, "the"))
                q++;
            while (q < hi && q < k + 4 && ng_mention_at(doc, q) < 0 && !(doc->toks[q].flags & NG_TOK_PUNCT))
                q++; /* "before the powerful House Committee" */
            int m = q < hi ? ng_mention_at(doc, q) : -1;
            if (m >= 0 && doc->mentions[m].actor >= 0 && doc->mentions[m].type == NG_ACTOR_ORG)
                ev->organizer = doc->mentions[m].actor;
            break;
        }
    }
    /* "The police had invited X", "Austria will invite ...": who invites
     * hosts */
    bool passive = trig > lo && S_be_form(doc, trig - 1);
    if (strcmp(klass, "Invitation") == 0 && ev->organizer < 0 && !passive) {
        for (size_t k = trig; k-- > lo && ev->organizer < 0;) {
            int m = ng_mention_at(doc, k);
            /* (a town invites no one: "hoped to visit Hiroshima and
             * invited Ishiba") */
            const ng_actor *who = m >= 0 && doc->mentions[m].actor >= 0 ? &doc->actors[doc->mentions[m].actor] : NULL;
            bool town = who && who->type == NG_ACTOR_PLACE && who->place_kind != NG_PLACE_COUNTRY;
            if (who && who->type != NG_ACTOR_PERSON && !town && !S_located(doc, &doc->mentions[m]) &&
                !S_origin(doc, &doc->mentions[m]))
                ev->organizer = doc->mentions[m].actor;
            else if (m < 0)
                ev->organizer = ng_org_described(doc, k);
        }
    }
}

/* The place named right before an apposition that ends at the comma at
 * token comma ("the Istiqlal Mosque, the largest in Southeast Asia,"); -1
 * if none. */
static int S_place_before_apposition(const ng_document *doc, size_t lo, size_t comma)
{
    size_t c = comma;
    while (c-- > lo && c + 12 > comma) {
        if (!(doc->toks[c].flags & NG_TOK_PUNCT))
            continue;
        if (S_ch(doc, c) != ',' || c + 2 >= comma || c == lo ||
            !(S_is(doc, c + 1, "the") || S_is(doc, c + 1, "a") || S_is(doc, c + 1, "an")))
            return -1;
        int m = ng_mention_at(doc, c - 1);
        const ng_mention *mm = m >= 0 ? &doc->mentions[m] : NULL;
        return mm && mm->tok_end == c && mm->type == NG_ACTOR_PLACE && mm->actor >= 0 && !mm->metonym ? mm->actor
                                                                                                   : -1;
    }
    return -1;
}

/* "flew to Khartoum, where he held talks": a trigger after "<place>,
 * where" in its sentence (no other clause mark between; a time may follow
 * the place) happens at that place; -1 if not, else *where_at is the
 * token of "where". (The parser often reads such a clause as a second
 * verb of the sentence, so the words decide.) */
static int S_where_clause_place(const ng_document *doc, size_t trig, bool *apposed, size_t *where_at)
{
    *apposed = false;
    size_t lo = doc->sents[doc->toks[trig].sent].tok_start;
    for (size_t k = trig; k-- > lo + 1;) {
        if (S_ch(doc, k) == ';' || S_ch(doc, k) == ':')
            return -1;
        if (!S_is(doc, k, "where"))
            continue;
        if (S_ch(doc, k - 1) != ',' || k < lo + 2)
            return -1;
        *where_at = k;
        /* ("the Istiqlal Mosque, the largest in Southeast Asia, where":
         * the place before an apposition) */
        int before = S_place_before_apposition(doc, lo, k - 1);
        *apposed = before >= 0;
        if (before >= 0)
            return before;
        /* the place, or the place and a time after it ("to Khartoum on
         * Sunday, where") */
        for (size_t q = k - 1; q-- > lo && q + 6 > k;) {
            if (doc->toks[q].flags & NG_TOK_PUNCT)
                return -1;
            int m = ng_mention_at(doc, q);
            if (m < 0)
                continue;
            const ng_mention *mm = &doc->mentions[m];
            return mm->type == NG_ACTOR_PLACE && mm->actor >= 0 && !mm->metonym ? mm->actor : -1;
        }
        return -1;
    }
    return -1;
}

/* Does the place a found for the trigger at trig stand where the clause
 * "where" (at token w) opens would put it: is the place before ", where"
 * a itself or the state or country after it ("Concord, N.H., where")? Or
 * has the clause ended before the trigger (a comma between: "Israel,
 * where he met reporters, before heading to Germany to discuss")? */
static bool S_where_clause_agrees(const ng_document *doc, size_t w, size_t trig, int a)
{
    for (size_t k = w + 1; k < trig; k++)
        if (S_ch(doc, k) == ',')
            return true;
    int m = a >= 0 && w >= 2 ? ng_mention_at(doc, w - 2) : -1;
    if (m < 0)
        return false;
    size_t b = doc->mentions[m].tok_start;
    int before = b >= 2 && S_ch(doc, b - 1) == ',' ? ng_mention_at(doc, b - 2) : -1;
    return doc->mentions[m].actor == a || (before >= 0 && doc->mentions[before].actor == a);
}

/* "..., Commissioner Bob Jacobson said": where the parse reads no
 * subject for verb of saying v, the name right before it, back to the
 * comma before its title; the token after that comma, or lo if none. */
static size_t S_named_teller_from(const ng_document *doc, size_t v, size_t lo)
{
    int named = v > lo ? ng_mention_at(doc, v - 1) : -1;
    if (named < 0)
        return lo;
    size_t c = doc->mentions[named].tok_start;
    while (c > lo && S_ch(doc, c - 1) != ',' && S_ch(doc, c - 1) != '.')
        c--;
    return c > lo && S_ch(doc, c - 1) == ',' ? c : lo;
}

/* The nearest relative clause (its verb) over token k, or -1. */
static int S_relative_clause_over(const ng_document *doc, size_t k)
{
    if (!doc->dep_first)
        return -1;
    for (int d = 0, t = (int)k; d < 12 && t >= 0; d++, t = ng_dep_head(doc, (size_t)t))
        if (!strcmp(ng_dep_rel(doc, (size_t)t), "acl:relcl"))
            return t;
    return -1;
}

/* Is token k inside a relative clause the trigger is not in ("Kariko,
 * who was born in Hungary, worked at the University of Pennsylvania,
 * where she met Weissman": the clause tells of a person, not of where
 * the meeting was)? */
static bool S_in_relative_clause_apart(const ng_document *doc, size_t k, size_t trig)
{
    int t = S_relative_clause_over(doc, k);
    if (t < 0)
        return false;
    size_t lo, hi;
    ng_dep_phrase(doc, (size_t)t, &lo, &hi);
    return trig < lo || trig >= hi;
}

/* Is token k inside a relative clause on a noun set off after a comma,
 * the trigger apart ("met Putin, a trip that drew criticism from
 * Zelenskiy": the clause judges the event, its names take no part; not "a
 * meeting Zelenskiy wanted with Trump", nor a relative clause the parse
 * may have misread elsewhere)? */
static bool S_in_apposed_relative_clause(const ng_document *doc, size_t k, size_t trig)
{
    int t = S_relative_clause_over(doc, k);
    int h = t >= 0 ? ng_dep_head(doc, (size_t)t) : -1;
    if (h < 0 || h <= (int)trig || strcmp(ng_dep_upos(doc, (size_t)h), "NOUN") != 0)
        return false;
    size_t q = (size_t)h;
    while (q > 0 && q + 4 > (size_t)h &&
           (!strcmp(ng_dep_upos(doc, q - 1), "DET") || !strcmp(ng_dep_upos(doc, q - 1), "ADJ")))
        q--;
    /* (the clause comes after its noun, so a trigger before the noun is
     * outside it) */
    return q < (size_t)h && q > 0 && S_ch(doc, q - 1) == ',';
}

/* Does the parse hang token k below the trigger through a verb of its
 * own ("a visit aimed at easing ... Russia's war in Ukraine": Ukraine is
 * where the war is, not the visit), or in a subordinate clause after the
 * trigger that the trigger is not in? */
static bool S_below_another_verb(const ng_document *doc, size_t k, size_t trig)
{
    if (!doc->dep_first)
        return false;
    bool verb = false, subordinate = false;
    for (int d = 0, t = (int)k; d < 12 && t >= 0; d++) {
        if (t == (int)trig)
            return verb;
        if (t != (int)k && !strcmp(ng_dep_upos(doc, (size_t)t), "VERB")) {
            verb = true;
            /* (a clause of its own on the way up, the trigger outside it:
             * "their first meeting since the war in Gaza began") */
            subordinate = subordinate || (!strcmp(ng_dep_rel(doc, (size_t)t), "advcl") &&
                                          ng_dep_child(doc, (size_t)t, "mark") >= 0 && (size_t)t > trig);
        }
        t = ng_dep_head(doc, (size_t)t);
    }
    return subordinate;
}

static bool S_below(const ng_document *doc, size_t t, size_t top);

/* "discussed the situation on the Korean Peninsula and the war in
 * Ukraine": a place inside what talks are about (the object of a verb of
 * talking) is no place they are held. */
static bool S_in_topic(const ng_document *doc, const ng_mention *mm, size_t trig, const char *klass)
{
    /* (nor a place inside what a thing named is about, for any event:
     * "won the prize for "The Salt Road," a novel about a family in
     * Lagos") */
    if (doc->dep_first) {
        int up = (int)ng_dep_span_head(doc, mm->tok_start, mm->tok_end);
        for (int steps = 0; up >= 0 && up != (int)trig && steps < 8; steps++, up = ng_dep_head(doc, (size_t)up)) {
            int c = ng_dep_child(doc, (size_t)up, "case");
            if (c >= 0 && S_is(doc, (size_t)c, "about"))
                return true;
        }
    }
    int object = doc->dep_first && !strcmp(klass, "Talks") && !strcmp(ng_dep_upos(doc, trig), "VERB")
                     ? ng_dep_object(doc, trig)
                     : -1;
    if (object < 0)
        return false;
    size_t head = ng_dep_span_head(doc, mm->tok_start, mm->tok_end);
    return head != (size_t)object && S_below(doc, head, (size_t)object);
}

/* "John Jumper of Google DeepMind in London won": a place before the
 * event's word that says where a body named right before it is, inside
 * the subject, not where the event happened. */
static bool S_body_placed_before(const ng_document *doc, const ng_mention *mm, size_t trig)
{
    size_t b = mm->tok_start;
    if (mm->tok_end > trig || b < 2 || !ng_tok_is(doc, b - 1, "in"))
        return false;
    int owner = ng_mention_at(doc, b - 2);
    if (owner < 0 || doc->mentions[owner].tok_end != b - 1 || doc->mentions[owner].type != NG_ACTOR_ORG)
        return false;
    /* (the body someone is "of" or works "at": not a venue, "At Liberty
     * University in Lynchburg, Trump addressed", "At the annual meeting
     * of the Republican Governors Association in Colorado") */
    size_t o = doc->mentions[owner].tok_start;
    if (o >= 1 && ng_tok_is(doc, o - 1, "the"))
        o--;
    if (o < 2 || !(ng_tok_is(doc, o - 1, "of") || ng_tok_is(doc, o - 1, "at")))
        return false;
    /* (after a common noun, "a professor at", or a person's name, "John
     * Jumper of"; not "Tuesday at Baldwin Wallace University") */
    int person = ng_mention_at(doc, o - 2);
    bool named = person >= 0 && doc->mentions[person].type == NG_ACTOR_PERSON && ng_tok_is(doc, o - 1, "of");
    return named || (!strcmp(ng_dep_upos(doc, o - 2), "NOUN") && !(doc->toks[o - 2].flags & NG_TOK_CAP) &&
                     !ng_lex_event_trigger(doc->lex, doc->toks[o - 2].lower));
}

/* The place a gathering noun at token n ("summit", or "sidelines" of
 * one) has in the parse ("the summit in Kazan"), looking down depth
 * nouns; -1 when none. */
static int S_gathering_place(const ng_document *doc, size_t n, int depth)
{
    if (!ng_lex_event_trigger(doc->lex, doc->toks[n].lower) && !S_is(doc, n, "sidelines"))
        return -1;
    for (int c = doc->dep_first[n]; c >= 0; c = doc->dep_next[c]) {
        if (strcmp(ng_dep_rel(doc, (size_t)c), "nmod") != 0)
            continue;
        int m = ng_mention_at(doc, (size_t)c);
        if (m >= 0 && doc->mentions[m].type == NG_ACTOR_PLACE && doc->mentions[m].actor >= 0 &&
            S_located(doc, &doc->mentions[m]))
            return doc->mentions[m].actor;
        int below = depth > 0 ? S_gathering_place(doc, (size_t)c, depth - 1) : -1;
        if (below >= 0)
            return below;
    }
    return -1;
}

/* The word the trigger [trig, trig_end) hangs from in the parse, past
 * its own words ("news conference"), or -1. */
static int S_governor(const ng_document *doc, size_t trig, size_t trig_end)
{
    int gov = doc->dep_first ? ng_dep_head(doc, trig) : -1;
    while (gov >= (int)trig && gov < (int)trig_end)
        gov = ng_dep_head(doc, (size_t)gov);
    return gov;
}

/* "the Paris attacks", "the Warsaw summit": a town or region that
 * modifies the event's word is where it happens (a country acts: "the
 * Ukraine war"; so does a capital standing for one). */
static bool S_names_where(const ng_document *doc, size_t m, size_t dep)
{
    const ng_mention *mm = &doc->mentions[m];
    int noun = ng_dep_head(doc, dep);
    /* (not a person's noun: "the Kentucky Republican", "Cook County
     * prosecutors" say whom the place is, not where) */
    if (noun < 0 || strcmp(ng_dep_rel(doc, dep), "compound") != 0 || (doc->toks[noun].flags & NG_TOK_CAP) ||
        ng_lex_person_noun(doc->lex, doc->toks[noun].lower))
        return false;
    return mm->actor >= 0 && !mm->metonym && doc->actors[mm->actor].type == NG_ACTOR_PLACE &&
           doc->actors[mm->actor].place_kind != NG_PLACE_COUNTRY;
}

/* "won the Nobel Peace Prize for his work, died on Sunday at his home in
 * Plains": where a verb in the past or present after a comma or "and"
 * opens a clause of its own after trigger trig, before hi, the place
 * after it is that clause's; hi when there is none. */
static size_t S_next_clause_verb(const ng_document *doc, size_t trig, size_t hi)
{
    bool joined = false;
    for (size_t k = trig + 1; k < hi; k++) {
        joined = joined || S_is(doc, k, ",") || S_is(doc, k, "and") || S_is(doc, k, "but");
        /* (or one with helpers of its own: "and will be presented to fans
         * at the Estadio Norte") */
        bool helped = ng_dep_child(doc, k, "aux") > (int)trig;
        if (joined && (ng_dep_finite(doc, k) || helped) && !strcmp(ng_dep_upos(doc, k), "VERB"))
            return k;
    }
    return hi;
}

/* Does word list `list` hold event class klass (folded: "Acquisition"
 * is listed as "acquisition")? */
static bool S_class_listed(const ng_document *doc, const char *klass, const char *list)
{
    char folded[32];
    return ng_fold_ascii(klass, strlen(klass), folded, sizeof folded) && ng_lex_listed(doc->lex, list, folded);
}

/* "the Paris attacks", "the Warsaw summit": the mention of a town or
 * region that the parse hangs from an event's noun as a compound, or -1
 * (the event is named by where it happened; `town-named-events` lists the
 * classes so named). */
static int S_town_named_event(const ng_document *doc, size_t trig, const char *klass)
{
    /* (a hearing or a deal named so is about the place: "the Benghazi
     * hearing") */
    if (!doc->dep_first || strcmp(ng_dep_upos(doc, trig), "NOUN") != 0 ||
        !S_class_listed(doc, klass, "town-named-events"))
        return -1;
    for (int c = doc->dep_first[trig]; c >= 0; c = doc->dep_next[c]) {
        int m = ng_mention_at(doc, (size_t)c);
        if (m >= 0 && c < (int)trig && S_names_where(doc, (size_t)m, (size_t)c))
            return m;
    }
    return -1;
}

/* "in the Black Sea resort of Sochi": a place before a noun for a
 * settlement and "of" says where the settlement named after it lies,
 * which is the place. */
static bool S_settlement_named_after(const ng_document *doc, const ng_mention *mm, size_t hi)
{
    size_t e = mm->tok_end;
    int after = e + 2 < hi && S_is(doc, e + 1, "of") ? ng_mention_at(doc, e + 2) : -1;
    return after >= 0 && doc->mentions[after].type == NG_ACTOR_PLACE &&
           ng_lex_listed(doc->lex, "settlement-nouns", doc->toks[e].lower);
}

/* "won the title ..., eight years after her first in Rio de Janeiro": a
 * word that opens a time clause (`time-clause-openers`) between the
 * trigger's end and token to, with no verb after it, says where another
 * happening was. */
static bool S_in_earlier_happening(const ng_document *doc, size_t trig_end, size_t to)
{
    bool opened = false;
    for (size_t k = trig_end; k < to; k++) {
        if (S_listed(doc, k, "time-clause-openers"))
            opened = true;
        else if (!strcmp(ng_dep_upos(doc, k), "VERB") || ng_dep_finite(doc, k))
            opened = false;
    }
    return opened;
}

static void S_event_place(ng_document *doc, const event_site *at, ng_event *ev)
{
    size_t trig = at->trig;
    /* (an anniversary's happening is not where the sentence is) */
    if (S_anniversary_of(doc, trig))
        return;
    size_t trig_end = at->trig_end;
    size_t lo = at->lo;
    size_t hi = at->hi;
    const char *klass = at->klass;
    const ng_sentence *s = at->s;
    bool trig_quoted = at->quoted;
    /* place: "in Moscow" in the clause, the one nearest the trigger (after
     * it first), else a fronted "In Beijing,". "at Vietnam's party
     * headquarters" is not in Vietnam as a place of its own; "to X" is
     * where a visit or a deployment goes, not where a meeting is. */
    {
        bool motion = !strcmp(klass, "Visit") || !strcmp(klass, "Deployment") || !strcmp(klass, "Invitation");
        size_t best_dist = (size_t)-1;
        /* ("The violence spread to jails in Latacunga, the agency said in
         * a statement": what is told before the teller is no place of the
         * telling) */
        size_t told_from = lo;
        int gov = S_governor(doc, trig, trig_end);
        int teller = gov >= 0 && gov < (int)trig && ng_lex_speech_verb(doc->lex, doc->toks[gov].lower) == 1
                         ? ng_dep_subject(doc, (size_t)gov)
                         : -1;
        /* (only what the teller's verb reports before them: not "In
         * Honolulu last week, he told a meeting ...") */
        int content = teller >= 0 ? ng_dep_child(doc, (size_t)gov, "ccomp") : -1;
        size_t ps = 0, pe = 0;
        if (teller >= 0)
            ng_dep_phrase(doc, (size_t)teller, &ps, &pe);
        /* (the teller's words back to a comma: "the prison agency SNAI") */
        size_t c = ps;
        while (teller >= 0 && c > lo && c + 6 > ps && !(doc->toks[c - 1].flags & NG_TOK_PUNCT))
            c--;
        if (teller >= 0 && c > lo && S_ch(doc, c - 1) == ',')
            ps = c;
        /* (the parse may hang the telling after a comma from the words
         * told) */
        const char *rel = gov >= 0 ? ng_dep_rel(doc, (size_t)gov) : "";
        /* (or as a clause of its own with no word opening it: "will go
         * on sale in the United States, Zuckerberg said at the company's
         * conference") */
        if (teller >= 0 && content < 0 && ps > 0 && S_ch(doc, ps - 1) == ',' &&
            (!strcmp(rel, "parataxis") || !strcmp(rel, "conj") ||
             (!strcmp(rel, "advcl") && ng_dep_child(doc, (size_t)gov, "mark") < 0)))
            content = ng_dep_head(doc, (size_t)gov);
        if (teller >= (int)lo && content >= 0 && content < teller)
            told_from = ps > lo ? ps : lo;
        /* (or the parse gives the telling no subject: "..., Commissioner
         * Bob Jacobson said at a news conference": the named teller after
         * the comma before the verb) */
        if (teller < 0 && gov > (int)lo && gov < (int)trig &&
            ng_lex_speech_verb(doc->lex, doc->toks[gov].lower) == 1) {
            size_t named = S_named_teller_from(doc, (size_t)gov, lo);
            if (named > told_from)
                told_from = named;
        }
        size_t place_hi = S_next_clause_verb(doc, trig_end - 1, hi);
        for (size_t m = ng_mention_lower_bound(doc, (uint32_t)lo); m < doc->nmention && doc->mentions[m].tok_start < hi; m++) {
            const ng_mention *mm = &doc->mentions[m];
            if (mm->tok_start < told_from || mm->tok_end > place_hi || mm->actor < 0 || mm->type != NG_ACTOR_PLACE ||
                mm->metonym)
                continue;
            if (!S_located(doc, mm) || (mm->tok_end < hi && (doc->toks[mm->tok_end].flags & NG_TOK_POSS)) ||
                S_in_quote(doc, mm->tok_start, lo) != trig_quoted || S_below_another_verb(doc, mm->tok_start, trig) ||
                S_body_placed_before(doc, mm, trig) || S_in_topic(doc, mm, trig, klass) ||
                S_settlement_named_after(doc, mm, hi) || S_in_relative_clause_apart(doc, mm->tok_start, trig) ||
                S_in_earlier_happening(doc, trig_end, mm->tok_start))
                continue;
            size_t k = mm->tok_start;
            while (k > 0 && (S_is(doc, k - 1, "the") || (doc->toks[k - 1].flags & NG_TOK_POSS) ||
                             S_is(doc, k - 1, "city") || S_is(doc, k - 1, "country") || S_is(doc, k - 1, "capital")))
                k--;
            /* (but "will travel to Tokyo next month for a summit": the
             * destination of a word of motion before the trigger) */
            if (k > 0 && S_is(doc, k - 1, "to") && !motion && !S_destination(doc, mm, trig))
                continue;
            size_t dist = mm->tok_start >= trig_end ? mm->tok_start - trig_end : 1000 + (trig - mm->tok_end);
            if (dist < best_dist) {
                best_dist = dist;
                ev->location = mm->actor;
            }
        }
        /* ("the Istiqlal Mosque, the largest in Southeast Asia, where he
         * will sign": "where" names the place over one named before the
         * trigger in the apposition) */
        /* (and a place the clause's own words set aside: "traveled to
         * Kyiv from Poland, where he met Donald Tusk") */
        /* (not a city's state or country after the city: "in Concord,
         * N.H., where") */
        bool apposed;
        size_t where_at = 0;
        int where = best_dist >= 1000 ? S_where_clause_place(doc, trig, &apposed, &where_at) : -1;
        if (where >= 0 && (apposed || !S_where_clause_agrees(doc, where_at, trig, ev->location)))
            ev->location = where;
    }
    /* "visited Washington", "visited the Umayyad Mosque": the place
     * visited, before any place a preposition names ("will also visit the
     * Istiqlal Mosque, the largest in Southeast Asia") */
    if (!strcmp(klass, "Visit") && trig_end < hi) {
        size_t q = trig_end + (trig_end + 1 < hi && S_is(doc, trig_end, "the"));
        /* ("visited the town of Paiporta") */
        if (q + 2 < hi && ng_lex_listed(doc->lex, "settlement-nouns", doc->toks[q].lower) && S_is(doc, q + 1, "of"))
            q += 2;
        int m = ng_mention_at(doc, q);
        /* (the whole of what is visited: not "the Pennsylvania National
         * Horse Show") */
        size_t e = m >= 0 ? doc->mentions[m].tok_end : 0;
        if (m >= 0 && doc->mentions[m].tok_start == q && doc->mentions[m].actor >= 0 &&
            doc->mentions[m].type == NG_ACTOR_PLACE && !(e < hi && (doc->toks[e].flags & NG_TOK_CAP)))
            ev->location = doc->mentions[m].actor;
    }
    /* "troops leave Iraq", "withdraw from Syria": the place left */
    if (!strcmp(klass, "Deployment") && trig_end < hi) {
        size_t q = trig_end;
        if (S_is(doc, q, "from") && q + 1 < hi)
            q++;
        int m = ng_mention_at(doc, q);
        if (m >= 0 && doc->mentions[m].tok_start == q && doc->mentions[m].actor >= 0 &&
            doc->mentions[m].type == NG_ACTOR_PLACE)
            ev->location = doc->mentions[m].actor;
    }
    /* "met on the sidelines of the BRICS summit in Kazan", "met at the
     * summit in Kazan": the place of the gathering the meeting is held
     * at, which the window of the trigger stops short of */
    for (int c = doc->dep_first && ev->location < 0 && S_meeting_like(klass) ? doc->dep_first[trig] : -1;
         c >= 0 && ev->location < 0; c = doc->dep_next[c])
        if (!strcmp(ng_dep_rel(doc, (size_t)c), "obl"))
            ev->location = S_gathering_place(doc, (size_t)c, 2);
    if (ev->location < 0 && S_is(doc, s->tok_start, "in")) {
        int m = ng_mention_at(doc, s->tok_start + 1);
        if (m >= 0 && doc->mentions[m].type == NG_ACTOR_PLACE && doc->mentions[m].actor >= 0 &&
            S_ch(doc, doc->mentions[m].tok_end) == ',')
            ev->location = doc->mentions[m].actor;
    }
    bool apposed;
    size_t where_at;
    if (ev->location < 0)
        ev->location = S_where_clause_place(doc, trig, &apposed, &where_at);
    int town = ev->location < 0 ? S_town_named_event(doc, trig, klass) : -1;
    if (town >= 0)
        ev->location = doc->mentions[town].actor;
}

/* Does verb k judge an event ("condemned the attack") or look into one
 * ("to investigate the crash")? Its subject takes no part in it. */
static bool S_judges(const ng_document *doc, size_t k)
{
    return S_listed(doc, k, "judging-verbs") || S_listed(doc, k, "investigating-verbs");
}

/* The verb of saying whose reported clause holds token tok ("told the
 * court that the attack had been ordered"), or the verb of judging whose
 * object it is ("called the shooting an unspeakable tragedy", "condemned
 * the attack"), or -1. */
static int S_reporting_verb_over(const ng_document *doc, size_t tok)
{
    size_t t = tok;
    int judge = doc->dep_first ? ng_dep_head(doc, tok) : -1;
    /* (the parser may read "called the shooting a tragedy" as a verb's
     * complement) */
    if (judge >= 0 && (!strcmp(ng_dep_rel(doc, tok), "obj") || !strcmp(ng_dep_rel(doc, tok), "xcomp")) &&
        (S_judges(doc, (size_t)judge) || S_listed(doc, (size_t)judge, "defending-verbs")))
        return judge;
    /* (or reads the sentence so that neither holds: "X, director of Y,
     * called the ruling a victory"; the words alone say it) */
    if (tok >= 2 && (S_is(doc, tok - 1, "the") || S_is(doc, tok - 1, "this") || S_is(doc, tok - 1, "that")) &&
        doc->toks[tok - 2].sent == doc->toks[tok].sent && S_judges(doc, tok - 2))
        return (int)tok - 2;
    for (int d = 0; d < 8 && doc->dep_first; d++) {
        int h = ng_dep_head(doc, t);
        if (h < 0)
            return -1;
        if (!strcmp(ng_dep_rel(doc, t), "ccomp") && doc->toks[h].lower &&
            ng_lex_speech_verb(doc->lex, doc->toks[h].lower) == 1)
            return h;
        t = (size_t)h;
    }
    return -1;
}

/* "opened an investigation into the cause of the crash", "are
 * investigating the crash": the inquiry's word (`inquiry-words`) a
 * happening's noun is below before any other verb, or -1; who inquires
 * did not do it, whom it looks into may have ("investigate Clinton for
 * perjury"). */
static int S_inquiry_over(const ng_document *doc, size_t trig)
{
    if (!doc->dep_first || strcmp(ng_dep_upos(doc, trig), "NOUN"))
        return -1;
    size_t t = trig;
    for (int d = 0; d < 4; d++) {
        int h = ng_dep_head(doc, t);
        if (h < 0)
            return -1;
        if (S_listed(doc, (size_t)h, "inquiry-words"))
            return h;
        if (strcmp(ng_dep_upos(doc, (size_t)h), "NOUN"))
            return -1;
        t = (size_t)h;
    }
    return -1;
}

/* Is mention m, coordinated with the agent, another actor doing the
 * same: one of the agent's type, or a country or body beside a country
 * or body ("Israel and Hamas agreed"); not a person beside a body. */
static bool S_acts_with(const ng_document *doc, int m, int agent)
{
    int a = doc->mentions[m].actor;
    if (a < 0)
        return false;
    int t = doc->actors[a].type, u = doc->actors[agent].type;
    if (t == u)
        return true;
    bool body = t == NG_ACTOR_ORG || (t == NG_ACTOR_PLACE && S_can_act(doc, a, doc->mentions[m].metonym));
    bool agent_body = u == NG_ACTOR_ORG || (u == NG_ACTOR_PLACE && S_can_act(doc, agent, false));
    return body && agent_body;
}

/* "its purchase of video game maker Activision Blizzard", "a merger with
 * X": what a deal noun is of or with takes part, after a few words that
 * say what it is. */
static void S_deal_object(ng_document *doc, const event_site *at, ng_event *ev)
{
    size_t k = at->trig_end;
    /* (or the deal's noun a verb of the deal has for object, up to the
     * sentence's end, where the verb's clause ends before its noun: "has
     * signed a five-year contract with Real Madrid") */
    size_t hi = at->hi;
    int obj = strcmp(ng_dep_upos(doc, at->trig), "VERB") == 0 ? ng_dep_child(doc, at->trig, "obj") : -1;
    bool deal_noun = obj > (int)at->trig && ng_lex_event_trigger(doc->lex, doc->toks[obj].lower) &&
                     !strcmp(ng_dep_upos(doc, (size_t)obj), "NOUN");
    if (deal_noun) {
        k = (size_t)obj + 1;
        hi = at->s->tok_end;
    }
    if (k + 1 >= hi || (!deal_noun && strcmp(ng_dep_upos(doc, at->trig), "NOUN") != 0) ||
        !(S_is(doc, k, "of") || S_is(doc, k, "with")))
        return;
    size_t q = k + 1;
    while (q < hi && q < k + 6 && ng_mention_at(doc, q) < 0 && (doc->toks[q].flags & NG_TOK_WORD) &&
           !(doc->toks[q].flags & NG_TOK_CAP))
        q++;
    int m = q < hi ? ng_mention_at(doc, q) : -1;
    /* (and the bodies listed with it: "the merger of Fiat Chrysler and
     * PSA") */
    int bodies[8];
    size_t n = 0;
    while (n < 8 && m >= 0 && doc->mentions[m].actor >= 0 && doc->mentions[m].type == NG_ACTOR_ORG) {
        bodies[n++] = doc->mentions[m].actor;
        q = doc->mentions[m].tok_end;
        bool listed = q + 1 < hi && S_is(doc, q, ",");
        if (listed)
            q++;
        if (q + 1 < hi && S_is(doc, q, "and")) {
            listed = true;
            q++;
        }
        m = listed ? ng_mention_at(doc, q) : -1;
        m = m >= 0 && doc->mentions[m].tok_start == q ? m : -1;
    }
    /* (a deal of two bodies or more is theirs alone, not the clause's
     * subject's: "Tavares had led the company since the merger of Fiat
     * Chrysler and PSA") */
    if (n >= 2 && S_is(doc, k, "of"))
        ev->nattendee = 0;
    for (size_t i = 0; i < n; i++)
        S_add_attendee(doc, ev, bodies[i]);
}

/* The person mention whose employer mention m names: the person it is a
 * title's premodifier of ("Federal Reserve Chair Ben Bernanke") or the
 * person whose appositive it is in ("Claudia Goldin, a Harvard University
 * economist,"); -1 if none. */
static int S_holder_of_employer(const ng_document *doc, size_t m)
{
    /* (or a country named in the title before the name: "by U.S.
     * District Judge Reed O'Connor"; not "Nigeria's Minister of ..., Lai
     * Mohammed", where the country takes part) */
    const ng_mention *c = &doc->mentions[m];
    bool country = c->type == NG_ACTOR_PLACE && c->place_kind == NG_PLACE_COUNTRY && c->tok_end < doc->ntok &&
                   !(doc->toks[c->tok_end].flags & (NG_TOK_POSS | NG_TOK_PUNCT));
    if (country) {
        int next = m + 1 < doc->nmention ? (int)m + 1 : -1;
        if (next < 0 || doc->mentions[next].type != NG_ACTOR_PERSON || doc->mentions[next].tok_start > c->tok_end + 4)
            return -1;
        for (size_t k = c->tok_end; k < doc->mentions[next].tok_start; k++)
            if (doc->toks[k].flags & NG_TOK_PUNCT)
                return -1;
    }
    if (c->type != NG_ACTOR_ORG && !country)
        return -1;
    size_t lo = m >= 3 ? m - 3 : 0;
    for (size_t p = lo; p < doc->nmention && p <= m + 1; p++) {
        const ng_mention *pm = &doc->mentions[p];
        if (p != m && pm->type == NG_ACTOR_PERSON && pm->actor >= 0 &&
            (pm->affil_mention[0] == (int)m || pm->affil_mention[1] == (int)m) &&
            doc->toks[pm->tok_start].sent == doc->toks[doc->mentions[m].tok_start].sent)
            return (int)p;
    }
    return -1;
}

/* Is the word at k a common noun for no person, group, body, party or
 * event ("dollar", "airbag", "expectations"; the lexicon's lists)? */
static bool S_thing_word(const ng_document *doc, size_t k)
{
    const char *w = doc->toks[k].lower;
    return !ng_lex_person_noun(doc->lex, w) && !ng_lex_is_group_noun(doc->lex, w) && !ng_lex_is_org_word(doc->lex, w) &&
           !ng_lex_is_company_noun(doc->lex, w) && !S_listed(doc, k, "agent-nouns") &&
           !ng_lex_event_class(doc->lex, w);
}

/* "The Canadian dollar weakened against the U.S. dollar after the
 * announcement": a place's name before a noun for a thing only says which
 * thing; it does nothing (not "U.S. officials", "the Russian army"). */
static bool S_names_a_thing(const ng_document *doc, const ng_mention *mm)
{
    size_t e = mm->tok_end;
    if (mm->type != NG_ACTOR_PLACE || e >= doc->ntok || (doc->toks[e].flags & NG_TOK_CAP) || !doc->dep_first ||
        strcmp(ng_dep_upos(doc, e), "NOUN") != 0)
        return false;
    return S_thing_word(doc, e) && !ng_lex_event_trigger(doc->lex, doc->toks[e].lower);
}

/* The comma opening the appositive or relative clause that the comma at
 * token close ends, right after a name ("X, the controlling shareholder of
 * Y,", "X, which makes Z,"), or close when there is none. */
static size_t S_parenthetical_open(const ng_document *doc, size_t close, size_t lo)
{
    for (size_t p = close; p-- > lo + 1 && p + 20 > close;) {
        if (S_ch(doc, p) != ',')
            continue;
        /* (or a noun the parse reads as in apposition: "Germany, home to
         * Volkswagen, BMW and Mercedes-Benz, voted") */
        bool opens = S_is(doc, p + 1, "the") || S_is(doc, p + 1, "a") || S_is(doc, p + 1, "an") ||
                     S_is(doc, p + 1, "who") || S_is(doc, p + 1, "which") ||
                     (!(doc->toks[p + 1].flags & NG_TOK_CAP) && !strcmp(ng_dep_upos(doc, p + 1), "NOUN") &&
                      !strcmp(ng_dep_rel(doc, p + 1), "appos"));
        int named = ng_mention_at(doc, p - 1);
        if (opens && named >= 0 && doc->mentions[named].tok_end == p)
            return p;
        /* (past a list's commas inside it) */
        if (!opens && ng_mention_at(doc, p + 1) >= 0)
            continue;
        return close;
    }
    return close;
}

/* "Polish Agriculture Minister Czeslaw Siekierski and his Ukrainian
 * counterpart, Mykola Solskyi, signed": the person named before "and his
 * [demonym] counterpart" that stands before mention m (from lo on); the
 * mention or -1. */
static int S_counterpart_of(const ng_document *doc, size_t m, size_t lo)
{
    size_t c, p = ng_counterpart_before(doc, doc->mentions[m].tok_start, lo, &c);
    if (p < lo + 2 || !S_is(doc, p - 1, "and"))
        return -1;
    int prev = ng_mention_at(doc, p - 2);
    return prev >= 0 && doc->mentions[prev].tok_end == p - 1 && doc->mentions[prev].type == NG_ACTOR_PERSON ? prev
                                                                                                           : -1;
}

/* The same the other way: the person named after "and his [demonym]
 * counterpart" right after mention m (before hi); the mention or -1. */
static int S_counterpart_after(const ng_document *doc, size_t m, size_t hi)
{
    size_t k = doc->mentions[m].tok_end;
    if (k + 3 >= hi || !S_is(doc, k, "and"))
        return -1;
    for (size_t q = k + 3; q < hi && q <= k + 7; q++) {
        int next = ng_mention_at(doc, q);
        size_t c;
        if (next >= 0 && doc->mentions[next].tok_start == q && ng_counterpart_before(doc, q, k, &c) == k + 1)
            return doc->mentions[next].type == NG_ACTOR_PERSON ? next : -1;
    }
    return -1;
}

/* "... said that 98 senators voted last year to review the deal": the
 * verb's subject is a plural noun for people (schemas/person-nouns.tsv)
 * the article names no one by, nothing named hanging from it ("Workers
 * at Samsung" are the body's): the agent is unnamed, not a name before
 * it. */
/* The noun or name right before the finite verb at trig, with an object,
 * that the parse took for something else than its subject (a clause
 * joined to the one before: "imposed the sentence ... after a jury
 * convicted him"); not a participle, which takes no object ("people
 * appointed to their jobs by Christie"), nor a time ("this week
 * published"); -1 if none. */
static int S_lost_subject(const ng_document *doc, size_t trig, size_t lo)
{
    if (trig <= lo || !doc->dep_first || !ng_dep_finite(doc, trig) || ng_dep_object(doc, trig) < 0)
        return -1;
    const char *upos = ng_dep_upos(doc, trig - 1), *rel = ng_dep_rel(doc, trig - 1);
    bool nominal = !strcmp(upos, "NOUN") || !strcmp(upos, "PROPN");
    return nominal && !strstr(rel, "tmod") && !strstr(rel, "npmod") ? (int)trig - 1 : -1;
}

static bool S_unnamed_people_subject(const ng_document *doc, size_t trig, size_t lo)
{
    int subj = doc->dep_first ? ng_dep_subject(doc, trig) : -1;
    /* (or the noun the parse lost as the subject: "after a jury convicted
     * him") */
    bool adjacent = subj < 0 && S_lost_subject(doc, trig, lo) >= 0;
    /* (with no object too, for people in the plural after "and" right
     * before a finite verb: "after he declared it ... and lawmakers voted
     * unanimously"; not "people appointed to their jobs by Christie") */
    adjacent = adjacent || (subj < 0 && trig > lo + 1 && doc->dep_first && ng_dep_finite(doc, trig) &&
                            S_is(doc, trig - 2, "and") && !strcmp(ng_dep_upos(doc, trig - 1), "NOUN") &&
                            ng_lex_person_noun(doc->lex, doc->toks[trig - 1].lower) == 2);
    if (adjacent)
        subj = (int)trig - 1;
    /* (an active verb's: "Troops were deployed ... by France") */
    if (subj < (int)lo || subj >= (int)trig || ng_mention_at(doc, (size_t)subj) >= 0 ||
        (!adjacent && strcmp(ng_dep_rel(doc, (size_t)subj), "nsubj") != 0) ||
        strcmp(ng_dep_upos(doc, (size_t)subj), "NOUN") != 0)
        return false;
    /* (or one person or body an indefinite article brings in: "after a
     * jury convicted him", "a federal jury", "a gunman opened fire") */
    const char *w = doc->toks[subj].lower;
    int det = ng_dep_child(doc, (size_t)subj, "det");
    bool indefinite = det >= 0 && (S_is(doc, (size_t)det, "a") || S_is(doc, (size_t)det, "an")) &&
                      (ng_lex_person_noun(doc->lex, w) == 1 || ng_lex_is_group_noun(doc->lex, w) ||
                       S_listed(doc, (size_t)subj, "collective-nouns") || ng_lex_is_company_noun(doc->lex, w));
    /* (or bodies in the plural with no article: "after authorities
     * arrested two people") */
    bool bodies = det < 0 && ng_plural_word(w) && S_listed(doc, (size_t)subj, "governing-nouns");
    if (ng_lex_person_noun(doc->lex, w) != 2 && !indefinite && !bodies)
        return false;
    for (int c = doc->dep_first[subj]; c >= 0; c = doc->dep_next[c])
        if (ng_mention_at(doc, (size_t)c) >= 0 || strcmp(ng_dep_rel(doc, (size_t)c), "nmod") == 0 ||
            (!indefinite && (strcmp(ng_dep_rel(doc, (size_t)c), "amod") == 0 ||
                             strcmp(ng_dep_rel(doc, (size_t)c), "compound") == 0)))
            return false;
    return true;
}

/* Is there, in [from, to), a word that opens a clause saying when
 * (`time-clause-openers`: "after", "before", "since"), with no comma or
 * finite verb between it and token to, and a finite verb after token to
 * in its sentence (before end)? Then the name at to is that clause's
 * subject. The parse may read "a day after Kremlin spokesman Dmitry
 * Peskov dismissed" as a phrase of the main clause's verb. */
static bool S_time_clause_between(const ng_document *doc, size_t from, size_t to, size_t end)
{
    /* (the name the clause's subject: no comma or verb between) */
    bool opener = false;
    for (size_t k = from; k < to; k++) {
        if (S_listed(doc, k, "time-clause-openers"))
            opener = true;
        else if ((doc->toks[k].flags & NG_TOK_PUNCT) || ng_dep_finite(doc, k))
            opener = false;
    }
    for (size_t k = to; opener && k < end && k < to + 12; k++) {
        if (doc->toks[k].flags & NG_TOK_PUNCT)
            return false;
        /* (or a verb with a subject of its own the tagger reads as no
         * finite form: "hours after the U.S. Supreme Court let it take
         * effect") */
        if (ng_dep_finite(doc, k) || (!strcmp(ng_dep_upos(doc, k), "VERB") && ng_dep_subject(doc, k) >= (int)to))
            return true;
    }
    return false;
}

/* The tokens [*lo, *hi) of a purpose clause right after a noun trigger
 * of other than a meeting, wherever the parse hangs it (the noun's acl,
 * the verb's advcl): those it names are what the event is against or
 * for, not who takes part ("walked off the job in a national strike to
 * protest budget cuts by Milei's government"); empty when none. */
static void S_purpose_clause(const ng_document *doc, size_t trig, size_t trig_end, const char *klass, size_t *lo,
                             size_t *hi)
{
    *lo = *hi = 0;
    /* "charged X with plotting a coup to overturn his loss to Lula",
     * "accused of helping to hide Ghosn's pay": what a legal step is for,
     * a gerund after "with" or "of", names no party */
    if (doc->dep_first && !strcmp(klass, "LegalAction") && !strcmp(ng_dep_upos(doc, trig), "VERB")) {
        for (int c = doc->dep_first[trig]; c >= 0; c = doc->dep_next[c]) {
            int mark = ng_dep_child(doc, (size_t)c, "mark");
            if (c > (int)trig && ng_tok_ing_form(doc, (size_t)c) && mark >= 0 &&
                (S_is(doc, (size_t)mark, "with") || S_is(doc, (size_t)mark, "of"))) {
                ng_dep_phrase(doc, (size_t)c, lo, hi);
                if (*lo < (size_t)mark)
                    *lo = (size_t)mark; /* (from the "with": not the one charged the parse may hang there) */
                return;
            }
        }
    }
    size_t aim = trig_end + 1;
    if (!doc->dep_first || S_meeting_like(klass) || strcmp(ng_dep_upos(doc, trig), "NOUN") ||
        aim >= doc->ntok || !S_is(doc, trig_end, "to") || strcmp(ng_dep_upos(doc, aim), "VERB") ||
        ng_dep_child(doc, aim, "mark") != (int)trig_end ||
        (strcmp(ng_dep_rel(doc, aim), "acl") && strcmp(ng_dep_rel(doc, aim), "advcl")))
        return;
    ng_dep_phrase(doc, aim, lo, hi);
}

/* Events other than meetings: the agent, what is coordinated with it,
 * and the place it goes to. */
/* The verb a clause of purpose hangs from, k, or the one over k where k
 * is a score, as the parse may take it ("beat Carlos Alcaraz 6-7(5) 6-3
 * 6-3 on Saturday to win"). */
static int S_past_score(const ng_document *doc, int k)
{
    return k >= 0 && !strcmp(ng_dep_upos(doc, (size_t)k), "NUM") ? ng_dep_head(doc, (size_t)k) : k;
}

/* The subject of the verb a noun's clause of purpose serves: in "beat X
 * to win the title and a prize", for "prize" the subject of "beat"; -1
 * when the noun is no such clause's object. */
static int S_purpose_subject(const ng_document *doc, size_t trig)
{
    if (!doc->dep_first || strcmp(ng_dep_upos(doc, trig), "NOUN") != 0)
        return -1;
    int noun = (int)trig;
    if (!strcmp(ng_dep_rel(doc, trig), "conj"))
        noun = ng_dep_head(doc, trig);
    if (noun < 0 || strcmp(ng_dep_rel(doc, (size_t)noun), "obj") != 0)
        return -1;
    int verb = ng_dep_head(doc, (size_t)noun);
    const char *rel = verb >= 0 ? ng_dep_rel(doc, (size_t)verb) : "";
    if (strcmp(rel, "advcl") != 0 && strcmp(rel, "parataxis") != 0)
        return -1;
    int mark = ng_dep_child(doc, (size_t)verb, "mark");
    int served = S_past_score(doc, ng_dep_head(doc, (size_t)verb));
    /* (a clause with its own subject serves none: "referring to X, who
     * was seeking the nomination" parsed with "to" for its mark) */
    if (mark < 0 || mark + 1 != verb || !S_is(doc, (size_t)mark, "to") || ng_dep_subject(doc, (size_t)verb) >= 0 ||
        served < 0 || served > verb ||
        strcmp(ng_dep_upos(doc, (size_t)served), "VERB") != 0)
        return -1;
    /* (only over a named object, the actor nearest before: "canceled
     * Hannity's plans to attend a rally" is the parse's mistake for the
     * plans' clause) */
    /* (or the score the parse takes for the object: "beat Jonas Varga
     * 6-4 7-5 to win") */
    int object = ng_dep_child(doc, (size_t)served, "obj");
    if (object < 0 ||
        (S_actor_of(doc, (size_t)object) < 0 && strcmp(ng_dep_upos(doc, (size_t)object), "NUM") != 0))
        return -1;
    return ng_dep_subject(doc, (size_t)served);
}

/* The person named after "of" at token of, past up to four words and no
 * article (a title, a demonym: "of Brazilian winger Pedro Lucas"); the
 * actor, or -1. */
static int S_person_of(const ng_document *doc, size_t of, size_t hi)
{
    if (of >= hi || !S_is(doc, of, "of"))
        return -1;
    for (size_t k = of + 1; k < hi && k < of + 6; k++) {
        int m = ng_mention_at(doc, k);
        if (m >= 0)
            return doc->mentions[m].tok_start == k && doc->mentions[m].type == NG_ACTOR_PERSON ? doc->mentions[m].actor
                                                                                               : -1;
        if (!(doc->toks[k].flags & NG_TOK_WORD) || S_is(doc, k, "the") || S_is(doc, k, "a"))
            return -1;
    }
    return -1;
}

static void S_agent_participants(ng_document *doc, const event_site *at, ng_event *ev)
{
    size_t trig = at->trig;
    size_t trig_end = at->trig_end;
    size_t lo = at->lo;
    size_t hi = at->hi;
    const char *klass = at->klass;
    const ng_sentence *s = at->s;
    bool trig_quoted = at->quoted;
    /* the agent: the nearest actor before the trigger ("Pyongyang has
     * sent", "North Korea dispatching"), or a demonym right before a
     * noun trigger ("North Korean troop deployments") */
    int agent = -1, agent_m = -1;
    bool demonym_person = false;
    for (size_t k = trig; k-- > lo && k + 3 >= trig && agent < 0;) {
        /* (within the trigger's phrase: not "the son of a Russian
         * oligarch, won") */
        if (doc->toks[k].flags & NG_TOK_PUNCT)
            break;
        const ng_lex_entry *e = ng_lex_demonym(doc->lex, doc->toks[k].lower);
        size_t from = k;
        if (!e && k > lo) {
            char two[128];
            snprintf(two, sizeof two, "%s %s", doc->toks[k - 1].lower, doc->toks[k].lower);
            e = ng_lex_demonym(doc->lex, two);
            from = k - 1;
        }
        /* (a demonym used as a noun is a person the article does not
         * name here: "the first Italian to win the title") */
        /* (and before a noun for a person: "the first South Korean
         * writer to win") */
        size_t to = k + 1;
        while (e && to + 1 < trig && to < k + 3 && ng_lex_person_noun(doc->lex, doc->toks[to].lower))
            to++;
        /* (nor one person the demonym describes: "A 19-year-old Austrian
         * man was arrested"; "Russian troops" are their country's) */
        bool one_person = k + 1 < trig && ng_lex_person_noun(doc->lex, doc->toks[k + 1].lower) == 1;
        if (e && ((to < trig && ng_tok_is(doc, to, "to")) || one_person)) {
            e = NULL;
            demonym_person = true;
            break;
        }
        /* (so is "the" and a demonym a relative clause describes: in
         * "Alcaraz, the Spaniard who had beaten Sinner" the person the
         * phrase is in apposition to) */
        /* (an age or other modifiers between: "Alcaraz, the 21-year-old
         * Spaniard who beat Djokovic") */
        size_t the = from;
        while (e && the > lo && the + 6 > from && !S_is(doc, the - 1, "the") &&
               (!strcmp(ng_dep_upos(doc, the - 1), "ADJ") || !strcmp(ng_dep_upos(doc, the - 1), "NUM") ||
                doc->toks[the - 1].end == doc->toks[the].start || strchr(doc->toks[the - 1].lower, '-')))
            the--;
        if (e && the > lo && S_is(doc, the - 1, "the") && k + 1 < trig &&
            (S_is(doc, k + 1, "who") || S_is(doc, k + 1, "whose"))) {
            from = the;
            int named = from >= lo + 3 && S_ch(doc, from - 2) == ',' ? ng_mention_at(doc, from - 3) : -1;
            if (named >= 0 && doc->mentions[named].tok_end == from - 2 && doc->mentions[named].actor >= 0 &&
                doc->actors[doc->mentions[named].actor].type == NG_ACTOR_PERSON) {
                agent = doc->mentions[named].actor;
                agent_m = named;
            } else
                demonym_person = true;
            break;
        }
        if (e && ng_mention_at(doc, k) < 0) {
            agent = ng_actor_for_lex(doc, e);
            /* the demonym is the country's evidence */
            ng_actor_named_at(doc, agent, (uint32_t)from, (uint32_t)k + 1);
        }
    }
    /* "..., the Spanish club said in a statement": the one who said it */
    int said = doc->dep_first && agent < 0 && !strcmp(ng_dep_rel(doc, trig), "obl") && trig > 1 &&
                       (S_is(doc, trig - 2, "in") || S_is(doc, trig - 1, "in"))
                   ? ng_dep_head(doc, trig)
                   : -1;
    /* (or did what the statement does: "Ba congratulated Faye in a
     * statement" is Ba's, not Faye's) */
    bool stated = said >= 0 && !strcmp(klass, "Announcement") && !strcmp(ng_dep_upos(doc, (size_t)said), "VERB") &&
                  ng_dep_child(doc, (size_t)said, "aux:pass") < 0 && ng_dep_child(doc, (size_t)said, "nsubj") >= 0;
    if (said >= 0 && (ng_lex_speech_verb(doc->lex, doc->toks[said].lower) == 1 || stated)) {
        int subj = ng_dep_subject(doc, (size_t)said);
        if (subj >= 0)
            subj = (int)S_titled_holder(doc, (size_t)subj);
        int det = subj >= 0 ? ng_dep_child(doc, (size_t)subj, "det") : -1;
        /* ("Ellie's mother, Fiona Ross, said": the one the apposition
         * names, not the possessor) */
        int named = subj >= 0 && ng_mention_at(doc, (size_t)subj) < 0 ? ng_dep_child(doc, (size_t)subj, "appos") : -1;
        agent = named >= 0 ? S_actor_of(doc, (size_t)named) : -1;
        if (agent < 0)
            agent = subj >= 0 ? S_actor_of(doc, (size_t)subj) : -1;
        if (agent < 0 && det >= 0 && det < subj)
            agent = ng_org_described(doc, (size_t)det);
    }
    /* "beat Carlos Alcaraz on Saturday to win a record $6 million prize":
     * the winner is who beat, not whom */
    int purpose = agent < 0 ? S_purpose_subject(doc, trig) : -1;
    if (purpose >= 0)
        agent = S_actor_of(doc, (size_t)purpose);
    /* (a title the parse makes the subject: "World number one Jannik
     * Sinner beat") */
    int titled = purpose >= 0 && agent < 0 ? ng_dep_child(doc, (size_t)purpose, "appos") : -1;
    if (titled >= 0)
        agent = S_actor_of(doc, (size_t)titled);
    int reporting = S_reporting_verb_over(doc, trig);
    bool unnamed_subject = agent < 0 && (demonym_person || S_unnamed_people_subject(doc, trig, lo));
    int inquiry = S_inquiry_over(doc, trig);
    for (size_t k = trig; k-- > lo && agent < 0 && !unnamed_subject;) {
        if ((int)k <= inquiry) {
            unnamed_subject = true;
            break;
        }
        /* "the helicopter, which it said crashed": the subject is what
         * the relative pronoun stands for, no actor */
        if (S_is(doc, k, "which"))
            break;
        /* "The 22-year-old, who had beaten Novak Djokovic": the one the
         * relative pronoun stands for, a description the actors stage
         * resolved ("the 22-year-old" is Sinner), or no one named */
        if (S_is(doc, k, "who") && k >= lo + 2 && S_ch(doc, k - 1) == ',' && ng_dep_head(doc, k) == (int)trig &&
            ng_mention_at(doc, k - 2) < 0) {
            size_t np = k - 1;
            /* (hyphens glued inside: "the 22-year-old") */
            while (np > lo && np + 9 > k && ng_mention_at(doc, np - 1) < 0 &&
                   (!(doc->toks[np - 1].flags & NG_TOK_PUNCT) || doc->toks[np - 1].end == doc->toks[np].start))
                np--;
            if (np + 1 < k && S_is(doc, np, "the")) {
                agent = ng_person_described(doc, np, k - 1);
                unnamed_subject = agent < 0;
                break;
            }
        }
        /* (so is "that" as the trigger's subject: "consumers and health
         * plans that bought Chantix"; unless a name stands by the noun it
         * stands for: "American Future Fund, a nonprofit that launched") */
        if (S_is(doc, k, "that") && ng_dep_head(doc, k) == (int)trig && !strncmp(ng_dep_rel(doc, k), "nsubj", 5)) {
            int noun = !strcmp(ng_dep_rel(doc, trig), "acl:relcl") ? ng_dep_head(doc, trig) : -1;
            int named = noun >= 0 && !strcmp(ng_dep_rel(doc, (size_t)noun), "appos") ? ng_dep_head(doc, (size_t)noun)
                                                                                      : -1;
            int m = named >= 0 ? ng_mention_at(doc, (size_t)named) : -1;
            if (m >= 0 && doc->mentions[m].actor >= 0) {
                agent = doc->mentions[m].actor;
                agent_m = m;
            }
            unnamed_subject = agent < 0;
            break;
        }
        /* "Berg told the court that the attack ...": who says it is not
         * who did it */
        if ((int)k == reporting)
            break;
        /* "ending his bid to win a 10th title": the one a possessive
         * pronoun before a noun and "to" stands for */
        if ((S_is(doc, k, "his") || S_is(doc, k, "her")) && k + 3 == trig && S_is(doc, trig - 1, "to") &&
            !strcmp(ng_dep_upos(doc, k + 1), "NOUN")) {
            agent = S_actor_of(doc, k);
            unnamed_subject = agent < 0;
            break;
        }
        /* "Ruto signed the bill despite weeks of protests by young
         * people": the clause a background happening is set against does
         * not do it (a happening named by a noun; "despite losing the
         * primary" is the subject's) */
        if ((S_is(doc, k, "despite") || S_is(doc, k, "amid")) && strcmp(ng_dep_upos(doc, trig), "NOUN") == 0)
            break;
        /* (nor protests it followed: "Hasina resigned and fled after weeks
         * of deadly protests"; those protested, not protesters) */
        if ((S_is(doc, k, "after") || S_is(doc, k, "following")) && !strcmp(klass, "Protest") &&
            !strcmp(ng_dep_upos(doc, trig), "NOUN"))
            break;
        /* "Novo Holdings, the controlling shareholder of drugmaker Novo
         * Nordisk, agreed to buy": the names of an appositive or a
         * relative clause tell of the agent named before it */
        size_t open = S_ch(doc, k) == ',' ? S_parenthetical_open(doc, k, lo) : k;
        if (open < k) {
            k = open;
            continue;
        }
        /* (the dateline says where the story was filed: "BELGRADE,
         * Serbia — ... protests" has no agent Serbia) */
        if (k < ng_dateline_end(doc, s))
            break;
        int m = ng_mention_at(doc, k);
        if (m < 0 || doc->mentions[m].actor < 0 || S_in_quote(doc, k, lo) != trig_quoted)
            continue;
        /* ("Greene told Reuters the companies expect to launch": whom it
         * is said to is no agent either) */
        if (reporting >= 0 && ng_dep_head(doc, k) == reporting &&
            (!strcmp(ng_dep_rel(doc, k), "obj") || !strcmp(ng_dep_rel(doc, k), "iobj")))
            break;
        const ng_mention *mm = &doc->mentions[m];
        /* ("Workers at Samsung Electronics staged a strike": people in the
         * plural at a body are its, the body no place) */
        size_t st = mm->tok_start;
        bool staff = mm->type == NG_ACTOR_ORG && st >= lo + 2 && S_is(doc, st - 1, "at") &&
                     ng_lex_person_noun(doc->lex, doc->toks[st - 2].lower) == 2;
        if ((S_located(doc, mm) && !staff) || mm->actor == ev->organizer || S_origin(doc, mm) ||
            S_names_a_thing(doc, mm))
            continue;
        if (!S_can_act(doc, mm->actor, mm->metonym))
            continue;
        agent = mm->actor;
        agent_m = m;
    }
    /* "In a statement, the ministry said ...": the actor after the trigger
     * (not one another event noun takes with "with": "joined the strike
     * after talks with Health New Zealand broke down") */
    /* (not where the event's noun is an active verb's subject: "The
     * announcement follows similar investments by Microsoft" names no
     * announcer; "the prize was shared by X" does) */
    bool noun_subject = ng_dep_parsed(doc) && !strcmp(ng_dep_upos(doc, trig), "NOUN") &&
                        !strcmp(ng_dep_rel(doc, trig), "nsubj");
    /* (nor where a verb's subject is a common noun before it that names no
     * one: "The city council voted to rename a park that had been named for
     * Torres" is the council's vote) */
    int verb_subject = ng_dep_parsed(doc) && !strcmp(ng_dep_upos(doc, trig), "VERB") ? ng_dep_child(doc, trig, "nsubj")
                                                                                       : -1;
    /* (in the active voice: "Troops were deployed ... by France") */
    bool passive = verb_subject >= 0 && (ng_dep_child(doc, trig, "aux:pass") >= 0 ||
                                         (trig > 0 && S_be_form(doc, trig - 1)));
    noun_subject = noun_subject || (verb_subject >= (int)lo && verb_subject < (int)trig && !passive &&
                                    !strcmp(ng_dep_upos(doc, (size_t)verb_subject), "NOUN") &&
                                    ng_mention_at(doc, (size_t)verb_subject) < 0);
    size_t aim_lo, aim_hi;
    S_purpose_clause(doc, trig, trig_end, klass, &aim_lo, &aim_hi);
    for (size_t k = trig_end; agent < 0 && !unnamed_subject && !noun_subject && k < hi && k < trig_end + 12; k++) {
        int m = ng_mention_at(doc, k);
        if (m < 0 || doc->mentions[m].actor < 0 || S_located(doc, &doc->mentions[m]) || (k >= aim_lo && k < aim_hi) ||
            S_origin(doc, &doc->mentions[m]) || S_attribution(doc, &doc->mentions[m], hi, klass) ||
            S_org_possessor(doc, (size_t)m) || S_owns_measure(doc, (size_t)m, hi))
            continue;
        size_t st = doc->mentions[m].tok_start;
        if (st >= 2 && S_is(doc, st - 1, "with") && ng_lex_event_trigger(doc->lex, doc->toks[st - 2].lower))
            break;
        if (!S_can_act(doc, doc->mentions[m].actor, doc->mentions[m].metonym))
            continue;
        /* (nor the subject of a clause of its own that says when: "The
         * attack came a day after Kremlin spokesman Dmitry Peskov
         * dismissed ...") */
        if (S_time_clause_between(doc, trig_end, st, s->tok_end))
            break;
        agent = doc->mentions[m].actor;
        agent_m = m;
    }
    /* "Having carried out a purchase of the house in X, a town on the
     * border, Austria will ...": the opener's subject is the main
     * clause's, the first name that opens a comma-separated part */
    if (lo == s->tok_start && trig < hi) {
        bool opener = ng_tok_ing_form(doc, lo);
        for (size_t k = trig_end; opener && k + 1 < s->tok_end; k++) {
            if (S_ch(doc, k) != ',')
                continue;
            int m = ng_mention_at(doc, k + 1);
            if (m >= 0 && doc->mentions[m].tok_start == k + 1 && doc->mentions[m].actor >= 0) {
                if (S_can_act(doc, doc->mentions[m].actor, doc->mentions[m].metonym)) {
                    agent = doc->mentions[m].actor;
                    agent_m = -1;
                }
                break;
            }
        }
    }
    /* "Claudia Goldin, a Harvard University economist, was awarded",
     * "shared by former Federal Reserve Chair Ben Bernanke": a body named
     * as where a person works stands for that person */
    int holder = agent_m >= 0 ? S_holder_of_employer(doc, (size_t)agent_m) : -1;
    if (holder >= 0) {
        agent = doc->mentions[holder].actor;
        agent_m = holder;
    }
    if (agent >= 0)
        S_add_attendee(doc, ev, agent);
    /* "the Russian and Syrian defense ministries", "Japan and Korea
     * signed": a coordinated agent is one more participant */
    if (agent_m >= 0) {
        size_t k = doc->mentions[agent_m].tok_end;
        int next = k + 1 < hi && S_is(doc, k, "and") ? ng_mention_at(doc, k + 1) : -1;
        /* ("by Volkswagen chief executive Oliver Blume and Rivian founder
         * RJ Scaringe": the holder of the next employer's title too) */
        int next_holder = next >= 0 && holder >= 0 ? S_holder_of_employer(doc, (size_t)next) : -1;
        if (next_holder > next)
            next = next_holder;
        if (next >= 0 && doc->mentions[next].tok_start >= k + 1 && S_acts_with(doc, next, agent))
            S_add_attendee(doc, ev, doc->mentions[next].actor);
        k = doc->mentions[agent_m].tok_start;
        /* ("Joe Biden and Indian Prime Minister Narendra Modi": past the
         * title's words and demonym) */
        while (k > lo + 2 && (ng_lex_is_title_head(doc->lex, doc->toks[k - 1].lower) ||
                              ng_lex_is_title_mod(doc->lex, doc->toks[k - 1].lower) ||
                              ng_lex_demonym(doc->lex, doc->toks[k - 1].lower)) &&
               ng_mention_at(doc, k - 1) < 0)
            k--;
        if (k >= lo + 3 && S_is(doc, k - 1, "the"))
            k--; /* "Israel and the Hezbollah militant group" */
        /* ("Israel and Lebanon's Hezbollah": past the owner's name) */
        int owner = k >= lo + 4 && (doc->toks[k - 1].flags & NG_TOK_POSS) ? ng_mention_at(doc, k - 2) : -1;
        if (owner >= 0 && doc->mentions[owner].tok_end == k - 1)
            k = doc->mentions[owner].tok_start;
        int prev = k >= lo + 2 && S_is(doc, k - 1, "and") ? ng_mention_at(doc, k - 2) : -1;
        if (prev >= 0 && doc->mentions[prev].tok_end == k - 1 && S_acts_with(doc, prev, agent))
            S_add_attendee(doc, ev, doc->mentions[prev].actor);
        prev = S_counterpart_of(doc, (size_t)agent_m, lo);
        if (prev >= 0 && doc->mentions[prev].actor >= 0)
            S_add_attendee(doc, ev, doc->mentions[prev].actor);
        next = S_counterpart_after(doc, (size_t)agent_m, hi);
        if (next >= 0 && doc->mentions[next].actor >= 0)
            S_add_attendee(doc, ev, doc->mentions[next].actor);
    }
    /* "completed the signing of Brazilian winger Pedro Lucas": the
     * person a contract or agreement signs takes part (past a title) */
    int signed_one = strcmp(klass, "Agreement") == 0 || strcmp(klass, "Contract") == 0 ? S_person_of(doc, trig_end, hi)
                                                                                           : -1;
    if (signed_one >= 0)
        S_add_attendee(doc, ev, signed_one);
    size_t place_hi = S_next_clause_verb(doc, trig, hi);
    for (size_t m = ng_mention_lower_bound(doc, (uint32_t)trig + 1);
         m < doc->nmention && doc->mentions[m].tok_start < place_hi && ev->location < 0; m++) {
        const ng_mention *mm = &doc->mentions[m];
        if (mm->tok_start > trig && mm->tok_end <= place_hi && mm->actor >= 0 && mm->type == NG_ACTOR_PLACE &&
            ((S_located(doc, mm) && !S_after_to(doc, mm)) || S_destination(doc, mm, SIZE_MAX)) &&
            !S_in_topic(doc, mm, trig, klass) && !S_in_earlier_happening(doc, trig + 1, mm->tok_start))
            ev->location = mm->actor;
    }
}

/* the structure first: "X's call with Y" and "A will meet ... with B" */
/* A disaster strikes a place and has no participants: the first place or
 * country named in its clause is where it happened. */
static void S_disaster_place(ng_document *doc, const event_site *at, ng_event *ev)
{
    /* (not a place in an apposition on the disaster's name: "Typhoon
     * Yagi, the strongest storm to hit Asia this year, has killed at
     * least 59 people in northern Vietnam") */
    size_t after = at->trig_end, close = after;
    while (after < at->hi && (doc->toks[after].flags & NG_TOK_CAP))
        after++;
    if (after + 2 < at->hi && ng_tok_is(doc, after, ",") &&
        (ng_tok_is(doc, after + 1, "the") || ng_tok_is(doc, after + 1, "a") || ng_tok_is(doc, after + 1, "an")))
        for (close = after + 1; close < at->hi && !ng_tok_is(doc, close, ","); close++)
            ;
    /* (a place there where the clause names none: "Typhoon Yagi, the
     * strongest storm to hit Vietnam in decades, killed 59 people") */
    for (int pass = close > after && close < at->hi ? 0 : 1; pass < 2 && ev->location < 0; pass++)
    for (size_t m = ng_mention_lower_bound(doc, (uint32_t)at->lo);
         m < doc->nmention && doc->mentions[m].tok_start < at->hi && ev->location < 0; m++) {
        const ng_mention *mm = &doc->mentions[m];
        if (pass == 0 && mm->tok_start > after && mm->tok_start < close)
            continue;
        /* (not the owner of the place struck: "struck Japan's Ishikawa
         * prefecture") */
        size_t e = mm->tok_end;
        int owned = e + 1 < doc->ntok && (doc->toks[e].flags & NG_TOK_POSS) ? ng_mention_at(doc, e + 1) : -1;
        if (owned >= 0 && doc->mentions[owned].actor >= 0 &&
            doc->actors[doc->mentions[owned].actor].type == NG_ACTOR_PLACE)
            continue;
        if (mm->actor >= 0 && doc->actors[mm->actor].type == NG_ACTOR_PLACE)
            ev->location = mm->actor;
    }
}

/* The actor a dependent of a trigger names: the name it heads or is part
 * of, the person "he"/"she" stands for, the body or person a description
 * stands for; -1 for none. */
/* "Nvidia said it had agreed to buy ...": "it", subject of what a body
 * says, is that body; -1 otherwise. */
static int S_reported_self(const ng_document *doc, size_t it)
{
    int verb = ng_dep_head(doc, it);
    if (verb < 0 || strncmp(ng_dep_rel(doc, it), "nsubj", 5) != 0 || strcmp(ng_dep_rel(doc, (size_t)verb), "ccomp"))
        return -1;
    int say = ng_dep_head(doc, (size_t)verb);
    if (say < 0 || ng_lex_speech_verb(doc->lex, doc->toks[say].lower) != 1)
        return -1;
    for (int c = doc->dep_first[say]; c >= 0; c = doc->dep_next[c]) {
        int m = ng_mention_at(doc, (size_t)c);
        if (strcmp(ng_dep_rel(doc, (size_t)c), "nsubj") == 0 && m >= 0 && doc->mentions[m].actor >= 0 &&
            doc->actors[doc->mentions[m].actor].type == NG_ACTOR_ORG)
            return doc->mentions[m].actor;
    }
    return -1;
}

/* "A federal judge on Thursday sentenced the former chief financial
 * officer ... U.S. District Judge Patti Saris also ordered": a noun for a
 * post with its article and modifiers stands for the one person the
 * article gives a title ending in it; one with "a" or "an" only in the
 * story's first sentence and for someone named after it (the lede
 * describes, the next paragraph names), one with "the" for someone named
 * before it ("the judge"). */
static int S_title_holder_described(const ng_document *doc, size_t tok)
{
    if (!ng_dep_parsed(doc) || strcmp(ng_dep_upos(doc, tok), "NOUN") != 0 ||
        !ng_lex_is_title_head(doc->lex, doc->toks[tok].lower))
        return -1;
    int det = ng_dep_child(doc, tok, "det");
    if (det < 0 || (size_t)det > tok || ng_mention_at(doc, (size_t)det) >= 0)
        return -1;
    /* (words of titles between, or after "a" adjectives: not "a Hamas
     * commander", "the company's chief", "the next president") */
    bool the = S_is(doc, (size_t)det, "the");
    for (size_t k = (size_t)det + 1; k < tok; k++)
        if (ng_mention_at(doc, k) >= 0 || (doc->toks[k].flags & (NG_TOK_POSS | NG_TOK_CAP)) ||
            !(ng_lex_is_title_mod(doc->lex, doc->toks[k].lower) || (!the && !strcmp(ng_dep_upos(doc, k), "ADJ"))))
            return -1;
    if (the) {
        int p = ng_person_described(doc, (size_t)det, tok + 1);
        return p >= 0 ? p : ng_person_by_title_head(doc, tok, tok, false);
    }
    if (!S_is(doc, (size_t)det, "a") && !S_is(doc, (size_t)det, "an"))
        return -1;
    uint32_t s = doc->toks[tok].sent;
    for (uint32_t b = 0; b < s; b++)
        if (doc->art->paras[doc->sents[b].para].kind != NG_PARA_HEADING)
            return -1; /* (not the story's first sentence) */
    return ng_person_by_title_head(doc, tok, tok, true);
}

static int S_actor_of(const ng_document *doc, size_t tok)
{
    int m = ng_mention_at(doc, tok);
    if (m >= 0 && doc->mentions[m].actor >= 0)
        return doc->mentions[m].actor;
    if (S_is(doc, tok, "he") || S_is(doc, tok, "she") || S_is(doc, tok, "him") || S_is(doc, tok, "her") ||
        S_is(doc, tok, "his"))
        return ng_person_for_pronoun(doc, tok);
    if (S_is(doc, tok, "it"))
        return S_reported_self(doc, tok);
    /* "the company", "the ministry", "the minister": who the article
     * named that way */
    if (tok > 0 && S_is(doc, tok - 1, "the")) {
        int org = ng_org_described(doc, tok - 1);
        if (org >= 0)
            return org;
        return ng_person_described(doc, tok - 1, tok + 1);
    }
    /* ("The 22-year-old, who ...": a description the actors stage
     * resolved, its words between "the" and the noun; "The German
     * drugmaker, which acquired Monsanto": a company's noun so) */
    int det = ng_dep_parsed(doc) ? ng_dep_child(doc, tok, "det") : -1;
    if (det >= 0 && (size_t)det + 1 < tok && (size_t)det + 4 >= tok && S_is(doc, (size_t)det, "the") &&
        ng_lex_is_company_noun(doc->lex, doc->toks[tok].lower) && ng_mention_at(doc, tok + 1) < 0) {
        int org = ng_org_described(doc, (size_t)det);
        if (org >= 0)
            return org;
    }
    if (det >= 0 && (size_t)det + 1 < tok && S_is(doc, (size_t)det, "the") &&
        !ng_lex_is_title_head(doc->lex, doc->toks[tok].lower) &&
        (strstr(doc->toks[tok].lower, "year-old") || ng_lex_person_noun(doc->lex, doc->toks[tok].lower) == 1)) {
        int p = ng_person_described(doc, (size_t)det, tok + 1);
        if (p >= 0)
            return p;
    }
    return S_title_holder_described(doc, tok);
}

/* --all-events: someone the article does not name ("his mother"), or the
 * one a pronoun nobody named stands for ("police arrested him"). */
static int S_unnamed_of(ng_document *doc, size_t tok)
{
    int e = strcmp(ng_dep_upos(doc, tok), "PRON") == 0 ? ng_unnamed_for_pronoun(doc, tok) : ng_unnamed_at(doc, tok);
    return e >= 0 ? ng_unnamed_actor(doc, e) : -1;
}

/* Relations by which a dependent of an event word takes part in it: its
 * subject, object, passive agent, possessor and nominal modifier ("the
 * arrest of X", "X's arrest", "killed by X"). */
static bool S_participant_rel(const char *rel)
{
    return strncmp(rel, "nsubj", 5) == 0 || strcmp(rel, "obj") == 0 || strcmp(rel, "iobj") == 0 ||
           strcmp(rel, "obl:agent") == 0 || strcmp(rel, "nmod:poss") == 0 || strcmp(rel, "nmod") == 0 ||
           strcmp(rel, "compound") == 0 || strcmp(rel, "obl") == 0;
}

/* "to buy Pringles maker Kellanova": a name right after a noun that
 * describes it, however the parse hangs it: the name's token, or -1. */
static int S_name_right_after(const ng_document *doc, size_t noun)
{
    int next = noun + 1 < doc->ntok && !(doc->toks[noun].flags & NG_TOK_CAP) ? ng_mention_at(doc, noun + 1) : -1;
    if (next < 0 || doc->mentions[next].tok_start != noun + 1 || doc->mentions[next].actor < 0)
        return -1;
    /* (the person it owns: "rapper Young Dolph's former associate Marcus
     * Hill") */
    int owned = S_person_owned(doc, (size_t)next, doc->sents[doc->toks[noun].sent].tok_end);
    return owned >= 0 ? (int)doc->mentions[owned].tok_start : (int)noun + 1;
}

/* The name a word that names no one stands for: its appositive or the
 * name the parse hangs from it ("former mayor James Whitfield", "the
 * Kenya government", "Arsenal 3-1") or what it is "of" ("the government
 * of Malawi"), else a name right after it: the name's token, or -1 for
 * none. */
static int S_noun_names(const ng_document *doc, size_t noun)
{
    /* (the holder before the employer: "Williams driver Alex Albon"; the
     * name right after before a modifier's: "U.S. biotech company
     * Crestline Bio") */
    int right_after = S_name_right_after(doc, noun);
    for (int pass = 0; pass < 2; pass++) {
        if (pass == 1 && right_after >= 0)
            return right_after;
        for (int c = doc->dep_first[noun]; c >= 0; c = doc->dep_next[c]) {
            const char *rel = ng_dep_rel(doc, (size_t)c);
            bool of = false;
            for (int k = doc->dep_first[c]; k >= 0; k = doc->dep_next[k])
                of = of || (strcmp(ng_dep_rel(doc, (size_t)k), "case") == 0 && S_is(doc, (size_t)k, "of"));
            bool holder = strcmp(rel, "appos") == 0 || strcmp(rel, "flat") == 0;
            bool other = strcmp(rel, "compound") == 0 || (strcmp(rel, "nmod") == 0 && of);
            /* "The son of Richard Weber, Fritz Weber, was stabbed": whom a
             * noun for a person is of is no participant; the name set off
             * by a comma after it is the person (however the parse hangs
             * it) */
            if (pass == 1 && of && ng_lex_person_noun(doc->lex, doc->toks[noun].lower) == 1) {
                size_t ps, pe;
                ng_dep_phrase(doc, (size_t)c, &ps, &pe);
                int after = pe + 1 < doc->ntok && S_ch(doc, pe) == ',' ? ng_mention_at(doc, pe + 1) : -1;
                if (after >= 0 && doc->mentions[after].tok_start == pe + 1 && doc->mentions[after].actor >= 0 &&
                    doc->mentions[after].type == NG_ACTOR_PERSON)
                    return (int)pe + 1;
                continue;
            }
            if (pass == 0 ? holder : other) {
                int m = ng_mention_at(doc, (size_t)c);
                if (m >= 0 && doc->mentions[m].actor >= 0)
                    return (int)c;
            }
        }
    }
    return -1;
}

/* An oblique that takes part: "with X", "against X", "between X and Y",
 * "to X" ("sold the ship to Vietnam"), or a place it happens in (the
 * event's place); not "resigned from X", "for X". In an exchange
 * (`exchange-classes`: a purchase, a contract, an award) "from X" is the
 * other side: "bought 35 jets from Airbus", "won a contract from the
 * Pentagon". */
static bool S_party_oblique(const ng_document *doc, size_t dep, const char *klass)
{
    static const char *const cases[] = {"with", "against", "between", "to", "in", "at", NULL};
    for (int c = doc->dep_first[dep]; c >= 0; c = doc->dep_next[c])
        if (strcmp(ng_dep_rel(doc, (size_t)c), "case") == 0)
            return ng_word_in(doc->toks[c].lower, cases) ||
                   (S_is(doc, (size_t)c, "from") && S_class_listed(doc, klass, "exchange-classes"));
    /* no preposition: an object the parser took for an oblique ("to buy
     * Israel's Mellanox Technologies"); a bare "Monday" names no one */
    return doc->toks[dep].flags & NG_TOK_CAP;
}

/* Does the name at token k open a happening's name ("Sao Paulo" of "the
 * Sao Paulo Grand Prix", "Wuhan" of "the Wuhan Open")? */
static bool S_opens_happening_name(const ng_document *doc, size_t k)
{
    int m = ng_mention_at(doc, k);
    if (m < 0)
        return false;
    for (size_t q = doc->mentions[m].tok_end; q < doc->ntok && q < doc->mentions[m].tok_end + 3; q++) {
        if (!(doc->toks[q].flags & NG_TOK_CAP) || doc->toks[q].sent != doc->toks[k].sent)
            return false;
        if (ng_lex_is_happening_head(doc->lex, doc->toks[q].lower))
            return true;
    }
    return false;
}

/* The place actor named by the words [k, j) exactly, or -1. */
static int S_place_actor_named(const ng_document *doc, size_t k, size_t j)
{
    size_t len = doc->toks[j - 1].end - doc->toks[k].start;
    for (size_t a = 0; a < doc->nactor; a++)
        if (doc->actors[a].type == NG_ACTOR_PLACE && strlen(doc->actors[a].name) == len &&
            !strncasecmp(doc->actors[a].name, doc->art->text + doc->toks[k].start, len))
            return (int)a;
    return -1;
}

/* "won the Chicago Marathon", "the Monaco Grand Prix": a city or a
 * country the lexicon knows, or a place the story names, opening a
 * contest's name (whose head is token head) is where the contest is
 * held. */
static void S_place_in_happening_name(ng_document *doc, ng_event *ev, size_t head)
{
    size_t k = head;
    while (k > doc->sents[doc->toks[head].sent].tok_start && (doc->toks[k - 1].flags & NG_TOK_CAP))
        k--;
    for (size_t j = head; ev->location < 0 && j > k; j--) {
        const ng_lex_entry *e = ng_lex_name_of(doc, k, j);
        /* (or a place the story names elsewhere: "CANNES, France" before
         * "the Cannes Film Festival") */
        int named = e ? -1 : S_place_actor_named(doc, k, j);
        if (named >= 0) {
            ev->location = named;
            continue;
        }
        if (!e || e->kind != NG_ACTOR_PLACE)
            continue;
        ev->location = ng_actor_for_lex(doc, e);
        ng_actor_named_at(doc, ev->location, (uint32_t)k, (uint32_t)j);
    }
}

/* "Ohio Gov. Mike DeWine said", where the parse makes the state the
 * subject: the person the title after a place's or body's name at token
 * dep names (their token), else dep. */
static size_t S_titled_holder(const ng_document *doc, size_t dep)
{
    int own = ng_mention_at(doc, dep);
    if (own < 0 || doc->mentions[own].type == NG_ACTOR_PERSON)
        return dep;
    size_t e = doc->mentions[own].tok_end;
    int titled = e < doc->ntok && ng_title_word(doc, e)
                     ? ng_mention_after_titles(doc, e, doc->sents[doc->toks[e - 1].sent].tok_end)
                     : -1;
    return titled >= 0 && doc->mentions[titled].type == NG_ACTOR_PERSON ? doc->mentions[titled].tok_start : dep;
}

/* The two people named in tokens [lo, hi), and no other: 2 with them in
 * out, else 0. */
static size_t S_two_people_in(const ng_document *doc, size_t lo, size_t hi, int *out)
{
    size_t n = 0;
    for (size_t m = ng_mention_lower_bound(doc, (uint32_t)lo); m < doc->nmention && doc->mentions[m].tok_start < hi;
         m++) {
        int a = doc->mentions[m].actor;
        if (a < 0 || doc->actors[a].type != NG_ACTOR_PERSON || (n > 0 && out[0] == a) || (n > 1 && out[1] == a))
            continue;
        if (n == 2)
            return 0;
        out[n++] = a;
    }
    return n == 2 ? 2 : 0;
}

/* The two people the words of token k's sentence before it name, and no
 * other ("Scholz held talks with President William Ruto, where the two
 * leaders signed ..."), else those of the sentence before ("Milei met
 * Tesla CEO Elon Musk on Friday. The two discussed ..."): 2 with them in
 * out, else 0. */
static size_t S_two_people_before(const ng_document *doc, size_t k, int *out)
{
    size_t sent = doc->toks[k].sent;
    if (S_two_people_in(doc, doc->sents[sent].tok_start, k, out) == 2)
        return 2;
    return sent > 0 ? S_two_people_in(doc, doc->sents[sent - 1].tok_start, doc->sents[sent - 1].tok_end, out) : 0;
}

/* "The two leaders agreed to meet", "The two countries will hold talks"
 * after "President Joe Biden and Chinese leader Xi Jinping spoke": a
 * plural noun counted two ("the two", "both") stands for the two people
 * last named together, or for the two countries last named (or those the
 * people named before serve: `country-plurals`); how many into out. */
static size_t S_pair_named(const ng_document *doc, size_t noun, int *out)
{
    /* ("Milei's office said the two discussed investments": "the two"
     * alone, the people last named together) */
    if ((S_is(doc, noun, "two") && noun >= 1 && S_is(doc, noun - 1, "the")) || S_is(doc, noun, "both")) {
        int people[8];
        if (ng_people_for_plural(doc, noun, people, 8) == 2) {
            out[0] = people[0], out[1] = people[1];
            return 2;
        }
        return S_two_people_before(doc, noun, out);
    }
    size_t count = noun >= 1 && (S_is(doc, noun - 1, "two") || S_is(doc, noun - 1, "both")) ? noun - 1 : noun;
    if (count == noun || strcmp(ng_dep_upos(doc, noun), "NOUN") != 0)
        return 0;
    size_t the = count >= 1 && S_is(doc, count - 1, "the") ? count - 1 : count;
    if (the < count && ng_plural_description(doc, the)) {
        int people[8];
        size_t n = ng_people_for_plural(doc, the, people, 8);
        /* ("Takaichi met Trump in Tokyo. The two leaders visited ...") */
        if (n != 2)
            return count < noun ? S_two_people_before(doc, noun, out) : 0;
        out[0] = people[0], out[1] = people[1];
        return 2;
    }
    if (!S_listed(doc, noun, "country-plurals"))
        return 0;
    size_t n = 0, sent = doc->toks[noun].sent;
    for (size_t m = ng_mention_lower_bound(doc, (uint32_t)count); m-- > 0 && n < 2;) {
        const ng_mention *mm = &doc->mentions[m];
        if (doc->toks[mm->tok_start].sent + 3 < sent)
            break;
        const ng_actor *a = mm->actor >= 0 ? &doc->actors[mm->actor] : NULL;
        int country = a && a->type == NG_ACTOR_PLACE && a->place_kind == NG_PLACE_COUNTRY ? mm->actor : -1;
        for (size_t f = 0; a && country < 0 && a->type == NG_ACTOR_PERSON && f < a->naffil; f++)
            if (doc->actors[a->affil[f]].type == NG_ACTOR_PLACE &&
                doc->actors[a->affil[f]].place_kind == NG_PLACE_COUNTRY)
                country = a->affil[f];
        if (country >= 0 && (n == 0 || out[0] != country))
            out[n++] = country;
    }
    return n == 2 ? 2 : 0;
}

/* "Kenya's Ruth Chepngetich", "RB's Daniel Ricciardo": the person right
 * after mention m's possessive, m no person's name; -1 if none. */
static int S_possessed_person(const ng_document *doc, int m)
{
    size_t e = doc->mentions[m].tok_end;
    int next = e + 1 < doc->ntok && (doc->toks[e].flags & NG_TOK_POSS) ? ng_mention_at(doc, e + 1) : -1;
    return next >= 0 && doc->mentions[next].tok_start == e + 1 && doc->mentions[next].type == NG_ACTOR_PERSON &&
                   doc->mentions[m].type != NG_ACTOR_PERSON
               ? next
               : -1;
}

/* One dependent of the trigger and the names coordinated with it ("X and
 * Y"): participants, or the place when a place follows "in"/"at". */
/* The country or body a noun for those who govern it (`governing-nouns`)
 * is of by its possessor ("Colombia's government"), with the possessor's
 * mention in *m; -1 when none. */
static int S_governed_by(const ng_document *doc, size_t noun, int *m)
{
    if (!S_listed(doc, noun, "governing-nouns"))
        return -1;
    int poss = ng_dep_child(doc, noun, "nmod:poss");
    int pm = poss >= 0 ? ng_mention_at(doc, (size_t)poss) : -1;
    if (pm < 0 || doc->mentions[pm].actor < 0 || doc->actors[doc->mentions[pm].actor].type == NG_ACTOR_PERSON)
        return -1;
    *m = pm;
    return doc->mentions[pm].actor;
}

static void S_parse_argument(ng_document *doc, ng_event *ev, size_t dep)
{
    int pair[2];
    if (S_actor_of(doc, dep) < 0 && S_pair_named(doc, dep, pair) == 2) {
        S_add_attendee(doc, ev, pair[0]);
        S_add_attendee(doc, ev, pair[1]);
        return;
    }
    /* "won the Monaco Grand Prix": the names in a contest's name play no
     * part in it */
    if ((doc->toks[dep].flags & NG_TOK_CAP) && ng_lex_is_happening_head(doc->lex, doc->toks[dep].lower)) {
        S_place_in_happening_name(doc, ev, dep);
        return;
    }
    if (S_actor_of(doc, dep) < 0 && S_noun_names(doc, dep) >= 0)
        dep = (size_t)S_noun_names(doc, dep);
    /* ("Kenya's Ruth Chepngetich", where the parse hangs the verb from
     * the possessor: the person the country's name qualifies) */
    int own = ng_mention_at(doc, dep);
    if (own >= 0) {
        size_t e = doc->mentions[own].tok_end;
        int next = e + 1 < doc->ntok && (doc->toks[e].flags & NG_TOK_POSS) ? ng_mention_at(doc, e + 1) : -1;
        if (S_possessed_person(doc, own) >= 0)
            dep = e + 1;
        if (next < 0)
            dep = S_titled_holder(doc, dep);
        /* (and the person a person's possessive owns: "sentenced rapper
         * Young Dolph's former associate Marcus Hill") */
        int owned = S_person_owned(doc, (size_t)own, doc->sents[doc->toks[dep].sent].tok_end);
        if (owned >= 0)
            dep = doc->mentions[owned].tok_start;
    }
    /* ("won a rain-hit Sao Paulo Grand Prix": nor a name opening one) */
    if (S_opens_happening_name(doc, dep))
        return;
    bool places = false; /* (the first conjunct where it happens: "in Italy, Belgium and Indiana") */
    for (int c = (int)dep; c >= 0;) {
        int a = S_actor_of(doc, (size_t)c);
        int m = ng_mention_at(doc, (size_t)c);
        /* (a later conjunct too: "between X and RB's Daniel Ricciardo") */
        int held = c != (int)dep && m >= 0 ? S_possessed_person(doc, m) : -1;
        if (held >= 0 && doc->mentions[held].actor >= 0) {
            m = held;
            a = doc->mentions[held].actor;
        }
        /* (a later conjunct, or the first beside one: "Colombia's
         * government and the National Liberation Army signed": the
         * country or body whose government it is) */
        if (a < 0 && m < 0)
            a = S_governed_by(doc, (size_t)c, &m);
        if (a < 0)
            a = S_unnamed_of(doc, (size_t)c);
        /* "Tunisia lost 1-2 to England": a side a game is lost to plays it */
        bool opponent = m >= 0 && strcmp(ev->klass, "Game") == 0 && doc->mentions[m].tok_start > 0 &&
                        S_is(doc, doc->mentions[m].tok_start - 1, "to");
        if (a >= 0 && m >= 0 && !opponent &&
            (S_located(doc, &doc->mentions[m]) || places || S_names_where(doc, (size_t)m, (size_t)c)) &&
            doc->actors[a].type == NG_ACTOR_PLACE) {
            if (ev->location < 0)
                ev->location = a;
            places = true;
        } else if (a >= 0 && (S_can_act(doc, a, m >= 0 && doc->mentions[m].metonym) || strcmp(ev->klass, "Game") == 0)) {
            /* (a place that plays a game is its team: "Liverpool beat") */
            if (a != ev->organizer)
                S_add_attendee(doc, ev, a);
            /* ("X and his Ukrainian counterpart, Y, signed") */
            int partner = m >= 0 ? S_counterpart_after(doc, (size_t)m, doc->sents[doc->toks[c].sent].tok_end) : -1;
            if (partner >= 0 && doc->mentions[partner].actor >= 0)
                S_add_attendee(doc, ev, doc->mentions[partner].actor);
            /* --all-events: "police arrested him": the pronoun is
             * evidence of who took part */
            if (doc->all_events && m < 0 && strcmp(ng_dep_upos(doc, (size_t)c), "PRON") == 0)
                ng_actor_named_at(doc, a, (uint32_t)c, (uint32_t)c + 1);
        }
        /* the next conjunct */
        int next = -1;
        for (int k = doc->dep_first[c]; k >= 0 && next < 0; k = doc->dep_next[k])
            if (strcmp(ng_dep_rel(doc, (size_t)k), "conj") == 0)
                next = k;
        c = next;
    }
}

/* The dependent of trigger trig that "between" opens ("a crash between X
 * and Y"); -1 if none. */
static int S_between_phrase(const ng_document *doc, size_t trig)
{
    for (int c = doc->dep_first ? doc->dep_first[trig] : -1; c >= 0; c = doc->dep_next[c]) {
        const char *rel = ng_dep_rel(doc, (size_t)c);
        if (strcmp(rel, "nmod") != 0 && strcmp(rel, "obl") != 0)
            continue;
        for (int k = doc->dep_first[c]; k >= 0; k = doc->dep_next[k])
            if (strcmp(ng_dep_rel(doc, (size_t)k), "case") == 0 && S_is(doc, (size_t)k, "between"))
                return c;
    }
    return -1;
}

/* The token before a name at tok, past a "the" ("talks between Ford and
 * the United Auto Workers"). */
static size_t S_before_the(const ng_document *doc, size_t tok)
{
    return tok > 1 && S_is(doc, tok - 1, "the") ? tok - 2 : tok - 1;
}

/* "a crash between Williams driver Alex Albon and RB's Daniel Ricciardo":
 * the names of an event noun's "between" phrase take part; whether any
 * did. */
static bool S_between_parties(ng_document *doc, size_t trig, ng_event *ev)
{
    size_t before = ev->nattendee;
    int c = S_between_phrase(doc, trig);
    if (c < 0)
        return false;
    S_parse_argument(doc, ev, (size_t)c);
    /* (where the parse joined fewer than two: the first name that can act
     * after "between" and the first after the "and" that follows it,
     * "between US Secretary of State John Kerry and Russian Foreign
     * Minister Sergei Lavrov"; not a title's country or body, nor a
     * possessor of the next name) */
    int b = ng_dep_child(doc, (size_t)c, "case");
    size_t end = doc->sents[doc->toks[trig].sent].tok_end;
    bool joined = false;
    for (size_t k = b >= 0 && ev->nattendee < before + 2 ? (size_t)b + 1 : end; k < end && k < (size_t)b + 20; k++) {
        if (S_is(doc, k, "and"))
            joined = true;
        /* (within the phrase: no verb, nor a mark after the "and") */
        if (!strcmp(ng_dep_upos(doc, k), "VERB") || !strcmp(ng_dep_upos(doc, k), "AUX") ||
            (joined && (doc->toks[k].flags & NG_TOK_PUNCT)))
            break;
        int m = ng_mention_at(doc, k);
        if (m < 0 || doc->mentions[m].tok_start != k || doc->mentions[m].actor < 0)
            continue;
        k = doc->mentions[m].tok_end - 1;
        if (ng_title_word(doc, k + 1) || S_possessed_person(doc, m) >= 0 ||
            !S_can_act(doc, doc->mentions[m].actor, doc->mentions[m].metonym))
            continue;
        S_add_attendee(doc, ev, doc->mentions[m].actor);
        if (joined)
            break;
        for (k++; k < end && !S_is(doc, k, "and") && S_ch(doc, k) != ','; k++)
            ;
        k--;
    }
    return ev->nattendee > before;
}

/* "Liverpool, who drew 2-2 with Brighton": the name a relative pronoun
 * stands for, before it; "Jimmy Carter, the peanut farmer who ... won":
 * the name the noun before it is in apposition to. Its token, or -1. */
static int S_antecedent(const ng_document *doc, size_t pronoun)
{
    /* ("that" only after a noun in apposition to a name: "Rockwell
     * Collins, an avionics maker that was bought by ...") */
    bool that = S_is(doc, pronoun, "that");
    if (pronoun == 0 || !(S_is(doc, pronoun, "who") || S_is(doc, pronoun, "which") || that))
        return -1;
    size_t ante = pronoun - 1;
    if (ante > 0 && S_ch(doc, ante) == ',' && !that)
        ante--;
    int named = ng_dep_head(doc, ante);
    if (ng_mention_at(doc, ante) < 0 && named >= 0 && !strcmp(ng_dep_rel(doc, ante), "appos") &&
        ng_mention_at(doc, (size_t)named) >= 0)
        ante = (size_t)named;
    else if (that)
        return -1;
    /* ("Matt Borges, a former chair of the Ohio Republican Party, who was
     * sentenced": the person the post in apposition is held by, not the
     * body it is of) */
    int body = ng_mention_at(doc, ante);
    size_t of = body >= 0 && doc->mentions[body].tok_start >= 4 ? doc->mentions[body].tok_start - 1 : 0;
    if (of && S_is(doc, of, "the"))
        of--;
    for (size_t k = of; of && S_is(doc, of, "of") && k-- > 1 && of - k < 7;) {
        if (S_ch(doc, k) == ',' && (S_is(doc, k + 1, "a") || S_is(doc, k + 1, "an") || S_is(doc, k + 1, "the"))) {
            int person = ng_mention_at(doc, k - 1);
            if (person >= 0 && doc->mentions[person].actor >= 0 &&
                doc->actors[doc->mentions[person].actor].type == NG_ACTOR_PERSON)
                return (int)k - 1;
            break;
        }
        if (doc->toks[k].flags & (NG_TOK_PUNCT | NG_TOK_CAP))
            break;
    }
    return ng_mention_at(doc, ante) >= 0 ? (int)ante : -1;
}

/* "Halvorsen, which employs 5,400 people in six countries, agreed to
 * buy ...": the name a relative clause set off by commas follows, where
 * the clause closes right before verb v (the parse may hang the verb
 * inside the clause); a token of the name, or -1. */
static int S_name_before_relative(const ng_document *doc, size_t v)
{
    size_t k = ng_relative_clause_before(doc, v);
    return k ? S_antecedent(doc, k) : -1;
}

/* "Microsoft said it had completed its purchase of Activision": the body
 * "its" stands for (the nearest body named before it in the sentence),
 * or the person "his" or "her" does, takes part. */
static void S_possessor_pronoun(ng_document *doc, ng_event *ev, size_t k)
{
    int a = -1;
    if (S_is(doc, k, "his") || S_is(doc, k, "her")) {
        a = ng_person_for_pronoun(doc, k);
    } else if (S_is(doc, k, "its")) {
        for (size_t q = k; q-- > doc->sents[doc->toks[k].sent].tok_start && a < 0;) {
            int m = ng_mention_at(doc, q);
            if (m >= 0 && doc->mentions[m].actor >= 0 && doc->actors[doc->mentions[m].actor].type == NG_ACTOR_ORG)
                a = doc->mentions[m].actor;
        }
    }
    if (a >= 0)
        S_add_attendee(doc, ev, a);
}

/* Does the parse hang token t below token top (or is t top)? */
static bool S_below(const ng_document *doc, size_t t, size_t top)
{
    int h = (int)t;
    for (int steps = 0; h >= 0 && steps < 64; steps++, h = ng_dep_head(doc, (size_t)h))
        if (h == (int)top)
            return true;
    return false;
}

/* "signed at a ceremony attended by X and Y", "a summit attended by X":
 * the people named after a verb of attending (attending-verbs) on the noun
 * at token k, anywhere below it, take part (the titles and appositions of
 * a list of officials often mislead the parse of its agent phrase). */
static void S_attended_by(ng_document *doc, ng_event *ev, size_t k)
{
    for (int c = doc->dep_first[k]; c >= 0; c = doc->dep_next[c]) {
        if (strcmp(ng_dep_rel(doc, (size_t)c), "acl") != 0 || !S_listed(doc, (size_t)c, "attending-verbs"))
            continue;
        if (ng_dep_child(doc, (size_t)c, "obl:agent") < 0)
            continue;
        const ng_sentence *s = &doc->sents[doc->toks[c].sent];
        for (size_t m = ng_mention_lower_bound(doc, (uint32_t)c + 1);
             m < doc->nmention && doc->mentions[m].tok_start < s->tok_end; m++)
            if (doc->mentions[m].actor >= 0 && doc->mentions[m].type == NG_ACTOR_PERSON &&
                S_below(doc, doc->mentions[m].tok_start, (size_t)c))
                S_add_attendee(doc, ev, doc->mentions[m].actor);
    }
}

/* Who takes part from the parse of the trigger: its subject, objects,
 * passive agent, possessor and nominal modifiers; a participle's noun
 * ("the arrested man"); for a verb with no subject of its own ("vowed to
 * attack"), the subject of the verb it completes. Whether a subject or
 * agent named someone. */
static bool S_parse_participants(ng_document *doc, const event_site *at, ng_event *ev)
{
    size_t trig = at->trig;
    bool subject = false, subject_named = false;
    for (int c = doc->dep_first[trig]; c >= 0; c = doc->dep_next[c]) {
        const char *rel = ng_dep_rel(doc, (size_t)c);
        if (!S_participant_rel(rel) || (strcmp(rel, "obl") == 0 && !S_party_oblique(doc, (size_t)c, at->klass)))
            continue;
        size_t before = ev->nattendee;
        S_parse_argument(doc, ev, (size_t)c);
        int ante = ev->nattendee == before && strncmp(rel, "nsubj", 5) == 0 ? S_antecedent(doc, (size_t)c) : -1;
        if (ante >= 0)
            S_parse_argument(doc, ev, (size_t)ante);
        if (ev->nattendee == before && strcmp(rel, "nmod:poss") == 0)
            S_possessor_pronoun(doc, ev, (size_t)c);
        /* (not a score the parse takes for one: "beat X 6-4, 6-2 to win
         * the bronze medal") */
        if ((strncmp(rel, "nsubj", 5) == 0 || strcmp(rel, "obl:agent") == 0) &&
            strcmp(ng_dep_upos(doc, (size_t)c), "NUM") != 0) {
            subject = true;
            subject_named = subject_named || ev->nattendee > before;
        }
    }
    /* "appointed Sarah Klein as chief executive": the parse may read the
     * one acted on as the subject of a clause without a verb, "as" a
     * post, that the trigger takes */
    for (int c = doc->dep_first[trig]; c >= 0; c = doc->dep_next[c]) {
        const char *rel = ng_dep_rel(doc, (size_t)c);
        int as = (!strcmp(rel, "ccomp") || !strcmp(rel, "xcomp")) && c > (int)trig
                     ? ng_dep_child(doc, (size_t)c, "case")
                     : -1;
        int small = as >= 0 && S_is(doc, (size_t)as, "as") && ng_dep_child(doc, (size_t)c, "cop") < 0
                        ? ng_dep_child(doc, (size_t)c, "nsubj")
                        : -1;
        if (small > (int)trig && small < as)
            S_parse_argument(doc, ev, (size_t)small);
        /* (or the name itself as the complement: "also named Yoko Kamikawa
         * as foreign minister") */
        if (!strcmp(ev->klass, "Appointment") && !strcmp(rel, "xcomp") && c > (int)trig &&
            !strcmp(ng_dep_upos(doc, (size_t)c), "PROPN"))
            S_parse_argument(doc, ev, (size_t)c);
        /* "lawmakers voted to oust Prime Minister Michel Barnier": whom a
         * vote acts on, the object of the verb it takes */
        int voted_on = !strcmp(ev->klass, "Vote") && !strcmp(rel, "xcomp") && c > (int)trig &&
                               !strcmp(ng_dep_upos(doc, (size_t)c), "VERB")
                           ? ng_dep_child(doc, (size_t)c, "obj")
                           : -1;
        /* (not "it", a thing voted on: "voted unanimously to block it") */
        if (voted_on >= 0 && !S_is(doc, (size_t)voted_on, "it"))
            S_parse_argument(doc, ev, (size_t)voted_on);
    }
    S_attended_by(doc, ev, trig);
    for (int c = doc->dep_first[trig]; c >= 0; c = doc->dep_next[c])
        if (!strcmp(ng_dep_rel(doc, (size_t)c), "obl"))
            S_attended_by(doc, ev, (size_t)c);
    int head = ng_dep_head(doc, trig);
    const char *rel = ng_dep_rel(doc, trig);
    /* (a relative clause's own subject, "who", named the one it is about
     * already: not the noun the parse hangs it from, "a former chair of
     * the Ohio Republican Party, who was sentenced") */
    if (head >= 0 && (strncmp(rel, "acl", 3) == 0 || strcmp(rel, "amod") == 0) &&
        !(subject_named && !strcmp(rel, "acl:relcl")))
        S_parse_argument(doc, ev, (size_t)head);
    /* "found Ryan Salame guilty": an adjective completing a verb is said
     * of the verb's object */
    int object = head >= 0 && strcmp(rel, "xcomp") == 0 && !strcmp(ng_dep_upos(doc, trig), "ADJ")
                     ? ng_dep_child(doc, (size_t)head, "obj")
                     : -1;
    if (object >= 0)
        S_parse_argument(doc, ev, (size_t)object);
    /* "..., beating Carlos Alcaraz 7-6": a participle's subject is its
     * clause's; so is that of "to" and a verb of purpose ("beat the
     * Mavericks to win the title") */
    int mark = strcmp(rel, "advcl") == 0 || strcmp(rel, "ccomp") == 0 || strcmp(rel, "parataxis") == 0
                   ? ng_dep_child(doc, trig, "mark")
                   : -1;
    bool purpose = mark >= 0 && mark < (int)trig && S_is(doc, (size_t)mark, "to");
    if (purpose)
        head = S_past_score(doc, head);
    if (head >= 0 && !subject && !S_judges(doc, (size_t)head) &&
        (strcmp(rel, "xcomp") == 0 || strcmp(rel, "conj") == 0 || purpose ||
         (ng_tok_ing_form(doc, trig) && strcmp(rel, "advcl") == 0))) {
        int subj = ng_dep_subject(doc, (size_t)head);
        /* (one the verb it completes has for object does it: "pressed Mr.
         * Yanukovych to sign an agreement", "urged both sides to return to
         * talks") */
        int controller = !strcmp(rel, "xcomp") && !strcmp(ng_dep_upos(doc, trig), "VERB")
                             ? ng_dep_child(doc, (size_t)head, "obj")
                             : -1;
        if (controller > head && controller < (int)trig)
            subj = controller;
        /* (a conjunct right after a noun has that noun for its subject: a
         * clause the parse joined wrongly, "after The New York Times
         * published a story") */
        if (!strcmp(rel, "conj") && S_lost_subject(doc, trig, at->lo) >= 0)
            subj = (int)trig - 1;
        if (subj < 0)
            subj = S_name_before_relative(doc, (size_t)head);
        /* ("Sinner became the first Italian man to win the U.S. Open,
         * beating Taylor Fritz": up through the noun the verb describes to
         * the clause that has a subject) */
        for (int up = head, d = 0; subj < 0 && d < 3 && up >= 0; d++) {
            const char *r = ng_dep_rel(doc, (size_t)up);
            if (strcmp(r, "acl") != 0 && strcmp(r, "xcomp") != 0)
                break;
            up = ng_dep_head(doc, (size_t)up);
            bool complement = up >= 0 && !strcmp(ng_dep_rel(doc, (size_t)up), "xcomp");
            if (complement && !strcmp(ng_dep_upos(doc, (size_t)up), "NOUN"))
                up = ng_dep_head(doc, (size_t)up);
            if (up >= 0 && !strcmp(ng_dep_upos(doc, (size_t)up), "VERB"))
                subj = ng_dep_subject(doc, (size_t)up);
        }
        size_t before = ev->nattendee;
        if (subj >= 0 && S_antecedent(doc, (size_t)subj) >= 0)
            subj = S_antecedent(doc, (size_t)subj);
        if (subj >= 0)
            S_parse_argument(doc, ev, (size_t)subj);
        subject_named = ev->nattendee > before;
    }
    return subject_named;
}

/* "the city's response to the arrival of migrants": an event's noun whose
 * "of" names people by a noun for several of them is theirs, not the
 * clause's subject's. */
static bool S_of_unnamed_people(const ng_document *doc, size_t trig)
{
    if (trig + 2 >= doc->ntok || !S_is(doc, trig + 1, "of"))
        return false;
    for (size_t k = trig + 2; k < doc->ntok && k < trig + 5; k++) {
        if ((doc->toks[k].flags & NG_TOK_CAP) || ng_mention_at(doc, k) >= 0 || !(doc->toks[k].flags & NG_TOK_WORD))
            return false;
        if (ng_lex_person_noun(doc->lex, doc->toks[k].lower) == 2)
            return true;
    }
    return false;
}

/* Is token n a common noun for a thing: no name, no person or group of
 * people, no body ("airbag", "expectations"; not "soldiers", "the
 * company")? */
static bool S_thing_noun(const ng_document *doc, size_t n)
{
    if (strcmp(ng_dep_upos(doc, n), "NOUN") != 0 ||
        doc->art->paras[doc->sents[doc->toks[n].sent].para].kind == NG_PARA_HEADING)
        return false;
    /* (no name anywhere in it: "Chargers wide receiver Vincent Jackson") */
    size_t lo, hi;
    ng_dep_phrase(doc, n, &lo, &hi);
    for (size_t k = lo; k < hi; k++)
        if (ng_mention_at(doc, k) >= 0 || !strcmp(ng_dep_upos(doc, k), "PRON"))
            return false;
    return S_thing_word(doc, n) && !ng_lex_is_title_head(doc->lex, doc->toks[n].lower) &&
           !ng_lex_is_people_name(doc->lex, doc->toks[n].lower) && S_antecedent(doc, n) < 0;
}

/* Is the word at i a past participle between a determiner, a count or a
 * possessive and the noun it modifies ("freed two jailed Americans"; a
 * count after a verb or a preposition: "the two discussed investments"
 * has a subject)? */
static bool S_participle_before_noun(const ng_document *doc, size_t i, size_t lo, size_t hi)
{
    const char *w = doc->toks[i].lower;
    size_t n = strlen(w);
    if (n < 5 || strcmp(w + n - 2, "ed") != 0 || i <= lo || i + 1 >= hi)
        return false;
    bool opener = S_is(doc, i - 1, "the") || S_is(doc, i - 1, "a") || S_is(doc, i - 1, "an") ||
                  (doc->toks[i - 1].flags & (NG_TOK_NUM | NG_TOK_POSS)) ||
                  (!strcmp(ng_dep_upos(doc, i - 1), "NUM") && i >= lo + 2 &&
                   (!strcmp(ng_dep_upos(doc, i - 2), "VERB") || !strcmp(ng_dep_upos(doc, i - 2), "ADP")));
    const char *next = ng_dep_upos(doc, i + 1);
    return opener && (!strcmp(next, "NOUN") || !strcmp(next, "PROPN")) && (doc->toks[i + 1].flags & NG_TOK_WORD);
}

/* Is the active subject of verb v such a thing? */
static bool S_thing_subject(const ng_document *doc, size_t v)
{
    int subj = ng_dep_child(doc, v, "nsubj");
    return subj >= 0 && strcmp(ng_dep_rel(doc, (size_t)subj), "nsubj") == 0 && S_thing_noun(doc, (size_t)subj);
}

static bool S_possessive_meeting(ng_document *doc, const event_site *at, ng_event *ev)
{
    size_t trig = at->trig;
    size_t trig_end = at->trig_end;
    size_t lo = at->lo;
    size_t hi = at->hi;
    int poss = -1;
    for (size_t k = trig; k-- > lo && k + 6 > trig;) {
        if (doc->toks[k].flags & NG_TOK_POSS) {
            int m = k > 0 ? ng_mention_at(doc, k - 1) : -1;
            if (m >= 0 && doc->mentions[m].actor >= 0 && doc->actors[doc->mentions[m].actor].type == NG_ACTOR_PERSON)
                poss = doc->mentions[m].actor;
            break;
        }
        if (ng_mention_at(doc, k) >= 0 || (doc->toks[k].flags & NG_TOK_PUNCT))
            break;
    }
    if (poss >= 0) {
        S_add_attendee(doc, ev, poss);
        /* "with Y", "between A and B" after the trigger */
        for (size_t k = trig_end; k < hi; k++) {
            if (!(S_is(doc, k, "with") || S_is(doc, k, "between")))
                continue;
            for (size_t q = k + 1; q < hi && q < k + 12; q++) {
                int m = ng_mention_at(doc, q);
                if (m >= 0 && doc->mentions[m].actor >= 0 &&
                    doc->actors[doc->mentions[m].actor].type == NG_ACTOR_PERSON) {
                    S_add_attendee(doc, ev, doc->mentions[m].actor);
                    q = doc->mentions[m].tok_end - 1;
                    if (!(q + 1 < hi && S_is(doc, q + 1, "and")))
                        break;
                }
            }
            break;
        }
        return true;
    }
    return false;
}

/* Everyone named in the clause takes part, as far as the kind of event
 * allows. */

/* "stealing a painting by Vincent van Gogh": who made a work the clause
 * speaks of takes no part in its event (`made-works`, `released-works`). */
static bool S_maker_of_work(const ng_document *doc, const ng_mention *mm)
{
    size_t b = mm->tok_start;
    return b >= 2 && S_is(doc, b - 1, "by") && !(doc->toks[b - 2].flags & NG_TOK_CAP) &&
           (S_listed(doc, b - 2, "made-works") || S_listed(doc, b - 2, "released-works"));
}

/* "was among the pastors who met", "one of the lawyers who": a noun a
 * name is counted among? */
static bool S_among(const ng_document *doc, size_t noun)
{
    int c = ng_dep_child(doc, noun, "case");
    return c >= 0 && (S_is(doc, (size_t)c, "among") || S_is(doc, (size_t)c, "of"));
}

/* "Bob Ferguson said a judge in Seattle had also ruled against the deal",
 * "Chevron completed the deal hours after an arbitration panel ruled":
 * where a noun that names no one is who did what trigger trig says (its
 * subject, the noun its relative pronoun stands for, the noun the parse
 * reads it as describing, or a subject the parse hangs from the verb of
 * saying over it), the token that noun's phrase starts at; lo if none.
 * Not a description of one named ("when the Republican front-runner
 * arrives"), one in apposition to a name, nor "among" the ones a name is
 * ("Theresa Kostrzewa, a lobbyist who has donated", "Wallnau was among
 * the pastors who met with Trump"). */
static size_t S_unnamed_doer_from(const ng_document *doc, size_t trig, int reporting, size_t lo)
{
    int doer = -1;
    for (int c = doc->dep_first ? doc->dep_first[trig] : -1; c >= 0; c = doc->dep_next[c])
        if (!strcmp(ng_dep_rel(doc, (size_t)c), "nsubj") ||
            (reporting >= 0 && !strcmp(ng_dep_rel(doc, (size_t)c), "nsubj:pass")))
            doer = c;
    /* (a relative pronoun stands for the noun its clause describes:
     * "consumers and health plans that bought Chantix", "court decisions
     * that upheld"; not "who", whose noun is often a name's apposition) */
    if (doer >= 0 && !strcmp(ng_dep_rel(doc, trig), "acl:relcl") && ng_dep_head(doc, trig) >= 0 &&
        (S_is(doc, (size_t)doer, "that") || S_is(doc, (size_t)doer, "which")))
        doer = ng_dep_head(doc, trig);
    /* (or the parse reads the verb as describing the noun before it) */
    int described = doc->dep_first ? ng_dep_head(doc, trig) : -1;
    int det = described >= 0 ? ng_dep_child(doc, (size_t)described, "det") : -1;
    if (doer < 0 && described + 1 == (int)trig && !strcmp(ng_dep_rel(doc, trig), "acl") && det >= 0 &&
        (S_is(doc, (size_t)det, "a") || S_is(doc, (size_t)det, "an")) && !S_is(doc, trig + 1, "by") &&
        !ng_tok_ing_form(doc, trig) && strcmp(ng_dep_rel(doc, (size_t)described), "appos") != 0)
        doer = described;
    /* (the parse may hang that subject from the verb of saying, between
     * it and the trigger: "said a judge ... had ruled") */
    for (int c = reporting >= 0 && doer < 0 ? doc->dep_first[reporting] : -1; c >= 0; c = doc->dep_next[c])
        if (c > reporting && c < (int)trig && !strcmp(ng_dep_rel(doc, (size_t)c), "nsubj"))
            doer = c;
    size_t from = lo, to;
    if (doer >= 0 && !strcmp(ng_dep_upos(doc, (size_t)doer), "NOUN") && S_actor_of(doc, (size_t)doer) < 0 &&
        strcmp(ng_dep_rel(doc, (size_t)doer), "appos") != 0 && !S_among(doc, (size_t)doer))
        ng_dep_phrase(doc, (size_t)doer, &from, &to);
    /* (a noun set off by a comma right after a name is the name's
     * apposition, whatever the parse reads: "NetChoice, a trade group
     * representing Meta and Google, had sued") */
    int named = from >= lo + 2 && S_ch(doc, from - 1) == ',' ? ng_mention_at(doc, from - 2) : -1;
    if (named >= 0 && doc->mentions[named].tok_end == from - 1 && doc->mentions[named].actor >= 0)
        from = lo;
    return from > lo ? from : lo;
}

/* Is mention mm inside the apposition of a name before the trigger, set
 * off by commas: "NetChoice, a trade group representing Meta and Google,
 * had sued"? It describes the name; it takes no part. */
static bool S_in_apposition(const ng_document *doc, const ng_mention *mm, size_t lo, size_t trig)
{
    if (mm->tok_end >= trig)
        return false;
    size_t open = mm->tok_start;
    while (open > lo && S_ch(doc, open - 1) != ',' && !ng_dep_finite(doc, open - 1))
        open--;
    if (open <= lo + 1 || S_ch(doc, open - 1) != ',')
        return false;
    int named = ng_mention_at(doc, open - 2);
    if (named < 0 || doc->mentions[named].tok_end != open - 1 || doc->mentions[named].actor < 0 ||
        !(S_is(doc, open, "a") || S_is(doc, open, "an") || S_is(doc, open, "the")))
        return false;
    for (size_t k = mm->tok_end; k < trig; k++)
        if (S_ch(doc, k) == ',')
            return true;
    return false;
}

/* "Nissan Motor Co has filed a lawsuit against Carlos Ghosn": a party of
 * a lawsuit (multiparty) named as the subject of the verb whose object the
 * trigger is takes part, whoever else the clause names. */
static bool S_files_it(const ng_document *doc, const ng_mention *mm, size_t trig, bool multiparty)
{
    if (!multiparty || !doc->dep_first || strcmp(ng_dep_rel(doc, trig), "obj") != 0)
        return false;
    int verb = ng_dep_head(doc, trig);
    int subj = verb >= 0 ? ng_dep_subject(doc, (size_t)verb) : -1;
    return subj >= (int)mm->tok_start && subj < (int)mm->tok_end;
}

static void S_clause_participants(ng_document *doc, const event_site *at, ng_event *ev, bool multiparty)
{
    size_t trig = at->trig;
    size_t trig_end = at->trig_end;
    size_t lo = at->lo;
    size_t hi = at->hi;
    const char *klass = at->klass;
    bool trig_quoted = at->quoted;
    bool persons = false;
    size_t first = ng_mention_lower_bound(doc, (uint32_t)lo);
    for (size_t m = first; m < doc->nmention && doc->mentions[m].tok_start < hi; m++) {
        const ng_mention *mm = &doc->mentions[m];
        /* (not the host: "the foreign ministers of Armenia and Azerbaijan
         * met at a meeting hosted by Antony Blinken" is the countries') */
        if (mm->tok_start >= lo && mm->tok_end <= hi && mm->actor >= 0 && mm->actor != ev->organizer &&
            doc->actors[mm->actor].type == NG_ACTOR_PERSON && S_in_quote(doc, mm->tok_start, lo) == trig_quoted)
            persons = true;
    }
    bool between = false;
    /* "Kiani called the ruling a victory": who judges an event takes no
     * part in it (who tells of one may: "Police said the man was
     * arrested") */
    int reporting = S_reporting_verb_over(doc, trig);
    /* (nor who tells of it after the telling: "The two leaders discussed
     * X, spokesman John Kirby told reporters": the clause after the comma
     * before the verb of saying is the teller's) */
    size_t teller = hi;
    int told = reporting;
    /* (the parse may hang the telling from the trigger: a verb of saying
     * a few words from the sentence's end, after a comma, says it too) */
    bool marks = false; /* (not in a sentence with quotation marks: whose words are whose is quotes.c's) */
    for (size_t q = at->s->tok_start; q < at->s->tok_end && !marks; q++)
        marks = (doc->toks[q].flags & NG_TOK_QUOTE) != 0;
    for (size_t q = trig_end; told < 0 && !marks && q < hi && q < at->s->tok_end; q++)
        if (ng_lex_speech_verb(doc->lex, doc->toks[q].lower) == 1 && q + 5 >= at->s->tok_end &&
            !S_is(doc, q + 1, "that"))
            told = (int)q;
    if (told > (int)trig && !trig_quoted && !marks && ng_lex_speech_verb(doc->lex, doc->toks[told].lower) == 1) {
        teller = (size_t)told;
        while (teller > trig_end && S_ch(doc, teller - 1) != ',')
            teller--;
        if (teller == trig_end)
            teller = hi;
    }
    /* (nor, where a noun names who did it, anyone named before that noun) */
    size_t doer_from = S_unnamed_doer_from(doc, trig, reporting, lo);
    /* (nor who tells of an event named already, "the verdict": "Efraim
     * Zuroff of the Simon Wiesenthal Center said the verdict sent an
     * important message"; not a meeting the teller was at) */
    if (reporting >= 0 && reporting < (int)trig && trig > lo && !strcmp(ng_dep_upos(doc, trig), "NOUN") &&
        !S_meeting_like(klass) &&
        (S_is(doc, trig - 1, "the") || S_is(doc, trig - 1, "this")) && doer_from < (size_t)reporting + 1)
        doer_from = (size_t)reporting + 1;
    if (reporting >= 0 && !S_judges(doc, (size_t)reporting))
        reporting = -1;
    /* ("..., Chief Ron Thomas told reporters at a news conference": an
     * event of the telling is the teller's, not the said words') */
    size_t told_from = doer_from;
    int gov = S_governor(doc, trig, trig_end);
    int teller_subj = gov >= (int)lo && gov < (int)trig && ng_lex_speech_verb(doc->lex, doc->toks[gov].lower) == 1 &&
                              S_meeting_like(klass)
                          ? ng_dep_subject(doc, (size_t)gov)
                          : -1;
    if (teller_subj >= (int)lo) {
        size_t ps, pe;
        ng_dep_phrase(doc, (size_t)teller_subj, &ps, &pe);
        told_from = ps > told_from ? ps : told_from;
    } else if (gov > (int)lo && gov < (int)trig && ng_lex_speech_verb(doc->lex, doc->toks[gov].lower) == 1 &&
               S_meeting_like(klass)) {
        /* (where the parse reads no subject) */
        size_t c = S_named_teller_from(doc, (size_t)gov, lo);
        if (c > told_from)
            told_from = c;
    }
    /* ("The justices ruled that the risk posed by TikTok's ties to China
     * ...": what a verb says in its clause of content names no party) */
    size_t said_lo = 0, said_hi = 0;
    int content = doc->dep_first && !strcmp(ng_dep_upos(doc, trig), "VERB") ? ng_dep_child(doc, trig, "ccomp") : -1;
    if (content > (int)trig)
        ng_dep_phrase(doc, (size_t)content, &said_lo, &said_hi);
    size_t aim_lo, aim_hi;
    S_purpose_clause(doc, trig, trig_end, klass, &aim_lo, &aim_hi);
    for (size_t m = first; m < doc->nmention && doc->mentions[m].tok_start < hi; m++) {
        const ng_mention *mm = &doc->mentions[m];
        if (mm->tok_start < lo || mm->tok_end > hi || mm->actor < 0 ||
            (reporting >= 0 && mm->tok_start < (size_t)reporting) || mm->tok_start >= teller ||
            (mm->tok_start >= said_lo && mm->tok_start < said_hi) || mm->tok_start < told_from ||
            (mm->tok_start >= aim_lo && mm->tok_start < aim_hi))
            continue;
        if (S_in_quote(doc, mm->tok_start, lo) != trig_quoted)
            continue;
        if (mm->actor == ev->organizer || mm->actor == ev->location || S_origin(doc, mm))
            continue;
        /* (nor one a relative clause the trigger is not in names: "met
         * Putin, a trip that drew criticism from Zelenskiy") */
        if (S_described_only(doc, m, lo, hi, trig) || S_maker_of_work(doc, mm) || S_in_apposition(doc, mm, lo, trig) ||
            S_in_apposed_relative_clause(doc, mm->tok_start, trig))
            continue;
        int type = doc->actors[mm->actor].type;
        if (S_meeting_like(klass) && persons) {
            if (type == NG_ACTOR_PERSON)
                S_add_attendee(doc, ev, mm->actor);
            continue;
        }
        if (type == NG_ACTOR_PERSON ||
            ((!persons || S_files_it(doc, mm, trig, multiparty)) && mm->tok_start < trig && !S_located(doc, mm) &&
             S_can_act(doc, mm->actor, mm->metonym)))
            S_add_attendee(doc, ev, mm->actor);
        else if (!persons && mm->tok_start > trig && type == NG_ACTOR_PLACE && ev->location < 0 && S_located(doc, mm) &&
                 !S_in_topic(doc, mm, trig, klass))
            ev->location = mm->actor;
        else if (!persons && mm->tok_start > trig &&
                 ((multiparty && mm->tok_end <= trig_end) ||
                  S_is(doc, mm->tok_start - 1, "with") || S_is(doc, mm->tok_start - 1, "between") ||
                  (between && S_is(doc, S_before_the(doc, mm->tok_start), "and")) ||
                  (multiparty && (S_is(doc, mm->tok_start - 1, "by") ||
                                  (S_is(doc, mm->tok_start - 1, "the") && S_is(doc, mm->tok_start - 2, "by")))))) {
            /* "talks between Kenya and Somalia" */
            between = between || S_is(doc, mm->tok_start - 1, "between");
            S_add_attendee(doc, ev, mm->actor);
        }
    }
}

/* "won the Tour of Flanders ..., beating Italy's Filippo Ganna": the one
 * beaten in the clause of a contest won (past a country's possessive). */
static void S_contest_beaten(ng_document *doc, const event_site *at, ng_event *ev)
{
    /* (in a clause after the contest's: "won ... on Sunday, riding alone
     * to the finish to beat ...") */
    size_t end = doc->sents[doc->toks[at->trig].sent].tok_end;
    for (size_t k = at->trig_end; k + 1 < end && k < at->trig_end + 40; k++) {
        if (S_ch(doc, k) == ';')
            return;
        /* (or the one a margin is over: "won the Tour Championship by five
         * shots over Xander Schauffele") */
        /* (or "ahead of": "to finish four shots ahead of Sweden's Ludvig
         * Aberg") */
        bool ahead = S_is(doc, k, "ahead") && S_is(doc, k + 1, "of") && k > at->trig_end + 1 &&
                     S_listed(doc, k - 1, "margin-nouns");
        bool over = S_is(doc, k, "over") && k > at->trig_end + 1 && S_listed(doc, k - 1, "margin-nouns");
        if (!S_listed(doc, k, "beating-verbs") && !over && !ahead)
            continue;
        size_t q = ahead ? k + 2 : k + 1;
        int m = ng_mention_at(doc, q);
        if (m >= 0 && doc->mentions[m].tok_start == q && doc->mentions[m].tok_end < end &&
            (doc->toks[doc->mentions[m].tok_end].flags & NG_TOK_POSS)) {
            q = doc->mentions[m].tok_end + 1;
            m = ng_mention_at(doc, q);
        }
        if (m >= 0 && doc->mentions[m].tok_start == q && S_side_kind(doc, m))
            S_add_attendee(doc, ev, doc->mentions[m].actor);
        return;
    }
}

/* "Javier Milei won Argentina's presidential runoff on Sunday, beating
 * Economy Minister Sergio Massa": the candidate a participle of beating
 * after a comma names (past titles) stood in the election too. */
static bool S_election_beaten(ng_document *doc, const event_site *at, ng_event *ev)
{
    /* (the participle's clause is past the trigger's) */
    size_t end = doc->sents[doc->toks[at->trig].sent].tok_end;
    for (size_t k = at->trig_end; k + 1 < end && k < at->hi + 2; k++) {
        if (!S_is(doc, k, ",") || !S_listed(doc, k + 1, "beating-verbs") || !ng_tok_ing_form(doc, k + 1))
            continue;
        size_t q = k + 2;
        while (q < end && q < k + 6 && ng_mention_at(doc, q) < 0 &&
               (ng_title_word(doc, q) || S_is(doc, q, "incumbent") || S_is(doc, q, "the")))
            q++;
        int m = q < end ? ng_mention_at(doc, q) : -1;
        if (m < 0 || doc->mentions[m].tok_start != q || doc->mentions[m].actor < 0 ||
            doc->actors[doc->mentions[m].actor].type != NG_ACTOR_PERSON)
            return false;
        S_add_attendee(doc, ev, doc->mentions[m].actor);
        return true;
    }
    return false;
}

/* "Sinner beat Alex de Minaur 6-3" with "beat" parsed as no verb: the
 * side named right after a result verb, before the score, plays (and the
 * candidate beaten in an election: "beat incumbent Gov. Matt Bevin"). */
static void S_game_opponent(ng_document *doc, const event_site *at, ng_event *ev)
{
    if (!strcmp(ev->klass, "Game") && S_contest_won(doc, at->trig, at->hi)) {
        S_contest_beaten(doc, at, ev);
        return;
    }
    if (!strcmp(ev->klass, "Election") && S_election_beaten(doc, at, ev))
        return;
    /* "lost the 2022 presidential election to Ana Velez": the winner */
    for (size_t k = at->trig_end; !strcmp(ev->klass, "Election") && k + 1 < at->hi && k < at->trig_end + 10; k++) {
        if (doc->toks[k].flags & (NG_TOK_PUNCT | NG_TOK_QUOTE))
            break;
        int m = S_is(doc, k, "to") ? ng_mention_at(doc, k + 1) : -1;
        if (m >= 0 && doc->mentions[m].tok_start == k + 1 && doc->mentions[m].actor >= 0 &&
            doc->actors[doc->mentions[m].actor].type == NG_ACTOR_PERSON) {
            S_add_attendee(doc, ev, doc->mentions[m].actor);
            return;
        }
    }
    for (size_t k = at->trig_end; k < at->hi && k < at->trig_end + 8; k++) {
        int m = ng_mention_at(doc, k);
        if (m < 0) {
            /* ("drew 2-2 with Liverpool", "lost 1-0 to the Jets", "lost in
             * the Finals to the Warriors", "a 4-1 win over the Sabres") */
            /* (and "were held 3-3 by Chelsea", "beat top-seeded Novak
             * Djokovic") */
            /* (or a seeding or a rank: "upset top seed Carlos Alcaraz",
             * "beat world champion X", `seeding-words`) */
            bool lower = (doc->toks[k].flags & NG_TOK_WORD) && !(doc->toks[k].flags & NG_TOK_CAP);
            bool modifier = lower && (strchr(doc->toks[k].lower, '-') || S_listed(doc, k, "seeding-words") ||
                                      ng_lex_is_title_head(doc->lex, doc->toks[k].lower));
            if (!S_is(doc, k, "the") && !(doc->toks[k].flags & NG_TOK_NUM) && !S_is(doc, k, "with") && !modifier &&
                !S_is(doc, k, "against") && !S_is(doc, k, "to") && !S_is(doc, k, "in") && !S_is(doc, k, "over") &&
                !S_is(doc, k, "by") && !S_is(doc, k, "a") && !S_is(doc, k, "draw") && !ng_tok_is_dash(doc, k) &&
                !S_listed(doc, k, "contest-stages") && !S_listed(doc, k, "elected-titles"))
                return;
            continue;
        }
        const ng_mention *mm = &doc->mentions[m];
        /* (past "the Finals", a stage the tagger reads as a name) */
        if (mm->actor < 0 || (mm->tok_end == mm->tok_start + 1 && S_listed(doc, mm->tok_start, "contest-stages"))) {
            k = mm->tok_end - 1;
            continue;
        }
        /* (past a country's possessive: "defeating China's Zheng Qinwen") */
        if (mm->tok_end + 1 < at->hi && ng_tok_possessive(doc, mm->tok_end) &&
            ng_mention_at(doc, mm->tok_end + 1) >= 0) {
            k = mm->tok_end;
            continue;
        }
        /* (not a place in the contest's name: "won the Monaco Grand Prix") */
        bool in_name = mm->tok_end < doc->ntok && (doc->toks[mm->tok_end].flags & NG_TOK_CAP);
        /* (an election's: a candidate, not the state won) */
        bool candidate = strcmp(ev->klass, "Election") != 0 ||
                         (mm->actor >= 0 && doc->actors[mm->actor].type == NG_ACTOR_PERSON);
        if (mm->actor >= 0 && mm->actor != ev->location && !S_origin(doc, mm) && !in_name && candidate)
            S_add_attendee(doc, ev, mm->actor);
        return;
    }
}

/* "the Wild's 4-1 win over the Sabres in front of 15,522 in KeyBank
 * Center", "in Group E": a body named in the game's sentence only after
 * "in" or "at" is no side; an arena named for its owner or sponsor
 * (`venue-heads`) is the game's place when none is known. */
static void S_drop_venues(const ng_document *doc, const event_site *at, ng_event *ev)
{
    size_t keep = 0;
    for (size_t i = 0; i < ev->nattendee; i++) {
        int a = ev->attendees[i];
        bool seen = false, elsewhere = false;
        for (size_t m = 0; m < doc->nmention && !elsewhere; m++) {
            const ng_mention *mm = &doc->mentions[m];
            if (mm->actor != a || mm->tok_start < at->s->tok_start || mm->tok_end > at->s->tok_end)
                continue;
            seen = true;
            elsewhere = mm->tok_start == 0 ||
                        !(S_is(doc, mm->tok_start - 1, "in") || S_is(doc, mm->tok_start - 1, "at"));
        }
        if (!(seen && !elsewhere && doc->actors[a].type == NG_ACTOR_ORG))
            ev->attendees[keep++] = a;
    }
    ev->nattendee = keep;
    for (size_t m = 0; m < doc->nmention && ev->location < 0; m++) {
        const ng_mention *mm = &doc->mentions[m];
        if (mm->actor < 0 || mm->tok_start <= at->s->tok_start || mm->tok_end > at->s->tok_end ||
            doc->actors[mm->actor].type != NG_ACTOR_ORG || mm->tok_end - mm->tok_start < 2 ||
            !(S_is(doc, mm->tok_start - 1, "in") || S_is(doc, mm->tok_start - 1, "at")))
            continue;
        if (S_listed(doc, mm->tok_end - 1, "venue-heads"))
            ev->location = mm->actor;
    }
}

/* Is the article about sport: a score anywhere in it, a side (a mention
 * the rules read as a team), or a person with a player's or a coach's
 * title (`side-titles`)? */
static bool S_sport_article(const ng_document *doc)
{
    for (size_t k = 0; k < doc->ntok; k++)
        if (S_score_at(doc, k, doc->sents[doc->toks[k].sent].tok_end))
            return true;
    for (size_t m = 0; m < doc->nmention; m++)
        if (doc->mentions[m].side)
            return true;
    for (size_t i = 0; i < doc->nactor; i++) {
        const ng_actor *a = &doc->actors[i];
        for (size_t t = 0; t < a->ntitle; t++) {
            const char *sp = strrchr(a->titles[t], ' ');
            char *head = ng_text_fold(sp ? sp + 1 : a->titles[t], strlen(sp ? sp + 1 : a->titles[t]));
            bool player = ng_lex_listed(doc->lex, "side-titles", head);
            free(head);
            if (player)
                return true;
        }
    }
    return false;
}

/* "the US-China trade deal", "Russia-Ukraine talks": the name joined by
 * a hyphen to a participant's takes part too. */
static void S_hyphen_partners(ng_document *doc, const event_site *at, ng_event *ev)
{
    for (size_t m = 0; m < doc->nmention; m++) {
        const ng_mention *mm = &doc->mentions[m];
        if (mm->actor < 0 || mm->tok_start < at->s->tok_start || mm->tok_end > at->s->tok_end)
            continue;
        bool attends = false;
        for (size_t a = 0; a < ev->nattendee && !attends; a++)
            attends = ev->attendees[a] == mm->actor;
        if (!attends)
            continue;
        /* the name after "X-", and the one before "-X", written close up */
        size_t after = mm->tok_end, before = mm->tok_start;
        int partner = -1;
        if (after + 1 < at->s->tok_end && S_ch(doc, after) == '-' &&
            doc->toks[after].start == doc->toks[after - 1].end && doc->toks[after + 1].start == doc->toks[after].end)
            partner = ng_mention_at(doc, after + 1);
        if (partner < 0 && before >= at->s->tok_start + 2 && S_ch(doc, before - 1) == '-' &&
            doc->toks[before - 1].end == doc->toks[before].start &&
            doc->toks[before - 2].end == doc->toks[before - 1].start)
            partner = ng_mention_at(doc, before - 2);
        if (partner >= 0 && doc->mentions[partner].actor >= 0)
            S_add_attendee(doc, ev, doc->mentions[partner].actor);
    }
}

/* "convicted former Ohio House Speaker Larry Householder", "RB's Daniel
 * Ricciardo": a body named before a participant's title or as the
 * participant's possessor is where the participant works, not a
 * participant of its own. */
static void S_drop_employers(const ng_document *doc, const event_site *at, ng_event *ev)
{
    size_t keep = 0;
    for (size_t i = 0; i < ev->nattendee; i++) {
        int a = ev->attendees[i];
        bool employer = false;
        for (size_t j = 0; j < ev->nattendee && !employer; j++) {
            const ng_actor *p = &doc->actors[ev->attendees[j]];
            for (size_t f = 0; p->type == NG_ACTOR_PERSON && f < p->naffil && !employer; f++)
                employer = p->affil[f] == a;
        }
        bool only_before_titles = employer;
        for (size_t m = ng_mention_lower_bound(doc, (uint32_t)at->lo);
             employer && m < doc->nmention && doc->mentions[m].tok_start < at->hi; m++) {
            const ng_mention *mm = &doc->mentions[m];
            if (mm->actor != a)
                continue;
            size_t e = mm->tok_end;
            /* (or a possessive before the person: "RB's Daniel Ricciardo") */
            only_before_titles = only_before_titles && e < doc->ntok &&
                                 (ng_lex_is_title_head(doc->lex, doc->toks[e].lower) ||
                                  ng_lex_is_title_mod(doc->lex, doc->toks[e].lower) ||
                                  ((doc->toks[e].flags & NG_TOK_POSS) && e + 1 < doc->ntok &&
                                   ng_mention_at(doc, e + 1) >= 0 &&
                                   doc->mentions[ng_mention_at(doc, e + 1)].type == NG_ACTOR_PERSON));
        }
        if (!only_before_titles)
            ev->attendees[keep++] = a;
    }
    ev->nattendee = keep;
}

/* The people a meeting, talks or a call in the sentence before token
 * tok's had for its attendees, two or more of them (up to max into out);
 * 0 for none. */
static size_t S_people_last_met(const ng_document *doc, size_t tok, int *out, size_t max)
{
    uint32_t sent = doc->toks[tok].sent;
    for (size_t i = doc->nevent; i-- > 0;) {
        const ng_event *o = &doc->events[i];
        if (o->sent >= sent || o->sent + 1 < sent || !S_meeting_like(o->klass) || o->nattendee < 2 ||
            o->modality != NG_MOD_ASSERTED)
            continue;
        size_t n = 0;
        for (size_t a = 0; a < o->nattendee && n < max; a++)
            if (doc->actors[o->attendees[a]].type == NG_ACTOR_PERSON)
                out[n++] = o->attendees[a];
        return n >= 2 ? n : 0;
    }
    return 0;
}

static void S_subject_participants(ng_document *doc, const event_site *at, ng_event *ev)
{
    size_t trig = at->trig;
    size_t lo = at->lo;
    const char *klass = at->klass;
    /* "The two leaders agreed to meet", "the two governments would meet
     * again": the pair the subject counts (also the subject of the verb
     * the trigger completes or is the object of: "will hold talks") */
    int subj = doc->dep_first ? ng_dep_subject(doc, trig) : -1;
    int head = doc->dep_first ? ng_dep_head(doc, trig) : -1;
    if (subj < 0 && head >= 0 && (!strcmp(ng_dep_rel(doc, trig), "xcomp") || !strcmp(ng_dep_rel(doc, trig), "obj")))
        subj = ng_dep_subject(doc, (size_t)head);
    int pair[2];
    /* (they alone: "Milei's office said the two discussed investments" is
     * no talks of the office's owner alone) */
    if (subj >= 0 && S_pair_named(doc, (size_t)subj, pair) == 2) {
        ev->nattendee = 0;
        S_add_attendee(doc, ev, pair[0]);
        S_add_attendee(doc, ev, pair[1]);
        return;
    }
    /* "She met Governor Tom Reyes", "The minister visited Cusco": a
     * pronoun or a description in the subject slot before the trigger */
    /* (not of a participle that describes people: "They talked about the
     * case of an Italian journalist detained in Iran") */
    int described = !strcmp(ng_dep_rel(doc, trig), "acl") && !strcmp(ng_dep_upos(doc, trig), "VERB")
                        ? ng_dep_head(doc, trig)
                        : -1;
    bool describes = described >= 0 && described < (int)trig &&
                     ng_lex_person_noun(doc->lex, doc->toks[described].lower) != 0;
    /* (no "he" where people unnamed are the verb's subject: "after he
     * declared it ... and lawmakers voted") */
    bool people_subject = S_unnamed_people_subject(doc, trig, lo);
    if (!describes &&
        (S_meeting_like(klass) || ev->nattendee == 0 || S_is(doc, lo, "they") || ng_plural_description(doc, lo))) {
        /* ("He said the shooting appeared to stem from ...": who tells of
         * an event is not in it) */
        int reporting = S_reporting_verb_over(doc, trig);
        /* (but the telling's own event is the teller's: "She said at a
         * conference in February", "calling it a "great meeting""; not
         * what the telling judges, no meeting: "He called the attack "an
         * act of barbarism"") */
        int gov = S_governor(doc, trig, at->trig_end);
        bool judged = !S_meeting_like(klass) &&
                      (!strcmp(ng_dep_rel(doc, trig), "obj") || !strcmp(ng_dep_rel(doc, trig), "xcomp"));
        if (gov >= 0 && gov == reporting && !judged)
            reporting = -1;
        bool named_before = false;
        for (size_t k = lo; k < trig && !named_before; k++) {
            int m = ng_mention_at(doc, k);
            for (size_t a = 0; m >= 0 && a < ev->nattendee; a++)
                named_before = named_before || doc->mentions[m].actor == ev->attendees[a];
        }
        int who = -1;
        for (size_t k = lo; k < trig && !named_before && !people_subject && who < 0; k++) {
            if (!(S_is(doc, k, "he") || S_is(doc, k, "she")) || (int)k < reporting)
                continue;
            if (k > lo && (doc->toks[k - 1].flags & NG_TOK_WORD) &&
                (S_is(doc, k - 1, "with") || S_is(doc, k - 1, "to") || S_is(doc, k - 1, "and") ||
                 S_is(doc, k - 1, "that")))
                continue;
            who = ng_person_for_pronoun(doc, k);
        }
        if (!named_before && who < 0 && S_is(doc, lo, "the"))
            who = ng_person_described(doc, lo, trig);
        /* "They met ...", "The lawmakers ... led a protest march": the
         * people last named together */
        for (size_t k = lo; k < trig && who < 0; k++) {
            if (!(S_is(doc, k, "they") || ng_plural_description(doc, k)))
                continue;
            /* other names before the trigger take part instead, unless the
             * plural opens the clause as its subject */
            if (named_before && k != lo)
                break;
            if (k > lo && (S_is(doc, k - 1, "with") || S_is(doc, k - 1, "to") || S_is(doc, k - 1, "of") ||
                           S_is(doc, k - 1, "among")))
                continue;
            int people[8];
            size_t n = ng_people_for_plural(doc, k, people, 8);
            if (!n && (who = ng_actor_for_plural(doc, k)) >= 0)
                break;
            /* (else the people of the last meeting told: "Ruto met Abiy in
             * Addis Ababa. They signed a trade agreement.") */
            if (!n && S_is(doc, k, "they") && k == lo &&
                (S_meeting_like(klass) || S_deal_like(klass)))
                n = S_people_last_met(doc, k, people, 8);
            for (size_t i = 0; i < n; i++)
                if (people[i] != ev->organizer)
                    S_add_attendee(doc, ev, people[i]);
            if (n)
                break;
        }
        if (who >= 0 && who != ev->organizer)
            S_add_attendee(doc, ev, who);
    }
}

static void S_same_day(ng_document *doc, const event_site *at, ng_event *ev)
{
    const ng_sentence *s = at->s;
    /* "In the morning, lawmakers grilled X ... Later in the day, Y
     * testified": the day the story last dated */
    if (!ev->time_text && ev->modality == NG_MOD_ASSERTED) {
        bool same_day = false;
        for (size_t k = s->tok_start; k + 1 < s->tok_end && k < s->tok_start + 4 && !same_day; k++)
            same_day = (S_is(doc, k, "the") && (S_is(doc, k + 1, "morning") || S_is(doc, k + 1, "afternoon") ||
                                                  S_is(doc, k + 1, "evening") || S_is(doc, k + 1, "day"))) ||
                       (S_is(doc, k, "that") && (S_is(doc, k + 1, "day") || S_is(doc, k + 1, "morning")));
        /* the news day: a date within the week before publication, not the
         * background ("Trump's July 25 call") */
        char week_ago[11] = "";
        int y, mo, d;
        if (doc->published && ng_date_parse(doc->published, &y, &mo, &d)) {
            ng_date_add_days(&y, &mo, &d, -7);
            snprintf(week_ago, sizeof week_ago, "%04d-%02d-%02d", y, mo, d);
        }
        for (size_t i = doc->nevent; same_day && week_ago[0] && i-- > 0;)
            if (doc->events[i].date && doc->events[i].start < ev->start &&
                doc->events[i].modality == NG_MOD_ASSERTED && strcmp(doc->events[i].date, week_ago) >= 0 &&
                strcmp(doc->events[i].date, doc->published) <= 0) {
                ev->date = doc->events[i].date;
                ev->time_text = ng_doc_span(doc, doc->toks[s->tok_start].start, doc->toks[s->tok_start + 1].end);
                break;
            }
    }
}

/* Does one event's every participant take part in the other (the fewer
 * in the more), one at least? */
static bool S_sides_within(const ng_event *a, const ng_event *b)
{
    const ng_event *few = a->nattendee <= b->nattendee ? a : b, *many = few == a ? b : a;
    if (few->nattendee == 0)
        return false;
    for (size_t i = 0; i < few->nattendee; i++) {
        bool found = false;
        for (size_t j = 0; j < many->nattendee && !found; j++)
            found = many->attendees[j] == few->attendees[i];
        if (!found)
            return false;
    }
    return true;
}

/* Is actor city a city the lexicon places in actor country? */
static bool S_city_of(const ng_document *doc, int city, int country)
{
    if (city < 0 || country < 0)
        return false;
    const ng_lex_entry *c = doc->actors[city].lex, *k = doc->actors[country].lex;
    return c && k && c->place_kind == NG_PLACE_CITY && c->country >= 0 && ng_lex_entry_at(doc->lex, c->country) == k;
}

/* The capitalized name a verb of winning at token i takes ("won the
 * Tour Championship"), its first token and its length in *n; SIZE_MAX when
 * none. */
static size_t S_contest_name(const ng_document *doc, size_t i, size_t *n)
{
    *n = 0;
    if (!S_listed(doc, i, "winning-verbs"))
        return SIZE_MAX;
    size_t end = doc->sents[doc->toks[i].sent].tok_end, k = i + 1;
    if (k < end && (S_is(doc, k, "the") || S_is(doc, k, "his") || S_is(doc, k, "her") || S_is(doc, k, "their")))
        k++;
    while (k + *n < end && *n < 6 && (doc->toks[k + *n].flags & NG_TOK_CAP))
        (*n)++;
    return *n ? k : SIZE_MAX;
}

/* Is event o, told by a verb of winning that names its contest, another
 * contest than the one the verb at trig names? */
static bool S_other_contest(const ng_document *doc, const ng_event *o, size_t trig)
{
    size_t n, m;
    size_t a = S_contest_name(doc, trig, &n);
    if (a == SIZE_MAX)
        return false;
    size_t k = S_trigger_token(doc, o);
    size_t b = k < doc->sents[o->sent].tok_end ? S_contest_name(doc, k, &m) : SIZE_MAX;
    if (b == SIZE_MAX || b == a)
        return false;
    if (m != n)
        return true;
    for (size_t q = 0; q < n; q++)
        if (strcmp(doc->toks[a + q].lower, doc->toks[b + q].lower) != 0)
            return true;
    return false;
}

static bool S_merge_event(ng_document *doc, const event_site *at, ng_event *ev)
{
    size_t trig = at->trig;
    /* One node per event: the same kind with the same participants merges.
     * A speaker gives several speeches on one trip, each brought in afresh:
     * a speech in other words, with no "the" or possessive before it ("a
     * speech to ...; later, in remarks at ..."), is another one. Someone
     * named to a post is no one else's appointment: "Faye was sworn in
     * ... Faye named Ousmane Sonko as prime minister" (the appointee is
     * added after this). */
    int appointees[4];
    if (!strcmp(ev->klass, "Appointment") &&
        S_named_as(doc, trig, doc->sents[doc->toks[trig].sent].tok_end, appointees, 4) > 0)
        return false;
    bool anaphoric = trig > 0 && (S_is(doc, trig - 1, "the") || S_is(doc, trig - 1, "this") ||
                                  S_is(doc, trig - 1, "that") || S_is(doc, trig - 1, "his") ||
                                  S_is(doc, trig - 1, "her") || S_is(doc, trig - 1, "their") ||
                                  S_is(doc, trig - 1, "its") || (doc->toks[trig - 1].flags & NG_TOK_POSS));
    for (size_t i = 0; i < doc->nevent; i++) {
        ng_event *o = &doc->events[i];
        /* (talks held at a meeting are that meeting: "X met Y in Beijing
         * ... The two ministers discussed ...") */
        bool talks_at_meeting =
            !strcmp(o->klass, "Meeting") && !strcmp(ev->klass, "Talks") && o->modality == ev->modality;
        /* (a noun for a game in the sentence that tells it, with some of
         * its sides, is that game: "beating the Dallas Mavericks 106-88 in
         * Game 5"; a contest won is one of its own: "beat the Mavericks to
         * win the NBA Finals") */
        if (!strcmp(o->klass, "Game") && !strcmp(ev->klass, "Game") && o->sent == ev->sent &&
            o->modality == ev->modality && strcmp(ng_dep_upos(doc, trig), "VERB") != 0 && S_sides_within(o, ev)) {
            S_absorb_event(doc, o, ev);
            return true;
        }
        /* (so is "a deal" in the sentence that tells of a purchase, with
         * some of its parties: "agreed to buy Catalent for $16.5 billion,
         * in a deal that will expand production") */
        if (!strcmp(o->klass, "Acquisition") && !strcmp(ev->klass, "Agreement") &&
            o->sent == ev->sent && strcmp(ng_dep_upos(doc, trig), "VERB") != 0 && S_sides_within(o, ev)) {
            S_absorb_event(doc, o, ev);
            return true;
        }
        if ((strcmp(o->klass, ev->klass) != 0 && !talks_at_meeting) || o->nattendee != ev->nattendee)
            continue;
        /* (two contests won by name are two: "won the Tour Championship
         * ... He also won the BMW Championship last week in Illinois") */
        if (S_other_contest(doc, o, trig))
            continue;
        /* with nobody taking part (--all-events), only the same word */
        if (ev->nattendee == 0 && strcasecmp(o->trigger, ev->trigger) != 0)
            continue;
        if (!anaphoric && strcasecmp(o->trigger, ev->trigger) != 0 && strcmp(ev->klass, "Speech") == 0)
            continue;
        bool same = true;
        for (size_t a = 0; a < ev->nattendee && same; a++) {
            bool found = false;
            for (size_t b = 0; b < o->nattendee; b++)
                found = found || o->attendees[b] == ev->attendees[a];
            same = found;
        }
        /* (a city and its country are one place, in the same mood:
         * "arrived in Warsaw ... the first visit by an Indian prime
         * minister to Poland"; the city is the place) */
        bool mood = o->modality == ev->modality;
        bool within = mood && S_city_of(doc, ev->location, o->location);
        if (same && (o->location == ev->location || o->location < 0 || ev->location < 0 || within ||
                     (mood && S_city_of(doc, o->location, ev->location)))) {
            if (within)
                o->location = ev->location;
            S_join_event(doc, o, ev, trig, at->trig_end);
            return true;
        }
    }
    return false;
}

/* Where a trigger comes from: the lexicon (and the phrase rules), or the
 * trigger model (--all-events), with a class from the lexicon or none, or
 * from its verb's CAMEO root. */
typedef enum { FROM_LEXICON, FROM_MODEL, FROM_MODEL_ACT } trigger_origin;

/* The event whose trigger starts at token tok, or -1. */
static int S_event_of_token(const ng_document *doc, size_t tok)
{
    for (size_t i = doc->nevent; i-- > 0;) {
        if (doc->events[i].start == doc->toks[tok].start)
            return (int)i;
    }
    return -1;
}

/* "gave the grand jury prize to Claire Delorme", "awarded him the
 * prize": the one an award's noun at trig is given to, the object of a
 * verb of giving (`awarding-verbs`); -1 when none is named. */
static int S_award_recipient(const ng_document *doc, size_t trig)
{
    int verb = doc->dep_first ? ng_dep_head(doc, trig) : -1;
    if (verb < 0 || strcmp(ng_dep_rel(doc, trig), "obj") != 0 || !S_listed(doc, (size_t)verb, "awarding-verbs"))
        return -1;
    for (int c = doc->dep_first[verb]; c >= 0; c = doc->dep_next[c]) {
        const char *rel = ng_dep_rel(doc, (size_t)c);
        int mark = ng_dep_child(doc, (size_t)c, "case");
        if (!strcmp(rel, "iobj") || (!strcmp(rel, "obl") && mark >= 0 && S_is(doc, (size_t)mark, "to"))) {
            int a = S_actor_of(doc, (size_t)c);
            if (a < 0 && S_noun_names(doc, (size_t)c) >= 0)
                a = S_actor_of(doc, (size_t)S_noun_names(doc, (size_t)c));
            if (a >= 0)
                return a;
        }
    }
    return -1;
}

/* The event a participle of hosting at trig describes by its noun: "met
 * ... at a meeting hosted by X", the meeting joined to the meeting the
 * verb told (S_event_of_token finds only events told by that noun); -1
 * when none. */
static int S_hosted_event(const ng_document *doc, size_t trig)
{
    int head = ng_dep_head(doc, trig);
    if (head < 0 || strcmp(ng_dep_rel(doc, trig), "acl") != 0 || trig + 1 >= doc->ntok || !S_is(doc, trig + 1, "by") ||
        !(S_is(doc, trig, "hosted") || S_is(doc, trig, "organized") || S_is(doc, trig, "organised")))
        return -1;
    for (size_t i = doc->nevent; i-- > 0;)
        for (size_t j = 0; j < doc->events[i].nevidence; j++)
            if (doc->events[i].evidence[j].start == doc->toks[head].start)
                return (int)i;
    return -1;
}

/* "Prosecutors charged two men with murder over a shooting": a noun the
 * parse hangs (through a preposition) from another event's verb does not
 * take that event's parties by being near them: who charged did not
 * shoot. */
static void S_drop_governing_agents(const ng_document *doc, size_t trig, ng_event *ev)
{
    if (!doc->dep_first || strcmp(ng_dep_upos(doc, trig), "NOUN") != 0)
        return;
    int e = -1;
    size_t t = trig;
    for (int d = 0; d < 3 && e < 0; d++) {
        const char *rel = ng_dep_rel(doc, t);
        int h = ng_dep_head(doc, t);
        /* up through prepositions, and the object they may hang from */
        if (h < 0 || (strcmp(rel, "obl") != 0 && strcmp(rel, "nmod") != 0 && (d == 0 || strcmp(rel, "obj") != 0)))
            return;
        e = S_event_of_token(doc, (size_t)h);
        t = (size_t)h;
    }
    if (e < 0)
        return;
    const ng_event *gov = &doc->events[e];
    size_t keep = 0;
    for (size_t a = 0; a < ev->nattendee; a++) {
        bool theirs = false;
        for (size_t b = 0; b < gov->nattendee; b++)
            theirs = theirs || gov->attendees[b] == ev->attendees[a];
        if (!theirs)
            ev->attendees[keep++] = ev->attendees[a];
    }
    ev->nattendee = keep;
}

/* Is token k, a dependent of the verb of asking v, the one asked: its
 * object, or "on" someone after a form of "call" ("called on the unions
 * to ...", not "calling Trump his friend")? */
static bool S_one_asked(const ng_document *doc, size_t v, size_t k)
{
    const char *rel = ng_dep_rel(doc, k);
    if (strncmp(doc->toks[v].lower, "call", 4) != 0)
        return !strcmp(rel, "obj") || !strcmp(rel, "iobj");
    int c = ng_dep_child(doc, k, "case");
    return !strcmp(rel, "obl") && c >= 0 && S_is(doc, (size_t)c, "on");
}

/* "Wilder urged both sides to return to talks", "called on the unions
 * to end the strike": whoever asks someone else for an event does not
 * take part in it; those asked do. The verb of asking over the trigger,
 * up through the complement it asks for, that has someone it asks (an
 * object, or "on" someone: its token in *asked_out); -1 for none. */
static int S_asker_verb(const ng_document *doc, size_t trig, int *asked_out)
{
    size_t t = trig;
    bool clause_of_noun = false; /* (the parse may hang "to return" from "sides") */
    for (int d = 0; d < 4; d++) {
        const char *rel = ng_dep_rel(doc, t);
        int h = ng_dep_head(doc, t);
        /* (the parse may read "to end the strike" as a clause of purpose) */
        int to = !strcmp(rel, "advcl") ? ng_dep_child(doc, t, "mark") : -1;
        if (to >= 0 && S_is(doc, (size_t)to, "to"))
            rel = "xcomp";
        if (h < 0 || (strcmp(rel, "obj") && strcmp(rel, "iobj") && strcmp(rel, "xcomp") && strcmp(rel, "obl") &&
                      strcmp(rel, "nmod") && strcmp(rel, "acl")))
            return -1;
        /* (not an event the asked-for act is timed by: "urged China to
         * respect the law after clashes between ...") */
        int c = !strcmp(rel, "obl") ? ng_dep_child(doc, t, "case") : -1;
        if (c >= 0 && S_listed(doc, (size_t)c, "background-prepositions"))
            return -1;
        bool asking = S_listed(doc, (size_t)h, "asking-verbs") || S_listed(doc, (size_t)h, "calling-verbs");
        if (asking && clause_of_noun && S_one_asked(doc, (size_t)h, t)) {
            *asked_out = (int)t;
            return h;
        }
        if (asking && !strcmp(rel, "xcomp")) {
            for (int a = doc->dep_first[h]; a >= 0; a = doc->dep_next[a])
                if (a < (int)t && S_one_asked(doc, (size_t)h, (size_t)a)) {
                    *asked_out = a;
                    return h;
                }
            return -1;
        }
        clause_of_noun = !strcmp(rel, "acl");
        t = (size_t)h;
    }
    return -1;
}

static void S_drop_askers(ng_document *doc, size_t trig, ng_event *ev)
{
    if (!doc->dep_first)
        return;
    int asked = -1;
    int v = S_asker_verb(doc, trig, &asked);
    int subject = v >= 0 ? ng_dep_subject(doc, (size_t)v) : -1;
    /* (a verb joined to another shares its subject: "Rubio welcomed the
     * agreement and urged both sides to sign it") */
    if (subject < 0 && v >= 0 && !strcmp(ng_dep_rel(doc, (size_t)v), "conj") && ng_dep_head(doc, (size_t)v) >= 0)
        subject = ng_dep_subject(doc, (size_t)ng_dep_head(doc, (size_t)v));
    if (subject >= 0 && S_antecedent(doc, (size_t)subject) >= 0)
        subject = S_antecedent(doc, (size_t)subject);
    if (subject < 0)
        return;
    /* (whom the words from the subject's phrase to the verb name: "Health
     * Secretary Tom Wilder", "a spokesman for the ministry") */
    size_t lo, hi;
    ng_dep_phrase(doc, (size_t)subject, &lo, &hi);
    if (hi < (size_t)v)
        hi = (size_t)v;
    int self = S_actor_of(doc, (size_t)subject);
    size_t keep = 0;
    for (size_t a = 0; a < ev->nattendee; a++) {
        bool asks = ev->attendees[a] == self;
        for (size_t k = lo; k < hi && !asks; k++) {
            int m = ng_mention_at(doc, k);
            asks = m >= 0 && doc->mentions[m].actor == ev->attendees[a];
        }
        if (!asks)
            ev->attendees[keep++] = ev->attendees[a];
    }
    ev->nattendee = keep;
    /* (and those asked take part: "urged North Korea to resume talks") */
    S_parse_argument(doc, ev, (size_t)asked);
}

/* The event a trigger is another word of, by the parse: the noun a
 * trigger verb acts on ("signed an agreement", "the deal was signed"),
 * or the verb a trigger noun's clause holds ("the agreement they
 * signed"); -1 for none. */
static int S_same_event(const ng_document *doc, size_t trig)
{
    if (!doc->dep_first)
        return -1;
    int head = ng_dep_head(doc, trig);
    const char *rel = ng_dep_rel(doc, trig);
    if (head >= 0 && (strcmp(rel, "obj") == 0 || strcmp(rel, "nsubj:pass") == 0 || strncmp(rel, "acl", 3) == 0)) {
        int e = S_event_of_token(doc, (size_t)head);
        return e >= 0 ? e : S_hosted_event(doc, trig);
    }
    return -1;
}

/* "Ursula von der Leyen joined the talks": the subject of a verb of
 * joining whose object (or "in" phrase: "took part in the summit") is an
 * event told before takes part in it. */
static void S_joiners(ng_document *doc, size_t trig, ng_event *e)
{
    int verb = doc->dep_first ? ng_dep_head(doc, trig) : -1;
    const char *rel = ng_dep_rel(doc, trig);
    if (verb < 0 || !S_listed(doc, (size_t)verb, "joining-verbs") ||
        (strcmp(rel, "obj") != 0 && strcmp(rel, "obl") != 0))
        return;
    const ng_sentence *s = &doc->sents[doc->toks[trig].sent];
    /* (not "Mark Nappi did not attend the briefing") */
    for (size_t k = s->tok_start; k < (size_t)verb; k++)
        if (ng_dep_head(doc, k) == verb && (S_is(doc, k, "not") || S_is(doc, k, "n't") || S_is(doc, k, "never")))
            return;
    for (size_t k = s->tok_start; k < s->tok_end; k++) {
        if (ng_dep_head(doc, k) != verb || strcmp(ng_dep_rel(doc, k), "nsubj") != 0)
            continue;
        int m = ng_mention_at(doc, k);
        if (m >= 0 && doc->mentions[m].actor >= 0 && doc->mentions[m].type != NG_ACTOR_GROUP)
            S_add_attendee(doc, e, doc->mentions[m].actor);
    }
}

/* "Australia and Britain signed a free trade agreement ... Tehan and
 * Trevelyan signed the agreement in a virtual ceremony": a definite noun
 * that refers back, object of a verb that made event back in its own
 * sentence just now, is an event told in an earlier sentence when there
 * is one: the verb's event joins it, its participants too. The event the
 * noun is another word of. */
static int S_verb_event_told_before(ng_document *doc, size_t trig, size_t trig_end, const char *klass, int back)
{
    if (back != (int)doc->nevent - 1 || S_same_event(doc, trig) != back)
        return back;
    ng_event *verb = &doc->events[back];
    doc->nevent--; /* (looked past while the noun is read again) */
    int older = S_refers_back(doc, trig, trig_end, klass);
    doc->nevent++;
    if (older < 0 || doc->events[older].sent >= verb->sent || verb->modality != doc->events[older].modality)
        return back;
    S_absorb_event(doc, &doc->events[older], verb);
    doc->nevent--;
    return older;
}

/* An event at trigger tokens [trig, trig_end) of class klass; the model's
 * take their participants from the parse. */
static int S_noun_names(const ng_document *doc, size_t noun);

/* Mention m in an event's noun phrase: a participant, or where it
 * happens when it names a place that cannot act. */
static void S_own_name(ng_document *doc, size_t m, ng_event *ev)
{
    const ng_mention *mm = &doc->mentions[m];
    if (mm->actor < 0)
        return;
    if (S_can_act(doc, mm->actor, mm->metonym))
        S_add_attendee(doc, ev, mm->actor);
    else if (ev->location < 0)
        ev->location = mm->actor;
}

/* The names an event's noun phrase holds: "the Supreme Court ruling",
 * "President Laura Chen's announcement"; a town or region that cannot
 * act is where it happens ("the Paris attacks"). */
static void S_own_names(ng_document *doc, size_t trig, ng_event *ev)
{
    size_t ps, pe;
    ng_dep_phrase(doc, trig, &ps, &pe);
    for (size_t k = ps; k < trig; k++) {
        int m = ng_mention_at(doc, k);
        if (m >= 0 && doc->mentions[m].tok_start >= ps)
            S_own_name(doc, (size_t)m, ev);
    }
    int n = S_noun_names(doc, trig);
    int m = n >= 0 ? ng_mention_at(doc, (size_t)n) : -1;
    if (m >= 0)
        S_own_name(doc, (size_t)m, ev);
}

/* An event noun after "following", "amid", "after", "despite" ...
 * (`background-prepositions`): the time or cause of its clause. */
static bool S_background_event(const ng_document *doc, size_t trig)
{
    /* (not "before the shootings occurred": the noun is a clause's
     * subject there) */
    if (!doc->dep_first || strcmp(ng_dep_upos(doc, trig), "NOUN") != 0 ||
        !strncmp(ng_dep_rel(doc, trig), "nsubj", 5))
        return false;
    /* (its parties named: "after a crash between X and Y" reads as before) */
    if (S_between_phrase(doc, trig) >= 0)
        return false;
    int c = ng_dep_child(doc, trig, "case");
    if ((c >= 0 && S_listed(doc, (size_t)c, "background-prepositions")) || S_anniversary_of(doc, trig))
        return true;
    /* "The deal ... prompted weeks of protests": what a cause brought on
     * is the cause's outcome, not its doing (`causing-verbs`; the noun or
     * the measure word over it the verb's object) */
    /* (whatever the parse made of the verb: the word before the noun's
     * determiners, adjectives and numbers) */
    int obj = !strcmp(ng_dep_rel(doc, trig), "nmod") && ng_dep_head(doc, trig) < (int)trig ? ng_dep_head(doc, trig)
                                                                                           : (int)trig;
    size_t before = (size_t)obj;
    while (before > 0 && (size_t)obj - before < 4 &&
           (!strcmp(ng_dep_upos(doc, before - 1), "DET") || !strcmp(ng_dep_upos(doc, before - 1), "ADJ") ||
            !strcmp(ng_dep_upos(doc, before - 1), "NUM")))
        before--;
    if (before > 0 && S_listed(doc, before - 1, "causing-verbs"))
        return true;
    /* (the parse may hang "following" from the noun as a modifier) */
    size_t ps, pe;
    ng_dep_phrase(doc, trig, &ps, &pe);
    return (ps < trig && S_listed(doc, ps, "background-prepositions")) ||
           (ps > 0 && S_listed(doc, ps - 1, "background-prepositions"));
}

/* Is actor a named in [from, to)? */
static bool S_place_named_after(const ng_document *doc, int a, size_t from, size_t to)
{
    for (size_t m = ng_mention_lower_bound(doc, (uint32_t)from); a >= 0 && m < doc->nmention; m++) {
        if (doc->mentions[m].tok_start >= to)
            break;
        if (doc->mentions[m].actor == a)
            return true;
    }
    return false;
}

/* "until the government met their demands", "earnings met analysts'
 * estimates": "meet" whose object is a demand, a goal or a deadline
 * (`met-goal-nouns`) fulfils it, meets no one. */
static bool S_meets_a_goal(const ng_document *doc, size_t trig)
{
    static const char *const meet[] = {"meet", "meets", "met", "meeting", NULL};
    if (!doc->dep_first || !ng_word_in(doc->toks[trig].lower, meet) || strcmp(ng_dep_upos(doc, trig), "VERB"))
        return false;
    int obj = ng_dep_child(doc, trig, "obj");
    if (obj > (int)trig && S_listed(doc, (size_t)obj, "met-goal-nouns"))
        return true;
    /* (the parse may miss the object: the first noun after the verb, past
     * its determiner, possessor and adjectives) */
    for (size_t q = trig + 1; q < doc->ntok && q < trig + 5; q++) {
        const char *u = ng_dep_upos(doc, q);
        if (!strcmp(u, "NOUN"))
            return S_listed(doc, q, "met-goal-nouns");
        if (strcmp(u, "DET") && strcmp(u, "PRON") && strcmp(u, "ADJ") && strcmp(u, "PART") && strcmp(u, "PROPN"))
            return false;
    }
    return false;
}

/* "The four-hour operation was performed on March 16", "performed an
 * autopsy": "perform" whose object, or subject in the passive, is a task
 * (`performed-tasks`) stages no show. */
static bool S_performs_a_task(const ng_document *doc, size_t trig)
{
    static const char *const perform[] = {"perform", "performs", "performed", "performing", NULL};
    if (!doc->dep_first || !ng_word_in(doc->toks[trig].lower, perform))
        return false;
    int obj = ng_dep_child(doc, trig, "obj");
    if (obj < 0)
        obj = ng_dep_child(doc, trig, "nsubj:pass");
    return obj >= 0 && S_listed(doc, (size_t)obj, "performed-tasks");
}

/* Adds to ev the participants of the last meeting-like event of two or
 * more, told in ev's sentence or the two before. */
static void S_joint_with_last_meeting(ng_document *doc, ng_event *ev)
{
    for (size_t e = doc->nevent; e-- > 0;) {
        const ng_event *o = &doc->events[e];
        if (o->sent + 2 < ev->sent)
            break;
        if (!S_meeting_like(o->klass) || o->nattendee < 2 || !strcmp(o->klass, ev->klass))
            continue;
        for (size_t a = 0; a < o->nattendee; a++)
            S_add_attendee(doc, ev, o->attendees[a]);
        return;
    }
}

static void S_event_at(ng_document *doc, size_t trig, size_t trig_end, const char *klass, trigger_origin origin)
{
    if (S_meets_a_goal(doc, trig) || S_performs_a_task(doc, trig))
        return;
    /* (the words of disasters are nouns; as verbs they are figures:
     * "refugees flooding Europe", "flood the market") */
    /* (nor a gerund with an object or a goal: "goods flooding the region",
     * "money flooding into advocacy groups") */
    if (!strcmp(klass, "Disaster") && trig_end == trig + 1 && doc->dep_first &&
        (!strcmp(ng_dep_upos(doc, trig), "VERB") ||
         (ng_tok_ing_form(doc, trig) && trig_end < doc->ntok &&
          (S_is(doc, trig_end, "into") || !strcmp(ng_dep_upos(doc, trig_end), "DET") ||
           !strcmp(ng_dep_upos(doc, trig_end), "NOUN") || !strcmp(ng_dep_upos(doc, trig_end), "PROPN")))))
        return;
    int back = S_refers_back(doc, trig, trig_end, klass);
    if (back >= 0)
        back = S_verb_event_told_before(doc, trig, trig_end, klass, back);
    event_site at = {trig, trig_end, 0, 0, klass, &doc->sents[doc->toks[trig].sent], false};
    S_clause(doc, trig, &at.lo, &at.hi);
    at.quoted = S_in_quote(doc, trig, at.s->tok_start);
    if (back >= 0) {
        /* "settled a tense game at Emirates Stadium": where the event
         * named again took place, when nothing said so before */
        S_add_evidence(doc, &doc->events[back], trig, trig_end);
        if (!at.quoted)
            S_joiners(doc, trig, &doc->events[back]);
        /* "Japan and the Philippines signed a pact ... Kamikawa and
         * Teodoro signed the agreement": a verb of the event's own class
         * telling it again, over the noun or alone, names who took part
         * (its subject and objects; not "China criticized the pact") */
        /* (the verb over the noun, or the verb whose object is the noun
         * with "the": not a verb after "that", "the primaries that
         * nominated Bush", which names another) */
        /* (or the verb in the passive whose subject the noun is: "The
         * pact was signed by X and Y") */
        int verb = doc->dep_first && !strcmp(ng_dep_upos(doc, trig), "NOUN") &&
                           (!strcmp(ng_dep_rel(doc, trig), "obj") || !strcmp(ng_dep_rel(doc, trig), "nsubj:pass"))
                       ? ng_dep_head(doc, trig)
                   : S_definite_object(doc, trig) >= 0 ? (int)trig
                                                       : -1;
        const char *told = verb >= 0 ? ng_lex_event_trigger(doc->lex, doc->toks[verb].lower) : NULL;
        if (!at.quoted && told && !strcmp(told, klass)) {
            event_site again_at = at;
            again_at.trig = (size_t)verb;
            again_at.trig_end = (size_t)verb + 1;
            ng_event again = {.klass = klass, .organizer = -1, .location = -1};
            S_parse_participants(doc, &again_at, &again);
            /* (the clause's names when the parse names no one, as for an
             * event told first: "The pact was signed in Jakarta by X and
             * Y", the parse losing the agent) */
            if (!again.nattendee)
                S_clause_participants(doc, &again_at, &again, false);
            /* (not who asks for it: "urged Armenia and Azerbaijan to sign
             * the treaty") */
            S_drop_askers(doc, (size_t)verb, &again);
            for (size_t a = 0; a < again.nattendee; a++)
                S_add_attendee(doc, &doc->events[back], again.attendees[a]);
        }
        if (doc->events[back].location < 0 && !at.quoted) {
            ng_event again = {.klass = klass, .organizer = -1, .location = -1};
            S_event_place(doc, &at, &again);
            /* (a place after the word only: "workers at its plant in
             * Wayne will return while members vote on the contract" names
             * where the workers are) */
            if (S_place_named_after(doc, again.location, trig_end, at.s->tok_end))
                doc->events[back].location = again.location;
        }
        return;
    }
    /* --all-events keeps what a speaker says happened, and generic events */
    if (!doc->all_events && S_not_narrated(doc, &at))
        return;
    ng_event ev = {0};
    ev.klass = klass;
    ev.start = doc->toks[trig].start;
    ev.end = doc->toks[trig_end - 1].end;
    ev.trigger = ng_doc_span(doc, ev.start, ev.end);
    ev.sent = doc->toks[trig].sent;
    ev.organizer = ev.location = -1;
    S_event_modality(doc, &at, &ev);
    S_event_organizer(doc, &at, &ev);
    S_event_place(doc, &at, &ev);
    /* ("at the Cannes Film Festival": the place its name opens with) */
    if (ev.location < 0 && (doc->toks[trig].flags & NG_TOK_CAP) && trig_end == trig + 1 &&
        ng_lex_is_happening_head(doc->lex, doc->toks[trig].lower))
        S_place_in_happening_name(doc, &ev, trig);
    /* participants */
    /* a lawsuit, a swap: every party named takes part */
    bool multiparty = strcmp(klass, "LegalAction") == 0 || strcmp(klass, "Release") == 0 || strcmp(klass, "Aid") == 0;
    /* an event of no class: its arguments in the parse and the people of
     * its clause, else the agent (measured on ECB+ dev: docs/events.md) */
    bool parsed = origin != FROM_LEXICON && doc->dep_first;
    /* a verb of the lexicon: its subject, objects and agent first; the
     * clause rules when the parse names no one */
    bool verb = origin == FROM_LEXICON && doc->dep_first && !S_meeting_like(klass) &&
                strcmp(ng_dep_upos(doc, trig), "VERB") == 0;
    bool subject_named = (parsed || verb) && S_parse_participants(doc, &at, &ev);
    /* "the driver's airbag may not deploy": a verb whose subject is a
     * thing, no one, has no agent elsewhere in the sentence */
    /* (so has an event noun in its clause: "may not deploy in a crash") */
    int governor = doc->dep_first && !verb ? ng_dep_head(doc, trig) : -1;
    bool thing_subject = (verb && !subject_named && S_thing_subject(doc, trig)) ||
                         (governor >= 0 && !strcmp(ng_dep_rel(doc, trig), "obl") &&
                          !strcmp(ng_dep_upos(doc, (size_t)governor), "VERB") &&
                          S_thing_subject(doc, (size_t)governor));
    /* "its purchase of Activision": the body or person the possessive
     * pronoun of an event's noun stands for */
    int poss = doc->dep_first && !verb && !parsed ? ng_dep_child(doc, trig, "nmod:poss") : -1;
    if (poss >= 0)
        S_possessor_pronoun(doc, &ev, (size_t)poss);
    /* "the Supreme Court's ruling", "the Senate's vote": a named
     * possessor of the event's noun is the one who holds it, not the
     * subject of the clause it is named in ("Oza attributed the rally to
     * the Supreme Court's ruling") */
    int owner = poss >= 0 && !S_meeting_like(klass) && strcmp(klass, "Disaster") != 0
                    ? ng_mention_at(doc, (size_t)poss)
                    : -1;
    bool owned = owner >= 0 && doc->mentions[owner].actor >= 0 && doc->mentions[owner].tok_end == (size_t)poss + 1;
    if (owned)
        S_add_attendee(doc, &ev, doc->mentions[owner].actor);
    /* "he dismissed the cabinet following deadly protests": an event named
     * as the clause's time or cause is not what its subject does */
    /* (after a game, its players speak: "After the match, Djokovic said") */
    bool background = !verb && !parsed && !S_meeting_like(klass) && strcmp(klass, "Game") != 0 &&
                      S_background_event(doc, trig);
    /* (nor one of people named by a noun: "the arrival of migrants") */
    /* (a meeting of them is one others address or tell: "address a
     * conference of evangelical leaders") */
    bool unnamed = !verb && (!S_meeting_like(klass) || !strcmp(klass, "Visit")) && S_of_unnamed_people(doc, trig);
    if (unnamed) {
        ev.nattendee = 0;
        background = true;
    }
    /* "she was "flabbergasted" by the speech", "angered by the
     * announcement": who is moved by words heard did not say them */
    int by = doc->dep_first && !verb ? ng_dep_child(doc, trig, "case") : -1;
    if (by >= 0 && S_is(doc, (size_t)by, "by") && (!strcmp(klass, "Speech") || !strcmp(klass, "Announcement")))
        background = true;
    bool between = false;
    int recipient = strcmp(klass, "Award") == 0 && !owned ? S_award_recipient(doc, trig) : -1;
    if (recipient >= 0)
        S_add_attendee(doc, &ev, recipient); /* who is given it, not the giver */
    else if (owned)
        ; /* the possessor */
    else if (verb && multiparty && !(subject_named && ev.nattendee >= 2))
        S_clause_participants(doc, &at, &ev, multiparty); /* every party the clause names */
    else if (verb && subject_named)
        ; /* the parse named them */
    else if (thing_subject)
        ; /* no one */
    else if (background)
        S_own_names(doc, trig, &ev); /* its own words only: "after the Supreme Court ruling" */
    else if (verb && ev.nattendee > 0)
        S_agent_participants(doc, &at, &ev); /* and the agent before it */
    else if (!verb && !parsed && !strcmp(klass, "Attack") && S_town_named_event(doc, trig, klass) >= 0)
        S_own_names(doc, trig, &ev); /* "led to the Paris attacks": not the clause's agent's */
    else if (parsed && ev.nattendee > 0)
        S_clause_participants(doc, &at, &ev, false);
    else if (strcmp(klass, "Disaster") == 0)
        S_disaster_place(doc, &at, &ev);
    else if (!S_meeting_like(klass) && !multiparty && !thing_subject && (between = S_between_parties(doc, trig, &ev)))
        ; /* "clashes between Chinese and Philippine coast guard vessels": the two alone */
    else if (!S_meeting_like(klass) && !multiparty && !thing_subject)
        S_agent_participants(doc, &at, &ev);
    else if (!S_meeting_like(klass) || !S_possessive_meeting(doc, &at, &ev))
        S_clause_participants(doc, &at, &ev, multiparty);
    /* "Biden called her on Monday": a call's object pronoun is the person
     * it stands for (the clause's scan reads names only; not other
     * meetings: "visited her at a crack house" is more often someone the
     * article does not name) */
    int met = !strcmp(klass, "Call") && doc->dep_first && !strcmp(ng_dep_upos(doc, trig), "VERB")
                  ? ng_dep_child(doc, trig, "obj")
                  : -1;
    int callee = met >= 0 && (S_is(doc, (size_t)met, "him") || S_is(doc, (size_t)met, "her"))
                     ? S_actor_of(doc, (size_t)met)
                     : -1;
    if (callee >= 0)
        S_add_attendee(doc, &ev, callee);
    /* (a storm, a quake has no one who does it: "She said residents ...
     * during a wildfire" is no one's wildfire) */
    if (strcmp(klass, "Disaster") != 0 && !owned && !background && !between)
        S_subject_participants(doc, &at, &ev);
    if (S_deal_like(klass))
        S_deal_object(doc, &at, &ev);
    if (strcmp(klass, "Game") == 0)
        S_drop_venues(doc, &at, &ev);
    if ((strcmp(klass, "Game") == 0 || strcmp(klass, "Election") == 0) && ev.nattendee < 2)
        S_game_opponent(doc, &at, &ev);
    S_hyphen_partners(doc, &at, &ev);
    S_drop_employers(doc, &at, &ev);
    if (origin == FROM_LEXICON && !S_meeting_like(klass))
        S_drop_governing_agents(doc, trig, &ev);
    S_drop_askers(doc, trig, &ev);
    /* "Austria will invite architects from across the EU": with nobody
     * named as invited, the host is the one taking part */
    if (ev.nattendee == 0 && ev.organizer >= 0 && strcmp(klass, "Invitation") == 0)
        S_add_attendee(doc, &ev, ev.organizer);
    /* "a game for Netflix", "the game Jedi: Fallen Order": the noun
     * "game" is a sports game only in an article a score, a side or a
     * player shows to be about sport (not a video game a company makes) */
    if (strcmp(klass, "Game") == 0 && (S_is(doc, trig, "game") || S_is(doc, trig, "games")) &&
        !S_sport_article(doc)) {
        if (!doc->all_events)
            return;
        ev.klass = S_generic_class; /* (--all-events: something happened) */
    }
    int same = S_same_event(doc, trig);
    /* (a disaster takes no part of anyone: where it struck is enough) */
    /* (not "a flood of migrants", "a flood of donations": an amount) */
    bool struck = strcmp(klass, "Disaster") == 0 && ev.location >= 0 && ev.modality == NG_MOD_ASSERTED &&
                  !(trig_end < doc->ntok && S_is(doc, trig_end, "of"));
    /* "Putin said at a joint news conference after the talks": a joint
     * appearance is of those who met last (in this sentence or the two
     * before) */
    if (trig > 0 && S_is(doc, trig - 1, "joint") && (!strcmp(klass, "PressConference") || !strcmp(klass, "Speech")))
        S_joint_with_last_meeting(doc, &ev);
    if (same < 0 && ev.nattendee == 0 && !doc->all_events && !struck)
        return;
    if (origin == FROM_MODEL_ACT && ev.nattendee == 0 && ev.organizer < 0)
        ev.klass = S_generic_class;
    S_time(doc, &ev, at.lo, at.hi);
    S_same_day(doc, &at, &ev);
    /* "launched a missile attack": what was launched says what happened
     * (another word than the launch's own) */
    if (same >= 0 && strcmp(doc->events[same].klass, "Launch") == 0 && doc->events[same].start != ev.start)
        doc->events[same].klass = ev.klass;
    if (same >= 0)
        S_join_event(doc, &doc->events[same], &ev, trig, trig_end);
    else if (!S_merge_event(doc, &at, &ev))
        *NG_PUSH(&doc->arena, doc->events, doc->nevent, doc->cap_event) = ev;
}

/* A dateline ("HANOI, Vietnam (AP) --", "VIENNA --") names the city the
 * story was filed from: the place of events the text gives no place for. */
static int S_dateline_city(ng_document *doc)
{
    size_t end;
    const ng_lex_entry *e = ng_dateline_city(doc, &end);
    if (!e)
        return -1;
    int actor = ng_actor_for_lex(doc, e);
    ng_actor_named_at(doc, actor, (uint32_t)doc->sents[0].tok_start, (uint32_t)end);
    return actor;
}

/* "the men's final between X and Y", "the French Open final": a word of
 * a contest's stage (`contest-stages`) used as a noun, after a determiner, a
 * possessive or a name and before no word it would modify ("the final
 * vote", "the final 10 days"), whatever the tagger says. */
static bool S_stage_noun(const ng_document *doc, size_t i, const ng_sentence *s)
{
    if (!strcmp(ng_dep_upos(doc, i), "VERB") || i == s->tok_start)
        return false;
    if (i + 1 < s->tok_end) {
        const char *next = ng_dep_upos(doc, i + 1);
        if (!strcmp(next, "NOUN") || !strcmp(next, "PROPN") || !strcmp(next, "ADJ") || !strcmp(next, "NUM") ||
            (doc->toks[i + 1].flags & NG_TOK_CAP) || S_listed(doc, i + 1, "stage-noun-adjective-before") ||
            S_ch(doc, i + 1) == '(')
            return false;
        /* (nor one adjective of a list: "a final, surreal stretch") */
        if (S_ch(doc, i + 1) == ',' && i + 2 < s->tok_end && !strcmp(ng_dep_upos(doc, i + 2), "ADJ"))
            return false;
    }
    const char *prev = ng_dep_upos(doc, i - 1);
    return S_is(doc, i - 1, "the") || S_is(doc, i - 1, "a") || (doc->toks[i - 1].flags & NG_TOK_POSS) ||
           !strcmp(prev, "PART") || !strcmp(prev, "PROPN") || !strcmp(prev, "NOUN");
}

/* Is token i a noun modifying another noun ("game" in "game developer")? */
static bool S_noun_modifier(const ng_document *doc, size_t i)
{
    /* (the parse may read "the ruling" as a clause: a participle between
     * "the" and a body's name or word is its adjective) */
    int next = i + 1 < doc->ntok ? ng_mention_at(doc, i + 1) : -1;
    if (i > 0 && S_is(doc, i - 1, "the") && ng_tok_ing_form(doc, i) && i + 1 < doc->ntok &&
        ((next >= 0 && doc->mentions[next].tok_start == i + 1 && doc->mentions[next].type == NG_ACTOR_ORG) ||
         S_listed(doc, i + 1, "political-bodies") || ng_lex_is_org_word(doc->lex, doc->toks[i + 1].lower)))
        return true;
    int head = ng_dep_head(doc, i);
    /* "the ruling New Patriotic Party", "the ruling coalition": a
     * participle before a noun, an adjective */
    /* (also one an adverb grades: "the world's most visited museum", "a
     * widely criticized deal"; not "the arrested man") */
    if (head > (int)i && strcmp(ng_dep_rel(doc, i), "amod") == 0 &&
        (ng_tok_ing_form(doc, i) || ng_dep_child(doc, i, "advmod") >= 0) &&
        (!strcmp(ng_dep_upos(doc, (size_t)head), "NOUN") || !strcmp(ng_dep_upos(doc, (size_t)head), "PROPN")))
        return true;
    /* (through a chain of compounds: "Djokovic's 33-match winning
     * streak", the parse reading "winning" a verb) */
    int noun = head;
    while (noun > (int)i && strcmp(ng_dep_upos(doc, (size_t)noun), "NOUN") != 0 &&
           strcmp(ng_dep_rel(doc, (size_t)noun), "compound") == 0)
        noun = ng_dep_head(doc, (size_t)noun);
    return head > (int)i && strcmp(ng_dep_rel(doc, i), "compound") == 0 && strcmp(ng_dep_upos(doc, i), "NOUN") == 0 &&
           noun > (int)i && strcmp(ng_dep_upos(doc, (size_t)noun), "NOUN") == 0;
}

/* "Ryan and Trump will never be a natural match": an event noun said of
 * someone (a copula, and a subject the article names) describes them; it
 * does not happen. */
static bool S_said_of_someone(const ng_document *doc, size_t i)
{
    if (strcmp(ng_dep_upos(doc, i), "NOUN") != 0 || ng_dep_child(doc, i, "cop") < 0)
        return false;
    int subj = ng_dep_subject(doc, i);
    return subj >= 0 && ng_mention_at(doc, (size_t)subj) >= 0;
}

/* Is verb i "rule" as a reign: a preposition of a reign's time or manner
 * after it (`reign-prepositions`: "ruled from 1391", "ruled over Egypt",
 * "ruled with an iron fist"), or an object without a predicate after it
 * ("ruled Iraq", "had ruled the country for 56 years", "ruled the House
 * as its speaker")? A court's ruling
 * takes a clause ("ruled that"), a preposition ("ruled against") or an
 * object with a predicate ("ruled the ban unconstitutional"). */
static bool S_reigned(const ng_document *doc, size_t i, size_t end)
{
    if (strncmp(doc->toks[i].lower, "rule", 4) != 0 || strcmp(ng_dep_upos(doc, i), "VERB") != 0 || i + 1 >= end)
        return false;
    if (S_listed(doc, i + 1, "reign-prepositions"))
        return true;
    int obj = ng_dep_child(doc, i, "obj");
    if (obj < 0)
        return false;
    int m = ng_mention_at(doc, (size_t)obj);
    if (m >= 0 && doc->mentions[m].type == NG_ACTOR_PLACE)
        return true;
    /* (a body ruled, with no predicate: "ruled the Illinois House as its
     * speaker"; not "ruled the company liable") */
    if (m >= 0 && doc->mentions[m].type == NG_ACTOR_ORG && ng_dep_child(doc, i, "xcomp") < 0)
        return true;
    return strcmp(ng_dep_upos(doc, (size_t)obj), "NOUN") == 0 && ng_dep_child(doc, (size_t)obj, "case") < 0 &&
           ng_dep_child(doc, i, "xcomp") < 0;
}

/* Is verb i "hire" in the active voice with no object or many unnamed
 * ("had hired too quickly", "hired 3,000 engineers", "hired lawyers"; not
 * "hired Mark Osei as finance chief", "hired a pollster", "was hired
 * by")? */
static bool S_hired_no_one(const ng_document *doc, size_t i)
{
    if (strncmp(doc->toks[i].lower, "hir", 3) != 0 || strcmp(ng_dep_upos(doc, i), "VERB") != 0 ||
        ng_dep_child(doc, i, "nsubj:pass") >= 0 || ng_dep_child(doc, i, "aux:pass") >= 0)
        return false;
    int obj = ng_dep_child(doc, i, "obj");
    /* (the parse may read "that" opening the clause as a relative
     * pronoun for object: "told employees that the company had hired") */
    if (obj < 0 || (obj < (int)i && (S_is(doc, (size_t)obj, "that") || S_is(doc, (size_t)obj, "which"))))
        return true;
    /* (a person anywhere in the object: "former Cruz spokeswoman Katrina
     * Pierson"; one unnamed still takes a post: "has hired a pollster") */
    size_t lo, hi;
    ng_dep_phrase(doc, (size_t)obj, &lo, &hi);
    for (size_t k = lo; k < hi; k++) {
        int m = ng_mention_at(doc, k);
        if (m >= 0 && doc->mentions[m].type == NG_ACTOR_PERSON)
            return false;
    }
    return ng_dep_child(doc, (size_t)obj, "nummod") >= 0 ||
           (!strcmp(ng_dep_upos(doc, (size_t)obj), "NOUN") && ng_plural_word(doc->toks[obj].lower));
}

/* Does verb i take a particle that makes it another verb ("ruled out",
 * "signed up")? A phrase of the lexicon with its particle ("stepped
 * down") is looked up before the verb alone. */
static bool S_phrasal(const ng_document *doc, size_t i)
{
    /* (a particle stands right after the verb or its short object:
     * "ruled it out"; the parse may hang a word far off so: "signed the
     * Reciprocal Access Agreement in Manila, in a ceremony") */
    for (int c = doc->dep_first ? doc->dep_first[i] : -1; c >= 0; c = doc->dep_next[c])
        if (strcmp(ng_dep_rel(doc, (size_t)c), "compound:prt") == 0 && c > (int)i && c <= (int)i + 4)
            return true;
    return false;
}

/* Is any of the bytes [start, end) an event's trigger or evidence already? */
static bool S_event_covers(const ng_document *doc, uint32_t start, uint32_t end)
{
    for (size_t e = 0; e < doc->nevent; e++) {
        const ng_event *ev = &doc->events[e];
        if (ev->start < end && start < ev->end)
            return true;
        for (size_t k = 0; k < ev->nevidence; k++)
            if (ev->evidence[k].start < end && start < ev->evidence[k].end)
                return true;
    }
    return false;
}

/* The class of model trigger [i, j): the event lexicon's for the phrase or
 * its first word; for a verb, else its CAMEO root's (event-classes.tsv:
 * *act is set, the class holds only when someone named takes part: CAMEO
 * codes acts of actors, "a storm destroyed" is no attack); else the
 * generic class. */
static const char *S_model_trigger_class(ng_document *doc, size_t i, size_t j, bool *act)
{
    *act = false;
    ng_buf b = {0};
    for (size_t k = i; k < j; k++) {
        if (k > i)
            ng_buf_addc(&b, ' ');
        ng_buf_adds(&b, doc->toks[k].lower ? doc->toks[k].lower : "");
    }
    const char *klass = ng_lex_event_trigger(doc->lex, b.data ? b.data : "");
    ng_buf_free(&b);
    /* (not a verb's, with a particle that makes another verb of it:
     * "call off the strike" is no call) */
    bool particle = j == i + 2 && !strcmp(ng_dep_rel(doc, i + 1), "compound:prt");
    if (!klass && doc->toks[i].lower && !particle)
        klass = ng_lex_event_trigger(doc->lex, doc->toks[i].lower);
    /* ("the third and final debate": a stage's word as an adjective) */
    if (klass && S_listed(doc, i, "contest-stages") && !S_stage_noun(doc, i, &doc->sents[doc->toks[i].sent]))
        return S_generic_class;
    if (!klass && doc->toks[i].lower && !particle && strcmp(ng_dep_upos(doc, i), "VERB") == 0 &&
        (klass = ng_lex_event_class(doc->lex, doc->toks[i].lower)) != NULL)
        *act = true;
    /* ("were striking over pay": a labour strike, no attack) */
    if (klass && !strcmp(klass, "Attack") && j == i + 1 && S_labour_strike(doc, i, &doc->sents[doc->toks[i].sent]))
        klass = "Protest";
    return klass ? klass : S_generic_class;
}

/* "named Francois Bayrou as prime minister", "appointed Ivan Espinosa as
 * its chief executive": the people the verb at v names to a post (before
 * end) take part in the appointment event at token trig, whatever the
 * parse made of the clause. */
static void S_add_named_to_post(ng_document *doc, size_t trig, size_t v, size_t end)
{
    int named[4];
    size_t n = S_named_as(doc, v, end, named, 4);
    int e = n ? S_event_of_token(doc, trig) : -1;
    for (size_t a = 0; e >= 0 && a < n; a++)
        S_add_attendee(doc, &doc->events[e], named[a]);
}

/* --all-events: the words the trigger model finds that no lexicon entry
 * made an event of. */
static void S_model_events(ng_document *doc)
{
    uint8_t *marks = malloc(doc->ntok ? doc->ntok : 1);
    if (!marks)
        abort();
    ng_trig_mark(doc->triggers, doc, marks);
    for (size_t i = 0; i < doc->ntok; i++) {
        if (marks[i] != 1)
            continue;
        size_t j = i + 1;
        while (j < doc->ntok && marks[j] == 2)
            j++;
        const ng_sentence *s = &doc->sents[doc->toks[i].sent];
        /* (a name alone is no happening: "gases on Earth", the planet no
         * actor of the graph) */
        bool name = j == i + 1 && i > s->tok_start && (doc->toks[i].flags & NG_TOK_CAP) &&
                    !strcmp(ng_dep_upos(doc, i), "PROPN");
        if (doc->art->paras[s->para].kind != NG_PARA_HEADING && !name &&
            !S_event_covers(doc, doc->toks[i].start, doc->toks[j - 1].end)) {
            bool act;
            const char *klass = S_model_trigger_class(doc, i, j, &act);
            S_event_at(doc, i, j, klass, act ? FROM_MODEL_ACT : FROM_MODEL);
        }
        i = j - 1;
    }
    free(marks);
}

/* "during a visit to Hanoi by Philippine President Ferdinand Marcos Jr.
 * ... Marcos met Vietnamese President Vo Van Thuong": a meeting with no
 * place of its own, in the sentence of a visit or the two after it, that
 * one who visits attends, is where the visit went (not the dateline's
 * city). */
static void S_visit_places(ng_document *doc)
{
    for (size_t e = 0; e < doc->nevent; e++) {
        ng_event *ev = &doc->events[e];
        if (ev->location >= 0 || !S_meeting_like(ev->klass) || !strcmp(ev->klass, "Call"))
            continue;
        for (size_t v = 0; v < doc->nevent && ev->location < 0; v++) {
            const ng_event *visit = &doc->events[v];
            /* (not a visit still to come for what has happened: "He will
             * also visit Papua New Guinea. ... Francis said in a speech") */
            if (v == e || strcmp(visit->klass, "Visit") != 0 || visit->location < 0 || visit->sent > ev->sent ||
                ev->sent > visit->sent + 2 ||
                (ev->modality == NG_MOD_ASSERTED && visit->modality != NG_MOD_ASSERTED))
                continue;
            for (size_t a = 0; a < visit->nattendee && ev->location < 0; a++)
                for (size_t b = 0; b < ev->nattendee; b++)
                    if (visit->attendees[a] == ev->attendees[b]) {
                        ev->location = visit->location;
                        break;
                    }
        }
    }
}

/* Is a law, a budget or an order what is signed at token k ("the
 * budget", "an executive order", "the bill"), or what the participle or
 * passive at trig hangs from ("The law, signed by Gov. X", "the bill was
 * signed")? */
/* A determiner or a possessor before the noun at i, past up to four
 * modifiers ("a speech", "her New York victory speech", "Biden's
 * speech"). */
static bool S_determined(const ng_document *doc, size_t i, size_t lo)
{
    for (size_t k = i; k > lo && k + 5 > i;) {
        k--;
        if (S_is(doc, k, "a") || S_is(doc, k, "an") || S_is(doc, k, "the") || S_is(doc, k, "this") ||
            S_is(doc, k, "that") || S_is(doc, k, "his") || S_is(doc, k, "her") || S_is(doc, k, "their") ||
            S_is(doc, k, "its") || S_is(doc, k, "my") || S_is(doc, k, "our") || S_is(doc, k, "your") ||
            S_is(doc, k, "every") || S_is(doc, k, "each") || S_is(doc, k, "another") ||
            (doc->toks[k].flags & NG_TOK_POSS))
            return true;
        /* ("Sanders' stump speech", "his 30-minute speech") */
        char c = S_ch(doc, k);
        const char *at = doc->art->text + doc->toks[k].start;
        size_t n = doc->toks[k].end - doc->toks[k].start;
        if ((n == 1 && c == '\'') || (n == 3 && !memcmp(at, "\xe2\x80\x99", 3)))
            return true;
        if ((!(doc->toks[k].flags & (NG_TOK_WORD | NG_TOK_NUM)) && c != '-') || S_is(doc, k, "of") ||
            S_is(doc, k, "free") || S_is(doc, k, "hate"))
            return false;
    }
    return false;
}

static bool S_signs_a_law(const ng_document *doc, size_t trig, size_t k, size_t end)
{
    int head = ng_dep_head(doc, trig), subj = ng_dep_child(doc, trig, "nsubj:pass");
    /* ("The law was passed by Congress and signed by ...": the subject
     * of the verb it is joined to) */
    /* (however the parse hangs the conjunct: from a noun of the first
     * clause, a few steps up) */
    for (int up = head, n = 0; subj < 0 && up >= 0 && n < 3 && !strcmp(ng_dep_rel(doc, trig), "conj"); n++) {
        subj = ng_dep_child(doc, (size_t)up, "nsubj:pass");
        up = ng_dep_head(doc, (size_t)up);
    }
    if ((head >= 0 && !strcmp(ng_dep_rel(doc, trig), "acl") && S_listed(doc, (size_t)head, "law-words")) ||
        (subj >= 0 && S_listed(doc, (size_t)subj, "law-words")))
        return true;
    for (size_t q = k; q < end && q < k + 4; q++) {
        /* (not "a letter of intent": a paper two sides sign as their
         * agreement, `agreement-of-words`) */
        if (S_listed(doc, q, "law-words"))
            return !(q + 2 < end && S_is(doc, q + 1, "of") && S_listed(doc, q + 2, "agreement-of-words"));
        if (!(doc->toks[q].flags & NG_TOK_WORD) || (doc->toks[q].flags & NG_TOK_CAP))
            return false;
    }
    return false;
}

void ng_find_events(ng_document *doc)
{
    S_index_quotes(doc);
    for (size_t si = 0; si < doc->nsent; si++) {
        const ng_sentence *s = &doc->sents[si];
        if (doc->art->paras[s->para].kind == NG_PARA_HEADING)
            continue;
        for (size_t i = s->tok_start; i < s->tok_end; i++) {
            size_t n = S_troop_phrase(doc, i, s->tok_end);
            if (!n)
                n = S_troops_staying(doc, i, s->tok_end);
            if (!n && (n = S_provide_phrase(doc, i, s->tok_end)) > 0) {
                S_event_at(doc, i, i + n, "Aid", FROM_LEXICON);
                i += n - 1;
                continue;
            }
            if (!n && S_sends_relief(doc, i, s->tok_end)) {
                S_event_at(doc, i, i + 1, "Aid", FROM_LEXICON);
                continue;
            }
            if (!n && S_parties_agreed(doc, i)) {
                S_event_at(doc, i, i + 1, "Agreement", FROM_LEXICON);
                continue;
            }
            if (!n && S_election_won(doc, i, s->tok_end)) {
                S_event_at(doc, i, i + 1, "Election", FROM_LEXICON);
                continue;
            }
            if (!n && (n = S_award_won(doc, i, s->tok_end)) > 0) {
                S_event_at(doc, i, i + 1, "Award", FROM_LEXICON);
                i += n - 1;
                continue;
            }
            if (!n && S_named_to_post(doc, i, s->tok_end)) {
                S_event_at(doc, i, i + 1, "Appointment", FROM_LEXICON);
                continue;
            }
            const char *released = n ? NULL : S_released(doc, i, s->tok_end);
            if (released) {
                S_event_at(doc, i, i + 1, released, FROM_LEXICON);
                continue;
            }
            int appointees[4];
            if (!n && S_named_as(doc, i, s->tok_end, appointees, 4)) {
                S_event_at(doc, i, i + 1, "Appointment", FROM_LEXICON);
                S_add_named_to_post(doc, i, i, s->tok_end);
                continue;
            }
            if (!n && (S_phoned(doc, i, s->tok_end) || S_call_noun(doc, i, s->tok_end))) {
                S_event_at(doc, i, i + 1, "Call", FROM_LEXICON);
                continue;
            }
            int buyer = n ? -1 : S_sale_buyer(doc, i, s->tok_end);
            if (buyer >= 0) {
                S_event_at(doc, i, i + 1, "Acquisition", FROM_LEXICON);
                int e = S_event_of_token(doc, i);
                if (e >= 0 && doc->mentions[buyer].actor >= 0)
                    S_add_attendee(doc, &doc->events[e], doc->mentions[buyer].actor);
                continue;
            }
            if (!n && S_law_passed(doc, i)) {
                S_event_at(doc, i, i + 1, "Vote", FROM_LEXICON);
                continue;
            }
            if (!n && S_host_phrase(doc, i, s->tok_end)) {
                S_event_at(doc, i, i + 1, "Meeting", FROM_LEXICON);
                continue;
            }
            /* (a lexicon's word too, between two sides: "the Lakers visit
             * Denver on Monday" is a game, no visit) */
            if ((!n || (n == 1 && S_fixture(doc, i, s->tok_end))) && S_result_phrase(doc, i, s->tok_end)) {
                /* ("beat Sanae Takaichi in a runoff": a vote; so is "defeated
                 * opposition leader Sajith Premadasa" after an election won) */
                bool vote = S_election_after(doc, i, s->tok_end) || (S_election_story(doc) && !S_sport_article(doc));
                S_event_at(doc, i, i + 1, vote ? "Election" : "Game", FROM_LEXICON);
                /* ("Wembanyama had 40 points as the San Antonio Spurs beat
                 * the Los Angeles Lakers": the sides either side of the
                 * verb play, whatever the parse made the verb's subject) */
                int sides[4], e = S_event_of_token(doc, i);
                if (!vote && e >= 0 && S_fixture_sides(doc, i, s->tok_end, sides) && sides[0] >= 0 && sides[1] >= 0) {
                    doc->events[e].nattendee = 0;
                    for (int k = 0; k < 4; k++)
                        if (sides[k] >= 0)
                            S_add_attendee(doc, &doc->events[e], sides[k]);
                }
                continue;
            }
            if (!n && S_election_faced(doc, i, s->tok_end)) {
                S_event_at(doc, i, i + 1, "Election", FROM_LEXICON);
                continue;
            }
            if (!n && S_sentence_received(doc, i, s->tok_start)) {
                S_event_at(doc, i, i + 1, "LegalAction", FROM_LEXICON);
                continue;
            }
            if (!n && (n = S_court_phrase(doc, i, s->tok_end)) > 0) {
                S_event_at(doc, i, i + n, "LegalAction", FROM_LEXICON);
                i += n - 1;
                continue;
            }
            if (n) {
                S_event_at(doc, i, i + n, "Deployment", FROM_LEXICON);
                i += n - 1;
                continue;
            }
            for (size_t len = 4; len >= 1; len--) {
                if (i + len > s->tok_end)
                    continue;
                ng_buf b = {0};
                for (size_t k = i; k < i + len; k++) {
                    if (k > i)
                        ng_buf_addc(&b, ' ');
                    ng_buf_adds(&b, doc->toks[k].lower);
                }
                const char *klass = ng_lex_event_trigger(doc->lex, b.data);
                ng_buf_free(&b);
                if (!klass)
                    continue;
                /* "the Kohelet Policy Forum": a word of a name; "will replace
                 * Deal": a person's surname */
                int nm = ng_mention_at(doc, i);
                if (nm >= 0 && (doc->toks[i].flags & NG_TOK_CAP) &&
                    (doc->mentions[nm].tok_end - doc->mentions[nm].tok_start >= 2 ||
                     doc->mentions[nm].type == NG_ACTOR_PERSON) &&
                    doc->mentions[nm].type != NG_ACTOR_GROUP)
                    break;
                /* "a game developer", "trial data", "attack helicopters": a
                 * noun the parse hangs from another noun names a kind of
                 * thing, not a happening */
                if (len == 1 && (S_noun_modifier(doc, i) || S_phrasal(doc, i) || S_said_of_someone(doc, i)))
                    break;
                if (len == 1 && i > s->tok_start && S_listed(doc, i - 1, "kind-modifiers"))
                    break;
                /* "Amenhotep III, who ruled from 1391 to 1353 BC": a
                 * reign, no court's ruling */
                if (len == 1 && strcmp(klass, "LegalAction") == 0 && S_reigned(doc, i, s->tok_end))
                    break;
                /* "would sign the budget", "signed the bill into law": a
                 * signature on a law is no agreement between parties */
                if (strcmp(klass, "Agreement") == 0 && S_signs_a_law(doc, i, i + len, s->tok_end))
                    break;
                /* "to match Nvidia's chips", "the economy contracted": words
                 * that tell of an event only as nouns */
                if (len == 1 && S_listed(doc, i, "noun-only-triggers") && !strcmp(ng_dep_upos(doc, i), "VERB"))
                    break;
                if (len == 1 && S_listed(doc, i, "contest-stages") && !S_stage_noun(doc, i, s))
                    break;
                /* "limiting speech", "free speech": speaking as such, no
                 * speech anyone gave ("a speech", "his speech", "Tuesday's
                 * keynote speech") */
                if (strcmp(klass, "Speech") == 0 && len == 1 && S_is(doc, i, "speech") &&
                    !S_determined(doc, i, s->tok_start))
                    break;
                /* "Africa's youngest elected leader": a participle on a
                 * noun says what the holder is, no election held */
                /* (not "he was elected president", "if elected", the parse
                 * may read so too) */
                if (strcmp(klass, "Election") == 0 && len == 1 && !strcmp(ng_dep_rel(doc, i), "amod") && i > 0 &&
                    strcmp(ng_dep_upos(doc, i - 1), "AUX") != 0 && !S_is(doc, i - 1, "if") &&
                    !S_is(doc, i - 1, "got") && !S_is(doc, i - 1, "get") && !S_is(doc, i - 1, "when") &&
                    !S_is(doc, i - 1, "once"))
                    break;
                /* "freed two jailed Americans", "the arrested man": a
                 * participle between a determiner or a count and its noun
                 * says what the noun is, no event the clause tells of */
                if (len == 1 && S_participle_before_noun(doc, i, s->tok_start, s->tok_end))
                    break;
                /* "call" is an event only as a noun: "a call", "phone call",
                 * "spoke by video call" (`call-media`) */
                if (strcmp(klass, "Call") == 0 && len == 1 &&
                    !(i > s->tok_start &&
                      (S_is(doc, i - 1, "a") || S_is(doc, i - 1, "the") || S_listed(doc, i - 1, "call-media"))))
                    break;
                /* "failed to meet customer expectations": a meeting is with
                 * someone, not with a thing */
                int object = len == 1 && !strcmp(klass, "Meeting") && !strcmp(ng_dep_upos(doc, i), "VERB")
                                 ? ng_dep_child(doc, i, "obj")
                                 : -1;
                if (object >= 0 && S_thing_noun(doc, (size_t)object))
                    break;
                /* "a clinical trial", "patients in the trial": a test of a
                 * medicine, no court's */
                if (strcmp(klass, "LegalAction") == 0 && S_is(doc, i, "trial") && S_clinical(doc, s, i))
                    break;
                /* "had appealed to the ELN to free his father", "appealed for
                 * calm": a plea, no court's appeal */
                if (strcmp(klass, "LegalAction") == 0 && len == 1 && S_plea(doc, i, s))
                    break;
                /* "the rally in bank stocks", "a relief rally", "shares
                 * rallied": prices rising, no one's protest */
                if (strcmp(klass, "Protest") == 0 && len == 1 && S_market_move(doc, i, s))
                    break;
                /* "heart attacks", "panic attack": an illness's bout, no
                 * attack by anyone */
                if (strcmp(klass, "Attack") == 0 && len == 1 && i > s->tok_start &&
                    S_listed(doc, i - 1, "ailment-modifiers"))
                    break;
                /* "a $20 billion currency swap": markets', no prisoners' */
                if (strcmp(klass, "Release") == 0 && len == 1 && i > s->tok_start &&
                    S_listed(doc, i - 1, "financial-swap-modifiers"))
                    break;
                if (strcmp(klass, "Attack") == 0 && len == 1 && S_labour_strike(doc, i, s))
                    klass = "Protest";
                /* "a park that had been named for Torres", "was named after
                 * Mandela": a thing given someone's name, no post */
                if (strcmp(klass, "Appointment") == 0 && i + len < s->tok_end && S_is(doc, i + len - 1, "named") &&
                    (S_is(doc, i + len, "for") || S_is(doc, i + len, "after")))
                    break;
                /* "is nominated for record of the year", "a nomination for
                 * best actor": an award's shortlist, no post */
                if (strcmp(klass, "Appointment") == 0 &&
                    S_won_what(doc, i + len - 1, s->tok_end, "nominating-words", "award-words", 6))
                    break;
                /* "the company had hired too quickly", "hired 3,000
                 * engineers": hiring in general, no one's post */
                if (strcmp(klass, "Appointment") == 0 && len == 1 && S_hired_no_one(doc, i))
                    break;
                /* ("was named best actress": an award, no post) */
                if (strcmp(klass, "Appointment") == 0 && S_award_won(doc, i + len - 1, s->tok_end))
                    klass = "Award";
                S_event_at(doc, i, i + len, klass, FROM_LEXICON);
                if (strcmp(klass, "Appointment") == 0)
                    S_add_named_to_post(doc, i, i + len - 1, s->tok_end);
                i += len - 1;
                break;
            }
        }
    }
    if (doc->all_events && doc->triggers)
        S_model_events(doc);
    S_visit_places(doc);
    int city = S_dateline_city(doc);
    for (size_t e = 0; city >= 0 && e < doc->nevent; e++)
        /* (a phone call joins two places: neither is the dateline's) */
        if (doc->events[e].location < 0 && doc->events[e].modality == NG_MOD_ASSERTED &&
            S_meeting_like(doc->events[e].klass) && strcmp(doc->events[e].klass, "Call") != 0 &&
            !S_told_as_before(doc, &doc->events[e]))
            doc->events[e].location = city;
}
