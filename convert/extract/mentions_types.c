/* mentions_types.c -- a name is one thing throughout an article: the
 * evidence of all its mentions (the tagger's readings, titles, verbs of
 * saying, company nouns, products, places of work ...) decides its type.
 * A stage of ng_find_mentions (mentions.c). */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "cluster.h"
#include "internal.h"
#include "mentions.h"
#include "ner.h"

/* Is token k's word the surname (or, with given, the given name) of a
 * person the article names in full (with tagged, a full name the tagger
 * reads as a person's there)? */
bool ng_mn_word_of_full_name(const ng_document *doc, size_t k, bool given, bool tagged)
{
    for (size_t m = 0; m < doc->nmention; m++) {
        const ng_mention *o = &doc->mentions[m];
        if (o->type == NG_ACTOR_PERSON && o->tok_end - o->tok_start >= 2 &&
            (!strcmp(doc->toks[o->tok_end - 1].lower, doc->toks[k].lower) ||
             (given && !strcmp(doc->toks[o->tok_start].lower, doc->toks[k].lower))) &&
            (!tagged || ng_ner_reads_person(doc, o->tok_start, o->tok_end)))
            return true;
    }
    return false;
}

/* A capitalized word that is a common word too ("Apple", "Shell") and in
 * no list of people's names, nor the surname of a person the article names
 * in full. */
static bool S_common_word_name(const ng_document *doc, size_t k)
{
    bool common;
    const char *upos = ng_dep_upos(doc, k);
    if ((ng_mn_name_bits(doc, k, &common) & (1u | 16u)) || !common || ng_dep_finite(doc, k) || !strcmp(upos, "AUX"))
        return false; /* ("Keeps saying", "Having said that") */
    return !ng_mn_word_of_full_name(doc, k, false, false);
}

/* "WeWork", "DoorDash", "SoftBank", "SpaceX": one word with a capital
 * inside after lower-case letters, its first part no prefix of people's
 * names ("McDonald", "LeBron") and, of two letters, a common word: a
 * brand's or a company's name. */
static bool S_camel_case_brand(const ng_document *doc, size_t k)
{
    const char *w = doc->art->text + doc->toks[k].start;
    size_t n = doc->toks[k].end - doc->toks[k].start, p = 1;
    if (n < 4 || w[0] < 'A' || w[0] > 'Z')
        return false;
    while (p < n && w[p] >= 'a' && w[p] <= 'z')
        p++;
    if (p < 2 || p >= n || w[p] < 'A' || w[p] > 'Z' || p > 10)
        return false;
    for (size_t q = p; q < n; q++)
        if (!((w[q] >= 'a' && w[q] <= 'z') || (w[q] >= 'A' && w[q] <= 'Z')))
            return false;
    char first[12];
    for (size_t q = 0; q < p; q++)
        first[q] = (char)(w[q] | 0x20);
    first[p] = 0;
    if (ng_lex_listed(doc->lex, "camel-case-name-prefixes", first))
        return false;
    const ng_ner_clusters *cl = doc->ner ? doc->ner->clusters : NULL;
    return p >= 3 || (cl && ng_ner_clusters_find(cl, first, p) >= 0);
}

/* A body's name the lexicon knows or one of two words or more that ends
 * in a word of bodies' or companies' names ("Meta Platforms"). */
static bool S_sure_body(const ng_document *doc, const ng_mention *m)
{
    if (m->type != NG_ACTOR_ORG)
        return false;
    const char *last = doc->toks[m->tok_end - 1].lower;
    return m->lex || (m->tok_end - m->tok_start >= 2 && (ng_lex_is_org_word(doc->lex, last) ||
                                                         ng_lex_is_company_name_end(doc->lex, last)));
}

/* Is mention om in a list joined by commas and "and" with a body's name:
 * into *sure one sure to be one ("Amazon and Meta Platforms", "Microsoft,
 * Meta Platforms, Alphabet and Amazon"), into *any any at all? Into
 * *known_place whether the list names a place the lexicon knows or is
 * only two names long; into *all_bodies whether its other names, two or
 * more, are all bodies'. */
static void S_listed_with_org(const ng_document *doc, const ng_mention *om, bool *sure, bool *any, bool *known_place,
                              bool *all_bodies, bool *all_people)
{
    bool and = false, comma = false, serial = false;
    int others = 0, bodies = 0, people = 0;
    *sure = *any = *known_place = *all_people = false;
    /* the names after it, then those before it, joined by commas or "and" */
    for (int dir = 0; dir < 2; dir++) {
        const ng_mention *m = om;
        for (int n = 0; n < 8; n++) {
            size_t joint = dir == 0 ? m->tok_end : m->tok_start - 1;
            if ((dir == 1 && m->tok_start < 2) || joint + 1 >= doc->ntok)
                break;
            bool is_and = ng_tok_is(doc, joint, "and");
            if (!is_and && !ng_tok_is(doc, joint, ","))
                break;
            /* (", and": a serial comma, in a list of three or more) */
            if (dir == 0 && !is_and && joint + 2 < doc->ntok && ng_tok_is(doc, joint + 1, "and"))
                joint++, is_and = serial = true;
            else if (dir == 1 && is_and && joint >= 2 && ng_tok_is(doc, joint - 1, ","))
                joint--, serial = true;
            int o = ng_mention_at(doc, dir == 0 ? joint + 1 : joint - 1);
            if (o < 0 || (dir == 0 ? doc->mentions[o].tok_start != joint + 1 : doc->mentions[o].tok_end != joint))
                break;
            and = and || is_and;
            comma = comma || !is_and;
            m = &doc->mentions[o];
            *sure = *sure || S_sure_body(doc, m);
            *any = *any || m->type == NG_ACTOR_ORG;
            *known_place = *known_place || (m->lex && m->type == NG_ACTOR_PLACE);
            others++;
            bodies += m->type == NG_ACTOR_ORG;
            people += m->type == NG_ACTOR_PERSON && ng_mn_tagger_reading(doc, m->tok_start, m->tok_end) == 1;
        }
    }
    /* (", and Secret Service agents", "..., and Semyon Varlamov stopped
     * 27 shots": a clause joined, no list) */
    if (serial && others < 2) {
        *sure = *any = *known_place = *all_bodies = false;
        return;
    }
    *all_bodies = and && others >= 2 && bodies == others;
    /* ("writers Mark Twain, Robert Louis Stevenson, ..., Selma Lagerlöf,
     * and Neil Gaiman": three people or more the tagger reads so, all the
     * others but one) */
    *all_people = and && people >= 3 && others - people <= 1;
    *sure = *sure && and;
    *any = (*any || *sure) && and;
    /* (three names or more: "Newfoundland and Labrador Court of Appeal"
     * is one) */
    *known_place = *known_place || !comma;
}

/* "cloud providers such as Microsoft and Amazon", "rival carmakers,
 * including Toyota": the noun before the list mention om stands in, the
 * token of the plural its names are instances of; SIZE_MAX when none. */
static size_t S_instance_of(const ng_document *doc, const ng_mention *om)
{
    size_t start = om->tok_start;
    for (int n = 0; n < 8 && start >= 2; n++) {
        size_t j = start - 1;
        if (ng_tok_is(doc, j, "as") && ng_tok_is(doc, j - 1, "such"))
            return j >= 2 ? j - 2 : SIZE_MAX;
        if (ng_tok_is(doc, j, "including") || ng_tok_is(doc, j, "like"))
            return j >= 2 && ng_tok_is(doc, j - 1, ",") ? j - 2 : j - 1;
        if (!ng_tok_is(doc, j, ",") && !ng_tok_is(doc, j, "and"))
            return SIZE_MAX;
        size_t b = j > 0 && ng_tok_is(doc, j, "and") && ng_tok_is(doc, j - 1, ",") ? j - 1 : j; /* ", and" */
        if (b > 1 && (doc->toks[b - 1].flags & NG_TOK_POSS)) /* "Ben & Jerry's and Magnum" */
            b--;
        int o = b > 0 ? ng_mention_at(doc, b - 1) : -1;
        /* (or a capitalized word that names nothing else: "newer brands
         * such as On and Hoka") */
        if (o < 0 && b >= 2 && (doc->toks[b - 1].flags & NG_TOK_CAP) && doc->toks[b - 1].sent == doc->toks[b].sent &&
            doc->sents[doc->toks[b - 1].sent].tok_start < b - 1 && !(doc->toks[b - 2].flags & NG_TOK_CAP)) {
            start = b - 1;
            continue;
        }
        if (o < 0 || doc->mentions[o].tok_end != b)
            return SIZE_MAX;
        start = doc->mentions[o].tok_start;
    }
    return SIZE_MAX;
}

static bool S_company_plural(const ng_document *doc, size_t k);

/* "rivals such as Mastercard and newer fintech companies", "Visa and
 * other card companies": a plural noun for companies joined to mention
 * om's head (a conjunct after it, as the parse reads) says om is one. */
static bool S_joined_to_companies(const ng_document *doc, const ng_mention *om)
{
    /* (not a titled person's: "a victory for Gov. Scott Walker and
     * conservative groups") */
    if (!doc->dep_first || (om->tok_start > 0 && ng_mn_title_word(doc, om->tok_start - 1)))
        return false;
    size_t head = ng_dep_span_head(doc, om->tok_start, om->tok_end);
    for (int c = doc->dep_first[head]; c >= 0; c = doc->dep_next[c])
        if ((size_t)c >= om->tok_end && !strcmp(ng_dep_rel(doc, (size_t)c), "conj") &&
            S_company_plural(doc, (size_t)c))
            return true;
    return false;
}

/* "the Camry, Corolla and RAV4 sedans": where the list of names that om
 * stands in starts (om's own start when it is in none). */
static size_t S_list_start(const ng_document *doc, const ng_mention *om)
{
    size_t b = om->tok_start;
    for (int n = 0; n < 8 && b >= 2; n++) {
        size_t j = b - 1;
        /* ("Call of Duty": a name's words across "of" or "the") */
        if ((ng_tok_is(doc, j, "of") || ng_tok_is(doc, j, "the")) && (doc->toks[j - 1].flags & NG_TOK_CAP) &&
            (doc->toks[j - 1].flags & NG_TOK_WORD)) {
            b = j - 1;
            while (b > 0 && (doc->toks[b - 1].flags & NG_TOK_CAP) && (doc->toks[b - 1].flags & NG_TOK_WORD))
                b--;
            continue;
        }
        if (!ng_tok_is(doc, j, ",") && !ng_tok_is(doc, j, "and"))
            break;
        if (ng_tok_is(doc, j, "and") && ng_tok_is(doc, j - 1, ","))
            j--;
        int o = j > 0 ? ng_mention_at(doc, j - 1) : -1;
        if (o >= 0 && doc->mentions[o].tok_end == j) {
            b = doc->mentions[o].tok_start;
            continue;
        }
        /* (a name and its "'s": "such as Macy's and Kohl's") */
        o = j > 1 && (doc->toks[j - 1].flags & NG_TOK_POSS) ? ng_mention_at(doc, j - 2) : -1;
        if (o >= 0 && doc->mentions[o].tok_end == j - 1) {
            b = doc->mentions[o].tok_start;
            continue;
        }
        /* (or capitalized words no name was found in: "the maker of Call
         * of Duty and Candy Crush") */
        size_t r = j;
        while (r > 1 && ng_mention_at(doc, r - 1) < 0 &&
               (((doc->toks[r - 1].flags & NG_TOK_CAP) && (doc->toks[r - 1].flags & NG_TOK_WORD)) ||
                ((ng_tok_is(doc, r - 1, "of") || ng_tok_is(doc, r - 1, "the")) && r < j &&
                 (doc->toks[r - 2].flags & NG_TOK_CAP))))
            r--;
        if (r == j || !(doc->toks[r].flags & NG_TOK_CAP))
            break;
        b = r;
    }
    return b;
}

/* "Chrysler, Dodge and Ram brands": where the list of names that om opens
 * or stands in ends (om's own end when it is in none). */
static size_t S_list_end(const ng_document *doc, const ng_mention *om)
{
    size_t e = om->tok_end;
    for (int n = 0; n < 8 && e + 1 < doc->ntok; n++) {
        size_t j = e;
        if (ng_tok_is(doc, j, ",") && ng_tok_is(doc, j + 1, "and"))
            j++;
        if (!ng_tok_is(doc, j, ",") && !ng_tok_is(doc, j, "and"))
            break;
        int o = ng_mention_at(doc, j + 1);
        if (o < 0 || doc->mentions[o].tok_start != j + 1)
            break;
        e = doc->mentions[o].tok_end;
    }
    return e;
}

/* Is the word at k, capitalized or not, or its singular ("companies" ->
 * "company", "chips" -> "chip"), a word of the lexicon's set `in`? */
static bool S_word_or_singular_as_written(const ng_document *doc, size_t k,
                                          bool (*in)(const ng_lexicon *, const char *))
{
    const char *w = doc->toks[k].lower;
    size_t n = strlen(w);
    char one[64];
    if (in(doc->lex, w))
        return true;
    if (n < 3 || n >= sizeof one || w[n - 1] != 's')
        return false;
    if (n > 3 && !strcmp(w + n - 3, "ies")) {
        snprintf(one, sizeof one, "%.*sy", (int)(n - 3), w);
        if (in(doc->lex, one))
            return true;
    }
    snprintf(one, sizeof one, "%.*s", (int)(n - 1), w);
    return in(doc->lex, one);
}

/* The same for a word in lower case. */
static bool S_word_or_singular(const ng_document *doc, size_t k, bool (*in)(const ng_lexicon *, const char *))
{
    if (k >= doc->ntok || (doc->toks[k].flags & NG_TOK_CAP))
        return false;
    return S_word_or_singular_as_written(doc, k, in);
}

/* Is the word at k a plural of a noun for companies ("providers",
 * "carmakers", "companies"), in lower case or opening the sentence
 * ("Retailers such as Macy's")? */
static bool S_company_plural(const ng_document *doc, size_t k)
{
    if (k >= doc->ntok || doc->toks[k].lower[0] == 0 ||
        doc->toks[k].lower[strlen(doc->toks[k].lower) - 1] != 's')
        return false;
    bool lower = !(doc->toks[k].flags & NG_TOK_CAP) ||
                 (k == doc->sents[doc->toks[k].sent].tok_start && !(doc->toks[k].flags & NG_TOK_ALLCAPS));
    return lower && (ng_lex_listed(doc->lex, "company-plurals", doc->toks[k].lower) ||
                     S_word_or_singular_as_written(doc, k, ng_lex_is_company_noun));
}

/* ", including Joann and Rite Aid" after "a list of retailers that have
 * sought court protection": the nearest plural noun before the comma in
 * the sentence, past a relative clause, is a company's (token b is
 * "including"). */
static bool S_including_companies(const ng_document *doc, size_t b)
{
    if (b < 2 || !ng_tok_is(doc, b - 1, ","))
        return false;
    size_t lo = doc->sents[doc->toks[b].sent].tok_start;
    for (size_t q = b - 1; q-- > lo && q + 12 > b;) {
        if (ng_mention_at(doc, q) >= 0 || ng_tok_is(doc, q, ","))
            return false;
        bool relative = q + 1 < b && (ng_tok_is(doc, q + 1, "that") || ng_tok_is(doc, q + 1, "which") ||
                                      ng_tok_is(doc, q + 1, "who"));
        if (relative && !strcmp(ng_dep_upos(doc, q), "NOUN") &&
            doc->toks[q].lower[strlen(doc->toks[q].lower) - 1] == 's')
            return S_company_plural(doc, q);
    }
    return false;
}

/* A score ending at token k: "0-0", "4-1", or "2 - 1" in three tokens. */
static bool S_score_ending_at(const ng_document *doc, size_t k)
{
    const char *w = doc->toks[k].lower;
    size_t i = 0, a = 0, b = 0;
    while (w[i] >= '0' && w[i] <= '9')
        i++, a++;
    if (a && w[i] == '-') {
        for (i++; w[i] >= '0' && w[i] <= '9'; i++)
            b++;
        if (b && !w[i] && a <= 3 && b <= 3)
            return true;
    }
    return k >= 2 && (doc->toks[k].flags & NG_TOK_NUM) && ng_tok_is_dash(doc, k - 1) &&
           (doc->toks[k - 2].flags & NG_TOK_NUM) && strlen(w) <= 3 && strlen(doc->toks[k - 2].lower) <= 3;
}

/* "drew 0-0 with Rayo Vallecano", "a 4-1 win over Alaves", "a 2-1 loss to
 * Getafe": a name after a score and the word that names the other side. */
static bool S_opposed_after_score(const ng_document *doc, const ng_mention *om)
{
    size_t b = om->tok_start;
    if (b < 3 || !(ng_tok_is(doc, b - 1, "with") || ng_tok_is(doc, b - 1, "over") || ng_tok_is(doc, b - 1, "to") ||
                   ng_tok_is(doc, b - 1, "against")))
        return false;
    for (size_t k = b - 2; k + 4 > b - 1 && k > 0; k--)
        if (S_score_ending_at(doc, k))
            return true;
    return false;
}

/* Does the mention open with a word the lists of people's names hold? */
static bool S_given_name_first(const ng_document *doc, const ng_mention *om)
{
    return ng_mn_listed_name_word(doc, om->tok_start);
}

/* Is the mention a person's name by its look: opening with a word the
 * lists of people's names hold, or of two words or more the tagger reads
 * as a person's ("two operators, Glen Doherty and Tyrone Woods")? */
static bool S_person_name_look(const ng_document *doc, const ng_mention *om)
{
    return S_given_name_first(doc, om) ||
           (om->tok_end - om->tok_start >= 2 && ng_mn_tagger_reading(doc, om->tok_start, om->tok_end) == 1);
}

/* "runs two airlines, Vistara and AirAsia India", "carriers such as X
 * and Y", "rivals including X", "energy companies X and Y": a list of
 * names right after companies named in the plural. */
bool ng_mn_listed_after_companies(const ng_document *doc, const ng_mention *om)
{
    size_t b = S_list_start(doc, om);
    /* "energy companies Shell and Exxon": the noun right before a list
     * of two names or more (one name alone may open a relative clause:
     * "the companies Trump owns") */
    if (b >= 1 && S_company_plural(doc, b - 1) &&
        (b < om->tok_start || (om->tok_end + 1 < doc->ntok && (ng_tok_is(doc, om->tok_end, "and") ||
                                                             ng_tok_is(doc, om->tok_end, ",")) &&
                               ng_mention_at(doc, om->tok_end + 1) >= 0)))
        return true;
    if (b >= 2 && ng_tok_is(doc, b - 1, ","))
        return S_company_plural(doc, b - 2);
    if (b >= 3 && ng_tok_is(doc, b - 2, "such") && ng_tok_is(doc, b - 1, "as"))
        return S_company_plural(doc, b - 3);
    if (b >= 2 && ng_tok_is(doc, b - 1, "including"))
        return S_company_plural(doc, b - 2) ||
               (b >= 3 && ng_tok_is(doc, b - 2, ",") && S_company_plural(doc, b - 3)) ||
               S_including_companies(doc, b - 1);
    return false;
}

