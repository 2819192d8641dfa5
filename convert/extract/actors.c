/* actors.c -- merge mentions into one actor per real-world entity.
 *
 * Order matters: lexicon names first (countries, capitals acting as their
 * government, well-known bodies), then acronyms the article defines
 * ("Center for Strategic and International Studies, or CSIS"), then full
 * personal names, and only then lone words ("Lavrov", "Wang"), which join the
 * person whose first or last name they are. Titles and affiliations found
 * around the mentions are collected on the actor. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "coref.h"
#include "internal.h"
#include "mentions.h"
#include "ner.h"

typedef struct {
    const char *key;   /* folded */
    int actor;
} alias;

typedef struct {
    alias *items;
    size_t n, cap;
} alias_table;

static void S_alias_put(ng_document *doc, alias_table *t, const char *name, int actor)
{
    char *f = ng_text_fold(name, strlen(name));
    alias *a = NG_PUSH(&doc->arena, t->items, t->n, t->cap);
    a->key = ng_arena_strdup(&doc->arena, f);
    a->actor = actor;
    free(f);
}

static int S_alias_get(const alias_table *t, const char *folded)
{
    for (size_t i = 0; i < t->n; i++)
        if (strcmp(t->items[i].key, folded) == 0)
            return t->items[i].actor;
    return -1;
}

/* After the name ending before token k, the token of the acronym a
 * definition gives: ", or ACR", "(ACR)", ", known as ACR", "(known as
 * ACR)"; 0 when none. *said is set when the words say it is a name
 * ("known as"), not only the brackets. */
static size_t S_defined_acronym(const ng_document *doc, size_t k, bool *said)
{
    *said = false;
    if (k + 2 >= doc->ntok)
        return 0;
    char c = doc->art->text[doc->toks[k].start];
    if (c == ',' && ng_tok_is(doc, k + 1, "or"))
        return k + 2;
    if (c == '(' && doc->art->text[doc->toks[k + 2].start] == ')')
        return k + 1;
    size_t q = k + 1;
    if (q + 2 < doc->ntok && (c == ',' || c == '(') && ng_tok_is(doc, q, "also"))
        q++;
    if (q + 2 < doc->ntok && (c == ',' || c == '(') && ng_tok_is(doc, q, "known") && ng_tok_is(doc, q + 1, "as")) {
        *said = true;
        return q + 2;
    }
    /* ", known by its Dutch initials LSVb," */
    if (q + 3 < doc->ntok && c == ',' && ng_tok_is(doc, q, "known") && ng_tok_is(doc, q + 1, "by") &&
        (ng_tok_is(doc, q + 2, "its") || ng_tok_is(doc, q + 2, "the"))) {
        size_t w = q + 3;
        if (w + 1 < doc->ntok && (doc->toks[w].flags & NG_TOK_CAP) && ng_lex_demonym(doc->lex, doc->toks[w].lower))
            w++;
        if (w + 1 < doc->ntok && ng_lex_listed(doc->lex, "acronym-nouns", doc->toks[w].lower)) {
            *said = true;
            return w + 1;
        }
    }
    return 0;
}

/* Is the token at k an acronym: all in capitals, or a short word with
 * two capitals or more ("LSVb", "UNHCR")? */
static bool S_acronym_token(const ng_document *doc, size_t k)
{
    if (doc->toks[k].flags & NG_TOK_ALLCAPS)
        return true;
    size_t caps = 0, n = 0;
    for (uint32_t p = doc->toks[k].start; p < doc->toks[k].end; p++, n++) {
        char ch = doc->art->text[p];
        if (!isalpha((unsigned char)ch))
            return false;
        caps += isupper((unsigned char)ch) != 0;
    }
    return caps >= 2 && n <= 8 && isupper((unsigned char)doc->art->text[doc->toks[k].start]);
}

/* "the United Nations Children's Fund (UNICEF)": brackets right after a
 * name may hold an acronym of more words than the name shows (the
 * agency's older, longer name) or of syllables ("Medicaid", "FEMA"): its
 * letters in the name's order, the first the name's first. */
static bool S_bracketed_acronym_of(const char *name, const char *acr)
{
    const char *p = name;
    if (tolower((unsigned char)*p) != tolower((unsigned char)*acr))
        return false;
    for (const char *a = acr; *a; a++) {
        if (!isalpha((unsigned char)*a))
            continue;
        while (*p && tolower((unsigned char)*p) != tolower((unsigned char)*a))
            p++;
        if (!*p)
            return false;
        p++;
    }
    return true;
}

/* "X, or ACR,", "X (ACR)", "X, known as ACR,": the acronym names X from
 * here on. */
static void S_acronym_definitions(ng_document *doc, alias_table *acr)
{
    for (size_t i = 0; i < doc->nmention; i++) {
        ng_mention *m = &doc->mentions[i];
        if (m->type != NG_ACTOR_ORG || m->actor < 0)
            continue;
        /* "Gavi, the Vaccine Alliance,": the one word before names the
         * body too */
        size_t b = m->tok_start;
        int before = b >= 3 && ng_tok_is(doc, b - 1, "the") && ng_tok_is(doc, b - 2, ",") ? ng_mention_at(doc, b - 3)
                                                                                         : -1;
        if (before >= 0 && doc->mentions[before].type == NG_ACTOR_ORG && doc->mentions[before].actor < 0 &&
            doc->mentions[before].tok_end == b - 2 && doc->mentions[before].tok_start + 1 == b - 2 &&
            m->tok_end < doc->ntok && (ng_tok_is(doc, m->tok_end, ",") || ng_tok_is(doc, m->tok_end, ".")))
            S_alias_put(doc, acr, doc->toks[b - 3].lower, m->actor);
        bool said;
        size_t at = S_defined_acronym(doc, m->tok_end, &said);
        if (!at || !S_acronym_token(doc, at) || (!said && !(doc->toks[at].flags & NG_TOK_ALLCAPS)))
            continue;
        const char *word = ng_doc_span(doc, doc->toks[at].start, doc->toks[at].end);
        const char *name = doc->actors[m->actor].name;
        /* (words that say so make any acronym the name's: "the
         * International Chess Federation, known as FIDE") */
        bool bracketed = doc->art->text[doc->toks[m->tok_end].start] == '(';
        if (!ng_mn_initials_match(name, word, true) && !said && !(bracketed && S_bracketed_acronym_of(name, word)))
            continue;
        S_alias_put(doc, acr, word, m->actor);
    }
}

/* The words of a personal name, folded, without a generational suffix
 * ("Joseph R. Biden Jr." is "Biden" by surname). */
static size_t S_name_words(ng_document *doc, const char *name, const char **out, size_t max)
{
    char *f = ng_text_fold(name, strlen(name));
    size_t n = 0;
    char *save = NULL;
    for (char *w = strtok_r(f, " ", &save); w && n < max; w = strtok_r(NULL, " ", &save))
        out[n++] = ng_arena_strdup(&doc->arena, w);
    free(f);
    if (n > 2 && ng_lex_is_name_suffix(doc->lex, out[n - 1]))
        n--;
    return n;
}

/* Spelling variants of one name ("Zelensky" / "Zelenskyy"): one letter
 * added, dropped or changed, in words long enough to make that safe. */
static bool S_near(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    if (la < 6 || lb < 6 || (la > lb ? la - lb : lb - la) > 1)
        return false;
    size_t i = 0, j = 0, edits = 0;
    while (i < la && j < lb) {
        if (a[i] == b[j]) {
            i++;
            j++;
            continue;
        }
        if (++edits > 1)
            return false;
        if (la > lb)
            i++;
        else if (lb > la)
            j++;
        else {
            i++;
            j++;
        }
    }
    edits += (la - i) + (lb - j);
    return edits <= 1;
}

/* The one actor of the type whose name ends in these words after a space:
 * "Lula da Silva" is "Luiz Inacio Lula da Silva", "Jong Un" is "Kim Jong
 * Un", "Police" is "the Nigeria Police". -1 when none, two people, or
 * two organizations named as often. */
static int S_actor_by_tail(ng_document *doc, int type, const char *tail)
{
    size_t n = strlen(tail);
    int found = -1;
    size_t best = 0;
    bool tie = false;
    for (size_t a = 0; a < doc->nactor; a++) {
        const ng_actor *p = &doc->actors[a];
        size_t l = strlen(p->name);
        if (p->type != type || l <= n + 1 || strcasecmp(p->name + l - n, tail) != 0 || p->name[l - n - 1] != ' ')
            continue;
        /* ("the House" is never the White House, nor the Obama White
         * House) */
        char *f = ng_text_fold(p->name, l);
        bool whole = false;
        for (const char *w = f; w && !whole; w = strchr(w, ' '), w = w ? w + 1 : NULL)
            whole = ng_lex_listed(doc->lex, "names-never-by-last-word", w);
        free(f);
        if (whole)
            continue;
        /* "the Commission" in a story of the European Commission that names
         * Ireland's Data Protection Commission once: the one named most */
        size_t named = 0;
        for (size_t m = 0; m < doc->nmention; m++)
            named += doc->mentions[m].actor == (int)a;
        if (found >= 0 && type != NG_ACTOR_ORG)
            return -1; /* (two people: "Jong Un") */
        if (found < 0 || named > best) {
            tie = false;
            found = (int)a;
            best = named;
        } else if (named == best) {
            tie = true;
        }
    }
    return tie ? -1 : found;
}

/* "Joshua Norton" and "Joshua Abraham Norton", "George Bush" and "George
 * W. Bush": the same first and last words, a two-word name and a longer
 * one. */
static bool S_first_last_match(const ng_lexicon *lex, const char **w1, size_t n1, const char **w2, size_t n2)
{
    (void)lex;
    return n2 >= 2 && n2 != n1 && (n1 == 2 || n2 == 2) && strcmp(w1[0], w2[0]) == 0 &&
           strcmp(w1[n1 - 1], w2[n2 - 1]) == 0;
}

/* "Volodymyr Zelenskyy" and "Volodymyr Zelensky", "Kristin Wilkins" and
 * "Kristen Wilkins": the same words but one spelt a letter apart (S_near). */
static bool S_spelling_match(const ng_lexicon *lex, const char **w1, size_t n1, const char **w2, size_t n2)
{
    (void)lex;
    if (n2 != n1)
        return false;
    size_t near = 0, same = 0;
    for (size_t k = 0; k < n1; k++) {
        same += strcmp(w1[k], w2[k]) == 0;
        near += strcmp(w1[k], w2[k]) != 0 && S_near(w1[k], w2[k]);
    }
    return same + 1 == n1 && near == 1;
}

/* "M." for "Milo": a word that is one letter (and a stop) standing for a
 * word of letters. */
static bool S_initial_of(const char *initial, const char *word)
{
    size_t l = strlen(initial);
    return (l == 1 || (l == 2 && initial[1] == '.')) && strlen(word) > 2 && !strchr(word, '.') &&
           initial[0] == word[0];
}

/* "Josh" for "Joshua", "Bill" for "William": a short form news writes
 * for a given name (`given-name-short-forms`). */
static bool S_short_form_of(const ng_lexicon *lex, const char *short_form, const char *given)
{
    char pair[128];
    return (size_t)snprintf(pair, sizeof pair, "%s %s", short_form, given) < sizeof pair &&
           ng_lex_listed(lex, "given-name-short-forms", pair);
}

/* "Josh Apte" and "Joshua Apte", "John M. Ford" and "John Milo Ford":
 * the same number of words and the same last one, each other word the
 * same, an initial of the other's or, the first, a short form of the
 * other's given name. */
static bool S_variant_match(const ng_lexicon *lex, const char **w1, size_t n1, const char **w2, size_t n2)
{
    if (n1 != n2 || n1 < 2 || strcmp(w1[n1 - 1], w2[n2 - 1]) != 0)
        return false;
    size_t differ = 0;
    for (size_t k = 0; k + 1 < n1; k++) {
        if (strcmp(w1[k], w2[k]) == 0)
            continue;
        differ++;
        if (!S_initial_of(w1[k], w2[k]) && !S_initial_of(w2[k], w1[k]) &&
            !(k == 0 && (S_short_form_of(lex, w1[k], w2[k]) || S_short_form_of(lex, w2[k], w1[k]))))
            return false;
    }
    return differ > 0;
}

/* The one person whose name's words match those of a name of two words
 * or more, or -1. */
static int S_person_by_words(ng_document *doc, const char *name,
                             bool (*match)(const ng_lexicon *, const char **, size_t, const char **, size_t))
{
    const char *w1[8], *w2[8];
    size_t n1 = S_name_words(doc, name, w1, 8);
    if (n1 < 2)
        return -1;
    int found = -1;
    for (size_t a = 0; a < doc->nactor; a++) {
        if (doc->actors[a].type != NG_ACTOR_PERSON)
            continue;
        size_t n2 = S_name_words(doc, doc->actors[a].name, w2, 8);
        if (!match(doc->lex, w1, n1, w2, n2))
            continue;
        if (found >= 0)
            return -1;
        found = (int)a;
    }
    return found;
}

/* Does name end in the words of tail, after a space ("United Nations
 * General Assembly" in "General Assembly")? */
static bool S_ends_in_words(const char *name, const char *tail)
{
    size_t l = strlen(name), n = strlen(tail);
    return l > n && strcmp(name + l - n, tail) == 0 && name[l - n - 1] == ' ';
}

/* Is mention m a body's full name on its own: a head, "of" and a place
 * the lexicon knows ("Bank of Canada", "University of Texas")? */
static bool S_body_of_place(const ng_document *doc, const ng_mention *m)
{
    for (size_t k = m->tok_start + 1; k + 1 < m->tok_end; k++)
        if (ng_tok_is(doc, k, "of")) {
            const ng_lex_entry *e = ng_lex_name_of(doc, k + 1, m->tok_end);
            return e && e->kind == NG_ACTOR_PLACE;
        }
    return false;
}

/* The name of the one organization mention of the article that ends in
 * the words of mention m and is longer, or NULL. (A body named in full by
 * a place, before a longer name ending so, is another body: "The Bank of
 * Canada cut ... Royal Bank of Canada".) */
static const char *S_longer_org_name(const ng_document *doc, const ng_mention *m)
{
    const char *found = NULL;
    bool whole = S_body_of_place(doc, m);
    for (size_t i = 0; i < doc->nmention; i++) {
        const ng_mention *o = &doc->mentions[i];
        if (o->type != NG_ACTOR_ORG || o->lex || !S_ends_in_words(o->name, m->name) ||
            (whole && o->tok_start > m->tok_start))
            continue;
        if (found && strcmp(found, o->name) != 0)
            return NULL; /* two candidates */
        found = o->name;
    }
    return found;
}

/* "General Assembly resolutions" after "the U.N. General Assembly": the
 * one organization of the lexicon named in the article whose name, as
 * written or as the lexicon gives it, ends in the name; -1 when none or
 * two. */
static int S_longer_lexicon_org(const ng_document *doc, const char *name)
{
    int found = -1;
    for (size_t i = 0; i < doc->nmention; i++) {
        const ng_mention *o = &doc->mentions[i];
        if (o->type != NG_ACTOR_ORG || !o->lex || o->actor < 0 ||
            !(S_ends_in_words(o->name, name) || S_ends_in_words(doc->actors[o->actor].name, name)))
            continue;
        if (found >= 0 && found != o->actor)
            return -1;
        found = o->actor;
    }
    return found;
}

/* "Logar" after "Logar province", "Rukban" after "the Rukban camp",
 * "Braunau" after "Braunau am Inn": the place whose name is the word and
 * words that start in lower case. */
static int S_place_by_word(ng_document *doc, const char *name)
{
    size_t n = strlen(name);
    for (size_t a = 0; a < doc->nactor; a++) {
        const ng_actor *p = &doc->actors[a];
        if (p->type != NG_ACTOR_PLACE || strncmp(p->name, name, n) != 0 || p->name[n] != ' ')
            continue;
        /* "camp", "province", "am Inn": the rest starts in lower case */
        const char *rest = p->name + n + 1;
        if (*rest >= 'a' && *rest <= 'z')
            return (int)a;
    }
    return -1;
}

static int S_org_opened_by(ng_document *doc, const char *word, bool any_rest);

/* A lone word: the most recently introduced person whose last name (or
 * first name, for "Wang" of "Wang Yi") it is; with surname_only, whose
 * last name it is. */
static int S_person_by_word_ranked(ng_document *doc, const char *folded, bool surname_only)
{
    int best = -1, best_rank = 0;
    for (size_t a = 0; a < doc->nactor; a++) {
        ng_actor *p = &doc->actors[a];
        if (p->type != NG_ACTOR_PERSON)
            continue;
        const char *w[8];
        size_t n = S_name_words(doc, p->name, w, 8);
        if (n < 2)
            continue;
        /* (a given name also in a short form: "Pete" for "Peter Santilli";
         * not the other way: "Daniel" is not "Dan Gross") */
        /* ("Lula" of "Luiz Inácio Lula da Silva": the word that opens a
         * surname with a particle) */
        bool opens_surname = false;
        for (size_t q = 1; q + 2 < n && !opens_surname; q++)
            opens_surname = !strcmp(w[q], folded) && ng_lex_is_name_particle(doc->lex, w[q + 1]);
        int rank = strcmp(w[n - 1], folded) == 0 || opens_surname                       ? 3
                   : strcmp(w[0], folded) == 0 || S_short_form_of(doc->lex, folded, w[0]) ? 2
                   : S_near(w[n - 1], folded)                                           ? 1
                                                                                        : 0;
        /* (a surname a letter apart is no match for a word that opens a
         * body's name: "Toyota" after "Toyota Motor" is not "Akio
         * Toyoda"; "McLenney" is "Tyresha McClenney") */
        if (rank == 1 && S_org_opened_by(doc, folded, true) >= 0)
            rank = 0;
        if (rank > best_rank && (rank == 3 || !surname_only)) {
            best = (int)a;
            best_rank = rank;
        }
    }
    return best;
}

static int S_person_by_word(ng_document *doc, const char *folded)
{
    return S_person_by_word_ranked(doc, folded, false);
}

static int S_actor_by_name(ng_document *doc, int type, const char *name)
{
    char *f = ng_text_fold(name, strlen(name));
    int found = -1;
    for (size_t a = 0; a < doc->nactor && found < 0; a++) {
        if (doc->actors[a].type != type)
            continue;
        char *g = ng_text_fold(doc->actors[a].name, strlen(doc->actors[a].name));
        if (strcmp(f, g) == 0)
            found = (int)a;
        for (size_t k = 0; k < doc->actors[a].nalt && found < 0; k++) {
            char *h = ng_text_fold(doc->actors[a].alt[k], strlen(doc->actors[a].alt[k]));
            if (strcmp(f, h) == 0)
                found = (int)a;
            free(h);
        }
        free(g);
    }
    free(f);
    return found;
}

static void S_attach(ng_document *doc, size_t mi, int actor)
{
    ng_mention *m = &doc->mentions[mi];
    m->actor = actor;
    ng_actor *a = &doc->actors[actor];
    *NG_PUSH(&doc->arena, a->mentions, a->nmention, a->cap_mention) = (int)mi;
    /* "Beijing" standing for China is a mention of China, not one of its
     * names (the city keeps its own node) */
    if (!m->metonym)
        ng_actor_add_alt(doc, actor, m->name);
}

static int S_lex_actor(ng_document *doc, const ng_mention *m)
{
    const ng_lex_entry *e = m->lex;
    if (m->metonym && e->place_kind == NG_PLACE_CITY && e->country >= 0)
        e = ng_lex_entry_at(doc->lex, e->country);
    return ng_actor_for_lex(doc, e);
}

/* The country or organization a mention's demonym names ("Norwegian
 * minister"); the demonym's words are kept as evidence for that actor. */
static int S_demonym_actor(ng_document *doc, const ng_mention *m)
{
    int a = ng_actor_for_lex(doc, m->affil_lex);
    if (a >= 0 && m->affil_tok_end > m->affil_tok_start)
        ng_actor_named_at(doc, a, m->affil_tok_start, m->affil_tok_end);
    return a;
}

/* ---- people that pronouns and descriptions stand for (quotes.c, events.c) ---- */

static int S_last_person_named(const ng_document *doc, size_t tok);

/* Quotation marks are known once quotes.c has run; before (events.c), no word counts as quoted. */
/* Is token k inside quotation marks: as quotes.c marks them, or, while
 * events are read before it, as events.c does ('"Milei is the president
 * ...," he said' names no one who speaks)? */
static bool S_quoted(const ng_document *doc, size_t k)
{
    if (doc->tok_in_quote)
        return doc->tok_in_quote[k];
    return doc->quote_open && doc->quote_open[k] >= 0 && doc->quote_open[k] < (int32_t)k;
}

/* The person a sentence is about: the first person named outside quotation
 * marks who is not the object of a preposition ("Morrison was the third
 * witness ... on Trump's call with Zelensky" is about Morrison), or -1. */
/* 'm' for he/him/his/himself, 'f' for she/her/hers/herself, else 0
 * (the pronoun table of coref.c). */
static char S_pronoun_gender(const ng_document *doc, size_t k)
{
    int form = ng_coref_pronoun(doc, k);
    return form ? ng_coref_pronoun_gender(form) : 0;
}

/* Is the word before token k a preposition ("for Clinton", "with
 * Zelensky"; not the particle of "summed up Clinton")? */
static bool S_after_preposition(const ng_document *doc, size_t k)
{
    static const char *const preps[] = {"of", "with", "to", "by", "for", "from", "about", "on", "in", "at",
                                        "after", "before", "against", "between", "among", "than", NULL};
    return k > 0 && ng_word_in(doc->toks[k - 1].lower, preps);
}

/* A person's gender as the article shows it: the pronouns that follow the
 * person's mentions in their sentence before anyone else is named
 * ("Kafoury, who was standing in the doorway, was struck in her
 * midsection"), outside quotation marks; 0 when they disagree or there are
 * none. */
static char S_person_gender(const ng_document *doc, int actor)
{
    int he = 0, she = 0;
    const ng_actor *a = &doc->actors[actor];
    for (size_t i = 0; i < a->nmention; i++) {
        const ng_mention *m = &doc->mentions[a->mentions[i]];
        const ng_sentence *s = &doc->sents[doc->toks[m->tok_start].sent];
        /* (not after a preposition: "The general stumped for Clinton in
         * Iowa, and the campaign has touted his endorsement" tells
         * nothing of Clinton) */
        if (m->tok_start > s->tok_start && S_after_preposition(doc, m->tok_start))
            continue;
        for (size_t k = m->tok_end; k < s->tok_end; k++) {
            int o = ng_mention_at(doc, k);
            if (o >= 0 && doc->mentions[o].actor != actor && doc->mentions[o].actor >= 0 &&
                doc->actors[doc->mentions[o].actor].type == NG_ACTOR_PERSON)
                break;
            if (S_quoted(doc, k))
                continue;
            char g = S_pronoun_gender(doc, k);
            he += g == 'm';
            she += g == 'f';
        }
    }
    return he > she ? 'm' : she > he ? 'f' : 0;
}

/* Can a pronoun of gender want (0: any) stand for this person? */
static bool S_gender_fits(const ng_document *doc, int actor, char want)
{
    if (!want)
        return true;
    char g = S_person_gender(doc, actor);
    return !g || g == want;
}

/* "The pontiff was welcomed at the airport by the religious affairs
 * minister, Yaqut Cholil Qoumas": a name in the agent of a passive (or in
 * apposition to it) is not who the sentence is about. */
static bool S_in_agent_phrase(const ng_document *doc, int m)
{
    size_t h = ng_dep_span_head(doc, doc->mentions[m].tok_start, doc->mentions[m].tok_end);
    for (int n = 0; n < 3; n++) {
        const char *rel = ng_dep_rel(doc, h);
        if (!strcmp(rel, "obl:agent"))
            return true;
        if (strcmp(rel, "appos") != 0 && strcmp(rel, "flat") != 0 && strcmp(rel, "compound") != 0)
            return false;
        int up = ng_dep_head(doc, h);
        if (up < 0)
            return false;
        h = (size_t)up;
    }
    return false;
}

static int S_sentence_subject(const ng_document *doc, const ng_sentence *s, char want)
{
    int possessor = -1;
    for (size_t k = s->tok_start; k < s->tok_end; k++) {
        if (S_quoted(doc, k) || (doc->toks[k].flags & NG_TOK_QUOTE))
            continue;
        int m = ng_mention_at(doc, k);
        if (m < 0 || doc->mentions[m].tok_start != k || doc->mentions[m].actor < 0)
            continue;
        if (doc->actors[doc->mentions[m].actor].type != NG_ACTOR_PERSON)
            continue;
        bool object = k > s->tok_start && S_after_preposition(doc, k);
        if (object || !S_gender_fits(doc, doc->mentions[m].actor, want) || S_in_agent_phrase(doc, m))
            continue;
        /* "Patel's daughter, Anjali Patel, said": a possessor is the
         * subject only when nobody else is named */
        size_t end = doc->mentions[m].tok_end;
        if (end < s->tok_end && (doc->toks[end].flags & NG_TOK_POSS)) {
            if (possessor < 0)
                possessor = doc->mentions[m].actor;
            continue;
        }
        return doc->mentions[m].actor;
    }
    return possessor;
}

/* "he" and "she": the pronoun model's answer (coref.c) when one is
 * loaded (--coref-model; none ships, docs/actors.md), else the rules'. */
/* "Miley Cyrus won her first Grammy": a possessive "his" or "her" in the
 * object of a verb whose subject is a person of the pronoun's gender,
 * with no one named between, is that person's; -1 if not so. */
