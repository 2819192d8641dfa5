/* quotes.c -- who said what: direct quotes and reported speech.
 *
 * Direct quotes are the spans between quotation marks. A paragraph that
 * opens a quote and never closes it ends the quote at its end (the newswire
 * convention: the quote goes on in the next paragraph's opening mark). A
 * quote is attributed through the nearest speech verb of its sentence
 * ("..., said X", "X said ...", "according to X", "he said"), and a
 * paragraph that is nothing but a quote inherits the previous paragraph's
 * speaker. Scare quotes -- three words or fewer with no speech verb -- are
 * not statements.
 *
 * Reported speech is a speech or cognition verb with a subject that names
 * an actor and a content clause ("that ...", "how ...", or a bare clause
 * after say/believe). */
#include <stdlib.h>
#include <string.h>

#include "attribution.h"
#include "internal.h"

typedef struct {
    size_t open, close;     /* token of the opening mark; token of the closing mark or paragraph end */
    bool closed;
} qspan;

/* Per token: the quote that opens there (or -1), and whether it is inside one. */
static void S_index_quotes(ng_document *doc, const qspan *q, size_t nq)
{
    doc->tok_quote_open = ng_arena_alloc(&doc->arena, (doc->ntok + 1) * sizeof *doc->tok_quote_open);
    doc->tok_in_quote = ng_arena_alloc(&doc->arena, (doc->ntok + 1) * sizeof *doc->tok_in_quote);
    for (size_t i = 0; i < doc->ntok; i++)
        doc->tok_quote_open[i] = -1;
    for (size_t i = 0; i < nq; i++) {
        doc->tok_quote_open[q[i].open] = (int)i;
        for (size_t k = q[i].open + 1; k < q[i].close && k < doc->ntok; k++)
            doc->tok_in_quote[k] = true;
    }
}

/* Is token i the word w? Not where the parse reads initials in capitals
 * as a name (syntax_doc.c): "The WHO said" names a body, no pronoun. */
static bool S_is(const ng_document *doc, size_t i, const char *w)
{
    return ng_tok_is(doc, i, w) &&
           !((doc->toks[i].flags & NG_TOK_ALLCAPS) && ng_dep_parsed(doc) && !strcmp(ng_dep_upos(doc, i), "PROPN"));
}
static char S_ch(const ng_document *doc, size_t i) { return doc->art->text[doc->toks[i].start]; }

/* A mark at token i that a span of words said drops at its end: not a
 * percent sign, which ends a figure ("turnout was about 60%"). */
static bool S_dropped_mark(const ng_document *doc, size_t i)
{
    return (doc->toks[i].flags & NG_TOK_PUNCT) && S_ch(doc, i) != '%';
}

static bool S_pronoun_he(const char *w) { return strcmp(w, "he") == 0 || strcmp(w, "she") == 0; }

static bool S_say_like(const ng_document *doc, const char *w) { return ng_lex_listed(doc->lex, "saying-verbs", w); }

/* "have been accused", "is believed", "was reported": a passive speech
 * verb, whose subject is not the one who speaks */
static bool S_passive(const ng_document *doc, size_t v)
{
    if (v == 0)
        return false;
    /* "they are praying the court", "is saying": progressive, not passive */
    if (ng_tok_ing_form(doc, v))
        return false;
    static const char *const be[] = {"be", "been", "being", "is", "are", "was", "were", "'s", NULL};
    /* (not the "'s" of a company's name: "Denny's said on Monday") */
    int m = ng_mention_at(doc, v - 1);
    if (m >= 0 && doc->mentions[m].tok_start < v - 1)
        return false;
    return ng_word_in(doc->toks[v - 1].lower, be);
}

/* Verbs of thinking take a clause or a plain object ("feared retaliation"):
 * a bare clause after them needs a verb of its own. */
static bool S_cognition(const ng_document *doc, const char *w)
{
    return ng_lex_listed(doc->lex, "believing-verbs", w);
}

/* Reporting verbs that take a bare clause ("announced the deal was off"),
 * unlike "rejected the claims", "asked the minister", "described X as Y". */
static bool S_clause_verb(const ng_document *doc, const char *w)
{
    return ng_lex_listed(doc->lex, "reporting-verbs", w);
}

static bool S_finite_within(const ng_document *doc, size_t k, size_t hi);
static bool S_has_quote(const ng_document *doc, size_t from, size_t to);
static bool S_reporting_word(const ng_document *doc, size_t k);
static bool S_parsed_finite_within(const ng_document *doc, size_t k, size_t hi);

/* A clause right after the verb: a finite verb before any comma, quote
 * or relative word. */
static bool S_bare_clause(const ng_document *doc, size_t k, size_t hi)
{
    /* (and "but": "denied the charge but was found guilty" goes on with
     * the subject's doings) */
    static const char *const stop[] = {"which", "who", "that", "to", "as", "after", "before", "when", "while",
                                       "because", "since", "if", "for", "in", "on", "at", "with", "by", "from",
                                       "during", "until", "over", "against", "about", "into", "but", NULL};
    /* (nor "and" and an auxiliary: "agreed a five-year contract and will
     * be presented" goes on with the subject's doings too) */
    static const char *const aux[] = {"will", "would", "was", "were", "is", "are", "has", "have", "had", NULL};
    size_t end = k;
    while (end < hi && end < k + 14 && S_ch(doc, end) != ',' && !(doc->toks[end].flags & NG_TOK_QUOTE) &&
           !ng_word_in(doc->toks[end].lower, stop) &&
           !(S_is(doc, end, "and") && end + 1 < hi && ng_word_in(doc->toks[end + 1].lower, aux)))
        end++;
    return end > k + 1 && S_finite_within(doc, k + 1, end);
}

static bool S_finite_within(const ng_document *doc, size_t k, size_t hi)
{
    static const char *const aux[] = {"is", "are", "was", "were", "will", "would", "has", "have", "had", "could",
                                      "can", "may", "might", "should", "must", "does", "did", "do", NULL};
    for (size_t p = k; p < hi && p < k + 12; p++) {
        if (doc->toks[p].flags & NG_TOK_QUOTE)
            break;
        if (ng_word_in(doc->toks[p].lower, aux))
            return true;
        /* "believe Russia intends ...": a verb right after a name or pronoun */
        const char *w = doc->toks[p].lower;
        size_t l = strlen(w);
        bool after_subject = p > k && (ng_mention_at(doc, p - 1) >= 0 || S_is(doc, p - 1, "he") ||
                                       S_is(doc, p - 1, "she") || S_is(doc, p - 1, "it") || S_is(doc, p - 1, "they") ||
                                       S_is(doc, p - 1, "we"));
        if (after_subject && l > 3 && (doc->toks[p].flags & NG_TOK_WORD) && w[0] >= 'a' && w[0] <= 'z' &&
            (w[l - 1] == 's' || (w[l - 2] == 'e' && w[l - 1] == 'd')))
            return true;
    }
    return false;
}

/* A clause the parse sees in tokens [k, hi): a finite verb, or a verb
 * with a subject of its own ("he just barely trailed Clinton", tagged as
 * a participle). */
static bool S_parsed_finite_within(const ng_document *doc, size_t k, size_t hi)
{
    for (size_t p = k; p < hi; p++) {
        if (ng_dep_finite(doc, p))
            return true;
        const char *upos = ng_dep_upos(doc, p);
        if ((!strcmp(upos, "VERB") || !strcmp(upos, "AUX")) && ng_dep_subject(doc, p) >= (int)k)
            return true;
    }
    return false;
}

static size_t S_quote_words(const ng_document *doc, const qspan *q)
{
    size_t n = 0;
    for (size_t k = q->open + 1; k < q->close; k++)
        n += (doc->toks[k].flags & (NG_TOK_WORD | NG_TOK_NUM)) != 0;
    return n;
}

static size_t S_find_quotes(const ng_document *doc, qspan **out)
{
    size_t n = 0, cap = 16;
    qspan *q = malloc(cap * sizeof *q);
    for (size_t i = 0; i < doc->ntok; i++) {
        if (!(doc->toks[i].flags & NG_TOK_OPEN))
            continue;
        size_t j = i + 1;
        while (j < doc->ntok && doc->toks[j].para == doc->toks[i].para && !(doc->toks[j].flags & NG_TOK_QUOTE))
            j++;
        bool closed = j < doc->ntok && doc->toks[j].para == doc->toks[i].para && (doc->toks[j].flags & NG_TOK_CLOSE);
        if (!closed && j < doc->ntok && doc->toks[j].para == doc->toks[i].para) {
            /* another opening mark: an unbalanced quote inside the paragraph */
            continue;
        }
        if (n == cap) {
            cap *= 2;
            q = realloc(q, cap * sizeof *q);
        }
        q[n].open = i;
        q[n].close = j;   /* j == first token of the next paragraph when unclosed */
        q[n].closed = closed;
        n++;
        i = closed ? j : j - 1;
    }
    *out = q;
    return n;
}

/* The actor named by the mention covering token k, or -1. */
static int S_actor_at(const ng_document *doc, size_t k)
{
    int m = ng_mention_at(doc, k);
    return m >= 0 ? doc->mentions[m].actor : -1;
}

/* "Devocht, who had told Montalvo he would ...": the subject of a verb
 * whose subject is a relative pronoun is what the clause describes: the
 * actor named just before the pronoun (the parse does not always hang the
 * clause from it), -1 when none is, -2 when the subject is no relative
 * pronoun. */
static int S_relative_subject(const ng_document *doc, size_t v)
{
    int subject = ng_dep_subject(doc, v);
    /* (", which argued" whatever the parse: it may hang the verb from a
     * subject before the clause) */
    if (v >= 2 && (S_is(doc, v - 1, "who") || S_is(doc, v - 1, "which")) && S_ch(doc, v - 2) == ',')
        subject = (int)v - 1;
    /* ("tech industry groups that said": "that" after a noun) */
    bool that = subject >= 1 && S_is(doc, (size_t)subject, "that") &&
                (!strcmp(ng_dep_upos(doc, (size_t)subject - 1), "NOUN") ||
                 !strcmp(ng_dep_upos(doc, (size_t)subject - 1), "PROPN"));
    if (subject < 1 || subject > (int)v ||
        !(S_is(doc, (size_t)subject, "who") || S_is(doc, (size_t)subject, "which") || that))
        return -2;
    /* ("Gonzalez, who the opposition says won the election": words
     * between the pronoun and the verb are the verb's subject, the
     * pronoun the subject of what is said; nobody named speaks) */
    if ((size_t)subject + 1 < v && !that) {
        for (size_t k = (size_t)subject + 1; k < v; k++)
            if (!strcmp(ng_dep_upos(doc, k), "NOUN") || !strcmp(ng_dep_upos(doc, k), "PROPN") ||
                !strcmp(ng_dep_upos(doc, k), "PRON"))
                return -1;
    }
    size_t before = (size_t)subject - 1;
    if (before > 0 && S_ch(doc, before) == ',')
        before--;
    /* (past an age: "claims by John Durnell, 77, who said") */
    if (before >= 2 && (doc->toks[before].flags & NG_TOK_NUM) && S_ch(doc, before - 1) == ',')
        before -= 2;
    return S_actor_at(doc, before);
}

/* "The Countess of Chester Hospital, where Letby worked, said", "Acme,
 * whose shares fell, said": the name opening the clause of verb v when a
 * relative clause of place or owner follows it, set off by commas that
 * close right before the verb; -1 when none. (Not one of "who" or
 * "which", which may hang from a name in an apposition: "X, the
 * president of the union, which endorsed Y, said" is X's.) */
static int S_subject_before_where(const ng_document *doc, size_t clause, size_t v)
{
    if (v < clause + 4 || S_ch(doc, v - 1) != ',')
        return -1;
    for (size_t k = v - 2; k > clause + 1 && v - k < 30; k--) {
        if (doc->toks[k].flags & NG_TOK_QUOTE)
            return -1;
        if (S_ch(doc, k - 1) != ',' || !(S_is(doc, k, "where") || S_is(doc, k, "whose")))
            continue;
        int m = ng_mention_at(doc, k - 2);
        size_t start = m >= 0 ? doc->mentions[m].tok_start : 0;
        if (m < 0 || doc->mentions[m].tok_end != k - 1 || doc->mentions[m].actor < 0 ||
            !(start == clause || (start == clause + 1 && S_is(doc, clause, "the"))))
            return -1;
        return doc->mentions[m].actor;
    }
    return -1;
}

/* Where the verb group of verb v starts: its auxiliaries and adverbs
 * before it ("has vowed", "had also said"), up to three words. */
static size_t S_verb_group_start(const ng_document *doc, size_t v)
{
    size_t b = v;
    while (b > 0 && v - b < 3 &&
           (!strcmp(ng_dep_upos(doc, b - 1), "AUX") || !strcmp(ng_dep_upos(doc, b - 1), "ADV") ||
            S_is(doc, b - 1, "not")))
        b--;
    return b;
}

/* "UNRWA, which runs the school, said": the actor named before a relative
 * clause set off by commas that closes right before verb v, where the
 * source [src_lo, src_hi) lies inside it (the model may take "the school"
 * for the source) or before it ("The United Nations agency for
 * Palestinian refugees" of "..., UNRWA, which runs the school,": the name
 * between is the source's apposition); -1 when none. */
static int S_before_relative_clause(const ng_document *doc, size_t v, size_t src_lo, size_t src_hi)
{
    size_t k = ng_relative_clause_before(doc, S_verb_group_start(doc, v));
    return k && (src_lo > k || src_hi <= k) ? S_actor_at(doc, k - 2) : -1;
}

/* "the Briton", "the Spaniard": a group's mention of one word after "the",
 * no plural. */
static bool S_one_national(const ng_document *doc, int mi)
{
    const ng_mention *m = &doc->mentions[mi];
    const char *w = doc->toks[m->tok_start].lower;
    size_t n = strlen(w);
    return m->tok_end == m->tok_start + 1 && m->tok_start > 0 && S_is(doc, m->tok_start - 1, "the") && n > 1 &&
           w[n - 1] != 's';
}

/* The person last named before token k, in its sentence or the two before
 * it; -1 for none. */
static int S_person_before(const ng_document *doc, size_t k)
{
    size_t sent = doc->toks[k].sent, lo = doc->sents[sent >= 2 ? sent - 2 : 0].tok_start;
    for (size_t q = k; q-- > lo;) {
        int m = ng_mention_at(doc, q);
        if (m >= 0 && doc->mentions[m].actor >= 0 && doc->actors[doc->mentions[m].actor].type == NG_ACTOR_PERSON)
            return doc->mentions[m].actor;
    }
    return -1;
}

/* "In a filing with the SEC, the company said": is the name [st, en) the
 * object of a preposition outside the subject the parse gives verb v?
 * ("A spokesman for Meta said": in the subject, it speaks.) */
static bool S_adjunct_object(const ng_document *doc, size_t st, size_t en, size_t v)
{
    if (!ng_dep_parsed(doc) || v >= doc->ntok || doc->toks[st].sent != doc->toks[v].sent)
        return false;
    int subj = ng_dep_subject(doc, v);
    if (subj < 0 || ng_dep_child(doc, ng_dep_span_head(doc, st, en), "case") < 0)
        return false;
    size_t slo, shi;
    ng_dep_phrase(doc, (size_t)subj, &slo, &shi);
    return st < slo || st >= shi;
}

/* The subject of a speech verb among tokens [lo, v): the first person
 * named, else a pronoun, else the first body named. A dateline's agency
 * ("SAN JOSE, Calif. (AP) —") says nothing: it only carried the story. */
/* Does "in" or "at" stand before the name at token st, or before the
 * first of the names it is listed with ("died in the crashes in
 * Indonesia and Ethiopia")? Tokens before lo are not read. */
static bool S_after_in_or_at(const ng_document *doc, size_t st, size_t lo)
{
    for (int n = 0; n < 8 && st > lo; n++) {
        /* (past "the" after "and": "in China and the United States") */
        if (st > lo + 2 && S_is(doc, st - 1, "the") && (S_is(doc, st - 2, "and") || S_ch(doc, st - 2) == ','))
            st--;
        if (S_is(doc, st - 1, "in") || S_is(doc, st - 1, "at"))
            return true;
        size_t k = st - 1;
        if (!(S_is(doc, k, "and") || S_is(doc, k, "or") || S_ch(doc, k) == ','))
            return false;
        if (k > lo && S_ch(doc, k - 1) == ',')
            k--;
        int before = k > lo ? ng_mention_at(doc, k - 1) : -1;
        if (before < 0 || doc->mentions[before].tok_end != k || doc->mentions[before].type != NG_ACTOR_PLACE)
            return false;
        st = doc->mentions[before].tok_start;
    }
    return false;
}

/* "Kaylee Goncalves' sister": an apostrophe right after a word ending in
 * "s" is the plural possessive the tokenizer leaves as a mark. */
static bool S_bare_possessive(const ng_document *doc, size_t k)
{
    const ng_token *t = &doc->toks[k];
    const char *w = doc->art->text + t->start;
    bool mark = (t->end - t->start == 1 && w[0] == '\'') || (t->end - t->start == 3 && !strncmp(w, "\xe2\x80\x99", 3));
    return mark && k > 0 && doc->toks[k - 1].end == t->start && doc->art->text[doc->toks[k - 1].end - 1] == 's' &&
           k + 1 < doc->ntok && doc->toks[k + 1].start > t->end;
}

/* "board", "management": a body's organ that speaks for it, in lower case
 * at token k, no noun after it ("the board members") */
static bool S_organ_at(const ng_document *doc, size_t k)
{
    return k < doc->ntok && !(doc->toks[k].flags & NG_TOK_CAP) &&
           ng_lex_listed(doc->lex, "speaking-organs", doc->toks[k].lower) &&
           !(k + 1 < doc->ntok && !(doc->toks[k + 1].flags & NG_TOK_CAP) && !strcmp(ng_dep_upos(doc, k + 1), "NOUN"));
}

/* Do the words from k to the verb v name a unit of a body: a few words,
 * no name among them, ending in a noun for a body ("human rights office",
 * "European office", "disaster agency")? */
static bool S_unit_before(const ng_document *doc, size_t k, size_t v)
{
    const char *head = v > k ? doc->toks[v - 1].lower : "";
    if (v <= k || v > k + 4 || strcmp(ng_dep_upos(doc, v - 1), "NOUN") != 0 ||
        !(ng_lex_is_body_noun(doc->lex, head) || ng_lex_is_public_body_word(doc->lex, head)))
        return false;
    /* (a demonym may say which: "the WHO's European office") */
    for (size_t q = k; q < v; q++) {
        int m = ng_mention_at(doc, q);
        if (!(doc->toks[q].flags & NG_TOK_WORD) || (m >= 0 && doc->mentions[m].type != NG_ACTOR_GROUP))
            return false;
    }
    return true;
}

/* The body whose organ the article last named with the word at token k
 * ("OpenAI's board ... The board said"), or -1. */
static int S_organ_owner(const ng_document *doc, size_t k)
{
    for (size_t q = k; q-- > 1;) {
        if (!(doc->toks[q].flags & NG_TOK_POSS) || strcmp(doc->toks[q + 1].lower, doc->toks[k].lower) != 0)
            continue;
        int a = S_actor_at(doc, q - 1);
        if (a >= 0 && doc->actors[a].type == NG_ACTOR_ORG)
            return a;
    }
    return -1;
}

/* "The lawsuit was filed in federal court. It says ...": is the subject
 * of the sentence before token k (an "It" opening a clause) a paper
 * (`document-nouns`)? Then *author is who the sentence says made it
 * ("The report was released by Amnesty International"), or -1. */
static bool S_paper_before(const ng_document *doc, size_t k, int *author)
{
    *author = -1;
    size_t si = doc->toks[k].sent;
    if (si == 0 || !ng_dep_parsed(doc) || doc->sents[si].tok_start != k)
        return false;
    const ng_sentence *s = &doc->sents[si - 1];
    for (size_t q = s->tok_start; q < s->tok_end; q++) {
        if (ng_dep_head(doc, q) >= 0 || ng_dep_subject(doc, q) < 0)
            continue;
        size_t subj = (size_t)ng_dep_subject(doc, q);
        if (!ng_lex_listed(doc->lex, "document-nouns", doc->toks[subj].lower) ||
            !(subj > 0 && (S_is(doc, subj - 1, "the") || S_is(doc, subj - 1, "its") || S_is(doc, subj - 1, "their"))))
            return false;
        int agent = ng_dep_child(doc, q, "obl:agent");
        int m = agent >= 0 ? ng_mention_at(doc, (size_t)agent) : -1;
        if (m >= 0)
            *author = doc->mentions[m].actor;
        return true;
    }
    return false;
}

/* ", led by X," at token k (a comma, a past participle and "by"): the
 * comma that closes the phrase before v, or v's token before; k when k
 * opens no such phrase. */
static size_t S_agent_phrase_end(const ng_document *doc, size_t k, size_t v)
{
    if (S_ch(doc, k) != ',')
        return k;
    /* (after the apposition's noun too: "Oasis, the British band led by
     * brothers Liam and Noel Gallagher, announced") */
    size_t p = k + 1;
    if (S_is(doc, p, "the") || S_is(doc, p, "a") || S_is(doc, p, "an"))
        while (p + 2 < v && p < k + 6 && !S_is(doc, p + 1, "by") && (doc->toks[p].flags & NG_TOK_WORD) &&
               !ng_dep_finite(doc, p) && ng_mention_at(doc, p) < 0)
            p++;
    if (p + 2 >= v || !S_is(doc, p + 1, "by") || !(ng_dep_past(doc, p) || ng_dep_past_participle(doc, p)))
        return k;
    for (size_t c = p + 2; c < v; c++)
        if (S_ch(doc, c) == ',' || (doc->toks[c].flags & NG_TOK_QUOTE))
            return S_ch(doc, c) == ',' ? c : k;
    return v - 1; /* (a span that ends with the phrase: the subject's words the parse gives) */
}

static bool S_rel_in(const char *rel, const char *const *rels);

/* Is the verb at k passive ("is expected to", "are said to")? Then its
 * subject holds no stance of its own. */
static bool S_passive_verb(const ng_document *doc, size_t k)
{
    return ng_dep_child(doc, k, "aux:pass") >= 0 || ng_dep_child(doc, k, "nsubj:pass") >= 0;
}

/* "Pfizer agreed to buy Seagen ..., as it seeks to replace revenue": "it",
 * the subject of a clause that hangs from another ("as", "while", or
 * "and"), is the body that is that clause's subject, not the last one
 * named; -1 when the parse says no such thing. */
static int S_subject_of_clause_above(const ng_document *doc, size_t k)
{
    int v = ng_dep_head(doc, k);
    if (v < 0 || strncmp(ng_dep_rel(doc, k), "nsubj", 5) != 0 ||
        !S_rel_in(ng_dep_rel(doc, (size_t)v), (const char *const[]){"advcl", "conj", NULL}))
        return -1;
    int h = ng_dep_head(doc, (size_t)v);
    int subject = h >= 0 ? ng_dep_subject(doc, (size_t)h) : -1;
    if (subject < 0 || (size_t)subject >= k || doc->toks[subject].sent != doc->toks[k].sent)
        return -1;
    size_t lo, hi;
    ng_dep_phrase(doc, (size_t)subject, &lo, &hi);
    int m = ng_mention_at(doc, (size_t)subject);
    for (size_t q = lo; m < 0 && q < hi; q++)
        m = ng_mention_at(doc, q);
    return m >= 0 && doc->mentions[m].actor >= 0 && doc->actors[doc->mentions[m].actor].type == NG_ACTOR_ORG
               ? doc->mentions[m].actor
               : -1;
}

/* "The New York Times sued OpenAI ... The lawsuit says": the subject of
 * the last suing (`suing-verbs`, or a verb whose object is a suit: "filed
 * a lawsuit") in sentence sent or the two before, the one a lawsuit named
 * again speaks for; -1 when none is named. */
static int S_plaintiff(const ng_document *doc, uint32_t sent)
{
    for (size_t e = doc->nevent; e-- > 0;) {
        const ng_event *ev = &doc->events[e];
        if (ev->sent > sent || ev->sent + 2 < sent || strcmp(ev->klass, "LegalAction"))
            continue;
        for (size_t k = doc->sents[ev->sent].tok_start; k < doc->sents[ev->sent].tok_end; k++) {
            if (doc->toks[k].start != ev->start)
                continue;
            /* (or the verb a suit's noun is the object of: "filed a lawsuit") */
            int v = ng_lex_listed(doc->lex, "suing-verbs", doc->toks[k].lower) ? (int)k : -1;
            if (v < 0 && ng_lex_listed(doc->lex, "lawsuit-nouns", doc->toks[k].lower) &&
                !strcmp(ng_dep_rel(doc, k), "obj"))
                v = ng_dep_head(doc, k);
            int subject = v >= 0 ? ng_dep_subject(doc, (size_t)v) : -1;
            int a = subject >= 0 ? S_actor_at(doc, (size_t)subject) : -1;
            if (a >= 0)
                return a;
            break;
        }
    }
    return -1;
}

