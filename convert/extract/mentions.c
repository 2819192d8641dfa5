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
#include "mentions.h"
#include "ner.h"

/* Display text of tokens [i, j): words joined by single spaces, skipping
 * bracket marks so "[Russian President Vladimir] Putin" gives a clean name. */
const char *ng_mn_name_range(ng_document *doc, size_t i, size_t j)
{
    ng_buf b = {0};
    for (size_t k = i; k < j; k++) {
        const ng_token *t = &doc->toks[k];
        char c = doc->art->text[t->start];
        if ((t->flags & NG_TOK_PUNCT) && (c == '[' || c == ']'))
            continue;
        if (b.len && !ng_tok_possessive(doc, k))
            ng_buf_addc(&b, ' ');
        ng_buf_add(&b, doc->art->text + t->start, t->end - t->start);
    }
    const char *s = ng_arena_strdup(&doc->arena, b.data ? b.data : "");
    ng_buf_free(&b);
    return s;
}

/* Move mention m onto tokens [i, j): its tokens, bytes and name. */
void ng_mn_respan(ng_document *doc, ng_mention *m, size_t i, size_t j)
{
    m->tok_start = (uint32_t)i;
    m->tok_end = (uint32_t)j;
    m->start = doc->toks[i].start;
    m->end = doc->toks[j - 1].end;
    m->name = ng_mn_name_range(doc, i, j);
}

bool ng_mn_is_word(const ng_token *t) { return (t->flags & NG_TOK_WORD) != 0; }

/* A Roman numeral in lower case ("iv", "xii"). */
bool ng_mn_roman(const char *w)
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
bool ng_mn_party_state(const ng_token *t)
{
    const char *w = t->lower;
    return (w[0] == 'r' || w[0] == 'd' || w[0] == 'i') && w[1] == '-' && w[2] >= 'a' && w[2] <= 'z' &&
           strlen(w) <= 12 && !strchr(w + 2, '-');
}

/* "FHC/ABJ/03/095/2018": parts of a reference number are no names; nor
 * is "RTS,S" (a vaccine's code: a comma between letters, no space) */
bool ng_mn_in_code(const ng_document *doc, size_t i)
{
    const ng_token *t = &doc->toks[i];
    /* (a letter or two glued on: not "Colorado,Washington", a comma
     * whose space is missing) */
    const char *x = doc->art->text;
    size_t tail = 0;
    while (x[t->end] == ',' && tail < 3 && isalnum((unsigned char)x[t->end + 1 + tail]))
        tail++;
    bool glued_after = tail >= 1 && tail <= 2;
    bool glued_before = t->start >= 2 && x[t->start - 1] == ',' && isalnum((unsigned char)x[t->start - 2]) &&
                        t->end - t->start <= 2;
    return (t->start > 0 && x[t->start - 1] == '/') || x[t->end] == '/' || glued_after || glued_before;
}

/* Is token i written with a hyphen and a lower-case letter after it
 * ("Off-spinner"; not "Jean-Pierre")? */
bool ng_mn_lower_after_hyphen(const ng_document *doc, size_t i)
{
    const char *raw = doc->art->text + doc->toks[i].start;
    size_t len = doc->toks[i].end - doc->toks[i].start;
    const char *hyphen = memchr(raw, '-', len);
    return hyphen && hyphen != raw && hyphen + 1 < raw + len && hyphen[1] >= 'a' && hyphen[1] <= 'z';
}

/* Does the article capitalize token i's word where no sentence opens? */
static bool S_capitalized_inside(const ng_document *doc, size_t i)
{
    for (size_t q = 0; q < doc->ntok; q++)
        if (q != doc->sents[doc->toks[q].sent].tok_start && (doc->toks[q].flags & NG_TOK_CAP) &&
            !strcmp(doc->toks[q].lower, doc->toks[i].lower))
            return true;
    return false;
}

/* Does token i open its sentence, joined by a hyphen to a lower-case
 * word ("Off-spinner", "Ex-president"), and is it capitalized nowhere
 * else in the article? */
static bool S_opening_lower_compound(const ng_document *doc, size_t i)
{
    /* (three letters or more after the hyphen: a word, no suffix) */
    const ng_token *t = &doc->toks[i];
    const char *hyphen = memchr(doc->art->text + t->start, '-', t->end - t->start);
    return i == doc->sents[t->sent].tok_start && ng_mn_lower_after_hyphen(doc, i) &&
           hyphen + 3 < doc->art->text + t->end && !S_capitalized_inside(doc, i);
}

static bool S_nameish(const ng_document *doc, size_t i)
{
    const ng_token *t = &doc->toks[i];
    if (!ng_mn_is_word(t))
        return false;
    if (ng_mn_in_code(doc, i))
        return false;
    /* "(R-TX)", "D-N.Y.": a party and a state after a lawmaker's name */
    if (ng_mn_party_state(t))
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
    /* "Off-spinner Ravichandran Ashwin", "Co-founder Larry Page": a common
     * compound capitalized only because it opens the sentence */
    if (S_opening_lower_compound(doc, i))
        return false;
    /* "Washington-based", "U.S.-led": a modifier, not part of a name */
    const char *dash = strrchr(t->lower, '-');
    return !(dash && dash > t->lower && ng_lex_listed(doc->lex, "affiliation-suffixes", dash));
}

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
    /* (nor one that owns: "Boeing's board said"; nor a name joined by a
     * hyphen to a capital: "Yang-Ming Chiang, a materials scientist") */
    const char *text = doc->art->text + doc->toks[i].start;
    size_t len = doc->toks[i].end - doc->toks[i].start;
    const char *hyphen = memchr(text, '-', len);
    if (hyphen && hyphen + 1 < text + len && hyphen[1] >= 'A' && hyphen[1] <= 'Z')
        return false;
    if (!opens || n <= 5 || strcmp(w + n - 3, "ing") != 0 || (doc->toks[i].flags & NG_TOK_ALLCAPS) ||
        ng_lex_name(doc->lex, w) || (i + 1 < doc->ntok && ng_lex_speech_verb(doc->lex, doc->toks[i + 1].lower) == 1) ||
        (e && e->place_kind == NG_PLACE_COUNTRY) || (i + 1 < doc->ntok && (doc->toks[i + 1].flags & NG_TOK_POSS)))
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
bool ng_mn_era_mark(const ng_document *doc, size_t i)
{
    return ng_lex_is_era_word(doc->lex, doc->toks[i].lower) &&
           ((i > 0 && S_number_at(doc, i - 1)) || S_number_at(doc, i + 1));
}

/* "Theresa May": the month right after a given name the tagger reads as
 * a person's, with no day after it, is a surname, and so it is alone
 * after the full name ("May said"). */
static bool S_surname_may(const ng_document *doc, size_t i)
{
    const ng_token *t = &doc->toks[i];
    if (strcmp(t->lower, "may") != 0 || doc->art->text[t->start] != 'M')
        return false;
    if (ng_mn_surname_named_before(doc, i))
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
        return ng_mn_era_mark(doc, i);
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
    /* (or after a comma and a noun for people: "The group's drummer, Will
     * Champion,"; or opening a sentence that asks nothing: "Will Champion
     * said") */
    bool read_on = i + 1 < doc->ntok && doc->ner_labels && doc->ner_labels[i] == NER_B_PER &&
                   doc->ner_labels[i + 1] == NER_I_PER && (doc->toks[i + 1].flags & NG_TOK_CAP);
    const ng_sentence *own = &doc->sents[t->sent];
    if (read_on && own->tok_start < i && (doc->toks[i - 1].flags & NG_TOK_WORD) &&
        !(doc->toks[i - 1].flags & NG_TOK_PUNCT))
        return false;
    const char *noun = own->tok_start + 1 < i ? doc->toks[i - 2].lower : "";
    if (read_on && own->tok_start + 1 < i && ng_tok_is(doc, i - 1, ",") &&
        (ng_lex_is_title_head(doc->lex, noun) || ng_lex_person_noun(doc->lex, noun)))
        return false;
    if (read_on && own->tok_start == i && ng_tok_is(doc, i, "will") && !ng_tok_is(doc, own->tok_end - 1, "?"))
        return false;
    /* "the Three Mile Island nuclear plant", "One World Trade Center": a
     * number word capitalized in mid-sentence that the tagger reads as a
     * name's first word */
    bool number = !strcmp(t->lower, "one") || !strcmp(t->lower, "two") || !strcmp(t->lower, "three");
    if (number && own->tok_start < i && (doc->toks[i - 1].flags & NG_TOK_WORD) && doc->ner_labels &&
        ng_ner_is_begin(doc->ner_labels[i]) && i + 1 < own->tok_end && (doc->toks[i + 1].flags & NG_TOK_CAP))
        return false;
    /* "Hey Frank", "Dear Sally": a greeting before a name */
    return ng_lex_is_stop_cap(doc->lex, t->lower) || ng_lex_listed(doc->lex, "greetings", t->lower);
}

/* The lower-case words inside a name: "Bank of England", "Ursula von der
 * Leyen", "Frankfurt am Main" */
bool ng_mn_connector(const ng_document *doc, const char *w)
{
    static const char *const c[] = {"of", "for", "and", "on", "the", "am", "&", NULL};
    return ng_word_in(w, c) || ng_lex_is_name_particle(doc->lex, w);
}

/* Whether a run [i, j) joins its words with a lower-case connector. */
bool ng_mn_has_connector(const ng_document *doc, size_t i, size_t j)
{
    for (size_t k = i + 1; k + 1 < j; k++)
        if (ng_mn_connector(doc, doc->toks[k].lower) && !(doc->toks[k].flags & NG_TOK_CAP))
            return true;
    return false;
}

/* "director-general", "attorney-general": title words joined by hyphens */
bool ng_mn_hyphenated_title(const ng_document *doc, const char *w)
{
    char part[64];
    size_t n = strlen(w);
    if (n >= sizeof part || !strchr(w, '-'))
        return false;
    memcpy(part, w, n + 1);
    char *save = NULL;
    bool any = false;
    const char *last = strrchr(w, '-') + 1;
    /* ("editor-in-chief": a head, "in" and its tail) */
    bool in_tail = ng_lex_listed(doc->lex, "title-in-tails", last);
    for (char *p = strtok_r(part, "-", &save); p; p = strtok_r(NULL, "-", &save)) {
        /* ("co-author", "co-chair": a prefix of shared posts) */
        bool prefix = p == part && !strcmp(p, "co");
        if (in_tail && p != part && (!strcmp(p, "in") || !strcmp(p, last)))
            continue;
        if (!prefix && !ng_lex_is_title_head(doc->lex, p) && !ng_lex_is_title_mod(doc->lex, p))
            return false;
        any = true;
    }
    return any && (in_tail || ng_lex_is_title_head(doc->lex, last));
}

/* Titles named by a portfolio before them: "Home Secretary", "Civil
 * Protection Minister" (not "Labour leader", a body's leader). */
bool ng_mn_portfolio_head(const ng_document *doc, size_t k)
{
    return ng_lex_listed(doc->lex, "portfolio-heads", doc->toks[k].lower);
}

/* "Justices Elena Kagan and Ketanji Brown Jackson", "Sens. X and Y",
 * "council members X and Y": a title in the plural before a name, held
 * by each of the names after it.
 * The singular into one (room for 32), or false. */
/* Do the capitalized names from token k on ("Brian Knowles and Robert
 * Turkewitz") end the apposition they stand in, before a comma, a stop or
 * a dash? Not a clause of their own ("Ted Cruz has 11 delegates, Marco
 * Rubio has 10") nor words going on ("all outsider candidates, Donald
 * Trump in particular"). */
static bool S_names_set_off(const ng_document *doc, size_t k)
{
    uint32_t sent = doc->toks[k].sent;
    for (size_t names = 0; k < doc->ntok && doc->toks[k].sent == sent && names < 4; names++) {
        /* (people's names, not acronyms' plurals: "publishers, DSPs and
         * SSPs") */
        const char *w = doc->art->text + doc->toks[k].start;
        if (!(doc->toks[k].flags & NG_TOK_CAP) || (w[1] >= 'A' && w[1] <= 'Z'))
            return false;
        while (k < doc->ntok && doc->toks[k].sent == sent &&
               ((doc->toks[k].flags & NG_TOK_CAP) || ng_lex_is_name_particle(doc->lex, doc->toks[k].lower)))
            k++;
        if (k >= doc->ntok || doc->toks[k].sent != sent)
            return true;
        char c = doc->art->text[doc->toks[k].start];
        if (ng_tok_is(doc, k, "and") && k + 1 < doc->ntok) {
            k++;
            continue;
        }
        /* ("X, Y and Z": a comma before another name of the list) */
        if (c == ',' && k + 2 < doc->ntok && (doc->toks[k + 1].flags & NG_TOK_CAP) && !ng_tok_is(doc, k + 1, "who")) {
            size_t q = k + 1;
            while (q < doc->ntok && (doc->toks[q].flags & NG_TOK_CAP))
                q++;
            if (q < doc->ntok && ng_tok_is(doc, q, "and")) {
                k = q + 1;
                continue;
            }
        }
        return c == ',' || c == '.' || c == ')' || c == ';' || ng_tok_is_dash(doc, k);
    }
    return false;
}

/* Is the capitalized name from token k on one of several listed before
 * the clause's verb ("Kagan and Jackson", "Clinton or Sanders", "Sens. Joe
 * Manchin (D-WV), Bob Casey Jr. (D-PA)", "Senators Mitch McConnell, the
 * majority leader, whose ...; Tim Scott")? A relative clause inside the
 * list is passed over to its comma. A title in the plural before one name
 * alone names no person by it: "leaders Castlebury Wanderers",
 * "champions Real Madrid" are teams. */
static bool S_names_joined(const ng_document *doc, size_t k)
{
    uint32_t sent = doc->toks[k].sent;
    bool relative = false;
    for (size_t p = k + 1; p + 1 < doc->ntok && p < k + 24 && doc->toks[p + 1].sent == sent; p++) {
        char c = doc->art->text[doc->toks[p].start];
        bool cap_next = (doc->toks[p + 1].flags & NG_TOK_CAP) != 0;
        if (ng_tok_is(doc, p, "who") || ng_tok_is(doc, p, "whose") || ng_tok_is(doc, p, "which"))
            relative = true;
        if (relative && (c == ',' || c == ';'))
            relative = false;
        else if (relative)
            continue;
        if (!strcmp(ng_dep_upos(doc, p), "VERB") || !strcmp(ng_dep_upos(doc, p), "AUX"))
            return false;
        else if (cap_next && (ng_tok_is(doc, p, "and") || ng_tok_is(doc, p, "or") || ng_tok_is(doc, p, "&") ||
                              c == ',' || c == ';'))
            return true;
    }
    return false;
}