/* "franchises such as Call of Duty and Candy Crush", "films including
 * Oppenheimer": a list of names after a plural noun for made things or
 * works (`thing-plurals`), which names no one; past a "the" ("models
 * including the Camry, Corolla and RAV4") and, where words stand between,
 * the noun the parse hangs the list from ("several models built between
 * 2020 and 2022, including the Camry"). */
static bool S_listed_after_things(const ng_document *doc, const ng_mention *om)
{
    size_t b = S_list_start(doc, om);
    size_t first = b;
    if (b >= 3 && ng_tok_is(doc, b - 1, "the") && ng_tok_is(doc, b - 2, "including"))
        b--;
    size_t noun = b >= 3 && ng_tok_is(doc, b - 2, "such") && ng_tok_is(doc, b - 1, "as") ? b - 3
                  : b >= 2 && (ng_tok_is(doc, b - 1, "including") || ng_tok_is(doc, b - 1, "like")) ? b - 2
                                                                                                        : SIZE_MAX;
    if (noun != SIZE_MAX && noun > 0 && ng_tok_is(doc, noun, ","))
        noun--;
    if (noun != SIZE_MAX && ng_lex_listed(doc->lex, "thing-plurals", doc->toks[noun].lower))
        return true;
    int head = noun != SIZE_MAX && doc->dep_first ? ng_dep_head(doc, first) : -1;
    if (head >= 0 && !strcmp(ng_dep_rel(doc, (size_t)head), "acl"))
        head = ng_dep_head(doc, (size_t)head);
    return head >= 0 && (size_t)head < first && ng_lex_listed(doc->lex, "thing-plurals", doc->toks[head].lower);
}

/* Does verb v have a verb of saying joined to it by a conjunction that
 * shares its subject ("The British Museum in London holds 900 of them but
 * says a law ...")? */
static bool S_speech_verb_joined(const ng_document *doc, size_t v)
{
    for (int c = doc->dep_first ? doc->dep_first[v] : -1; c >= 0; c = doc->dep_next[c])
        if (!strcmp(ng_dep_rel(doc, (size_t)c), "conj") && ng_lex_speech_verb(doc->lex, doc->toks[c].lower) == 1 &&
            ng_dep_child(doc, (size_t)c, "nsubj") < 0 && ng_dep_child(doc, (size_t)c, "cc") >= 0)
            return true;
    return false;
}

/* "Bavarian Nordic, which makes an mpox vaccine, said": a verb of saying
 * right after a relative clause set off by commas after token k - 1,
 * whatever the parse made of the clause. */
static bool S_speaks_after_relative(const ng_document *doc, size_t k, size_t end)
{
    if (k + 2 >= end || doc->art->text[doc->toks[k].start] != ',' ||
        !(ng_tok_is(doc, k + 1, "which") || ng_tok_is(doc, k + 1, "who")))
        return false;
    for (size_t q = k + 2; q + 1 < end && q < k + 30; q++) {
        if (doc->toks[q].flags & NG_TOK_QUOTE)
            return false;
        if (doc->art->text[doc->toks[q].start] == ',')
            return ng_lex_speech_verb(doc->lex, doc->toks[q + 1].lower) == 1;
    }
    return false;
}

/* What the article says about a name at all its mentions: the tagger's
 * readings (by NER type, 0 for none), a title beside one of them, a verb of
 * saying after one, any word of them tagged as part of a name, a noun for
 * a company right before one (COMPANY_NOUNS), which makes it one; a team
 * the name has as its manager ("Pep Guardiola's side"); a body's name
 * coordinated with it ("Amazon and Meta Platforms"). */
typedef struct {
    int readings[5];
    bool titled, speaks, says, tagged, company, product, made_by, placed, unplaced, owned, unowned;
    bool taken_up_as_thing, taken_up_as_person, taken_up_by_which, manages, with_org, with_body, plays, member_of;
    bool won, with_body_only, led, owned_by_person, owned_modifier, heads_body, town_office, employs;
    bool in_state, has_figures, kind_body, kind_place, with_people;
    bool works_for; /* "a commentator for Channel Seven": whom a post's holder works for */
    bool after_the, without_the, located; /* "on the Lido" */
    bool kin_or_named; /* "his wife, X,", "X was named best new artist" */
    bool body_acts;    /* read as a body's where it is a verb's subject: "Novo Nordisk is testing" */
    bool brand_acts;   /* a brand's word in camel case a verb has for its subject: "SpaceX has flown" */
    bool told;         /* the one a verb of telling tells: "Arteta told Amazon Prime" */
    bool ailment;      /* a name an illness's noun follows: "Marburg virus disease", "the Ebola epidemic" */
    bool illness;      /* an illness's own name: "Zika" */
    bool opposed;      /* a side a score's "with", "over" or "to" names: "a 4-1 win over Alaves" */
    bool side;         /* a side's title and a person's name after it: "Chelsea manager Enzo Maresca" */
    bool subject_with_body; /* in a list with a body's name, a verb's subject: "Volkswagen and Stellantis have" */
} name_evidence;

/* The token after "NAME ," opening a sentence at token k, where NAME is
 * a person's (or a name of no type yet); 0 when there is none. */
static size_t S_person_name_comma(const ng_document *doc, size_t k)
{
    for (size_t o = 0; o < doc->nmention; o++) {
        const ng_mention *om = &doc->mentions[o];
        if (om->tok_start == k && (om->type == 0 || om->type == NG_ACTOR_PERSON) && om->tok_end + 1 < doc->ntok &&
            ng_tok_is(doc, om->tok_end, ","))
            return om->tok_end + 1;
    }
    return 0;
}

/* Does sentence si name a person (or, unless typed_only, a name of no
 * type yet or a person's by a guess) other than m's name? */
static bool S_other_person_in(const ng_document *doc, const ng_mention *m, size_t si, bool typed_only)
{
    for (size_t o = 0; o < doc->nmention; o++) {
        const ng_mention *om = &doc->mentions[o];
        bool person = om->type == NG_ACTOR_PERSON && !(typed_only && om->guessed);
        if (om != m && ((om->type == 0 && !typed_only) || person) &&
            doc->toks[om->tok_start].sent == si &&
            strcmp(om->name, m->name) != 0)
            return true;
    }
    return false;
}

/* "Spotify welcomed the ruling. The Swedish company first complained
 * ...", "Beyoncé won album of the year ... The singer, who ...": a name
 * opening a sentence (after a dateline too), and the next sentence opening
 * with "the", at most two modifiers and a noun for a company ('c'), a
 * body of a kind ('b') or a person ('p'), or with "he" or "she" ('p'),
 * which takes the name up; 0 when there is none. */
static char S_next_sentence_noun(const ng_document *doc, const ng_mention *m)
{
    size_t si = doc->toks[m->tok_start].sent;
    if (si + 1 >= doc->nsent ||
        (doc->sents[si].tok_start != m->tok_start && ng_dateline_end(doc, &doc->sents[si]) != m->tok_start))
        return 0;
    /* (a common word that opens its sentence, capitalized only there and
     * read as no name, names nothing: "Construction is expected to begin
     * next spring. The team's owner ...") */
    bool common_word;
    ng_mn_name_bits(doc, m->tok_start, &common_word);
    if (m->type == 0 && m->tok_end == m->tok_start + 1 && common_word &&
        !ng_mn_tagger_reading(doc, m->tok_start, m->tok_end))
        return 0;
    const ng_sentence *n = &doc->sents[si + 1];
    size_t k = n->tok_start;
    /* "Gauff, the U.S. Open champion, had won their two meetings. She
     * said": "he" or "she" opening the next sentence, when the sentence
     * names no other person (nor a name of no type yet) and the name is
     * no dateline's */
    /* (or "his", "her": "Beyoncé leads the nominations ... Her album
     * ...") */
    if ((ng_tok_is(doc, k, "he") || ng_tok_is(doc, k, "she") || ng_tok_is(doc, k, "his") ||
         ng_tok_is(doc, k, "her")) &&
        ng_dateline_end(doc, &doc->sents[si]) <= m->tok_start)
        return S_other_person_in(doc, m, si, false) ? 0 : 'p';
    /* "Horacio Gutierrez, the Swedish company's chief legal officer,
     * said": a person named with his post at the company the name was */
    size_t after_name = S_person_name_comma(doc, k);
    if (after_name)
        k = after_name;
    /* (a word after the name: "SANTA CLARA, Calif. (Reuters) -" is a
     * dateline, no subject) */
    if (m->tok_end >= doc->ntok || !(doc->toks[m->tok_end].flags & NG_TOK_WORD) || !ng_tok_is(doc, k, "the"))
        return 0;
    for (size_t q = k + 1; q < n->tok_end && q <= k + 3; q++) {
        if (!(doc->toks[q].flags & NG_TOK_WORD))
            return 0;
        if (doc->toks[q].flags & NG_TOK_CAP) /* ("The Swedish company") */
            continue;
        /* (not a full name the tagger reads as a person's: "Bill Clinton
         * submitted ... recipes for Family Circle magazine's poll. The
         * magazine said") */
        if (ng_lex_is_company_noun(doc->lex, doc->toks[q].lower) &&
            (!after_name || (q + 1 < n->tok_end && (doc->toks[q + 1].flags & NG_TOK_POSS))))
            return m->tok_end - m->tok_start >= 2 && ng_mn_tagger_reading(doc, m->tok_start, m->tok_end) == 1 ? 0
                                                                                                             : 'c';
        if (after_name)
            continue;
        /* "Coldplay will play 10 nights at Wembley ... The British band,
         * fronted by Chris Martin,": a noun for a body of a kind ('b'), of
         * one word no list of people's names holds, no surname of one named
         * in full */
        bool common;
        if (ng_lex_listed(doc->lex, "body-kind-nouns", doc->toks[q].lower) && m->tok_end == m->tok_start + 1 &&
            !(ng_mn_name_bits(doc, m->tok_start, &common) & (1u | 16u)) &&
            !ng_mn_word_of_full_name(doc, m->tok_start, true, false))
            return 'b';
        /* (the noun itself: "the singer, who", not "the singer's album";
         * nor where the sentence names another person: "Real Madrid have
         * signed forward Endrick ... The teenager, who") */
        if (ng_lex_person_noun(doc->lex, doc->toks[q].lower) == 1 && q + 1 < n->tok_end &&
            !(doc->toks[q + 1].flags & NG_TOK_WORD) && !(doc->toks[q + 1].flags & NG_TOK_POSS))
            return S_other_person_in(doc, m, si, true) ? 0 : 'p';
    }
    return 0;
}

/* A title a company gives ("Oracle co-founder Larry Ellison", "Zorvex
 * founder Lara Quint", "Tesla CEO Elon Musk"): the name before it is the
 * company, not a place; civic titles ("Allentown Mayor") take places. */
bool ng_mn_company_title(const ng_document *doc, const char *folded)
{
    return ng_lex_listed(doc->lex, "company-titles", folded);
}

/* Is a person's name right after token k, a lower-case company title or
 * "CEO", which follows the name ending before it? (Lower-case words of
 * titles may open it: "Goldman Sachs chief economist Jan Hatzius",
 * "Desjardins senior economist Royce Mendes".) */
static bool S_before_title_in(const ng_document *doc, size_t k, const char *list)
{
    for (size_t q = k; q < k + 2 && q + 2 < doc->ntok && !(doc->toks[q].flags & NG_TOK_CAP) &&
                       ng_mn_title_word(doc, q) && !ng_lex_listed(doc->lex, list, doc->toks[q].lower);
         q++)
        if (!(doc->toks[q + 1].flags & NG_TOK_CAP) && ng_lex_listed(doc->lex, list, doc->toks[q + 1].lower)) {
            k = q + 1;
            break;
        }
    bool lower = k < doc->ntok && (!(doc->toks[k].flags & NG_TOK_CAP) || (doc->toks[k].flags & NG_TOK_ALLCAPS));
    if (k + 1 >= doc->ntok || !lower || !(doc->toks[k + 1].flags & NG_TOK_CAP) ||
        !ng_lex_listed(doc->lex, list, doc->toks[k].lower))
        return false;
    for (size_t m = 0; m < doc->nmention; m++)
        if (doc->mentions[m].tok_start == k + 1 && doc->mentions[m].type == NG_ACTOR_PERSON)
            return true;
    return false;
}

/* "Lakers coach JJ Redick" after "the Los Angeles Lakers": a title in
 * lower case and a person's name after the last word of an organization
 * of several words the article names. */
static bool S_before_title_of_named_org(const ng_document *doc, size_t k)
{
    size_t t = k;
    while (t < doc->ntok && t < k + 3 && ng_mn_title_word(doc, t) && !(doc->toks[t].flags & NG_TOK_CAP))
        t++;
    if (t == k || t >= doc->ntok || !ng_lex_is_title_head(doc->lex, doc->toks[t - 1].lower))
        return false;
    bool person = false; /* (mentions are not indexed yet) */
    for (size_t m = 0; m < doc->nmention && !person; m++)
        person = doc->mentions[m].tok_start == t && doc->mentions[m].type == NG_ACTOR_PERSON;
    for (size_t m = 0; m < doc->nmention && person; m++) {
        const ng_mention *o = &doc->mentions[m];
        if (o->type == NG_ACTOR_ORG && o->tok_end - o->tok_start >= 2 &&
            !strcmp(doc->toks[o->tok_end - 1].lower, doc->toks[k - 1].lower))
            return true;
    }
    return false;
}

/* "Microsoft co-founder Bill Gates": a capitalized word before a company
 * title and a person's name names the company, where nothing else read
 * it (a lone capital opening a sentence is no name by itself). */
void ng_mn_employers(ng_document *doc)
{
    for (size_t k = 1; k + 1 < doc->ntok; k++) {
        size_t w = k - 1;
        if (!(S_before_title_in(doc, k, "company-titles") || S_before_title_of_named_org(doc, k)) ||
            !(doc->toks[w].flags & NG_TOK_CAP) ||
            !(doc->toks[w].flags & NG_TOK_WORD) || ng_mn_title_word(doc, w) ||
            ng_lex_is_stop_cap(doc->lex, doc->toks[w].lower) ||
            ng_lex_demonym(doc->lex, doc->toks[w].lower) || ng_lex_name(doc->lex, doc->toks[w].lower))
            continue;
        bool named = false;
        for (size_t m = 0; m < doc->nmention && !named; m++) {
            ng_mention *mm = &doc->mentions[m];
            named = mm->type >= 0 && mm->tok_start <= w && mm->tok_end > w;
            /* (a lone capital opening a sentence, untyped; or a place the
             * tagger read that no list knows: "An Amazon spokeswoman") */
            if (named && (mm->type == 0 || (mm->type == NG_ACTOR_PLACE && !mm->lex)) && mm->tok_start == w &&
                mm->tok_end == k) {
                mm->type = NG_ACTOR_ORG;
                mm->place_kind = 0;
            }
        }
        if (!named)
            ng_mn_add(doc, w, k, NG_ACTOR_ORG);
    }
}

/* "Workers at Valtaris went on strike": people of a workforce at k
 * (`workforce-people`) in a sentence of a labour action
 * (`labour-action-words`). */
static bool S_striking_staff(const ng_document *doc, size_t k)
{
    if (!ng_lex_listed(doc->lex, "workforce-people", doc->toks[k].lower))
        return false;
    const ng_sentence *s = &doc->sents[doc->toks[k].sent];
    for (size_t q = s->tok_start; q < s->tok_end; q++)
        if (ng_lex_listed(doc->lex, "labour-action-words", doc->toks[q].lower))
            return true;
    return false;
}

/* "analysts at Bernstein", "researchers at Scripps": where people of a
 * trade work, or workers who strike, is a body, though the tagger read
 * the bare name after "at" as a place (schemas/word-lists.tsv,
 * staff-nouns). */
void ng_mn_workplaces(ng_document *doc)
{
    for (size_t m = 0; m < doc->nmention; m++) {
        ng_mention *mm = &doc->mentions[m];
        size_t at = mm->tok_start > 0 && ng_tok_is(doc, mm->tok_start - 1, "the") ? mm->tok_start - 1
                                                                                  : mm->tok_start;
        /* (not "analysts at Cancun airport") */
        bool modifier = mm->tok_end < doc->ntok && !strcmp(ng_dep_upos(doc, mm->tok_end), "NOUN");
        if (mm->type != NG_ACTOR_PLACE || mm->lex || at < 2 || !ng_tok_is(doc, at - 1, "at") || modifier ||
            !(ng_lex_listed(doc->lex, "staff-nouns", doc->toks[at - 2].lower) || S_striking_staff(doc, at - 2)))
            continue;
        mm->type = NG_ACTOR_ORG;
    }
}

/* "in Jupiter, Florida": a name a comma and a place (a state, a country)
 * follow. */
bool ng_mn_town_before_state(const ng_document *doc, const ng_mention *m)
{
    size_t k = m->tok_end;
    if (k + 1 >= doc->ntok || !ng_tok_is(doc, k, ","))
        return false;
    int next = ng_mention_at(doc, k + 1);
    /* (a city's name too: "Everett, Washington" is the state's) */
    return next >= 0 && doc->mentions[next].tok_start == k + 1 && doc->mentions[next].type == NG_ACTOR_PLACE;
}

/* "the factories in Renton": a name after "in" that a common noun's
 * phrase holds in the parse (not a verb's: "set out in Moran and Pyle",
 * a case; nor a court's decision's: "the decision in Ratych and
 * Bloomer", `ruling-nouns`). */
static bool S_in_noun_phrase(const ng_document *doc, const ng_mention *m)
{
    size_t h = ng_dep_span_head(doc, m->tok_start, m->tok_end);
    int gov = ng_dep_head(doc, h);
    return !strcmp(ng_dep_rel(doc, h), "nmod") && gov >= 0 && !strcmp(ng_dep_upos(doc, (size_t)gov), "NOUN") &&
           !ng_lex_listed(doc->lex, "ruling-nouns", doc->toks[gov].lower);
}

/* "over the Belgorod and Kursk regions": names joined before a plural
 * noun for places are places, whatever the tagger read; so is a name
 * joined to a place after "in", or listed between two places. */
