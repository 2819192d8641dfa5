/* mentions_passes.c -- whole-article passes over the names found:
 * quoted titles, offices, courtesy titles, nationals and groups, sports
 * sides, headlines in capitals or title case, state abbreviations, forms
 * no person has. Each reads the article's mentions once more in view of
 * all of them. Stages of ng_find_mentions (mentions.c). */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "cluster.h"
#include "internal.h"
#include "mentions.h"
#include "ner.h"

/* Is mention m all there is between a pair of quotation marks (a comma or
 * full stop may stand before the closing one)? */
static bool S_quoted_alone(const ng_document *doc, const ng_mention *m)
{
    size_t i = m->tok_start, j = m->tok_end;
    /* ("The Tortured Poets Department,": the article opens the title) */
    if (i >= 2 && (doc->toks[i - 1].flags & NG_TOK_CAP) &&
        (ng_tok_is(doc, i - 1, "the") || ng_tok_is(doc, i - 1, "a") || ng_tok_is(doc, i - 1, "an")))
        i--;
    if (i == 0 || !(doc->toks[i - 1].flags & NG_TOK_QUOTE) || j >= doc->ntok)
        return false;
    if (doc->toks[j].flags & NG_TOK_QUOTE)
        return true;
    char c = doc->art->text[doc->toks[j].start];
    return (c == ',' || c == '.') && j + 1 < doc->ntok && (doc->toks[j + 1].flags & NG_TOK_QUOTE);
}

/* Is mention m inside a short quotation in title case ("The Prime of Miss
 * Jean Brodie", "California Suite", "The Parsonage Garden at Nuenen in
 * Spring"): two words or more, each capitalized or a small word
 * (`title-small-words`), no punctuation? The title of a work; words
 * quoted as said run in lower case or end in a comma or full stop. */
/* "'s" split from a word of a title ("What's Love Got to Do With It"). */
static bool S_clitic_s(const ng_document *doc, size_t k)
{
    return ng_tok_is(doc, k, "'s") || ng_tok_is(doc, k, "\xe2\x80\x99s");
}

static bool S_in_title_quote(const ng_document *doc, const ng_mention *m)
{
    uint32_t sent = doc->toks[m->tok_start].sent;
    size_t open = m->tok_start, close = m->tok_end;
    while (open > 0 && m->tok_start - open < 10 && doc->toks[open - 1].sent == sent &&
           (!(doc->toks[open - 1].flags & (NG_TOK_QUOTE | NG_TOK_PUNCT)) || S_clitic_s(doc, open - 1)))
        open--;
    while (close < doc->ntok && close - m->tok_end < 10 && doc->toks[close].sent == sent &&
           !(doc->toks[close].flags & (NG_TOK_QUOTE | NG_TOK_PUNCT)))
        close++;
    /* (a comma or full stop may stand before the closing mark) */
    size_t mark = close;
    if (mark + 1 < doc->ntok && (doc->art->text[doc->toks[mark].start] == ',' ||
                                 doc->art->text[doc->toks[mark].start] == '.'))
        mark++;
    if (open == 0 || mark >= doc->ntok || !(doc->toks[open - 1].flags & NG_TOK_OPEN) ||
        !(doc->toks[mark].flags & NG_TOK_QUOTE) || (doc->toks[mark].flags & NG_TOK_OPEN) ||
        doc->toks[mark].sent != sent || close - open < 2 || (open == m->tok_start && close == m->tok_end) ||
        !(doc->toks[open].flags & NG_TOK_CAP))
        return false;
    /* (a show's host named in its title is the host: ""This Week with
     * George Stephanopoulos"") */
    if (m->tok_start > open && ng_tok_is(doc, m->tok_start - 1, "with"))
        return false;
    /* (after a word, as a name is: "for "California Suite"", "the "Air
     * Force One" theme", "Martin Scorsese's "Killers of the Flower
     * Moon""; not words said after a comma or a verb of saying:
     * "interjecting, "Only Rosie O'Donnell."") */
    size_t before = open - 1;
    /* (a work's name in apposition to its noun, whatever its words: "The
     * painting, "Femme a la montre," came from") */
    if (before >= 2 && ng_tok_is(doc, before - 1, ",") &&
        ng_lex_listed(doc->lex, "work-nouns", doc->toks[before - 2].lower))
        return true;
    if (before == 0 || !(doc->toks[before - 1].flags & (NG_TOK_WORD | NG_TOK_POSS)) ||
        ng_lex_speech_verb(doc->lex, doc->toks[before - 1].lower))
        return false;
    /* a capitalized word of no name ("Suite", "The"): not names and small
     * words alone ("in Iraq and Syria"), nor a title and a name
     * ("President Bernie Sanders") */
    bool own = false;
    for (size_t k = open; k < close; k++) {
        if (!(doc->toks[k].flags & NG_TOK_CAP) && !ng_lex_listed(doc->lex, "title-small-words", doc->toks[k].lower) &&
            !S_clitic_s(doc, k))
            return false;
        bool named = false; /* (the mentions' index is not built yet) */
        for (size_t o = 0; o < doc->nmention && !named; o++)
            named = doc->mentions[o].type > 0 && doc->mentions[o].tok_start <= k && k < doc->mentions[o].tok_end;
        own = own || ((doc->toks[k].flags & NG_TOK_CAP) && !named && !ng_mn_title_word(doc, k));
    }
    /* (or names alone after a noun for a work: "the screenplay of
     * "Shakespeare in Love"", "the play "Rosencrantz and Guildenstern"") */
    size_t noun = before >= 2 && ng_tok_is(doc, before - 1, "of") ? before - 2 : before - 1;
    return own || ng_lex_listed(doc->lex, "released-works", doc->toks[noun].lower) ||
           ng_lex_listed(doc->lex, "work-nouns", doc->toks[noun].lower);
}

/* Does the article name m's name outside a quoted title too ("Emperor
 * Norton ... "The Emperor Norton Bridge"")? Then it is an actor of the
 * article and the title speaks of it. */
static bool S_named_outside_titles(const ng_document *doc, const ng_mention *m)
{
    for (size_t o = 0; o < doc->nmention; o++) {
        const ng_mention *om = &doc->mentions[o];
        if (om != m && om->type >= 0 && !strcmp(om->name, m->name) && !S_in_title_quote(doc, om))
            return true;
    }
    return false;
}

/* "a novel called "Prophet Song"", "known as "Long Hair"": capitalized
 * words quoted alone are the title of a work or a nickname, no actor,
 * unless the lexicon knows them; so are names inside a title quoted with
 * more words that the article names nowhere else ("for "The Prime of Miss
 * Jean Brodie""). */
void ng_mn_quoted_names(ng_document *doc)
{
    for (size_t m = 0; m < doc->nmention; m++) {
        ng_mention *mm = &doc->mentions[m];
        if (mm->type > 0 && !mm->lex && !mm->title && S_quoted_alone(doc, mm))
            mm->type = 0;
        if (mm->type > 0 && !mm->lex && S_in_title_quote(doc, mm) && !S_named_outside_titles(doc, mm))
            mm->type = -1;
        /* "Christopher Nolan's "Oppenheimer"", "the album "Midnights"": a
         * work's title names no one, not even by a surname */
        size_t q = mm->tok_start;
        if (mm->type == 0 && !mm->lex && q >= 2 && (doc->toks[q - 1].flags & NG_TOK_QUOTE) &&
            ((doc->toks[q - 2].flags & NG_TOK_POSS) ||
             ng_lex_listed(doc->lex, "released-works", doc->toks[q - 2].lower)) &&
            S_quoted_alone(doc, mm))
            mm->type = -1;
    }
}

/* "the U.S. Attorney's Office", "the Sheriff's Office": an office named by
 * the post it serves. An organization named by one organization word, right
 * after a possessive, takes the capitalized words before the possessive
 * into its name; a person the rules read there ("Manhattan District
 * Attorney") is part of the name, a country its affiliation. */
void ng_mn_possessive_offices(ng_document *doc)
{
    for (size_t m = 0; m < doc->nmention; m++) {
        ng_mention *o = &doc->mentions[m];
        size_t i = o->tok_start;
        if (o->type != NG_ACTOR_ORG || o->lex || o->tok_end != i + 1 || i < 2 ||
            !ng_lex_is_org_word(doc->lex, doc->toks[i].lower) || !(doc->toks[i - 1].flags & NG_TOK_POSS))
            continue;
        size_t lo = doc->sents[doc->toks[i].sent].tok_start, p = i - 1;
        while (p > lo && p + 5 > i && (doc->toks[p - 1].flags & (NG_TOK_CAP | NG_TOK_ALLCAPS)) &&
               !ng_lex_is_stop_cap(doc->lex, doc->toks[p - 1].lower))
            p--;
        if (p == i - 1 || !ng_lex_is_title_head(doc->lex, doc->toks[i - 2].lower))
            continue;
        for (size_t q = 0; q < doc->nmention; q++) {
            ng_mention *in = &doc->mentions[q];
            if (q == m || in->type < 0 || in->tok_start < p || in->tok_end > i - 1)
                continue;
            if (in->lex && in->lex->place_kind == NG_PLACE_COUNTRY)
                ng_mn_set_demonym(o, in->lex, in->tok_start, in->tok_end);
            in->type = -1;
        }
        o->tok_start = (uint32_t)p;
        o->start = doc->toks[p].start;
        o->name = ng_mn_name_range(doc, p, o->tok_end);
    }
}

int ng_mn_by_start(const void *a, const void *b)
{
    const ng_mention *x = a, *y = b;
    if (x->start != y->start)
        return x->start < y->start ? -1 : 1;
    return x->end > y->end ? -1 : x->end < y->end;
}

/* "Ms. Rivera, a spokeswoman": a courtesy title says that the name after
 * it is a person's, whatever the tagger reads there (a place). */
void ng_mn_courtesy_people(ng_document *doc)
{
    for (size_t m = 0; m < doc->nmention; m++) {
        ng_mention *mm = &doc->mentions[m];
        if (mm->type == 0 && !mm->lex && mm->tok_start > 0 &&
            ng_lex_is_courtesy_title(doc->lex, doc->toks[mm->tok_start - 1].lower)) {
            mm->type = NG_ACTOR_PERSON;
            mm->guessed = false;
        }
    }
}

/* Per token: the live mention covering it and the one starting there, or
 * -1 (one pass, so that the word-by-word passes below stay linear). */
static void S_cover_index(ng_document *doc, int32_t **cover, int32_t **starting)
{
    *cover = ng_arena_alloc(&doc->arena, (doc->ntok + 1) * sizeof **cover);
    *starting = ng_arena_alloc(&doc->arena, (doc->ntok + 1) * sizeof **starting);
    for (size_t t = 0; t < doc->ntok; t++)
        (*cover)[t] = (*starting)[t] = -1;
    for (size_t m = 0; m < doc->nmention; m++) {
        const ng_mention *o = &doc->mentions[m];
        if (o->type < 0)
            continue;
        (*starting)[o->tok_start] = (int32_t)m;
        for (size_t t = o->tok_start; t < o->tok_end; t++)
            (*cover)[t] = (int32_t)m;
    }
}

/* Is word t free for a name of its own: no mention covers it, or only an
 * untyped guess of it alone (then *own)? */
static bool S_word_free(ng_document *doc, const int32_t *cover, size_t t, ng_mention **own)
{
    *own = cover[t] >= 0 ? &doc->mentions[cover[t]] : NULL;
    return !*own || ((*own)->tok_start == t && (*own)->tok_end == t + 1 && (*own)->type == 0 && !(*own)->lex);
}

/* The same, where the word may stand alone as a person's name, untitled. */
static bool S_word_free_or_person(ng_document *doc, const int32_t *cover, size_t t, ng_mention **own)
{
    if (S_word_free(doc, cover, t, own))
        return true;
    return (*own)->tok_start == t && (*own)->tok_end == t + 1 && (*own)->type == NG_ACTOR_PERSON && !(*own)->lex &&
           !(*own)->title;
}

/* Does an organization's name of several words open with the word of
 * one-word mention m? */
static bool S_opens_org_name(const ng_document *doc, const ng_mention *m)
{
    for (size_t o = 0; o < doc->nmention; o++) {
        const ng_mention *om = &doc->mentions[o];
        if (om->type == NG_ACTOR_ORG && om->tok_end - om->tok_start >= 2 &&
            !strcmp(doc->toks[om->tok_start].lower, doc->toks[m->tok_start].lower))
            return true;
    }
    return false;
}

/* "Shakhtar Donetsk drew 1-1 ... Shakhtar manager Marino Pušić ...
 * Shakhtar are fourth": a one-word name that is a body at one mention and
 * opens a body's longer name is a body at its other mentions too (not a
 * word of the name of a person the article names in full). */
static void S_short_names_one_type(ng_document *doc)
{
    for (size_t m = 0; m < doc->nmention; m++) {
        const ng_mention *mm = &doc->mentions[m];
        if (mm->type != NG_ACTOR_ORG || mm->lex || mm->tok_end != mm->tok_start + 1 ||
            ng_mn_word_of_full_name(doc, mm->tok_start, true, false) || !S_opens_org_name(doc, mm))
            continue;
        for (size_t o = 0; o < doc->nmention; o++)
            if (doc->mentions[o].type == NG_ACTOR_PERSON && !doc->mentions[o].lex && !doc->mentions[o].title &&
                !strcmp(doc->mentions[o].name, mm->name)) {
                ng_mn_name_becomes_org(doc, (int)o);
                break;
            }
    }
}

/* The initials of a name's capitalized words and numbers, folded:
 * "Center for Strategic and International Studies" -> "csis",
 * "Movimento 5 Stelle" -> "m5s", "Group 77 Forum" -> "g77f". */
static size_t S_initials(const char *name, char *ini, size_t cap)
{
    size_t n = 0;
    bool start = true;
    for (const char *p = name; *p && n < cap - 1; p++) {
        if (*p == ' ' || *p == '-') {
            start = true;
            continue;
        }
        bool digit = *p >= '0' && *p <= '9';
        if ((start && *p >= 'A' && *p <= 'Z') || (digit && (start || (p[-1] >= '0' && p[-1] <= '9'))))
            ini[n++] = (char)(digit ? *p : *p + 32);
        start = false;
    }
    ini[n] = '\0';
    return n;
}

static int S_char_cmp(const void *a, const void *b)
{
    return *(const char *)a - *(const char *)b;
}

/* Whether an acronym is the name's initials; with any_order, also in
 * another order, as when the acronym comes from the name in its own
 * language ("Italian Episcopal Conference (CEI)", Conferenza Episcopale
 * Italiana). */
bool ng_mn_initials_match(const char *name, const char *acr, bool any_order)
{
    /* "the CDC" after "the U.S. Centers for Disease Control": the country's
     * abbreviation before a name is not part of its acronym */
    const char *space = strchr(name, ' ');
    if (space && space - name >= 4 && space[-1] == '.' && memchr(name, '.', (size_t)(space - name - 1)) &&
        ng_mn_initials_match(space + 1, acr, any_order))
        return true;
    char ini[32];
    S_initials(name, ini, sizeof ini);
    size_t m = 0;
    char a[32];
    for (const char *p = acr; *p && m < sizeof a - 1; p++)
        if (*p != '.' && *p != '&') /* ("J&J" of "Johnson & Johnson") */
            a[m++] = (char)(*p >= 'A' && *p <= 'Z' ? *p + 32 : *p);
    a[m] = '\0';
    if (m < 2)
        return false;
    if (strcmp(ini, a) == 0)
        return true;
    /* "BOJ" of the "Bank of Japan", "DOJ" of the "Department of Justice":
     * an "of" may give its letter too */
    if (strstr(name, " of ")) {
        char *with_of = strdup(name);
        for (char *p = strstr(with_of, " of "); p; p = strstr(p + 1, " of "))
            p[1] = 'O';
        char ini_of[32];
        S_initials(with_of, ini_of, sizeof ini_of);
        free(with_of);
        if (strcmp(ini_of, a) == 0)
            return true;
    }
    /* "CDC" for the "Centers for Disease Control and Prevention": a name
     * grown by a last "and ..." keeps the acronym it had before */
    const char *last_and = strstr(name, " and ");
    for (const char *p = last_and; p; p = strstr(p + 1, " and "))
        last_and = p;
    if (m >= 3 && last_and && (size_t)(last_and - name) < sizeof ini) {
        char head[32];
        memcpy(head, name, (size_t)(last_and - name));
        head[last_and - name] = '\0';
        char head_ini[32];
        if (S_initials(head, head_ini, sizeof head_ini) == m && strcmp(head_ini, a) == 0)
            return true;
    }
    if (!any_order || strlen(ini) != m)
        return false;
    qsort(ini, m, 1, S_char_cmp);
    qsort(a, m, 1, S_char_cmp);
    return strcmp(ini, a) == 0;
}

/* "Corvane spokesman Tom Alvarez" after "Corvane Semiconductor": a
 * capitalized word no name covers, right before a title and a person, that
 * opens an organization's name of several words elsewhere in the article
 * is that organization by its short name (actors.c merges the two). */