/* Is token k a possessive "'s" before a plural noun that is no organ of
 * a body ("unions", "shareholders"; not "board")? */
static bool S_possessed_plural(const ng_document *doc, size_t k)
{
    return (doc->toks[k].flags & NG_TOK_POSS) && !strcmp(ng_dep_upos(doc, k + 1), "NOUN") && !S_organ_at(doc, k + 1) &&
           ng_plural_word(doc->toks[k + 1].lower);
}

static int S_subject(const ng_document *doc, size_t lo, size_t v)
{
    if (lo < v) {
        size_t story = ng_dateline_end(doc, &doc->sents[doc->toks[lo].sent]);
        if (lo < story && story < v)
            lo = story;
    }
    int person = -1, body = -1, pronoun = -1, owning_country = -1;
    size_t person_at = SIZE_MAX, pronoun_at = SIZE_MAX, described_end = v;
    bool body_modifies = false, paper = false;
    for (size_t k = lo; k < v; k++) {
        if (doc->toks[k].flags & NG_TOK_QUOTE)
            continue;
        /* "The bloc, led by former minister Sergio Massa, has said",
         * "Chevron, led by chief executive X, said": who leads, heads or
         * founded what speaks does not speak */
        /* "According to AFP, one user on Weibo posted": whom the report
         * is by is not its subject */
        if (S_is(doc, k, "according") && k + 2 < v && S_is(doc, k + 1, "to")) {
            size_t c = k + 2;
            while (c < v && S_ch(doc, c) != ',')
                c++;
            if (c + 1 < v) {
                k = c;
                continue;
            }
        }
        size_t past = S_agent_phrase_end(doc, k, v);
        if (past > k) {
            described_end = described_end < k ? described_end : k;
            k = past;
            continue;
        }
        int a = S_actor_at(doc, k);
        if (a >= 0) {
            int t = doc->actors[a].type;
            int mi = ng_mention_at(doc, k);
            size_t mst = doc->mentions[mi].tok_start, men = doc->mentions[mi].tok_end;
            /* "the Red Bull driver said": a body's name in a description
             * of one of its people (S_body_role_descriptions) is theirs */
            int described = t == NG_ACTOR_ORG ? ng_person_named_over(doc, k) : -1;
            if (described >= 0 && person < 0) {
                person = described;
                person_at = k;
                k = men - 1;
                continue;
            }
            /* "representatives of Epstein's family suggested", "In the
             * letter to Culture Minister Rachida Dati, X said": neither a
             * possessor nor the object of a preposition speaks */
            /* (over a title's words, not another name: "ambassador to
             * Britain Liu Xiaming" is Liu's title, Britain its object) */
            size_t pre = mst;
            while (pre > lo && pre + 4 > mst &&
                   (ng_lex_is_title_head(doc->lex, doc->toks[pre - 1].lower) ||
                    ((doc->toks[pre - 1].flags & NG_TOK_CAP) && (doc->toks[pre - 1].flags & NG_TOK_WORD))) &&
                   S_actor_at(doc, pre - 1) < 0)
                pre--;
            /* "Haley spokeswoman Olivia Perez-Cubas said": a name before a
             * title and its holder is whom the holder works for */
            size_t held = men;
            while (held < v && held < men + 3 && !(doc->toks[held].flags & NG_TOK_CAP) &&
                   (ng_lex_is_title_head(doc->lex, doc->toks[held].lower) ||
                    ng_lex_is_title_mod(doc->lex, doc->toks[held].lower)))
                held++;
            int holder = held > men && held < v ? ng_mention_at(doc, held) : -1;
            bool boss = holder >= 0 && doc->mentions[holder].type == NG_ACTOR_PERSON;
            bool owner = men < v && ((doc->toks[men].flags & NG_TOK_POSS) || S_bare_possessive(doc, men));
            /* (but an office or a campaign speaks for its owner: "Ng's
             * office said", `voice-nouns`) */
            /* (past a lower-case modifier: "the African Union's observer
             * mission said") */
            if (owner && (men + 2 == v || (men + 3 == v && !(doc->toks[men + 1].flags & NG_TOK_CAP) &&
                                           (doc->toks[men + 1].flags & NG_TOK_WORD))) &&
                ng_lex_listed(doc->lex, "voice-nouns", doc->toks[v - 1].lower))
                return a;
            bool modifier = boss || owner ||
                            (mst > lo && (S_is(doc, mst - 1, "of") || S_is(doc, mst - 1, "for") ||
                                          S_is(doc, mst - 1, "with") || S_is(doc, mst - 1, "against"))) ||
                            (pre > lo && S_is(doc, pre - 1, "to"));
            if (t == NG_ACTOR_PERSON && modifier) {
                k = men - 1;
                continue;
            }
            /* "the U.S. attorney's office said": a place before a title
             * whose holder's office speaks is no speaker (a body is: "A
             * State Department inspector general's report said") */
            if (t == NG_ACTOR_PLACE && held > men && held < v &&
                ((doc->toks[held].flags & NG_TOK_POSS) || S_bare_possessive(doc, held))) {
                k = men - 1;
                continue;
            }
            /* ""I've lost the championship today," the Briton said": one
             * of a nation, named by the demonym, is the person last named */
            if (t == NG_ACTOR_GROUP && person < 0 && S_one_national(doc, mi)) {
                int before = S_person_before(doc, mst);
                if (before >= 0) {
                    person = before;
                    k = men - 1;
                    continue;
                }
            }
            if (t == NG_ACTOR_PERSON && person < 0) {
                person = a;
                person_at = ng_dep_parsed(doc) ? ng_dep_span_head(doc, mst, men) : k;
            } else if (t != NG_ACTOR_PERSON && body < 0) {
                /* "In China, he said": a fronted place is not a subject */
                int m = ng_mention_at(doc, k);
                size_t st = doc->mentions[m].tok_start, en = doc->mentions[m].tok_end;
                /* but "analysts at Morgan Stanley", "researchers at the
                 * university" speak for the body they work at */
                size_t noun = st >= 3 && S_is(doc, st - 2, "the") ? st - 3 : st - 2;
                /* (any noun for people: "Economists at Goldman Sachs") */
                bool member = st >= 2 && S_is(doc, st - 1, "at") &&
                              (ng_lex_is_group_noun(doc->lex, doc->toks[noun].lower) ||
                               ng_lex_person_noun(doc->lex, doc->toks[noun].lower) == 2);
                bool located = S_after_in_or_at(doc, st, lo) && !member;
                /* "a memo seen by Reuters said": the agent of a participle
                 * is no speaker; nor is whom a title is "to" ("China's
                 * ambassador to Britain accused") */
                /* ("Israel's mission to the UN in Geneva said": whom a
                 * body is sent to) */
                size_t to = st > 1 && S_is(doc, st - 1, "the") ? st - 2 : st - 1;
                located = located || (st > 1 && to > lo && S_is(doc, to, "to") && !(doc->toks[to - 1].flags & NG_TOK_CAP) &&
                                      !strcmp(ng_dep_upos(doc, to - 1), "NOUN"));
                /* ("Israel's mission ... said": a country owning a body's
                 * noun speaks for it, where nothing else does) */
                if (t == NG_ACTOR_PLACE && doc->actors[a].place_kind == NG_PLACE_COUNTRY && en + 1 < v &&
                    (doc->toks[en].flags & NG_TOK_POSS) && !(doc->toks[en + 1].flags & NG_TOK_CAP) &&
                    (ng_lex_is_body_noun(doc->lex, doc->toks[en + 1].lower) ||
                     ng_lex_is_org_word(doc->lex, doc->toks[en + 1].lower)) &&
                    owning_country < 0)
                    owning_country = a;
                /* ("OpenAI's board said": a body's organ that speaks for it,
                 * `speaking-organs`; "the United Nations' human rights
                 * office said": an office or agency of the body) */
                if (t == NG_ACTOR_ORG && en + 1 < v &&
                    ((doc->toks[en].flags & NG_TOK_POSS) || S_bare_possessive(doc, en)) &&
                    (S_organ_at(doc, en + 1) || S_unit_before(doc, en + 1, v)) && owning_country < 0)
                    owning_country = a;
                located = located ||
                          (st > 1 && S_is(doc, st - 1, "by") && !strcmp(ng_dep_upos(doc, st - 2), "VERB")) ||
                          (st > 1 && S_is(doc, st - 1, "to") &&
                           ng_lex_is_title_head(doc->lex, doc->toks[st - 2].lower));
                bool possessor = en < v && (doc->toks[en].flags & NG_TOK_POSS);
                /* "WASHINGTON – ...": a city speaks only for its country (a
                 * state or province right before the verb or its subject,
                 * for its own government, "..., Fukushima prefecture said":
                 * no speaker the graph has, but words said) */
                size_t sh = ng_dep_span_head(doc, st, en);
                bool opens = st == lo || (st == lo + 1 && S_is(doc, lo, "the")); /* (not "Senator from Texas") */
                bool governed = doc->actors[a].place_kind == NG_PLACE_REGION &&
                                ((en == v && opens) ||
                                 (ng_dep_head(doc, sh) == (int)v && !strncmp(ng_dep_rel(doc, sh), "nsubj", 5)));
                bool city = t == NG_ACTOR_PLACE && doc->actors[a].place_kind != NG_PLACE_COUNTRY &&
                            !doc->mentions[m].metonym && !governed;
                /* "the U.S. drugmaker said": the country says what kind
                 * of body speaks; the body is the one described */
                int kind_of = st > lo && S_is(doc, st - 1, "the") ? ng_org_described(doc, st - 1) : -1;
                if (kind_of >= 0)
                    body = kind_of;
                else if (!located && !possessor && !city && !S_adjunct_object(doc, st, en, v)) {
                    body = a;
                    /* ("The United Nations agency for Palestinian refugees,
                     * UNRWA, ... said": a body's name before a noun for a
                     * body gives way to the body named after it) */
                    /* (past a word or two saying whom it serves: "The
                     * United Nations children's agency UNICEF said") */
                    for (size_t w = en; w < v && w < en + 4 && !body_modifies &&
                                        !(doc->toks[w].flags & NG_TOK_CAP) &&
                                        (doc->toks[w].flags & (NG_TOK_WORD | NG_TOK_POSS));
                         w++)
                        body_modifies = ng_lex_is_body_noun(doc->lex, doc->toks[w].lower) ||
                                        ng_lex_is_company_noun(doc->lex, doc->toks[w].lower);
                }
            } else if (t == NG_ACTOR_ORG && body_modifies && a != body) {
                body = a;
                body_modifies = false;
            }
            continue;
        }
        if (S_pronoun_he(doc->toks[k].lower) && pronoun < 0) {
            pronoun = ng_person_for_pronoun(doc, k);
            pronoun_at = k;
        } else if (S_is(doc, k, "it") && k == lo && pronoun < 0) {
            /* "It said ..." at the start of a clause: the last body named,
             * unless the sentence before is about a paper */
            int author;
            if (k + 3 >= v && S_paper_before(doc, k, &author)) {
                paper = true;
                pronoun = author;
                pronoun_at = k;
                continue;
            }
            int org = S_subject_of_clause_above(doc, k);
            pronoun = org >= 0 ? org : ng_last_actor_before(doc, (uint32_t)k, NG_ACTOR_ORG);
        } else if ((S_is(doc, k, "they") || ng_plural_description(doc, k)) && pronoun < 0)
            pronoun = ng_actor_for_plural(doc, k);
    }
    /* ("She thanked López Obrador, calling him ...": a pronoun before the
     * person, a subject where the person is none, is the one who speaks;
     * not "she would install ... after Warren Buffett complained") */
    bool pronoun_subject = pronoun >= 0 && pronoun_at < person_at && person_at != SIZE_MAX &&
                           !strncmp(ng_dep_rel(doc, pronoun_at), "nsubj", 5) &&
                           strncmp(ng_dep_rel(doc, person_at), "nsubj", 5) != 0;
    if (person >= 0 && !pronoun_subject)
        return person;
    if (pronoun >= 0 || paper)
        return pronoun;
    if (body >= 0)
        return body;
    if (owning_country >= 0)
        return owning_country;
    /* (a description ends where a phrase of who leads it begins) */
    int described = ng_person_described(doc, lo, described_end);
    /* "The board said" after "OpenAI's board": whose organ it is */
    for (size_t k = lo; described < 0 && k + 1 < described_end; k++)
        if (!doc->tok_in_quote[k] && S_is(doc, k, "the") && S_organ_at(doc, k + 1))
            described = S_organ_owner(doc, k + 1);
    /* "The lawsuit says ...": who filed it */
    for (size_t k = lo; described < 0 && k + 1 < described_end; k++)
        if (!doc->tok_in_quote[k] && S_is(doc, k, "the") &&
            ng_lex_listed(doc->lex, "lawsuit-nouns", doc->toks[k + 1].lower))
            described = S_plaintiff(doc, doc->toks[k].sent);
    /* "The commission said ...": the organization named before with that
     * word ("the Commission on Presidential Debates"); not the possessor
     * of people in the plural ("The museum's unions said", "the
     * company's shareholders") */
    for (size_t k = lo; described < 0 && k + 1 < described_end; k++)
        if (!doc->tok_in_quote[k] && !(k + 3 < described_end && S_possessed_plural(doc, k + 2)))
            described = ng_org_described(doc, k);
    return described;
}

/* Where the subject of speech verb v, in the clause from clause on, ends:
 * v, or, for a verb of saying joined to an earlier one with no subject of
 * its own ("X accused the UK of meddling and warned that ..."), that
 * verb, whose subject it shares; the words between are what was said
 * first, no speaker. */
static size_t S_subject_end(const ng_document *doc, size_t clause, size_t v)
{
    int head = ng_dep_parsed(doc) ? ng_dep_head(doc, v) : -1;
    if (head >= (int)clause && head < (int)v && ng_dep_subject(doc, v) < 0 && !strcmp(ng_dep_rel(doc, v), "conj") &&
        ng_dep_child(doc, v, "cc") >= 0 && ng_dep_subject(doc, (size_t)head) >= 0 &&
        ng_lex_speech_verb(doc->lex, doc->toks[head].lower))
        return (size_t)head;
    /* ("The German drugmaker, which acquired Monsanto in 2018, said": a
     * relative clause closing right before the verb describes the
     * subject; what it names does not speak) */
    size_t rel = ng_relative_clause_before(doc, S_verb_group_start(doc, v));
    if (rel > clause + 1)
        return rel - 1;
    return v;
}

/* "said Greenpeace UK's climate campaigner Mel Evans": after a body's
 * name, lower-case nouns and adjectives (the person's title, whatever its
 * words) and then a person: that person, or -1. */
static int S_person_after_description(const ng_document *doc, size_t e, size_t hi)
{
    if (e < hi && (doc->toks[e].flags & NG_TOK_POSS))
        e++;
    for (size_t p = e; p < hi && p <= e + 5; p++) {
        int a = S_actor_at(doc, p);
        if (a >= 0)
            return p > e && doc->actors[a].type == NG_ACTOR_PERSON ? a : -1;
        const char *upos = ng_dep_upos(doc, p);
        if ((doc->toks[p].flags & (NG_TOK_CAP | NG_TOK_PUNCT)) || (strcmp(upos, "NOUN") && strcmp(upos, "ADJ")))
            return -1;
    }
    return -1;
}

/* After the verb: "said Dennis Wilder", "added Cha", "said Colonel Mark Cancian". */
static int S_after_verb(const ng_document *doc, size_t v, size_t hi)
{
    for (size_t k = v + 1; k < hi && k <= v + 8; k++) {
        int a = S_actor_at(doc, k);
        /* "said White House Press Secretary Stephanie Grisham": the person
         * the body's title belongs to */
        if (a >= 0 && doc->actors[a].type != NG_ACTOR_PERSON) {
            size_t e = doc->mentions[ng_mention_at(doc, k)].tok_end;
            size_t p = e;
            while (p < hi && p < e + 4 && (ng_lex_is_title_head(doc->lex, doc->toks[p].lower) ||
                                          ng_lex_is_title_mod(doc->lex, doc->toks[p].lower) ||
                                          ng_lex_is_title_abbreviation(doc->lex, doc->toks[p].lower)))
                p++;
            int pa = p > e && p < hi ? S_actor_at(doc, p) : -1;
            if (pa >= 0 && doc->actors[pa].type == NG_ACTOR_PERSON)
                return pa;
            pa = S_person_after_description(doc, e, hi);
            if (pa >= 0)
                return pa;
            /* "said Amnesty's South Asia director, Aakar Patel": the person
             * in apposition to the body's officer */
            for (size_t c = e; e < hi && (doc->toks[e].flags & NG_TOK_POSS) && c < hi && c <= e + 6; c++) {
                if (S_ch(doc, c) != ',' && !(doc->toks[c].flags & NG_TOK_PUNCT))
                    continue;
                int b = S_ch(doc, c) == ',' && c + 1 < hi ? S_actor_at(doc, c + 1) : -1;
                if (b >= 0 && doc->actors[b].type == NG_ACTOR_PERSON)
                    return b;
                break;
            }
        }
        if (a >= 0)
            return a;
        if (S_pronoun_he(doc->toks[k].lower))
            return ng_person_for_pronoun(doc, k);
        if (S_ch(doc, k) == ',' && k > v + 2 && !(doc->toks[v + 1].flags & NG_TOK_CAP)) {
            /* "said another witness in the inquiry, former adviser Fiona
             * Hill": a description, then the name in apposition */
            for (size_t p = k + 1; p < hi && p <= k + 6; p++) {
                int b = S_actor_at(doc, p);
                if (b >= 0 && doc->actors[b].type == NG_ACTOR_PERSON)
                    return b;
                if (doc->toks[p].flags & NG_TOK_PUNCT)
                    break;
            }
            break;
        }
        if (S_ch(doc, k) == ',' || (doc->toks[k].flags & NG_TOK_QUOTE))
            break;
    }
    return -1;
}

static void S_add_stmt(ng_document *doc, bool direct, uint32_t start, uint32_t end, const char *text, int speaker,
                       const char *verb, uint32_t sent)
{
    ng_statement *st = NG_PUSH(&doc->arena, doc->stmts, doc->nstmt, doc->cap_stmt);
    st->direct = direct;
    st->start = start;
    st->end = end;
    st->text = text;
    /* (a place other than a country is no speaker the graph has: "...,
     * Hokkaido prefecture said" stays unattributed) */
    if (speaker >= 0 && doc->actors[speaker].type == NG_ACTOR_PLACE &&
        doc->actors[speaker].place_kind != NG_PLACE_COUNTRY)
        speaker = -1;
    st->speaker = speaker;
    st->verb = verb;
    st->sent = sent;
    st->event = -1;
    st->recipient = -1;
}

/* "for what the Swedish Academy called", "what he called": the "what"
 * whose subject stands between it and "call" at v, SIZE_MAX when none. */
static size_t S_what_before(const ng_document *doc, size_t v)
{
    for (size_t w = v; w-- > 0 && w + 7 > v;) {
        if (S_is(doc, w, "what"))
            return w + 1 < v ? w : SIZE_MAX;
        const char *upos = ng_dep_upos(doc, w);
        if (!strcmp(upos, "VERB") || !strcmp(upos, "AUX") || (doc->toks[w].flags & NG_TOK_PUNCT))
            break;
    }
    return SIZE_MAX;
}

/* "Cruz called the suicide a “profound indictment”": "call" naming
 * something in quoted words is speech; "called for", "called on", a phone
 * call are not. */
static bool S_calls_quoted(const ng_document *doc, size_t v, size_t hi)
{
    /* "praised Takaichi as "a great leader"", "hailed the deal as
     * "historic"": a verb of judging whose "as" opens quoted words */
    if (ng_lex_listed(doc->lex, "judging-verbs", doc->toks[v].lower) && !S_is(doc, v, "called") &&
        !S_is(doc, v, "calls") && !S_is(doc, v, "calling")) {
        for (size_t k = v + 1; k + 1 < hi && k <= v + 8; k++) {
            if (S_is(doc, k, "as"))
                return (doc->toks[k + 1].flags & NG_TOK_OPEN) != 0;
            if (doc->toks[k].flags & (NG_TOK_PUNCT | NG_TOK_QUOTE))
                return false;
        }
        return false;
    }
    if (!S_is(doc, v, "called") && !S_is(doc, v, "calls") && !S_is(doc, v, "calling"))
        return false;
    /* "for what the Swedish Academy called "her intense poetic prose"",
     * "what he called "a witch hunt"": quoted words right after "call"
     * whose object is "what" are the subject's (not "a novel called
     * "Prophet Song"", a name) */
    if (v + 1 < hi && (doc->toks[v + 1].flags & NG_TOK_OPEN))
        return S_what_before(doc, v) != SIZE_MAX;
    if (v + 1 >= hi || S_is(doc, v + 1, "for") || S_is(doc, v + 1, "on") || S_is(doc, v + 1, "off") ||
        S_is(doc, v + 1, "in") || S_is(doc, v + 1, "up") || S_is(doc, v + 1, "back") || S_is(doc, v + 1, "out") ||
        S_is(doc, v + 1, "to") || (doc->toks[v + 1].flags & NG_TOK_QUOTE))
        return false;
    if (v > 0 && (S_is(doc, v - 1, "so") || S_is(doc, v - 1, "be") || S_is(doc, v - 1, "is") || S_is(doc, v - 1, "was") ||
                  S_is(doc, v - 1, "are") || S_is(doc, v - 1, "were") || S_is(doc, v - 1, "been")))
        return false;
    /* "called Bazoum and offered ... "unwavering support"": a name and
     * "and" after it, no words that name it, is a phone call */
    int named = ng_mention_after_titles(doc, v + 1, hi); /* (past a title: "called President Mohamed Bazoum") */
    if (named >= 0 && doc->mentions[named].tok_end < hi &&
        (S_is(doc, doc->mentions[named].tok_end, "and") || S_is(doc, doc->mentions[named].tok_end, "on")))
        return false;
    for (size_t k = v + 2; k < hi && k <= v + 8; k++) {
        if (doc->toks[k].flags & NG_TOK_OPEN || ((doc->toks[k].flags & NG_TOK_QUOTE) && !(doc->toks[k].flags & NG_TOK_CLOSE)))
            return true;
        if (S_ch(doc, k) == ',' || S_ch(doc, k) == '.' || S_ch(doc, k) == ';')
            return false;
    }
    return false;
}

/* "called for "unity and centrality"", "called for an "immediate
 * ceasefire"", "called on "friends all over the world" to "make noise"":
 * quoted words the subject of "call" asks for, or asks of someone, are
 * the subject's (a quote's speaker; no report of anything else). */
static bool S_calls_for_quoted(const ng_document *doc, size_t v, size_t hi)
{
    if (!(S_is(doc, v, "called") || S_is(doc, v, "calls") || S_is(doc, v, "calling")) || v + 2 >= hi ||
        !(S_is(doc, v + 1, "for") || S_is(doc, v + 1, "on")))
        return false;
    for (size_t k = v + 2; k < hi && k <= v + 4 && (doc->toks[k].flags & (NG_TOK_WORD | NG_TOK_OPEN)); k++)
        if (doc->toks[k].flags & NG_TOK_OPEN)
            return true;
    return false;
}

/* "..., the WHO said Friday, warning that ...": the report S_inverted
 * made of the words before the verb of saying whose participle is at v
 * (after a comma and at most a short adjunct), NULL when none; the
 * participle is that speaker's, whatever the parse hangs it from. */
static const ng_statement *S_inverted_before(const ng_document *doc, size_t si, size_t v)
{
    const ng_sentence *s = &doc->sents[si];
    if (v < s->tok_start + 2 || S_ch(doc, v - 1) != ',' || !ng_tok_ing_form(doc, v))
        return NULL;
    for (size_t w = v - 1; w-- > s->tok_start && w + 6 > v;) {
        if ((doc->toks[w].flags & NG_TOK_QUOTE) || S_ch(doc, w) == ',')
            return NULL;
        if (ng_lex_speech_verb(doc->lex, doc->toks[w].lower) != 1 || ng_tok_ing_form(doc, w))
            continue;
        for (size_t i = doc->nstmt; i-- > 0;) {
            const ng_statement *st = &doc->stmts[i];
            if (st->sent == si && !st->direct && !strcmp(st->verb, doc->toks[w].lower) && st->end <= doc->toks[w].start)
                return st;
        }
        return NULL;
    }
    return NULL;
}