static int S_bound_possessive(const ng_document *doc, size_t tok)
{
    if (!ng_dep_parsed(doc) || !(ng_tok_is(doc, tok, "his") || ng_tok_is(doc, tok, "her")) || tok + 1 >= doc->ntok)
        return -1;
    int verb = -1;
    if (!strcmp(ng_dep_rel(doc, tok), "nmod:poss")) {
        int noun = ng_dep_head(doc, tok);
        verb = noun >= 0 && !strcmp(ng_dep_rel(doc, (size_t)noun), "obj") ? ng_dep_head(doc, (size_t)noun) : -1;
    } else if (!strcmp(ng_dep_rel(doc, tok), "obj")) {
        /* (a possessive the parse took for the object: "won her first
         * Grammy") */
        static const char *const words[] = {"NOUN", "PROPN", "ADJ", "ADV", "NUM", NULL};
        if ((doc->toks[tok + 1].flags & NG_TOK_WORD) && ng_word_in(ng_dep_upos(doc, tok + 1), words))
            verb = ng_dep_head(doc, tok);
    }
    int subj = verb >= 0 ? ng_dep_subject(doc, (size_t)verb) : -1;
    int m = subj >= 0 && subj < (int)tok ? ng_mention_at(doc, (size_t)subj) : -1;
    if (m < 0 || doc->mentions[m].actor < 0 || doc->actors[doc->mentions[m].actor].type != NG_ACTOR_PERSON ||
        !S_gender_fits(doc, doc->mentions[m].actor, S_pronoun_gender(doc, tok)))
        return -1;
    for (size_t k = doc->mentions[m].tok_end; k < tok; k++) {
        int o = ng_mention_at(doc, k);
        if (o >= 0 && o != m && doc->mentions[o].type == NG_ACTOR_PERSON)
            return -1;
    }
    return doc->mentions[m].actor;
}

int ng_person_for_pronoun(const ng_document *doc, size_t tok)
{
    int bound = S_bound_possessive(doc, tok);
    if (bound >= 0)
        return bound;
    if (doc->coref && ng_coref_pronoun(doc, tok))
        return ng_coref_resolve(doc->coref, doc, tok);
    return ng_person_for_pronoun_rules(doc, tok);
}

/* "Neilson Barnard via Getty Images.": a paragraph of one sentence with
 * no finite verb, a photograph's credit or caption, which is about no
 * one the text goes on about. */
static bool S_verbless_line(const ng_document *doc, const ng_sentence *s)
{
    const ng_paragraph *p = &doc->art->paras[s->para];
    if (!ng_dep_parsed(doc) || doc->toks[s->tok_start].start != p->start || doc->toks[s->tok_end - 1].end + 2 < p->end)
        return false;
    for (size_t k = s->tok_start; k < s->tok_end; k++)
        if (ng_dep_finite(doc, k) || !strcmp(ng_dep_upos(doc, k), "VERB") || !strcmp(ng_dep_upos(doc, k), "AUX"))
            return false;
    return true;
}

/* "he" and "she" by rules: a person named earlier in the same
 * sentence ("Volker told the committee he ..."), else the person the
 * previous sentences are about ("Morrison testified that ... Sondland. He
 * said ..." is Morrison), else the last person named outside quotation
 * marks (people named inside a quote are talked about, not talking). */
int ng_person_for_pronoun_rules(const ng_document *doc, size_t tok)
{
    const ng_sentence *cur = &doc->sents[doc->toks[tok].sent];
    char want = S_pronoun_gender(doc, tok);
    /* (an object pronoun is not its verb's subject: "Judge Amit Mehta
     * sentenced him") */
    int head = ng_dep_parsed(doc) ? ng_dep_head(doc, tok) : -1;
    /* (not "her" before a noun, a possessive the parse may read so: "won
     * her primary") */
    const char *next = tok + 1 < doc->ntok ? ng_dep_upos(doc, tok + 1) : "";
    bool possessive = ng_tok_is(doc, tok, "her") && (!strcmp(next, "NOUN") || !strcmp(next, "ADJ") ||
                                                     !strcmp(next, "PROPN") || !strcmp(next, "NUM"));
    bool object = head >= 0 && !possessive &&
                  (!strcmp(ng_dep_rel(doc, tok), "obj") || !strcmp(ng_dep_rel(doc, tok), "iobj"));
    int subject = object ? ng_dep_subject(doc, (size_t)head) : -1;
    for (size_t k = tok; k-- > cur->tok_start;) {
        if (S_quoted(doc, k))
            continue;
        int m = ng_mention_at(doc, k);
        if (m >= 0 && subject >= 0 && doc->mentions[m].tok_start <= (size_t)subject &&
            (size_t)subject < doc->mentions[m].tok_end)
            continue;
        /* (not one after a preposition: "Choosing between Clinton and
         * Sanders is a false choice, she said"; "according to X" may be) */
        size_t st = m >= 0 ? doc->mentions[m].tok_start : 0;
        /* (but "from Dave Calhoun, who announced that he would step
         * down": the one a relative clause with the pronoun is about) */
        size_t en = m >= 0 ? doc->mentions[m].tok_end : 0;
        bool relative = m >= 0 && en + 1 < tok && ng_tok_is(doc, en, ",") && ng_tok_is(doc, en + 1, "who");
        if (m >= 0 && st > cur->tok_start && S_after_preposition(doc, st) && !ng_tok_is(doc, st - 1, "to") &&
            !relative)
            continue;
        if (m >= 0 && doc->mentions[m].actor >= 0 && doc->actors[doc->mentions[m].actor].type == NG_ACTOR_PERSON &&
            S_gender_fits(doc, doc->mentions[m].actor, want))
            return doc->mentions[m].actor;
    }
    for (size_t si = doc->toks[tok].sent, back = 0; si-- > 0 && back < 3; back++) {
        const ng_sentence *s = &doc->sents[si];
        if (doc->art->paras[s->para].kind == NG_PARA_HEADING || S_verbless_line(doc, s))
            continue;
        int a = S_sentence_subject(doc, s, want);
        if (a >= 0)
            return a;
    }
    return S_last_person_named(doc, tok);
}

static int S_last_person_named(const ng_document *doc, size_t tok)
{
    char want = S_pronoun_gender(doc, tok);
    for (size_t k = tok; k-- > 0;) {
        if (S_quoted(doc, k))
            continue;
        int m = ng_mention_at(doc, k);
        if (m >= 0 && doc->mentions[m].actor >= 0 && doc->actors[doc->mentions[m].actor].type == NG_ACTOR_PERSON &&
            S_gender_fits(doc, doc->mentions[m].actor, want))
            return doc->mentions[m].actor;
        if (tok - k > 2000)
            break;
    }
    return -1;
}

/* "two", "three", "both", "3": a count before a plural noun. */
static bool S_count_word(const ng_document *doc, size_t k)
{
    return (doc->toks[k].flags & NG_TOK_NUM) || ng_tok_is(doc, k, "two") || ng_tok_is(doc, k, "three") ||
           ng_tok_is(doc, k, "four") || ng_tok_is(doc, k, "both");
}

/* The people a sentence opens with when they are its coordinated subject:
 * "President of the Senate, Bukola Saraki, Senator Dino Melaye and Senator
 * Ben Murray-Bruce have ...". Only names, titles, bodies, commas and "and"
 * may come before and between them; two people at least. */
static size_t S_coordinated_subject(const ng_document *doc, const ng_sentence *s, int *out, size_t max, size_t *end)
{
    size_t n = 0;
    /* (past a dateline: "TOKYO (AP) — Japanese Prime Minister ...") */
    size_t k = ng_dateline_end(doc, s);
    while (k < s->tok_end) {
        int m = ng_mention_at(doc, k);
        if (m >= 0) {
            const ng_mention *mm = &doc->mentions[m];
            if (mm->actor >= 0 && doc->actors[mm->actor].type == NG_ACTOR_PERSON && n < max) {
                bool dup = false;
                for (size_t i = 0; i < n; i++)
                    dup = dup || out[i] == mm->actor;
                if (!dup)
                    out[n++] = mm->actor;
            }
            k = mm->tok_end;
            continue;
        }
        const ng_token *t = &doc->toks[k];
        char c = doc->art->text[t->start];
        /* "The two senators, A and B, ..." */
        bool plural = k + 1 < s->tok_end && ng_plural_description(doc, k);
        if (plural) {
            k++;
            if (S_count_word(doc, k))
                k++;
            k++;
            continue;
        }
        /* "Kenyan President William Ruto and Ethiopian Prime Minister ..." */
        const ng_lex_entry *country;
        size_t demonym = ng_demonym_at(doc, k, s->tok_end, &country);
        if (demonym) {
            k += demonym;
            continue;
        }
        bool glue = c == ',' || ng_tok_is(doc, k, "and") || ng_tok_is(doc, k, "of") || ng_tok_is(doc, k, "the") ||
                    ng_tok_is(doc, k, "former") || ng_lex_is_title_head(doc->lex, t->lower) ||
                    ng_lex_is_title_mod(doc->lex, t->lower) || ng_lex_is_title_abbreviation(doc->lex, t->lower);
        if (!glue)
            break;
        k++;
    }
    *end = k;
    return n >= 2 ? n : 0;
}

/* "they", "the lawmakers": the people named together as the subject of
 * one of the last sentences ("A, B and C have sued ... The lawmakers
 * failed ... Instead, they are praying ..."). Returns how many. */
size_t ng_people_for_plural(const ng_document *doc, size_t tok, int *out, size_t max)
{
    /* a sentence about the same people ("The lawmakers failed ...",
     * "They ...") carries the search on past the usual three sentences */
    for (size_t si = doc->toks[tok].sent + 1, back = 0; si-- > 0 && back < 4; back++) {
        const ng_sentence *s = &doc->sents[si];
        if (doc->art->paras[s->para].kind == NG_PARA_HEADING)
            continue;
        size_t end = 0;
        size_t n = S_coordinated_subject(doc, s, out, max, &end);
        if (n && (si != doc->toks[tok].sent || end <= tok))
            return n;
        if (si != doc->toks[tok].sent && (ng_plural_description(doc, s->tok_start) || ng_tok_is(doc, s->tok_start, "they")))
            back = 0;
    }
    return 0;
}

/* "the lawmakers", "the senators", "the three lawmakers": a plural
 * description of people at token k. */
bool ng_plural_description(const ng_document *doc, size_t k)
{
    if (!ng_tok_is(doc, k, "the") || k + 1 >= doc->ntok)
        return false;
    size_t h = k + 1;
    if (S_count_word(doc, h))
        h++;
    if (h >= doc->ntok || (doc->toks[h].flags & NG_TOK_CAP) || ng_mention_at(doc, h) >= 0)
        return false;
    /* (not a possessor: "the actors' union") */
    if ((doc->toks[h].flags & NG_TOK_POSS) || (h + 1 < doc->ntok && (doc->toks[h + 1].flags & NG_TOK_POSS)))
        return false;
    const char *w = doc->toks[h].lower;
    size_t l = strlen(w);
    if (l < 4 || w[l - 1] != 's')
        return false;
    char one[64];
    if (l >= sizeof one)
        return false;
    memcpy(one, w, l - 1);
    one[l - 1] = 0;
    return ng_lex_is_title_head(doc->lex, one) || ng_lex_is_group_noun(doc->lex, w);
}

/* The speaker or participant "they" or "the lawmakers" at token tok stands
 * for: an unnamed group named in this or the two sentences before, else
 * the first of the people last named together as a subject, else the last
 * group named. */
/* "Big Machine have twice denied doing anything wrong": a body named as
 * the subject of a verb in the plural, as British style writes companies
 * and sides, in the sentence of token tok before it or the one before;
 * the last such body, or -1. */
static int S_body_with_plural_verb(const ng_document *doc, size_t tok)
{
    uint32_t sent = doc->toks[tok].sent;
    size_t lo = doc->sents[sent > 0 ? sent - 1 : 0].tok_start;
    int body = -1;
    for (size_t m = ng_mention_lower_bound(doc, (uint32_t)lo); m < doc->nmention && doc->mentions[m].tok_start < tok;
         m++) {
        const ng_mention *mm = &doc->mentions[m];
        size_t v = mm->tok_end;
        if (v < tok && !strcmp(ng_dep_upos(doc, v), "ADV")) /* ("have twice denied") */
            v++;
        /* (the subject of its sentence's main verb: not "Republicans say
         * Democrats are trying ... They say", what others say of it) */
        size_t head = ng_dep_span_head(doc, mm->tok_start, mm->tok_end);
        int verb = ng_dep_head(doc, head);
        if (mm->actor >= 0 && doc->actors[mm->actor].type == NG_ACTOR_ORG && v < tok &&
            ng_lex_listed(doc->lex, "plural-verb-forms", doc->toks[v].lower) &&
            !strncmp(ng_dep_rel(doc, head), "nsubj", 5) && verb >= 0 && !strcmp(ng_dep_rel(doc, (size_t)verb), "root"))
            body = mm->actor;
    }
    return body;
}

int ng_actor_for_plural(const ng_document *doc, size_t tok)
{
    int group = -1;
    size_t cur = doc->toks[tok].sent;
    int body = ng_tok_is(doc, tok, "they") ? S_body_with_plural_verb(doc, tok) : -1;
    if (body >= 0)
        return body;
    for (size_t k = tok; k-- > 0;) {
        int m = ng_mention_at(doc, k);
        if (m >= 0 && doc->mentions[m].actor >= 0 && doc->actors[doc->mentions[m].actor].type == NG_ACTOR_GROUP) {
            group = doc->mentions[m].actor;
            if (doc->toks[k].sent + 2 >= cur)
                return group;
            break;
        }
    }
    /* (sources are people the article does not name: "Meloni and Trump
     * discussed the war, the sources said" is neither's word) */
    size_t noun = tok + 1 < doc->ntok && S_count_word(doc, tok + 1) ? tok + 2 : tok + 1;
    if (ng_tok_is(doc, tok, "the") && noun < doc->ntok &&
        ng_lex_listed(doc->lex, "unnamed-source-nouns", doc->toks[noun].lower))
        return -1;
    int people[8];
    if (ng_people_for_plural(doc, tok, people, 8))
        return people[0];
    return group;
}

/* Does the organization's name have a word of a public body ("Court of
 * Appeals", "Safety Commission")? */
static bool S_public_body(const ng_document *doc, int a)
{
    char *f = ng_text_fold(doc->actors[a].name, strlen(doc->actors[a].name));
    bool hit = false;
    char *save = NULL;
    for (char *w = strtok_r(f, " ", &save); w && !hit; w = strtok_r(NULL, " ", &save))
        hit = ng_lex_is_public_body_word(doc->lex, w);
    free(f);
    return hit;
}

/* Does a word of organization a's name (its last word only, with
 * last_only) stand in word list `list`? */
static bool S_name_word_listed(const ng_document *doc, int a, const char *list, bool last_only)
{
    char *f = ng_text_fold(doc->actors[a].name, strlen(doc->actors[a].name));
    bool hit = false;
    char *save = NULL, *last = strrchr(f, ' ');
    if (last_only)
        hit = ng_lex_listed(doc->lex, list, last ? last + 1 : f);
    for (char *w = last_only ? NULL : strtok_r(f, " ", &save); w && !hit; w = strtok_r(NULL, " ", &save))
        hit = ng_lex_listed(doc->lex, list, w);
    free(f);
    return hit;
}

/* Does organization a's name end in a word that names private groups as
 * well as public bodies ("Norwegian Refugee Council", "International
 * Rescue Committee": `group-body-words`)? */
static bool S_named_as_group(const ng_document *doc, int a)
{
    return S_name_word_listed(doc, a, "group-body-words", true);
}

/* The organization named most often before token k (of those named as
 * often, the one named first: news names its subject in the lead), not
 * the publisher and not a public body (what "the company", "the group"
 * describe); -1 if none. */
/* "SAN FRANCISCO (AP) —": a name in a dateline (its agency), which only
 * carried the story. */
static bool S_in_dateline(const ng_document *doc, const ng_mention *m)
{
    const ng_sentence *s = &doc->sents[doc->toks[m->tok_start].sent];
    return m->tok_end < ng_dateline_end(doc, s);
}

/* Does the noun at k name only companies ("the company", "the drugmaker";
 * not "the group", "the club": company-only-nouns)? */
static bool S_company_only(const ng_document *doc, size_t k)
{
    return ng_lex_listed(doc->lex, "company-only-nouns", doc->toks[k].lower);
}

/* Does organization a's name say it is no company ("World Health
 * Organization", "Teachers Association": non-company-words)? */
static bool S_named_as_no_company(const ng_document *doc, int a)
{
    return S_name_word_listed(doc, a, "non-company-words", false);
}

/* "Rival Eli Lilly is testing its own pill": a mention after a word that
 * sets the body against the article's own (`rival-words`), which "the
 * company" does not take up. */
static bool S_rival_mention(const ng_document *doc, const ng_mention *m)
{
    return m->tok_start > 0 && ng_lex_listed(doc->lex, "rival-words", doc->toks[m->tok_start - 1].lower);
}

/* '"We remain sceptical ...," said Kotak Institutional Equities': a name
 * right after a closing quotation mark and a verb of saying is the
 * subject of that verb, however the parse reads it; not whom one tells
 * ('"that person," telling Fox 35') */
static bool S_after_quote_and_verb(const ng_document *doc, size_t k)
{
    return k >= 2 && (doc->toks[k - 2].flags & NG_TOK_CLOSE) &&
           ng_lex_speech_verb(doc->lex, doc->toks[k - 1].lower) == 1 &&
           !ng_lex_listed(doc->lex, "telling-verbs", doc->toks[k - 1].lower) && !ng_tok_ing_form(doc, k - 1);
}

/* "Albertsons said it had terminated the merger agreement ... "Kroger's
 * willful breach ...," the company said": the body last named as a
 * subject in the two sentences before token k's (a company, with
 * company_only; not except); -1 if none. Not in k's own: "The law firm
 * WilmerHale reviewed the documents, the company said" is what was said. */
static int S_subject_org_before(const ng_document *doc, size_t k, bool company_only, int except)
{
    size_t s = doc->toks[k].sent, lo = doc->sents[s >= 2 ? s - 2 : 0].tok_start;
    for (size_t m = ng_mention_lower_bound(doc, doc->sents[s].tok_start);
         m-- > 0 && doc->mentions[m].tok_start >= lo;) {
        const ng_mention *mm = &doc->mentions[m];
        int a = mm->actor;
        /* (a body with a public body's word in its name that groups'
         * names have too, for a noun that is not a company's: "The
         * Norwegian Refugee Council said ... the group's secretary
         * general"; not "The Supreme Court heard the case") */
        if (a < 0 || doc->actors[a].type != NG_ACTOR_ORG || a == doc->publisher || a == except ||
            (S_public_body(doc, a) && (company_only || !S_named_as_group(doc, a))) ||
            (company_only && S_named_as_no_company(doc, a)) || S_rival_mention(doc, mm))
            continue;
        size_t h = ng_dep_span_head(doc, mm->tok_start, mm->tok_end);
        if (strncmp(ng_dep_rel(doc, h), "nsubj", 5) == 0 || S_after_quote_and_verb(doc, mm->tok_start))
            return a;
    }
    return -1;
}

static int S_salient_org_before(const ng_document *doc, size_t k, bool company_only, int except)
{
    int subject = S_subject_org_before(doc, k, company_only, except);
    if (subject >= 0)
        return subject;
    size_t *count = calloc(doc->nactor + 1, sizeof *count), *first = calloc(doc->nactor + 1, sizeof *first);
    for (size_t m = 0; m < doc->nmention; m++) {
        int a = doc->mentions[m].actor;
        size_t at = doc->mentions[m].tok_start;
        if (at < k && a >= 0 && doc->actors[a].type == NG_ACTOR_ORG && a != doc->publisher && a != except &&
            !S_in_dateline(doc, &doc->mentions[m]) && !S_rival_mention(doc, &doc->mentions[m])) {
            if (!count[a]++ || at < first[a])
                first[a] = at;
        }
    }
    /* (with company_only, a body whose name says it is no company last:
     * "The vaccine is made by British drugmaker GSK. The company has
     * pledged" in a story of the World Health Organization) */
    int best = -1;
    bool best_company = false;
    for (size_t a = 0; a < doc->nactor; a++) {
        if (!count[a] || S_public_body(doc, (int)a))
            continue;
        bool company = !company_only || !S_named_as_no_company(doc, (int)a);
        if (best < 0 || (company && !best_company) ||
            (company == best_company &&
             (count[a] > count[best] || (count[a] == count[best] && first[a] < first[best])))) {
            best = (int)a;
            best_company = company;
        }
    }
    free(count);
    free(first);
    return best;
}

/* "Spotify welcomed the ruling. Horacio Gutierrez, the Swedish company's
 * chief legal officer, said": a company noun in the opening words of a
 * sentence after one that opens with a company's name is that company,
 * however often others were named; -1 if not so. With company false, a
 * noun for a body ("agency") after one that opens with any body's name,
 * "the" before it or not ("The Africa Centers for Disease Control ...
 * declared its own emergency. Dr. Jean Kaseya, the agency's director
 * general,"). */
static int S_opening_body_before(const ng_document *doc, size_t k, bool company)
{
    uint32_t sent = doc->toks[k].sent;
    if (sent == 0)
        return -1;
    /* (the opening words after a quotation that opens the sentence:
     * '"Time is running out," said Eddie Rowe, the agency's country
     * director') */
    size_t from = doc->sents[sent].tok_start;
    if (doc->toks[from].flags & NG_TOK_OPEN)
        for (size_t q = from + 1; q < k; q++)
            if (doc->toks[q].flags & NG_TOK_CLOSE) {
                from = q + 1;
                break;
            }
    if (k > from + 8)
        return -1;
    size_t open = doc->sents[sent - 1].tok_start;
    if (!company && ng_tok_is(doc, open, "the"))
        open++;
    int m = ng_mention_at(doc, open);
    if (m < 0 || doc->mentions[m].tok_start != open)
        return -1;
    int a = doc->mentions[m].actor;
    if (a < 0 || doc->actors[a].type != NG_ACTOR_ORG || a == doc->publisher ||
        (company && (S_public_body(doc, a) || S_named_as_no_company(doc, a))))
        return -1;
    return a;
}

/* The organization named most often before token k (the first named of
 * those named as often; a name before a verb of saying counts twice), not
 * the publisher, preferring a public body (a word of PUBLIC_BODY_WORDS in
 * its name) or one the lexicon knows; -1 if none. */
static int S_salient_body_before(const ng_document *doc, size_t k)
{
    int opener = S_opening_body_before(doc, k, false);
    if (opener >= 0)
        return opener;
    size_t *count = calloc(2 * (doc->nactor + 1), sizeof *count), *known = count + doc->nactor + 1;
    int best = -1, best_known = -1;
    for (size_t m = 0; m < doc->nmention && doc->mentions[m].tok_start < k; m++) {
        int a = doc->mentions[m].actor;
        /* (nor the news agency of the dateline: "WASHINGTON (Reuters) -
         * ..., the agency said" is the FTC's) */
        if (a < 0 || doc->actors[a].type != NG_ACTOR_ORG || a == doc->publisher ||
            S_in_dateline(doc, &doc->mentions[m]))
            continue;
        /* a body that spoke counts twice ("the European Union's Copernicus
         * Climate Change Service said ... the agency said": the service) */
        size_t e = doc->mentions[m].tok_end;
        size_t n = 1 + (e < doc->ntok && ng_lex_speech_verb(doc->lex, doc->toks[e].lower) == 1);
        if ((count[a] += n) > (best < 0 ? 0 : count[best]))
            best = a;
        if ((doc->actors[a].lex || S_public_body(doc, a)) && (known[a] += n) > (best_known < 0 ? 0 : known[best_known]))
            best_known = a;
    }
    free(count);
    return best_known >= 0 ? best_known : best;
}

/* "the police", "the ministry": the organization last named whose name
 * has that organization word ("the Nigeria Police", "Interior Ministry");
 * "the company", "the automaker": the organization named most; "the
 * agency", "the organization" with no such name: the public body named
 * most. */
/* "the gallery said" after "the National Gallery", "the museum" after
 * "the British Museum": the organization named last before token k whose
 * name ends in the noun after it. */
static int S_org_by_head(const ng_document *doc, size_t k)
{
    const char *w = doc->toks[k + 1].lower;
    for (size_t q = k; q-- > 0 && k - q < 2000;) {
        int m = ng_mention_at(doc, q);
        if (m < 0 || doc->mentions[m].actor < 0 || doc->mentions[m].type != NG_ACTOR_ORG ||
            doc->mentions[m].tok_end != q + 1)
            continue;
        /* (its name's last word, or the word right after its name: "the
         * museum" after "the Louvre museum") */
        /* (a noun for no people: not "the candidates" after "Democratic
         * Senate candidates") */
        if (!strcmp(doc->toks[q].lower, w) ||
            (q + 1 < k && !(doc->toks[q + 1].flags & NG_TOK_CAP) && !strcmp(doc->toks[q + 1].lower, w) &&
             !ng_lex_person_noun(doc->lex, w) && !ng_lex_is_group_noun(doc->lex, w) &&
             !ng_lex_is_title_head(doc->lex, w)))
            return doc->mentions[m].actor;
    }
    return -1;
}

/* "the air force said" after "Ukraine's air force", "the foreign
 * ministry" after "Qatar's foreign ministry": the organization named last
 * before token k whose name holds the two words after it. */
static int S_org_by_two_words(const ng_document *doc, size_t k)
{
    if (k + 2 >= doc->ntok || (doc->toks[k + 2].flags & NG_TOK_CAP) || !(doc->toks[k + 1].flags & NG_TOK_WORD) ||
        !(doc->toks[k + 2].flags & NG_TOK_WORD))
        return -1;
    char phrase[128];
    snprintf(phrase, sizeof phrase, "%s %s", doc->toks[k + 1].lower, doc->toks[k + 2].lower);
    for (size_t q = k; q-- > 0 && k - q < 2000;) {
        int m = ng_mention_at(doc, q);
        if (m < 0 || doc->mentions[m].actor < 0 || doc->mentions[m].type != NG_ACTOR_ORG ||
            doc->mentions[m].tok_end != q + 1)
            continue;
        const char *name = doc->actors[doc->mentions[m].actor].name;
        char *f = ng_text_fold(name, strlen(name));
        bool hit = !strcmp(f, phrase) || S_ends_in_words(f, phrase);
        free(f);
        if (hit)
            return doc->mentions[m].actor;
    }
    return -1;
}