void ng_mn_coordinated_places(ng_document *doc)
{
    for (size_t m = 0; m + 1 < doc->nmention; m++) {
        ng_mention *a = &doc->mentions[m], *b = &doc->mentions[m + 1];
        size_t e = b->tok_end;
        /* "factories in Renton and Everett, Washington", "in Chicago and
         * Salinas": a one-word name joined to a place after "in" is a place
         * too, where the place is one the lexicon knows, a state follows
         * or a noun's phrase holds them; a name the tagger read as a body's
         * also after one it read as a place ("in Utrecht and Groningen";
         * not one name twice, "in Clements and Clements", a case); not a
         * person the article names in full; not the parties of "in Moran
         * and Pyle", a case */
        if (a->type == NG_ACTOR_PLACE && a->tok_start > 0 && ng_tok_is(doc, a->tok_start - 1, "in") &&
            (a->lex || ng_mn_town_before_state(doc, b) || S_in_noun_phrase(doc, a) ||
             (b->type == NG_ACTOR_ORG && ng_mn_tagger_reading(doc, a->tok_start, a->tok_end) == 3 &&
              strcmp(a->name, b->name) != 0)) &&
            a->tok_end + 1 == b->tok_start && ng_tok_is(doc, a->tok_end, "and") &&
            (b->type == NG_ACTOR_PERSON ||
             (b->type == NG_ACTOR_ORG && !(doc->toks[b->tok_start].flags & NG_TOK_ALLCAPS) &&
              !ng_mn_has_org_word(doc, b->tok_start, b->tok_end))) &&
            !b->lex && !b->title && b->tok_end == b->tok_start + 1 &&
            !ng_mn_word_of_full_name(doc, b->tok_start, true, false) &&
            !(e < doc->ntok && (doc->toks[e].flags & NG_TOK_POSS))) {
            b->type = NG_ACTOR_PLACE;
            b->place_kind = 0;
            b->guessed = false;
            continue;
        }
        /* "in Sandviken, Gavle and Staffanstorp": a one-word name listed
         * between two places is one */
        const ng_mention *c = m + 2 < doc->nmention ? &doc->mentions[m + 2] : NULL;
        if (c && a->type == NG_ACTOR_PLACE && c->type == NG_ACTOR_PLACE && a->tok_end + 1 == b->tok_start &&
            ng_tok_is(doc, a->tok_end, ",") && e + 1 == c->tok_start &&
            (ng_tok_is(doc, e, ",") || ng_tok_is(doc, e, "and")) &&
            (b->type == NG_ACTOR_PERSON || b->type == NG_ACTOR_ORG) && !b->lex && !b->title &&
            b->tok_end == b->tok_start + 1 && !ng_mn_has_org_word(doc, b->tok_start, b->tok_end) &&
            !ng_mn_word_of_full_name(doc, b->tok_start, true, false)) {
            b->type = NG_ACTOR_PLACE;
            b->place_kind = 0;
            b->guessed = false;
            continue;
        }
        if (a->type < 0 || a->lex || a->tok_end + 1 != b->tok_start || !ng_tok_is(doc, a->tok_end, "and") ||
            e >= doc->ntok || (doc->toks[e].flags & NG_TOK_CAP) ||
            !ng_lex_listed(doc->lex, "place-plurals-after", doc->toks[e].lower))
            continue;
        a->type = NG_ACTOR_PLACE;
        a->place_kind = 0;
        if (!b->lex) {
            b->type = NG_ACTOR_PLACE;
            b->place_kind = 0;
        }
    }
}

/* A model's number: letters and digits, or three digits or more ("9000s",
 * "A17", "737"; not a day: "March 1 phone call"). */
static bool S_model_number(const ng_document *doc, size_t k)
{
    const char *w = doc->toks[k].lower;
    size_t digits = 0, letters = 0;
    for (const char *p = w; *p; p++) {
        digits += *p >= '0' && *p <= '9';
        letters += *p >= 'a' && *p <= 'z';
    }
    return (doc->toks[k].flags & (NG_TOK_WORD | NG_TOK_NUM)) && digits && (letters || digits >= 3);
}

/* The verb whose subject the parse makes mention om: its head, or the
 * list or the noun in apposition it stands in ("Rivals Volkswagen and
 * Stellantis have"); -1 when none. */
static int S_subject_of(const ng_document *doc, const ng_mention *om)
{
    size_t h = ng_dep_span_head(doc, om->tok_start, om->tok_end);
    for (int n = 0; n < 2; n++) {
        int g = ng_dep_head(doc, h);
        if (g < 0 || (strcmp(ng_dep_rel(doc, h), "conj") != 0 && strcmp(ng_dep_rel(doc, h), "appos") != 0))
            break;
        h = (size_t)g;
    }
    int g = ng_dep_head(doc, h);
    return g > (int)h && !strcmp(ng_dep_rel(doc, h), "nsubj") && !strcmp(ng_dep_upos(doc, (size_t)g), "VERB") ? g : -1;
}

/* "the Silver Lion grand jury prize": one to three nouns or adjectives
 * in lower case from token k on, the last a prize's (`prize-name-ends`)?
 * (Not "The Sunshine State will award".) */
static bool S_prize_words_after(const ng_document *doc, size_t k)
{
    for (size_t q = k; q < doc->ntok && q < k + 3; q++) {
        if ((doc->toks[q].flags & (NG_TOK_CAP | NG_TOK_PUNCT)) || doc->toks[q].sent != doc->toks[k].sent ||
            (strcmp(ng_dep_upos(doc, q), "NOUN") != 0 && strcmp(ng_dep_upos(doc, q), "ADJ") != 0))
            return false;
        if (ng_lex_listed(doc->lex, "prize-name-ends", doc->toks[q].lower))
            return true;
    }
    return false;
}

/* Is mention om's name one a person may have: one the name lists hold
 * as a person's, or a surname a full name had before ("Smith")? */
static bool S_named_as_person(const ng_document *doc, const ng_mention *om)
{
    bool common;
    return ng_mn_surname_named_before(doc, om->tok_start) ||
           (ng_mn_name_bits(doc, om->tok_start, &common) & (1u | 16u)) != 0;
}

/* Does mention om do what only a company does, as a verb's subject?
 * "Tesla reported a 55% drop in quarterly profit": a verb of reporting
 * (`results-verbs`) whose object, before a mark, is a company's results
 * (`company-results`); "Siemens has cut 5,000 jobs": a verb of hiring,
 * firing or closing (`workforce-verbs`) whose object is staff or
 * premises (`workforce-nouns`), not a name a person may have (people hire and
 * fire too: "Smith cut 6,000 jobs"). A buyer of a body: S_buys_body. */
static bool S_does_business(const ng_document *doc, const ng_mention *om)
{
    if (!doc->dep_first)
        return false;
    int verb = S_subject_of(doc, om);
    if (verb < 0)
        return false;
    bool results = ng_lex_listed(doc->lex, "results-verbs", doc->toks[verb].lower);
    bool workforce = !results && ng_lex_listed(doc->lex, "workforce-verbs", doc->toks[verb].lower);
    if ((!results && !workforce) || (workforce && S_named_as_person(doc, om)))
        return false;
    for (size_t k = (size_t)verb + 1; k < doc->ntok && k <= (size_t)verb + 8; k++) {
        if ((doc->toks[k].flags & NG_TOK_PUNCT) && doc->art->text[doc->toks[k].start] != '%')
            return false;
        if ((results && ng_lex_listed(doc->lex, "company-results", doc->toks[k].lower)) ||
            (workforce && ng_lex_listed(doc->lex, "workforce-nouns", doc->toks[k].lower)))
            return true;
    }
    return false;
}

/* "on the Lido": is mention om after a lower-case "the" (a person's name
 * takes none), ending its phrase before a mark, a preposition or a verb,
 * neither subject nor object? Not "The Hill", "The Verge" (names with
 * theirs), "the Obama administration", "the Koch and Giuliani
 * administrations", "the Hilary Clinton-run State Department", nor "the
 * Elysee said", "told the Hill" (bodies). */
static bool S_after_lower_the(const ng_document *doc, const ng_mention *om)
{
    size_t b = om->tok_start, e = om->tok_end;
    if (b == 0 || !ng_tok_is(doc, b - 1, "the") || doc->art->text[doc->toks[b - 1].start] != 't')
        return false;
    const char *role = ng_dep_rel(doc, ng_dep_span_head(doc, b, e));
    if (!strncmp(role, "nsubj", 5) || !strcmp(role, "obj") || !strcmp(role, "iobj"))
        return false;
    const char *after = e < doc->ntok ? ng_dep_upos(doc, e) : "PUNCT";
    return !strcmp(after, "ADP") || !strcmp(after, "VERB") || !strcmp(after, "AUX") ||
           (!strcmp(after, "PUNCT") && (e >= doc->ntok || doc->art->text[doc->toks[e].start] != '-'));
}

/* "called", "named" or "dubbed" at token k. */
static bool S_called_so(const ng_document *doc, size_t k)
{
    return ng_tok_is(doc, k, "called") || ng_tok_is(doc, k, "named") || ng_tok_is(doc, k, "dubbed");
}

/* A noun for a made thing at token k, or its plural after a name ("its
 * new Blackwell chips"), or after a model's number ("a Kirin 9000s
 * chip"). */
static bool S_product_noun_after(const ng_document *doc, size_t k)
{
    /* (a number of any length right after the name: "the Falcon 9
     * rocket", "its own Ariane 6 rocket"; not a day after a month: "Ruiz's
     * March 1 phone call") */
    if (k > 0 && k < doc->ntok && k + 1 < doc->ntok &&
        (S_model_number(doc, k) ||
         ((doc->toks[k].flags & NG_TOK_NUM) && !ng_month_from_name(doc->toks[k - 1].lower))))
        k++;
    return S_word_or_singular(doc, k, ng_lex_is_product_noun);
}

/* "the Falcon Heavy rocket", "the drug, Zurzuvae,", "the drug Zurzuvae":
 * the mention names a made thing (PRODUCT_NOUNS). With *made_by, a
 * possessor names its maker ("the European Space Agency's Juice probe"),
 * so the name is the thing's whatever its type. */
static bool S_product_name(const ng_document *doc, const ng_mention *m, bool *made_by)
{
    size_t b = m->tok_start, e = m->tok_end;
    /* "OxyContin maker Purdue Pharma", "Roundup's maker Monsanto": what a
     * maker makes */
    size_t mk = e < doc->ntok && ng_tok_possessive(doc, e) ? e + 1 : e;
    if (mk + 1 < doc->ntok &&
        (ng_tok_is(doc, mk, "maker") || ng_tok_is(doc, mk, "makers") || ng_tok_is(doc, mk, "manufacturer")) &&
        (doc->toks[mk + 1].flags & NG_TOK_CAP)) {
        *made_by = true;
        return true;
    }
    /* "the Camry, Corolla, RAV4 and Lexus ES sedans": a list of names
     * after "the" (or an owner) that a noun for a made thing ends */
    size_t ls = S_list_start(doc, m), le = S_list_end(doc, m);
    if ((ls != b || le != e) && ls > 0 && S_product_noun_after(doc, le) &&
        (ng_tok_is(doc, ls - 1, "the") || ng_tok_is(doc, ls - 1, "its") || ng_tok_is(doc, ls - 1, "their") ||
         (doc->toks[ls - 1].flags & NG_TOK_POSS))) {
        *made_by = true;
        return true;
    }
    /* "approved Bristol Myers Squibb's Cobenfy", "recalled Abbott's
     * Similac": one word after a name's possessive, the object of a verb
     * done to made things (`product-object-verbs`) */
    int verb = e == b + 1 && b > 0 && (doc->toks[b - 1].flags & NG_TOK_POSS) && doc->dep_first &&
                       !strcmp(ng_dep_rel(doc, b), "obj")
                   ? ng_dep_head(doc, b)
                   : -1;
    if (verb >= 0 && ng_lex_listed(doc->lex, "product-object-verbs", doc->toks[verb].lower)) {
        *made_by = true;
        return true;
    }
    if (S_product_noun_after(doc, e)) {
        /* ("its new Blackwell chips", "the company's new Blackwell chips":
         * a maker's, named or not) */
        bool adjective = b > 0 && !(doc->toks[b - 1].flags & NG_TOK_CAP) && !strcmp(ng_dep_upos(doc, b - 1), "ADJ");
        size_t d = adjective ? b - 1 : b;
        *made_by = *made_by || (b > 0 && (doc->toks[b - 1].flags & NG_TOK_POSS)) ||
                   (d > 0 && (!strcmp(doc->toks[d - 1].lower, "its") || (doc->toks[d - 1].flags & NG_TOK_POSS)));
        return true;
    }
    /* "Paxlovid, the COVID antiviral pill", "Comirnaty, the vaccine it
     * makes with BioNTech": an appositive whose head is a made thing */
    if (e + 2 < doc->ntok && ng_tok_is(doc, e, ",") &&
        (ng_tok_is(doc, e + 1, "the") || ng_tok_is(doc, e + 1, "a") || ng_tok_is(doc, e + 1, "an"))) {
        /* (past an owner: "Apple Intelligence, the company's suite of AI
         * tools") */
        for (size_t k = e + 2; k < doc->ntok && k < e + 7 &&
                               ((doc->toks[k].flags & (NG_TOK_WORD | NG_TOK_NUM)) || ng_tok_possessive(doc, k));
             k++)
            if (S_word_or_singular(doc, k, ng_lex_is_product_noun) &&
                (k + 1 >= doc->ntok || strcmp(ng_dep_upos(doc, k + 1), "NOUN") != 0)) {
                *made_by = true; /* (the appositive says so, whatever typed the name) */
                return true;
            }
    }
    /* "its new artificial intelligence system, Apple Intelligence,": a
     * made thing's noun in apposition before the name, after "its",
     * "their" or a possessor */
    if (b >= 3 && ng_tok_is(doc, b - 1, ",") && S_word_or_singular(doc, b - 2, ng_lex_is_product_noun) &&
        e < doc->ntok && (ng_tok_is(doc, e, ",") || ng_tok_is(doc, e, "."))) {
        for (size_t k = b - 2; k-- > 0 && k + 7 > b;) { /* (up to four words before the noun) */
            if (ng_tok_is(doc, k, "its") || ng_tok_is(doc, k, "their") || (doc->toks[k].flags & NG_TOK_POSS)) {
                *made_by = true;
                return true;
            }
            if (!(doc->toks[k].flags & NG_TOK_WORD) || (doc->toks[k].flags & NG_TOK_CAP))
                break;
        }
    }
    /* "the maker of Pringles and Cheez-It crackers": what a maker makes,
     * listed after "of" */
    size_t ls0 = S_list_start(doc, m);
    if (ls0 >= 2 && ng_tok_is(doc, ls0 - 1, "of") &&
        (ng_tok_is(doc, ls0 - 2, "maker") || ng_tok_is(doc, ls0 - 2, "makers") ||
         ng_tok_is(doc, ls0 - 2, "manufacturer"))) {
        *made_by = true;
        return true;
    }
    /* "Leqembi, made by Japan's Eisai", "to be sold as Kisunla": what a
     * maker makes or a seller sells */
    size_t a = e < doc->ntok && ng_tok_is(doc, e, ",") ? e + 1 : e;
    if (a + 1 < doc->ntok && ng_lex_listed(doc->lex, "product-verbs", doc->toks[a].lower) &&
        ng_tok_is(doc, a + 1, "by")) {
        *made_by = true;
        return true;
    }
    if (b >= 2 && ng_tok_is(doc, b - 1, "as") &&
        (ng_tok_is(doc, b - 2, "sold") || ng_tok_is(doc, b - 2, "marketed") || ng_tok_is(doc, b - 2, "branded"))) {
        *made_by = true;
        return true;
    }
    /* "sold under the brand name Zurzuvae" */
    if (b >= 2 && ng_tok_is(doc, b - 1, "name") && (ng_tok_is(doc, b - 2, "brand") || ng_tok_is(doc, b - 2, "trade"))) {
        *made_by = true;
        return true;
    }
    /* "approved Xolair as the first medicine to reduce ...": a name that
     * "as" says is a made thing */
    if (e + 2 < doc->ntok && ng_tok_is(doc, e, "as") &&
        (ng_tok_is(doc, e + 1, "the") || ng_tok_is(doc, e + 1, "a") || ng_tok_is(doc, e + 1, "an")))
        for (size_t k = e + 2; k < doc->ntok && k < e + 5 && !(doc->toks[k].flags & NG_TOK_CAP) &&
                               (doc->toks[k].flags & NG_TOK_WORD);
             k++)
            if (ng_lex_listed(doc->lex, "company-made-things", doc->toks[k].lower))
                return true;
    /* "a mixed-reality headset called Vision Pro", "The drug, called
     * Zuranex,", "its next chips, called Blackwell,": a made thing's name */
    bool called = b >= 2 && S_called_so(doc, b - 1);
    size_t thing = called && b >= 3 && ng_tok_is(doc, b - 2, ",") ? b - 3 : b - 2;
    if (called && !(doc->toks[thing].flags & NG_TOK_CAP) && S_word_or_singular(doc, thing, ng_lex_is_product_noun)) {
        *made_by = true;
        return true;
    }
    size_t k = b;
    if (k > 0 && ng_tok_is(doc, k - 1, ","))
        k--;
    if (k < 2 || !ng_lex_is_product_noun(doc->lex, doc->toks[k - 1].lower) || (doc->toks[k - 1].flags & NG_TOK_CAP))
        return false;
    /* "the drug Zurzuvae", and with a lower-case word for what it is for
     * between: "Novo Nordisk's obesity drug Wegovy" (a maker's) */
    size_t d = k - 2;
    if (ng_tok_is(doc, d, "new"))
        return true;
    /* (up to two such words, hyphenated too: "its anti-smoking drug
     * Chantix") */
    /* (or a participle: "the competing drug Zepbound") */
    for (int words = 0; words < 2 && d > 0 && !(doc->toks[d].flags & (NG_TOK_CAP | NG_TOK_PUNCT)) &&
                        (!strcmp(ng_dep_upos(doc, d), "NOUN") || !strcmp(ng_dep_upos(doc, d), "ADJ") ||
                         (!strcmp(ng_dep_upos(doc, d), "VERB") && ng_tok_ing_form(doc, d)));
         words++) {
        if (ng_tok_possessive(doc, d - 1)) {
            *made_by = true;
            return true;
        }
        d--;
    }
    /* ("Eicos Sciences' drug Aurlumyn": a maker's) */
    if (ng_tok_possessive(doc, d)) {
        *made_by = true;
        return true;
    }
    /* ("its anti-smoking drug Chantix": its maker's) */
    if (ng_tok_is(doc, d, "its") || ng_tok_is(doc, d, "their")) {
        *made_by = true;
        return true;
    }
    /* ("which makes the competing drug Zepbound": what a maker makes) */
    if (d > 0 && (ng_tok_is(doc, d, "the") || ng_tok_is(doc, d, "a")) &&
        ng_lex_listed(doc->lex, "product-verbs", doc->toks[d - 1].lower))
        *made_by = true;
    return ng_tok_is(doc, d, "the") || ng_tok_is(doc, d, "a") || ng_tok_is(doc, d, "new");
}