void ng_mn_short_org_names(ng_document *doc)
{
    int32_t *cover, *starting;
    S_cover_index(doc, &cover, &starting);
    size_t n = doc->nmention;
    for (size_t t = 0; t + 2 < doc->ntok; t++) {
        const ng_token *w = &doc->toks[t];
        bool acronym = (w->flags & NG_TOK_ALLCAPS) != 0;
        if (!(w->flags & NG_TOK_CAP) || ng_mn_title_word(doc, t) ||
            ng_lex_is_stop_cap(doc->lex, w->lower) || ng_lex_demonym(doc->lex, w->lower))
            continue;
        /* the title: words of titles ending in a head ("spokesman", "Chief
         * Executive"), not a town's office ("Charlotte Mayor") */
        size_t q = t + 1;
        while (q < doc->ntok && q < t + 4 && ng_mn_title_word(doc, q) && starting[q] < 0)
            q++;
        if (q == t + 1 || q >= doc->ntok || !ng_lex_is_title_head(doc->lex, doc->toks[q - 1].lower) ||
            ng_mn_civic_title(doc, t + 1, q))
            continue;
        int p = starting[q];
        if (p < 0 || (doc->mentions[p].type != NG_ACTOR_PERSON && doc->mentions[p].type != 0))
            continue;
        /* (nor a demonym's last word: "South Korean President Yoon" beside
         * "the Korean Confederation of Trade Unions") */
        if (t > 0 && (doc->toks[t - 1].flags & NG_TOK_CAP) &&
            ng_lex_demonym(doc->lex, ng_doc_fold_range(doc, t - 1, t + 1)))
            continue;
        ng_mention *own;
        /* (or a person's, where no one the article names in full has the
         * word as a name: "Shakhtar manager Marino Pušić" after
         * "Shakhtar Donetsk drew", not "Trump spokesman" beside "the Trump
         * Organization") */
        ng_mention *one = cover[t] >= 0 ? &doc->mentions[cover[t]] : NULL;
        bool person = one && one->tok_start == t && one->tok_end == t + 1 && one->type == NG_ACTOR_PERSON &&
                      !one->lex && !one->title && !ng_mn_word_of_full_name(doc, t, true, false);
        if (!S_word_free(doc, cover, t, &own) && !person)
            continue;
        bool org_elsewhere = false;
        for (size_t m = 0; m < n && !org_elsewhere; m++) {
            const ng_mention *o = &doc->mentions[m];
            /* (or the body's one-word name: "Boeing Chief Executive Kelly
             * Ortberg" opening a sentence, "cost Boeing $100 million") */
            org_elsewhere = o->type == NG_ACTOR_ORG && o->tok_start != t &&
                            (o->tok_end - o->tok_start >= 2 || !o->lex) &&
                            !(doc->toks[o->tok_start].flags & NG_TOK_ALLCAPS) &&
                            strcmp(doc->toks[o->tok_start].lower, w->lower) == 0;
            /* ("UAW President Shawn Fain" after "the United Auto Workers":
             * an acronym of the initials of a body's name) */
            org_elsewhere = org_elsewhere || (acronym && o->type == NG_ACTOR_ORG && o->tok_end - o->tok_start >= 2 &&
                                              ng_mn_initials_match(o->name, w->lower, false));
        }
        if (!org_elsewhere)
            continue;
        if (person)
            ng_mn_name_becomes_org(doc, cover[t]);
        else if (own)
            own->type = NG_ACTOR_ORG;
        else
            ng_mn_add(doc, t, t + 1, NG_ACTOR_ORG);
    }
    S_short_names_one_type(doc);
}

/* "Hurricane Helene hit Florida ... Helene killed 20 people": a name after
 * a storm word (STORM_WORDS) is a storm's, at that mention and wherever
 * else the article writes it alone; no actor. */
/* "Alzheimer's disease", "Tourette's syndrome": a name whose possessive
 * names an illness is no actor there (EPONYM_HEADS). */
void ng_mn_eponyms(ng_document *doc)
{
    for (size_t m = 0; m < doc->nmention; m++) {
        ng_mention *mm = &doc->mentions[m];
        size_t e = mm->tok_end;
        if (mm->type >= 0 && !mm->lex && e + 1 < doc->ntok && (doc->toks[e].flags & NG_TOK_POSS) &&
            ng_lex_is_eponym_head(doc->lex, doc->toks[e + 1].lower))
            mm->type = -1;
    }
}

/* Is token k the link of a court case's name ("Roe v. Wade")? */
static bool S_case_link(const ng_document *doc, size_t k)
{
    return k < doc->ntok && ng_lex_listed(doc->lex, "case-name-links", doc->toks[k].lower) &&
           !(doc->toks[k].flags & NG_TOK_CAP);
}

/* Whether a mention other than m has m's name and stands in no case's
 * name. */
static bool S_named_outside_cases(const ng_document *doc, size_t m)
{
    for (size_t o = 0; o < doc->nmention; o++) {
        const ng_mention *om = &doc->mentions[o];
        if (o != m && om->type >= 0 && !strcmp(om->name, doc->mentions[m].name) && !S_case_link(doc, om->tok_end) &&
            !(om->tok_start > 0 && S_case_link(doc, om->tok_start - 1)))
            return true;
    }
    return false;
}

/* "overturned Roe v. Wade", "Brown v. Board of Education": the names in a
 * court case's name are the case's, no actors, unless the article names
 * them elsewhere ("Google v. Oracle ... Oracle said") */
void ng_mn_case_names(ng_document *doc)
{
    bool *drop = calloc(doc->nmention + 1, sizeof *drop);
    for (size_t m = 0; m < doc->nmention; m++) {
        const ng_mention *a = &doc->mentions[m];
        if (a->type < 0 || !S_case_link(doc, a->tok_end))
            continue;
        for (size_t n = 0; n < doc->nmention; n++)
            if (doc->mentions[n].type >= 0 && doc->mentions[n].tok_start == a->tok_end + 1) {
                drop[m] = !S_named_outside_cases(doc, m);
                drop[n] = !S_named_outside_cases(doc, n);
            }
    }
    for (size_t m = 0; m < doc->nmention; m++)
        if (drop[m])
            doc->mentions[m].type = -1;
    free(drop);
}

void ng_mn_storm_names(ng_document *doc)
{
    const char *storms[16];
    size_t nstorm = 0;
    for (size_t m = 0; m < doc->nmention; m++) {
        ng_mention *mm = &doc->mentions[m];
        if (mm->type < 0 || mm->lex)
            continue;
        size_t k = mm->tok_start, name = k;
        if (mm->tok_end - k >= 2 && ng_lex_is_storm_word(doc->lex, doc->toks[k].lower))
            name = k + 1;
        else if (k > 0 && (doc->toks[k - 1].flags & NG_TOK_CAP) &&
                 ng_lex_is_storm_word(doc->lex, doc->toks[k - 1].lower))
            name = k;
        else
            continue;
        if (!(doc->toks[name].flags & NG_TOK_CAP))
            continue;
        mm->type = -1;
        const char *storm = ng_mn_name_range(doc, name, mm->tok_end);
        bool known = false;
        for (size_t q = 0; q < nstorm && !known; q++)
            known = strcmp(storms[q], storm) == 0;
        /* (an article names a few storms; more are only dropped where a
         * storm word stands before them) */
        if (!known && nstorm < sizeof storms / sizeof *storms)
            storms[nstorm++] = storm;
    }
    for (size_t o = 0; o < doc->nmention && nstorm; o++)
        for (size_t q = 0; q < nstorm; q++)
            if (doc->mentions[o].type >= 0 && !doc->mentions[o].lex && strcmp(doc->mentions[o].name, storms[q]) == 0)
                doc->mentions[o].type = -1;
}

/* "Kroger said it would appeal": a sentence's first word, which the rules
 * cannot tell from a capitalized common word and the tagger left alone, is
 * a body's name when the syntax tagger reads it as a proper noun and the
 * verb of saying after it reports about it as "it". */
void ng_mn_reporting_bodies(ng_document *doc)
{
    if (!ng_dep_parsed(doc))
        return;
    int32_t *cover, *starting;
    S_cover_index(doc, &cover, &starting);
    for (size_t s = 0; s < doc->nsent; s++) {
        size_t t = doc->sents[s].tok_start;
        const ng_token *w = &doc->toks[t];
        if (t + 1 >= doc->sents[s].tok_end || !(w->flags & NG_TOK_CAP) || doc->ner_labels[t] ||
            strcmp(ng_dep_upos(doc, t), "PROPN") != 0 || ng_mn_title_word(doc, t) ||
            ng_lex_is_stop_cap(doc->lex, w->lower) || ng_lex_demonym(doc->lex, w->lower) ||
            ng_lex_speech_verb(doc->lex, doc->toks[t + 1].lower) != 1)
            continue;
        ng_mention *own;
        ng_mention probe = {.tok_start = (uint32_t)t, .tok_end = (uint32_t)(t + 1)};
        if (!S_word_free(doc, cover, t, &own) || ng_mn_reported_pronoun(doc, &probe) != 't')
            continue;
        if (own)
            own->type = NG_ACTOR_ORG;
        else
            ng_mn_add(doc, t, t + 1, NG_ACTOR_ORG);
    }
}

/* Does token k's word, followed by a possessive, own a post or a board
 * ("OpenAI's board", "OpenAI's chief executive", "its analysts")? */
static bool S_owns_post(const ng_document *doc, size_t k)
{
    size_t q = k + 2;
    if (q >= doc->ntok || !(doc->toks[k + 1].flags & NG_TOK_POSS))
        return false;
    while (q < doc->ntok && q < k + 5 && ng_lex_is_title_mod(doc->lex, doc->toks[q].lower) &&
           !ng_lex_is_title_head(doc->lex, doc->toks[q].lower))
        q++;
    return q < doc->ntok && (ng_lex_is_title_head(doc->lex, doc->toks[q].lower) || ng_tok_is(doc, q, "board") ||
                             ng_lex_listed(doc->lex, "staff-nouns", doc->toks[q].lower));
}

/* Does the person's name the tagger reads at token k, alone, own a post
 * only a body has ("Pfizer's head of research", "Pfizer's chief
 * executive"; not "Biden's chief of staff", "Trump's lawyer", "Cruz's
 * campaign manager"): a word of no list of people's names and of no
 * person's name the article gives in full? */
static bool S_person_read_owning_post(const ng_document *doc, size_t k)
{
    size_t q = k + 2;
    bool common;
    if (ng_ner_type(doc->ner_labels[k]) != 1 || (ng_mn_name_bits(doc, k, &common) & (1u | 16u)) ||
        ng_mn_word_of_full_name(doc, k, true, false) || !S_owns_post(doc, k))
        return false;
    while (q < doc->ntok && !ng_lex_is_title_head(doc->lex, doc->toks[q].lower) && !ng_tok_is(doc, q, "board") &&
           !ng_lex_listed(doc->lex, "staff-nouns", doc->toks[q].lower)) {
        if (ng_tok_is(doc, q, "campaign"))
            return false;
        q++;
    }
    return !ng_lex_listed(doc->lex, "aide-heads", doc->toks[q].lower) && !ng_mn_title_of_tail(doc, q + 2);
}

/* Does the word at token k act as a body: money invested in it ("has
 * invested $13 billion in OpenAI"), or, opening its sentence, naming or
 * hiring a person the article names ("OpenAI on Wednesday named Bret
 * Taylor")? */
static bool S_acts_as_body(const ng_document *doc, size_t k)
{
    if (k >= 2 && ng_tok_is(doc, k - 1, "in"))
        for (size_t q = k - 1; q-- > 0 && q + 7 > k;) {
            if (doc->toks[q].flags & NG_TOK_PUNCT)
                break;
            if (!strncmp(doc->toks[q].lower, "invest", 6))
                return true;
        }
    const ng_sentence *s = &doc->sents[doc->toks[k].sent];
    if (k != s->tok_start && k != ng_dateline_end(doc, s))
        return false;
    size_t v = k + 1;
    /* (past "on Wednesday") */
    if (v + 1 < s->tok_end && ng_tok_is(doc, v, "on") && (doc->toks[v + 1].flags & NG_TOK_CAP))
        v += 2;
    int person = v + 1 < s->tok_end && ng_lex_listed(doc->lex, "appointing-verbs", doc->toks[v].lower)
                     ? ng_mention_at(doc, v + 1)
                     : -1;
    return person >= 0 && doc->mentions[person].type == NG_ACTOR_PERSON;
}

/* "OpenAI's board of directors fired ...": a word the tagger reads as a
 * name of another kind (a product's, an event's: "MISC") or as a person's
 * that no person can be (S_person_read_owning_post), alone, that owns a
 * post or a board somewhere in the article (or acts as a body:
 * S_acts_as_body), is a body's name at all its mentions that no other
 * name covers. */
void ng_mn_bodies_owning_posts(ng_document *doc)
{
    if (!doc->ner_labels)
        return;
    int32_t *cover, *starting;
    S_cover_index(doc, &cover, &starting);
    for (size_t k = 0; k + 2 < doc->ntok; k++) {
        ng_mention *own;
        bool person = ng_ner_type(doc->ner_labels[k]) != 4;
        if ((person && !S_person_read_owning_post(doc, k)) || ng_ner_span_end(doc, doc->ner_labels, k) != k + 1 ||
            !(doc->toks[k].flags & NG_TOK_CAP) ||
            !(person ? S_word_free_or_person(doc, cover, k, &own) : S_word_free(doc, cover, k, &own)) ||
            !(S_owns_post(doc, k) || (!person && S_acts_as_body(doc, k))) ||
            (k > 0 && ng_tok_is(doc, k - 1, "of"))) /* (not the end of "Color of Change") */
            continue;
        for (size_t q = 0; q < doc->ntok; q++) {
            if (strcmp(doc->toks[q].lower, doc->toks[k].lower) != 0 || !(doc->toks[q].flags & NG_TOK_CAP) ||
                !(person ? S_word_free_or_person(doc, cover, q, &own) : S_word_free(doc, cover, q, &own)) ||
                (q > 0 && ng_tok_is(doc, q - 1, "-")))
                continue;
            if (own)
                own->type = NG_ACTOR_ORG;
            else
                ng_mn_add(doc, q, q + 1, NG_ACTOR_ORG);
        }
        S_cover_index(doc, &cover, &starting);
    }
}

/* Whether the words from..to name a body or a person at another place
 * of the story ("Twitter said", then "the province of Twitter" in jest). */
static bool S_named_as_body_elsewhere(const ng_document *doc, size_t from, size_t to)
{
    for (size_t o = 0; o < doc->nmention; o++) {
        const ng_mention *om = &doc->mentions[o];
        if ((om->type != NG_ACTOR_ORG && om->type != NG_ACTOR_PERSON) || om->tok_end - om->tok_start != to - from ||
            om->tok_start == from)
            continue;
        size_t n = 0;
        while (n < to - from && !strcmp(doc->toks[om->tok_start + n].lower, doc->toks[from + n].lower))
            n++;
        if (n == to - from)
            return true;
    }
    return false;
}

/* "the Municipality of Linapacan", "the Province of Palawan", "the
 * canton of Graubuenden": a capitalized noun (or one after "the") for a
 * town or an area (`town-unit-heads`,
 * `area-unit-heads`), "of" and one to three capitalized words of no
 * body's name name the place after "of", a town or an area; the
 * tagger's names over the unit's noun ("Municipality of Linapacan" read
 * as a name of another kind, "Province" alone as a place) give way. */
void ng_mn_named_units(ng_document *doc)
{
    for (size_t k = 0; k + 2 < doc->ntok; k++) {
        const char *w = doc->toks[k].lower;
        bool town = ng_lex_listed(doc->lex, "town-unit-heads", w);
        /* (in lower case after "the" too: "in the canton of Graubuenden") */
        bool after_the = k > 0 && !strcmp(doc->toks[k - 1].lower, "the");
        bool cap_before = k > 0 && (doc->toks[k - 1].flags & NG_TOK_CAP) && !after_the &&
                          k != doc->sents[doc->toks[k].sent].tok_start;
        bool cap = doc->toks[k].flags & NG_TOK_CAP;
        if (!(cap ? !cap_before : after_the) || (doc->toks[k].flags & NG_TOK_ALLCAPS) ||
            !(town || ng_lex_listed(doc->lex, "area-unit-heads", w)) || !ng_tok_is(doc, k + 1, "of"))
            continue;
        size_t e = k + 2;
        while (e < doc->ntok && e < k + 5 && (doc->toks[e].flags & NG_TOK_CAP) && ng_mn_is_word(&doc->toks[e]) &&
               !ng_lex_is_org_word(doc->lex, doc->toks[e].lower) && doc->toks[e].sent == doc->toks[k].sent)
            e++;
        /* (not a name the lexicon knows whole: "the District of Columbia") */
        if (e == k + 2 || (e < doc->ntok && (doc->toks[e].flags & NG_TOK_CAP) && ng_mn_is_word(&doc->toks[e])) ||
            ng_lex_name_of(doc, k, e))
            continue;
        /* (nor a part of a longer name: "the Superior Court of the County
         * of Los Angeles") */
        bool inside = false;
        for (size_t o = 0; o < doc->nmention && !inside; o++)
            inside = doc->mentions[o].type >= 0 && doc->mentions[o].tok_start < k && doc->mentions[o].tok_end > k;
        if (inside || (!cap && S_named_as_body_elsewhere(doc, k + 2, e)))
            continue;
        ng_mention *named = NULL;
        for (size_t o = 0; o < doc->nmention; o++) {
            ng_mention *om = &doc->mentions[o];
            if (om->type < 0 || om->tok_end <= k || om->tok_start >= e)
                continue;
            if (om->tok_start == k + 2 && om->tok_end == e)
                named = om;
            else
                om->type = -1;
        }
        if (!named)
            named = ng_mn_add(doc, k + 2, e, NG_ACTOR_PLACE);
        if (named->lex && named->lex->kind == NG_ACTOR_PLACE)
            continue; /* (a place the lexicon knows keeps its kind: "the City of London") */
        named->type = NG_ACTOR_PLACE;
        named->lex = NULL;
        named->guessed = false;
        named->place_kind = town ? NG_PLACE_CITY : NG_PLACE_REGION;
        k = e - 1;
    }
}

/* "Demis Hassabis and John Jumper of Google DeepMind": a name the tagger
 * reads as one of another kind (a product's, an event's) right after a
 * person's name and "of" is where the person works, a body's name, where
 * no other name covers it and no list knows it. */
void ng_mn_misc_employers(ng_document *doc)
{
    if (!doc->ner_labels)
        return;
    size_t n = doc->nmention;
    for (size_t m = 0; m < n; m++) {
        size_t k = doc->mentions[m].tok_end + 1;
        if (doc->mentions[m].type != NG_ACTOR_PERSON || k >= doc->ntok || !ng_tok_is(doc, k - 1, "of") ||
            ng_ner_type(doc->ner_labels[k]) != 4 || !(doc->toks[k].flags & NG_TOK_CAP))
            continue;
        size_t e = ng_ner_span_end(doc, doc->ner_labels, k);
        bool uncovered = true;
        ng_mention *untyped = NULL; /* (the same words with no type yet) */
        for (size_t o = 0; o < doc->nmention && uncovered; o++) {
            ng_mention *om = &doc->mentions[o];
            if (om->tok_start == k && om->tok_end == e && om->type == 0)
                untyped = om;
            else
                uncovered = om->tok_end <= k || om->tok_start >= e || om->type < 0;
        }
        char *f = ng_text_fold(doc->art->text + doc->toks[k].start, doc->toks[e - 1].end - doc->toks[k].start);
        bool known = ng_lex_name(doc->lex, f) != NULL || ng_lex_demonym(doc->lex, f) != NULL;
        free(f);
        if (uncovered && !known && untyped)
            untyped->type = NG_ACTOR_ORG;
        else if (uncovered && !known)
            ng_mn_add(doc, k, e, NG_ACTOR_ORG);
    }
}