/* "OpenAI's board fired chief executive Sam Altman, saying he had not
 * been "consistently candid"": the speaker of a participle of saying
 * after a comma is the subject of the verb it hangs from, not whom that
 * verb acts on. Speaker a found nearest in the clause from lo, or, where
 * a is named right after that verb, the one the words before the verb
 * name (a body whose organ they name: "OpenAI's board"). */
static int S_participle_subject(const ng_document *doc, size_t lo, size_t v, int a)
{
    if (a < 0 || v == 0 || S_ch(doc, v - 1) != ',' || !ng_tok_ing_form(doc, v) ||
        strcmp(ng_dep_rel(doc, v), "advcl") != 0)
        return a;
    int head = ng_dep_head(doc, v);
    if (head <= (int)lo || head >= (int)v || strcmp(ng_dep_upos(doc, (size_t)head), "VERB") != 0)
        return a;
    /* (a named within a few words after the verb: "fired chief executive
     * Sam Altman") */
    bool acted_on = false;
    for (size_t k = (size_t)head + 1; k < v && k <= (size_t)head + 4 && !acted_on; k++) {
        int m = ng_mention_at(doc, k);
        acted_on = m >= 0 && doc->mentions[m].actor == a;
    }
    if (!acted_on)
        return a;
    int b = S_subject(doc, lo, (size_t)head);
    for (size_t k = lo; b < 0 && k < (size_t)head; k++) {
        int m = ng_mention_at(doc, k);
        if (m >= 0 && doc->mentions[m].actor >= 0 && doc->actors[doc->mentions[m].actor].type == NG_ACTOR_ORG &&
            (doc->toks[doc->mentions[m].tok_end - 1].flags & NG_TOK_POSS))
            b = doc->mentions[m].actor;
    }
    return b >= 0 && b != a ? b : a;
}

/* The token after token p, past a closing quotation mark (",” while"
 * reads as ", while"), below hi. */
static size_t S_past_close(const ng_document *doc, size_t p, size_t hi)
{
    size_t q = p + 1;
    if (q < hi && (doc->toks[q].flags & NG_TOK_QUOTE) && !(doc->toks[q].flags & NG_TOK_OPEN))
        q++;
    return q;
}

/* The speaker of a quote in [open, close] from the sentences around it. */
static int S_attribute(ng_document *doc, const qspan *q, const char **verb_out, int *recipient)
{
    const ng_sentence *first = &doc->sents[doc->toks[q->open].sent];
    size_t last_tok = q->close < doc->ntok && q->closed ? q->close : q->close - 1;
    const ng_sentence *last = &doc->sents[doc->toks[last_tok].sent];
    *recipient = -1;
    /* after the quote: "...,” said X" / "...,” X said" / "..., according to X" */
    size_t after = q->closed ? q->close + 1 : last->tok_end;
    for (size_t k = after; k < last->tok_end; k++) {
        /* another quote later in the sentence: its words say nothing about
         * who spoke ("“exasperation” and “panic”, according to X") */
        if (doc->tok_in_quote[k] || (doc->toks[k].flags & (NG_TOK_OPEN | NG_TOK_QUOTE)))
            continue;
        /* "..." at the release, adding that Weeks' family had asked ...:
         * a verb inside a complement clause attributes nothing; nor one in
         * a clause of its own ("called the price "a big hurdle," while Y
         * said ...") */
        /* (nor a verb right after "but": "called the killing "a significant
         * blow" to Hamas but said ..." goes on with the subject's words) */
        if (S_is(doc, k, "that") || S_is(doc, k, "while") || S_is(doc, k, "whereas") ||
            (S_is(doc, k, "but") && k + 1 < last->tok_end && ng_lex_speech_verb(doc->lex, doc->toks[k + 1].lower)))
            break;
        if (S_is(doc, k, "according") && S_is(doc, k + 1, "to")) {
            int a = S_after_verb(doc, k + 1, last->tok_end);
            if (a >= 0) {
                *verb_out = "according to";
                return a;
            }
        }
        /* "X called the declaration "illegal" and urged Y to resign": a
         * second verb of the sentence's subject, before the quote */
        if (k > after && S_is(doc, k - 1, "and") && ng_lex_speech_verb(doc->lex, doc->toks[k].lower) == 1)
            break;
        if (ng_lex_speech_verb(doc->lex, doc->toks[k].lower) == 1 && !ng_tok_ing_form(doc, k) &&
            ng_mention_at(doc, k) < 0) {
            /* "...,” X, a spokesperson, repeated Y" names X before the verb;
             * "...,” said X" after it; ", adding that ..." goes on with
             * someone else's words */
            int a = S_subject(doc, after, k);
            /* (who is told is not who tells: "..., the mogul told People.") */
            if (a < 0 && !S_is(doc, k + 1, "that") && !S_is(doc, k, "told") && !S_is(doc, k, "tells"))
                a = S_after_verb(doc, k, last->tok_end);
            if (a >= 0) {
                *verb_out = doc->toks[k].lower;
                if (S_is(doc, k, "told"))
                    *recipient = S_actor_at(doc, k + 1);
                return a;
            }
        }
    }
    /* before the quote: "X said Tuesday that “...”", "In China, he said, “...”" */
    for (size_t k = q->open; k-- > first->tok_start;) {
        /* (nor a word of a name: "the United States was "smearing"") */
        if (doc->tok_in_quote[k] || (doc->toks[k].flags & NG_TOK_QUOTE) || ng_mention_at(doc, k) >= 0)
            continue;
        bool calls = S_calls_quoted(doc, k, first->tok_end) || S_calls_for_quoted(doc, k, first->tok_end);
        /* (nor a noun after an article: "Congress, not the states, has the
         * power to bar people who "engaged in insurrection"") */
        bool noun =
            k > first->tok_start && (S_is(doc, k - 1, "the") || S_is(doc, k - 1, "a") || S_is(doc, k - 1, "an"));
        if ((ng_lex_speech_verb(doc->lex, doc->toks[k].lower) && !noun) || calls) {
            /* (", Spicer said, adding, "..."": Spicer's) */
            const ng_statement *inverted = S_inverted_before(doc, doc->toks[k].sent, k);
            if (inverted) {
                *verb_out = doc->toks[k].lower;
                return inverted->speaker;
            }
            size_t clause = first->tok_start;
            /* (the comma may stand inside the marks: "called the album "a
             * masterpiece," while the Guardian said") */
            for (size_t p = first->tok_start; p + 1 < k; p++) {
                size_t n = S_past_close(doc, p, k);
                if (S_ch(doc, p) == ';' || (S_ch(doc, p) == ',' && (S_is(doc, n, "but") || S_is(doc, n, "while") ||
                                                                    S_is(doc, n, "whereas"))))
                    clause = n;
            }
            /* ("for what the Academy called "...": its subject) */
            size_t what = (doc->toks[k + 1].flags & NG_TOK_OPEN) ? S_what_before(doc, k) : SIZE_MAX;
            if (what != SIZE_MAX && what + 1 > clause)
                clause = what + 1;
            /* ("X, who was described by the judges as the "mastermind"":
             * a passive verb's agent says it, not its subject) */
            /* (past titles: "was asked by Fox Business moderator Gerard
             * Baker") */
            int agent = ng_dep_parsed(doc) && S_passive_verb(doc, k) ? ng_dep_child(doc, k, "obl:agent") : -1;
            if (agent >= 0) {
                size_t alo, ahi;
                ng_dep_phrase(doc, (size_t)agent, &alo, &ahi);
                *verb_out = doc->toks[k].lower;
                int named = -1;
                for (size_t p = alo; p < ahi + 3 && p < doc->ntok && !(doc->toks[p].flags & NG_TOK_PUNCT); p++) {
                    int a = S_actor_at(doc, p);
                    if (a >= 0 && (named < 0 || doc->actors[a].type == NG_ACTOR_PERSON))
                        named = a;
                }
                return named;
            }
            int a = S_subject(doc, clause, S_subject_end(doc, clause, k));
            a = S_participle_subject(doc, clause, k, a);
            /* "said X" names X; "alleged that X ..." names what was said;
             * "called AP's report "a rush to judgment"" names what is
             * called */
            /* ("said in a statement that Ambassador X had refused": what was
             * said names X) */
            bool that = false;
            for (size_t p = k + 1; p < q->open && p < k + 6 && !that; p++)
                that = S_is(doc, p, "that") && ng_mention_at(doc, p) < 0;
            /* (who is told is not who tells: "As one employee told Palo
             * Alto Weekly, "...": no one named tells) */
            bool told = S_is(doc, k, "told") || S_is(doc, k, "tells");
            if (a < 0 && told)
                return -1;
            /* (a subject of the verb's own that names no one speaks, not
             * the one named after the verb: "Lawmakers had accused
             * Boluarte of "moral incapacity"", "The book accuses Bob of";
             * but a verb set off by a comma comes before its speaker: "The
             * paradox of Nancy, says Carl Anthony, is that ...", ""The
             * risk," said Edward Leamer"; and "he" or "she" right after
             * the verb may stand for the subject: "The senator said he
             * would "introduce legislation"") */
            bool set_off = S_ch(doc, k - 1) == ',' || (doc->toks[k - 1].flags & NG_TOK_QUOTE) ||
                           (k + 1 < doc->ntok && !strcmp(ng_dep_upos(doc, k + 1), "PRON"));
            int subject = a < 0 && ng_dep_parsed(doc) && !set_off ? ng_dep_subject(doc, k) : -1;
            bool unnamed_subject = subject >= (int)clause && subject < (int)k &&
                                   strcmp(ng_dep_upos(doc, (size_t)subject), "PRON") != 0;
            if (a < 0 && !that && !calls && !unnamed_subject)
                a = S_after_verb(doc, k, q->open);
            if (a >= 0) {
                *verb_out = doc->toks[k].lower;
                return a;
            }
            /* the nearest verb of speaking has no speaker we know */
            if (that)
                return -1;
        }
    }
    return -1;
}

static bool S_has_speech_verb(const ng_document *doc, const ng_sentence *s)
{
    for (size_t k = s->tok_start; k < s->tok_end; k++)
        if (ng_lex_speech_verb(doc->lex, doc->toks[k].lower) == 1 ||
            (S_is(doc, k, "according") && S_is(doc, k + 1, "to")))
            return true;
    return false;
}

/* Are all the words between the marks capitalized, but for the small
 * words titles leave lowercase ("Pride and Prejudice")? */
static bool S_title_case(const ng_document *doc, const qspan *q)
{
    static const char *const small[] = {"a",  "an",   "the", "and", "or",  "of",  "in",  "on",  "at",  "to", "for",
                                        "by", "with", "from", "as", "into", "off", "up", "via", "but", "nor", NULL};
    bool any = false;
    for (size_t k = q->open + 1; k < q->close; k++) { /* (the closing mark, or the end of an open quote) */
        const ng_token *t = &doc->toks[k];
        /* (a clitic split from a word: "What's Love Got to Do With It") */
        if (!(t->flags & NG_TOK_WORD) || t->lower[0] == '\'' || !strncmp(t->lower, "\xe2\x80\x99", 3))
            continue;
        if (!(t->flags & NG_TOK_CAP) && !(k > q->open + 1 && ng_word_in(t->lower, small)))
            return false;
        any = true;
    }
    return any;
}

/* Are quotes a and b (a before b, both closed) items of one list: only a
 * comma, "and" or "or" between them ("including “Listen To The Music,”
 * “Black Water” and others")? */
static bool S_listed_together(const ng_document *doc, const qspan *a, const qspan *b)
{
    if (!a->closed || !b->closed || b->open <= a->close)
        return false;
    for (size_t k = a->close + 1; k < b->open; k++)
        if (S_ch(doc, k) != ',' && !S_is(doc, k, "and") && !S_is(doc, k, "or"))
            return false;
    return b->open - a->close <= 3;
}

/* "WALLACE: Let's start with ...", "PENCE: Well, look ...": a transcript's
 * speaker label opening a quote, one to three words in capitals and a
 * colon, that is the surname or the whole name of a person the article
 * names; the person, and in *after the token after the colon; -2 for a
 * label of no one named (who speaks is no one before); else -1. */
static int S_transcript_speaker(const ng_document *doc, size_t open, size_t close, size_t *after)
{
    size_t k = open + 1;
    while (k < close && k < open + 4 && (doc->toks[k].flags & NG_TOK_ALLCAPS) && (doc->toks[k].flags & NG_TOK_WORD))
        k++;
    if (k == open + 1 || k + 1 >= close || S_ch(doc, k) != ':' || doc->toks[k].end != doc->toks[k].start + 1)
        return -1;
    char *label = ng_text_fold(doc->art->text + doc->toks[open + 1].start,
                               doc->toks[k - 1].end - doc->toks[open + 1].start);
    int found = -1;
    for (size_t a = 0; a < doc->nactor && found < 0; a++) {
        if (doc->actors[a].type != NG_ACTOR_PERSON)
            continue;
        const char *name = doc->actors[a].name;
        const char *last = strrchr(name, ' ');
        char *whole = ng_text_fold(name, strlen(name));
        char *surname = ng_text_fold(last ? last + 1 : name, strlen(last ? last + 1 : name));
        if (!strcmp(label, whole) || !strcmp(label, surname))
            found = (int)a;
        free(whole);
        free(surname);
    }
    free(label);
    *after = k + 1;
    return found >= 0 ? found : -2;
}

/* "TAPPER: Donald Trump released a video ...": a paragraph outside
 * quotation marks opening with a transcript's speaker label of a person
 * the article names is that person's words (S_transcript_speaker). */
static void S_transcript_paragraphs(ng_document *doc)
{
    for (size_t si = 0; si < doc->nsent; si++) {
        const ng_sentence *s = &doc->sents[si];
        size_t k = s->tok_start;
        const ng_paragraph *p = &doc->art->paras[s->para];
        if (!(doc->toks[k].flags & NG_TOK_ALLCAPS) || p->kind == NG_PARA_HEADING || doc->toks[k].start != p->start ||
            doc->tok_in_quote[k] || k == 0)
            continue;
        size_t after = 0, last = k;
        while (last + 1 < doc->ntok && doc->toks[last + 1].para == doc->toks[k].para)
            last++;
        int speaker = S_transcript_speaker(doc, k - 1, last + 1, &after);
        if (speaker < 0 || after > last)
            continue;
        uint32_t start = doc->toks[after].start, end = doc->toks[last].end;
        S_add_stmt(doc, true, start, end, ng_doc_span(doc, start, end), speaker, NULL, (uint32_t)si);
    }
}

static void S_direct_quotes(ng_document *doc, const qspan *q, size_t nq)
{
    int prev_para_speaker = -1;
    uint32_t prev_para = (uint32_t)-1;
    int para_speaker = -1;
    for (size_t i = 0; i < nq; i++) {
        uint32_t para = doc->toks[q[i].open].para;
        if (para != prev_para) {
            if (prev_para != (uint32_t)-1 && para == prev_para + 1)
                prev_para_speaker = para_speaker;
            else if (prev_para != (uint32_t)-1)
                prev_para_speaker = -1;
            /* speaker of reported speech in the paragraph just before */
            for (size_t s = 0; s < doc->nstmt; s++)
                if (!doc->stmts[s].direct && doc->sents[doc->stmts[s].sent].para + 1 == para)
                    prev_para_speaker = doc->stmts[s].speaker;
            para_speaker = -1;
            prev_para = para;
        }
        if (doc->art->paras[para].kind == NG_PARA_HEADING)
            continue;
        size_t words = S_quote_words(doc, &q[i]);
        if (words == 0)
            continue;
        const ng_sentence *s = &doc->sents[doc->toks[q[i].open].sent];
        const char *verb = NULL;
        int recipient = -1;
        int speaker = S_attribute(doc, &q[i], &verb, &recipient);
        size_t label_end = 0;
        int labelled = speaker < 0 ? S_transcript_speaker(doc, q[i].open, q[i].close, &label_end) : -1;
        if (labelled >= 0)
            speaker = labelled;
        bool attributed = speaker >= 0;
        bool other_label = labelled == -2;
        bool whole_para = q[i].open == 0 || doc->toks[q[i].open - 1].para != para;
        /* ""...," the family said": a verb of saying right after the quote
         * whose subject is no one named keeps the quote from whoever spoke
         * before */
        bool told_after = false;
        for (size_t k = q[i].close + 1; q[i].closed && k < s->tok_end && k < q[i].close + 5 && !told_after; k++)
            told_after = ng_lex_speech_verb(doc->lex, doc->toks[k].lower) == 1 && !doc->tok_in_quote[k] &&
                         k >= q[i].close + 3 && S_is(doc, q[i].close + 1, "the") &&
                         /* (not "the Texas senator said", "the statement said") */
                         !ng_lex_is_title_head(doc->lex, doc->toks[k - 1].lower) &&
                         !ng_lex_listed(doc->lex, "statement-nouns", doc->toks[k - 1].lower);
        if (speaker < 0 && !told_after && !other_label && whole_para && prev_para_speaker >= 0) {
            speaker = prev_para_speaker;
            verb = NULL;
        }
        /* "Sometimes employees don't follow the rules, he said. “But does
         * that mean ...?”": after reported speech of the same paragraph */
        if (speaker < 0 && para_speaker < 0) {
            for (size_t st = 0; st < doc->nstmt; st++)
                if (!doc->stmts[st].direct && doc->sents[doc->stmts[st].sent].para == para &&
                    doc->stmts[st].end <= doc->toks[q[i].open].start && doc->stmts[st].speaker >= 0)
                    para_speaker = doc->stmts[st].speaker;
        }
        /* a quote on its own after an attributed one of the same paragraph:
         * the same speaker goes on */
        /* (not a quote inside a sentence with a subject of its own: "The
         * group called for “calm.”") */
        bool alone = q[i].open == s->tok_start || (q[i].open > s->tok_start && S_ch(doc, q[i].open - 1) == ':');
        bool inherits = speaker < 0 && !told_after && !other_label && para_speaker >= 0;
        if (inherits && (alone || S_quote_words(doc, &q[i]) > 3) &&
            (S_quote_words(doc, &q[i]) > 3 || (q[i].closed && q[i].close > q[i].open + 1 &&
                                               strchr(".,!?", S_ch(doc, q[i].close - 1))))) {
            speaker = para_speaker;
            verb = NULL;
        }
        /* scare quotes: a few words, no closing punctuation inside the marks
         * (a complete utterance such as "We will wait." counts whatever its
         * length), and nobody speaking */
        char last_ch = q[i].closed && q[i].close > q[i].open + 1 ? S_ch(doc, q[i].close - 1) : 0;
        bool utterance = last_ch == '.' || last_ch == ',' || last_ch == '!' || last_ch == '?';
        if (words <= 3 && !utterance && !S_has_speech_verb(doc, s))
            continue;
        /* the title of a work: "the “American Pie” star", and "won for
         * “Anatomy of a Fall,” a drama" with the comma American style
         * puts inside the marks, when no verb of saying attributes it */
        /* (also attributed when it names the noun before it: "the gallery
         * said the painting, “Peach Trees in Blossom,” was not damaged") */
        size_t before = q[i].open > 0 && S_ch(doc, q[i].open - 1) == ',' ? q[i].open - 1 : q[i].open;
        bool names_noun = before > 0 && !strcmp(ng_dep_upos(doc, before - 1), "NOUN") &&
                          !(doc->toks[before - 1].flags & NG_TOK_CAP);
        /* (or stands after a preposition: "best known for “The
         * Vegetarian,” won ..., the academy said": a work's name, not
         * what the verb reports) */
        bool after_prep = before > 0 && !strcmp(ng_dep_upos(doc, before - 1), "ADP");
        bool untold = !attributed || names_noun || after_prep;
        /* ("for “Fearless,” “1989” and “Folklore.”", "for “What Was I
         * Made For?”": untold, a title's one word or a question in title
         * case too) */
        bool question = last_ch == '?' && words >= 3;
        /* (a work's name set off after its noun, the subject, needs no
         * capitals: "The painting, "Femme a la montre," came from"; not
         * "said of the episode, "I don't like it,"") */
        bool title_case = S_title_case(doc, &q[i]) ||
                          (names_noun && before < q[i].open &&
                           ng_lex_listed(doc->lex, "work-nouns", doc->toks[before - 1].lower) &&
                           !strncmp(ng_dep_rel(doc, before - 1), "nsubj", 5));
        /* (longer where it names the noun before it: "his 2022 memoir,
         * “Friends, Lovers and the Big Terrible Thing.”", or follows a
         * preposition: "hits such as "What's Love Got to Do With It"") */
        if ((words <= 6 || ((names_noun || after_prep) && words <= 10)) &&
            (!utterance || (untold && ((last_ch != '!' && last_ch != '?') || question))) && title_case)
            continue;
        /* titles listed together, told or not: "including “Listen To The
         * Music,” “Black Water” and others" */
        if (words <= 8 && title_case &&
            ((i > 0 && S_listed_together(doc, &q[i - 1], &q[i]) && S_title_case(doc, &q[i - 1])) ||
             (i + 1 < nq && S_listed_together(doc, &q[i], &q[i + 1]) && S_title_case(doc, &q[i + 1]))))
            continue;
        uint32_t start = labelled >= 0 ? doc->toks[label_end].start : doc->toks[q[i].open].end;
        uint32_t end = q[i].closed ? doc->toks[q[i].close].start : doc->toks[q[i].close - 1].end;
        const char *text = ng_doc_span(doc, start, end);
        S_add_stmt(doc, true, start, end, text, speaker, verb ? ng_arena_strdup(&doc->arena, verb) : NULL,
                   doc->toks[q[i].open].sent);
        doc->stmts[doc->nstmt - 1].recipient = recipient;
        if (speaker >= 0)
            para_speaker = speaker;
    }
}

/* Reported clause text: quotation marks dropped; long quoted spans (direct
 * quotes of their own) left out, short ones kept as words. */
static const char *S_clause_text_keep(ng_document *doc, size_t lo, size_t hi, const qspan *q, size_t nq, bool keep);

static const char *S_clause_text(ng_document *doc, size_t lo, size_t hi, const qspan *q, size_t nq)
{
    return S_clause_text_keep(doc, lo, hi, q, nq, false);
}

/* keep: quoted words stay whatever their length ("called the suicide a
 * “profound indictment of the system.”") */
static const char *S_clause_text_keep(ng_document *doc, size_t lo, size_t hi, const qspan *q, size_t nq, bool keep)
{
    ng_buf b = {0};
    size_t k = lo;
    while (k < hi) {
        if (doc->toks[k].flags & NG_TOK_OPEN) {
            const qspan *span = doc->tok_quote_open[k] >= 0 ? &q[doc->tok_quote_open[k]] : NULL;
            char last_ch = span && span->closed && span->close > span->open + 1 ? S_ch(doc, span->close - 1) : 0;
            /* "rejected these accusations as “patently false,”": a few
             * quoted words are part of the clause */
            /* (but "had decided to "put an end to the regime."": words that
             * cannot end a clause before the marks need the quote) */
            const char *before = k > lo ? ng_dep_upos(doc, k - 1) : "";
            bool dangling = !strcmp(before, "ADP") || !strcmp(before, "DET") || !strcmp(before, "PART") ||
                            !strcmp(before, "AUX") || !strcmp(before, "CCONJ") || !strcmp(before, "SCONJ");
            /* (nor a verb whose object or complement the quote is: "said
             * the bank had created "an environment that allowed financial
             * crime to flourish."", "that the company needed "to reset our
             * workforce levels."") */
            /* (the parse may read the infinitive as a clause of purpose) */
            /* (or of a verb before its object: "would let visitors "see the
             * painting as it was meant to be seen."") */
            dangling = dangling || (k > lo && !strcmp(before, "VERB") && S_is(doc, k + 1, "to"));
            for (size_t t = k + 1; span && k > lo && t < span->close && !dangling; t++) {
                const char *rel = ng_dep_rel(doc, t);
                int h = ng_dep_head(doc, t);
                dangling = h >= (int)lo && h < (int)k && !strcmp(ng_dep_upos(doc, (size_t)h), "VERB") &&
                           (!strcmp(rel, "obj") || !strcmp(rel, "xcomp") || !strcmp(rel, "ccomp"));
            }
            if (span && span->closed && (last_ch == ',' || last_ch == '.') && S_quote_words(doc, span) > 4 && !keep &&
                !dangling) {
                k = span->close + 1;
                if (k < hi && S_ch(doc, k) == ',')
                    k++;
                continue;
            }
            k++;
            continue;
        }
        if (doc->toks[k].flags & NG_TOK_QUOTE) {
            k++;
            continue;
        }
        const ng_token *t = &doc->toks[k];
        bool glue = (t->flags & NG_TOK_POSS) || ((t->flags & NG_TOK_PUNCT) && (S_ch(doc, k) == ',' || S_ch(doc, k) == '.' ||
                                                                             S_ch(doc, k) == ';' || S_ch(doc, k) == ':'));
        if (b.len && !glue && !(k > lo && doc->toks[k - 1].end == t->start && !(doc->toks[k - 1].flags & NG_TOK_QUOTE)))
            ng_buf_addc(&b, ' ');
        ng_buf_add(&b, doc->art->text + t->start, t->end - t->start);
        k++;
    }
    /* "as “patently false,”": the comma inside the marks ends nothing */
    while (b.len && (b.data[b.len - 1] == ',' || b.data[b.len - 1] == ';' || b.data[b.len - 1] == ' ' ||
                     (b.data[b.len - 1] == '.' && b.len > 1 && b.data[b.len - 2] >= 'a' && b.data[b.len - 2] <= 'z')))
        b.data[--b.len] = 0;
    const char *s = ng_arena_strdup(&doc->arena, b.data ? b.data : "");
    ng_buf_free(&b);
    return s;
}