/* The token after "'s" at k and a name of up to three capitalized words
 * in its sentence ("'s Qdenga vaccine": "vaccine"); SIZE_MAX when k holds
 * no possessive and a name. */
static size_t S_after_owned_name(const ng_document *doc, size_t k)
{
    if (k + 2 >= doc->ntok || !(doc->toks[k].flags & NG_TOK_POSS) || !(doc->toks[k + 1].flags & NG_TOK_CAP))
        return SIZE_MAX;
    size_t q = k + 1;
    while (q < doc->ntok && q < k + 4 && (doc->toks[q].flags & NG_TOK_CAP) && doc->toks[q].sent == doc->toks[k].sent)
        q++;
    return q < doc->ntok && doc->toks[q].sent == doc->toks[k].sent ? q : SIZE_MAX;
}

/* "'s Qdenga vaccine" at token k: a possessive, a name and a noun for a
 * made thing after it. */
static bool S_owns_named_product(const ng_document *doc, size_t k)
{
    return S_product_noun_after(doc, S_after_owned_name(doc, k));
}

/* "'s obesity drug Wegovy", "'s Qdenga vaccine" at token k: a possessive
 * and a named medicine, which only companies make. */
static bool S_owns_medicine(const ng_document *doc, size_t k)
{
    size_t q = S_after_owned_name(doc, k);
    if (q != SIZE_MAX && ng_lex_listed(doc->lex, "medicine-nouns", doc->toks[q].lower))
        return true;
    if (k + 2 >= doc->ntok || !(doc->toks[k].flags & NG_TOK_POSS))
        return false;
    q = k + 1;
    /* ("Eli Lilly's Alzheimer's drug donanemab": an illness named after
     * someone between) */
    if (q + 2 < doc->ntok && (doc->toks[q].flags & NG_TOK_CAP) && (doc->toks[q + 1].flags & NG_TOK_POSS))
        q += 2;
    if (doc->toks[q].flags & NG_TOK_CAP)
        return false;
    if (!ng_lex_listed(doc->lex, "medicine-nouns", doc->toks[q].lower))
        q++; /* ("obesity drug") */
    if (q + 1 >= doc->ntok || !ng_lex_listed(doc->lex, "medicine-nouns", doc->toks[q].lower) ||
        doc->toks[q + 1].sent != doc->toks[k].sent)
        return false;
    /* a name after it: capitalized, or a generic name no list of words
     * knows ("donanemab") */
    bool common;
    ng_mn_name_bits(doc, q + 1, &common);
    return (doc->toks[q + 1].flags & NG_TOK_CAP) || ((doc->toks[q + 1].flags & NG_TOK_WORD) && !common &&
                                                     !strcmp(ng_dep_upos(doc, q + 1), "NOUN"));
}

/* "Boeing said (that) it", "Keating said he": the words themselves, where
 * the parse went wrong on the name ("Boeing" read as a participle). */
static char S_said_pronoun(const ng_document *doc, const ng_mention *om)
{
    size_t k = om->tok_end;
    if (k + 2 >= doc->ntok || ng_lex_speech_verb(doc->lex, doc->toks[k].lower) != 1)
        return 0;
    k++;
    /* ("said in documents posted by the agency that it disagreed": a few
     * words saying where, then "that") */
    for (size_t q = k; q < doc->ntok && q < k + 9 && !ng_tok_is(doc, k, "that"); q++) {
        if ((doc->toks[q].flags & (NG_TOK_PUNCT | NG_TOK_QUOTE)) || ng_mention_at(doc, q) >= 0)
            break;
        if (ng_tok_is(doc, q, "that"))
            k = q;
    }
    if (ng_tok_is(doc, k, "that"))
        k++;
    if (k + 1 >= doc->ntok)
        return 0;
    /* the subject of a clause ("it had", "its trains"), not an object
     * ("Ford wrote it.", "Harris denied it") */
    const char *w = doc->toks[k].lower, *next = k + 1 < doc->ntok ? ng_dep_upos(doc, k + 1) : "";
    bool subject = !strcmp(next, "VERB") || !strcmp(next, "AUX");
    if (!strcmp(w, "its") || (!strcmp(w, "it") && subject))
        return 't';
    return (!strcmp(w, "he") || !strcmp(w, "she")) && subject ? 'p' : 0;
}

/* "Tesla cut prices of its Model 3 cars": "its" in the words right after
 * verb v, before any singular noun or name it could stand for, is its
 * subject's. */
static bool S_own_its(const ng_document *doc, size_t v)
{
    for (size_t k = v + 1; k < doc->ntok && k < v + 8 && doc->toks[k].sent == doc->toks[v].sent; k++) {
        if (ng_tok_is(doc, k, "its"))
            return true;
        const char *upos = ng_dep_upos(doc, k);
        if ((doc->toks[k].flags & (NG_TOK_PUNCT | NG_TOK_QUOTE)) || !strcmp(upos, "PROPN") || !strcmp(upos, "PRON") ||
            !strcmp(upos, "CCONJ") || !strcmp(upos, "SCONJ") || !strcmp(upos, "VERB") ||
            (!strcmp(upos, "NOUN") && !ng_plural_word(doc->toks[k].lower)))
            return false;
    }
    return false;
}

/* The pronoun that takes the name up in the clause its verb reports:
 * "Spotify said on Tuesday it would raise prices", "Brightline said its
 * trains would run" (a thing: 't'), "Ek said he would" ('p'); 0 when the
 * name is no subject of such a verb after it, or the clause has no
 * pronoun subject. */
char ng_mn_reported_pronoun(const ng_document *doc, const ng_mention *om)
{
    char said = S_said_pronoun(doc, om);
    if (said || !ng_dep_parsed(doc))
        return said;
    /* the name's head: its word whose head lies outside it */
    size_t head = om->tok_end - 1;
    for (size_t k = om->tok_start; k < om->tok_end; k++)
        if (ng_dep_head(doc, k) < (int)om->tok_start || ng_dep_head(doc, k) >= (int)om->tok_end)
            head = k;
    if (strcmp(ng_dep_rel(doc, head), "nsubj") != 0 || ng_dep_head(doc, head) < (int)om->tok_end)
        return 0;
    size_t verb = (size_t)ng_dep_head(doc, head);
    /* the verb right after the name, not in a clause about it ("producer
     * Rick Rubin, who said it took a year": "it" is the album) */
    for (size_t k = om->tok_end; k < verb; k++)
        if ((doc->toks[k].flags & NG_TOK_PUNCT) || ng_tok_is(doc, k, "who") || ng_tok_is(doc, k, "which") ||
            ng_tok_is(doc, k, "that"))
            return 0;
    if (S_own_its(doc, verb))
        return 't';
    int clause = ng_dep_child(doc, verb, "ccomp");
    int subj = clause >= 0 ? ng_dep_subject(doc, (size_t)clause) : -1;
    /* what the name says after its verb; not the quote before it (""It
     * was a massive win," manager Mikel Arteta said": "it" is the game) */
    if (subj < (int)verb)
        return 0;
    int poss = ng_dep_child(doc, (size_t)subj, "nmod:poss");
    const char *w = doc->toks[poss >= 0 ? (size_t)poss : (size_t)subj].lower;
    if (!strcmp(w, "it") || !strcmp(w, "its"))
        return 't';
    if (!strcmp(w, "he") || !strcmp(w, "she") || !strcmp(w, "his") || !strcmp(w, "her"))
        return 'p';
    return 0;
}

/* "Oregon-based", "Texas-headquartered": a state or a country the
 * lexicon knows joined by a hyphen to "based" or "headquartered", at
 * token k? */
static bool S_state_based(const ng_document *doc, size_t k)
{
    const char *w = doc->toks[k].lower, *h = strrchr(w, '-');
    if (!h || h == w || (strcmp(h, "-based") != 0 && strcmp(h, "-headquartered") != 0))
        return false;
    char place[64];
    size_t n = (size_t)(h - w);
    if (n >= sizeof place)
        return false;
    memcpy(place, w, n);
    place[n] = 0;
    const ng_lex_entry *e = ng_lex_name(doc->lex, place);
    return e && e->kind == NG_ACTOR_PLACE && (e->place_kind == NG_PLACE_REGION || e->place_kind == NG_PLACE_COUNTRY);
}

/* ", the far smaller company," after the name ending before token e. */
static bool S_company_noun_after(const ng_document *doc, size_t e)
{
    if (e + 2 >= doc->ntok || !ng_tok_is(doc, e, ",") ||
        !(ng_tok_is(doc, e + 1, "the") || ng_tok_is(doc, e + 1, "a") || ng_tok_is(doc, e + 1, "an") ||
          ng_tok_is(doc, e + 1, "its")))
        return false;
    /* at most three lower-case words before the noun, none a preposition
     * ("a member of the group" is no group) */
    for (size_t k = e + 2; k < doc->ntok && k < e + 6; k++) {
        /* ("a Montana-based company", "a U.S.-listed firm", "the Danish
         * maker") */
        bool compound = strchr(doc->toks[k].lower, '-') != NULL;
        bool demonym = ng_lex_demonym(doc->lex, doc->toks[k].lower) != NULL;
        if (((doc->toks[k].flags & NG_TOK_CAP) && !compound && !demonym) || (doc->toks[k].flags & NG_TOK_PUNCT) ||
            !strcmp(ng_dep_upos(doc, k), "ADP") || ng_tok_is(doc, k, "of") || ng_tok_is(doc, k, "for"))
            return false;
        if (ng_lex_is_company_noun(doc->lex, doc->toks[k].lower)) {
            /* "a cybersecurity firm owned by Google", "a company that", "the
             * maker of the only approved vaccine" (not "a group of") */
            static const char *const after[] = {",", ".", "owned", "based", "backed", "founded", "that", "which", NULL};
            const char *w = doc->toks[k].lower;
            size_t n = strlen(w);
            bool maker_of = n >= 5 && !strcmp(w + n - 5, "maker") && k + 1 < doc->ntok && ng_tok_is(doc, k + 1, "of");
            return maker_of || (k + 1 < doc->ntok && ng_word_in(doc->toks[k + 1].lower, after));
        }
    }
    return false;
}

/* "Gavi, the Vaccine Alliance,": a body's name in apposition to the
 * name (one ending in a word of bodies' names). */
static bool S_named_body_apposition(const ng_document *doc, const ng_mention *om)
{
    size_t e = om->tok_end;
    if (e + 3 >= doc->ntok || !ng_tok_is(doc, e, ",") || !ng_tok_is(doc, e + 1, "the"))
        return false;
    int n = ng_mention_at(doc, e + 2);
    if (n < 0 || doc->mentions[n].tok_start != e + 2 || doc->mentions[n].type != NG_ACTOR_ORG)
        return false;
    size_t ne = doc->mentions[n].tok_end;
    return ne < doc->ntok && (ng_tok_is(doc, ne, ",") || ng_tok_is(doc, ne, ".")) &&
           ng_lex_is_org_word(doc->lex, doc->toks[ne - 1].lower);
}

/* The company noun at token k the object of a person's noun: "The owner
 * of one firm, Ramon Ortiz,", "the head of a Chicago firm, Ana Ruiz,"
 * (the name after the comma is the person's). */
static bool S_noun_of_person(const ng_document *doc, size_t k)
{
    size_t lo = doc->sents[doc->toks[k].sent].tok_start, noun = k;
    while (k > lo && k + 5 > noun &&
           (!strcmp(ng_dep_upos(doc, k - 1), "DET") || !strcmp(ng_dep_upos(doc, k - 1), "NUM") ||
            !strcmp(ng_dep_upos(doc, k - 1), "ADJ") || (doc->toks[k - 1].flags & NG_TOK_CAP)))
        k--;
    if (k < lo + 2 || !(ng_tok_is(doc, k - 1, "of") || ng_tok_is(doc, k - 1, "at") || ng_tok_is(doc, k - 1, "for")))
        return false;
    const char *w = doc->toks[k - 2].lower;
    return ng_lex_person_noun(doc->lex, w) == 1 || ng_lex_is_title_head(doc->lex, w);
}

static bool S_settlement_word(const ng_lexicon *lex, const char *w)
{
    return ng_lex_listed(lex, "settlement-nouns", w);
}

/* "the provinces of Quang Ngai, Khanh Hoa and Gia Lai": a name in a list
 * after "the", a noun for settlements (`settlement-nouns`, or its plural) and "of"
 * is one of them. */
static bool S_in_list_of_settlements(const ng_document *doc, const ng_mention *om)
{
    size_t lo = doc->sents[doc->toks[om->tok_start].sent].tok_start, k = om->tok_start;
    while (k > lo + 2 && !ng_tok_is(doc, k - 1, "of")) {
        int o = ng_mention_at(doc, k - 1);
        if (o >= 0 && doc->mentions[o].tok_start < k)
            k = doc->mentions[o].tok_start;
        else if (ng_tok_is(doc, k - 1, ",") || ng_tok_is(doc, k - 1, "and"))
            k--;
        else
            return false;
    }
    return k > lo + 2 && ng_tok_is(doc, k - 1, "of") && ng_tok_is(doc, k - 3, "the") &&
           S_word_or_singular(doc, k - 2, S_settlement_word);
}

/* "Allergan, the far smaller company,", "its start-up, Theranos,": a
 * company noun in apposition to the name. */
static bool S_company_apposition(const ng_document *doc, const ng_mention *om)
{
    size_t b = om->tok_start, e = om->tok_end;
    /* (past a country's possessive: "a single manufacturer, South Korea's
     * EuBiologics,") */
    int owner = b >= 2 && (doc->toks[b - 1].flags & NG_TOK_POSS) ? ng_mention_at(doc, b - 2) : -1;
    if (owner >= 0 && doc->mentions[owner].lex && doc->mentions[owner].lex->place_kind == NG_PLACE_COUNTRY)
        b = doc->mentions[owner].tok_start;
    /* (or a noun for any body: "Brazil's telecommunications regulator,
     * Anatel,") */
    return S_company_noun_after(doc, e) ||
           (b >= 2 && ng_tok_is(doc, b - 1, ",") && !(doc->toks[b - 2].flags & NG_TOK_CAP) &&
            (ng_lex_is_company_noun(doc->lex, doc->toks[b - 2].lower) ||
             ng_lex_is_body_noun(doc->lex, doc->toks[b - 2].lower)) &&
            e < doc->ntok && (ng_tok_is(doc, e, ",") || ng_tok_is(doc, e, ".")) && !S_noun_of_person(doc, b - 2));
}

static bool S_possessive_determiner(const char *w)
{
    /* (not "my", "your": "My Lords", "Your Honor" address someone) */
    static const char *const determiners[] = {"his", "her", "its", "their", "whose", NULL};
    return ng_word_in(w, determiners);
}

/* "Van der Poel's Alpecin-Deceuninck team", "on the Oude Kwaremont
 * climb": a name between "the" (or an owner) and a lower-case noun that
 * ends the phrase names one of that noun's kind: 'b' a body
 * (`body-kind-nouns`), 'p' a place (`place-kind-nouns`), 0 neither. Not a
 * name a person has ("the Trump team": a given name, a title, or the
 * surname of someone the article names in full). */
static char S_kind_noun_after(const ng_document *doc, const ng_mention *om)
{
    size_t b = om->tok_start, e = om->tok_end;
    if (b == 0 || e + 1 >= doc->ntok || (doc->toks[e].flags & NG_TOK_CAP) || om->title || om->lex ||
        doc->toks[e].sent != doc->toks[b].sent)
        return 0;
    /* (past a modifier or two in lower case: "the leftist Syriza party") */
    size_t d = b - 1;
    while (d > 0 && d + 2 >= b - 1 && !(doc->toks[d].flags & (NG_TOK_CAP | NG_TOK_POSS)) &&
           (!strcmp(ng_dep_upos(doc, d), "ADJ") || !strcmp(ng_dep_upos(doc, d), "NOUN")))
        d--;
    const char *w = doc->toks[d].lower;
    if (!(doc->toks[d].flags & NG_TOK_POSS) && strcmp(w, "the") != 0 && !S_possessive_determiner(w))
        return 0;
    /* (the noun heads its phrase: not "the Alpecin team bus") */
    if (!strcmp(ng_dep_upos(doc, e + 1), "NOUN") && !(doc->toks[e + 1].flags & NG_TOK_CAP))
        return 0;
    bool common;
    if ((ng_mn_name_bits(doc, b, &common) & (1u | 16u)) || ng_mn_word_of_full_name(doc, b, false, false) ||
        ng_mn_surname_named_before(doc, b) || ng_mn_title_word(doc, b))
        return 0;
    if (ng_lex_listed(doc->lex, "body-kind-nouns", doc->toks[e].lower) ||
        ng_lex_listed(doc->lex, "political-bodies", doc->toks[e].lower))
        return 'b';
    return ng_lex_listed(doc->lex, "place-kind-nouns", doc->toks[e].lower) ? 'p' : 0;
}


/* Does a verb of saying follow token k before the next comma or the
 * sentence's end? Then the phrase at k is the clause's subject, no
 * apposition: "48 light years from Earth, a team at the University of
 * Leeds reported" (whatever the parse made of "team"). */
static bool S_reports_after(const ng_document *doc, size_t k)
{
    for (size_t q = k + 1; q < doc->ntok && doc->toks[q].sent == doc->toks[k].sent; q++) {
        if (doc->toks[q].flags & NG_TOK_PUNCT)
            return false;
        if (ng_lex_speech_verb(doc->lex, doc->toks[q].lower) == 1)
            return true;
    }
    return false;
}

/* "Medisure, one of Britain's largest hospital groups,": from token k, up
 * to six words (an owner's name among them) and a plural noun for
 * companies or bodies of a kind (`body-kind-nouns`) heading its phrase. */
static bool S_one_of_bodies(const ng_document *doc, size_t k)
{
    for (size_t q = k; q < doc->ntok && q < k + 7 && doc->toks[q].sent == doc->toks[k].sent; q++) {
        if (!(doc->toks[q].flags & (NG_TOK_WORD | NG_TOK_POSS)))
            return false;
        char one[64];
        if (!ng_word_singular(doc->toks[q].lower, one, sizeof one) || !strcmp(one, doc->toks[q].lower))
            continue;
        if (ng_lex_listed(doc->lex, "body-kind-nouns", one) || ng_lex_is_company_noun(doc->lex, one))
            return q + 1 < doc->ntok && strcmp(ng_dep_upos(doc, q + 1), "NOUN") != 0;
    }
    return false;
}

/* "Oasis, the British band led by ...", "Wagner, a private military
 * outfit": a one-word name, a comma, "the" or "a", at most three
 * modifiers and a noun for a body of a kind (`body-kind-nouns`) heading
 * its phrase, or "one of" many such (S_one_of_bodies); the name is no
 * list's person's name nor a surname of one named in full. */
