/* syntax_doc.c -- the pipeline stage that tags and parses every sentence of
 * a document, and the helpers later stages read the parse with. */
#include <stdlib.h>
#include <string.h>

#include "syntax.h"

/* Longer "sentences" (lists, tables, text without full stops) are parsed
 * in pieces of this many words: the parser is linear, but a tree over a
 * thousand words says nothing the pieces do not. */
#define PARSE_CHUNK 200

/* Where the story starts in sentence si: after a dateline ("DAKAR, Senegal
 * —", "SANTA CLARA, Calif. (Reuters) -") in the first paragraph of the
 * body, else at its first token. The dateline is parsed as a piece of its
 * own: as a part of the lead's sentence it makes the city its root and the
 * lead's verb hang from it. */
static size_t S_story_start(const ng_document *doc, size_t si)
{
    const ng_sentence *s = &doc->sents[si];
    if (s->tok_start >= s->tok_end)
        return s->tok_start;
    uint32_t para = doc->toks[s->tok_start].para;
    if (s->tok_start > 0 && doc->toks[s->tok_start - 1].para == para)
        return s->tok_start;
    for (uint32_t p = 0; p < para; p++)
        if (doc->art->paras[p].kind != NG_PARA_HEADING)
            return s->tok_start;
    size_t story = ng_dateline_end(doc, s);
    return story < s->tok_end ? story : s->tok_start;
}

/* One tree per sentence: the dateline's root hangs from the story's as
 * parataxis, as UD treebanks attach datelines. */
static void S_join_dateline(ng_document *doc, const ng_syntax_model *m, const ng_sentence *s, size_t story)
{
    int32_t dateline_root = -1, story_root = -1;
    for (size_t i = s->tok_start; i < s->tok_end; i++)
        if (doc->toks[i].head < 0 && dateline_root < 0 && i < story)
            dateline_root = (int32_t)i;
        else if (doc->toks[i].head < 0 && story_root < 0 && i >= story)
            story_root = (int32_t)i;
    int parataxis = ng_syntax_find_rel(m, "parataxis");
    if (dateline_root < 0 || story_root < 0 || parataxis <= 0)
        return;
    doc->toks[dateline_root].head = story_root;
    doc->toks[dateline_root].rel = (uint8_t)parataxis;
}

/* Tags, heads and relations of piece ss of a sentence, which starts at
 * token from. */
static void S_store_parse(ng_document *doc, size_t from, const ng_syn_sentence *ss)
{
    for (size_t i = 0; i < ss->n; i++) {
        ng_token *t = &doc->toks[from + i];
        t->tag = ss->tag[i];
        t->rel = ss->rel[i];
        t->head = ss->head[i] ? (int32_t)(from + ss->head[i] - 1) : -1;
    }
}

/* Is word i of ss two capital letters or more, and at most max? */
static bool S_capitals(const ng_syn_sentence *ss, size_t i, size_t max)
{
    bool capitals = ss->lens[i] >= 2 && ss->lens[i] <= max;
    for (size_t c = 0; c < ss->lens[i] && capitals; c++)
        capitals = ss->words[i][c] >= 'A' && ss->words[i][c] <= 'Z';
    return capitals;
}

/* "The WHO said": a word in capital letters in a sentence
 * that has words in lower case, between words that are not (no shouted
 * line: "SIGN UP FOR OUR NEWSLETTER"), is a name's initials, not the function
 * word its letters spell ("who", "us"), which the tagger, giving a
 * frequent word the one tag it had in training, would read. Such a word
 * tagged as a closed class becomes a proper noun, for the parse only (the
 * name tagger reads tags of its own). */
static void S_initials_as_names(const ng_syntax_model *m, ng_syn_sentence *ss)
{
    int propn = ng_syntax_find_tag(m, "PROPN|NNP");
    bool lower = false;
    for (size_t i = 0; i < ss->n && !lower; i++)
        for (size_t c = 0; c < ss->lens[i] && !lower; c++)
            lower = ss->words[i][c] >= 'a' && ss->words[i][c] <= 'z';
    if (propn < 0 || !lower)
        return;
    static const char *const closed[] = {"PRON", "DET", "ADP", "CCONJ", "SCONJ", "AUX", "PART", NULL};
    /* (four letters at most: not a word shouted, "offended by ANYTHING") */
    for (size_t i = 0; i < ss->n; i++)
        if (S_capitals(ss, i, 4) && !(i > 0 && S_capitals(ss, i - 1, 64)) &&
            !(i + 1 < ss->n && S_capitals(ss, i + 1, 64)) && ng_word_in(m->upos[ss->tag[i]], closed))
            ss->tag[i] = (uint16_t)propn;
}

/* Tags and parse of piece ss. */
static void S_analyse(const ng_syntax_model *m, ng_syn_work *wk, ng_syn_sentence *ss)
{
    ng_syntax_tag(m, wk, ss);
    S_initials_as_names(m, ss);
    ng_syntax_parse_tagged(m, wk, ss);
}