/* "World Athletics President Sebastian Coe": two to four capitalized
 * words no list knows and no name covers, right before a capitalized
 * post's head and a person's name, are the body that gives the post (the
 * tagger, reading a sentence's first words, may read none of them). */
void ng_mn_bodies_before_posts(ng_document *doc)
{
    size_t n = doc->nmention;
    for (size_t m = 0; m < n; m++) {
        const ng_mention *pm = &doc->mentions[m];
        size_t t = pm->tok_start;
        /* (not a portfolio before a minister's head: "Civil Protection
         * Minister Vassilis Kikilias") */
        if (pm->type != NG_ACTOR_PERSON || t < 3 || !(doc->toks[t - 1].flags & NG_TOK_CAP) ||
            !ng_lex_is_title_head(doc->lex, doc->toks[t - 1].lower) || ng_mn_portfolio_head(doc, t - 1))
            continue;
        size_t lo = doc->sents[doc->toks[t].sent].tok_start, b = t - 1;
        while (b > lo && b + 5 > t && (doc->toks[b - 1].flags & NG_TOK_CAP) && (doc->toks[b - 1].flags & NG_TOK_WORD) &&
               !(doc->toks[b - 1].flags & NG_TOK_POSS) && !ng_mn_title_word(doc, b - 1) &&
               !ng_lex_is_stop_cap(doc->lex, doc->toks[b - 1].lower) &&
               !ng_lex_demonym(doc->lex, doc->toks[b - 1].lower) && ng_mention_at(doc, b - 1) < 0)
            b--;
        /* (the words open the sentence or follow a word in lower case) */
        if (t - 1 - b < 2 || (b > lo && (doc->toks[b - 1].flags & NG_TOK_CAP)) ||
            ng_lex_name(doc->lex, ng_doc_fold_range(doc, b, t - 1)) ||
            ng_lex_demonym(doc->lex, ng_doc_fold_range(doc, b, t - 1)))
            continue;
        /* (nor a person's name and a portfolio: "Clinton Communications
         * Director Jennifer Palmieri" after "Hillary Clinton") */
        bool someone = false;
        for (size_t o = 0; o < doc->nmention && !someone; o++) {
            const ng_mention *om = &doc->mentions[o];
            someone = om->type == NG_ACTOR_PERSON && ng_tok_is(doc, b, doc->toks[om->tok_end - 1].lower);
        }
        if (someone)
            continue;
        bool free = true;
        for (size_t o = 0; o < doc->nmention && free; o++)
            free = doc->mentions[o].type < 0 || doc->mentions[o].tok_end <= b || doc->mentions[o].tok_start >= t - 1;
        if (free)
            ng_mn_add(doc, b, t - 1, NG_ACTOR_ORG);
    }
}

/* "The Fed said", "Fed Chair Jerome Powell" after "the Federal Reserve":
 * a capitalized word of three or four letters that no name covers and
 * that opens the first word of a body's name of two words or more named
 * before it is that body, clipped (actors.c joins it to the body). Not the
 * sentence's first word, capitalized anyway, unless a post's head follows
 * ("Fed Chair"); not a function word ("Was" of a headline, after "the
 * Washington Post"); not a word whose first letters a name of several
 * bodies shares. */
void ng_mn_clipped_names(ng_document *doc)
{
    size_t n = doc->nmention;
    for (size_t k = 0; k + 1 < doc->ntok; k++) {
        const ng_token *t = &doc->toks[k];
        size_t len = t->end - t->start;
        const char *w = doc->art->text + t->start;
        if (len < 3 || len > 4 || !(t->flags & NG_TOK_CAP) || (t->flags & NG_TOK_ALLCAPS) ||
            !(t->flags & NG_TOK_WORD) || ng_mention_at(doc, k) >= 0 || ng_lex_is_stop_cap(doc->lex, t->lower))
            continue;
        bool first = doc->sents[t->sent].tok_start == k;
        if (first && !((doc->toks[k + 1].flags & NG_TOK_CAP) && ng_lex_is_title_head(doc->lex, doc->toks[k + 1].lower)))
            continue;
        int body = -1;
        for (size_t m = 0; m < n && doc->mentions[m].tok_end <= k; m++) {
            const ng_mention *om = &doc->mentions[m];
            const ng_token *f = &doc->toks[om->tok_start];
            if (om->type != NG_ACTOR_ORG || om->tok_end - om->tok_start < 2 || f->end - f->start <= len ||
                strncmp(doc->art->text + f->start, w, len) != 0)
                continue;
            if (body >= 0 && strcmp(doc->mentions[body].name, om->name) != 0) {
                body = -2;
                break;
            }
            body = (int)m;
        }
        if (body >= 0)
            ng_mn_add(doc, k, k + 1, NG_ACTOR_ORG);
    }
}

const ng_lex_entry *ng_mn_place_of_people(const ng_document *doc, const char *folded)
{
    static const char *const completions[] = {"", "a", "ia", "o", "s"};
    size_t l = strlen(folded);
    char stem[128];
    for (size_t cut = 1; cut <= 3 && cut + 3 <= l && l + 3 < sizeof stem; cut++) {
        if (!ng_lex_listed(doc->lex, "demonym-endings", folded + l - cut))
            continue;
        for (size_t c = 0; c < sizeof completions / sizeof completions[0]; c++) {
            snprintf(stem, sizeof stem, "%.*s%s", (int)(l - cut), folded, completions[c]);
            /* (a short name and "-er" is too often a word or a nickname:
             * "Berners", Bernie Sanders' supporters, not Bern's people) */
            if (cut == 2 && !strcmp(folded + l - 2, "er") && strlen(stem) < 5)
                continue;
            const ng_lex_entry *e = ng_lex_name(doc->lex, stem);
            if (e && e->kind == NG_ACTOR_PLACE && e->place_kind != NG_PLACE_CONTINENT)
                return e;
        }
    }
    return NULL;
}

/* The country whose people n words from i name ("Americans", "South
 * Koreans"; "the Japanese"): a demonym with or without a plural -s.
 * Returns the words used, 0 for none. */
static size_t S_nationals_at(ng_document *doc, size_t i, size_t limit, const ng_lex_entry **e, bool *plural)
{
    for (size_t n = 3; n >= 1; n--) {
        if (i + n > limit)
            continue;
        char *f = ng_doc_fold_range(doc, i, i + n);
        size_t l = strlen(f);
        const ng_lex_entry *hit = NULL;
        *plural = l > 3 && f[l - 1] == 's';
        if (*plural) {
            f[l - 1] = 0;
            hit = ng_lex_demonym(doc->lex, f);
            /* ("Floridians", "New Yorkers": a region's or a town's people) */
            if (!hit && (hit = ng_mn_place_of_people(doc, f)) != NULL) {
                *e = hit;
                return n;
            }
            f[l - 1] = 's';
        }
        /* "Americans" is listed as it is */
        if (!hit && (hit = ng_lex_demonym(doc->lex, f)) != NULL)
            *plural = *plural && strcmp(f, "swiss") != 0;
        if (hit && hit->place_kind == NG_PLACE_COUNTRY) {
            *e = hit;
            return n;
        }
    }
    return 0;
}

/* A demonym that names a whole people in the singular: "the French",
 * "the Japanese", "the Swiss" ("the Italian" is one person). */
bool ng_mn_collective_demonym(const char *folded)
{
    size_t n = strlen(folded);
    return n > 3 && (!strcmp(folded + n - 3, "ese") || !strcmp(folded + n - 2, "ch") ||
                     !strcmp(folded + n - 2, "sh") || !strcmp(folded + n - 2, "ss"));
}

/* Is the word at k a noun phrase's head and not a modifier of another
 * noun ("Americans voted", "the Japanese surrendered"; not "American
 * voters")? */
static bool S_nominal_head(const ng_document *doc, size_t k)
{
    const char *rel = ng_dep_rel(doc, k);
    static const char *const modifier[] = {"amod", "compound", "flat", "fixed", "nummod", "advmod", NULL};
    for (int r = 0; modifier[r]; r++)
        if (strncmp(rel, modifier[r], strlen(modifier[r])) == 0)
            return false;
    const char *u = ng_dep_upos(doc, k);
    return !strcmp(u, "NOUN") || !strcmp(u, "PROPN") || (!strcmp(u, "ADJ") && ng_dep_child(doc, k, "det") >= 0);
}

/* "Americans", "Bangladeshis", "the Japanese": the people of a country
 * named by its demonym as a noun are a group of people, which belongs to
 * that country (GUM types such names as people). A singular form is read
 * so only after "the" and when it names a whole people ("the French";
 * "the Italian" and "an American" are one person). */
void ng_mn_nationals(ng_document *doc)
{
    if (!ng_dep_parsed(doc))
        return;
    int32_t *cover, *starting;
    S_cover_index(doc, &cover, &starting);
    for (size_t s = 0; s < doc->nsent; s++) {
        size_t end = doc->sents[s].tok_end;
        for (size_t t = doc->sents[s].tok_start; t < end; t++) {
            if (!(doc->toks[t].flags & NG_TOK_CAP))
                continue;
            const ng_lex_entry *e;
            bool plural;
            size_t n = S_nationals_at(doc, t, end, &e, &plural);
            if (!n)
                continue;
            size_t k = t + n - 1;
            /* (a collective form: "the French", "the Japanese"; "the
             * Italian" is one person, a description actors.c resolves) */
            /* (not right after a quotation: '..." the Portuguese said' is
             * one person, actors.c resolves) */
            bool closing = t >= 2 && (doc->toks[t - 2].flags & NG_TOK_QUOTE) && !(doc->toks[t - 2].flags & NG_TOK_OPEN);
            /* (nor one before a noun or an adjective in lower case, whatever
             * the parse made of it: "on the Swiss blue-chip index") */
            bool modifies = k + 1 < end && (doc->toks[k + 1].flags & NG_TOK_WORD) &&
                            !(doc->toks[k + 1].flags & NG_TOK_CAP) &&
                            (!strcmp(ng_dep_upos(doc, k + 1), "NOUN") || !strcmp(ng_dep_upos(doc, k + 1), "ADJ"));
            bool after_the = t > doc->sents[s].tok_start && ng_tok_is(doc, t - 1, "the") &&
                             ng_mn_collective_demonym(doc->toks[k].lower) && !closing && !modifies;
            /* a name the tagger or the rules made of just these words
             * ("Bangladeshis" as a person) is the group */
            ng_mention *own = cover[t] >= 0 ? &doc->mentions[cover[t]] : NULL;
            bool free = !own || (own->tok_start == t && own->tok_end == k + 1 && !own->lex &&
                                 strcmp(own->name, ng_mn_name_range(doc, t, k + 1)) == 0);
            /* (or a name of its last words alone, no list's: "Yorkers" of
             * "New Yorkers") */
            bool part = false;
            for (size_t q = t + 1; q <= k && free; q++) {
                ng_mention *in = cover[q] >= 0 && cover[q] != cover[t] ? &doc->mentions[cover[q]] : NULL;
                part = part || in;
                free = !in || (!own && !in->lex && in->tok_start > t && in->tok_end <= k + 1);
            }
            if (!free || !(plural || after_the) || !S_nominal_head(doc, k) ||
                (k + 1 < end && (doc->toks[k + 1].flags & NG_TOK_CAP))) {
                t = k;
                continue;
            }
            for (size_t q = t + 1; q <= k && part; q++)
                if (cover[q] >= 0)
                    doc->mentions[cover[q]].type = -1;
            ng_mention *m = own ? own : ng_mn_add(doc, t, k + 1, NG_ACTOR_GROUP);
            m->type = NG_ACTOR_GROUP;
            ng_mn_set_demonym(m, e, t, k + 1);
            t = k;
        }
    }
}

/* "the Medical Journal of Australia", "the Bank of Korea": a country named
 * inside an organization's name is the country the organization belongs
 * to, and is named there too (GUM marks such nested names), as a demonym
 * is ("Russian Defense Ministry"). The longest such name, first from the
 * left; not the whole name, and not for a name the lexicon knows whole.
 * A city is not: a team or a college is of a city without belonging to it
 * ("Manchester City"), and a person's name may open with one ("Sofia"). */
void ng_mn_places_in_org_names(ng_document *doc)
{
    for (size_t m = 0; m < doc->nmention; m++) {
        ng_mention *mm = &doc->mentions[m];
        if (mm->type != NG_ACTOR_ORG || mm->lex || mm->affil_lex || mm->tok_end - mm->tok_start < 2)
            continue;
        for (size_t a = mm->tok_start; a < mm->tok_end && !mm->affil_lex; a++) {
            if (!(doc->toks[a].flags & NG_TOK_CAP))
                continue;
            /* (a country's name has at most six words) */
            size_t last = mm->tok_end - (a == mm->tok_start);
            for (size_t b = last < a + 6 ? last : a + 6; b > a; b--) {
                const ng_lex_entry *e = ng_lex_name(doc->lex, ng_doc_fold_range(doc, a, b));
                if (e && e->place_kind == NG_PLACE_COUNTRY)
                    ng_mn_set_demonym(mm, e, a, b);
                /* (another place the lexicon knows holds its words: not
                 * Mexico in "the University of New Mexico") */
                if (e && e->place_kind != 0) {
                    a = b - 1;
                    break;
                }
            }
        }
    }
}

/* Does the dateline name a city of country index c other than its
 * capital ("ATLANTA (AP) -"; a capital's dateline covers the world)? */
static bool S_dateline_city_of(ng_document *doc, int c)
{
    for (size_t m = 0; m < doc->nmention; m++) {
        const ng_mention *mm = &doc->mentions[m];
        if (mm->lex && mm->lex->place_kind == NG_PLACE_CITY && mm->lex->country == c &&
            ng_mn_dateline_at(doc, mm->tok_start, mm->tok_end))
            return !ng_lex_capital_of(doc->lex, ng_doc_fold_range(doc, mm->tok_start, mm->tok_end));
    }
    return false;
}

/* "Georgia Governor Brian Kemp", "Florida, Georgia and the Carolinas": a
 * country that shares its name with a state of the United States is the
 * state where the article names other states, or has its dateline in a
 * city of the United States, and names neither the country's capital nor
 * its people. */
void ng_mn_states_not_countries(ng_document *doc)
{
    bool states = false;
    for (size_t m = 0; m < doc->nmention && !states; m++) {
        const ng_lex_entry *e = doc->mentions[m].lex;
        states = e && e->place_kind == NG_PLACE_REGION && e->country >= 0;
    }
    for (size_t m = 0; m < doc->nmention; m++) {
        /* (also the place in a body's name: "the University of Georgia") */
        const ng_lex_entry *country = doc->mentions[m].lex ? doc->mentions[m].lex : doc->mentions[m].affil_lex;
        const ng_lex_entry *state = ng_lex_state_named_as(doc->lex, country);
        if (!state || !(states || S_dateline_city_of(doc, state->country)))
            continue;
        bool own_words = false;
        for (size_t o = 0; o < doc->nmention && !own_words; o++) {
            const ng_lex_entry *e = doc->mentions[o].lex;
            own_words = e && e->place_kind == NG_PLACE_CITY && ng_lex_entry_at(doc->lex, e->country) == country;
        }
        for (size_t k = 0; k < doc->ntok && !own_words; k++) {
            const ng_lex_entry *e;
            own_words = ng_demonym_at(doc, k, doc->ntok, &e) && e == country;
        }
        if (own_words)
            return;
        for (size_t o = m; o < doc->nmention; o++) {
            if (doc->mentions[o].lex == country) {
                doc->mentions[o].lex = state;
                doc->mentions[o].place_kind = NG_PLACE_REGION;
            }
            if (doc->mentions[o].affil_lex == country)
                doc->mentions[o].affil_lex = state;
        }
        return;
    }
}

/* "the University of California, Santa Cruz,", "the University of
 * Wisconsin, Madison": the name set off after a university's is the place
 * of its campus, whatever the tagger reads. */
void ng_mn_campus_places(ng_document *doc)
{
    for (size_t m = 0; m + 1 < doc->nmention; m++) {
        const ng_mention *u = &doc->mentions[m];
        ng_mention *c = &doc->mentions[m + 1];
        size_t comma = u->tok_end, end = c->tok_end;
        if (u->type != NG_ACTOR_ORG || !ng_tok_is(doc, u->tok_start, "university") ||
            !ng_tok_is(doc, u->tok_start + 1, "of") || c->tok_start != comma + 1 || c->lex ||
            doc->art->text[doc->toks[comma].start] != ',' || end >= doc->ntok ||
            doc->toks[end].sent != doc->toks[comma].sent || !strchr(",.;)", doc->art->text[doc->toks[end].start]))
            continue;
        /* not "at the University of Paris, Johann, unable to ..." after
         * "Johann Bernoulli" */
        if (c->tok_end == c->tok_start + 1 && ng_mn_word_of_full_name(doc, c->tok_start, true, false))
            continue;
        c->type = NG_ACTOR_PLACE;
        c->place_kind = 0;
    }
}

/* The tagger's word-table bits of a word as written (NER gazetteer and
 * name lists), and whether the word is in the table in lower case. */
uint16_t ng_mn_name_bits(const ng_document *doc, size_t k, bool *common)
{
    const ng_ner_clusters *cl = doc->ner ? doc->ner->clusters : NULL;
    const ng_token *t = &doc->toks[k];
    *common = cl && ng_ner_clusters_find(cl, t->lower, strlen(t->lower)) >= 0;
    int c = cl ? ng_ner_clusters_find(cl, doc->art->text + t->start, t->end - t->start) : -1;
    return c >= 0 ? cl->gaz[c] : 0;
}

/* Does token k hold a word the lists of people's names hold ("Donald")? */
bool ng_mn_listed_name_word(const ng_document *doc, size_t k)
{
    bool common;
    return (ng_mn_name_bits(doc, k, &common) & (1u | 16u)) != 0;
}