static bool S_subordinator(const ng_document *doc, size_t k)
{
    static const char *const w[] = {"as", "although", "though", "while", "when", "after", "before", "because",
                                    "if", "since", "unless", "whereas", "once", "until", NULL};
    return k < doc->ntok && ng_word_in(doc->toks[k].lower, w);
}

/* Do tokens [lo, hi) hold a verb? Words said are a clause ("In a
 * statement to the ABC" and "a host of new songs" are none). Without a
 * parse, yes. */
static bool S_has_verb(const ng_document *doc, size_t lo, size_t hi)
{
    if (!ng_dep_parsed(doc))
        return true;
    for (size_t k = lo; k < hi; k++)
        if (ng_dep_finite(doc, k) || !strcmp(ng_dep_upos(doc, k), "VERB") || !strcmp(ng_dep_upos(doc, k), "AUX"))
            return true;
    return false;
}

/* "..., the newspaper said": the subject of the verb at v is [lo, v), a
 * determiner and a noun with at most two modifiers, and names nobody of
 * the article; what was said is reported, its source unknown. */
/* Does the sentence end right after verb v, or after an adjunct of time
 * or place with no verb of its own ("on Monday", "in a statement on
 * Tuesday")? */
static bool S_ends_after_adjunct(const ng_document *doc, size_t v)
{
    size_t e = v + 1;
    if (e < doc->ntok && doc->toks[e].sent == doc->toks[v].sent && !S_is(doc, e, ".") &&
        !(S_is(doc, e, "on") || S_is(doc, e, "in") || S_is(doc, e, "at")))
        return false;
    while (e < doc->ntok && e < v + 10 && doc->toks[e].sent == doc->toks[v].sent && !S_is(doc, e, ".") &&
           (doc->toks[e].flags & NG_TOK_WORD) && strcmp(ng_dep_upos(doc, e), "VERB") != 0 &&
           strcmp(ng_dep_upos(doc, e), "AUX") != 0)
        e++;
    return e < doc->ntok && (S_is(doc, e, ".") || doc->toks[e].sent != doc->toks[v].sent);
}

/* "..., a spokesman for Ruto said", "..., an aide to the president said",
 * "..., Ruto's spokesman said": a noun for a person who works for someone
 * named, from lo to the verb v, is someone the article does not name (as
 * "his spokesman" is), and the words said no one's named. ("Ruto's office
 * said" is Ruto's: S_subject, `voice-nouns`.) */
static bool S_staff_of_named(const ng_document *doc, size_t lo, size_t v)
{
    size_t start = lo, end = v;
    bool owned = false;
    int first = ng_mention_at(doc, lo);
    if (first >= 0 && doc->mentions[first].tok_start == lo && doc->mentions[first].tok_end < v &&
        (doc->toks[doc->mentions[first].tok_end].flags & NG_TOK_POSS)) {
        start = doc->mentions[first].tok_end + 1;
        owned = true;
    }
    /* (whom they work for: a name, or "the" and a post: "for the
     * president") */
    int last = v > lo ? ng_mention_at(doc, v - 1) : -1;
    size_t named = last >= 0 && doc->mentions[last].tok_end == v ? doc->mentions[last].tok_start
                   : v > lo + 3 && S_is(doc, v - 2, "the") && ng_lex_is_title_head(doc->lex, doc->toks[v - 1].lower)
                       ? v - 1
                       : v;
    if (!owned && named < v && named > lo + 1) {
        size_t p = named - 1;
        if (S_is(doc, p, "the") && p > lo + 1)
            p--;
        if (S_is(doc, p, "for") || S_is(doc, p, "to"))
            end = p;
    }
    if (!owned && end == v)
        return false;
    if (!owned && (S_is(doc, start, "a") || S_is(doc, start, "an") || S_is(doc, start, "the")))
        start++;
    if (end <= start || end - start > 3)
        return false;
    for (size_t k = start; k + 1 < end; k++)
        if (strcmp(ng_dep_upos(doc, k), "ADJ") != 0 && strcmp(ng_dep_upos(doc, k), "NOUN") != 0 &&
            !ng_lex_is_title_mod(doc->lex, doc->toks[k].lower))
            return false;
    const char *head = doc->toks[end - 1].lower;
    return !(doc->toks[end - 1].flags & NG_TOK_CAP) &&
           (ng_lex_person_noun(doc->lex, head) || ng_lex_is_title_head(doc->lex, head));
}

/* Is token k in the name of a place? */
static bool S_in_place_name(const ng_document *doc, size_t k)
{
    int m = ng_mention_at(doc, k);
    return m >= 0 && doc->mentions[m].type == NG_ACTOR_PLACE;
}

/* Is the noun at k one for a body or a person, one who may speak? */
static bool S_speaker_noun(const ng_document *doc, size_t k)
{
    const char *w = doc->toks[k].lower;
    char one[64];
    if (ng_word_singular(w, one, sizeof one) && ng_lex_is_company_noun(doc->lex, one))
        w = one;
    return ng_lex_is_org_word(doc->lex, w) || ng_lex_is_body_noun(doc->lex, w) ||
           ng_lex_is_company_noun(doc->lex, w) || ng_lex_person_noun(doc->lex, w) == 1;
}

/* "people familiar with the matter", "sources close to the company":
 * a plural noun for people at p in lower case and a modifier after it,
 * an adjective, a preposition or a participle, or a word of unnamed
 * sources' modifiers (`source-modifiers`) the parse reads as a verb. */
static bool S_post_modified_people(const ng_document *doc, size_t p)
{
    if (p + 1 >= doc->ntok || (doc->toks[p].flags & NG_TOK_CAP) ||
        (ng_lex_person_noun(doc->lex, doc->toks[p].lower) != 2 &&
         !ng_lex_listed(doc->lex, "unnamed-source-nouns", doc->toks[p].lower)))
        return false;
    const char *upos = ng_dep_upos(doc, p + 1);
    return !strcmp(upos, "ADJ") || !strcmp(upos, "ADP") ||
           ng_lex_listed(doc->lex, "source-modifiers", doc->toks[p + 1].lower) ||
           (!strcmp(upos, "VERB") && !ng_tok_ing_form(doc, p + 1) && !ng_dep_finite(doc, p + 1));
}

static bool S_nominal_subject(const ng_document *doc, size_t lo, size_t v)
{
    /* (or a possessive: "..., his spokesman said") */
    bool possessive = S_is(doc, lo, "his") || S_is(doc, lo, "her") || S_is(doc, lo, "its") || S_is(doc, lo, "their");
    /* (and a noun's possessive among the modifiers: "..., the country's
     * disaster agency said") */
    bool owned = false;
    for (size_t k = lo + 1; k + 1 < v && !owned; k++)
        owned = (doc->toks[k].flags & NG_TOK_POSS) != 0;
    /* (or a bare plural: "..., officials said", "..., state health
     * officials said", "..., police said") */
    const char *last = v > lo ? doc->toks[v - 1].lower : "";
    bool bare = v > lo && v - lo <= 3 && !(doc->toks[lo].flags & NG_TOK_CAP) &&
                (!strcmp(ng_dep_upos(doc, lo), "NOUN") || !strcmp(ng_dep_upos(doc, lo), "ADJ")) &&
                (ng_plural_word(last) || ng_lex_is_group_noun(doc->lex, last) || !strcmp(last, "police"));
    /* (or one post-modified: "..., people familiar with the matter
     * said", "sources close to the company", "two officials briefed on
     * the talks": a noun for people, a count before it, a modifier after
     * that no verb of its own drives) */
    /* (`source-modifiers`: "close", "briefed", whatever the parse reads) */
    size_t p = lo + (v > lo + 1 && !strcmp(ng_dep_upos(doc, lo), "NUM"));
    /* (a name in the modifier: "sources close to Apple" are no one named,
     * "officials at the White House" speak for it, S_staff_of_named) */
    if (!bare && p + 2 < v && v - p <= 8 && S_post_modified_people(doc, p)) {
        bool sources = ng_lex_listed(doc->lex, "source-modifiers", doc->toks[p + 1].lower);
        for (size_t k = p + 2; k < v; k++)
            if ((doc->toks[k].flags & NG_TOK_PUNCT) || (ng_mention_at(doc, k) >= 0 && !sources) ||
                ng_dep_finite(doc, k))
                return false;
        return true;
    }
    if (bare) {
        for (size_t k = lo; k + 1 < v; k++)
            if (strcmp(ng_dep_upos(doc, k), "ADJ") != 0 && strcmp(ng_dep_upos(doc, k), "NOUN") != 0)
                return false;
        /* (whatever the parse hangs it from when the verb ends the
         * sentence: "..., on Thursday, prosecutors said." read as a list) */
        return !strcmp(ng_dep_upos(doc, v - 1), "NOUN") &&
               (strncmp(ng_dep_rel(doc, v - 1), "nsubj", 5) == 0 || S_ends_after_adjunct(doc, v));
    }
    if (v < lo + 2 || v - lo > (size_t)(4 + 2 * owned) || (strcmp(ng_dep_upos(doc, lo), "DET") != 0 && !possessive) ||
        S_is(doc, lo, "this") || S_is(doc, lo, "that"))
        return false;
    /* (a count among them: "..., the two companies said"; a place's name:
     * "..., the Marseille police said") */
    for (size_t k = lo + 1; k + 1 < v; k++)
        if (strcmp(ng_dep_upos(doc, k), "ADJ") != 0 && strcmp(ng_dep_upos(doc, k), "NOUN") != 0 &&
            !S_in_place_name(doc, k) &&
            !(k == lo + 1 && !strcmp(ng_dep_upos(doc, k), "NUM")) &&
            !((doc->toks[k].flags & NG_TOK_POSS) && k > lo + 1 && !strcmp(ng_dep_upos(doc, k - 1), "NOUN")))
            return false;
    size_t noun = v - 1;
    /* (a word in lower case is no name, whatever the tagger says: "...,
     * the ministry said, adding" with "ministry" read as a proper noun) */
    if (strcmp(ng_dep_upos(doc, noun), "NOUN") != 0 &&
        !(!strcmp(ng_dep_upos(doc, noun), "PROPN") && !(doc->toks[noun].flags & NG_TOK_CAP)))
        return false;
    /* (or, whatever the parse hangs it from, a noun for a body or a person
     * right before the verb: "..., the country's public health agency
     * said.", "..., the two companies announced on Monday." read as a
     * participle; and so whoever is named after the verb: "..., the
     * electoral commission announced on Wednesday, ousting President
     * Lazarus Chakwera" is no one's the graph has) */
    if (S_speaker_noun(doc, noun))
        return true;
    return ng_dep_head(doc, noun) == (int)v && strncmp(ng_dep_rel(doc, noun), "nsubj", 5) == 0;
}

/* "CLAUSE, X said [on Tuesday]." and "CLAUSE, said X." */
/* "..., Luz Arroyo said, a Sacramento family physician": words from k on
 * that open with an article and name a post or a kind of person describe
 * the speaker, not what was said. */
static bool S_speaker_apposition(const ng_document *doc, size_t k, size_t hi)
{
    if (!(S_is(doc, k, "a") || S_is(doc, k, "an") || S_is(doc, k, "the")))
        return false;
    /* (the noun ending the phrase, no preposition before it: not "the
     * president has deepened ...", "the first by a consular officer") */
    static const char *const after[] = {"who", "whose", "of", "at", "for", "in", "with", "from", "and", NULL};
    for (size_t p = k + 1; p < hi && p < k + 6 && strcmp(ng_dep_upos(doc, p), "ADP") != 0; p++)
        if (ng_lex_is_title_head(doc->lex, doc->toks[p].lower) ||
            (!S_is(doc, k, "the") && ng_lex_person_noun(doc->lex, doc->toks[p].lower) == 1))
            return p + 1 >= hi || (doc->toks[p + 1].flags & NG_TOK_PUNCT) || ng_word_in(doc->toks[p + 1].lower, after);
    return false;
}

/* "said in a video posted online": a participle of a verb of saying on a
 * noun says which thing, it reports nothing. */
static bool S_participle_on_noun(const ng_document *doc, size_t k)
{
    if (!ng_dep_parsed(doc) || k < 3 || ng_dep_subject(doc, k) >= 0 || ng_dep_child(doc, k, "aux") >= 0)
        return false;
    /* (nor the verb ending the sentence: "..., sources close to the
     * company said.") */
    const ng_sentence *s = &doc->sents[doc->toks[k].sent];
    if (k + 2 == s->tok_end && strchr(".!?", S_ch(doc, k + 1)))
        return false;
    /* (by the words, whatever the parse hangs from what: "in a video
     * posted", "in a statement released") */
    return !strcmp(ng_dep_upos(doc, k - 1), "NOUN") && !strcmp(ng_dep_upos(doc, k - 2), "DET") &&
           !strcmp(ng_dep_upos(doc, k - 3), "ADP");
}

static bool S_inverted(ng_document *doc, size_t si, size_t v, const qspan *q, size_t nq)
{
    const ng_sentence *s = &doc->sents[si];
    if (S_participle_on_noun(doc, v))
        return false;
    size_t c = v;
    while (c > s->tok_start && S_ch(doc, c - 1) != ',') {
        if (v - c > 12 || (doc->toks[c - 1].flags & NG_TOK_QUOTE))
            return false;
        /* (past eight words only a post and a name: "..., Cook County
         * State's Attorney Eileen O'Neill Burke told reporters") */
        if (v - c > 8 && !(doc->toks[c - 1].flags & (NG_TOK_CAP | NG_TOK_POSS)))
            return false;
        c--;
    }
    if (c <= s->tok_start + 1)
        return false;
    c--; /* the comma */
    if (doc->toks[c - 1].flags & NG_TOK_QUOTE)
        return false; /* the attribution of a direct quote */
    /* "..., before Microsoft agreed to sell the rights": a clause that
     * says when or why, or a verb with a plan after it, reports nothing */
    if ((S_subordinator(doc, c + 1) && !S_is(doc, c + 1, "as")) ||
        (v + 2 < s->tok_end && S_is(doc, v + 1, "to") && !strcmp(ng_dep_upos(doc, v + 2), "VERB")))
        return false;
    /* (nor a phrase a preposition or a participle opens, its verb in a
     * relative clause inside: "..., compared with the 25% the Danish
     * drugmaker had predicted") */
    if (c + 1 < v && (!strcmp(ng_dep_upos(doc, c + 1), "ADP") ||
                      (!strcmp(ng_dep_upos(doc, c + 1), "VERB") && !ng_dep_finite(doc, c + 1) &&
                       ng_mention_at(doc, c + 1) < 0)))
        return false;
    /* after the verb only a short adjunct may follow ("on Tuesday", "in a
     * statement", the speaker of "said X"): no clause, no quotation */
    size_t tail = 0, goes_on = 0;
    bool past_comma = false;
    for (size_t k = v + 1; k < s->tok_end; k++) {
        /* "..., said Mark Scherlinck, who would not say why ...": what
         * follows is about the speaker */
        if (S_ch(doc, k) == ',' && k + 1 < s->tok_end && S_is(doc, k + 1, "who") && tail >= 1)
            break;
        if ((doc->toks[k].flags & NG_TOK_QUOTE) || S_is(doc, k, "that") ||
            (ng_lex_speech_verb(doc->lex, doc->toks[k].lower) && !S_participle_on_noun(doc, k)))
            return false;
        /* "X, whose party voted ..., said she would not ...": a verb of
         * its own before any comma makes the tail what was said */
        past_comma = past_comma || S_ch(doc, k) == ',';
        if (ng_dep_finite(doc, k) && !past_comma)
            return false;
        /* "..., X said on Tuesday, after years of debate ...", "..., his
         * spokesman said, after months of talks": what follows the next
         * comma is an adjunct of its own */
        /* (when or why it was said, or what went on meanwhile: "..., CEO
         * Kelly Ortberg said Friday, as a strike stretched into its fifth
         * week"; not a clause the narrator sets against it: "..., Song
         * said, while breakfast cereals showed none") */
        if (S_ch(doc, k) == ',' &&
            (tail >= 2 || (k + 1 < s->tok_end && (S_is(doc, k + 1, "after") || S_is(doc, k + 1, "before") ||
                                                  S_is(doc, k + 1, "when") || S_is(doc, k + 1, "because") ||
                                                  S_is(doc, k + 1, "as")))))
            break;
        /* (or what followed, a participle's clause: "..., his lawyer said,
         * leaving him unable to leave the country"; not a verb of saying:
         * "..., he said, adding that ...") */
        if (S_ch(doc, k) == ',' && k + 1 < s->tok_end && ng_tok_ing_form(doc, k + 1) &&
            !strcmp(ng_dep_upos(doc, k + 1), "VERB") && !ng_lex_speech_verb(doc->lex, doc->toks[k + 1].lower) &&
            !S_is(doc, k + 1, "citing") && !S_is(doc, k + 1, "quoting"))
            break;
        /* (or a participle of saying, a report of its own by the same
         * speaker: "..., the WHO said Friday, warning that the toll could
         * rise", "..., Spicer said, adding, "...""; whatever the parse
         * makes of "warning") */
        if (S_ch(doc, k) == ',' && k + 1 < s->tok_end && ng_tok_ing_form(doc, k + 1) &&
            ng_lex_speech_verb(doc->lex, doc->toks[k + 1].lower) == 1)
            break;
        /* (nor a phrase with no verb that goes on with what was said:
         * "The ice covered 16.96 million square kilometres, the center
         * said, about 1 million below the record") */
        /* ("..., Reuters reported, citing sources": whom the teller cites;
         * "..., Luz Arroyo said, a Sacramento physician": who the speaker
         * is) */
        if (S_ch(doc, k) == ',' && k + 1 < s->tok_end &&
            (S_is(doc, k + 1, "citing") || S_is(doc, k + 1, "quoting") || S_speaker_apposition(doc, k + 1, s->tok_end)))
            break;
        /* (not how it was said: "..., citing another source", "..., on
         * condition of anonymity") */
        if (S_ch(doc, k) == ',' && k + 2 < s->tok_end && !S_is(doc, k + 1, "who") && tail < 2 &&
            !S_finite_within(doc, k + 1, s->tok_end) && !S_parsed_finite_within(doc, k + 1, s->tok_end) &&
            !S_has_quote(doc, k + 1, s->tok_end) && !ng_tok_ing_form(doc, k + 1) &&
            !(S_is(doc, k + 1, "on") && S_is(doc, k + 2, "condition"))) {
            goes_on = k + 1;
            break;
        }
        /* (a clause joined by "and" or "but" right after the attribution
         * goes on with what was said: "Some people had severe reactions,
         * it said, and Valneva must conduct a study") */
        if (S_ch(doc, k) == ',' && tail < 2 && k + 2 < s->tok_end &&
            (S_is(doc, k + 1, "and") || S_is(doc, k + 1, "but")) && S_finite_within(doc, k + 2, s->tok_end) &&
            !S_has_quote(doc, k + 1, s->tok_end)) {
            goes_on = k + 1;
            break;
        }
        if (S_ch(doc, k) == ',' && k + 1 < s->tok_end && !S_is(doc, k + 1, "who") && tail < 2)
            return false;
        tail++;
    }
    if (tail > 10)
        return false;
    size_t start = ng_dateline_end(doc, s);
    if (start >= c || (doc->toks[start].flags & NG_TOK_OPEN))
        return false;
    /* "As the charges were unsealed, X testified ...": a subordinate
     * clause is not what X said; nor is "Speaking on radio show Joney's
     * Jukebox last week, Kiedis said" */
    if (S_subordinator(doc, start) || (ng_tok_ing_form(doc, start) && !strcmp(ng_dep_upos(doc, start), "VERB")))
        return false;
    for (size_t k = start; k < c; k++)
        if (doc->tok_in_quote[k] || (doc->toks[k].flags & NG_TOK_QUOTE))
            return false;
    size_t words = 0;
    for (size_t k = start; k < c; k++)
        words += (doc->toks[k].flags & NG_TOK_WORD) != 0;
    /* "In a statement to the Australian Broadcasting Corporation, the
     * Church denied ...": words said are a clause, with a verb */
    if (words < 4 || !S_has_verb(doc, start, c))
        return false;
    /* "Later in the day, X testified": a short adverbial, no words said */
    if (words <= 6 && (S_is(doc, start, "later") || S_is(doc, start, "earlier") || S_is(doc, start, "in") ||
                       S_is(doc, start, "on") || S_is(doc, start, "at") || S_is(doc, start, "during") ||
                       S_is(doc, start, "meanwhile") || S_is(doc, start, "then") || S_is(doc, start, "by") ||
                       S_is(doc, start, "separately") || S_is(doc, start, "last") || S_is(doc, start, "next")))
        return false;
    /* "..., and Vindman reported to him": a clause of its own, not an attribution */
    if (S_is(doc, c + 1, "which") || S_is(doc, c + 1, "who") || S_is(doc, c + 1, "that") ||
        S_is(doc, c + 1, "where") || S_is(doc, c + 1, "when") || S_is(doc, c + 1, "and") || S_is(doc, c + 1, "but"))
        return false;
    /* "..., rejecting her argument that the trial judge had wrongly
     * admitted evidence": a clause inside the words before the verb, or a
     * noun the verb takes as its object, makes no attribution */
    /* (nor a verb of its own before the cue: "Kuleba, who joined by video
     * link, thanked the ministers and urged them" is the subject's doings) */
    /* (a word of a name is no verb, whatever the parse says: "Cook") */
    for (size_t k = c + 1; k < v; k++)
        if (S_is(doc, k, "that") || S_is(doc, k, "which") || S_is(doc, k, "whether") ||
            (ng_dep_finite(doc, k) && !strcmp(ng_dep_upos(doc, k), "VERB") && ng_mention_at(doc, k) < 0 &&
             !(k > c + 1 && ng_lex_listed(doc->lex, "source-modifiers", doc->toks[k].lower) &&
               S_post_modified_people(doc, k - 1))))
            return false;
    int object = ng_dep_object(doc, v);
    /* (not who says it: "..., said lobbyist and GOP strategist X") */
    const char *noun = object == (int)v + 1 ? doc->toks[v + 1].lower : "";
    if (*noun && !strcmp(ng_dep_upos(doc, v + 1), "NOUN") && !S_is(doc, v, "told") &&
        !ng_lex_person_noun(doc->lex, noun) && !ng_lex_is_title_head(doc->lex, noun) &&
        !ng_lex_is_title_mod(doc->lex, noun))
        return false;
    /* (people the article does not name, whoever their modifier names:
     * "..., sources close to the company said") */
    size_t people = c + 1 + (c + 2 < v && !strcmp(ng_dep_upos(doc, c + 1), "NUM"));
    bool unnamed = S_post_modified_people(doc, people) && S_nominal_subject(doc, c + 1, v);
    int speaker = unnamed ? -1 : S_subject(doc, c + 1, v);
    bool nominal = unnamed || (speaker < 0 && (S_nominal_subject(doc, c + 1, v) || S_staff_of_named(doc, c + 1, v)));
    if (speaker < 0 && !nominal) {
        /* "..., said X" -- the speaker right after the verb, then nothing
         * but an appositive or the end */
        /* "..., an insurgent source told Agence France-Presse": who is
         * told is not who tells */
        if (S_is(doc, v, "told") || S_is(doc, v, "tells") || S_is(doc, v, "tell"))
            return false;
        /* "a copy of the book, written by Marc Headley": a passive
         * participle names an author, not words said */
        if (v + 1 < s->tok_end && S_is(doc, v + 1, "by"))
            return false;
        /* (nor whom it was said to: "..., also wrote to Lynch, urging") */
        if (v + 1 < s->tok_end && S_is(doc, v + 1, "to"))
            return false;
        int m = ng_mention_at(doc, v + 1 < s->tok_end ? v + 1 : v);
        if (m < 0 && v + 2 < s->tok_end && strcmp(ng_dep_upos(doc, v + 1), "ADP") != 0)
            m = ng_mention_at(doc, v + 2);
        if (m < 0) {
            /* "..., said another witness, former adviser Fiona Hill." */
            speaker = S_after_verb(doc, v, s->tok_end);
            if (speaker < 0 || doc->actors[speaker].type != NG_ACTOR_PERSON)
                return false;
        } else {
            size_t after = doc->mentions[m].tok_end;
            if (after < s->tok_end && S_ch(doc, after) != ',' && S_ch(doc, after) != '.')
                return false;
            speaker = S_after_verb(doc, v, s->tok_end);
        }
        if (speaker >= 0 && doc->actors[speaker].type == NG_ACTOR_PLACE &&
            doc->actors[speaker].place_kind != NG_PLACE_COUNTRY)
            speaker = -1;
    }
    if (speaker < 0 && !nominal)
        return false;
    const char *text = S_clause_text(doc, start, c, q, nq);
    size_t end = c;
    if (goes_on) { /* (the words said go on after the attribution) */
        end = s->tok_end;
        while (end > goes_on && S_dropped_mark(doc, end - 1))
            end--;
        text = ng_arena_printf(&doc->arena, "%s %s", text, S_clause_text(doc, goes_on, end, q, nq));
    }
    S_add_stmt(doc, false, doc->toks[start].start, doc->toks[end - 1].end, text, speaker, doc->toks[v].lower,
               (uint32_t)si);
    return true;
}

