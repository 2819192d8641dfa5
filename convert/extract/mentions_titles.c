/* mentions_titles.c -- the titles and affiliations written around a
 * person's name: premodifiers ("North Korean Foreign Minister Choe Son
 * Hui", "China's foreign minister, Wang Yi"), postmodifiers (", a
 * spokesperson from X", ", who is now a senior adviser with X"), and the
 * bodies named in appositions and possessives. A stage of
 * ng_find_mentions (mentions.c). */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cluster.h"
#include "internal.h"
#include "mentions.h"
#include "ner.h"

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

/* "VENICE, Italy —", "LONDON (Reuters) -": a place in the dateline
 * opening its sentence is where the story was filed. */
static bool S_dateline_place(const ng_document *doc, int m)
{
    const ng_mention *p = &doc->mentions[m];
    return p->type == NG_ACTOR_PLACE &&
           p->tok_end < ng_dateline_end(doc, &doc->sents[doc->toks[p->tok_start].sent]);
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
    /* ("The education minister, Branko Ruzic,": a determiner opening the
     * sentence is no word of the title) */
    while (from + 1 < to && (ng_tok_is(doc, from, "the") || ng_tok_is(doc, from, "a") || ng_tok_is(doc, from, "an")))
        from++;
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
    if (ng_mn_plural_title(doc, to - 1, one)) {
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
             ng_mn_hyphenated_title(doc, doc->toks[k].lower)) &&
            !ng_lex_is_courtesy_title(doc->lex, doc->toks[k].lower))
            head = true;
    if (!head)
        return NULL;
    /* ("10-time champion": the number and hyphen glued before the first
     * word are part of it) */
    if (from >= 2 && doc->toks[from - 1].end == doc->toks[from].start && ng_tok_is(doc, from - 1, "-") &&
        doc->toks[from - 2].end == doc->toks[from - 1].start && isdigit((unsigned char)doc->toks[from - 2].lower[0]))
        from -= 2;
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
/* "Arsenal sacked manager Tom Dale", "Chelsea have parted company with
 * manager X": a body that hires or fires (`hiring-verbs`, or parts
 * company with) the holder of the title after token at, its subject
 * named in the sentence from lo; the body's mention or -1. */
static int S_employer_acting(const ng_document *doc, size_t lo, size_t at)
{
    size_t v = at;
    if (ng_tok_is(doc, at, "with") && at >= lo + 2 &&
        (ng_tok_is(doc, at - 1, "company") || ng_tok_is(doc, at - 1, "ways")))
        v = at - 2;
    else if (!ng_lex_listed(doc->lex, "hiring-verbs", doc->toks[at].lower))
        return -1;
    int subj = ng_dep_subject(doc, v);
    int m = subj >= (int)lo ? ng_mention_at(doc, (size_t)subj) : -1;
    /* (or the name right before the verb, where the parse reads none) */
    if (m < 0 && v > lo)
        m = S_mention_ending_at(doc, v - 1);
    /* ("OpenAI's board of directors fired chief executive X": the body
     * whose board acts) */
    bool body = m >= 0 && S_is_body(doc, m) && doc->mentions[m].type == NG_ACTOR_ORG;
    for (size_t b = v > lo + 5 ? v - 5 : lo; !body && b + 2 < v; b++)
        if (ng_tok_is(doc, b + 1, "board") && (doc->toks[b].flags & NG_TOK_POSS) && b > lo)
            m = S_mention_ending_at(doc, b - 1);
    return m >= 0 && S_is_body(doc, m) && doc->mentions[m].type == NG_ACTOR_ORG ? m : -1;
}

/* "commission chair Gina Cass-Gottlieb" after "the Australian Competition
 * and Consumer Commission": a word of bodies' names in lower case before
 * a title is the body named last before it with that word, in its name
 * or right after it (only after it, kind_only, before a capitalized
 * title); the body's mention or -1. */
static int S_body_by_word_before(const ng_document *doc, size_t at, bool kind_only)
{
    /* (capitalized only where it opens the sentence: "Union president X") */
    bool opening = at == doc->sents[doc->toks[at].sent].tok_start && !(doc->toks[at].flags & NG_TOK_ALLCAPS);
    if (((doc->toks[at].flags & NG_TOK_CAP) && !opening) || !ng_lex_is_org_word(doc->lex, doc->toks[at].lower) ||
        ng_mention_at(doc, at) >= 0)
        return -1;
    /* (a plural names no one body: "state schools Superintendent X") */
    size_t n = strlen(doc->toks[at].lower);
    bool singular = n < 2 || doc->toks[at].lower[n - 1] != 's' || doc->toks[at].lower[n - 2] == 's';
    for (size_t m = doc->nmention; m-- > 0;) {
        const ng_mention *mm = &doc->mentions[m];
        if (mm->tok_end > at || mm->type != NG_ACTOR_ORG)
            continue;
        /* (or "union" after a union's name with no such word: "Union
         * president Harold Daggett" after "The International
         * Longshoremen's Association") */
        bool union_word = ng_lex_listed(doc->lex, "union-nouns", doc->toks[at].lower);
        for (size_t q = mm->tok_start; q < mm->tok_end && !kind_only; q++)
            if (!strcmp(doc->toks[q].lower, doc->toks[at].lower) ||
                (union_word && ng_lex_listed(doc->lex, "union-name-words", doc->toks[q].lower)))
                return (int)m;
        /* (or the word right after its name, where a capitalized title may
         * follow: "union President Shawn Fain" after "The United Auto
         * Workers union") */
        if (mm->tok_end < at && !strcmp(doc->toks[mm->tok_end].lower, doc->toks[at].lower) && singular)
            return (int)m;
    }
    return -1;
}

static bool S_title_modifier(const ng_document *doc, size_t k, size_t from, size_t to)
{
    /* capitalized, only the portfolio of a minister or secretary: "Civil
     * Protection Minister", "Shadow Home Secretary" */
    bool capital = (doc->toks[k].flags & NG_TOK_CAP) && from < to && ng_mn_portfolio_head(doc, to - 1);
    /* (or a common word capitalized only where it opens the sentence,
     * right before the title's head in lower case: "Sporting director
     * Richard Hughes") */
    bool common = false;
    if ((doc->toks[k].flags & NG_TOK_CAP) && !(doc->toks[k].flags & NG_TOK_ALLCAPS) && k + 1 == from &&
        from + 1 == to && k == doc->sents[doc->toks[k].sent].tok_start && !(doc->toks[from].flags & NG_TOK_CAP) &&
        strcmp(ng_dep_upos(doc, k), "PRON") != 0 && strcmp(ng_dep_upos(doc, k), "DET") != 0 &&
        strcmp(ng_dep_upos(doc, k), "NUM") != 0 && !ng_tok_is(doc, k, "one") &&
        !(ng_mn_name_bits(doc, k, &common) & (1u | 4u | 16u | 64u)) && common)
        capital = true;
    /* (or a common word before "Chief" alone, the service it heads:
     * "Fire Chief Anthony Marrone") */
    if (k + 1 == from && from + 1 == to && ng_mention_at(doc, k) < 0 && ng_mn_service_chief(doc, k))
        capital = true;
    /* (an adverb opening the sentence is none: "Only Prime Cabinet
     * Secretary X kept his post", "Even Finance Minister X") */
    if (ng_dep_parsed(doc) && !strcmp(ng_dep_upos(doc, k), "ADV") && k == doc->sents[doc->toks[k].sent].tok_start)
        return false;
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
    /* a verb in the past the parse took for a modifier is what was done
     * to the holder, no word of the title: "ousted President X", "the
     * army overthrew President X", "convicted former Speaker X" (verbs
     * of the CAMEO dictionary, schemas/event-classes.tsv) */
    const char *w = doc->toks[k].lower;
    size_t n = strlen(w);
    bool past = n > 3 && (!strcmp(w + n - 2, "ed") || !strcmp(w + n - 2, "ew")) &&
                (ng_lex_event_class(doc->lex, w) || ng_lex_listed(doc->lex, "hiring-verbs", w));
    return capital || (modifies && !past && h >= (int)from && h < (int)to);
}

/* "The Special Rapporteur on Freedom of Expression, Irene Khan": a
 * title's head, "on" and capitalized words of no name (a remit) ending at
 * token k, within [lo, ..): the head's token, or SIZE_MAX. So too "for"
 * and the place the post covers: "The WHO's regional director for Africa,
 * Dr. Amina Diallo". */
static size_t S_remit_head(const ng_document *doc, size_t lo, size_t k)
{
    for (size_t q = k + 1; q > lo + 1 && q + 8 > k; q--) {
        if (ng_tok_is(doc, q - 1, "on") || ng_tok_is(doc, q - 1, "for"))
            return q <= k && ng_lex_is_title_head(doc->lex, doc->toks[q - 2].lower) && ng_mention_at(doc, q - 2) < 0
                       ? q - 2
                       : SIZE_MAX;
        /* (capitalized words of no actor's name: "Freedom of Expression";
         * after "for", a place's name alone) */
        int m = ng_mention_at(doc, q - 1);
        bool place = m >= 0 && doc->mentions[m].type == NG_ACTOR_PLACE && doc->mentions[m].tok_start > lo + 1 &&
                     ng_tok_is(doc, doc->mentions[m].tok_start - 1, "for") && doc->mentions[m].tok_end == k + 1;
        if (place) {
            q = doc->mentions[m].tok_start + 1;
            continue;
        }
        bool word = (doc->toks[q - 1].flags & NG_TOK_CAP) && (m < 0 || doc->mentions[m].type <= 0);
        if (!word && !ng_tok_is(doc, q - 1, "and") && !ng_tok_is(doc, q - 1, "of"))
            return SIZE_MAX;
    }
    return SIZE_MAX;
}


/* "Minister of Information and Culture, Lai Mohammed", "Its director of
 * research, Richard Francis": does a title's head, then "of", then title
 * words (and "and") end at token k, within [lo, ..)? */