/* "US FALLS", "Get. It. OUT": a common word written in capitals (a
 * subheading, a shout), no acronym: the word table knows it in lower case
 * and lists no body by it as written. */
bool ng_mn_common_word_in_capitals(const ng_document *doc, size_t k)
{
    bool common;
    uint16_t bits = ng_mn_name_bits(doc, k, &common);
    return common && !(bits & (2u | 32u));
}

/* "Critic Jon Pareles of The New York Times": a sentence's first word that
 * is a common word and in no list of people's names, before a word that
 * is, does not belong to the person's name (a role written where the
 * sentence capitalizes it; "Baker Mayfield", "Rose Mary Smith" keep theirs,
 * being names in the lists). */
void ng_mn_opening_roles(ng_document *doc)
{
    const uint16_t person_bits = 1u | 16u;
    for (size_t m = 0; m < doc->nmention; m++) {
        ng_mention *mm = &doc->mentions[m];
        size_t k = mm->tok_start;
        /* (the story's first word after a dateline too: "HARLOW, England
         * (AP) — Substitute Marco Bellini scored") */
        const ng_sentence *s = &doc->sents[doc->toks[k].sent];
        if (mm->type != NG_ACTOR_PERSON || mm->lex || mm->tok_end - k < 3 ||
            (s->tok_start != k && ng_dateline_end(doc, s) != k) ||
            (doc->toks[k].flags & (NG_TOK_ALLCAPS | NG_TOK_ABBREV)) ||
            ng_mn_title_word(doc, k))
            continue;
        bool common, next_common;
        uint16_t first = ng_mn_name_bits(doc, k, &common), next = ng_mn_name_bits(doc, k + 1, &next_common);
        if (!common || (first & person_bits) || !(next & person_bits))
            continue;
        ng_mn_respan(doc, mm, k + 1, mm->tok_end);
    }
}

/* Ramesh "Sunny" Balwani: a nickname in quotation marks between a given
 * name and a surname the tagger read as two people, or as one that ends
 * at the nickname (Robert "Kelly, the surname left out); one person,
 * named without the nickname so that "Balwani" later finds it. */
static size_t S_nickname_quote(const ng_document *doc, const ng_mention *first)
{
    size_t q = first->tok_end;
    if (q >= first->tok_start + 3 && (doc->toks[q - 2].flags & NG_TOK_QUOTE) && (doc->toks[q - 1].flags & NG_TOK_CAP))
        q -= 2;
    if (q + 3 >= doc->ntok || !(doc->toks[q].flags & NG_TOK_QUOTE) || !(doc->toks[q + 1].flags & NG_TOK_CAP) ||
        !(doc->toks[q + 2].flags & NG_TOK_QUOTE) || doc->toks[q + 3].sent != doc->toks[q].sent)
        return 0;
    return q;
}

void ng_mn_nicknames(ng_document *doc)
{
    for (size_t a = 0; a < doc->nmention; a++) {
        ng_mention *first = &doc->mentions[a];
        /* (the tagger's person across the marks leaves the rules' words
         * untyped: the given name counts where the tagger read a person) */
        bool person = first->type == NG_ACTOR_PERSON ||
                      (first->type == 0 && doc->ner_labels && ng_ner_type(doc->ner_labels[first->tok_start]) == 1);
        size_t q = person ? S_nickname_quote(doc, first) : 0;
        if (!q)
            continue;
        size_t end = q + 3;
        for (size_t b = 0; b < doc->nmention; b++)
            if (doc->mentions[b].tok_start == q + 1 && doc->mentions[b].tok_end == q + 2)
                doc->mentions[b].type = -1;
        for (size_t b = 0; b < doc->nmention; b++) {
            ng_mention *last = &doc->mentions[b];
            if (b == a || last->tok_start != q + 3 || last->type < 0 ||
                (last->type != NG_ACTOR_PERSON && last->tok_end - last->tok_start > 1) || last->tok_end - q > 6)
                continue;
            end = last->tok_end;
            last->type = -1; /* dropped with the dead ones */
            break;
        }
        /* (no mention there: the surname is the capitalized words after
         * the closing mark) */
        if (end == q + 3)
            while (end < doc->ntok && end < q + 5 && (doc->toks[end].flags & NG_TOK_CAP) &&
                   (doc->toks[end].flags & NG_TOK_WORD) && doc->toks[end].sent == doc->toks[q].sent)
                end++;
        if (end == q + 3)
            continue;
        const char *given = ng_mn_name_range(doc, first->tok_start, q);
        first->name = ng_arena_printf(&doc->arena, "%s %s", given, ng_mn_name_range(doc, q + 3, end));
        first->tok_end = (uint32_t)end;
        first->end = doc->toks[end - 1].end;
        first->type = NG_ACTOR_PERSON;
    }
}

/* Does the "'s" after mention mm end a company's name rather than mark a
 * possessive: the parse reads the name as the subject of the verb right
 * after it ("McDonald's said", "Wendy's has raised"; not "Trump's plans
 * would cost", where the name is the possessor) or of a verb after an
 * appositive ("Macy's, the department store chain, said")? */
static bool S_brand_s(const ng_document *doc, const ng_mention *mm)
{
    size_t k = mm->tok_end;
    if (!(doc->toks[k - 1].flags & NG_TOK_CAP) || k + 2 >= doc->ntok || !(doc->toks[k].flags & NG_TOK_POSS) ||
        doc->toks[k].end - doc->toks[k].start < 2 || doc->art->text[doc->toks[k].end - 1] != 's' ||
        doc->toks[k + 1].sent != doc->toks[k].sent)
        return false;
    /* "at a McDonald's restaurant", "a Kohl's store in Ohio": one of a
     * chain's, "a" before its name and a word in lower case after */
    if (mm->tok_start > 0 && (ng_tok_is(doc, mm->tok_start - 1, "a") || ng_tok_is(doc, mm->tok_start - 1, "an")) &&
        mm->tok_end - mm->tok_start <= 2 && !(doc->toks[k + 1].flags & NG_TOK_CAP) &&
        (doc->toks[k + 1].flags & NG_TOK_WORD) && !ng_lex_is_people_name(doc->lex, doc->toks[k - 1].lower))
        return true;
    /* (a company's name has its "'s" wherever the article writes it: not
     * "Donald Trump's" where "Trump said" is written too) */
    const char *last = doc->toks[k - 1].lower;
    for (size_t o = 0; o < doc->nmention; o++) {
        const ng_mention *om = &doc->mentions[o];
        if (om != mm && om->tok_end < doc->ntok && !strcmp(doc->toks[om->tok_end - 1].lower, last) &&
            !(doc->toks[om->tok_end].flags & NG_TOK_POSS))
            return false;
    }
    /* "sold at Christie's in New York", "sells at Macy's, Nordstrom and
     * other stores", "failed to sell at Christie's the night before": a
     * house one is at or buys from, with nothing after its "'s" that it
     * could own (not "at Trump's urging", "at Trump's every rally") */
    const char *after = ng_dep_upos(doc, k + 1);
    bool det_after = !strcmp(after, "DET") && !ng_tok_is(doc, k + 1, "every");
    if (mm->tok_start > 0 && (ng_tok_is(doc, mm->tok_start - 1, "at") || ng_tok_is(doc, mm->tok_start - 1, "from")) &&
        (((!strcmp(after, "ADP") || !strcmp(after, "CCONJ") || det_after) && (doc->toks[k + 1].flags & NG_TOK_WORD)) ||
         ng_tok_is(doc, k + 1, ",") || ng_tok_is(doc, k + 1, ".")))
        return true;
    /* "Retailers such as Macy's and Kohl's have closed": a list after
     * companies in the plural, nothing after the "'s" that it could own */
    /* (nor a capitalized word: "groups such as Emily's List") */
    bool owned_after = (doc->toks[k + 1].flags & NG_TOK_WORD) &&
                       ((doc->toks[k + 1].flags & NG_TOK_CAP) || !strcmp(after, "NOUN") || !strcmp(after, "ADJ") ||
                        !strcmp(after, "NUM"));
    if (!owned_after && ng_mn_listed_after_companies(doc, mm))
        return true;
    size_t h = mm->tok_end - 1; /* the name's head: the word the parse hangs outside it */
    for (size_t q = mm->tok_start; q < mm->tok_end; q++)
        if (ng_dep_head(doc, q) < (int)mm->tok_start || ng_dep_head(doc, q) >= (int)mm->tok_end)
            h = q;
    /* (nor a person's "has" or "is": "Bernie's spent two months",
     * "Hillary Clinton's getting", "Biden's been"; where the tagger reads
     * a person, only a company's report of itself: "Kohl's said it") */
    const char *next = doc->toks[k + 1].lower;
    size_t n = strlen(next);
    if (strncmp(ng_dep_rel(doc, h), "nsubj", 5) != 0 || !strcmp(next, "been") ||
        (n > 4 && !strcmp(next + n - 3, "ing")))
        return false;
    if (ng_mn_tagger_reading(doc, mm->tok_start, mm->tok_end) == 1) {
        bool itself = false;
        for (size_t q = k + 2; q < k + 6 && q < doc->ntok && doc->toks[q].sent == doc->toks[k].sent; q++)
            itself = itself || ng_tok_is(doc, q, "it") || ng_tok_is(doc, q, "its");
        /* (or a report's source after it, out of quotation marks: "...
         * on Thursday, Sotheby's said."; no one writes "he's said" so) */
        bool source_after = mm->tok_start > 0 && ng_tok_is(doc, mm->tok_start - 1, ",") &&
                            !(doc->tok_in_quote && doc->tok_in_quote[k]) && ng_tok_is(doc, k + 2, ".");
        if (!(itself || source_after) || ng_lex_speech_verb(doc->lex, next) != 1)
            return false;
    }
    if (ng_dep_head(doc, h) == (int)k + 1)
        return true;
    return ng_tok_is(doc, k + 1, ",") && (ng_tok_is(doc, k + 2, "the") || ng_tok_is(doc, k + 2, "a"));
}

/* "groups linked to al Qaeda": a name's particle in lower case before a
 * mention opens the name where the lists know the whole ("al Qaeda" is
 * al-Qaida; the tagger reads "Qaeda" alone, a place). */
void ng_mn_leading_particles(ng_document *doc)
{
    for (size_t m = 0; m < doc->nmention; m++) {
        ng_mention *mm = &doc->mentions[m];
        size_t i = mm->tok_start;
        if (mm->type < 0 || i == 0 || (doc->toks[i - 1].flags & NG_TOK_CAP) || ng_mention_at(doc, i - 1) >= 0 ||
            !ng_lex_is_name_particle(doc->lex, doc->toks[i - 1].lower))
            continue;
        const ng_lex_entry *e = ng_lex_name_any_spelling(doc->lex, ng_doc_fold_range(doc, i - 1, mm->tok_end));
        if (!e || mm->lex == e)
            continue;
        ng_mn_respan(doc, mm, i - 1, mm->tok_end);
        mm->lex = e;
        mm->type = e->kind;
        mm->place_kind = e->place_kind;
        mm->guessed = false;
    }
}

/* "the far-right Alternative for Germany party", "the Sweden Democrats
 * party": capitalized words (with "for" or "of" between them) right
 * before "party" in lower case are the party's name, whatever the tagger
 * made of them (a word it left out, a place, another body the lists know
 * by one of the words). Not a name the lists know as a place ("the
 * Germany party"), nor one of one word it reads as a person's. */
void ng_mn_party_names(ng_document *doc)
{
    for (size_t p = 1; p < doc->ntok; p++) {
        if (!ng_lex_listed(doc->lex, "party-nouns", doc->toks[p].lower) || (doc->toks[p].flags & NG_TOK_CAP) ||
            !(doc->toks[p - 1].flags & NG_TOK_CAP))
            continue;
        size_t lo = doc->sents[doc->toks[p].sent].tok_start, s = p - 1;
        while (s > lo && ((doc->toks[s - 1].flags & NG_TOK_CAP) ||
                          (s >= lo + 2 && ng_mn_connector(doc, doc->toks[s - 1].lower) &&
                           !(doc->toks[s - 1].flags & NG_TOK_CAP) && (doc->toks[s - 2].flags & NG_TOK_CAP))))
            s--;
        /* (not the sentence's capitalized first word: "The", "Britain's") */
        while (s < p - 1 && (ng_lex_is_stop_cap(doc->lex, doc->toks[s].lower) || (doc->toks[s].flags & NG_TOK_POSS)))
            s++;
        if ((doc->toks[s].flags & NG_TOK_POSS) || ng_lex_is_stop_cap(doc->lex, doc->toks[s].lower))
            continue;
        /* (after a word of where a party stands, or a country's
         * possessive: not "a Super Bowl party", "a Christmas party") */
        int owner = s > lo + 1 && (doc->toks[s - 1].flags & NG_TOK_POSS) ? ng_mention_at(doc, s - 2) : -1;
        bool political = s > lo && (ng_lex_listed(doc->lex, "party-modifiers", doc->toks[s - 1].lower) ||
                                    (owner >= 0 && doc->mentions[owner].type == NG_ACTOR_PLACE));
        if (!political)
            continue;
        const char *name = ng_doc_fold_range(doc, s, p);
        const ng_lex_entry *e = ng_lex_name_any_spelling(doc->lex, name);
        if ((e && e->kind != NG_ACTOR_ORG) || ng_lex_demonym(doc->lex, name))
            continue;
        bool whole = false, person = false;
        for (size_t m = 0; m < doc->nmention; m++) {
            const ng_mention *om = &doc->mentions[m];
            whole = whole || (om->type == NG_ACTOR_ORG && om->tok_start == s && om->tok_end == p);
            person = person || (om->type == NG_ACTOR_PERSON && om->tok_start <= s && om->tok_end >= p);
        }
        if (whole || (person && p - s == 1))
            continue;
        for (size_t m = 0; m < doc->nmention; m++) {
            ng_mention *om = &doc->mentions[m];
            if (om->tok_start >= s && om->tok_end <= p)
                om->type = -1;
        }
        ng_mention *pm = ng_mn_add(doc, s, p, NG_ACTOR_ORG);
        pm->lex = e;
    }
}

/* "the Center for Drug Evaluation and Research": a body's name with "for"
 * or "of" in it, "and" and one capitalized common word before a word in
 * lower case are one name (the tagger may read two; not "the Ministry of
 * Defence and Apple"). */
void ng_mn_and_tails(ng_document *doc)
{
    for (size_t m = 0; m < doc->nmention; m++) {
        ng_mention *a = &doc->mentions[m], *b = NULL;
        size_t e = a->tok_end;
        if (a->type != NG_ACTOR_ORG || e + 2 >= doc->ntok || !ng_tok_is(doc, e, "and") ||
            !ng_mn_has_connector(doc, a->tok_start, a->tok_end) || (doc->toks[e + 2].flags & NG_TOK_CAP) ||
            (doc->toks[e + 1].flags & NG_TOK_ALLCAPS))
            continue;
        for (size_t o = 0; o < doc->nmention && !b; o++)
            if (doc->mentions[o].tok_start == e + 1 && doc->mentions[o].tok_end == e + 2 &&
                doc->mentions[o].type >= 0 &&
                !doc->mentions[o].lex)
                b = &doc->mentions[o];
        if (!b)
            continue;
        bool common;
        ng_mn_name_bits(doc, e + 1, &common);
        if (!common)
            continue;
        ng_mn_respan(doc, a, a->tok_start, b->tok_end);
        b->type = -1;
    }
}

/* "McDonald's said", "Rival Wendy's said it had no plans": a name whose
 * "'s" ends it (S_brand_s) is a company's, the "'s" part of the name. */
void ng_mn_brand_possessives(ng_document *doc)
{
    bool *brand = calloc(doc->nmention + 1, sizeof *brand);
    size_t *brands = malloc((doc->nmention + 1) * sizeof *brands), nbrand = 0;
    for (size_t m = 0; m < doc->nmention; m++)
        if ((brand[m] = doc->mentions[m].type >= 0 && !doc->mentions[m].lex && S_brand_s(doc, &doc->mentions[m])))
            brands[nbrand++] = m;
    /* ("chairman at Sotheby's Europe" after "Sotheby's said": the name
     * with its "'s" wherever it stands; the names found so are few, so
     * thousands of mentions are not compared with each other) */
    for (size_t m = 0; m < doc->nmention; m++) {
        ng_mention *mm = &doc->mentions[m];
        for (size_t b = 0; b < nbrand && !brand[m]; b++)
            brand[m] = mm->type >= 0 && mm->tok_end < doc->ntok && (doc->toks[mm->tok_end].flags & NG_TOK_POSS) &&
                       !strcmp(mm->name, doc->mentions[brands[b]].name);
    }
    free(brands);
    for (size_t m = 0; m < doc->nmention; m++) {
        ng_mention *mm = &doc->mentions[m];
        if (!brand[m])
            continue;
        mm->tok_end++;
        mm->end = doc->toks[mm->tok_end - 1].end;
        mm->name = ng_mn_name_range(doc, mm->tok_start, mm->tok_end);
        mm->type = NG_ACTOR_ORG;
        mm->guessed = false;
    }
    free(brand);
}

/* "Rival Huawei launched ...": a sentence's first word that is a common
 * word and in no list of names, before a name the article uses alone
 * elsewhere ("Huawei had overtaken Apple"), is no part of that name; the
 * name takes its type from where it stands alone. Before a person's name,
 * only a word naming a kind of person (schemas/person-nouns.tsv) is such
 * a modifier; any other is the given name. */