bool ng_mn_plural_title(const ng_document *doc, size_t i, char *one)
{
    const char *w = doc->toks[i].lower;
    size_t n = strlen(w);
    if (n < 4 || n >= 32)
        return false;
    /* (before a name: not "Chiefs coach Andy Reid"; "law professors X and
     * Y" in lower case too; or before a comma and names: "his lawyers,
     * Brian Knowles and Robert Turkewitz,") */
    size_t name = i + 1 < doc->ntok && doc->art->text[doc->toks[i + 1].start] == ',' ? i + 2 : i + 1;
    if (name >= doc->ntok || !(doc->toks[name].flags & NG_TOK_CAP) ||
        ng_lex_is_title_head(doc->lex, doc->toks[name].lower) || (name == i + 2 && !S_names_set_off(doc, name)) ||
        (name == i + 1 && !S_names_joined(doc, name)))
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
bool ng_title_word(const ng_document *doc, size_t i) { return ng_mn_title_word(doc, i); }

/* "State's Attorney": a title written with a possessive inside it
 * (`possessive-titles`), the word before the "'s" at token i. */
bool ng_mn_possessive_title_at(const ng_document *doc, size_t i)
{
    char phrase[96];
    return i + 2 < doc->ntok && (doc->toks[i + 1].flags & NG_TOK_POSS) &&
           snprintf(phrase, sizeof phrase, "%s%s %s", doc->toks[i].lower, doc->toks[i + 1].lower,
                    doc->toks[i + 2].lower) < (int)sizeof phrase &&
           ng_lex_listed(doc->lex, "possessive-titles", phrase);
}

/* "Mr. King", "Ms. Judge": a capitalized word right after a courtesy
 * title that is no title itself is a surname, unless it names a post one
 * addresses so ("Mr. President", `address-titles`). */
static bool S_surname_after_courtesy(const ng_document *doc, size_t i)
{
    if (i == 0)
        return false;
    const char *before = doc->toks[i - 1].lower;
    return (doc->toks[i].flags & NG_TOK_CAP) && ng_lex_is_courtesy_title(doc->lex, before) &&
           !ng_lex_is_title_head(doc->lex, before) &&
           !ng_lex_listed(doc->lex, "address-titles", doc->toks[i].lower);
}

bool ng_mn_title_word(const ng_document *doc, size_t i)
{
    const char *w = doc->toks[i].lower;
    char one[32];
    if (ng_mn_possessive_title_at(doc, i) || (i > 0 && ng_mn_possessive_title_at(doc, i - 1)))
        return true;
    /* "St. Louis", "St. Paul police": in news a place's first word far
     * more often than a saint's title */
    if (!strcmp(w, "st."))
        return false;
    if (S_surname_after_courtesy(doc, i))
        return false;
    return ng_lex_is_title_head(doc->lex, w) || ng_lex_is_title_mod(doc->lex, w) ||
           ng_lex_is_title_abbreviation(doc->lex, w) || ng_lex_is_courtesy_title(doc->lex, w) ||
           ng_mn_hyphenated_title(doc, w) || ng_mn_plural_title(doc, i, one) || ng_mn_title_of_tail(doc, i);
}

/* "chief of staff", "chief of police": a word that ends a post after "of"
 * and the post's head (`title-of-tails`), at token i; or after "in"
 * (`title-in-tails`: "editor in chief", "Commander in Chief"). */
bool ng_mn_title_of_tail(const ng_document *doc, size_t i)
{
    if (i < 2 || !ng_lex_is_title_head(doc->lex, doc->toks[i - 2].lower))
        return false;
    if (ng_tok_is(doc, i - 1, "in"))
        return ng_lex_listed(doc->lex, "title-in-tails", doc->toks[i].lower);
    return !(doc->toks[i].flags & NG_TOK_CAP) && ng_tok_is(doc, i - 1, "of") &&
           ng_lex_listed(doc->lex, "title-of-tails", doc->toks[i].lower);
}

/* A title's modifier right before its head ("Financial" of "Chief
 * Financial Officer", "operating" of "chief operating officer"), within
 * [.., hi). */
bool ng_mn_title_modifier_of_head(const ng_document *doc, size_t k, size_t hi)
{
    return k + 1 < hi && ng_lex_is_title_mod(doc->lex, doc->toks[k].lower) &&
           ng_lex_is_title_head(doc->lex, doc->toks[k + 1].lower);
}

/* Longest demonym ending at token k (inclusive), at or after from. */
size_t ng_mn_demonym_ending(ng_document *doc, size_t k, size_t from, const ng_lex_entry **e)
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

bool ng_mn_has_org_word(ng_document *doc, size_t i, size_t j)
{
    for (size_t k = i; k < j; k++)
        if (S_org_word_at(doc, k, j))
            return true;
    return false;
}

/* The country (or organization) a demonym names, and where the demonym is. */
void ng_mn_set_demonym(ng_mention *m, const ng_lex_entry *e, size_t start, size_t end)
{
    m->affil_lex = e;
    m->affil_tok_start = (uint32_t)start;
    m->affil_tok_end = (uint32_t)end;
}

ng_mention *ng_mn_add(ng_document *doc, size_t i, size_t j, int type)
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
    m->title = m->more_titles[0] = m->more_titles[1] = NULL;
    m->name = ng_mn_name_range(doc, i, j);
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
 * from a noun or a title by "of" is where that thing is, not a
 * government acting. */
static bool S_of_a_noun(const ng_document *doc, size_t i, size_t j)
{
    if (!ng_dep_parsed(doc) || i == 0 || !ng_tok_is(doc, i - 1, "of"))
        return false;
    size_t h = j - 1;
    while (h > i && ng_dep_head(doc, h) >= (int)i && ng_dep_head(doc, h) < (int)j)
        h = (size_t)ng_dep_head(doc, h);
    int g = ng_dep_head(doc, h);
    /* ("the King of Athens": a title the tagger reads as a name) */
    return g >= 0 && strcmp(ng_dep_rel(doc, h), "nmod") == 0 &&
           (strcmp(ng_dep_upos(doc, (size_t)g), "NOUN") == 0 || ng_lex_is_title_head(doc->lex, doc->toks[g].lower));
}

/* Does the tagger read tokens [i, j) as one personal name? */

/* "the island of Rhodes", "the city of Kherson": a place named after "of". */
bool ng_mn_settlement_noun(const ng_document *doc, const char *w)
{
    return ng_lex_listed(doc->lex, "settlement-nouns", w);
}

static bool S_place_noun(const ng_document *doc, const char *w) { return ng_lex_listed(doc->lex, "place-nouns", w); }

/* "Fire Chief Anthony Marrone", "Transit Chief X": a capitalized common
 * word, in no list of names, before "Chief" alone is the service the
 * chief heads, a word of the title. */
bool ng_mn_service_chief(const ng_document *doc, size_t k)
{
    bool common;
    return k + 1 < doc->ntok && (doc->toks[k].flags & NG_TOK_CAP) && !(doc->toks[k].flags & NG_TOK_ALLCAPS) &&
           ng_tok_is(doc, k + 1, "chief") && (doc->toks[k + 1].flags & NG_TOK_CAP) &&
           strcmp(ng_dep_upos(doc, k), "DET") != 0 && !(ng_mn_name_bits(doc, k, &common) & (1u | 4u | 16u | 64u)) &&
           common;
}

/* Is token j a lower-case plural of an area noun ("counties",
 * "regions", "provinces")? */
static bool S_plural_place_noun(const ng_document *doc, size_t j)
{
    char one[64];
    return !(doc->toks[j].flags & NG_TOK_CAP) && ng_word_singular(doc->toks[j].lower, one, sizeof one) &&
           ng_lex_listed(doc->lex, "area-nouns", one);
}
static bool S_number_team(const ng_document *doc, size_t j);
static bool S_unit_number(const ng_document *doc, size_t j);

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
        given = (ng_mn_name_bits(doc, k, &common) & (1u | 16u)) != 0;
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
            ng_mn_has_org_word(doc, i, k) && !ng_mn_title_word(doc, k))
            return k;
    }
    return 0;
}

/* "exchanges between Carter and Eric Fanning" after "Ash Carter": the
 * word at i ends the name of a person the article has named in full. */
bool ng_mn_surname_named_before(const ng_document *doc, size_t i)
{
    for (size_t m = 0; m < doc->nmention; m++) {
        const ng_mention *o = &doc->mentions[m];
        if (o->type == NG_ACTOR_PERSON && o->tok_end < i && o->tok_end - o->tok_start >= 2 &&
            !strcmp(doc->toks[o->tok_end - 1].lower, doc->toks[i].lower))
            return true;
    }
    return false;
}

/* "sag-aftra", "afl-cio": two acronyms joined by a hyphen, each of two to
 * six letters (the name of bodies that merged). */
static bool S_joined_acronyms(const char *w)
{
    const char *dash = strchr(w, '-');
    if (!dash || strchr(dash + 1, '-'))
        return false;
    size_t a = (size_t)(dash - w), b = strlen(dash + 1);
    for (const char *c = w; *c; c++)
        if (*c != '-' && (*c < 'a' || *c > 'z'))
            return false;
    return a >= 2 && a <= 6 && b >= 2 && b <= 6;
}

/* Type a run [i, j) that is not in the lexicon as a whole. */
/* "the Valley of the Kings", "the Dome of the Rock": a place's head
 * (capitalized, the name's last word before "of the", not a body's word
 * too) opens a place's name that "of the" goes on. */
static bool S_place_head_before(const ng_document *doc, size_t i, size_t j)
{
    return j > i && (doc->toks[j - 1].flags & NG_TOK_CAP) && ng_lex_is_place_head(doc->lex, doc->toks[j - 1].lower) &&
           !ng_lex_is_org_word(doc->lex, doc->toks[j - 1].lower);
}

static void S_run(ng_document *doc, size_t i, size_t j, bool has_connector, size_t sent_end);
static bool S_has_and(const ng_document *doc, size_t i, size_t j);

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

/* "the Governor of Texas, Greg Abbott", "Mayor of London Sadiq Khan": a
 * post's head and "of" before a place the lexicon knows open no body's
 * name; the titles stage reads the post as held there. Where the name
 * starts. */
static size_t S_post_of_place_opening(ng_document *doc, size_t i, size_t j)
{
    size_t from = i;
    if (ng_tok_is(doc, i, "the"))
        i++;
    if (i + 2 >= j || !ng_tok_is(doc, i + 1, "of") || !ng_lex_is_title_head(doc->lex, doc->toks[i].lower) ||
        ng_lex_is_org_word(doc->lex, doc->toks[i].lower) || ng_mn_has_org_word(doc, i + 2, j))
        return from;
    for (size_t e = j < i + 8 ? j : i + 8; e > i + 2; e--) {
        const ng_lex_entry *place = ng_lex_name(doc->lex, ng_doc_fold_range(doc, i + 2, e));
        if (place && place->place_kind)
            return i + 2;
    }
    return from;
}

