/* doc.c -- small helpers on the document model that the stages share:
 * spans and words of tokens, the mention index, the actor table. */
#define _GNU_SOURCE /* memmem */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

const char *ng_doc_span(ng_document *doc, size_t start, size_t end)
{
    return ng_arena_strndup(&doc->arena, doc->art->text + start, end - start);
}

bool ng_tok_is(const ng_document *doc, size_t i, const char *folded)
{
    return i < doc->ntok && strcmp(doc->toks[i].lower, folded) == 0;
}

size_t ng_counterpart_before(const ng_document *doc, size_t k, size_t lo, size_t *noun)
{
    if (k > lo && ng_tok_is(doc, k - 1, ","))
        k--;
    if (k < lo + 2 || !(ng_tok_is(doc, k - 1, "counterpart") || ng_tok_is(doc, k - 1, "counterparts")))
        return 0;
    size_t c = k - 1, p = c;
    while (p > lo + 1 && p + 3 > c && (doc->toks[p - 1].flags & NG_TOK_CAP))
        p--;
    if (!(ng_tok_is(doc, p - 1, "his") || ng_tok_is(doc, p - 1, "her") || ng_tok_is(doc, p - 1, "their")))
        return 0;
    *noun = c;
    return p - 1;
}

size_t ng_relative_clause_before(const ng_document *doc, size_t v)
{
    size_t from = doc->sents[doc->toks[v].sent].tok_start;
    if (v < from + 4 || doc->art->text[doc->toks[v - 1].start] != ',')
        return 0;
    for (size_t k = v - 2; k > from + 1 && v - k < 30; k--) {
        if (doc->toks[k].flags & NG_TOK_QUOTE)
            return 0;
        if (doc->art->text[doc->toks[k - 1].start] == ',' && (ng_tok_is(doc, k, "which") || ng_tok_is(doc, k, "who")))
            return k;
    }
    return 0;
}

bool ng_tok_possessive(const ng_document *doc, size_t i)
{
    if (i >= doc->ntok || i == 0)
        return false;
    if (doc->toks[i].flags & NG_TOK_POSS)
        return true;
    /* (an apostrophe alone, glued to a word: "Los Angeles' reserves") */
    const char *t = doc->art->text + doc->toks[i].start;
    size_t n = doc->toks[i].end - doc->toks[i].start;
    return doc->toks[i - 1].end == doc->toks[i].start && (doc->toks[i - 1].flags & NG_TOK_WORD) &&
           ((n == 1 && *t == '\'') || (n == 3 && !memcmp(t, "\xE2\x80\x99", 3)));
}

/* A punctuation token that is an em or en dash, a run of hyphens ("--")
 * or a hyphen with a space on either side, as Reuters writes a dash
 * ("GENEVA (Reuters) - Measles cases"): datelines and asides. */
bool ng_tok_is_dash(const ng_document *doc, size_t i)
{
    if (i >= doc->ntok || !(doc->toks[i].flags & NG_TOK_PUNCT))
        return false;
    const ng_token *t = &doc->toks[i];
    const char *text = doc->art->text;
    const unsigned char *u = (const unsigned char *)text + t->start;
    bool spaced = t->start > 0 && t->end < doc->art->len && text[t->start - 1] == ' ' && text[t->end] == ' ';
    /* (em dash, en dash and the horizontal bar some sites write: "WASHINGTON ―") */
    return (t->end - t->start == 3 && u[0] == 0xE2 && u[1] == 0x80 && (u[2] == 0x94 || u[2] == 0x93 || u[2] == 0x95)) ||
           (t->end - t->start >= 2 && u[0] == '-') || (t->end - t->start == 1 && u[0] == '-' && spaced);
}

/* Is token i a word in -ing ("saying", "beating"): a participle or a
 * gerund? */