/* Is there a quotation mark among tokens [from, to)? */
static bool S_has_quote(const ng_document *doc, size_t from, size_t to)
{
    for (size_t t = from; t < to; t++)
        if (doc->toks[t].flags & NG_TOK_QUOTE)
            return true;
    return false;
}

/* What "according to" at k attributes to speaker (-1: no one named):
 * the clause after the comma that closes the source phrase (which ends
 * at source_end at the earliest) when the sentence opens with it, else
 * the clause before it and its comma. */
static void S_according_clause(ng_document *doc, size_t si, size_t k, size_t source_end, int speaker, const qspan *q,
                               size_t nq)
{
    const ng_sentence *s = &doc->sents[si];
    size_t from, to;
    if (k == s->tok_start) {
        size_t c = source_end;
        while (c < s->tok_end && S_ch(doc, c) != ',')
            c++;
        from = c + 1;
        to = s->tok_end;
    } else if (k > s->tok_start + 1 && S_ch(doc, k - 1) == ',') {
        from = ng_dateline_end(doc, s);
        to = k - 1;
    } else
        return;
    while (to > from && S_dropped_mark(doc, to - 1) && !(doc->toks[to - 1].flags & NG_TOK_QUOTE))
        to--;
    /* (a clause, with a verb, or long enough to be one the tagger
     * misread: not "At the heart of the trouble, according to X") */
    size_t words = 0;
    for (size_t w = from; w < to; w++)
        words += (doc->toks[w].flags & NG_TOK_WORD) != 0;
    if (to <= from + 2 || to > s->tok_end || (!S_has_verb(doc, from, to) && words < 8))
        return;
    if (S_has_quote(doc, from, to))
        return; /* a direct quote attributed this way is handled as one */
    /* (for people unnamed, a clause with a cue of its own is that cue's
     * report: "Police have said they have no plans to release the
     * recordings, according to two officials"; and the clause before a
     * trailing "according to" is the sentence's whole: not "One of the
     * decisions they made, according to two aides, was ...") */
    for (size_t v = from; v < to && speaker < 0; v++)
        if (S_reporting_word(doc, v) && !strcmp(ng_dep_upos(doc, v), "VERB") &&
            (ng_dep_subject(doc, v) >= 0 || v == from))
            return;
    if (k > s->tok_start && speaker < 0)
        for (size_t t = source_end; t < s->tok_end; t++) {
            if (S_is(doc, t, "who") || S_is(doc, t, "that") || S_is(doc, t, "which"))
                break;
            if (ng_dep_finite(doc, t))
                return;
        }
    const char *text = S_clause_text(doc, from, to, q, nq);
    S_add_stmt(doc, false, doc->toks[from].start, doc->toks[to - 1].end, text, speaker, "according to", (uint32_t)si);
}

/* Do the words from k name people without naming them: a few words, no
 * punctuation, one a noun for a person ("a campaign aide", "two senior
 * officials", "a person familiar with the matter")? */
static bool S_people_unnamed(const ng_document *doc, size_t k, size_t end)
{
    for (size_t n = k; n < end && n < k + 5; n++) {
        if (!(doc->toks[n].flags & NG_TOK_WORD) || ng_mention_at(doc, n) >= 0)
            return false;
        /* (the list has the plurals too: "officials") */
        if (ng_lex_person_noun(doc->lex, doc->toks[n].lower))
            return true;
        /* ("according to a study published on Thursday", "according to
         * court documents": a paper no one the article names wrote,
         * `document-nouns`) */
        if (ng_lex_listed_noun(doc->lex, "document-nouns", doc->toks[n].lower))
            return true;
    }
    return false;
}

/* "CLAUSE, according to X." and "According to X, CLAUSE." */
static void S_according(ng_document *doc, size_t si, const qspan *q, size_t nq)
{
    const ng_sentence *s = &doc->sents[si];
    for (size_t k = s->tok_start; k + 2 < s->tok_end; k++) {
        if (!S_is(doc, k, "according") || !S_is(doc, k + 1, "to") || doc->tok_in_quote[k])
            continue;
        /* "according to the nonpartisan Congressional Budget Office",
         * "according to conservative talk radio host Rush Limbaugh",
         * "according to a new report by Politico": the first name within
         * a few words, before any comma */
        /* (not whom a study is of: "according to a study of more than
         * 500,000 Americans published in the BMJ") */
        int m = -1, by_described = -1;
        size_t by_end = 0;
        bool topic = false; /* past "of", "on", "about" ...; "by" and "from" name the source again */
        bool venue = false, topic_named = false; /* (a name in the topic: "an email from the president of X") */
        for (size_t n = k + 2; n < s->tok_end && n < k + 10 && m < 0; n++) {
            if (doc->toks[n].flags & (NG_TOK_PUNCT | NG_TOK_QUOTE))
                break;
            /* (not "on" a day: "a study published on Thursday") */
            bool on_day = S_is(doc, n, "on") && n + 1 < s->tok_end &&
                          (ng_weekday_from_name(doc->toks[n + 1].lower) >= 0 ||
                           ng_month_from_name(doc->toks[n + 1].lower) > 0);
            /* (nor where a paper appeared: "a paper published in the
             * journal Nature Astronomy" is no journal's saying; "filed in
             * federal court by X" is X's) */
            /* (the participle may have its day between: "a study
             * published Wednesday in the journal ...") */
            if (S_is(doc, n, "in") &&
                (ng_dep_past_participle(doc, n - 1) ||
                 (n >= k + 4 && ng_dep_past_participle(doc, n - 2) &&
                  (ng_weekday_from_name(doc->toks[n - 1].lower) >= 0 || S_is(doc, n - 1, "today") ||
                   S_is(doc, n - 1, "yesterday") || S_is(doc, n - 1, "online")))))
                venue = true;
            if (n > k + 3 && ((S_is(doc, n, "on") && !on_day) || S_is(doc, n, "of") || S_is(doc, n, "about") ||
                              S_is(doc, n, "among") || S_is(doc, n, "into")))
                topic = true;
            else if (S_is(doc, n, "by") || S_is(doc, n, "from")) {
                topic = venue = topic_named = false;
                /* ("according to a statement from the ministry": the
                 * body so described) */
                int described = n + 2 < s->tok_end && S_is(doc, n + 1, "the") ? ng_org_described(doc, n + 1) : -1;
                if (described >= 0) {
                    by_described = described;
                    by_end = n + 3;
                    break;
                }
            }
            m = ng_mention_at(doc, n);
            topic_named = topic_named || (topic && m >= 0 && doc->mentions[m].actor >= 0);
            if (topic || venue)
                m = -1;
        }
        if (by_described >= 0) {
            S_according_clause(doc, si, k, by_end, by_described, q, nq);
            return;
        }
        /* "According to the agency, ...": the body or the one person the
         * article named so */
        if (m < 0 && S_is(doc, k + 2, "the")) {
            size_t e = k + 3;
            while (e < s->tok_end && e < k + 7 && (doc->toks[e].flags & NG_TOK_WORD) &&
                   !(doc->toks[e].flags & NG_TOK_CAP))
                e++;
            int described = ng_org_described(doc, k + 2);
            if (described < 0)
                described = ng_person_described(doc, k + 2, e);
            if (described >= 0 && e < s->tok_end && S_ch(doc, e) == ',' && k == s->tok_start &&
                e + 3 < s->tok_end && !S_has_quote(doc, e + 1, s->tok_end)) {
                size_t to = s->tok_end;
                while (to > e + 1 && S_dropped_mark(doc, to - 1))
                    to--;
                const char *text = S_clause_text(doc, e + 1, to, q, nq);
                S_add_stmt(doc, false, doc->toks[e + 1].start, doc->toks[to - 1].end, text, described,
                           "according to", (uint32_t)si);
            }
            return;
        }
        /* "according to a campaign aide", "according to two senior
         * officials": people the article does not name, whose words stay
         * unattributed */
        /* (or a source named by a name that stands for no actor:
         * "according to flight tracking service Cirium"; whatever names
         * a paper's topic: "according to a study of more than 100,000
         * adults published in the BMJ") */
        bool unread = m >= 0 && doc->mentions[m].actor < 0;
        bool unnamed = (m < 0 || unread) && !topic_named && (unread || S_people_unnamed(doc, k + 2, s->tok_end));
        if (unnamed) {
            S_according_clause(doc, si, k, k + 2, -1, q, nq);
            return;
        }
        if (m < 0 || doc->mentions[m].actor < 0)
            return;
        /* "according to New York Police Commissioner Jessica Tisch": the
         * person holding the title after the body */
        size_t ti = doc->mentions[m].tok_end;
        while (ti < s->tok_end && ti < doc->mentions[m].tok_end + 4 && ng_mention_at(doc, ti) < 0 &&
               (ng_lex_is_title_head(doc->lex, doc->toks[ti].lower) ||
                ng_lex_is_title_mod(doc->lex, doc->toks[ti].lower) ||
                ng_lex_is_title_abbreviation(doc->lex, doc->toks[ti].lower)))
            ti++;
        int holder = ti > doc->mentions[m].tok_end ? ng_mention_at(doc, ti) : -1;
        if (holder >= 0 && doc->mentions[holder].actor >= 0 && doc->mentions[holder].type == NG_ACTOR_PERSON)
            m = holder;
        S_according_clause(doc, si, k, doc->mentions[m].tok_end, doc->mentions[m].actor, q, nq);
        return;
    }
}

/* The kind of speech verb at v (ng_lex_speech_verb; 1 also for "calls X
 * '...'"), or 0 when v is no cue here: quoted, part of a name, a noun, passive,
 * or the inverted attribution of a quote. */
/* Do the words from lo end in "that" right before the first quotation
 * mark of [lo, hi) ("said the verdict showed that "...""), so that what
 * was said goes on in the quote? */
static bool S_lead_in_to_quote(const ng_document *doc, size_t lo, size_t hi)
{
    size_t q = lo;
    while (q < hi && !(doc->toks[q].flags & NG_TOK_QUOTE))
        q++;
    if (q >= hi)
        return false;
    /* (not a few quoted words inside the clause, which goes on after
     * them: "but that "the dignity of the office" was incompatible") */
    size_t close = q + 1;
    while (close < hi && !(doc->toks[close].flags & NG_TOK_QUOTE))
        close++;
    for (size_t k = close + 1; k < hi; k++)
        if (doc->toks[k].flags & NG_TOK_WORD)
            return false;
    while (q > lo && !(doc->toks[q - 1].flags & NG_TOK_WORD))
        q--;
    return q > lo && S_is(doc, q - 1, "that");
}

/* "who added 21 points", "added 200 jobs", "adds $5 billion": "add"
 * before an amount adds it, says nothing. */
static bool S_adds_amount(const ng_document *doc, size_t v)
{
    static const char *const add[] = {"add", "adds", "added", "adding", NULL};
    if (v + 1 >= doc->ntok || !ng_word_in(doc->toks[v].lower, add))
        return false;
    char c = doc->art->text[doc->toks[v + 1].start];
    /* "Rodri added a third", "added a late goal" */
    if ((S_is(doc, v + 1, "a") || S_is(doc, v + 1, "an")) && v + 2 < doc->ntok &&
        ng_lex_listed(doc->lex, "things-added", doc->toks[v + 2].lower))
        return true;
    return (doc->toks[v + 1].flags & NG_TOK_NUM) || c == '$' || !strncmp(doc->toks[v + 1].lower, "\xe2\x82\xac", 3) ||
           !strncmp(doc->toks[v + 1].lower, "\xc2\xa3", 2) || S_is(doc, v + 1, "another") || S_is(doc, v + 1, "two") ||
           S_is(doc, v + 1, "three");
}

/* "pleaded guilty", "pleaded not guilty", "pleaded no contest" at v: a
 * plea to a charge, no words reported. */
static bool S_plea(const ng_document *doc, size_t v)
{
    return v + 1 < doc->ntok && !strncmp(doc->toks[v].lower, "plead", 5) &&
           (S_is(doc, v + 1, "guilty") || S_is(doc, v + 1, "not") || S_is(doc, v + 1, "no") ||
            S_is(doc, v + 1, "innocent"));
}

/* "That figure has continued to drop": a verb of going on (`aspect-verbs`)
 * before "to" and a verb of no saying says what went on, no words anyone
 * said (""...," he continued" does report). */
static bool S_goes_on_doing(const ng_document *doc, size_t v)
{
    /* (not "continued to question whether", "continued to complain
     * that": words of saying go on) */
    return ng_lex_listed(doc->lex, "aspect-verbs", doc->toks[v].lower) && S_is(doc, v + 1, "to") &&
           !(v + 2 < doc->ntok && (ng_lex_speech_verb(doc->lex, doc->toks[v + 2].lower) ||
                                   ng_lex_listed(doc->lex, "stance-verbs", doc->toks[v + 2].lower) ||
                                   S_is(doc, v + 3, "that") || S_is(doc, v + 3, "whether")));
}

static int S_cue_kind(ng_document *doc, size_t si, size_t v, const qspan *q, size_t nq, bool *calls_out)
{
    const ng_sentence *s = &doc->sents[si];
    int kind = ng_lex_speech_verb(doc->lex, doc->toks[v].lower);
    bool calls = !kind && S_calls_quoted(doc, v, s->tok_end);
    if (calls)
        kind = 1;
    if (!kind || doc->tok_in_quote[v] || S_adds_amount(doc, v))
        return 0;
    /* "the United States and China": a word of a name */
    if (ng_mention_at(doc, v) >= 0)
        return 0;
    /* "to say", "the accused", "checked on accused sex trafficker X":
     * no verb of speaking */
    if (v > s->tok_start && (S_is(doc, v - 1, "to") || S_is(doc, v - 1, "the") || S_is(doc, v - 1, "a") ||
                             S_is(doc, v - 1, "an") || S_is(doc, v - 1, "on") || S_is(doc, v - 1, "of") ||
                             S_is(doc, v - 1, "for") || S_is(doc, v - 1, "with") || S_is(doc, v - 1, "by") ||
                             S_is(doc, v - 1, "against") || S_is(doc, v - 1, "about")))
        return 0;
    if (S_passive(doc, v) || S_goes_on_doing(doc, v))
        return 0;
    /* "easing worries that spending was slowing", "raised fears that":
     * a word of thinking the parse reads as a noun after a verb, an
     * adjective or an owner is what someone feels, no verb of anyone's */
    const char *before = v > s->tok_start ? ng_dep_upos(doc, v - 1) : "";
    if (kind == 2 && !strcmp(ng_dep_upos(doc, v), "NOUN") &&
        (!strcmp(before, "VERB") || !strcmp(before, "ADJ") || !strcmp(before, "DET") ||
         (v > s->tok_start && (doc->toks[v - 1].flags & NG_TOK_POSS))))
        return 0;
    if (S_plea(doc, v))
        return 0;
    if (kind == 1 && S_inverted(doc, si, v, q, nq))
        return 0;
    *calls_out = calls;
    return kind;
}

/* Where the clause of the verb at v begins. */
/* Does a subordinate clause open at word p (`subordinate-openers`:
 * "although", "when", ...)? */
static bool S_opens_subordinate(const ng_document *doc, size_t p)
{
    return ng_lex_listed(doc->lex, "subordinate-openers", doc->toks[p].lower);
}

static size_t S_verb_clause(ng_document *doc, const ng_sentence *s, size_t v)
{
    /* the subject is in the verb's own clause: "..., but General X, chairman of Y, told" */
    size_t clause = s->tok_start;
    /* the last boundary before the verb, found from the verb back (the
     * words before v - 1; none when the verb opens the sentence) */
    for (size_t p = v > s->tok_start + 1 ? v - 1 : s->tok_start; p-- > s->tok_start;) {
        size_t q = S_past_close(doc, p, v);
        if (S_ch(doc, p) == ';' || (S_ch(doc, p) == ',' && (S_is(doc, q, "but") || S_is(doc, q, "while") ||
                                                            S_is(doc, q, "and") || S_is(doc, q, "whereas")))) {
            clause = q;
            break;
        }
    }
    /* "Although Hitler was born there, Austria argued ...": the
     * subordinate clause before the first comma has no say (nor after an
     * adverb: "Shortly after Clinton won, Sanders told ...") */
    if (clause == s->tok_start &&
        (S_opens_subordinate(doc, s->tok_start) ||
         (s->tok_start + 1 < v && !strcmp(ng_dep_upos(doc, s->tok_start), "ADV") &&
          S_opens_subordinate(doc, s->tok_start + 1))))
        for (size_t p = s->tok_start; p + 1 < v; p++)
            if (S_ch(doc, p) == ',') {
                clause = p + 1;
                break;
            }
    return clause;
}

/* Verbs whose report is their object ("accused X of", "urged X to",
 * "described X as") rather than a "that" clause. */
static bool S_object_clause(ng_document *doc, const ng_sentence *s, size_t v, bool calls)
{
    bool object_clause = S_is(doc, v, "accused") || S_is(doc, v, "accuses") || S_is(doc, v, "accusing") ||
                         S_is(doc, v, "urged") || S_is(doc, v, "urges") || S_is(doc, v, "urging") ||
                         S_is(doc, v, "urge") || S_is(doc, v, "prayed") || S_is(doc, v, "praying") ||
                         S_is(doc, v, "prays") || calls ||
                         S_is(doc, v, "described") || S_is(doc, v, "describes") ||
                         (S_is(doc, v, "claimed") && S_is(doc, v + 1, "responsibility"));
    if ((S_is(doc, v, "condemned") || S_is(doc, v, "denounced") || S_is(doc, v, "criticized") ||
         S_is(doc, v, "described") || S_is(doc, v, "rejected") || S_is(doc, v, "dismissed")) && !object_clause)
        for (size_t p = v + 1; p < s->tok_end && p < v + 10; p++)
            if (S_is(doc, p, "as")) {
                object_clause = true;
                break;
            }
    return object_clause;
}

/* What the reporting verb at v is followed by: the addressee of "told",
 * and where the reported clause starts (k), opened by "that", a wh-word,
 * a pronoun or nothing. */
typedef struct report_cue {
    size_t k;
    int speaker, recipient;
    bool that, wh, bare;
} report_cue;

/* Where the "that" clause the parse hangs off the reporting verb v starts,
 * when only the verb's own dependents stand between k and its "that"
 * ("wrote on social media that ...", "warned last month that ...",
 * "said in a statement on Wednesday that ..."); k when there is none. */
static size_t S_that_clause_start(const ng_document *doc, size_t v, size_t k, size_t end)
{
    if (!ng_dep_parsed(doc))
        return k;
    for (size_t p = k; p < end && p < k + 10; p++) {
        if (doc->toks[p].flags & (NG_TOK_QUOTE | NG_TOK_PUNCT))
            return k;
        /* (a verb before the "that" is a clause of its own, reported
         * too: "said care would continue and that operations ..."; not a
         * participle of a noun: "told an invited crowd that") */
        if ((!strcmp(ng_dep_upos(doc, p), "VERB") || !strcmp(ng_dep_upos(doc, p), "AUX")) &&
            !S_rel_in(ng_dep_rel(doc, p), (const char *const[]){"amod", "acl", "compound", NULL}))
            return k;
        if (!S_is(doc, p, "that") || strcmp(ng_dep_rel(doc, p), "mark") != 0)
            continue;
        /* the clause hangs off the verb, or, misread as a noun's clause,
         * off the verb's oblique before it ("warned last month that") */
        int head = ng_dep_head(doc, p);
        int above = head >= 0 ? ng_dep_head(doc, (size_t)head) : -1;
        if (above >= 0 && above != (int)v && ng_dep_head(doc, (size_t)above) == (int)v && (size_t)above < p &&
            !strncmp(ng_dep_rel(doc, (size_t)above), "obl", 3))
            above = (int)v;
        return above == (int)v ? p + 1 : k;
    }
    return k;
}

static void S_complement(ng_document *doc, const ng_sentence *s, size_t v, report_cue *rc)
{
    size_t k = rc->k;
    int speaker = rc->speaker, recipient = rc->recipient;
    if (S_is(doc, v, "told") || S_is(doc, v, "tells")) {
        recipient = S_actor_at(doc, k);
        int m = ng_mention_at(doc, k);
        if (m >= 0)
            k = doc->mentions[m].tok_end;
        else if (k < s->tok_end && (doc->toks[k].flags & NG_TOK_WORD))
            k++;
    }
    /* temporal words between verb and clause: "said Tuesday that", "said on
     * Monday"; not "said on a call with analysts" */
    for (;;) {
        if (k < s->tok_end && (ng_weekday_from_name(doc->toks[k].lower) >= 0 ||
                               (S_is(doc, k, "on") && k + 1 < s->tok_end &&
                                (ng_weekday_from_name(doc->toks[k + 1].lower) >= 0 ||
                                 ng_month_from_name(doc->toks[k + 1].lower) > 0)) ||
                               S_is(doc, k, "yesterday") || S_is(doc, k, "today") || S_is(doc, k, "earlier") ||
                               S_is(doc, k, "later") || S_is(doc, k, "afterward") || S_is(doc, k, "afterwards") ||
                               /* (any adverb right before "that": "told reporters privately that") */
                               (!strcmp(ng_dep_upos(doc, k), "ADV") && k + 1 < s->tok_end && S_is(doc, k + 1, "that"))))
            k++;
        /* "said last week that", "said earlier this month that"; not "said
         * last year was the hottest", where the period is the subject, nor
         * "said this year's selection showed", where it owns the subject */
        else if (k + 2 < s->tok_end && (S_is(doc, k, "last") || S_is(doc, k, "this")) &&
                 ng_lex_listed(doc->lex, "time-periods", doc->toks[k + 1].lower) &&
                 !(doc->toks[k + 2].flags & NG_TOK_POSS) &&
                 strcmp(ng_dep_upos(doc, k + 2), "AUX") != 0 && strcmp(ng_dep_upos(doc, k + 2), "VERB") != 0)
            k += 2;
        else
            break;
    }
    bool that = false;
    /* "disputed [Russian foreign minister] Lavrov's assertion that ..." */
    for (size_t p = k; p + 2 < s->tok_end && p < k + 8; p++) {
        if ((doc->toks[p].flags & NG_TOK_POSS) &&
            (S_is(doc, p + 1, "assertion") || S_is(doc, p + 1, "claim") || S_is(doc, p + 1, "claims") ||
             S_is(doc, p + 1, "statement") || S_is(doc, p + 1, "argument") || S_is(doc, p + 1, "insistence")) &&
            S_is(doc, p + 2, "that")) {
            int owner = S_actor_at(doc, p - 1);
            if (owner >= 0) {
                speaker = owner;
                k = p + 3;
                that = true;
            }
            break;
        }
    }
    if (!that && k < s->tok_end && S_is(doc, k, "that")) {
        that = true;
        k++;
    } else if (!that && recipient >= 0) {
        for (size_t p = k; p < s->tok_end && p < k + 10; p++) {
            if (doc->toks[p].flags & (NG_TOK_PUNCT | NG_TOK_QUOTE))
                break;
            if (S_is(doc, p, "that")) {
                that = true;
                k = p + 1;
                break;
            }
        }
    } else if (!that && k + 3 < s->tok_end && (S_is(doc, k, "for") || S_is(doc, k, "in") || S_is(doc, k, "on"))) {
        /* "said in a statement that", "said on a call with analysts that" */
        for (size_t p = k + 1; p < k + 7 && p < s->tok_end && !(doc->toks[p].flags & (NG_TOK_PUNCT | NG_TOK_QUOTE));
             p++)
            if (S_is(doc, p, "that")) {
                that = true;
                k = p + 1;
                break;
            }
    }
    size_t opened = that ? k : S_that_clause_start(doc, v, k, s->tok_end);
    if (opened > k) {
        that = true;
        k = opened;
    }
    bool wh = k < s->tok_end && (S_is(doc, k, "how") || S_is(doc, k, "why") || S_is(doc, k, "whether") ||
                                S_is(doc, k, "what") || S_is(doc, k, "if"));
    /* "told the committee he tried ...": a clause opened by a pronoun */
    if (!that && (S_is(doc, v, "told") || S_is(doc, v, "tells")))
        for (size_t p = v + 1; p < s->tok_end && p <= v + 5; p++) {
            if (doc->toks[p].flags & (NG_TOK_PUNCT | NG_TOK_QUOTE))
                break;
            if (p > v + 1 && (S_is(doc, p, "he") || S_is(doc, p, "she") || S_is(doc, p, "they") ||
                              S_is(doc, p, "it") || S_is(doc, p, "we"))) {
                that = true;
                k = p;
                break;
            }
        }
    /* "told Polygraph.info the allegations are false": a bare clause */
    bool bare = false;
    if (!that && !wh && recipient >= 0)
        for (size_t p = k; p < s->tok_end && p < k + 10 && !bare; p++) {
            if (doc->toks[p].flags & (NG_TOK_QUOTE))
                break;
            bare = S_is(doc, p, "is") || S_is(doc, p, "are") || S_is(doc, p, "was") || S_is(doc, p, "were") ||
                   S_is(doc, p, "will") || S_is(doc, p, "would") || S_is(doc, p, "has") ||
                   S_is(doc, p, "have") || S_is(doc, p, "could") || S_is(doc, p, "had");
        }
    rc->k = k;
    rc->speaker = speaker;
    rc->recipient = recipient;
    rc->that = that;
    rc->wh = wh;
    rc->bare = bare;
}