/* "Republican", "Democratic", "Democrat" capitalized: the US party. */
const ng_lex_entry *ng_mn_party_word(const ng_document *doc, size_t q)
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
bool ng_mn_plural_noun_opening(const ng_document *doc, size_t k)
{
    const ng_token *t = &doc->toks[k];
    size_t n = strlen(t->lower);
    bool opens =
        k == doc->sents[t->sent].tok_start || (k > 0 && ng_tok_is_dash(doc, k - 1)); /* "(AP) — Firefighters" */
    if (!opens || n < 4 || t->lower[n - 1] != 's' || t->lower[n - 2] == '\'' || (t->flags & NG_TOK_ALLCAPS))
        return false;
    /* (a noun for people in the plural, whatever the tagger and the parse
     * read: "(AP) — Machinists at Boeing voted"; not a party's members,
     * nor a union's word the tagger reads as no person's: "Democrats",
     * "Teamsters at UPS") */
    bool union_word = ng_lex_listed(doc->lex, "union-name-words", t->lower) &&
                      !(doc->ner_labels && ng_ner_type(doc->ner_labels[k]) == 1);
    bool people = ng_lex_person_noun(doc->lex, t->lower) == 2 &&
                  !ng_lex_listed(doc->lex, "party-member-plurals", t->lower) && !union_word;
    if (!people && (strcmp(ng_dep_upos(doc, k), "NOUN") != 0 || (doc->ner_labels && doc->ner_labels[k]))) {
        bool common, singular = false;
        const ng_ner_clusters *cl = doc->ner ? doc->ner->clusters : NULL;
        if ((ng_mn_name_bits(doc, k, &common) & (1u | 4u | 16u | 64u)) || !common || !cl ||
            (doc->ner_labels && ng_ner_type(doc->ner_labels[k]) == 1))
            return false;
        singular = ng_ner_clusters_find(cl, t->lower, n - 1) >= 0;
        if (!singular)
            return false;
    }
    /* (such a noun after "of" in a body's name counts for nothing: "the
     * International Association of Machinists") */
    for (size_t q = 0; q < doc->ntok; q++)
        if (q != k && (doc->toks[q].flags & NG_TOK_CAP) && q != doc->sents[doc->toks[q].sent].tok_start &&
            !strcmp(doc->toks[q].lower, t->lower) && !(people && ng_tok_is(doc, q - 1, "of")))
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
bool ng_mn_post_nominal_after_name(const ng_document *doc, size_t k)
{
    return k >= 2 && ng_tok_is(doc, k - 1, ",") && S_any_person_label(doc, k - 2, k - 1) &&
           ng_lex_listed(doc->lex, "post-nominals", doc->toks[k].lower);
}

/* "the Model Y, Model S, Model 3 and Model X": a common word and one
 * capital letter ([i, j)) name a product's model, no one (not "Malcolm
 * X": a given name is no common word). */
bool ng_mn_model_designation(const ng_document *doc, size_t i, size_t j)
{
    if (j != i + 2 || doc->toks[i + 1].end - doc->toks[i + 1].start != 1 ||
        !isupper((unsigned char)doc->art->text[doc->toks[i + 1].start]) || (j < doc->ntok && ng_tok_is(doc, j, ".")))
        return false;
    bool common;
    ng_mn_name_bits(doc, i, &common);
    return common;
}

/* "GJ 9827 d", "HD 209458 b": letters of a catalogue, a number and a
 * planet's letter, from token j on after capitals, name a star or a
 * planet, no body. */
static bool S_catalog_designation(const ng_document *doc, size_t j)
{
    return j + 1 < doc->ntok && (doc->toks[j].flags & NG_TOK_NUM) &&
           doc->toks[j + 1].end - doc->toks[j + 1].start == 1 &&
           islower((unsigned char)doc->art->text[doc->toks[j + 1].start]) &&
           doc->toks[j].end < doc->toks[j + 1].start && doc->toks[j + 1].sent == doc->toks[j].sent &&
           (j + 2 >= doc->ntok || !(doc->toks[j + 2].flags & NG_TOK_WORD));
}

/* "a fake ID", "an MRI", "the CPI" after "the consumer price index", "the
 * NDAA": an acronym for a thing, not a body. */
bool ng_mn_acronym_of_a_thing(const ng_document *doc, size_t k)
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
    /* (or before a noun: "two fatal 737 MAX crashes") */
    model = model || (k > 1 && (doc->toks[k - 1].flags & NG_TOK_NUM) && !year &&
                      (ng_tok_is(doc, k - 2, "a") || ng_tok_is(doc, k - 2, "the") ||
                       (doc->toks[k - 2].flags & NG_TOK_CAP) ||
                       (before_noun && !strcmp(ng_dep_upos(doc, k + 1), "NOUN"))));
    /* (two letters only before a noun: "AI factories" after "artificial
     * intelligence chips"; any two words may begin with "g" and "m") */
    bool spelled = (strlen(doc->toks[k].lower) > 2 || (before_noun && !strcmp(ng_dep_upos(doc, k + 1), "NOUN"))) &&
                   S_spelled_out_lower(doc, doc->toks[k].lower);
    /* "4 p.m. EDT", "the POTUS account", "WWII": initials of a time zone,
     * a title or a thing (acronym-things) */
    return (one && !before_noun) || model || spelled || ng_lex_listed(doc->lex, "acronym-things", doc->toks[k].lower) ||
           S_law_initials(doc, k) || S_catalog_designation(doc, k + 1);
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
    uint16_t bits = ng_mn_name_bits(doc, k, &common);
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
            ng_mn_name_bits(doc, q, &common);
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

/* Is the word written text[0, n) the plural of an acronym ("SUVs",
 * "CEOs", "NGOs"): two capitals or more and a small "s"? */
static bool S_plural_acronym(const char *text, size_t n)
{
    if (n < 3 || text[n - 1] != 's')
        return false;
    for (size_t c = 0; c + 1 < n; c++)
        if (text[c] < 'A' || text[c] > 'Z')
            return false;
    return true;
}

/* "Robert Pangborn Vice President": title words after a person's name
 * the tagger ends before them are no words of it; the end of the name in
 * [k, e). */
static size_t S_title_words_off(const ng_document *doc, size_t k, size_t e)
{
    size_t q = e;
    while (q > k + 1 && ng_mn_title_word(doc, q - 1))
        q--;
    if (q == e || !ng_lex_is_title_head(doc->lex, doc->toks[e - 1].lower) || !doc->ner_labels ||
        ng_ner_type(doc->ner_labels[q - 1]) != 1 || ng_ner_type(doc->ner_labels[q]) == 1)
        return e;
    return q;
}

/* Does the article write the words of tokens [i, j) anywhere right after
 * a noun for a company or a body in lower case ("investment firm General
 * Catalyst")? */
static bool S_named_after_company_noun(const ng_document *doc, size_t i, size_t j)
{
    size_t n = j - i;
    for (size_t q = 1; q + n <= doc->ntok; q++) {
        const ng_token *before = &doc->toks[q - 1];
        if ((before->flags & NG_TOK_CAP) ||
            !(ng_lex_is_company_noun(doc->lex, before->lower) || ng_lex_is_body_noun(doc->lex, before->lower)))
            continue;
        size_t w = 0;
        while (w < n && !strcmp(doc->toks[q + w].lower, doc->toks[i + w].lower) &&
               (doc->toks[q + w].flags & NG_TOK_CAP))
            w++;
        if (w == n && (q + n == doc->ntok || !(doc->toks[q + n].flags & NG_TOK_CAP)))
            return true;
    }
    return false;
}

/* Are the tokens [a, b) capitalized words in no list of titles, demonyms
 * or bodies' words ("Tampa", not "Shadow Home", "State", "Deputy")? */
static bool S_plain_capitals(const ng_document *doc, size_t a, size_t b)
{
    const ng_lex_entry *e;
    for (size_t q = a; q < b; q++) {
        if (!(doc->toks[q].flags & NG_TOK_CAP) || (doc->toks[q].flags & NG_TOK_ALLCAPS) || ng_mn_title_word(doc, q) ||
            ng_lex_is_org_word(doc->lex, doc->toks[q].lower) || ng_demonym_at(doc, q, b, &e) ||
            ng_lex_listed(doc->lex, "tenure-words", doc->toks[q].lower))
            return false;
        /* (one capital, or one after each hyphen: not "PRESSOhio", words
         * run together) */
        const char *t = doc->art->text;
        for (uint32_t c = doc->toks[q].start + 1; c < doc->toks[q].end; c++)
            if (t[c] >= 'A' && t[c] <= 'Z' && t[c - 1] != '-' && t[c - 1] != '\'')
                return false;
    }
    return true;
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
    /* "the Dr. Dre Global Impact Award", "the John Smith Medal": a prize's
     * name, no one's (though it honours someone) */
    if ((j - i >= 2 && ng_lex_listed(doc->lex, "prize-name-ends", doc->toks[j - 1].lower)) ||
        ng_mn_model_designation(doc, i, j))
        return;
    if (S_national_sport_body(doc, i, j) || S_ampersand_initials(doc, i, j) || S_capital_preposition_in(doc, i, j)) {
        ng_mn_add(doc, i, j, NG_ACTOR_ORG);
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
    if (j - i >= 2 && !ng_mn_has_org_word(doc, i, j - 1)) {
        const char *last = doc->toks[j - 1].lower;
        if (strcmp(last, "state") == 0 || strcmp(last, "province") == 0 || strcmp(last, "region") == 0 ||
            strcmp(last, "oblast") == 0 || strcmp(last, "county") == 0 || strcmp(last, "prefecture") == 0) {
            ng_mention *m = ng_mn_add(doc, i, j, NG_ACTOR_PLACE);
            m->place_kind = NG_PLACE_REGION;
            return;
        }
    }
    /* "the Christian Democrats", "the Sweden Democrats": a name ending in
     * the plural of a party's members is the party */
    if (j - i >= 2 && ng_lex_listed(doc->lex, "party-member-plurals", doc->toks[j - 1].lower) &&
        (doc->toks[j - 1].flags & NG_TOK_CAP)) {
        ng_mn_add(doc, i, j, NG_ACTOR_ORG);
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
            else if (ng_mn_title_word(doc, after_titles) &&
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
    /* (not a given name and a surname that is such a word, the tagger
     * reading a person: "Richard Masters declined", not "the Paris
     * Masters") */
    bool in_table;
    bool surname = j - i == 2 && !(i > 0 && ng_tok_is(doc, i - 1, "the")) && ng_ner_reads_person(doc, i, j) &&
                   (ng_mn_name_bits(doc, i, &in_table) & (1u | 16u));
    if (j - i >= 2 && ng_lex_is_happening_head(doc->lex, doc->toks[j - 1].lower) && !ng_mn_has_connector(doc, i, j) &&
        !surname)
        return;
    bool given_name = j - after_titles == 2 && after_titles == i && ng_ner_reads_person(doc, i, j) &&
                      !ng_lex_is_org_word(doc->lex, doc->toks[j - 1].lower);
    /* "Times Square", "Bank of America Stadium": a body's word before the
     * head of a place's name is part of the place's */
    /* (not a body joined to where it is: "Hofstra University on Long
     * Island") */
    bool place_name = j - after_titles >= 2 && ng_lex_is_place_head(doc->lex, doc->toks[j - 1].lower) &&
                      !ng_lex_is_org_word(doc->lex, doc->toks[j - 1].lower) && !ng_mn_title_word(doc, j - 1);
    for (size_t q = i + 1; q + 1 < j && place_name; q++)
        place_name = !ng_tok_is(doc, q, "on") && !ng_tok_is(doc, q, "in") && !ng_tok_is(doc, q, "at");
    if (place_name && ng_mn_has_org_word(doc, after_titles, j)) {
        ng_mn_add(doc, i, j, NG_ACTOR_PLACE);
        return;
    }
    if (!given_name && ng_mn_has_org_word(doc, after_titles, j)) {
        /* "Interim BART Police Chief Ed Alvarez": an organization, a title
         * and the person holding it; the premodifier pass ties them */
        size_t ow = after_titles;
        while (ow < j && !S_org_word_at(doc, ow, j))
            ow++;
        for (size_t t = ow + 1; t + 1 < j; t++) {
            /* (not a title's word right after "of", inside the body's
             * name: "the Royal College of General Practitioners") */
            if (!ng_lex_is_title_head(doc->lex, doc->toks[t].lower) || ng_tok_is(doc, t - 1, "of"))
                continue;
            /* (up to four words: "Robert F. Kennedy Jr.") */
            bool name = j - (t + 1) <= 4;
            for (size_t q = t + 1; q < j && name; q++)
                name = !ng_mn_title_word(doc, q) && !ng_lex_is_org_word(doc->lex, doc->toks[q].lower) &&
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
            while (ts > ow + 1 && (ng_mn_title_word(doc, ts - 1) ||
                                   (ng_tok_is(doc, ts - 1, "and") && ts > ow + 2 && ng_mn_title_word(doc, ts - 2))))
                ts--;
            /* ("National Transportation Safety Board Chair X": a title's
             * modifier that opens the body's name the tagger reads) */
            /* (not a word of rank or tenure: "Interim Transit Police Chief") */
            if (o > i && doc->ner_labels && ng_ner_is_begin(doc->ner_labels[i]) &&
                ng_ner_type(doc->ner_labels[i]) == 2 && ng_ner_span_end(doc, doc->ner_labels, i) == ts &&
                !ng_lex_listed(doc->lex, "tenure-words", doc->toks[i].lower))
                o = i;
            /* (nor where such modifiers lead right up to the organization
             * word, whatever the tagger reads: "High Court Judge X",
             * "Foreign Ministry spokesman X") */
            /* (not a word of tenure, nor a party's word alone: "Republican
             * House Majority Leader X" leads the House) */
            bool tenure = o == i + 1 && ng_mn_party_word(doc, i);
            for (size_t q = i; q < o; q++)
                tenure = tenure || ng_lex_listed(doc->lex, "tenure-words", doc->toks[q].lower);
            /* (or up to words of no title before it: "International
             * Olympic Committee President X") */
            bool plain = o < ow;
            for (size_t q = o; q < ow && plain; q++)
                plain = (doc->toks[q].flags & NG_TOK_CAP) && !ng_mn_title_word(doc, q) &&
                        !ng_demonym_at(doc, q, j, &dem) && ng_mention_at(doc, q) < 0;
            if (o > i && (o == ow || plain) && !tenure)
                o = i;
            S_run(doc, o, ts, false, sent_end);
            ng_mn_add(doc, t + 1, j, NG_ACTOR_PERSON);
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
                ng_mention *m = ng_mn_add(doc, k, j - 1, NG_ACTOR_ORG);
                const ng_lex_entry *e;
                size_t dn = ng_demonym_at(doc, k, j - 1, &e);
                if (dn)
                    ng_mn_set_demonym(m, e, k, k + dn);
                ng_mention *c = ng_mn_add(doc, j - 1, j, NG_ACTOR_PLACE);
                c->lex = tail;
                c->place_kind = tail->place_kind;
                return;
            }
        }
        ng_mention *m = ng_mn_add(doc, k, j, NG_ACTOR_ORG);
        const ng_lex_entry *e;
        size_t dn = ng_demonym_at(doc, k, j, &e);
        if (dn)
            ng_mn_set_demonym(m, e, k, k + dn);
        return;
    }
    /* "investment firm General Catalyst" (and "chief executive of General
     * Catalyst" after it): words the article puts after a noun for a
     * company are its name, a title's word first or not */
    /* (not "company CEO Andy Vesey", a person the tagger begins after the
     * title) */
    if (j - i >= 2 && ng_mn_title_word(doc, i) && S_named_after_company_noun(doc, i, j) &&
        !(doc->ner_labels && doc->ner_labels[i + 1] == NER_B_PER)) {
        ng_mn_add(doc, i, j, NG_ACTOR_ORG);
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
            ng_mention *m = ng_mn_add(doc, k, j, name->kind);
            m->lex = name;
            m->place_kind = name->place_kind;
            return;
        }
        const ng_lex_entry *e;
        size_t n = ng_demonym_at(doc, k, j, &e);
        /* ("the ruling Georgian Dream party", "Russian Railways": a
         * demonym and one common word the tagger reads as one body's name
         * are that name) */
        bool common = false;
        if (n && k == i && k + n + 1 == j)
            ng_mn_name_bits(doc, k + n, &common);
        /* (a name of no kind to the tagger before a body's word: "the
         * Georgian Dream party") */
        int reading = common ? ng_mn_tagger_reading(doc, i, j) : 0;
        if (common && (reading == 2 || (reading == 4 && j < sent_end && !(doc->toks[j].flags & NG_TOK_CAP) &&
                                        ng_lex_is_org_word(doc->lex, doc->toks[j].lower)))) {
            ng_mn_add(doc, i, j, NG_ACTOR_ORG);
            return;
        }
        if (n && k + n < j) {
            dem = e;
            k += n;
            continue;
        }
        if (k + 1 < j && ng_mn_title_word(doc, k)) {
            titled = titled || ng_lex_is_title_head(doc->lex, doc->toks[k].lower) ||
                     ng_lex_is_title_abbreviation(doc->lex, doc->toks[k].lower);
            k++;
            continue;
        }

        /* "Democrat Hillary Clinton": a party's member before a name */
        if (k + 2 < j && ng_tok_is(doc, k, "democrat") && ng_mn_party_word(doc, k)) {
            k++;
            continue;
        }
        break;
    }
    /* "Energy Transfer": a title's modifiers alone, with no head, before
     * words the tagger reads as no person's, are the name's own words */
    if (!titled && !dem && k > i && k < j && doc->ner_labels && ng_mn_tagger_reading(doc, i, j) >= 2 &&
        !ng_lex_name_of(doc, k, j) && !ng_tok_is(doc, i, "former"))
        k = i;
    /* "Shadow Home Secretary Yvette Cooper": a word no list knows before a
     * title; where the tagger reads the words after the title's head as a
     * person and those before it as no name, the rest is the title */
    for (size_t t = k + 1; !titled && doc->ner_labels && t + 2 <= j; t++) {
        if (!ng_lex_is_title_head(doc->lex, doc->toks[t].lower) || ng_mn_tagger_reading(doc, t + 1, j) != 1)
            continue;
        size_t ts = t; /* where the title's words begin */
        while (ts > k + 1 && ng_mn_title_word(doc, ts - 1))
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
        /* (not "Fire Chief Anthony Marrone": "Chief" alone after one
         * common word is a service's chief, the word its portfolio) */
        bool service_chief = ts == k + 1 && t == ts && ng_mn_service_chief(doc, k);
        if (!named && ts > k && (ng_tok_is(doc, ts, "chief") || ng_mn_company_title(doc, doc->toks[t].lower)) &&
            !service_chief && !ng_lex_name(doc->lex, ng_doc_fold_range(doc, k, ts))) {
            ng_mn_add(doc, k, ts, NG_ACTOR_ORG);
            ng_mn_add(doc, t + 1, j, NG_ACTOR_PERSON);
            return;
        }
        /* "Tampa Mayor Jane Castor": one or two words no list knows before
         * a town's or a state's office are the place (the tagger may read
         * no name where a sentence opens) */
        /* (no common word: "Competition Commissioner Margrethe Vestager"
         * holds a portfolio) */
        /* (but for the unit's noun ending a county's or a province's
         * name: "Hennepin County Attorney Mary Moriarty", "Fulton County
         * District Attorney Fani Willis") */
        bool unit = ts >= k + 2 && ng_lex_listed(doc->lex, "area-unit-heads", doc->toks[ts - 1].lower);
        bool common_word = false;
        for (size_t q = k; q < ts - unit && !common_word; q++) {
            bool common;
            ng_mn_name_bits(doc, q, &common);
            common_word = common;
        }
        /* "Eumetsat Director-General Phil Evans", "Frontex Executive
         * Director X": one word no list knows, and no common word, before
         * the title of a body's head (`body-head-titles`) is the body (a
         * proper noun to the tagger, not "Sporting Director X") */
        if (!named && ts == k + 1 && !common_word && ng_lex_listed(doc->lex, "body-head-titles", doc->toks[t].lower) &&
            !strcmp(ng_dep_upos(doc, k), "PROPN") && !ng_tok_ing_form(doc, k) &&
            !ng_lex_name(doc->lex, ng_doc_fold_range(doc, k, ts)) && S_plain_capitals(doc, k, ts)) {
            ng_mn_add(doc, k, ts, NG_ACTOR_ORG);
            ng_mn_add(doc, t + 1, j, NG_ACTOR_PERSON);
            return;
        }
        /* (a mayor's even where the tagger reads a body: "Tampa Mayor Jane
         * Castor" after "south of Tampa Bay") */
        bool town_title = ng_lex_listed(doc->lex, "town-titles", doc->toks[t].lower) &&
                          ng_mn_tagger_reading(doc, k, ts) == 2;
        /* (nor a word the tagger reads as a name of another kind, an
         * adjective of origin: "European Commissioner Thierry Breton") */
        bool civic = ng_mn_civic_title(doc, ts, t + 1) || (unit && ng_mn_civic_title(doc, ts - 1, t + 1));
        if ((!named || town_title) && ts > k && ts <= k + 2 && civic && !common_word &&
            ng_ner_type(before) != 4 && !ng_lex_name(doc->lex, ng_doc_fold_range(doc, k, ts)) &&
            S_plain_capitals(doc, k, ts)) {
            ng_mention *place = ng_mn_add(doc, k, ts, NG_ACTOR_PLACE);
            place->place_kind = ng_lex_listed(doc->lex, "town-titles", doc->toks[t].lower) ? NG_PLACE_CITY
                                                                                           : NG_PLACE_REGION;
            ng_mn_add(doc, t + 1, j, NG_ACTOR_PERSON);
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
        int reading = ng_mn_tagger_reading(doc, k, ts);
        if (reading == 2 || reading == 3 || (ts == k + 1 && (doc->toks[k].flags & NG_TOK_ALLCAPS))) {
            if (reading == 3)
                S_run(doc, k, ts, false, sent_end); /* (the lexicon's places) */
            else
                S_classify(doc, k, ts, sent_end);
            ng_mn_add(doc, t + 1, j, NG_ACTOR_PERSON);
            return;
        }
    }
    size_t len = j - k;
    const ng_token *first = &doc->toks[k];
    /* "Kursk region", "the Rukban camp", "Hoa Lo prison": a name and a
     * lowercase place noun */
    /* (not "the Clinton camp": a person's camp is the people around
     * them) */
    bool persons_camp = ng_tok_is(doc, j, "camp") && ng_mn_tagger_reading(doc, k, j) == 1;
    /* (nor the noun opening an office: "the Manhattan district attorney's
     * office") */
    bool office = j + 2 <= sent_end && ng_mn_civic_title(doc, j, j + 2);
    /* (not a kind of place the name says where it is: "a South Pacific
     * island", "the South Pacific island chain") */
    bool some = (k > 0 && (ng_tok_is(doc, k - 1, "a") || ng_tok_is(doc, k - 1, "an"))) ||
                (j + 1 < sent_end && !(doc->toks[j + 1].flags & NG_TOK_CAP) &&
                 !strcmp(ng_dep_upos(doc, j + 1), "NOUN"));
    /* "Los Angeles and Ventura counties", "the Kherson and Zaporizhzhia
     * regions": names before a plural place noun are places, each
     * without it */
    if (len <= 3 && j < sent_end && S_plural_place_noun(doc, j) && k >= 2 && ng_tok_is(doc, k - 1, "and")) {
        ng_mention *m = ng_mn_add(doc, k, j, NG_ACTOR_PLACE);
        m->place_kind = NG_PLACE_REGION;
        return;
    }
    if (len <= 3 && j < sent_end && S_place_noun(doc, doc->toks[j].lower) && !(doc->toks[j].flags & NG_TOK_CAP) &&
        !persons_camp && !office && !some) {
        ng_mention *m = ng_mn_add(doc, k, j + 1, NG_ACTOR_PLACE);
        m->place_kind = ng_lex_listed(doc->lex, "area-nouns", doc->toks[j].lower) ? NG_PLACE_REGION : 0;
        return;
    }
    /* "Sheinbaum's Morena party", "the Wagner group": a name and a
     * lowercase noun for a political body */
    /* (a title's modifier with no title inside the name is the name's:
     * "the Social Contract party") */
    size_t from = !titled && !dem && j - i <= 3 ? i : k;
    /* (not a common word opening the sentence, with the name after the
     * noun: "Industry group the Consumer Brands Association said") */
    bool opening_common = false;
    if (j == from + 1 && from == doc->sents[doc->toks[from].sent].tok_start && j + 1 < sent_end &&
        (ng_tok_is(doc, j + 1, "the") || (doc->toks[j + 1].flags & NG_TOK_CAP)))
        ng_mn_name_bits(doc, from, &opening_common);
    opening_common = opening_common && !S_capitalized_inside(doc, from);
    if (j - from <= 3 && j < sent_end && ng_lex_listed(doc->lex, "political-bodies", doc->toks[j].lower) &&
        !ng_lex_name(doc->lex, ng_doc_fold_range(doc, from, j)) && !opening_common &&
        !ng_demonym_at(doc, from, j, &(const ng_lex_entry *){0})) {
        ng_mn_add(doc, from, j, NG_ACTOR_ORG);
        return;
    }
    if (len == 1) {

        /* "Polygraph.info": a web site is its publisher */
        const char *dot = strchr(first->lower, '.');
        if (dot && dot > first->lower && dot[1] >= 'a' && dot[1] <= 'z' && !(first->flags & NG_TOK_ABBREV)) {
            ng_mn_add(doc, k, j, NG_ACTOR_ORG);
            return;
        }
        if ((first->flags & NG_TOK_ALLCAPS) && !(first->flags & NG_TOK_ABBREV) &&
            strlen(first->lower) >= 2 && (strlen(first->lower) <= 7 || S_joined_acronyms(first->lower)) &&
            !ng_lex_is_stop_cap(doc->lex, first->lower) &&
            !ng_lex_is_title_head(doc->lex, first->lower)) {
            /* "IV drip", "Henry VIII": a Roman numeral names nothing alone;
             * nor does an era mark by a year ("508 BC", "AD 1200"), a thing
             * one has ("a fake ID") or the initials of common words the
             * article spells out ("the consumer price index ... the CPI") */
            if (!ng_mn_roman(first->lower) && !ng_mn_era_mark(doc, k) && !ng_mn_acronym_of_a_thing(doc, k) &&
                !ng_mn_post_nominal_after_name(doc, k) && !ng_mn_common_word_in_capitals(doc, k))
                ng_mn_add(doc, k, j, NG_ACTOR_ORG);
            return;
        }
        if (ng_lex_demonym(doc->lex, first->lower) ||
            ((ng_lex_is_title_head(doc->lex, first->lower) || ng_lex_is_title_mod(doc->lex, first->lower)) &&
             !S_surname_after_courtesy(doc, k)))
            return;
        /* "Muslims", "Latinos": many people, a group */
        if (ng_lex_is_people_name(doc->lex, first->lower)) {
            ng_mn_add(doc, k, j, NG_ACTOR_GROUP);
            return;
        }
        /* "General Electric", "General Dynamics": "General" written out
         * before one word that is a common word or a body's, no list of
         * people's names holds, and no surname of the article's, is a
         * company's name (a general is "Gen. X", or named in full first;
         * "General Prelogar", a solicitor general in court, is neither) */
        bool common;
        uint16_t bits = ng_mn_name_bits(doc, k, &common);
        if (titled && k == i + 1 && ng_tok_is(doc, i, "general") && (doc->toks[i].flags & NG_TOK_CAP) &&
            !(first->flags & NG_TOK_ALLCAPS) && (common || (bits & (2u | 32u))) && !(bits & (1u | 16u)) &&
            !ng_mn_surname_named_before(doc, k)) {
            ng_mn_add(doc, i, j, NG_ACTOR_ORG);
            return;
        }
        if (ng_mn_plural_noun_opening(doc, k))
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
        /* (not a common word's "-ing" that the tagger's training text
         * never had as a person's name: "Fighting continued", "Voting
         * continued"; the name lists' surnames hold "Fighting" too, and
         * "Manning said" keeps its name) */
        bool gerund = n > 5 && !strcmp(first->lower + n - 3, "ing") && !(ng_mn_name_bits(doc, k, &common) & 1u) &&
                      common;
        bool speaks = j < sent_end && !gerund && ng_lex_speech_verb(doc->lex, doc->toks[j].lower) == 1 &&
                      !ng_lex_is_group_noun(doc->lex, first->lower) &&
                      (opens || (k > 0 && (doc->toks[k - 1].flags & (NG_TOK_CLOSE | NG_TOK_PUNCT)))) &&
                      !ng_lex_name(doc->lex, first->lower) && !ng_dep_finite(doc, k) &&
                      strcmp(ng_dep_upos(doc, k), "AUX") != 0; /* ("Keeps saying", "Having said that") */
        /* ("1.9 million Explorer SUVs": the plural of an acronym is no
         * one's name, whatever title word stands before it) */
        if (j == k + 1 && S_plural_acronym(doc->art->text + first->start, first->end - first->start))
            return;
        ng_mention *m = ng_mn_add(doc, k, j, titled || speaks ? NG_ACTOR_PERSON : 0);
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
        while (ts > k && ng_mn_title_word(doc, ts - 1))
            ts--;
        if (ts == k)
            continue;
        /* (not "King" of "Martin Luther King Jr.") */
        bool name = j - (t + 1) <= 3 && !(j == t + 2 && ng_lex_is_name_suffix(doc->lex, doc->toks[t + 1].lower));
        for (size_t q = t + 1; q < j && name; q++)
            name = !ng_mn_title_word(doc, q) && (doc->toks[q].flags & NG_TOK_CAP) &&
                   !(doc->toks[q].flags & NG_TOK_ALLCAPS);
        if (!name)
            continue;
        S_run(doc, k, ts, false, sent_end);
        ng_mn_add(doc, t + 1, j, NG_ACTOR_PERSON);
        return;
    }
    if (len <= 5) {
        /* Demonyms and titles alone ("South Korean", "Foreign Minister") are no names. */
        bool all_title = true;
        for (size_t q = k; q < j; q++)
            if (!ng_mn_title_word(doc, q))
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
            ng_mn_add(doc, i, j, NG_ACTOR_ORG);
            return;
        }
        /* "St. Paul police": a name opening with "St." is a place's where
         * nothing typed it */
        if (ng_tok_is(doc, k, "st.") && !S_any_person_label(doc, k, j)) {
            ng_mn_add(doc, k, j, NG_ACTOR_PLACE);
            return;
        }
        /* "Scottish rival Loch Fyne Seafoods": a last word of companies'
         * names ends a company's name (one a person's may end in, "Power",
         * where the tagger reads no person and the first word is no common
         * word: not "To Address Clean Energy" in a headline, "Demand Side
         * Platforms") */
        /* (nor where the tagger reads one, if no list of people's names
         * holds the last word: "Japan's Takeda Pharmaceutical") */
        int company_end = ng_lex_is_company_name_end(doc->lex, doc->toks[j - 1].lower);
        bool common_first, common_last;
        ng_mn_name_bits(doc, k, &common_first);
        bool surname_last = (ng_mn_name_bits(doc, j - 1, &common_last) & (1u | 16u)) != 0;
        if (j - k >= 2 && (company_end == 2 || (company_end == 1 && !common_first &&
                                                (!S_any_person_label(doc, j - 1, j) || !surname_last)))) {
            ng_mn_add(doc, k, j, NG_ACTOR_ORG);
            return;
        }
        ng_mn_add(doc, k, S_title_words_off(doc, k, S_headline_verb_at(doc, k, j)), NG_ACTOR_PERSON)->guessed = !titled;
        return;
    }
    /* Long capitalized runs are usually titles of works or headlines. */
}

/* The titles of ng_mn_person_context below: stronger evidence than a verb of
 * saying, which companies and agencies take as well. */
bool ng_mn_title_context(const ng_document *doc, size_t i, size_t j, size_t end)
{
    if (j >= end)
        return false;
    if (doc->art->text[doc->toks[j].start] != ',')
        return false;
    /* (a clause on a thing is no appositive: "Synnovis, which analyzes
     * blood tests for King's College Hospital,") */
    if (j + 1 < end && (ng_tok_is(doc, j + 1, "which") || ng_tok_is(doc, j + 1, "that")))
        return false;
    if (i >= 2 && doc->art->text[doc->toks[i - 1].start] == ',' &&
        (ng_lex_is_title_head(doc->lex, doc->toks[i - 2].lower) || ng_mn_title_of_tail(doc, i - 2)))
        return true;
    for (size_t k = j + 1; k < end && k <= j + 6; k++) {
        if (doc->toks[k].flags & NG_TOK_PUNCT)
            return false;
        /* "the dam, officials said": a title that says something is the
         * subject of a clause of its own, no appositive */
        /* (not a word of a name: "Leicester City, the Premier League
         * club") */
        if (ng_lex_is_title_head(doc->lex, doc->toks[k].lower) && ng_mention_at(doc, k) < 0)
            return !(k + 1 < end && ng_lex_speech_verb(doc->lex, doc->toks[k + 1].lower) == 1);
    }
    return false;
}

/* What surrounds a name says it is a person's: a speech verb after it
 * ("Lena Park said"), an appositive title after it (", the former special
 * envoy"), or a title noun it stands in apposition to ("The committee
 * chairwoman, Sofia Marin, said"). i is the name's first token, j the token
 * after it, end the sentence's end. */
bool ng_mn_person_context(const ng_document *doc, size_t i, size_t j, size_t end)
{
    if (j >= end)
        return false;
    if (ng_lex_speech_verb(doc->lex, doc->toks[j].lower) == 1)
        return true;
    /* (not a noun that names bodies as often as people: "Elliott
     * Investment Management, an activist investor,") */
    if (ng_tok_is(doc, j, ",") && ng_mn_body_or_person_apposition(doc, j + 1, end))
        return false;
    return ng_mn_title_context(doc, i, j, end);
}

/* ", an activist investor,": "a", "an" or "the" at k, up to three words
 * in lower case and a noun that names bodies as often as people
 * (`body-or-person-nouns`) ending the phrase or before a clause, before
 * hi. */
bool ng_mn_body_or_person_apposition(const ng_document *doc, size_t k, size_t hi)
{
    if (k >= hi || !(ng_tok_is(doc, k, "a") || ng_tok_is(doc, k, "an") || ng_tok_is(doc, k, "the")))
        return false;
    for (size_t q = k + 1; q < hi && q < k + 5; q++) {
        if (!(doc->toks[q].flags & NG_TOK_WORD) || (doc->toks[q].flags & NG_TOK_CAP))
            return false;
        /* (or a clause or a phrase after it: "an activist investor that
         * took a stake", "a shareholder in X") */
        if (ng_lex_listed(doc->lex, "body-or-person-nouns", doc->toks[q].lower))
            return q + 1 >= hi || !(doc->toks[q + 1].flags & NG_TOK_WORD) || ng_tok_is(doc, q + 1, "that") ||
                   ng_tok_is(doc, q + 1, "which") || ng_tok_is(doc, q + 1, "in") || ng_tok_is(doc, q + 1, "of") ||
                   ng_tok_is(doc, q + 1, "with");
    }
    return false;
}

/* Lowercase words that join the two parts of a place's name ("Frankfurt am
 * Main", "Newcastle upon Tyne", "Halle an der Saale", "Rothenburg ob der
 * Tauber", "Saint-Julien-en-Genevois" written apart): if such words follow
 * token j and a capitalized word follows them, the token after that word;
 * else j. */
size_t ng_mn_place_connector_end(const ng_document *doc, size_t j)
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
bool ng_mn_dateline_at(const ng_document *doc, size_t i, size_t j)
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

/* Is token k a noun for a town or city, singular or plural ("the
 * capital", "cities")? */
static bool S_settlement_noun(const ng_document *doc, size_t k)
{
    return ng_lex_listed_noun(doc->lex, "settlement-nouns", doc->toks[k].lower);
}

/* "the Paris agreement", "at its Washington convention", "with
 * Washington elites": the name opens a noun phrase after a determiner,
 * an adjective or a preposition (not "but Moscow strongly denies",
 * "suggested that Beijing resume buying", where the parse may read the
 * verb as a noun the name modifies). */
static bool S_opens_noun_phrase(const ng_document *doc, size_t name)
{
    size_t k = name;
    while (k > 0 && (doc->toks[k - 1].flags & NG_TOK_QUOTE))
        k--;
    if (k == 0)
        return false;
    const char *u = ng_dep_upos(doc, k - 1);
    return !strcmp(u, "DET") || !strcmp(u, "ADP") || !strcmp(u, "ADJ") || !strcmp(u, "NUM") ||
           (!strcmp(u, "PRON") && !strcmp(ng_dep_rel(doc, k - 1), "nmod:poss"));
}

/* The first of the conjuncts token k stands among (k itself when it is
 * no conjunct). */
static size_t S_first_conjunct(const ng_document *doc, size_t k)
{
    for (int n = 0; n < 40 && !strcmp(ng_dep_rel(doc, k), "conj") && ng_dep_head(doc, k) >= 0; n++)
        k = (size_t)ng_dep_head(doc, k);
    return k;
}

/* Do the proper nouns that end at token k name a place the lexicon
 * knows that is no capital ("San Bernardino", "St. Petersburg",
 * "Colorado")? */
static bool S_place_not_capital_at(ng_document *doc, size_t k)
{
    size_t a = k;
    while (a > 0 && k - a < 3 && !strcmp(ng_dep_upos(doc, a - 1), "PROPN") && ng_dep_head(doc, a - 1) == (int)k)
        a--;
    const char *folded = ng_doc_fold_range(doc, a, k + 1);
    const ng_lex_entry *e = ng_lex_name(doc->lex, folded);
    return e && e->kind == NG_ACTOR_PLACE && !ng_lex_capital_of(doc->lex, folded);
}

/* A capital's name [i, j) that names the city, not its government
 * acting, by the words the parse hangs it from:
 * - it modifies another noun ("the Paris agreement", "a Cairo airport
 *   official", "the Warsaw summit"; not "the Kabul government",
 *   `governing-nouns`);
 * - an adjective describes it and it is no verb's subject ("ancient
 *   Athens", "a united Jerusalem"; not "An angry Beijing denied it");
 * - a title and "of" come before it ("the King of Athens": S_of_a_noun);
 * - a noun for towns holds it ("cities like Beijing", "the capital,
 *   Kabul");
 * - it stands in a list with a place that is no capital ("Colorado,
 *   Washington, Alaska", "through St. Petersburg, Tehran, and
 *   Damascus"). */
static bool S_capital_named_as_city(ng_document *doc, size_t i, size_t j)
{
    if (!ng_dep_parsed(doc))
        return false;
    size_t h = ng_dep_span_head(doc, i, j);
    int g = ng_dep_head(doc, h);
    const char *rel = ng_dep_rel(doc, h);
    if (g > (int)h && !strcmp(rel, "compound") && !strcmp(ng_dep_upos(doc, (size_t)g), "NOUN") &&
        !ng_lex_listed(doc->lex, "governing-nouns", doc->toks[g].lower) && S_opens_noun_phrase(doc, i))
        return true;
    int adj = ng_dep_child(doc, h, "amod");
    bool acts = g >= 0 && !strncmp(rel, "nsubj", 5) && !strcmp(ng_dep_upos(doc, (size_t)g), "VERB");
    if (adj >= 0 && adj < (int)i && !acts)
        return true;
    if (g >= 0 && (!strcmp(rel, "appos") || !strcmp(rel, "nmod")) && S_settlement_noun(doc, (size_t)g))
        return true;
    /* the list: the first conjunct and every token that hangs from it by
     * a chain of conj ("St. Petersburg, Tehran and Damascus") */
    size_t first = S_first_conjunct(doc, h);
    for (size_t k = first; k < doc->ntok && k < first + 40; k++)
        if (k != h && S_first_conjunct(doc, k) == first && S_place_not_capital_at(doc, k))
            return true;
    return false;
}

/* A capital's name [i, j) that names the city by what the parse makes it
 * the subject of: a verb of what a city does as a place (`city-verbs`:
 * "Athens experienced a decline", "Kabul fell"), or, in the passive, of
 * harm done to a place (`place-harm-verbs`: "Kyiv was hit by drones"). */
static bool S_capital_as_place_by_verb(const ng_document *doc, size_t i, size_t j)
{
    if (!ng_dep_parsed(doc))
        return false;
    size_t h = ng_dep_span_head(doc, i, j);
    int g = ng_dep_head(doc, h);
    if (g < 0 || strcmp(ng_dep_upos(doc, (size_t)g), "VERB") != 0)
        return false;
    const char *rel = ng_dep_rel(doc, h), *verb = doc->toks[g].lower;
    if (!strcmp(rel, "nsubj:pass"))
        return ng_lex_listed(doc->lex, "place-harm-verbs", verb);
    return !strcmp(rel, "nsubj") && ng_lex_listed(doc->lex, "city-verbs", verb);
}

/* A run [i, j) of capitalized tokens. */
/* "a "BIG WIN FOR OUR CONSTITUTION AND DEMOCRACY"": a run in capitals
 * inside a stretch of four or more words in capitals, common ones among
 * them, is shouted, no name (not "WASHINGTON (AP) —", "KAMALA HARRIS:") */
bool ng_mn_shouted(const ng_document *doc, size_t i, size_t j)
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
bool ng_mn_law_name(const ng_document *doc, size_t i, size_t j)
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
    if (i + 3 < j && ng_mn_connector(doc, doc->toks[i + 2].lower) && !ng_mn_connector(doc, doc->toks[i + 1].lower)) {
        ng_mn_name_bits(doc, i + 1, &common);
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
size_t ng_mn_before_post_nominals(const ng_document *doc, size_t i, size_t j)
{
    size_t e = j;
    while (e - i >= 2 && (doc->toks[e - 1].flags & NG_TOK_ALLCAPS) &&
           ng_lex_listed(doc->lex, "post-nominals", doc->toks[e - 1].lower))
        e--;
    /* (the name before them in mixed case: not "BBC MP") */
    bool mixed = e < j && (doc->toks[e - 1].flags & NG_TOK_CAP) && !(doc->toks[e - 1].flags & NG_TOK_ALLCAPS);
    /* (nor a club's letters where the tagger reads a body: "Nashville
     * SC", `club-letters`) */
    if (mixed && e + 1 == j && ng_lex_listed(doc->lex, "club-letters", doc->toks[e].lower) &&
        ng_mn_tagger_reading(doc, i, j) == 2)
        return j;
    return mixed ? e : j;
}

/* Are the words of tokens [i, k) written elsewhere in the article as a
 * name of their own: capitalized, with no capitalized word on either
 * side? */
static bool S_named_alone(const ng_document *doc, size_t i, size_t k)
{
    size_t n = k - i;
    for (size_t q = 0; q + n <= doc->ntok; q++) {
        if (q == i)
            continue;
        bool same = true;
        for (size_t d = 0; d < n && same; d++) {
            const ng_token *a = &doc->toks[q + d], *b = &doc->toks[i + d];
            same = a->end - a->start == b->end - b->start &&
                   !memcmp(doc->art->text + a->start, doc->art->text + b->start, a->end - a->start);
        }
        if (!same)
            continue;
        bool before = q > 0 && (doc->toks[q - 1].flags & NG_TOK_CAP) && doc->toks[q - 1].sent == doc->toks[q].sent;
        bool after = q + n < doc->ntok && (doc->toks[q + n].flags & NG_TOK_CAP) &&
                     doc->toks[q + n].sent == doc->toks[q].sent;
        if (!before && !after)
            return true;
    }
    return false;
}

/* "London School of Hygiene and Tropical Medicine": "and" at k joins two
 * topics after the "of" of one body's name (common words on both sides,
 * no word of bodies' names after it), not two bodies ("Bank of America and
 * Wells Fargo", "Ministry of Defence and Foreign Office"). */
static bool S_topics_joined(ng_document *doc, size_t i, size_t k, size_t j)
{
    if (k < i + 3 || !ng_tok_is(doc, k - 2, "of") || S_org_word_at(doc, k + 1, j))
        return false;
    bool before, after;
    ng_mn_name_bits(doc, k - 1, &before);
    ng_mn_name_bits(doc, k + 1, &after);
    return before && after && !ng_lex_name(doc->lex, doc->toks[k - 1].lower);
}

/* "Avon and Somerset Police", "Brighton and Hove City Council": two
 * areas' names joined by "and" at i + 1 before the head of a body serving
 * both (`joint-area-body-heads`), which the tagger reads as two names; not
 * after a country's or a known body's name, nor an acronym ("Hamas and
 * Fatah", "NATO and EU Council" are two). */
static bool S_joint_area_body(ng_document *doc, size_t i, size_t k, size_t j)
{
    if (k != i + 1 || j < k + 3 || (doc->toks[i].flags & NG_TOK_ALLCAPS) || ng_lex_name(doc->lex, doc->toks[i].lower))
        return false;
    /* (the head last, or before "and" and another body word: "Fire and
     * Rescue Service") */
    for (size_t q = k + 1; q < j; q++)
        if (ng_lex_listed(doc->lex, "joint-area-body-heads", doc->toks[q].lower) && q > k + 1)
            return q + 1 == j || (q + 2 < j && ng_tok_is(doc, q + 1, "and") && S_org_word_at(doc, j - 1, j));
    return false;
}

/* Is "and" at k inside one name from i to j: a name the lexicon knows
 * across it ("the Trinidad and Tobago Football Association"), or a place's
 * name after "the" that no country's name takes and a body's word ending
 * the run ("The England and Wales Cricket Board")? */
static bool S_one_name_over_and(ng_document *doc, size_t i, size_t k, size_t j)
{
    for (size_t n = k + 2; n <= j && n <= k + 3; n++)
        if (ng_lex_name(doc->lex, ng_doc_fold_range(doc, i, n)))
            return true;
    /* (the run opens with "the" or follows it) */
    size_t place = k - 1;
    bool the = place == i ? i > 0 && ng_tok_is(doc, i - 1, "the") : place == i + 1 && ng_tok_is(doc, i, "the");
    if (!the || (doc->toks[place].flags & NG_TOK_ALLCAPS) || !S_org_word_at(doc, j - 1, j))
        return false;
    /* (a place the lexicon knows or the tagger reads; a country's name in
     * the plural takes "the": "the Netherlands and Belgium ...") */
    const ng_lex_entry *e = ng_lex_name(doc->lex, doc->toks[place].lower);
    bool tagged = doc->ner_labels && doc->ner_labels[place] == NER_B_LOC;
    size_t n = strlen(doc->toks[place].lower);
    return ((e && e->kind == NG_ACTOR_PLACE) || (!e && tagged)) && n > 1 && doc->toks[place].lower[n - 1] != 's';
}

/* Does the tagger end a name of its own right before "and" at token k, in
 * the run from i: a person, body or place, or a run of MISC words the
 * whole first part is, no common word, ending a list ("Activision
 * Blizzard, Xbox and ZeniMax Media"; not "Center for Strategic and
 * International Studies", "the Geopolitics and Foreign Policy
 * Department")? */
static bool S_tagger_name_before(const ng_document *doc, size_t i, size_t k)
{
    int t = ng_ner_type(doc->ner_labels[k - 1]);
    if (t >= 1 && t <= 3)
        return true;
    if (t != 4 || !ng_ner_is_begin(doc->ner_labels[i]) || i == 0 || !ng_tok_is(doc, i - 1, ","))
        return false;
    for (size_t q = i; q < k; q++) {
        bool common;
        ng_mn_name_bits(doc, q, &common);
        if (ng_ner_type(doc->ner_labels[q]) != 4 || common)
            return false;
    }
    return true;
}

/* "the New England Patriots", "the Tennessee Titans": a city's, a
 * state's or a region's name and one plural noun that is no place's, no
 * party's members' and no surname: a team's name, whatever the tagger
 * reads (not "Ohio Democrats", "New Hampshire Sanders", "the Baltic
 * States", "Wisconsin Elects", "the Beijing Olympics"). */
static bool S_place_and_team_name(ng_document *doc, size_t i, size_t j)
{
    if (!ng_mn_team_tail(doc, i, j) || ng_lex_listed(doc->lex, "party-member-plurals", doc->toks[j - 1].lower) ||
        strcmp(ng_dep_upos(doc, j - 1), "VERB") == 0 || ng_lex_is_happening_head(doc->lex, doc->toks[j - 1].lower))
        return false;
    const ng_lex_entry *place = ng_lex_name_of(doc, i, j - 1);
    const char *w = doc->toks[j - 1].lower;
    size_t n = strlen(w);
    bool common;
    uint16_t bits = ng_mn_name_bits(doc, j - 1, &common);
    return place && place->kind == NG_ACTOR_PLACE && place->place_kind != NG_PLACE_COUNTRY &&
           place->place_kind != NG_PLACE_CONTINENT && !(bits & (1u | 16u)) && w[n - 2] != 'u' && w[n - 2] != 'i' &&
           w[n - 2] != 's';
}

/* Does the word at k stand alone elsewhere in the article, capitalized,
 * right before a verb of saying ("Tsiaras told reporters")? */
static bool S_speaks_alone(const ng_document *doc, size_t k)
{
    for (size_t q = 0; q + 1 < doc->ntok; q++)
        if (q != k && !strcmp(doc->toks[q].lower, doc->toks[k].lower) && (doc->toks[q].flags & NG_TOK_CAP) &&
            !(q > 0 && (doc->toks[q - 1].flags & NG_TOK_CAP)) &&
            ng_lex_speech_verb(doc->lex, doc->toks[q + 1].lower) == 1)
            return true;
    return false;
}

/* "the Alternative for Germany party", "The Alternative for Germany
 * won": words the tagger reads as a body's name, "for" or "of" and a
 * country's name of one word, after "the" or before a body's word in
 * lower case, are one body's name (not "Russia and North Korea"). */
static bool S_body_for_country(ng_document *doc, size_t i, size_t j, size_t sent_end)
{
    size_t k = j - 2;
    if (j < i + 3 || !(ng_tok_is(doc, k, "for") || ng_tok_is(doc, k, "of")) || !doc->ner_labels ||
        (doc->toks[i].flags & NG_TOK_ALLCAPS))
        return false;
    size_t from = ng_tok_is(doc, i, "the") ? i + 1 : i;
    for (size_t q = from; q < k; q++)
        if (ng_ner_type(doc->ner_labels[q]) != 2)
            return false;
    const ng_lex_entry *e = ng_lex_name(doc->lex, doc->toks[j - 1].lower);
    if (from == k || !e || e->place_kind != NG_PLACE_COUNTRY)
        return false;
    bool the = from > i || (i > 0 && ng_tok_is(doc, i - 1, "the"));
    bool body_word =
        j < sent_end && !(doc->toks[j].flags & NG_TOK_CAP) && ng_lex_is_org_word(doc->lex, doc->toks[j].lower);
    return the || body_word;
}

/* "Acme Chairman and Chief Executive John Doe", "Microsoft Vice Chair and
 * President Brad Smith": in run [i, j), titles joined by "and" between a
 * body's name (or none) and a person's; names each and says whether it did
 * (the titles and the body are the person's, ng_mn_premodifiers). */
static bool S_titles_joined(ng_document *doc, size_t i, size_t j, size_t sent_end)
{
    for (size_t k = i + 1; k + 2 < j; k++) {
        if (!ng_tok_is(doc, k, "and") || !ng_lex_is_title_head(doc->lex, doc->toks[k - 1].lower))
            continue;
        size_t a = k;
        while (a > i && ng_mn_title_word(doc, a - 1) && (doc->toks[a - 1].flags & NG_TOK_CAP))
            a--;
        size_t t = k + 1;
        while (t < j && ng_mn_title_word(doc, t) && (doc->toks[t].flags & NG_TOK_CAP))
            t++;
        if (t == k + 1 || t >= j || !ng_lex_is_title_head(doc->lex, doc->toks[t - 1].lower) ||
            ng_mn_has_connector(doc, t, j) || ng_mn_tagger_reading(doc, t, j) != 1)
            return false;
        if (a > i) {
            if (ng_lex_name(doc->lex, ng_doc_fold_range(doc, i, a)) || ng_mn_tagger_reading(doc, i, a) == 1 ||
                ng_demonym_at(doc, i, a, &(const ng_lex_entry *){0}))
                S_run(doc, i, a, false, sent_end);
            else
                ng_mn_add(doc, i, a, NG_ACTOR_ORG);
        }
        ng_mn_add(doc, t, j, NG_ACTOR_PERSON);
        return true;
    }
    return false;
}

static void S_run(ng_document *doc, size_t i, size_t j, bool has_connector, size_t sent_end)
{
    if (has_connector && S_titles_joined(doc, i, j, sent_end))
        return;
    /* "the Tour de France", "the Giro d'Italia": a race named after a
     * country (`race-name-openers` and a particle), no one */
    if (j - i >= 3 && (doc->toks[i].flags & NG_TOK_CAP) &&
        ng_lex_listed(doc->lex, "race-name-openers", doc->toks[i].lower) &&
        ng_lex_is_name_particle(doc->lex, doc->toks[i + 1].lower))
        return;
    /* "the Palacio de Deportes Jose Maria Martin Carpena", "Estadio de la
     * Ceramica", "Plaza de Mayo": a word that opens places' names in other
     * languages (`place-heads-first`, `foreign-place-heads`) and "de",
     * "des", "della" ... after it: one place, however long */
    if (j - i >= 3 && (doc->toks[i].flags & NG_TOK_CAP) && ng_lex_is_name_particle(doc->lex, doc->toks[i + 1].lower) &&
        (ng_lex_listed(doc->lex, "foreign-place-heads", doc->toks[i].lower) ||
         ng_lex_listed(doc->lex, "place-heads-first", doc->toks[i].lower)) &&
        !ng_mn_has_org_word(doc, i + 1, j)) {
        ng_mention *m = ng_mn_add(doc, i, j, NG_ACTOR_PLACE);
        m->place_kind = 0;
        return;
    }
    j = ng_mn_before_post_nominals(doc, i, j);
    /* "the Countess of Chester Hospital", "the Prince of Wales Hospital":
     * a peer's title, "of", a place and a word of bodies' names name the
     * body called after the peer (not "President of Boston University":
     * an office) */
    size_t peer = i + (ng_tok_is(doc, i, "the") && j - i >= 5);
    if (j - peer >= 4 && (doc->toks[peer].flags & NG_TOK_CAP) && ng_tok_is(doc, peer + 1, "of") &&
        ng_lex_listed(doc->lex, "peerage-titles", doc->toks[peer].lower) && S_org_word_at(doc, j - 1, j) &&
        !ng_mn_has_connector(doc, peer + 2, j)) {
        ng_mn_add(doc, peer, j, NG_ACTOR_ORG);
        return;
    }
    size_t post = S_post_of_place_opening(doc, i, j);
    if (post > i) {
        S_run(doc, post, j, ng_mn_has_connector(doc, post, j), sent_end);
        return;
    }
    /* ("University of Chicago and [Professor Knittel]": no name ends in a
     * connector) */
    while (j - i >= 2 && ng_mn_connector(doc, doc->toks[j - 1].lower) && !(doc->toks[j - 1].flags & NG_TOK_CAP))
        j--;
    /* "the Urban Institute and Brookings Institution": two bodies' names,
     * each ending in a word of bodies' names, joined by "and" */
    /* (or the first named alone elsewhere in the article: "Big Machine
     * and Dick Clark Productions" after "Big Machine said") */
    for (size_t k = i + 2; has_connector && k + 2 < j; k++)
        if (ng_tok_is(doc, k, "and") && S_org_word_at(doc, j - 1, j) &&
            ((S_org_word_at(doc, k - 1, k) && !S_org_word_at(doc, k - 2, k)) || S_named_alone(doc, i, k)) &&
            !S_org_word_at(doc, k + 1, j) && !ng_mn_has_connector(doc, i, k) && !ng_mn_has_connector(doc, k + 1, j)) {
            S_run(doc, i, k, false, sent_end);
            S_run(doc, k + 1, j, false, sent_end);
            return;
        }
    /* "a team led by Angelos Tsiaras of University College London": two
     * or three words with no word of bodies' names, the last of which
     * speaks alone elsewhere ("Tsiaras told reporters"), or the first a
     * given name, then "of" and a body's name: a person of that body */
    for (size_t k = i + 2; has_connector && k <= i + 3 && k + 1 < j; k++) {
        bool common_first;
        uint16_t bits = ng_mn_name_bits(doc, i, &common_first);
        if (ng_tok_is(doc, k, "of") && !common_first && !ng_mn_has_org_word(doc, i, k) &&
            !ng_mn_has_connector(doc, i, k) && ng_mn_has_org_word(doc, k + 1, j) &&
            ((bits & (1u | 16u)) || S_speaks_alone(doc, k - 1))) {
            S_run(doc, i, k, false, sent_end);
            S_run(doc, k + 1, j, ng_mn_has_connector(doc, k + 1, j), sent_end);
            return;
        }
    }
    /* Names are short; long capitalized runs without connectors are
     * headlines and titles of works. */
    if (j - i > 12 && !has_connector)
        return;
    if (j - i > 40)
        return;
    if (ng_mn_law_name(doc, i, j))
        return;
    /* "a Connecticut Democrat", "an Ohio Republican": a party's member
     * from a place, the place alone a name */
    if (j - i >= 2 && ng_mn_party_word(doc, j - 1) &&
        (ng_tok_is(doc, j - 1, "democrat") || ng_tok_is(doc, j - 1, "republican")) &&
        ng_lex_name(doc->lex, ng_doc_fold_range(doc, i, j - 1))) {
        S_run(doc, i, j - 1, has_connector, sent_end);
        return;
    }
    char *folded = ng_doc_fold_range(doc, i, j);
    const ng_lex_entry *e = ng_lex_name_any_spelling(doc->lex, folded);
    /* "Officials in New York City said": a city the lexicon knows and
     * "City" is that city, unless the tagger reads a body ("Manchester
     * City", a club) */
    if (!e && j - i >= 2 && ng_tok_is(doc, j - 1, "city") && (doc->toks[j - 1].flags & NG_TOK_CAP) &&
        ng_mn_tagger_reading(doc, i, j) != 2) {
        const ng_lex_entry *city = ng_lex_name_of(doc, i, j - 1);
        if (city && city->kind == NG_ACTOR_PLACE && city->place_kind == NG_PLACE_CITY)
            e = city;
    }
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
    if (!e && ng_mn_shouted(doc, i, j))
        return;
    /* "the new NSC party": a body the lexicon knows by the name is no
     * party; the party is another body */
    if (e && e->kind == NG_ACTOR_ORG && j < sent_end && ng_tok_is(doc, j, "party") && !strstr(e->name, "Party") &&
        !strstr(e->name, "party"))
        e = NULL;
    /* "the New England Patriots", "the Tennessee Titans": a place's name
     * and one plural name no place has is a team's, whatever the tagger
     * reads (not a party's members: "Ohio Democrats") */
    size_t named = i + (ng_tok_is(doc, i, "the") ? 1 : 0);
    if (!e && S_place_and_team_name(doc, named, j)) {
        ng_mn_add(doc, named, j, NG_ACTOR_ORG);
        return;
    }
    /* "The Washington Post" and "the Netherlands" carry their article */
    if (!e && strcmp(doc->toks[i].lower, "the") == 0 && j - i > 1) {
        i++;
        e = ng_lex_name_any_spelling(doc->lex, ng_doc_fold_range(doc, i, j));
    }
    if (e) {
        ng_mention *m = ng_mn_add(doc, i, j, e->kind);
        m->lex = e;
        m->place_kind = e->place_kind;
        if (e->place_kind == NG_PLACE_CITY && e->country >= 0) {
            /* a capital acting as its government: "Pyongyang has sent" */
            /* "south of the capital Kabul": the city itself */
            bool located = ng_location_preposition(doc, i) || ng_mn_dateline_at(doc, i, j) || S_of_a_noun(doc, i, j) ||
                           (i > 0 && (ng_tok_is(doc, i - 1, "capital") || ng_tok_is(doc, i - 1, "city"))) ||
                           S_described_as_place(doc, j) || S_capital_named_as_city(doc, i, j) ||
                           S_capital_as_place_by_verb(doc, i, j) ||
                           (j < doc->ntok && ng_lex_listed(doc->lex, "city-office-words", doc->toks[j].lower)) ||
                           (j < doc->ntok && doc->toks[j].start == doc->toks[j - 1].end &&
                            doc->art->text[doc->toks[j].start] == '-');
            /* "special envoy to Kyiv": the government posted to */
            if (located && i >= 2 && ng_tok_is(doc, i - 1, "to") &&
                ng_lex_is_title_head(doc->lex, doc->toks[i - 2].lower))
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
        uint16_t bits = ng_mn_name_bits(doc, i, &common);
        if (city && city->place_kind == NG_PLACE_CITY && !common && !(bits & (1u | 4u | 16u | 64u)) &&
            (doc->toks[i].flags & NG_TOK_CAP) && !(doc->toks[i].flags & NG_TOK_ALLCAPS) &&
            !ng_lex_demonym(doc->lex, doc->toks[i].lower) && !ng_mn_title_word(doc, i) &&
            !S_any_person_label(doc, i, j)) { /* (not "Valeska Paris") */
            ng_mn_add(doc, i, j, NG_ACTOR_ORG);
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
            ng_mention *m = ng_mn_add(doc, i, j, NG_ACTOR_PLACE);
            m->lex = country;
            m->place_kind = NG_PLACE_COUNTRY;
            m->metonym = true;
            return;
        }
    }
    /* "HAYWARD, Calif. (AP) —": the dateline names the city the story is
     * filed from */
    if (ng_mn_dateline_at(doc, i, j)) {
        ng_mention *m = ng_mn_add(doc, i, j, NG_ACTOR_PLACE);
        m->place_kind = NG_PLACE_CITY;
        const char *raw = ng_mn_name_range(doc, i, j);
        char *name = ng_arena_strdup(&doc->arena, raw);
        for (char *c = name, *w = name; *c; c++) {
            if (c > w && *c >= 'A' && *c <= 'Z')
                *c = (char)(*c - 'A' + 'a');
            /* (a word after a space or a hyphen opens with its capital:
             * "DEIR AL-BALAH" is "Deir Al-Balah") */
            if (*c == ' ' || *c == '-')
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
        ng_lex_is_place_head(doc->lex, doc->toks[j - 1].lower) && !ng_mn_has_org_word(doc, i, j - 1) &&
        !ng_mn_title_word(doc, i) &&
        (the_place || S_no_surname_head(doc, i, j) || !S_any_person_label(doc, i, j)) &&
        !ng_mn_person_context(doc, i, j, sent_end)) {
        ng_mention *m = ng_mn_add(doc, i, j, NG_ACTOR_PLACE);
        m->place_kind = 0;
        return;
    }
    /* "Plaza Murillo", "Mount Thorbjorn", "Lake Chad": a word that opens
     * only places' names (`place-heads-first`) and one or two capitalized
     * words no list knows are one place, whatever else the tagger reads
     * (not a body's: "Mount Sinai Hospital"; where it reads a place, the
     * rules below say what kind) */
    if (j - i >= 2 && j - i <= 3 && !has_connector &&
        ng_lex_listed(doc->lex, "place-heads-first", doc->toks[i].lower) && !ng_mn_has_org_word(doc, i + 1, j) &&
        !ng_mn_title_word(doc, i + 1) && ng_mn_tagger_reading(doc, i, j) != 3) {
        ng_mention *m = ng_mn_add(doc, i, j, NG_ACTOR_PLACE);
        m->place_kind = 0;
        return;
    }
    /* "Joe and Hunter Biden": two people of one family name (not "Nestle
     * and General Mills": a title opens no given name) */
    if (has_connector && j - i >= 4 && ng_tok_is(doc, i + 1, "and") && doc->ner_labels &&
        doc->ner_labels[i] == NER_B_PER && doc->ner_labels[i + 2] == NER_B_PER && doc->ner_labels[j - 1] == NER_I_PER &&
        j - (i + 2) <= 3 && !ng_mn_surname_named_before(doc, i) && !ng_mn_title_word(doc, i + 2)) {
        ng_mention *first = ng_mn_add(doc, i, i + 1, NG_ACTOR_PERSON);
        first->name =
            ng_arena_printf(&doc->arena, "%s %s", ng_mn_name_range(doc, i, i + 1), ng_mn_name_range(doc, j - 1, j));
        S_run(doc, i + 2, j, false, sent_end);
        return;
    }
    /* "a psychology major at University of Texas Arlington Amneh Jafari":
     * a body's name and then a person's, with nothing between */
    size_t person_at = S_person_after_body(doc, i, j);
    if (person_at) {
        S_run(doc, i, person_at, ng_mn_has_connector(doc, i, person_at), sent_end);
        S_run(doc, person_at, j, false, sent_end);
        return;
    }
    /* "Boeing and Lockheed Martin Space Systems", "Xbox and ZeniMax
     * Media": the tagger ends a name before "and" (or a person's before "of") and starts a new one after
     * it ("Department of Health and Human Services" stays whole, and so
     * does "Geopolitics and Foreign Policy Department": a topic word is no
     * name of its own) */
    if (has_connector && doc->ner_labels) {
        for (size_t k = i + 1; k + 1 < j; k++)
            if (((ng_tok_is(doc, k, "and") && S_tagger_name_before(doc, i, k)) ||
                 /* "Dr. Hannah Okafor of Imperial College London": a
                  * person the tagger ends before "of", and where she works */
                 (ng_tok_is(doc, k, "of") && ng_ner_type(doc->ner_labels[k - 1]) == 1)) &&
                /* (past a title's abbreviation the tagger leaves out: "of the
                 * University of Leeds and Prof Daniel Weiss") */
                (ng_ner_is_begin(doc->ner_labels[k + 1]) ||
                 (k + 2 < j && ng_lex_is_title_abbreviation(doc->lex, doc->toks[k + 1].lower) &&
                  ng_ner_is_begin(doc->ner_labels[k + 2]))) &&
                !S_topics_joined(doc, i, k, j) &&
                !S_joint_area_body(doc, i, k, j) && !S_one_name_over_and(doc, i, k, j)) {
                S_run(doc, i, k, ng_mn_has_connector(doc, i, k), sent_end);
                S_run(doc, k + 1, j, ng_mn_has_connector(doc, k + 1, j), sent_end);
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
        /* ("Johnson & Johnson": one name twice is no couple) */
        bool twice = a + 1 == k && b == k + 2 && !strcmp(doc->toks[a].lower, doc->toks[k + 1].lower);
        if (!body && !brand && !twice)
            break;
        if (a > i)
            S_run(doc, i, a - 1, ng_mn_has_connector(doc, i, a - 1), sent_end);
        ng_mn_add(doc, a, b, NG_ACTOR_ORG);
        if (b < j)
            S_run(doc, b + 1, j, ng_mn_has_connector(doc, b + 1, j), sent_end);
        return;
    }
    /* "the group Taxpayers for Common Sense", "the nonprofit Friends of the
     * Earth": after a noun for a body, the whole run is its name */
    if (has_connector && i > 0 && !(doc->toks[i - 1].flags & NG_TOK_CAP) &&
        (ng_lex_is_company_noun(doc->lex, doc->toks[i - 1].lower) ||
         ng_lex_is_body_noun(doc->lex, doc->toks[i - 1].lower))) {
        ng_mn_add(doc, i, j, NG_ACTOR_ORG);
        return;
    }
    /* "the National Museum of African Art", "Friends of the Earth": a run
     * with no word of bodies' names that the tagger reads whole as one
     * body's name is that name */
    if (has_connector && doc->ner_labels && !ng_mn_has_org_word(doc, i, j) && ng_mn_tagger_reading(doc, i, j) == 2 &&
        S_and_within_of(doc, i, j)) {
        ng_mn_add(doc, i, j, NG_ACTOR_ORG);
        return;
    }
    /* "the Valley of the Kings": a place's head, "of the" and more
     * capitalized words are one place's name */
    for (size_t k = i + 1; has_connector && k + 2 < j && !S_has_and(doc, i, j); k++)
        if (ng_tok_is(doc, k, "of") && ng_tok_is(doc, k + 1, "the") && S_place_head_before(doc, i, k) &&
            !ng_mn_has_org_word(doc, i, j)) {
            ng_mn_add(doc, i, j, NG_ACTOR_PLACE);
            return;
        }
    if (has_connector && S_body_for_country(doc, i, j, sent_end)) {
        ng_mn_add(doc, i, j, NG_ACTOR_ORG);
        return;
    }
    if (has_connector && !ng_mn_has_org_word(doc, i, j)) {
        /* "Russia and North Korea": two names, not one */
        size_t s = i;
        for (size_t k = i; k <= j; k++) {
            /* (not "Prince Abdulaziz bin Salman": a name's particle the
             * tagger reads a person across) */
            /* (nor "Emir Sheikh Tamim bin Hamad Al Thani": one after a
             * title, whatever the tagger reads) */
            /* (nor "Erik ten Hag", where the tagger reads the given name
             * and nothing after the particle, a word no list names) */
            bool particle = k < j && k > i && ng_lex_is_name_particle(doc->lex, doc->toks[k].lower) && k + 1 < j &&
                            ((doc->ner_labels && ng_ner_type(doc->ner_labels[k - 1]) == 1 &&
                              (ng_ner_type(doc->ner_labels[k + 1]) == 1 ||
                               (!doc->ner_labels[k + 1] && k + 2 == j && (doc->toks[k + 1].flags & NG_TOK_CAP) &&
                                !ng_lex_name(doc->lex, doc->toks[k + 1].lower)))) ||
                             ng_mn_title_word(doc, i));
            if (k == j ||
                (ng_mn_connector(doc, doc->toks[k].lower) && !(doc->toks[k].flags & NG_TOK_CAP) && !particle)) {
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
                               ng_ner_span_end(doc, doc->ner_labels, i) == j && !ng_mn_title_word(doc, k) &&
                               !ng_lex_name(doc->lex, ng_doc_fold_range(doc, k, j));
            /* (but "New York City", "Washington D.C.", "Washington St": the
             * place itself, or a street of it) */
            for (size_t q = k; q < j && whole_place; q++)
                whole_place = !(doc->toks[q].flags & (NG_TOK_ABBREV | NG_TOK_ALLCAPS)) &&
                              !ng_tok_is(doc, q, "city") && !ng_tok_is(doc, q, "st") &&
                              !ng_lex_is_place_head(doc->lex, doc->toks[q].lower);
            bool team = j == k + 1 && S_number_team(doc, k);
            bool place_ok = head && head->kind == NG_ACTOR_PLACE && !ng_mn_has_org_word(doc, k, j) && !whole_place &&
                            !team && (ng_mn_title_word(doc, k) || ng_lex_name(doc->lex, ng_doc_fold_range(doc, k, j)) ||
                                      !ng_ner_reads_person(doc, i, j));
            /* "Senate Finance Committee": a body of a known one keeps its
             * whole name; the rest is a few capitalized words ending in an
             * organization word, no title, no known name of its own (a
             * possessive inside: "United Nations Children's Fund") */
            if (head && head->kind == NG_ACTOR_ORG && j - k <= 3 &&
                ng_lex_is_org_word(doc->lex, doc->toks[j - 1].lower)) {
                bool plain = true;
                for (size_t q = k; q < j && plain; q++)
                    plain = ((doc->toks[q].flags & NG_TOK_CAP) || (q > k && q + 1 < j && ng_tok_possessive(doc, q))) &&
                            !ng_lex_is_title_head(doc->lex, doc->toks[q].lower) &&
                            !ng_lex_is_title_abbreviation(doc->lex, doc->toks[q].lower) &&
                            !ng_lex_name(doc->lex, ng_doc_fold_range(doc, q, j)) &&
                            !ng_lex_demonym(doc->lex, doc->toks[q].lower);
                if (plain && !ng_lex_name(doc->lex, ng_doc_fold_range(doc, k, j - 1)))
                    break;
            }
            /* "Benin City", "Belize City": a country's name and "City" is a
             * city, not the country ("New York City" is New York's) */
            if (head && head->place_kind == NG_PLACE_COUNTRY && j == k + 1 && ng_tok_is(doc, k, "city") &&
                (doc->toks[k].flags & NG_TOK_CAP)) {
                ng_mention *m = ng_mn_add(doc, i, j, NG_ACTOR_PLACE);
                m->place_kind = NG_PLACE_CITY;
                return;
            }
            /* ("the Communist Party of Vietnam": a known body's name that
             * "of" goes on from is another body's whole name) */
            if (head && head->kind == NG_ACTOR_ORG && (ng_tok_is(doc, k, "of") || ng_tok_is(doc, k, "for")))
                continue;
            /* ("Labour Minister Steven MacKinnon": a party's one word that
             * names a portfolio, before a minister's capitalized head, is
             * the portfolio; "Labour leader Keir Starmer" is the party's) */
            if (head && head->kind == NG_ACTOR_ORG && k == i + 1 && (doc->toks[k].flags & NG_TOK_CAP) &&
                !(doc->toks[i].flags & NG_TOK_ALLCAPS) &&
                ng_mn_portfolio_head(doc, k) && ng_lex_is_title_mod(doc->lex, doc->toks[i].lower))
                break;
            if (head && (head->kind == NG_ACTOR_ORG || place_ok)) {
                ng_mention *m = ng_mn_add(doc, i, k, head->kind);
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
    /* "waving Georgian and European Union flags": a demonym and "and"
     * open no name; the names after them are read alone */
    if (j - i >= 3 && ng_lex_demonym(doc->lex, doc->toks[i].lower) &&
        (ng_tok_is(doc, i + 1, "and") || ng_tok_is(doc, i + 1, "&"))) {
        S_run(doc, i, i + 1, false, sent_end);
        S_run(doc, i + 2, j, false, sent_end);
        return;
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

/* Is token k the noun of a country's armed forces ("military", "army",
 * "navy", "armed forces")? */
static bool S_armed_forces_word(const ng_document *doc, size_t k, size_t sent_end)
{
    return ng_tok_is(doc, k, "military") || ng_tok_is(doc, k, "army") || ng_tok_is(doc, k, "navy") ||
           (ng_tok_is(doc, k, "armed") && k + 1 < sent_end && ng_tok_is(doc, k + 1, "forces"));
}

/* Does a verb follow the forces' noun at k ("Israel's military called";
 * not "China's military and territorial ambitions")? */
static bool S_verb_after_forces(const ng_document *doc, size_t k, size_t sent_end)
{
    size_t v = ng_tok_is(doc, k, "armed") ? k + 2 : k + 1;
    if (v < sent_end && !strcmp(ng_dep_upos(doc, v), "ADV"))
        v++;
    return v < sent_end && (!strcmp(ng_dep_upos(doc, v), "VERB") || !strcmp(ng_dep_upos(doc, v), "AUX"));
}

/* "U.S. officials", "Chinese officials", "South Korean officials". */
static size_t S_group_at(ng_document *doc, size_t i, size_t sent_end)
{
    const ng_lex_entry *e = NULL;
    size_t n = S_owner_at(doc, i, sent_end, &e);
    if (!n || i + n >= sent_end)
        return 0;
    size_t k = i + n;
    /* ("Israel's military said": the country's own, named by its
     * possessive) */
    bool owned = e->place_kind == NG_PLACE_COUNTRY && (doc->toks[k].flags & NG_TOK_POSS) && k + 1 < sent_end &&
                 S_armed_forces_word(doc, k + 1, sent_end) && S_verb_after_forces(doc, k + 1, sent_end);
    if (owned)
        k++;
    /* one optional modifier: "U.S. military officials", "Chinese government officials" */
    if (k + 1 < sent_end && !(doc->toks[k].flags & NG_TOK_CAP) &&
        ng_lex_is_group_noun(doc->lex, doc->toks[k + 1].lower) && strcmp(doc->toks[k + 1].lower, "military") != 0 &&
        ng_mn_is_word(&doc->toks[k]) &&
        (ng_lex_is_title_mod(doc->lex, doc->toks[k].lower) || ng_lex_is_group_noun(doc->lex, doc->toks[k].lower)))
        k++;
    const char *noun = doc->toks[k].lower;
    if (doc->toks[k].flags & NG_TOK_CAP)
        return 0;
    if (e->place_kind == NG_PLACE_COUNTRY && k == i + n + owned && S_armed_forces_word(doc, k, sent_end)) {
        /* "the US military", "the Russian army": the country's armed forces;
         * not "a Russian military unit" */
        size_t end = strcmp(noun, "armed") == 0 ? k + 2 : k + 1;
        if (end < sent_end) {
            const ng_token *nx = &doc->toks[end];
            if (!(nx->flags & NG_TOK_PUNCT) && !ng_lex_listed(doc->lex, "after-armed-forces", nx->lower) &&
                ng_lex_speech_verb(doc->lex, nx->lower) != 1)
                return 0;
        }
        ng_mention *m = ng_mn_add(doc, i, end, NG_ACTOR_ORG);
        const ng_lex_entry *d;
        size_t dn = ng_demonym_at(doc, i, end, &d);
        ng_mn_set_demonym(m, e, i, i + (dn ? dn : n)); /* "Ethiopian army", "the US military" */
        return end - i;
    }
    if (strcmp(noun, "government") == 0 || strcmp(noun, "authorities") == 0 ||
        strcmp(noun, "administration") == 0 || strcmp(noun, "regime") == 0) {
        /* "the South Korean government" acts as the country itself */
        if (e->place_kind == NG_PLACE_COUNTRY) {
            ng_mention *m = ng_mn_add(doc, i, k + 1, NG_ACTOR_PLACE);
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
    ng_mention *m = ng_mn_add(doc, i, k + 1, NG_ACTOR_GROUP);
    if (e->place_kind == NG_PLACE_COUNTRY || e->kind == NG_ACTOR_ORG) {
        /* "Russian officials": the demonym; "State Department experts":
         * the name before the noun */
        const ng_lex_entry *d;
        size_t dn = ng_demonym_at(doc, i, k + 1, &d);
        ng_mn_set_demonym(m, e, i, i + (dn ? dn : k - i));
    }
    return k + 1 - i;
}

/* "Turkey's intelligence agency said", "the Japanese weather agency":
 * a country's body named in lower case by what it does and a noun for an
 * agency (`national-agency-heads`). Not where its own name follows
 * ("Russia's space agency Roscosmos", "India's space agency, ISRO,"): that
 * name is the body. Returns the tokens used, or 0. */
static size_t S_agency_tail(const ng_document *doc, size_t k, size_t end)
{
    size_t w = 0;
    while (k + w < end && w < 3 && !(doc->toks[k + w].flags & NG_TOK_CAP) &&
           !ng_lex_listed(doc->lex, "national-agency-heads", doc->toks[k + w].lower) &&
           (!strcmp(ng_dep_upos(doc, k + w), "NOUN") || !strcmp(ng_dep_upos(doc, k + w), "ADJ")))
        w++;
    size_t h = k + w;
    if (w == 0 || h >= end || (doc->toks[h].flags & NG_TOK_CAP) ||
        !ng_lex_listed(doc->lex, "national-agency-heads", doc->toks[h].lower))
        return 0;
    bool named_after = h + 1 < doc->ntok && ((doc->toks[h + 1].flags & NG_TOK_CAP) || ng_tok_is(doc, h + 1, ",") ||
                                             ng_tok_is(doc, h + 1, "("));
    return named_after ? 0 : w + 1;
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
    /* ("the Russian embassy in Berlin said") */
    if (k < end && !(doc->toks[k].flags & NG_TOK_CAP) &&
        ng_lex_listed(doc->lex, "national-one-word-bodies", doc->toks[k].lower))
        return 1;
    size_t mods = 0;
    while (k + mods < end && mods < 2 && !(doc->toks[k + mods].flags & NG_TOK_CAP) &&
           ng_lex_is_title_mod(doc->lex, doc->toks[k + mods].lower) && !ng_tok_is(doc, k + mods, "ministry"))
        mods++;
    if (k + mods < end && (ng_tok_is(doc, k + mods, "ministry") || ng_tok_is(doc, k + mods, "ministries")))
        return mods + 1;
    return S_agency_tail(doc, k, end);
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
     * ng_mn_possessive_orgs prefixes the ministry's name with it */
    for (size_t w = 3; w >= 1; w--) {
        if (i + w + 1 >= end || !(doc->toks[i + w].flags & NG_TOK_POSS) || !(doc->toks[i].flags & NG_TOK_CAP))
            continue;
        const ng_lex_entry *c = ng_lex_name(doc->lex, ng_doc_fold_range(doc, i, i + w));
        size_t n = c && c->place_kind == NG_PLACE_COUNTRY ? S_ministry_tail(doc, i + w + 1, end) : 0;
        if (n < 2)
            continue;
        S_run(doc, i, i + w, false, end);
        ng_mention *m = ng_mn_add(doc, i + w + 1, i + w + 1 + n, NG_ACTOR_ORG);
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
    if (n < 2 && !(n == 1 && ng_lex_listed(doc->lex, "national-one-word-bodies", doc->toks[k].lower)))
        return 0;
    if (d2) {
        ng_mention *a = ng_mn_add(doc, i, i + d1, NG_ACTOR_ORG);
        a->name = S_ministry_name(doc, ng_mn_name_range(doc, i, i + d1), k, n);
        ng_mn_set_demonym(a, e1, i, i + d1);
        ng_mention *b = ng_mn_add(doc, k - d2, k + n, NG_ACTOR_ORG);
        b->name = S_ministry_name(doc, ng_mn_name_range(doc, k - d2, k), k, n);
        ng_mn_set_demonym(b, e2, k - d2, k);
    } else {
        ng_mention *a = ng_mn_add(doc, i, k + n, NG_ACTOR_ORG);
        a->name = S_ministry_name(doc, ng_mn_name_range(doc, i, k), k, n);
        ng_mn_set_demonym(a, e1, i, k);
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
    ng_mention *m = ng_mn_add(doc, i, i + n, NG_ACTOR_GROUP);
    m->name = ng_arena_printf(&doc->arena, "%s %.*s", ng_mn_name_range(doc, i, i + n), (int)(noun->end - noun->start),
                              doc->art->text + noun->start);
    ng_mn_set_demonym(m, e, i, i + n);
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

/* "District 751", "Local 2010": a number of digits alone after a
 * capitalized word for a numbered unit (`numbered-unit-words`). */
static bool S_unit_number(const ng_document *doc, size_t j)
{
    /* (not a person's name: "Denzel Ward 74 yards") */
    if (j == 0 || !(doc->toks[j].flags & NG_TOK_NUM) || !(doc->toks[j - 1].flags & NG_TOK_CAP) ||
        !ng_lex_listed(doc->lex, "numbered-unit-words", doc->toks[j - 1].lower) ||
        (doc->ner_labels && ng_ner_type(doc->ner_labels[j - 1]) == 1))
        return false;
    for (const char *c = doc->toks[j].lower; *c; c++)
        if (*c < '0' || *c > '9')
            return false;
    return true;
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
/* Is the possessive at token j a plural's apostrophe alone ("Farmers'")? */
static bool S_bare_apostrophe(const ng_document *doc, size_t j)
{
    char last = doc->art->text[doc->toks[j].end - 1];
    return last != 's' && last != 'S';
}

static bool S_possessive_inside_name(const ng_document *doc, size_t j, size_t end)
{
    if (!doc->ner_labels || j + 1 >= end || !(doc->toks[j].flags & NG_TOK_POSS) || S_bare_apostrophe(doc, j) ||
        !S_nameish(doc, j + 1) ||
        S_stop(doc, j + 1))
        return false;
    int next = doc->ner_labels[j + 1];
    /* ("King's College Hospital": a capitalized word the tagger reads as
     * no name, or a title's head, before the possessive, and a body's or
     * a place's name the tagger begins after it; or one name of either
     * kind the tagger reads across it) */
    int owner = doc->ner_labels[j - 1];
    bool body_or_place = ng_ner_type(next) == 2 || ng_ner_type(next) == 3;
    bool unread_owner = (owner == NER_O || ng_lex_is_title_head(doc->lex, doc->toks[j - 1].lower)) &&
                        (doc->toks[j - 1].flags & NG_TOK_CAP) && ng_ner_is_begin(next) && body_or_place;
    bool across = body_or_place && !ng_ner_is_begin(next) && ng_ner_type(owner) == ng_ner_type(next);
    /* ("Moody's Analytics": a body's name with no organization word of
     * its own, then one organization word the tagger reads as a name of
     * any type; not a body's office, "NASA's Office of the Inspector
     * General", "Columbia University's Institute") */
    bool body_word_after = ng_ner_type(owner) == 2 && ng_ner_is_begin(next) &&
                           ng_lex_is_org_word(doc->lex, doc->toks[j + 1].lower) &&
                           !ng_lex_is_org_word(doc->lex, doc->toks[j - 1].lower) &&
                           (j + 2 >= end || ng_ner_is_begin(doc->ner_labels[j + 2]) ||
                            (doc->ner_labels[j + 2] == NER_O && !ng_tok_is(doc, j + 2, "of") &&
                             !ng_tok_is(doc, j + 2, "for")));
    if (!unread_owner && !across && !body_word_after)
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
    for (size_t k = j + 1; k < end && k < j + 4 && ng_ner_type(doc->ner_labels[k]) == ng_ner_type(next) &&
                           (k == j + 1 || !ng_ner_is_begin(doc->ner_labels[k])); k++)
        if (ng_lex_is_org_word(doc->lex, doc->toks[k].lower))
            return true;
    return false;
}

/* "Leeds Magistrates' Court", "the National Farmers' Union": a plural's
 * apostrophe at token j inside a body's name, which the tagger reads on
 * across. */
static bool S_plural_possessive_inside_name(ng_document *doc, size_t j, size_t end)
{
    if (!doc->ner_labels || j + 1 >= end || !ng_tok_possessive(doc, j) || !S_bare_apostrophe(doc, j) ||
        !S_nameish(doc, j + 1) || S_stop(doc, j + 1))
        return false;
    const char *w = doc->toks[j - 1].lower;
    int next = doc->ner_labels[j + 1];
    if (w[strlen(w) - 1] != 's' || ng_ner_type(next) != 2 || ng_ner_is_begin(next) ||
        ng_ner_type(doc->ner_labels[j - 1]) != 2)
        return false;
    /* (not a body's own body: "the D.C. Court of Appeals' Board on
     * Professional Responsibility") */
    size_t a = j - 1;
    while (a > 0 && !ng_ner_is_begin(doc->ner_labels[a]) && ng_ner_type(doc->ner_labels[a - 1]) == 2)
        a--;
    return !ng_mn_has_org_word(doc, a, j);
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
    if (j > i + 2 && ng_mn_has_org_word(doc, i + 2, j))
        ng_mn_add(doc, i, j, NG_ACTOR_ORG);
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

/* "Ironically, the Philippines' president, Rodrigo Duterte,": an adverb
 * in -ly and a comma opening a sentence, as the parse reads it, is no
 * name (nor a person the title after it could go to); not a name the
 * lists of people's names hold ("Kelly,"). */
static bool S_opening_adverb(const ng_document *doc, size_t i)
{
    const char *w = doc->toks[i].lower;
    size_t n = strlen(w);
    bool common;
    if (i != doc->sents[doc->toks[i].sent].tok_start || n <= 4 || strcmp(w + n - 2, "ly") != 0 ||
        i + 1 >= doc->ntok || !ng_tok_is(doc, i + 1, ",") || strcmp(ng_dep_upos(doc, i), "ADV") != 0 ||
        (ng_mn_name_bits(doc, i, &common) & (1u | 16u)))
        return false;
    /* (nor a word the article capitalizes where no sentence opens:
     * "Republicans Jolly of Indian Shores ... Jolly, who was elected") */
    return !S_capitalized_inside(doc, i);
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
        if (!S_nameish(doc, i) || S_opening_adverb(doc, i))
            continue;
        if ((g = S_disease_eponym_at(doc, i, end)) > 0) {
            i = g - 1;
            continue;
        }
        if ((g = S_saint_place(doc, i, end)) > 0) {
            ng_mn_add(doc, i, i + g, NG_ACTOR_PLACE);
            i += g - 1;
            continue;
        }
        if (S_stop_here(doc, i, end) &&
            !(i + 1 < end && S_nameish(doc, i + 1) && strcmp(doc->toks[i].lower, "the") == 0))
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
            /* (not "the" alone between two names the tagger reads apart:
             * "told Sky News the Coalition would oppose", a clause's
             * subject after an object; "Meet the Press", "Keep the Promise
             * PAC" are names) */
            if (j + 1 < end && ng_mn_connector(doc, t->lower) && !(t->flags & NG_TOK_CAP) && S_nameish(doc, j + 1) &&
                !S_stop(doc, j + 1) &&
                !(ng_tok_is(doc, j, "the") && j > i && doc->ner_labels && ng_ner_type(doc->ner_labels[j - 1]) >= 1 &&
                  !doc->ner_labels[j] && ng_ner_is_begin(doc->ner_labels[j + 1]))) {
                has_connector = true;
                j += 2;
                continue;
            }
            /* "the Estadio de la Rosaleda", "Maria de la Cruz": two
             * particles of names in a row */
            if (j + 2 < end && j > i && ng_lex_is_name_particle(doc->lex, t->lower) && !(t->flags & NG_TOK_CAP) &&
                ng_lex_is_name_particle(doc->lex, doc->toks[j + 1].lower) && !(doc->toks[j + 1].flags & NG_TOK_CAP) &&
                S_nameish(doc, j + 2) && !S_stop(doc, j + 2)) {
                has_connector = true;
                j += 3;
                continue;
            }
            /* "the Committee to Protect Journalists", "the Coalition to Stop
             * Gun Violence": "to" and a verb's capitalized words after a
             * body's word */
            if (j + 2 < end && ng_tok_is(doc, j, "to") && !(t->flags & NG_TOK_CAP) && j > i &&
                S_org_word_at(doc, j - 1, j) && S_nameish(doc, j + 1) && S_nameish(doc, j + 2) && !S_stop(doc, j + 1) &&
                !strcmp(ng_dep_upos(doc, j + 1), "VERB")) {
                has_connector = true;
                j += 2;
                continue;
            }
            /* "Cook County State's Attorney Kim Foxx" */
            if (j + 1 < end && ng_mn_possessive_title_at(doc, j - 1)) {
                j += 2;
                continue;
            }
            if (S_number_inside_name(doc, j, end) || S_possessive_inside_name(doc, j, end) ||
                S_plural_possessive_inside_name(doc, j, end) ||
                S_capital_preposition_inside_name(doc, j, end)) {
                j += 2;
                continue;
            }
            /* "the National Endowment for the Arts", "the Department of the
             * Interior": "for the" or "of the" inside a body's name, "of
             * the" after a place's head (S_place_head_before; not
             * after two names: "Fordham University and Margo Anderson of
             * the University of Wisconsin") */
            if (j + 2 < end && (ng_tok_is(doc, j, "for") || ng_tok_is(doc, j, "of")) && ng_tok_is(doc, j + 1, "the") &&
                !(doc->toks[j + 1].flags & NG_TOK_CAP) && S_nameish(doc, j + 2) && !S_stop(doc, j + 2) &&
                (ng_mn_has_org_word(doc, i, j) || (ng_tok_is(doc, j, "of") && S_place_head_before(doc, i, j))) &&
                !S_has_and(doc, i, j)) {
                has_connector = true;
                j += 3;
                continue;
            }
            if (S_number_team(doc, j)) {
                team = true;
                j++;
                break;
            }
            /* "Aerospace Workers District 751", "Teamsters Local 2010": a
             * number after a word for a numbered unit ends the name */
            if (S_unit_number(doc, j)) {
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
            ng_mn_add(doc, i, j, NG_ACTOR_ORG); /* "the San Francisco 49ers" */
        else
            S_run(doc, i, j, has_connector, end);
        i = j - 1;
    }
}

/* "president of District 751": a number alone names no one. */
static bool S_digits_only(const ng_document *doc, const ng_mention *m)
{
    for (size_t k = m->tok_start; k < m->tok_end; k++)
        for (const char *c = doc->toks[k].lower; *c; c++)
            if (isalpha((unsigned char)*c))
                return false;
    return true;
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
        qsort(doc->mentions, doc->nmention, sizeof *doc->mentions, ng_mn_by_start);
    ng_mn_courtesy_people(doc);
    ng_mn_tagger(doc);
    ng_mn_function_word_given_names(doc);
    ng_mn_and_tails(doc);
    ng_mn_leading_particles(doc);
    ng_mn_party_names(doc);
    ng_mn_employers(doc);
    ng_mn_document_types(doc);
    ng_mn_workplaces(doc);
    ng_mn_coordinated_places(doc);
    ng_mn_named_units(doc);

    ng_mn_quoted_names(doc);
    ng_mn_possessive_offices(doc);
    ng_mn_short_org_names(doc);
    ng_mn_storm_names(doc);
    ng_mn_eponyms(doc);
    ng_mn_case_names(doc);
    ng_mn_reporting_bodies(doc);
    ng_mn_nationals(doc);
    ng_mn_opening_roles(doc);
    ng_mn_brand_possessives(doc);
    ng_mn_opening_modifiers(doc);
    ng_mn_opening_common_words(doc);
    ng_mn_opening_kind_nouns(doc);
    ng_mn_nicknames(doc);
    ng_mn_bodies_apposed(doc);
    ng_mn_city_sides(doc);
    ng_mn_repeated_sides(doc);
    ng_mn_sides_by_nickname(doc);
    ng_mn_state_abbreviations(doc);
    ng_mn_forms_no_person_has(doc);
    ng_mn_capitalized_lines(doc);
    ng_mn_bodies_owning_posts(doc);
    ng_mn_misc_employers(doc);
    ng_mn_bodies_before_posts(doc);
    ng_mn_clipped_names(doc);
    ng_mn_unit_words_before_titles(doc);
    ng_mn_programmes(doc);
    ng_mn_periods(doc);
    ng_mn_prize_fields(doc);
    ng_mn_words_of_things(doc);
    size_t live = 0;
    for (size_t m = 0; m < doc->nmention; m++)
        if (doc->mentions[m].type >= 0 && !S_digits_only(doc, &doc->mentions[m]))
            doc->mentions[live++] = doc->mentions[m];
    doc->nmention = live;
    if (doc->nmention > 1)
        qsort(doc->mentions, doc->nmention, sizeof *doc->mentions, ng_mn_by_start);
    ng_index_mentions(doc);
    ng_mn_appositive_orgs(doc);
    ng_mn_possessive_orgs(doc);
    ng_mn_places_in_org_names(doc);
    ng_mn_states_not_countries(doc);
    ng_mn_campus_places(doc);
    for (size_t m = 0; m < doc->nmention; m++) {
        if (doc->mentions[m].type == NG_ACTOR_PERSON || doc->mentions[m].type == 0) {
            ng_mn_premodifiers(doc, (int)m);
            ng_mn_postmodifiers(doc, (int)m);
            if (doc->mentions[m].type == 0 && doc->mentions[m].title)
                doc->mentions[m].type = NG_ACTOR_PERSON;
        }
    }
    ng_mn_one_type_per_name(doc);
    ng_mn_sides_played_for(doc);
    ng_mn_full_names_of_people(doc);
    ng_mn_places_as_given_names(doc);
    ng_mn_company_short_names(doc);
    ng_mn_planets(doc);
    ng_mn_counted_things(doc);
    ng_mn_lone_unknown_people(doc);
}
