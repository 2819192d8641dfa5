/* mentions_tagger.c -- the statistical tagger's names (ner.c) read
 * against the rules': names the rules missed, the tagger's type where the
 * rules only guessed, one name across a connector. A stage of
 * ng_find_mentions (mentions.c). */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "cluster.h"
#include "internal.h"
#include "mentions.h"
#include "ner.h"

/* The statistical tagger: it types the names the rules could only guess at
 * and finds the ones they missed. The rules keep what they know for sure
 * (lexicon names, titles, organization words). */
/* Do the tokens [i, j) all open with a capital letter? */
static bool S_all_capitalized(const ng_document *doc, size_t i, size_t j)
{
    for (size_t k = i; k < j; k++)
        if (!(doc->toks[k].flags & NG_TOK_CAP) || !(doc->toks[k].flags & NG_TOK_WORD))
            return false;
    return true;
}

/* The actor type of one of the tagger's types (1 PER, 2 ORG, 3 LOC). */
int ng_mn_actor_type_of_reading(int reading)
{
    return reading == 1 ? NG_ACTOR_PERSON : reading == 2 ? NG_ACTOR_ORG : reading == 3 ? NG_ACTOR_PLACE : 0;
}

/* A guess the rules made at the end of a longer name the tagger reads as
 * an organization or a place takes that reading ("Lydia Buchtmann for Food
 * Standards Australia New Zealand" read as one name: the guess "Food
 * Standards Australia New Zealand" is the organization), and the
 * capitalized words right before it that no rule took ("New" of "New
 * South Wales", a capitalized function word to the rules). Not after a
 * name the lexicon knows in the same reading: "US Chinook", "VOA
 * Extremism Watch Desk" are a country's helicopter and a publisher's desk
 * (S_lexicon_name_in). */
static bool S_lexicon_name_in(const ng_document *doc, size_t first, size_t i, size_t j)
{
    for (size_t m = first; m < doc->nmention && doc->mentions[m].tok_start < j; m++)
        if (doc->mentions[m].type >= 0 && doc->mentions[m].lex && doc->mentions[m].tok_end > i)
            return true;
    return false;
}

static void S_take_tagger_end(ng_document *doc, ng_mention *mm, size_t i, int mtype)
{
    mm->type = mtype;
    mm->guessed = false;
    mm->by_tagger = true;
    size_t a = mm->tok_start;
    while (a > i && (doc->toks[a - 1].flags & NG_TOK_CAP) && ng_mn_is_word(&doc->toks[a - 1]) &&
           ng_mention_at(doc, a - 1) < 0)
        a--;
    if (a < mm->tok_start) {
        mm->tok_start = (uint32_t)a;
        mm->start = doc->toks[a].start;
        mm->name = ng_mn_name_range(doc, a, mm->tok_end);
    }
}

/* Is function word k a given name ("Do" of "Do Kwon", "Can" of "Can
 * Dundar"), not the verb opening a question ("Will Warren continue to
 * face the heat?")? */
static bool S_function_word_given_name(const ng_document *doc, size_t k)
{
    if (!ng_lex_listed(doc->lex, "function-word-given-names", doc->toks[k].lower))
        return false;
    const ng_sentence *s = &doc->sents[doc->toks[k].sent];
    return k > s->tok_start || !ng_tok_is(doc, s->tok_end - 1, "?");
}

/* "Terraform Labs co-founder Do Kwon": a function word that is a given
 * name, between a title's word in lower case and a one-word name the
 * tagger reads as a person's (or the parse as one name with it), opens
 * that name (the tagger and the rules leave it out: "Do" is a capitalized
 * function word). */