/* "the world's biggest automaker": after "the", a possessive of the
 * world (world-words) and up to two adjectives, the token before the noun;
 * else k. */
static size_t S_past_superlative(const ng_document *doc, size_t k)
{
    if (k + 3 >= doc->ntok || !ng_lex_listed(doc->lex, "world-words", doc->toks[k + 1].lower) ||
        !(doc->toks[k + 2].flags & NG_TOK_POSS))
        return k;
    size_t n = k + 3;
    while (n < doc->ntok && n < k + 5 && !(doc->toks[n].flags & NG_TOK_CAP) && !strcmp(ng_dep_upos(doc, n), "ADJ"))
        n++;
    return n < doc->ntok && !(doc->toks[n].flags & NG_TOK_CAP) && (doc->toks[n].flags & NG_TOK_WORD) ? n - 1 : k;
}

/* Organization a, where a mention of it stands in the sentence of token k
 * or the one before, or in one of the two before that with no other
 * body named since (words that say what kind of company it is tell of
 * one just named: "Spotify will raise ..., the Swedish music streaming
 * company said", "Apple said ... "...," the company said ... The iPhone
 * maker said", not "the terrorist group" of a body named long before);
 * else -1. */
static int S_described_nearby(const ng_document *doc, int a, size_t k)
{
    uint32_t sent = doc->toks[k].sent;
    size_t near = doc->sents[sent > 0 ? sent - 1 : 0].tok_start, far = doc->sents[sent > 2 ? sent - 3 : 0].tok_start;
    int last = -1;
    for (size_t m = 0; a >= 0 && m < doc->nmention && doc->mentions[m].tok_start < k; m++)
        if (doc->mentions[m].actor == a && doc->mentions[m].tok_start >= far)
            last = (int)m;
    if (last < 0)
        return -1;
    if (doc->mentions[last].tok_start >= near)
        return a;
    for (size_t m = (size_t)last + 1; m < doc->nmention && doc->mentions[m].tok_start < k; m++)
        if (doc->mentions[m].actor >= 0 && doc->mentions[m].actor != a &&
            doc->actors[doc->mentions[m].actor].type == NG_ACTOR_ORG)
            return -1;
    return a;
}

/* "The New Zealand Nurses Organisation said ... the union said": the
 * body named last before token k whose name holds a word of workers'
 * unions' names (`union-name-words`: "Nurses", "Teamsters",
 * "Guild"); -1 if none. */
static int S_union_before(const ng_document *doc, size_t k)
{
    for (size_t m = doc->nmention; m-- > 0;) {
        const ng_mention *mm = &doc->mentions[m];
        if (mm->tok_start >= k || mm->actor < 0 || doc->actors[mm->actor].type != NG_ACTOR_ORG)
            continue;
        for (size_t q = mm->tok_start; q < mm->tok_end; q++)
            if (ng_lex_listed(doc->lex, "union-name-words", doc->toks[q].lower))
                return mm->actor;
    }
    /* (else the one body named in the sentence or the one before, no
     * company's name: "The SAG-AFTRA board approved the contract, the
     * union said") */
    uint32_t sent = doc->toks[k].sent;
    size_t lo = doc->sents[sent > 0 ? sent - 1 : sent].tok_start;
    int body = -1;
    for (size_t m = ng_mention_lower_bound(doc, (uint32_t)lo); m < doc->nmention && doc->mentions[m].tok_start < k;
         m++) {
        const ng_mention *mm = &doc->mentions[m];
        if (mm->actor < 0 || doc->actors[mm->actor].type != NG_ACTOR_ORG || mm->actor == body)
            continue;
        if (body >= 0 || ng_lex_is_company_name_end(doc->lex, doc->toks[mm->tok_end - 1].lower))
            return -1;
        body = mm->actor;
    }
    return body;
}

/* "Analysts at Jefferies said ... said Randal Konik, an analyst at the
 * firm": for "the" at k after "NOUN at|for|with", the body named in the
 * two sentences before after that noun in the plural ("analysts at",
 * "lawyers for"); -1 if none. */
static int S_org_of_same_people(const ng_document *doc, size_t k)
{
    if (k < 2 || !(ng_tok_is(doc, k - 1, "at") || ng_tok_is(doc, k - 1, "for") || ng_tok_is(doc, k - 1, "with")) ||
        !ng_lex_person_noun(doc->lex, doc->toks[k - 2].lower))
        return -1;
    const char *one = doc->toks[k - 2].lower;
    size_t n = strlen(one), s = doc->toks[k].sent, lo = doc->sents[s >= 2 ? s - 2 : 0].tok_start;
    for (size_t m = ng_mention_lower_bound(doc, doc->sents[s].tok_start);
         m-- > 0 && doc->mentions[m].tok_start >= lo;) {
        const ng_mention *mm = &doc->mentions[m];
        size_t b = mm->tok_start;
        const char *many = b >= 2 ? doc->toks[b - 2].lower : "";
        if (b >= 2 && mm->actor >= 0 && doc->actors[mm->actor].type == NG_ACTOR_ORG &&
            ng_tok_is(doc, b - 1, doc->toks[k - 1].lower) && strlen(many) == n + 1 && !strncmp(many, one, n) &&
            many[n] == 's')
            return mm->actor;
    }
    return -1;
}

/* Is the word at k the plural of a noun for a company ("companies",
 * "carmakers")? */
static bool S_company_plural(const ng_document *doc, size_t k)
{
    char one[64];
    return !(doc->toks[k].flags & NG_TOK_CAP) && ng_word_singular(doc->toks[k].lower, one, sizeof one) &&
           (ng_lex_is_company_noun(doc->lex, one) || ng_lex_is_body_noun(doc->lex, one));
}

/* "Microsoft will invest $1.5 billion in G42, ..., the two companies
 * said": the words they said name bodies, none joined to another by
 * "and"; they speak as the one that is the subject there ("Indian
 * airline IndiGo has ordered 500 Airbus A320 jets, the two companies
 * announced": the other may be named in no name of a body). */
static int S_subject_of_two_companies(const ng_document *doc, size_t k)
{
    size_t lo = doc->sents[doc->toks[k].sent].tok_start;
    int subject = -1;
    for (size_t m = ng_mention_lower_bound(doc, (uint32_t)lo); m < doc->nmention && doc->mentions[m].tok_end <= k;
         m++) {
        const ng_mention *mm = &doc->mentions[m];
        if (mm->actor < 0 || doc->actors[mm->actor].type != NG_ACTOR_ORG || mm->actor == subject)
            continue;
        size_t h = ng_dep_span_head(doc, mm->tok_start, mm->tok_end);
        /* (or the name of a noun that is: "Indian airline IndiGo") */
        int up = ng_dep_head(doc, h);
        if (up >= 0 && (!strcmp(ng_dep_rel(doc, h), "flat") || !strcmp(ng_dep_rel(doc, h), "appos")) &&
            (size_t)up + 1 == mm->tok_start)
            h = (size_t)up;
        if (subject < 0 && !strncmp(ng_dep_rel(doc, h), "nsubj", 5))
            subject = mm->actor;
    }
    return subject;
}

/* "Volkswagen and electric truck maker Rivian finalized a venture, the
 * two companies said": the first of two bodies named together (a
 * description of the second between) in the sentence of token k or the
 * one before, after "the" (a number may follow) and a plural noun for
 * companies at k; -1 if none. A joint word is listed once, under the
 * first named. */
static int S_companies_named_together(const ng_document *doc, size_t k)
{
    size_t noun = k + 1 < doc->ntok && S_count_word(doc, k + 1) ? k + 2 : k + 1;
    if (!ng_tok_is(doc, k, "the") || noun >= doc->ntok)
        return -1;
    /* (or countries: "Saudi Arabia and the United States said ... The two
     * countries said", `state-plurals`) */
    bool states = !(doc->toks[noun].flags & NG_TOK_CAP) &&
                  ng_lex_listed(doc->lex, "state-plurals", doc->toks[noun].lower);
    if (!states && !S_company_plural(doc, noun))
        return -1;
    int kind = states ? NG_ACTOR_PLACE : NG_ACTOR_ORG;
    size_t s = doc->toks[k].sent, lo = doc->sents[s > 0 ? s - 1 : 0].tok_start;
    for (size_t m = ng_mention_lower_bound(doc, (uint32_t)k); m-- > 0 && doc->mentions[m].tok_start >= lo;) {
        const ng_mention *second = &doc->mentions[m];
        if (second->actor < 0 || doc->actors[second->actor].type != kind ||
            (states && doc->actors[second->actor].place_kind != NG_PLACE_COUNTRY))
            continue;
        /* (the first: "X and" up to four words in lower case before the
         * second) */
        size_t a = second->tok_start;
        while (a > lo && a + 5 > second->tok_start && !(doc->toks[a - 1].flags & (NG_TOK_CAP | NG_TOK_PUNCT)) &&
               !ng_tok_is(doc, a - 1, "and"))
            a--;
        int first = a >= lo + 2 && ng_tok_is(doc, a - 1, "and") ? ng_mention_at(doc, a - 2) : -1;
        /* (the pair the subject of its clause: not "the antidepressant
         * Zoloft and ... Viagra" in a list of drugs) */
        /* (or a compound of it, as some parses read the pair) */
        const ng_mention *fm = first >= 0 ? &doc->mentions[first] : NULL;
        size_t h = fm ? ng_dep_span_head(doc, fm->tok_start, fm->tok_end) : 0;
        int up = fm && (!strcmp(ng_dep_rel(doc, h), "compound") || !strcmp(ng_dep_rel(doc, h), "conj"))
                     ? ng_dep_head(doc, h)
                     : -1;
        /* (or the second the subject, however the parse hangs the first:
         * "..., Saudi Arabia and the United States said") */
        size_t h2 = ng_dep_span_head(doc, second->tok_start, second->tok_end);
        /* (or, whatever the parse reads, the pair right before a verb of
         * saying: "..., the World Health Organization and UNICEF said") */
        bool subject = fm && (!strncmp(ng_dep_rel(doc, h), "nsubj", 5) ||
                              (up >= 0 && !strncmp(ng_dep_rel(doc, (size_t)up), "nsubj", 5)) ||
                              !strncmp(ng_dep_rel(doc, h2), "nsubj", 5) ||
                              (second->tok_end < doc->ntok &&
                               ng_lex_speech_verb(doc->lex, doc->toks[second->tok_end].lower) == 1));
        if (subject && fm->actor >= 0 && fm->tok_end == a - 1 && doc->actors[fm->actor].type == kind)
            return fm->actor;
    }
    return states ? -1 : S_subject_of_two_companies(doc, k);
}

/* Is token k one word of a name and one in lower case joined by a hyphen
 * ("Stockholm-based", "Kremlin-backed", "state-owned" is not)? */
static bool S_name_compound(const ng_document *doc, size_t k)
{
    const ng_token *t = &doc->toks[k];
    const char *text = doc->art->text;
    for (uint32_t i = t->start + 1; i + 1 < t->end; i++)
        if (text[i] == '-')
            return text[i + 1] >= 'a' && text[i + 1] <= 'z';
    return false;
}

static const ng_lex_entry *S_dateline_country(ng_document *doc);

/* "the European planemaker", "the Nordic lender": an adjective of a
 * region, no country's demonym, before a noun for a company */
static bool S_region_adjective(const ng_document *doc, size_t k)
{
    return ng_dep_parsed(doc) && k + 1 < doc->ntok && !strcmp(ng_dep_upos(doc, k), "ADJ") &&
           ng_lex_is_company_noun(doc->lex, doc->toks[k + 1].lower);
}

/* "The government said" (at token k, "the"): the country whose
 * government the article named last ("the Dutch government", "the
 * government of Peru"), else the dateline's country ("THE HAGUE — ...")
 * where the article names it; -1 if none. */
static int S_governed_country(const ng_document *doc, size_t k)
{
    for (size_t m = ng_mention_lower_bound(doc, (uint32_t)k); m-- > 0 && k - doc->mentions[m].tok_start < 2000;) {
        const ng_mention *mm = &doc->mentions[m];
        size_t e = mm->tok_end;
        bool governed = ng_lex_listed(doc->lex, "governing-nouns", doc->toks[e - 1].lower) ||
                        (e < doc->ntok && ng_lex_listed(doc->lex, "governing-nouns", doc->toks[e].lower)) ||
                        (mm->tok_start >= 2 && ng_tok_is(doc, mm->tok_start - 1, "of") &&
                         ng_lex_listed(doc->lex, "governing-nouns", doc->toks[mm->tok_start - 2].lower));
        if (governed && mm->actor >= 0 && doc->actors[mm->actor].type == NG_ACTOR_PLACE &&
            doc->actors[mm->actor].place_kind == NG_PLACE_COUNTRY)
            return mm->actor;
    }
    const ng_lex_entry *home = S_dateline_country((ng_document *)doc);
    for (size_t a = 0; home && a < doc->nactor; a++)
        if (doc->actors[a].type == NG_ACTOR_PLACE && doc->actors[a].lex == home)
            return (int)a;
    return -1;
}

int ng_org_described(const ng_document *doc, size_t k)
{
    int same = S_org_of_same_people(doc, k);
    if (same >= 0)
        return same;
    int together = S_companies_named_together(doc, k);
    if (together >= 0)
        return together;
    if (!ng_tok_is(doc, k, "the") || k + 1 >= doc->ntok)
        return -1;
    /* "the Spanish club said": a demonym before the noun; "the
     * Stockholm-based company said": a compound of a name and a word in
     * lower case, which says where it is or who owns it */
    /* (past a town and its comma: "the Beaverton, Oregon-based company") */
    if (k + 4 < doc->ntok && (doc->toks[k + 1].flags & NG_TOK_CAP) && ng_tok_is(doc, k + 2, ",") &&
        (doc->toks[k + 3].flags & NG_TOK_CAP) && S_name_compound(doc, k + 3) && !(doc->toks[k + 4].flags & NG_TOK_CAP))
        k += 2;
    if (k + 2 < doc->ntok && (doc->toks[k + 1].flags & NG_TOK_CAP) && !(doc->toks[k + 2].flags & NG_TOK_CAP) &&
        (doc->toks[k + 2].flags & NG_TOK_WORD) &&
        (ng_lex_demonym(doc->lex, doc->toks[k + 1].lower) || S_name_compound(doc, k + 1) ||
         S_region_adjective(doc, k + 1)) &&
        ng_mention_at(doc, k + 1) < 0)
        k++;
    else if (doc->toks[k + 1].flags & NG_TOK_CAP) {
        /* "the Premier League club said": a body's name before a noun for
         * a company, or for a team ("the La Liga side"), is where the one
         * described plays or trades */
        int c = ng_mention_at(doc, k + 1);
        size_t e = c >= 0 ? doc->mentions[c].tok_end : 0;
        if (c >= 0 && doc->mentions[c].tok_start == k + 1 && doc->mentions[c].type == NG_ACTOR_ORG &&
            doc->mentions[c].actor >= 0 && e < doc->ntok && !(doc->toks[e].flags & NG_TOK_CAP) &&
            (ng_lex_is_company_noun(doc->lex, doc->toks[e].lower) ||
             ng_lex_listed(doc->lex, "league-team-nouns", doc->toks[e].lower)))
            return S_described_nearby(
                doc, S_salient_org_before(doc, k, S_company_only(doc, e), doc->mentions[c].actor), k);
        /* "the U.S. drugmaker said": a country's name before the noun */
        if (c < 0 || !doc->mentions[c].lex || doc->mentions[c].lex->place_kind != NG_PLACE_COUNTRY ||
            doc->mentions[c].tok_start != k + 1 || doc->mentions[c].tok_end >= doc->ntok ||
            (doc->toks[doc->mentions[c].tok_end].flags & NG_TOK_CAP))
            return -1;
        k = doc->mentions[c].tok_end - 1;
    }
    /* "the Swedish music streaming company said": words in lower case
     * before the noun for a body are what kind it is */
    size_t h = k + 1;
    while (h + 1 < doc->ntok && h < k + 4 && (doc->toks[h + 1].flags & NG_TOK_WORD) &&
           !(doc->toks[h + 1].flags & NG_TOK_CAP) && !ng_lex_is_company_noun(doc->lex, doc->toks[h].lower) &&
           !ng_lex_is_body_noun(doc->lex, doc->toks[h].lower) && !ng_lex_is_org_word(doc->lex, doc->toks[h].lower))
        h++;
    int opener = ng_lex_is_company_noun(doc->lex, doc->toks[h].lower) ? S_opening_body_before(doc, k, true) : -1;
    if (opener >= 0)
        return opener;
    if (h > k + 1 && ng_lex_is_company_noun(doc->lex, doc->toks[h].lower))
        return S_described_nearby(doc, S_salient_org_before(doc, k, S_company_only(doc, h), -1), k);
    /* "the central bank", "the ruling party": a word of bodies' names after
     * the words of kind names the body named so last */
    if (h > k + 1 && ng_lex_is_org_word(doc->lex, doc->toks[h].lower) && !(doc->toks[h].flags & NG_TOK_CAP))
        k = h - 1;
    k = S_past_superlative(doc, k);
    int two = S_org_by_two_words(doc, k);
    if (two >= 0)
        return two;
    bool company = ng_lex_is_company_noun(doc->lex, doc->toks[k + 1].lower);
    bool body = ng_lex_is_body_noun(doc->lex, doc->toks[k + 1].lower);
    if (!ng_lex_is_org_word(doc->lex, doc->toks[k + 1].lower))
        return company ? S_salient_org_before(doc, k, S_company_only(doc, k + 1), -1)
               : body  ? S_salient_body_before(doc, k)
                       : S_org_by_head(doc, k);
    const char *w = doc->toks[k + 1].lower;
    size_t wl = strlen(w);
    int governed = (!strcmp(w, "government") || !strcmp(w, "regime")) &&
                           !(k + 2 < doc->ntok && ng_tok_is(doc, k + 2, "of"))
                       ? S_governed_country(doc, k)
                       : -1;
    if (governed >= 0)
        return governed;
    for (size_t q = k; q-- > 0 && k - q < 2000;) {
        int m = ng_mention_at(doc, q);
        if (m < 0 || doc->mentions[m].actor < 0 || doc->mentions[m].type != NG_ACTOR_ORG)
            continue;
        const char *name = doc->actors[doc->mentions[m].actor].name;
        char *f = ng_text_fold(name, strlen(name));
        bool hit = false;
        for (const char *p = strstr(f, w); p && !hit; p = strstr(p + 1, w))
            hit = (p == f || p[-1] == ' ') && (p[wl] == 0 || p[wl] == ' ');
        free(f);
        if (hit)
            return doc->mentions[m].actor;
    }
    if (ng_lex_listed(doc->lex, "union-nouns", w))
        return S_union_before(doc, k);
    /* "MARRAKESH, Morocco — ..., the interior ministry said", no ministry
     * named before: a ministry is a government's, and speaks for the
     * country "the government" would (S_governed_country) */
    if (!strcmp(w, "ministry"))
        return S_governed_country(doc, k);
    return company ? S_salient_org_before(doc, k, S_company_only(doc, k + 1), -1)
           : body  ? S_salient_body_before(doc, k)
                   : -1;
}

/* How a person's titles hold the phrase: 3 one of them is the phrase, 2
 * one is its abbreviation ("Sen." for "the senator", "Rep." for "the
 * congressman": `title-abbreviation-words`), 1 one of them contains it
 * ("vice president" holds "president"), 0 none. */
static int S_title_fit(const ng_document *doc, const ng_actor *a, const char *phrase)
{
    int fit = 0;
    for (size_t t = 0; t < a->ntitle && fit < 3; t++) {
        char *f = ng_text_fold(a->titles[t], strlen(a->titles[t]));
        const char *at = strstr(f, phrase);
        int here = at ? (at == f && at[strlen(phrase)] == 0 ? 3 : 1) : 0;
        char pair[160];
        if (!at && !strchr(f, ' ') && snprintf(pair, sizeof pair, "%s %s", f, phrase) < (int)sizeof pair &&
            ng_lex_listed(doc->lex, "title-abbreviation-words", pair))
            here = 2;
        fit = here > fit ? here : fit;
        free(f);
    }
    return fit;
}

/* The person whose words (a description the actors stage resolved: "the
 * 22-year-old Spaniard") lie within [lo, v), or -1. */
static int S_person_named_within(const ng_document *doc, size_t lo, size_t v)
{
    for (size_t a = 0; a < doc->nactor; a++) {
        const ng_actor *p = &doc->actors[a];
        for (size_t i = 0; p->type == NG_ACTOR_PERSON && i < p->nnamed_at; i++)
            if (p->named_at[2 * i] >= lo && p->named_at[2 * i + 1] <= v)
                return (int)a;
    }
    return -1;
}

/* The person a description the actors stage resolved names over token k
 * ("the Red Bull driver" over "Red Bull"), outside the person's own
 * mentions; -1 if none. */
int ng_person_named_over(const ng_document *doc, size_t k)
{
    for (size_t a = 0; a < doc->nactor; a++) {
        const ng_actor *p = &doc->actors[a];
        for (size_t i = 0; p->type == NG_ACTOR_PERSON && i < p->nnamed_at; i++)
            if (p->named_at[2 * i] <= k && k < p->named_at[2 * i + 1])
                return (int)a;
    }
    return -1;
}

/* "the interior minister", "Austria's foreign minister": the one person of
 * the article who carries that title; "the President" is the president
 * before a vice president, whose title merely contains the words. */
int ng_person_described(const ng_document *doc, size_t lo, size_t v)
{
    size_t head = v;
    for (size_t k = lo; k < v; k++)
        if (ng_lex_is_title_head(doc->lex, doc->toks[k].lower))
            head = k;
    if (head == v)
        return S_person_named_within(doc, lo, v);
    size_t from = head;
    while (from > lo && ng_lex_is_title_mod(doc->lex, doc->toks[from - 1].lower) &&
           !(doc->toks[from - 1].flags & NG_TOK_POSS))
        from--;
    char phrase[256] = "";
    for (size_t k = from; k <= head; k++) {
        strncat(phrase, doc->toks[k].lower, sizeof phrase - strlen(phrase) - 2);
        if (k < head)
            strcat(phrase, " ");
    }
    int found = -1, best = 0;
    bool tie = false;
    for (size_t a = 0; a < doc->nactor; a++) {
        int fit = doc->actors[a].type == NG_ACTOR_PERSON ? S_title_fit(doc, &doc->actors[a], phrase) : 0;
        if (fit > best) {
            found = (int)a;
            best = fit;
            tie = false;
        } else if (fit && fit == best) {
            tie = true;
        }
    }
    if (tie)
        return -1; /* ambiguous: nobody */
    /* ("the 41-year-old author": no one titled so, but a description the
     * actors stage resolved; not a name in the words) */
    for (size_t k = lo; k < v && found < 0; k++)
        if (ng_mention_at(doc, k) >= 0)
            return -1;
    return found >= 0 ? found : S_person_named_within(doc, lo, v);
}

/* Does one of person a's titles end in the word w? */
static bool S_title_ends_in(const ng_actor *a, const char *w)
{
    size_t n = strlen(w);
    bool fits = false;
    for (size_t t = 0; t < a->ntitle && !fits; t++) {
        char *f = ng_text_fold(a->titles[t], strlen(a->titles[t]));
        size_t fn = strlen(f);
        fits = fn >= n && !strcmp(f + fn - n, w) && (fn == n || f[fn - n - 1] == ' ');
        free(f);
    }
    return fits;
}

/* "A federal judge on Thursday sentenced ..." and later "U.S. District
 * Judge Patti Saris": the one person of the article whose title ends in
 * the noun at head, named at or after token from (after when after is
 * set: a lede describes before it names), or -1 (none, or several). */
int ng_person_by_title_head(const ng_document *doc, size_t head, size_t from, bool after)
{
    int found = -1;
    for (size_t a = 0; a < doc->nactor; a++) {
        const ng_actor *p = &doc->actors[a];
        if (p->type != NG_ACTOR_PERSON || p->nmention == 0)
            continue;
        if (!S_title_ends_in(p, doc->toks[head].lower))
            continue;
        size_t first = doc->mentions[p->mentions[0]].tok_start;
        if (after ? first <= from : first >= from)
            continue;
        if (found >= 0)
            return -1;
        found = (int)a;
    }
    return found;
}

/* The end of a title in lower case from token from ("interior minister",
 * "ambassador") that describes its holder without naming them: a title's
 * head last and no name or comma after it (a name right after is the
 * premodifier case, done already); 0 when there is none. */
static size_t S_described_title_end(const ng_document *doc, size_t from)
{
    size_t to = from;
    while (to < doc->ntok && to < from + 4 && !(doc->toks[to].flags & NG_TOK_CAP) &&
           (ng_lex_is_title_mod(doc->lex, doc->toks[to].lower) || ng_lex_is_title_head(doc->lex, doc->toks[to].lower)))
        to++;
    if (to == from || !ng_lex_is_title_head(doc->lex, doc->toks[to - 1].lower) ||
        (to < doc->ntok && (ng_mention_at(doc, to) >= 0 || doc->art->text[doc->toks[to].start] == ',')))
        return 0;
    return to;
}

/* "Austria's interior minister said ..." and later "Interior Minister
 * Wolfgang Peschorn": a country's or body's description of a title holder
 * gives the one person with that title its affiliation. */
static void S_described_affiliations(ng_document *doc)
{
    for (size_t mi = 0; mi < doc->nmention; mi++) {
        const ng_mention *c = &doc->mentions[mi];
        if (c->actor < 0 || !(c->type == NG_ACTOR_ORG || (c->type == NG_ACTOR_PLACE && c->place_kind == NG_PLACE_COUNTRY)))
            continue;
        size_t k = c->tok_end;
        if (k + 1 >= doc->ntok || !(doc->toks[k].flags & NG_TOK_POSS))
            continue;
        size_t from = k + 1, to = S_described_title_end(doc, from);
        int p = to ? ng_person_described(doc, from, to) : -1;
        if (p >= 0 && doc->actors[p].naffil == 0)
            ng_actor_add_affiliation(doc, p, c->actor);
    }
}