void ng_mn_opening_modifiers(ng_document *doc)
{
    for (size_t m = 0; m < doc->nmention; m++) {
        ng_mention *mm = &doc->mentions[m];
        size_t k = mm->tok_start;
        if (mm->type < 0 || mm->lex || mm->tok_end - k < 2 || doc->sents[doc->toks[k].sent].tok_start != k ||
            (doc->toks[k].flags & (NG_TOK_ALLCAPS | NG_TOK_ABBREV)) || ng_mn_title_word(doc, k))
            continue;
        const char *rest = ng_mn_name_range(doc, k + 1, mm->tok_end);
        /* "Rival Honda Motor Co said": a word that describes companies
         * (before an acronym or a name the tagger reads as a body's, the
         * rules' guess of a person is none: "Rival AMD reported") */
        bool body = mm->type == NG_ACTOR_ORG ||
                    (mm->tok_end == k + 2 && (doc->toks[k + 1].flags & NG_TOK_ALLCAPS) &&
                     !(doc->toks[k + 1].flags & NG_TOK_ABBREV)) ||
                    ng_mn_tagger_reading(doc, k + 1, mm->tok_end) == 2;
        /* ("Chipmaker Nvidia also took part": a noun for a company, before
         * a name the tagger does not begin a person at) */
        /* (one that names nothing else: not "Club Brugge", "Studio
         * Ghibli"; nor "Carrier Corp") */
        bool company_noun = ng_lex_listed(doc->lex, "company-only-nouns", doc->toks[k].lower) &&
                            !(doc->ner_labels && doc->ner_labels[k + 1] == NER_B_PER) &&
                            !(mm->tok_end == k + 2 && ng_lex_is_company_name_end(doc->lex, doc->toks[k + 1].lower));
        if ((body && ng_lex_listed(doc->lex, "company-descriptors", doc->toks[k].lower)) || company_noun) {
            mm->tok_start = (uint32_t)(k + 1);
            mm->start = doc->toks[k + 1].start;
            mm->name = rest;
            mm->type = NG_ACTOR_ORG;
            mm->guessed = false;
            continue;
        }
        bool common;
        if (ng_mn_name_bits(doc, k, &common) || !common)
            continue;
        /* "Wladimir Klitschko ... Klitschko": before a person's name used
         * alone, a word that names no kind of person is the given name */
        bool role = ng_lex_person_noun(doc->lex, doc->toks[k].lower) != 0;
        /* ("Athletics Kenya said": not where the tagger reads all the words
         * as one body's name) */
        if (ng_mn_tagger_reading(doc, k, mm->tok_end) == 2)
            continue;
        for (size_t o = 0; o < doc->nmention; o++) {
            const ng_mention *om = &doc->mentions[o];
            if (o == m || om->type <= 0 || om->tok_end - om->tok_start != mm->tok_end - k - 1 ||
                strcasecmp(om->name, rest) != 0 || (om->type == NG_ACTOR_PERSON && !role))
                continue;
            mm->tok_start = (uint32_t)(k + 1);
            mm->start = doc->toks[k + 1].start;
            mm->name = rest;
            mm->type = om->type;
            mm->place_kind = om->place_kind;
            mm->guessed = false;
            break;
        }
    }
}

/* Does the article capitalize the word at token k elsewhere inside a
 * sentence (not where one opens)? Then it is a name's word, not a common
 * word capitalized by its place. */
static bool S_capitalized_inside_elsewhere(const ng_document *doc, size_t k)
{
    for (size_t q = 0; q < doc->ntok; q++)
        if (q != k && (doc->toks[q].flags & NG_TOK_CAP) && doc->sents[doc->toks[q].sent].tok_start != q &&
            !strcmp(doc->toks[q].lower, doc->toks[k].lower))
            return true;
    return false;
}

/* "Simply put, ...", "Race director Christian Prudhomme", "Campaign
 * group Dignity in Dying": one word opening a sentence that the word
 * table knows in lower case and lists under no name (before a noun for a
 * body, whatever it lists), which the article never capitalizes inside a
 * sentence, is a common word capitalized by its place, no actor. */
void ng_mn_opening_common_words(ng_document *doc)
{
    for (size_t m = 0; m < doc->nmention; m++) {
        ng_mention *mm = &doc->mentions[m];
        size_t k = mm->tok_start;
        if (mm->type < 0 || mm->lex || mm->title || mm->tok_end != k + 1 ||
            doc->sents[doc->toks[k].sent].tok_start != k || (doc->toks[k].flags & (NG_TOK_ALLCAPS | NG_TOK_ABBREV)))
            continue;
        bool common;
        uint16_t bits = ng_mn_name_bits(doc, k, &common);
        if (!common)
            continue;
        /* only a word the parse reads as no noun nor adjective ("Simply",
         * "Whenever"), one before a title in lower case ("Race director")
         * or a colon ("Correction:"): a noun may be a name the lists lack
         * ("Arsenal sacked its manager", "Rainfall made ...") */
        const char *upos = ng_dep_upos(doc, k);
        bool no_noun = strcmp(upos, "NOUN") && strcmp(upos, "PROPN") && strcmp(upos, "ADJ") && strcmp(upos, "X");
        bool before_title = k + 1 < doc->ntok && !(doc->toks[k + 1].flags & NG_TOK_CAP) && ng_mn_title_word(doc, k + 1);
        /* (or a noun in lower case between, whatever the name lists hold:
         * "Fire department spokeswoman Vasiliki Vathrakogianni") */
        bool before_noun_title = k + 2 < doc->ntok && !(doc->toks[k + 1].flags & NG_TOK_CAP) &&
                                 !strcmp(ng_dep_upos(doc, k + 1), "NOUN") && !(doc->toks[k + 2].flags & NG_TOK_CAP) &&
                                 ng_lex_is_title_head(doc->lex, doc->toks[k + 2].lower);
        /* (or one before a noun in lower case for a body and the body's
         * name: "Campaign group Dignity in Dying welcomed", "Rights group
         * Amnesty International") */
        const char *next = k + 2 < doc->ntok ? doc->toks[k + 1].lower : "";
        bool before_kind = *next && !(doc->toks[k + 1].flags & NG_TOK_CAP) && (doc->toks[k + 2].flags & NG_TOK_CAP) &&
                           (ng_lex_is_company_noun(doc->lex, next) || ng_lex_is_body_noun(doc->lex, next) ||
                            ng_lex_listed(doc->lex, "political-bodies", next));
        /* ("Health officials in Britain said": a word of posts' titles
         * before people in the plural names none, however often it opens
         * a body's name in the story, "the World Health Organization";
         * not a word for a body: "Party leaders" are the party's) */
        if (*next && !(doc->toks[k + 1].flags & NG_TOK_CAP) && ng_lex_person_noun(doc->lex, next) == 2 &&
            ng_lex_is_title_mod(doc->lex, doc->toks[k].lower) && !ng_lex_is_body_noun(doc->lex, doc->toks[k].lower) &&
            !ng_lex_listed(doc->lex, "political-bodies", doc->toks[k].lower)) {
            mm->type = -1;
            continue;
        }
        if ((bits && !before_kind && !before_noun_title) ||
            (!no_noun && !before_title && !before_noun_title && !before_kind && !ng_tok_is(doc, k + 1, ":")))
            continue;
        if (!S_capitalized_inside_elsewhere(doc, k))
            mm->type = -1;
    }
}

/* "Carmaker Jaguar Land Rover said", "Promoter Live Nation said",
 * "Celebrities Julianne Moore and Tilda Swinton": a noun for a company or
 * for people opening a sentence before a name, capitalized only by its
 * place (a common word, which the article never capitalizes inside a
 * sentence), is no word of the name; a company's noun makes the name a
 * body's, as does the tagger reading the rest as a body. */
void ng_mn_opening_kind_nouns(ng_document *doc)
{
    for (size_t m = 0; m < doc->nmention; m++) {
        ng_mention *mm = &doc->mentions[m];
        size_t k = mm->tok_start;
        const ng_sentence *s = &doc->sents[doc->toks[k].sent];
        if (mm->type <= 0 || mm->lex || mm->tok_end < k + 2 || (k != s->tok_start && k != ng_dateline_end(doc, s)) ||
            (doc->toks[k].flags & (NG_TOK_ALLCAPS | NG_TOK_ABBREV)) || ng_mn_title_word(doc, k))
            continue;
        const char *w = doc->toks[k].lower;
        bool company = ng_lex_is_company_noun(doc->lex, w) || ng_lex_listed(doc->lex, "company-only-nouns", w);
        bool common;
        /* (or nouns for several: "Moderators Norah O'Donnell and Margaret
         * Brennan"; the list of nouns for people is a dictionary's, so the
         * word table need not know the word; not a people's word:
         * "American Airlines"; nor an adjective: "Individual Rights") */
        int person_noun = ng_lex_person_noun(doc->lex, w);
        /* (nor one of a region's people, which the dictionary lists and
         * the demonyms may not: "Bavarian Nordic", "Texan") */
        size_t n = strlen(w);
        if (!company && n > 3 && (!strcmp(w + n - 2, "an") || !strcmp(w + n - 3, "ese")))
            continue;
        if ((!company && !person_noun) || (ng_mn_name_bits(doc, k, &common) & (1u | 16u)) ||
            (!common && !person_noun) || ng_lex_demonym(doc->lex, w) || !strcmp(ng_dep_upos(doc, k), "ADJ"))
            continue;
        if (S_capitalized_inside_elsewhere(doc, k))
            continue;
        /* (a word the word table does not know as common, that the tagger
         * begins a person's name at, is a given name: "Inger Andersen"; the
         * dictionary knows odd nouns) */
        if (!company && !common && doc->ner_labels && doc->ner_labels[k] == NER_B_PER &&
            doc->ner_labels[k + 1] == NER_I_PER)
            continue;
        if (company || ng_mn_tagger_reading(doc, k + 1, mm->tok_end) == 2) {
            mm->type = NG_ACTOR_ORG;
            mm->place_kind = 0;
            mm->guessed = false;
        }
        ng_mn_respan(doc, mm, k + 1, mm->tok_end);
    }
}

/* A score ("3-1", "2–2", "1 – 0") among the n tokens from k in the
 * sentence. */
static bool S_score_within(const ng_document *doc, size_t k, size_t end, size_t n)
{
    for (size_t q = k; q < end && q < k + n; q++) {
        const char *w = doc->toks[q].lower;
        /* (or a margin: "beat Australia by 295 runs", "by two strokes") */
        if (q + 2 < end && ng_tok_is(doc, q, "by") && !strcmp(ng_dep_upos(doc, q + 1), "NUM") &&
            ng_lex_listed(doc->lex, "margin-nouns", doc->toks[q + 2].lower))
            return true;
        if (q + 2 < end && (doc->toks[q].flags & NG_TOK_NUM) && ng_tok_is_dash(doc, q + 1) &&
            (doc->toks[q + 2].flags & NG_TOK_NUM) && strlen(w) <= 2)
            return true;
        const char *dash = w[0] >= '0' && w[0] <= '9' ? strpbrk(w, "-\xe2") : NULL;
        if (dash && strspn(w, "0123456789") == (size_t)(dash - w) && dash[dash[0] == '-' ? 1 : 3] >= '0' &&
            dash[dash[0] == '-' ? 1 : 3] <= '9')
            return true;
    }
    return false;
}

/* Does a city's mention stand for a side: "Liverpool beat Real Madrid
 * 3-1", "beat Liverpool 2-0", "Liverpool coach Arne Slot"? */
static bool S_side_mention(const ng_document *doc, const ng_mention *m)
{
    size_t b = m->tok_start, e = m->tok_end, end = doc->sents[doc->toks[b].sent].tok_end;
    /* (a player's country: "Lorenzo Musetti of Italy beat Felix
     * Auger-Aliassime of Canada 6-4, 6-2") */
    if (b >= 2 && ng_tok_is(doc, b - 1, "of")) {
        int who = ng_mention_at(doc, b - 2);
        if (who >= 0 && doc->mentions[who].tok_end == b - 1 && doc->mentions[who].type == NG_ACTOR_PERSON)
            return false;
    }
    /* (also in a relative clause: "Liverpool, who drew 1-1 with Chelsea") */
    size_t v = e + 2 < end && ng_tok_is(doc, e, ",") && (ng_tok_is(doc, e + 1, "who") || ng_tok_is(doc, e + 1, "which"))
                   ? e + 2
                   : e;
    if (v < end && ng_lex_is_result_verb(doc->lex, doc->toks[v].lower) && S_score_within(doc, v + 1, end, 6))
        return true;
    /* (a word may describe the side beaten: "defeated debutants Panama") */
    size_t r = b > 1 && !(doc->toks[b - 1].flags & NG_TOK_CAP) && (doc->toks[b - 1].flags & NG_TOK_WORD) ? b - 1 : b;
    if (((r > 0 && ng_lex_is_result_verb(doc->lex, doc->toks[r - 1].lower)) ||
         (b > 0 && ng_lex_is_result_verb(doc->lex, doc->toks[b - 1].lower))) &&
        S_score_within(doc, e, end, 2))
        return true;
    /* "Tunisia lost 1 – 2 to England", "Arsenal drew 1-1 with Crystal
     * Palace" */
    /* (the score just before the word: not "approved 14-0, with Russia
     * abstaining") */
    size_t from = b > 5 ? b - 5 : 0;
    const char *before = b > 1 ? doc->toks[b - 2].lower : "";
    if (b > 1 && (ng_tok_is(doc, b - 1, "to") || ng_tok_is(doc, b - 1, "with")) && before[0] &&
        before[strlen(before) - 1] >= '0' && before[strlen(before) - 1] <= '9' &&
        from >= doc->sents[doc->toks[b].sent].tok_start && S_score_within(doc, from, b - 1, 4))
        return true;
    /* "the final of the League Cup, where they lost to Liverpool" */
    /* (a side's verb, a name's or "they"'s: not "jobs lost to China") */
    if (b >= 3 && ng_tok_is(doc, b - 1, "to") && (ng_tok_is(doc, b - 2, "lost") || ng_tok_is(doc, b - 2, "loses"))) {
        size_t s = b - 3;
        if (s > 0 && (ng_tok_is(doc, s, "had") || ng_tok_is(doc, s, "have") || ng_tok_is(doc, s, "has")))
            s--;
        if (ng_mention_at(doc, s) >= 0 || ng_tok_is(doc, s, "they") || ng_tok_is(doc, s, "we") ||
            ng_tok_is(doc, s, "who"))
            return true;
    }
    /* "South Africa reached the final by beating New Zealand by 50 runs":
     * the subject of a clause whose side won with a score after "by",
     * "after" or a comma and a participle of winning */
    if (!strncmp(ng_dep_rel(doc, ng_dep_span_head(doc, b, e)), "nsubj", 5)) {
        for (size_t q = e + 1; q + 1 < end && q < e + 12; q++)
            if (ng_tok_ing_form(doc, q) && ng_lex_is_result_verb(doc->lex, doc->toks[q].lower) &&
                (ng_tok_is(doc, q - 1, "by") || ng_tok_is(doc, q - 1, "after") || ng_tok_is(doc, q - 1, ",")) &&
                S_score_within(doc, q + 1, end, 8))
                return true;
    }
    /* "United will face Coventry in the semifinals": the side a club
     * meets */
    size_t fv = b >= 2 && ng_tok_is(doc, b - 1, "the") ? b - 2 : b - 1;
    if (b >= 2 && fv > doc->sents[doc->toks[b].sent].tok_start && !(doc->toks[fv].flags & NG_TOK_CAP) &&
        ng_lex_listed(doc->lex, "fixture-verbs", doc->toks[fv].lower)) {
        size_t q = fv;
        while (q > doc->sents[doc->toks[b].sent].tok_start + 1 && q + 3 > fv &&
               (!strcmp(ng_dep_upos(doc, q - 1), "AUX") || !strcmp(ng_dep_upos(doc, q - 1), "ADV")))
            q--;
        int side = ng_mention_at(doc, q - 1);
        /* (or a name no type is given yet: "United", short for a club) */
        if (side >= 0 && doc->mentions[side].tok_end == q &&
            (doc->mentions[side].type == NG_ACTOR_ORG || doc->mentions[side].type == 0))
            return true;
        /* (or "they" play it after a score in the sentence or the one
         * before: "India beat Australia by six wickets ..., where they will
         * play South Africa"; not "they will visit France", "they play
         * Ryder Auditorium") */
        uint32_t sent = doc->toks[b].sent;
        size_t lead = doc->sents[sent > 0 ? sent - 1 : sent].tok_start;
        if (side < 0 && (ng_tok_is(doc, q - 1, "they") || ng_tok_is(doc, q - 1, "we")) &&
            (ng_tok_is(doc, fv, "play") || ng_tok_is(doc, fv, "plays")) &&
            !ng_lex_is_place_head(doc->lex, doc->toks[e - 1].lower) && S_score_within(doc, lead, end, end - lead))
            return true;
    }
    /* "Liverpool face Manchester United", "Liverpool fired manager Arne
     * Slot": a fixture against a body, or a side's coach hired or fired */
    /* (past helpers and "the": "Kansas City will face the Philadelphia
     * Eagles") */
    size_t fx = e;
    while (fx < end && fx < e + 2 && !strcmp(ng_dep_upos(doc, fx), "AUX"))
        fx++;
    if (fx + 1 < end && ng_lex_listed(doc->lex, "fixture-verbs", doc->toks[fx].lower)) {
        size_t ob = ng_tok_is(doc, fx + 1, "the") ? fx + 2 : fx + 1;
        int o = ob < end ? ng_mention_at(doc, ob) : -1;
        if (o >= 0 && doc->mentions[o].tok_start == ob && doc->mentions[o].type == NG_ACTOR_ORG)
            return true;
    }
    if (e + 2 < end && ng_lex_listed(doc->lex, "hiring-verbs", doc->toks[e].lower) &&
        ng_lex_listed(doc->lex, "side-titles", doc->toks[e + 1].lower))
        return true;
    /* ("Liverpool have appointed Arne Slot as their new head coach": the
     * person hired, then "as" and a side's post) */
    bool aux = e < end && (ng_tok_is(doc, e, "have") || ng_tok_is(doc, e, "has") || ng_tok_is(doc, e, "had"));
    size_t h = aux ? e + 1 : e;
    int hired = h + 1 < end && ng_lex_listed(doc->lex, "hiring-verbs", doc->toks[h].lower) ? ng_mention_at(doc, h + 1)
                                                                                         : -1;
    if (hired >= 0 && doc->mentions[hired].tok_start == h + 1 && doc->mentions[hired].type == NG_ACTOR_PERSON) {
        size_t as = doc->mentions[hired].tok_end;
        for (size_t q = as + 1; as < end && ng_tok_is(doc, as, "as") && q < end && q <= as + 4; q++)
            if (ng_lex_listed(doc->lex, "side-titles", doc->toks[q].lower))
                return true;
    }
    /* "the Wild's 4-1 win over the Sabres", "a 4-1 loss to the Wild" */
    if (e + 3 < end && (doc->toks[e].flags & NG_TOK_POSS) && S_score_within(doc, e + 1, end, 2) &&
        (ng_lex_listed(doc->lex, "result-nouns", doc->toks[e + 2].lower) ||
         ng_lex_listed(doc->lex, "result-nouns", doc->toks[e + 4 < end ? e + 4 : e + 2].lower)))
        return true;
    size_t noun = b >= 2 && ng_tok_is(doc, b - 1, "the") ? b - 2 : b - 1;
    if (b >= 2 && noun > 0 && (ng_tok_is(doc, noun, "over") || ng_tok_is(doc, noun, "to") ||
                               ng_tok_is(doc, noun, "against")) &&
        ng_lex_listed(doc->lex, "result-nouns", doc->toks[noun - 1].lower) && noun >= 4 &&
        S_score_within(doc, noun - 4, noun - 1, 3))
        return true;
    /* "Luka Doncic had 28 points for Dallas": a player's figures for a side */
    if (b >= 3 && ng_tok_is(doc, b - 1, "for") && ng_lex_listed(doc->lex, "stat-nouns", doc->toks[b - 2].lower) &&
        (doc->toks[b - 3].flags & NG_TOK_NUM))
        return true;
    /* ("Tunisia's coach Nabil Maaloul", "Hernan Dario Gomez, Panama coach") */
    if (e + 1 < end && (doc->toks[e].flags & NG_TOK_POSS))
        e++;
    return e < end && !(doc->toks[e].flags & NG_TOK_CAP) && ng_lex_listed(doc->lex, "side-titles", doc->toks[e].lower);
}