static bool S_kind_apposition(const ng_document *doc, const ng_mention *om)
{
    size_t e = om->tok_end;
    bool common;
    if (om->tok_end != om->tok_start + 1 || e + 3 >= doc->ntok || !ng_tok_is(doc, e, ",") ||
        (ng_mn_name_bits(doc, om->tok_start, &common) & (1u | 16u)) ||
        ng_mn_word_of_full_name(doc, om->tok_start, true, false))
        return false;
    if (ng_tok_is(doc, e + 1, "one") && ng_tok_is(doc, e + 2, "of"))
        return S_one_of_bodies(doc, e + 3);
    if (!(ng_tok_is(doc, e + 1, "the") || ng_tok_is(doc, e + 1, "a")))
        return false;
    for (size_t q = e + 2; q < doc->ntok && q <= e + 5; q++) {
        if (!(doc->toks[q].flags & NG_TOK_WORD))
            return false;
        if (ng_lex_listed(doc->lex, "body-kind-nouns", doc->toks[q].lower))
            return q + 1 < doc->ntok && strcmp(ng_dep_upos(doc, q + 1), "NOUN") != 0 && !S_reports_after(doc, q);
    }
    return false;
}

/* "his wife, Beyoncé,", "Beyoncé, his wife,": a noun of kinship
 * (`kin-nouns`) in apposition to the name, which ends at end. */
static bool S_kin_apposition(const ng_document *doc, const ng_mention *om, size_t end)
{
    size_t i = om->tok_start, j = om->tok_end;
    if (i >= 2 && ng_tok_is(doc, i - 1, ",") && ng_lex_listed(doc->lex, "kin-nouns", doc->toks[i - 2].lower))
        return true;
    /* ("with his wife Victoria", "Trump's son Eric": a
     * possessor's kin right before the name) */
    if (i >= 2 && ng_lex_listed(doc->lex, "kin-nouns", doc->toks[i - 1].lower) &&
        (ng_tok_is(doc, i - 2, "his") || ng_tok_is(doc, i - 2, "her") || ng_tok_is(doc, i - 2, "their") ||
         (doc->toks[i - 2].flags & NG_TOK_POSS)))
        return true;
    if (j + 2 >= end || !ng_tok_is(doc, j, ","))
        return false;
    size_t k = j + 1;
    if (ng_tok_is(doc, k, "his") || ng_tok_is(doc, k, "her") || ng_tok_is(doc, k, "their") || ng_tok_is(doc, k, "the"))
        k++;
    /* (not "his son's high school track team") */
    return k < end && ng_lex_listed(doc->lex, "kin-nouns", doc->toks[k].lower) && k + 1 < end &&
           !(doc->toks[k + 1].flags & (NG_TOK_WORD | NG_TOK_POSS));
}

/* "Victoria Monét was named best new artist": the name, ending before
 * sentence end, is the subject of a passive verb of naming
 * (`title-giving-verbs`) with a title's head within four words after it. */
static bool S_named_to_title(const ng_document *doc, const ng_mention *om, size_t end)
{
    size_t v = om->tok_end + 1;
    if (v >= end || !(ng_tok_is(doc, om->tok_end, "was") || ng_tok_is(doc, om->tok_end, "is") ||
                      ng_tok_is(doc, om->tok_end, "has")))
        return false;
    if (ng_tok_is(doc, v, "been") && v + 1 < end)
        v++;
    if (!ng_lex_listed(doc->lex, "title-giving-verbs", doc->toks[v].lower))
        return false;
    for (size_t k = v + 1; k < end && k <= v + 4; k++) {
        if (!(doc->toks[k].flags & NG_TOK_WORD))
            return false;
        if (ng_lex_is_title_head(doc->lex, doc->toks[k].lower))
            return true;
    }
    return false;
}

/* "Rival Apple Music and Amazon Music": a name of two words or more
 * joined by "and" or a comma to a body's name that ends in the same
 * word is a body's too. */
static bool S_joined_to_body_of_same_end(const ng_document *doc, const ng_mention *om)
{
    if (om->tok_end - om->tok_start < 2)
        return false;
    const char *last = doc->toks[om->tok_end - 1].lower;
    for (size_t o = 0; o < doc->nmention; o++) {
        const ng_mention *b = &doc->mentions[o];
        if (b == om || b->type != NG_ACTOR_ORG || b->tok_end - b->tok_start < 2 ||
            strcmp(doc->toks[b->tok_end - 1].lower, last) != 0)
            continue;
        bool joined = (b->tok_end + 1 == om->tok_start &&
                       (ng_tok_is(doc, b->tok_end, "and") || ng_tok_is(doc, b->tok_end, ","))) ||
                      (om->tok_end + 1 == b->tok_start &&
                       (ng_tok_is(doc, om->tok_end, "and") || ng_tok_is(doc, om->tok_end, ",")));
        if (joined)
            return true;
    }
    return false;
}

/* "The therapy, made by Pfizer,": the agent of a verb of making
 * (`product-verbs`) whose made thing only companies make
 * (`company-made-things`). */
static bool S_maker_by(const ng_document *doc, const ng_mention *om)
{
    size_t b = S_list_start(doc, om); /* (each of several: "made by Genentech and Novartis") */
    if (b < 3 || !ng_tok_is(doc, b - 1, "by") || !ng_lex_listed(doc->lex, "product-verbs", doc->toks[b - 2].lower))
        return false;
    int thing = ng_dep_head(doc, b - 2);
    return thing >= 0 && !strcmp(ng_dep_rel(doc, b - 2), "acl") &&
           ng_lex_listed(doc->lex, "company-made-things", doc->toks[thing].lower);
}

/* "since it bought Wyeth for $68 billion": a name of one word, bought or
 * taken over (`buying-verbs`) for a sum after it, is a company's (people
 * bought for a sum, players, have given names). */
static bool S_bought_for_sum(const ng_document *doc, const ng_mention *om)
{
    size_t b = om->tok_start, e = om->tok_end;
    if (e != b + 1 || b == 0 || !ng_lex_listed(doc->lex, "buying-verbs", doc->toks[b - 1].lower) ||
        e + 1 >= doc->ntok || !ng_tok_is(doc, e, "for"))
        return false;
    const char *w = doc->toks[e + 1].lower;
    return w[0] == '$' || (doc->toks[e + 1].flags & NG_TOK_NUM) || ng_tok_is(doc, e + 1, "an") ||
           ng_tok_is(doc, e + 1, "about") || ng_tok_is(doc, e + 1, "around") || ng_tok_is(doc, e + 1, "nearly");
}

/* "Global Pharma Healthcare, based in India, recalled": a name of two
 * words or more set off by "based in" is where a body has its seat (a
 * person lives or works somewhere) */
static bool S_based_apposition(const ng_document *doc, const ng_mention *om)
{
    size_t k = om->tok_end;
    return om->tok_end - om->tok_start >= 2 && k + 3 < doc->ntok && ng_tok_is(doc, k, ",") &&
           ng_tok_is(doc, k + 1, "based") && ng_tok_is(doc, k + 2, "in");
}

/* "Exxon agreed to buy Pioneer Natural Resources": a name of one word
 * that buys a body (`buying-verbs`, past "agreed to", "will", "plans
 * to") is a company's, unless it is a person's surname the article gives
 * in full ("Musk agreed to buy Twitter"); so is one of two or three
 * words a person may not have ("rival Exxon Mobil agreed to buy"). */
static bool S_buys_body(const ng_document *doc, const ng_mention *om)
{
    size_t k = om->tok_end;
    if (ng_mn_word_of_full_name(doc, om->tok_start, false, false) ||
        (k != om->tok_start + 1 && (k > om->tok_start + 3 || S_named_as_person(doc, om))))
        return false;
    while (k < doc->ntok && k < om->tok_end + 3 &&
           (ng_tok_is(doc, k, "agreed") || ng_tok_is(doc, k, "agrees") || ng_tok_is(doc, k, "has") ||
            ng_tok_is(doc, k, "will") || ng_tok_is(doc, k, "plans") || ng_tok_is(doc, k, "to")))
        k++;
    /* (or the verb the parse has it the subject of completes: "agreed
     * last month to buy") */
    if (k + 1 >= doc->ntok || !ng_lex_listed(doc->lex, "buying-verbs", doc->toks[k].lower)) {
        int v = S_subject_of(doc, om), x = v >= 0 ? ng_dep_child(doc, (size_t)v, "xcomp") : -1;
        if (x <= v || (size_t)x + 1 >= doc->ntok || !ng_lex_listed(doc->lex, "buying-verbs", doc->toks[x].lower))
            return false;
        k = (size_t)x;
    }
    size_t o = ng_tok_is(doc, k + 1, "the") ? k + 2 : k + 1;
    for (size_t m = 0; m < doc->nmention; m++)
        if (doc->mentions[m].tok_start == o && doc->mentions[m].type == NG_ACTOR_ORG)
            return ng_lex_is_org_word(doc->lex, doc->toks[doc->mentions[m].tok_end - 1].lower) ||
                   ng_lex_is_company_name_end(doc->lex, doc->toks[doc->mentions[m].tok_end - 1].lower);
    return false;
}

/* "The owner of Louis Vuitton and Dior", "Kering, which owns Gucci":
 * what a verb of `owning-words` takes, or the "of" of such a noun, alone
 * or joined by "and", is no person. */
static bool S_owned(const ng_document *doc, const ng_mention *om)
{
    /* (not a possessor: "acquired Roundup's maker Monsanto" owns the
     * maker) */
    if (ng_tok_possessive(doc, om->tok_end))
        return false;
    size_t lo = doc->sents[doc->toks[om->tok_start].sent].tok_start;
    size_t k = om->tok_start;
    while (k > lo && k + 12 > om->tok_start) {
        int o = ng_mention_at(doc, k - 1);
        if (o >= 0)
            k = doc->mentions[o].tok_start;
        else if (ng_tok_is(doc, k - 1, "and") || ng_tok_is(doc, k - 1, "the"))
            k--;
        else
            break;
    }
    if (k == om->tok_start && k > lo && ng_tok_is(doc, k - 1, "the"))
        k--;
    if (k > lo + 1 && ng_tok_is(doc, k - 1, "of"))
        k--;
    /* (a noun with its "of", or a verb: not "his own Art of the Deal") */
    return k > lo && ng_lex_listed(doc->lex, "owning-words", doc->toks[k - 1].lower) &&
           (ng_tok_is(doc, k, "of") ? !strcmp(ng_dep_upos(doc, k - 1), "NOUN")
                                    : !strcmp(ng_dep_upos(doc, k - 1), "VERB"));
}

/* "BUENOS AIRES (Bloomberg) -": a name in brackets inside the dateline is
 * the news agency that filed the story. */
static bool S_dateline_agency(const ng_document *doc, const ng_mention *om)
{
    size_t b = om->tok_start, e = om->tok_end;
    return b > 0 && e < doc->ntok && ng_tok_is(doc, b - 1, "(") && ng_tok_is(doc, e, ")") &&
           e < ng_dateline_end(doc, &doc->sents[doc->toks[b].sent]);
}

/* "Bridges, 27, averaged": a whole number under 120 set off by commas
 * right after the name ending at token k is the age of a person. */
static bool S_age_after(const ng_document *doc, size_t k)
{
    if (k + 2 >= doc->ntok || !ng_tok_is(doc, k, ",") || !ng_tok_is(doc, k + 2, ",") ||
        !(doc->toks[k + 1].flags & NG_TOK_NUM))
        return false;
    const char *n = doc->toks[k + 1].lower;
    size_t len = strspn(n, "0123456789");
    /* (not a day before a year: "born Sept, 26, 2014") */
    bool year_after = k + 3 < doc->ntok && (doc->toks[k + 3].flags & NG_TOK_NUM) && strlen(doc->toks[k + 3].lower) == 4;
    return n[len] == '\0' && len >= 1 && len <= 3 && atoi(n) < 120 && !year_after;
}

/* The person's age after the name, or after the last word of it used
 * alone ("Mikal Bridges ... Bridges, 27,"). */
static bool S_aged(const ng_document *doc, const ng_mention *om)
{
    if (S_age_after(doc, om->tok_end))
        return true;
    if (om->tok_end - om->tok_start < 2)
        return false;
    const char *last = doc->toks[om->tok_end - 1].lower;
    for (size_t m = 0; m < doc->nmention; m++) {
        const ng_mention *o = &doc->mentions[m];
        if (o->tok_end == o->tok_start + 1 && o->tok_start > om->tok_start && o->type >= 0 &&
            !strcmp(doc->toks[o->tok_start].lower, last) && S_age_after(doc, o->tok_end))
            return true;
    }
    return false;
}

