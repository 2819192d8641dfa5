/* mentions.c -- find names of people, organizations, places and unnamed
 * groups, with the titles and affiliations written around them.
 *
 * A name is a run of capitalized tokens (plus connectors such as "of" inside
 * organization names). Each run is matched against the lexicons, stripped of
 * leading demonyms and titles ("North Korean Foreign Minister ..."), and
 * typed from its words: an organization word makes an organization, two to
 * four plain capitalized words make a person. Titles and affiliations come
 * from the words before a person's name (premodifiers and the appositive
 * "China's foreign minister, Wang Yi") and after it (", a spokesperson from
 * X", ", who is now a senior adviser with X"). */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "cluster.h"
#include "internal.h"
#include "ner.h"

/* The tagger's reading of exactly tokens [i, j) (below). */
static int S_tagger_reading(const ng_document *doc, size_t i, size_t j);

/* Display text of tokens [i, j): words joined by single spaces, skipping
 * bracket marks so "[Russian President Vladimir] Putin" gives a clean name. */
static const char *S_name_range(ng_document *doc, size_t i, size_t j)
{
    ng_buf b = {0};
    for (size_t k = i; k < j; k++) {
        const ng_token *t = &doc->toks[k];
        char c = doc->art->text[t->start];
        if ((t->flags & NG_TOK_PUNCT) && (c == '[' || c == ']'))
            continue;
        if (b.len && !(t->flags & NG_TOK_POSS))
            ng_buf_addc(&b, ' ');
        ng_buf_add(&b, doc->art->text + t->start, t->end - t->start);
    }
    const char *s = ng_arena_strdup(&doc->arena, b.data ? b.data : "");
    ng_buf_free(&b);
    return s;
}

/* Move mention m onto tokens [i, j): its tokens, bytes and name. */
static void S_respan(ng_document *doc, ng_mention *m, size_t i, size_t j)
{
    m->tok_start = (uint32_t)i;
    m->tok_end = (uint32_t)j;
    m->start = doc->toks[i].start;
    m->end = doc->toks[j - 1].end;
    m->name = S_name_range(doc, i, j);
}

static bool S_is_word(const ng_token *t) { return (t->flags & NG_TOK_WORD) != 0; }