/* "ordered the French ambassador to leave ... Ambassador Sylvain Itte":
 * a demonym's description of a title holder gives the one person with
 * that title the demonym's country, before any home country. */
static void S_demonym_described_affiliations(ng_document *doc)
{
    for (size_t k = 1; k + 1 < doc->ntok; k++) {
        const ng_lex_entry *c = ng_lex_demonym(doc->lex, doc->toks[k].lower);
        if (!c || c->place_kind != NG_PLACE_COUNTRY || !ng_tok_is(doc, k - 1, "the") || ng_mention_at(doc, k) >= 0)
            continue;
        size_t from = k + 1, to = S_described_title_end(doc, from);
        if (!to)
            continue;
        /* (not a head of state's or government's post: "met the Mexican
         * president ... reminds me of President Reagan") */
        char *post = ng_doc_fold_range(doc, to - 1, to);
        if (ng_lex_listed(doc->lex, "head-of-state-posts", post) || ng_tok_is(doc, to - 1, "president"))
            continue;
        int p = ng_person_described(doc, from, to);
        /* (a description before the name, as news introduces someone: not
         * "the French president" after "President Obama") */
        for (size_t i = 0; p >= 0 && i < doc->actors[p].nmention; i++)
            if (doc->mentions[doc->actors[p].mentions[i]].tok_start < k)
                p = -1;
        int country = p >= 0 ? ng_actor_for_lex(doc, c) : -1;
        if (p >= 0 && country >= 0 && doc->actors[p].naffil == 0) {
            ng_actor_add_affiliation(doc, p, country);
            ng_actor_named_at(doc, country, (uint32_t)k, (uint32_t)k + 1); /* (the country's evidence) */
        }
    }
}

static const ng_lex_entry *S_country_of_place(const ng_document *doc, const ng_lex_entry *e, size_t k);

/* The country of the dateline: the one its city lies in, or the one it
 * names after its city ("AHMEDABAD, India —"); NULL if none. */
static const ng_lex_entry *S_dateline_country(ng_document *doc)
{
    size_t end;
    const ng_lex_entry *city = ng_dateline_city(doc, &end);
    const ng_lex_entry *home = city ? S_country_of_place(doc, city, end) : NULL;
    if (!home && end > 0 && end + 1 < doc->ntok && doc->art->text[doc->toks[end].start] == ',' &&
        end > doc->sents[0].tok_start) {
        const ng_lex_entry *c = ng_lex_name(doc->lex, doc->toks[end + 1].lower);
        home = c && c->place_kind == NG_PLACE_COUNTRY ? c : NULL;
    }
    return home;
}

/* The state or region the dateline names ("SACRAMENTO, Calif. --"); -1
 * if none. */
static int S_dateline_region(const ng_document *doc)
{
    if (doc->nsent == 0)
        return -1;
    size_t end = ng_dateline_end(doc, &doc->sents[0]);
    for (size_t m = 0; m < doc->nmention; m++)
        if (doc->mentions[m].actor >= 0 && doc->mentions[m].tok_end <= end &&
            doc->actors[doc->mentions[m].actor].type == NG_ACTOR_PLACE &&
            doc->actors[doc->mentions[m].actor].place_kind == NG_PLACE_REGION)
            return doc->mentions[m].actor;
    return -1;
}

/* "the country's president", "the state's public health officer" at
 * token k ("the"): the dateline's country or state, when the article
 * names it; -1 if none. */
static int S_country_described(ng_document *doc, size_t k)
{
    if (k + 1 < doc->ntok && ng_tok_is(doc, k + 1, "state"))
        return S_dateline_region(doc);
    if (k + 1 >= doc->ntok || !(ng_tok_is(doc, k + 1, "country") || ng_tok_is(doc, k + 1, "nation")))
        return -1;
    const ng_lex_entry *home = S_dateline_country(doc);
    for (size_t c = 0; home && c < doc->nactor; c++)
        if (doc->actors[c].type == NG_ACTOR_PLACE && doc->actors[c].lex == home)
            return (int)c;
    return -1;
}

/* "the Secretary", "the foreign minister", "Mr. President" with no name:
 * a mention of the one person the article gave that title (ambiguous
 * titles name nobody). The words become that person's evidence, so a
 * reader finds every place the article speaks of them. */
static void S_title_mentions(ng_document *doc)
{
    for (size_t head = 0; head < doc->ntok; head++) {
        const ng_token *t = &doc->toks[head];
        if (!ng_lex_is_title_head(doc->lex, t->lower) || ng_mention_at(doc, head) >= 0)
            continue;
        /* a name right after is a premodifier title, done already */
        if (head + 1 < doc->ntok && ng_mention_at(doc, head + 1) >= 0 &&
            doc->toks[head + 1].sent == t->sent)
            continue;
        size_t from = head;
        uint32_t sent_start = doc->sents[t->sent].tok_start;
        while (from > sent_start && ng_lex_is_title_mod(doc->lex, doc->toks[from - 1].lower) &&
               !(doc->toks[from - 1].flags & NG_TOK_POSS) && ng_mention_at(doc, from - 1) < 0)
            from--;
        /* a definite description, or the title used as a name (capitalized
         * inside a sentence, or after "Mr."/"Madam") */
        bool definite = from > sent_start && (ng_tok_is(doc, from - 1, "the") || ng_tok_is(doc, from - 1, "this"));
        bool as_name = (t->flags & NG_TOK_CAP) && head > sent_start;
        if (!definite && !as_name)
            continue;
        int p = ng_person_described(doc, from, head + 1);
        if (p >= 0)
            ng_actor_named_at(doc, p, (uint32_t)from, (uint32_t)(head + 1));
    }
}

/* Is the noun at d the head of its phrase and a clause's subject, as "he"
 * would be? ("the Italian government", "the Iranian nuclear deal", "the
 * American-led coalition" are no person; "relayed to the Ukrainian" is
 * someone else than the one relaying.) */
static bool S_subject_head(const ng_document *doc, size_t d)
{
    /* (an adjective the parse makes a subject is used as a noun: "The
     * American said") */
    const char *u = ng_dep_upos(doc, d), *rel = ng_dep_rel(doc, d);
    size_t after = d + 1;
    /* (or right before a verb of saying after a quotation, whatever the
     * parse reads: '"We never gave up," the Argentine said') */
    bool says = after < doc->ntok && ng_lex_speech_verb(doc->lex, doc->toks[after].lower) == 1 && d >= 2 &&
                (doc->toks[d - 2].flags & NG_TOK_QUOTE);
    /* (or the root, with a comma after it, where the parse lost the verb
     * past a relative clause: "The 36-year-old Spaniard, who had
     * struggled with an injury, dominated") */
    bool lost = !strcmp(rel, "root") && after < doc->ntok && ng_tok_is(doc, after, ",");
    if ((strcmp(u, "NOUN") != 0 && strcmp(u, "PROPN") != 0 && strcmp(u, "ADJ") != 0) ||
        (strncmp(rel, "nsubj", 5) != 0 && !says && !lost))
        return false;
    if (after >= doc->ntok || doc->toks[after].sent != doc->toks[d].sent)
        return true;
    /* ("The first American to carry out ...": one of a kind, no person
     * named before) */
    if (ng_tok_is(doc, after, "to"))
        return false;
    const char *nu = ng_dep_upos(doc, after);
    /* (a comma may follow it: "The 37-year-old Serb, who had lost ...,") */
    bool glued = doc->toks[after].start == doc->toks[d].end && !ng_tok_is(doc, after, ",");
    return !((doc->toks[after].flags & (NG_TOK_CAP | NG_TOK_POSS)) || glued ||
             !strcmp(nu, "NOUN") || !strcmp(nu, "PROPN") || !strcmp(nu, "ADJ") || !strcmp(nu, "NUM") ||
             !strcmp(nu, "CCONJ"));
}

/* The opening mark of the quotation whose closing mark is token close, in
 * its paragraph; close itself when there is none. */
static size_t S_quote_opening(const ng_document *doc, size_t close)
{
    uint32_t para = doc->toks[close].para;
    for (size_t k = close; k-- > 0 && doc->toks[k].para == para;)
        if (doc->toks[k].flags & NG_TOK_OPEN)
            return k;
    return close;
}

/* Is the noun at token d one the article brought in before as someone
 * unnamed ("a witness ... the witness said")? */
static bool S_introduced_unnamed(const ng_document *doc, size_t d)
{
    /* (up to two words between: "a young woman"; or a body's name: "a
     * Republican National Committee member") */
    for (size_t q = 1; q < d; q++) {
        if (strcmp(doc->toks[q].lower, doc->toks[d].lower) != 0)
            continue;
        size_t name = q;
        while (name > 0 && name + 5 > q && (doc->toks[name - 1].flags & NG_TOK_CAP) &&
               !ng_tok_is(doc, name - 1, "a") && !ng_tok_is(doc, name - 1, "an"))
            name--;
        for (size_t b = name; b-- > 0 && b + 3 >= name;)
            if (ng_tok_is(doc, b, "a") || ng_tok_is(doc, b, "an") || ng_tok_is(doc, b, "one"))
                return true;
    }
    return false;
}

static bool S_titled_otherwise(const ng_document *doc, int p, size_t head);

/* "Democrat", "Republican": a party's member (`party-member-plurals` in
 * the singular). */
static bool S_party_member(const ng_document *doc, size_t k)
{
    char plural[80];
    return snprintf(plural, sizeof plural, "%ss", doc->toks[k].lower) < (int)sizeof plural &&
           ng_lex_listed(doc->lex, "party-member-plurals", plural);
}

/* The person the story opened with, the first named outside quotation
 * marks before token k, when not actor other nor titled otherwise than
 * the noun at k; -1 if none. */
static int S_story_person(const ng_document *doc, size_t k, int other)
{
    for (size_t m = 0; m < doc->nmention && doc->mentions[m].tok_start < k; m++) {
        const ng_mention *mm = &doc->mentions[m];
        if (mm->type != NG_ACTOR_PERSON || mm->actor < 0 || S_quoted(doc, mm->tok_start))
            continue;
        return mm->actor != other && !S_titled_otherwise(doc, mm->actor, k) ? mm->actor : -1;
    }
    return -1;
}

/* '"She made me promise," the 41-year-old author said': "the", an age and
 * a noun for a person as a clause's subject describe the person the
 * sentence before is about, as "he" would; the words are theirs. */
static void S_age_descriptions(ng_document *doc)
{
    for (size_t k = 0; k + 2 < doc->ntok; k++) {
        if (!ng_tok_is(doc, k, "the") || ng_mention_at(doc, k) >= 0)
            continue;
        size_t d = k + 1, age = 0;
        bool aged = false;
        while (d < k + 6 && d < doc->ntok && doc->toks[d].sent == doc->toks[k].sent &&
               !(doc->toks[d].flags & NG_TOK_CAP) && ng_lex_person_noun(doc->lex, doc->toks[d].lower) != 1 &&
               ((doc->toks[d].flags & (NG_TOK_WORD | NG_TOK_NUM)) || doc->art->text[doc->toks[d].start] == '-')) {
            if (strstr(doc->toks[d].lower, "year-old"))
                age = d;
            aged = aged || age;
            d++;
        }
        /* ("The 26-year-old from Belarus, who lost ...": the age is the
         * head, a subject or opening its sentence, and the country the
         * person's) */
        int from = d >= 2 && d < doc->ntok && ng_tok_is(doc, d - 1, "from") ? ng_mention_at(doc, d) : -1;
        if (aged && from >= 0 && doc->mentions[from].tok_start == d && age + 2 == d &&
            doc->mentions[from].actor >= 0 && doc->actors[doc->mentions[from].actor].type == NG_ACTOR_PLACE &&
            doc->actors[doc->mentions[from].actor].place_kind == NG_PLACE_COUNTRY &&
            (!strncmp(ng_dep_rel(doc, age), "nsubj", 5) || doc->sents[doc->toks[k].sent].tok_start == k)) {
            int p = ng_person_for_pronoun_rules(doc, age);
            if (p >= 0 && doc->actors[p].naffil == 0)
                ng_actor_add_affiliation(doc, p, doc->mentions[from].actor);
            if (p >= 0)
                ng_actor_named_at(doc, p, (uint32_t)k, (uint32_t)d - 1);
            continue;
        }
        /* ('"I am very happy," the 22-year-old said': the age is the
         * head) */
        if (aged && age + 1 < doc->ntok && ng_lex_speech_verb(doc->lex, doc->toks[age + 1].lower) == 1 &&
            k >= 1 && (doc->toks[k - 1].flags & NG_TOK_QUOTE)) {
            int p = ng_person_for_pronoun_rules(doc, S_quote_opening(doc, k - 1));
            if (p >= 0)
                ng_actor_named_at(doc, p, (uint32_t)k, (uint32_t)age + 1);
            continue;
        }
        /* ('"It has been amazing," the singer wrote', "The singer said
         * ..."): no age, a noun news gives the person it is about
         * (`epithet-nouns`), saying, that no one holds as a title
         * (ng_person_described) */
        /* (in capitals as initials: '"...," the two-time MVP said') */
        if (!aged && d < doc->ntok &&
            (!(doc->toks[d].flags & NG_TOK_CAP) || (doc->toks[d].flags & NG_TOK_ALLCAPS)) && d + 1 < doc->ntok &&
            ng_lex_listed(doc->lex, "epithet-nouns", doc->toks[d].lower) &&
            ng_lex_speech_verb(doc->lex, doc->toks[d + 1].lower) == 1 && !S_introduced_unnamed(doc, d) &&
            ng_person_described(doc, k + 1, d + 1) < 0) {
            bool quoted = k >= 1 && (doc->toks[k - 1].flags & NG_TOK_QUOTE);
            int p = quoted ? ng_person_for_pronoun_rules(doc, S_quote_opening(doc, k - 1))
                           : S_subject_head(doc, d) ? ng_person_for_pronoun_rules(doc, d) : -1;
            if (p >= 0)
                ng_actor_named_at(doc, p, (uint32_t)k, (uint32_t)d + 1);
            continue;
        }
        /* ("The 22-year-old, who had beaten ..., won": the age is the
         * head and the subject, or opens its sentence before a comma) */
        if (aged && age + 1 == d && d < doc->ntok &&
            (!strncmp(ng_dep_rel(doc, age), "nsubj", 5) ||
             (doc->sents[doc->toks[k].sent].tok_start == k && ng_tok_is(doc, d, ",")))) {
            int p = ng_person_for_pronoun_rules(doc, age);
            if (p >= 0)
                ng_actor_named_at(doc, p, (uint32_t)k, (uint32_t)d);
            continue;
        }
        /* (a party's member, capitalized: "The 82-year-old Democrat") */
        bool member = aged && d < doc->ntok && S_party_member(doc, d);
        if (!aged || d >= doc->ntok || ((doc->toks[d].flags & NG_TOK_CAP) && !member) ||
            (ng_lex_person_noun(doc->lex, doc->toks[d].lower) != 1 && !member) || !S_subject_head(doc, d))
            continue;
        int p = ng_person_for_pronoun_rules(doc, d);
        /* (not one the article titles otherwise, "U.S. District Judge John
         * Blakey fined Madigan. The 82-year-old politician was convicted":
         * the one the story opened with) */
        /* (a post's own word may be a past one: "The 43-year-old former
         * congressman" of a senator) */
        if (p >= 0 && !ng_tok_is(doc, d - 1, "former") &&
            (member || !ng_lex_listed(doc->lex, "generic-person-nouns", doc->toks[d].lower)) &&
            S_titled_otherwise(doc, p, d))
            p = S_story_person(doc, d, p);
        if (p >= 0)
            ng_actor_named_at(doc, p, (uint32_t)k, (uint32_t)d + 1);
    }
}

/* "the Russians": a demonym in the plural names a people, no one person. */
static bool S_plural_demonym(const ng_document *doc, size_t d)
{
    const char *w = doc->toks[d].lower;
    size_t n = strlen(w);
    char one[64];
    return n > 2 && n < sizeof one && w[n - 1] == 's' && snprintf(one, sizeof one, "%.*s", (int)(n - 1), w) > 0 &&
           ng_lex_demonym(doc->lex, one) != NULL;
}

static bool S_national_title(const ng_document *doc, const char *folded);

/* Is token k, in lower case, a noun for one person that is no national
 * post ("midfielder", "striker", "coach"; not "president") nor a noun
 * news uses for companies ("the German carrier", `company-only-nouns`)? */
static bool S_demonym_person_noun(const ng_document *doc, size_t k)
{
    if (k >= doc->ntok || (doc->toks[k].flags & NG_TOK_CAP) || !(doc->toks[k].flags & NG_TOK_WORD))
        return false;
    const char *w = doc->toks[k].lower;
    return (ng_lex_is_title_head(doc->lex, w) || ng_lex_person_noun(doc->lex, w) == 1) && !S_company_only(doc, k) &&
           !S_national_title(doc, w) && !ng_lex_listed(doc->lex, "head-of-state-posts", w) &&
           strcmp(w, "official") != 0;
}

/* The one person the article gives country c's actor as affiliation, or
 * -1 (none, or more than one). */
static int S_only_person_of(const ng_document *doc, const ng_lex_entry *c)
{
    int found = -1;
    for (size_t a = 0; a < doc->nactor; a++) {
        const ng_actor *pa = &doc->actors[a];
        for (size_t f = 0; pa->type == NG_ACTOR_PERSON && f < pa->naffil; f++)
            if (doc->actors[pa->affil[f]].type == NG_ACTOR_PLACE && doc->actors[pa->affil[f]].lex == c) {
                if (found >= 0)
                    return -1;
                found = (int)a;
                break;
            }
    }
    return found;
}

/* The person named last before token k, within the three sentences
 * before k's, outside quotation marks, who is not actor other. */
static int S_other_recent_person(const ng_document *doc, size_t k, int other)
{
    size_t sent = doc->toks[k].sent;
    for (size_t m = ng_mention_lower_bound(doc, (uint32_t)k); m-- > 0;) {
        const ng_mention *mm = &doc->mentions[m];
        if (doc->toks[mm->tok_start].sent + 3 < sent)
            break;
        if (mm->type == NG_ACTOR_PERSON && mm->actor >= 0 && mm->actor != other && !S_quoted(doc, mm->tok_start))
            return mm->actor;
    }
    return -1;
}

/* Is person p named earlier in token k's sentence, with a verb of saying
 * between that mention and k? */
static bool S_speaker_before(const ng_document *doc, size_t k, int p)
{
    size_t lo = doc->sents[doc->toks[k].sent].tok_start;
    bool verb = false;
    for (size_t q = k; q-- > lo;) {
        verb = verb || ng_lex_speech_verb(doc->lex, doc->toks[q].lower) == 1;
        int m = ng_mention_at(doc, q);
        if (m >= 0 && doc->mentions[m].actor == p)
            return verb;
    }
    return false;
}

/* "Alcaraz beat Sinner ... The 22-year-old Spaniard needed five hours":
 * "the" and a few words of age or kind before a demonym used as a noun
 * (the head of its phrase) describe the person the sentence before is
 * about, as "he" would. That person is of the demonym's country (unless
 * the article gave them another) and the words are theirs, so "the
 * Italian said" finds a speaker. */
static void S_demonym_descriptions(ng_document *doc)
{
    int subject_person = -1;
    size_t subject_sent = SIZE_MAX;
    for (size_t k = 0; k + 1 < doc->ntok; k++) {
        if (!ng_tok_is(doc, k, "the") || ng_mention_at(doc, k) >= 0)
            continue;
        size_t d = k + 1;
        while (d < k + 5 && d < doc->ntok && doc->toks[d].sent == doc->toks[k].sent &&
               !(doc->toks[d].flags & NG_TOK_CAP) &&
               ((doc->toks[d].flags & (NG_TOK_WORD | NG_TOK_NUM)) || doc->art->text[doc->toks[d].start] == '-'))
            d++;
        if (d >= doc->ntok || doc->toks[d].sent != doc->toks[k].sent || !(doc->toks[d].flags & NG_TOK_CAP))
            continue;
        const ng_lex_entry *c = ng_lex_demonym(doc->lex, doc->toks[d].lower);
        /* (or a state's: "the Californian said", "the Texan") */
        if (!c) {
            c = ng_mn_place_of_people(doc, doc->toks[d].lower);
            c = c && c->place_kind == NG_PLACE_REGION ? c : NULL;
        } else if (c->place_kind != NG_PLACE_COUNTRY) {
            c = NULL;
        }
        /* ("The Portuguese midfielder opened the scoring": a noun for one
         * person after the demonym, no national post, heads the phrase) */
        size_t dem = d;
        if (c && S_demonym_person_noun(doc, d + 1))
            d++;
        /* (a people's word, "the Portuguese", is one person right after a
         * quotation or after words that describe one: '..." the
         * Portuguese said', "the 39-year-old Portuguese") */
        bool one = (k >= 1 && (doc->toks[k - 1].flags & NG_TOK_QUOTE) && !(doc->toks[k - 1].flags & NG_TOK_OPEN)) ||
                   dem > k + 1;
        if (!c || (d == dem && ((ng_mn_collective_demonym(doc->toks[d].lower) && !one) || S_plural_demonym(doc, d))))
            continue;
        bool subject = S_subject_head(doc, d);
        /* "The Spaniard dominated the Norwegian": an object so named after
         * a subject so named is the other one the story is about */
        bool object = !subject && subject_person >= 0 && doc->toks[d].sent == subject_sent &&
                      !strcmp(ng_dep_rel(doc, d), "obj");
        if (!subject && !object)
            continue;
        /* (the one person the article already gives that country is the
         * one so named again: "The Norwegian praised his opponent" after
         * others were named) */
        int p = S_only_person_of(doc, c);
        /* (after a quotation, one named before it: not one it speaks of) */
        if (p < 0 && subject)
            p = ng_person_for_pronoun_rules(doc, k >= 1 && (doc->toks[k - 1].flags & NG_TOK_QUOTE)
                                                     ? S_quote_opening(doc, k - 1) : d);
        /* (not the one whose verb of saying reports it: "Niermann said the
         * Dane had given everything" speaks of another) */
        if (p >= 0 && subject && S_speaker_before(doc, k, p))
            p = S_other_recent_person(doc, k, p);
        if (p < 0 && object)
            p = S_other_recent_person(doc, k, subject_person);
        if (subject) {
            subject_person = p;
            subject_sent = doc->toks[d].sent;
        }
        if (p < 0)
            continue;
        int country = ng_actor_for_lex(doc, c);
        bool other = false; /* (a person of another country, or state) */
        for (size_t f = 0; f < doc->actors[p].naffil; f++) {
            const ng_actor *o = &doc->actors[doc->actors[p].affil[f]];
            other = other || (o->type == NG_ACTOR_PLACE && o->place_kind == c->place_kind &&
                              doc->actors[p].affil[f] != country);
        }
        if (other || country < 0)
            continue;
        ng_actor_add_affiliation(doc, p, country);
        ng_actor_named_at(doc, country, (uint32_t)dem, (uint32_t)dem + 1); /* (the country's evidence) */
        ng_actor_named_at(doc, p, (uint32_t)k, (uint32_t)d + 1);
    }
}

/* Does person p hold a place (an organization among its affiliations) at
 * a body other than org, or at org under a title whose head is not the
 * noun at token head ("team principal" is not "the Red Bull driver")? */
static bool S_other_place_than(const ng_document *doc, int p, int org, size_t head)
{
    const ng_actor *pa = &doc->actors[p];
    for (size_t f = 0; f < pa->naffil; f++) {
        if (doc->actors[pa->affil[f]].type != NG_ACTOR_ORG)
            continue;
        if (pa->affil[f] != org)
            return true;
        if (pa->ntitle > 0 && !S_title_ends_in(pa, doc->toks[head].lower))
            return true;
    }
    return false;
}

/* Does person p carry titles, none of them ending in the noun at head
 * ("President" is no "candidate")? */
static bool S_titled_otherwise(const ng_document *doc, int p, size_t head)
{
    return doc->actors[p].ntitle > 0 && !S_title_ends_in(&doc->actors[p], doc->toks[head].lower);
}

/* The person news means by "the" and a noun for one person of body org
 * before token k: the one the article titles so at that body, else the
 * one the sentences before are about, else the last named within three
 * sentences, past people who hold another place. -1 if none. */
static int S_person_of_body_described(const ng_document *doc, size_t k, size_t head, int org, bool quoted)
{
    int titled = ng_person_by_title_head(doc, head, doc->ntok, false);
    if (titled >= 0 && !S_other_place_than(doc, titled, org, head))
        return titled;
    /* (one titled so elsewhere may be the one meant, under another name
     * of the body: "Steelers quarterback Mason Rudolph ... The Pittsburgh
     * quarterback didn't": no guess then, but for the speaker of a
     * quotation, whom its place tells) */
    if (titled >= 0 && !quoted)
        return -1;
    size_t from = quoted ? S_quote_opening(doc, k - 1) : head;
    int p = ng_person_for_pronoun_rules(doc, from);
    if (p >= 0 && !S_other_place_than(doc, p, org, head) && !S_titled_otherwise(doc, p, head))
        return p;
    size_t sent = doc->toks[k].sent;
    for (size_t m = ng_mention_lower_bound(doc, (uint32_t)from); m-- > 0;) {
        const ng_mention *mm = &doc->mentions[m];
        if (doc->toks[mm->tok_start].sent + 3 < sent)
            break;
        if (mm->type == NG_ACTOR_PERSON && mm->actor >= 0 && !S_quoted(doc, mm->tok_start) &&
            !S_other_place_than(doc, mm->actor, org, head) && !S_titled_otherwise(doc, mm->actor, head))
            return mm->actor;
    }
    return -1;
}