/* A sentence of at most PARSE_CHUNK words after a dateline: tagged whole
 * (the words before the lead's first tell the tagger "Boeing" is a name,
 * not a verb in -ing), parsed in two pieces, then joined. */
static void S_parse_after_dateline(ng_document *doc, const ng_syntax_model *m, ng_syn_work *wk, const ng_sentence *s,
                                   size_t story)
{
    const char *words[PARSE_CHUNK];
    size_t lens[PARSE_CHUNK];
    uint16_t tag[PARSE_CHUNK], head[PARSE_CHUNK];
    uint8_t rel[PARSE_CHUNK];
    size_t n = s->tok_end - s->tok_start, d = story - s->tok_start;
    for (size_t i = 0; i < n; i++) {
        const ng_token *t = &doc->toks[s->tok_start + i];
        words[i] = doc->art->text + t->start;
        lens[i] = t->end - t->start;
    }
    ng_syn_sentence whole = {words, lens, n, tag, head, rel};
    ng_syntax_tag(m, wk, &whole);
    S_initials_as_names(m, &whole);
    ng_syn_sentence dateline = {words, lens, d, tag, head, rel};
    ng_syntax_parse(m, wk, &dateline);
    S_store_parse(doc, s->tok_start, &dateline);
    ng_syn_sentence lead = {words + d, lens + d, n - d, tag + d, head + d, rel + d};
    ng_syntax_parse(m, wk, &lead);
    S_store_parse(doc, story, &lead);
    S_join_dateline(doc, m, s, story);
}

void ng_parse_sentences(ng_document *doc)
{
    for (size_t i = 0; i < doc->ntok; i++)
        doc->toks[i].head = -1;
    const ng_syntax_model *m = doc->syntax;
    if (!m || !doc->ntok)
        return;
    ng_syn_work *wk = ng_syn_work_new();
    const char *words[PARSE_CHUNK];
    size_t lens[PARSE_CHUNK];
    uint16_t tag[PARSE_CHUNK], head[PARSE_CHUNK];
    uint8_t rel[PARSE_CHUNK];
    for (size_t si = 0; si < doc->nsent; si++) {
        const ng_sentence *s = &doc->sents[si];
        size_t story = S_story_start(doc, si);
        if (story > s->tok_start && s->tok_end - s->tok_start <= PARSE_CHUNK) {
            S_parse_after_dateline(doc, m, wk, s, story);
            continue;
        }
        for (size_t from = s->tok_start; from < s->tok_end; from += PARSE_CHUNK) {
            size_t n = s->tok_end - from < PARSE_CHUNK ? s->tok_end - from : PARSE_CHUNK;
            for (size_t i = 0; i < n; i++) {
                const ng_token *t = &doc->toks[from + i];
                words[i] = doc->art->text + t->start;
                lens[i] = t->end - t->start;
            }
            ng_syn_sentence ss = {words, lens, n, tag, head, rel};
            S_analyse(m, wk, &ss);
            S_store_parse(doc, from, &ss);
        }
    }
    ng_syn_work_free(wk);
    /* dependents in text order: first child and next sibling */
    doc->dep_first = ng_arena_alloc(&doc->arena, doc->ntok * sizeof *doc->dep_first);
    doc->dep_next = ng_arena_alloc(&doc->arena, doc->ntok * sizeof *doc->dep_next);
    int32_t *last = malloc(doc->ntok * sizeof *last);
    for (size_t i = 0; i < doc->ntok; i++)
        doc->dep_first[i] = doc->dep_next[i] = last[i] = -1;
    for (size_t i = 0; i < doc->ntok; i++) {
        int32_t h = doc->toks[i].head;
        if (h < 0)
            continue;
        if (last[h] < 0)
            doc->dep_first[h] = (int32_t)i;
        else
            doc->dep_next[last[h]] = (int32_t)i;
        last[h] = (int32_t)i;
    }
    free(last);
}

bool ng_dep_parsed(const ng_document *doc) { return doc->syntax && doc->dep_first; }

const char *ng_dep_rel(const ng_document *doc, size_t tok)
{
    return ng_dep_parsed(doc) && tok < doc->ntok ? doc->syntax->rels[doc->toks[tok].rel] : "";
}

const char *ng_dep_upos(const ng_document *doc, size_t tok)
{
    if (!ng_dep_parsed(doc) || tok >= doc->ntok)
        return "";
    return doc->syntax->upos[doc->toks[tok].tag];
}

bool ng_dep_finite(const ng_document *doc, size_t tok)
{
    if (!ng_dep_parsed(doc) || tok >= doc->ntok)
        return false;
    const char *bar = strchr(doc->syntax->tags[doc->toks[tok].tag], '|');
    return bar && (!strcmp(bar + 1, "VBD") || !strcmp(bar + 1, "VBZ") || !strcmp(bar + 1, "VBP") || !strcmp(bar + 1, "MD"));
}

bool ng_dep_past(const ng_document *doc, size_t tok)
{
    if (!ng_dep_parsed(doc) || tok >= doc->ntok)
        return false;
    const char *bar = strchr(doc->syntax->tags[doc->toks[tok].tag], '|');
    return bar && !strcmp(bar + 1, "VBD");
}