static void S_add_evidence(const ng_document *doc, const ng_mention *om, name_evidence *ev)
{
    int reading = ng_mn_tagger_reading(doc, om->tok_start, om->tok_end);
    /* "the Temporary [Protected] Status programme": part of the name read
     * as a name of another kind and none of it as one of ours is that */
    bool misc = false, ours = false;
    for (size_t k = om->tok_start; k < om->tok_end && reading == 0; k++) {
        int t = ng_ner_type(doc->ner_labels[k]);
        misc = misc || t == 4;
        ours = ours || (t >= 1 && t <= 3);
    }
    ev->readings[reading == 0 && misc && !ours ? 4 : reading]++;
    size_t name_head = ng_dep_span_head(doc, om->tok_start, om->tok_end);
    ev->body_acts = ev->body_acts || (reading == 2 && !strncmp(ng_dep_rel(doc, name_head), "nsubj", 5));
    /* (or a brand's one word in camel case that a verb has for its subject:
     * "SpaceX has flown nine crews", read as a product's name) */
    /* (also in apposition to the subject: "Its rival, Elon Musk's SpaceX,
     * has flown") */
    size_t acting = name_head;
    if (!strcmp(ng_dep_rel(doc, acting), "appos") && ng_dep_head(doc, acting) >= 0)
        acting = (size_t)ng_dep_head(doc, acting);
    int verb = ng_dep_head(doc, acting);
    /* (not a handle or a hashtag: "@TimKaine", "#StrandedInUS") */
    uint32_t at = doc->toks[om->tok_start].start;
    bool tagged_word = at > 0 && (doc->art->text[at - 1] == '@' || doc->art->text[at - 1] == '#');
    /* (or the first of two words: "SunFed Produce is recalling") */
    ev->brand_acts = ev->brand_acts || (om->tok_end <= om->tok_start + 2 && S_camel_case_brand(doc, om->tok_start) &&
                                        !tagged_word &&
                                        !strncmp(ng_dep_rel(doc, acting), "nsubj", 5) && verb >= 0 &&
                                        !strcmp(ng_dep_upos(doc, (size_t)verb), "VERB"));
    size_t end = doc->sents[doc->toks[om->tok_start].sent].tok_end;
    /* (", the former special envoy", or right after a title: "Shadow
     * health secretary Victoria Atkins said", which the tagger may read as
     * a body's name; or a player's position: "Brazilian forward Endrick") */
    ev->titled = ev->titled || ng_mn_title_context(doc, om->tok_start, om->tok_end, end) ||
                 (om->tok_start > doc->sents[doc->toks[om->tok_start].sent].tok_start &&
                  (ng_lex_is_title_head(doc->lex, doc->toks[om->tok_start - 1].lower) ||
                   ng_mn_player_position(doc, om->tok_start - 1)));
    ev->kin_or_named = ev->kin_or_named || S_kin_apposition(doc, om, end) || S_named_to_title(doc, om, end);
    ev->titled = ev->titled || ev->kin_or_named;
    /* (not a place a body's name places: "the Catholic Church in England
     * said") */
    size_t ps = om->tok_start;
    bool placed = ps >= 2 && (ng_tok_is(doc, ps - 1, "in") || ng_tok_is(doc, ps - 1, "at")) &&
                  ng_mention_at(doc, ps - 2) >= 0;
    ev->speaks = ev->speaks || (om->tok_end < end && !placed &&
                                ng_lex_speech_verb(doc->lex, doc->toks[om->tok_end].lower) == 1);
    /* "Stellantis, which makes Jeep vehicles, said": the subject of a verb
     * of saying further on (the name's head may be its first word:
     * "Bavarian Nordic") */
    size_t head = ng_dep_span_head(doc, om->tok_start, om->tok_end);
    int governor = ng_dep_head(doc, head);
    ev->speaks = ev->speaks || (governor > (int)om->tok_end && !strcmp(ng_dep_rel(doc, head), "nsubj") &&
                                ng_lex_speech_verb(doc->lex, doc->toks[governor].lower) == 1);
    ev->speaks = ev->speaks || S_speaks_after_relative(doc, om->tok_end, end) ||
                 (governor > (int)om->tok_end && !strcmp(ng_dep_rel(doc, head), "nsubj") &&
                  S_speech_verb_joined(doc, (size_t)governor));
    /* "Okonjo said", "Okonjo told reporters": a verb that only ever says
     * (not "Cleveland has added four stadiums") */
    ev->says = ev->says ||
               (om->tok_end < end && ng_lex_listed(doc->lex, "only-saying-verbs", doc->toks[om->tok_end].lower)) ||
               (governor > (int)om->tok_end && !strcmp(ng_dep_rel(doc, head), "nsubj") &&
                ng_lex_listed(doc->lex, "only-saying-verbs", doc->toks[governor].lower));
    const char *role = ng_dep_rel(doc, head);
    ev->told = ev->told || (governor >= 0 && (!strcmp(role, "obj") || !strcmp(role, "iobj")) &&
                            ng_lex_listed(doc->lex, "telling-verbs", doc->toks[governor].lower));
    for (size_t k = om->tok_start; k < om->tok_end; k++)
        ev->tagged = ev->tagged || doc->ner_labels[k];
    char pronoun = ng_mn_reported_pronoun(doc, om);
    /* "Stellantis, which makes Jeep vehicles", "Fain, who leads the union":
     * a relative clause on the name (not "Marianne, which one ...?") */
    size_t rel = om->tok_end + 1;
    int clause = rel < doc->ntok && doc->art->text[doc->toks[om->tok_end].start] == ',' ? ng_dep_head(doc, rel) : -1;
    /* (not a plural name after "the": "the Blazers, who lost", "the
     * Clintons, who": a side or a family, no one person) */
    size_t last = strlen(doc->toks[om->tok_end - 1].lower);
    bool plural_the = om->tok_start > 0 && ng_tok_is(doc, om->tok_start - 1, "the") && last > 3 &&
                      doc->toks[om->tok_end - 1].lower[last - 1] == 's' &&
                      doc->toks[om->tok_end - 1].lower[last - 2] != 's';
    if (clause >= 0 && !strcmp(ng_dep_rel(doc, (size_t)clause), "acl:relcl") &&
        ng_dep_head(doc, (size_t)clause) >= (int)om->tok_start && ng_dep_head(doc, (size_t)clause) < (int)om->tok_end)
        pronoun = ng_tok_is(doc, rel, "which") ? 'w' : ng_tok_is(doc, rel, "who") && !plural_the ? 'p' : pronoun;
    /* ("Julius Malema of the Economic Freedom Fighters, who got 44": who
     * is the person before "of") */
    size_t of = om->tok_start > 0 && ng_tok_is(doc, om->tok_start - 1, "the") ? om->tok_start - 1 : om->tok_start;
    if (pronoun == 'p' && of >= 2 && ng_tok_is(doc, of - 1, "of") && ng_mention_at(doc, of - 2) >= 0 &&
        ng_mn_tagger_reading(doc, om->tok_start, om->tok_end) != 1)
        pronoun = 0;
    ev->taken_up_as_thing = ev->taken_up_as_thing || pronoun == 't';
    ev->taken_up_by_which = ev->taken_up_by_which || pronoun == 'w';
    ev->taken_up_as_person = ev->taken_up_as_person || pronoun == 'p';
    /* "Amazon and Meta Platforms have also cut jobs": a name coordinated
     * with a body's */
    bool sure, any, known_place, all_bodies;
    bool all_people;
    S_listed_with_org(doc, om, &sure, &any, &known_place, &all_bodies, &all_people);
    ev->with_people = ev->with_people || all_people;
    /* "supplies chips to Volkswagen, Tesla and BYD": one name among two
     * bodies' or more is one */
    ev->with_org = ev->with_org || sure || all_bodies;
    ev->with_body = ev->with_body || any;
    /* "joining Microsoft, Amazon and Meta": listed with a body's name
     * and with no place the lexicon knows */
    ev->with_body_only = ev->with_body_only || (any && !known_place);
    /* (or two names, the subject of a verb: "Rivals Volkswagen and
     * Stellantis have also announced job cuts") */
    ev->subject_with_body = ev->subject_with_body || (any && S_subject_of(doc, om) >= 0);
    /* "Arsenal drew 2-2 with Liverpool": a side with a score */
    ev->plays = ev->plays || (om->tok_end + 1 < end && ng_lex_is_result_verb(doc->lex, doc->toks[om->tok_end].lower) &&
                              (doc->toks[om->tok_end + 1].flags & NG_TOK_NUM));
    ev->opposed = ev->opposed || S_opposed_after_score(doc, om);
    /* "Pep Guardiola's side", "Mikel Arteta's men": a manager's team */
    ev->manages = ev->manages || (om->tok_end + 1 < end && (doc->toks[om->tok_end].flags & NG_TOK_POSS) &&
                                  ng_lex_listed(doc->lex, "managed-sides", doc->toks[om->tok_end + 1].lower));
    /* "aerospace supplier Rockwell Collins", "energy company Burisma";
     * "the video game publisher Activision Blizzard": a noun that names
     * companies and people alike (`company-or-person-nouns`), before a
     * name the tagger reads as a body's */
    size_t b = om->tok_start;
    ev->company = ev->company || (b > 0 && !(doc->toks[b - 1].flags & NG_TOK_CAP) &&
                                  ng_lex_is_company_noun(doc->lex, doc->toks[b - 1].lower));
    ev->company = ev->company || (b > 0 && !(doc->toks[b - 1].flags & NG_TOK_CAP) &&
                                  ng_lex_listed(doc->lex, "company-or-person-nouns", doc->toks[b - 1].lower) &&
                                  ng_mn_tagger_reading(doc, om->tok_start, om->tok_end) == 2);
    ev->company = ev->company || S_company_apposition(doc, om) ||
                  (!om->lex && ng_mn_listed_after_companies(doc, om) && !S_person_name_look(doc, om)) ||
                  (!om->lex && S_named_body_apposition(doc, om)) ||
                  (!om->lex && S_joined_to_body_of_same_end(doc, om)) || (!om->lex && S_bought_for_sum(doc, om)) ||
                  (!om->lex && S_buys_body(doc, om)) || (!om->lex && S_maker_by(doc, om)) ||
                  (!om->lex && S_owned(doc, om)) || (!om->lex && S_dateline_agency(doc, om)) ||
                  (!om->lex && S_based_apposition(doc, om));
    /* "An Amazon spokeswoman, Kelly Nantel,": a title only companies give
     * right after the name (not a person's: "Trump spokeswoman" follows a
     * name the tagger reads as a person's, which it may keep) */
    ev->company = ev->company ||
                  (om->tok_end + 1 < doc->ntok && !(doc->toks[om->tok_end].flags & NG_TOK_CAP) &&
                   ng_lex_listed(doc->lex, "company-titles", doc->toks[om->tok_end].lower) &&
                   ng_mn_tagger_reading(doc, om->tok_start, om->tok_end) != 1 && !om->lex);
    ev->product = ev->product || S_product_name(doc, om, &ev->made_by) || S_listed_after_things(doc, om);
    char next = S_next_sentence_noun(doc, om);
    ev->company = ev->company || next == 'c';
    ev->kind_body = ev->kind_body || next == 'b';
    ev->taken_up_as_person = ev->taken_up_as_person || next == 'p';
    /* "won a seat in Clacton": after "in" or "near", a place; "the island
     * of Rhodes", "the town of Paradise" too */
    size_t b0 = om->tok_start;
    bool in = b0 > 0 && (ng_tok_is(doc, b0 - 1, "in") || ng_tok_is(doc, b0 - 1, "near")) &&
              !(om->tok_end < doc->ntok && (doc->toks[om->tok_end].flags & NG_TOK_POSS));
    in = in || (b0 > 1 && ng_tok_is(doc, b0 - 1, "of") && ng_mn_settlement_noun(doc, doc->toks[b0 - 2].lower));
    /* ("was flying to Jundiai in Sao Paulo state": where one goes, in a
     * place the lexicon knows) */
    size_t e0 = om->tok_end;
    int where = e0 + 1 < doc->ntok && ng_tok_is(doc, e0, "in") ? ng_mention_at(doc, e0 + 1) : -1;
    in = in || (b0 > 0 && (ng_tok_is(doc, b0 - 1, "to") || ng_tok_is(doc, b0 - 1, "from")) && where >= 0 &&
                doc->mentions[where].lex && doc->mentions[where].lex->kind == NG_ACTOR_PLACE);
    ev->placed = ev->placed || in;
    ev->unplaced = ev->unplaced || !in;
    bool the = S_after_lower_the(doc, om);
    ev->after_the = ev->after_the || the;
    ev->without_the = ev->without_the || !the;
    ev->located = ev->located ||
                  (the && b0 > 1 && (ng_location_preposition(doc, b0 - 1) || ng_tok_is(doc, b0 - 2, "on")));
    /* "her second Oscar", "his Tesla": a thing someone has */
    /* (the tagger may read "first" as an adverb) */
    const char *before = b0 > 0 ? ng_dep_upos(doc, b0 - 1) : "";
    bool counted = !strcmp(before, "ADJ") || !strcmp(before, "NUM") || !strcmp(before, "ADV");
    size_t d = counted && !(doc->toks[b0 - 1].flags & NG_TOK_CAP) ? b0 - 1 : b0;
    bool owned = d > 0 && S_possessive_determiner(doc->toks[d - 1].lower);
    /* "Alonso's Aston Martin": had by someone the tagger reads as a
     * person (a person has no person but by a noun: "Biden's son Hunter") */
    int owner_at = d > 1 && (doc->toks[d - 1].flags & NG_TOK_POSS) ? ng_mention_at(doc, d - 2) : -1;
    /* (but a person's name right after one word's "'s" makes that word no
     * person: "Alpine's Esteban Ocon") */
    bool owned_by_person = owner_at >= 0 && doc->mentions[owner_at].tok_end == d - 1 &&
                           ng_mn_tagger_reading(doc, doc->mentions[owner_at].tok_start, d - 1) == 1 &&
                           !(d == om->tok_start && om->tok_end - om->tok_start >= 2 &&
                             doc->mentions[owner_at].tok_start + 1 == d - 1 &&
                             ng_ner_reads_person(doc, om->tok_start, om->tok_end));
    owned = owned || owned_by_person;
    ev->owned_by_person = ev->owned_by_person || owned_by_person;
    /* ("made Grammy history": a name modifying a noun says neither) */
    bool modifier = om->tok_end < doc->ntok && !(doc->toks[om->tok_end].flags & NG_TOK_CAP) &&
                    !strcmp(ng_dep_upos(doc, om->tok_end), "NOUN");
    ev->owned = ev->owned || owned;
    ev->unowned = ev->unowned || (!owned && !modifier);
    /* "his Farewell Yellow Brick Road tour": had by someone, naming a kind
     * of thing after it */
    ev->owned_modifier = ev->owned_modifier || (owned && modifier);
    /* "Oracle co-founder Larry Ellison", "the chief executive of Instacart" */
    ev->company = ev->company || (!om->lex && S_before_title_in(doc, om->tok_end, "company-titles"));
    /* a side, "Chelsea manager Enzo Maresca", is a body too: no person's
     * name stands before a side's title and another person's name (the
     * title right after the name: not "Clinton campaign manager Robby
     * Mook") */
    ev->side = ev->side || (!om->lex && om->tok_end + 1 < doc->ntok &&
                            ng_lex_listed(doc->lex, "side-titles", doc->toks[om->tok_end].lower) &&
                            S_before_title_in(doc, om->tok_end, "side-titles"));
    /* "World Athletics president Sebastian Coe": who heads a body;
     * "former Dolton mayor Tiffany Henyard": a town's (a whole name: not
     * "City" of "New York City mayor") */
    bool whole =
        !(b > 0 && (doc->toks[b - 1].flags & NG_TOK_CAP) && !ng_lex_is_stop_cap(doc->lex, doc->toks[b - 1].lower));
    ev->heads_body = ev->heads_body || (!om->lex && whole && S_before_title_in(doc, om->tok_end, "body-head-titles")) ||
                     (!om->lex && whole && S_before_title_in(doc, om->tok_end, "leader-titles") &&
                      (om->tok_end - om->tok_start >= 2 || ng_mn_tagger_reading(doc, om->tok_start, om->tok_end) == 2));
    /* ("Nice mayor Christian Estrosi", "a former mayor of Nice") */
    ev->town_office = ev->town_office || (!om->lex && whole && S_before_title_in(doc, om->tok_end, "town-titles")) ||
                      (!om->lex && om->tok_start >= 2 && ng_tok_is(doc, om->tok_start - 1, "of") &&
                       ng_lex_listed(doc->lex, "town-titles", doc->toks[om->tok_start - 2].lower));
    ev->company = ev->company ||
                  (!om->lex && b0 > 1 && ng_tok_is(doc, b0 - 1, "of") && !(doc->toks[b0 - 2].flags & NG_TOK_CAP) &&
                   ng_mn_company_title(doc, doc->toks[b0 - 2].lower));
    /* "Takeda's Qdenga vaccine": one word owning a named made thing is
     * its maker (not the surname of someone named in full: "Musk's
     * Starship rocket") */
    ev->company = ev->company || (!om->lex && om->tok_end - om->tok_start == 1 &&
                                  S_owns_named_product(doc, om->tok_end) &&
                                  !ng_mn_surname_named_before(doc, om->tok_start));
    ev->company = ev->company || (!om->lex && S_owns_medicine(doc, om->tok_end));
    /* "Stefano Carniani of the Scuola Normale Superiore": a name right
     * after a person's and "of the" is where the person works */
    int owner = b >= 3 && ng_tok_is(doc, b - 1, "the") && ng_tok_is(doc, b - 2, "of") ? ng_mention_at(doc, b - 3) : -1;
    /* (a name the tagger reads as a person's: not "Man of the Match"; no
     * noun after it: not "Newcomer of the Year award") */
    bool before_noun = om->tok_end < doc->ntok && !(doc->toks[om->tok_end].flags & NG_TOK_CAP) &&
                       !strcmp(ng_dep_upos(doc, om->tok_end), "NOUN");
    ev->member_of = ev->member_of || (owner >= 0 && !before_noun && doc->mentions[owner].type == NG_ACTOR_PERSON &&
                                      doc->mentions[owner].tok_end == b - 2 && !doc->mentions[owner].title &&
                                      ng_mn_tagger_reading(doc, doc->mentions[owner].tok_start, b - 2) == 1);
    /* "deputy director of Copernicus": what someone is director of is a
     * body (a mayor's or governor's is a place) */
    ev->led = ev->led || (b >= 2 && ng_tok_is(doc, b - 1, "of") && !(doc->toks[b - 2].flags & NG_TOK_CAP) &&
                          ng_lex_is_title_head(doc->lex, doc->toks[b - 2].lower) &&
                          !ng_lex_listed(doc->lex, "civic-titles", doc->toks[b - 2].lower));
    /* "now a commentator for Channel Seven": a post that is held for an
     * employer (`employer-for-titles`) and "for" before the name */
    ev->works_for = ev->works_for || (!om->lex && b >= 2 && ng_tok_is(doc, b - 1, "for") &&
                                      !(doc->toks[b - 2].flags & NG_TOK_CAP) &&
                                      ng_lex_listed(doc->lex, "employer-for-titles", doc->toks[b - 2].lower));
    /* "Alpine's Esteban Ocon", "Chelsea's Cole Palmer": a possessive right
     * before a name the tagger reads as a person's, of two words or more, no
     * title between: whom the person plays or works for */
    size_t p = om->tok_end + 1;
    if (p < doc->ntok && (doc->toks[om->tok_end].flags & NG_TOK_POSS) && doc->ner_labels &&
        doc->toks[p].sent == doc->toks[om->tok_start].sent) {
        size_t q = ng_ner_span_end(doc, doc->ner_labels, p);
        ev->employs = ev->employs || (q >= p + 2 && ng_ner_reads_person(doc, p, q) && !ng_mn_title_word(doc, p));
    }
    /* "Jiffy Lube Live, Bristow, VA,": a name, a comma and a state the
     * lexicon knows, the clause going on after it, is a town's */
    /* (not a post-nominal after a person's name: "Tom Molomby, SC,") */
    if (!om->lex && om->tok_end + 2 < doc->ntok && ng_tok_is(doc, om->tok_end, ",") &&
        !ng_mn_post_nominal_after_name(doc, om->tok_end + 1)) {
        int st = ng_mention_at(doc, om->tok_end + 1);
        const ng_mention *sm = st >= 0 ? &doc->mentions[st] : NULL;
        ev->in_state = ev->in_state ||
                       (sm && sm->tok_start == om->tok_end + 1 && sm->lex && sm->lex->kind == NG_ACTOR_PLACE &&
                        sm->lex->place_kind == NG_PLACE_REGION && sm->lex->country >= 0 &&
                        (sm->tok_end >= doc->ntok || !(doc->toks[sm->tok_end].flags & NG_TOK_CAP)));
        /* (or a state's compound: "The Beaverton, Oregon-based company") */
        ev->in_state = ev->in_state || S_state_based(doc, om->tok_end + 1);
    }
    /* "Armani Sheffield 19 points and 3 steals": a player's figures right
     * after the name (a box score) */
    /* (whole numbers: "HuffPollster 4.3 points" is a poll's lead) */
    /* (or the age: "Bridges, 27, averaged 19.6 points") */
    ev->has_figures = ev->has_figures || S_aged(doc, om) ||
                      (om->tok_end + 1 < doc->ntok && (doc->toks[om->tok_end].flags & NG_TOK_NUM) &&
                       !strchr(doc->toks[om->tok_end].lower, '.') &&
                       doc->toks[om->tok_end + 1].sent == doc->toks[om->tok_start].sent &&
                       ng_lex_listed(doc->lex, "stat-nouns", doc->toks[om->tok_end + 1].lower));
    /* "won the Masters": what is won is a contest or a prize */
    /* (not "won the Democratic Party's nomination") */
    /* (or "won her first Academy Award": an owner and an ordinal) */
    size_t w = b;
    if (w >= 3 && !(doc->toks[w - 1].flags & NG_TOK_CAP) &&
        (ng_lex_listed(doc->lex, "ordinals", doc->toks[w - 1].lower) || ng_tok_is(doc, w - 1, "first") ||
         ng_tok_is(doc, w - 1, "second")))
        w--;
    bool determined = w >= 2 && (ng_tok_is(doc, w - 1, "the") || S_possessive_determiner(doc->toks[w - 1].lower));
    ev->won = ev->won || (determined && ng_lex_listed(doc->lex, "winning-verbs", doc->toks[w - 2].lower) &&
                          !(om->tok_end < doc->ntok && (doc->toks[om->tok_end].flags & NG_TOK_POSS)) &&
                          !(doc->toks[om->tok_end - 1].flags & NG_TOK_POSS));
    /* (or given: "awarded the Golden Lion to Reza Khosravi"; or a prize's
     * name before the words of the prize: "gave the Silver Lion grand
     * jury prize to") */
    ev->won = ev->won || (determined && !(doc->toks[om->tok_end - 1].flags & NG_TOK_POSS) &&
                          (S_prize_words_after(doc, om->tok_end) ||
                           (ng_lex_listed(doc->lex, "awarding-verbs", doc->toks[w - 2].lower) &&
                            om->tok_end < doc->ntok && ng_tok_is(doc, om->tok_end, "to"))));
    /* "cloud providers such as Microsoft and Amazon"; "Mastercard and
     * newer fintech companies" */
    ev->company = ev->company || (!om->lex && (S_company_plural(doc, S_instance_of(doc, om)) ||
                                               S_joined_to_companies(doc, om)));
    /* "Shares of Pfizer rose", "Pfizer's shareholders" */
    size_t e = om->tok_end;
    ev->company = ev->company || S_does_business(doc, om);
    ev->company = ev->company || (b > 1 && ng_tok_is(doc, b - 1, "of") &&
                                  ng_lex_is_company_holding(doc->lex, doc->toks[b - 2].lower));
    ev->company = ev->company || (e + 1 < doc->ntok && ng_tok_is(doc, e, "'s") &&
                                  ng_lex_is_company_holding(doc->lex, doc->toks[e + 1].lower));
    /* "a recent Gallup survey", "a Quinnipiac poll": who polls is a body
     * (a place the lexicon knows polled in is no name of ours here) */
    /* (not a common word: "Exit polls", "Internet polls") */
    bool common_first;
    ng_mn_name_bits(doc, om->tok_start, &common_first);
    ev->company = ev->company || (!om->lex && !common_first && e < doc->ntok && !(doc->toks[e].flags & NG_TOK_CAP) &&
                                  ng_lex_listed(doc->lex, "poll-nouns", doc->toks[e].lower));
    /* "Samsung shares rose" (not "Trump shares a video"), "the Chrysler,
     * Dodge and Ram brands" */
    e = S_list_end(doc, om);
    ev->ailment = ev->ailment || (e < doc->ntok && !(doc->toks[e].flags & NG_TOK_CAP) &&
                                  ng_lex_listed(doc->lex, "ailment-heads", doc->toks[e].lower));
    /* ("a measure to fight Zika": an illness's own name) */
    ev->illness = ev->illness || (om->tok_end == om->tok_start + 1 &&
                                  ng_lex_listed(doc->lex, "illness-names", doc->toks[om->tok_start].lower));
    ev->company = ev->company || (!om->lex && e < doc->ntok && !(doc->toks[e].flags & NG_TOK_CAP) &&
                                  (ng_lex_is_company_holding(doc->lex, doc->toks[e].lower) ||
                                   ng_lex_listed(doc->lex, "brand-nouns", doc->toks[e].lower)) &&
                                  !strcmp(ng_dep_upos(doc, e), "NOUN"));
    char kind = S_kind_noun_after(doc, om);
    /* "Ganna, riding for Ineos Grenadiers,", "plays for Brentford": whom a
     * player plays for is a side */
    /* "the Andean region of Arequipa", "the town of Chala": a settlement
     * of that name */
    if (!kind && !om->lex && !om->title && b >= 3 && ng_tok_is(doc, b - 1, "of") &&
        ng_mn_settlement_noun(doc, doc->toks[b - 2].lower) && !(doc->toks[b - 2].flags & NG_TOK_CAP) &&
        (ng_tok_is(doc, b - 3, "the") || (doc->toks[b - 3].flags & NG_TOK_CAP)))
        kind = 'p';
    if (!kind && !om->lex && !om->title && S_in_list_of_settlements(doc, om))
        kind = 'p';
    if (!kind && !om->lex && !om->title && S_kind_apposition(doc, om))
        kind = 'b';
    if (!kind && !om->lex && b >= 2 && ng_tok_is(doc, b - 1, "for") &&
        ng_lex_listed(doc->lex, "playing-for-verbs", doc->toks[b - 2].lower))
        kind = 'b';
    /* "finished second for Aston Martin", "took third for Alpine": whom a
     * place in a race or a table is won for is a side */
    if (!kind && !om->lex && !om->title && b >= 3 && ng_tok_is(doc, b - 1, "for") &&
        ng_lex_listed(doc->lex, "placings", doc->toks[b - 2].lower) && !strcmp(ng_dep_upos(doc, b - 3), "VERB"))
        kind = 'b';
    /* "a Russian criminal group called Qilin", "a village called Chala",
     * "a group known as Qilin": a name a noun for its kind calls so is one
     * of that kind (a whole name: not "Color" of "a group called Color of
     * Change") */
    size_t f = om->tok_end;
    bool cut = f + 1 < doc->ntok && ng_mn_connector(doc, doc->toks[f].lower) && (doc->toks[f + 1].flags & NG_TOK_CAP);
    size_t said = b >= 3 && S_called_so(doc, b - 1)                                         ? b - 2
                  : b >= 4 && ng_tok_is(doc, b - 1, "as") && ng_tok_is(doc, b - 2, "known") ? b - 3
                                                                                            : 0;
    if (!kind && !om->lex && !om->title && said && !(doc->toks[said].flags & NG_TOK_CAP) && !cut) {
        const char *noun = doc->toks[said].lower;
        if (ng_lex_is_company_noun(doc->lex, noun) || ng_lex_listed(doc->lex, "body-kind-nouns", noun))
            kind = 'b';
        else if (ng_mn_settlement_noun(doc, noun) || ng_lex_listed(doc->lex, "place-kind-nouns", noun))
            kind = 'p';
    }
    /* "the Dutch branch of Oxfam", "the armed wing of Hamas": a part of a
     * body is of a body (`body-part-nouns`) */
    if (!kind && !om->lex && !om->title && b >= 3 && ng_tok_is(doc, b - 1, "of") &&
        !(doc->toks[b - 2].flags & NG_TOK_CAP) && ng_lex_listed(doc->lex, "body-part-nouns", doc->toks[b - 2].lower))
        kind = 'b';
    ev->kind_body = ev->kind_body || kind == 'b';
    ev->kind_place = ev->kind_place || kind == 'p';
}