/* A club the article names after the city of mention c ("Real Madrid"
 * for "Madrid"): actors.c gives the city's mentions to it. */
static bool S_club_named_after(const ng_document *doc, const ng_mention *c)
{
    for (size_t o = 0; o < doc->nmention; o++) {
        const ng_mention *om = &doc->mentions[o];
        if (om->type == NG_ACTOR_ORG && om->tok_end - om->tok_start >= 2 && c->tok_end - c->tok_start == 1 &&
            !strcmp(doc->toks[om->tok_end - 1].lower, doc->toks[c->tok_start].lower))
            return true;
    }
    return false;
}

/* Is sentence s written all in capitals (a subheading, a shouted line:
 * "WHO IS THE FRONT-RUNNER?"), three words or more? */
static bool S_shouted_sentence(const ng_document *doc, size_t s)
{
    size_t words = 0;
    for (size_t k = doc->sents[s].tok_start; k < doc->sents[s].tok_end; k++) {
        const ng_token *t = &doc->toks[k];
        bool letters = false;
        for (size_t q = t->start; q < t->end && !letters; q++) {
            char c = doc->art->text[q];
            letters = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }
        if (!letters)
            continue;
        if (!(t->flags & NG_TOK_ALLCAPS) && t->end - t->start > 1)
            return false;
        words++;
    }
    return words >= 3;
}

/* Is token k, in a shouted sentence, a word and no name: a function word
 * or a common word the word table knows in lower case? */
static bool S_shouted_word(const ng_document *doc, size_t k)
{
    return ng_lex_is_stop_cap(doc->lex, doc->toks[k].lower) || ng_mn_common_word_in_capitals(doc, k) ||
           !(doc->toks[k].flags & NG_TOK_WORD);
}

/* Is sentence s written in title case (a headline, a link's text: "Marco
 * Rubio Responds To Critics"), four words or more, three in four of them
 * capitalized, a function word among them? */
static bool S_title_case_sentence(const ng_document *doc, size_t s)
{
    size_t words = 0, capitals = 0, function_words = 0;
    for (size_t k = doc->sents[s].tok_start; k < doc->sents[s].tok_end; k++) {
        const ng_token *t = &doc->toks[k];
        if (!(t->flags & NG_TOK_WORD))
            continue;
        words++;
        if (t->flags & NG_TOK_CAP) {
            capitals++;
            function_words += k > doc->sents[s].tok_start && ng_lex_is_stop_cap(doc->lex, t->lower);
        }
    }
    return words >= 4 && capitals * 4 >= words * 3 && function_words > 0;
}

/* Is token k, in a title-case sentence, a word no person's name has: a
 * function word, or a common word in no list of names ("Responds",
 * "Using")? */
static bool S_title_case_word(const ng_document *doc, size_t k)
{
    bool common;
    uint16_t bits = ng_mn_name_bits(doc, k, &common);
    /* (a first name or a surname is a name's: "Will Dunham") */
    if (bits & (1u | 16u))
        return false;
    return ng_lex_is_stop_cap(doc->lex, doc->toks[k].lower) || (common && !bits) ||
           !(doc->toks[k].flags & NG_TOK_WORD);
}

/* Tokens [*i, *j) less the words at either end that word_at says are no
 * name's, keeping at least `least` of them. */
static void S_trim_words(const ng_document *doc, size_t *i, size_t *j, size_t least,
                         bool (*word_at)(const ng_document *, size_t))
{
    while (*i + least < *j && word_at(doc, *i))
        (*i)++;
    while (*j > *i + least && word_at(doc, *j - 1))
        (*j)--;
}

/* "HOW WILL OBAMA PLAY", "WHO IS THE FRONT-RUNNER?": in a line written in
 * capitals nothing tells a name from the words around it, so a name there
 * keeps only the words no common word spells, and none of a list's names
 * written as a common word ("WHO", the World Health Organization) or with
 * one inside ("WILL THEY BASH THE BILLIONAIRES"). */
static void S_shouted_name(ng_document *doc, ng_mention *mm)
{
    size_t i = mm->tok_start, j = mm->tok_end;
    if (mm->lex) {
        bool inside = false;
        for (size_t k = i; k < j && !inside; k++)
            inside = j - i == 1 ? S_shouted_word(doc, k)
                                : ng_lex_is_stop_cap(doc->lex, doc->toks[k].lower) && (k == i || k + 1 == j);
        if (inside)
            mm->type = -1;
        return;
    }
    S_trim_words(doc, &i, &j, 0, S_shouted_word);
    if (i == j) {
        mm->type = -1;
    } else if (i != mm->tok_start || j != mm->tok_end) {
        ng_mn_respan(doc, mm, i, j);
        mm->title = mm->more_titles[0] = mm->more_titles[1] = NULL;
        /* (what the words left are: a name the lists know, or a name of no
         * known kind; the whole line's reading was the tagger's) */
        const ng_lex_entry *e = ng_lex_name_any_spelling(doc->lex, ng_doc_fold_range(doc, i, j));
        mm->lex = e;
        mm->type = e ? e->kind : 0;
        mm->place_kind = e ? e->place_kind : 0;
        mm->guessed = false;
    }
}

/* "Marco Rubio Responds", "Using Ted Cruz": in a line in title case a
 * person's name keeps none of the common words the tagger read on into
 * (a person's only: bodies' and places' names end in common words, "Jones
 * Beach Theater", "Budweiser Stage"). */
static void S_title_case_name(ng_document *doc, ng_mention *mm)
{
    size_t i = mm->tok_start, j = mm->tok_end;
    if (mm->lex || j - i < 2 || mm->type != NG_ACTOR_PERSON)
        return;
    S_trim_words(doc, &i, &j, 1, S_title_case_word);
    if (i == mm->tok_start && j == mm->tok_end)
        return;
    ng_mn_respan(doc, mm, i, j);
    /* (one common word left is no name, unless people are named so: "Need
     * Fewer Philosophers", "Bad Idea"; not "Trump Is") */
    bool common;
    if (j == i + 1 && (ng_mn_name_bits(doc, i, &common) & (1u | 16u)) == 0 && common)
        mm->type = 0;
}

/* Names in lines written in capitals or in title case (headlines,
 * subheadings, links' text), each sentence's case read once. */
void ng_mn_capitalized_lines(ng_document *doc)
{
    enum { UNREAD, PLAIN, SHOUTED, TITLE_CASE };
    uint8_t *kind = ng_arena_alloc(&doc->arena, doc->nsent + 1);
    memset(kind, UNREAD, doc->nsent + 1);
    for (size_t m = 0; m < doc->nmention; m++) {
        ng_mention *mm = &doc->mentions[m];
        if (mm->type < 0)
            continue;
        size_t s = doc->toks[mm->tok_start].sent;
        if (kind[s] == UNREAD)
            kind[s] = S_shouted_sentence(doc, s) ? SHOUTED : S_title_case_sentence(doc, s) ? TITLE_CASE : PLAIN;
        if (kind[s] == SHOUTED)
            S_shouted_name(doc, mm);
        else if (kind[s] == TITLE_CASE)
            S_title_case_name(doc, mm);
    }
}

/* "reported by Kan on Monday", "Tenn was close": a state's abbreviation
 * the lexicon lists without its full stop ("Kan", "Calif", "Tenn") names
 * the state only as datelines and addresses write it, with the stop after
 * it ("Topeka, Kan.") or after a town and a comma; elsewhere it is the
 * word the tagger reads (a surname), or nothing. */
void ng_mn_state_abbreviations(ng_document *doc)
{
    for (size_t m = 0; m < doc->nmention; m++) {
        ng_mention *mm = &doc->mentions[m];
        size_t i = mm->tok_start;
        const ng_lex_entry *e = mm->lex;
        /* "Tom Molomby, SC,": a post-nominal after a person's name (Senior
         * Counsel), no state */
        if (mm->type >= 0 && e && mm->tok_end == i + 1 && ng_mn_post_nominal_after_name(doc, i)) {
            mm->type = -1;
            continue;
        }
        /* (not "N.H.", "S.C.", whose stops are inside; nor postal codes,
         * read only after a town already: "Montpelier, VT") */
        if (mm->type < 0 || !e || e->place_kind != NG_PLACE_REGION || e->country < 0 || mm->tok_end != i + 1 ||
            strlen(doc->toks[i].lower) > 5 || !strcasecmp(doc->toks[i].lower, e->name) ||
            strchr(doc->toks[i].lower, '.') || (doc->toks[i].flags & NG_TOK_ALLCAPS))
            continue;
        bool stop = i + 1 < doc->ntok && doc->art->text[doc->toks[i + 1].start] == '.' &&
                    doc->toks[i + 1].start == doc->toks[i].end;
        bool after_town = i >= 2 && ng_tok_is(doc, i - 1, ",") && (doc->toks[i - 2].flags & NG_TOK_CAP);
        if (stop || after_town)
            continue;
        int reading = ng_mn_actor_type_of_reading(ng_mn_tagger_reading(doc, i, i + 1));
        mm->lex = NULL;
        mm->place_kind = 0;
        mm->type = reading ? reading : -1;
    }
}

/* Is token k an acronym's plural ("SUVs", "DSPs", "SSPs": a common noun,
 * no name of anything)? */
static bool S_acronym_plural(const ng_document *doc, size_t k)
{
    const char *w = doc->art->text + doc->toks[k].start;
    size_t n = doc->toks[k].end - doc->toks[k].start, upper = 0;
    for (size_t q = 0; q + 1 < n; q++)
        upper += w[q] >= 'A' && w[q] <= 'Z';
    return n >= 3 && w[n - 1] == 's' && upper == n - 1;
}

/* "Wednesdays", "Sundays": a weekday's name in the plural; "Hantavirus",
 * "Norovirus": a virus's. */
static bool S_day_or_virus(const ng_document *doc, size_t k)
{
    const char *w = doc->toks[k].lower;
    size_t n = strlen(w);
    char one[16];
    if (n > 5 && !strcmp(w + n - 5, "virus"))
        return true;
    if (n < 7 || n >= sizeof one || w[n - 1] != 's')
        return false;
    memcpy(one, w, n - 1);
    one[n - 1] = '\0';
    return ng_weekday_from_name(one) >= 0;
}

/* Is token k a word no name of a person has: a model or part code of
 * letters and digits ("RAV4", "F-150", "S24"), or an acronym's plural
 * ("SUVs", "DSPs": a common noun)? */
static bool S_no_name_word(const ng_document *doc, size_t k)
{
    const char *w = doc->art->text + doc->toks[k].start;
    size_t n = doc->toks[k].end - doc->toks[k].start;
    bool letter = false, digit = false, ascii = true;
    for (size_t q = 0; q < n; q++) {
        letter = letter || (w[q] >= 'a' && w[q] <= 'z') || (w[q] >= 'A' && w[q] <= 'Z');
        digit = digit || (w[q] >= '0' && w[q] <= '9');
        ascii = ascii && (unsigned char)w[q] < 0x80;
    }
    /* (not a name garbled by a wrong decoding: "GÃ1" of "Gülen") */
    return (letter && digit && ascii) || S_acronym_plural(doc, k);
}

/* "the Clintons", "the Nazis": a family's or a people's plural */
static bool S_family_plural(const ng_document *doc, size_t k)
{
    return ng_plural_word(doc->toks[k].lower);
}

/* "the Koch and Giuliani administrations", "the God of Abraham": a word
 * after a name at k that joins it to more, whatever the parse reads */
static bool S_modifier_joined(const ng_document *doc, size_t k)
{
    return ng_tok_is(doc, k, "and") || ng_tok_is(doc, k, "or") || ng_tok_is(doc, k, "of") || ng_tok_is(doc, k, "&");
}

/* Is the word at token k (of mention m) a word of a person's name the
 * article writes without "the" before it ("President Obama ... the Obama
 * of 2008", "Donald Trump ... the Donald")? */
static bool S_word_of_a_person(const ng_document *doc, size_t m, size_t k)
{
    for (size_t o = 0; o < doc->nmention; o++) {
        const ng_mention *om = &doc->mentions[o];
        if (o == m || om->type != NG_ACTOR_PERSON || (om->tok_start > 0 && ng_tok_is(doc, om->tok_start - 1, "the")))
            continue;
        for (size_t q = om->tok_start; q < om->tok_end; q++)
            if (!strcmp(doc->toks[q].lower, doc->toks[k].lower))
                return true;
    }
    return false;
}

/* "The Singapore-flagged Dali", "a Liberian-flagged tanker, the Sounion":
 * a ship's flag ("-flagged") opening the name or right before it. */
static bool S_flagged(const ng_document *doc, const ng_mention *mm)
{
    for (size_t k = mm->tok_start > 0 ? mm->tok_start - 1 : 0; k < mm->tok_end - 1 && k < mm->tok_start + 3; k++) {
        const char *w = doc->toks[k].lower;
        size_t n = strlen(w);
        if ((n > 8 && !strcmp(w + n - 8, "-flagged")) ||
            (!strcmp(w, "flagged") && k > 0 && ng_tok_is(doc, k - 1, "-")))
            return true;
    }
    return false;
}

/* Is token k a noun for a ship (`vessel-nouns`: "tanker"; "carrier"
 * after a cargo's word: "a vehicle carrier", not the airline)? */
static bool S_vessel_noun(const ng_document *doc, size_t k)
{
    if (k >= doc->ntok || (doc->toks[k].flags & NG_TOK_CAP))
        return false;
    if (ng_lex_listed(doc->lex, "vessel-nouns", doc->toks[k].lower))
        return true;
    return k > 0 && ng_tok_is(doc, k, "carrier") && ng_lex_listed(doc->lex, "carrier-cargoes", doc->toks[k - 1].lower);
}

/* "the cargo ship Galaxy Leader", "The Galaxy Leader, a vehicle carrier
 * operated by a Japanese company,": a name right after a noun for a ship,
 * or set off by an apposition whose head is one, is a ship's. */
static bool S_ship_name(const ng_document *doc, const ng_mention *mm)
{
    if (mm->tok_start > 0 && S_vessel_noun(doc, mm->tok_start - 1))
        return true;
    size_t k = mm->tok_end;
    if (k + 2 >= doc->ntok || !ng_tok_is(doc, k, ",") ||
        !(ng_tok_is(doc, k + 1, "a") || ng_tok_is(doc, k + 1, "an") || ng_tok_is(doc, k + 1, "the")))
        return false;
    /* (the apposition's head: not "a high-strung ship captain") */
    for (size_t q = k + 2; q < doc->ntok && q < k + 6 && (doc->toks[q].flags & NG_TOK_WORD); q++)
        if (S_vessel_noun(doc, q) && !(q + 1 < doc->ntok && !strcmp(ng_dep_upos(doc, q + 1), "NOUN")))
            return true;
    return false;
}

/* "TOYOTA RAV4 PRIME", "new cars, trucks and SUVs": a name the tagger read
 * as a person's with a word no person's name has is no person's, nor is a
 * ship's ("USS Abraham Lincoln"); "CB
 * Tavierre Thomas", "Stats QB Jordan Ruiz": a player's position written
 * before his name in a roster (`position-abbreviations`) is not part of
 * it, nor is a word before the position. */