/* Does a name end in a word for a party ("People Power Party")? */
static bool S_party_name(const ng_document *doc, const char *name)
{
    const char *last = strrchr(name, ' ');
    char *f = ng_text_fold(last ? last + 1 : name, strlen(last ? last + 1 : name));
    bool party = ng_lex_listed(doc->lex, "party-nouns", f);
    free(f);
    return party;
}

/* '"I am so proud of everyone," the Red Bull driver said': "the", a
 * body's name and a noun for one person (a title's head or a person's
 * noun, no national post) as a clause's subject describe a person of that
 * body, as "he" would. That person works there, and the words are theirs,
 * so the quotation finds its speaker rather than the body. */
static void S_body_role_descriptions(ng_document *doc)
{
    for (size_t k = 0; k + 2 < doc->ntok; k++) {
        int c = ng_tok_is(doc, k, "the") ? ng_mention_at(doc, k + 1) : -1;
        if (c < 0 || doc->mentions[c].tok_start != k + 1 || doc->mentions[c].type != NG_ACTOR_ORG ||
            doc->mentions[c].actor < 0 || doc->actors[doc->mentions[c].actor].type != NG_ACTOR_ORG)
            continue;
        size_t role = doc->mentions[c].tok_end, d = role;
        /* (a title's modifier may come first: "the Red Bull team
         * principal") */
        if (d + 1 < doc->ntok && !(doc->toks[d].flags & NG_TOK_CAP) &&
            ng_lex_is_title_mod(doc->lex, doc->toks[d].lower) && S_demonym_person_noun(doc, d + 1))
            d++;
        if (!S_demonym_person_noun(doc, d) || doc->toks[d].sent != doc->toks[k].sent)
            continue;
        /* (not one the words go on to name, "The Microsoft chief
         * executive, Satya Nadella,", "the RT editor in chief, X"; nor a party's member, whom a
         * party's word describes as it describes many: "the Republican
         * nominee") */
        /* (nor one brought in before as unnamed: "a Republican National
         * Committee member who ... the RNC member said") */
        bool named_after = false;
        for (size_t j = d + 1; j + 1 < doc->ntok && j < d + 4 && !named_after; j++)
            named_after = ng_tok_is(doc, j, ",") && ng_mention_at(doc, j + 1) >= 0;
        if (named_after || S_party_name(doc, doc->actors[doc->mentions[c].actor].name) ||
            S_introduced_unnamed(doc, d))
            continue;
        bool quoted = k >= 1 && (doc->toks[k - 1].flags & NG_TOK_QUOTE) && !(doc->toks[k - 1].flags & NG_TOK_OPEN);
        if (!S_subject_head(doc, d))
            continue;
        int org = doc->mentions[c].actor;
        int p = S_person_of_body_described(doc, k, d, org, quoted);
        if (p < 0)
            continue;
        bool there = false;
        for (size_t f = 0; f < doc->actors[p].naffil; f++)
            there = there || doc->actors[p].affil[f] == org;
        if (!there)
            ng_actor_add_affiliation(doc, p, org);
        if (doc->actors[p].ntitle == 0 && ng_lex_is_title_head(doc->lex, doc->toks[d].lower)) {
            ng_actor_add_title(doc, p, ng_doc_fold_range(doc, role, d + 1));
        }
        ng_actor_named_at(doc, p, (uint32_t)k, (uint32_t)d + 1);
    }
}

/* National titles whose country news leaves unmarked at home. */
/* A word before a national title's own words that makes it a post of
 * some smaller body: "jury president", "provincial minister" (not
 * "deputy", "foreign", "incumbent"). */
static bool S_other_body_post(const ng_document *doc, const char *folded, const char *upto)
{
    for (const char *w = folded; w < upto;) {
        const char *sp = strchr(w, ' ');
        if (!sp || sp >= upto)
            break;
        char word[64];
        if (snprintf(word, sizeof word, "%.*s", (int)(sp - w), w) < (int)sizeof word &&
            ng_lex_listed(doc->lex, "non-national-posts", word))
            return true;
        w = sp + 1;
    }
    return false;
}

static bool S_national_title(const ng_document *doc, const char *folded)
{
    /* any one or two words of the title ("deputy prime minister") */
    for (const char *w = folded; *w; w++) {
        if (w != folded && w[-1] != ' ')
            continue;
        if (S_other_body_post(doc, folded, w))
            return false;
        const char *sp = strchr(w, ' ');
        const char *sp2 = sp ? strchr(sp + 1, ' ') : NULL;
        char one[64], two[96];
        if ((snprintf(one, sizeof one, "%.*s", sp ? (int)(sp - w) : (int)strlen(w), w) < (int)sizeof one &&
             ng_lex_listed(doc->lex, "national-titles", one)) ||
            (sp && snprintf(two, sizeof two, "%.*s", sp2 ? (int)(sp2 - w) : (int)strlen(w), w) < (int)sizeof two &&
             ng_lex_listed(doc->lex, "national-titles", two)))
            return true;
    }
    return false;
}

/* The place actor of a country's lexicon entry; -2 when the article names
 * the country only by a city or a body. */
static int S_country_actor(const ng_document *doc, const ng_lex_entry *country)
{
    for (size_t c = 0; c < doc->nactor; c++)
        if (doc->actors[c].type == NG_ACTOR_PLACE && doc->actors[c].lex == country)
            return (int)c;
    return -2;
}

/* Where a holder of a national title (actor a) holds it when it is not
 * the article's home (actor home): the country a body of it names in the
 * sentence of the holder's first mention, the body or its spokesman
 * saying so ("Deputy Secretary of State Kurt Campbell spoke with ..., a
 * State Department spokesman said"), or the country the sentence goes to
 * before naming the holder, not as a subject ("to travel to Italy next
 * week to meet Prime Minister Giorgia Meloni in Rome"). That country's
 * actor, -2 for a country named only by a city or a body, -1 for home. */
/* The country of place e named before token k: the lexicon's, unless a
 * state or country named after a comma says otherwise ("Manchester,
 * N.H." is no English city). */
static const ng_lex_entry *S_country_of_place(const ng_document *doc, const ng_lex_entry *e, size_t k)
{
    if (k + 1 < doc->ntok && ng_tok_is(doc, k, ",")) {
        const ng_lex_entry *c = ng_lex_name(doc->lex, doc->toks[k + 1].lower);
        if (c && c->place_kind == NG_PLACE_COUNTRY)
            return c;
        if (c && c->place_kind == NG_PLACE_REGION && c->country >= 0)
            return ng_lex_entry_at(doc->lex, c->country);
    }
    return e->country >= 0 ? ng_lex_entry_at(doc->lex, e->country) : NULL;
}

/* "..., President William Ruto said": a comma before the person's
 * mention and the titles before it, in sentence s, the words said before
 * it. */
static bool S_said_after_words(const ng_document *doc, const ng_sentence *s, const ng_mention *pm)
{
    size_t k = pm->tok_start;
    while (k > s->tok_start && (ng_mn_title_word(doc, k - 1) || (doc->toks[k - 1].flags & NG_TOK_CAP)) &&
           ng_mention_at(doc, k - 1) < 0)
        k--;
    return k > s->tok_start + 1 && ng_tok_is(doc, k - 1, ",");
}

/* Is word a whole word of the folded name? */
static bool S_word_in_name(const char *name, const char *word)
{
    size_t n = strlen(word);
    for (const char *at = strstr(name, word); at; at = strstr(at + 1, word))
        if ((at == name || at[-1] == ' ') && (at[n] == '\0' || at[n] == ' '))
            return true;
    return false;
}

/* The token of actor a's first mention; the article's end if none. */
static size_t S_first_token(const ng_document *doc, size_t a)
{
    for (size_t m = 0; m < doc->nmention; m++)
        if (doc->mentions[m].actor == (int)a)
            return doc->mentions[m].tok_start;
    return doc->ntok;
}

/* "The U.S. Commerce Department said ... Commerce Secretary Gina Raimondo
 * visited Beijing": a post whose portfolio (the word before "Secretary",
 * "Minister") names a department the article gives another country, named
 * before the holder: that country's actor, or -1 ("Foreign Minister
 * Annalena Baerbock said ... Russian Foreign Ministry spokeswoman Maria
 * Zakharova said" in a story from Berlin: the ministry named after her is
 * another's). */
static int S_portfolio_country(const ng_document *doc, size_t a, int home)
{
    size_t holder = S_first_token(doc, a);
    const ng_actor *p = &doc->actors[a];
    for (size_t t = 0; t < p->ntitle; t++) {
        char *f = ng_text_fold(p->titles[t], strlen(p->titles[t]));
        char *space = strrchr(f, ' ');
        bool post = space && (!strcmp(space + 1, "secretary") || !strcmp(space + 1, "minister"));
        if (post)
            *space = '\0';
        const char *portfolio = post ? (strrchr(f, ' ') ? strrchr(f, ' ') + 1 : f) : NULL;
        /* (or after "of": "Secretary of State Antony Blinken" after "The
         * U.S. State Department said") */
        char *of = strstr(f, " of ");
        if (!post && of && of - f >= 9 && (!strncmp(of - 9, "secretary", 9) || !strncmp(of - 8, "minister", 8)) &&
            !strchr(of + 4, ' '))
            portfolio = of + 4;
        for (size_t o = 0; portfolio && strlen(portfolio) > 3 && o < doc->nactor; o++) {
            const ng_actor *body = &doc->actors[o];
            if (body->type != NG_ACTOR_ORG)
                continue;
            char *bf = ng_text_fold(body->name, strlen(body->name));
            bool named = S_word_in_name(bf, portfolio) && (strstr(bf, "department") || strstr(bf, "ministry")) &&
                         S_first_token(doc, o) < holder;
            free(bf);
            for (size_t g = 0; named && g < body->naffil; g++) {
                int c = body->affil[g];
                if (c != home && doc->actors[c].type == NG_ACTOR_PLACE &&
                    doc->actors[c].place_kind == NG_PLACE_COUNTRY) {
                    free(f);
                    return c;
                }
            }
            /* (a body the lexicon knows, of its country) */
            int c = named && body->lex && body->lex->country >= 0
                        ? S_country_actor(doc, ng_lex_entry_at(doc->lex, body->lex->country))
                        : -1;
            if (c >= 0 && c != home) {
                free(f);
                return c;
            }
        }
        free(f);
    }
    return -1;
}

static bool S_head_of_state_post(const ng_document *doc, const char *title, char *buf, size_t size);

/* Actor a's first mention, or NULL. */
static const ng_mention *S_first_mention_of(const ng_document *doc, size_t a)
{
    for (size_t m = 0; m < doc->nmention; m++)
        if (doc->mentions[m].actor == (int)a)
            return &doc->mentions[m];
    return NULL;
}

/* "In Greece, firefighters battled a blaze near Athens. Climate Crisis
 * Minister Vassilis Kikilias said ...": a paragraph that opens with "In"
 * and a place of another country than home, and a comma, sets the scene
 * for the people its later sentences title; that country, or -1. Not for
 * a head of state's post, whose holder travels ("In Ukraine, the fighting
 * went on. President Biden said"). */
static int S_paragraph_scene(const ng_document *doc, size_t a, const ng_mention *pm, int home)
{
    const ng_actor *p = &doc->actors[a];
    char buf[64];
    for (size_t t = 0; t < p->ntitle; t++)
        if (S_head_of_state_post(doc, p->titles[t], buf, sizeof buf))
            return -1;
    uint32_t si = doc->toks[pm->tok_start].sent, first = si;
    while (first > 0 && doc->sents[first - 1].para == doc->sents[si].para)
        first--;
    const ng_sentence *open = &doc->sents[first];
    size_t k = open->tok_start;
    int m = first < si && ng_tok_is(doc, k, "in") ? ng_mention_at(doc, k + 1) : -1;
    if (m < 0 || doc->mentions[m].tok_start != k + 1 || !doc->mentions[m].lex || doc->mentions[m].actor < 0 ||
        doc->actors[doc->mentions[m].actor].type != NG_ACTOR_PLACE || !ng_tok_is(doc, doc->mentions[m].tok_end, ","))
        return -1;
    const ng_lex_entry *country = S_country_of_place(doc, doc->mentions[m].lex, doc->mentions[m].tok_end);
    return country && doc->actors[home].lex && country != doc->actors[home].lex ? S_country_actor(doc, country) : -1;
}

/* "... Biden said at the White House": person a, the subject of a verb
 * whose place is "at" a body of a country other than home the lexicon
 * knows, works in that country; its actor, or -1. */
static int S_acts_at_foreign_body(const ng_document *doc, size_t a, int home)
{
    const ng_actor *p = &doc->actors[a];
    if (!doc->actors[home].lex)
        return -1;
    for (size_t i = 0; i < p->nmention; i++) {
        const ng_mention *pm = &doc->mentions[p->mentions[i]];
        size_t head = ng_dep_span_head(doc, pm->tok_start, pm->tok_end);
        int verb = ng_dep_head(doc, head);
        if (verb < 0 || strncmp(ng_dep_rel(doc, head), "nsubj", 5) != 0)
            continue;
        const ng_sentence *s = &doc->sents[doc->toks[pm->tok_start].sent];
        for (size_t m = ng_mention_lower_bound(doc, (uint32_t)s->tok_start);
             m < doc->nmention && doc->mentions[m].tok_start < s->tok_end; m++) {
            const ng_mention *om = &doc->mentions[m];
            size_t at = om->tok_start > 0 && ng_tok_is(doc, om->tok_start - 1, "the") ? om->tok_start - 1
                                                                                     : om->tok_start;
            if (om->type != NG_ACTOR_ORG || !om->lex || om->lex->country < 0 || at == 0 || !ng_tok_is(doc, at - 1, "at"))
                continue;
            if (ng_dep_head(doc, ng_dep_span_head(doc, om->tok_start, om->tok_end)) != verb)
                continue;
            const ng_lex_entry *country = ng_lex_entry_at(doc->lex, om->lex->country);
            if (country != doc->actors[home].lex)
                return S_country_actor(doc, country);
        }
    }
    return -1;
}

static int S_abroad(const ng_document *doc, size_t a, int home)
{
    int portfolio = S_portfolio_country(doc, a, home);
    if (portfolio >= 0)
        return portfolio;
    const ng_mention *pm = S_first_mention_of(doc, a);
    if (!pm)
        return -1;
    int scene = S_paragraph_scene(doc, a, pm, home);
    if (scene >= 0)
        return scene;
    int works_at = S_acts_at_foreign_body(doc, a, home);
    if (works_at >= 0)
        return works_at;
    const ng_sentence *s = &doc->sents[doc->toks[pm->tok_start].sent];
    /* "Deputy Secretary of State Kurt Campbell spoke with South Korean
     * officials, a State Department spokesman said": a body of another
     * country the sentence names is the title's */
    for (size_t m = ng_mention_lower_bound(doc, (uint32_t)s->tok_start);
         m < doc->nmention && doc->mentions[m].tok_start < s->tok_end; m++) {
        const ng_mention *mm = &doc->mentions[m];
        /* (the body or its spokesman says so; not "Zelensky addressed
         * the U.S. Congress") */
        size_t v = mm->tok_end;
        if (v < s->tok_end && ng_lex_is_title_head(doc->lex, doc->toks[v].lower))
            v++;
        if (mm->type != NG_ACTOR_ORG || !mm->lex || mm->lex->country < 0 || !doc->actors[home].lex ||
            v >= s->tok_end || ng_lex_speech_verb(doc->lex, doc->toks[v].lower) != 1)
            continue;
        const ng_lex_entry *country = ng_lex_entry_at(doc->lex, mm->lex->country);
        if (country != doc->actors[home].lex)
            return S_country_actor(doc, country);
    }
    /* (not "In Beijing, President Trump said": the subject travels; nor
     * "Kenya will send officers to Haiti, President William Ruto said":
     * what a speaker named after the words said is not where he is) */
    if (!strncmp(ng_dep_rel(doc, pm->tok_end - 1), "nsubj", 5) ||
        (pm->tok_end < s->tok_end && ng_lex_speech_verb(doc->lex, doc->toks[pm->tok_end].lower) == 1 &&
         S_said_after_words(doc, s, pm)))
        return -1;
    for (size_t m = ng_mention_lower_bound(doc, (uint32_t)s->tok_start);
         m < doc->nmention && doc->mentions[m].tok_start < pm->tok_start; m++) {
        const ng_mention *mm = &doc->mentions[m];
        /* ("in Jerusalem", or "before leaving Israel, where he met Prime
         * Minister Benjamin Netanyahu") */
        bool where = mm->tok_end + 1 < pm->tok_start && ng_tok_is(doc, mm->tok_end, ",") &&
                     ng_tok_is(doc, mm->tok_end + 1, "where");
        if (mm->actor < 0 || mm->actor == home || doc->actors[mm->actor].type != NG_ACTOR_PLACE || !mm->lex ||
            mm->lex->country < 0 || !(ng_location_preposition(doc, mm->tok_start) || where))
            continue;
        const ng_lex_entry *country = S_country_of_place(doc, mm->lex, mm->tok_end);
        if (doc->actors[home].lex && country != doc->actors[home].lex)
            return S_country_actor(doc, country);
    }
    return -1;
}

/* 8b. The home country of an article: news writes "President Trump",
 * "Energy Secretary Rick Perry", "Sen. John McCain" without the country
 * when it is the one whose institutions the story is about, and marks
 * everyone else's ("Ukrainian President Zelensky"). When two or more
 * institutions of one country and of no other are named (White House,
 * Congress, the Pentagon; parties), holders of national titles with no
 * country or body of their own belong to it. */
const ng_lex_entry *ng_dateline_city(ng_document *doc, size_t *end)
{
    if (doc->nsent == 0)
        return NULL;
    const ng_sentence *s = &doc->sents[0];
    size_t k = s->tok_start;
    ng_buf b = {0};
    while (k < s->tok_end && k < s->tok_start + 3 && (doc->toks[k].flags & NG_TOK_ALLCAPS)) {
        if (b.len)
            ng_buf_addc(&b, ' ');
        ng_buf_adds(&b, doc->toks[k].lower);
        k++;
    }
    const ng_lex_entry *city = NULL;
    if (b.len && k < s->tok_end && k > s->tok_start) {
        char c = doc->art->text[doc->toks[k].start];
        const ng_lex_entry *e = ng_lex_name(doc->lex, b.data);
        if ((c == ',' || c == '(' || ng_tok_is_dash(doc, k)) && e && e->place_kind == NG_PLACE_CITY)
            city = e;
    }
    ng_buf_free(&b);
    *end = k;
    return city;
}

/* "Lebanon's caretaker prime minister, Najib Mikati" and "Prime Minister
 * Benjamin Netanyahu" in a story from Beirut: a title someone else holds
 * for the country (not as a former holder) is not held there twice. */
static bool S_title_taken(const ng_document *doc, size_t a, int country)
{
    const ng_actor *p = &doc->actors[a];
    for (size_t t = 0; t < p->ntitle; t++) {
        char *mine = ng_text_fold(p->titles[t], strlen(p->titles[t]));
        /* (an office one person holds at a time and news names by the
         * holder's title alone: not "President", which past holders keep,
         * nor "Senator") */
        if (!ng_lex_listed(doc->lex, "single-holder-titles", mine)) {
            free(mine);
            continue;
        }
        bool taken = false;
        for (size_t o = 0; o < doc->nactor && !taken; o++) {
            const ng_actor *q = &doc->actors[o];
            bool there = false;
            for (size_t f = 0; f < q->naffil && !there; f++)
                there = q->affil[f] == country;
            for (size_t u = 0; o != a && there && u < q->ntitle && !taken; u++) {
                char *theirs = ng_text_fold(q->titles[u], strlen(q->titles[u]));
                /* (the same title, "caretaker", "acting" or "interim"
                 * before it or not: not "former", "vice", "deputy") */
                char *rest = theirs;
                for (char *sp; (sp = strchr(rest, ' ')) != NULL;) {
                    *sp = '\0';
                    bool tenure = !strcmp(rest, "caretaker") || !strcmp(rest, "acting") || !strcmp(rest, "interim");
                    *sp = ' ';
                    if (!tenure)
                        break;
                    rest = sp + 1;
                }
                taken = strncmp(theirs, "former", 6) != 0 && !strcmp(rest, mine);
                free(theirs);
            }
        }
        free(mine);
        if (taken)
            return true;
    }
    return false;
}

/* The country whose officials a national title with no country names
 * ("the President", "Foreign Minister X"): the dateline city's, else the
 * country most organizations the lexicon knows belong to. */
/* The head-of-state post a title is, whole (`head-of-state-posts`:
 * "President", "leader"; not "Senate Majority Leader", "former
 * president"), folded into buf; false when it is none. */
static bool S_head_of_state_post(const ng_document *doc, const char *title, char *buf, size_t size)
{
    char *f = ng_text_fold(title, strlen(title));
    bool head = ng_lex_listed(doc->lex, "head-of-state-posts", f);
    snprintf(buf, size, "%s", f);
    free(f);
    return head;
}

/* "BEIJING (AP) — ... Chinese leader Xi Jinping ... President Joe Biden
 * and Xi met in California": a head of state's post is no home country's
 * where another person the article made that country's (held) holds a
 * head's post, of another name or of the same ("HAVANA — ... President
 * Gustavo Petro attended ... alongside Cuban President Miguel Díaz-Canel":
 * the writer marks the dateline's president, so the unmarked one is
 * another country's). Past presidents keep the title, but "President
 * Bush" beside "President Obama" are both unmarked: neither is held. */
static bool S_head_post_held(const ng_document *doc, size_t a, const bool *held)
{
    const ng_actor *p = &doc->actors[a];
    char mine[64] = "", theirs[64];
    bool head = false;
    for (size_t t = 0; t < p->ntitle && !head; t++)
        head = S_head_of_state_post(doc, p->titles[t], mine, sizeof mine);
    for (size_t o = 0; head && o < doc->nactor; o++) {
        if (o == a || !held[o] || doc->actors[o].type != NG_ACTOR_PERSON)
            continue;
        for (size_t t = 0; t < doc->actors[o].ntitle; t++)
            if (S_head_of_state_post(doc, doc->actors[o].titles[t], theirs, sizeof theirs))
                return true;
    }
    return false;
}

/* "TOKYO — ... President Joe Biden said the United States stood ready": a
 * president of no country a monarch heads (`countries-without-presidents`)
 * is that country's, whatever the dateline says. */
static bool S_post_the_country_lacks(const ng_document *doc, const char *folded_title, int country)
{
    const char *last = strrchr(folded_title, ' ');
    last = last ? last + 1 : folded_title;
    if (strcmp(last, "president") != 0 || country < 0 || !doc->actors[country].lex)
        return false;
    char *f = ng_text_fold(doc->actors[country].lex->name, strlen(doc->actors[country].lex->name));
    bool lacks = ng_lex_listed(doc->lex, "countries-without-presidents", f);
    free(f);
    return lacks;
}

static bool S_named_employer(const ng_document *doc, size_t a);

/* The word before the title of person a's first mention is no name
 * read, nor a demonym or a party's word, nor a word of the title itself
 * (a portfolio: "Civil Protection Minister"). */
static bool S_employer_unread(const ng_document *doc, size_t a)
{
    const ng_mention *first = &doc->mentions[doc->actors[a].mentions[0]];
    size_t k = first->tok_start;
    while (k > 0 && (ng_lex_is_title_head(doc->lex, doc->toks[k - 1].lower) ||
                     ng_lex_is_title_mod(doc->lex, doc->toks[k - 1].lower)))
        k--;
    if (k == 0 || ng_mention_at(doc, k - 1) >= 0 || ng_lex_demonym(doc->lex, doc->toks[k - 1].lower) ||
        ng_mn_party_word(doc, k - 1))
        return false;
    const ng_token *w = &doc->toks[k - 1];
    size_t n = w->end - w->start;
    for (const char *t = first->title; t && *t; t++)
        if ((t == first->title || t[-1] == ' ') && !strncmp(t, doc->art->text + w->start, n) &&
            (t[n] == ' ' || t[n] == '\0'))
            return false;
    return true;
}

static void S_home_country(ng_document *doc)
{
    int best = -1, best_n = 0, second_n = 0;
    for (size_t c = 0; c < doc->nactor; c++) {
        const ng_actor *country = &doc->actors[c];
        if (country->type != NG_ACTOR_PLACE || country->place_kind != NG_PLACE_COUNTRY || !country->lex)
            continue;
        int n = 0;
        for (size_t o = 0; o < doc->nactor; o++) {
            const ng_actor *org = &doc->actors[o];
            if (org->type == NG_ACTOR_ORG && org->lex && org->lex->country >= 0 &&
                ng_lex_entry_at(doc->lex, org->lex->country) == country->lex)
                n++;
        }
        if (n > best_n) {
            second_n = best_n;
            best_n = n;
            best = (int)c;
        } else if (n > second_n) {
            second_n = n;
        }
    }
    const ng_lex_entry *home = S_dateline_country(doc);
    if (home) {
        best = -1;
        for (size_t c = 0; c < doc->nactor && best < 0; c++)
            if (doc->actors[c].type == NG_ACTOR_PLACE && doc->actors[c].lex == home)
                best = (int)c;
        if (best < 0)
            return; /* a country the article names only by its dateline */
    } else if (best < 0 || best_n < 2 || second_n >= best_n)
        return;
    /* (who was the home country's before this step) */
    bool *held = calloc(doc->nactor + 1, sizeof *held);
    for (size_t a = 0; a < doc->nactor; a++)
        for (size_t f = 0; f < doc->actors[a].naffil; f++)
            held[a] = held[a] || doc->actors[a].affil[f] == best;
    for (size_t a = 0; a < doc->nactor; a++) {
        ng_actor *p = &doc->actors[a];
        if (p->type != NG_ACTOR_PERSON || p->naffil > 0)
            continue;
        bool national = false;
        for (size_t t = 0; t < p->ntitle && !national; t++) {
            /* (one word in lower case is a role anywhere: "Jury president
             * Ruben Östlund", "club president Florentino Perez") */
            const char *title = p->titles[t];
            if (!strchr(title, ' ') && title[0] >= 'a' && title[0] <= 'z')
                continue;
            char *f = ng_text_fold(title, strlen(title));
            national = S_national_title(doc, f) && !S_post_the_country_lacks(doc, f, best);
            free(f);
        }
        /* (nor a post a capitalized word before it says is a body's,
         * a word no name, demonym or party: "World Athletics President
         * Sebastian Coe", not "Texas Sen. Ted Cruz") */
        if (national && S_named_employer(doc, a) && S_employer_unread(doc, a))
            continue;
        int abroad = national ? S_abroad(doc, a, best) : -1;
        if (national && abroad != -2 &&
            (abroad >= 0 || (!S_title_taken(doc, a, best) && !S_head_post_held(doc, a, held))))
            ng_actor_add_affiliation(doc, (int)a, abroad >= 0 ? abroad : best);
    }
    free(held);
}