bool ng_tok_ing_form(const ng_document *doc, size_t i)
{
    const char *w = i < doc->ntok ? doc->toks[i].lower : NULL;
    size_t l = w ? strlen(w) : 0;
    return l > 4 && strcmp(w + l - 3, "ing") == 0;
}

/* Tokens [i, j) folded and joined by spaces (no space before a
 * possessive): a lexicon key, in buf. */
static void S_fold_into(ng_buf *b, const ng_document *doc, size_t i, size_t j)
{
    for (size_t k = i; k < j; k++) {
        if (k > i && !(doc->toks[k].flags & NG_TOK_POSS))
            ng_buf_addc(b, ' ');
        ng_buf_adds(b, doc->toks[k].lower);
    }
}

/* The same key in the document's arena. */
char *ng_doc_fold_range(ng_document *doc, size_t i, size_t j)
{
    ng_buf b = {0};
    S_fold_into(&b, doc, i, j);
    char *s = ng_arena_strdup(&doc->arena, b.data ? b.data : "");
    ng_buf_free(&b);
    return s;
}

/* Where the story of sentence s begins after a dateline opening it ("VIENNA
 * —", "ST. JOSEPH, Mich. (AP) —"); its first token when there is none. */
size_t ng_dateline_end(const ng_document *doc, const ng_sentence *s)
{
    /* "(CNN) —": the agency alone */
    size_t a = s->tok_start;
    if (a + 3 < s->tok_end && doc->art->text[doc->toks[a].start] == '(' &&
        (doc->toks[a + 1].flags & NG_TOK_CAP) && doc->art->text[doc->toks[a + 2].start] == ')' &&
        ng_tok_is_dash(doc, a + 3))
        return a + 4;
    /* (up to "LOS ANGELES, Feb. 2 (UPI) —") */
    for (size_t k = s->tok_start; k < s->tok_end && k < s->tok_start + 12; k++) {
        if (!ng_tok_is_dash(doc, k))
            continue;
        /* ("March 25 (Reuters) -": a date and the agency, no city) */
        bool agency = k >= s->tok_start + 3 && doc->art->text[doc->toks[k - 1].start] == ')' &&
                      doc->art->text[doc->toks[k - 3].start] == '(';
        return k > s->tok_start && ((doc->toks[s->tok_start].flags & NG_TOK_ALLCAPS) || agency) ? k + 1
                                                                                               : s->tok_start;
    }
    return s->tok_start;
}

const ng_lex_entry *ng_lex_name_of(const ng_document *doc, size_t i, size_t j)
{
    ng_buf b = {0};
    S_fold_into(&b, doc, i, j);
    const ng_lex_entry *e = ng_lex_name(doc->lex, b.data ? b.data : "");
    ng_buf_free(&b);
    return e;
}

/* The longest demonym of up to three tokens at token i, before limit
 * ("Chinese", "South Korean"): its length, its country's entry in *e. */
size_t ng_demonym_at(const ng_document *doc, size_t i, size_t limit, const ng_lex_entry **e)
{
    for (size_t n = 3; n >= 1; n--) {
        if (i + n > limit)
            continue;
        ng_buf b = {0};
        S_fold_into(&b, doc, i, i + n);
        const ng_lex_entry *hit = ng_lex_demonym(doc->lex, b.data ? b.data : "");
        ng_buf_free(&b);
        if (hit) {
            *e = hit;
            return n;
        }
    }
    return 0;
}

bool ng_word_in(const char *folded, const char *const *words)
{
    for (int k = 0; words[k]; k++)
        if (strcmp(folded, words[k]) == 0)
            return true;
    return false;
}

bool ng_word_singular(const char *plural, char *out, size_t cap)
{
    size_t n = strlen(plural);
    if (n < 4 || n >= cap || plural[n - 1] != 's')
        return false;
    if (n > 4 && !strcmp(plural + n - 3, "ies"))
        snprintf(out, cap, "%.*sy", (int)(n - 3), plural);
    else
        snprintf(out, cap, "%.*s", (int)(n - 1), plural);
    return true;
}