void ng_mn_forms_no_person_has(ng_document *doc)
{
    for (size_t m = 0; m < doc->nmention; m++) {
        ng_mention *mm = &doc->mentions[m];
        if (mm->type < 0 || mm->type == NG_ACTOR_GROUP || mm->lex)
            continue;
        /* "the USS Abraham Lincoln", "HMS Queen Elizabeth": a ship's prefix
         * (`vessel-prefixes`) opening the name or right before it makes it
         * a ship's, no actor */
        size_t b = mm->tok_start;
        if (ng_lex_listed(doc->lex, "vessel-prefixes", doc->toks[b].lower) ||
            (b > 0 && (doc->toks[b - 1].flags & NG_TOK_ALLCAPS) &&
             ng_lex_listed(doc->lex, "vessel-prefixes", doc->toks[b - 1].lower)) || S_flagged(doc, mm)) {
            mm->type = -1;
            continue;
        }
        /* (or a noun for a ship says so: "the tanker Sounion"; wherever
         * the article writes the name) */
        if (!mm->title && S_ship_name(doc, mm)) {
            for (size_t o = 0; o < doc->nmention; o++)
                if (o != m && doc->mentions[o].type >= 0 && !strcmp(doc->mentions[o].name, mm->name))
                    doc->mentions[o].type = -1;
            mm->type = -1;
            continue;
        }
        /* (an acronym's plural alone is no body's or place's name either,
         * nor are days of the week or viruses: "on Wednesdays") */
        if (mm->tok_end == mm->tok_start + 1 &&
            (S_acronym_plural(doc, mm->tok_start) || S_day_or_virus(doc, mm->tok_start))) {
            mm->type = 0;
            continue;
        }
        /* (a position of one letter only opening the name, "S Juston
         * Burris", "F Hamidou Diallo": elsewhere it is an initial, "George
         * W Bush") */
        for (size_t k = mm->tok_start; k < mm->tok_start + 2 && k + 2 < mm->tok_end; k++)
            if (((doc->toks[k].flags & NG_TOK_ALLCAPS) &&
                 ng_lex_listed(doc->lex, "position-abbreviations", doc->toks[k].lower)) ||
                (k == mm->tok_start && doc->toks[k].end == doc->toks[k].start + 1 &&
                 (doc->toks[k].flags & NG_TOK_CAP) &&
                 ng_lex_listed(doc->lex, "position-letters", doc->toks[k].lower))) {
                ng_mn_respan(doc, mm, k + 1, mm->tok_end);
                mm->type = NG_ACTOR_PERSON;
                break;
            }
        if (mm->type != NG_ACTOR_PERSON)
            continue;
        bool odd = false;
        for (size_t k = mm->tok_start; k < mm->tok_end && !odd; k++)
            odd = S_no_name_word(doc, k);
        /* (nor one ending in a product's noun: "VW Atlas Cross Sport SUV",
         * "Mustang Mach E SUV") */
        odd = odd || (mm->tok_end - mm->tok_start >= 2 &&
                      ng_lex_is_product_noun(doc->lex, doc->toks[mm->tok_end - 1].lower));
        if (odd) {
            mm->type = 0;
            mm->title = mm->more_titles[0] = mm->more_titles[1] = NULL;
            continue;
        }
        /* "her second best actress Oscar", "won an Emmy": an award's name
         * (`award-words`) alone is no person's, unless the article names
         * someone so ("Oscar Piastri") */
        size_t k = mm->tok_start;
        if (mm->tok_end == k + 1 && ng_lex_listed(doc->lex, "award-words", doc->toks[k].lower) &&
            !S_word_of_a_person(doc, m, k)) {
            mm->type = -1;
            continue;
        }
        /* "the Elysee said", "talks at the Ritz": one word after "the"
         * that heads its phrase is no person's name (a person's is the
         * modifier in "the Biden administration"): a place after a
         * preposition of place, a body elsewhere ("told the Hill") */
        if (mm->tok_end == k + 1 && k > 0 && ng_tok_is(doc, k - 1, "the") && !ng_tok_possessive(doc, k + 1) &&
            k + 1 < doc->ntok && !mm->title && strcmp(ng_dep_upos(doc, k + 1), "NOUN") != 0 &&
            strcmp(ng_dep_upos(doc, k + 1), "PROPN") != 0 && !S_family_plural(doc, k) &&
            !S_word_of_a_person(doc, m, k) && !S_modifier_joined(doc, k + 1) &&
            !ng_lex_demonym(doc->lex, doc->toks[k].lower) && !ng_lex_is_storm_word(doc->lex, doc->toks[k].lower) &&
            !strchr(doc->toks[k].lower, '-')) {
            mm->type = ng_location_preposition(doc, k - 1) ? NG_ACTOR_PLACE : NG_ACTOR_ORG;
            mm->place_kind = 0;
            mm->guessed = false;
        }
    }
}

/* Are tokens [k, k + n) written as tokens [q, q + n)? */
static bool S_same_words(const ng_document *doc, size_t k, size_t q, size_t n)
{
    for (size_t d = 0; d < n; d++) {
        const ng_token *a = &doc->toks[k + d], *b = &doc->toks[q + d];
        if (a->end - a->start != b->end - b->start ||
            memcmp(doc->art->text + a->start, doc->art->text + b->start, a->end - a->start) != 0)
            return false;
    }
    return true;
}

/* "Sabres goaltender Pia Sund ... the Wild's 4-1 win over the Sabres": a
 * side's name names the same actor
 * wherever it is written the same way on its own, though the tagger passed
 * over it there: not inside a longer run of capitals, nor as a sentence's
 * first word when that is a common word ("Wild fires ..."). */
void ng_mn_repeated_sides(ng_document *doc)
{
    int32_t *cover, *starting;
    S_cover_index(doc, &cover, &starting);
    size_t n0 = doc->nmention;
    for (size_t m = 0; m < n0; m++) {
        const ng_mention *mm = &doc->mentions[m];
        size_t i = mm->tok_start, n = mm->tok_end - mm->tok_start;
        /* (a side only: a game settles its type; "Inner Mongolia" read as
         * a body once, for the office after its possessive, or "DH" read
         * so once, are not spread over the rest) */
        if (!mm->side || mm->type <= 0 || mm->lex || n > 2 || mm->metonym || ng_lex_name_of(doc, i, i + n))
            continue;
        bool named = true;
        for (size_t d = 0; d < n && named; d++)
            named = (doc->toks[i + d].flags & NG_TOK_CAP) && (doc->toks[i + d].flags & NG_TOK_WORD) &&
                    !ng_lex_is_stop_cap(doc->lex, doc->toks[i + d].lower);
        /* (only a name the article types one way: "Inner Mongolia" the
         * region and the body of "Inner Mongolia health commission" are
         * left as the tagger read each) */
        for (size_t o = 0; o < n0 && named; o++) {
            const ng_mention *om = &doc->mentions[o];
            named = om->type <= 0 || om->tok_end - om->tok_start != n || om->type == mm->type ||
                    !S_same_words(doc, om->tok_start, i, n);
        }
        for (size_t k = 0; named && k + n <= doc->ntok; k++) {
            bool free = true;
            for (size_t d = 0; d < n && free; d++)
                free = cover[k + d] < 0;
            if (!free || !S_same_words(doc, k, i, n))
                continue;
            size_t sent_start = doc->sents[doc->toks[k].sent].tok_start;
            bool longer = (k > sent_start && (doc->toks[k - 1].flags & NG_TOK_CAP) &&
                           (doc->toks[k - 1].flags & NG_TOK_WORD)) ||
                          (k + n < doc->ntok && (doc->toks[k + n].flags & NG_TOK_CAP) &&
                           (doc->toks[k + n].flags & NG_TOK_WORD) && doc->toks[k + n].sent == doc->toks[k].sent);
            bool common;
            ng_mn_name_bits(doc, k, &common);
            if (longer || (k == sent_start && common))
                continue;
            ng_mention *add = ng_mn_add(doc, k, k + n, doc->mentions[m].type);
            mm = &doc->mentions[m]; /* (ng_mn_add may move the array) */
            add->place_kind = mm->place_kind;
            add->side = mm->side;
            for (size_t d = 0; d < n; d++)
                cover[k + d] = (int32_t)(doc->nmention - 1);
        }
    }
}

/* "the Hartford Hawks host ... The Hawks beat the Falcons 98-91": a name
 * the tagger reads as a place that ends in the words of a side the
 * article shows playing is that side's full name (a city and its club's
 * nickname), a body. */
void ng_mn_sides_by_nickname(ng_document *doc)
{
    for (size_t m = 0; m < doc->nmention; m++) {
        const ng_mention *side = &doc->mentions[m];
        size_t n = side->tok_end - side->tok_start;
        if (!side->side || side->type != NG_ACTOR_ORG || n > 2)
            continue;
        for (size_t o = 0; o < doc->nmention; o++) {
            ng_mention *om = &doc->mentions[o];
            size_t on = om->tok_end - om->tok_start;
            if (om->type != NG_ACTOR_PLACE || om->lex || on <= n || on > n + 3 ||
                !S_same_words(doc, om->tok_end - n, side->tok_start, n) ||
                ng_lex_is_place_head(doc->lex, doc->toks[om->tok_end - 1].lower))
                continue;
            om->type = NG_ACTOR_ORG;
            om->place_kind = 0;
            om->side = true;
        }
    }
}

/* A city or a country the article shows playing, or before the title of
 * a side's coach or player, is the club or national team named after it
 * wherever the article does not place something in it ("LIVERPOOL,
 * England —", "in Liverpool" stay the city; "Tunisia lost 1 – 2 to
 * England" are two teams). */
void ng_mn_city_sides(ng_document *doc)
{
    for (size_t m = 0; m < doc->nmention; m++) {
        const ng_mention *side = &doc->mentions[m];
        const ng_lex_entry *city = side->lex;
        /* (a place the lexicon knows, or one the tagger read) */
        bool place = city ? city->kind == NG_ACTOR_PLACE && city->place_kind != NG_PLACE_CONTINENT
                          : side->type == NG_ACTOR_PLACE;
        /* (one the tagger already reads as a body is marked a side, for
         * actors.c to find the club: "outscored Denver") */
        if (!city && side->type == NG_ACTOR_ORG && side->tok_end == side->tok_start + 1 && S_side_mention(doc, side))
            doc->mentions[m].side = true;
        /* (or a side's name the tagger read as a person's or nothing's:
         * "the Wild's 4-1 win over the Sabres"; not a titled person's, nor
         * a surname) */
        bool common;
        bool nickname = !city && (side->type == NG_ACTOR_PERSON || side->type == 0) && !side->title &&
                        side->tok_end == side->tok_start + 1 &&
                        !(ng_mn_name_bits(doc, side->tok_start, &common) & (1u | 16u)) &&
                        !ng_mn_word_of_full_name(doc, side->tok_start, false, false);
        if (side->type < 0 || !(place || nickname) || !S_side_mention(doc, side) || S_club_named_after(doc, side))
            continue;
        const char *name = side->name;
        for (size_t o = 0; o < doc->nmention; o++) {
            ng_mention *om = &doc->mentions[o];
            bool same = city ? om->lex == city
                             : !om->lex && om->type >= 0 && om->type != NG_ACTOR_GROUP && !strcmp(om->name, name);
            /* (a possessor after "in" is no place: "in India's second
             * innings") */
            bool located = o != m && ng_location_preposition(doc, om->tok_start) &&
                           !(om->tok_end < doc->ntok && (doc->toks[om->tok_end].flags & NG_TOK_POSS));
            if (!same || om->type < 0 || located || ng_mn_dateline_at(doc, om->tok_start, om->tok_end))
                continue;
            om->type = NG_ACTOR_ORG;
            om->lex = NULL;
            om->place_kind = 0;
            om->metonym = false;
            om->side = true;
        }
    }
}

/* "joined Real Castilla from Aston Park ... Aston Park manager Graham
 * Holt": a name before a side's post (`side-titles`) is a club's, and so
 * are its other mentions that were read as a place's, where the lexicon
 * knows no such place (not where something is: "in", "at"; "from" a
 * club is where a player came from). */
static void S_clubs_by_side_post(ng_document *doc)
{
    for (size_t m = 0; m < doc->nmention; m++) {
        const ng_mention *mm = &doc->mentions[m];
        size_t e = mm->tok_end;
        if (mm->type != NG_ACTOR_ORG || mm->lex || e >= doc->ntok ||
            !ng_lex_listed(doc->lex, "side-titles", doc->toks[e].lower))
            continue;
        /* (a place the lexicon knows keeps its other mentions: "England
         * captain Harry Kane ... returned to England") */
        char *folded = ng_text_fold(mm->name, strlen(mm->name));
        const ng_lex_entry *known = ng_lex_name(doc->lex, folded);
        free(folded);
        if (known && known->kind == NG_ACTOR_PLACE)
            continue;
        for (size_t o = 0; o < doc->nmention; o++) {
            ng_mention *om = &doc->mentions[o];
            size_t b = om->tok_start;
            if (om->type != NG_ACTOR_PLACE || om->lex || strcmp(om->name, mm->name) != 0 ||
                ng_mn_dateline_at(doc, b, om->tok_end) ||
                (ng_location_preposition(doc, b) && !ng_tok_is(doc, b - 1, "from")))
                continue;
            om->type = NG_ACTOR_ORG;
            om->place_kind = 0;
            om->metonym = false;
            om->side = true;
        }
    }
}

/* A name is one thing throughout an article: where single cues made some
 * mentions of a name of common words ("Black Lives Matter", "NextGen
 * Climate", "Purple PAC") a person's and others a body's, and the tagger
 * reads it as a body's more often than as a person's, it is a body's.
 * (Not names of names alone: the tagger reads "Kellyanne Conway" as a body
 * and "Wells Fargo" as a person.) */
void ng_mn_one_type_per_name(ng_document *doc)
{
    S_clubs_by_side_post(doc);
    for (size_t m = 0; m < doc->nmention; m++) {
        const ng_mention *mm = &doc->mentions[m];
        if (mm->type != NG_ACTOR_ORG || mm->lex || mm->tok_end - mm->tok_start < 2)
            continue;
        bool words = mm->tok_end - mm->tok_start >= 3;
        for (size_t k = mm->tok_start; k < mm->tok_end && !words; k++)
            ng_mn_name_bits(doc, k, &words);
        size_t people = 0, read_people = 0, read_bodies = 0;
        for (size_t o = 0; o < doc->nmention && words; o++) {
            const ng_mention *om = &doc->mentions[o];
            if (!om->lex && !strcmp(om->name, mm->name)) {
                people += om->type == NG_ACTOR_PERSON;
                int r = doc->ner_labels ? ng_mn_tagger_reading(doc, om->tok_start, om->tok_end) : 0;
                read_people += r == 1;
                read_bodies += r == 2;
            }
        }
        for (size_t o = 0; o < doc->nmention && people && read_bodies > read_people; o++)
            if (!doc->mentions[o].lex && !strcmp(doc->mentions[o].name, mm->name) &&
                doc->mentions[o].type == NG_ACTOR_PERSON) {
                ng_mn_name_becomes_org(doc, (int)o);
                break;
            }
    }
}

/* Does a one-word mention of the word at token k stand as a person's
 * name (not a name the lexicon knows)? */
static bool S_word_named_as_person(const ng_document *doc, size_t k)
{
    for (size_t o = 0; o < doc->nmention; o++) {
        const ng_mention *om = &doc->mentions[o];
        /* (not a guess from a verb of saying alone: "Lilly said" after
         * "Eli Lilly's Alzheimer's drug donanemab") */
        if (om->type == NG_ACTOR_PERSON && !om->lex && !om->guessed && om->tok_end == om->tok_start + 1 &&
            !strcmp(doc->toks[om->tok_start].lower, doc->toks[k].lower))
            return true;
    }
    return false;
}

/* "Lilly said" after "Eli Lilly's Alzheimer's drug donanemab": a word
 * guessed a person's only by a verb of saying after it, that ends the
 * name of a company of two or three words no body's word ends, is the
 * company. */
static void S_guessed_surnames_of_companies(ng_document *doc)
{
    for (size_t m = 0; m < doc->nmention; m++) {
        ng_mention *mm = &doc->mentions[m];
        if (mm->type != NG_ACTOR_PERSON || !mm->guessed || mm->lex || mm->title || mm->tok_end != mm->tok_start + 1)
            continue;
        for (size_t o = 0; o < doc->nmention; o++) {
            const ng_mention *om = &doc->mentions[o];
            size_t n = om->tok_end - om->tok_start;
            if (om->type == NG_ACTOR_ORG && !om->lex && n >= 2 && n <= 3 &&
                !ng_mn_has_org_word(doc, om->tok_start, om->tok_end) &&
                !strcmp(doc->toks[om->tok_end - 1].lower, doc->toks[mm->tok_start].lower)) {
                mm->type = NG_ACTOR_ORG;
                mm->guessed = false;
                break;
            }
        }
    }
}

/* "Sabalenka beat Coco Gauff ... Gauff, the U.S. Open champion, had won
 * their two meetings. She said": a name of two or three words the tagger
 * read as a body's, with no word of bodies' names, whose last word stands
 * alone as a person's name, is that person's full name, at all its
 * mentions, and so is its first word alone ("Coco played"). */
void ng_mn_full_names_of_people(ng_document *doc)
{
    S_guessed_surnames_of_companies(doc);
    for (size_t m = 0; m < doc->nmention; m++) {
        const ng_mention *mm = &doc->mentions[m];
        size_t n = mm->tok_end - mm->tok_start;
        /* (a given name: no common word, as "Stop Trump", "Team Trump" are
         * no one's) */
        bool common;
        ng_mn_name_bits(doc, mm->tok_start, &common);
        if (mm->type != NG_ACTOR_ORG || mm->lex || n < 2 || n > 3 ||
            ng_mn_has_org_word(doc, mm->tok_start, mm->tok_end) ||
            ng_lex_is_company_name_end(doc->lex, doc->toks[mm->tok_end - 1].lower) ||
            ng_mn_has_connector(doc, mm->tok_start, mm->tok_end) || common ||
            ng_lex_demonym(doc->lex, doc->toks[mm->tok_end - 1].lower) ||
            !ng_mn_given_names(doc, mm->tok_start, mm->tok_start + 1) || !S_word_named_as_person(doc, mm->tok_end - 1))
            continue;
        const char *name = mm->name, *first = doc->toks[mm->tok_start].lower;
        bool other_body = false; /* (not a word opening another body's name) */
        for (size_t o = 0; o < doc->nmention && !other_body; o++)
            other_body = doc->mentions[o].type == NG_ACTOR_ORG &&
                         doc->mentions[o].tok_end > doc->mentions[o].tok_start + 1 &&
                         strcmp(doc->mentions[o].name, name) != 0 &&
                         !strcmp(doc->toks[doc->mentions[o].tok_start].lower, first);
        for (size_t o = 0; o < doc->nmention; o++) {
            ng_mention *om = &doc->mentions[o];
            bool alone = !other_body && om->tok_end == om->tok_start + 1 &&
                         !strcmp(doc->toks[om->tok_start].lower, first);
            if (om->type == NG_ACTOR_ORG && !om->lex && (!strcmp(om->name, name) || alone))
                om->type = NG_ACTOR_PERSON;
        }
    }
}

/* Does a one-word mention om stand where a place's name does: after a
 * preposition of place, in a dateline, or before a noun it modifies
 * ("Jordan Valley", "the Jordan government")? */
static bool S_placed(const ng_document *doc, const ng_mention *om)
{
    size_t k = om->tok_start;
    return ng_location_preposition(doc, k) || ng_mn_dateline_at(doc, k, k + 1) ||
           (k + 1 < doc->ntok && !strcmp(ng_dep_upos(doc, k + 1), "NOUN")) ||
           (k > 0 && ng_tok_is(doc, k - 1, "the"));
}

/* "Exxon Mobil", read as a person's name of two words, the second no
 * person's name, is a company's where its first word alone is one ("Exxon
 * agreed to buy Pioneer"). */