void ng_mn_function_word_given_names(ng_document *doc)
{
    for (size_t m = 0; m < doc->nmention; m++) {
        ng_mention *mm = &doc->mentions[m];
        size_t k = mm->tok_start;
        if (mm->type < 0 || mm->lex || k < 2 || mm->tok_end != k + 1 || !(doc->toks[k - 1].flags & NG_TOK_CAP) ||
            doc->toks[k - 2].sent != doc->toks[k].sent || (doc->toks[k - 2].flags & NG_TOK_CAP) ||
            !ng_mn_title_word(doc, k - 2) || !S_function_word_given_name(doc, k - 1) ||
            ng_mention_at(doc, k - 1) >= 0)
            continue;
        bool one_name = !strcmp(ng_dep_rel(doc, k), "flat") && ng_dep_head(doc, k) == (int)(k - 1);
        if (ng_mn_tagger_reading(doc, k, k + 1) != 1 && !one_name)
            continue;
        ng_mn_respan(doc, mm, k - 1, mm->tok_end);
        mm->type = NG_ACTOR_PERSON;
        mm->guessed = false;
    }
}

/* Is token k a player's position in lower case (`side-titles`) before a
 * name: a noun as the parse reads it, or after a demonym, a club's name, a
 * determiner or a possessive ("Brazilian forward Endrick", "the forward
 * Endrick", where the parse may read "forward" as an adverb)? */
bool ng_mn_player_position(const ng_document *doc, size_t k)
{
    if ((doc->toks[k].flags & NG_TOK_CAP) || !ng_lex_listed(doc->lex, "side-titles", doc->toks[k].lower))
        return false;
    if (!strcmp(ng_dep_upos(doc, k), "NOUN"))
        return true;
    if (k == 0 || doc->toks[k - 1].sent != doc->toks[k].sent)
        return false;
    const ng_token *b = &doc->toks[k - 1];
    return (b->flags & (NG_TOK_CAP | NG_TOK_POSS)) || ng_tok_is(doc, k - 1, "the") || ng_tok_is(doc, k - 1, "a") ||
           ng_tok_is(doc, k - 1, "their") || ng_tok_is(doc, k - 1, "its");
}

/* Are tokens [i, j) words that may be given names: capitalized, no
 * title, no capitalized function word (S_function_word_given_name), no
 * name the lexicon knows? */
bool ng_mn_given_names(ng_document *doc, size_t i, size_t j)
{
    for (size_t k = i; k < j; k++) {
        const char *w = doc->toks[k].lower;
        if (!(doc->toks[k].flags & NG_TOK_CAP) || !(doc->toks[k].flags & NG_TOK_WORD) || ng_mn_title_word(doc, k) ||
            (ng_lex_is_stop_cap(doc->lex, w) && !S_function_word_given_name(doc, k)) ||
            ng_lex_name(doc->lex, w) || ng_lex_demonym(doc->lex, w))
            return false;
        /* ("Off-spinner": a common compound; "Jean-Pierre" is capitalized
         * after its hyphen) */
        if (ng_mn_lower_after_hyphen(doc, k))
            return false;
    }
    return true;
}

/* "Federal Emergency Preparedness Minister Harjit Sajjan": capitalized
 * words [i, j) the tagger reads as a body, more of them and a title's head
 * right before a person the rules found are the title's portfolio (the
 * rules decided so, S_classify), no body. */
static bool S_portfolio_before_person(const ng_document *doc, size_t first, size_t nrule, size_t i, size_t j)
{
    size_t q = j;
    while (q < doc->ntok && doc->toks[q].sent == doc->toks[i].sent && (doc->toks[q].flags & NG_TOK_CAP) &&
           !ng_lex_is_title_head(doc->lex, doc->toks[q].lower))
        q++;
    if (q + 1 >= doc->ntok || doc->toks[q].sent != doc->toks[i].sent || !(doc->toks[q].flags & NG_TOK_CAP) ||
        !ng_lex_is_title_head(doc->lex, doc->toks[q].lower))
        return false;
    for (size_t m = first; m < nrule && doc->mentions[m].tok_start <= q + 1; m++)
        if (doc->mentions[m].tok_start == q + 1 && doc->mentions[m].type == NG_ACTOR_PERSON)
            return true;
    return false;
}

/* Is the name [i, j) one word after "on" and a verb that puts words out
 * (`posting-verbs`, or any verb of saying), which no list knows as a
 * place? */