bool ng_dep_past_participle(const ng_document *doc, size_t tok)
{
    if (!ng_dep_parsed(doc) || tok >= doc->ntok)
        return false;
    const char *bar = strchr(doc->syntax->tags[doc->toks[tok].tag], '|');
    return bar && !strcmp(bar + 1, "VBN");
}

int ng_dep_head(const ng_document *doc, size_t tok)
{
    return ng_dep_parsed(doc) && tok < doc->ntok ? doc->toks[tok].head : -1;
}

static bool S_rel_is(const char *rel, const char *want)
{
    if (strchr(want, ':'))
        return strcmp(rel, want) == 0;
    size_t n = strlen(want);
    return strncmp(rel, want, n) == 0 && (rel[n] == '\0' || rel[n] == ':');
}

int ng_dep_child(const ng_document *doc, size_t head, const char *rel)
{
    if (!ng_dep_parsed(doc) || head >= doc->ntok)
        return -1;
    for (int32_t c = doc->dep_first[head]; c >= 0; c = doc->dep_next[c])
        if (S_rel_is(ng_dep_rel(doc, (size_t)c), rel))
            return c;
    return -1;
}

int ng_dep_subject(const ng_document *doc, size_t verb)
{
    int s = ng_dep_child(doc, verb, "nsubj");
    return s >= 0 ? s : ng_dep_child(doc, verb, "csubj");
}

int ng_dep_object(const ng_document *doc, size_t verb) { return ng_dep_child(doc, verb, "obj"); }

int ng_dep_complement(const ng_document *doc, size_t verb)
{
    int c = ng_dep_child(doc, verb, "ccomp");
    return c >= 0 ? c : ng_dep_child(doc, verb, "xcomp");
}

size_t ng_dep_span_head(const ng_document *doc, size_t from, size_t to)
{
    for (size_t k = from; k < to; k++) {
        int h = ng_dep_head(doc, k);
        if (h < (int)from || h >= (int)to)
            return k;
    }
    return to - 1;
}

int ng_dep_governing_verb(const ng_document *doc, size_t tok)
{
    if (!ng_dep_parsed(doc))
        return -1;
    for (int t = (int)tok, steps = 0; t >= 0 && (size_t)steps <= doc->ntok; t = doc->toks[t].head, steps++)
        if (strcmp(ng_dep_upos(doc, (size_t)t), "VERB") == 0)
            return t;
    return -1;
}

static bool S_is_punct(const ng_document *doc, size_t tok) { return strcmp(ng_dep_upos(doc, tok), "PUNCT") == 0; }

/* Extend [*lo, *hi] over the subtree of tok, leaving out the dependents on
 * the right that begin a clause of their own. */
static void S_span(const ng_document *doc, size_t tok, size_t *lo, size_t *hi, int depth)
{
    if (tok < *lo)
        *lo = tok;
    if (tok > *hi)
        *hi = tok;
    if (depth > 64)
        return;
    for (int32_t c = doc->dep_first[tok]; c >= 0; c = doc->dep_next[c]) {
        const char *r = ng_dep_rel(doc, (size_t)c);
        if ((size_t)c > tok && depth == 0 &&
            (S_rel_is(r, "acl") || S_rel_is(r, "appos") || S_rel_is(r, "parataxis") || S_rel_is(r, "punct")))
            continue;
        S_span(doc, (size_t)c, lo, hi, depth + 1);
    }
}

void ng_dep_phrase(const ng_document *doc, size_t tok, size_t *start, size_t *end)
{
    *start = tok;
    *end = tok + 1;
    if (!ng_dep_parsed(doc) || tok >= doc->ntok)
        return;
    size_t lo = tok, hi = tok;
    S_span(doc, tok, &lo, &hi, 0);
    while (lo < tok && S_is_punct(doc, lo))
        lo++;
    while (hi > tok && S_is_punct(doc, hi))
        hi--;
    *start = lo;
    *end = hi + 1;
}

/* The token d from token i inside sentence s, or NULL beyond its edges
 * (*edge then "<s>" or "</s>"). */
static const ng_token *S_sent_token(const ng_document *doc, const ng_sentence *s, size_t i, long d, long *j,
                                    const char **edge)
{
    *j = (long)i + d;
    *edge = *j < (long)s->tok_start ? "<s>" : *j >= (long)s->tok_end ? "</s>" : NULL;
    return *edge ? NULL : &doc->toks[*j];
}

const char *ng_sent_word(const ng_document *doc, const ng_sentence *s, size_t i, long d)
{
    long j;
    const char *edge;
    const ng_token *t = S_sent_token(doc, s, i, d, &j, &edge);
    return !t ? edge : t->lower ? t->lower : "";
}

const char *ng_sent_upos(const ng_document *doc, const ng_sentence *s, size_t i, long d)
{
    long j;
    const char *edge;
    return S_sent_token(doc, s, i, d, &j, &edge) ? ng_dep_upos(doc, (size_t)j) : edge;
}