void ng_mn_company_short_names(ng_document *doc)
{
    for (size_t m = 0; m < doc->nmention; m++) {
        ng_mention *mm = &doc->mentions[m];
        bool common;
        if (mm->type != NG_ACTOR_PERSON || mm->lex || mm->title || mm->tok_end != mm->tok_start + 2 ||
            (ng_mn_name_bits(doc, mm->tok_start + 1, &common) & (1u | 16u)))
            continue; /* (nor "Chase Smith": a surname after it) */
        bool body = false;
        for (size_t o = 0; o < doc->nmention && !body; o++)
            body = o != m && doc->mentions[o].type == NG_ACTOR_ORG && !doc->mentions[o].lex &&
                   doc->mentions[o].tok_end == doc->mentions[o].tok_start + 1 &&
                   !strcmp(doc->toks[doc->mentions[o].tok_start].lower, doc->toks[mm->tok_start].lower);
        if (body) {
            mm->type = NG_ACTOR_ORG;
            mm->guessed = false;
        }
    }
}

/* "Jordan Banks, 17, was found ... Jordan's family described him": a
 * place's name the article opens a person's full name with, written alone
 * after it and nowhere where a place's name stands, is that person's given
 * name (as British papers name children and victims), not the country. */
void ng_mn_places_as_given_names(ng_document *doc)
{
    for (size_t m = 0; m < doc->nmention; m++) {
        const ng_mention *mm = &doc->mentions[m];
        size_t k = mm->tok_start;
        if (mm->type != NG_ACTOR_PLACE || !mm->lex || mm->tok_end != k + 1)
            continue;
        bool full = false; /* (named in full before) */
        for (size_t o = 0; o < m && !full; o++) {
            const ng_mention *om = &doc->mentions[o];
            full = om->type == NG_ACTOR_PERSON && om->tok_end - om->tok_start >= 2 &&
                   !strcmp(doc->toks[om->tok_start].lower, doc->toks[k].lower);
        }
        const ng_lex_entry *place = mm->lex;
        bool placed = false;
        for (size_t o = 0; o < doc->nmention && full && !placed; o++)
            placed = doc->mentions[o].lex == place && (doc->mentions[o].tok_end != doc->mentions[o].tok_start + 1 ||
                                                       S_placed(doc, &doc->mentions[o]));
        for (size_t o = m; o < doc->nmention && full && !placed; o++) {
            ng_mention *om = &doc->mentions[o];
            if (om->lex == place) {
                om->type = NG_ACTOR_PERSON;
                om->lex = NULL;
                om->place_kind = 0;
                om->metonym = false;
            }
        }
    }
}

/* "during the Crusades", "during Ramadan", "during the Ming Dynasty": a
 * name that is the whole object of "during" is a time, a happening or a
 * period, no actor's (not a name the lexicon knows, nor one that owns or
 * modifies what follows: "during Obama's presidency", "during the Reagan
 * administration"). */
void ng_mn_periods(ng_document *doc)
{
    for (size_t m = 0; m < doc->nmention; m++) {
        ng_mention *mm = &doc->mentions[m];
        size_t b = mm->tok_start, e = mm->tok_end;
        if (mm->type < 0 || mm->lex || b == 0)
            continue;
        size_t d = ng_tok_is(doc, b - 1, "the") && b >= 2 ? b - 2 : b - 1;
        if (!ng_tok_is(doc, d, "during") || (doc->toks[e - 1].flags & NG_TOK_POSS))
            continue;
        bool more = e < doc->ntok && doc->toks[e].sent == doc->toks[b].sent &&
                    ((doc->toks[e].flags & NG_TOK_POSS) || (doc->toks[e].flags & NG_TOK_CAP) ||
                     ((ng_tok_is(doc, e, "and") || ng_tok_is(doc, e, "or") || ng_tok_is(doc, e, "&")) &&
                      e + 1 < doc->ntok && (doc->toks[e + 1].flags & NG_TOK_CAP)) ||
                     !strcmp(doc->toks[e].lower, "'") || !strcmp(doc->toks[e].lower, "\u2019") ||
                     (ng_dep_parsed(doc) &&
                      (!strcmp(ng_dep_upos(doc, e), "NOUN") || !strcmp(ng_dep_upos(doc, e), "PROPN"))));
        if (!more)
            mm->type = -1;
    }
}

/* "the Nobel Prize in Chemistry", "the Pulitzer Prize in Fiction": a name
 * after a prize's capitalized name and "in" is the prize's field, no
 * actor (not a place the lexicon knows: "the Peace Prize in Oslo"). */
void ng_mn_prize_fields(ng_document *doc)
{
    for (size_t m = 0; m < doc->nmention; m++) {
        ng_mention *mm = &doc->mentions[m];
        size_t b = mm->tok_start;
        if (mm->type < 0 || mm->lex || b < 2 || !ng_tok_is(doc, b - 1, "in") ||
            !(doc->toks[b - 2].flags & NG_TOK_CAP) ||
            !ng_lex_listed(doc->lex, "prize-name-ends", doc->toks[b - 2].lower))
            continue;
        mm->type = -1;
    }
}

/* Does name mm stand inside a noun phrase, as a noun after it would: a
 * determiner or an owner before it ("the", "its", "NASA's"), a longer
 * name's words ("Deferred Action for Childhood Arrivals", "Head Start"),
 * or two words of its own? (A one-word name opening a clause may be the
 * subject of a verb the tagger took for a noun: "Murphy projects
 * optimism".) */
static bool S_in_noun_phrase(const ng_document *doc, const ng_mention *mm)
{
    size_t b = mm->tok_start;
    return mm->tok_end - b >= 2 ||
           (b > 0 && (ng_tok_is(doc, b - 1, "the") || ng_tok_is(doc, b - 1, "a") || ng_tok_is(doc, b - 1, "an") ||
                      ng_tok_is(doc, b - 1, "its") || ng_tok_is(doc, b - 1, "their") || ng_tok_is(doc, b - 1, "for") ||
                      ng_tok_is(doc, b - 1, "of") || ng_tok_is(doc, b - 1, "and") || ng_tok_possessive(doc, b - 1) ||
                      ((doc->toks[b - 1].flags & NG_TOK_CAP) && (doc->toks[b - 1].flags & NG_TOK_WORD))));
}

/* "His party, Pakistan Tehreek-e-Insaf, said": capitalized words set off
 * by commas right after an owner or "the" and a noun for a body
 * (`apposed-body-nouns`) name that body, one name across a country's
 * name and words no tagger read. */
void ng_mn_bodies_apposed(ng_document *doc)
{
    size_t n = doc->nmention;
    for (size_t k = 3; k + 1 < doc->ntok; k++) {
        /* (or a name's possessive: "Khan's party, Pakistan
         * Tehreek-e-Insaf,") */
        if (!ng_tok_is(doc, k - 1, ",") || !ng_lex_listed(doc->lex, "apposed-body-nouns", doc->toks[k - 2].lower) ||
            !(ng_tok_is(doc, k - 3, "the") || ng_tok_is(doc, k - 3, "his") || ng_tok_is(doc, k - 3, "her") ||
              ng_tok_is(doc, k - 3, "its") || ng_tok_is(doc, k - 3, "their") ||
              (doc->toks[k - 3].flags & NG_TOK_POSS)))
            continue;
        size_t e = k;
        while (e < doc->ntok && e < k + 6 && (doc->toks[e].flags & NG_TOK_CAP) && (doc->toks[e].flags & NG_TOK_WORD) &&
               doc->toks[e].sent == doc->toks[k].sent)
            e++;
        if (e < k + 2 || e >= doc->ntok || !ng_tok_is(doc, e, ","))
            continue;
        /* (one mention over the words, or none: not a person's name the
         * tagger reads, "the group, John Smith,") */
        ng_mention *first = NULL;
        bool person = false;
        for (size_t m = 0; m < n; m++) {
            ng_mention *mm = &doc->mentions[m];
            if (mm->type < 0 || mm->tok_end <= k || mm->tok_start >= e)
                continue;
            if (mm->tok_start < k || mm->tok_end > e || mm->type == NG_ACTOR_PERSON)
                person = true;
            else if (!first || mm->tok_start < first->tok_start)
                first = mm;
        }
        if (person || !first || ng_ner_reads_person(doc, k, e))
            continue;
        for (size_t m = 0; m < n; m++)
            if (&doc->mentions[m] != first && doc->mentions[m].tok_start >= k && doc->mentions[m].tok_end <= e)
                doc->mentions[m].type = -1;
        ng_mn_respan(doc, first, k, e);
        first->type = NG_ACTOR_ORG;
        first->lex = NULL;
        first->place_kind = 0;
        first->guessed = false;
    }
}

/* "The next mission, Artemis II, will": a name set off by commas right
 * after a noun for a programme. */
static bool S_programme_apposition(const ng_document *doc, const ng_mention *mm)
{
    size_t b = mm->tok_start, e = mm->tok_end;
    return b >= 3 && e < doc->ntok && ng_tok_is(doc, b - 1, ",") && ng_tok_is(doc, e, ",") &&
           !(doc->toks[b - 2].flags & NG_TOK_CAP) && ng_lex_listed(doc->lex, "programme-nouns", doc->toks[b - 2].lower);
}

/* "the Deferred Action for Childhood Arrivals program, known as DACA",
 * "the Medicaid program": a name right before a noun for a programme
 * (`programme-nouns`), or in apposition after one, is the programme's, no
 * actor's, and so is the short name it is known as; not a body's ("the
 * NASA program", "the World Bank scheme": a name the lexicon knows or a
 * body's word in it). */
void ng_mn_programmes(ng_document *doc)
{
    for (size_t m = 0; m < doc->nmention; m++) {
        ng_mention *mm = &doc->mentions[m];
        size_t e = mm->tok_end;
        bool before = e < doc->ntok && !(doc->toks[e].flags & NG_TOK_CAP) &&
                      ng_lex_listed(doc->lex, "programme-nouns", doc->toks[e].lower) &&
                      S_in_noun_phrase(doc, mm) && /* (not "Murphy projects optimism") */
                      !(e + 1 < doc->ntok && (doc->toks[e + 1].flags & NG_TOK_CAP));
        if (mm->type < 0 || mm->lex || mm->title || !(before || S_programme_apposition(doc, mm)) ||
            ng_mn_has_org_word(doc, mm->tok_start, mm->tok_end))
            continue;
        mm->type = -1;
        /* (its other mentions too: "Starliner will undock ... the head of
         * the Starliner program") */
        size_t n = mm->tok_end - mm->tok_start;
        for (size_t o = 0; o < doc->nmention; o++) {
            ng_mention *om = &doc->mentions[o];
            if (om->type >= 0 && !om->lex && !om->title && om->tok_end - om->tok_start == n &&
                S_same_words(doc, om->tok_start, mm->tok_start, n))
                om->type = -1;
        }
        /* (", known as DACA", "(DACA)") */
        size_t k = e + 1;
        if (k + 2 < doc->ntok && ng_tok_is(doc, k, ",") && ng_tok_is(doc, k + 1, "known") &&
            ng_tok_is(doc, k + 2, "as"))
            k += 3;
        else if (k < doc->ntok && ng_tok_is(doc, k, "("))
            k++;
        else
            continue;
        int alias = ng_mention_at(doc, k);
        if (alias >= 0 && doc->mentions[alias].tok_start == k && doc->mentions[alias].tok_end == k + 1 &&
            !doc->mentions[alias].lex)
            doc->mentions[alias].type = -1;
    }
}

/* "County Commissioner Derek Dieter", "City Councilman X": a word for a
 * smaller body alone (non-national-posts) right before a title's word
 * belongs to the title, no place's name. */
void ng_mn_unit_words_before_titles(ng_document *doc)
{
    for (size_t m = 0; m < doc->nmention; m++) {
        ng_mention *mm = &doc->mentions[m];
        size_t k = mm->tok_start;
        if (mm->type < 0 || mm->lex || mm->tok_end != k + 1 || mm->tok_end >= doc->ntok ||
            !ng_lex_listed(doc->lex, "non-national-posts", doc->toks[k].lower) ||
            !ng_lex_is_title_head(doc->lex, doc->toks[k + 1].lower))
            continue;
        mm->type = -1;
    }
}

/* "Jupiter's moon Europa": a planet's name alone (celestial-bodies) is no
 * actor, unless it is a word of the name of a person or a body the
 * article names ("Venus Williams", "Mars Inc ... Mars will pay") or a town
 * ("in Jupiter, Florida", "a resort in Jupiter"); nor is the name after a
 * lower-case noun for a body in space (celestial-nouns: "the asteroid
 * Apophis", "Jupiter's moon Europa"). */
void ng_mn_planets(ng_document *doc)
{
    for (size_t m = 0; m < doc->nmention; m++) {
        ng_mention *mm = &doc->mentions[m];
        size_t k = mm->tok_start;
        if (mm->type > 0 && !mm->lex && k > 0 && !(doc->toks[k - 1].flags & NG_TOK_CAP) &&
            ng_lex_listed(doc->lex, "celestial-nouns", doc->toks[k - 1].lower)) {
            /* (and the name wherever the article repeats it) */
            for (size_t o = 0; o < doc->nmention; o++)
                if (o != m && doc->mentions[o].type > 0 && !strcmp(doc->mentions[o].name, mm->name))
                    doc->mentions[o].type = 0;
            mm->type = 0;
            continue;
        }
        if (mm->type > 0 && mm->tok_end == mm->tok_start + 1 &&
            ng_lex_listed(doc->lex, "celestial-bodies", doc->toks[mm->tok_start].lower) &&
            !ng_mn_word_of_full_name(doc, mm->tok_start, true, false) && !S_opens_org_name(doc, mm) &&
            !ng_mn_town_before_state(doc, mm) && !(mm->tok_start > 0 && ng_tok_is(doc, mm->tok_start - 1, "in")))
            mm->type = 0;
    }
}

/* "handed over 20 Benin Bronzes": a name of two words or more read as a
 * body's, counted by a number before it, its last word a plural, names
 * things of a kind, no actor (not a year: "in 2021 Manchester City"; not
 * an ordinal: "the 6th Circuit Court of Appeals"; not a body's word last:
 * "two Delta Airlines jets"). */
void ng_mn_counted_things(ng_document *doc)
{
    for (size_t m = 0; m < doc->nmention; m++) {
        ng_mention *mm = &doc->mentions[m];
        size_t k = mm->tok_start, last = mm->tok_end - 1;
        if (mm->type != NG_ACTOR_ORG || mm->lex || last == k || k == 0 || !(doc->toks[k - 1].flags & NG_TOK_NUM) ||
            strlen(doc->toks[k - 1].lower) == 4 || !isdigit((unsigned char)doc->toks[k - 1].lower[0]) ||
            strspn(doc->toks[k - 1].lower, "0123456789,") != strlen(doc->toks[k - 1].lower))
            continue;
        const char *w = doc->toks[last].lower;
        if (ng_plural_word(w) && !(doc->toks[last].flags & NG_TOK_POSS) &&
            !ng_lex_is_org_word(doc->lex, w) && !ng_lex_is_company_name_end(doc->lex, w))
            mm->type = 0;
    }
}

/* "Verge", "Simulator", "Veteran": a one-word name read as a person's
 * that is a common word, that no list of people's names and no corpus
 * the tagger learned from knows as a person's, that the article never
 * writes with a given name or a surname, and that carries no title, is no
 * person's on that evidence: it stays a name of no known kind (no
 * actor). */
void ng_mn_lone_unknown_people(ng_document *doc)
{
    for (size_t m = 0; m < doc->nmention; m++) {
        ng_mention *mm = &doc->mentions[m];
        size_t k = mm->tok_start;
        if (mm->type != NG_ACTOR_PERSON || mm->lex || mm->title || mm->tok_end != k + 1 ||
            (k > 0 && (ng_lex_is_courtesy_title(doc->lex, doc->toks[k - 1].lower) || ng_mn_title_word(doc, k - 1))))
            continue;
        bool common;
        if ((ng_mn_name_bits(doc, k, &common) & (1u | 16u)) || ng_mn_word_of_full_name(doc, k, true, false))
            continue;
        /* (a surname of someone famous the article names alone, "Maddow",
         * "Hollande", or a mononym, "Beyoncé", is no common word) */
        if (!common)
            continue;
        mm->type = 0;
    }
}

/* "NASA's James Webb Space Telescope ... Webb could study": one word of a
 * name the tagger reads as a thing's (MISC, two words or more, no actor's
 * mention) said alone later is that thing's short name, no person, unless
 * a title or another person's name holds it. */
void ng_mn_words_of_things(ng_document *doc)
{
    if (!doc->ner_labels)
        return;
    for (size_t m = 0; m < doc->nmention; m++) {
        ng_mention *mm = &doc->mentions[m];
        size_t k = mm->tok_start;
        if (mm->type != NG_ACTOR_PERSON || mm->lex || mm->title || mm->tok_end != k + 1)
            continue;
        bool thing = false, person = false;
        for (size_t o = 0; o < doc->nmention && !person; o++) {
            const ng_mention *om = &doc->mentions[o];
            for (size_t q = om->tok_start; o != m && om->type == NG_ACTOR_PERSON && q < om->tok_end && !person; q++)
                person = q != k && !strcmp(doc->toks[q].lower, doc->toks[k].lower);
        }
        for (size_t p = 0; p < k && !thing && !person; p++) {
            if (ng_ner_type(doc->ner_labels[p]) != 4 || !ng_ner_is_begin(doc->ner_labels[p]))
                continue;
            size_t e = ng_ner_span_end(doc, doc->ner_labels, p);
            if (e < p + 2)
                continue;
            bool named = false;
            for (size_t q = p; q < e && !named; q++)
                named = ng_mention_at(doc, q) >= 0 && doc->mentions[ng_mention_at(doc, q)].type > 0;
            for (size_t q = p; q < e && !named && !thing; q++)
                thing = doc->toks[q].end - doc->toks[q].start == doc->toks[k].end - doc->toks[k].start &&
                        !strncmp(doc->art->text + doc->toks[q].start, doc->art->text + doc->toks[k].start,
                                 doc->toks[k].end - doc->toks[k].start);
        }
        if (thing && !person)
            mm->type = -1;
    }
}