/* The actor type most of the tagger's readings give, when it has more of
 * them than the type `current`; else current. Where as many read a body
 * as a place, a place where the article places something ("in
 * Cleveland"), else a body ("Nvidia overtook Microsoft", then "Nvidia is
 * the picks-and-shovels play," read as a place): one node, not two. */
static int S_majority_type(const name_evidence *ev, int current)
{
    int best = current, best_votes = 0;
    for (int r = 1; r <= 3; r++)
        if (ng_mn_actor_type_of_reading(r) == current)
            best_votes = ev->readings[r];
    for (int r = 1; r <= 3; r++)
        if (ev->readings[r] > best_votes) {
            best = ng_mn_actor_type_of_reading(r);
            best_votes = ev->readings[r];
        }
    if ((best == NG_ACTOR_PLACE || best == NG_ACTOR_ORG) && best_votes > 0 && ev->readings[2] == best_votes &&
        ev->readings[3] == best_votes)
        best = ev->placed ? NG_ACTOR_PLACE : NG_ACTOR_ORG;
    return best;
}

/* The tagger's word-table bits of the n bytes at w, as written. */
static uint16_t S_gaz_bits(const ng_ner_clusters *cl, const char *w, size_t n)
{
    int c = ng_ner_clusters_find(cl, w, n);
    return c >= 0 ? cl->gaz[c] : 0;
}

/* Is mention mm, of two words or three with no word of bodies' or places'
 * names last, a given name and a surname by the tagger's word table: a
 * first word it knows as a person's name and not as a common word, and a
 * last word it knows as a person's too ("Eli Broad", "Patty Judge"), or,
 * after a hyphenated given name of two such words, one it knows under no
 * type ("Karl-Anthony Towns")? */
static bool S_given_and_surname(const ng_document *doc, const ng_mention *mm)
{
    const ng_ner_clusters *cl = doc->ner ? doc->ner->clusters : NULL;
    const ng_token *t = &doc->toks[mm->tok_start], *l = &doc->toks[mm->tok_end - 1];
    if (!cl || mm->tok_end - mm->tok_start > 3 || ng_lex_is_org_word(doc->lex, l->lower) ||
        ng_lex_is_place_head(doc->lex, l->lower) || ng_lex_is_company_name_end(doc->lex, l->lower))
        return false;
    const char *w = doc->art->text + t->start;
    size_t n = t->end - t->start;
    const char *hyphen = memchr(w, '-', n);
    size_t first = hyphen ? (size_t)(hyphen - w) : n;
    const uint16_t person = 1u | 16u;
    if (!(S_gaz_bits(cl, w, first) & person) || ng_ner_clusters_find(cl, t->lower, first) >= 0)
        return false;
    uint16_t last = S_gaz_bits(cl, doc->art->text + l->start, l->end - l->start);
    if (last & person)
        return true;
    return hyphen && !(last & 0xffu) && (S_gaz_bits(cl, hyphen + 1, n - first - 1) & person);
}

/* The type one mention takes from the evidence of its name. */
/* Does name m, of two words or more, end in a word of companies' names
 * that is no common word and no person's name in the tagger's corpora or
 * lists, after a first word no given name is ("Delsam Pharma"; not
 * "Renee Gold", "Samantha Power")? */
static bool S_company_end_no_name_has(const ng_document *doc, const ng_mention *m)
{
    size_t last = m->tok_end - 1;
    bool common;
    return last > m->tok_start && ng_lex_is_company_name_end(doc->lex, doc->toks[last].lower) &&
           !(doc->toks[last].flags & NG_TOK_ALLCAPS) && !(ng_mn_name_bits(doc, last, &common) & (1u | 16u)) &&
           !common && !(ng_mn_name_bits(doc, m->tok_start, &common) & (1u | 16u));
}

/* "Hess Corp ... Hess Chief Executive John Hess": a word that opens a
 * company's name of two words the article gives, the second a word
 * ending companies' names. */
static bool S_opens_company_name(const ng_document *doc, const ng_mention *mm)
{
    for (size_t m = 0; m < doc->nmention; m++) {
        const ng_mention *c = &doc->mentions[m];
        if (c->type == NG_ACTOR_ORG && c->tok_end == c->tok_start + 2 &&
            !strcmp(doc->toks[c->tok_start].lower, doc->toks[mm->tok_start].lower) &&
            ng_lex_is_company_name_end(doc->lex, doc->toks[c->tok_start + 1].lower))
            return true;
    }
    return false;
}

/* Is mention mm one common word opening its sentence, capitalized only
 * by its place ("Museum director X said")? */
static bool S_opening_common_word(const ng_document *doc, const ng_mention *mm)
{
    size_t k = mm->tok_start;
    bool common = false;
    if (mm->tok_end != k + 1 || k != doc->sents[doc->toks[k].sent].tok_start || (ng_mn_name_bits(doc, k, &common) & 1u))
        return false;
    return common;
}