/* Do the words from k to the end of the sentence name a source and a
 * verb of saying and nothing more: ", state media reported.", ", the
 * agency said."? */
static bool S_trailing_attribution(const ng_document *doc, const ng_sentence *s, size_t k)
{
    size_t last = s->tok_end;
    while (last > k && S_dropped_mark(doc, last - 1))
        last--;
    if (last <= k + 1 || last - k > 6 || ng_lex_speech_verb(doc->lex, doc->toks[last - 1].lower) != 1)
        return false;
    for (size_t p = k; p + 1 < last; p++)
        if (!(doc->toks[p].flags & NG_TOK_WORD) || ng_lex_speech_verb(doc->lex, doc->toks[p].lower) ||
            !strcmp(ng_dep_upos(doc, p), "VERB") || !strcmp(ng_dep_upos(doc, p), "AUX"))
            return false;
    return true;
}

/* "have not said", "did not say", "never said": words nobody said. The
 * words between the auxiliary and the verb of saying are read back. */
static bool S_negated_cue(const ng_document *doc, size_t v)
{
    size_t lo = doc->sents[doc->toks[v].sent].tok_start;
    for (size_t k = v, n = 0; k > lo && n < 3; n++) {
        k--;
        if (S_is(doc, k, "not") || S_is(doc, k, "n't") || S_is(doc, k, "never"))
            return true;
        const char *upos = ng_dep_upos(doc, k);
        if (strcmp(upos, "AUX") != 0 && strcmp(upos, "ADV") != 0 && strcmp(upos, "PART") != 0)
            return false;
    }
    return false;
}

/* ", but Ambassador Hamdullah Mohib says ...": a conjunction followed by
 * someone and a verb of saying of their own opens another report. */
static bool S_next_speaker(const ng_document *doc, size_t cj, size_t end)
{
    if (!(S_is(doc, cj, "and") || S_is(doc, cj, "but")))
        return false;
    bool someone = false;
    for (size_t j = cj + 1; j < end && j <= cj + 7; j++) {
        if (ng_lex_speech_verb(doc->lex, doc->toks[j].lower) == 1)
            return someone;
        if (S_ch(doc, j) == ',' || ng_dep_finite(doc, j))
            return false;
        someone = someone || ng_mention_at(doc, j) >= 0;
    }
    return false;
}

/* Is the word at j a verb joined ("conj") to a word before k, with no
 * subject of its own? */
static bool S_joined_before(const ng_document *doc, size_t j, size_t k)
{
    if (j >= doc->ntok || strcmp(ng_dep_upos(doc, j), "VERB") != 0 || strcmp(ng_dep_rel(doc, j), "conj") != 0)
        return false;
    int h = ng_dep_head(doc, j);
    return h >= 0 && (size_t)h < k && ng_dep_subject(doc, j) < 0;
}

/* End of the reported content that starts at k: the end of its clause;
 * when the sentence opens with a subordinate clause, its closing comma. */
static size_t S_content_end(ng_document *doc, const ng_sentence *s, size_t k, bool fronted, bool relative)
{
    size_t end = k;
    while (end < s->tok_end) {
        /* "Musk, who has called de Moraes a "dictator," wrote on X": a
         * report in a relative clause ends at the comma before the verb
         * of the clause it hangs from */
        size_t after = S_past_close(doc, end, s->tok_end);
        if (relative && S_ch(doc, end) == ',' && end > k && after < s->tok_end && ng_dep_finite(doc, after) &&
            !strcmp(ng_dep_upos(doc, after), "VERB"))
            break;
        if (fronted && S_ch(doc, end) == ',' && end > k + 2 && !doc->tok_in_quote[end])
            break;
        if (S_ch(doc, end) == ';')
            break;
        const ng_token *t = &doc->toks[end];
        const unsigned char *u = (const unsigned char *)doc->art->text + t->start;
        if ((t->flags & NG_TOK_PUNCT) && t->end - t->start == 3 && u[0] == 0xE2 && u[1] == 0x80 && u[2] == 0x94)
            break;
        /* (not verbs joined themselves: "the security of Israel "was and
         * will always remain ..."") */
        if ((S_is(doc, end, "and") || S_is(doc, end, "but")) && end + 1 < s->tok_end &&
            (end == k || strcmp(ng_dep_upos(doc, end - 1), "AUX") != 0) &&
            (S_is(doc, end + 1, "may") || S_is(doc, end + 1, "might") || S_is(doc, end + 1, "will") ||
             S_is(doc, end + 1, "would") || S_is(doc, end + 1, "could") || S_is(doc, end + 1, "can") ||
             S_is(doc, end + 1, "should") || S_is(doc, end + 1, "also")))
            break;
        /* "said the results were encouraging but warned that ...": a
         * second verb of saying of the same speaker opens a report of its
         * own */
        if ((S_is(doc, end, "and") || S_is(doc, end, "but")) && end + 1 < s->tok_end &&
            ng_lex_speech_verb(doc->lex, doc->toks[end + 1].lower) == 1)
            break;
        /* "said the resignation was "unavoidable" and called on the
         * government to ...": a verb joined to one before the content,
         * with no subject of its own, is the speaker's next doing */
        if ((S_is(doc, end, "and") || S_is(doc, end, "but")) && S_joined_before(doc, end + 1, k))
            break;
        /* (", adding that ...", ", noting ...": a verb of saying of its own) */
        size_t nx = end + 1, cj = S_past_close(doc, end, s->tok_end); /* ',”' and ',' alike */
        if (S_ch(doc, end) == ',' && nx < s->tok_end &&
            (S_is(doc, nx, "as") || S_is(doc, nx, "while") || S_is(doc, nx, "according") || S_is(doc, nx, "he") ||
             S_is(doc, nx, "she") || ng_lex_speech_verb(doc->lex, doc->toks[nx].lower) == 1))
            break;
        /* (",” while ...": not ",” as well as", which goes on; ",”
         * according to ...": whose report it is) */
        if (S_ch(doc, end) == ',' && cj > nx && cj < s->tok_end &&
            (S_is(doc, cj, "while") || S_is(doc, cj, "whereas") || S_is(doc, cj, "according")))
            break;
        /* "..., state media reported.": an attribution of its own closes
         * the sentence */
        if (S_ch(doc, end) == ',' && !doc->tok_in_quote[end] && S_trailing_attribution(doc, s, end + 1))
            break;
        /* ", and both analysts and sources told ...": another clause
         * with a subject of its own */
        if (S_ch(doc, end) == ',' && cj + 1 < s->tok_end && (S_is(doc, cj, "and") || S_is(doc, cj, "but")) &&
            (S_is(doc, cj + 1, "both") || S_is(doc, cj + 1, "he") || S_is(doc, cj + 1, "she") ||
             S_is(doc, cj + 1, "they") || S_is(doc, cj + 1, "we") ||
             (ng_mention_at(doc, cj + 1) >= 0 && doc->mentions[ng_mention_at(doc, cj + 1)].tok_start == cj + 1) ||
             S_next_speaker(doc, cj, s->tok_end))) {
            if (cj > end + 1)
                end = cj; /* keep the closing mark with its words */
            break;
        }
        end++;
    }
    while (end > k && S_dropped_mark(doc, end - 1) && !(doc->toks[end - 1].flags & NG_TOK_QUOTE))
        end--;
    return end;
}

/* Is the report [k, end) only the words that lead into a long direct
 * quote ending it: 'wrote that the warning was "a clear sign the cycle
 * has turned."'? Its predicate is in the quote, which S_direct_quotes
 * reports; what S_clause_text leaves ("the warning was") says nothing. */
static bool S_lead_in_only(const ng_document *doc, size_t k, size_t end, const qspan *q, bool keep)
{
    size_t last = end;
    while (last > k && S_dropped_mark(doc, last - 1) && !(doc->toks[last - 1].flags & NG_TOK_QUOTE))
        last--;
    if (keep || last <= k || !(doc->toks[last - 1].flags & NG_TOK_CLOSE) || !ng_dep_parsed(doc))
        return false;
    const qspan *span = NULL;
    for (size_t o = k; o < last && !span; o++)
        if ((doc->toks[o].flags & NG_TOK_OPEN) && doc->tok_quote_open[o] >= 0 &&
            q[doc->tok_quote_open[o]].close == last - 1)
            span = &q[doc->tok_quote_open[o]];
    if (!span || span->open <= k || S_quote_words(doc, span) <= 4)
        return false;
    /* a copula or a determiner waiting for its words, an adverb between
     * ("Europe was now "the global standard-setter""); not "urged the
     * court to [direct ...]", whose lead-in is itself a report */
    size_t w = span->open - 1;
    while (w > k && !strcmp(ng_dep_upos(doc, w), "ADV"))
        w--;
    const char *upos = ng_dep_upos(doc, w);
    return !strcmp(upos, "AUX") || !strcmp(upos, "DET");
}

/* "Biden blocked the purchase, citing national security, a move the two
 * companies said they would challenge": where the cue's subject is a
 * common noun ("the two companies"), a name before it across a comma is
 * not who spoke. */
static bool S_speaker_beyond_subject(const ng_document *doc, const ng_sentence *s, size_t v, int speaker)
{
    int subj = ng_dep_parsed(doc) ? ng_dep_child(doc, v, "nsubj") : -1;
    /* (a noun phrase of its own, with its determiner or in the plural:
     * "where restructuring experts say"; not "Megan Hester, senior
     * associate at the institute, said") */
    if (subj < 0 || subj > (int)v || strcmp(ng_dep_upos(doc, (size_t)subj), "NOUN") != 0 ||
        ng_mention_at(doc, (size_t)subj) >= 0)
        return false;
    bool plural = ng_plural_word(doc->toks[subj].lower);
    if (ng_dep_child(doc, (size_t)subj, "det") < 0 && !plural)
        return false;
    size_t from = (size_t)subj;
    while (from > s->tok_start && (int)from > subj - 4 && (doc->toks[from - 1].flags & NG_TOK_WORD) &&
           ng_mention_at(doc, from - 1) < 0 && !S_subordinator(doc, from - 1))
        from--;
    for (size_t k = s->tok_start; k < from; k++) {
        int m = ng_mention_at(doc, k);
        if (m < 0 || doc->mentions[m].actor != speaker)
            continue;
        /* (or a subordinator: "Toyoda faced a vote after proxy advisers
         * urged investors to reject him") */
        for (size_t c = doc->mentions[m].tok_end; c < from; c++)
            if (S_ch(doc, c) == ',' || S_subordinator(doc, c))
                return true;
    }
    return false;
}

/* Whether the words from the phrase headed by token k to the verb v name
 * actor a ("Red Bull team principal Christian Horner praised", whose
 * subject some parses find at "team"). */
static bool S_names_actor(const ng_document *doc, size_t k, size_t v, int a)
{
    size_t lo, hi;
    ng_dep_phrase(doc, k, &lo, &hi);
    for (size_t p = lo; p < v; p++)
        if (S_actor_at(doc, p) == a)
            return true;
    return false;
}

/* "praised his driver, saying Verstappen had made no mistakes": a verb of
 * saying's participle after a comma, hanging from the verb before it,
 * whose complement the parse reads as a clause (finite, or with a subject
 * of its own), reports it as "said" would ("saying the Lord's Prayer"
 * does not). */
static bool S_participle_with_clause(const ng_document *doc, size_t v)
{
    if (v == 0 || S_ch(doc, v - 1) != ',' || !ng_tok_ing_form(doc, v) || strcmp(ng_dep_rel(doc, v), "advcl") != 0 ||
        ng_dep_head(doc, v) >= (int)v)
        return false;
    int c = ng_dep_child(doc, v, "ccomp");
    return c > (int)v && (ng_dep_finite(doc, (size_t)c) || ng_dep_subject(doc, (size_t)c) > (int)v);
}

/* The verb a participle of saying goes with: the one it hangs from, or,
 * when the parse hangs it from the clause a verb of saying reports ("Holt
 * said taxes would not rise, adding that ..."), that verb: a participle
 * of saying is its speaker's, not the reported clause's subject's. */
static size_t S_participle_host(const ng_document *doc, size_t v)
{
    size_t head = (size_t)ng_dep_head(doc, v);
    int up = ng_dep_head(doc, head);
    if (up >= 0 && (size_t)up < head && !strcmp(ng_dep_rel(doc, head), "ccomp") &&
        ng_lex_speech_verb(doc->lex, doc->toks[up].lower) == 1)
        return (size_t)up;
    return head;
}

/* A report whose cue is the word v of sentence si; returns where to look
 * for the next cue (v itself when there is none). */
static bool S_listed_verb(const ng_document *doc, const char *list, size_t k);

/* Whether the words k..end are an object pronoun ("it", "him") and
 * quoted words, then at most a phrase with no verb ("on social media"). */
static bool S_pronoun_then_quote(const ng_document *doc, size_t k, size_t end, const qspan *q)
{
    if (k + 1 >= end || !ng_lex_listed(doc->lex, "object-pronouns", doc->toks[k].lower) ||
        !(doc->toks[k + 1].flags & NG_TOK_OPEN) || doc->tok_quote_open[k + 1] < 0)
        return false;
    size_t close = q[doc->tok_quote_open[k + 1]].close;
    for (size_t t = close + 1; t < end; t++)
        if (!strcmp(ng_dep_upos(doc, t), "VERB") || !strcmp(ng_dep_upos(doc, t), "AUX") ||
            (doc->toks[t].flags & NG_TOK_QUOTE))
            return false;
    /* (and only where the quote is long enough to be a statement of its
     * own: "a giant" is not, and the report keeps it) */
    return S_quote_words(doc, &q[doc->tok_quote_open[k + 1]]) >= 3;
}

static size_t S_report_at(ng_document *doc, size_t si, size_t v, const qspan *q, size_t nq)
{
    const ng_sentence *s = &doc->sents[si];
    bool calls = false;
    int kind = S_cue_kind(doc, si, v, q, nq, &calls);
    if (!kind || S_negated_cue(doc, v))
        return v;
    /* ("what he called "a witch hunt"": the quote alone is what was said) */
    if (calls && v + 1 < s->tok_end && (doc->toks[v + 1].flags & NG_TOK_OPEN))
        return v;
    size_t clause = S_verb_clause(doc, s, v);
    int relative = S_relative_subject(doc, v);
    int before_clause = relative == -2 ? S_subject_before_where(doc, clause, v) : -1;
    report_cue rc = {v + 1,
                     relative != -2       ? relative
                     : before_clause >= 0 ? before_clause
                                          : S_subject(doc, clause, S_subject_end(doc, clause, v)),
                     -1, false, false, false};
    /* skip the inverted attribution of a direct quote: "..., said X." */
    if (v > s->tok_start && (doc->toks[v - 1].flags & NG_TOK_CLOSE))
        return v;
    if (v > s->tok_start + 1 && S_ch(doc, v - 1) == ',' && (doc->toks[v - 2].flags & NG_TOK_CLOSE))
        return v;
    /* "years of abuse, which she described in her memoir": the relative
     * pronoun is what was told of; the words after the verb say where */
    int object = ng_dep_object(doc, v);
    if (object >= 0 && (size_t)object < v && !strcmp(ng_dep_rel(doc, v), "acl:relcl") &&
        (S_is(doc, (size_t)object, "which") || S_is(doc, (size_t)object, "that")) && v + 1 < s->tok_end &&
        !strcmp(ng_dep_upos(doc, v + 1), "ADP"))
        return v;
    bool object_clause = S_object_clause(doc, s, v, calls);
    S_complement(doc, s, v, &rc);
    size_t k = rc.k;
    int speaker = rc.speaker, recipient = rc.recipient;
    /* "a court revived lawsuits claiming that ...": a participle right
     * after a noun describes it, and the noun says it, no one named;
     * unless the subject issued it ("filed a lawsuit claiming", "issued a
     * statement saying": `issuing-verbs`; "his remarks calling": an
     * owner's) */
    if (speaker >= 0 && v > s->tok_start && ng_tok_ing_form(doc, v) && !strcmp(ng_dep_upos(doc, v - 1), "NOUN") &&
        ng_mention_at(doc, v - 1) < 0 && ng_dep_head(doc, v) == (int)v - 1 && !strcmp(ng_dep_rel(doc, v), "acl") &&
        ng_dep_child(doc, v - 1, "nmod:poss") < 0) {
        int g = ng_dep_head(doc, v - 1);
        if (g < 0 || !S_listed_verb(doc, "issuing-verbs", (size_t)g))
            speaker = -1;
    }
    bool that = rc.that, wh = rc.wh, bare = rc.bare;
    /* "Simpson suggested the most likely reason ... is fear": a verb
     * that takes a clause, and a clause with a verb of its own
     * before any comma or relative word */
    if (!that && !wh && !object_clause && !bare && !S_say_like(doc, doc->toks[v].lower) &&
        !S_participle_with_clause(doc, v) &&
        !(kind == 1 && S_clause_verb(doc, doc->toks[v].lower) && S_bare_clause(doc, k, s->tok_end)))
        return v;
    /* (its speaker is the verb's subject: "Some candidates have called for
     * ... the Islamic State ..., saying" is no one named, nor is "The
     * Wisconsin Republican did give Trump some credit, saying" Trump; "he
     * said, noting" is whom "he" stands for) */
    if (S_participle_with_clause(doc, v)) {
        size_t head = (size_t)ng_dep_head(doc, v);
        int subject = ng_dep_subject(doc, head);
        if (!(subject >= 0 && (size_t)subject < head &&
              (S_pronoun_he(doc->toks[subject].lower) || S_names_actor(doc, (size_t)subject, head, speaker)))) {
            head = S_participle_host(doc, v);
            subject = ng_dep_subject(doc, head);
        }
        if (subject >= 0 && (size_t)subject < head && S_pronoun_he(doc->toks[subject].lower))
            speaker = ng_person_for_pronoun(doc, (size_t)subject);
        else if (subject >= 0 && (size_t)subject < head && !S_names_actor(doc, (size_t)subject, head, speaker))
            return v;
    }
    const ng_statement *inverted = S_inverted_before(doc, si, v);
    if (inverted) {
        if (inverted->speaker < 0)
            return v;
        speaker = inverted->speaker;
    }
    if (!that && !wh && !object_clause && S_cognition(doc, doc->toks[v].lower) && !S_finite_within(doc, k, s->tok_end))
        return v;
    /* "NASA added smaller landers to the contract": what a verb of saying
     * takes without "that" is a clause, with a finite verb the parse
     * sees, or a thing (an object, no report) */
    if (!that && !wh && !object_clause && !bare && ng_dep_parsed(doc) && !S_parsed_finite_within(doc, k, s->tok_end) &&
        !S_finite_within(doc, k, s->tok_end))
        return v;
    if (speaker < 0 || S_speaker_beyond_subject(doc, s, v, speaker))
        return v;
    /* (nor words that open with a finite verb, whose subject stands before
     * the speaker: "convictions that his party says are politically
     * motivated") */
    if (k < s->tok_end && k == v + 1 && ng_dep_finite(doc, k) && strcmp(ng_dep_upos(doc, k), "PRON") != 0)
        return v;
    /* (nor a noun the verb takes as its object, a relative clause its
     * first verb: "added goals for the world champions, who played
     * without Messi") */
    if (!that && !wh && !object_clause && k == v + 1 && k < s->tok_end && ng_dep_object(doc, v) == (int)k &&
        !strcmp(ng_dep_upos(doc, k), "NOUN")) {
        /* (the noun's words up to ", who" or ", which", none of them a
         * finite verb) */
        size_t r = k + 1;
        while (r + 1 < s->tok_end && !ng_dep_finite(doc, r) &&
               !(S_ch(doc, r) == ',' && (S_is(doc, r + 1, "who") || S_is(doc, r + 1, "which"))))
            r++;
        if (r + 1 < s->tok_end && S_ch(doc, r) == ',')
            return v;
    }
    /* (nor "hoping (praying?) for ...": no report starts by closing
     * something) */
    if (k >= s->tok_end || S_ch(doc, k) == ',' || S_ch(doc, k) == '.' || S_ch(doc, k) == '?' ||
        S_ch(doc, k) == '!' || S_ch(doc, k) == ')')
        return v;
    if (!that && !wh && !object_clause && (S_is(doc, k, "during") || S_is(doc, k, "at") || S_is(doc, k, "in") ||
                                           S_is(doc, k, "on") ||
                         S_is(doc, k, "after") || S_is(doc, k, "before") || S_is(doc, k, "with") ||
                         S_is(doc, k, "to") || S_is(doc, k, "for") || S_is(doc, k, "about") ||
                         S_is(doc, k, "so") || S_is(doc, k, "as")))
        return v;
    /* ("told the judge before he was sentenced": a clause of time or
     * cause after the addressee is no report) */
    if (k > v + 1 && S_subordinator(doc, k - 1) && !S_is(doc, k - 1, "if") && !S_is(doc, k - 1, "as"))
        return v;
    /* (any preposition the parse reads: "he said through a translator") */
    if (!that && !wh && !object_clause && ng_dep_parsed(doc) && !strcmp(ng_dep_upos(doc, k), "ADP") &&
        !strcmp(ng_dep_rel(doc, k), "case"))
        return v;
    /* "warned of a hotter year", "accused of killing her husband": what
     * the words are about, not what was said */
    if (S_is(doc, k, "of") || S_is(doc, k, "over") || S_is(doc, k, "against"))
        return v;
    /* a bare quote after the verb is a direct quote, not a report */
    if (doc->toks[k].flags & NG_TOK_OPEN) {
        size_t close = doc->tok_quote_open[k] >= 0 ? q[doc->tok_quote_open[k]].close : k;
        if (close + 2 >= s->tok_end)
            return v;
    }
    /* content: to the end of the clause; when the sentence opens
     * with a subordinate clause ("Although X suggested ..., Y told
     * ..."), to its closing comma */
    bool fronted = S_subordinator(doc, s->tok_start) && clause == s->tok_start;
    size_t end = S_content_end(doc, s, k, fronted, relative != -2);
    size_t words = 0;
    for (size_t w = k; w < end; w++)
        words += (doc->toks[w].flags & NG_TOK_WORD) != 0;
    if (words < 3)
        return v;
    /* "wrote a host of new songs": what is written without a clause is a
     * work, not words said ("reported a rise in sales", "described that
     * as a threat" say something) */
    bool write = S_is(doc, v, "wrote") || S_is(doc, v, "write") || S_is(doc, v, "writes") || S_is(doc, v, "written");
    if (write && !calls && !(doc->toks[k].flags & NG_TOK_OPEN) && !S_has_verb(doc, k, end))
        return v;
    const char *text = S_clause_text_keep(doc, k, end, q, nq, calls);
    size_t text_words = 0;
    for (const char *c = text; *c; c++)
        text_words += (c == text || c[-1] == ' ') && *c != ' ' && *c != ':' && *c != ',';
    if (text_words < 3 || S_lead_in_only(doc, k, end, q, calls))
        return v;
    /* "said the verdict showed that "public corruption ..."": what was
     * said goes on in the quote, which is the statement */
    if (S_lead_in_to_quote(doc, k, end < s->tok_end ? end + 1 : end))
        return v;
    /* "calling him "an exceptional man"": a pronoun and the quoted words
     * name nothing the quote does not */
    if (calls && S_pronoun_then_quote(doc, k, end, q))
        return v;
    S_add_stmt(doc, false, doc->toks[k].start, doc->toks[end - 1].end, text, speaker,
               doc->toks[v].lower, (uint32_t)si);
    doc->stmts[doc->nstmt - 1].recipient = recipient;
    return end;
}