/* A Roman numeral in lower case ("iv", "xii"). */
static bool S_roman(const char *w)
{
    if (!*w)
        return false;
    for (const char *p = w; *p; p++)
        if (!strchr("ivxlc", *p))
            return false;
    /* a well-formed numeral up to 399: hundreds, tens, units */
    static const char *const units[] = {"", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"};
    static const char *const tens[] = {"", "x", "xx", "xxx", "xl", "l", "lx", "lxx", "lxxx", "xc"};
    static const char *const hundreds[] = {"", "c", "cc", "ccc"};
    char buf[32];
    for (int h = 0; h < 4; h++)
        for (int t = 0; t < 10; t++)
            for (int u = 0; u < 10; u++) {
                snprintf(buf, sizeof buf, "%s%s%s", hundreds[h], tens[t], units[u]);
                if (buf[0] && strcmp(buf, w) == 0)
                    return true;
            }
    return false;
}

/* "R-TX", "D-N.Y.", "R-Texas", "I-Vt.": the US convention for a
 * lawmaker's party and state. */
static bool S_party_state(const ng_token *t)
{
    const char *w = t->lower;
    return (w[0] == 'r' || w[0] == 'd' || w[0] == 'i') && w[1] == '-' && w[2] >= 'a' && w[2] <= 'z' &&
           strlen(w) <= 12 && !strchr(w + 2, '-');
}

/* "FHC/ABJ/03/095/2018": parts of a reference number are no names */
static bool S_in_code(const ng_document *doc, size_t i)
{
    const ng_token *t = &doc->toks[i];
    return (t->start > 0 && doc->art->text[t->start - 1] == '/') || doc->art->text[t->end] == '/';
}

static bool S_nameish(const ng_document *doc, size_t i)
{
    const ng_token *t = &doc->toks[i];
    if (!S_is_word(t))
        return false;
    if (S_in_code(doc, i))
        return false;
    /* "(R-TX)", "D-N.Y.": a party and a state after a lawmaker's name */
    if (S_party_state(t))
        return false;
    /* "11:30 AM Benny Gantz said": the time of day */
    if (i > 0 && (doc->toks[i - 1].flags & NG_TOK_NUM) &&
        (strcmp(t->lower, "am") == 0 || strcmp(t->lower, "pm") == 0 || strcmp(t->lower, "a.m.") == 0 ||
         strcmp(t->lower, "p.m.") == 0))
        return false;
    /* "I'll", "I’m": the pronoun */
    if (t->lower[0] == 'i' && (t->lower[1] == '\'' || (unsigned char)t->lower[1] == 0xE2))
        return false;
    /* "SEOUL, Feb 3 (Reuters)": a month written short, without its dot */
    static const char *const months[] = {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
                                         "oct", "nov", "dec", NULL};
    if (i + 1 < doc->ntok && (doc->toks[i + 1].flags & NG_TOK_NUM) && ng_word_in(t->lower, months))
        return false;
    /* "al-Tanf", "el-Sisi": an Arabic article before a capitalized name */
    const char *raw = doc->art->text + t->start;
    bool article = t->end - t->start > 4 && (raw[0] == 'a' || raw[0] == 'e') && raw[1] == 'l' && raw[2] == '-' &&
                   raw[3] >= 'A' && raw[3] <= 'Z';
    if (!(t->flags & (NG_TOK_CAP | NG_TOK_ALLCAPS)) && !article)
        return false;
    /* "T-shirt", "X-ray", "U-turn": one capital letter names a shape */
    if (t->end - t->start > 3 && raw[1] == '-' && raw[2] >= 'a' && raw[2] <= 'z')
        return false;
    /* "Washington-based", "U.S.-led": a modifier, not part of a name */
    const char *dash = strrchr(t->lower, '-');
    return !(dash && dash > t->lower && ng_lex_listed(doc->lex, "affiliation-suffixes", dash));
}

static uint16_t S_name_bits(const ng_document *doc, size_t k, bool *common);
static bool S_common_word_in_capitals(const ng_document *doc, size_t k);

/* "Speaking outside Downing Street, he": a participle opening a sentence;
 * not a name in -ing that a verb of saying follows ("Boeing said",
 * "Keating argued"). */
static bool S_opening_participle(const ng_document *doc, size_t i)
{
    const char *w = doc->toks[i].lower;
    size_t n = strlen(w), open = doc->sents[doc->toks[i].sent].tok_start;
    /* (or opening a quote that opens the sentence: ""Joining Manchester
     * City is a dream"") */
    bool opens = open == i || (open + 1 == i && (doc->toks[open].flags & NG_TOK_QUOTE));
    /* (not a sport before a country: "Swimming Australia said") */
    const ng_lex_entry *e =
        ng_lex_listed(doc->lex, "sports", w) && i + 1 < doc->ntok ? ng_lex_name_of(doc, i + 1, i + 2) : NULL;
    if (!opens || n <= 5 || strcmp(w + n - 3, "ing") != 0 || (doc->toks[i].flags & NG_TOK_ALLCAPS) ||
        ng_lex_name(doc->lex, w) || (i + 1 < doc->ntok && ng_lex_speech_verb(doc->lex, doc->toks[i + 1].lower) == 1) ||
        (e && e->place_kind == NG_PLACE_COUNTRY))
        return false;
    /* (nor a word the article capitalizes where no sentence opens: "Boeing
     * expects" after "SEATTLE — Boeing will cut"; the parse reads either
     * as a verb) */
    for (size_t q = 0; q < doc->ntok; q++) {
        size_t start = doc->sents[doc->toks[q].sent].tok_start;
        bool opening = q == start || (q == start + 1 && (doc->toks[start].flags & NG_TOK_QUOTE));
        if (q != i && (doc->toks[q].flags & NG_TOK_CAP) && !strcmp(doc->toks[q].lower, w) && !opening)
            return false;
    }
    return true;
}

static bool S_number_at(const ng_document *doc, size_t i)
{
    return i < doc->ntok && doc->toks[i].lower[0] >= '0' && doc->toks[i].lower[0] <= '9';
}

/* An era mark next to a number: "508 BC", "AD 1200". */
static bool S_era_mark(const ng_document *doc, size_t i)
{
    return ng_lex_is_era_word(doc->lex, doc->toks[i].lower) &&
           ((i > 0 && S_number_at(doc, i - 1)) || S_number_at(doc, i + 1));
}

static bool S_surname_named_before(const ng_document *doc, size_t i);

/* "Theresa May": the month right after a given name the tagger reads as
 * a person's, with no day after it, is a surname, and so it is alone
 * after the full name ("May said"). */
static bool S_surname_may(const ng_document *doc, size_t i)
{
    const ng_token *t = &doc->toks[i];
    if (strcmp(t->lower, "may") != 0 || doc->art->text[t->start] != 'M')
        return false;
    if (S_surname_named_before(doc, i))
        return true;
    const ng_token *p = i > 0 ? &doc->toks[i - 1] : NULL;
    return p && p->sent == t->sent && (p->flags & NG_TOK_CAP) && !(p->flags & NG_TOK_ALLCAPS) &&
           !ng_lex_is_stop_cap(doc->lex, p->lower) && doc->ner_labels && ng_ner_type(doc->ner_labels[i - 1]) == 1 &&
           !(i + 1 < doc->ntok && (doc->toks[i + 1].flags & NG_TOK_NUM));
}

static bool S_stop(const ng_document *doc, size_t i)
{
    if (S_opening_participle(doc, i))
        return true;
    /* "Born Frederick Russell Jones in Pittsburgh, Jamal ..." */
    if (ng_tok_is(doc, i, "born") && doc->sents[doc->toks[i].sent].tok_start == i)
        return true;
    /* "(Reporting by X; Editing by Y)": a verb's "-ing" before "by" */
    size_t n = strlen(doc->toks[i].lower);
    if (n > 5 && !strcmp(doc->toks[i].lower + n - 3, "ing") && i + 1 < doc->ntok && ng_tok_is(doc, i + 1, "by"))
        return true;
    const ng_token *t = &doc->toks[i];
    if (t->flags & NG_TOK_ALLCAPS)
        return S_era_mark(doc, i);
    /* "Liu He", "Trump and Liu He,": the pronoun is never capitalized in
     * the middle of a sentence, so right after a name it is part of it */
    if (strcmp(t->lower, "he") == 0 && i > 0 && doc->toks[i - 1].sent == t->sent &&
        (doc->toks[i - 1].flags & NG_TOK_WORD) && doc->toks[i - 1].end == t->start - 1 &&
        doc->art->text[t->start] == 'H' && doc->art->text[doc->toks[i - 1].start] >= 'A' &&
        doc->art->text[doc->toks[i - 1].start] <= 'Z' && !ng_lex_is_stop_cap(doc->lex, doc->toks[i - 1].lower) &&
        doc->sents[t->sent].tok_start != i - 1)
        return false;
    if (S_surname_may(doc, i))
        return false;
    /* "Australia captain Will Skelton", "singer June Carter": a word that
     * is capitalized only as a name in mid-sentence (after a word, not a
     * mark), that the tagger reads as a person's name going on */
    if (i + 1 < doc->ntok && doc->ner_labels && doc->ner_labels[i] == NER_B_PER &&
        doc->ner_labels[i + 1] == NER_I_PER && doc->sents[t->sent].tok_start < i &&
        (doc->toks[i - 1].flags & NG_TOK_WORD) && !(doc->toks[i - 1].flags & NG_TOK_PUNCT))
        return false;
    /* "Hey Frank", "Dear Sally": a greeting before a name */
    return ng_lex_is_stop_cap(doc->lex, t->lower) || ng_lex_listed(doc->lex, "greetings", t->lower);
}

/* The lower-case words inside a name: "Bank of England", "Ursula von der
 * Leyen", "Frankfurt am Main" */
static bool S_connector(const ng_document *doc, const char *w)
{
    static const char *const c[] = {"of", "for", "and", "on", "the", "am", "&", NULL};
    return ng_word_in(w, c) || ng_lex_is_name_particle(doc->lex, w);
}

/* Whether a run [i, j) joins its words with a lower-case connector. */
static bool S_has_connector(const ng_document *doc, size_t i, size_t j)
{
    for (size_t k = i + 1; k + 1 < j; k++)
        if (S_connector(doc, doc->toks[k].lower) && !(doc->toks[k].flags & NG_TOK_CAP))
            return true;
    return false;
}

/* "director-general", "attorney-general": title words joined by hyphens */
static bool S_hyphenated_title(const ng_document *doc, const char *w)
{
    char part[64];
    size_t n = strlen(w);
    if (n >= sizeof part || !strchr(w, '-'))
        return false;
    memcpy(part, w, n + 1);
    char *save = NULL;
    bool any = false;
    for (char *p = strtok_r(part, "-", &save); p; p = strtok_r(NULL, "-", &save)) {
        if (!ng_lex_is_title_head(doc->lex, p) && !ng_lex_is_title_mod(doc->lex, p))
            return false;
        any = true;
    }
    return any && ng_lex_is_title_head(doc->lex, strrchr(w, '-') + 1);
}

/* Titles named by a portfolio before them: "Home Secretary", "Civil
 * Protection Minister" (not "Labour leader", a body's leader). */
static bool S_portfolio_head(const ng_document *doc, size_t k)
{
    return ng_lex_listed(doc->lex, "portfolio-heads", doc->toks[k].lower);
}

/* "Justices Elena Kagan and Ketanji Brown Jackson", "Sens. X and Y",
 * "council members X and Y": a title in the plural before a name, held
 * by each of the names after it.
 * The singular into one (room for 32), or false. */
static bool S_plural_title(const ng_document *doc, size_t i, char *one)
{
    const char *w = doc->toks[i].lower;
    size_t n = strlen(w);
    if (n < 4 || n >= 32)
        return false;
    /* (before a name: not "Chiefs coach Andy Reid"; "law professors X and
     * Y" in lower case too) */
    if (i + 1 >= doc->ntok || !(doc->toks[i + 1].flags & NG_TOK_CAP) ||
        ng_lex_is_title_head(doc->lex, doc->toks[i + 1].lower))
        return false;
    bool abbrev = w[n - 1] == '.';
    size_t s = abbrev ? n - 2 : n - 1;
    if (w[s] != 's')
        return false;
    memcpy(one, w, s);
    if (abbrev)
        one[s++] = '.';
    one[s] = '\0';
    return abbrev ? ng_lex_is_title_abbreviation(doc->lex, one) : ng_lex_is_title_head(doc->lex, one);
}

static bool S_title_word(const ng_document *doc, size_t i);
bool ng_title_word(const ng_document *doc, size_t i) { return S_title_word(doc, i); }

static bool S_title_word(const ng_document *doc, size_t i)
{
    const char *w = doc->toks[i].lower;
    char one[32];
    /* "St. Louis", "St. Paul police": in news a place's first word far
     * more often than a saint's title */
    if (!strcmp(w, "st."))
        return false;
    return ng_lex_is_title_head(doc->lex, w) || ng_lex_is_title_mod(doc->lex, w) ||
           ng_lex_is_title_abbreviation(doc->lex, w) || ng_lex_is_courtesy_title(doc->lex, w) ||
           S_hyphenated_title(doc, w) || S_plural_title(doc, i, one);
}

/* A title's modifier right before its head ("Financial" of "Chief
 * Financial Officer", "operating" of "chief operating officer"), within
 * [.., hi). */
static bool S_title_modifier_of_head(const ng_document *doc, size_t k, size_t hi)
{
    return k + 1 < hi && ng_lex_is_title_mod(doc->lex, doc->toks[k].lower) &&
           ng_lex_is_title_head(doc->lex, doc->toks[k + 1].lower);
}

/* Longest demonym ending at token k (inclusive), at or after from. */
static size_t S_demonym_ending(ng_document *doc, size_t k, size_t from, const ng_lex_entry **e)
{
    for (size_t n = 3; n >= 1; n--) {
        if (k + 1 < n || k + 1 - n < from)
            continue;
        const ng_lex_entry *hit = ng_lex_demonym(doc->lex, ng_doc_fold_range(doc, k + 1 - n, k + 1));
        if (hit) {
            *e = hit;
            return n;
        }
    }
    return 0;
}

/* "Financial" of "Chief Financial Officer": a word of company names
 * inside a company officer's title, between "Chief" and "Officer". */
static bool S_officer_title_word(const ng_document *doc, size_t k, size_t j)
{
    return k > 0 && k + 1 < j && ng_tok_is(doc, k - 1, "chief") && ng_tok_is(doc, k + 1, "officer");
}

/* Is token k, in the run [.., j), a capitalized organization word? */
static bool S_org_word_at(const ng_document *doc, size_t k, size_t j)
{
    if (!(doc->toks[k].flags & NG_TOK_CAP))
        return false;
    /* ("the Hartford Courant": a newspaper's last word, after a capital) */
    /* (and "Dick Clark Productions", "Sony Pictures": a company's) */
    if (k + 1 == j && k > 0 && (doc->toks[k - 1].flags & NG_TOK_CAP) &&
        !ng_lex_is_stop_cap(doc->lex, doc->toks[k - 1].lower) &&
        (ng_lex_listed(doc->lex, "newspaper-name-ends", doc->toks[k].lower) ||
         ng_lex_listed(doc->lex, "studio-name-ends", doc->toks[k].lower)))
        return true;
    return ng_lex_is_org_word(doc->lex, doc->toks[k].lower) && !S_officer_title_word(doc, k, j);
}

static bool S_has_org_word(ng_document *doc, size_t i, size_t j)
{
    for (size_t k = i; k < j; k++)
        if (S_org_word_at(doc, k, j))
            return true;
    return false;
}

/* The country (or organization) a demonym names, and where the demonym is. */
static void S_set_demonym(ng_mention *m, const ng_lex_entry *e, size_t start, size_t end)
{
    m->affil_lex = e;
    m->affil_tok_start = (uint32_t)start;
    m->affil_tok_end = (uint32_t)end;
}

static ng_mention *S_add(ng_document *doc, size_t i, size_t j, int type)
{
    ng_mention *m = NG_PUSH(&doc->arena, doc->mentions, doc->nmention, doc->cap_mention);
    m->tok_start = (uint32_t)i;
    m->tok_end = (uint32_t)j;
    m->start = doc->toks[i].start;
    m->end = doc->toks[j - 1].end;
    m->type = type;
    m->actor = -1;
    m->affil_mention[0] = m->affil_mention[1] = -1;
    m->affil_described = -1;
    m->affil_lex = NULL;
    m->affil_tok_start = m->affil_tok_end = 0;
    m->name = S_name_range(doc, i, j);
    return m;
}

bool ng_location_preposition(const ng_document *doc, size_t i)
{
    if (i == 0)
        return false;
    /* ("through central Belgrade", "in eastern Aleppo": a word for part
     * of a place between) */
    if (i >= 2 && ng_lex_listed(doc->lex, "area-modifiers", doc->toks[i - 1].lower))
        i--;
    return ng_lex_listed(doc->lex, "location-words", doc->toks[i - 1].lower);
}

/* "the streets of Kyiv", "the mayor of Athens": a name the parse hangs
 * from a noun by "of" is where that thing is, not a government acting. */
static bool S_of_a_noun(const ng_document *doc, size_t i, size_t j)
{
    if (!ng_dep_parsed(doc) || i == 0 || !ng_tok_is(doc, i - 1, "of"))
        return false;
    size_t h = j - 1;
    while (h > i && ng_dep_head(doc, h) >= (int)i && ng_dep_head(doc, h) < (int)j)
        h = (size_t)ng_dep_head(doc, h);
    int g = ng_dep_head(doc, h);
    return g >= 0 && strcmp(ng_dep_rel(doc, h), "nmod") == 0 && strcmp(ng_dep_upos(doc, (size_t)g), "NOUN") == 0;
}

/* Does the tagger read tokens [i, j) as one personal name? */

/* "the island of Rhodes", "the city of Kherson": a place named after "of". */
static bool S_settlement_noun(const ng_document *doc, const char *w)
{
    return ng_lex_listed(doc->lex, "settlement-nouns", w);
}

static bool S_place_noun(const ng_document *doc, const char *w) { return ng_lex_listed(doc->lex, "place-nouns", w); }

static bool S_civic_title(const ng_document *doc, size_t from, size_t to);
static bool S_number_team(const ng_document *doc, size_t j);

/* Place heads that end no personal name ("Downing Street", "Heathrow
 * Airport"), unlike "Park", "Bay" or "Temple": the tagger's reading of a
 * person does not hold against them. */
static bool S_no_surname_head(const ng_document *doc, size_t i, size_t j)
{
    if (ng_lex_listed(doc->lex, "place-heads-never-surnames", doc->toks[j - 1].lower))
        return true;
    /* ("Sharon Street": a name before it, unless where it stands says a
     * place: "outside Downing Street") */
    /* (no word before the head a given name: "Follow Pam Key") */
    bool common, given = false;
    for (size_t k = i; k + 1 < j && !given; k++)
        given = (S_name_bits(doc, k, &common) & (1u | 16u)) != 0;
    return ng_lex_listed(doc->lex, "place-heads-rarely-surnames", doc->toks[j - 1].lower) &&
           (ng_location_preposition(doc, i) || !given);
}

/* Does the tagger see a person anywhere in tokens [i, j)? ("Helen Park") */
static bool S_any_person_label(const ng_document *doc, size_t i, size_t j)
{
    if (!doc->ner_labels)
        return false;
    for (size_t k = i; k < j; k++)
        if (doc->ner_labels[k] == NER_B_PER || doc->ner_labels[k] == NER_I_PER)
            return true;
    return false;
}

/* Where a full personal name the tagger reads starts right after a body's
 * name in the run [i, j) ("University of Texas Arlington Amneh Jafari"):
 * the body holds an organization word and the tagger ends it as an
 * organization or place; 0 when there is none. */
static size_t S_person_after_body(ng_document *doc, size_t i, size_t j)
{
    if (!doc->ner_labels)
        return 0;
    for (size_t k = i + 2; k + 2 <= j; k++) {
        int before = ng_ner_type(doc->ner_labels[k - 1]);
        if (doc->ner_labels[k] == NER_B_PER && (before == 2 || before == 3) && ng_ner_reads_person(doc, k, j) &&
            S_has_org_word(doc, i, k) && !S_title_word(doc, k))
            return k;
    }
    return 0;
}

/* "exchanges between Carter and Eric Fanning" after "Ash Carter": the
 * word at i ends the name of a person the article has named in full. */
static bool S_surname_named_before(const ng_document *doc, size_t i)
{
    for (size_t m = 0; m < doc->nmention; m++) {
        const ng_mention *o = &doc->mentions[m];
        if (o->type == NG_ACTOR_PERSON && o->tok_end < i && o->tok_end - o->tok_start >= 2 &&
            !strcmp(doc->toks[o->tok_end - 1].lower, doc->toks[i].lower))
            return true;
    }
    return false;
}

/* Type a run [i, j) that is not in the lexicon as a whole. */
static void S_run(ng_document *doc, size_t i, size_t j, bool has_connector, size_t sent_end);
static bool S_company_title(const ng_document *doc, const char *folded);

/* "Shares of Lumina Semiconductor fell": a capitalized common noun (as
 * the parse reads it) that opens a sentence, then "of" and a proper noun,
 * is no part of the name ("Bank of America", "Friends of the Earth" are
 * read as proper nouns). Where the name starts. */
static size_t S_common_opening(const ng_document *doc, size_t i, size_t j)
{
    if (i + 2 >= j || doc->toks[i].sent >= doc->nsent || strcmp(ng_dep_upos(doc, i), "NOUN") != 0 ||
        strcmp(ng_dep_upos(doc, i + 2), "PROPN") != 0)
        return i;
    const ng_sentence *s = &doc->sents[doc->toks[i].sent];
    bool opens = i == s->tok_start || (i > s->tok_start && ng_tok_is_dash(doc, i - 1));
    if (!opens || !ng_tok_is(doc, i + 1, "of"))
        return i;
    return i + 2;
}

/* "Republican", "Democratic", "Democrat" capitalized: the US party. */
static const ng_lex_entry *S_party_word(const ng_document *doc, size_t q)
{
    const char *party = ng_tok_is(doc, q, "republican")                               ? "republican party"
                        : ng_tok_is(doc, q, "democratic") || ng_tok_is(doc, q, "democrat") ? "democratic party"
                                                                                         : NULL;
    return party && (doc->toks[q].flags & NG_TOK_CAP) ? ng_lex_name(doc->lex, party) : NULL;
}

/* "Forecasters predicted rain", "Soldiers in Niger said": a plural
 * capitalized only because it opens the sentence, the article never
 * capitalizing it elsewhere ("Peters joined Netflix" after "Greg Peters"
 * is a name). The parser reads it as a common noun, or it and its
 * singular are common words in lower case and no list of people's or
 * places' names holds it: the tagger and the parser, which have seen it
 * capitalized only where a sentence opens, may read it as a name. */
static bool S_plural_noun_opening(const ng_document *doc, size_t k)
{
    const ng_token *t = &doc->toks[k];
    size_t n = strlen(t->lower);
    bool opens = k == doc->sents[t->sent].tok_start || (k > 0 && ng_tok_is_dash(doc, k - 1)); /* "(AP) — Firefighters" */
    if (!opens || n < 4 || t->lower[n - 1] != 's' || t->lower[n - 2] == '\'' || (t->flags & NG_TOK_ALLCAPS))
        return false;
    if (strcmp(ng_dep_upos(doc, k), "NOUN") != 0 || (doc->ner_labels && doc->ner_labels[k])) {
        bool common, singular = false;
        const ng_ner_clusters *cl = doc->ner ? doc->ner->clusters : NULL;
        if ((S_name_bits(doc, k, &common) & (1u | 4u | 16u | 64u)) || !common || !cl ||
            (doc->ner_labels && ng_ner_type(doc->ner_labels[k]) == 1))
            return false;
        singular = ng_ner_clusters_find(cl, t->lower, n - 1) >= 0;
        if (!singular)
            return false;
    }
    for (size_t q = 0; q < doc->ntok; q++)
        if (q != k && (doc->toks[q].flags & NG_TOK_CAP) && q != doc->sents[doc->toks[q].sent].tok_start &&
            !strcmp(doc->toks[q].lower, t->lower))
            return false;
    return true;
}

/* The initials of lower-case words somewhere in the article, "of", "and"
 * and "the" left out ("gross domestic product" for "GDP"). */
static bool S_spelled_out_lower(const ng_document *doc, const char *acronym)
{
    size_t n = strlen(acronym);
    if (n < 2 || n > 6)
        return false;
    for (size_t k = 0; k + n <= doc->ntok; k++) {
        size_t got = 0;
        size_t q = k;
        for (; q < doc->ntok && got < n && q < k + 2 * n; q++) {
            const ng_token *t = &doc->toks[q];
            if (!(t->flags & NG_TOK_WORD) || (t->flags & NG_TOK_CAP))
                break;
            if (q > k && (ng_tok_is(doc, q, "of") || ng_tok_is(doc, q, "and") || ng_tok_is(doc, q, "the")))
                continue;
            if (t->lower[0] != acronym[got])
                break;
            got++;
        }
        /* (two letters: a noun and its modifier, "artificial intelligence",
         * not "was born" for "WB") */
        bool modifier = !strcmp(ng_dep_upos(doc, k), "ADJ") || !strcmp(ng_dep_upos(doc, k), "NOUN");
        if (got == n && n == 2 && (q != k + 2 || strcmp(ng_dep_upos(doc, k + 1), "NOUN") != 0 || !modifier))
            continue;
        if (got == n)
            return true;
    }
    return false;
}

/* "the National Defense Authorization Act (NDAA)", "the A.C.A.": are the
 * letters of token k the initials of a law's name somewhere in the
 * article (law-name-ends; "of", "and", "the", "for", "on" left out)? */
static bool S_law_initials(const ng_document *doc, size_t k)
{
    char letters[8];
    size_t n = 0;
    for (const char *c = doc->toks[k].lower; *c; c++)
        if (*c != '.') {
            if (n + 1 >= sizeof letters)
                return false;
            letters[n++] = *c;
        }
    if (n < 2)
        return false;
    for (size_t e = 1; e < doc->ntok; e++) {
        /* (the last letter first: this runs for every acronym) */
        if (doc->toks[e].lower[0] != letters[n - 1] || !(doc->toks[e].flags & NG_TOK_CAP) ||
            !ng_lex_listed(doc->lex, "law-name-ends", doc->toks[e].lower))
            continue;
        size_t got = 0;
        for (size_t q = e + 1; q-- > 0 && got < n && q + 12 > e;) {
            const ng_token *t = &doc->toks[q];
            if (q < e && !(t->flags & NG_TOK_CAP) && (ng_tok_is(doc, q, "of") || ng_tok_is(doc, q, "and") ||
                                                      ng_tok_is(doc, q, "the") || ng_tok_is(doc, q, "for") ||
                                                      ng_tok_is(doc, q, "on")))
                continue;
            if (!(t->flags & NG_TOK_CAP) || !(t->flags & NG_TOK_WORD) || t->lower[0] != letters[n - 1 - got])
                break;
            got++;
        }
        if (got == n)
            return true;
    }
    return false;
}

/* "Mark Tedeschi, QC,", "Jess Phillips, MP,": letters after a person's
 * name and a comma */
static bool S_post_nominal_after_name(const ng_document *doc, size_t k)
{
    return k >= 2 && ng_tok_is(doc, k - 1, ",") && S_any_person_label(doc, k - 2, k - 1) &&
           ng_lex_listed(doc->lex, "post-nominals", doc->toks[k].lower);
}

/* "a fake ID", "an MRI", "the CPI" after "the consumer price index", "the
 * NDAA": an acronym for a thing, not a body. */
static bool S_acronym_of_a_thing(const ng_document *doc, size_t k)
{
    size_t a = k > 0 && !(doc->toks[k - 1].flags & NG_TOK_CAP) && !strcmp(ng_dep_upos(doc, k - 1), "ADJ") ? k - 1 : k;
    bool one = a > 0 && (ng_tok_is(doc, a - 1, "a") || ng_tok_is(doc, a - 1, "an"));
    /* (a noun after it, or a conjunction: "an MTV and BET town hall") */
    bool before_noun = k + 1 < doc->ntok && (doc->toks[k + 1].flags & NG_TOK_WORD) &&
                       (!strcmp(ng_dep_upos(doc, k + 1), "NOUN") || !strcmp(ng_dep_upos(doc, k + 1), "PROPN") ||
                        ng_tok_is(doc, k + 1, "and") || ng_tok_is(doc, k + 1, "or"));
    /* "a Boeing 737 MAX 9": a model's designation between numbers */
    bool model = k > 0 && k + 1 < doc->ntok && (doc->toks[k - 1].flags & NG_TOK_NUM) &&
                 (doc->toks[k + 1].flags & NG_TOK_NUM);
    /* "a 737 MAX jet", "the 737 MAX": after a number no year (not "the
     * 2024 NBA draft") */
    const char *num = k > 0 ? doc->toks[k - 1].lower : "";
    bool year = strlen(num) == 4 && (!strncmp(num, "19", 2) || !strncmp(num, "20", 2));
    model = model || (k > 1 && (doc->toks[k - 1].flags & NG_TOK_NUM) && !year &&
                      (ng_tok_is(doc, k - 2, "a") || ng_tok_is(doc, k - 2, "the") ||
                       (doc->toks[k - 2].flags & NG_TOK_CAP)));
    /* (two letters only before a noun: "AI factories" after "artificial
     * intelligence chips"; any two words may begin with "g" and "m") */
    bool spelled = (strlen(doc->toks[k].lower) > 2 || (before_noun && !strcmp(ng_dep_upos(doc, k + 1), "NOUN"))) &&
                   S_spelled_out_lower(doc, doc->toks[k].lower);
    /* "4 p.m. EDT", "the POTUS account", "WWII": initials of a time zone,
     * a title or a thing (acronym-things) */
    return (one && !before_noun) || model || spelled || ng_lex_listed(doc->lex, "acronym-things", doc->toks[k].lower) ||
           S_law_initials(doc, k);
}

/* ""Coalition politics will slow things down"" after "coalition
 * partners": a word capitalized only where it opens a sentence or a quote,
 * before a noun it modifies, that the article writes in lower case
 * elsewhere, is that common word. */
/* Is the word written in lower case in the headline ("Antarctic sea ice
 * hit record low" before "Sea ice around Antarctica has shrunk")? */
static bool S_lower_in_headline(const ng_document *doc, const char *lower)
{
    const char *h = doc->art->headline;
    size_t n = strlen(lower);
    for (const char *p = h ? strstr(h, lower) : NULL; p; p = strstr(p + 1, lower)) {
        bool starts = p == h || !isalnum((unsigned char)p[-1]);
        if (starts && !isalnum((unsigned char)p[n]))
            return true;
    }
    return false;
}

static bool S_common_opening_modifier(const ng_document *doc, size_t k)
{
    const ng_token *t = &doc->toks[k];
    size_t open = doc->sents[t->sent].tok_start;
    /* (or the story's first word after a dateline: "OSLO — Sea ice") */
    if (k != open && !(k == open + 1 && (doc->toks[open].flags & NG_TOK_QUOTE)) &&
        k != ng_dateline_end(doc, &doc->sents[t->sent]))
        return false;
    if (k + 1 >= doc->ntok || (doc->toks[k + 1].flags & NG_TOK_CAP) || !(doc->toks[k + 1].flags & NG_TOK_WORD) ||
        strcmp(ng_dep_upos(doc, k + 1), "NOUN") != 0 || (t->flags & NG_TOK_ALLCAPS))
        return false;
    bool lower = false;
    for (size_t q = 0; q < doc->ntok; q++) {
        if (q == k || strcmp(doc->toks[q].lower, t->lower) != 0)
            continue;
        if (!(doc->toks[q].flags & NG_TOK_CAP))
            lower = true;
        else if (q != doc->sents[doc->toks[q].sent].tok_start)
            return false;
    }
    /* (or an adjective the parse reads, a word in lower case that no list
     * of people's or places' names holds: "Environmental group
     * Milieudefensie said"; bodies' names hold many such words) */
    bool common;
    uint16_t bits = S_name_bits(doc, k, &common);
    /* (before a noun the parse hangs from another word: not "Arsenal
     * drew 2-2", read as an adjective before the root noun "drew") */
    bool adjective = !strcmp(ng_dep_upos(doc, k), "ADJ") && !(bits & (1u | 4u | 16u | 64u)) && common &&
                     ng_dep_head(doc, k + 1) >= 0;
    return lower || adjective || S_lower_in_headline(doc, t->lower);
}

/* "Paul Ryan Joins Growing List", "Rand Paul Scores Direct Hit": a
 * headline in capitals, a name and then a verb's "-s", "-ed" or "-ing"
 * and other words of the dictionary. Where the name ends: the verb, or j. */
static size_t S_headline_verb_at(const ng_document *doc, size_t k, size_t j)
{
    /* (a name the tagger reads as a person's: not "Baltimore Black Lives
     * Matter") */
    for (size_t v = k + 2; v + 1 < j && ng_ner_reads_person(doc, k, v); v++) {
        const char *w = doc->toks[v].lower;
        size_t n = strlen(w);
        bool verb = n > 3 && (w[n - 1] == 's' || !strcmp(w + n - 2, "ed") || !strcmp(w + n - 3, "ing"));
        bool common = verb;
        for (size_t q = v; q < j && common; q++)
            S_name_bits(doc, q, &common);
        if (common)
            return v;
    }
    return j;
}

/* Whether a country's name lies within [i, j). */
static bool S_country_inside(const ng_document *doc, size_t i, size_t j)
{
    for (size_t a = i; a < j; a++)
        for (size_t b = a + 1; b <= j && b <= a + 6; b++) {
            const ng_lex_entry *e = ng_lex_name_of(doc, a, b);
            if (e && e->place_kind == NG_PLACE_COUNTRY)
                return true;
        }
    return false;
}

/* "Cricket Australia", "Athletics Kenya", "USA Gymnastics", "British
 * Cycling": a sport and a country (or its people) name the body that runs
 * the sport there. */
static bool S_national_sport_body(ng_document *doc, size_t i, size_t j)
{
    if (j - i < 2)
        return false;
    const ng_lex_entry *e;
    if (ng_lex_listed(doc->lex, "sports", doc->toks[i].lower)) {
        e = ng_lex_name_of(doc, i + 1, j);
        return e && e->place_kind == NG_PLACE_COUNTRY;
    }
    if (!ng_lex_listed(doc->lex, "sports", doc->toks[j - 1].lower))
        return false;
    e = ng_lex_name_of(doc, i, j - 1);
    return (e && e->place_kind == NG_PLACE_COUNTRY) || ng_demonym_at(doc, i, j - 1, &e) == j - 1 - i;
}

/* "Samsung C&T", "AT&T", "S&P Global": initials joined by an ampersand
 * in one word name a company, never a person (but "Q&A", "R&D") */
static bool S_ampersand_initials(const ng_document *doc, size_t i, size_t j)
{
    for (size_t k = i; k < j; k++) {
        const char *w = doc->toks[k].lower, *amp = strchr(w, '&');
        if (amp && amp > w && amp[1] >= 'a' && amp[1] <= 'z' && amp[-1] >= 'a' && amp[-1] <= 'z' &&
            strlen(w) <= 6 && !ng_lex_listed(doc->lex, "ampersand-words", w))
            return true;
    }
    return false;
}

static bool S_capital_preposition_inside_name(const ng_document *doc, size_t j, size_t end);

/* A body's name joined by a capitalized preposition in [i, j) ("Doctors
 * Without Borders"), whose first word a person's title would take. */
static bool S_capital_preposition_in(const ng_document *doc, size_t i, size_t j)
{
    for (size_t k = i + 1; k + 1 < j; k++)
        if (S_capital_preposition_inside_name(doc, k, j))
            return true;
    return false;
}

static void S_classify(ng_document *doc, size_t i, size_t j, size_t sent_end)
{
    if (i >= j)
        return;
    /* a demonym alone ("South Korean support") names no one */
    const ng_lex_entry *only;
    if (ng_demonym_at(doc, i, j, &only) == j - i)
        return;
    if (j == i + 1 && S_common_opening_modifier(doc, i))
        return;
    if (S_national_sport_body(doc, i, j) || S_ampersand_initials(doc, i, j) || S_capital_preposition_in(doc, i, j)) {
        S_add(doc, i, j, NG_ACTOR_ORG);
        return;
    }
    /* "a Black artist", "Indigenous leaders": nor does an adjective the
     * parse reads before a noun, capitalized as a people's (not a name
     * the tagger reads as a body's before a title: "said Arsenal manager
     * Mikel Arteta") */
    bool body_title = doc->ner_labels && ng_ner_type(doc->ner_labels[i]) == 2 && j < sent_end &&
                      ng_lex_is_title_head(doc->lex, doc->toks[j].lower);
    if (j == i + 1 && i > doc->sents[doc->toks[i].sent].tok_start && j < sent_end &&
        !strcmp(ng_dep_upos(doc, i), "ADJ") && !(doc->toks[j].flags & NG_TOK_CAP) &&
        !strcmp(ng_dep_upos(doc, j), "NOUN") && !ng_lex_name(doc->lex, doc->toks[i].lower) && !body_title)
        return;
    /* "Osun State", "Kursk Oblast": a region (not "the Office of the
     * Secretary of State") */
    if (j - i >= 2 && !S_has_org_word(doc, i, j - 1)) {
        const char *last = doc->toks[j - 1].lower;
        if (strcmp(last, "state") == 0 || strcmp(last, "province") == 0 || strcmp(last, "region") == 0 ||
            strcmp(last, "oblast") == 0 || strcmp(last, "county") == 0 || strcmp(last, "prefecture") == 0) {
            ng_mention *m = S_add(doc, i, j, NG_ACTOR_PLACE);
            m->place_kind = NG_PLACE_REGION;
            return;
        }
    }
    /* "the Christian Democrats", "the Sweden Democrats": a name ending in
     * the plural of a party's members is the party */
    if (j - i >= 2 && ng_lex_listed(doc->lex, "party-member-plurals", doc->toks[j - 1].lower) &&
        (doc->toks[j - 1].flags & NG_TOK_CAP)) {
        S_add(doc, i, j, NG_ACTOR_ORG);
        return;
    }
    /* "Inspector-General of Police", "President of the Senate": a title and
     * the body it is held in, not an organization */
    if (ng_lex_is_title_head(doc->lex, doc->toks[i].lower) && j - i >= 3) {
        for (size_t k = i + 1; k + 1 < j; k++)
            if (ng_tok_is(doc, k, "of")) {
                size_t b = k + 1;
                if (ng_tok_is(doc, b, "the"))
                    b++;
                if (b < j)
                    S_run(doc, b, j, false, sent_end);
                return;
            }
    }
    /* Organization names keep their demonym ("Russian Foreign Ministry"),
     * but the organization word must come after any leading title words:
     * "Press Secretary Stephanie Grisham" is a titled person. */
    size_t after_titles = i;
    {
        const ng_lex_entry *e;
        size_t n;
        while (after_titles < j - 1) {
            if ((n = ng_demonym_at(doc, after_titles, j, &e)) && after_titles + n < j)
                after_titles += n;
            else if (S_title_word(doc, after_titles) &&
                     (!ng_lex_is_org_word(doc->lex, doc->toks[after_titles].lower) ||
                      ng_lex_is_title_head(doc->lex, doc->toks[after_titles + 1].lower)))
                after_titles++;
            else
                break;
        }
    }
    /* "Post Malone", "Banks Wright": an organization word names a body as
     * the head of its name ("The Washington Post", "Bank of America"); as
     * the first of two words the tagger reads as a person's name, it is a
     * given name */
    /* "the Six-Day War", "the Academy Awards": a happening, no one (not
     * "the School of Open Africa") */
    /* (also where a title's plural opens it: "the Champions Trophy") */
    if (j - i >= 2 && ng_lex_is_happening_head(doc->lex, doc->toks[j - 1].lower) && !S_has_connector(doc, i, j))
        return;
    bool given_name = j - after_titles == 2 && after_titles == i && ng_ner_reads_person(doc, i, j) &&
                      !ng_lex_is_org_word(doc->lex, doc->toks[j - 1].lower);
    if (!given_name && S_has_org_word(doc, after_titles, j)) {
        /* "Interim BART Police Chief Ed Alvarez": an organization, a title
         * and the person holding it; the premodifier pass ties them */
        size_t ow = after_titles;
        while (ow < j && !S_org_word_at(doc, ow, j))
            ow++;
        for (size_t t = ow + 1; t + 1 < j; t++) {
            if (!ng_lex_is_title_head(doc->lex, doc->toks[t].lower))
                continue;
            bool name = j - (t + 1) <= 3;
            for (size_t q = t + 1; q < j && name; q++)
                name = !S_title_word(doc, q) && !ng_lex_is_org_word(doc->lex, doc->toks[q].lower) &&
                       (doc->toks[q].flags & NG_TOK_CAP) && !(doc->toks[q].flags & NG_TOK_ALLCAPS);
            if (!name)
                continue;
            size_t o = i;
            const ng_lex_entry *dem;
            while (o < ow && ng_lex_is_title_mod(doc->lex, doc->toks[o].lower) && !ng_demonym_at(doc, o, j, &dem))
                o++;
            /* "Acme Holdings Chief Executive Mara Quint": the title is all
             * its words ("Chief Executive"), not its last one */
            /* ("Fox News Chairman and CEO Roger Ailes": both titles) */
            size_t ts = t;
            while (ts > ow + 1 && (S_title_word(doc, ts - 1) ||
                                   (ng_tok_is(doc, ts - 1, "and") && ts > ow + 2 && S_title_word(doc, ts - 2))))
                ts--;
            /* ("National Transportation Safety Board Chair X": a title's
             * modifier that opens the body's name the tagger reads) */
            /* (not a word of rank or tenure: "Interim Transit Police Chief") */
            if (o > i && doc->ner_labels && ng_ner_is_begin(doc->ner_labels[i]) &&
                ng_ner_type(doc->ner_labels[i]) == 2 && ng_ner_span_end(doc, doc->ner_labels, i) == ts &&
                !ng_lex_listed(doc->lex, "tenure-words", doc->toks[i].lower))
                o = i;
            S_run(doc, o, ts, false, sent_end);
            S_add(doc, t + 1, j, NG_ACTOR_PERSON);
            return;
        }
        size_t k = i;
        while (k < j - 1 && strcmp(doc->toks[k].lower, "former") == 0)
            k++;
        k = S_common_opening(doc, k, j);
        /* "National Security Council Ukraine [expert]": a country after the
         * organization word is not part of the name */
        if (j - k >= 3 && ng_lex_is_org_word(doc->lex, doc->toks[j - 2].lower)) {
            const ng_lex_entry *tail = ng_lex_name(doc->lex, doc->toks[j - 1].lower);
            if (tail && tail->place_kind == NG_PLACE_COUNTRY) {
                ng_mention *m = S_add(doc, k, j - 1, NG_ACTOR_ORG);
                const ng_lex_entry *e;
                size_t dn = ng_demonym_at(doc, k, j - 1, &e);
                if (dn)
                    S_set_demonym(m, e, k, k + dn);
                ng_mention *c = S_add(doc, j - 1, j, NG_ACTOR_PLACE);
                c->lex = tail;
                c->place_kind = tail->place_kind;
                return;
            }
        }
        ng_mention *m = S_add(doc, k, j, NG_ACTOR_ORG);
        const ng_lex_entry *e;
        size_t dn = ng_demonym_at(doc, k, j, &e);
        if (dn)
            S_set_demonym(m, e, k, k + dn);
        return;
    }
    /* Strip leading demonyms and title words: "Chinese President Xi Jinping". */
    size_t k = i;
    const ng_lex_entry *dem = NULL;
    bool titled = false;
    while (k < j) {
        const ng_lex_entry *name = ng_lex_name(doc->lex, ng_doc_fold_range(doc, k, j));
        /* "Chinese President Xi", but not "Social Democrats": what is
         * stripped holds a demonym or a title's head */
        if (name && k > i && (titled || dem)) {
            ng_mention *m = S_add(doc, k, j, name->kind);
            m->lex = name;
            m->place_kind = name->place_kind;
            return;
        }
        const ng_lex_entry *e;
        size_t n = ng_demonym_at(doc, k, j, &e);
        if (n && k + n < j) {
            dem = e;
            k += n;
            continue;
        }
        if (k + 1 < j && S_title_word(doc, k)) {
            titled = titled || ng_lex_is_title_head(doc->lex, doc->toks[k].lower) ||
                     ng_lex_is_title_abbreviation(doc->lex, doc->toks[k].lower);
            k++;
            continue;
        }

        /* "Democrat Hillary Clinton": a party's member before a name */
        if (k + 2 < j && ng_tok_is(doc, k, "democrat") && S_party_word(doc, k)) {
            k++;
            continue;
        }
        break;
    }
    (void)dem;
    /* "Shadow Home Secretary Yvette Cooper": a word no list knows before a
     * title; where the tagger reads the words after the title's head as a
     * person and those before it as no name, the rest is the title */
    for (size_t t = k + 1; !titled && doc->ner_labels && t + 2 <= j; t++) {
        if (!ng_lex_is_title_head(doc->lex, doc->toks[t].lower) || S_tagger_reading(doc, t + 1, j) != 1)
            continue;
        size_t ts = t; /* where the title's words begin */
        while (ts > k + 1 && S_title_word(doc, ts - 1))
            ts--;
        /* a name right before the title's words; a portfolio the tagger
         * reads as a name of another kind, or reads in part short of the
         * title, is none ("Civil Protection Minister Vassilis Kikilias",
         * "Federal Emergency Preparedness Minister Harjit Sajjan") */
        uint8_t before = doc->ner_labels[ts - 1];
        bool named = before != 0 && (ng_ner_type(before) != 4 || (doc->toks[ts - 1].flags & NG_TOK_ALLCAPS));
        /* "Walmart Chief Financial Officer John Rainey": before a
         * company's title ("Chief ... Officer", "CEO"), the words no
         * list knows are the company */
        if (!named && ts > k && (ng_tok_is(doc, ts, "chief") || S_company_title(doc, doc->toks[t].lower)) &&
            !ng_lex_name(doc->lex, ng_doc_fold_range(doc, k, ts))) {
            S_add(doc, k, ts, NG_ACTOR_ORG);
            S_add(doc, t + 1, j, NG_ACTOR_PERSON);
            return;
        }
        if (!named) {
            k = t + 1;
            titled = true;
            break;
        }
        /* "TDCJ Inspector General John Moriarty", "Manhattan District
         * Attorney Alvin Bragg": an organization or a place the tagger
         * reads (or an acronym) before the title: the body or place, the
         * title and the person holding it */
        int reading = S_tagger_reading(doc, k, ts);
        if (reading == 2 || reading == 3 || (ts == k + 1 && (doc->toks[k].flags & NG_TOK_ALLCAPS))) {
            if (reading == 3)
                S_run(doc, k, ts, false, sent_end); /* (the lexicon's places) */
            else
                S_classify(doc, k, ts, sent_end);
            S_add(doc, t + 1, j, NG_ACTOR_PERSON);
            return;
        }
    }
    size_t len = j - k;
    const ng_token *first = &doc->toks[k];
    /* "Kursk region", "the Rukban camp", "Hoa Lo prison": a name and a
     * lowercase place noun */
    /* (not "the Clinton camp": a person's camp is the people around
     * them) */
    bool persons_camp = ng_tok_is(doc, j, "camp") && S_tagger_reading(doc, k, j) == 1;
    if (len <= 3 && j < sent_end && S_place_noun(doc, doc->toks[j].lower) && !(doc->toks[j].flags & NG_TOK_CAP) &&
        !persons_camp) {
        ng_mention *m = S_add(doc, k, j + 1, NG_ACTOR_PLACE);
        m->place_kind = ng_tok_is(doc, j, "camp") || ng_tok_is(doc, j, "prison") || ng_tok_is(doc, j, "stadium") ||
                                ng_tok_is(doc, j, "arena") ? 0 : NG_PLACE_REGION;
        return;
    }
    /* "Sheinbaum's Morena party", "the Wagner group": a name and a
     * lowercase noun for a political body */
    if (len <= 3 && j < sent_end && ng_lex_listed(doc->lex, "political-bodies", doc->toks[j].lower) &&
        !ng_lex_name(doc->lex, ng_doc_fold_range(doc, k, j)) && !ng_demonym_at(doc, k, j, &(const ng_lex_entry *){0})) {
        S_add(doc, k, j, NG_ACTOR_ORG);
        return;
    }
    if (len == 1) {

        /* "Polygraph.info": a web site is its publisher */
        const char *dot = strchr(first->lower, '.');
        if (dot && dot > first->lower && dot[1] >= 'a' && dot[1] <= 'z' && !(first->flags & NG_TOK_ABBREV)) {
            S_add(doc, k, j, NG_ACTOR_ORG);
            return;
        }
        if ((first->flags & NG_TOK_ALLCAPS) && !(first->flags & NG_TOK_ABBREV) &&
            strlen(first->lower) >= 2 && strlen(first->lower) <= 7 && !ng_lex_is_stop_cap(doc->lex, first->lower) &&
            !ng_lex_is_title_head(doc->lex, first->lower)) {
            /* "IV drip", "Henry VIII": a Roman numeral names nothing alone;
             * nor does an era mark by a year ("508 BC", "AD 1200"), a thing
             * one has ("a fake ID") or the initials of common words the
             * article spells out ("the consumer price index ... the CPI") */
            if (!S_roman(first->lower) && !S_era_mark(doc, k) && !S_acronym_of_a_thing(doc, k) &&
                !S_post_nominal_after_name(doc, k) && !S_common_word_in_capitals(doc, k))
                S_add(doc, k, j, NG_ACTOR_ORG);
            return;
        }
        if (ng_lex_demonym(doc->lex, first->lower) || ng_lex_is_title_head(doc->lex, first->lower) ||
            ng_lex_is_title_mod(doc->lex, first->lower))
            return;
        /* "Muslims", "Latinos": many people, a group */
        if (ng_lex_is_people_name(doc->lex, first->lower)) {
            S_add(doc, k, j, NG_ACTOR_GROUP);
            return;
        }
        if (S_plural_noun_opening(doc, k))
            return;
        /* "Executive Orders", "the Deputy Secretaries": a plural noun after
         * a title's word is no one's name */
        size_t n = strlen(first->lower);
        if (titled && k > i && n > 3 && first->lower[n - 1] == 's' && !strcmp(ng_dep_upos(doc, k), "NOUN"))
            return;
        /* a lone word is a person only with a title cue or as the subject
         * of a speech verb ("Schiff asked"); otherwise it waits for
         * resolution against the full names of the article */
        /* (opening a sentence: "Apple said" after a headline) */
        bool opens = k == doc->sents[first->sent].tok_start;
        bool speaks = j < sent_end && ng_lex_speech_verb(doc->lex, doc->toks[j].lower) == 1 &&
                      !ng_lex_is_group_noun(doc->lex, first->lower) &&
                      (opens || (k > 0 && (doc->toks[k - 1].flags & (NG_TOK_CLOSE | NG_TOK_PUNCT)))) &&
                      !ng_lex_name(doc->lex, first->lower) && !ng_dep_finite(doc, k) &&
                      strcmp(ng_dep_upos(doc, k), "AUX") != 0; /* ("Keeps saying", "Having said that") */
        ng_mention *m = S_add(doc, k, j, titled || speaks ? NG_ACTOR_PERSON : 0);
        m->guessed = speaks && !titled;
        return;
    }
    /* "Take-Two CEO Strauss Zelnick", "Apple CEO Tim Cook": a name, a title
     * and the person; the premodifier pass ties them */
    for (size_t t = k + 1; len >= 3 && t + 1 < j; t++) {
        if (!ng_lex_is_title_head(doc->lex, doc->toks[t].lower))
            continue;
        /* ("Manhattan District Attorney Alvin Bragg": the title's words) */
        size_t ts = t;
        while (ts > k && S_title_word(doc, ts - 1))
            ts--;
        if (ts == k)
            continue;
        /* (not "King" of "Martin Luther King Jr.") */
        bool name = j - (t + 1) <= 3 && !(j == t + 2 && ng_lex_is_name_suffix(doc->lex, doc->toks[t + 1].lower));
        for (size_t q = t + 1; q < j && name; q++)
            name = !S_title_word(doc, q) && (doc->toks[q].flags & NG_TOK_CAP) && !(doc->toks[q].flags & NG_TOK_ALLCAPS);
        if (!name)
            continue;
        S_run(doc, k, ts, false, sent_end);
        S_add(doc, t + 1, j, NG_ACTOR_PERSON);
        return;
    }
    if (len <= 5) {
        /* Demonyms and titles alone ("South Korean", "Foreign Minister") are no names. */
        bool all_title = true;
        for (size_t q = k; q < j; q++)
            if (!S_title_word(doc, q))
                all_title = false;
        if (all_title)
            return;
        /* "Food Standards Australia New Zealand": a country's name after
         * the first of three words or more, none the tagger reads as a
         * person's, is in a body's name ("Michael B. Jordan" is read) */
        /* (a body keeps the words a person's name would not: "Water
         * Quality Peru") */
        /* (not a slogan, "Make America Great Again", nor a headline in
         * capitals) */
        bool capitals = true;
        for (size_t q = i; q < j && capitals; q++)
            capitals = (doc->toks[q].flags & NG_TOK_ALLCAPS) != 0;
        if (!titled && len >= 3 && S_country_inside(doc, k + 1, j) && !S_any_person_label(doc, k, j) &&
            strcmp(ng_dep_upos(doc, i), "VERB") != 0 && !capitals) {
            S_add(doc, i, j, NG_ACTOR_ORG);
            return;
        }
        /* "St. Paul police": a name opening with "St." is a place's where
         * nothing typed it */
        if (ng_tok_is(doc, k, "st.") && !S_any_person_label(doc, k, j)) {
            S_add(doc, k, j, NG_ACTOR_PLACE);
            return;
        }
        S_add(doc, k, S_headline_verb_at(doc, k, j), NG_ACTOR_PERSON)->guessed = !titled;
        return;
    }
    /* Long capitalized runs are usually titles of works or headlines. */
}

/* The titles of S_person_context below: stronger evidence than a verb of
 * saying, which companies and agencies take as well. */
static bool S_title_context(const ng_document *doc, size_t i, size_t j, size_t end)
{
    if (j >= end)
        return false;
    if (doc->art->text[doc->toks[j].start] != ',')
        return false;
    if (i >= 2 && doc->art->text[doc->toks[i - 1].start] == ',' &&
        ng_lex_is_title_head(doc->lex, doc->toks[i - 2].lower))
        return true;
    for (size_t k = j + 1; k < end && k <= j + 6; k++) {
        if (doc->toks[k].flags & NG_TOK_PUNCT)
            return false;
        /* "the dam, officials said": a title that says something is the
         * subject of a clause of its own, no appositive */
        if (ng_lex_is_title_head(doc->lex, doc->toks[k].lower))
            return !(k + 1 < end && ng_lex_speech_verb(doc->lex, doc->toks[k + 1].lower) == 1);
    }
    return false;
}

/* What surrounds a name says it is a person's: a speech verb after it
 * ("Lena Park said"), an appositive title after it (", the former special
 * envoy"), or a title noun it stands in apposition to ("The committee
 * chairwoman, Sofia Marin, said"). i is the name's first token, j the token
 * after it, end the sentence's end. */
static bool S_person_context(const ng_document *doc, size_t i, size_t j, size_t end)
{
    if (j >= end)
        return false;
    if (ng_lex_speech_verb(doc->lex, doc->toks[j].lower) == 1)
        return true;
    return S_title_context(doc, i, j, end);
}

/* Lowercase words that join the two parts of a place's name ("Frankfurt am
 * Main", "Newcastle upon Tyne", "Halle an der Saale", "Rothenburg ob der
 * Tauber", "Saint-Julien-en-Genevois" written apart): if such words follow
 * token j and a capitalized word follows them, the token after that word;
 * else j. */
static size_t S_place_connector_end(const ng_document *doc, size_t j)
{
    size_t end = doc->ntok, k = j;
    if (k >= end || ng_tok_is(doc, k, "der") || ng_tok_is(doc, k, "dem") ||
        !ng_lex_listed(doc->lex, "place-name-connectors", doc->toks[k].lower) || (doc->toks[k].flags & NG_TOK_CAP))
        return j;
    k++;
    if (k < end && (ng_tok_is(doc, k, "der") || ng_tok_is(doc, k, "dem")))
        k++;
    if (k >= end || !(doc->toks[k].flags & NG_TOK_CAP) || doc->toks[k].sent != doc->toks[j].sent)
        return j;
    return k + 1;
}

/* Capitalized words that end the name of a place. */

/* Capital letters opening the first paragraph of the story and followed
 * by a comma, a dash or "(AP)". */
static bool S_dateline_at(const ng_document *doc, size_t i, size_t j)
{
    if (j >= doc->ntok || i == 0 ? false : doc->toks[i - 1].para == doc->toks[i].para)
        return false;
    if (j >= doc->ntok)
        return false;
    uint32_t para = doc->toks[i].para;
    for (uint32_t p = 0; p < para; p++)
        if (doc->art->paras[p].kind != NG_PARA_HEADING)
            return false;
    for (size_t k = i; k < j; k++)
        if (!(doc->toks[k].flags & NG_TOK_ALLCAPS) || (doc->toks[k].flags & NG_TOK_ABBREV))
            return false;
    const unsigned char *u = (const unsigned char *)doc->art->text + doc->toks[j].start;
    return u[0] == ',' || u[0] == '(' || ng_tok_is_dash(doc, j); /* "CHARLOTTE - The wife ..." */
}

/* "Athens is the capital city of Greece", "Athens was just a small
 * village": the subject of a copula with a noun says what the place is,
 * the city itself and not its government acting. */
static bool S_described_as_place(const ng_document *doc, size_t j)
{
    size_t h = j - 1;
    int g = ng_dep_head(doc, h);
    if (g < 0 || strncmp(ng_dep_rel(doc, h), "nsubj", 5) != 0 || ng_dep_child(doc, (size_t)g, "cop") < 0)
        return false;
    return !strcmp(ng_dep_upos(doc, (size_t)g), "NOUN") || !strcmp(ng_dep_upos(doc, (size_t)g), "PROPN");
}

/* A run [i, j) of capitalized tokens. */
/* "a "BIG WIN FOR OUR CONSTITUTION AND DEMOCRACY"": a run in capitals
 * inside a stretch of four or more words in capitals, common ones among
 * them, is shouted, no name (not "WASHINGTON (AP) —", "KAMALA HARRIS:") */
static bool S_shouted(const ng_document *doc, size_t i, size_t j)
{
    for (size_t k = i; k < j; k++)
        if (!(doc->toks[k].flags & NG_TOK_ALLCAPS))
            return false;
    size_t a = i, b = j, sent = doc->toks[i].sent;
    bool common = false;
    while (a > 0 && doc->toks[a - 1].sent == sent && (doc->toks[a - 1].flags & NG_TOK_ALLCAPS)) {
        common = common || ng_lex_is_stop_cap(doc->lex, doc->toks[a - 1].lower);
        a--;
    }
    while (b < doc->ntok && doc->toks[b].sent == sent && (doc->toks[b].flags & NG_TOK_ALLCAPS)) {
        common = common || ng_lex_is_stop_cap(doc->lex, doc->toks[b].lower);
        b++;
    }
    return common && b - a >= 4;
}

/* "House Bill 18", "the Bank Secrecy Act": are tokens [i, j) a law's
 * name, no one's, though a word of bodies' names may be in it? */
static bool S_law_name(const ng_document *doc, size_t i, size_t j)
{
    return j - i >= 2 && ng_lex_listed(doc->lex, "law-name-ends", doc->toks[j - 1].lower) &&
           (doc->toks[j - 1].flags & NG_TOK_CAP) && !(doc->toks[j - 1].flags & NG_TOK_ALLCAPS);
}

/* May run [i, j) be one body's name for its connectors? It has an "of" or
 * "for", and every "and" of it comes after one, joining what a body is of
 * ("the Museum of African American History and Culture"), not two names
 * ("Goldman Sachs and Citibank"). */
static bool S_and_within_of(const ng_document *doc, size_t i, size_t j)
{
    bool of = false, common;
    /* (nor a person and where she works: "Carolina Milanesi of Creative
     * Strategies", two words before the connector, the second no common
     * word as "Museum" or "Scouts" are) */
    if (i + 3 < j && S_connector(doc, doc->toks[i + 2].lower) && !S_connector(doc, doc->toks[i + 1].lower)) {
        S_name_bits(doc, i + 1, &common);
        if (!common)
            return false;
    }
    for (size_t k = i; k < j; k++) {
        of = of || ng_tok_is(doc, k, "of") || ng_tok_is(doc, k, "for");
        if (ng_tok_is(doc, k, "and") && !of)
            return false;
        /* (a name's particle joins a person's name: "Anke de Vries") */
        if (!(doc->toks[k].flags & NG_TOK_CAP) && ng_lex_is_name_particle(doc->lex, doc->toks[k].lower) &&
            !ng_tok_is(doc, k, "of") && !ng_tok_is(doc, k, "the"))
            return false;
    }
    return of;
}

/* "Sir Peter Cook FRS", "Dame Ann Lee DBE RA", "Jess Phillips MP": the
 * letters after a name (honours, degrees, a seat) are no part of it; the
 * end of tokens [i, j) without them. */
static size_t S_before_post_nominals(const ng_document *doc, size_t i, size_t j)
{
    size_t e = j;
    while (e - i >= 2 && (doc->toks[e - 1].flags & NG_TOK_ALLCAPS) &&
           ng_lex_listed(doc->lex, "post-nominals", doc->toks[e - 1].lower))
        e--;
    /* (the name before them in mixed case: not "BBC MP") */
    bool mixed = e < j && (doc->toks[e - 1].flags & NG_TOK_CAP) && !(doc->toks[e - 1].flags & NG_TOK_ALLCAPS);
    return mixed ? e : j;
}

static void S_run(ng_document *doc, size_t i, size_t j, bool has_connector, size_t sent_end)
{
    j = S_before_post_nominals(doc, i, j);
    /* ("University of Chicago and [Professor Knittel]": no name ends in a
     * connector) */
    while (j - i >= 2 && S_connector(doc, doc->toks[j - 1].lower) && !(doc->toks[j - 1].flags & NG_TOK_CAP))
        j--;
    /* "the Urban Institute and Brookings Institution": two bodies' names,
     * each ending in a word of bodies' names, joined by "and" */
    for (size_t k = i + 2; has_connector && k + 2 < j; k++)
        if (ng_tok_is(doc, k, "and") && S_org_word_at(doc, k - 1, k) && S_org_word_at(doc, j - 1, j) &&
            !S_org_word_at(doc, k - 2, k) && !S_org_word_at(doc, k + 1, j) &&
            !S_has_connector(doc, i, k) && !S_has_connector(doc, k + 1, j)) {
            S_run(doc, i, k, false, sent_end);
            S_run(doc, k + 1, j, false, sent_end);
            return;
        }
    /* Names are short; long capitalized runs without connectors are
     * headlines and titles of works. */
    if (j - i > 12 && !has_connector)
        return;
    if (j - i > 40)
        return;
    if (S_law_name(doc, i, j))
        return;
    /* "a Connecticut Democrat", "an Ohio Republican": a party's member
     * from a place, the place alone a name */
    if (j - i >= 2 && S_party_word(doc, j - 1) &&
        (ng_tok_is(doc, j - 1, "democrat") || ng_tok_is(doc, j - 1, "republican")) &&
        ng_lex_name(doc->lex, ng_doc_fold_range(doc, i, j - 1))) {
        S_run(doc, i, j - 1, has_connector, sent_end);
        return;
    }
    char *folded = ng_doc_fold_range(doc, i, j);
    const ng_lex_entry *e = ng_lex_name_any_spelling(doc->lex, folded);
    /* "ALTOONA, Pa.", "in Burlington, Mass.,": a state's abbreviation that
     * is also a word, after a city and a comma (the lexicon lists it with
     * its full stop), or its postal code ("Charlotte, NC") */
    bool postal = strlen(folded) == 2 && (doc->toks[i].flags & NG_TOK_ALLCAPS) &&
                  !(j < doc->ntok && doc->toks[j].sent == doc->toks[i].sent && (doc->toks[j].flags & NG_TOK_CAP));
    if (!e && j == i + 1 && i >= 2 && ((j < doc->ntok && ng_tok_is(doc, j, ".")) || postal) &&
        ng_tok_is(doc, i - 1, ",") && (doc->toks[i - 2].flags & (NG_TOK_CAP | NG_TOK_ALLCAPS)) && strlen(folded) < 8) {
        char dotted[16];
        snprintf(dotted, sizeof dotted, "%s.", folded);
        e = ng_lex_name(doc->lex, dotted);
    }
    if (!e && S_shouted(doc, i, j))
        return;
    /* "the new NSC party": a body the lexicon knows by the name is no
     * party; the party is another body */
    if (e && e->kind == NG_ACTOR_ORG && j < sent_end && ng_tok_is(doc, j, "party") && !strstr(e->name, "Party") &&
        !strstr(e->name, "party"))
        e = NULL;
    /* "The Washington Post" and "the Netherlands" carry their article */
    if (!e && strcmp(doc->toks[i].lower, "the") == 0 && j - i > 1) {
        i++;
        e = ng_lex_name_any_spelling(doc->lex, ng_doc_fold_range(doc, i, j));
    }
    if (e) {
        ng_mention *m = S_add(doc, i, j, e->kind);
        m->lex = e;
        m->place_kind = e->place_kind;
        if (e->place_kind == NG_PLACE_CITY && e->country >= 0) {
            /* a capital acting as its government: "Pyongyang has sent" */
            /* "south of the capital Kabul": the city itself */
            bool located = ng_location_preposition(doc, i) || S_dateline_at(doc, i, j) || S_of_a_noun(doc, i, j) ||
                           (i > 0 && (ng_tok_is(doc, i - 1, "capital") || ng_tok_is(doc, i - 1, "city"))) ||
                           S_described_as_place(doc, j) ||
                           (j < doc->ntok && doc->toks[j].start == doc->toks[j - 1].end &&
                            doc->art->text[doc->toks[j].start] == '-');
            /* "special envoy to Kyiv": the government posted to */
            if (located && i >= 2 && ng_tok_is(doc, i - 1, "to") && ng_lex_is_title_head(doc->lex, doc->toks[i - 2].lower))
                located = false;
            if (!located && ng_lex_capital_of(doc->lex, folded))
                m->metonym = true;
        }
        return;
    }
    /* "Eintracht Frankfurt", "Borussia Dortmund": a word no list or
     * dictionary knows before a city the lexicon names is a club's or a
     * company's name, not a part of the city ("Greater London", "East
     * Jerusalem" open with common words) */
    if (j - i == 2 && !e) {
        const ng_lex_entry *city = ng_lex_name_of(doc, i + 1, j);
        bool common;
        uint16_t bits = S_name_bits(doc, i, &common);
        if (city && city->place_kind == NG_PLACE_CITY && !common && !(bits & (1u | 4u | 16u | 64u)) &&
            (doc->toks[i].flags & NG_TOK_CAP) && !(doc->toks[i].flags & NG_TOK_ALLCAPS) &&
            !ng_lex_demonym(doc->lex, doc->toks[i].lower) && !S_title_word(doc, i) &&
            !S_any_person_label(doc, i, j)) { /* (not "Valeska Paris") */
            S_add(doc, i, j, NG_ACTOR_ORG);
            return;
        }
    }
    /* "the Government of Syria": the country acting */
    if (j - i >= 3 && ng_tok_is(doc, i, "government") && ng_tok_is(doc, i + 1, "of")) {
        size_t c = i + 2;
        if (ng_tok_is(doc, c, "the"))
            c++;
        const ng_lex_entry *country = c < j ? ng_lex_name(doc->lex, ng_doc_fold_range(doc, c, j)) : NULL;
        if (country && country->place_kind == NG_PLACE_COUNTRY) {
            ng_mention *m = S_add(doc, i, j, NG_ACTOR_PLACE);
            m->lex = country;
            m->place_kind = NG_PLACE_COUNTRY;
            m->metonym = true;
            return;
        }
    }
    /* "HAYWARD, Calif. (AP) —": the dateline names the city the story is
     * filed from */
    if (S_dateline_at(doc, i, j)) {
        ng_mention *m = S_add(doc, i, j, NG_ACTOR_PLACE);
        m->place_kind = NG_PLACE_CITY;
        const char *raw = S_name_range(doc, i, j);
        char *name = ng_arena_strdup(&doc->arena, raw);
        for (char *c = name, *w = name; *c; c++) {
            if (c > w && *c >= 'A' && *c <= 'Z')
                *c = (char)(*c - 'A' + 'a');
            if (*c == ' ')
                w = c + 1;
        }
        m->name = name;
        return;
    }
    /* "San Francisco Bay Area", "Jordan Valley", "Central Park": a name
     * ending in a place word is one place; after "the" whatever the tagger
     * reads ("at the Dolby Theatre"), unless it modifies a noun as a
     * person's name may ("the Michael Bay film") */
    bool the_place = i > 0 && ng_tok_is(doc, i - 1, "the") && !(j < sent_end && !strcmp(ng_dep_upos(doc, j), "NOUN"));
    if (j - i >= 2 && !has_connector && (doc->toks[j - 1].flags & NG_TOK_CAP) &&
        ng_lex_is_place_head(doc->lex, doc->toks[j - 1].lower) && !S_has_org_word(doc, i, j - 1) &&
        !S_title_word(doc, i) &&
        (the_place || S_no_surname_head(doc, i, j) || !S_any_person_label(doc, i, j)) &&
        !S_person_context(doc, i, j, sent_end)) {
        ng_mention *m = S_add(doc, i, j, NG_ACTOR_PLACE);
        m->place_kind = 0;
        return;
    }
    /* "Joe and Hunter Biden": two people of one family name */
    if (has_connector && j - i >= 4 && ng_tok_is(doc, i + 1, "and") && doc->ner_labels &&
        doc->ner_labels[i] == NER_B_PER && doc->ner_labels[i + 2] == NER_B_PER && doc->ner_labels[j - 1] == NER_I_PER &&
        j - (i + 2) <= 3 && !S_surname_named_before(doc, i)) {
        ng_mention *first = S_add(doc, i, i + 1, NG_ACTOR_PERSON);
        first->name = ng_arena_printf(&doc->arena, "%s %s", S_name_range(doc, i, i + 1), S_name_range(doc, j - 1, j));
        S_run(doc, i + 2, j, false, sent_end);
        return;
    }
    /* "a psychology major at University of Texas Arlington Amneh Jafari":
     * a body's name and then a person's, with nothing between */
    size_t person_at = S_person_after_body(doc, i, j);
    if (person_at) {
        S_run(doc, i, person_at, S_has_connector(doc, i, person_at), sent_end);
        S_run(doc, person_at, j, false, sent_end);
        return;
    }
    /* "Boeing and Lockheed Martin Space Systems": the tagger ends a name
     * before "and" (or a person's before "of") and starts a new one after
     * it ("Department of Health and Human Services" stays whole, and so
     * does "Geopolitics and Foreign Policy Department": a topic word is no
     * name of its own) */
    if (has_connector && doc->ner_labels) {
        for (size_t k = i + 1; k + 1 < j; k++)
            if (((ng_tok_is(doc, k, "and") && ng_ner_type(doc->ner_labels[k - 1]) >= 1 &&
                  ng_ner_type(doc->ner_labels[k - 1]) <= 3) ||
                 /* "Dr. Hannah Okafor of Imperial College London": a
                  * person the tagger ends before "of", and where she works */
                 (ng_tok_is(doc, k, "of") && ng_ner_type(doc->ner_labels[k - 1]) == 1)) &&
                ng_ner_is_begin(doc->ner_labels[k + 1])) {
                S_run(doc, i, k, S_has_connector(doc, i, k), sent_end);
                S_run(doc, k + 1, j, S_has_connector(doc, k + 1, j), sent_end);
                return;
            }
    }
    /* "Procter & Gamble", "Ben & Jerry's": names joined by an ampersand
     * that the tagger reads as a body are one company's ("Procter & Gamble
     * and Johnson & Johnson" are two) */
    for (size_t k = i + 1; has_connector && k + 1 < j; k++) {
        if (!ng_tok_is(doc, k, "&"))
            continue;
        size_t a = k, b = k + 1;
        while (a > i && !ng_tok_is(doc, a - 1, "and"))
            a--;
        while (b < j && !ng_tok_is(doc, b, "and"))
            b++;
        /* (where the tagger reads a body, or a brand's "'s" with no noun
         * after it follows: "Ben & Jerry's has clashed"; authors, streets
         * and couples are joined so too: "Dye & Bavelier (2010)") */
        bool brand = b + 1 < sent_end && (doc->toks[b].flags & NG_TOK_POSS) &&
                     strcmp(ng_dep_upos(doc, b + 1), "NOUN") != 0;
        bool body = doc->ner_labels != NULL;
        for (size_t q = a; q < b && body; q++)
            body = ng_ner_type(doc->ner_labels[q]) == 2;
        if (!body && !brand)
            break;
        if (a > i)
            S_run(doc, i, a - 1, S_has_connector(doc, i, a - 1), sent_end);
        S_add(doc, a, b, NG_ACTOR_ORG);
        if (b < j)
            S_run(doc, b + 1, j, S_has_connector(doc, b + 1, j), sent_end);
        return;
    }
    /* "the group Taxpayers for Common Sense", "the nonprofit Friends of the
     * Earth": after a noun for a body, the whole run is its name */
    if (has_connector && i > 0 && !(doc->toks[i - 1].flags & NG_TOK_CAP) &&
        (ng_lex_is_company_noun(doc->lex, doc->toks[i - 1].lower) ||
         ng_lex_is_body_noun(doc->lex, doc->toks[i - 1].lower))) {
        S_add(doc, i, j, NG_ACTOR_ORG);
        return;
    }
    /* "the National Museum of African Art", "Friends of the Earth": a run
     * with no word of bodies' names that the tagger reads whole as one
     * body's name is that name */
    if (has_connector && doc->ner_labels && !S_has_org_word(doc, i, j) && S_tagger_reading(doc, i, j) == 2 &&
        S_and_within_of(doc, i, j)) {
        S_add(doc, i, j, NG_ACTOR_ORG);
        return;
    }
    if (has_connector && !S_has_org_word(doc, i, j)) {
        /* "Russia and North Korea": two names, not one */
        size_t s = i;
        for (size_t k = i; k <= j; k++) {
            /* (not "Prince Abdulaziz bin Salman": a name's particle the
             * tagger reads a person across) */
            /* (nor "Emir Sheikh Tamim bin Hamad Al Thani": one after a
             * title, whatever the tagger reads) */
            bool particle = k < j && k > i && ng_lex_is_name_particle(doc->lex, doc->toks[k].lower) && k + 1 < j &&
                            ((doc->ner_labels && ng_ner_type(doc->ner_labels[k - 1]) == 1 &&
                              ng_ner_type(doc->ner_labels[k + 1]) == 1) ||
                             S_title_word(doc, i));
            if (k == j || (S_connector(doc, doc->toks[k].lower) && !(doc->toks[k].flags & NG_TOK_CAP) && !particle)) {
                if (k > s)
                    S_run(doc, s, k, false, sent_end);
                s = k + 1;
            }
        }
        return;
    }
    /* A known name followed by more capitalized words: "U.S. President Joe
     * Biden", "White House Press Secretary X", "VOA Pentagon". An organization
     * word after a place keeps the run whole ("Russian Foreign Ministry"). */
    {
        for (size_t k = j - 1; k > i; k--) {
            const ng_lex_entry *head = ng_lex_name(doc->lex, ng_doc_fold_range(doc, i, k));
            /* a place name starts a longer name only before a title or
             * another known name: "U.S. President X", not "Sofia Marin" */
            /* (nor "Colorado Springs", "Santiago Bernabeu", "U.S. Steel": one
             * place or body the tagger reads whole, with no title or known
             * name after the lexicon's) */
            /* (a body only of the place and one word no list knows: not "U.S.
             * Federal Reserve", "Kenya Law") */
            int read = doc->ner_labels ? ng_ner_type(doc->ner_labels[i]) : 0;
            bool one_word_body = read == 2 && j == k + 1 && !ng_lex_is_org_word(doc->lex, doc->toks[k].lower) &&
                                 !(j < sent_end && !(doc->toks[j].flags & NG_TOK_CAP) &&
                                   !strcmp(ng_dep_upos(doc, j), "NOUN")); /* (not "US Chinook helicopter") */
            bool whole_place = doc->ner_labels && ng_ner_is_begin(doc->ner_labels[i]) &&
                               (read == 3 || one_word_body) &&
                               ng_ner_span_end(doc, doc->ner_labels, i) == j && !S_title_word(doc, k) &&
                               !ng_lex_name(doc->lex, ng_doc_fold_range(doc, k, j));
            /* (but "New York City", "Washington D.C.", "Washington St": the
             * place itself, or a street of it) */
            for (size_t q = k; q < j && whole_place; q++)
                whole_place = !(doc->toks[q].flags & (NG_TOK_ABBREV | NG_TOK_ALLCAPS)) &&
                              !ng_tok_is(doc, q, "city") && !ng_tok_is(doc, q, "st") &&
                              !ng_lex_is_place_head(doc->lex, doc->toks[q].lower);
            bool team = j == k + 1 && S_number_team(doc, k);
            bool place_ok = head && head->kind == NG_ACTOR_PLACE && !S_has_org_word(doc, k, j) && !whole_place &&
                            !team && (S_title_word(doc, k) || ng_lex_name(doc->lex, ng_doc_fold_range(doc, k, j)) ||
                                      !ng_ner_reads_person(doc, i, j));
            /* "Senate Finance Committee": a body of a known one keeps its
             * whole name; the rest is a few capitalized words ending in an
             * organization word, no title, no known name of its own */
            if (head && head->kind == NG_ACTOR_ORG && j - k <= 3 &&
                ng_lex_is_org_word(doc->lex, doc->toks[j - 1].lower)) {
                bool plain = true;
                for (size_t q = k; q < j && plain; q++)
                    plain = (doc->toks[q].flags & NG_TOK_CAP) && !ng_lex_is_title_head(doc->lex, doc->toks[q].lower) &&
                            !ng_lex_is_title_abbreviation(doc->lex, doc->toks[q].lower) &&
                            !ng_lex_name(doc->lex, ng_doc_fold_range(doc, q, j)) && !ng_lex_demonym(doc->lex, doc->toks[q].lower);
                if (plain && !ng_lex_name(doc->lex, ng_doc_fold_range(doc, k, j - 1)))
                    break;
            }
            /* "Benin City", "Belize City": a country's name and "City" is a
             * city, not the country ("New York City" is New York's) */
            if (head && head->place_kind == NG_PLACE_COUNTRY && j == k + 1 && ng_tok_is(doc, k, "city") &&
                (doc->toks[k].flags & NG_TOK_CAP)) {
                ng_mention *m = S_add(doc, i, j, NG_ACTOR_PLACE);
                m->place_kind = NG_PLACE_CITY;
                return;
            }
            if (head && (head->kind == NG_ACTOR_ORG || place_ok)) {
                ng_mention *m = S_add(doc, i, k, head->kind);
                m->lex = head;
                m->place_kind = head->place_kind;
                /* "the United Nations and European Union": two names */
                size_t rest = k;
                while (rest < j && (ng_tok_is(doc, rest, "and") || ng_tok_is(doc, rest, "&")))
                    rest++;
                if (rest < j)
                    S_run(doc, rest, j, false, sent_end);
                return;
            }
        }
    }
    S_classify(doc, i, j, sent_end);
}

/* A demonym, or a country or body the lexicon names, at token i ("Chinese",
 * "U.S.", "State Department"): its length, and its entry in *e. */
static size_t S_owner_at(ng_document *doc, size_t i, size_t sent_end, const ng_lex_entry **e)
{
    size_t n = ng_demonym_at(doc, i, sent_end, e);
    for (size_t w = 3; w >= 1 && !n; w--) {
        if (i + w > sent_end)
            continue;
        const ng_lex_entry *x = ng_lex_name(doc->lex, ng_doc_fold_range(doc, i, i + w));
        if (x && (x->place_kind == NG_PLACE_COUNTRY || x->kind == NG_ACTOR_ORG) &&
            (doc->toks[i].flags & (NG_TOK_CAP | NG_TOK_ALLCAPS))) {
            *e = x;
            n = w;
        }
    }
    return n;
}

/* "U.S. officials", "Chinese officials", "South Korean officials". */
static size_t S_group_at(ng_document *doc, size_t i, size_t sent_end)
{
    const ng_lex_entry *e = NULL;
    size_t n = S_owner_at(doc, i, sent_end, &e);
    if (!n || i + n >= sent_end)
        return 0;
    size_t k = i + n;
    /* one optional modifier: "U.S. military officials", "Chinese government officials" */
    if (k + 1 < sent_end && !(doc->toks[k].flags & NG_TOK_CAP) && ng_lex_is_group_noun(doc->lex, doc->toks[k + 1].lower) &&
        strcmp(doc->toks[k + 1].lower, "military") != 0 && S_is_word(&doc->toks[k]) &&
        (ng_lex_is_title_mod(doc->lex, doc->toks[k].lower) || ng_lex_is_group_noun(doc->lex, doc->toks[k].lower)))
        k++;
    const char *noun = doc->toks[k].lower;
    if (doc->toks[k].flags & NG_TOK_CAP)
        return 0;
    if (e->place_kind == NG_PLACE_COUNTRY && k == i + n &&
        (strcmp(noun, "military") == 0 || strcmp(noun, "army") == 0 || strcmp(noun, "navy") == 0 ||
         (strcmp(noun, "armed") == 0 && k + 1 < sent_end && ng_tok_is(doc, k + 1, "forces")))) {
        /* "the US military", "the Russian army": the country's armed forces;
         * not "a Russian military unit" */
        size_t end = strcmp(noun, "armed") == 0 ? k + 2 : k + 1;
        if (end < sent_end) {
            const ng_token *nx = &doc->toks[end];
            if (!(nx->flags & NG_TOK_PUNCT) && !ng_lex_listed(doc->lex, "after-armed-forces", nx->lower))
                return 0;
        }
        ng_mention *m = S_add(doc, i, end, NG_ACTOR_ORG);
        const ng_lex_entry *d;
        size_t dn = ng_demonym_at(doc, i, end, &d);
        S_set_demonym(m, e, i, i + (dn ? dn : n)); /* "Ethiopian army", "the US military" */
        return end - i;
    }
    if (strcmp(noun, "government") == 0 || strcmp(noun, "authorities") == 0 ||
        strcmp(noun, "administration") == 0 || strcmp(noun, "regime") == 0) {
        /* "the South Korean government" acts as the country itself */
        if (e->place_kind == NG_PLACE_COUNTRY) {
            ng_mention *m = S_add(doc, i, k + 1, NG_ACTOR_PLACE);
            m->lex = e;
            m->place_kind = NG_PLACE_COUNTRY;
            m->metonym = true;
            return k + 1 - i;
        }
        return 0;
    }
    if (!ng_lex_is_group_noun(doc->lex, noun) || strcmp(noun, "military") == 0 ||
        strcmp(noun, "intelligence") == 0 || strcmp(noun, "media") == 0)
        return 0;
    /* a following capitalized name means a title, not a group: "U.S. officials" vs
     * "Chinese officials Wang and Li" is rare; accept */
    ng_mention *m = S_add(doc, i, k + 1, NG_ACTOR_GROUP);
    if (e->place_kind == NG_PLACE_COUNTRY || e->kind == NG_ACTOR_ORG) {
        /* "Russian officials": the demonym; "State Department experts":
         * the name before the noun */
        const ng_lex_entry *d;
        size_t dn = ng_demonym_at(doc, i, k + 1, &d);
        S_set_demonym(m, e, i, i + (dn ? dn : k - i));
    }
    return k + 1 - i;
}

/* "the Russian and Syrian defense ministries", "China's commerce ministry":
 * a ministry written in lower case after a demonym or a country's
 * possessive is the same organization as "Russian Defense Ministry".
 * Coordinated demonyms name one ministry each; the first demonym alone is
 * the evidence of the first. Returns the tokens used. */
static size_t S_ministry_tail(ng_document *doc, size_t k, size_t end)
{
    /* "Vietnam's coast guard", "the Kenyan central bank" */
    char two[96];
    if (k + 1 < end && !(doc->toks[k].flags & NG_TOK_CAP) &&
        snprintf(two, sizeof two, "%s %s", doc->toks[k].lower, doc->toks[k + 1].lower) < (int)sizeof two &&
        ng_lex_listed(doc->lex, "national-bodies", two))
        return 2;
    size_t mods = 0;
    while (k + mods < end && mods < 2 && !(doc->toks[k + mods].flags & NG_TOK_CAP) &&
           ng_lex_is_title_mod(doc->lex, doc->toks[k + mods].lower) && !ng_tok_is(doc, k + mods, "ministry"))
        mods++;
    if (k + mods < end && (ng_tok_is(doc, k + mods, "ministry") || ng_tok_is(doc, k + mods, "ministries")))
        return mods + 1;
    return 0;
}

static const char *S_ministry_name(ng_document *doc, const char *owner, size_t k, size_t n)
{
    ng_buf b = {0};
    ng_buf_adds(&b, owner);
    for (size_t q = k; q < k + n; q++) {
        ng_buf_addc(&b, ' ');
        size_t at = b.len;
        /* "the Russian and Syrian defense ministries": one ministry each */
        ng_buf_adds(&b, ng_tok_is(doc, q, "ministries") ? "ministry" : doc->toks[q].lower);
        if (b.data[at] >= 'a' && b.data[at] <= 'z')
            b.data[at] = (char)(b.data[at] - 'a' + 'A');
    }
    const char *name = ng_arena_strdup(&doc->arena, b.data);
    ng_buf_free(&b);
    return name;
}

static size_t S_ministry_at(ng_document *doc, size_t i, size_t end)
{
    /* "China's commerce ministry": the country stays its own mention and
     * S_possessive_orgs prefixes the ministry's name with it */
    for (size_t w = 3; w >= 1; w--) {
        if (i + w + 1 >= end || !(doc->toks[i + w].flags & NG_TOK_POSS) || !(doc->toks[i].flags & NG_TOK_CAP))
            continue;
        const ng_lex_entry *c = ng_lex_name(doc->lex, ng_doc_fold_range(doc, i, i + w));
        size_t n = c && c->place_kind == NG_PLACE_COUNTRY ? S_ministry_tail(doc, i + w + 1, end) : 0;
        if (n < 2)
            continue;
        S_run(doc, i, i + w, false, end);
        ng_mention *m = S_add(doc, i + w + 1, i + w + 1 + n, NG_ACTOR_ORG);
        m->name = S_ministry_name(doc, "", i + w + 1, n) + 1;
        return w + 1 + n;
    }
    const ng_lex_entry *e1, *e2 = NULL;
    size_t d1 = ng_demonym_at(doc, i, end, &e1), d2 = 0;
    if (!d1 || !(doc->toks[i].flags & NG_TOK_CAP) || e1->place_kind != NG_PLACE_COUNTRY)
        return 0;
    size_t k = i + d1;
    if (k + 1 < end && ng_tok_is(doc, k, "and") && (d2 = ng_demonym_at(doc, k + 1, end, &e2)) > 0 &&
        (doc->toks[k + 1].flags & NG_TOK_CAP) && e2->place_kind == NG_PLACE_COUNTRY)
        k += 1 + d2;
    size_t n = S_ministry_tail(doc, k, end);
    if (n < 2)
        return 0;
    if (d2) {
        ng_mention *a = S_add(doc, i, i + d1, NG_ACTOR_ORG);
        a->name = S_ministry_name(doc, S_name_range(doc, i, i + d1), k, n);
        S_set_demonym(a, e1, i, i + d1);
        ng_mention *b = S_add(doc, k - d2, k + n, NG_ACTOR_ORG);
        b->name = S_ministry_name(doc, S_name_range(doc, k - d2, k), k, n);
        S_set_demonym(b, e2, k - d2, k);
    } else {
        ng_mention *a = S_add(doc, i, k + n, NG_ACTOR_ORG);
        a->name = S_ministry_name(doc, S_name_range(doc, i, k), k, n);
        S_set_demonym(a, e1, i, k);
    }
    return k + n - i;
}

/* "New York", "New Zealand": a place the lexicon names that opens with a
 * word that otherwise never starts a name ("New rules ..."). Returns its
 * length in words, or 0. */
static size_t S_lexicon_name_at(ng_document *doc, size_t i, size_t end)
{
    for (size_t n = 3; n >= 2; n--) {
        if (i + n > end)
            continue;
        bool caps = true;
        for (size_t k = i; k < i + n; k++)
            caps = caps && S_nameish(doc, k);
        if (caps && ng_lex_name(doc->lex, ng_doc_fold_range(doc, i, i + n)))
            return n;
    }
    return 0;
}

/* A word that cannot start or continue a name here: a stop word that
 * does not open a name the lexicon knows. */
/* "Papua New Guinea", "Marape of Papua New Guinea": a name the lexicon
 * knows from a capitalized word of the run [i, j) over the capitalized
 * common word at j and up to two words after it. */
static bool S_lexicon_name_through(ng_document *doc, size_t i, size_t j, size_t end)
{
    for (size_t from = j; from-- > i && j - from <= 3;) {
        if (!(doc->toks[from].flags & NG_TOK_CAP))
            break;
        for (size_t n = j + 2; n <= end && n <= j + 3; n++) {
            if (!S_nameish(doc, n - 1))
                break;
            if (ng_lex_name(doc->lex, ng_doc_fold_range(doc, from, n)))
                return true;
        }
    }
    return false;
}

static bool S_stop_here(ng_document *doc, size_t i, size_t end)
{
    return S_stop(doc, i) && !S_lexicon_name_at(doc, i, end);
}

/* "U.S. and Chinese officials": two groups, each of its country; the
 * first is named by its own word and the shared noun ("U.S. officials"),
 * as coordinated ministries are. Returns the tokens used. */
static size_t S_coordinated_groups(ng_document *doc, size_t i, size_t end)
{
    const ng_lex_entry *e = NULL;
    size_t n = S_owner_at(doc, i, end, &e);
    if (!n || i + n + 1 >= end || !ng_tok_is(doc, i + n, "and"))
        return 0;
    size_t before = doc->nmention;
    size_t g = S_group_at(doc, i + n + 1, end);
    if (!g || doc->nmention == before || doc->mentions[before].type != NG_ACTOR_GROUP)
        return g ? n + 1 + g : 0;
    const ng_token *noun = &doc->toks[doc->mentions[before].tok_end - 1];
    ng_mention *m = S_add(doc, i, i + n, NG_ACTOR_GROUP);
    m->name = ng_arena_printf(&doc->arena, "%s %.*s", S_name_range(doc, i, i + n), (int)(noun->end - noun->start),
                              doc->art->text + noun->start);
    S_set_demonym(m, e, i, i + n);
    return n + 1 + g;
}

/* "Movimento 5 Stelle", "Channel 4 News": a number between two words of
 * a name is part of it when the tagger reads the name on across it, or
 * when the name goes on to an organization word ("Front 21 Alliance"). */
static bool S_number_inside_name(const ng_document *doc, size_t j, size_t end)
{
    if (!doc->ner_labels || j + 1 >= end || !(doc->toks[j].flags & NG_TOK_NUM) || !S_nameish(doc, j + 1) ||
        S_stop(doc, j + 1) || j == 0 || !(doc->toks[j - 1].flags & NG_TOK_CAP))
        return false;
    if (ng_lex_is_org_word(doc->lex, doc->toks[j + 1].lower))
        return true;
    int here = doc->ner_labels[j], next = doc->ner_labels[j + 1];
    return here != NER_O && !ng_ner_is_begin(here) && next != NER_O && !ng_ner_is_begin(next);
}

/* "the San Francisco 49ers", "the Philadelphia 76ers": a number with a
 * plural ending after a capitalized word ends a team's name (not "the
 * 1990s", "Boeing 737s"). */
static bool S_number_team(const ng_document *doc, size_t j)
{
    const char *w = doc->toks[j].lower;
    size_t n = strlen(w);
    return j > 0 && (doc->toks[j].flags & NG_TOK_NUM) && (doc->toks[j - 1].flags & NG_TOK_CAP) && n >= 4 &&
           w[0] >= '0' && w[0] <= '9' && w[n - 1] == 's' && w[n - 2] >= 'a' && w[n - 2] <= 'z';
}

/* "the Cleveland Police Patrolmen's Association", "Children's Hospital":
 * a possessive inside a body's name, which the tagger reads on across
 * and which ends in an organization word. */
static bool S_possessive_inside_name(const ng_document *doc, size_t j, size_t end)
{
    if (!doc->ner_labels || j + 1 >= end || !(doc->toks[j].flags & NG_TOK_POSS) || !S_nameish(doc, j + 1) ||
        S_stop(doc, j + 1))
        return false;
    int next = doc->ner_labels[j + 1];
    if (ng_ner_type(next) != 2 || ng_ner_is_begin(next) || ng_ner_type(doc->ner_labels[j - 1]) != 2)
        return false;
    /* (a country's or city's body is named after it: "Germany's Max Planck
     * Institute") */
    for (size_t n = 1; n <= 3 && n <= j; n++) {
        const ng_lex_entry *e = ng_lex_name_of(doc, j - n, j);
        if (e && e->kind == NG_ACTOR_PLACE)
            return false;
    }
    /* the organization word within the tagger's name ("Moody's Investors
     * Service") */
    for (size_t k = j + 1; k < end && k < j + 4 && ng_ner_type(doc->ner_labels[k]) == 2 &&
                           !ng_ner_is_begin(doc->ner_labels[k]); k++)
        if (ng_lex_is_org_word(doc->lex, doc->toks[k].lower))
            return true;
    return false;
}

/* "St. Peter's Basilica", "Saint Mark's Square": a saint's name, its
 * possessive and a capitalized head name a place, not a person titled
 * "St."; the tokens, or 0. */
static size_t S_saint_place(const ng_document *doc, size_t i, size_t end)
{
    if (i + 3 >= end || !(ng_tok_is(doc, i, "st.") || ng_tok_is(doc, i, "saint")) ||
        !(doc->toks[i + 1].flags & NG_TOK_CAP) || !(doc->toks[i + 2].flags & NG_TOK_POSS) ||
        !(doc->toks[i + 3].flags & NG_TOK_CAP) || !(doc->toks[i + 3].flags & NG_TOK_WORD))
        return 0;
    size_t j = i + 4;
    while (j < end && (doc->toks[j].flags & NG_TOK_CAP) && (doc->toks[j].flags & NG_TOK_WORD))
        j++;
    return j - i;
}

/* "Alzheimer's drug", "Parkinson's patients": a disease named after who
 * described it names no one. The end of a body named after the disease
 * ("the Alzheimer's Drug Discovery Foundation"), or i + 2. */
static size_t S_disease_eponym_at(ng_document *doc, size_t i, size_t end)
{
    if (i + 2 >= end || !(doc->toks[i + 1].flags & NG_TOK_POSS) ||
        !ng_lex_listed(doc->lex, "disease-eponyms", doc->toks[i].lower))
        return 0;
    size_t j = i + 2;
    while (j < end && S_nameish(doc, j) && !S_stop(doc, j))
        j++;
    if (j > i + 2 && S_has_org_word(doc, i + 2, j))
        S_add(doc, i, j, NG_ACTOR_ORG);
    return j > i + 2 ? j : i + 2;
}

static bool S_has_and(const ng_document *doc, size_t i, size_t j)
{
    for (size_t k = i; k < j; k++)
        if (ng_tok_is(doc, k, "and") || ng_tok_is(doc, k, "&"))
            return true;
    return false;
}

/* "Capital One Financial", "Formula One": a word that opens no name
 * ("One") inside a name the tagger reads on from token i across token j,
 * or one the article named so before ("Capital One" in a quote's
 * attribution after "Capital One Financial"). */
static bool S_tagger_goes_on(const ng_document *doc, size_t i, size_t j)
{
    if (j <= i || !(doc->toks[j].flags & NG_TOK_CAP))
        return false;
    for (size_t m = 0; m < doc->nmention; m++) {
        const ng_mention *o = &doc->mentions[m];
        bool same = o->type > 0 && o->tok_end - o->tok_start > j - i && o->tok_start != i;
        for (size_t q = 0; same && q <= j - i; q++)
            same = !strcmp(doc->toks[o->tok_start + q].lower, doc->toks[i + q].lower);
        if (same)
            return true;
    }
    if (!doc->ner_labels || !doc->ner_labels[j] || ng_ner_is_begin(doc->ner_labels[j]))
        return false;
    for (size_t k = j; k-- > i;)
        if (ng_ner_is_begin(doc->ner_labels[k]))
            return ng_ner_type(doc->ner_labels[k]) == ng_ner_type(doc->ner_labels[j]);
    return false;
}

/* "Doctors Without Borders", "Mothers Against Drunk Driving": a
 * preposition written with a capital after a plural noun, inside a run of
 * capitalized words and before a word the tagger reads as a body's, is a
 * word of that body's name (the tagger may read only "Borders"; not a
 * headline's "What We Know So Far About EgyptAir Flight MS804"). */
static bool S_capital_preposition_inside_name(const ng_document *doc, size_t j, size_t end)
{
    const char *before = j > 0 ? doc->toks[j - 1].lower : "";
    size_t n = strlen(before);
    bool plural = n > 3 && before[n - 1] == 's' && before[n - 2] != 's' &&
                  (!strcmp(ng_dep_upos(doc, j - 1), "NOUN") || !strcmp(ng_dep_upos(doc, j - 1), "PROPN"));
    return doc->ner_labels && plural && j + 1 < end && (doc->toks[j].flags & NG_TOK_CAP) &&
           !(doc->toks[j].flags & NG_TOK_ALLCAPS) &&
           (!strcmp(ng_dep_upos(doc, j), "ADP") || !strcmp(ng_dep_upos(doc, j), "SCONJ")) &&
           S_nameish(doc, j + 1) && ng_ner_type(doc->ner_labels[j + 1]) == 2;
}

static void S_scan_sentence(ng_document *doc, const ng_sentence *s)
{
    size_t end = s->tok_end;
    for (size_t i = s->tok_start; i < end; i++) {
        size_t g = S_ministry_at(doc, i, end);
        if (g) {
            i += g - 1;
            continue;
        }
        g = S_coordinated_groups(doc, i, end);
        if (!g)
            g = S_group_at(doc, i, end);
        if (g) {
            i += g - 1;
            continue;
        }
        /* "The South Korean government": the article is not part of it */
        if (ng_tok_is(doc, i, "the") && i + 1 < end &&
            ((g = S_ministry_at(doc, i + 1, end)) > 0 || (g = S_group_at(doc, i + 1, end)) > 0)) {
            i += g;
            continue;
        }
        if (!S_nameish(doc, i))
            continue;
        if ((g = S_disease_eponym_at(doc, i, end)) > 0) {
            i = g - 1;
            continue;
        }
        if ((g = S_saint_place(doc, i, end)) > 0) {
            S_add(doc, i, i + g, NG_ACTOR_PLACE);
            i += g - 1;
            continue;
        }
        if (S_stop_here(doc, i, end) && !(i + 1 < end && S_nameish(doc, i + 1) && strcmp(doc->toks[i].lower, "the") == 0))
            continue;
        size_t j = i + 1;
        bool has_connector = false, team = false;
        while (j < end) {
            const ng_token *t = &doc->toks[j];
            if (S_nameish(doc, j) &&
                (!S_stop_here(doc, j, end) || S_lexicon_name_through(doc, i, j, end) || S_tagger_goes_on(doc, i, j))) {
                j++;
                continue;
            }
            if (j + 1 < end && S_connector(doc, t->lower) && !(t->flags & NG_TOK_CAP) && S_nameish(doc, j + 1) &&
                !S_stop(doc, j + 1)) {
                has_connector = true;
                j += 2;
                continue;
            }
            if (S_number_inside_name(doc, j, end) || S_possessive_inside_name(doc, j, end) ||
                S_capital_preposition_inside_name(doc, j, end)) {
                j += 2;
                continue;
            }
            /* "the National Endowment for the Arts", "the Department of the
             * Interior": "for the" or "of the" inside a body's name (not
             * after two names: "Fordham University and Margo Anderson of
             * the University of Wisconsin") */
            if (j + 2 < end && (ng_tok_is(doc, j, "for") || ng_tok_is(doc, j, "of")) && ng_tok_is(doc, j + 1, "the") &&
                !(doc->toks[j + 1].flags & NG_TOK_CAP) && S_nameish(doc, j + 2) && !S_stop(doc, j + 2) &&
                S_has_org_word(doc, i, j) && !S_has_and(doc, i, j)) {
                has_connector = true;
                j += 3;
                continue;
            }
            if (S_number_team(doc, j)) {
                team = true;
                j++;
                break;
            }
            /* "[Russian President Vladimir] Putin" */
            if ((t->flags & NG_TOK_PUNCT) && doc->art->text[t->start] == ']' && j + 1 < end &&
                S_nameish(doc, j + 1) && !S_stop(doc, j + 1)) {
                j += 2;
                continue;
            }
            /* "People's Republic", "People's Liberation Army" */
            if ((t->flags & NG_TOK_POSS) && strcmp(doc->toks[j - 1].lower, "people") == 0 && j + 1 < end &&
                S_nameish(doc, j + 1)) {
                j += 2;
                continue;
            }
            break;
        }
        if (team)
            S_add(doc, i, j, NG_ACTOR_ORG); /* "the San Francisco 49ers" */
        else
            S_run(doc, i, j, has_connector, end);
        i = j - 1;
    }
}

/* ---- titles and affiliations ------------------------------------------ */

static int S_mention_ending_at(const ng_document *doc, size_t tok)
{
    int m = ng_mention_at(doc, tok);
    return m >= 0 && doc->mentions[m].tok_end == tok + 1 ? m : -1;
}

static int S_mention_starting_at(const ng_document *doc, size_t tok)
{
    int m = ng_mention_at(doc, tok);
    return m >= 0 && doc->mentions[m].tok_start == tok ? m : -1;
}

static bool S_is_body(const ng_document *doc, int m)
{
    if (m < 0)
        return false;
    int t = doc->mentions[m].type;
    return t == NG_ACTOR_ORG || (t == NG_ACTOR_PLACE && doc->mentions[m].place_kind == NG_PLACE_COUNTRY) ||
           (t == NG_ACTOR_PLACE && doc->mentions[m].metonym);
}

static void S_add_affil(ng_mention *m, int other)
{
    if (other < 0)
        return;
    if (m->affil_mention[0] < 0)
        m->affil_mention[0] = other;
    else if (m->affil_mention[1] < 0 && m->affil_mention[0] != other)
        m->affil_mention[1] = other;
}

/* "an astrophysicist at the University of Nottingham", "a cardiologist
 * with the Mayo Clinic": after an article, a noun whose first sense is a
 * person (WordNet) is the holder's occupation where an institution the
 * article names follows. The word lists of titles cannot hold every
 * occupation. */
static bool S_occupation_at_body(const ng_document *doc, size_t from, size_t k, size_t hi)
{
    if (from == 0 || k <= from || k + 1 >= hi || ng_lex_person_noun(doc->lex, doc->toks[k - 1].lower) != 1)
        return false;
    if (!ng_tok_is(doc, from - 1, "a") && !ng_tok_is(doc, from - 1, "an"))
        return false;
    /* not "of": "a critic of the government", "a victim of the Taliban" */
    if (!ng_tok_is(doc, k, "at") && !ng_tok_is(doc, k, "with"))
        return false;
    size_t q = ng_tok_is(doc, k + 1, "the") ? k + 2 : k + 1;
    int body = S_mention_starting_at(doc, q);
    return body >= 0 && S_is_body(doc, body);
}

static const char *S_title_text(ng_document *doc, size_t from, size_t to, bool former)
{
    /* "Labour leader Sir Keir Starmer": how the person is addressed ends
     * no title */
    while (to > from && ng_lex_is_courtesy_title(doc->lex, doc->toks[to - 1].lower))
        to--;
    if (from >= to)
        return NULL;
    /* "nominated by President ...", "named last week as a leader", "saying
     * the president": a verb's phrase, not a title ("leading Republican
     * candidate", "visiting fellow" are) */
    static const char *const after_verb[] = {"by", "as", "the", "a", "an", "last", "to", "in", "on", "at", "for",
                                             "with", "this", NULL};
    const char *w0 = doc->toks[from].lower;
    size_t n0 = strlen(w0);
    bool verb = (n0 > 4 && !strcmp(w0 + n0 - 2, "ed")) || (n0 > 5 && !strcmp(w0 + n0 - 3, "ing"));
    if (verb && from + 1 < to && !(doc->toks[from].flags & NG_TOK_CAP) &&
        ng_word_in(doc->toks[from + 1].lower, after_verb))
        return NULL;
    char one[32];
    if (S_plural_title(doc, to - 1, one)) {
        /* each holder's title is the singular: "Justices" -> "Justice" */
        const ng_token *last = &doc->toks[to - 1];
        size_t cut = doc->art->text[last->end - 1] == '.' ? 2 : 1;
        const char *t = ng_doc_span(doc, doc->toks[from].start, last->end - cut);
        return ng_arena_printf(&doc->arena, "%s%s", t, cut == 2 ? "." : "");
    }
    bool head = false;
    for (size_t k = from; k < to; k++)
        if ((ng_lex_is_title_head(doc->lex, doc->toks[k].lower) ||
             ng_lex_is_title_abbreviation(doc->lex, doc->toks[k].lower) ||
             S_hyphenated_title(doc, doc->toks[k].lower)) &&
            !ng_lex_is_courtesy_title(doc->lex, doc->toks[k].lower))
            head = true;
    if (!head)
        return NULL;
    const char *t = ng_doc_span(doc, doc->toks[from].start, doc->toks[to - 1].end);
    if (former && strcmp(doc->toks[from].lower, "former") != 0)
        t = ng_arena_printf(&doc->arena, "former %s", t);
    return t;
}

/* Title heads for a person's own staff: "Trump's lawyer", "an aide to X". */
static bool S_personal_head(const ng_document *doc, size_t k)
{
    return ng_lex_listed(doc->lex, "aide-heads", doc->toks[k].lower);
}

/* "a former senior intelligence official with the CIA": title then body. */
/* Heads whose country premodifier is their subject, not their employer:
 * "the National Security Council Ukraine expert", "a China scholar". */
static bool S_topic_head(const ng_document *doc, size_t k)
{
    return ng_lex_listed(doc->lex, "expert-heads", doc->toks[k].lower);
}

/* Words before the name: "[Russian] [deputy foreign minister] Andrei Rudenko",
 * "[China's] [foreign minister], Wang Yi", "[State Department] [spokesperson] X". */
/* "chief financial officer", "senior policy analyst": a lower-case word the
 * parse hangs from a word of the title [from, to) as an adjective or a
 * compound belongs to it, though no list has it. */
static bool S_title_modifier(const ng_document *doc, size_t k, size_t from, size_t to)
{
    /* capitalized, only the portfolio of a minister or secretary: "Civil
     * Protection Minister", "Shadow Home Secretary" */
    bool capital = (doc->toks[k].flags & NG_TOK_CAP) && from < to && S_portfolio_head(doc, to - 1);
    if (from >= to || !ng_dep_parsed(doc) || (doc->toks[k].flags & NG_TOK_POSS) ||
        ((doc->toks[k].flags & NG_TOK_CAP) && !capital) || ng_lex_demonym(doc->lex, doc->toks[k].lower))
        return false;
    const char *rel = ng_dep_rel(doc, k);
    int h = ng_dep_head(doc, k);
    /* a body's noun is not: "union spokesperson" is a union's spokesperson */
    if (!strcmp(rel, "compound") &&
        (ng_lex_is_org_word(doc->lex, doc->toks[k].lower) || ng_lex_is_company_noun(doc->lex, doc->toks[k].lower)))
        return false;
    /* (a capitalized portfolio goes on whatever the parse: it reads
     * "Federal Emergency Preparedness Minister" as a name's descriptor or
     * breaks it at "Preparedness") */
    bool modifies = !strcmp(rel, "amod") || !strcmp(rel, "compound");
    return capital || (modifies && h >= (int)from && h < (int)to);
}

/* "Minister of Information and Culture, Lai Mohammed", "Its director of
 * research, Richard Francis": does a title's head, then "of", then title
 * words (and "and") end at token k, within [lo, ..)? */
static bool S_of_portfolio_before(const ng_document *doc, size_t lo, size_t k)
{
    /* (a body's name after "of" is where the title is held: "the
     * Inspector-General of Police, Musa Danladi") */
    if (!S_title_word(doc, k) || ng_mention_at(doc, k) >= 0)
        return false;
    for (size_t q = k; q > lo + 1 && q + 6 > k; q--) {
        if (ng_tok_is(doc, q - 1, "of"))
            return ng_lex_is_title_head(doc->lex, doc->toks[q - 2].lower) && ng_mention_at(doc, q - 2) < 0;
        if (!S_title_word(doc, q - 1) && !ng_tok_is(doc, q - 1, "and"))
            return false;
    }
    return false;
}

/* "Vietnamese President Vo Van Thuong and Prime Minister Pham Minh Chinh",
 * "Microsoft President Brad Smith and Chief Executive Satya Nadella": a
 * title after "and" that names no country or body of its own is held where
 * the title before it is, when that one's country or body stands before
 * its holder's name. Not a state's or a city's office ("Vermont Gov. Peter
 * Shumlin and Sen. Patrick Leahy" may hold seats of two states), nor a
 * title that names its own body ("Senate leader Phil Berger and House
 * Speaker Tim Moore", "Director of National Intelligence"). So too a
 * name with no title after "and" and one whose body stands before it:
 * "Alpine's Esteban Ocon and Pierre Gasly". */
static void S_shared_affiliation(ng_document *doc, ng_mention *m, size_t title_start)
{
    size_t lo = doc->sents[doc->toks[m->tok_start].sent].tok_start;
    if (title_start < lo + 2 || !ng_tok_is(doc, title_start - 1, "and") || m->affil_lex ||
        m->affil_mention[0] >= 0 || m->affil_described >= 0)
        return;
    if (m->tok_start > title_start + 1 && ng_lex_is_org_word(doc->lex, doc->toks[title_start].lower))
        return;
    for (size_t k = title_start; k < m->tok_start; k++)
        if (ng_tok_is(doc, k, "of"))
            return;
    int first = S_mention_ending_at(doc, title_start - 2);
    /* (both titled, or neither: "Alpine's Esteban Ocon and Pierre Gasly") */
    if (first < 0 || doc->mentions[first].type != NG_ACTOR_PERSON || !doc->mentions[first].title != !m->title)
        return;
    const ng_mention *f = &doc->mentions[first];
    /* (untitled, only a body's possessive: not "Republican Donald Trump and
     * Democrat Hillary Clinton") */
    if (m->title && f->affil_lex && f->affil_tok_end <= f->tok_start && f->affil_tok_start < f->affil_tok_end) {
        m->affil_lex = f->affil_lex;
        m->affil_tok_start = f->affil_tok_start;
        m->affil_tok_end = f->affil_tok_end;
    }
    for (int q = 0; q < 2; q++) {
        const ng_mention *a = f->affil_mention[q] >= 0 ? &doc->mentions[f->affil_mention[q]] : NULL;
        if (a && a->tok_end <= f->tok_start &&
            !(a->type == NG_ACTOR_PLACE && (a->place_kind == NG_PLACE_CITY || a->place_kind == NG_PLACE_REGION)))
            S_add_affil(m, f->affil_mention[q]);
    }
}

static void S_premodifiers(ng_document *doc, int mi)
{
    ng_mention *m = &doc->mentions[mi];
    const ng_sentence *s = &doc->sents[doc->toks[m->tok_start].sent];
    size_t lo = s->tok_start;
    if (m->tok_start <= lo)
        return;
    size_t k = m->tok_start - 1;
    /* "The Vatican's foreign minister, Archbishop Paul Gallagher": how the
     * person is addressed stands between the title and the name */
    if (k > lo + 1 && ng_lex_is_courtesy_title(doc->lex, doc->toks[k].lower) &&
        doc->art->text[doc->toks[k - 1].start] == ',')
        k--;
    bool comma = false;
    if (doc->art->text[doc->toks[k].start] == ',' && k > lo &&
        (ng_lex_is_title_head(doc->lex, doc->toks[k - 1].lower) || S_of_portfolio_before(doc, lo, k - 1))) {
        comma = true;
        k--;
    }
    bool comma_before = doc->art->text[doc->toks[k].start] == ',';
    if (!comma && k > lo && (comma_before || S_mention_ending_at(doc, k) >= 0)) {
        /* "[the] President of the Senate, X", "Ambassador to the European
         * Union X": a title held in a body */
        int body = S_mention_ending_at(doc, comma_before ? k - 1 : k);
        /* (or a state's or a city's office: "the governor of Malatya,
         * Seddar Yavuz") */
        size_t b = body >= 0 ? doc->mentions[body].tok_start : 0;
        bool town = comma_before && body >= 0 && doc->mentions[body].type == NG_ACTOR_PLACE && b > lo + 1 &&
                    ng_tok_is(doc, b - 1, "of") && S_civic_title(doc, b - 2, b - 1);
        if (S_is_body(doc, body) || town) {
            if (b > lo && ng_tok_is(doc, b - 1, "the"))
                b--;
            if (b > lo + 1 && (ng_tok_is(doc, b - 1, "of") || ng_tok_is(doc, b - 1, "to")) &&
                ng_lex_is_title_head(doc->lex, doc->toks[b - 2].lower)) {
                size_t t0 = b - 2;
                while (t0 > lo && S_title_word(doc, t0 - 1) && ng_mention_at(doc, t0 - 1) < 0)
                    t0--;
                m->title = ng_doc_span(doc, doc->toks[t0].start, doc->toks[doc->mentions[body].tok_end - 1].end);
                /* (a place of no known kind is held in, not belonged to:
                 * the schema's affiliations are bodies, countries, states
                 * and cities) */
                if (!ng_tok_is(doc, b - 1, "to")) {
                    if (!town || doc->mentions[body].place_kind != 0)
                        S_add_affil(m, body);
                } else if (t0 > lo) {
                    /* "U.S. Ambassador to the EU": the sending country */
                    const ng_lex_entry *e;
                    size_t dn = S_demonym_ending(doc, t0 - 1, lo, &e);
                    int before = S_mention_ending_at(doc, t0 - 1);
                    if (dn)
                        S_set_demonym(m, e, t0 - dn, t0);
                    else if (S_is_body(doc, before))
                        S_add_affil(m, before);
                }
                return;
            }
        }
    }
    /* "Justices Elena Kagan and Ketanji Brown Jackson": the second holds
     * the plural title too */
    char one[32];
    int first = ng_tok_is(doc, k, "and") && k > lo ? S_mention_ending_at(doc, k - 1) : -1;
    if (first >= 0 && doc->mentions[first].title && doc->mentions[first].tok_start > lo &&
        S_plural_title(doc, doc->mentions[first].tok_start - 1, one)) {
        m->title = doc->mentions[first].title;
        m->affil_lex = doc->mentions[first].affil_lex;
        m->affil_tok_start = doc->mentions[first].affil_tok_start;
        m->affil_tok_end = doc->mentions[first].affil_tok_end;
        memcpy(m->affil_mention, doc->mentions[first].affil_mention, sizeof m->affil_mention);
        return;
    }
    size_t title_end = comma ? k + 1 : m->tok_start;
    size_t title_start = title_end;
    int posted = -1; /* "Russia's deputy U.N. ambassador": where an envoy is posted */
    for (;;) {
        int at_name = ng_mention_at(doc, k);
        if (at_name >= 0 && posted < 0 && title_start < title_end &&
            ng_lex_is_envoy_head(doc->lex, doc->toks[title_end - 1].lower) &&
            doc->mentions[at_name].type == NG_ACTOR_ORG && doc->mentions[at_name].tok_end == k + 1 &&
            doc->mentions[at_name].tok_start > lo) {
            posted = at_name;
            title_start = doc->mentions[at_name].tok_start;
            k = title_start - 1;
            continue;
        }
        if (at_name >= 0)
            break;
        /* "Secretary of State", "Minister of Foreign Affairs" */
        if (ng_tok_is(doc, k, "of") && k > lo && title_start < title_end &&
            ng_lex_is_title_head(doc->lex, doc->toks[k - 1].lower) && ng_mention_at(doc, k - 1) < 0) {
            k--;
            continue;
        }
        /* "Minister of Information and Culture" */
        if (ng_tok_is(doc, k, "and") && k > lo && title_start < title_end && S_of_portfolio_before(doc, lo, k - 1)) {
            k--;
            continue;
        }
        /* "Chairman and CEO": two titles held at once */
        bool both = ng_tok_is(doc, k, "and") && k > lo + 1 && title_start == k + 1 && title_start < title_end &&
                    ng_lex_is_title_head(doc->lex, doc->toks[k - 1].lower) && ng_mention_at(doc, k - 1) < 0 &&
                    !ng_lex_is_courtesy_title(doc->lex, doc->toks[k - 2].lower) &&
                    ng_lex_is_title_head(doc->lex, doc->toks[title_end - 1].lower);
        if (!both &&
            (!S_is_word(&doc->toks[k]) || (!S_title_word(doc, k) && !S_title_modifier(doc, k, title_start, title_end))))
            break;
        /* a demonym is not a title word even when it is capitalized */
        const ng_lex_entry *e;
        if (S_demonym_ending(doc, k, lo, &e))
            break;
        title_start = k;
        if (k == lo)
            break;
        k--;
    }
    bool former = false;
    /* what stands before the title: a demonym, a country's or body's name */
    if (title_start < title_end || comma || title_start == m->tok_start) {
        size_t at = title_start > lo ? title_start - 1 : lo;
        if (title_start > lo) {
            const ng_lex_entry *e;
            int prev;
            /* "Trump's personal lawyer": plain words between a possessor
             * and the title head belong to the title */
            if (title_start < title_end && S_personal_head(doc, title_end - 1)) {
                size_t p = at;
                while (p > lo && p + 2 > at && S_is_word(&doc->toks[p]) &&
                       !(doc->toks[p].flags & (NG_TOK_CAP | NG_TOK_POSS)) && ng_mention_at(doc, p) < 0)
                    p--;
                if (p < at && (doc->toks[p].flags & NG_TOK_POSS)) {
                    title_start = p + 1;
                    at = p;
                }
            }
            if ((doc->toks[at].flags & NG_TOK_POSS) && at >= lo + 2 && ng_tok_is(doc, at - 2, "the") &&
                !(doc->toks[at - 1].flags & NG_TOK_CAP) && ng_mention_at(doc, at - 1) < 0 && title_start < title_end) {
                /* "the company's chief financial officer, Ravi Menon":
                 * the body the article describes (actors.c) */
                m->affil_described = (int32_t)(at - 2);
            } else if (doc->toks[at].flags & NG_TOK_POSS) {
                if (at > lo) {
                    prev = S_mention_ending_at(doc, at - 1);
                    if (S_is_body(doc, prev) ||
                        (prev >= 0 && doc->mentions[prev].type == NG_ACTOR_PERSON && title_start < title_end &&
                         S_personal_head(doc, title_end - 1)))
                        S_add_affil(m, prev);
                    at = prev >= 0 ? doc->mentions[prev].tok_start : at;
                }
            } else if (S_demonym_ending(doc, at, lo, &e)) {
                size_t dn = S_demonym_ending(doc, at, lo, &e);
                S_set_demonym(m, e, at + 1 - dn, at + 1);
                at -= dn - 1;
            } else if ((prev = S_mention_ending_at(doc, at)) >= 0 &&
                       (S_is_body(doc, prev) || (doc->mentions[prev].type == NG_ACTOR_PLACE &&
                                                 (doc->mentions[prev].place_kind == NG_PLACE_CITY ||
                                                  doc->mentions[prev].place_kind == NG_PLACE_REGION) &&
                                                 S_civic_title(doc, title_start, title_end)))) {
                /* ("Texas Gov. Greg Abbott", "Chicago Mayor X": a state's or
                 * a city's own office, of a place the lexicon knows) */
                /* "White House Russia adviser Fiona Hill": a country named
                 * (not "U.S.", not a demonym) before an expert's title is
                 * the field; the body before it employs */
                const ng_mention *pm = &doc->mentions[prev];
                bool topic = pm->type == NG_ACTOR_PLACE && title_end > title_start &&
                             S_topic_head(doc, title_end - 1) &&
                             !(doc->toks[pm->tok_start].flags & (NG_TOK_ALLCAPS | NG_TOK_ABBREV));
                if (!topic) {
                    S_add_affil(m, prev);
                } else if (pm->tok_start > lo) {
                    int before = S_mention_ending_at(doc, pm->tok_start - 1);
                    if (S_is_body(doc, before) && doc->mentions[before].type == NG_ACTOR_ORG)
                        S_add_affil(m, before);
                }
                at = doc->mentions[prev].tok_start;
            } else if (strcmp(doc->toks[at].lower, "its") == 0 || strcmp(doc->toks[at].lower, "their") == 0) {
                /* "North Korea and its leader, Kim Jong Un" */
                for (int q = (int)mi - 1; q >= 0; q--)
                    if (doc->mentions[q].tok_end <= at && S_is_body(doc, q)) {
                        S_add_affil(m, q);
                        break;
                    }
            }
            if (at > lo && strcmp(doc->toks[at - 1].lower, "former") == 0)
                former = true;
        }
    }
    /* "Republican counsel Steve Castor", "Democrat Hillary Clinton": the
     * party */
    for (size_t q = title_start; q < title_end && !m->affil_lex; q++) {
        const ng_lex_entry *e = S_party_word(doc, q);
        if (e)
            S_set_demonym(m, e, q, q + 1);
    }
    const ng_lex_entry *member = title_start > lo ? S_party_word(doc, title_start - 1) : NULL;
    if (member && !m->affil_lex)
        S_set_demonym(m, member, title_start - 1, title_start);
    if (posted >= 0 && m->affil_mention[0] < 0 && !m->affil_lex)
        S_add_affil(m, posted); /* "U.N. envoy X": nobody sent the envoy but the body */
    const char *title = S_title_text(doc, title_start, title_end, former);
    if (title)
        m->title = title;
    S_shared_affiliation(doc, m, title ? title_start : m->tok_start);
}

/* Does the title [from, to) end in an office of a state or a city
 * ("Gov.", "Mayor", "Attorney General"; schemas/word-lists.tsv)? */
static bool S_civic_title(const ng_document *doc, size_t from, size_t to)
{
    if (to <= from)
        return false;
    for (size_t n = 1; n <= 3 && n <= to - from; n++) {
        char words[96];
        const char *one = doc->toks[to - n].lower;
        if (n == 1)
            snprintf(words, sizeof words, "%s", one);
        else if (n == 2)
            snprintf(words, sizeof words, "%s %s", one, doc->toks[to - 1].lower);
        else
            snprintf(words, sizeof words, "%s %s %s", one, doc->toks[to - 2].lower, doc->toks[to - 1].lower);
        if (ng_lex_listed(doc->lex, "civic-titles", words))
            return true;
    }
    return false;
}

static bool S_is_prep(const char *w)
{
    return strcmp(w, "from") == 0 || strcmp(w, "with") == 0 || strcmp(w, "at") == 0 || strcmp(w, "of") == 0 ||
           strcmp(w, "for") == 0 || strcmp(w, "in") == 0 || strcmp(w, "to") == 0;
}

/* Words no title has, by the parse: a finite verb, an auxiliary, a
 * pronoun, a subordinating conjunction ("Madam Speaker, that will fail if
 * it does not hold this President" is a clause, not a title). */
static bool S_clause_words(const ng_document *doc, size_t from, size_t end)
{
    for (size_t j = from; j < end; j++) {
        /* "WHO regional director": a name's words are no clause's */
        if (ng_mention_at(doc, j) >= 0)
            continue;
        const char *u = ng_dep_upos(doc, j);
        if (!strcmp(u, "AUX") || !strcmp(u, "PRON") || !strcmp(u, "SCONJ") || (!strcmp(u, "VERB") && ng_dep_finite(doc, j)))
            return true;
    }
    return false;
}

/* "at the university", "with the company": the token of "the" before a
 * lower-case noun for a body, after the preposition at p; -1 for none. */
static int32_t S_described_body_after(const ng_document *doc, size_t p, size_t hi)
{
    size_t t = p + 1, n = p + 2;
    if (n >= hi || !ng_tok_is(doc, t, "the") || (doc->toks[n].flags & NG_TOK_CAP))
        return -1;
    const char *w = doc->toks[n].lower;
    bool body = ng_lex_is_org_word(doc->lex, w) || ng_lex_is_company_noun(doc->lex, w) ||
                ng_lex_is_body_noun(doc->lex, w);
    return body ? (int32_t)t : -1;
}

/* Mention b names a body: so do the other mentions of its name that
 * were of its type ("by Pollstar, the trade publication" and "a senior
 * editor at Pollstar"): a name is one thing throughout an article. */
static void S_name_becomes_org(ng_document *doc, int b)
{
    int was = doc->mentions[b].type;
    const char *name = doc->mentions[b].name;
    /* (not where the article places something in it: "a speech in Fort
     * Pierce") */
    bool placed = false;
    for (size_t o = 0; o < doc->nmention && !placed; o++)
        placed = (int)o != b && !strcmp(doc->mentions[o].name, name) &&
                 ng_location_preposition(doc, doc->mentions[o].tok_start);
    for (size_t o = 0; o < doc->nmention; o++) {
        ng_mention *om = &doc->mentions[o];
        if ((int)o == b || (!placed && om->type == was && !om->lex && strcmp(om->name, name) == 0)) {
            om->type = NG_ACTOR_ORG;
            om->place_kind = 0;
        }
    }
}

/* Do a few lower-case words from token k end in a noun for a company or
 * a body ("FTX cryptocurrency exchange", "the Scripps research
 * institute")? */
static bool S_described_after(const ng_document *doc, size_t k, size_t hi)
{
    for (size_t q = k; q < hi && q < k + 3; q++) {
        if (!(doc->toks[q].flags & NG_TOK_WORD) || (doc->toks[q].flags & NG_TOK_CAP))
            return false;
        if (ng_lex_is_company_noun(doc->lex, doc->toks[q].lower) || ng_lex_is_org_word(doc->lex, doc->toks[q].lower))
            return true;
    }
    return false;
}

static size_t S_title_phrase(ng_document *doc, ng_mention *m, size_t k, size_t hi)
{
    /* "the group's president", "the company's chief financial officer":
     * the title of a body the article describes (actors.c resolves it) */
    int described = -1;
    if (k + 3 < hi && ng_tok_is(doc, k, "the") && !(doc->toks[k + 1].flags & NG_TOK_CAP) &&
        ng_mention_at(doc, k + 1) < 0 && (doc->toks[k + 2].flags & NG_TOK_POSS) && !S_is_word(&doc->toks[k + 2])) {
        described = (int)k;
        k += 3;
    }
    if (k < hi && (ng_tok_is(doc, k, "a") || ng_tok_is(doc, k, "an") || ng_tok_is(doc, k, "the") ||
                   ng_tok_is(doc, k, "another")))
        k++;
    size_t from = k;
    int inner = -1; /* "a former [National Security Council] official" */
    int boss = -1;  /* "another former [Trump] aide" */
    while (k < hi && k - from < 10 && !S_is_prep(doc->toks[k].lower) && !ng_tok_is(doc, k, "on")) {
        /* "the Republican presidential nominee's daughter": the title is
         * what follows the possessor, if a title at all */
        if ((doc->toks[k].flags & NG_TOK_POSS) && k > from && ng_mention_at(doc, k - 1) < 0) {
            from = ++k;
            continue;
        }
        /* "Indonesia's eighth president": a rank in a series after a
         * possessor is no word of the title ("first" and "second" are not
         * listed: "First Lady", "first deputy prime minister") */
        if (k == from && k > 0 && (doc->toks[k - 1].flags & NG_TOK_POSS) &&
            ng_lex_listed(doc->lex, "ordinals", doc->toks[k].lower)) {
            from = ++k;
            continue;
        }
        if (!S_is_word(&doc->toks[k]))
            break;
        int mm = ng_mention_at(doc, k);
        if (mm >= 0 && doc->mentions[mm].type == NG_ACTOR_PERSON && doc->mentions[mm].tok_start == k &&
            doc->mentions[mm].tok_end < hi && S_personal_head(doc, doc->mentions[mm].tok_end)) {
            boss = mm;
            k = doc->mentions[mm].tok_end;
            continue;
        }
        if (mm >= 0) {
            if (!S_is_body(doc, mm) || doc->mentions[mm].tok_start != k)
                break;
            /* a country before "expert" is the field, not the employer */
            bool topic = doc->mentions[mm].type == NG_ACTOR_PLACE && doc->mentions[mm].tok_end < hi &&
                         S_topic_head(doc, doc->mentions[mm].tok_end);
            if (!topic)
                inner = mm;
            k = doc->mentions[mm].tok_end;
            /* "UNICEF's regional director": the title starts after its
             * possessor */
            if (doc->mentions[mm].tok_start == from && k < hi && (doc->toks[k].flags & NG_TOK_POSS))
                from = ++k;
            continue;
        }
        if ((doc->toks[k].flags & NG_TOK_CAP) && !S_title_word(doc, k))
            break;
        /* "a former lawmaker known as ...": a participle after the title
         * opens a clause about its holder ("chief operating officer" is
         * one title) */
        if (k > from && ng_lex_is_title_head(doc->lex, doc->toks[k - 1].lower) && !strcmp(ng_dep_upos(doc, k), "VERB") &&
            !ng_dep_finite(doc, k) && !S_title_modifier_of_head(doc, k, hi))
            break;
        k++;
    }
    /* the phrase must end in a title head */
    size_t end = k;
    bool occupation = S_occupation_at_body(doc, from, k, hi);
    /* ("the agency's director-general": heads joined by hyphens) */
    while (!occupation && end > from && !ng_lex_is_title_head(doc->lex, doc->toks[end - 1].lower) &&
           !S_hyphenated_title(doc, doc->toks[end - 1].lower))
        end--;
    /* (the head itself may be read as a verb: "the WHO chief") */
    if (end == from || end != k || S_clause_words(doc, from, occupation ? end : end - 1))
        return 0;
    const char *title = occupation ? ng_doc_span(doc, doc->toks[from].start, doc->toks[end - 1].end)
                                   : S_title_text(doc, from, end, false);
    if (!title)
        return 0;
    if (!m->title)
        m->title = title;
    if (inner >= 0)
        S_add_affil(m, inner);
    if (boss >= 0)
        S_add_affil(m, boss);
    if (described >= 0 && inner < 0)
        m->affil_described = described;
    bool on = k < hi && ng_tok_is(doc, k, "on");
    if (k < hi && (S_is_prep(doc->toks[k].lower) || on)) {
        size_t q = k + 1;
        if (q < hi && ng_tok_is(doc, q, "the"))
            q++;
        int body = S_mention_starting_at(doc, q);
        /* "head of Africa CDC", "commander of U.S. Cyber Command": a place
         * right before a body's name is the body's */
        if (body >= 0 && doc->mentions[body].type == NG_ACTOR_PLACE) {
            int next = S_mention_starting_at(doc, doc->mentions[body].tok_end);
            if (next >= 0 && doc->mentions[next].type == NG_ACTOR_ORG)
                body = next;
        }
        /* "head of U.S. economic research at Fitch Ratings": a name that
         * modifies the noun after it is where the post's field lies; the
         * institution comes after "at" */
        size_t field = body >= 0 ? doc->mentions[body].tok_end : 0;
        if (body >= 0 && doc->mentions[body].type == NG_ACTOR_PLACE && field + 1 < hi &&
            !(doc->toks[field].flags & NG_TOK_CAP) && (doc->toks[field].flags & NG_TOK_WORD) &&
            (!strcmp(ng_dep_upos(doc, field), "ADJ") || !strcmp(ng_dep_upos(doc, field), "NOUN")))
            body = -1;
        /* "former president of the blood-testing startup Theranos": a
         * few words saying what the body is, then its name */
        if (body < 0 && !ng_tok_is(doc, k, "to")) {
            size_t r = q;
            while (r < hi && r < q + 5 && ng_mention_at(doc, r) < 0 && S_is_word(&doc->toks[r]) &&
                   !(doc->toks[r].flags & NG_TOK_CAP) && !S_is_prep(doc->toks[r].lower))
                r++;
            int named = S_mention_starting_at(doc, r);
            /* (or a word of bodies' names: "the collapsed cryptocurrency
             * exchange FTX") */
            if (r > q && (ng_lex_is_company_noun(doc->lex, doc->toks[r - 1].lower) ||
                          ng_lex_is_body_noun(doc->lex, doc->toks[r - 1].lower) ||
                          ng_lex_is_org_word(doc->lex, doc->toks[r - 1].lower)))
                body = named;
            /* "the founder of the collapsed FTX cryptocurrency exchange":
             * the name, then the words saying what it is */
            else if (named >= 0 && S_described_after(doc, doc->mentions[named].tok_end, hi))
                body = named;
            /* "leader of the opposition Christian Democrats", "of the
             * ruling party's ...": a body's name after a word or two that
             * say which */
            else if (named >= 0 && r > q && r - q <= 2 && doc->mentions[named].type == NG_ACTOR_ORG)
                body = named;
        }
        /* "an aide to Vice President Pence", "a lawyer for X": a person's
         * own staff work for that person */
        if (S_personal_head(doc, end - 1) && (ng_tok_is(doc, k, "to") || ng_tok_is(doc, k, "for"))) {
            size_t r = q;
            while (r < hi && body < 0 && S_title_word(doc, r) && ng_mention_at(doc, r) < 0)
                body = S_mention_starting_at(doc, ++r);
            if (body >= 0 && doc->mentions[body].type == NG_ACTOR_PERSON) {
                S_add_affil(m, body);
                return k;
            }
        }
        /* "special envoy to Ukraine", "ambassador to the EU": where the post
         * sends its holder, not whom the holder works for */
        if (ng_tok_is(doc, k, "to"))
            return k;
        /* "director for games at Google", "research director of gaming at
         * tech market research firm IDC": the institution comes later,
         * after "at" and a few words saying what it is */
        if (body < 0) {
            for (size_t p = q; p + 1 < hi && p < q + 6; p++) {
                if (doc->toks[p].flags & NG_TOK_PUNCT)
                    break;
                if (!ng_tok_is(doc, p, "at") && !ng_tok_is(doc, p, "with"))
                    continue;
                size_t r = p + 1;
                if (ng_tok_is(doc, r, "the"))
                    r++;
                while (r < hi && r < p + 6 && ng_mention_at(doc, r) < 0 && S_is_word(&doc->toks[r]) &&
                       !(doc->toks[r].flags & NG_TOK_CAP) && !S_is_prep(doc->toks[r].lower))
                    r++;
                int later = S_mention_starting_at(doc, r);
                if (later >= 0) {
                    k = p;
                    body = later;
                } else if (m->affil_described < 0 && inner < 0) {
                    /* "a professor of cardiology at the university": the
                     * body the article named so (actors.c) */
                    m->affil_described = S_described_body_after(doc, p, hi);
                }
                break;
            }
        }
        if (body < 0 && m->affil_described < 0 && inner < 0 && (ng_tok_is(doc, k, "at") || ng_tok_is(doc, k, "with")))
            m->affil_described = S_described_body_after(doc, k, hi); /* "a professor at the university" */
        /* "a specialist on the National Security Council", but not "an
         * expert on China" */
        if (on && (body < 0 || doc->mentions[body].type != NG_ACTOR_ORG))
            return k;
        if (body < 0 && q < hi) {
            const ng_lex_entry *e;
            size_t dn = ng_demonym_at(doc, q, hi, &e);
            if (dn)
                S_set_demonym(m, e, q, q + dn);
        }
        /* "a senior analyst at Stratfor", "an official with Maghawir al
         * Thawra": where a title is held is an institution, whatever an
         * unknown name looked like */
        /* ("president of Lilly Neuroscience": not a person's own staff,
         * not "court painter of Shah Abbas", not the field of a "Professor
         * of Intellectual Property") */
        /* (nor a town's: "the mayor of Miami-Dade County") */
        bool of_body = body >= 0 && ng_tok_is(doc, k, "of") && !S_personal_head(doc, end - 1) &&
                       !S_civic_title(doc, end >= 3 ? end - 3 : 0, end) &&
                       !ng_tok_is(doc, end - 1, "professor") && !S_title_word(doc, doc->mentions[body].tok_start) &&
                       !S_title_word(doc, doc->mentions[body].tok_start - 1) &&
                       !S_roman(doc->toks[doc->mentions[body].tok_end - 1].lower) && /* "Shah Abbas I" */
                       doc->mentions[body].tok_end - doc->mentions[body].tok_start >= 2;
        if (body >= 0 && !S_is_body(doc, body) && !doc->mentions[body].lex &&
            (ng_tok_is(doc, k, "at") || ng_tok_is(doc, k, "with") || of_body))
            S_name_becomes_org(doc, body);
        if (S_is_body(doc, body)) {
            S_add_affil(m, body);
            /* "the X Department at CSIS": the institution as well */
            size_t after = doc->mentions[body].tok_end;
            if (after + 1 < hi && (ng_tok_is(doc, after, "at") || ng_tok_is(doc, after, "of"))) {
                int parent = S_mention_starting_at(doc, after + 1);
                if (S_is_body(doc, parent))
                    S_add_affil(m, parent);
            }
        } else if (body >= 0 && ng_tok_is(doc, k, "of") && doc->mentions[body].type == NG_ACTOR_PLACE &&
                   S_civic_title(doc, end >= 3 ? end - 3 : 0, end)) {
            S_add_affil(m, body); /* "the mayor of Miami-Dade County": the town's own office */
        }
    }
    return k;
}

/* Where a few lower-case words saying who someone is start, before the
 * name at token b ("named [centrist ally] Francois Bayrou"): b itself
 * when there are none. */
static size_t S_before_descriptors(const ng_document *doc, size_t b)
{
    size_t p = b;
    while (p > 0 && p + 3 > b && (doc->toks[p - 1].flags & NG_TOK_WORD) && !(doc->toks[p - 1].flags & NG_TOK_CAP) &&
           strcmp(ng_dep_upos(doc, p - 1), "VERB") != 0 && doc->toks[p - 1].sent == doc->toks[b].sent)
        p--;
    return p;
}

static void S_postmodifiers(ng_document *doc, int mi)
{
    ng_mention *m = &doc->mentions[mi];
    const ng_sentence *s = &doc->sents[doc->toks[m->tok_start].sent];
    size_t hi = s->tok_end, k = m->tok_end;
    /* "After Fiona Hill left the NSC", "X joined the World Bank": where
     * someone worked */
    if (k + 1 < hi && (ng_tok_is(doc, k, "left") || ng_tok_is(doc, k, "joined") || ng_tok_is(doc, k, "quit") ||
                       (ng_tok_is(doc, k, "resigned") && ng_tok_is(doc, k + 1, "from")))) {
        size_t q = k + 1;
        if (ng_tok_is(doc, q, "from"))
            q++;
        if (q < hi && ng_tok_is(doc, q, "the"))
            q++;
        int body = S_mention_starting_at(doc, q);
        if (body >= 0 && doc->mentions[body].type == NG_ACTOR_ORG)
            S_add_affil(m, body);
        return;
    }
    /* "Prabowo Subianto was sworn in as Indonesia's eighth president",
     * "named centrist ally Francois Bayrou as prime minister": the post
     * someone is given */
    {
        size_t q = k;
        while (q < hi && (ng_tok_is(doc, q, "was") || ng_tok_is(doc, q, "were") || ng_tok_is(doc, q, "is") ||
                          ng_tok_is(doc, q, "has") || ng_tok_is(doc, q, "had") || ng_tok_is(doc, q, "been")))
            q++;
        bool sworn = q > k && q + 2 < hi && ng_tok_is(doc, q, "sworn") && ng_tok_is(doc, q + 1, "in");
        bool given = q > k && q < hi && ng_lex_listed(doc->lex, "appointing-verbs", doc->toks[q].lower);
        size_t v = mi > 0 ? S_before_descriptors(doc, m->tok_start) : 0;
        bool named = q == k && v > 0 && ng_lex_listed(doc->lex, "appointing-verbs", doc->toks[v - 1].lower);
        size_t as = sworn ? q + 2 : given ? q + 1 : q;
        if ((sworn || given || named) && as + 1 < hi && ng_tok_is(doc, as, "as")) {
            S_title_phrase(doc, m, as + 1, hi);
            return;
        }
    }
    /* "Rep. Brian Babin (R-TX)": the party */
    /* ("D-N.Y." is three tokens: the acronym is a word of its own) */
    bool split_party = k + 3 < hi && strlen(doc->toks[k + 1].lower) == 1 && strchr("rdi", doc->toks[k + 1].lower[0]) &&
                       doc->art->text[doc->toks[k + 2].start] == '-' && doc->toks[k + 2].start == doc->toks[k + 1].end &&
                       doc->toks[k + 3].start == doc->toks[k + 2].end;
    if (k + 1 < hi && doc->art->text[doc->toks[k].start] == '(' && (S_party_state(&doc->toks[k + 1]) || split_party)) {
        const ng_lex_entry *party =
            ng_lex_name(doc->lex, doc->toks[k + 1].lower[0] == 'r'   ? "republican party"
                                  : doc->toks[k + 1].lower[0] == 'd' ? "democratic party"
                                                                     : "");
        if (party)
            S_set_demonym(m, party, k + 1, k + 2);
        return;
    }
    /* "Avi Bell of the Kohelet Policy Forum said": where someone is from
     * ("of The New York Times": the article may be the name's) */
    if (k + 1 < hi && (ng_tok_is(doc, k, "of") || ng_tok_is(doc, k, "at") || ng_tok_is(doc, k, "from"))) {
        size_t q = k + 1;
        if (ng_tok_is(doc, q, "the") && S_mention_starting_at(doc, q) < 0)
            q++;
        int body = S_mention_starting_at(doc, q);
        /* "Aryna Sabalenka of Belarus": a country is whom one plays for */
        bool country = body >= 0 && doc->mentions[body].lex && doc->mentions[body].lex->place_kind == NG_PLACE_COUNTRY;
        if (body >= 0 && (doc->mentions[body].type == NG_ACTOR_ORG || (country && ng_tok_is(doc, k, "of"))))
            S_add_affil(m, body);
        return;
    }
    if (k >= hi || doc->art->text[doc->toks[k].start] != ',')
        return;
    k++;
    /* "Richard Blumenthal, a Connecticut Democrat": the party */
    if (k + 1 < hi && (ng_tok_is(doc, k, "a") || ng_tok_is(doc, k, "an"))) {
        int place = S_mention_starting_at(doc, k + 1);
        size_t q = place >= 0 && doc->mentions[place].type == NG_ACTOR_PLACE ? doc->mentions[place].tok_end : k + 1;
        const ng_lex_entry *party = q < hi ? S_party_word(doc, q) : NULL;
        if (party && !m->affil_lex) {
            S_set_demonym(m, party, q, q + 1);
            return;
        }
    }
    if (k < hi && ng_tok_is(doc, k, "who") && ng_mention_at(doc, k) < 0) { /* not the WHO */
        /* ", who spent ... and is now a senior adviser with X" */
        for (size_t q = k + 1; q < hi; q++) {
            if (ng_tok_is(doc, q, "is") || ng_tok_is(doc, q, "was")) {
                size_t r = q + 1;
                while (r < hi && (ng_tok_is(doc, r, "now") || ng_tok_is(doc, r, "currently") ||
                                  ng_tok_is(doc, r, "also") || ng_tok_is(doc, r, "still")))
                    r++;
                if (S_title_phrase(doc, m, r, hi))
                    return;
            }
            if (doc->art->text[doc->toks[q].start] == ',' && q > k + 1 && ng_tok_is(doc, q + 1, "said"))
                break;
        }
        return;
    }
    /* "Hillary Clinton, but Sen. Bernie Sanders ...": a conjunction opens
     * a clause of its own, no appositive */
    if (k < hi && (ng_tok_is(doc, k, "but") || ng_tok_is(doc, k, "and") || ng_tok_is(doc, k, "or") ||
                   ng_tok_is(doc, k, "yet") || ng_tok_is(doc, k, "while")))
        return;
    /* nor does a preposition: "Schilling, through a spokeswoman,
     * declined" */
    if (k < hi && ng_dep_parsed(doc) && !strcmp(ng_dep_upos(doc, k), "ADP"))
        return;
    /* nor a participle: "seven Oscars, including best director" (not a
     * title's word: "X, acting director of Y") */
    if (k < hi && !strcmp(ng_dep_upos(doc, k), "VERB") && ng_tok_ing_form(doc, k) && !S_title_word(doc, k))
        return;
    /* nor a name given: "Joshua Norton, known as Emperor Norton," (the
     * title is the other mention's) */
    if (k < hi && (ng_tok_is(doc, k, "known") || ng_tok_is(doc, k, "called") || ng_tok_is(doc, k, "dubbed") ||
                   ng_tok_is(doc, k, "nicknamed")))
        return;
    S_title_phrase(doc, m, k, hi);
}

/* "Inherent Resolve, the U.S.-led coalition,": an appositive whose head
 * noun is an organization word makes an organization of a name that only
 * looked like a person's or a place's. The head is the last word before a preposition or the
 * closing comma, so "X, a member of the group," stays a person. */
static void S_appositive_orgs(ng_document *doc)
{
    for (size_t mi = 0; mi < doc->nmention; mi++) {
        ng_mention *m = &doc->mentions[mi];
        if ((m->type != NG_ACTOR_PERSON && m->type != NG_ACTOR_PLACE) || m->lex)
            continue;
        /* (a place something is in: "In San Diego, a task force of agents
         * met", "a judge in Saltillo, the state capital"; "according to
         * Aemet, the national weather agency" names a body) */
        if (m->type == NG_ACTOR_PLACE && ng_location_preposition(doc, m->tok_start) &&
            !ng_tok_is(doc, m->tok_start - 1, "to"))
            continue;
        const ng_sentence *s = &doc->sents[doc->toks[m->tok_start].sent];
        size_t k = m->tok_end, hi = s->tok_end;
        if (k + 2 >= hi || doc->art->text[doc->toks[k].start] != ',')
            continue;
        k++;
        if (!ng_tok_is(doc, k, "the") && !ng_tok_is(doc, k, "a") && !ng_tok_is(doc, k, "an"))
            continue;
        size_t head = 0;
        for (size_t q = k + 1; q < hi && q < k + 8; q++) {
            const ng_token *t = &doc->toks[q];
            if (!S_is_word(t) && doc->art->text[t->start] == '-')
                continue; /* "the U.S.-led coalition" */
            if (t->flags & NG_TOK_POSS) {
                head = 0; /* "the group's president": the head comes after */
                continue;
            }
            if (!S_is_word(t) || S_is_prep(t->lower) || ng_tok_is(doc, q, "on") || ng_tok_is(doc, q, "by") ||
                ng_tok_is(doc, q, "against") || ng_tok_is(doc, q, "over") || ng_tok_is(doc, q, "into") ||
                ng_tok_is(doc, q, "across") || ng_tok_is(doc, q, "near") || ng_tok_is(doc, q, "under") ||
                ng_tok_is(doc, q, "that") || ng_tok_is(doc, q, "which") || ng_tok_is(doc, q, "who") ||
                ng_tok_is(doc, q, "whose") || ng_tok_is(doc, q, "where") || ng_tok_is(doc, q, "when") ||
                ng_dep_finite(doc, q))
                break; /* "X, a Democrat who chairs the committee," stays a person */
            head = q;
        }
        if (!head || (doc->toks[head].flags & (NG_TOK_CAP | NG_TOK_POSS)) || ng_mention_at(doc, head) >= 0)
            continue;
        if ((ng_lex_is_org_word(doc->lex, doc->toks[head].lower) || ng_tok_is(doc, head, "operation")) &&
            !ng_lex_is_title_head(doc->lex, doc->toks[head].lower)) {
            m->type = NG_ACTOR_ORG;
            m->place_kind = 0;
            m->guessed = false;
        }
    }
}

/* The words of a country's body after the country: "Coast Guard" of
 * "China's coast guard" (possessive) or of "the Chinese coast guard"
 * (demonym); its country in *country. NULL when the mention is neither. */
static const char *S_national_body(ng_document *doc, const ng_mention *o, const ng_lex_entry **country)
{
    if (o->type != NG_ACTOR_ORG || o->lex)
        return NULL;
    if (o->affil_mention[0] >= 0 && doc->mentions[o->affil_mention[0]].tok_end + 1 == o->tok_start &&
        doc->mentions[o->affil_mention[0]].lex && strchr(o->name, '\'')) {
        *country = doc->mentions[o->affil_mention[0]].lex;
        return S_name_range(doc, o->tok_start, o->tok_end);
    }
    if (o->affil_lex && o->affil_tok_start == o->tok_start && o->affil_tok_end < o->tok_end) {
        *country = o->affil_lex;
        return S_name_range(doc, o->affil_tok_end, o->tok_end);
    }
    return NULL;
}

/* "the Chinese coast guard ... China's coast guard": one body; the name
 * written first is the name of both. */
static void S_national_body_names(ng_document *doc)
{
    for (size_t a = 0; a < doc->nmention; a++) {
        const ng_lex_entry *ca, *cb;
        const char *ra = S_national_body(doc, &doc->mentions[a], &ca);
        for (size_t b = a + 1; ra && b < doc->nmention; b++) {
            const char *rb = S_national_body(doc, &doc->mentions[b], &cb);
            if (rb && cb == ca && strcasecmp(ra, rb) == 0)
                doc->mentions[b].name = doc->mentions[a].name;
        }
    }
}

/* "Russia's Foreign Ministry": a country's body is one organization. */
static void S_possessive_orgs(ng_document *doc)
{
    for (size_t a = 0; a + 1 < doc->nmention; a++) {
        ng_mention *c = &doc->mentions[a], *o = &doc->mentions[a + 1];
        if (!(c->type == NG_ACTOR_PLACE && (c->place_kind == NG_PLACE_COUNTRY || c->metonym)) ||
            o->type != NG_ACTOR_ORG || o->lex)
            continue;
        if (c->tok_end + 1 != o->tok_start || !(doc->toks[c->tok_end].flags & NG_TOK_POSS))
            continue;
        o->affil_mention[0] = (int)a;
        /* named so only generic bodies: "Foreign Ministry", "Ministry of External
         * Affairs", "Coast Guard"; not one with a name of its own in it,
         * two words no list knows ("Germany's Max Planck Institute") */
        size_t run = 0, longest = 0;
        for (size_t k = o->tok_start; k < o->tok_end; k++) {
            bool known = S_title_word(doc, k) || ng_lex_is_org_word(doc->lex, doc->toks[k].lower) ||
                         S_connector(doc, doc->toks[k].lower);
            run = known ? 0 : run + 1;
            longest = run > longest ? run : longest;
        }
        bool body = false; /* (not "Japan's Eisai": a company's own name) */
        for (size_t k = o->tok_start; k < o->tok_end && !body; k++)
            body = ng_lex_is_org_word(doc->lex, doc->toks[k].lower);
        /* (nor "Israel's Mellanox Technologies", named as a company) */
        if ((doc->toks[o->tok_start].flags & NG_TOK_ALLCAPS) || longest >= 2 || !body ||
            ng_lex_listed(doc->lex, "company-name-ends", doc->toks[o->tok_end - 1].lower))
            continue;
        o->name = ng_arena_printf(&doc->arena, "%s's %s", c->name, o->name);
    }
    S_national_body_names(doc);
}

/* "the Kansas City Chiefs", read as a place: a city's name and one plural
 * name after it, not a place's own ("Colorado Springs", "Iowa Falls"), is
 * a team. */
static bool S_team_tail(const ng_document *doc, size_t i, size_t j)
{
    const char *w = doc->toks[j - 1].lower;
    size_t n = strlen(w);
    return j - i >= 2 && n > 3 && w[n - 1] == 's' && w[n - 2] != 's' && (doc->toks[j - 1].flags & NG_TOK_CAP) &&
           !ng_lex_is_place_head(doc->lex, w) && !ng_lex_listed(doc->lex, "place-plurals", w) &&
           ng_lex_name_of(doc, i, j - 1) && !ng_lex_name_of(doc, i, j);
}

/* See S_tagger. Rule mentions [first, nrule) are sorted by start; the
 * joined mention takes the first one's place and the others are marked
 * dead (type -1) for S_tagger's caller to drop. */
/* "Manchester City", "the Chicago Bulls": a team or company named after
 * its city or region. Where the tagger reads an organization over tokens
 * [i, j) that open with a city or region the lexicon knows, followed only
 * by capitalized words no rule typed, the place's mention becomes that
 * organization. Not after a country: "US Trade Representative", "a US
 * Chinook helicopter". */
static bool S_place_led_org(ng_document *doc, size_t first, size_t nrule, size_t i, size_t j)
{
    ng_mention *place = NULL;
    for (size_t m = first; m < nrule && doc->mentions[m].tok_start < j; m++) {
        ng_mention *mm = &doc->mentions[m];
        if (mm->tok_end <= i || mm->type < 0)
            continue;
        if (!place && mm->tok_start == i && mm->lex && mm->type == NG_ACTOR_PLACE &&
            (mm->place_kind == NG_PLACE_CITY || mm->place_kind == NG_PLACE_REGION) && mm->tok_end < j)
            place = mm;
        else if (mm->tok_start < i || mm->tok_end > j || (mm->type != 0 && !mm->guessed))
            return false;
    }
    if (!place)
        return false;
    for (size_t k = place->tok_end; k < j; k++)
        if (!(doc->toks[k].flags & NG_TOK_CAP) || ng_lex_is_title_head(doc->lex, doc->toks[k].lower) ||
            ng_lex_demonym(doc->lex, doc->toks[k].lower))
            return false;
    for (size_t m = first; m < nrule && doc->mentions[m].tok_start < j; m++)
        if (&doc->mentions[m] != place && doc->mentions[m].tok_start >= place->tok_end)
            doc->mentions[m].type = -1;
    place->tok_end = (uint32_t)j;
    place->end = doc->toks[j - 1].end;
    place->name = S_name_range(doc, i, j);
    place->type = NG_ACTOR_ORG;
    place->by_tagger = true;
    place->lex = NULL;
    place->place_kind = 0;
    place->metonym = false;
    return true;
}

static bool S_join_across_connector(ng_document *doc, size_t first, size_t nrule, size_t i, size_t j, int mtype)
{
    size_t idx[8], n = 0;
    for (size_t m = first; m < nrule && doc->mentions[m].tok_start < j; m++)
        if (doc->mentions[m].tok_end > i && doc->mentions[m].type >= 0) {
            if (n == 8)
                return false;
            idx[n++] = m;
        }
    if (n == 0)
        return false;
    bool connector = false, and = false;
    /* (a list the tagger reads as one name: "Immigration and Customs
     * Enforcement, Homeland Security Investigations") */
    for (size_t k = i + 1; k + 1 < j; k++)
        if (ng_tok_is(doc, k, ","))
            return false;
    /* ("the Board of Control for Cricket in India": "in" inside a body's
     * name with "of" or "for" before it, not after a word of bodies' or
     * places' names, where it says where the body is: "the U.S. Embassy in
     * Moscow") */
    bool of = false;
    for (size_t k = i + 1; k + 1 < j; k++) {
        of = of || ng_tok_is(doc, k, "of") || ng_tok_is(doc, k, "for");
        bool in = of && mtype == NG_ACTOR_ORG && ng_tok_is(doc, k, "in") &&
                  !ng_lex_is_org_word(doc->lex, doc->toks[k - 1].lower) &&
                  !ng_lex_is_place_head(doc->lex, doc->toks[k - 1].lower);
        if ((S_connector(doc, doc->toks[k].lower) || in ||
             (mtype == NG_ACTOR_PLACE && ng_lex_listed(doc->lex, "place-name-connectors", doc->toks[k].lower))) &&
            !(doc->toks[k].flags & NG_TOK_CAP) && ng_mention_at(doc, k) < 0) {
            connector = true;
            and = and || ng_tok_is(doc, k, "and") || ng_tok_is(doc, k, "&");
        }
    }
    if (!connector)
        return false;
    const ng_mention *f = &doc->mentions[idx[0]], *l = &doc->mentions[idx[n - 1]];
    if (f->tok_start < i || l->tok_end > j)
        return false;
    if (n == 1) {
        /* a guess grown by the words the rules left out */
        if (f->lex || !(f->guessed || f->type == 0) || f->tok_end - f->tok_start >= j - i || mtype == NG_ACTOR_PERSON)
            return false;
    } else {
        /* several names glued: exactly the tagger's span */
        if (f->tok_start != i || l->tok_end != j)
            return false;
        /* (not two bodies the rules read joined by "and": "Procter & Gamble
         * and Johnson & Johnson") */
        bool bodies = true;
        for (size_t q = 0; q < n && bodies; q++)
            bodies = doc->mentions[idx[q]].type == NG_ACTOR_ORG && !doc->mentions[idx[q]].guessed;
        for (size_t k = i + 1; bodies && k + 1 < j; k++)
            if (ng_tok_is(doc, k, "and") && ng_mention_at(doc, k) < 0)
                return false;
        /* "members include Meta and Google": one word and another that
         * the tagger reads as one body are two bodies of a list ("Johnson
         * and Johnson" is one) */
        bool words = and && mtype == NG_ACTOR_ORG && j - i == 2 * n - 1;
        for (size_t q = 0; q < n && words; q++) {
            const ng_mention *mm = &doc->mentions[idx[q]];
            words = mm->tok_end == mm->tok_start + 1 && !mm->lex && (mm->type == 0 || mm->guessed) &&
                    (q == 0 || strcmp(doc->toks[mm->tok_start].lower, doc->toks[f->tok_start].lower) != 0);
        }
        if (words) {
            for (size_t q = 0; q < n; q++) {
                ng_mention *mm = &doc->mentions[idx[q]];
                mm->type = mtype;
                mm->by_tagger = true;
                mm->guessed = false;
            }
            return true;
        }
        for (size_t q = 0; q < n; q++) {
            const ng_mention *mm = &doc->mentions[idx[q]];
            if (mm->type == NG_ACTOR_GROUP || (mm->lex && (and || mm->lex->kind != NG_ACTOR_PLACE)))
                return false;
            /* "US Secretary of State Ana Ruiz": a person stays one */
            if ((mm->type == NG_ACTOR_PERSON && mtype != NG_ACTOR_PERSON) ||
                (mtype == NG_ACTOR_PERSON && (mm->lex || (mm->type != NG_ACTOR_PERSON && mm->type != 0))))
                return false;
        }
    }
    ng_mention *mm = &doc->mentions[idx[0]];
    S_respan(doc, mm, i, j);
    mm->type = mtype;
    mm->by_tagger = true;
    mm->place_kind = 0;
    mm->guessed = false;
    mm->lex = NULL;
    mm->metonym = false;
    mm->title = NULL;
    mm->affil_lex = NULL;
    /* "the Organization of the Petroleum Exporting Countries": a name the
     * lexicon knows whole (OPEC) */
    const ng_lex_entry *known = ng_lex_name_any_spelling(doc->lex, ng_doc_fold_range(doc, i, j));
    if (known && known->kind == mtype) {
        mm->lex = known;
        mm->place_kind = known->place_kind;
    }
    for (size_t q = 1; q < n; q++)
        doc->mentions[idx[q]].type = -1;
    return true;
}

/* The statistical tagger: it types the names the rules could only guess at
 * and finds the ones they missed. The rules keep what they know for sure
 * (lexicon names, titles, organization words). */
/* The actor type of one of the tagger's types (1 PER, 2 ORG, 3 LOC). */
static int S_actor_type_of_reading(int reading)
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
    while (a > i && (doc->toks[a - 1].flags & NG_TOK_CAP) && S_is_word(&doc->toks[a - 1]) &&
           ng_mention_at(doc, a - 1) < 0)
        a--;
    if (a < mm->tok_start) {
        mm->tok_start = (uint32_t)a;
        mm->start = doc->toks[a].start;
        mm->name = S_name_range(doc, a, mm->tok_end);
    }
}