static void S_retype_by_evidence(ng_document *doc, ng_mention *mm, const name_evidence *ev)
{
    /* "Mr. Bishop said": whatever the name's other mentions say, a
     * courtesy title makes this one a person's ("Mr. Bloomberg" is not
     * the company "Bloomberg" of the same story) */
    if (mm->type == NG_ACTOR_PERSON && mm->tok_start > doc->sents[doc->toks[mm->tok_start].sent].tok_start &&
        ng_lex_is_courtesy_title(doc->lex, doc->toks[mm->tok_start - 1].lower))
        return;
    bool guess = mm->type == NG_ACTOR_PERSON && mm->guessed && !mm->lex && !mm->title;
    /* "Marburg virus disease", "the Ebola and COVID-19 pandemics": a name
     * an illness's noun follows names the illness, no place or one, unless
     * the article places something in it or it speaks; an illness's own
     * name (`illness-names`) is never an actor */
    if (ev->illness ||
        (ev->ailment && !mm->lex && !ev->placed && !ev->speaks && !ev->titled && mm->type != NG_ACTOR_ORG)) {
        mm->type = 0;
        mm->guessed = false;
        return;
    }
    /* "Delsam Pharma's Artificial Tears": a name the tagger reads as a
     * person's that ends in a word of companies' names no person's name
     * has (not "Samantha Power") is a company's */
    if (S_company_end_no_name_has(doc, mm) && mm->type == NG_ACTOR_PERSON && !mm->lex && !mm->title && !ev->titled &&
        ng_mn_tagger_reading(doc, mm->tok_start, mm->tok_end) == 1) {
        mm->type = NG_ACTOR_ORG;
        mm->guessed = false;
        return;
    }
    /* a type the tagger gave here, not one a rule put over its reading
     * ("union spokesperson Anke de Vries", read as an organization) */
    bool tagger = mm->by_tagger && !mm->lex && mm->type > 0 && mm->type <= NG_ACTOR_PLACE &&
                  ng_mn_actor_type_of_reading(ng_mn_tagger_reading(doc, mm->tok_start, mm->tok_end)) == mm->type;
    /* "Van der Poel's Alpecin-Deceuninck team", "the Oude Kwaremont climb":
     * what kind of thing the name is, the noun after it says (unless a
     * title or a verb of saying makes it a person's) */
    /* (a place says nothing and is no company: "the province of Twitter"
     * in a story where "Twitter said" is a jest) */
    bool kind_place = ev->kind_place && !ev->kind_body && !ev->speaks && !ev->company && !ev->taken_up_as_thing;
    if ((ev->kind_body || kind_place) && !(ev->kind_body && ev->kind_place) && !mm->lex && !mm->title &&
        !ev->titled && !ev->taken_up_as_person && mm->type >= 0) {
        int type = ev->kind_body ? NG_ACTOR_ORG : NG_ACTOR_PLACE;
        if (type != mm->type)
            mm->place_kind = 0;
        mm->type = type;
        mm->guessed = false;
        return;
    }
    /* "SpaceX has flown nine crews": a brand's word in camel case that a
     * verb has for its subject, which the tagger reads as no person's or
     * place's, is a body */
    if (ev->brand_acts && !ev->titled && !ev->taken_up_as_person && !mm->lex && !ev->readings[1] &&
        !ev->readings[3] && (mm->type == 0 || guess || mm->type == NG_ACTOR_ORG)) {
        mm->type = NG_ACTOR_ORG;
        mm->guessed = false;
        return;
    }
    /* (also a lone word nothing else typed: "the ferry operator Baltline") */
    if (ev->company && !mm->lex && !mm->title && mm->type >= 0 && mm->type <= NG_ACTOR_PLACE) {
        mm->type = NG_ACTOR_ORG;
        mm->guessed = false;
        mm->place_kind = 0;
        return;
    }
    if (ev->town_office && !ev->company && !mm->lex && !mm->title && mm->tok_end - mm->tok_start <= 2 &&
        (mm->type == 0 || guess || mm->type == NG_ACTOR_ORG || (mm->type == NG_ACTOR_PLACE && !mm->place_kind))) {
        mm->type = NG_ACTOR_PLACE;
        mm->place_kind = NG_PLACE_CITY;
        mm->guessed = false;
        return;
    }
    /* (a name no reading typed, or a guess; a place may have a president;
     * not a common word capitalized where it opens a sentence: "Museum
     * director Laurence des Cars said") */
    if (ev->heads_body && !mm->lex && !mm->title && (mm->type == 0 || guess) && !S_opening_common_word(doc, mm)) {
        mm->type = NG_ACTOR_ORG;
        mm->guessed = false;
        return;
    }
    /* "Tagore songs ... a man named Rabindranath Tagore": a one-word name
     * the tagger read as a place's or a body's, that is the surname of a
     * person the article names in full (and the tagger reads so), is that
     * person, unless something shows a body or a place ("energy company
     * Burisma", only ever "in X", "Hess" of "Hess Corp") */
    if (tagger && mm->tok_end - mm->tok_start == 1 && !mm->title && !ev->company && !ev->product &&
        !(mm->type == NG_ACTOR_ORG && S_opens_company_name(doc, mm)) &&
        !ev->with_org && !ev->taken_up_as_thing && !ev->taken_up_by_which && !(ev->placed && !ev->unplaced) &&
        (mm->type == NG_ACTOR_ORG || mm->type == NG_ACTOR_PLACE) &&
        ng_mn_word_of_full_name(doc, mm->tok_start, false, true)) {
        mm->type = NG_ACTOR_PERSON;
        mm->guessed = false;
        mm->place_kind = 0;
        return;
    }
    /* "his wife, Beyoncé,", "Victoria Monét was named best new artist": a
     * name a noun of kinship or a title given stands by is a person's,
     * wherever the tagger read a place (not a place the lexicon knows) */
    if (tagger && mm->type == NG_ACTOR_PLACE && ev->kin_or_named && !mm->lex && !mm->title && !ev->company &&
        !ev->product && !ev->town_office && !(ev->placed && !ev->unplaced)) {
        mm->type = NG_ACTOR_PERSON;
        mm->guessed = false;
        mm->place_kind = 0;
        return;
    }
    /* "Senator Rubio said ... tying the bill to Rubio": a name the article
     * gives a person's title, that the tagger reads as a person's once, is
     * a person's where it reads a place (not a place the lexicon knows, nor
     * one only ever "in": "Governor of Georgia" is no title of Georgia's) */
    if (tagger && mm->type == NG_ACTOR_PLACE && ev->titled && ev->readings[1] > 0 && !mm->title && !ev->company &&
        !ev->product && !ev->town_office && !(ev->placed && !ev->unplaced) && mm->tok_end - mm->tok_start <= 2) {
        mm->type = NG_ACTOR_PERSON;
        mm->guessed = false;
        mm->place_kind = 0;
        return;
    }
    /* (and "won the Golden Lion", "won the Crystal Globe": a prize the
     * tagger read as a place or a body) */
    if (ev->won && !mm->lex && !mm->title && !ev->titled && !ev->speaks && !ev->taken_up_as_person &&
        ((mm->type == NG_ACTOR_PERSON && mm->tok_end - mm->tok_start == 1) || mm->type == NG_ACTOR_PLACE ||
         mm->type == NG_ACTOR_ORG)) {
        mm->type = 0;
        return;
    }
    if (ev->member_of && !mm->lex && !mm->title && !ev->titled && !ev->product && mm->type >= 0 &&
        mm->type != NG_ACTOR_ORG && (guess || mm->type == 0 || ev->readings[4] > 0)) {
        mm->type = NG_ACTOR_ORG;
        mm->guessed = false;
        mm->place_kind = 0;
        return;
    }
    /* "the Falcon Heavy rocket", "the drug, Zurzuvae,": a made thing that
     * nothing shows to be a person (a title, a verb of saying) is no actor */
    /* (a place no list knows nor anything places in: "arrived with the
     * Perseverance rover") */
    if (ev->product &&
        (mm->type == NG_ACTOR_PERSON || ev->made_by || (mm->type == NG_ACTOR_PLACE && !ev->placed)) &&
        !mm->lex && !mm->title && !ev->titled && !ev->speaks && !ev->taken_up_as_person) {
        mm->type = 0;
        return;
    }
    /* "her second Oscar": a one-word name only ever had by someone is a
     * thing, no person */
    if (ev->owned && !ev->unowned && mm->type == NG_ACTOR_PERSON && !mm->lex && !mm->title && !ev->titled &&
        !ev->speaks &&
        (mm->tok_end - mm->tok_start == 1 || ev->owned_by_person ||
         (ev->owned_modifier && ev->readings[1] == 0))) {
        mm->type = 0;
        return;
    }
    /* "backed by Warren Buffett's Berkshire Hathaway": a name of two words
     * or more the tagger reads as a place's, that a person has and nothing
     * places, naming no kind of thing after it, is a body */
    /* (ending its phrase: not "Clinton's Southern California rally") */
    const char *after = mm->tok_end < doc->ntok ? ng_dep_upos(doc, mm->tok_end) : "PUNCT";
    bool ends = !strcmp(after, "PUNCT") || !strcmp(after, "ADP") || !strcmp(after, "AUX") || !strcmp(after, "CCONJ");
    if (ev->owned_by_person && !ev->owned_modifier && !ev->placed && tagger && mm->type == NG_ACTOR_PLACE &&
        mm->tok_end - mm->tok_start >= 2 && ends) {
        mm->type = NG_ACTOR_ORG;
        mm->place_kind = 0;
        mm->guessed = false;
        return;
    }
    /* "on the Lido": a one-word name the tagger reads as a person's that
     * only ever stands after "the" is no person's; a place where a
     * preposition of place puts it ("the Kwaremont") */
    /* (not a family: "the Clintons") */
    size_t len = strlen(mm->name);
    if (ev->after_the && !ev->without_the && mm->type == NG_ACTOR_PERSON && !mm->lex && !mm->title &&
        len > 1 && mm->name[len - 1] != 's' &&
        !ev->titled && !ev->taken_up_as_person && mm->tok_end - mm->tok_start == 1 &&
        !ng_mn_surname_named_before(doc, mm->tok_start) && !ng_mn_word_of_full_name(doc, mm->tok_start, false, false)) {
        mm->type = ev->located ? NG_ACTOR_PLACE : 0;
        mm->guessed = false;
        return;
    }
    /* "won a seat in Clacton": a one-word name the tagger took for a person
     * by default, that only ever stands where places do, is a place (not
     * the surname of a person named in full: "confidence in Altman") */
    /* (or of two words, neither of which a person's name has in the
     * tagger's corpora or lists, nor is a common word: "found dead in
     * Patima Halandriou"; not "in National Review") */
    bool no_name_word = mm->tok_end - mm->tok_start == 2;
    for (size_t k = mm->tok_start; k < mm->tok_end && no_name_word; k++) {
        bool common;
        no_name_word = !(ng_mn_name_bits(doc, k, &common) & (1u | 16u)) && !common;
    }
    if (ev->placed && !ev->unplaced && mm->type == NG_ACTOR_PERSON && !mm->lex && !mm->title && !ev->titled &&
        !ev->speaks && (mm->tok_end - mm->tok_start == 1 || no_name_word) &&
        !ng_mn_surname_named_before(doc, mm->tok_start)) {
        mm->type = NG_ACTOR_PLACE;
        mm->guessed = false;
        return;
    }
    /* "Arteta told Amazon Prime": one told is no place; a body where the
     * tagger reads a place's name */
    if (ev->told && tagger && mm->type == NG_ACTOR_PLACE && !mm->lex && !ev->placed) {
        mm->type = NG_ACTOR_ORG;
        mm->place_kind = 0;
        mm->guessed = false;
        return;
    }
    /* "Spotify said it would": whoever reports about itself as "it" is
     * no person; a body, unless the tagger reads the name as a place and
     * it never speaks ("competition from Huawei ... Huawei said its") */
    /* (a thing "which" is no body unless it speaks: "the Millennium
     * Development Goals, which have been ...") */
    bool thing = ev->taken_up_as_thing || (ev->taken_up_by_which && ev->speaks);
    /* (not a given name and a surname the tagger reads as a person's
     * alone: "Kristen Wilkins said it was popular", "it" the show) */
    bool common;
    bool person_name = mm->tok_end - mm->tok_start >= 2 && ev->readings[1] > 0 && !ev->readings[2] &&
                       !ev->readings[3] && (ng_mn_name_bits(doc, mm->tok_start, &common) & (1u | 16u));
    bool it_body = !mm->lex && !mm->title && !ev->titled && thing && !ev->taken_up_as_person && !person_name;
    if (it_body && (mm->type == NG_ACTOR_PERSON || (ev->speaks && tagger && mm->type == NG_ACTOR_PLACE))) {
        mm->type = ev->readings[3] > ev->readings[2] && !ev->speaks ? NG_ACTOR_PLACE : NG_ACTOR_ORG;
        mm->guessed = false;
        return;
    }
    /* "the active ingredient in Novo Nordisk's Ozempic ... Novo Nordisk is
     * testing": a name of two words or more the tagger reads as a body's
     * at least as often as a place's, and as a body's where it acts, that
     * nothing places ("in X's" places what X owns), is a body's throughout */
    if (mm->type == NG_ACTOR_PLACE && !mm->lex && tagger && mm->tok_end - mm->tok_start >= 2 && !ev->placed &&
        ev->body_acts && ev->readings[2] >= ev->readings[3]) {
        mm->type = NG_ACTOR_ORG;
        mm->place_kind = 0;
        mm->guessed = false;
        return;
    }
    /* "The British Museum in London ... has said it": an institution named
     * by its building (institution-place-heads) that speaks is the body
     * that runs it */
    if (mm->type == NG_ACTOR_PLACE && !mm->lex && ev->speaks && mm->tok_end - mm->tok_start >= 2 &&
        ng_lex_listed(doc->lex, "institution-place-heads", doc->toks[mm->tok_end - 1].lower)) {
        mm->type = NG_ACTOR_ORG;
        mm->place_kind = 0;
        mm->guessed = false;
        return;
    }
    /* "Pep Guardiola's side": a name of two words or more the tagger read
     * as a body's, with no word of bodies' names, that has a team as its
     * manager is a person's */
    bool body_word = false;
    for (size_t k = mm->tok_start; k < mm->tok_end && !body_word; k++)
        body_word = ng_lex_is_org_word(doc->lex, doc->toks[k].lower) ||
                    ng_lex_is_company_name_end(doc->lex, doc->toks[k].lower);
    /* "Beyoncé won album of the year ... The singer, who": a name the
     * tagger read as a body's, with no word of bodies' names, that the
     * article takes up as a person is one */
    if (mm->type == NG_ACTOR_ORG && !mm->lex && ev->taken_up_as_person && !body_word && !ev->company &&
        !ev->product && !ev->taken_up_as_thing && !ev->taken_up_by_which && !ev->with_org) {
        mm->type = NG_ACTOR_PERSON;
        mm->guessed = false;
        return;
    }
    if (tagger && mm->type == NG_ACTOR_ORG && ev->manages && !body_word &&
        mm->tok_end - mm->tok_start >= 2 && !ev->company && !ev->product && !ev->taken_up_as_thing &&
        !ev->taken_up_by_which) {
        mm->type = NG_ACTOR_PERSON;
        return;
    }
    /* a name the tagger read as a place's in a list of people is a
     * person's, unless a word of places' or bodies' names says otherwise
     * (a body among people may be one: "Jeff Sessions, The Drudge Report,
     * Breitbart, Jerry Falwell Jr.") */
    bool org_word = false;
    for (size_t k = mm->tok_start; k < mm->tok_end && !org_word; k++)
        org_word = ng_lex_is_org_word(doc->lex, doc->toks[k].lower) ||
                   ng_lex_is_place_head(doc->lex, doc->toks[k].lower);
    if (ev->with_people && tagger && !mm->lex && !mm->title && !org_word && !ev->company && !ev->placed &&
        mm->type == NG_ACTOR_PLACE) {
        mm->type = NG_ACTOR_PERSON;
        mm->place_kind = 0;
        mm->guessed = false;
        return;
    }
    /* "Amazon and Meta Platforms have also cut thousands of jobs": a name
     * the tagger read as a place (or one word as a person's, with no title
     * before it: not "Lord Diplock"), listed with a body's, is a body */
    if (ev->with_org && !ev->placed && !mm->lex &&
        ((tagger && mm->type == NG_ACTOR_PLACE) ||
         (mm->type == NG_ACTOR_PERSON && mm->tok_end == mm->tok_start + 1 && !mm->title && !ev->titled &&
          !(mm->tok_start > 0 && (doc->toks[mm->tok_start - 1].flags & NG_TOK_CAP))))) {
        mm->type = NG_ACTOR_ORG;
        mm->place_kind = 0;
        return;
    }
    if (ev->in_state && !mm->lex && !mm->title && !ev->titled && !ev->company && mm->tok_end - mm->tok_start <= 2 &&
        (mm->type == 0 || guess || (tagger && mm->type != NG_ACTOR_PERSON) || mm->tok_end - mm->tok_start == 1 ||
         (mm->type == NG_ACTOR_PLACE && !mm->place_kind))) {
        mm->type = NG_ACTOR_PLACE;
        mm->place_kind = NG_PLACE_CITY;
        mm->guessed = false;
        return;
    }
    if (ev->has_figures && !mm->lex && !ev->company && !ev->with_body && mm->tok_end - mm->tok_start <= 3 &&
        !(mm->tok_end - mm->tok_start == 1 && S_camel_case_brand(doc, mm->tok_start)) &&
        (mm->type == 0 || mm->type == NG_ACTOR_ORG || (mm->type == NG_ACTOR_PLACE && tagger))) {
        mm->type = NG_ACTOR_PERSON;
        mm->place_kind = 0;
        mm->guessed = false;
        return;
    }
    if (mm->type == NG_ACTOR_PERSON && !mm->lex && !mm->title && !ev->titled && !ev->taken_up_as_person &&
        mm->tok_end - mm->tok_start == 1 && S_camel_case_brand(doc, mm->tok_start)) {
        mm->type = NG_ACTOR_ORG;
        mm->guessed = false;
        return;
    }
    if (ev->employs && mm->type == NG_ACTOR_PERSON && !mm->lex && !mm->title && !ev->titled &&
        !ev->taken_up_as_person && mm->tok_end - mm->tok_start == 1) {
        mm->type = NG_ACTOR_ORG;
        mm->guessed = false;
        return;
    }
    /* "Dynamo Kyiv and Shakhtar Donetsk drew 1-1": a name listed with a
     * body's that plays with a score is a side too (not a person a title
     * or "who" shows: "Sinner and Bolelli won 6-4") */
    if (ev->plays && ev->with_body && mm->type == NG_ACTOR_PERSON && !mm->lex && !mm->title && !ev->titled &&
        !ev->taken_up_as_person) {
        mm->type = NG_ACTOR_ORG;
        mm->guessed = false;
        return;
    }
    /* "drew 0-0 with Rayo Vallecano", "a 4-1 win over Alaves": the other
     * side of a score, with no look of a person's name (not "a 6-4 win
     * over Alcaraz" after "Carlos Alcaraz"), is a side */
    if (ev->opposed && (mm->type == NG_ACTOR_PERSON || mm->type == 0 || (tagger && mm->type == NG_ACTOR_PLACE)) &&
        !mm->lex && !mm->title && !ev->titled && !ev->taken_up_as_person && !S_given_name_first(doc, mm) &&
        !ng_mn_surname_named_before(doc, mm->tok_end - 1)) {
        mm->type = NG_ACTOR_ORG;
        mm->place_kind = 0;
        mm->guessed = false;
        return;
    }
    /* "Spotify, which filed the complaint in 2019": a name taken up by
     * "which" is no person; a body, when it does something */
    if (mm->type == NG_ACTOR_PERSON && !mm->lex && !mm->title && !ev->titled && ev->taken_up_by_which &&
        !ev->taken_up_as_person && !ev->product && mm->tok_end - mm->tok_start == 1) {
        mm->type = NG_ACTOR_ORG;
        mm->guessed = false;
        return;
    }
    if (tagger && mm->type == NG_ACTOR_PLACE && !mm->lex && !ev->placed &&
        ((ev->led && mm->tok_end - mm->tok_start == 1) || ev->works_for)) {
        mm->type = NG_ACTOR_ORG;
        mm->place_kind = 0;
        return;
    }
    /* "joining Microsoft, Amazon and Meta in a wave of layoffs": a name
     * only the tagger reads as a place, listed with a body's and with no
     * place the lexicon knows, never after "in", is a body */
    if (tagger && mm->type == NG_ACTOR_PLACE && !mm->lex && (ev->with_body_only || ev->subject_with_body) &&
        !ev->placed &&
        mm->tok_end - mm->tok_start == 1) {
        mm->type = NG_ACTOR_ORG;
        mm->place_kind = 0;
        return;
    }
    /* "Pfizer and BioNTech announced", "Arsenal drew 2-2 with Liverpool": a
     * lone word no one typed, opening a sentence in a list with a body, or
     * with a score after it, is a body */
    bool opens = doc->sents[doc->toks[mm->tok_start].sent].tok_start == mm->tok_start;
    if (mm->type == 0 && !mm->lex && !mm->title && !ev->titled && ((ev->with_body && opens) || ev->plays) &&
        !ev->taken_up_as_person) {
        mm->type = NG_ACTOR_ORG;
        return;
    }
    /* "Genmab, which makes a cancer drug, said": a name of no actor to the
     * tagger that speaks and is taken up as a thing is a body */
    if (mm->type == 0 && !mm->lex && !mm->title && !ev->titled && ev->speaks && !ev->taken_up_as_person &&
        (ev->taken_up_by_which || ev->taken_up_as_thing)) {
        mm->type = NG_ACTOR_ORG;
        return;
    }
    /* "representing Facebook, Google and Twitter": a name the tagger
     * reads as no actor's (MISC, or none), listed only with bodies'
     * names, is a body */
    /* (one word no dictionary or list of people's names holds:
     * not "Space", "Correct", "Sullivan") */
    bool plain_word = false;
    if (mm->tok_end - mm->tok_start == 1) {
        uint16_t bits = ng_mn_name_bits(doc, mm->tok_start, &plain_word);
        plain_word = plain_word || (bits & (1u | 16u));
    }
    if (ev->with_body_only && !mm->lex && !mm->title && !ev->titled && (mm->type == 0 || guess) && !plain_word &&
        ev->readings[1] == 0 && ev->readings[3] == 0 && mm->tok_end - mm->tok_start <= 2) {
        mm->type = NG_ACTOR_ORG;
        mm->guessed = false;
        mm->place_kind = 0;
        return;
    }
    if ((!guess && !tagger) || (ev->titled && mm->type == NG_ACTOR_PERSON))
        return;
    /* "Apple said", "Shell announced": a common word as a name that speaks,
     * never named by a title nor as a person's surname, is a body */
    if (guess && ev->speaks && !ev->titled && !ev->taken_up_as_person && mm->tok_end - mm->tok_start == 1 &&
        S_common_word_name(doc, mm->tok_start)) {
        mm->type = NG_ACTOR_ORG;
        mm->guessed = false;
        return;
    }
    if (guess) {
        /* "the Temporary Protected Status programme": capitalized words
         * that nothing calls a person and the tagger no name at all */
        /* (unless the words are a given name and a surname: "Karl-Anthony
         * Towns had 19 points") */
        if (!ev->tagged && !ev->speaks && mm->tok_end - mm->tok_start >= 2 && !S_given_and_surname(doc, mm)) {
            mm->type = 0;
            return;
        }
        /* a name of no actor, unless it speaks ("the U.S. Geological
         * Survey said": a body) */
        if (ev->readings[4] > ev->readings[1] && ev->readings[4] >= ev->readings[2] + ev->readings[3]) {
            mm->type = ev->speaks && !ev->taken_up_as_person ? NG_ACTOR_ORG : 0;
            mm->guessed = false;
            return;
        }
    }
    /* never towards a person: the tagger reads an unknown capitalized
     * word as one by default, so its organization and place readings
     * say more ("energy company Burisma" once, "investigate Burisma"
     * twice as a person) */
    int best = S_majority_type(ev, mm->type);
    /* (not away from a person the article takes up as one or gives a
     * title: "Beyoncé ... The singer, who") */
    if (mm->type == NG_ACTOR_PERSON && (ev->taken_up_as_person || ev->titled) && !ev->company &&
        !ev->taken_up_as_thing)
        best = NG_ACTOR_PERSON;
    /* "heard from Okonjo ... Okonjo said": a name no list knows that
     * says something is no place (places speak only as the countries and
     * cities the lexicon names); the tagger's person and body readings
     * decide */
    if (best == NG_ACTOR_PLACE && ev->says && !mm->lex && (ev->readings[1] || ev->readings[2])) {
        best = ev->readings[2] > ev->readings[1] ? NG_ACTOR_ORG : NG_ACTOR_PERSON;
        if (best != mm->type) {
            mm->type = best;
            mm->guessed = false;
            mm->place_kind = 0;
        }
        return;
    }
    if (best != mm->type && best != NG_ACTOR_PERSON) {
        mm->type = best;
        mm->guessed = false;
    }
}

typedef struct {
    const char *name;
    size_t mention;
} named_mention;

static int S_by_name(const void *a, const void *b)
{
    const named_mention *x = a, *y = b;
    int c = strcmp(x->name, y->name);
    return c ? c : (x->mention > y->mention) - (x->mention < y->mention);
}

/* "Reliance Industries and Walt Disney completed the merger ... Disney
 * chief executive Bob Iger": a name of two or three words joined to a
 * body's name (mm and its evidence ev), whose last word alone is a
 * company's by its own evidence, is that company, however much it looks
 * like a person's. */
static bool S_company_by_last_word(const ng_document *doc, const ng_mention *mm, const name_evidence *ev)
{
    size_t n = mm->tok_end - mm->tok_start;
    if (!ev->with_org || ev->titled || mm->lex || n < 2 || n > 3)
        return false;
    const char *last = doc->toks[mm->tok_end - 1].lower;
    name_evidence alone;
    memset(&alone, 0, sizeof alone);
    for (size_t o = 0; o < doc->nmention; o++) {
        const ng_mention *om = &doc->mentions[o];
        if (om->type >= 0 && !om->lex && om->tok_end == om->tok_start + 1 &&
            !strcmp(doc->toks[om->tok_start].lower, last))
            S_add_evidence(doc, om, &alone);
    }
    return alone.company;
}

/* A name is one thing throughout an article. Where the rules typed a name
 * a person only for want of better evidence (a guess, a verb of saying
 * after it), the tagger's readings of all the name's mentions decide:
 * "Spotify said" is the company of "Spotify's chief executive" and "joined
 * Spotify"; "the Booker Prize", which the tagger reads as a name of no
 * actor, is none. Names the tagger typed take the type most of its
 * readings give ("a drug from Pfizer" is the company of "Pfizer plans").
 * The tagger reads the whole document (its prediction history, the
 * pronouns that take the name up), one context does not. */
void ng_mn_document_types(ng_document *doc)
{
    if (!doc->ner_labels || doc->nmention == 0)
        return;
    size_t n = 0;
    named_mention *order = malloc(doc->nmention * sizeof *order);
    for (size_t m = 0; m < doc->nmention; m++)
        if (doc->mentions[m].type >= 0)
            order[n++] = (named_mention){doc->mentions[m].name, m};
    qsort(order, n, sizeof *order, S_by_name);
    /* the mentions keep their spans here (only types change): their
     * tokens are indexed for the evidence's lookups, so that thousands of
     * mentions are not each scanned for each, and the index is dropped
     * after, since later passes move spans */
    bool own_index = !doc->tok_mention;
    if (own_index)
        ng_index_mentions(doc);
    for (size_t g = 0; g < n;) {
        size_t h = g + 1;
        while (h < n && strcmp(order[h].name, order[g].name) == 0)
            h++;
        name_evidence ev;
        memset(&ev, 0, sizeof ev);
        for (size_t q = g; q < h; q++)
            S_add_evidence(doc, &doc->mentions[order[q].mention], &ev);
        ev.company = ev.company || S_company_by_last_word(doc, &doc->mentions[order[g].mention], &ev);
        /* (a side no mention of which the tagger reads as a place: not
         * "England captain Harry Kane" after "returned to England") */
        bool place_read = false;
        for (int r = 1; r <= 3; r++)
            place_read = place_read || (ng_mn_actor_type_of_reading(r) == NG_ACTOR_PLACE && ev.readings[r] > 0);
        ev.company = ev.company || (ev.side && !ev.placed && !place_read);
        for (size_t q = g; q < h; q++)
            S_retype_by_evidence(doc, &doc->mentions[order[q].mention], &ev);
        g = h;
    }
    if (own_index)
        doc->tok_mention = NULL;
    free(order);
}