bool ng_plural_word(const char *folded)
{
    size_t n = strlen(folded);
    return n > 3 && folded[n - 1] == 's' && folded[n - 2] != 's';
}

void ng_index_mentions(ng_document *doc)
{
    doc->tok_mention = ng_arena_alloc(&doc->arena, (doc->ntok + 1) * sizeof *doc->tok_mention);
    for (size_t i = 0; i < doc->ntok; i++)
        doc->tok_mention[i] = -1;
    /* mentions are sorted by start; an enclosing mention keeps its tokens */
    for (size_t m = 0; m < doc->nmention; m++)
        for (size_t t = doc->mentions[m].tok_start; t < doc->mentions[m].tok_end; t++)
            if (doc->tok_mention[t] < 0)
                doc->tok_mention[t] = (int)m;
}

int ng_mention_after_titles(const ng_document *doc, size_t k, size_t end)
{
    size_t from = k;
    /* (and abbreviated: "Ohio Gov. Mike DeWine") */
    while (k < end && k < from + 3 && (doc->toks[k].flags & NG_TOK_CAP) &&
           (ng_lex_is_title_head(doc->lex, doc->toks[k].lower) || ng_lex_is_title_mod(doc->lex, doc->toks[k].lower) ||
            ng_lex_is_title_abbreviation(doc->lex, doc->toks[k].lower)))
        k++;
    int m = k < end ? ng_mention_at(doc, k) : -1;
    return m >= 0 && doc->mentions[m].tok_start == k ? m : -1;
}

int ng_mention_at(const ng_document *doc, size_t tok)
{
    if (doc->tok_mention)
        return tok < doc->ntok ? doc->tok_mention[tok] : -1;
    for (size_t m = 0; m < doc->nmention; m++)
        if (tok >= doc->mentions[m].tok_start && tok < doc->mentions[m].tok_end)
            return (int)m;
    return -1;
}

int ng_actor_add(ng_document *doc, int type, const char *name)
{
    ng_actor *a = NG_PUSH(&doc->arena, doc->actors, doc->nactor, doc->cap_actor);
    a->type = type;
    a->name = name;
    return (int)(doc->nactor - 1);
}

void ng_actor_add_alt(ng_document *doc, int actor, const char *name)
{
    ng_actor *a = &doc->actors[actor];
    if (!name || strcmp(name, a->name) == 0)
        return;
    for (size_t i = 0; i < a->nalt; i++)
        if (strcmp(a->alt[i], name) == 0)
            return;
    *NG_PUSH(&doc->arena, a->alt, a->nalt, a->cap_alt) = name;
}

void ng_actor_add_title(ng_document *doc, int actor, const char *title)
{
    ng_actor *a = &doc->actors[actor];
    if (!title || !*title)
        return;
    for (size_t i = 0; i < a->ntitle; i++)
        if (strcasecmp(a->titles[i], title) == 0)
            return;
    *NG_PUSH(&doc->arena, a->titles, a->ntitle, a->cap_title) = title;
}

void ng_actor_add_affiliation(ng_document *doc, int actor, int other)
{
    if (actor < 0 || other < 0 || actor == other)
        return;
    ng_actor *a = &doc->actors[actor];
    for (size_t i = 0; i < a->naffil; i++)
        if (a->affil[i] == other)
            return;
    *NG_PUSH(&doc->arena, a->affil, a->naffil, a->cap_affil) = other;
}

/* Words that name the actor outside its mentions (kept as its evidence). */
void ng_actor_named_at(ng_document *doc, int actor, uint32_t tok_start, uint32_t tok_end)
{
    ng_actor *act = &doc->actors[actor];
    for (size_t k = 0; k < act->nnamed_at; k++)
        if (act->named_at[2 * k] == tok_start)
            return;
    act->named_at = ng_arena_grow(&doc->arena, act->named_at, sizeof *act->named_at, 2 * act->nnamed_at,
                                  &act->cap_named_at, 2 * act->nnamed_at + 2);
    act->named_at[2 * act->nnamed_at] = tok_start;
    act->named_at[2 * act->nnamed_at + 1] = tok_end;
    act->nnamed_at++;
}