/* "BRASILIA — ... The Supreme Court will decide": a body the lexicon
 * knows by a name many countries' bodies have (`bodies-every-country-has`,
 * the lexicon's the United States') is the dateline country's in a story
 * filed from another country that names it and never the United States
 * (named so, with the country's possessive, as "Brazil's Supreme Court"
 * is). */
static void S_dateline_bodies(ng_document *doc)
{
    const ng_lex_entry *home = S_dateline_country(doc);
    if (!home || !strcmp(home->name, "United States"))
        return;
    int country = -1;
    for (size_t a = 0; a < doc->nactor; a++) {
        if (doc->actors[a].lex && !strcmp(doc->actors[a].lex->name, "United States"))
            return;
        if (doc->actors[a].type == NG_ACTOR_PLACE && doc->actors[a].lex == home)
            country = (int)a;
    }
    for (size_t a = 0; country >= 0 && a < doc->nactor; a++) {
        ng_actor *b = &doc->actors[a];
        /* (by the words of its mentions, which may differ from the
         * lexicon's name: "the Department of Defence" is "Pentagon") */
        bool common = b->type == NG_ACTOR_ORG && b->lex && b->nmention > 0;
        /* (every mention the bare name: not "the U.S. Supreme Court") */
        for (size_t i = 0; common && i < b->nmention; i++) {
            const ng_mention *m = &doc->mentions[b->mentions[i]];
            char *g = ng_text_fold(m->name, strlen(m->name));
            common = ng_lex_listed(doc->lex, "bodies-every-country-has", g);
            free(g);
        }
        if (!common)
            continue;
        b->name = ng_arena_printf(&doc->arena, "%s's %s", doc->actors[country].name,
                                  doc->mentions[b->mentions[0]].name);
        b->lex = NULL;
        ng_actor_add_affiliation(doc, (int)a, country);
    }
}

/* "Hess CEO John Hess": a capitalized word before the title of the
 * person's first mention names an employer, read or not. */
static bool S_named_employer(const ng_document *doc, size_t a)
{
    if (doc->actors[a].nmention == 0)
        return false;
    size_t k = doc->mentions[doc->actors[a].mentions[0]].tok_start;
    size_t sent_start = doc->sents[doc->toks[k].sent].tok_start;
    while (k > sent_start && (ng_lex_is_title_head(doc->lex, doc->toks[k - 1].lower) ||
                              ng_lex_is_title_mod(doc->lex, doc->toks[k - 1].lower)))
        k--;
    /* (a body's organ names none: "Board Chair Larry Kellner") */
    return k > sent_start && (doc->toks[k - 1].flags & NG_TOK_CAP) && (doc->toks[k - 1].flags & NG_TOK_WORD) &&
           !ng_lex_is_stop_cap(doc->lex, doc->toks[k - 1].lower) && !ng_tok_is(doc, k - 1, "board") &&
           k < doc->mentions[doc->actors[a].mentions[0]].tok_start;
}

/* Does the headline name actor a, by any of its names, as whole words? */
static bool S_in_headline(const ng_document *doc, const ng_actor *a)
{
    const char *h = doc->art->headline;
    for (size_t k = 0; h && k <= a->nalt; k++) {
        const char *name = k == 0 ? a->name : a->alt[k - 1];
        size_t n = strlen(name);
        for (const char *at = strstr(h, name); n && at; at = strstr(at + 1, name)) {
            bool starts = at == h || !isalnum((unsigned char)at[-1]);
            if (starts && !isalnum((unsigned char)at[n]))
                return true;
        }
    }
    return false;
}

/* Does person p hold a post whose last word is in the named list of
 * schemas/word-lists.tsv ("Mayor", "former mayor"; "coach")? */
static bool S_holds_post_of(const ng_document *doc, const ng_actor *p, const char *list)
{
    bool post = false;
    for (size_t t = 0; t < p->ntitle && !post; t++) {
        char *f = ng_text_fold(p->titles[t], strlen(p->titles[t]));
        const char *last = strrchr(f, ' ');
        post = ng_lex_listed(doc->lex, list, last ? last + 1 : f);
        free(f);
    }
    return post;
}

/* People holding a post of the named list with no place or body of their
 * own hold it at place actor home (none when home < 0). */
static void S_posts_held_at_home(ng_document *doc, int home, const char *list)
{
    for (size_t a = 0; home >= 0 && a < doc->nactor; a++) {
        const ng_actor *p = &doc->actors[a];
        if (p->type == NG_ACTOR_PERSON && p->naffil == 0 && S_holds_post_of(doc, p, list))
            ng_actor_add_affiliation(doc, (int)a, home);
    }
}

/* 8b, for cities. The home city of an article: "CHICAGO (AP) — ...
 * Mayor Brandon Johnson's budget": holders of a city's posts
 * (`city-titles`) with no place or body of their own belong to the city
 * the dateline names. */
static void S_home_city(ng_document *doc)
{
    size_t end;
    const ng_lex_entry *city = ng_dateline_city(doc, &end);
    int home = -1;
    for (size_t m = 0; m < doc->nmention && home < 0; m++)
        if (doc->mentions[m].actor >= 0 && doc->mentions[m].tok_end <= end &&
            doc->actors[doc->mentions[m].actor].type == NG_ACTOR_PLACE &&
            doc->actors[doc->mentions[m].actor].place_kind == NG_PLACE_CITY &&
            (!city || doc->mentions[m].lex == city))
            home = doc->mentions[m].actor;
    S_posts_held_at_home(doc, home, "city-titles");
}

/* The same for states: "AUSTIN, Texas — ... Gov. Greg Abbott": holders
 * of a state's posts (`state-titles`) with no place or body of their own
 * belong to the state or region the dateline names. */
static void S_home_state(ng_document *doc) { S_posts_held_at_home(doc, S_dateline_region(doc), "state-titles"); }

/* "India beat Australia by 295 runs, with captain Jasprit Bumrah taking
 * eight wickets": a side's post (`side-titles`) with no body of its own
 * goes to the body the sentence of its first mention has for subject. */
/* "Spurs coach Gregg Popovich" opening a sentence, after "the San
 * Antonio Spurs": the word before the title of a side's post (a common
 * word no rule took for an actor's name) is the club whose name ends with
 * it; -1 if none. */
static int S_club_before_post(const ng_document *doc, const ng_actor *p)
{
    size_t k = doc->mentions[p->mentions[0]].tok_start;
    while (k > 0 && (ng_lex_is_title_head(doc->lex, doc->toks[k - 1].lower) ||
                     ng_lex_is_title_mod(doc->lex, doc->toks[k - 1].lower)))
        k--;
    int named = k > 0 ? ng_mention_at(doc, k - 1) : -1;
    if (k == 0 || k == doc->mentions[p->mentions[0]].tok_start || !(doc->toks[k - 1].flags & NG_TOK_CAP) ||
        (named >= 0 && doc->mentions[named].actor >= 0))
        return -1;
    const char *w = doc->toks[k - 1].lower;
    for (size_t o = 0; o < doc->nactor; o++) {
        const char *name = doc->actors[o].name, *last = strrchr(name, ' ');
        if (doc->actors[o].type == NG_ACTOR_ORG && last && !strcasecmp(last + 1, w))
            return (int)o;
    }
    return -1;
}

static void S_side_of_sentence(ng_document *doc)
{
    for (size_t a = 0; a < doc->nactor; a++) {
        const ng_actor *p = &doc->actors[a];
        if (p->type != NG_ACTOR_PERSON || p->naffil > 0 || p->nmention == 0 || !S_holds_post_of(doc, p, "side-titles"))
            continue;
        int club = S_club_before_post(doc, p);
        if (club >= 0) {
            ng_actor_add_affiliation(doc, (int)a, club);
            continue;
        }
        const ng_sentence *s = &doc->sents[doc->toks[doc->mentions[p->mentions[0]].tok_start].sent];
        for (size_t k = s->tok_start; k < s->tok_end; k++) {
            if (ng_dep_head(doc, k) >= 0 || strcmp(ng_dep_upos(doc, k), "VERB") != 0)
                continue;
            int subj = ng_dep_subject(doc, k);
            int m = subj >= 0 ? ng_mention_at(doc, (size_t)subj) : -1;
            int side = m >= 0 ? doc->mentions[m].actor : -1;
            if (side >= 0 && doc->actors[side].type == NG_ACTOR_ORG && side != doc->publisher)
                ng_actor_add_affiliation(doc, (int)a, side);
            break;
        }
    }
}

/* "Exxon said it disagreed with the findings. "...," spokeswoman Lauren
 * Kerr told reporters": a spokesperson (`spokesperson-titles`) with no body of
 * their own speaks for the body that spoke in the sentence before, or the
 * one before that: the subject of its verb of saying. -1 if none. */
static int S_body_speaking_before(const ng_document *doc, const ng_actor *p)
{
    size_t s = doc->toks[doc->mentions[p->mentions[0]].tok_start].sent;
    for (size_t back = 1; back <= 2 && back <= s; back++) {
        const ng_sentence *prev = &doc->sents[s - back];
        for (size_t k = prev->tok_start; k < prev->tok_end; k++) {
            if (ng_lex_speech_verb(doc->lex, doc->toks[k].lower) != 1 || strcmp(ng_dep_upos(doc, k), "VERB") != 0)
                continue;
            int subj = ng_dep_subject(doc, k);
            int m = subj >= 0 ? ng_mention_at(doc, (size_t)subj) : -1;
            if (m < 0)
                continue;
            int body = doc->mentions[m].actor;
            /* (the first subject that speaks decides: a person's words
             * before are no body's) */
            return body >= 0 && doc->actors[body].type == NG_ACTOR_ORG && body != doc->publisher ? body : -1;
        }
    }
    return -1;
}

static void S_spokespeople(ng_document *doc)
{
    for (size_t a = 0; a < doc->nactor; a++) {
        const ng_actor *p = &doc->actors[a];
        if (p->type != NG_ACTOR_PERSON || p->naffil > 0 || p->nmention == 0 ||
            !S_holds_post_of(doc, p, "spokesperson-titles"))
            continue;
        int body = S_body_speaking_before(doc, p);
        if (body >= 0)
            ng_actor_add_affiliation(doc, (int)a, body);
    }
}

/* The "the" that opens the phrase of subject token subj ("The maker of
 * Jeep and Ram vehicles", whichever word the parse makes its head); -1 if
 * none. */
static int S_subject_opening_the(const ng_document *doc, size_t subj)
{
    for (size_t k = doc->sents[doc->toks[subj].sent].tok_start; k < subj; k++) {
        int h = (int)k;
        for (int up = 0; up < 4 && h >= 0 && h != (int)subj; up++)
            h = ng_dep_head(doc, (size_t)h);
        if (h == (int)subj)
            return ng_tok_is(doc, k, "the") ? (int)k : -1;
    }
    return -1;
}

/* "Stellantis said on Sunday that Chief Executive Carlos Tavares had
 * resigned", "The maker of Jeep vehicles said ... chaired by Chairman
 * John Elkann": the body that reports in mention mi's sentence, the
 * subject of the verb of saying the mention's clause hangs from, by its
 * name or a noun for it; -1 if none. */
static int S_reporting_body(const ng_document *doc, size_t mi)
{
    const ng_mention *m = &doc->mentions[mi];
    int v = ng_dep_head(doc, ng_dep_span_head(doc, m->tok_start, m->tok_end));
    for (int up = 0; up < 4 && v >= 0; up++, v = ng_dep_head(doc, (size_t)v)) {
        if (ng_lex_speech_verb(doc->lex, doc->toks[v].lower) != 1 || strcmp(ng_dep_upos(doc, (size_t)v), "VERB"))
            continue;
        int subj = ng_dep_subject(doc, (size_t)v);
        if (subj < 0 || subj > (int)m->tok_start)
            return -1;
        int sm = ng_mention_at(doc, (size_t)subj);
        int the = S_subject_opening_the(doc, (size_t)subj);
        int body = sm >= 0 ? doc->mentions[sm].actor : the >= 0 ? ng_org_described(doc, (size_t)the) : -1;
        return body >= 0 && doc->actors[body].type == NG_ACTOR_ORG && body != doc->publisher ? body : -1;
    }
    return -1;
}

/* Does p hold an executive title (`executive-titles`), the title or its
 * last words ("former chief executive")? */
static bool S_executive(const ng_document *doc, const ng_actor *p)
{
    bool executive = false;
    for (size_t t = 0; t < p->ntitle && !executive; t++) {
        char *f = ng_text_fold(p->titles[t], strlen(p->titles[t]));
        for (const char *w = f; w && !executive; w = strchr(w, ' '), w = w ? w + 1 : NULL)
            executive = ng_lex_listed(doc->lex, "executive-titles", w);
        free(f);
    }
    return executive;
}

/* Does p hold a post on a board ("Board Chair", "board member")? A
 * company's organ: the home company's where no body is named. */
static bool S_board_title(const ng_document *doc, const ng_actor *p)
{
    for (size_t t = 0; t < p->ntitle; t++) {
        char *f = ng_text_fold(p->titles[t], strlen(p->titles[t]));
        bool board = !strncmp(f, "board ", 6) || strstr(f, " board ") != NULL;
        free(f);
        if (board)
            return true;
    }
    /* (or "Board" before the title at a mention, which the title leaves
     * out opening a sentence: "Board Chair Larry Kellner will not stand") */
    for (size_t i = 0; i < p->nmention; i++) {
        size_t b = doc->mentions[p->mentions[i]].tok_start;
        for (size_t k = b; k-- > 0 && k + 3 >= b && ng_title_word(doc, k);)
            if (k > 0 && ng_tok_is(doc, k - 1, "board"))
                return true;
    }
    return false;
}

/* Holders of an executive title with no body of their own belong to the
 * body that reports about them. */
static void S_executives_reported(ng_document *doc)
{
    for (size_t a = 0; a < doc->nactor; a++) {
        const ng_actor *p = &doc->actors[a];
        if (p->type != NG_ACTOR_PERSON || p->naffil > 0 || p->nmention == 0 || !S_executive(doc, p))
            continue;
        int body = S_reporting_body(doc, p->mentions[0]);
        if (body >= 0)
            ng_actor_add_affiliation(doc, (int)a, body);
    }
}

static int S_body_in_phrase(const ng_document *doc, size_t head, size_t before);

/* "Joachim Nagel, who heads Germany's Bundesbank", "Peter Marks, who
 * directs the FDA's Center for ...": a person belongs to the body the
 * verb of a relative clause on their name says they lead
 * (`body-leading-verbs`). */
static void S_leaders_by_relative(ng_document *doc)
{
    for (size_t i = 0; i < doc->nmention; i++) {
        const ng_mention *m = &doc->mentions[i];
        size_t w = m->tok_end + 1;
        if (m->actor < 0 || doc->actors[m->actor].type != NG_ACTOR_PERSON || w >= doc->ntok ||
            !ng_tok_is(doc, m->tok_end, ",") || !ng_tok_is(doc, w, "who"))
            continue;
        int verb = ng_dep_head(doc, w);
        if (verb < 0 || strcmp(ng_dep_rel(doc, (size_t)verb), "acl:relcl") ||
            !ng_lex_listed(doc->lex, "body-leading-verbs", doc->toks[verb].lower))
            continue;
        int obj = ng_dep_object(doc, (size_t)verb);
        int om = obj >= 0 ? ng_mention_at(doc, (size_t)obj) : -1;
        int body = om >= 0 ? doc->mentions[om].actor : -1;
        /* (or a unit of a body the object names: "who directs the FDA's
         * psychiatry division", "who heads the drug division of Pfizer") */
        if (om < 0 && obj >= 0 && !strcmp(ng_dep_upos(doc, (size_t)obj), "NOUN"))
            body = S_body_in_phrase(doc, (size_t)obj, doc->ntok);
        if (body >= 0 && doc->actors[body].type == NG_ACTOR_ORG)
            ng_actor_add_affiliation(doc, m->actor, body);
    }
}

/* The first body named in the phrase of token head before token before;
 * -1 when none. */
static int S_body_in_phrase(const ng_document *doc, size_t head, size_t before)
{
    size_t lo, hi;
    ng_dep_phrase(doc, head, &lo, &hi);
    for (size_t m = ng_mention_lower_bound(doc, (uint32_t)lo);
         m < doc->nmention && doc->mentions[m].tok_start < hi && doc->mentions[m].tok_start < before; m++) {
        int o = doc->mentions[m].actor;
        if (o >= 0 && doc->actors[o].type == NG_ACTOR_ORG)
            return o;
    }
    return -1;
}

/* "Rival BP announced a similar shift under chief executive Murray
 * Auchincloss", "... led by chief executive X": an executive named after
 * "under" or "led by" heads the body that is the subject of the verb the
 * phrase hangs from; -1 when none. */
static int S_employer_of_verb_subject(const ng_document *doc, size_t a)
{
    const ng_mention *pm = S_first_mention_of(doc, a);
    if (!pm || !ng_dep_parsed(doc))
        return -1;
    size_t b = pm->tok_start;
    while (b > 0 && b + 4 > pm->tok_start && !(doc->toks[b - 1].flags & NG_TOK_PUNCT) &&
           (ng_mn_title_word(doc, b - 1) || ng_lex_is_title_head(doc->lex, doc->toks[b - 1].lower)))
        b--;
    bool under = b > 0 && ng_tok_is(doc, b - 1, "under");
    bool led = b > 1 && ng_tok_is(doc, b - 1, "by") && ng_tok_is(doc, b - 2, "led");
    if (b == pm->tok_start || !(under || led))
        return -1;
    /* (", led by": the body before the comma, whatever the parse reads) */
    int before = led && b > 3 && ng_tok_is(doc, b - 3, ",") ? ng_mention_at(doc, b - 4) : -1;
    if (before >= 0 && doc->mentions[before].tok_end == b - 3 && doc->mentions[before].actor >= 0 &&
        doc->actors[doc->mentions[before].actor].type == NG_ACTOR_ORG)
        return doc->mentions[before].actor;
    /* (the verb the name's phrase hangs from: the head of its head word) */
    int verb = ng_dep_head(doc, pm->tok_end - 1);
    for (int up = 0; verb >= (int)pm->tok_start && verb < (int)pm->tok_end && up < 8; up++)
        verb = ng_dep_head(doc, (size_t)verb);
    if (led && verb >= 0 && ng_tok_is(doc, (size_t)verb, "led")) {
        /* ("BP, led by chief executive X, said": the body "led" describes) */
        int body = ng_dep_head(doc, (size_t)verb);
        if (body >= 0 && !strncmp(ng_dep_rel(doc, (size_t)verb), "acl", 3))
            return S_body_in_phrase(doc, (size_t)body, pm->tok_start);
        verb = body;
    }
    /* (past the nouns the phrase may hang from: "announced a similar shift
     * under chief executive X") */
    for (int up = 0; verb >= 0 && strcmp(ng_dep_upos(doc, (size_t)verb), "VERB") && up < 3; up++)
        verb = ng_dep_head(doc, (size_t)verb);
    int subj = verb >= 0 ? ng_dep_subject(doc, (size_t)verb) : -1;
    return subj >= 0 && subj < (int)pm->tok_start ? S_body_in_phrase(doc, (size_t)subj, pm->tok_start) : -1;
}

/* Does the first sentence of the story (past the headline) name actor a? */
static bool S_named_in_lead(const ng_document *doc, int a)
{
    size_t si = 0;
    while (si < doc->nsent && doc->art->paras[doc->sents[si].para].kind == NG_PARA_HEADING)
        si++;
    if (si >= doc->nsent)
        return false;
    for (size_t m = ng_mention_lower_bound(doc, doc->sents[si].tok_start);
         m < doc->nmention && doc->mentions[m].tok_start < doc->sents[si].tok_end; m++)
        if (doc->mentions[m].actor == a)
            return true;
    return false;
}

/* 8c. The home company of an article: a story about one company names its
 * executives without it ("Chairman Larry Kellner will not stand for
 * re-election, Boeing said"). Where one organization is named at least
 * three times (the headline counting once; twice where the headline and
 * the story's first sentence name it) and twice as often as any other,
 * holders of an executive title (schemas/word-lists.tsv,
 * executive-titles) with no body of their own belong to it; first, one
 * named after "under" or ", led by" belongs to the body of that clause
 * (S_employer_of_verb_subject). */
static void S_home_company(ng_document *doc)
{
    for (size_t a = 0; a < doc->nactor; a++) {
        ng_actor *p = &doc->actors[a];
        if (p->type != NG_ACTOR_PERSON || p->naffil > 0 || !S_executive(doc, p) || S_named_employer(doc, a))
            continue;
        int employer = S_employer_of_verb_subject(doc, a);
        if (employer >= 0)
            ng_actor_add_affiliation(doc, (int)a, employer);
    }
    int best = -1;
    size_t best_n = 0, second_n = 0;
    for (size_t a = 0; a < doc->nactor; a++) {
        if (doc->actors[a].type != NG_ACTOR_ORG)
            continue;
        size_t n = doc->actors[a].nmention + S_in_headline(doc, &doc->actors[a]);
        if (n > best_n) {
            second_n = best_n;
            best_n = n;
            best = (int)a;
        } else if (n > second_n) {
            second_n = n;
        }
    }
    /* (twice, where the headline and the story's first sentence name it:
     * "Nvidia forecast beats estimates // Nvidia on Wednesday forecast
     * ...; Chief executive Jensen Huang told analysts") */
    bool leads = best >= 0 && S_in_headline(doc, &doc->actors[best]) && S_named_in_lead(doc, best);
    if (best < 0 || best_n < (leads ? 2u : 3u) || best_n < 2 * second_n)
        return;
    for (size_t a = 0; a < doc->nactor; a++) {
        ng_actor *p = &doc->actors[a];
        if (p->type != NG_ACTOR_PERSON || p->naffil > 0)
            continue;
        if ((S_executive(doc, p) || S_board_title(doc, p)) && !S_named_employer(doc, a))
            ng_actor_add_affiliation(doc, (int)a, best);
    }
}

/* A lone word the lexicon knows as a place (or the tagger reads as one)
 * that no preposition places ("moved to Paris", "the mayor of Paris") and
 * that is the last word of a person named in full before it. */
static bool S_unplaced_surname(const ng_document *doc, size_t mi)
{
    const ng_mention *m = &doc->mentions[mi];
    /* (a place the lexicon knows, or one the tagger read) */
    if (m->tok_end - m->tok_start != 1 || (m->lex ? m->lex->kind != NG_ACTOR_PLACE : m->type != NG_ACTOR_PLACE))
        return false;
    /* (after "of": "the state of Georgia"; of a place the tagger read,
     * only after a place's noun: "ahead of Cruz" is the person) */
    size_t b = m->tok_start;
    bool of = b > 0 && ng_tok_is(doc, b - 1, "of") &&
              (m->lex || (b > 1 && ng_lex_listed(doc->lex, "settlement-nouns", doc->toks[b - 2].lower)));
    if (ng_location_preposition(doc, b) || of)
        return false;
    /* (one the tagger read: a word alone, not the end of a place's name,
     * "San Felipe de Austin") */
    if (!m->lex && b > 0 &&
        ((doc->toks[b - 1].flags & NG_TOK_CAP) || ng_lex_is_name_particle(doc->lex, doc->toks[b - 1].lower)))
        return false;
    const char *w = doc->toks[m->tok_start].lower;
    for (size_t j = 0; j < mi; j++) {
        const ng_mention *p = &doc->mentions[j];
        /* a given name, not a modifier: "Old Athens", "Classical Greece" */
        if (p->type == NG_ACTOR_PERSON && !p->lex && p->tok_end - p->tok_start >= 2 && p->tok_end <= m->tok_start &&
            strcmp(doc->toks[p->tok_end - 1].lower, w) == 0 &&
            (!ng_dep_parsed(doc) || strcmp(ng_dep_upos(doc, p->tok_start), "PROPN") == 0) &&
            (m->lex || ng_ner_reads_person(doc, p->tok_start, p->tok_end)))
            return true;
    }
    return false;
}

/* Where the mention acts or owns as a person does: "Paris claims",
 * "Paris was born", "Paris's father", "Osaka, who won". */
static bool S_acts_as_person(const ng_document *doc, size_t mi)
{
    size_t k = doc->mentions[mi].tok_start;
    if (k + 2 < doc->ntok && ng_tok_is(doc, k + 1, ",") && ng_tok_is(doc, k + 2, "who"))
        return true;
    const char *rel = ng_dep_rel(doc, k);
    return !ng_dep_parsed(doc) || strncmp(rel, "nsubj", 5) == 0 || strcmp(rel, "nmod:poss") == 0;
}

/* "Valeska Paris ... Paris claims she was ...": a lone word the lexicon
 * knows as a place is the surname of a person named in full before it
 * where nothing places it and one of its mentions acts as a person does:
 * a name is one thing throughout an article ("Osaka, who won ..." parsed
 * as no subject is the Osaka of "Osaka said"). Marks those mentions in
 * surname[]; each mention is read once. */