static void S_reported(ng_document *doc, const qspan *q, size_t nq)
{
    for (size_t si = 0; si < doc->nsent; si++) {
        const ng_sentence *s = &doc->sents[si];
        if (doc->art->paras[s->para].kind == NG_PARA_HEADING)
            continue;
        S_according(doc, si, q, nq);
        for (size_t v = s->tok_start; v < s->tok_end; v++)
            v = S_report_at(doc, si, v, q, nq);
    }
}

/* Is most of [lo, hi) inside quotation marks? Then it is a direct quote,
 * which S_direct_quotes reports with its exact words. */
static bool S_mostly_quoted(const ng_document *doc, size_t lo, size_t hi)
{
    size_t words = 0, quoted = 0;
    for (size_t k = lo; k < hi; k++)
        if (doc->toks[k].flags & NG_TOK_WORD) {
            words++;
            quoted += doc->tok_in_quote[k];
        }
    return 2 * quoted > words;
}

/* Is a relation (its universal part) one of rels? */
static bool S_rel_in(const char *rel, const char *const *rels)
{
    size_t n = strcspn(rel, ":");
    for (; *rels; rels++)
        if (strlen(*rels) == n && !strncmp(rel, *rels, n))
            return true;
    return false;
}

/* A word that reports speech: a reporting verb of the lexicon or
 * "according" (to); verbs of thinking are no statements here. */
static bool S_reporting_word(const ng_document *doc, size_t k)
{
    int kind = ng_attr_cue_kind(doc, k);
    return kind == ATTR_CUE_SAY || kind == ATTR_CUE_ACCORDING;
}

/* The word of an attribution's cue that says it was said: "has said",
 * "did not say", "according to"; -1 when no word of the cue is a verb of
 * saying. */
static int S_cue_verb(const ng_document *doc, const ng_attribution *a)
{
    for (uint32_t k = a->cue[0]; k < a->cue[1]; k++) {
        /* (or another form of a listed verb of saying, tagged a verb:
         * "argue", "arguing" for "argued"; the lexicon lists the forms the
         * rules and the model's features read, the model's cues come in
         * every form) */
        bool form = ng_dep_parsed(doc) && !strcmp(ng_dep_upos(doc, k), "VERB") &&
                    ng_lex_speech_verb_form(doc->lex, doc->toks[k].lower);
        if (!(S_reporting_word(doc, k) || form) || S_plea(doc, k))
            continue;
        /* a verb, not "alleged" before a noun (nor after a determiner or
         * a preposition, whatever the parse reads: "over alleged
         * assaults") */
        const char *before = k > 0 ? ng_dep_upos(doc, k - 1) : "";
        bool modifier = k > 0 && k + 1 < doc->ntok && !strcmp(ng_dep_upos(doc, k + 1), "NOUN") &&
                        (!strcmp(before, "DET") || !strcmp(before, "ADP") || S_is(doc, k - 1, "over"));
        if (ng_attr_cue_kind(doc, k) == ATTR_CUE_ACCORDING || !ng_dep_parsed(doc) ||
            (!strcmp(ng_dep_upos(doc, k), "VERB") && !modifier &&
             !S_rel_in(ng_dep_rel(doc, k), (const char *const[]){"amod", NULL})))
            return (int)k;
    }
    return -1;
}

/* The actor an attribution's source names, read as a subject is; when
 * the model marked no source or its words name no actor, the subject of
 * the cue verb in the parse; failing that, where the model did mark a
 * source, the subject the rules read before the cue in its clause. */
/* "The deal, brokered by the United States and France, calls for": a
 * source the model finds inside what is set off after the cue's subject
 * describes the subject, which is who holds it (here no one the graph
 * has: -1); -2 where the source is no such thing. */
static int S_subject_a_source_describes(ng_document *doc, const ng_attribution *a, size_t cue)
{
    int subj = a->source[1] > a->source[0] ? ng_dep_subject(doc, cue) : -1;
    if (subj < 0 || (size_t)subj + 1 >= a->source[0] || S_ch(doc, (size_t)subj + 1) != ',')
        return -2;
    size_t t = a->source[1] - 1; /* (its last word: not the comma the model may take) */
    while (t > a->source[0] && (doc->toks[t].flags & NG_TOK_PUNCT))
        t--;
    int h = ng_dep_head(doc, t);
    for (int d = 0; d < 8 && h >= 0 && h != subj; d++, t = (size_t)h, h = ng_dep_head(doc, t))
        ;
    if (h != subj)
        return -2;
    /* (an appositive names the subject itself where the subject names no
     * one: "Clinton's Democratic opponent, Vermont Sen. Bernie Sanders,") */
    size_t lo, hi;
    ng_dep_phrase(doc, (size_t)subj, &lo, &hi);
    int own = S_subject(doc, lo, (size_t)subj + 1);
    return !strncmp(ng_dep_rel(doc, t), "acl", 3) || (own >= 0 && !strcmp(ng_dep_rel(doc, t), "appos")) ? own : -2;
}

static int S_attribution_speaker(ng_document *doc, const ng_attribution *a, size_t cue)
{
    int described = S_relative_subject(doc, cue);
    if (described != -2)
        return described;
    described = S_subject_a_source_describes(doc, a, cue);
    if (described != -2)
        return described;
    int speaker = a->source[1] > a->source[0] ? S_before_relative_clause(doc, cue, a->source[0], a->source[1]) : -1;
    /* (a source that is the relative clause alone is the name before its
     * comma: "Hernandez, [who led Honduras from 2014 to 2022,] has
     * denied") */
    size_t s0 = a->source[0];
    if (speaker < 0 && a->source[1] > s0 && s0 >= 2 && (S_is(doc, s0, "who") || S_is(doc, s0, "which")) &&
        S_ch(doc, s0 - 1) == ',') {
        int m = ng_mention_at(doc, s0 - 2);
        if (m >= 0 && doc->mentions[m].tok_end == s0 - 1 && doc->mentions[m].actor >= 0)
            return doc->mentions[m].actor;
    }
    /* (a source holding the relative clause is the words before it:
     * "President Salome Zourabichvili, who is at odds with the ruling
     * Georgian Dream party, has vowed"; what the clause names does not
     * speak) */
    size_t rel = a->source[1] > a->source[0] ? ng_relative_clause_before(doc, S_verb_group_start(doc, cue)) : 0;
    size_t src_end = rel > a->source[0] + 1 && rel < a->source[1] ? rel - 1 : a->source[1];
    if (speaker < 0 && src_end > a->source[0])
        speaker = S_subject(doc, a->source[0], src_end);
    if (speaker >= 0)
        return speaker;
    int subject = ng_dep_subject(doc, cue);
    /* "Somalia criticized the agreement, saying ...", "... and added
     * that": a participle or a coordinated verb with no subject of its
     * own has its head's */
    int head = ng_dep_head(doc, cue);
    /* (not one right after a noun, which it describes, whatever the parse
     * reads: "agreed to settle a class action lawsuit accusing the
     * drugmaker of ..." is no words of the company's) */
    bool describes = cue > 0 && !strcmp(ng_dep_upos(doc, cue - 1), "NOUN");
    bool participle = subject < 0 && head >= 0 && head < (int)cue &&
                      ((ng_tok_ing_form(doc, cue) && !describes &&
                        S_rel_in(ng_dep_rel(doc, cue), (const char *const[]){"advcl", "xcomp", "conj", NULL})) ||
                       (!strcmp(ng_dep_rel(doc, cue), "conj") && ng_dep_child(doc, cue, "cc") >= 0));
    if (participle)
        subject = ng_dep_subject(doc, (size_t)head);
    if (subject >= 0) {
        size_t lo, hi;
        ng_dep_phrase(doc, (size_t)subject, &lo, &hi);
        speaker = S_subject(doc, lo, hi);
        /* (a title's word the parse took for the subject alone: "Finance
         * Minister Chrystia Freeland welcomed ..., saying": the words on
         * to the head verb) */
        if (speaker < 0 && participle && hi < (size_t)head && (doc->toks[subject].flags & NG_TOK_CAP))
            speaker = S_subject(doc, lo, (size_t)head);
    } else if (participle) {
        /* (a head verb the parse gave no subject: "U.S. District Judge P.
         * Kevin Castel imposed the sentence ..., saying": the name the
         * rules read before it in its clause) */
        const ng_sentence *s = &doc->sents[doc->toks[cue].sent];
        speaker = S_subject(doc, S_verb_clause(doc, s, (size_t)head), (size_t)head);
    }
    /* the rules' reading only where the model saw a source at all, and
     * from that source on: "It is the same prison where mobsters John
     * Gotti ... died, the newspaper said" is no word of Gotti's */
    if (speaker >= 0 || a->source[1] == a->source[0] || a->source[0] > cue)
        return speaker; /* (nor where the source follows: "according to a person familiar with it") */
    const ng_sentence *s = &doc->sents[doc->toks[cue].sent];
    size_t from = S_verb_clause(doc, s, cue);
    if (a->source[0] < cue && a->source[0] > from)
        from = a->source[0];
    return S_subject(doc, from, cue);
}

/* Do bytes [start, end) overlap a statement found before, other than a
 * direct quote inside them with words before it: a few words quoted
 * inside words reported ("Police say they have "adequate resources" to
 * secure the city") are a statement of their own, and what was said is
 * the whole clause. */
static bool S_overlaps_more_than_a_partial_quote(const ng_document *doc, uint32_t start, uint32_t end)
{
    for (size_t i = 0; i < doc->nstmt; i++) {
        const ng_statement *st = &doc->stmts[i];
        if (!(st->start < end && start < st->end))
            continue;
        /* (the marks lie just outside the quote's words) */
        if (st->direct && st->start > start + 1 && st->end <= end)
            continue;
        return true;
    }
    return false;
}

/* Do tokens [lo, hi) open with a noun phrase and then a finite verb, no
 * comma, quotation mark or relative word before it: a clause whose
 * subject the noun phrase is ("[her plans to raise taxes on the rich]
 * would make the code more complex"), not a noun a relative clause
 * describes ("the arrest of a man who ...")? */
static bool S_clause_after_noun(const ng_document *doc, size_t lo, size_t hi)
{
    static const char *const relative[] = {"who", "whom", "whose", "which", "that", "by", NULL};
    for (size_t k = lo + 1; k < hi && k < lo + 25; k++) {
        /* (past a contrast set off by commas: "said Congress, not the
         * states, has the power") */
        if (S_ch(doc, k) == ',' && k + 1 < hi && S_is(doc, k + 1, "not")) {
            size_t c = k + 2;
            while (c < hi && c < k + 8 && S_ch(doc, c) != ',' && !ng_dep_finite(doc, c))
                c++;
            if (c < hi && S_ch(doc, c) == ',') {
                k = c;
                continue;
            }
        }
        if (S_ch(doc, k) == ',' || (doc->toks[k].flags & NG_TOK_QUOTE) || ng_word_in(doc->toks[k].lower, relative) ||
            S_subordinator(doc, k))
            return false;
        if (ng_dep_finite(doc, k))
            return true;
    }
    return false;
}

/* The first of tokens [lo, hi) whose head in the parse lies outside them
 * (the words' head, when they are a phrase), or hi. */
static size_t S_first_word_out(const ng_document *doc, size_t lo, size_t hi)
{
    size_t h = lo;
    while (h < hi && ng_dep_head(doc, h) >= (int)lo && ng_dep_head(doc, h) < (int)hi)
        h++;
    return h;
}

/* Does the parse link a content to its cue? Either the content's head
 * hangs off the cue as what was said ("said [that ...]"), or the cue hangs
 * off the content ("..., he said", "according to X, ..."), not as a
 * relative clause or a second verb of it ("a refugee who feared X and
 * asked not to be named"), nor as a noun the cue takes. "As the charges were unsealed, the minister testified"
 * is no report of the charges. Without a parse, yes. */
static bool S_parse_links(const ng_document *doc, size_t lo, size_t hi, size_t cue, bool noun_ok)
{
    static const char *const not_said[] = {"advcl", "obl", "nsubj", "advmod", "mark", "nmod", NULL};
    static const char *const not_saying[] = {"acl", "amod", "nmod", NULL};
    if (!ng_dep_parsed(doc))
        return true;
    size_t h = S_first_word_out(doc, lo, hi);
    if (h >= hi)
        return false;
    /* "dismissed the manager a day [after] the club was knocked out": a
     * clause right after a subordinator ("after", "because", "when"; not
     * "if", as in "asked if"), however the parse attached the word, is
     * when or why, not what was said */
    int mark = ng_dep_child(doc, h, "mark");
    if (lo > 0 && S_subordinator(doc, lo - 1) && !S_is(doc, lo - 1, "if") && (mark < 0 || (size_t)mark == lo - 1))
        return false;
    /* (or opening the words, which are that clause alone: "told the judge
     * [before he was sentenced]"; not "[Since Clinton has more votes,
     * superdelegates would ...]") */
    bool comma = false;
    for (size_t q = lo; q < hi && !comma; q++)
        comma = S_ch(doc, q) == ',';
    if (S_subordinator(doc, lo) && !S_is(doc, lo, "if") && !S_is(doc, lo, "as") && !comma)
        return false;
    if (ng_dep_head(doc, h) == (int)cue) {
        /* what was said is a clause, not the noun a cue takes ("claimed
         * victory as the assembly concluded its session") */
        const char *upos = ng_dep_upos(doc, h);
        bool nominal = !strcmp(upos, "NOUN") || !strcmp(upos, "PROPN") || !strcmp(upos, "PRON") || !strcmp(upos, "NUM");
        /* (a noun the parse reads as the object of a verb that takes a
         * bare clause, a finite verb of its own after it, is the clause's
         * subject: "said [the wording of the policy was too vague]"; after
         * "say", "add", "note" a long one: "say [her plans to raise taxes
         * on the rich] would make ..."; after verbs that also take
         * objects, "reported", "declared", only in the clause right after) */
        const char *said = doc->toks[cue].lower;
        bool subject = lo == cue + 1 && ((S_say_like(doc, said) && S_clause_after_noun(doc, lo, hi)) ||
                                         (S_clause_verb(doc, said) && S_bare_clause(doc, lo, hi)));
        /* (a subject after the cue, with a finite verb of its own after
         * it, is the clause's, whatever the parse: "said Congress, not the
         * states, has the power" read as the subject of "said") */
        if (subject && h > cue && !strcmp(ng_dep_rel(doc, h), "nsubj"))
            return true;
        return !S_rel_in(ng_dep_rel(doc, h), not_said) &&
               !(nominal && !noun_ok && !subject && S_rel_in(ng_dep_rel(doc, h), (const char *const[]){"obj", NULL}));
    }
    /* "told analysts on a conference call [that demand had slowed]",
     * misread as a relative clause of "call": the content the model
     * opens with "that" right after a noun the cue governs */
    /* (not a noun set off by a comma: "maintained a monopoly ..., a
     * landmark decision [that could reshape ...]" is a relative clause) */
    int noun = ng_dep_head(doc, h);
    size_t np_start = 0, np_end = 0;
    if (noun >= 0)
        ng_dep_phrase(doc, (size_t)noun, &np_start, &np_end);
    /* (the noun's own phrase may run on to the "that": "said in an email
     * to The Associated Press [that ...]") */
    /* (and then the clause has a subject of its own: not "a comment on
     * Twitter that compared X to Y") */
    int own_subject = ng_dep_child(doc, h, "nsubj");
    if (S_is(doc, lo, "that") && noun >= 0 &&
        ((size_t)noun + 1 == lo || ((size_t)noun < lo && np_end == lo && own_subject > (int)lo)) &&
        S_rel_in(ng_dep_rel(doc, h), (const char *const[]){"acl", NULL}) &&
        !(np_start > 0 && S_ch(doc, np_start - 1) == ',')) {
        /* the noun hangs off the cue, or off its object ("analysts") */
        int up = ng_dep_head(doc, (size_t)noun);
        if (up == (int)cue || (up >= 0 && (size_t)up > cue && ng_dep_head(doc, (size_t)up) == (int)cue))
            return true;
    }
    size_t child = cue;
    for (int a = ng_dep_head(doc, cue), d = 0; a >= 0 && d < 4; child = (size_t)a, a = ng_dep_head(doc, (size_t)a), d++)
        if ((size_t)a >= lo && (size_t)a < hi) {
            /* "..., a source told AFP" may be read as a conjunct; "... and
             * asked" is one */
            const char *rel = ng_dep_rel(doc, child);
            return !S_rel_in(rel, not_saying) && !(S_rel_in(rel, (const char *const[]){"conj", NULL}) &&
                                                   ng_dep_child(doc, child, "cc") >= 0);
        }
    return false;
}

/* Is the word at k, or it and the word after it, listed by its base
 * form: "wants", "wanted", "wanting" for "want"; "criticizes",
 * "worried", "called for" for "criticize", "worry", "call for". */
static bool S_listed_verb(const ng_document *doc, const char *list, size_t k)
{
    char base[8][64];
    size_t nb = ng_verb_bases(doc->toks[k].lower, base);
    const char *next = k + 1 < doc->ntok && (doc->toks[k + 1].flags & NG_TOK_WORD) ? doc->toks[k + 1].lower : NULL;
    for (size_t b = 0; b < nb; b++) {
        char phrase[160];
        if (ng_lex_listed(doc->lex, list, base[b]) ||
            (next && (size_t)snprintf(phrase, sizeof phrase, "%s %s", base[b], next) < sizeof phrase &&
             ng_lex_listed(doc->lex, list, phrase)))
            return true;
    }
    return false;
}

/* A stance's cue: the first verb of the model's cue that is a verb of
 * attitude or position (`stance-verbs`: "criticized", "called for",
 * "wants"), or of finding or belief before a clause (`finding-verbs`: "a
 * poll found that"), not passive, nor a participle right after a noun,
 * which describes the noun ("a report defending the prosecution"): -1
 * when none, or without a parse. PolNeAR's attributions also have actions
 * and topics for cues ("blocked the takeover", "posted a video", "spoke
 * about"), which are no one's stance. */
static int S_stance_verb(const ng_document *doc, const ng_attribution *a, bool clause)
{
    if (!ng_dep_parsed(doc))
        return -1;
    for (uint32_t k = a->cue[0]; k < a->cue[1]; k++)
        if (!strcmp(ng_dep_upos(doc, k), "VERB") &&
            !S_rel_in(ng_dep_rel(doc, k), (const char *const[]){"amod", NULL}) && !S_passive_verb(doc, k) &&
            !(k > 0 && ng_tok_ing_form(doc, k) && !strcmp(ng_dep_upos(doc, k - 1), "NOUN")) &&
            (S_listed_verb(doc, "stance-verbs", k) || (clause && S_listed_verb(doc, "finding-verbs", k))))
            return (int)k;
    return -1;
}

static size_t S_one_phrase(const ng_document *doc, size_t lo, size_t hi);
static size_t S_whom_and_what(const ng_document *doc, const ng_attribution *a, size_t lo, size_t hi);

/* Does noun k govern a verb other than a relative clause's ("plans to
 * leave"; not "a man who was in prison")? */
static bool S_governs_verb(const ng_document *doc, size_t k)
{
    for (int c = doc->dep_first[k]; c >= 0; c = doc->dep_next[c])
        if (!strcmp(ng_dep_rel(doc, (size_t)c), "acl") || !strcmp(ng_dep_rel(doc, (size_t)c), "xcomp"))
            return true;
    return false;
}

/* "called for [a ban]", "voiced support for [the mayor]": a stance's
 * content whose head hangs off a word of the cue through a preposition
 * the cue ends with is the cue phrase's object, however the parse
 * attached it (an oblique of the verb, a modifier of "support"). */
static bool S_object_of_cue_phrase(const ng_document *doc, const ng_attribution *a, size_t lo, size_t hi)
{
    if (!ng_dep_parsed(doc) || a->cue[1] < a->cue[0] + 2 || lo != a->cue[1])
        return false;
    size_t h = S_first_word_out(doc, lo, hi);
    if (h >= hi)
        return false;
    int up = ng_dep_head(doc, h), prep = ng_dep_child(doc, h, "case");
    return up >= (int)a->cue[0] && up < (int)a->cue[1] && prep == (int)a->cue[1] - 1;
}

/* Does the content the model found around a cue verb stand for what was
 * said or held? Not a heading, not words in quotation marks
 * (S_direct_quotes has them), not words a rule already reported; linked
 * to the cue in the parse; for speech a clause with a finite verb of
 * three words or more, for a stance also a noun phrase of two or an
 * infinitive ("condemned the increase", "wants to cut taxes"), or one
 * name ("supports Clinton", "blasted Congress"). */