/* Are tokens [i, j) words that may be given names: capitalized, no
 * title, no capitalized function word, no name the lexicon knows? */
static bool S_given_names(ng_document *doc, size_t i, size_t j)
{
    for (size_t k = i; k < j; k++) {
        const char *w = doc->toks[k].lower;
        if (!(doc->toks[k].flags & NG_TOK_CAP) || !(doc->toks[k].flags & NG_TOK_WORD) || S_title_word(doc, k) ||
            ng_lex_is_stop_cap(doc->lex, w) || ng_lex_name(doc->lex, w) || ng_lex_demonym(doc->lex, w))
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

static void S_tagger(ng_document *doc)
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
        size_t j = S_before_post_nominals(doc, i, span_end);
        int type = ng_ner_type(labels[i]);
        int mtype = S_actor_type_of_reading(type);
        /* "a Boeing 737 MAX 9", "a fake ID": an acronym for a thing */
        if (j == i + 1 && (doc->toks[i].flags & NG_TOK_ALLCAPS) &&
            (S_acronym_of_a_thing(doc, i) || S_post_nominal_after_name(doc, i)))
            continue;
        /* "(Reuters) - A Japan Airlines passenger jet": no name opens with
         * the indefinite article */
        if (j - i >= 2 && (ng_tok_is(doc, i, "a") || ng_tok_is(doc, i, "an")))
            i++;
        /* (also "House" of "House Bill 18": a law's name runs on over the
         * capitalized words after the tagger's) */
        size_t law_end = j;
        while (law_end < doc->ntok && law_end < j + 4 && (doc->toks[law_end].flags & NG_TOK_CAP) &&
               (doc->toks[law_end].flags & NG_TOK_WORD))
            law_end++;
        if (S_law_name(doc, i, law_end)) {
            i = law_end - 1;
            continue;
        }
        /* "union spokesperson Anke de Vries said": a name right after a
         * person's title noun, with no organization word and not a known
         * place, is the person holding it, whatever the tagger read */
        if ((mtype == NG_ACTOR_ORG || mtype == NG_ACTOR_PLACE) && i > 0 && j - i >= 2 && j - i <= 4 &&
            ng_lex_is_title_head(doc->lex, doc->toks[i - 1].lower) && !S_has_org_word(doc, i, j) &&
            !ng_lex_name(doc->lex, ng_doc_fold_range(doc, i, j)))
            mtype = NG_ACTOR_PERSON;
        /* "Braunau am Inn", "Newcastle upon Tyne": a place-name connector
         * and a capitalized name after the tagger's name (of any type but a
         * person's: it reads "Newcastle" as the football club too), or
         * inside it, make one place */
        if (type && type != 1) {
            size_t after = S_place_connector_end(doc, j);
            bool inside = false;
            for (size_t c = i + 1; c + 1 < j && !inside; c++) {
                size_t e = S_place_connector_end(doc, c);
                inside = e > c && e <= j;
            }
            if (after > j || inside) {
                j = after;
                mtype = NG_ACTOR_PLACE;
            }
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
        if (((mtype == NG_ACTOR_ORG || (mtype == NG_ACTOR_PLACE && S_team_tail(doc, i, j))) &&
             S_place_led_org(doc, first, nrule, i, j)) ||
            (mtype && S_join_across_connector(doc, first, nrule, i, j, mtype))) {
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
                mtype != NG_ACTOR_PERSON && !(mm->guessed && S_person_context(doc, i, j, doc->sents[doc->toks[i].sent].tok_end)) &&
                !(j - i == 1 && (ng_lex_is_stop_cap(doc->lex, doc->toks[i].lower) || S_plural_noun_opening(doc, i)))) {
                mm->type = mtype;
                mm->by_tagger = true;
                mm->guessed = false;
            } else if (mm->lex && mm->type == NG_ACTOR_PLACE && mtype && mm->tok_start == i && mm->tok_end < j &&
                       j - i <= 4 && S_person_context(doc, i, j, doc->sents[doc->toks[i].sent].tok_end)) {
                /* "The committee chairwoman, Sofia Marin, said": a city's
                 * name opening a longer name that stands where a person
                 * does is a given name */
                mm->type = NG_ACTOR_PERSON;
                mm->lex = NULL;
                mm->place_kind = 0;
                mm->tok_end = (uint32_t)j;
                mm->end = doc->toks[j - 1].end;
                mm->name = S_name_range(doc, i, j);
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
                /* (capitalized words: not "Ben would’ve") */
                bool capitals = true;
                for (size_t q = mm->tok_end; q < j && capitals; q++)
                    capitals = (doc->toks[q].flags & (NG_TOK_CAP | NG_TOK_ALLCAPS)) ||
                               ng_lex_is_name_particle(doc->lex, doc->toks[q].lower);
                if (mm->tok_start >= i && mm->tok_end < j && j - i <= 4 && capitals) {
                    mm->tok_end = (uint32_t)j;
                    mm->end = doc->toks[j - 1].end;
                    mm->name = S_name_range(doc, mm->tok_start, j);
                }
                /* "Erling Haaland missed": a given name opening a sentence,
                 * which the rules leave out as any capital there */
                if (mm->tok_start > i && mm->tok_end == j && j - i <= 4 && S_given_names(doc, i, mm->tok_start)) {
                    mm->tok_start = (uint32_t)i;
                    mm->start = doc->toks[i].start;
                    mm->name = S_name_range(doc, i, j);
                }
            } else if ((mm->type == 0 || mm->guessed) && !mm->lex && mtype && mtype != NG_ACTOR_PERSON &&
                       mm->tok_end == j && mm->tok_start > i && !S_lexicon_name_in(doc, first, i, mm->tok_start)) {
                S_take_tagger_end(doc, mm, i, mtype);
            } else if (mm->type == NG_ACTOR_ORG && mtype == NG_ACTOR_ORG && !mm->lex && mm->tok_end == j &&
                       mm->tok_start == i + 1 && (doc->toks[i].flags & NG_TOK_CAP) &&
                       ng_lex_is_stop_cap(doc->lex, doc->toks[i].lower) && i > doc->sents[doc->toks[i].sent].tok_start) {
                /* "the New England Journal of Medicine": a capitalized word
                 * the rules leave out of names, inside one the tagger reads */
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
                         ((i > doc->sents[doc->toks[i].sent].tok_start && !S_title_word(doc, j)) ||
                          (j < doc->ntok && ng_lex_is_title_head(doc->lex, doc->toks[j].lower) &&
                           !S_portfolio_head(doc, j)));
        bool usable = j - i >= 2 || body_word || ((doc->toks[i].flags & NG_TOK_ALLCAPS) && mtype == NG_ACTOR_ORG &&
                                     !ng_lex_is_stop_cap(doc->lex, doc->toks[i].lower) &&
                                     !ng_lex_is_title_head(doc->lex, doc->toks[i].lower) && !S_in_code(doc, i) &&
                                     !S_party_state(&doc->toks[i]) && !S_era_mark(doc, i));
        if (usable && (ng_lex_demonym(doc->lex, ng_doc_fold_range(doc, i, j)) || S_shouted(doc, i, j)))
            usable = false;
        /* "the NBA Finals", "the Australian Open": a happening, no one */
        if (usable && j - i >= 2 && ng_lex_is_happening_head(doc->lex, doc->toks[j - 1].lower))
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
                ng_mention *m = S_add(doc, i, j, mtype);
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

static int S_tagger_reading(const ng_document *doc, size_t i, size_t j)
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

/* Is token k's word the surname (or, with given, the given name) of a
 * person the article names in full (with tagged, a full name the tagger
 * reads as a person's there)? */
static bool S_word_of_full_name(const ng_document *doc, size_t k, bool given, bool tagged)
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
    if ((S_name_bits(doc, k, &common) & (1u | 16u)) || !common || ng_dep_finite(doc, k) || !strcmp(upos, "AUX"))
        return false; /* ("Keeps saying", "Having said that") */
    return !S_word_of_full_name(doc, k, false, false);
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
                                                         ng_lex_listed(doc->lex, "company-name-ends", last)));
}

/* Is mention om in a list joined by commas and "and" with a body's name:
 * into *sure one sure to be one ("Amazon and Meta Platforms", "Microsoft,
 * Meta Platforms, Alphabet and Amazon"), into *any any at all? Into
 * *known_place whether the list names a place the lexicon knows or is
 * only two names long; into *all_bodies whether its other names, two or
 * more, are all bodies'. */
static void S_listed_with_org(const ng_document *doc, const ng_mention *om, bool *sure, bool *any, bool *known_place,
                              bool *all_bodies)
{
    bool and = false, comma = false;
    int others = 0, bodies = 0;
    *sure = *any = *known_place = false;
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
        }
    }
    *all_bodies = and && others >= 2 && bodies == others;
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
    const ng_mention *m = om;
    for (int n = 0; n < 8 && m->tok_start >= 2; n++) {
        size_t j = m->tok_start - 1;
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
        if (o < 0 || doc->mentions[o].tok_end != b)
            return SIZE_MAX;
        m = &doc->mentions[o];
    }
    return SIZE_MAX;
}