static void S_surnames_not_places(ng_document *doc, bool *surname)
{
    bool *acts = ng_arena_alloc(&doc->arena, doc->nmention * sizeof *acts + 1);
    for (size_t i = 0; i < doc->nmention; i++) {
        surname[i] = S_unplaced_surname(doc, i);
        acts[i] = surname[i] && S_acts_as_person(doc, i);
    }
    for (size_t i = 0; i < doc->nmention; i++) {
        /* ("followed closely by Cruz": a place no list knows is the
         * surname wherever it stands for no place) */
        if (!surname[i] || acts[i] || !doc->mentions[i].lex)
            continue;
        const char *w = doc->toks[doc->mentions[i].tok_start].lower;
        bool any = false;
        for (size_t j = 0; j < doc->nmention && !any; j++)
            any = acts[j] && strcmp(doc->toks[doc->mentions[j].tok_start].lower, w) == 0;
        surname[i] = any;
    }
}

/* "Madrid coach Carlo Ancelotti", "Madrid will face Bayern" after "Real
 * Madrid": a city the lexicon knows that is the last word of the one
 * two-word organization of the article ends a club's name, where it does
 * not stand as a place ("in Madrid"); the mention of the organization
 * with that last word, or -1. */
static int S_club_of_city(const ng_document *doc, size_t mi)
{
    const ng_mention *m = &doc->mentions[mi];
    if (m->tok_end - m->tok_start != 1 || m->lex->place_kind != NG_PLACE_CITY ||
        ng_location_preposition(doc, m->tok_start))
        return -1;
    int club = -1;
    for (size_t i = 0; i < doc->nmention; i++) {
        const ng_mention *o = &doc->mentions[i];
        if (o->type != NG_ACTOR_ORG || o->tok_end - o->tok_start != 2 ||
            strcmp(doc->toks[o->tok_end - 1].lower, doc->toks[m->tok_start].lower) != 0)
            continue;
        if (club >= 0 && strcmp(doc->mentions[club].name, o->name) != 0)
            return -1;
        club = (int)i;
    }
    return club;
}

static void S_lexicon_names(ng_document *doc)
{
    /* 1. lexicon names; surnames first, so that they are decided on the
     * lexicon's readings of every mention */
    bool *surname = ng_arena_alloc(&doc->arena, doc->nmention * sizeof *surname + 1);
    S_surnames_not_places(doc, surname);
    for (size_t i = 0; i < doc->nmention; i++) {
        ng_mention *m = &doc->mentions[i];
        int club = m->lex ? S_club_of_city(doc, i) : -1;
        if (club >= 0) {
            /* the club's, in step 2 */
            m->lex = NULL;
            m->type = NG_ACTOR_ORG;
            m->place_kind = 0;
            m->metonym = false;
            m->name = doc->mentions[club].name;
            continue;
        }
        if (surname[i]) {
            /* the person's, in step 4 */
            m->lex = NULL;
            m->type = NG_ACTOR_PERSON;
            m->place_kind = 0;
            m->metonym = false;
            continue;
        }
        if (m->lex)
            S_attach(doc, i, S_lex_actor(doc, m));
    }
}

static int S_org_by_first_word(ng_document *doc, const char *word);
static int S_org_opened_by(ng_document *doc, const char *word, bool any_rest);
static bool S_opens_with_named_place(const ng_document *doc, const char *name);

/* "City" after "Manchester City", "United" after "Newcastle United": the
 * one organization named before whose name is a place the lexicon knows
 * and this word; -1 when none or several. */
static int S_club_by_last_word(ng_document *doc, const char *word)
{
    int a = S_actor_by_tail(doc, NG_ACTOR_ORG, word);
    if (a < 0)
        return -1;
    const char *name = doc->actors[a].name;
    char *f = ng_text_fold(name, strlen(name) - strlen(word) - 1);
    const ng_lex_entry *place = ng_lex_name(doc->lex, f);
    free(f);
    return place && place->kind == NG_ACTOR_PLACE ? a : -1;
}

/* Does the word end as a plural ("Warriors", "Knicks"; not "Congress",
 * "Lowe's")? */
static bool S_plural_word(const char *w)
{
    return ng_plural_word(w) && w[strlen(w) - 2] != '\'';
}

/* "Dortmund" after "Borussia Dortmund" (a body the rules typed, alone at
 * mention m): the one organization of two words ending so, or of more
 * whose first word is a place the article names ("the Blazers" after
 * "the Portland Trail Blazers"), where the word is no common word (but
 * before a side's title), no place the lexicon knows, no word of bodies'
 * or companies' names; -1 when none. */
static int S_club_by_last_name_word(ng_document *doc, const ng_mention *m)
{
    size_t k = m->tok_start;
    bool common;
    ng_mn_name_bits(doc, k, &common);
    const char *w = doc->toks[k].lower;
    /* (a common word too before a side's title: "Forest manager Nuno
     * Espirito Santo" after "Nottingham Forest", "Villa coach Unai Emery") */
    bool side = k + 1 < doc->ntok && !(doc->toks[k + 1].flags & NG_TOK_CAP) &&
                ng_lex_listed(doc->lex, "side-titles", doc->toks[k + 1].lower);
    /* (or a plural, as teams' names end: "the Warriors" after "the Golden
     * State Warriors", whose first words are no place the lexicon knows) */
    bool plural = S_plural_word(w) && (doc->toks[k].flags & NG_TOK_CAP);
    if (m->tok_end != k + 1 || (common && !side && !plural) || ng_lex_name(doc->lex, w) ||
        ng_lex_is_org_word(doc->lex, w) || ng_lex_is_company_name_end(doc->lex, w))
        return -1;
    int a = S_actor_by_tail(doc, NG_ACTOR_ORG, m->name);
    const char *name = a >= 0 ? doc->actors[a].name : "";
    if (a < 0 || !strchr(name, ' '))
        return -1;
    return strchr(name, ' ') == strrchr(name, ' ') || S_opens_with_named_place(doc, name) || plural ? a : -1;
}

/* "for Miami, which outscored Boston" after "the Miami Heat ... the Boston
 * Celtics": a city or state the article shows acting as a body (typed so
 * by ng_mn_city_sides in mentions_passes.c) is the one club named after it; -1 when
 * the word is no such place or several bodies open with it ("Boston
 * Celtics" and "Boston Globe"). */
static int S_club_by_first_word(ng_document *doc, const ng_mention *m)
{
    const char *word = m->name;
    char *f = ng_text_fold(word, strlen(word));
    const ng_lex_entry *place = ng_lex_name(doc->lex, f);
    free(f);
    bool known = place && place->kind == NG_ACTOR_PLACE &&
                 (place->place_kind == NG_PLACE_CITY || place->place_kind == NG_PLACE_REGION);
    /* (or a place the tagger reads, there or where the article places
     * something in it: "PORTLAND, Ore. —") */
    bool read = doc->ner_labels && ng_ner_type(doc->ner_labels[m->tok_start]) == 3;
    for (size_t o = 0; o < doc->nmention && !known && !read; o++)
        read = doc->mentions[o].type == NG_ACTOR_PLACE && !strcasecmp(doc->mentions[o].name, word);
    /* (or a word mentions.c saw playing: "outscored Denver") */
    for (size_t o = 0; o < doc->nmention && !known && !read; o++)
        read = doc->mentions[o].side && !strcmp(doc->mentions[o].name, word);
    if (!known && !read)
        return -1;
    return S_org_opened_by(doc, word, true);
}

static int S_org_by_initials(const ng_document *doc, const char *acronym);
static int S_org_by_domain(const ng_document *doc, const char *word);

/* "the Fed" after "the Federal Reserve": a word of three or four letters
 * that starts the first word of the one organization of several words
 * named before; -1 when none or several. */
static int S_org_by_clipping(const ng_document *doc, const char *word)
{
    size_t n = strlen(word);
    if (n < 3 || n > 4 || !isupper((unsigned char)word[0]) || !islower((unsigned char)word[1]))
        return -1;
    int found = -1;
    for (size_t a = 0; a < doc->nactor; a++) {
        const char *name = doc->actors[a].name, *space = strchr(name, ' ');
        if (doc->actors[a].type != NG_ACTOR_ORG || !space || (size_t)(space - name) <= n ||
            strncmp(name, word, n) != 0)
            continue;
        if (found >= 0)
            return -1;
        found = (int)a;
    }
    return found;
}

static void S_names_by_type(ng_document *doc)
{
    /* 2. organizations and places by name; a one-word place after the
     * longer names, so that "Logar" is the "Logar province" named before */
    for (int pass = 0; pass < 2; pass++)
        for (size_t i = 0; i < doc->nmention; i++) {
            ng_mention *m = &doc->mentions[i];
            if (m->lex || (m->type != NG_ACTOR_ORG && m->type != NG_ACTOR_PLACE) || m->actor >= 0)
                continue;
            if (doc->toks[m->tok_start].flags & NG_TOK_ALLCAPS && m->tok_end - m->tok_start == 1 &&
                m->type == NG_ACTOR_ORG)
                continue; /* acronyms wait for their definitions */
            bool lone = m->tok_end - m->tok_start == 1;
            bool lone_place = m->type == NG_ACTOR_PLACE && lone;
            bool lone_org_word = m->type == NG_ACTOR_ORG && lone && ng_lex_is_org_word(doc->lex, doc->toks[m->tok_start].lower);
            if ((lone_place || lone_org_word) != (pass == 1))
                continue;
            int a = S_actor_by_name(doc, m->type, m->name);
            /* "the Intelligence Committee" after "the House Intelligence
             * Committee": the one organization whose longer name ends so */
            if (a < 0 && m->type == NG_ACTOR_ORG && !lone) {
                const char *longer = S_longer_org_name(doc, m);
                if (longer) {
                    a = S_actor_by_name(doc, NG_ACTOR_ORG, longer);
                    if (a < 0)
                        a = ng_actor_add(doc, NG_ACTOR_ORG, longer);
                }
            }
            if (a < 0 && m->type == NG_ACTOR_ORG && !lone)
                a = S_longer_lexicon_org(doc, m->name);
            /* "Live Nation" after "Live Nation Entertainment": a company's
             * name without the word that ends it, as for one word */
            if (a < 0 && m->type == NG_ACTOR_ORG && !lone)
                a = S_org_by_first_word(doc, m->name);
            /* "for New York, which lost" after "the New York Knicks": a
             * city of several words shown playing is the one club named
             * after it, as for one word */
            if (a < 0 && m->type == NG_ACTOR_ORG && !lone && m->side)
                a = S_org_opened_by(doc, m->name, true);
            if (a < 0 && lone && m->type == NG_ACTOR_ORG && !lone_org_word)
                a = S_org_by_clipping(doc, m->name); /* "the Fed" */
            /* "John M. Ford ... Ford's obscurity": a word the tagger took
             * for a company may be the surname of a person named in full;
             * it waits for the people (step 3b) */
            if (a < 0 && lone && m->type == NG_ACTOR_ORG && !lone_org_word &&
                !(doc->toks[m->tok_start].flags & NG_TOK_ALLCAPS))
                continue;
            /* "the S.E.C." after "the Securities and Exchange Commission":
             * initials of an organization named, whatever the tagger read
             * (three or more: "D.C." is a place's) */
            size_t letters = 0;
            for (const char *c = m->name; *c; c++)
                letters += isalpha((unsigned char)*c) != 0;
            if (a < 0 && lone_place && (doc->toks[m->tok_start].flags & NG_TOK_ALLCAPS) && letters >= 3 &&
                (a = S_org_by_initials(doc, m->name)) >= 0) {
                m->type = NG_ACTOR_ORG;
                m->place_kind = 0;
            }
            if (a < 0 && lone_place)
                a = S_place_by_word(doc, m->name);
            if (a < 0 && lone_place && (a = S_club_by_last_word(doc, m->name)) >= 0) {
                m->type = NG_ACTOR_ORG;
                m->place_kind = 0;
            }
            if (a < 0 && (lone_place || m->type == NG_ACTOR_ORG) && (a = S_org_by_domain(doc, m->name)) >= 0) {
                m->type = NG_ACTOR_ORG;
                m->place_kind = 0;
            }
            if (a < 0 && lone_org_word) {
                /* "Inspector-General of Police" and "the Nigeria Police" */
                a = S_actor_by_tail(doc, NG_ACTOR_ORG, m->name);
                if (a < 0)
                    a = S_org_by_first_word(doc, m->name); /* "the Church" of "the Church of Scientology" */
                /* "Court papers show ...": a capital at the start of a
                 * sentence, no name (or of the story after a dateline:
                 * "NEW YORK — Police arrested") */
                const ng_sentence *in = &doc->sents[doc->toks[m->tok_start].sent];
                if (a < 0 && (in->tok_start == m->tok_start || ng_dateline_end(doc, in) == m->tok_start)) {
                    m->type = 0;
                    continue;
                }
            }
            if (a < 0) {
                a = ng_actor_add(doc, m->type, m->name);
                doc->actors[a].place_kind = m->place_kind;
            }
            S_attach(doc, i, a);
        }
}

/* Is the first of several words of name a place the lexicon knows? */
static bool S_opens_with_place(const ng_document *doc, const char *name)
{
    const char *space = strchr(name, ' ');
    char first[64];
    if (!space || (size_t)(space - name) >= sizeof first)
        return false;
    snprintf(first, sizeof first, "%.*s", (int)(space - name), name);
    char *f = ng_text_fold(first, strlen(first));
    const ng_lex_entry *e = ng_lex_name(doc->lex, f);
    free(f);
    return e && e->kind == NG_ACTOR_PLACE;
}

/* Is the first of several words of name a place, the lexicon's or one
 * the article names ("Portland" of "the Portland Trail Blazers")? */
static bool S_opens_with_named_place(const ng_document *doc, const char *name)
{
    size_t n = strcspn(name, " ");
    bool named = false;
    for (size_t o = 0; o < doc->nmention && !named; o++)
        named = doc->mentions[o].type == NG_ACTOR_PLACE && strlen(doc->mentions[o].name) == n &&
                !strncmp(doc->mentions[o].name, name, n);
    return named || S_opens_with_place(doc, name);
}

/* "An Amazon spokesperson" after "Amazon.com Inc": the one organization
 * named before whose name is the word and ".com"; -1 when none or
 * several. */
static int S_org_by_domain(const ng_document *doc, const char *word)
{
    size_t n = strlen(word);
    int found = -1;
    for (size_t a = 0; a < doc->nactor; a++) {
        const char *name = doc->actors[a].name;
        if (doc->actors[a].type != NG_ACTOR_ORG || strncasecmp(name, word, n) != 0 || strncmp(name + n, ".com", 4))
            continue;
        if (found >= 0)
            return -1;
        found = (int)a;
    }
    return found;
}

/* "the SEC" after "the Securities and Exchange Commission": an acronym
 * the article never defines names the one organization named before whose
 * initials it is; -1 when none or several. */
static int S_org_by_initials(const ng_document *doc, const char *acronym)
{
    int found = -1;
    for (size_t a = 0; a < doc->nactor; a++) {
        if (doc->actors[a].type != NG_ACTOR_ORG)
            continue;
        /* "Africa CDC" for the "Africa Centres for Disease Control and
         * Prevention": a place opening the name is not in its acronym */
        const char *name = doc->actors[a].name, *space = strchr(name, ' ');
        if (!ng_mn_initials_match(name, acronym, false) &&
            !(S_opens_with_place(doc, name) && ng_mn_initials_match(space + 1, acronym, false)))
            continue;
        if (found >= 0)
            return -1;
        found = (int)a;
    }
    return found;
}

/* Does actor a have a mention before token k? */
static bool S_named_before(const ng_document *doc, int a, size_t k)
{
    for (size_t i = 0; i < doc->nmention && doc->mentions[i].tok_start < k; i++)
        if (doc->mentions[i].actor == a)
            return true;
    return false;
}

/* "CVC" after "CVC Capital Partners": an acronym whose initials name no
 * body is the one company named before whose name it opens and a word
 * that ends companies' names ends (`company-name-ends`; not "UEFA" of the
 * "UEFA Nations League"); -1 if none. */
static int S_company_opened_by(ng_document *doc, const ng_mention *m)
{
    int a = S_org_opened_by(doc, m->name, false);
    if (a < 0 || !S_named_before(doc, a, m->tok_start))
        return -1;
    const char *name = doc->actors[a].name, *last = strrchr(name, ' ') + 1;
    char *folded = ng_text_fold(last, strlen(last));
    bool company = ng_lex_is_company_name_end(doc->lex, folded);
    free(folded);
    return company ? a : -1;
}

/* An acronym no definition names (at mention m): the body whose initials
 * it is; but when that body is named only after it, the one body named
 * before whose name it opens ("TD chief executive" after "TD Bank",
 * before the "Treasury Department" is named; "the DNC" after the
 * "Democratic National Committee" and the "DNC Rules Committee" is the
 * former; "UEFA" is no "UEFA Nations League"). */
static int S_org_by_acronym(ng_document *doc, const ng_mention *m)
{
    int by_initials = S_org_by_initials(doc, m->name);
    if (by_initials < 0)
        return S_company_opened_by(doc, m);
    if (S_named_before(doc, by_initials, m->tok_start))
        return by_initials;
    int opened = S_org_by_first_word(doc, m->name);
    return opened >= 0 && S_named_before(doc, opened, m->tok_start) ? opened : by_initials;
}

/* "The authority, known as AGCM, said": an acronym the words give a body
 * a description names ("the authority" is Italy's antitrust authority,
 * named before) names that body from here on. */
static void S_described_acronyms(ng_document *doc, alias_table *acr)
{
    for (size_t k = 0; k + 4 < doc->ntok; k++) {
        if (!ng_tok_is(doc, k, "the") || !ng_tok_is(doc, k + 2, ",") || (doc->toks[k + 1].flags & NG_TOK_CAP))
            continue;
        bool said;
        size_t at = S_defined_acronym(doc, k + 2, &said);
        if (!at || !said || !S_acronym_token(doc, at) || S_alias_get(acr, doc->toks[at].lower) >= 0)
            continue;
        int body = ng_org_described(doc, k);
        if (body >= 0)
            S_alias_put(doc, acr, ng_doc_span(doc, doc->toks[at].start, doc->toks[at].end), body);
    }
}

static void S_acronym_orgs(ng_document *doc, alias_table *acr)
{
    S_acronym_definitions(doc, acr);
    /* full names first, then acronyms: "OPEC+ agreed ... the Organization
     * of the Petroleum Exporting Countries" */
    for (int pass = 0; pass < 2; pass++) {
        if (pass == 1)
            S_described_acronyms(doc, acr);
        for (size_t i = 0; i < doc->nmention; i++) {
            ng_mention *m = &doc->mentions[i];
            if (m->actor >= 0 || m->type != NG_ACTOR_ORG)
                continue;
            if (m->tok_end - m->tok_start == 1 && !m->lex && !(doc->toks[m->tok_start].flags & NG_TOK_ALLCAPS))
                continue; /* step 3b */
            bool acronym = m->tok_end - m->tok_start == 1 && !m->lex && (doc->toks[m->tok_start].flags & NG_TOK_ALLCAPS);
            if (acronym != (pass == 1))
                continue;
            int a = S_alias_get(acr, doc->toks[m->tok_start].lower);
            if (a < 0)
                a = S_actor_by_name(doc, NG_ACTOR_ORG, m->name);
            if (a < 0 && acronym)
                a = S_org_by_acronym(doc, m);
            if (a < 0)
                a = ng_actor_add(doc, NG_ACTOR_ORG, m->name);
            S_attach(doc, i, a);
        }
    }
}

/* "Born Anna Mae Bullock in Nutbush, Tennessee, Turner rose to fame": a
 * name given after "born" at a sentence's opening is the birth name of
 * the person the clause after the comma is about, when the article named
 * that person before; -1 if not so. */
static int S_birth_name_holder(ng_document *doc, const ng_mention *m)
{
    size_t k = m->tok_start;
    const ng_sentence *s = &doc->sents[doc->toks[k].sent];
    if (k == 0 || !ng_tok_is(doc, k - 1, "born") || k - 1 != ng_dateline_end(doc, s))
        return -1;
    size_t q = m->tok_end;
    while (q < s->tok_end && !ng_tok_is(doc, q, ","))
        q++;
    /* (past the place: "in Nutbush, Tennessee,") */
    while (q + 1 < s->tok_end && ng_tok_is(doc, q, ",") && ng_mention_at(doc, q + 1) >= 0 &&
           doc->mentions[ng_mention_at(doc, q + 1)].type == NG_ACTOR_PLACE)
        q = doc->mentions[ng_mention_at(doc, q + 1)].tok_end;
    int subject = q + 1 < s->tok_end && ng_tok_is(doc, q, ",") ? ng_mention_at(doc, q + 1) : -1;
    if (subject < 0 || doc->mentions[subject].tok_start != q + 1 || doc->mentions[subject].type != NG_ACTOR_PERSON)
        return -1;
    const ng_mention *sm = &doc->mentions[subject];
    int a = S_actor_by_name(doc, NG_ACTOR_PERSON, sm->name);
    if (a < 0 && sm->tok_end == sm->tok_start + 1)
        a = S_person_by_word(doc, doc->toks[sm->tok_start].lower);
    return a;
}

static void S_full_person_names(ng_document *doc)
{
    /* 3. full personal names */
    for (size_t i = 0; i < doc->nmention; i++) {
        ng_mention *m = &doc->mentions[i];
        /* (one token may carry a full name: "Joe" of "Joe and Hunter Biden") */
        if (m->actor >= 0 || m->type != NG_ACTOR_PERSON || (m->tok_end - m->tok_start < 2 && !strchr(m->name, ' ')))
            continue;
        int a = S_actor_by_name(doc, NG_ACTOR_PERSON, m->name);
        if (a < 0)
            a = S_birth_name_holder(doc, m);
        /* "in nearby Deir al-Balah" after the dateline "DEIR AL-BALAH,
         * Gaza Strip": a place named so, where no title or person's
         * reading of the same name says otherwise */
        int place = a < 0 && !m->title ? S_actor_by_name(doc, NG_ACTOR_PLACE, m->name) : -1;
        size_t at = m->tok_start;
        if (at > 1 && !(doc->toks[at - 1].flags & NG_TOK_CAP) &&
            (!strcmp(ng_dep_upos(doc, at - 1), "ADJ") || !strcmp(ng_dep_upos(doc, at - 1), "ADV")))
            at--; /* ("in nearby Deir al-Balah") */
        if (place >= 0 && ng_location_preposition(doc, at)) {
            m->type = NG_ACTOR_PLACE;
            S_attach(doc, i, place);
            continue;
        }
        if (a < 0)
            a = S_actor_by_tail(doc, NG_ACTOR_PERSON, m->name);
        if (a < 0)
            a = S_person_by_words(doc, m->name, S_first_last_match);
        if (a < 0)
            a = S_person_by_words(doc, m->name, S_spelling_match);
        if (a < 0)
            a = S_person_by_words(doc, m->name, S_variant_match);
        if (a < 0)
            a = ng_actor_add(doc, NG_ACTOR_PERSON, m->name);
        S_attach(doc, i, a);
    }
}

/* "Lumina spokesman" after "Lumina Semiconductor", "Acme" after "Acme
 * Corp.", "Bayern" after "Bayern Munich", "the Church" after "the Church
 * of Scientology": the one organization named before whose name is this
 * word and words that end company names (ORG_WORDS), a place the lexicon
 * knows (a club's city) or "of" and more. -1 when none or several. */
static int S_org_by_first_word(ng_document *doc, const char *word) { return S_org_opened_by(doc, word, false); }

/* The one organization whose name is word and more words: with any_rest,
 * whatever they are; else the words that end bodies' names as above. */
static int S_org_opened_by(ng_document *doc, const char *word, bool any_rest)
{
    size_t n = strlen(word);
    int found = -1;
    for (size_t a = 0; a < doc->nactor; a++) {
        const ng_actor *o = &doc->actors[a];
        if (o->type != NG_ACTOR_ORG || strncasecmp(o->name, word, n) != 0 || o->name[n] != ' ')
            continue;
        if (any_rest) {
            if (found >= 0)
                return -1;
            found = (int)a;
            continue;
        }
        const char *last = strrchr(o->name, ' ') + 1;
        char folded[64];
        size_t l = strlen(last);
        if (l >= sizeof folded)
            continue;
        for (size_t c = 0; c <= l; c++)
            folded[c] = (char)tolower((unsigned char)last[c]);
        const ng_lex_entry *rest = NULL;
        /* "the Church" after "the Church of Scientology", "the Bank" after
         * "the Bank of England": the head of an "X of Y" name */
        bool head_of = strncmp(o->name + n + 1, "of ", 3) == 0;
        if (!head_of && !ng_lex_is_org_word(doc->lex, folded) &&
            !ng_lex_is_company_name_end(doc->lex, folded)) {
            char *f = ng_text_fold(o->name + n + 1, strlen(o->name + n + 1));
            rest = ng_lex_name(doc->lex, f);
            free(f);
            /* (a city: "Bayern Munich"; "Stellantis North America" is
             * a part of Stellantis) */
            if (!rest || rest->kind != NG_ACTOR_PLACE || rest->place_kind != NG_PLACE_CITY)
                continue;
        }
        if (found >= 0)
            return -1;
        found = (int)a;
    }
    return found;
}

/* "a lawsuit by NetChoice, a trade group ... Chris Marchese, director of
 * the NetChoice Litigation Center", "Microsoft will lay off ... the
 * leadership of Microsoft Gaming": a lone word named before the name it
 * opens, where two words or more follow it there or a word naming a
 * company's unit (schemas/word-lists.tsv, company-unit-ends), is a body
 * of its own (that name a unit of it), no short form. */