static bool S_modeled_content_fits(ng_document *doc, const ng_attribution *a, int verb, bool stance)
{
    size_t lo = a->content[0][0], hi = a->content[a->ncontent - 1][1];
    if (verb < 0 || doc->art->paras[doc->toks[a->cue[0]].para].kind == NG_PARA_HEADING ||
        S_mostly_quoted(doc, lo, hi) ||
        S_overlaps_more_than_a_partial_quote(doc, doc->toks[lo].start, doc->toks[hi - 1].end))
        return false;
    size_t words = 0;
    bool finite = false;
    for (size_t k = lo; k < hi; k++) {
        words += (doc->toks[k].flags & NG_TOK_WORD) != 0;
        finite = finite || ng_dep_finite(doc, k);
    }
    /* "said Scherlinck, who would not say ...": a relative clause tells of
     * the speaker, it is not what was said */
    /* (nor the one the cue is about: "Kim Yong-hyun, whom it accused of
     * advising") */
    bool relative = S_is(doc, lo, "who") || S_is(doc, lo, "which") || S_is(doc, lo, "whom");
    /* "..., Song said, while breakfast cereals showed none": a clause the
     * narrator adds after the cue; what was said stands before it */
    /* (and "..., the service said on Tuesday, as climate change pushed
     * temperatures to new highs") */
    relative = relative || (lo > a->cue[0] && (S_is(doc, lo, "while") || S_is(doc, lo, "whereas") ||
                                              S_is(doc, lo, "although") || S_is(doc, lo, "though") ||
                                              S_is(doc, lo, "as")));
    /* "accused of killing her husband", "warned of a hotter year": what a
     * preposition opens is what the words are about, not what was said */
    bool about = ng_dep_parsed(doc) && !strcmp(ng_dep_upos(doc, lo), "ADP");
    /* ("agreed early Sunday to a deal that would see ...": past when it
     * was, "to" and what one agreed to, where the cue takes no clause) */
    size_t w = lo;
    while (w + 1 < hi && (ng_weekday_from_name(doc->toks[w].lower) >= 0 ||
                          ng_lex_listed(doc->lex, "when-words", doc->toks[w].lower)))
        w++;
    about = about ||
            (w > lo && S_is(doc, w, "to") && ng_dep_parsed(doc) && ng_dep_child(doc, (size_t)verb, "ccomp") < 0);
    /* "protesting against what they say is unfair competition": words
     * said that open with their verb, after the cue, have their subject
     * before the speaker; no statement of its own */
    /* (also after a relative pronoun: "convictions that his party says
     * are politically motivated", "Gonzalez, who the opposition says won
     * the election", the pronoun the source's first word or not) */
    size_t opener = a->source[1] > a->source[0] && a->source[0] > 0 ? a->source[0] - 1 : a->cue[0];
    about = about || (lo > a->cue[0] && ng_dep_finite(doc, lo) && a->cue[0] >= 2 &&
                      (S_is(doc, a->cue[0] - 2, "what") || S_is(doc, a->cue[0] - 1, "what") ||
                       (opener < a->cue[0] && (S_is(doc, opener, "that") || S_is(doc, opener, "which") ||
                                               S_is(doc, opener, "what") || S_is(doc, opener, "who"))) ||
                       (a->source[1] > a->source[0] && S_is(doc, a->source[0], "who"))));
    /* "said the verdict showed that "public corruption ..."": the words go
     * on in the quote, which is the statement */
    about = about || S_lead_in_to_quote(doc, lo, hi < doc->ntok ? hi + 1 : hi);
    /* "The authority had blocked the takeover ..., before Microsoft agreed
     * to sell the rights": a cue in a clause that says when or why is no
     * report of the words before it */
    int mark = ng_dep_parsed(doc) ? ng_dep_child(doc, (size_t)verb, "mark") : -1;
    bool subordinate = hi <= a->cue[0] && mark >= 0 && mark < verb && !S_is(doc, (size_t)mark, "that") &&
                       !S_is(doc, (size_t)mark, "as");
    /* "..., the commission said on Wednesday, a stunning rise for a man
     * who was in prison": a noun phrase after the cue comments on the
     * sentence; no words said (after a comma; the parse's head of the
     * content a noun with no subject, no copula, no verb it governs: not
     * "he is the only president", "he says, plans to leave") */
    size_t head = stance || lo < a->cue[0] || !lo || S_ch(doc, lo - 1) != ',' ? SIZE_MAX : S_one_phrase(doc, lo, hi);
    bool comment = head != SIZE_MAX && !strcmp(ng_dep_upos(doc, head), "NOUN") && ng_dep_child(doc, head, "cop") < 0 &&
                   ng_dep_subject(doc, head) < 0 && !S_governs_verb(doc, head);
    bool one_name = stance && words == 1 && hi == lo + 1 && !strcmp(ng_dep_upos(doc, lo), "PROPN");
    /* "stating [they had checked on] accused smuggler X": words that end
     * on a preposition, an article or a conjunction stop inside a phrase;
     * the model lost the rest of what was said */
    size_t last = hi;
    while (last > lo && (doc->toks[last - 1].flags & NG_TOK_PUNCT))
        last--;
    /* (a function word whose head comes after the words: not "have sold
     * [out]", "leave partners [behind]") */
    const char *end_upos = last > lo ? ng_dep_upos(doc, last - 1) : "";
    bool unfinished = (!strcmp(end_upos, "ADP") || !strcmp(end_upos, "DET") || !strcmp(end_upos, "CCONJ") ||
                       !strcmp(end_upos, "SCONJ")) &&
                      ng_dep_head(doc, last - 1) >= (int)hi;
    return (words >= (stance ? 2u : 3u) || one_name) && (finite || stance) && !relative && !about && !subordinate &&
           !comment && !unfinished && !S_adds_amount(doc, (size_t)verb) && !S_negated_cue(doc, (size_t)verb) &&
           (S_parse_links(doc, a->content[0][0], a->content[0][1], (size_t)verb, stance) ||
            (stance && (S_whom_and_what(doc, a, lo, hi) != SIZE_MAX || S_object_of_cue_phrase(doc, a, lo, hi))));
}

/* The head of tokens [lo, hi) when they are one whole phrase of the
 * parse: a single word whose head lies outside them (punctuation aside),
 * whose phrase (ng_dep_phrase) does not run on past them; else
 * SIZE_MAX. "claimed [victory as the state assembly] concluded its
 * session" is pieces of two phrases, "wants [to let supply] chains" a
 * piece of one. */
static size_t S_one_phrase(const ng_document *doc, size_t lo, size_t hi)
{
    if (!ng_dep_parsed(doc) || hi <= lo)
        return SIZE_MAX;
    size_t head = SIZE_MAX, roots = 0;
    for (size_t k = lo; k < hi; k++) {
        int h = ng_dep_head(doc, k);
        if ((h < (int)lo || h >= (int)hi) && !(doc->toks[k].flags & NG_TOK_PUNCT)) {
            roots++;
            head = k;
        }
    }
    if (roots != 1)
        return SIZE_MAX;
    size_t plo, phi;
    ng_dep_phrase(doc, head, &plo, &phi);
    /* (the phrase may run on over punctuation only) */
    for (size_t k = hi; k < phi; k++)
        if (!(doc->toks[k].flags & NG_TOK_PUNCT))
            return SIZE_MAX;
    return head;
}

/* "called on [residents to protest peacefully]", "pressed [Mr.
 * Yanukovych to sign an agreement]": whom the cue addresses and what it
 * asks of them, two phrases of the parse that both hang off the cue (a
 * noun, then an infinitive); also whom it is about and what it holds of
 * them ("blasted [Clinton as a disgrace]", "criticized [Obama for not
 * doing so]", "called [Clinton a champion]"); the second phrase's head,
 * or SIZE_MAX. */
static size_t S_whom_and_what(const ng_document *doc, const ng_attribution *a, size_t lo, size_t hi)
{
    if (!ng_dep_parsed(doc))
        return SIZE_MAX;
    size_t roots[3], n = 0;
    for (size_t k = lo; k < hi; k++) {
        int h = ng_dep_head(doc, k);
        if ((h >= (int)lo && h < (int)hi) || (doc->toks[k].flags & NG_TOK_PUNCT))
            continue;
        if (n == 2 || h < (int)a->cue[0] || h >= (int)a->cue[1])
            return SIZE_MAX;
        roots[n++] = k;
    }
    if (n != 2)
        return SIZE_MAX;
    const char *noun = ng_dep_upos(doc, roots[0]);
    int mark = ng_dep_child(doc, roots[1], "mark");
    bool nominal = !strcmp(noun, "NOUN") || !strcmp(noun, "PROPN") || !strcmp(noun, "PRON");
    bool infinitive = !strcmp(ng_dep_upos(doc, roots[1]), "VERB") && mark >= 0 && S_is(doc, (size_t)mark, "to");
    /* (the second phrase opening with "as" or "for", or a predicate
     * right after the noun's phrase) */
    size_t plo, phi;
    ng_dep_phrase(doc, roots[1], &plo, &phi);
    bool held = S_is(doc, plo, "as") || S_is(doc, plo, "for") || !strcmp(ng_dep_rel(doc, roots[1]), "xcomp");
    /* (the second phrase whole, to the content's end) */
    for (size_t k = hi; k < phi; k++)
        if (!(doc->toks[k].flags & NG_TOK_PUNCT))
            return SIZE_MAX;
    return nominal && (infinitive || held) ? roots[1] : SIZE_MAX;
}

/* Is an attribution the model found one this project keeps? Its cue verb
 * if so, else -1: a report when the cue has a verb of saying (the
 * lexicon's reporting verbs, or "according to"), else a stance
 * (*stance set) when it has another verb: PolNeAR annotates attitudes
 * too ("decided", "called for", "a poll shows"), which the graph keeps
 * apart from what was said (ng:Stance). */
static int S_modeled_report_kept(ng_document *doc, const ng_attribution *a, bool *stance)
{
    *stance = false;
    if (a->cue[1] == a->cue[0])
        return -1;
    int verb = S_cue_verb(doc, a);
    if (verb >= 0 && S_goes_on_doing(doc, (size_t)verb))
        return -1;
    if (verb >= 0 && S_modeled_content_fits(doc, a, verb, false))
        return verb;
    /* (a verb of saying with a noun for what it is about is a stance:
     * "criticized the new tax plan", "denied any link"; a reporting word
     * that is no verb here is neither: "alleged abuses") */
    for (uint32_t k = a->cue[0]; k < a->cue[1] && verb < 0; k++)
        if (S_reporting_word(doc, k))
            return -1;
    /* the content one phrase of the parse, whole: not "claimed [victory as
     * the state assembly] concluded its session", "wants [to let supply]
     * chains ..."; a clause when its head is a verb */
    size_t lo = a->content[0][0], hi = a->content[a->ncontent - 1][1];
    size_t head = S_one_phrase(doc, lo, hi);
    if (head == SIZE_MAX)
        head = S_whom_and_what(doc, a, lo, hi);
    if (head == SIZE_MAX)
        return -1;
    const char *upos = ng_dep_upos(doc, head);
    bool clause = !strcmp(upos, "VERB") || !strcmp(upos, "AUX") || ng_dep_finite(doc, head);
    verb = S_stance_verb(doc, a, clause);
    *stance = verb >= 0 && S_modeled_content_fits(doc, a, verb, true);
    return *stance ? verb : -1;
}

/* The words of a stance's cue, folded: "called for", "has criticized". */
static const char *S_cue_words(ng_document *doc, const ng_attribution *a)
{
    ng_buf b = {0};
    for (uint32_t k = a->cue[0]; k < a->cue[1]; k++) {
        if (!(doc->toks[k].flags & NG_TOK_WORD))
            continue;
        if (b.len)
            ng_buf_addc(&b, ' ');
        ng_buf_adds(&b, doc->toks[k].lower);
    }
    const char *w = ng_arena_strdup(&doc->arena, b.data ? b.data : "");
    ng_buf_free(&b);
    return w;
}

/* Reported speech from the attribution model (attribution.c), after the
 * rules: what they missed; and the stances it finds (S_modeled_report_kept).
 * The content's fragments are joined ("..., he said, ..."), the cue is the
 * verb, the source is resolved to an actor. The model reads every
 * paragraph, since a stance needs no verb of saying. */
/* "He had denied the charge but was found guilty": after a noun phrase
 * said, "but" or "and" and a verb with no subject of its own go on with
 * the speaker's doings, not with what was said; the content ends there. */
static void S_cut_coordinated_verb(const ng_document *doc, ng_attribution *a)
{
    if (a->ncontent != 1 || a->content[0][0] < a->cue[0])
        return;
    for (size_t k = a->content[0][0] + 1; k + 1 < a->content[0][1]; k++) {
        /* (after a clause of its own, a verb so goes on with what was
         * said: "he was rooting for X but would now root for Y") */
        if (ng_dep_finite(doc, k) || !strcmp(ng_dep_upos(doc, k), "AUX"))
            return;
        if (doc->tok_in_quote[k] || !(S_is(doc, k, "but") || S_is(doc, k, "and")))
            continue;
        const char *u = ng_dep_upos(doc, k + 1);
        if (ng_dep_finite(doc, k + 1) || (!strcmp(u, "AUX") && !S_is(doc, k + 1, "to"))) {
            a->content[0][1] = k;
            return;
        }
    }
}

/* "said Congress, not the states, [has the power to act]": a content after
 * the cue that opens with its verb, whose subject stands between the cue
 * and it, has the subject and what sets it off too. */
static void S_content_from_subject(const ng_document *doc, ng_attribution *a)
{
    if (!ng_dep_parsed(doc) || a->ncontent != 1 || a->content[0][0] <= a->cue[1])
        return;
    size_t first = a->content[0][0];
    int subj = ng_dep_finite(doc, first) || !strcmp(ng_dep_upos(doc, first), "AUX") ? ng_dep_subject(doc, first) : -1;
    /* (an auxiliary's subject is its verb's) */
    if (subj < 0 && !strcmp(ng_dep_upos(doc, first), "AUX") && ng_dep_head(doc, first) > (int)first)
        subj = ng_dep_subject(doc, (size_t)ng_dep_head(doc, first));
    /* (or the parse hangs it from the cue, a second subject after it) */
    for (uint32_t c = a->cue[0]; subj < 0 && c < a->cue[1] && ng_dep_finite(doc, first); c++)
        for (int d = doc->dep_first[c]; d >= 0; d = doc->dep_next[d])
            if (d >= (int)a->cue[1] && (size_t)d < first && !strncmp(ng_dep_rel(doc, (size_t)d), "nsubj", 5))
                subj = d;
    if (subj < (int)a->cue[1] || (size_t)subj >= first)
        return;
    size_t lo, hi;
    ng_dep_phrase(doc, (size_t)subj, &lo, &hi);
    if (lo >= a->cue[1])
        a->content[0][0] = (uint32_t)lo;
}

/* "charges [that countries that stand to benefit] from the deal donated
 * millions", "wants [to take over a troubled mine and the obligations
 * that Patriot Coal] was seeking to get rid of": the model's content
 * after the cue may stop inside the phrase the cue takes; the parse knows
 * where that phrase ends, and the content runs on to there. Only for one
 * phrase that hangs off the cue and starts where the content does. */
static void S_content_to_phrase_end(const ng_document *doc, const uint8_t *labels, ng_attribution *a)
{
    if (!ng_dep_parsed(doc) || a->ncontent != 1 || a->content[0][0] < a->cue[1])
        return;
    size_t lo = a->content[0][0], hi = a->content[0][1];
    /* (the one word of the content whose head is outside it; or the word
     * after it that every such word hangs from: "that countries that
     * stand to gain contracts] pushed it through") */
    size_t root = SIZE_MAX;
    int above = -1;
    for (size_t k = lo; k < hi; k++) {
        int h = ng_dep_head(doc, k);
        if ((h >= (int)lo && h < (int)hi) || (doc->toks[k].flags & NG_TOK_PUNCT))
            continue;
        if (above >= 0 && h != above)
            return;
        above = h;
        root = root == SIZE_MAX ? k : (size_t)h;
    }
    if (root == SIZE_MAX || (root == (size_t)above && above < (int)hi))
        return;
    int h = ng_dep_head(doc, root);
    if (h < (int)a->cue[0] || h >= (int)a->cue[1])
        return;
    size_t plo, phi;
    ng_dep_phrase(doc, root, &plo, &phi);
    if (plo < lo || phi <= hi)
        return;
    /* (over words the model gave no other role: not into the source or
     * cue of the next attribution, "... and those who said ...") */
    for (size_t k = hi; k < phi; k++)
        if (ng_attr_role(labels[k]) == 1 || ng_attr_role(labels[k]) == 2)
            return;
    a->content[0][1] = (uint32_t)phi;
}

/* The word through which word j hangs from a word of a's cue: j itself or
 * its ancestor whose head is in the cue; SIZE_MAX when none is. */
static size_t S_branch_of_cue(const ng_document *doc, const ng_attribution *a, size_t j)
{
    size_t t = j;
    for (int d = 0; d < 64; d++) {
        int up = ng_dep_head(doc, t);
        if (up < 0)
            return SIZE_MAX;
        if (up >= (int)a->cue[0] && up < (int)a->cue[1])
            return t;
        t = (size_t)up;
    }
    return SIZE_MAX;
}

/* "blasted [the Citizens United ruling in his State of the Union
 * address]": a stance's content the model runs on past the phrase the cue
 * takes, over words that tell where or when; the content is that phrase
 * (the whole subtree, clauses and all, of the cue's object or clause that
 * opens the content: "rejected [the notion that ...]"). False when the
 * content is no such phrase with more words after it. */
static bool S_content_to_cue_phrase(const ng_document *doc, ng_attribution *a)
{
    if (!ng_dep_parsed(doc) || a->ncontent != 1 || a->content[0][0] < a->cue[1])
        return false;
    size_t lo = a->content[0][0], hi = a->content[0][1];
    size_t k = lo;
    while (k < hi && ng_dep_head(doc, k) >= (int)lo && ng_dep_head(doc, k) < (int)hi)
        k++;
    if (k == hi || S_branch_of_cue(doc, a, k) != k ||
        !S_rel_in(ng_dep_rel(doc, k), (const char *const[]){"obj", "ccomp", "xcomp", NULL}))
        return false;
    size_t end = k + 1;
    for (size_t j = k + 1; j < hi; j++)
        if (S_branch_of_cue(doc, a, j) == k)
            end = j + 1;
    while (end > k + 1 && (doc->toks[end - 1].flags & NG_TOK_PUNCT))
        end--;
    if (end >= hi)
        return false;
    /* (and the words after it say where, when or how the cue was done:
     * obliques and adverbs of a cue word; not a second phrase the cue
     * takes, "wants [Trump] to lose") */
    for (size_t j = end; j < hi; j++) {
        if (doc->toks[j].flags & NG_TOK_PUNCT)
            continue;
        size_t t = S_branch_of_cue(doc, a, j);
        if (t == SIZE_MAX || t < end || !S_rel_in(ng_dep_rel(doc, t), (const char *const[]){"obl", "advmod", NULL}))
            return false;
    }
    a->content[0][1] = (uint32_t)end;
    return true;
}

/* "China will impose tariffs ..., the Commerce Ministry said on Tuesday,
 * hours after new U.S. duties took effect": the rules took the words
 * before the comma as what the cue's speaker said, and found that what
 * follows goes on with no saying (S_inverted), so the model's content
 * after the cue is no second report. */
static bool S_said_before_cue(const ng_document *doc, const ng_attribution *a)
{
    size_t cue = a->cue[0], lead = a->source[0];
    if (a->content[0][0] <= cue + 1 || a->source[1] <= a->source[0] || lead > cue || lead == 0 ||
        S_ch(doc, lead - 1) != ',' || S_ch(doc, a->content[0][0] - 1) != ',')
        return false;
    const ng_sentence *s = &doc->sents[doc->toks[cue].sent];
    size_t opening = ng_dateline_end(doc, s);
    if (opening >= s->tok_end)
        return false;
    uint32_t story = doc->toks[opening].start;
    for (size_t i = 0; i < doc->nstmt; i++) {
        const ng_statement *st = &doc->stmts[i];
        if (!st->direct && !st->stance && st->verb && st->sent == doc->toks[cue].sent && st->start == story &&
            st->end <= doc->toks[lead - 1].start && doc->toks[lead - 1].start - st->end <= 1 &&
            !strcmp(st->verb, doc->toks[cue].lower))
            return true;
    }
    return false;
}

static void S_modeled_reports(ng_document *doc, const qspan *q, size_t nq)
{
    uint8_t *labels = malloc(doc->ntok ? doc->ntok : 1);
    if (!labels)
        abort();
    ng_attr_label_document(doc->attr, doc, NULL, labels);
    ng_attribution *at;
    size_t n = ng_attr_group(doc, labels, &at);
    for (size_t i = 0; i < n; i++) {
        ng_attribution *a = &at[i];
        if (S_said_before_cue(doc, a))
            continue;
        S_cut_coordinated_verb(doc, a);
        S_content_to_phrase_end(doc, labels, a);
        S_content_from_subject(doc, a);
        bool stance;
        int verb = S_modeled_report_kept(doc, a, &stance);
        if (verb < 0) {
            ng_attribution cut = *a;
            if (S_content_to_cue_phrase(doc, &cut) && (verb = S_modeled_report_kept(doc, &cut, &stance)) >= 0 &&
                stance)
                *a = cut;
            else
                verb = -1;
        }
        if (verb < 0)
            continue;
        /* a stance is someone's: one the text gives nobody, or a place
         * that is no country, is left out */
        int holder = stance ? S_attribution_speaker(doc, a, (size_t)verb) : -1;
        if (stance && (holder < 0 || (doc->actors[holder].type == NG_ACTOR_PLACE &&
                                      doc->actors[holder].place_kind != NG_PLACE_COUNTRY)))
            continue;
        /* what was said, without the word that opens it ("warned [that]
         * sales would fall"), as the rules report it; the parse may read
         * the word as a relative pronoun ("on a conference call that
         * demand had slowed"), but "that is", "that was" are a subject */
        size_t first = a->content[0][0];
        /* "Nigerian President Bola Tinubu on Monday signed ..., his
         * spokesman said": the model may take the subject for the source;
         * a content before the cue that opens with a finite verb has the
         * words before it back */
        if (a->cue[0] > first && ng_dep_finite(doc, first) && !strcmp(ng_dep_upos(doc, first), "VERB")) {
            /* (the words from the story's start, when no punctuation
             * parts them from the verb: the parse may have no subject) */
            size_t story = ng_dateline_end(doc, &doc->sents[doc->toks[first].sent]);
            bool plain = story < first;
            for (size_t k = story; k < first && plain; k++)
                plain = !(doc->toks[k].flags & (NG_TOK_PUNCT | NG_TOK_QUOTE)) && !doc->tok_in_quote[k];
            if (plain)
                a->content[0][0] = first = story;
        }
        /* "The layoffs include employees working on a game that X has
         * canceled, according to a person familiar with the matter": what
         * a trailing "according to" attributes is the whole clause before
         * its comma, not the model's piece of it */
        size_t c0 = a->cue[0];
        if (ng_attr_cue_kind(doc, c0) == ATTR_CUE_ACCORDING && c0 > 0 && S_ch(doc, c0 - 1) == ',' &&
            a->ncontent == 1 && a->content[0][1] + 1 >= c0 && a->content[0][1] <= c0) {
            size_t story = ng_dateline_end(doc, &doc->sents[doc->toks[c0].sent]);
            if (story < first && !S_has_quote(doc, story, c0 - 1)) {
                a->content[0][0] = first = story;
                a->content[0][1] = c0 - 1;
            }
        }
        if (S_is(doc, first, "that") && a->content[0][1] - first >= 2 &&
            (!strcmp(ng_dep_rel(doc, first), "mark") || strcmp(ng_dep_upos(doc, first + 1), "AUX") != 0))
            a->content[0][0]++;
        ng_buf b = {0};
        for (size_t f = 0; f < a->ncontent; f++) {
            const char *t = S_clause_text(doc, a->content[f][0], a->content[f][1], q, nq);
            if (b.len && *t)
                ng_buf_addc(&b, ' ');
            ng_buf_adds(&b, t);
        }
        size_t lo = a->content[0][0], hi = a->content[a->ncontent - 1][1];
        if (b.len && stance) {
            S_add_stmt(doc, false, doc->toks[lo].start, doc->toks[hi - 1].end, ng_arena_strdup(&doc->arena, b.data),
                       holder, S_cue_words(doc, a), doc->toks[a->cue[0]].sent);
            doc->stmts[doc->nstmt - 1].stance = true;
        } else if (b.len) {
            S_add_stmt(doc, false, doc->toks[lo].start, doc->toks[hi - 1].end, ng_arena_strdup(&doc->arena, b.data),
                       S_attribution_speaker(doc, a, (size_t)verb), doc->toks[verb].lower, doc->toks[a->cue[0]].sent);
        }
        ng_buf_free(&b);
    }
    free(at);
    free(labels);
}

/* "..., said Wilder during a seminar": the statement was made at the event.
 * Not an event its own words tell of ("Wang said the two would hold talks")
 * nor one still to come, denied or only possible. */
static void S_link_events(ng_document *doc)
{
    for (size_t i = 0; i < doc->nstmt; i++) {
        ng_statement *st = &doc->stmts[i];
        for (size_t e = 0; e < doc->nevent && st->speaker >= 0 && !st->stance; e++) {
            const ng_event *ev = &doc->events[e];
            if (ev->sent != st->sent && !(st->direct && doc->sents[ev->sent].para == doc->sents[st->sent].para))
                continue;
            if ((ev->start >= st->start && ev->end <= st->end) || ev->modality != NG_MOD_ASSERTED)
                continue;
            for (size_t a = 0; a < ev->nattendee; a++)
                if (ev->attendees[a] == st->speaker)
                    st->event = (int)e;
        }
    }
}

/* A quote left open at the end of its paragraph goes on in the next
 * paragraph's quote: without a speaker of its own, it takes that one's. */
static void S_continued_quotes(ng_document *doc, const qspan *q, size_t nq)
{
    for (size_t i = 0; i + 1 < nq; i++) {
        if (q[i].closed)
            continue;
        ng_statement *a = NULL, *b = NULL;
        for (size_t s = 0; s < doc->nstmt; s++) {
            if (!doc->stmts[s].direct)
                continue;
            if (doc->stmts[s].start == doc->toks[q[i].open].end)
                a = &doc->stmts[s];
            if (doc->stmts[s].start == doc->toks[q[i + 1].open].end)
                b = &doc->stmts[s];
        }
        if (a && b && a->speaker < 0 && b->speaker >= 0 && doc->toks[q[i + 1].open].para == doc->toks[q[i].open].para + 1)
            a->speaker = b->speaker;
    }
}

void ng_find_statements(ng_document *doc)
{
    qspan *q;
    size_t nq = S_find_quotes(doc, &q);
    S_index_quotes(doc, q, nq);
    S_reported(doc, q, nq);
    S_direct_quotes(doc, q, nq);
    S_transcript_paragraphs(doc);
    if (doc->attr)
        S_modeled_reports(doc, q, nq);
    S_continued_quotes(doc, q, nq);
    free(q);
    S_link_events(doc);
}