static bool S_of_portfolio_before(const ng_document *doc, size_t lo, size_t k)
{
    /* (a body's name after "of" is where the title is held: "the
     * Inspector-General of Police, Musa Danladi") */
    if (!ng_mn_title_word(doc, k) || ng_mention_at(doc, k) >= 0)
        return S_remit_head(doc, lo, k) != SIZE_MAX;
    for (size_t q = k; q > lo + 1 && q + 6 > k; q--) {
        if (ng_tok_is(doc, q - 1, "of"))
            return ng_lex_is_title_head(doc->lex, doc->toks[q - 2].lower) && ng_mention_at(doc, q - 2) < 0;
        if (!ng_mn_title_word(doc, q - 1) && !ng_tok_is(doc, q - 1, "and"))
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

static void S_give_title(ng_mention *m, const char *title);

/* "Polish Agriculture Minister Czeslaw Siekierski and his Ukrainian
 * counterpart, Mykola Solskyi": the person named after "his [demonym]
 * counterpart" holds the post of the person "his" is (the last one named
 * with a title before it in the sentence), in the demonym's country. */
static bool S_counterpart(ng_document *doc, ng_mention *m, size_t lo)
{
    size_t c, p = ng_counterpart_before(doc, m->tok_start, lo, &c);
    if (!p)
        return false;
    const ng_lex_entry *e = NULL;
    size_t dn = c > p + 1 ? ng_demonym_at(doc, p + 1, c, &e) : 0;
    const ng_mention *holder = NULL; /* (the last person titled before "his") */
    for (size_t o = 0; o < doc->nmention; o++) {
        const ng_mention *hm = &doc->mentions[o];
        if (hm != m && hm->tok_start >= lo && hm->tok_end < p && hm->type == NG_ACTOR_PERSON && hm->title &&
            (!holder || hm->tok_start > holder->tok_start))
            holder = hm;
    }
    if (!holder)
        return false;
    S_give_title(m, holder->title);
    if (dn)
        ng_mn_set_demonym(m, e, p + 1, p + 1 + dn);
    return true;
}

/* The body "its" or "their" at token at stands for, before mention mi:
 * the nearest named before it in its own sentence ("North Korea and its
 * leader"), else the one the sentence before has for its subject
 * ("Spotify, which complained to the European Commission, welcomed the
 * ruling. Its chief executive"; "G42 is chaired by ..., the UAE's national
 * security adviser. Its chief executive"), else the nearest there ("... the IMF.
 * Its president"; not a person's country: "X of Canada"); never a
 * dateline's place. Its mention, or -1. */
static int S_possessor_body(const ng_document *doc, int mi, size_t at)
{
    uint32_t at_sent = doc->toks[at].sent;
    int nearest = -1;
    for (int q = mi - 1; q >= 0 && doc->toks[doc->mentions[q].tok_start].sent + 1 >= at_sent; q--) {
        const ng_mention *mq = &doc->mentions[q];
        if (mq->tok_end > at || !S_is_body(doc, q) || S_dateline_place(doc, q))
            continue;
        if (doc->toks[mq->tok_start].sent == at_sent)
            return q;
        /* (not a person's country after "of": "Anne Michaels of Canada.
         * Sales of the book ..., its publisher X said") */
        size_t st = mq->tok_start;
        bool origin = st >= 2 && ng_tok_is(doc, st - 1, "of") && q > 0 &&
                      doc->mentions[q - 1].tok_end == st - 1 && doc->mentions[q - 1].type == NG_ACTOR_PERSON;
        if (nearest < 0 && !origin)
            nearest = q;
        size_t h = doc->dep_first ? ng_dep_span_head(doc, mq->tok_start, mq->tok_end) : 0;
        if (doc->dep_first && !strncmp(ng_dep_rel(doc, h), "nsubj", 5))
            return q;
        /* (or opens it before a relative clause, however the parse reads
         * it: "SoftBank Group, which bought Arm in 2016, still owns ...
         * Its chief executive") */
        size_t e = mq->tok_end;
        if (mq->tok_start == doc->sents[doc->toks[mq->tok_start].sent].tok_start && e + 1 < at &&
            ng_tok_is(doc, e, ",") && (ng_tok_is(doc, e + 1, "which") || ng_tok_is(doc, e + 1, "who")))
            return q;
    }
    return nearest;
}

static bool S_civic_words(const ng_document *doc, size_t from, size_t to);

/* "Manhattan District Attorney Alvin Bragg": a place of no known kind
 * before a town's or a state's office is that town (a mayor's,
 * `town-titles`) or region: sets its kind so, and says whether it did. */
static bool S_set_town_or_state(ng_document *doc, int place, size_t title_start, size_t title_end)
{
    ng_mention *pm = &doc->mentions[place];
    if (pm->place_kind != 0 || pm->lex || title_start >= title_end || !ng_mn_civic_title(doc, title_start, title_end))
        return false;
    pm->place_kind =
        ng_lex_listed(doc->lex, "town-titles", doc->toks[title_end - 1].lower) ? NG_PLACE_CITY : NG_PLACE_REGION;
    return true;
}

/* The comma at token comma ends "a TITLE for the NOUN" (one to three
 * lower-case words after "for" or "to", none of them named; the post
 * opening the sentence or after "a", "an", "the"): give m the title and
 * say so. */
static bool S_post_for_described(ng_document *doc, size_t lo, size_t comma, ng_mention *m)
{
    size_t p = comma, words = 0;
    while (p > lo && words < 4 && !ng_tok_is(doc, p - 1, "for") && !ng_tok_is(doc, p - 1, "to") &&
           (doc->toks[p - 1].flags & NG_TOK_WORD) && !(doc->toks[p - 1].flags & NG_TOK_CAP) &&
           ng_mention_at(doc, p - 1) < 0) {
        p--;
        words++;
    }
    if (words == 0 || words == 4 || p < lo + 2 || !(ng_tok_is(doc, p - 1, "for") || ng_tok_is(doc, p - 1, "to")))
        return false;
    size_t head = p - 2;
    if (!ng_lex_is_title_head(doc->lex, doc->toks[head].lower) ||
        !(head == lo || ng_tok_is(doc, head - 1, "a") || ng_tok_is(doc, head - 1, "an") ||
          ng_tok_is(doc, head - 1, "the")))
        return false;
    S_give_title(m, S_title_text(doc, head, head + 1, false));
    return true;
}

void ng_mn_premodifiers(ng_document *doc, int mi)
{
    ng_mention *m = &doc->mentions[mi];
    const ng_sentence *s = &doc->sents[doc->toks[m->tok_start].sent];
    size_t lo = s->tok_start;
    if (m->tok_start <= lo || S_counterpart(doc, m, lo))
        return;
    size_t k = m->tok_start - 1;
    /* "The Vatican's foreign minister, Archbishop Paul Gallagher": how the
     * person is addressed stands between the title and the name */
    /* (or an honorific that is no office, `honorifics`: "Qatar's emir,
     * Sheikh Tamim bin Hamad Al Thani", after a post in lower case; not
     * "Sen.") */
    bool rank = k > lo + 2 && (doc->toks[k].flags & NG_TOK_CAP) &&
                ng_lex_listed(doc->lex, "honorifics", doc->toks[k].lower) && !(doc->toks[k - 2].flags & NG_TOK_CAP) &&
                ng_lex_is_title_head(doc->lex, doc->toks[k - 2].lower);
    if (k > lo + 1 && (ng_lex_is_courtesy_title(doc->lex, doc->toks[k].lower) || rank) &&
        doc->art->text[doc->toks[k - 1].start] == ',')
        k--;
    bool comma = false;
    char plural[32];
    if (doc->art->text[doc->toks[k].start] == ',' && k > lo &&
        (ng_lex_is_title_head(doc->lex, doc->toks[k - 1].lower) || ng_mn_plural_title(doc, k - 1, plural) ||
         ng_mn_hyphenated_title(doc, doc->toks[k - 1].lower) ||
         ng_mn_title_of_tail(doc, k - 1) || S_of_portfolio_before(doc, lo, k - 1))) {
        comma = true;
        k--;
    }
    bool comma_before = doc->art->text[doc->toks[k].start] == ',';
    if (!comma && k > lo && (comma_before || S_mention_ending_at(doc, k) >= 0)) {
        /* "[the] President of the Senate, X", "Ambassador to the European
         * Union X": a title held in a body */
        int body = S_mention_ending_at(doc, comma_before ? k - 1 : k);
        /* (or a state's or a city's office: "the governor of Malatya,
         * Seddar Yavuz", "the King of Athens, Theseus", "Mayor of Venice
         * Luigi Brugnaro") */
        size_t b = body >= 0 ? doc->mentions[body].tok_start : 0;
        bool town = body >= 0 && doc->mentions[body].type == NG_ACTOR_PLACE && b > lo + 1 &&
                    ng_tok_is(doc, b - 1, "of") &&
                    (ng_mn_civic_title(doc, b - 2, b - 1) ||
                     ng_lex_listed(doc->lex, "head-of-state-posts", doc->toks[b - 2].lower));
        if (S_is_body(doc, body) || town) {
            if (b > lo && ng_tok_is(doc, b - 1, "the"))
                b--;
            if (b > lo + 1 && (ng_tok_is(doc, b - 1, "of") || ng_tok_is(doc, b - 1, "to")) &&
                ng_lex_is_title_head(doc->lex, doc->toks[b - 2].lower)) {
                size_t t0 = b - 2;
                while (t0 > lo && ng_mn_title_word(doc, t0 - 1) && ng_mention_at(doc, t0 - 1) < 0)
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
                    size_t dn = ng_mn_demonym_ending(doc, t0 - 1, lo, &e);
                    int before = S_mention_ending_at(doc, t0 - 1);
                    if (dn)
                        ng_mn_set_demonym(m, e, t0 - dn, t0);
                    else if (S_is_body(doc, before))
                        S_add_affil(m, before);
                }
                return;
            }
        }
    }
    /* "A spokesman for the ministry, Tom Reyes,", "a lawyer for the
     * family, Ben Crump,": a post held for someone the words after it
     * only describe, set off by a comma before the name */
    if (!comma && comma_before && S_post_for_described(doc, lo, k, m))
        return;
    /* "Justices Elena Kagan and Ketanji Brown Jackson": the second holds
     * the plural title too */
    char one[32];
    int first = ng_tok_is(doc, k, "and") && k > lo ? S_mention_ending_at(doc, k - 1) : -1;
    bool titled = first >= 0 && doc->mentions[first].title && doc->mentions[first].tok_start > lo;
    size_t before_first = titled ? doc->mentions[first].tok_start - 1 : lo;
    if (titled && before_first > lo && doc->art->text[doc->toks[before_first].start] == ',')
        before_first--; /* (and "his lawyers, X and Y") */
    if (titled && ng_mn_plural_title(doc, before_first, one)) {
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
        /* "Special Rapporteur on Freedom of Expression, Irene Khan" */
        size_t remit = comma && title_start == title_end ? S_remit_head(doc, lo, k) : SIZE_MAX;
        if (remit != SIZE_MAX) {
            title_start = remit;
            if (remit == lo)
                break;
            k = remit - 1;
            continue;
        }
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
        /* "Secretary of State", "Minister of Foreign Affairs" (and "editor
         * in chief": a tail only "in" leads to) */
        /* (not a post of someone else's after "a" or "an", the name's own
         * title after "of": "Richard Grenell, an envoy of President Donald
         * Trump" is no envoy Trump) */
        bool others = ng_tok_is(doc, k, "of") && k > lo + 1 && title_start == k + 1 &&
                      ng_lex_is_title_head(doc->lex, doc->toks[k + 1].lower) &&
                      (ng_tok_is(doc, k - 2, "a") || ng_tok_is(doc, k - 2, "an"));
        if ((ng_tok_is(doc, k, "of") || (ng_tok_is(doc, k, "in") && ng_mn_title_of_tail(doc, k + 1))) && k > lo &&
            title_start < title_end && ng_lex_is_title_head(doc->lex, doc->toks[k - 1].lower) &&
            ng_mention_at(doc, k - 1) < 0 && !others) {
            k--;
            continue;
        }
        /* "Director of Public Prosecution Eva-Marie Persson": capitalized
         * words right before the name, after a title's head and "of", are
         * the post's portfolio */
        if (title_start == title_end && title_end == m->tok_start && m->type == NG_ACTOR_PERSON &&
            (doc->toks[k].flags & NG_TOK_CAP)) {
            size_t of = k;
            while (of > lo + 1 && of + 4 > k && (doc->toks[of].flags & NG_TOK_CAP) && ng_mention_at(doc, of) < 0 &&
                   !ng_lex_is_stop_cap(doc->lex, doc->toks[of].lower))
                of--;
            /* (not one word that is a post's head itself, the name's own
             * title, below) */
            bool own_title = of + 1 == k && ng_lex_is_title_head(doc->lex, doc->toks[k].lower);
            if (of < k && ng_tok_is(doc, of, "of") && ng_lex_is_title_head(doc->lex, doc->toks[of - 1].lower) &&
                ng_mention_at(doc, of - 1) < 0 && !own_title) {
                title_start = of - 1;
                k = of - 1;
                if (k == lo)
                    break;
                k--;
                continue;
            }
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
        /* (the "'s" of "State's Attorney" is the title's) */
        bool possessive_title = (doc->toks[k].flags & NG_TOK_POSS) && ng_mn_title_word(doc, k);
        if (!both && ((!ng_mn_is_word(&doc->toks[k]) && !possessive_title) ||
                      (!ng_mn_title_word(doc, k) && !S_title_modifier(doc, k, title_start, title_end))))
            break;
        /* a demonym is not a title word even when it is capitalized */
        const ng_lex_entry *e;
        if (ng_mn_demonym_ending(doc, k, lo, &e))
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
                while (p > lo && p + 2 > at && ng_mn_is_word(&doc->toks[p]) &&
                       !(doc->toks[p].flags & (NG_TOK_CAP | NG_TOK_POSS)) && ng_mention_at(doc, p) < 0)
                    p--;
                if (p < at && (doc->toks[p].flags & NG_TOK_POSS)) {
                    title_start = p + 1;
                    at = p;
                }
            }
            /* (past up to two plain words before the title: "the
             * country's democratically elected president, Mohamed
             * Bazoum") */
            size_t owner = at;
            while (owner > lo + 2 && owner + 2 > at && title_start < title_end && ng_mn_is_word(&doc->toks[owner]) &&
                   !(doc->toks[owner].flags & (NG_TOK_CAP | NG_TOK_POSS)) && ng_mention_at(doc, owner) < 0 &&
                   (!strcmp(ng_dep_upos(doc, owner), "ADV") || !strcmp(ng_dep_upos(doc, owner), "ADJ") ||
                    !strcmp(ng_dep_upos(doc, owner), "VERB")))
                owner--;
            if ((doc->toks[owner].flags & NG_TOK_POSS) && owner >= lo + 2 && ng_tok_is(doc, owner - 2, "the") &&
                !(doc->toks[owner - 1].flags & NG_TOK_CAP) && ng_mention_at(doc, owner - 1) < 0 &&
                title_start < title_end) {
                /* "the company's chief financial officer, Ravi Menon":
                 * the body the article describes (actors.c) */
                m->affil_described = (int32_t)(owner - 2);
            } else if (doc->toks[at].flags & NG_TOK_POSS) {
                if (at > lo) {
                    prev = S_mention_ending_at(doc, at - 1);
                    if (S_is_body(doc, prev) ||
                        (prev >= 0 && doc->mentions[prev].type == NG_ACTOR_PERSON && title_start < title_end &&
                         S_personal_head(doc, title_end - 1)))
                        S_add_affil(m, prev);
                    at = prev >= 0 ? doc->mentions[prev].tok_start : at;
                }
            } else if (ng_mn_demonym_ending(doc, at, lo, &e)) {
                size_t dn = ng_mn_demonym_ending(doc, at, lo, &e);
                ng_mn_set_demonym(m, e, at + 1 - dn, at + 1);
                at -= dn - 1;
            } else if ((prev = S_mention_ending_at(doc, at)) >= 0 &&
                       (S_is_body(doc, prev) || (doc->mentions[prev].type == NG_ACTOR_PLACE &&
                                                 (doc->mentions[prev].place_kind == NG_PLACE_CITY ||
                                                  doc->mentions[prev].place_kind == NG_PLACE_REGION ||
                                                  S_set_town_or_state(doc, prev, title_start, title_end)) &&
                                                 ng_mn_civic_title(doc, title_start, title_end)))) {
                /* ("Texas Gov. Greg Abbott", "Chicago Mayor X": a state's or
                 * a city's own office, of a place the lexicon knows) */
                /* "White House Russia adviser Fiona Hill": a country named
                 * (not "U.S.", not a demonym) before an expert's title is
                 * the field; the body before it employs */
                /* (the head right after the country: "Saudi national
                 * security adviser" has its field, the country employs) */
                const ng_mention *pm = &doc->mentions[prev];
                bool topic = pm->type == NG_ACTOR_PLACE && title_end == title_start + 1 &&
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
            } else if (title_start < title_end && (prev = S_employer_acting(doc, lo, at)) >= 0) {
                S_add_affil(m, prev);
            } else if (title_start < title_end &&
                       (prev = S_body_by_word_before(doc, at, doc->toks[title_start].flags & NG_TOK_CAP)) >= 0) {
                /* (a post in lower case: not "the network President
                 * Vladimir Putin formed") */
                S_add_affil(m, prev);
            } else if ((ng_tok_is(doc, at, "his") || ng_tok_is(doc, at, "her")) && title_start < title_end &&
                       (S_personal_head(doc, title_end - 1) ||
                        ng_lex_listed(doc->lex, "peer-heads", doc->toks[title_end - 1].lower))) {
                /* "Her lawyer, Ben Myers,": the person "her" stands for;
                 * "his teammate Lewis Hamilton": that person's team
                 * (actors.c) */
                m->affil_described = (int32_t)at;
                m->affil_peer = !S_personal_head(doc, title_end - 1);
            } else if (strcmp(doc->toks[at].lower, "its") == 0 || strcmp(doc->toks[at].lower, "their") == 0) {
                /* "North Korea and its leader, Kim Jong Un", "... the
                 * IMF. Its president, X" (this sentence or the one before;
                 * a dateline's country is nobody's employer) */
                uint32_t at_sent = doc->toks[at].sent;
                int q = S_possessor_body(doc, mi, at);
                bool found = q >= 0;
                if (found)
                    S_add_affil(m, q);
                /* ("The company, which serves 16 million customers, ... Its
                 * chairman, Adrian Montague,": the body the sentence before
                 * opens by describing; actors.c resolves it) */
                size_t before = at_sent > 0 ? doc->sents[at_sent - 1].tok_start : 0;
                if (!found && at_sent > 0 && ng_tok_is(doc, before, "the") && before + 1 < doc->ntok &&
                    !(doc->toks[before + 1].flags & NG_TOK_CAP) &&
                    ng_lex_is_company_noun(doc->lex, doc->toks[before + 1].lower))
                    m->affil_described = (int32_t)before;
            }
            if (at > lo && strcmp(doc->toks[at - 1].lower, "former") == 0)
                former = true;
        }
    }
    /* "Republican counsel Steve Castor", "Democrat Hillary Clinton": the
     * party */
    for (size_t q = title_start; q < title_end && !m->affil_lex; q++) {
        const ng_lex_entry *e = ng_mn_party_word(doc, q);
        if (e)
            ng_mn_set_demonym(m, e, q, q + 1);
    }
    const ng_lex_entry *member = title_start > lo ? ng_mn_party_word(doc, title_start - 1) : NULL;
    if (member && !m->affil_lex)
        ng_mn_set_demonym(m, member, title_start - 1, title_start);
    if (posted >= 0 && m->affil_mention[0] < 0 && !m->affil_lex)
        S_add_affil(m, posted); /* "U.N. envoy X": nobody sent the envoy but the body */
    /* "army chief Gen. Abdel-Fattah Burhan", "Foreign Minister Sheikh
     * Abdullah": a rank or an honorific right before the name after a
     * post's head is a title of its own (an honorific none) */
    size_t last = title_end > title_start + 1 ? title_end - 1 : title_end;
    /* (a rank of two abbreviations is one: "army chief Lt. Gen. Roy
     * Galido", "Lt. Gen. Tom Ward") */
    while (last < title_end && last > title_start + 1 && (doc->toks[last - 1].flags & NG_TOK_CAP) &&
           ng_lex_is_title_abbreviation(doc->lex, doc->toks[last - 1].lower) &&
           ng_lex_is_title_abbreviation(doc->lex, doc->toks[last].lower))
        last--;
    bool own_rank = last < title_end && (doc->toks[last].flags & NG_TOK_CAP) &&
                    ng_lex_is_title_head(doc->lex, doc->toks[last - 1].lower) &&
                    !ng_lex_is_title_abbreviation(doc->lex, doc->toks[last - 1].lower) &&
                    (ng_lex_is_title_abbreviation(doc->lex, doc->toks[last].lower) ||
                     ng_lex_listed(doc->lex, "honorifics", doc->toks[last].lower));
    const char *title = S_title_text(doc, title_start, own_rank ? last : title_end, former);
    if (title)
        m->title = title;
    const char *rank_title = title && own_rank && ng_lex_is_title_abbreviation(doc->lex, doc->toks[last].lower)
                                 ? S_title_text(doc, last, title_end, false)
                                 : NULL;
    if (rank_title)
        S_give_title(m, rank_title);
    S_shared_affiliation(doc, m, title ? title_start : m->tok_start);
}