static bool S_medium_after_posting(const ng_document *doc, size_t i, size_t j)
{
    if (j != i + 1 || i < 2 || !ng_tok_is(doc, i - 1, "on") || ng_lex_name_of(doc, i, j))
        return false;
    const char *verb = doc->toks[i - 2].lower;
    return ng_lex_listed(doc->lex, "posting-verbs", verb) || ng_lex_speech_verb(doc->lex, verb) == 1;
}

void ng_mn_tagger(ng_document *doc)
{
    if (!doc->ner || doc->ntok == 0)
        return;
    const uint8_t *labels = doc->ner_labels;
    size_t nrule = doc->nmention;
    size_t first = 0; /* rule mentions are sorted: the first that may overlap */
    for (size_t i = 0; i < doc->ntok; i++) {
        if (!labels[i])
            continue;
        size_t span_end = ng_ner_span_end(doc, labels, i);
        size_t j = ng_mn_before_post_nominals(doc, i, span_end);
        int type = ng_ner_type(labels[i]);
        int mtype = ng_mn_actor_type_of_reading(type);
        /* "a Boeing 737 MAX 9", "a fake ID": an acronym for a thing */
        if (j == i + 1 && (doc->toks[i].flags & NG_TOK_ALLCAPS) &&
            (ng_mn_acronym_of_a_thing(doc, i) || ng_mn_post_nominal_after_name(doc, i)))
            continue;
        /* "(Reuters) - A Japan Airlines passenger jet": no name opens with
         * the indefinite article */
        if (j - i >= 2 && (ng_tok_is(doc, i, "a") || ng_tok_is(doc, i, "an")))
            i++;
        /* (nor with a modifier: "Kenyan-born Chetna Maroo") */
        const char *dash = strrchr(doc->toks[i].lower, '-');
        if (j - i >= 2 && dash && dash > doc->toks[i].lower && ng_lex_listed(doc->lex, "affiliation-suffixes", dash))
            i++;
        /* (also "House" of "House Bill 18": a law's name runs on over the
         * capitalized words after the tagger's) */
        size_t law_end = j;
        while (law_end < doc->ntok && law_end < j + 4 && (doc->toks[law_end].flags & NG_TOK_CAP) &&
               (doc->toks[law_end].flags & NG_TOK_WORD))
            law_end++;
        if (ng_mn_law_name(doc, i, law_end)) {
            i = law_end - 1;
            continue;
        }
        /* "union spokesperson Anke de Vries said": a name right after a
         * person's title noun, with no organization word and not a known
         * place, is the person holding it, whatever the tagger read */
        /* (also one name after a player's position: "Brazilian forward
         * Endrick") */
        if ((mtype == NG_ACTOR_ORG || mtype == NG_ACTOR_PLACE) && i > 0 &&
            ((j - i >= 2 && j - i <= 4 && ng_lex_is_title_head(doc->lex, doc->toks[i - 1].lower)) ||
             (j - i == 1 && ng_mn_player_position(doc, i - 1))) &&
            !ng_mn_has_org_word(doc, i, j) && !ng_lex_name(doc->lex, ng_doc_fold_range(doc, i, j)))
            mtype = NG_ACTOR_PERSON;
        /* "Harlow City came from behind", "Stockport County": a name of
         * two words or more that ends in a word towns' and clubs' names
         * end in, never a person's (`town-or-club-ends`), is no person;
         * read as a person's, it acts, so it is a club */
        if (mtype == NG_ACTOR_PERSON && j - i >= 2 &&
            ng_lex_listed(doc->lex, "town-or-club-ends", doc->toks[j - 1].lower))
            mtype = NG_ACTOR_ORG;
        /* "The Skyline Air flight", "shares of Halvard Foods": a name of
         * two capitalized words or more read as a miscellaneous one that
         * ends in a word companies' names end in is a company's */
        if (type == 4 && j - i >= 2 && ng_lex_is_company_name_end(doc->lex, doc->toks[j - 1].lower) &&
            S_all_capitalized(doc, i, j))
            mtype = NG_ACTOR_ORG;
        /* "Braunau am Inn", "Newcastle upon Tyne": a place-name connector
         * and a capitalized name after the tagger's name (of any type but a
         * person's: it reads "Newcastle" as the football club too), or
         * inside it, make one place */
        if (type && type != 1) {
            size_t after = ng_mn_place_connector_end(doc, j);
            bool inside = false;
            for (size_t c = i + 1; c + 1 < j && !inside; c++) {
                size_t e = ng_mn_place_connector_end(doc, c);
                inside = e > c && e <= j;
            }
            if (after > j || inside) {
                j = after;
                mtype = NG_ACTOR_PLACE;
            }
        }
        /* "said on Telegram that": a name after a verb of saying or
         * posting and "on" is the medium the words went out on, no place
         * (the tagger reads "Facebook" there as a name of another kind) */
        if (mtype == NG_ACTOR_PLACE && S_medium_after_posting(doc, i, j)) {
            i = span_end - 1;
            continue;
        }
        bool overlap = false;
        while (first < nrule && doc->mentions[first].tok_end <= i && doc->mentions[first].tok_start < i)
            first++;
        /* One name across a connector where the rules saw two or a guess:
         * "Joint Chiefs of Staff" (the rules guessed a person from "Joint
         * Chiefs"), "Luiz Inacio Lula da Silva", "Gulf of Mexico",
         * "Braunau am Inn". The tagger's reading wins over guesses; a known
         * name inside stays whole unless the connector is "of"/"am"-like,
         * never "and" ("Russia and China"). */
        if (((mtype == NG_ACTOR_ORG || (mtype == NG_ACTOR_PLACE && ng_mn_team_tail(doc, i, j))) &&
             ng_mn_place_led_org(doc, first, nrule, i, j)) ||
            (mtype && ng_mn_join_across_connector(doc, first, nrule, i, j, mtype))) {
            i = (j > span_end ? j : span_end) - 1;
            continue;
        }
        for (size_t m = first; m < nrule && doc->mentions[m].tok_start < j; m++) {
            ng_mention *mm = &doc->mentions[m];
            if (mm->tok_end <= i || mm->tok_start >= j || mm->type < 0)
                continue;
            overlap = true;
            /* retype a guess when the tagger covers the same words */
            if (mtype && !mm->lex && (mm->guessed || mm->type == 0) && mm->tok_start == i && mm->tok_end == j &&
                mtype != NG_ACTOR_PERSON &&
                !(mm->guessed && ng_mn_person_context(doc, i, j, doc->sents[doc->toks[i].sent].tok_end)) &&
                !(j - i == 1 &&
                  (ng_lex_is_stop_cap(doc->lex, doc->toks[i].lower) || ng_mn_plural_noun_opening(doc, i)))) {
                /* (a name ending in a word of companies' names is a
                 * company's where the tagger reads a place: "Republic
                 * Records, her label, said") */
                mm->type = mtype == NG_ACTOR_PLACE && j - i >= 2 &&
                                   ng_lex_is_company_name_end(doc->lex, doc->toks[j - 1].lower)
                               ? NG_ACTOR_ORG
                               : mtype;
                mm->by_tagger = true;
                mm->guessed = false;
            } else if (mm->lex && mm->type == NG_ACTOR_PLACE && mtype && mm->tok_start == i && mm->tok_end < j &&
                       j - i <= 4 && ng_mn_person_context(doc, i, j, doc->sents[doc->toks[i].sent].tok_end)) {
                /* "The committee chairwoman, Sofia Marin, said": a city's
                 * name opening a longer name that stands where a person
                 * does is a given name */
                mm->type = NG_ACTOR_PERSON;
                mm->lex = NULL;
                mm->place_kind = 0;
                mm->tok_end = (uint32_t)j;
                mm->end = doc->toks[j - 1].end;
                mm->name = ng_mn_name_range(doc, i, j);
            } else if ((mm->type == 0 || mm->guessed) && mtype == NG_ACTOR_PERSON) {
                /* "Liu He": the tagger knows the name goes on, but not over
                 * a title and the person holding it ("Allentown Mayor
                 * Michelle Wu") */
                bool swallows = false;
                for (size_t q = mm->tok_end; q < j && !swallows; q++)
                    swallows = ng_lex_is_title_head(doc->lex, doc->toks[q].lower);
                for (size_t q = first; q < nrule && doc->mentions[q].tok_start < j && !swallows; q++)
                    swallows = q != m && doc->mentions[q].type >= 0 && doc->mentions[q].tok_start >= mm->tok_end;
                if (swallows)
                    continue;
                mm->type = NG_ACTOR_PERSON;
                /* "Director of Public Prosecution Eva-Marie Persson": words
                 * the rules took into a person's name that the tagger reads
                 * as a name of another kind (a portfolio, a body) are no
                 * part of it */
                /* (a full name the tagger reads, two words or more; not a
                 * given name the names table knows: "Hunter Biden") */
                bool other = mm->tok_start < i && mm->tok_end == j && mm->guessed && j - i >= 2;
                for (size_t q = mm->tok_start; q < i && other; q++) {
                    bool common;
                    other = labels[q] && ng_ner_type(labels[q]) != 1 &&
                            !(ng_mn_name_bits(doc, q, &common) & (1u | 16u));
                }
                if (other)
                    ng_mn_respan(doc, mm, i, j);
                /* (capitalized words: not "Ben would’ve") */
                bool capitals = true;
                for (size_t q = mm->tok_end; q < j && capitals; q++)
                    capitals = (doc->toks[q].flags & (NG_TOK_CAP | NG_TOK_ALLCAPS)) ||
                               ng_lex_is_name_particle(doc->lex, doc->toks[q].lower);
                if (mm->tok_start >= i && mm->tok_end < j && j - i <= 4 && capitals) {
                    mm->tok_end = (uint32_t)j;
                    mm->end = doc->toks[j - 1].end;
                    mm->name = ng_mn_name_range(doc, mm->tok_start, j);
                }
                /* "Erling Haaland missed": a given name opening a sentence,
                 * which the rules leave out as any capital there */
                if (mm->tok_start > i && mm->tok_end == j && j - i <= 4 && ng_mn_given_names(doc, i, mm->tok_start)) {
                    mm->tok_start = (uint32_t)i;
                    mm->start = doc->toks[i].start;
                    mm->name = ng_mn_name_range(doc, i, j);
                }
            } else if ((mm->type == 0 || mm->guessed) && !mm->lex && mtype && mtype != NG_ACTOR_PERSON &&
                       mm->tok_end == j && mm->tok_start > i && !S_lexicon_name_in(doc, first, i, mm->tok_start)) {
                S_take_tagger_end(doc, mm, i, mtype);
            } else if (mm->type == NG_ACTOR_ORG && mtype == NG_ACTOR_ORG && !mm->lex && mm->tok_end == j &&
                       mm->tok_start == i + 1 && (doc->toks[i].flags & NG_TOK_CAP) &&
                       ((ng_lex_is_stop_cap(doc->lex, doc->toks[i].lower) &&
                         i > doc->sents[doc->toks[i].sent].tok_start) ||
                        (ng_tok_ing_form(doc, i) && j < doc->ntok && ng_mn_title_word(doc, j)))) {
                /* "the New England Journal of Medicine": a capitalized word
                 * the rules leave out of names, inside one the tagger reads
                 * (also a verb's form in "-ing" before a title: "Recording
                 * Academy chief executive Harvey Mason Jr."; not "Addressing
                 * New York State Republican Party's annual gala") */
                S_take_tagger_end(doc, mm, i, mtype);
            }
        }
        /* a name the rules missed: several words, or an acronym; not a
         * demonym, a title or a capitalized function word */
        /* "after Labour won", "the Treasury said", "Labour leader Keir
         * Starmer": a title's modifier the tagger reads as a body, with no
         * title after it, or one it does not name the portfolio of */
        bool body_word = j - i == 1 && mtype == NG_ACTOR_ORG && (doc->toks[i].flags & NG_TOK_CAP) &&
                         ng_lex_is_title_mod(doc->lex, doc->toks[i].lower) &&
                         !ng_lex_is_title_head(doc->lex, doc->toks[i].lower) &&
                         ((i > doc->sents[doc->toks[i].sent].tok_start && !ng_mn_title_word(doc, j)) ||
                          (j < doc->ntok && ng_lex_is_title_head(doc->lex, doc->toks[j].lower) &&
                           !ng_mn_portfolio_head(doc, j)));
        bool usable = j - i >= 2 || body_word || ((doc->toks[i].flags & NG_TOK_ALLCAPS) && mtype == NG_ACTOR_ORG &&
                                     !ng_lex_is_stop_cap(doc->lex, doc->toks[i].lower) &&
                                     !ng_lex_is_title_head(doc->lex, doc->toks[i].lower) && !ng_mn_in_code(doc, i) &&
                                     !ng_mn_party_state(&doc->toks[i]) && !ng_mn_era_mark(doc, i));
        if (usable && (ng_lex_demonym(doc->lex, ng_doc_fold_range(doc, i, j)) || ng_mn_shouted(doc, i, j)))
            usable = false;
        /* "the NBA Finals", "the Australian Open": a happening, no one */
        if (usable && j - i >= 2 && ng_lex_is_happening_head(doc->lex, doc->toks[j - 1].lower))
            usable = false;
        /* "the John Smith Medal": a prize, no one; "Model S", a model
         * (mentions.c) */
        if (usable && ((j - i >= 2 && ng_lex_listed(doc->lex, "prize-name-ends", doc->toks[j - 1].lower)) ||
                       ng_mn_model_designation(doc, i, j)))
            usable = false;
        if (usable && mtype != NG_ACTOR_PERSON && S_portfolio_before_person(doc, first, nrule, i, j))
            usable = false;
        if (!overlap && usable && mtype && (doc->toks[i].flags & (NG_TOK_CAP | NG_TOK_ALLCAPS))) {
            bool name = body_word;
            for (size_t k = i; k < j; k++) {
                const char *w = doc->toks[k].lower;
                if (!ng_lex_demonym(doc->lex, w) && !ng_lex_is_title_head(doc->lex, w) &&
                    !ng_lex_is_title_mod(doc->lex, w) && !ng_lex_is_stop_cap(doc->lex, w))
                    name = true;
            }
            if (name) {
                ng_mention *m = ng_mn_add(doc, i, j, mtype);
                m->place_kind = 0;
                m->by_tagger = true;
            }
        }
        /* (past the letters after a name too) */
        i = (j > span_end ? j : span_end) - 1;
    }
}