/* "the Camry, Corolla and RAV4 sedans": where the list of names that om
 * stands in starts (om's own start when it is in none). */
static size_t S_list_start(const ng_document *doc, const ng_mention *om)
{
    size_t b = om->tok_start;
    for (int n = 0; n < 8 && b >= 2; n++) {
        size_t j = b - 1;
        if (!ng_tok_is(doc, j, ",") && !ng_tok_is(doc, j, "and"))
            break;
        if (ng_tok_is(doc, j, "and") && ng_tok_is(doc, j - 1, ","))
            j--;
        int o = j > 0 ? ng_mention_at(doc, j - 1) : -1;
        if (o < 0 || doc->mentions[o].tok_end != j)
            break;
        b = doc->mentions[o].tok_start;
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

/* Is the lower-case word at k, or its singular ("companies" ->
 * "company", "chips" -> "chip"), a word of the lexicon's set `in`? */
static bool S_word_or_singular(const ng_document *doc, size_t k, bool (*in)(const ng_lexicon *, const char *))
{
    if (k >= doc->ntok || (doc->toks[k].flags & NG_TOK_CAP))
        return false;
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

/* Is the word at k a plural of a noun for companies ("providers",
 * "carmakers", "companies")? */
static bool S_company_plural(const ng_document *doc, size_t k)
{
    if (k >= doc->ntok || doc->toks[k].lower[0] == 0 ||
        doc->toks[k].lower[strlen(doc->toks[k].lower) - 1] != 's')
        return false;
    return (!(doc->toks[k].flags & NG_TOK_CAP) && ng_lex_listed(doc->lex, "company-plurals", doc->toks[k].lower)) ||
           S_word_or_singular(doc, k, ng_lex_is_company_noun);
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
    bool in_state, has_figures;
} name_evidence;

/* "Spotify welcomed the ruling. The Swedish company first complained
 * ...", "Beyoncé won album of the year ... The singer, who ...": a name
 * opening a sentence (after a dateline too), and the next sentence opening
 * with "the", at most two modifiers and a noun for a company ('c') or a
 * person ('p'), or with "he" or "she" ('p'), which takes the name up; 0
 * when there is none. */
static char S_next_sentence_noun(const ng_document *doc, const ng_mention *m)
{
    size_t si = doc->toks[m->tok_start].sent;
    if (si + 1 >= doc->nsent ||
        (doc->sents[si].tok_start != m->tok_start && ng_dateline_end(doc, &doc->sents[si]) != m->tok_start))
        return 0;
    const ng_sentence *n = &doc->sents[si + 1];
    size_t k = n->tok_start;
    /* "Gauff, the U.S. Open champion, had won their two meetings. She
     * said": "he" or "she" opening the next sentence, when the sentence
     * names no other person (nor a name of no type yet) and the name is
     * no dateline's */
    if ((ng_tok_is(doc, k, "he") || ng_tok_is(doc, k, "she")) &&
        ng_dateline_end(doc, &doc->sents[si]) <= m->tok_start) {
        for (size_t o = 0; o < doc->nmention; o++) {
            const ng_mention *om = &doc->mentions[o];
            if (om != m && (om->type == 0 || om->type == NG_ACTOR_PERSON) && doc->toks[om->tok_start].sent == si &&
                strcmp(om->name, m->name) != 0)
                return 0;
        }
        return 'p';
    }
    /* (a word after the name: "SANTA CLARA, Calif. (Reuters) -" is a
     * dateline, no subject) */
    if (m->tok_end >= doc->ntok || !(doc->toks[m->tok_end].flags & NG_TOK_WORD) || !ng_tok_is(doc, k, "the"))
        return 0;
    for (size_t q = k + 1; q < n->tok_end && q <= k + 3; q++) {
        if (!(doc->toks[q].flags & NG_TOK_WORD))
            return 0;
        if (doc->toks[q].flags & NG_TOK_CAP) /* ("The Swedish company") */
            continue;
        if (ng_lex_is_company_noun(doc->lex, doc->toks[q].lower))
            return 'c';
        /* (the noun itself: "the singer, who", not "the singer's album") */
        if (ng_lex_person_noun(doc->lex, doc->toks[q].lower) == 1 && q + 1 < n->tok_end &&
            !(doc->toks[q + 1].flags & NG_TOK_WORD) && !(doc->toks[q + 1].flags & NG_TOK_POSS))
            return 'p';
    }
    return 0;
}

/* A title a company gives ("Oracle co-founder Larry Ellison", "Zorvex
 * founder Lara Quint", "Tesla CEO Elon Musk"): the name before it is the
 * company, not a place; civic titles ("Allentown Mayor") take places. */
static bool S_company_title(const ng_document *doc, const char *folded)
{
    return ng_lex_listed(doc->lex, "company-titles", folded);
}

/* Is a person's name right after token k, a lower-case company title or
 * "CEO", which follows the name ending before it? (Lower-case words of
 * titles may open it: "Goldman Sachs chief economist Jan Hatzius",
 * "Desjardins senior economist Royce Mendes".) */
static bool S_before_title_in(const ng_document *doc, size_t k, const char *list)
{
    for (size_t q = k; q < k + 2 && q + 2 < doc->ntok && !(doc->toks[q].flags & NG_TOK_CAP) && S_title_word(doc, q) &&
                       !ng_lex_listed(doc->lex, list, doc->toks[q].lower);
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
    while (t < doc->ntok && t < k + 3 && S_title_word(doc, t) && !(doc->toks[t].flags & NG_TOK_CAP))
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
static void S_employers(ng_document *doc)
{
    for (size_t k = 1; k + 1 < doc->ntok; k++) {
        size_t w = k - 1;
        if (!(S_before_title_in(doc, k, "company-titles") || S_before_title_of_named_org(doc, k)) ||
            !(doc->toks[w].flags & NG_TOK_CAP) ||
            !(doc->toks[w].flags & NG_TOK_WORD) || S_title_word(doc, w) ||
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
            S_add(doc, w, k, NG_ACTOR_ORG);
    }
}

/* "analysts at Bernstein", "researchers at Scripps": where people of a
 * trade work is a body, though the tagger read the bare name after "at"
 * as a place (schemas/word-lists.tsv, staff-nouns). */
static void S_workplaces(ng_document *doc)
{
    for (size_t m = 0; m < doc->nmention; m++) {
        ng_mention *mm = &doc->mentions[m];
        size_t at = mm->tok_start > 0 && ng_tok_is(doc, mm->tok_start - 1, "the") ? mm->tok_start - 1
                                                                                  : mm->tok_start;
        /* (not "analysts at Cancun airport") */
        bool modifier = mm->tok_end < doc->ntok && !strcmp(ng_dep_upos(doc, mm->tok_end), "NOUN");
        if (mm->type != NG_ACTOR_PLACE || mm->lex || at < 2 || !ng_tok_is(doc, at - 1, "at") || modifier ||
            !ng_lex_listed(doc->lex, "staff-nouns", doc->toks[at - 2].lower))
            continue;
        mm->type = NG_ACTOR_ORG;
    }
}

/* "in Jupiter, Florida": a name a comma and a place (a state, a country)
 * follow. */
static bool S_town_before_state(const ng_document *doc, const ng_mention *m)
{
    size_t k = m->tok_end;
    if (k + 1 >= doc->ntok || !ng_tok_is(doc, k, ","))
        return false;
    int next = ng_mention_at(doc, k + 1);
    /* (a city's name too: "Everett, Washington" is the state's) */
    return next >= 0 && doc->mentions[next].tok_start == k + 1 && doc->mentions[next].type == NG_ACTOR_PLACE;
}

/* "over the Belgorod and Kursk regions": names joined before a plural
 * noun for places are places, whatever the tagger read; so is a name
 * joined to a place after "in". */
static void S_coordinated_places(ng_document *doc)
{
    for (size_t m = 0; m + 1 < doc->nmention; m++) {
        ng_mention *a = &doc->mentions[m], *b = &doc->mentions[m + 1];
        size_t e = b->tok_end;
        /* "factories in Renton and Everett, Washington", "in Chicago and
         * Salinas": a one-word name joined to a place after "in" is a place
         * too, where the place is one the lexicon knows or a state follows
         * (not a person the article names in full; not the parties of "in
         * Moran and Pyle", a case) */
        if (a->type == NG_ACTOR_PLACE && a->tok_start > 0 && ng_tok_is(doc, a->tok_start - 1, "in") &&
            (a->lex || S_town_before_state(doc, b)) &&
            a->tok_end + 1 == b->tok_start && ng_tok_is(doc, a->tok_end, "and") && b->type == NG_ACTOR_PERSON &&
            !b->lex && !b->title && b->tok_end == b->tok_start + 1 &&
            !S_word_of_full_name(doc, b->tok_start, true, false) &&
            !(e < doc->ntok && (doc->toks[e].flags & NG_TOK_POSS))) {
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

/* A noun for a made thing at token k, or its plural after a name ("its
 * new Blackwell chips"). */
static bool S_product_noun_after(const ng_document *doc, size_t k)
{
    return S_word_or_singular(doc, k, ng_lex_is_product_noun);
}

/* "the Falcon Heavy rocket", "the drug, Zurzuvae,", "the drug Zurzuvae":
 * the mention names a made thing (PRODUCT_NOUNS). With *made_by, a
 * possessor names its maker ("the European Space Agency's Juice probe"),
 * so the name is the thing's whatever its type. */
static bool S_product_name(const ng_document *doc, const ng_mention *m, bool *made_by)
{
    size_t b = m->tok_start, e = m->tok_end;
    /* "OxyContin maker Purdue Pharma": what a maker makes */
    if (e + 1 < doc->ntok && (ng_tok_is(doc, e, "maker") || ng_tok_is(doc, e, "makers")) &&
        (doc->toks[e + 1].flags & NG_TOK_CAP)) {
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
    if (S_product_noun_after(doc, e)) {
        /* ("its new Blackwell chips", "the company's new Blackwell chips":
         * a maker's, named or not) */
        bool adjective = b > 0 && !(doc->toks[b - 1].flags & NG_TOK_CAP) && !strcmp(ng_dep_upos(doc, b - 1), "ADJ");
        size_t d = adjective ? b - 1 : b;
        *made_by = *made_by || (b > 0 && (doc->toks[b - 1].flags & NG_TOK_POSS)) ||
                   (d > 0 && (!strcmp(doc->toks[d - 1].lower, "its") || (doc->toks[d - 1].flags & NG_TOK_POSS)));
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
    /* "a mixed-reality headset called Vision Pro": a made thing's name */
    bool called = b >= 2 && (ng_tok_is(doc, b - 1, "called") || ng_tok_is(doc, b - 1, "named") ||
                             ng_tok_is(doc, b - 1, "dubbed"));
    if (called && !(doc->toks[b - 2].flags & NG_TOK_CAP) && ng_lex_is_product_noun(doc->lex, doc->toks[b - 2].lower)) {
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
    if (d > 0 && !(doc->toks[d].flags & NG_TOK_CAP) && (doc->toks[d].flags & NG_TOK_WORD) &&
        (!strcmp(ng_dep_upos(doc, d), "NOUN") || !strcmp(ng_dep_upos(doc, d), "ADJ"))) {
        if (doc->toks[d - 1].flags & NG_TOK_POSS) {
            *made_by = true;
            return true;
        }
        d--;
    }
    return ng_tok_is(doc, d, "the") || ng_tok_is(doc, d, "its") || ng_tok_is(doc, d, "their") ||
           ng_tok_is(doc, d, "a") || ng_tok_is(doc, d, "new");
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
    S_name_bits(doc, q + 1, &common);
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

/* The pronoun that takes the name up in the clause its verb reports:
 * "Spotify said on Tuesday it would raise prices", "Brightline said its
 * trains would run" (a thing: 't'), "Ek said he would" ('p'); 0 when the
 * name is no subject of such a verb after it, or the clause has no
 * pronoun subject. */
static char S_reported_pronoun(const ng_document *doc, const ng_mention *om)
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

/* "Allergan, the far smaller company,", "its start-up, Theranos,": a
 * company noun in apposition to the name. */
static bool S_company_apposition(const ng_document *doc, const ng_mention *om)
{
    size_t b = om->tok_start, e = om->tok_end;
    return S_company_noun_after(doc, e) ||
           (b >= 2 && ng_tok_is(doc, b - 1, ",") && !(doc->toks[b - 2].flags & NG_TOK_CAP) &&
            ng_lex_is_company_noun(doc->lex, doc->toks[b - 2].lower) && e < doc->ntok &&
            (ng_tok_is(doc, e, ",") || ng_tok_is(doc, e, ".")));
}

static bool S_possessive_determiner(const char *w)
{
    /* (not "my", "your": "My Lords", "Your Honor" address someone) */
    static const char *const determiners[] = {"his", "her", "its", "their", "whose", NULL};
    return ng_word_in(w, determiners);
}

static void S_add_evidence(const ng_document *doc, const ng_mention *om, name_evidence *ev)
{
    int reading = S_tagger_reading(doc, om->tok_start, om->tok_end);
    /* "the Temporary [Protected] Status programme": part of the name read
     * as a name of another kind and none of it as one of ours is that */
    bool misc = false, ours = false;
    for (size_t k = om->tok_start; k < om->tok_end && reading == 0; k++) {
        int t = ng_ner_type(doc->ner_labels[k]);
        misc = misc || t == 4;
        ours = ours || (t >= 1 && t <= 3);
    }
    ev->readings[reading == 0 && misc && !ours ? 4 : reading]++;
    size_t end = doc->sents[doc->toks[om->tok_start].sent].tok_end;
    /* (", the former special envoy", or right after a title: "Shadow
     * health secretary Victoria Atkins said", which the tagger may read as
     * a body's name) */
    ev->titled = ev->titled || S_title_context(doc, om->tok_start, om->tok_end, end) ||
                 (om->tok_start > doc->sents[doc->toks[om->tok_start].sent].tok_start &&
                  ng_lex_is_title_head(doc->lex, doc->toks[om->tok_start - 1].lower));
    ev->speaks = ev->speaks || (om->tok_end < end && ng_lex_speech_verb(doc->lex, doc->toks[om->tok_end].lower) == 1);
    /* "Stellantis, which makes Jeep vehicles, said": the subject of a verb
     * of saying further on (the name's head may be its first word:
     * "Bavarian Nordic") */
    size_t head = ng_dep_span_head(doc, om->tok_start, om->tok_end);
    int governor = ng_dep_head(doc, head);
    ev->speaks = ev->speaks || (governor > (int)om->tok_end && !strcmp(ng_dep_rel(doc, head), "nsubj") &&
                                ng_lex_speech_verb(doc->lex, doc->toks[governor].lower) == 1);
    ev->speaks = ev->speaks || S_speaks_after_relative(doc, om->tok_end, end);
    /* "Okonjo said", "Okonjo told reporters": a verb that only ever says
     * (not "Cleveland has added four stadiums") */
    ev->says = ev->says ||
               (om->tok_end < end && ng_lex_listed(doc->lex, "only-saying-verbs", doc->toks[om->tok_end].lower)) ||
               (governor > (int)om->tok_end && !strcmp(ng_dep_rel(doc, head), "nsubj") &&
                ng_lex_listed(doc->lex, "only-saying-verbs", doc->toks[governor].lower));
    for (size_t k = om->tok_start; k < om->tok_end; k++)
        ev->tagged = ev->tagged || doc->ner_labels[k];
    char pronoun = S_reported_pronoun(doc, om);
    /* "Stellantis, which makes Jeep vehicles", "Fain, who leads the union":
     * a relative clause on the name (not "Marianne, which one ...?") */
    size_t rel = om->tok_end + 1;
    int clause = rel < doc->ntok && doc->art->text[doc->toks[om->tok_end].start] == ',' ? ng_dep_head(doc, rel) : -1;
    if (clause >= 0 && !strcmp(ng_dep_rel(doc, (size_t)clause), "acl:relcl") &&
        ng_dep_head(doc, (size_t)clause) >= (int)om->tok_start && ng_dep_head(doc, (size_t)clause) < (int)om->tok_end)
        pronoun = ng_tok_is(doc, rel, "which") ? 'w' : ng_tok_is(doc, rel, "who") ? 'p' : pronoun;
    /* ("Julius Malema of the Economic Freedom Fighters, who got 44": who
     * is the person before "of") */
    size_t of = om->tok_start > 0 && ng_tok_is(doc, om->tok_start - 1, "the") ? om->tok_start - 1 : om->tok_start;
    if (pronoun == 'p' && of >= 2 && ng_tok_is(doc, of - 1, "of") && ng_mention_at(doc, of - 2) >= 0 &&
        S_tagger_reading(doc, om->tok_start, om->tok_end) != 1)
        pronoun = 0;
    ev->taken_up_as_thing = ev->taken_up_as_thing || pronoun == 't';
    ev->taken_up_by_which = ev->taken_up_by_which || pronoun == 'w';
    ev->taken_up_as_person = ev->taken_up_as_person || pronoun == 'p';
    /* "Amazon and Meta Platforms have also cut jobs": a name coordinated
     * with a body's */
    bool sure, any, known_place, all_bodies;
    S_listed_with_org(doc, om, &sure, &any, &known_place, &all_bodies);
    /* "supplies chips to Volkswagen, Tesla and BYD": one name among two
     * bodies' or more is one */
    ev->with_org = ev->with_org || sure || all_bodies;
    ev->with_body = ev->with_body || any;
    /* "joining Microsoft, Amazon and Meta": listed with a body's name
     * and with no place the lexicon knows */
    ev->with_body_only = ev->with_body_only || (any && !known_place);
    /* "Arsenal drew 2-2 with Liverpool": a side with a score */
    ev->plays = ev->plays || (om->tok_end + 1 < end && ng_lex_is_result_verb(doc->lex, doc->toks[om->tok_end].lower) &&
                              (doc->toks[om->tok_end + 1].flags & NG_TOK_NUM));
    /* "Pep Guardiola's side", "Mikel Arteta's men": a manager's team */
    ev->manages = ev->manages || (om->tok_end + 1 < end && (doc->toks[om->tok_end].flags & NG_TOK_POSS) &&
                                  ng_lex_listed(doc->lex, "managed-sides", doc->toks[om->tok_end + 1].lower));
    /* "aerospace supplier Rockwell Collins", "energy company Burisma" */
    size_t b = om->tok_start;
    ev->company = ev->company || (b > 0 && !(doc->toks[b - 1].flags & NG_TOK_CAP) &&
                                  ng_lex_is_company_noun(doc->lex, doc->toks[b - 1].lower));
    ev->company = ev->company || S_company_apposition(doc, om);
    /* "An Amazon spokeswoman, Kelly Nantel,": a title only companies give
     * right after the name (not a person's: "Trump spokeswoman" follows a
     * name the tagger reads as a person's, which it may keep) */
    ev->company = ev->company ||
                  (om->tok_end + 1 < doc->ntok && !(doc->toks[om->tok_end].flags & NG_TOK_CAP) &&
                   ng_lex_listed(doc->lex, "company-titles", doc->toks[om->tok_end].lower) &&
                   S_tagger_reading(doc, om->tok_start, om->tok_end) != 1 && !om->lex);
    ev->product = ev->product || S_product_name(doc, om, &ev->made_by);
    char next = S_next_sentence_noun(doc, om);
    ev->company = ev->company || next == 'c';
    ev->taken_up_as_person = ev->taken_up_as_person || next == 'p';
    /* "won a seat in Clacton": after "in" or "near", a place; "the island
     * of Rhodes", "the town of Paradise" too */
    size_t b0 = om->tok_start;
    bool in = b0 > 0 && (ng_tok_is(doc, b0 - 1, "in") || ng_tok_is(doc, b0 - 1, "near")) &&
              !(om->tok_end < doc->ntok && (doc->toks[om->tok_end].flags & NG_TOK_POSS));
    in = in || (b0 > 1 && ng_tok_is(doc, b0 - 1, "of") && S_settlement_noun(doc, doc->toks[b0 - 2].lower));
    ev->placed = ev->placed || in;
    ev->unplaced = ev->unplaced || !in;
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
                           S_tagger_reading(doc, doc->mentions[owner_at].tok_start, d - 1) == 1 &&
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
    /* "World Athletics president Sebastian Coe": who heads a body;
     * "former Dolton mayor Tiffany Henyard": a town's (a whole name: not
     * "City" of "New York City mayor") */
    bool whole =
        !(b > 0 && (doc->toks[b - 1].flags & NG_TOK_CAP) && !ng_lex_is_stop_cap(doc->lex, doc->toks[b - 1].lower));
    ev->heads_body = ev->heads_body || (!om->lex && whole && S_before_title_in(doc, om->tok_end, "body-head-titles"));
    /* ("Nice mayor Christian Estrosi", "a former mayor of Nice") */
    ev->town_office = ev->town_office || (!om->lex && whole && S_before_title_in(doc, om->tok_end, "town-titles")) ||
                      (!om->lex && om->tok_start >= 2 && ng_tok_is(doc, om->tok_start - 1, "of") &&
                       ng_lex_listed(doc->lex, "town-titles", doc->toks[om->tok_start - 2].lower));
    ev->company = ev->company ||
                  (!om->lex && b0 > 1 && ng_tok_is(doc, b0 - 1, "of") && !(doc->toks[b0 - 2].flags & NG_TOK_CAP) &&
                   S_company_title(doc, doc->toks[b0 - 2].lower));
    /* "Takeda's Qdenga vaccine": one word owning a named made thing is
     * its maker (not the surname of someone named in full: "Musk's
     * Starship rocket") */
    ev->company = ev->company || (!om->lex && om->tok_end - om->tok_start == 1 &&
                                  S_owns_named_product(doc, om->tok_end) &&
                                  !S_surname_named_before(doc, om->tok_start));
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
                                      S_tagger_reading(doc, doc->mentions[owner].tok_start, b - 2) == 1);
    /* "deputy director of Copernicus": what someone is director of is a
     * body (a mayor's or governor's is a place) */
    ev->led = ev->led || (b >= 2 && ng_tok_is(doc, b - 1, "of") && !(doc->toks[b - 2].flags & NG_TOK_CAP) &&
                          ng_lex_is_title_head(doc->lex, doc->toks[b - 2].lower) &&
                          !ng_lex_listed(doc->lex, "civic-titles", doc->toks[b - 2].lower));
    /* "Alpine's Esteban Ocon", "Chelsea's Cole Palmer": a possessive right
     * before a name the tagger reads as a person's, of two words or more, no
     * title between: whom the person plays or works for */
    size_t p = om->tok_end + 1;
    if (p < doc->ntok && (doc->toks[om->tok_end].flags & NG_TOK_POSS) && doc->ner_labels &&
        doc->toks[p].sent == doc->toks[om->tok_start].sent) {
        size_t q = ng_ner_span_end(doc, doc->ner_labels, p);
        ev->employs = ev->employs || (q >= p + 2 && ng_ner_reads_person(doc, p, q) && !S_title_word(doc, p));
    }
    /* "Jiffy Lube Live, Bristow, VA,": a name, a comma and a state the
     * lexicon knows, the clause going on after it, is a town's */
    if (!om->lex && om->tok_end + 2 < doc->ntok && ng_tok_is(doc, om->tok_end, ",")) {
        int st = ng_mention_at(doc, om->tok_end + 1);
        const ng_mention *sm = st >= 0 ? &doc->mentions[st] : NULL;
        ev->in_state = ev->in_state ||
                       (sm && sm->tok_start == om->tok_end + 1 && sm->lex && sm->lex->kind == NG_ACTOR_PLACE &&
                        sm->lex->place_kind == NG_PLACE_REGION && sm->lex->country >= 0 &&
                        (sm->tok_end >= doc->ntok || !(doc->toks[sm->tok_end].flags & NG_TOK_CAP)));
    }
    /* "Armani Sheffield 19 points and 3 steals": a player's figures right
     * after the name (a box score) */
    /* (whole numbers: "HuffPollster 4.3 points" is a poll's lead) */
    ev->has_figures = ev->has_figures ||
                      (om->tok_end + 1 < doc->ntok && (doc->toks[om->tok_end].flags & NG_TOK_NUM) &&
                       !strchr(doc->toks[om->tok_end].lower, '.') &&
                       doc->toks[om->tok_end + 1].sent == doc->toks[om->tok_start].sent &&
                       ng_lex_listed(doc->lex, "stat-nouns", doc->toks[om->tok_end + 1].lower));
    /* "won the Masters": what is won is a contest or a prize */
    ev->won = ev->won || (b >= 2 && ng_tok_is(doc, b - 1, "the") &&
                          ng_lex_listed(doc->lex, "winning-verbs", doc->toks[b - 2].lower));
    /* "cloud providers such as Microsoft and Amazon" */
    ev->company = ev->company || (!om->lex && S_company_plural(doc, S_instance_of(doc, om)));
    /* "Shares of Pfizer rose", "Pfizer's shareholders" */
    size_t e = om->tok_end;
    ev->company = ev->company || (b > 1 && ng_tok_is(doc, b - 1, "of") &&
                                  ng_lex_is_company_holding(doc->lex, doc->toks[b - 2].lower));
    ev->company = ev->company || (e + 1 < doc->ntok && ng_tok_is(doc, e, "'s") &&
                                  ng_lex_is_company_holding(doc->lex, doc->toks[e + 1].lower));
    /* "a recent Gallup survey", "a Quinnipiac poll": who polls is a body
     * (a place the lexicon knows polled in is no name of ours here) */
    /* (not a common word: "Exit polls", "Internet polls") */
    bool common_first;
    S_name_bits(doc, om->tok_start, &common_first);
    ev->company = ev->company || (!om->lex && !common_first && e < doc->ntok && !(doc->toks[e].flags & NG_TOK_CAP) &&
                                  ng_lex_listed(doc->lex, "poll-nouns", doc->toks[e].lower));
    /* "Samsung shares rose" (not "Trump shares a video"), "the Chrysler,
     * Dodge and Ram brands" */
    e = S_list_end(doc, om);
    ev->company = ev->company || (!om->lex && e < doc->ntok && !(doc->toks[e].flags & NG_TOK_CAP) &&
                                  (ng_lex_is_company_holding(doc->lex, doc->toks[e].lower) ||
                                   ng_lex_listed(doc->lex, "brand-nouns", doc->toks[e].lower)) &&
                                  !strcmp(ng_dep_upos(doc, e), "NOUN"));
}

/* The actor type most of the tagger's readings give, when it has more of
 * them than the type `current`; else current. */
static int S_majority_type(const name_evidence *ev, int current)
{
    int best = current, best_votes = 0;
    for (int r = 1; r <= 3; r++)
        if (S_actor_type_of_reading(r) == current)
            best_votes = ev->readings[r];
    for (int r = 1; r <= 3; r++)
        if (ev->readings[r] > best_votes) {
            best = S_actor_type_of_reading(r);
            best_votes = ev->readings[r];
        }
    return best;
}

/* The type one mention takes from the evidence of its name. */
static void S_retype_by_evidence(ng_document *doc, ng_mention *mm, const name_evidence *ev)
{
    bool guess = mm->type == NG_ACTOR_PERSON && mm->guessed && !mm->lex && !mm->title;
    /* a type the tagger gave here, not one a rule put over its reading
     * ("union spokesperson Anke de Vries", read as an organization) */
    bool tagger = mm->by_tagger && !mm->lex && mm->type > 0 && mm->type <= NG_ACTOR_PLACE &&
                  S_actor_type_of_reading(S_tagger_reading(doc, mm->tok_start, mm->tok_end)) == mm->type;
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
    /* (a name no reading typed, or a guess; a place may have a president) */
    if (ev->heads_body && !mm->lex && !mm->title && (mm->type == 0 || guess)) {
        mm->type = NG_ACTOR_ORG;
        mm->guessed = false;
        return;
    }
    /* "Tagore songs ... a man named Rabindranath Tagore": a one-word name
     * the tagger read as a place's or a body's, that is the surname of a
     * person the article names in full (and the tagger reads so), is that
     * person, unless something shows a body or a place ("energy company
     * Burisma", only ever "in X") */
    if (tagger && mm->tok_end - mm->tok_start == 1 && !mm->title && !ev->company && !ev->product &&
        !ev->with_org && !ev->taken_up_as_thing && !ev->taken_up_by_which && !(ev->placed && !ev->unplaced) &&
        (mm->type == NG_ACTOR_ORG || mm->type == NG_ACTOR_PLACE) &&
        S_word_of_full_name(doc, mm->tok_start, false, true)) {
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
    if (ev->won && !mm->lex && !mm->title && !ev->titled && !ev->speaks && !ev->taken_up_as_person &&
        mm->type == NG_ACTOR_PERSON && mm->tok_end - mm->tok_start == 1) {
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
    if (ev->product && (mm->type == NG_ACTOR_PERSON || ev->made_by) && !mm->lex && !mm->title && !ev->titled &&
        !ev->speaks && !ev->taken_up_as_person) {
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
    /* "won a seat in Clacton": a one-word name the tagger took for a person
     * by default, that only ever stands where places do, is a place (not
     * the surname of a person named in full: "confidence in Altman") */
    if (ev->placed && !ev->unplaced && mm->type == NG_ACTOR_PERSON && !mm->lex && !mm->title && !ev->titled &&
        !ev->speaks && mm->tok_end - mm->tok_start == 1 && !S_surname_named_before(doc, mm->tok_start)) {
        mm->type = NG_ACTOR_PLACE;
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
                       !ev->readings[3] && (S_name_bits(doc, mm->tok_start, &common) & (1u | 16u));
    bool it_body = !mm->lex && !mm->title && !ev->titled && thing && !ev->taken_up_as_person && !person_name;
    if (it_body && (mm->type == NG_ACTOR_PERSON || (ev->speaks && tagger && mm->type == NG_ACTOR_PLACE))) {
        mm->type = ev->readings[3] > ev->readings[2] && !ev->speaks ? NG_ACTOR_PLACE : NG_ACTOR_ORG;
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
                    ng_lex_listed(doc->lex, "company-name-ends", doc->toks[k].lower);
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
        (mm->type == 0 || guess || (tagger && mm->type != NG_ACTOR_PERSON) || mm->tok_end - mm->tok_start == 1)) {
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
    /* "Spotify, which filed the complaint in 2019": a name taken up by
     * "which" is no person; a body, when it does something */
    if (mm->type == NG_ACTOR_PERSON && !mm->lex && !mm->title && !ev->titled && ev->taken_up_by_which &&
        !ev->taken_up_as_person && !ev->product && mm->tok_end - mm->tok_start == 1) {
        mm->type = NG_ACTOR_ORG;
        mm->guessed = false;
        return;
    }
    if (tagger && mm->type == NG_ACTOR_PLACE && !mm->lex && ev->led && !ev->placed &&
        mm->tok_end - mm->tok_start == 1) {
        mm->type = NG_ACTOR_ORG;
        mm->place_kind = 0;
        return;
    }
    /* "joining Microsoft, Amazon and Meta in a wave of layoffs": a name
     * only the tagger reads as a place, listed with a body's and with no
     * place the lexicon knows, never after "in", is a body */
    if (tagger && mm->type == NG_ACTOR_PLACE && !mm->lex && ev->with_body_only && !ev->placed &&
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
        if (!ev->tagged && !ev->speaks && mm->tok_end - mm->tok_start >= 2) {
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

/* A name is one thing throughout an article. Where the rules typed a name
 * a person only for want of better evidence (a guess, a verb of saying
 * after it), the tagger's readings of all the name's mentions decide:
 * "Spotify said" is the company of "Spotify's chief executive" and "joined
 * Spotify"; "the Booker Prize", which the tagger reads as a name of no
 * actor, is none. Names the tagger typed take the type most of its
 * readings give ("a drug from Pfizer" is the company of "Pfizer plans").
 * The tagger reads the whole document (its prediction history, the
 * pronouns that take the name up), one context does not. */
static void S_document_types(ng_document *doc)
{
    if (!doc->ner_labels || doc->nmention == 0)
        return;
    size_t n = 0;
    named_mention *order = malloc(doc->nmention * sizeof *order);
    for (size_t m = 0; m < doc->nmention; m++)
        if (doc->mentions[m].type >= 0)
            order[n++] = (named_mention){doc->mentions[m].name, m};
    qsort(order, n, sizeof *order, S_by_name);
    for (size_t g = 0; g < n;) {
        size_t h = g + 1;
        while (h < n && strcmp(order[h].name, order[g].name) == 0)
            h++;
        name_evidence ev;
        memset(&ev, 0, sizeof ev);
        for (size_t q = g; q < h; q++)
            S_add_evidence(doc, &doc->mentions[order[q].mention], &ev);
        for (size_t q = g; q < h; q++)
            S_retype_by_evidence(doc, &doc->mentions[order[q].mention], &ev);
        g = h;
    }
    free(order);
}

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

/* "a novel called "Prophet Song"", "known as "Long Hair"": capitalized
 * words quoted alone are the title of a work or a nickname, no actor,
 * unless the lexicon knows them. */
static void S_quoted_names(ng_document *doc)
{
    for (size_t m = 0; m < doc->nmention; m++) {
        ng_mention *mm = &doc->mentions[m];
        if (mm->type > 0 && !mm->lex && !mm->title && S_quoted_alone(doc, mm))
            mm->type = 0;
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
static void S_possessive_offices(ng_document *doc)
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
                S_set_demonym(o, in->lex, in->tok_start, in->tok_end);
            in->type = -1;
        }
        o->tok_start = (uint32_t)p;
        o->start = doc->toks[p].start;
        o->name = S_name_range(doc, p, o->tok_end);
    }
}

static int S_by_start(const void *a, const void *b)
{
    const ng_mention *x = a, *y = b;
    if (x->start != y->start)
        return x->start < y->start ? -1 : 1;
    return x->end > y->end ? -1 : x->end < y->end;
}

/* "Ms. Rivera, a spokeswoman": a courtesy title says that the name after
 * it is a person's, whatever the tagger reads there (a place). */
static void S_courtesy_people(ng_document *doc)
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
            S_word_of_full_name(doc, mm->tok_start, true, false) || !S_opens_org_name(doc, mm))
            continue;
        for (size_t o = 0; o < doc->nmention; o++)
            if (doc->mentions[o].type == NG_ACTOR_PERSON && !doc->mentions[o].lex && !doc->mentions[o].title &&
                !strcmp(doc->mentions[o].name, mm->name)) {
                S_name_becomes_org(doc, (int)o);
                break;
            }
    }
}

/* "Corvane spokesman Tom Alvarez" after "Corvane Semiconductor": a
 * capitalized word no name covers, right before a title and a person, that
 * opens an organization's name of several words elsewhere in the article
 * is that organization by its short name (actors.c merges the two). */
static void S_short_org_names(ng_document *doc)
{
    int32_t *cover, *starting;
    S_cover_index(doc, &cover, &starting);
    size_t n = doc->nmention;
    for (size_t t = 0; t + 2 < doc->ntok; t++) {
        const ng_token *w = &doc->toks[t];
        if (!(w->flags & NG_TOK_CAP) || (w->flags & NG_TOK_ALLCAPS) || S_title_word(doc, t) ||
            ng_lex_is_stop_cap(doc->lex, w->lower) || ng_lex_demonym(doc->lex, w->lower))
            continue;
        /* the title: words of titles ending in a head ("spokesman", "Chief
         * Executive"), not a town's office ("Charlotte Mayor") */
        size_t q = t + 1;
        while (q < doc->ntok && q < t + 4 && S_title_word(doc, q) && starting[q] < 0)
            q++;
        if (q == t + 1 || q >= doc->ntok || !ng_lex_is_title_head(doc->lex, doc->toks[q - 1].lower) ||
            S_civic_title(doc, t + 1, q))
            continue;
        int p = starting[q];
        if (p < 0 || (doc->mentions[p].type != NG_ACTOR_PERSON && doc->mentions[p].type != 0))
            continue;
        ng_mention *own;
        /* (or a person's, where no one the article names in full has the
         * word as a name: "Shakhtar manager Marino Pušić" after
         * "Shakhtar Donetsk drew", not "Trump spokesman" beside "the Trump
         * Organization") */
        ng_mention *one = cover[t] >= 0 ? &doc->mentions[cover[t]] : NULL;
        bool person = one && one->tok_start == t && one->tok_end == t + 1 && one->type == NG_ACTOR_PERSON &&
                      !one->lex && !one->title && !S_word_of_full_name(doc, t, true, false);
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
        }
        if (!org_elsewhere)
            continue;
        if (person)
            S_name_becomes_org(doc, cover[t]);
        else if (own)
            own->type = NG_ACTOR_ORG;
        else
            S_add(doc, t, t + 1, NG_ACTOR_ORG);
    }
    S_short_names_one_type(doc);
}

/* "Hurricane Helene hit Florida ... Helene killed 20 people": a name after
 * a storm word (STORM_WORDS) is a storm's, at that mention and wherever
 * else the article writes it alone; no actor. */
/* "Alzheimer's disease", "Tourette's syndrome": a name whose possessive
 * names an illness is no actor there (EPONYM_HEADS). */
static void S_eponyms(ng_document *doc)
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
static void S_case_names(ng_document *doc)
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

static void S_storm_names(ng_document *doc)
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
        const char *storm = S_name_range(doc, name, mm->tok_end);
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
static void S_reporting_bodies(ng_document *doc)
{
    if (!ng_dep_parsed(doc))
        return;
    int32_t *cover, *starting;
    S_cover_index(doc, &cover, &starting);
    for (size_t s = 0; s < doc->nsent; s++) {
        size_t t = doc->sents[s].tok_start;
        const ng_token *w = &doc->toks[t];
        if (t + 1 >= doc->sents[s].tok_end || !(w->flags & NG_TOK_CAP) || doc->ner_labels[t] ||
            strcmp(ng_dep_upos(doc, t), "PROPN") != 0 || S_title_word(doc, t) ||
            ng_lex_is_stop_cap(doc->lex, w->lower) || ng_lex_demonym(doc->lex, w->lower) ||
            ng_lex_speech_verb(doc->lex, doc->toks[t + 1].lower) != 1)
            continue;
        ng_mention *own;
        ng_mention probe = {.tok_start = (uint32_t)t, .tok_end = (uint32_t)(t + 1)};
        if (!S_word_free(doc, cover, t, &own) || S_reported_pronoun(doc, &probe) != 't')
            continue;
        if (own)
            own->type = NG_ACTOR_ORG;
        else
            S_add(doc, t, t + 1, NG_ACTOR_ORG);
    }
}

/* The country whose people n words from i name ("Americans", "South
 * Koreans"; "the Japanese"): a demonym with or without a plural -s.
 * Returns the words used, 0 for none. */
/* The place a people's name not in the lexicon is made from ("floridian",
 * "puerto rican", "new yorker"): an ending of `demonym-endings` off, and the
 * rest as it is or completed the ways place names end; NULL when none. */
static const ng_lex_entry *S_place_of_people(const ng_document *doc, const char *folded)
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
            if (!hit && (hit = S_place_of_people(doc, f)) != NULL) {
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
 * so only after "the" ("the French"), since "an American" is one unnamed
 * person. */
static void S_nationals(ng_document *doc)
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
            bool after_the = t > doc->sents[s].tok_start && ng_tok_is(doc, t - 1, "the");
            /* a name the tagger or the rules made of just these words
             * ("Bangladeshis" as a person) is the group */
            ng_mention *own = cover[t] >= 0 ? &doc->mentions[cover[t]] : NULL;
            bool free = !own || (own->tok_start == t && own->tok_end == k + 1 && !own->lex &&
                                 strcmp(own->name, S_name_range(doc, t, k + 1)) == 0);
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
            ng_mention *m = own ? own : S_add(doc, t, k + 1, NG_ACTOR_GROUP);
            m->type = NG_ACTOR_GROUP;
            S_set_demonym(m, e, t, k + 1);
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
static void S_places_in_org_names(ng_document *doc)
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
                if (e && e->place_kind == NG_PLACE_COUNTRY) {
                    S_set_demonym(mm, e, a, b);
                    break;
                }
            }
        }
    }
}

/* "Georgia Governor Brian Kemp", "Florida, Georgia and the Carolinas": a
 * country that shares its name with a state of the United States is the
 * state where the article names other states and neither the country's
 * capital nor its people. */
static void S_states_not_countries(ng_document *doc)
{
    bool states = false;
    for (size_t m = 0; m < doc->nmention && !states; m++) {
        const ng_lex_entry *e = doc->mentions[m].lex;
        states = e && e->place_kind == NG_PLACE_REGION && e->country >= 0;
    }
    if (!states)
        return;
    for (size_t m = 0; m < doc->nmention; m++) {
        const ng_lex_entry *country = doc->mentions[m].lex;
        const ng_lex_entry *state = ng_lex_state_named_as(doc->lex, country);
        if (!state)
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
        for (size_t o = m; o < doc->nmention; o++)
            if (doc->mentions[o].lex == country) {
                doc->mentions[o].lex = state;
                doc->mentions[o].place_kind = NG_PLACE_REGION;
            }
        return;
    }
}

/* "the University of California, Santa Cruz,", "the University of
 * Wisconsin, Madison": the name set off after a university's is the place
 * of its campus, whatever the tagger reads. */
static void S_campus_places(ng_document *doc)
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
        if (c->tok_end == c->tok_start + 1 && S_word_of_full_name(doc, c->tok_start, true, false))
            continue;
        c->type = NG_ACTOR_PLACE;
        c->place_kind = 0;
    }
}

/* The tagger's word-table bits of a word as written (NER gazetteer and
 * name lists), and whether the word is in the table in lower case. */
static uint16_t S_name_bits(const ng_document *doc, size_t k, bool *common)
{
    const ng_ner_clusters *cl = doc->ner ? doc->ner->clusters : NULL;
    const ng_token *t = &doc->toks[k];
    *common = cl && ng_ner_clusters_find(cl, t->lower, strlen(t->lower)) >= 0;
    int c = cl ? ng_ner_clusters_find(cl, doc->art->text + t->start, t->end - t->start) : -1;
    return c >= 0 ? cl->gaz[c] : 0;
}

/* "US FALLS", "Get. It. OUT": a common word written in capitals (a
 * subheading, a shout), no acronym: the word table knows it in lower case
 * and lists no body by it as written. */
static bool S_common_word_in_capitals(const ng_document *doc, size_t k)
{
    bool common;
    uint16_t bits = S_name_bits(doc, k, &common);
    return common && !(bits & (2u | 32u));
}

/* "Critic Jon Pareles of The New York Times": a sentence's first word that
 * is a common word and in no list of people's names, before a word that
 * is, does not belong to the person's name (a role written where the
 * sentence capitalizes it; "Baker Mayfield", "Rose Mary Smith" keep theirs,
 * being names in the lists). */
static void S_opening_roles(ng_document *doc)
{
    const uint16_t person_bits = 1u | 16u;
    for (size_t m = 0; m < doc->nmention; m++) {
        ng_mention *mm = &doc->mentions[m];
        size_t k = mm->tok_start;
        if (mm->type != NG_ACTOR_PERSON || mm->lex || mm->tok_end - k < 3 ||
            doc->sents[doc->toks[k].sent].tok_start != k || (doc->toks[k].flags & (NG_TOK_ALLCAPS | NG_TOK_ABBREV)) ||
            S_title_word(doc, k))
            continue;
        bool common, next_common;
        uint16_t first = S_name_bits(doc, k, &common), next = S_name_bits(doc, k + 1, &next_common);
        if (!common || (first & person_bits) || !(next & person_bits))
            continue;
        S_respan(doc, mm, k + 1, mm->tok_end);
    }
}

/* Ramesh "Sunny" Balwani: a nickname in quotation marks between a given
 * name and a surname the tagger read as two people; one person, named
 * without the nickname so that "Balwani" later finds it. */
static void S_nicknames(ng_document *doc)
{
    for (size_t a = 0; a < doc->nmention; a++) {
        ng_mention *first = &doc->mentions[a];
        size_t q = first->tok_end;
        if (first->type != NG_ACTOR_PERSON || q + 3 >= doc->ntok || !(doc->toks[q].flags & NG_TOK_QUOTE) ||
            !(doc->toks[q + 1].flags & NG_TOK_CAP) || !(doc->toks[q + 2].flags & NG_TOK_QUOTE))
            continue;
        for (size_t b = 0; b < doc->nmention; b++) {
            ng_mention *last = &doc->mentions[b];
            if (b == a || last->tok_start != q + 3 || last->type != NG_ACTOR_PERSON || last->tok_end - q > 6)
                continue;
            first->name = ng_arena_printf(&doc->arena, "%s %s", first->name, last->name);
            first->tok_end = last->tok_end;
            last->type = -1; /* dropped with the dead ones */
            break;
        }
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
    /* (a company's name has its "'s" wherever the article writes it: not
     * "Donald Trump's" where "Trump said" is written too) */
    const char *last = doc->toks[k - 1].lower;
    for (size_t o = 0; o < doc->nmention; o++) {
        const ng_mention *om = &doc->mentions[o];
        if (om != mm && om->tok_end < doc->ntok && !strcmp(doc->toks[om->tok_end - 1].lower, last) &&
            !(doc->toks[om->tok_end].flags & NG_TOK_POSS))
            return false;
    }
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
    if (S_tagger_reading(doc, mm->tok_start, mm->tok_end) == 1) {
        bool itself = false;
        for (size_t q = k + 2; q < k + 6 && q < doc->ntok && doc->toks[q].sent == doc->toks[k].sent; q++)
            itself = itself || ng_tok_is(doc, q, "it") || ng_tok_is(doc, q, "its");
        if (!itself || ng_lex_speech_verb(doc->lex, next) != 1)
            return false;
    }
    if (ng_dep_head(doc, h) == (int)k + 1)
        return true;
    return ng_tok_is(doc, k + 1, ",") && (ng_tok_is(doc, k + 2, "the") || ng_tok_is(doc, k + 2, "a"));
}

/* "McDonald's said", "Rival Wendy's said it had no plans": a name whose
 * "'s" ends it (S_brand_s) is a company's, the "'s" part of the name. */
static void S_brand_possessives(ng_document *doc)
{
    for (size_t m = 0; m < doc->nmention; m++) {
        ng_mention *mm = &doc->mentions[m];
        if (mm->type < 0 || mm->lex || !S_brand_s(doc, mm))
            continue;
        mm->tok_end++;
        mm->end = doc->toks[mm->tok_end - 1].end;
        mm->name = S_name_range(doc, mm->tok_start, mm->tok_end);
        mm->type = NG_ACTOR_ORG;
        mm->guessed = false;
    }
}

/* "Rival Huawei launched ...": a sentence's first word that is a common
 * word and in no list of names, before a name the article uses alone
 * elsewhere ("Huawei had overtaken Apple"), is no part of that name; the
 * name takes its type from where it stands alone. Before a person's name,
 * only a word naming a kind of person (schemas/person-nouns.tsv) is such
 * a modifier; any other is the given name. */
static void S_opening_modifiers(ng_document *doc)
{
    for (size_t m = 0; m < doc->nmention; m++) {
        ng_mention *mm = &doc->mentions[m];
        size_t k = mm->tok_start;
        if (mm->type < 0 || mm->lex || mm->tok_end - k < 2 || doc->sents[doc->toks[k].sent].tok_start != k ||
            (doc->toks[k].flags & (NG_TOK_ALLCAPS | NG_TOK_ABBREV)) || S_title_word(doc, k))
            continue;
        const char *rest = S_name_range(doc, k + 1, mm->tok_end);
        /* "Rival Honda Motor Co said": a word that describes companies
         * (before an acronym or a name the tagger reads as a body's, the
         * rules' guess of a person is none: "Rival AMD reported") */
        bool body = mm->type == NG_ACTOR_ORG ||
                    (mm->tok_end == k + 2 && (doc->toks[k + 1].flags & NG_TOK_ALLCAPS) &&
                     !(doc->toks[k + 1].flags & NG_TOK_ABBREV)) ||
                    S_tagger_reading(doc, k + 1, mm->tok_end) == 2;
        if (body && ng_lex_listed(doc->lex, "company-descriptors", doc->toks[k].lower)) {
            mm->tok_start = (uint32_t)(k + 1);
            mm->start = doc->toks[k + 1].start;
            mm->name = rest;
            mm->type = NG_ACTOR_ORG;
            mm->guessed = false;
            continue;
        }
        bool common;
        if (S_name_bits(doc, k, &common) || !common)
            continue;
        /* "Wladimir Klitschko ... Klitschko": before a person's name used
         * alone, a word that names no kind of person is the given name */
        bool role = ng_lex_person_noun(doc->lex, doc->toks[k].lower) != 0;
        /* ("Athletics Kenya said": not where the tagger reads all the words
         * as one body's name) */
        if (S_tagger_reading(doc, k, mm->tok_end) == 2)
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

/* A score ("3-1", "2–2", "1 – 0") among the n tokens from k in the
 * sentence. */
static bool S_score_within(const ng_document *doc, size_t k, size_t end, size_t n)
{
    for (size_t q = k; q < end && q < k + n; q++) {
        const char *w = doc->toks[q].lower;
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
    /* (also in a relative clause: "Liverpool, who drew 1-1 with Chelsea") */
    size_t v = e + 2 < end && ng_tok_is(doc, e, ",") && (ng_tok_is(doc, e + 1, "who") || ng_tok_is(doc, e + 1, "which"))
                   ? e + 2
                   : e;
    if (v < end && ng_lex_is_result_verb(doc->lex, doc->toks[v].lower) && S_score_within(doc, v + 1, end, 6))
        return true;
    /* (a word may describe the side beaten: "defeated debutants Panama") */
    size_t r = b > 1 && !(doc->toks[b - 1].flags & NG_TOK_CAP) && (doc->toks[b - 1].flags & NG_TOK_WORD) ? b - 1 : b;
    if (r > 0 && ng_lex_is_result_verb(doc->lex, doc->toks[r - 1].lower) && S_score_within(doc, e, end, 2))
        return true;
    /* "Tunisia lost 1 – 2 to England" */
    size_t from = b > 5 ? b - 5 : 0;
    if (b > 0 && ng_tok_is(doc, b - 1, "to") && from >= doc->sents[doc->toks[b].sent].tok_start &&
        S_score_within(doc, from, b - 1, 4))
        return true;
    /* "Liverpool face Manchester United", "Liverpool fired manager Arne
     * Slot": a fixture against a body, or a side's coach hired or fired */
    if (e + 1 < end && ng_lex_listed(doc->lex, "fixture-verbs", doc->toks[e].lower)) {
        int o = ng_mention_at(doc, e + 1);
        if (o >= 0 && doc->mentions[o].tok_start == e + 1 && doc->mentions[o].type == NG_ACTOR_ORG)
            return true;
    }
    if (e + 2 < end && ng_lex_listed(doc->lex, "hiring-verbs", doc->toks[e].lower) &&
        ng_lex_listed(doc->lex, "side-titles", doc->toks[e + 1].lower))
        return true;
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
    return ng_lex_is_stop_cap(doc->lex, doc->toks[k].lower) || S_common_word_in_capitals(doc, k) ||
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
    uint16_t bits = S_name_bits(doc, k, &common);
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
        S_respan(doc, mm, i, j);
        mm->title = NULL;
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
    S_respan(doc, mm, i, j);
    /* (one common word left is no name, unless people are named so: "Need
     * Fewer Philosophers", "Bad Idea"; not "Trump Is") */
    bool common;
    if (j == i + 1 && (S_name_bits(doc, i, &common) & (1u | 16u)) == 0 && common)
        mm->type = 0;
}

/* Names in lines written in capitals or in title case (headlines,
 * subheadings, links' text), each sentence's case read once. */
static void S_capitalized_lines(ng_document *doc)
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
static void S_state_abbreviations(ng_document *doc)
{
    for (size_t m = 0; m < doc->nmention; m++) {
        ng_mention *mm = &doc->mentions[m];
        size_t i = mm->tok_start;
        const ng_lex_entry *e = mm->lex;
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
        int reading = S_actor_type_of_reading(S_tagger_reading(doc, i, i + 1));
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

/* "TOYOTA RAV4 PRIME", "new cars, trucks and SUVs": a name the tagger read
 * as a person's with a word no person's name has is no person's; "CB
 * Tavierre Thomas", "Stats QB Jordan Ruiz": a player's position written
 * before his name in a roster (`position-abbreviations`) is not part of
 * it, nor is a word before the position. */
static void S_forms_no_person_has(ng_document *doc)
{
    for (size_t m = 0; m < doc->nmention; m++) {
        ng_mention *mm = &doc->mentions[m];
        if (mm->type < 0 || mm->type == NG_ACTOR_GROUP || mm->lex)
            continue;
        /* (an acronym's plural alone is no body's or place's name either) */
        if (mm->tok_end == mm->tok_start + 1 && S_acronym_plural(doc, mm->tok_start)) {
            mm->type = 0;
            continue;
        }
        for (size_t k = mm->tok_start; k < mm->tok_start + 2 && k + 2 < mm->tok_end; k++)
            if ((doc->toks[k].flags & NG_TOK_ALLCAPS) &&
                ng_lex_listed(doc->lex, "position-abbreviations", doc->toks[k].lower)) {
                S_respan(doc, mm, k + 1, mm->tok_end);
                mm->type = NG_ACTOR_PERSON;
                break;
            }
        if (mm->type != NG_ACTOR_PERSON)
            continue;
        bool odd = false;
        for (size_t k = mm->tok_start; k < mm->tok_end && !odd; k++)
            odd = S_no_name_word(doc, k);
        if (odd) {
            mm->type = 0;
            mm->title = NULL;
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
static void S_repeated_sides(ng_document *doc)
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
            S_name_bits(doc, k, &common);
            if (longer || (k == sent_start && common))
                continue;
            ng_mention *add = S_add(doc, k, k + n, doc->mentions[m].type);
            mm = &doc->mentions[m]; /* (S_add may move the array) */
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
static void S_sides_by_nickname(ng_document *doc)
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
static void S_city_sides(ng_document *doc)
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
                        !(S_name_bits(doc, side->tok_start, &common) & (1u | 16u)) &&
                        !S_word_of_full_name(doc, side->tok_start, false, false);
        if (side->type < 0 || !(place || nickname) || !S_side_mention(doc, side) || S_club_named_after(doc, side))
            continue;
        const char *name = side->name;
        for (size_t o = 0; o < doc->nmention; o++) {
            ng_mention *om = &doc->mentions[o];
            bool same = city ? om->lex == city
                             : !om->lex && om->type >= 0 && om->type != NG_ACTOR_GROUP && !strcmp(om->name, name);
            if (!same || om->type < 0 || (o != m && ng_location_preposition(doc, om->tok_start)) ||
                S_dateline_at(doc, om->tok_start, om->tok_end))
                continue;
            om->type = NG_ACTOR_ORG;
            om->lex = NULL;
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
static void S_one_type_per_name(ng_document *doc)
{
    for (size_t m = 0; m < doc->nmention; m++) {
        const ng_mention *mm = &doc->mentions[m];
        if (mm->type != NG_ACTOR_ORG || mm->lex || mm->tok_end - mm->tok_start < 2)
            continue;
        bool words = mm->tok_end - mm->tok_start >= 3;
        for (size_t k = mm->tok_start; k < mm->tok_end && !words; k++)
            S_name_bits(doc, k, &words);
        size_t people = 0, read_people = 0, read_bodies = 0;
        for (size_t o = 0; o < doc->nmention && words; o++) {
            const ng_mention *om = &doc->mentions[o];
            if (!om->lex && !strcmp(om->name, mm->name)) {
                people += om->type == NG_ACTOR_PERSON;
                int r = doc->ner_labels ? S_tagger_reading(doc, om->tok_start, om->tok_end) : 0;
                read_people += r == 1;
                read_bodies += r == 2;
            }
        }
        for (size_t o = 0; o < doc->nmention && people && read_bodies > read_people; o++)
            if (!doc->mentions[o].lex && !strcmp(doc->mentions[o].name, mm->name) &&
                doc->mentions[o].type == NG_ACTOR_PERSON) {
                S_name_becomes_org(doc, (int)o);
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
        if (om->type == NG_ACTOR_PERSON && !om->lex && om->tok_end == om->tok_start + 1 &&
            !strcmp(doc->toks[om->tok_start].lower, doc->toks[k].lower))
            return true;
    }
    return false;
}

/* "Sabalenka beat Coco Gauff ... Gauff, the U.S. Open champion, had won
 * their two meetings. She said": a name of two or three words the tagger
 * read as a body's, with no word of bodies' names, whose last word stands
 * alone as a person's name, is that person's full name, at all its
 * mentions, and so is its first word alone ("Coco played"). */
static void S_full_names_of_people(ng_document *doc)
{
    for (size_t m = 0; m < doc->nmention; m++) {
        const ng_mention *mm = &doc->mentions[m];
        size_t n = mm->tok_end - mm->tok_start;
        /* (a given name: no common word, as "Stop Trump", "Team Trump" are
         * no one's) */
        bool common;
        S_name_bits(doc, mm->tok_start, &common);
        if (mm->type != NG_ACTOR_ORG || mm->lex || n < 2 || n > 3 || S_has_org_word(doc, mm->tok_start, mm->tok_end) ||
            ng_lex_listed(doc->lex, "company-name-ends", doc->toks[mm->tok_end - 1].lower) ||
            S_has_connector(doc, mm->tok_start, mm->tok_end) || common ||
            ng_lex_demonym(doc->lex, doc->toks[mm->tok_end - 1].lower) ||
            !S_given_names(doc, mm->tok_start, mm->tok_start + 1) || !S_word_named_as_person(doc, mm->tok_end - 1))
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

/* "Jupiter's moon Europa": a planet's name alone (celestial-bodies) is no
 * actor, unless it is a word of the name of a person or a body the
 * article names ("Venus Williams", "Mars Inc ... Mars will pay") or a town
 * ("in Jupiter, Florida", "a resort in Jupiter"). */
static void S_planets(ng_document *doc)
{
    for (size_t m = 0; m < doc->nmention; m++) {
        ng_mention *mm = &doc->mentions[m];
        if (mm->type > 0 && mm->tok_end == mm->tok_start + 1 &&
            ng_lex_listed(doc->lex, "celestial-bodies", doc->toks[mm->tok_start].lower) &&
            !S_word_of_full_name(doc, mm->tok_start, true, false) && !S_opens_org_name(doc, mm) &&
            !S_town_before_state(doc, mm) && !(mm->tok_start > 0 && ng_tok_is(doc, mm->tok_start - 1, "in")))
            mm->type = 0;
    }
}

void ng_find_mentions(ng_document *doc)
{
    if (doc->ner && doc->ntok) {
        doc->ner_labels = ng_arena_alloc(&doc->arena, doc->ntok);
        ng_ner_tag_document(doc->ner, doc, doc->ner_labels);
    }
    for (size_t s = 0; s < doc->nsent; s++)
        S_scan_sentence(doc, &doc->sents[s]);
    if (doc->nmention > 1)
        qsort(doc->mentions, doc->nmention, sizeof *doc->mentions, S_by_start);
    S_courtesy_people(doc);
    S_tagger(doc);
    S_employers(doc);
    S_document_types(doc);
    S_workplaces(doc);
    S_coordinated_places(doc);

    S_quoted_names(doc);
    S_possessive_offices(doc);
    S_short_org_names(doc);
    S_storm_names(doc);
    S_eponyms(doc);
    S_case_names(doc);
    S_reporting_bodies(doc);
    S_nationals(doc);
    S_opening_roles(doc);
    S_brand_possessives(doc);
    S_opening_modifiers(doc);
    S_nicknames(doc);
    S_city_sides(doc);
    S_repeated_sides(doc);
    S_sides_by_nickname(doc);
    S_state_abbreviations(doc);
    S_forms_no_person_has(doc);
    S_capitalized_lines(doc);
    size_t live = 0;
    for (size_t m = 0; m < doc->nmention; m++)
        if (doc->mentions[m].type >= 0)
            doc->mentions[live++] = doc->mentions[m];
    doc->nmention = live;
    if (doc->nmention > 1)
        qsort(doc->mentions, doc->nmention, sizeof *doc->mentions, S_by_start);
    ng_index_mentions(doc);
    S_appositive_orgs(doc);
    S_possessive_orgs(doc);
    S_states_not_countries(doc);
    S_places_in_org_names(doc);
    S_campus_places(doc);
    for (size_t m = 0; m < doc->nmention; m++) {
        if (doc->mentions[m].type == NG_ACTOR_PERSON || doc->mentions[m].type == 0) {
            S_premodifiers(doc, (int)m);
            S_postmodifiers(doc, (int)m);
            if (doc->mentions[m].type == 0 && doc->mentions[m].title)
                doc->mentions[m].type = NG_ACTOR_PERSON;
        }
    }
    S_one_type_per_name(doc);
    S_full_names_of_people(doc);
    S_planets(doc);
}