/* Does the title [from, to) end in an office of a state or a city
 * ("Gov.", "Mayor", "Attorney General"; schemas/word-lists.tsv), or
 * make one with the noun of a county or a province that ends the place's
 * name before it ("Hennepin County Attorney")? */
bool ng_mn_civic_title(const ng_document *doc, size_t from, size_t to)
{
    if (to <= from)
        return false;
    if (from > 0 && to - from <= 2 && ng_lex_listed(doc->lex, "area-unit-heads", doc->toks[from - 1].lower) &&
        ng_mention_at(doc, from - 1) >= 0 && S_civic_words(doc, from - 1, to))
        return true;
    return S_civic_words(doc, from, to);
}

static bool S_civic_words(const ng_document *doc, size_t from, size_t to)
{
    /* ("Cook County State's Attorney": a county's office) */
    if (to - from >= 3 && ng_mn_possessive_title_at(doc, to - 3))
        return true;
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

/* A post the mention's holder has: the first is its title, the others
 * ("Professor X, Director of Y, and Chairman of Z") further titles. */
static void S_give_title(ng_mention *m, const char *title)
{
    if (!title)
        return;
    if (!m->title) {
        m->title = title;
        return;
    }
    if (!strcasecmp(m->title, title))
        return;
    for (int k = 0; k < 2; k++) {
        if (m->more_titles[k] && !strcasecmp(m->more_titles[k], title))
            return;
        if (!m->more_titles[k]) {
            m->more_titles[k] = title;
            return;
        }
    }
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
        if (!strcmp(u, "AUX") || !strcmp(u, "PRON") || !strcmp(u, "SCONJ") ||
            (!strcmp(u, "VERB") && ng_dep_finite(doc, j)))
            return true;
        /* ("..., underscoring party divisions over a nominee who": a
         * participle opening the words is a clause, no post; not
         * "founding director") */
        if (j == from && !strcmp(u, "VERB") && ng_tok_ing_form(doc, j) && j + 1 < end &&
            !ng_lex_is_title_head(doc->lex, doc->toks[j + 1].lower))
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
    /* ("the governor of the central bank": a word of kind before it) */
    if (n + 1 < hi && !strcmp(ng_dep_upos(doc, n), "ADJ") && !(doc->toks[n + 1].flags & NG_TOK_CAP) &&
        (doc->toks[n + 1].flags & NG_TOK_WORD))
        n++;
    const char *w = doc->toks[n].lower;
    bool body = ng_lex_is_org_word(doc->lex, w) || ng_lex_is_company_noun(doc->lex, w) ||
                ng_lex_is_body_noun(doc->lex, w);
    return body ? (int32_t)t : -1;
}

/* Mention b names a body: so do the other mentions of its name that
 * were of its type ("by Pollstar, the trade publication" and "a senior
 * editor at Pollstar"): a name is one thing throughout an article. */
void ng_mn_name_becomes_org(ng_document *doc, int b)
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

/* "head of development", "professor of geosciences and international
 * affairs": common nouns (and their adjectives, joined by "and") right
 * after a title's head and "of", ending at token i, are the post's field
 * (not "the president of the company": no article; nor a name, nor a
 * possessor: "president of soccer's world governing body"). */
static bool S_field_of_title(const ng_document *doc, size_t i, size_t hi)
{
    /* (the field ends before a preposition, "and", "who" or punctuation) */
    bool ends = i + 1 >= hi || (!(doc->toks[i + 1].flags & NG_TOK_POSS) && !ng_mn_is_word(&doc->toks[i + 1])) ||
                S_is_prep(doc->toks[i + 1].lower) || ng_tok_is(doc, i + 1, "and") || ng_tok_is(doc, i + 1, "who");
    if (i >= hi || strcmp(ng_dep_upos(doc, i), "NOUN") != 0 || !ends)
        return false;
    for (size_t q = i; q >= 2 && q + 5 > i; q--) {
        const ng_token *t = &doc->toks[q];
        const char *upos = ng_dep_upos(doc, q);
        if ((t->flags & (NG_TOK_CAP | NG_TOK_POSS)) || ng_mention_at(doc, q) >= 0 ||
            !(ng_tok_is(doc, q, "and") || !strcmp(upos, "NOUN") || !strcmp(upos, "ADJ")))
            return false;
        if (ng_tok_is(doc, q - 1, "of"))
            return !ng_tok_is(doc, q, "and") && ng_lex_is_title_head(doc->lex, doc->toks[q - 2].lower) &&
                   !ng_lex_listed(doc->lex, "work-heads", doc->toks[q - 2].lower);
    }
    return false;
}

/* The end of the field S_field_of_title reads after "of" at token k, or 0
 * when the words after it are none. */
static size_t S_field_end(const ng_document *doc, size_t k, size_t hi)
{
    size_t e = k + 1;
    while (e < hi && e < k + 6 && ng_mn_is_word(&doc->toks[e]) && !(doc->toks[e].flags & (NG_TOK_CAP | NG_TOK_POSS)) &&
           (ng_tok_is(doc, e, "and") || !strcmp(ng_dep_upos(doc, e), "NOUN") || !strcmp(ng_dep_upos(doc, e), "ADJ")))
        e++;
    return e > k + 1 && S_field_of_title(doc, e - 1, hi) ? e : 0;
}

/* A word of where someone was born or works, hyphenated to a name
 * ("Cuban-born", "London-based"), at token k. */
static bool S_origin_descriptor(const ng_document *doc, size_t k)
{
    const char *w = doc->toks[k].lower;
    size_t n = strlen(w);
    return (doc->toks[k].flags & NG_TOK_CAP) &&
           ((n > 5 && !strcmp(w + n - 5, "-born")) || (n > 6 && !strcmp(w + n - 6, "-based")));
}

static size_t S_title_phrase(ng_document *doc, ng_mention *m, size_t k, size_t hi)
{
    /* "the group's president", "the company's chief financial officer":
     * the title of a body the article describes (actors.c resolves it) */
    int described = -1;
    /* ("the Swedish company's chief legal officer": a demonym before it) */
    size_t dem = k + 1 < hi && (doc->toks[k + 1].flags & NG_TOK_CAP) && ng_mention_at(doc, k + 1) < 0 &&
                         ng_lex_demonym(doc->lex, doc->toks[k + 1].lower)
                     ? 1
                     : 0;
    if (k + 3 + dem < hi && ng_tok_is(doc, k, "the") && !(doc->toks[k + 1 + dem].flags & NG_TOK_CAP) &&
        ng_mention_at(doc, k + 1 + dem) < 0 && (doc->toks[k + 2 + dem].flags & NG_TOK_POSS) &&
        !ng_mn_is_word(&doc->toks[k + 2 + dem])) {
        described = (int)k;
        k += 3 + dem;
    }
    /* ("currently president of", "then a member of": when is no part of
     * the post) */
    while (k + 1 < hi && (ng_tok_is(doc, k, "now") || ng_tok_is(doc, k, "currently") || ng_tok_is(doc, k, "then") ||
                          ng_tok_is(doc, k, "also") || ng_tok_is(doc, k, "still")))
        k++;
    /* ("named her as its chief executive": the body's post; "Jennifer
     * Newstead, its chief legal officer," the body "its" stands for) */
    int owner = k < hi && (ng_tok_is(doc, k, "its") || ng_tok_is(doc, k, "their"))
                    ? S_possessor_body(doc, (int)(m - doc->mentions), k)
                    : -1;
    /* ("Ben Myers, her lawyer,": the person "her" stands for, below) */
    size_t personal = k < hi && (ng_tok_is(doc, k, "his") || ng_tok_is(doc, k, "her")) ? k : SIZE_MAX;
    if (k < hi && (ng_tok_is(doc, k, "a") || ng_tok_is(doc, k, "an") || ng_tok_is(doc, k, "the") ||
                   ng_tok_is(doc, k, "another") || ng_tok_is(doc, k, "its") || ng_tok_is(doc, k, "their") ||
                   personal != SIZE_MAX))
        k++;
    size_t from = k;
    int inner = -1; /* "a former [National Security Council] official" */
    const ng_lex_entry *dem_entry = NULL; /* "the former [Peruvian] president" */
    size_t dem_at = 0, dem_len = 0;
    int boss = -1;  /* "another former [Trump] aide" */
    /* (no post goes on past "by": "was elected president by parliament") */
    while (k < hi && k - from < 10 && !ng_tok_is(doc, k, "on") && !ng_tok_is(doc, k, "by")) {
        /* ("head of development": the field is the post's) */
        size_t field = ng_tok_is(doc, k, "of") ? S_field_end(doc, k, hi) : 0;
        if (field) {
            k = field;
            continue;
        }
        if (S_is_prep(doc->toks[k].lower) && !(k + 1 < hi && ng_mn_title_of_tail(doc, k + 1)))
            break;
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
        if (!ng_mn_is_word(&doc->toks[k]))
            break;
        /* "the lawyer who represented the fishermen": a relative clause
         * says what the holder did, no word of the post */
        if (k > from && (ng_tok_is(doc, k, "who") || ng_tok_is(doc, k, "whose")))
            break;
        /* "the federation's president and a member of parliament": a
         * second post, not a word of the first */
        if (ng_tok_is(doc, k, "and") && k + 1 < hi &&
            (ng_tok_is(doc, k + 1, "a") || ng_tok_is(doc, k + 1, "an") || ng_tok_is(doc, k + 1, "the")))
            break;
        int mm = ng_mention_at(doc, k);
        if (mm >= 0 && doc->mentions[mm].type == NG_ACTOR_PERSON && doc->mentions[mm].tok_start == k &&
            doc->mentions[mm].tok_end < hi && S_personal_head(doc, doc->mentions[mm].tok_end)) {
            boss = mm;
            k = doc->mentions[mm].tok_end;
            continue;
        }
        /* "Ron Klain, Biden's chief of staff,": the post starts after the
         * person whose staff the holder is */
        if (mm >= 0 && doc->mentions[mm].type == NG_ACTOR_PERSON && doc->mentions[mm].tok_start == k && k == from &&
            doc->mentions[mm].tok_end + 1 < hi && (doc->toks[doc->mentions[mm].tok_end].flags & NG_TOK_POSS) &&
            !ng_mn_is_word(&doc->toks[doc->mentions[mm].tok_end])) {
            boss = mm;
            from = k = doc->mentions[mm].tok_end + 1;
            continue;
        }
        if (mm >= 0) {
            /* a country or a region before "expert" is the field, not the
             * employer ("chief Europe strategist") */
            bool topic = doc->mentions[mm].type == NG_ACTOR_PLACE && doc->mentions[mm].tok_end < hi &&
                         S_topic_head(doc, doc->mentions[mm].tok_end);
            /* "a Chicago lawyer": a town opening the phrase is where the
             * holder works, no word of the post */
            size_t e = doc->mentions[mm].tok_end;
            if (doc->mentions[mm].type == NG_ACTOR_PLACE && !S_is_body(doc, mm) && !topic && k == from && e < hi &&
                ng_mn_is_word(&doc->toks[e]) && !(doc->toks[e].flags & NG_TOK_CAP)) {
                from = k = e;
                continue;
            }
            if ((!S_is_body(doc, mm) && !topic) || doc->mentions[mm].tok_start != k)
                break;
            if (!topic)
                inner = mm;
            k = doc->mentions[mm].tok_end;
            /* "UNICEF's regional director": the title starts after its
             * possessor */
            if (doc->mentions[mm].tok_start == from && k < hi && (doc->toks[k].flags & NG_TOK_POSS))
                from = ++k;
            else if (doc->mentions[mm].tok_start == from && (doc->toks[k - 1].flags & NG_TOK_POSS))
                from = k; /* ("Christie's head of ...": a house whose name keeps its "'s") */
            /* ("Hans Kluge, WHO regional director for Europe": a body
             * opening the phrase is the affiliation, no word of the post) */
            else if (doc->mentions[mm].tok_start == from && !topic && k < hi && !(doc->toks[k].flags & NG_TOK_CAP) &&
                     (doc->toks[k].flags & NG_TOK_WORD))
                from = k;
            continue;
        }
        /* ("the Cuban-born jazz pianist", "a London-based lawyer": where
         * the holder comes from or works is no word of the post) */
        if (k == from && S_origin_descriptor(doc, k)) {
            from = ++k;
            continue;
        }
        /* "the former Peruvian president": a demonym inside the post's
         * words says whose post it is */
        const ng_lex_entry *de;
        size_t dn = (doc->toks[k].flags & NG_TOK_CAP) && !ng_mn_title_word(doc, k) ? ng_demonym_at(doc, k, hi, &de) : 0;
        if (dn && k + dn < hi && !(doc->toks[k + dn].flags & NG_TOK_CAP) && (doc->toks[k + dn].flags & NG_TOK_WORD) &&
            !m->affil_lex && !dem_entry) {
            dem_entry = de;
            dem_at = k;
            dem_len = dn;
            k += dn;
            continue;
        }
        if ((doc->toks[k].flags & NG_TOK_CAP) && !ng_mn_title_word(doc, k))
            break;
        /* "a former lawmaker known as ...": a participle after the title
         * opens a clause about its holder ("chief operating officer" is
         * one title) */
        if (k > from && ng_lex_is_title_head(doc->lex, doc->toks[k - 1].lower) &&
            !strcmp(ng_dep_upos(doc, k), "VERB") && !ng_dep_finite(doc, k) && !ng_mn_title_modifier_of_head(doc, k, hi))
            break;
        k++;
    }
    /* "Senator Ted Cruz and Governor Chris Christie", "Obama, Vice
     * President Joe Biden": a title right before a person's name is that
     * person's */
    int holder = k < hi ? S_mention_starting_at(doc, k) : -1;
    /* ("Secretary of State Connie Lawson", "Deputy Chief of Staff Jake
     * Sullivan": the same past the title's capitalized "of" words) */
    if (holder < 0 && k + 2 < hi && ng_tok_is(doc, k, "of")) {
        size_t q = k + 1;
        while (q < hi && q < k + 5 && (doc->toks[q].flags & NG_TOK_CAP) && ng_mention_at(doc, q) < 0)
            q++;
        holder = q > k + 1 && q < hi ? S_mention_starting_at(doc, q) : -1;
    }
    if (holder >= 0 && (doc->mentions[holder].type == NG_ACTOR_PERSON || doc->mentions[holder].type == 0))
        return 0;
    /* the phrase must end in a title head */
    size_t end = k;
    bool occupation = S_occupation_at_body(doc, from, k, hi);
    /* ("the agency's director-general": heads joined by hyphens) */
    while (!occupation && end > from && !ng_lex_is_title_head(doc->lex, doc->toks[end - 1].lower) &&
           !ng_mn_hyphenated_title(doc, doc->toks[end - 1].lower) && !ng_mn_title_of_tail(doc, end - 1) &&
           !S_field_of_title(doc, end - 1, hi))
        end--;
    /* ("an economist and political outsider": a title, then "and" and
     * words of no post, which end it) */
    /* (one post: not "the four male officials and warriors") */
    const char *head = end > from ? doc->toks[end - 1].lower : "";
    if (end > from && end < k && ng_tok_is(doc, end, "and") && head[strlen(head) - 1] != 's')
        k = end;
    /* (the head itself may be read as a verb: "the WHO chief") */
    if (end == from || end != k || S_clause_words(doc, from, occupation ? end : end - 1))
        return 0;
    const char *title = occupation ? ng_doc_span(doc, doc->toks[from].start, doc->toks[end - 1].end)
                                   : S_title_text(doc, from, end, false);
    if (!title)
        return 0;
    S_give_title(m, title);
    if (dem_entry && !m->affil_lex)
        ng_mn_set_demonym(m, dem_entry, dem_at, dem_at + dem_len);
    if (inner >= 0)
        S_add_affil(m, inner);
    if (boss >= 0)
        S_add_affil(m, boss);
    if (owner >= 0 && inner < 0)
        S_add_affil(m, owner);
    if (described >= 0 && inner < 0)
        m->affil_described = described;
    if (personal != SIZE_MAX && inner < 0 && S_personal_head(doc, end - 1))
        m->affil_described = (int32_t)personal;
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
        /* "the head of Yoon's own People Power Party": an owner's name, its
         * possessive and a word or two before the body's name */
        if (body >= 0 && doc->mentions[body].tok_end + 1 < hi &&
            (doc->toks[doc->mentions[body].tok_end].flags & NG_TOK_POSS)) {
            size_t r = doc->mentions[body].tok_end + 1;
            while (r < hi && r < doc->mentions[body].tok_end + 3 && ng_mention_at(doc, r) < 0 &&
                   ng_mn_is_word(&doc->toks[r]) && !(doc->toks[r].flags & NG_TOK_CAP))
                r++;
            int owned = S_mention_starting_at(doc, r);
            /* (a body or a country that owns it is the post's too: "the
             * University of Virginia's Center for Politics") */
            if (owned >= 0 && doc->mentions[owned].type == NG_ACTOR_ORG) {
                if (S_is_body(doc, body) || (doc->mentions[body].lex &&
                                             doc->mentions[body].lex->place_kind == NG_PLACE_COUNTRY))
                    S_add_affil(m, body);
                body = owned;
            }
        }
        /* "head of U.S. economic research at Fitch Ratings": a name that
         * modifies the noun after it is where the post's field lies; the
         * institution comes after "at" */
        size_t field = body >= 0 ? doc->mentions[body].tok_end : 0;
        if (body >= 0 && doc->mentions[body].type == NG_ACTOR_PLACE && field + 1 < hi &&
            !(doc->toks[field].flags & NG_TOK_CAP) && (doc->toks[field].flags & NG_TOK_WORD) &&
            (!strcmp(ng_dep_upos(doc, field), "ADJ") || !strcmp(ng_dep_upos(doc, field), "NOUN")))
            body = -1;
        /* "a project scientist for Mars Express at ESA", "a scientist on
         * the Mars Express mission at the European Space Agency": a name of
         * no body's or place's type is the post's field; the institution
         * comes after "at" */
        if (body >= 0 && !doc->mentions[body].lex && doc->mentions[body].type != NG_ACTOR_ORG &&
            doc->mentions[body].type != NG_ACTOR_PLACE) {
            size_t p = doc->mentions[body].tok_end;
            while (p < hi && p < doc->mentions[body].tok_end + 3 && ng_mn_is_word(&doc->toks[p]) &&
                   !(doc->toks[p].flags & NG_TOK_CAP) && !S_is_prep(doc->toks[p].lower))
                p++;
            size_t r = p + 1 < hi && ng_tok_is(doc, p + 1, "the") ? p + 2 : p + 1;
            int later = p + 1 < hi && (ng_tok_is(doc, p, "at") || ng_tok_is(doc, p, "with"))
                            ? S_mention_starting_at(doc, r) : -1;
            if (later >= 0 && doc->mentions[later].type == NG_ACTOR_ORG) {
                body = later;
                k = p;
                on = false;
            }
        }
        /* "former president of the blood-testing startup Theranos": a
         * few words saying what the body is, then its name */
        if (body < 0 && !ng_tok_is(doc, k, "to")) {
            size_t r = q;
            while (r < hi && r < q + 5 && ng_mention_at(doc, r) < 0 && ng_mn_is_word(&doc->toks[r]) &&
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
        /* "the head of its commercial airplanes unit", "the chairman of
         * its board": the body "its" stands for */
        if (body < 0 && owner < 0 && inner < 0 && ng_tok_is(doc, k, "of") && q < hi &&
            (ng_tok_is(doc, q, "its") || ng_tok_is(doc, q, "their"))) {
            int of_body = S_possessor_body(doc, (int)(m - doc->mentions), q);
            if (of_body >= 0)
                S_add_affil(m, of_body);
        }
        /* "an aide to Vice President Pence", "a lawyer for X": a person's
         * own staff work for that person */
        if (S_personal_head(doc, end - 1) && (ng_tok_is(doc, k, "to") || ng_tok_is(doc, k, "for"))) {
            size_t r = q;
            while (r < hi && body < 0 && ng_mn_title_word(doc, r) && ng_mention_at(doc, r) < 0)
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
                while (r < hi && r < p + 6 && ng_mention_at(doc, r) < 0 && ng_mn_is_word(&doc->toks[r]) &&
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
        /* "a professor at the university", "the permanent secretary of the
         * academy" (not "a member of the group": any people, named or not) */
        if (body < 0 && m->affil_described < 0 && inner < 0 &&
            (ng_tok_is(doc, k, "at") || ng_tok_is(doc, k, "with") ||
             (ng_tok_is(doc, k, "of") && !(k + 2 < hi && ng_tok_is(doc, k + 2, "group")))))
            m->affil_described = S_described_body_after(doc, k, hi);
        /* "a specialist on the National Security Council", but not "an
         * expert on China" */
        if (on && (body < 0 || doc->mentions[body].type != NG_ACTOR_ORG))
            return k;
        if (body < 0 && q < hi) {
            const ng_lex_entry *e;
            size_t dn = ng_demonym_at(doc, q, hi, &e);
            if (dn)
                ng_mn_set_demonym(m, e, q, q + dn);
        }
        /* "a senior analyst at Stratfor", "an official with Maghawir al
         * Thawra": where a title is held is an institution, whatever an
         * unknown name looked like */
        /* ("president of Lilly Neuroscience": not a person's own staff,
         * not "court painter of Shah Abbas", not the field of a "Professor
         * of Intellectual Property") */
        /* (nor a town's: "the mayor of Miami-Dade County") */
        bool of_body = body >= 0 && ng_tok_is(doc, k, "of") && !S_personal_head(doc, end - 1) &&
                       !ng_mn_civic_title(doc, end >= 3 ? end - 3 : 0, end) &&
                       !ng_tok_is(doc, end - 1, "professor") && !ng_mn_title_word(doc, doc->mentions[body].tok_start) &&
                       !ng_mn_title_word(doc, doc->mentions[body].tok_start - 1) &&
                       !ng_mn_roman(doc->toks[doc->mentions[body].tok_end - 1].lower) && /* "Shah Abbas I" */
                       doc->mentions[body].tok_end - doc->mentions[body].tok_start >= 2 &&
                       /* (not "writer of Barry Goldwater's classic") */
                       !(doc->mentions[body].tok_end < hi &&
                         (doc->toks[doc->mentions[body].tok_end].flags & NG_TOK_POSS)) &&
                       /* (an envoy may be a person's: "an envoy of Donald
                        * Trump", a given name the tagger reads a person's
                        * with) */
                       !(ng_lex_is_envoy_head(doc->lex, doc->toks[end - 1].lower) &&
                         ng_ner_reads_person(doc, doc->mentions[body].tok_start, doc->mentions[body].tok_end) &&
                         ng_mn_listed_name_word(doc, doc->mentions[body].tok_start));
        if (body >= 0 && !S_is_body(doc, body) && !doc->mentions[body].lex &&
            (ng_tok_is(doc, k, "at") || ng_tok_is(doc, k, "with") || of_body))
            ng_mn_name_becomes_org(doc, body);
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
                   ng_mn_civic_title(doc, end >= 3 ? end - 3 : 0, end)) {
            S_add_affil(m, body); /* "the mayor of Miami-Dade County": the town's own office */
        }
    }
    return k;
}

/* "Trump said Obama was the founder of ISIS": a clause someone says,
 * right after the verb of saying (and "that"). */
static bool S_said_before(const ng_document *doc, size_t b)
{
    if (b > 0 && ng_tok_is(doc, b - 1, "that"))
        b--;
    return b > 0 && doc->toks[b - 1].sent == doc->toks[b].sent && ng_lex_speech_verb(doc->lex, doc->toks[b - 1].lower);
}

/* "is the only candidate", "was the first woman", "the GOP's best
 * candidate": a judgement, no post (a word before the phrase's first
 * preposition or punctuation). */
static bool S_judgement_word(const ng_document *doc, size_t k, size_t hi)
{
    for (; k < hi && (ng_mn_is_word(&doc->toks[k]) || (doc->toks[k].flags & NG_TOK_POSS)) &&
           !S_is_prep(doc->toks[k].lower);
         k++) {
        const char *w = doc->toks[k].lower;
        size_t n = strlen(w);
        if (ng_tok_is(doc, k, "only") || ng_tok_is(doc, k, "sole") || ng_tok_is(doc, k, "first") ||
            ng_tok_is(doc, k, "last") || ng_tok_is(doc, k, "best") || ng_tok_is(doc, k, "worst") ||
            ng_tok_is(doc, k, "most") || ng_tok_is(doc, k, "least") || ng_lex_listed(doc->lex, "ordinals", w) ||
            (n > 4 && !strcmp(w + n - 3, "est"))) /* biggest, greatest */
            return true;
    }
    return false;
}

/* "Sinner, the world No. 1 from Italy, ...": the country an appositive
 * says someone is from (k opens the appositive; up to its closing
 * comma). */
static void S_appositive_country(ng_document *doc, ng_mention *m, size_t k, size_t hi)
{
    if ((m->type != NG_ACTOR_PERSON && m->type != 0) || m->affil_lex)
        return;
    for (size_t q = k; q + 1 < hi && q < k + 10; q++) {
        char ch = doc->art->text[doc->toks[q].start];
        /* (another person's name ends it: "X, the wife of Y from Z") */
        int other = ng_mention_at(doc, q);
        if (ch == ',' || ch == ';' || ch == '(' || (doc->toks[q].flags & NG_TOK_QUOTE) ||
            (other >= 0 && doc->mentions[other].type == NG_ACTOR_PERSON))
            return;
        if (!ng_tok_is(doc, q, "from"))
            continue;
        int c = S_mention_starting_at(doc, q + 1);
        size_t after = c >= 0 ? doc->mentions[c].tok_end : 0;
        if (c >= 0 && doc->mentions[c].lex && doc->mentions[c].lex->place_kind == NG_PLACE_COUNTRY && after < hi &&
            doc->art->text[doc->toks[after].start] == ',')
            S_add_affil(m, c);
        return;
    }
}

/* "X, director of the study, and chairman of the centre": a second post
 * after the first one's body (k is where the first title's words end, 0
 * when there was none). The "and" must open another title phrase. */
static void S_coordinated_titles(ng_document *doc, ng_mention *m, size_t k, size_t hi)
{
    for (int n = 0; n < 2 && k > 0 && k + 2 < hi; n++) {
        if (ng_tok_is(doc, k, "of") || ng_tok_is(doc, k, "at")) {
            size_t q = k + 1;
            if (ng_tok_is(doc, q, "the") && S_mention_starting_at(doc, q) < 0)
                q++;
            int body = S_mention_starting_at(doc, q);
            if (body < 0)
                return;
            k = doc->mentions[body].tok_end;
        }
        if (k < hi && doc->art->text[doc->toks[k].start] == ',')
            k++;
        if (k + 1 >= hi || !ng_tok_is(doc, k, "and"))
            return;
        k = S_title_phrase(doc, m, k + 1, hi);
    }
}

/* The body named as the subject of verb v (its mention), or right before
 * it where the parse reads no subject; -1 if none. */
static int S_subject_body(const ng_document *doc, size_t v)
{
    int subj = ng_dep_subject(doc, v);
    int m = subj >= 0 ? ng_mention_at(doc, (size_t)subj) : v > 0 ? S_mention_ending_at(doc, v - 1) : -1;
    return m >= 0 && doc->mentions[m].type == NG_ACTOR_ORG ? m : -1;
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

/* The post a title phrase at token k names (before hi), given to m with
 * the body it is held at; with held_at, only where the phrase names that
 * body. Whether m took it. */
static bool S_give_post_at(ng_document *doc, ng_mention *m, size_t k, size_t hi, bool held_at)
{
    ng_mention post = *m;
    post.title = post.more_titles[0] = post.more_titles[1] = NULL;
    post.affil_mention[0] = post.affil_mention[1] = -1;
    if (!S_title_phrase(doc, &post, k, hi) || !post.title || (held_at && post.affil_mention[0] < 0))
        return false;
    S_give_title(m, post.title);
    if (post.affil_mention[0] >= 0)
        S_add_affil(m, post.affil_mention[0]);
    return true;
}

/* Does a post open at token k: a title's word, or one after a demonym or
 * a country's possessive ("was elected German chancellor", "was appointed
 * Austria's ambassador to Italy")? */
static bool S_post_opens(const ng_document *doc, size_t k, size_t hi)
{
    if (ng_mn_title_word(doc, k))
        return true;
    if (k + 1 < hi && ng_lex_demonym(doc->lex, doc->toks[k].lower))
        return ng_mn_title_word(doc, k + 1);
    int c = ng_mention_at(doc, k);
    if (c < 0 || doc->mentions[c].place_kind != NG_PLACE_COUNTRY || doc->mentions[c].tok_start != k)
        return false;
    size_t e = doc->mentions[c].tok_end;
    return e + 1 < hi && (doc->toks[e].flags & NG_TOK_POSS) && ng_mn_title_word(doc, e + 1);
}

void ng_mn_postmodifiers(ng_document *doc, int mi)
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
        /* (past a title before the name: "appointed Professor Helen
         * Markey as its director") */
        size_t b = m->tok_start;
        while (b > 0 && b + 3 > m->tok_start && ng_mn_title_word(doc, b - 1) && ng_mention_at(doc, b - 1) < 0)
            b--;
        size_t v = b > 0 ? S_before_descriptors(doc, b) : 0;
        bool named = q == k && v > 0 && ng_lex_listed(doc->lex, "appointing-verbs", doc->toks[v - 1].lower);
        size_t as = sworn ? q + 2 : given ? q + 1 : q;
        /* (past the day: "was sworn in Sunday as Indonesia's eighth
         * president") */
        while (as + 2 < hi && (ng_weekday_from_name(doc->toks[as].lower) >= 0 ||
                               (ng_tok_is(doc, as, "on") && ng_weekday_from_name(doc->toks[as + 1].lower) >= 0)))
            as++;
        /* "Keir Starmer was named prime minister", "was elected president
         * of Mexico": the post right after the passive verb in the past
         * (not "If Donald Trump is elected president") */
        bool past = ng_tok_is(doc, q - 1, "was") || ng_tok_is(doc, q - 1, "were") || ng_tok_is(doc, q - 1, "been");
        if (given && past && as < hi && !ng_tok_is(doc, as, "as") && S_post_opens(doc, as, hi)) {
            /* ("was elected German chancellor": the demonym says whose) */
            const ng_lex_entry *e;
            size_t dn = ng_mn_title_word(doc, as) ? 0 : ng_demonym_at(doc, as, hi, &e);
            if (S_give_post_at(doc, m, as + dn, hi, false)) {
                if (dn && !m->affil_lex)
                    ng_mn_set_demonym(m, e, as, as + dn);
                return;
            }
        }
        /* (past an apposition set off by commas: "named Kelly Ortberg, a
         * veteran aerospace executive, as its new chief executive") */
        if (named && as < hi && ng_tok_is(doc, as, ","))
            for (size_t c = as + 1; c + 1 < hi && c < as + 10; c++) {
                if (!strcmp(ng_dep_upos(doc, c), "VERB"))
                    break;
                if (ng_tok_is(doc, c, ",")) {
                    if (ng_tok_is(doc, c + 1, "as"))
                        as = c + 1;
                    break;
                }
            }
        if ((sworn || given || named) && as + 1 < hi && ng_tok_is(doc, as, "as")) {
            S_title_phrase(doc, m, as + 1, hi);
            /* "Boeing named Jane Doe as its chief financial officer": the
             * body that names holds the post */
            int body = named && (ng_tok_is(doc, as + 1, "its") || ng_tok_is(doc, as + 1, "their"))
                           ? S_subject_body(doc, v - 1)
                           : -1;
            if (body >= 0)
                S_add_affil(m, body);
            return;
        }
        /* "Mbadi is the chairman of the Orange Democratic Movement": a
         * post in a named body the sentence says its subject holds (not
         * "is the only candidate", "is a dictator": judgements, nor what
         * a quotation claims) */
        bool copula = q == k + 1 && (ng_tok_is(doc, k, "is") || ng_tok_is(doc, k, "was")) && q + 1 < hi &&
                      (ng_tok_is(doc, q, "the") || ng_tok_is(doc, q, "a") || ng_tok_is(doc, q, "an")) &&
                      !(doc->tok_in_quote && doc->tok_in_quote[k]) && !S_said_before(doc, m->tok_start) &&
                      !S_judgement_word(doc, q + 1, hi);
        if (copula) {
            if (S_give_post_at(doc, m, q, hi, true))
                return;
        }
    }
    /* "Rep. Brian Babin (R-TX)": the party */
    /* ("D-N.Y." is three tokens: the acronym is a word of its own) */
    bool split_party = k + 3 < hi && strlen(doc->toks[k + 1].lower) == 1 && strchr("rdi", doc->toks[k + 1].lower[0]) &&
                       doc->art->text[doc->toks[k + 2].start] == '-' &&
                       doc->toks[k + 2].start == doc->toks[k + 1].end && doc->toks[k + 3].start == doc->toks[k + 2].end;
    if (k + 1 < hi && doc->art->text[doc->toks[k].start] == '(' &&
        (ng_mn_party_state(&doc->toks[k + 1]) || split_party)) {
        const ng_lex_entry *party =
            ng_lex_name(doc->lex, doc->toks[k + 1].lower[0] == 'r'   ? "republican party"
                                  : doc->toks[k + 1].lower[0] == 'd' ? "democratic party"
                                                                     : "");
        if (party)
            ng_mn_set_demonym(m, party, k + 1, k + 2);
        return;
    }
    /* "Demis Hassabis and John Jumper of Google DeepMind": the body the
     * person joined to this one is of, this one named in full is of too
     * (not "Cooper and Martha Raddatz of ABC News", a name met before) */
    int partner = k + 1 < hi && ng_tok_is(doc, k, "and") && m->tok_end - m->tok_start >= 2
                      ? S_mention_starting_at(doc, k + 1)
                      : -1;
    if (partner >= 0 && doc->mentions[partner].type == NG_ACTOR_PERSON && !m->title &&
        doc->mentions[partner].tok_end + 1 < hi && ng_tok_is(doc, doc->mentions[partner].tok_end, "of")) {
        int body = S_mention_starting_at(doc, doc->mentions[partner].tok_end + 1);
        if (body >= 0 && doc->mentions[body].type == NG_ACTOR_ORG)
            S_add_affil(m, body);
        return;
    }
    /* "Avi Bell of the Kohelet Policy Forum said": where someone is from
     * ("of The New York Times": the article may be the name's) */
    if (k + 1 < hi && (ng_tok_is(doc, k, "of") || ng_tok_is(doc, k, "at") || ng_tok_is(doc, k, "from"))) {
        size_t q = k + 1;
        if (ng_tok_is(doc, q, "the") && S_mention_starting_at(doc, q) < 0) {
            q++;
            /* (past a body's description: "of the main opposition
             * Nationalist Party") */
            size_t d = q;
            while (d < hi && d < q + 2 && !(doc->toks[d].flags & NG_TOK_CAP) && (doc->toks[d].flags & NG_TOK_WORD) &&
                   S_mention_starting_at(doc, d) < 0)
                d++;
            int described = d > q ? S_mention_starting_at(doc, d) : -1;
            if (described >= 0 && doc->mentions[described].type == NG_ACTOR_ORG &&
                ng_mn_has_org_word(doc, doc->mentions[described].tok_start, doc->mentions[described].tok_end))
                q = d;
        }
        int body = S_mention_starting_at(doc, q);
        /* "Aryna Sabalenka of Belarus": a country is whom one plays for */
        bool country = body >= 0 && doc->mentions[body].lex && doc->mentions[body].lex->place_kind == NG_PLACE_COUNTRY;
        /* (not a house one is at: "a breakfast with Sharpton at Sylvia's") */
        bool house = body >= 0 && ng_tok_is(doc, k, "at") &&
                     (doc->toks[doc->mentions[body].tok_end - 1].flags & NG_TOK_POSS);
        if (body >= 0 && !house && (doc->mentions[body].type == NG_ACTOR_ORG || (country && ng_tok_is(doc, k, "of"))))
            S_add_affil(m, body);
        return;
    }
    if (k >= hi || doc->art->text[doc->toks[k].start] != ',')
        return;
    k++;
    /* "Mark Delaney, 58, the former chief financial officer of X": past
     * the age */
    if (k + 2 < hi && (doc->toks[k].flags & NG_TOK_NUM) && strlen(doc->toks[k].lower) <= 3 &&
        doc->art->text[doc->toks[k + 1].start] == ',')
        k += 2;
    /* ("Elliott Investment Management, an activist investor,": no
     * person's title for a name the tagger reads as a body's) */
    if (ng_mn_tagger_reading(doc, m->tok_start, m->tok_end) == 2 && ng_mn_body_or_person_apposition(doc, k, hi))
        return;
    /* "Richard Blumenthal, a Connecticut Democrat": the party */
    if (k + 1 < hi && (ng_tok_is(doc, k, "a") || ng_tok_is(doc, k, "an"))) {
        int place = S_mention_starting_at(doc, k + 1);
        size_t q = place >= 0 && doc->mentions[place].type == NG_ACTOR_PLACE ? doc->mentions[place].tok_end : k + 1;
        const ng_lex_entry *party = q < hi ? ng_mn_party_word(doc, q) : NULL;
        if (party && !m->affil_lex) {
            ng_mn_set_demonym(m, party, q, q + 1);
            return;
        }
    }
    /* "Ludvig Aberg, a 24-year-old Swede playing in his first major": a
     * people's name in apposition is the person's country */
    if (k + 1 < hi && !m->affil_lex &&
        (ng_tok_is(doc, k, "a") || ng_tok_is(doc, k, "an") || ng_tok_is(doc, k, "the"))) {
        /* (past adjectives, numbers and hyphens: "24-year-old") */
        static const char *const modifiers[] = {"ADJ", "NUM", "ADV", NULL};
        size_t q = k + 1;
        while (q < hi && q < k + 7 && !(doc->toks[q].flags & NG_TOK_CAP) &&
               (ng_word_in(ng_dep_upos(doc, q), modifiers) || ng_tok_is_dash(doc, q) || ng_tok_is(doc, q, "-") ||
                ng_tok_is(doc, q, "year-old")))
            q++;
        const ng_lex_entry *e =
            q < hi && (doc->toks[q].flags & NG_TOK_CAP) ? ng_lex_demonym(doc->lex, doc->toks[q].lower) : NULL;
        /* (the people's noun ending the phrase, not an adjective before
         * one: "a Swedish golfer", "a former Mexican foreign minister") */
        static const char *const ends[] = {"PUNCT", "VERB", "PRON", "ADP", "CCONJ", "AUX", NULL};
        if (e && (q + 1 >= hi || ng_word_in(ng_dep_upos(doc, q + 1), ends))) {
            ng_mn_set_demonym(m, e, q, q + 1);
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
                /* (what one is not is no post: "who is not a member of
                 * any party") */
                if (r < hi && (ng_tok_is(doc, r, "not") || ng_tok_is(doc, r, "never") || ng_tok_is(doc, r, "no")))
                    return;
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
     * declined" (a title's word the tagger took for one opens a post:
     * "Masamichi Adachi, chief Japan economist at UBS,") */
    if (k < hi && ng_dep_parsed(doc) && !strcmp(ng_dep_upos(doc, k), "ADP") && !ng_mn_title_word(doc, k))
        return;
    /* nor a participle: "seven Oscars, including best director" (not a
     * title's word: "X, acting director of Y") */
    if (k < hi && !strcmp(ng_dep_upos(doc, k), "VERB") && ng_tok_ing_form(doc, k) && !ng_mn_title_word(doc, k))
        return;
    /* nor a name given: "Joshua Norton, known as Emperor Norton," (the
     * title is the other mention's) */
    if (k < hi && (ng_tok_is(doc, k, "known") || ng_tok_is(doc, k, "called") || ng_tok_is(doc, k, "dubbed") ||
                   ng_tok_is(doc, k, "nicknamed")))
        return;
    S_coordinated_titles(doc, m, S_title_phrase(doc, m, k, hi), hi);
    S_appositive_country(doc, m, k, hi);
}

/* "Lando Norris, who drives for McLaren,", "Kane plays for Bayern": the
 * body a person plays, drives or rides for (`playing-for-verbs`) is the
 * person's side, an affiliation; the subject of the verb, or the person a
 * ", who" clause tells of. */
void ng_mn_sides_played_for(ng_document *doc)
{
    for (size_t b = 0; b < doc->nmention; b++) {
        const ng_mention *side = &doc->mentions[b];
        size_t st = side->tok_start;
        if (side->type != NG_ACTOR_ORG || st < 3 || !ng_tok_is(doc, st - 1, "for") ||
            !ng_lex_listed(doc->lex, "playing-for-verbs", doc->toks[st - 2].lower))
            continue;
        size_t v = st - 2;
        int subject = ng_dep_subject(doc, v);
        if (subject >= 2 && ng_tok_is(doc, (size_t)subject, "who") && ng_tok_is(doc, (size_t)subject - 1, ","))
            subject -= 2;
        int p = subject >= 0 ? ng_mention_at(doc, (size_t)subject) : -1;
        if (p >= 0 && doc->mentions[p].type == NG_ACTOR_PERSON)
            S_add_affil(&doc->mentions[p], (int)b);
    }
}

/* "Inherent Resolve, the U.S.-led coalition,": an appositive whose head
 * noun is an organization word makes an organization of a name that only
 * looked like a person's or a place's. The head is the last word before a preposition or the
 * closing comma, so "X, a member of the group," stays a person. */
void ng_mn_appositive_orgs(ng_document *doc)
{
    for (size_t mi = 0; mi < doc->nmention; mi++) {
        ng_mention *m = &doc->mentions[mi];
        if ((m->type != NG_ACTOR_PERSON && m->type != NG_ACTOR_PLACE) || m->lex)
            continue;
        /* (not a name after a person's courtesy title: "Dr. Ron Cook, the
         * health authority for Lubbock,") */
        if (m->type == NG_ACTOR_PERSON && m->tok_start > 0 &&
            ng_lex_is_courtesy_title(doc->lex, doc->toks[m->tok_start - 1].lower))
            continue;
        /* (a place something is in: "In San Diego, a task force of agents
         * met", "a judge in Saltillo, the state capital"; "according to
         * Aemet, the national weather agency" names a body) */
        size_t at = m->tok_start > 1 && ng_tok_is(doc, m->tok_start - 1, "the") ? m->tok_start - 1 : m->tok_start;
        if (m->type == NG_ACTOR_PLACE && ng_location_preposition(doc, at) && !ng_tok_is(doc, at - 1, "to"))
            continue;
        const ng_sentence *s = &doc->sents[doc->toks[m->tok_start].sent];
        size_t k = m->tok_end, hi = s->tok_end;
        if (k + 2 >= hi || doc->art->text[doc->toks[k].start] != ',')
            continue;
        k++;
        /* ("Rengo, Japan's largest labour union group,": a country's
         * possessive in place of the article) */
        int country = ng_mention_at(doc, k);
        /* (or a person's: "Starlink, Musk's satellite internet company,") */
        bool owner = country >= 0 && doc->mentions[country].tok_start == k &&
                     (doc->mentions[country].type == NG_ACTOR_PERSON ||
                      (doc->mentions[country].lex && doc->mentions[country].type == NG_ACTOR_PLACE));
        if (owner && doc->mentions[country].tok_end < hi &&
            (doc->toks[doc->mentions[country].tok_end].flags & NG_TOK_POSS))
            k = doc->mentions[country].tok_end;
        else if (!ng_tok_is(doc, k, "the") && !ng_tok_is(doc, k, "a") && !ng_tok_is(doc, k, "an"))
            continue;
        size_t head = 0;
        for (size_t q = k + 1; q < hi && q < k + 8; q++) {
            const ng_token *t = &doc->toks[q];
            if (!ng_mn_is_word(t) && doc->art->text[t->start] == '-')
                continue; /* "the U.S.-led coalition" */
            if (t->flags & NG_TOK_POSS) {
                head = 0; /* "the group's president": the head comes after */
                continue;
            }
            if (!ng_mn_is_word(t) || S_is_prep(t->lower) || ng_tok_is(doc, q, "on") || ng_tok_is(doc, q, "by") ||
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
        /* (nor who said the words before: "..., landing in the Indian
         * Ocean, the company said") */
        if (head + 1 < hi && ng_lex_speech_verb(doc->lex, doc->toks[head + 1].lower) == 1)
            continue;
        /* (not a noun for a town: "a visit to Blantyre, the commercial
         * capital") */
        /* (or a part of a body: "Akouos, a unit of Eli Lilly,"; not its
         * owner: "X, the controlling shareholder of Y") */
        const char *hw = doc->toks[head].lower;
        bool part = head + 1 < hi && ng_tok_is(doc, head + 1, "of") && ng_lex_listed(doc->lex, "body-part-nouns", hw) &&
                    !ng_lex_listed(doc->lex, "body-or-person-nouns", hw);
        if ((ng_lex_is_org_word(doc->lex, hw) || ng_tok_is(doc, head, "operation") || part) &&
            !ng_lex_is_title_head(doc->lex, doc->toks[head].lower) &&
            !ng_lex_listed(doc->lex, "settlement-nouns", doc->toks[head].lower)) {
            m->type = NG_ACTOR_ORG;
            m->place_kind = 0;
            m->guessed = false;
        }
    }
}

/* The words of a country's body after the country: "Coast Guard" of
 * "China's coast guard" (possessive) or of "the Chinese coast guard"
 * (demonym); its country in *country. NULL when the mention is neither. */
/* Is o a body the lexicon knows by a name every country's has
 * (`bodies-every-country-has`: "Supreme Court", "Senate"; the lexicon's
 * are the United States')? */
static bool S_body_every_country_has(ng_document *doc, const ng_mention *o)
{
    return o->lex && o->lex->country < 0 &&
           ng_lex_listed(doc->lex, "bodies-every-country-has", ng_doc_fold_range(doc, o->tok_start, o->tok_end));
}

static const char *S_national_body(ng_document *doc, const ng_mention *o, const ng_lex_entry **country)
{
    if (o->type != NG_ACTOR_ORG || o->lex)
        return NULL;
    if (o->affil_mention[0] >= 0 && doc->mentions[o->affil_mention[0]].tok_end + 1 == o->tok_start &&
        doc->mentions[o->affil_mention[0]].lex && strchr(o->name, '\'')) {
        *country = doc->mentions[o->affil_mention[0]].lex;
        return ng_mn_name_range(doc, o->tok_start, o->tok_end);
    }
    if (o->affil_lex && o->affil_tok_start == o->tok_start && o->affil_tok_end < o->tok_end) {
        *country = o->affil_lex;
        return ng_mn_name_range(doc, o->affil_tok_end, o->tok_end);
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
        /* ("Brazil's Supreme Court ... the Supreme Court ruled": the
         * country's, named first) */
        for (size_t b = a + 1; ra && b < doc->nmention; b++) {
            ng_mention *mb = &doc->mentions[b];
            if (mb->type == NG_ACTOR_ORG && S_body_every_country_has(doc, mb) &&
                strcasecmp(ra, ng_mn_name_range(doc, mb->tok_start, mb->tok_end)) == 0) {
                mb->lex = NULL;
                mb->name = doc->mentions[a].name;
            }
        }
    }
}

/* "Russia's Foreign Ministry": a country's body is one organization. */
void ng_mn_possessive_orgs(ng_document *doc)
{
    for (size_t a = 0; a + 1 < doc->nmention; a++) {
        ng_mention *c = &doc->mentions[a], *o = &doc->mentions[a + 1];
        if (!(c->type == NG_ACTOR_PLACE && (c->place_kind == NG_PLACE_COUNTRY || c->metonym)) ||
            o->type != NG_ACTOR_ORG ||
            (o->lex && (!S_body_every_country_has(doc, o) || !c->lex || !strcmp(c->lex->name, "United States"))))
            continue;
        if (c->tok_end + 1 != o->tok_start || !(doc->toks[c->tok_end].flags & NG_TOK_POSS))
            continue;
        /* ("Brazil's Supreme Court": not the one the lexicon knows by the
         * name alone) */
        o->lex = NULL;
        o->affil_mention[0] = (int)a;
        /* named so only generic bodies: "Foreign Ministry", "Ministry of External
         * Affairs", "Coast Guard"; not one with a name of its own in it,
         * two words no list knows ("Germany's Max Planck Institute") */
        size_t run = 0, longest = 0;
        for (size_t k = o->tok_start; k < o->tok_end; k++) {
            bool known = ng_mn_title_word(doc, k) || ng_lex_is_org_word(doc->lex, doc->toks[k].lower) ||
                         ng_mn_connector(doc, doc->toks[k].lower);
            run = known ? 0 : run + 1;
            longest = run > longest ? run : longest;
        }
        bool body = false; /* (not "Japan's Eisai": a company's own name) */
        for (size_t k = o->tok_start; k < o->tok_end && !body; k++)
            body = ng_lex_is_org_word(doc->lex, doc->toks[k].lower);
        /* (a body written in lower case is named by what it does, never
         * by a name of its own: "Iceland's civil protection agency") */
        bool lower = !(doc->toks[o->tok_start].flags & NG_TOK_CAP);
        /* (nor "Israel's Mellanox Technologies", named as a company) */
        if (!lower && ((doc->toks[o->tok_start].flags & NG_TOK_ALLCAPS) || longest >= 2 || !body ||
                       ng_lex_is_company_name_end(doc->lex, doc->toks[o->tok_end - 1].lower)))
            continue;
        /* nor a longer name, which is the body's own ("the UK's Financial
         * Conduct Authority", "China's Taiwan Affairs Office"), unless it
         * names a portfolio ("Ministry of Foreign Affairs") */
        if (!lower && o->tok_end - o->tok_start > 2 &&
            !ng_lex_listed(doc->lex, "portfolio-body-openers", doc->toks[o->tok_start].lower))
            continue;
        o->name = ng_arena_printf(&doc->arena, "%s's %s", c->name, o->name);
    }
    S_national_body_names(doc);
}

/* "the Kansas City Chiefs", read as a place: a city's name and one plural
 * name after it, not a place's own ("Colorado Springs", "Iowa Falls"), is
 * a team. */
bool ng_mn_team_tail(const ng_document *doc, size_t i, size_t j)
{
    const char *w = doc->toks[j - 1].lower;
    size_t n = strlen(w);
    return j - i >= 2 && n > 3 && w[n - 1] == 's' && w[n - 2] != 's' && (doc->toks[j - 1].flags & NG_TOK_CAP) &&
           !ng_lex_is_place_head(doc->lex, w) && !ng_lex_listed(doc->lex, "place-plurals", w) &&
           ng_lex_name_of(doc, i, j - 1) && !ng_lex_name_of(doc, i, j);
}

/* See ng_mn_tagger. Rule mentions [first, nrule) are sorted by start; the
 * joined mention takes the first one's place and the others are marked
 * dead (type -1) for ng_mn_tagger's caller to drop. */
/* "Manchester City", "the Chicago Bulls": a team or company named after
 * its city or region. Where the tagger reads an organization over tokens
 * [i, j) that open with a city or region the lexicon knows, followed only
 * by capitalized words no rule typed, the place's mention becomes that
 * organization. Not after a country: "US Trade Representative", "a US
 * Chinook helicopter". */
bool ng_mn_place_led_org(ng_document *doc, size_t first, size_t nrule, size_t i, size_t j)
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
    place->name = ng_mn_name_range(doc, i, j);
    place->type = NG_ACTOR_ORG;
    place->by_tagger = true;
    place->lex = NULL;
    place->place_kind = 0;
    place->metonym = false;
    return true;
}

/* "the National Air and Space Museum": the rules' one name [m's span)
 * that ends the tagger's body or place [i, j), typed by its own words,
 * after "and" and capitalized words no rule read, is the last part of
 * that one name. */
static bool S_name_ends_joined_name(const ng_document *doc, const ng_mention *m, size_t i, size_t j, int mtype)
{
    if (m->lex || m->tok_end != j || m->tok_start < i + 2 || m->type == NG_ACTOR_PERSON ||
        m->type == NG_ACTOR_GROUP || mtype == NG_ACTOR_PERSON || !ng_tok_is(doc, m->tok_start - 1, "and"))
        return false;
    for (size_t k = i; k + 1 < m->tok_start; k++)
        if (!(doc->toks[k].flags & NG_TOK_CAP) && !ng_mn_connector(doc, doc->toks[k].lower))
            return false;
    return (doc->toks[i].flags & NG_TOK_CAP) != 0;
}

/* A lower-case word of `place-name-connectors` inside [i, j). */
static bool S_place_connector_inside(const ng_document *doc, size_t i, size_t j)
{
    for (size_t k = i + 1; k + 1 < j; k++)
        if (!(doc->toks[k].flags & NG_TOK_CAP) && ng_lex_listed(doc->lex, "place-name-connectors", doc->toks[k].lower))
            return true;
    return false;
}

bool ng_mn_join_across_connector(ng_document *doc, size_t first, size_t nrule, size_t i, size_t j, int mtype)
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
        if ((ng_mn_connector(doc, doc->toks[k].lower) || in ||
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
        if (f->lex || !(f->guessed || f->type == 0 || S_name_ends_joined_name(doc, f, i, j, mtype)) ||
            f->tok_end - f->tok_start >= j - i || mtype == NG_ACTOR_PERSON)
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
            /* "US Secretary of State Ana Ruiz": a person stays one (not a
             * guess across a place's connector: "Rio Grande do Sul") */
            bool place_guess = mm->guessed && mtype == NG_ACTOR_PLACE && S_place_connector_inside(doc, i, j);
            /* ("the Rock and Roll Hall of Fame": a guess after "and" inside
             * the tagger's name, which opens with a word no rule typed) */
            place_guess = place_guess || (mm->guessed && mtype != NG_ACTOR_PERSON && mm->tok_start > i + 1 &&
                                          ng_tok_is(doc, mm->tok_start - 1, "and") && f->type == 0 && !f->lex);
            if ((mm->type == NG_ACTOR_PERSON && mtype != NG_ACTOR_PERSON && !place_guess) ||
                (mtype == NG_ACTOR_PERSON && (mm->lex || (mm->type != NG_ACTOR_PERSON && mm->type != 0))))
                return false;
        }
    }
    ng_mention *mm = &doc->mentions[idx[0]];
    ng_mn_respan(doc, mm, i, j);
    mm->type = mtype;
    mm->by_tagger = true;
    mm->place_kind = 0;
    mm->guessed = false;
    mm->lex = NULL;
    mm->metonym = false;
    mm->title = mm->more_titles[0] = mm->more_titles[1] = NULL;
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