static bool S_unit_named_after(ng_document *doc, const ng_mention *m)
{
    int a = S_org_opened_by(doc, m->name, false);
    if (a < 0)
        return false;
    const char *rest = doc->actors[a].name + strlen(m->name) + 1;
    char *folded = ng_text_fold(rest, strlen(rest));
    bool unit = ng_lex_listed(doc->lex, "company-unit-ends", folded);
    free(folded);
    if ((!strchr(rest, ' ') && !unit) || strncmp(rest, "of ", 3) == 0)
        return false;
    /* (the word's first mention alone, for all its mentions: "Microsoft
     * agreed last year" after "Microsoft Gaming" too) */
    size_t first = m->tok_start;
    for (size_t o = 0; o < doc->nmention; o++)
        if (doc->mentions[o].tok_end == doc->mentions[o].tok_start + 1 && doc->mentions[o].tok_start < first &&
            !strcmp(doc->mentions[o].name, m->name))
            first = doc->mentions[o].tok_start;
    for (size_t k = 0; k < doc->actors[a].nmention; k++)
        if (doc->mentions[doc->actors[a].mentions[k]].tok_start < first)
            return false;
    return true;
}

/* "the Harvard community" after "Harvard University President Claudine
 * Gay" where "the Harvard Corporation" is named later: a lone word that
 * opens the names of several bodies (as S_org_by_first_word reads them)
 * is the one named most before it (the first of those named as often);
 * -1 if none. */
static int S_first_org_opened_by(ng_document *doc, const ng_mention *m)
{
    int best = -1;
    size_t best_n = 0, n = strlen(m->name);
    for (size_t a = 0; a < doc->nactor; a++) {
        const char *name = doc->actors[a].name;
        if (doc->actors[a].type != NG_ACTOR_ORG || strncasecmp(name, m->name, n) != 0 || name[n] != ' ')
            continue;
        /* (the words after it end a body's name, as S_org_opened_by asks) */
        const char *last = strrchr(name, ' ') + 1;
        char *f = ng_text_fold(last, strlen(last));
        bool body = ng_lex_is_org_word(doc->lex, f) || ng_lex_is_company_name_end(doc->lex, f);
        free(f);
        size_t count = 0, first = SIZE_MAX;
        for (size_t k = 0; body && k < doc->actors[a].nmention; k++) {
            size_t at = doc->mentions[doc->actors[a].mentions[k]].tok_start;
            if (at < m->tok_start) {
                count++;
                first = at < first ? at : first;
            }
        }
        if (count > best_n || (count == best_n && count > 0 && best >= 0 && first < SIZE_MAX &&
                               first < doc->mentions[doc->actors[best].mentions[0]].tok_start)) {
            best = (int)a;
            best_n = count;
        }
    }
    return best;
}

/* "Novo's head of development" after "Novo Nordisk", "Goldman" after
 * "Goldman Sachs", "Exxon said" after "Exxon Mobil": a word typed as a
 * body is the one body of two words it opens, the second a name and no
 * common word (not "Uber" and "Uber Money", "Disney" and "Disney
 * Channel"); -1 if none. */
static int S_company_by_first_name(ng_document *doc, const ng_mention *m)
{
    int a = S_org_opened_by(doc, m->name, true);
    if (a < 0 || strchr(doc->actors[a].name + strlen(m->name) + 1, ' '))
        return -1;
    const ng_mention *first = &doc->mentions[doc->actors[a].mentions[0]];
    if (first->tok_end - first->tok_start != 2)
        return -1;
    bool common;
    ng_mn_name_bits(doc, first->tok_end - 1, &common);
    /* (nor a product's name in camel case: "Apple AirPods") */
    const char *second = doc->toks[first->tok_end - 1].lower, *as_written = doc->actors[a].name + strlen(m->name) + 1;
    bool camel = false;
    for (size_t c = 1; second[c] && as_written[c]; c++)
        camel = camel || as_written[c] != second[c];
    /* (a common word too where the article opens with the two words and
     * names the body by the first alone only later: "Activision Blizzard
     * ... Activision's chief executive"; not "Uber ... Uber Money") */
    bool introduced = true;
    for (size_t k = 0; k < doc->nmention && introduced; k++)
        introduced = strcmp(doc->mentions[k].name, m->name) != 0 || doc->mentions[k].tok_start > first->tok_start;
    return (common && !introduced) || camel ? -1 : a;
}

/* "ComEd" after "Commonwealth Edison", "FedEx" after "Federal Express": a
 * word in camel case whose parts, each opened by a capital, open the words
 * of a body's name one by one (two words or more, as many as the parts);
 * that body, or -1. */
static int S_org_by_camel_parts(const ng_document *doc, const char *word)
{
    char parts[4][32];
    size_t n = 0, len = 0;
    for (const char *c = word; *c; c++) {
        if (isupper((unsigned char)*c) && len > 0) {
            if (++n == 4)
                return -1;
            len = 0;
        }
        if (!isalpha((unsigned char)*c) || len + 1 >= sizeof parts[0])
            return -1;
        parts[n][len++] = (char)tolower((unsigned char)*c);
        parts[n][len] = '\0';
    }
    if (++n < 2)
        return -1;
    for (size_t i = 0; i < n; i++)
        if (strlen(parts[i]) < 2)
            return -1;
    int found = -1;
    for (size_t a = 0; a < doc->nactor; a++) {
        if (doc->actors[a].type != NG_ACTOR_ORG)
            continue;
        const char *w = doc->actors[a].name;
        size_t i = 0;
        for (; i < n && *w; i++) {
            if (strncasecmp(w, parts[i], strlen(parts[i])) != 0)
                break;
            w = strchr(w, ' ');
            w = w ? w + 1 : "";
        }
        if (i == n && !*w) {
            if (found >= 0)
                return -1;
            found = (int)a;
        }
    }
    return found;
}

/* "Disney" after "Walt Disney Co": the one body whose name of three words
 * or more ends in a word of companies' names right after the word; -1 if
 * none or several. */
static int S_org_by_core_word(const ng_document *doc, const char *word)
{
    int found = -1;
    size_t n = strlen(word);
    for (size_t a = 0; a < doc->nactor; a++) {
        const char *name = doc->actors[a].name;
        const char *last = strrchr(name, ' ');
        if (doc->actors[a].type != NG_ACTOR_ORG || !last || last == strchr(name, ' '))
            continue;
        char *f = ng_text_fold(last + 1, strlen(last + 1));
        bool end = ng_lex_is_company_name_end(doc->lex, f) != 0;
        free(f);
        /* (the word whole, right before that last word) */
        bool before_end = last - name >= (ptrdiff_t)n + 1 && strncasecmp(last - n, word, n) == 0 &&
                          last[-(ptrdiff_t)n - 1] == ' ';
        if (!end || !before_end)
            continue;
        if (found >= 0)
            return -1;
        found = (int)a;
    }
    return found;
}

static void S_lone_org_words(ng_document *doc, const alias_table *acr)
{
    /* 3b. lone words typed as organizations: a person's surname, else the
     * organization */
    for (size_t i = 0; i < doc->nmention; i++) {
        ng_mention *m = &doc->mentions[i];
        if (m->actor >= 0 || m->type != NG_ACTOR_ORG || m->lex || m->tok_end - m->tok_start != 1 ||
            (doc->toks[m->tok_start].flags & NG_TOK_ALLCAPS))
            continue;
        /* (not where the tagger reads a body and a company's name opens
         * with the word: "Hess Corp ... John Hess ... Shares of Hess") */
        int company = doc->ner_labels && ng_ner_type(doc->ner_labels[m->tok_start]) == 2 && !S_unit_named_after(doc, m)
                          ? S_org_by_first_word(doc, m->name)
                          : -1;
        int a = company >= 0 ? -1 : S_person_by_word(doc, doc->toks[m->tok_start].lower);
        if (company >= 0) {
            a = company;
        } else if (a >= 0) {
            m->type = NG_ACTOR_PERSON;
        } else {
            a = S_alias_get(acr, doc->toks[m->tok_start].lower);
            if (a < 0)
                a = S_actor_by_name(doc, NG_ACTOR_ORG, m->name);
            if (a < 0 && !S_unit_named_after(doc, m))
                a = S_org_by_first_word(doc, m->name);
            if (a < 0 && !S_unit_named_after(doc, m))
                a = S_first_org_opened_by(doc, m);
            if (a < 0)
                a = S_club_by_last_word(doc, m->name); /* "the Celtics" of "the Boston Celtics" */
            if (a < 0)
                a = S_club_by_last_name_word(doc, m);
            if (a < 0)
                a = S_club_by_first_word(doc, m);
            if (a < 0)
                a = S_org_by_domain(doc, m->name); /* "An Amazon spokeswoman" after "Amazon.com Inc" */
            if (a < 0)
                a = S_company_by_first_name(doc, m);
            if (a < 0)
                a = S_org_by_camel_parts(doc, m->name);
            if (a < 0)
                a = S_org_by_core_word(doc, m->name);
            if (a < 0)
                a = ng_actor_add(doc, NG_ACTOR_ORG, m->name);
        }
        S_attach(doc, i, a);
    }
}

/* ", which is owned by ...", ", which is based in ...": a relative clause
 * right after token k (`body-relative-words` within its first words)
 * that says what a body is. */
static bool S_body_by_relative(const ng_document *doc, size_t k)
{
    if (k + 2 >= doc->ntok || !ng_tok_is(doc, k, ",") || !ng_tok_is(doc, k + 1, "which"))
        return false;
    size_t sent = doc->toks[k].sent;
    for (size_t q = k + 2; q < doc->ntok && q < k + 6 && doc->toks[q].sent == sent && !ng_tok_is(doc, q, ","); q++)
        if (ng_lex_listed(doc->lex, "body-relative-words", doc->toks[q].lower))
            return true;
    return false;
}

/* "Mohamed Hamdan Dagalo, known as Hemedti,": the name a person is known
 * by names that person here and from here on. */
static void S_nicknames(ng_document *doc, alias_table *acr)
{
    for (size_t i = 0; i < doc->nmention; i++) {
        const ng_mention *m = &doc->mentions[i];
        if (m->type != NG_ACTOR_PERSON || m->actor < 0 || m->tok_end >= doc->ntok || !ng_tok_is(doc, m->tok_end, ","))
            continue;
        bool said;
        size_t at = S_defined_acronym(doc, m->tok_end, &said);
        int n = at && said ? ng_mention_at(doc, at) : -1;
        if (n < 0 || doc->mentions[n].tok_start != at || doc->mentions[n].actor >= 0 ||
            doc->mentions[n].tok_end - doc->mentions[n].tok_start != 1)
            continue;
        S_alias_put(doc, acr, doc->mentions[n].name, m->actor);
        doc->mentions[n].type = NG_ACTOR_PERSON;
        S_attach(doc, (size_t)n, m->actor);
    }
}

static void S_lone_words(ng_document *doc, alias_table *acr)
{
    /* 4. lone words: first those typed as people, then the untyped, so
     * that an untyped word finds a person however late the article types
     * the name ("find Pag ..." before "Pag said") */
    for (int pass = 0; pass < 2; pass++)
    for (size_t i = 0; i < doc->nmention; i++) {
        ng_mention *m = &doc->mentions[i];
        if (m->actor >= 0 || m->type != (pass == 0 ? NG_ACTOR_PERSON : 0))
            continue;
        const char *w = doc->toks[m->tok_start].lower;
        /* "in Hayward" after the dateline "HAYWARD, Calif.": the place,
         * unless it is the surname of a person named in full ("Osaka said"
         * after "Naomi Osaka" and a dateline "OSAKA, Japan") */
        if (m->tok_end - m->tok_start == 1 && !m->title && S_person_by_word_ranked(doc, w, true) < 0) {
            int place = S_actor_by_name(doc, NG_ACTOR_PLACE, m->name);
            /* (and "the Kwaremont": a person's name takes no "the") */
            if (place < 0 && m->tok_start > 0 && ng_tok_is(doc, m->tok_start - 1, "the"))
                place = S_actor_by_tail(doc, NG_ACTOR_PLACE, m->name);
            if (place >= 0) {
                m->type = NG_ACTOR_PLACE;
                S_attach(doc, i, place);
                continue;
            }
        }
        int a = m->tok_end - m->tok_start == 1 ? S_person_by_word(doc, w) : -1;
        if (a < 0) {
            /* (a body's acronym, or the name a person is known by) */
            int org = S_alias_get(acr, w);
            if (org >= 0) {
                m->type = doc->actors[org].type == NG_ACTOR_PERSON ? NG_ACTOR_PERSON : NG_ACTOR_ORG;
                S_attach(doc, i, org);
                continue;
            }
        }
        /* "Kestrel expects ..." after "Kestrel Analytics, a research
         * firm,": a lone word no person has, untitled, that opens the name
         * of one body the article named, is that body */
        /* (not a word before a title or a name: "said Oversight ranking
         * Democrat Elijah Cummings") */
        bool common;
        size_t e = m->tok_end;
        bool before_title = e < doc->ntok && ((doc->toks[e].flags & NG_TOK_CAP) || ng_mn_title_word(doc, e) ||
                                              ng_lex_is_title_mod(doc->lex, doc->toks[e].lower));
        /* (a word the names tables hold too where the body's name ends
         * as companies' do: "Calder said" after "Calder Therapeutics") */
        if (a < 0 && m->tok_end - m->tok_start == 1 && !m->title && !before_title &&
            (!(ng_mn_name_bits(doc, m->tok_start, &common) & (1u | 16u)) || S_company_opened_by(doc, m) >= 0) &&
            S_actor_by_name(doc, NG_ACTOR_PERSON, m->name) < 0) {
            int org = S_org_opened_by(doc, m->name, true);
            /* ("The Knicks were without" after "the New York Knicks": a
             * plural, as teams' names end) */
            if (org < 0 && S_plural_word(m->name))
                org = S_club_by_last_name_word(doc, m);
            if (org >= 0) {
                m->type = NG_ACTOR_ORG;
                S_attach(doc, i, org);
                continue;
            }
        }
        if (a < 0) {
            a = S_actor_by_name(doc, NG_ACTOR_PERSON, m->name);
            if (a < 0 && m->type == NG_ACTOR_PERSON)
                a = ng_actor_add(doc, NG_ACTOR_PERSON, m->name);
        }
        /* "Boeing on Wednesday named ..." (a word the tagger read as a
         * verb) where "where Boeing builds its jets" names the body: an
         * untyped word no person has, no common word ("Super", "House"),
         * is the body of that very name */
        bool common_word = false;
        if (a < 0 && m->type == 0 && m->tok_end - m->tok_start == 1)
            ng_mn_name_bits(doc, m->tok_start, &common_word);
        int body = a < 0 && m->type == 0 && !common_word ? S_actor_by_name(doc, NG_ACTOR_ORG, m->name) : -1;
        /* ("Ticketmaster, which is owned by Live Nation,": a relative
         * clause that says what a body is) */
        if (body < 0 && a < 0 && m->type == 0 && !common_word && m->tok_end - m->tok_start == 1 &&
            S_body_by_relative(doc, m->tok_end))
            body = ng_actor_add(doc, NG_ACTOR_ORG, m->name);
        if (body >= 0) {
            m->type = NG_ACTOR_ORG;
            S_attach(doc, i, body);
            continue;
        }
        if (a >= 0) {
            m->type = NG_ACTOR_PERSON;
            S_attach(doc, i, a);
        }
    }
}

static void S_unnamed_groups(ng_document *doc)
{
    /* 5. unnamed groups */
    for (size_t i = 0; i < doc->nmention; i++) {
        ng_mention *m = &doc->mentions[i];
        if (m->type != NG_ACTOR_GROUP)
            continue;
        int a = S_actor_by_name(doc, NG_ACTOR_GROUP, m->name);
        if (a < 0) {
            a = ng_actor_add(doc, NG_ACTOR_GROUP, m->name);
            if (m->affil_lex)
                ng_actor_add_affiliation(doc, a, S_demonym_actor(doc, m));
        }
        S_attach(doc, i, a);
    }
}

static void S_titles_and_affiliations(ng_document *doc)
{
    /* 6. titles and affiliations */
    for (size_t i = 0; i < doc->nmention; i++) {
        ng_mention *m = &doc->mentions[i];
        if (m->actor < 0)
            continue;
        if (m->title && doc->actors[m->actor].type == NG_ACTOR_PERSON) {
            ng_actor_add_title(doc, m->actor, m->title);
            for (int k = 0; k < 2 && m->more_titles[k]; k++)
                ng_actor_add_title(doc, m->actor, m->more_titles[k]);
        }
        for (int k = 0; k < 2; k++)
            if (m->affil_mention[k] >= 0 && doc->mentions[m->affil_mention[k]].actor >= 0)
                ng_actor_add_affiliation(doc, m->actor, doc->mentions[m->affil_mention[k]].actor);
        if (m->affil_lex && m->type != NG_ACTOR_GROUP)
            ng_actor_add_affiliation(doc, m->actor, S_demonym_actor(doc, m));
        if (m->affil_described >= 0 && doc->actors[m->actor].type == NG_ACTOR_PERSON) {
            size_t d = (size_t)m->affil_described;
            /* ("Her lawyer, Ben Myers": the person "her" stands for) */
            bool pronoun = ng_tok_is(doc, d, "his") || ng_tok_is(doc, d, "her");
            int body = pronoun ? ng_person_for_pronoun(doc, d) : ng_org_described(doc, d);
            if (body < 0 && !pronoun)
                body = S_country_described(doc, d);
            /* ("his teammate Lewis Hamilton": the bodies of the one "his"
             * stands for, `peer-heads`) */
            bool peer = m->affil_peer;
            for (size_t f = 0; peer && body >= 0 && body != m->actor && f < doc->actors[body].naffil; f++)
                if (doc->actors[doc->actors[body].affil[f]].type == NG_ACTOR_ORG)
                    ng_actor_add_affiliation(doc, m->actor, doc->actors[body].affil[f]);
            if (body >= 0 && body != m->actor && !peer)
                ng_actor_add_affiliation(doc, m->actor, body);
        }
    }
}

static void S_institution_units(ng_document *doc, alias_table *acr)
{
    /* 7. units of a named institution ("CSIS International Security
     * Program"): the unit belongs to it, and so do its staff. */
    for (size_t a = 0; a < doc->nactor; a++) {
        ng_actor *o = &doc->actors[a];
        if (o->type != NG_ACTOR_ORG || o->lex)
            continue;
        const char *sp = strchr(o->name, ' ');
        if (!sp)
            continue;
        char *first = ng_text_fold(o->name, (size_t)(sp - o->name));
        int parent = S_alias_get(acr, first);
        if (parent < 0) {
            const ng_lex_entry *e = ng_lex_name(doc->lex, first);
            if (e && e->kind == NG_ACTOR_ORG)
                parent = ng_actor_for_lex(doc, e);
        }
        free(first);
        if (parent >= 0 && parent != (int)a) {
            ng_actor_add_affiliation(doc, (int)a, parent);
            /* "the Senate Judiciary Committee" names the Senate too: its
             * first word is the parent's evidence when nothing else is */
            ng_actor *pa = &doc->actors[parent];
            o = &doc->actors[a]; /* ng_actor_for_lex may have moved the array */
            if (pa->nmention == 0 && pa->nnamed_at == 0 && o->nmention > 0) {
                uint32_t t0 = doc->mentions[o->mentions[0]].tok_start;
                ng_actor_named_at(doc, parent, t0, t0 + 1);
            }
        }
    }
    for (size_t a = 0; a < doc->nactor; a++) {
        ng_actor *p = &doc->actors[a];
        if (p->type != NG_ACTOR_PERSON)
            continue;
        size_t n = p->naffil;
        for (size_t k = 0; k < n; k++) {
            ng_actor *o = &doc->actors[p->affil[k]];
            if (o->type == NG_ACTOR_ORG && !o->lex)
                for (size_t q = 0; q < o->naffil; q++)
                    if (doc->actors[o->affil[q]].type == NG_ACTOR_ORG)
                        ng_actor_add_affiliation(doc, (int)a, o->affil[q]);
        }
    }
}

static void S_legislatures(ng_document *doc)
{
    /* 8. a senator sits in the article's Senate, a member of parliament in
     * its parliament */
    for (size_t a = 0; a < doc->nactor; a++) {
        ng_actor *p = &doc->actors[a];
        if (p->type != NG_ACTOR_PERSON)
            continue;
        for (size_t t = 0; t < p->ntitle; t++) {
            char *f = ng_text_fold(p->titles[t], strlen(p->titles[t]));
            bool sen = strstr(f, "senator") || strstr(f, "sen.") == f;
            bool rep = strstr(f, "rep.") == f || strstr(f, "representative") || strstr(f, "congressman") ||
                       strstr(f, "congresswoman");
            const char *body = sen ? "senate"
                               : rep ? "house of representatives"
                               : strstr(f, "lawmaker") || strstr(f, "mp") == f ? "parliament"
                                                                               : NULL;
            for (size_t o = 0; body && o < doc->nactor; o++) {
                if (doc->actors[o].type != NG_ACTOR_ORG)
                    continue;
                char *g = ng_text_fold(doc->actors[o].name, strlen(doc->actors[o].name));
                if (strstr(g, body))
                    ng_actor_add_affiliation(doc, (int)a, (int)o);
                free(g);
            }
            free(f);
        }
    }
}

static void S_actor_confidence(ng_document *doc)
{
    /* 9. confidence: lexicon knowledge, titles, repeated mentions and the
     * tagger's agreement raise it; a lone guess lowers it */
    for (size_t a = 0; a < doc->nactor; a++) {
        ng_actor *p = &doc->actors[a];
        int c = 70;
        if (p->lex)
            c = 95;
        else if (p->type == NG_ACTOR_GROUP)
            c = 80;
        else {
            bool agreed = false, guessed = true;
            for (size_t k = 0; k < p->nmention; k++) {
                const ng_mention *m = &doc->mentions[p->mentions[k]];
                guessed = guessed && m->guessed;
                if (doc->ner_labels) {
                    int t = ng_ner_type(doc->ner_labels[m->tok_start]);
                    agreed = agreed || (t == 1 && p->type == NG_ACTOR_PERSON) || (t == 2 && p->type == NG_ACTOR_ORG) ||
                             (t == 3 && p->type == NG_ACTOR_PLACE);
                }
            }
            if (p->ntitle || p->nmention >= 2)
                c += 10;
            if (agreed)
                c += 10;
            if (guessed && !agreed)
                c -= 15;
        }
        p->confidence = c > 99 ? 99 : c;
    }
}

static void S_publisher(ng_document *doc)
{
    /* 10. the publisher */
    const char *pub = doc->art->publisher;
    if (pub && *pub) {
        char *f = ng_text_fold(pub, strlen(pub));
        const ng_lex_entry *e = ng_lex_name(doc->lex, f);
        free(f);
        if (e && e->kind == NG_ACTOR_ORG) {
            doc->publisher = ng_actor_for_lex(doc, e);
            ng_actor_add_alt(doc, doc->publisher, ng_arena_strdup(&doc->arena, pub));
        } else {
            doc->publisher = S_actor_by_name(doc, NG_ACTOR_ORG, pub);
            if (doc->publisher < 0)
                doc->publisher = ng_actor_add(doc, NG_ACTOR_ORG, ng_arena_strdup(&doc->arena, pub));
        }
    }
}

/* "Council member Candi CdeBaca", "Council President Jamie Torres" after
 * "the Denver City Council": a title opening with a body's word written
 * with its capital, no nation's office, is held at the one body the
 * article named whose name ends in that word. */
static void S_title_bodies(ng_document *doc)
{
    for (size_t a = 0; a < doc->nactor; a++) {
        ng_actor *p = &doc->actors[a];
        for (size_t t = 0; p->type == NG_ACTOR_PERSON && p->naffil == 0 && t < p->ntitle; t++) {
            const char *title = p->titles[t], *space = strchr(title, ' ');
            char word[32];
            size_t n = space ? (size_t)(space - title) : 0;
            if (n == 0 || n >= sizeof word || title[0] < 'A' || title[0] > 'Z')
                continue;
            for (size_t c = 0; c < n; c++)
                word[c] = (char)tolower((unsigned char)title[c]);
            word[n] = '\0';
            /* (not a nation's office: "House Speaker" is no post at a
             * "Republican House") */
            char *folded = ng_text_fold(title, strlen(title));
            bool national = S_national_title(doc, folded);
            free(folded);
            if (national || !ng_lex_is_org_word(doc->lex, word))
                continue;
            int body = S_actor_by_tail(doc, NG_ACTOR_ORG, word);
            if (body >= 0)
                ng_actor_add_affiliation(doc, (int)a, body);
        }
    }
}

/* Names to actors, in this order: what the lexicons know, organizations
 * and places, acronyms, people named in full, lone words, unnamed
 * groups; then what links them (titles, affiliations, units of an
 * institution, legislatures), how sure each is, and the publisher. */
void ng_resolve_actors(ng_document *doc)
{
    alias_table acr = {0};
    S_lexicon_names(doc);
    S_names_by_type(doc);
    S_acronym_orgs(doc, &acr);
    S_full_person_names(doc);
    S_nicknames(doc, &acr);
    S_lone_org_words(doc, &acr);
    S_lone_words(doc, &acr);
    ng_type_actors(doc);
    S_unnamed_groups(doc);
    S_titles_and_affiliations(doc);
    S_institution_units(doc, &acr);
    S_legislatures(doc);
    S_described_affiliations(doc);
    S_demonym_described_affiliations(doc);
    S_title_mentions(doc);
    S_demonym_descriptions(doc);
    S_body_role_descriptions(doc);
    S_age_descriptions(doc);
    S_title_bodies(doc);
    S_home_country(doc);
    S_dateline_bodies(doc);
    S_home_city(doc);
    S_home_state(doc);
    S_side_of_sentence(doc);
    S_spokespeople(doc);
    S_executives_reported(doc);
    S_leaders_by_relative(doc);
    S_home_company(doc);
    S_actor_confidence(doc);
    S_publisher(doc);
}