int ng_actor_for_lex(ng_document *doc, const ng_lex_entry *e)
{
    for (size_t i = 0; i < doc->nactor; i++)
        if (doc->actors[i].lex == e)
            return (int)i;
    int a = ng_actor_add(doc, e->kind, e->name);
    doc->actors[a].lex = e;
    doc->actors[a].place_kind = e->place_kind;
    return a;
}

/* Index of the first mention starting at or after pos (mentions are sorted). */
size_t ng_mention_lower_bound(const ng_document *doc, uint32_t pos)
{
    size_t lo = 0, hi = doc->nmention;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (doc->mentions[mid].tok_start < pos)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

int ng_last_actor_before(const ng_document *doc, uint32_t tok, int type)
{
    for (size_t m = ng_mention_lower_bound(doc, tok); m-- > 0;) {
        const ng_mention *mm = &doc->mentions[m];
        /* (not the agency of a dateline, which only carried the story:
         * "HANOI (AFP) - ... A storm could reach the coast, it said") */
        if (mm->actor >= 0 && doc->actors[mm->actor].type == type && mm->actor != doc->publisher &&
            mm->tok_end >= ng_dateline_end(doc, &doc->sents[doc->toks[mm->tok_start].sent]))
            return mm->actor;
    }
    return -1;
}

void ng_align_tokens(const ng_document *doc, const ng_buf *raw, size_t *at, size_t *unaligned)
{
    size_t pos = 0;
    for (size_t i = 0; i < doc->ntok; i++) {
        const ng_token *t = &doc->toks[i];
        size_t len = t->end - t->start;
        size_t window = raw->len - pos < 4096 ? raw->len - pos : 4096;
        const char *hit = len && window >= len ? memmem(raw->data + pos, window, doc->art->text + t->start, len) : NULL;
        if (!hit) {
            at[i] = SIZE_MAX;
            (*unaligned)++;
            continue;
        }
        at[i] = (size_t)(hit - raw->data);
        pos = at[i] + len;
    }
}

ng_gold_span *ng_read_gold_spans(const char *path, const ng_buf *raw, const char *label_name, size_t *count,
                                 ng_error *err)
{
    ng_buf b = {0};
    if (ng_read_file(path, &b, err) != 0)
        return NULL;
    size_t ncp = ng_utf8_count(raw->data, raw->len);
    size_t *cp_byte = ng_utf8_cp_bytes(raw->data, raw->len);
    ng_gold_span *g = NULL;
    size_t n = 0, cap = 0;
    long line = 0;
    bool ok = true;
    char *save = NULL;
    ng_buf_addc(&b, '\0');
    for (char *l = strtok_r(b.data, "\n", &save); l; l = strtok_r(NULL, "\n", &save)) {
        line++;
        unsigned long s, e;
        char label[128];
        if (sscanf(l, "%lu\t%lu\t%127s", &s, &e, label) != 3 || s >= e || e > ncp) {
            ng_error_set(err, path, line, 0, "expected START<TAB>END<TAB>%s within the article", label_name);
            ok = false;
            break;
        }
        if (n == cap) {
            cap = cap ? 2 * cap : 256;
            g = realloc(g, cap * sizeof *g);
            if (!g)
                abort();
        }
        g[n] = (ng_gold_span){(uint32_t)cp_byte[s], (uint32_t)cp_byte[e], {0}};
        memcpy(g[n++].label, label, sizeof label);
    }
    free(cp_byte);
    ng_buf_free(&b);
    if (!ok) {
        free(g);
        return NULL;
    }
    *count = n;
    return g ? g : calloc(1, sizeof *g);
}