/* The tagger's reading of exactly tokens [i, j): its type (1 PER, 2 ORG,
 * 3 LOC, 4 MISC) when one span of one type covers them, else 0. */
/* "U.S.", "UK": a country's short name, which news puts before the names
 * of its bodies as it would a demonym */
static bool S_country_abbreviation(const ng_document *doc, size_t i, size_t j)
{
    const ng_lex_entry *e = j == i + 1 && (doc->toks[i].flags & (NG_TOK_ABBREV | NG_TOK_ALLCAPS))
                                ? ng_lex_name_of(doc, i, j)
                                : NULL;
    return e && e->place_kind == NG_PLACE_COUNTRY;
}

int ng_mn_tagger_reading(const ng_document *doc, size_t i, size_t j)
{
    const uint8_t *labels = doc->ner_labels;
    if (i >= j || !labels[i])
        return 0;
    /* "the U.S. Federal Reserve", "the British Museum" read whole: the
     * name after the country or demonym the rules took apart is read so
     * too */
    size_t b = i;
    while (b > 0 && !ng_ner_is_begin(labels[b]) && labels[b - 1])
        b--;
    const ng_lex_entry *e;
    if (!ng_ner_is_begin(labels[b]) || ng_ner_span_end(doc, labels, b) != j ||
        (b < i && ng_demonym_at(doc, b, j, &e) != i - b && !S_country_abbreviation(doc, b, i)))
        return 0;
    return ng_ner_type(labels[b]);
}
