/* syntax.c -- features, tagging and parsing with a trained syntax model.
 *
 * Both models hash their features (a template number and the hashes or ids
 * it combines) into tables of rows, one weight per class, as the NER tagger
 * does: no feature dictionary, one array per model. The parser is
 * arc-eager (Nivre 2003) with the root at the bottom of the stack and at
 * most one word attached to it; its features are those of Zhang and Nivre
 * (2011) plus word classes (Koo et al. 2008). The transition code here is
 * shared with training (syntax_train.c) through syntax_state.h. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "syntax.h"
#include "syntax_state.h"

/* ---- weights --------------------------------------------------------------- */

int ng_weights_alloc(ng_weights *t, uint32_t bits, uint32_t nclass)
{
    memset(t, 0, sizeof *t);
    t->bits = bits;
    t->nclass = nclass;
    size_t n = ((size_t)1 << bits) * nclass;
    t->w = calloc(n, sizeof *t->w);
    t->u = calloc(n, sizeof *t->u);
    if (!t->w || !t->u) {
        ng_weights_free(t);
        return -1;
    }
    return 0;
}

void ng_weights_free(ng_weights *t)
{
    free(t->w);
    free(t->u);
    if (!t->borrowed) {
        free(t->q);
        free(t->slot);
        free(t->ent);
        free(t->dense);
    }
    t->slot = NULL;
    t->ent = NULL;
    t->dense = NULL;
    t->w = NULL;
    t->u = NULL;
    t->q = NULL;
}

void ng_weights_average(ng_weights *t, double c)
{
    size_t n = ((size_t)1 << t->bits) * t->nclass;
    for (size_t i = 0; i < n; i++)
        t->w[i] = (float)(t->w[i] - t->u[i] / c);
    free(t->u);
    t->u = NULL;
}

int ng_weights_averaged_copy(const ng_weights *t, double c, ng_weights *out)
{
    memset(out, 0, sizeof *out);
    out->bits = t->bits;
    out->nclass = t->nclass;
    size_t n = ((size_t)1 << t->bits) * t->nclass;
    out->w = malloc(n * sizeof *out->w);
    if (!out->w)
        return -1;
    for (size_t i = 0; i < n; i++)
        out->w[i] = (float)(t->w[i] - t->u[i] / c);
    return 0;
}

void ng_weights_score(const ng_weights *t, const uint32_t *feats, size_t nf, float *scores)
{
    uint32_t mask = (1u << t->bits) - 1, nc = t->nclass;
    if (t->w) {
        for (size_t f = 0; f < nf; f++) {
            const float *row = t->w + (size_t)(feats[f] & mask) * nc;
            for (uint32_t k = 0; k < nc; k++)
                scores[k] += row[k];
        }
        return;
    }
    /* The rows are scattered over tens of megabytes: ask for all of them
     * before reading any, so that the cache misses overlap. */
    int32_t acc[NG_SYN_MAX_TAGS + 1] = {0};
    uint32_t b[NG_SYN_MAX_FEATS];
    nf = nf < NG_SYN_MAX_FEATS ? nf : NG_SYN_MAX_FEATS;
    for (size_t f = 0; f < nf; f++)
        b[f] = feats[f] & mask;
    if (t->q) {
        for (size_t f = 0; f < nf; f++)
            __builtin_prefetch(t->q + (size_t)b[f] * nc);
        for (size_t f = 0; f < nf; f++) {
            const int16_t *row = t->q + (size_t)b[f] * nc;
            for (uint32_t k = 0; k < nc; k++)
                acc[k] += row[k];
        }
    } else {
        for (size_t f = 0; f < nf; f++)
            __builtin_prefetch(t->slot + 4 * (size_t)b[f]);
        /* second round: the dense rows and the longer sparse rows the
         * slots point to */
        for (size_t f = 0; f < nf; f++) {
            const uint32_t *sl = t->slot + 4 * (size_t)b[f];
            if ((sl[0] & 0xff) <= 3)
                continue;
            if (sl[0] >> 8) {
                const char *row = (const char *)(t->dense + (size_t)((sl[0] >> 8) - 1) * nc);
                for (size_t off = 0; off < nc * sizeof(int16_t); off += 64)
                    __builtin_prefetch(row + off);
            } else
                __builtin_prefetch(t->ent + sl[1]);
        }
        for (size_t f = 0; f < nf; f++) {
            const uint32_t *sl = t->slot + 4 * (size_t)b[f];
            uint32_t n = sl[0] & 0xff;
            if (n <= 3) {
                for (uint32_t j = 0; j < n; j++)
                    acc[sl[1 + j] >> 16] += (int16_t)(uint16_t)(sl[1 + j] & 0xffff);
            } else if (sl[0] >> 8) {
                const int16_t *row = t->dense + (size_t)((sl[0] >> 8) - 1) * nc;
                for (uint32_t k = 0; k < nc; k++)
                    acc[k] += row[k];
            } else {
                for (uint32_t j = sl[1]; j < sl[1] + n; j++)
                    acc[t->ent[j] >> 16] += (int16_t)(uint16_t)(t->ent[j] & 0xffff);
            }
        }
    }
    for (uint32_t k = 0; k < nc; k++)
        scores[k] += (float)acc[k] * t->scale;
}

void ng_weights_update(ng_weights *t, const uint32_t *feats, size_t nf, uint32_t k, float d, double c)
{
    uint32_t mask = (1u << t->bits) - 1;
    for (size_t f = 0; f < nf; f++) {
        size_t at = (size_t)(feats[f] & mask) * t->nclass + k;
        t->w[at] += d;
        t->u[at] += c * d;
    }
}

/* ---- hashing ---------------------------------------------------------------- */

static inline uint64_t S_mix(uint64_t h, uint64_t v)
{
    h ^= v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
    return h;
}

static inline uint32_t S_final(uint64_t h)
{
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 33;
    return (uint32_t)h;
}

static inline uint32_t S_f1(unsigned t, uint64_t a) { return S_final(S_mix((uint64_t)t * 0x100000001b3ULL, a)); }
static inline uint32_t S_f2(unsigned t, uint64_t a, uint64_t b)
{
    return S_final(S_mix(S_mix((uint64_t)t * 0x100000001b3ULL, a), b));
}
static inline uint32_t S_f3(unsigned t, uint64_t a, uint64_t b, uint64_t c)
{
    return S_final(S_mix(S_mix(S_mix((uint64_t)t * 0x100000001b3ULL, a), b), c));
}

/* ---- word facts ---------------------------------------------------------------- */

static bool S_is_punct_byte(unsigned char c)
{
    return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
}

size_t ng_syn_fold(const char *w, size_t n, char *out)
{
    size_t nl = n < 63 ? n : 63;
    for (size_t i = 0; i < nl; i++) {
        unsigned char c = (unsigned char)w[i];
        if (c >= 'A' && c <= 'Z')
            c = (unsigned char)(c + 32);
        else if (c >= '0' && c <= '9')
            c = '0'; /* "1996" and "2024" share their features */
        out[i] = (char)c;
    }
    out[nl] = '\0';
    return nl;
}

/* ---- ambiguity classes ------------------------------------------------------------ */

static size_t S_dict_slot(const ng_syn_dict *d, uint64_t key)
{
    size_t i = (size_t)(key * 0x9E3779B97F4A7C15ULL >> 20) & (d->cap - 1);
    while (d->keys[i] && d->keys[i] != key)
        i = (i + 1) & (d->cap - 1);
    return i;
}

void ng_syn_dict_free(ng_syn_dict *d)
{
    if (!d->borrowed) {
        free(d->keys);
        free(d->vals);
        free(d->only);
        free(d->allow);
        free(d->text);
    }
    memset(d, 0, sizeof *d);
}

/* The tags of a line's list "3,17,20" into allow, unless there are more
 * than it holds. */
static void S_dict_allow(uint16_t *allow, const char *tags, const char *end)
{
    size_t k = 0;
    for (const char *p = tags; p < end; k++) {
        if (k == NG_SYN_ALLOW_MAX) {
            allow[0] = UINT16_MAX;
            return;
        }
        char *after = NULL;
        allow[k] = (uint16_t)strtoul(p, &after, 10);
        p = after && after < end && *after == ',' ? after + 1 : end;
    }
}

int ng_syn_dict_parse(ng_syn_dict *d, const char *text, size_t len)
{
    memset(d, 0, sizeof *d);
    size_t lines = 0;
    for (size_t i = 0; i < len; i++)
        lines += text[i] == '\n';
    if (len && text[len - 1] != '\n')
        return -1;
    d->cap = 16;
    while (d->cap < lines * 2)
        d->cap *= 2;
    d->keys = calloc(d->cap, sizeof *d->keys);
    d->vals = calloc(d->cap, sizeof *d->vals);
    d->only = malloc(d->cap * sizeof *d->only);
    d->allow = malloc(d->cap * NG_SYN_ALLOW_MAX * sizeof *d->allow);
    for (size_t j = 0; j < d->cap; j++)
        d->only[j] = UINT16_MAX;
    for (size_t j = 0; j < d->cap * NG_SYN_ALLOW_MAX; j++)
        d->allow[j] = UINT16_MAX;
    d->text = malloc(len ? len : 1);
    if (len)
        memcpy(d->text, text, len);
    d->len = len;
    for (const char *p = text, *end = text + len; p < end;) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *tab = memchr(p, '\t', (size_t)(nl - p));
        if (!tab || tab == p || tab + 1 == nl) {
            ng_syn_dict_free(d);
            return -1;
        }
        uint64_t key = ng_fnv1a(p, (size_t)(tab - p)) | 1;
        size_t j = S_dict_slot(d, key);
        d->keys[j] = key;
        /* tags, then (models from 2026-11-30 on) how often the word was
         * seen and how often with its most frequent tag */
        const char *tags = tab + 1, *tab2 = memchr(tags, '\t', (size_t)(nl - tags));
        const char *tags_end = tab2 ? tab2 : nl;
        d->vals[j] = ng_fnv1a(tags, (size_t)(tags_end - tags)) | 1;
        char *after = NULL;
        unsigned long count = tab2 ? strtoul(tab2 + 1, &after, 10) : 0;
        unsigned long top = after && *after == '\t' ? strtoul(after + 1, NULL, 10) : 0;
        if (count >= NG_SYN_SURE_COUNT && top * 100 >= count * NG_SYN_SURE_SHARE &&
            !memchr(tags, ',', (size_t)(tags_end - tags)))
            d->only[j] = (uint16_t)strtoul(tags, NULL, 10);
        if (count >= NG_SYN_ALLOW_COUNT)
            S_dict_allow(d->allow + j * NG_SYN_ALLOW_MAX, tags, tags_end);
        p = nl + 1;
    }
    return 0;
}

static uint64_t S_dict_find(const ng_syn_dict *d, uint64_t key, uint16_t *only, const uint16_t **allow)
{
    *only = UINT16_MAX;
    *allow = NULL;
    if (!d->cap)
        return 0;
    size_t j = S_dict_slot(d, key | 1);
    if (!d->keys[j])
        return 0;
    *only = d->only[j];
    if (d->allow && d->allow[j * NG_SYN_ALLOW_MAX] != UINT16_MAX)
        *allow = d->allow + j * NG_SYN_ALLOW_MAX;
    return d->vals[j];
}

void ng_syn_word_facts(const ng_syntax_model *m, const char *w, size_t n, bool first, ng_syn_word *out)
{
    const ng_ner_clusters *cl = m->clusters;
    char low[64];
    size_t nl = ng_syn_fold(w, n, low);
    bool digit = false, hyphen = false, upper = false, lower = false, punct = n > 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)w[i];
        if (c >= 'A' && c <= 'Z')
            upper = true;
        else if (c >= 'a' && c <= 'z')
            lower = true;
        else if (c >= '0' && c <= '9')
            digit = true;
        else if (c == '-')
            hyphen = true;
        if (!S_is_punct_byte(c))
            punct = false;
    }
    out->form = ng_fnv1a(w, n);
    out->lower = ng_fnv1a(low, nl);
    out->amb = S_dict_find(&m->dict, out->lower, &out->only, &out->allow);
    /* affixes by characters, not bytes */
    size_t starts[64], nc = 0;
    for (size_t i = 0; i < nl; i++)
        if (((unsigned char)low[i] & 0xC0) != 0x80)
            starts[nc++] = i;
    for (size_t k = 0; k < 3; k++)
        out->pre[k] = nc > k + 1 ? ng_fnv1a(low, starts[k + 1]) : out->lower;
    for (size_t k = 0; k < 4; k++)
        out->suf[k] = nc > k + 1 ? ng_fnv1a(low + starts[nc - 1 - k], nl - starts[nc - 1 - k]) : out->lower ^ 1;
    char shape[8];
    size_t ns = 0;
    char last = 0;
    for (size_t i = 0; i < n && ns < sizeof shape; i++) {
        unsigned char c = (unsigned char)w[i];
        char s = c >= 'A' && c <= 'Z' ? 'X' : c >= 'a' && c <= 'z' ? 'x' : c >= '0' && c <= '9' ? 'd' : c >= 0x80 ? 'u' : (char)c;
        if (s == 'u' && (c & 0xC0) == 0x80)
            continue;
        if (s != last)
            shape[ns++] = s;
        last = s;
    }
    out->shape = ng_fnv1a(shape, ns);
    int k = cl ? ng_ner_clusters_find(cl, w, n) : -1;
    if (cl && k < 0)
        k = ng_ner_clusters_find(cl, low, nl);
    out->coarse = k >= 0 && cl->coarse[k] != 0xffff ? cl->coarse[k] : -1;
    out->fine = k >= 0 && cl->fine[k] != 0xffff ? cl->fine[k] : -1;
    out->flags = (upper ? NG_SYN_CAP : 0) | (upper && !lower ? NG_SYN_ALLCAPS : 0) | (digit ? NG_SYN_DIGIT : 0) |
                 (hyphen ? NG_SYN_HYPHEN : 0) | (first ? NG_SYN_FIRST : 0) | (punct ? NG_SYN_PUNCT : 0);
}

/* ---- scratch space ------------------------------------------------------------- */

void ng_syn_work_reserve(ng_syn_work *wk, size_t n)
{
    if (n <= wk->cap)
        return;
    size_t cap = wk->cap ? wk->cap : 64;
    while (cap < n)
        cap *= 2;
    free(wk->words);
    ng_syn_state_free(&wk->st);
    wk->words = calloc(cap, sizeof *wk->words);
    ng_syn_state_alloc(&wk->st, cap);
    wk->cap = cap;
}

ng_syn_work *ng_syn_work_new(void) { return calloc(1, sizeof(ng_syn_work)); }

void ng_syn_work_free(ng_syn_work *wk)
{
    if (!wk)
        return;
    free(wk->words);
    ng_syn_state_free(&wk->st);
    ng_syn_beam_free(wk->beam);
    free(wk);
}

void ng_syn_prepare(const ng_syntax_model *m, ng_syn_work *wk, const ng_syn_sentence *s)
{
    ng_syn_work_reserve(wk, s->n + 1);
    for (size_t i = 0; i < s->n; i++)
        ng_syn_word_facts(m, s->words[i], s->lens[i], i == 0, &wk->words[i]);
}

/* ---- tagger features --------------------------------------------------------- */

enum { NONE_HASH = 0x5bd1e995u, START_TAG = 0xfff0 };

size_t ng_syn_tag_features(const ng_syn_word *w, size_t n, size_t i, int p1, int p2, uint32_t *out)
{
    const ng_syn_word *x = &w[i];
    const ng_syn_word *l1 = i > 0 ? &w[i - 1] : NULL, *l2 = i > 1 ? &w[i - 2] : NULL;
    const ng_syn_word *r1 = i + 1 < n ? &w[i + 1] : NULL, *r2 = i + 2 < n ? &w[i + 2] : NULL;
    uint64_t L1 = l1 ? l1->lower : NONE_HASH, L2 = l2 ? l2->lower : NONE_HASH + 1;
    uint64_t R1 = r1 ? r1->lower : NONE_HASH + 2, R2 = r2 ? r2->lower : NONE_HASH + 3;
    uint64_t t1 = p1 < 0 ? START_TAG : (uint64_t)p1, t2 = p2 < 0 ? START_TAG : (uint64_t)p2;
    size_t k = 0;
    out[k++] = S_f1(1, 0);
    out[k++] = S_f1(2, x->lower);
    out[k++] = S_f1(3, x->form);
    for (unsigned j = 0; j < 4; j++)
        out[k++] = S_f1(4 + j, x->suf[j]);
    for (unsigned j = 0; j < 3; j++)
        out[k++] = S_f1(8 + j, x->pre[j]);
    out[k++] = S_f1(11, x->shape);
    out[k++] = S_f1(12, L1);
    out[k++] = S_f1(13, L2);
    out[k++] = S_f1(14, R1);
    out[k++] = S_f1(15, R2);
    out[k++] = S_f1(16, l1 ? l1->suf[2] : NONE_HASH);
    out[k++] = S_f1(17, r1 ? r1->suf[2] : NONE_HASH);
    out[k++] = S_f1(18, t1);
    out[k++] = S_f2(19, t1, t2);
    out[k++] = S_f2(20, t1, x->lower);
    out[k++] = S_f2(21, x->lower, R1);
    out[k++] = S_f2(22, L1, x->lower);
    out[k++] = S_f1(23, (uint64_t)(int64_t)x->coarse);
    out[k++] = S_f1(24, (uint64_t)(int64_t)x->fine);
    out[k++] = S_f1(25, l1 ? (uint64_t)(int64_t)l1->coarse : NONE_HASH);
    out[k++] = S_f1(26, r1 ? (uint64_t)(int64_t)r1->coarse : NONE_HASH);
    out[k++] = S_f1(27, r1 ? (uint64_t)(int64_t)r1->fine : NONE_HASH);
    out[k++] = S_f1(28, r2 ? (uint64_t)(int64_t)r2->coarse : NONE_HASH);
    out[k++] = S_f1(29, x->flags);
    out[k++] = S_f2(30, t1, x->suf[2]);
    out[k++] = S_f1(31, r1 ? r1->shape : NONE_HASH);
    out[k++] = S_f1(32, l1 ? l1->shape : NONE_HASH);
    out[k++] = S_f2(33, t1, (uint64_t)(int64_t)x->fine);
    out[k++] = S_f2(34, x->suf[2], R1);
    out[k++] = S_f2(35, L1, R1);
    out[k++] = S_f1(36, r1 ? r1->suf[2] ^ r1->flags : NONE_HASH);
    /* the tags the words around were seen with: a greedy tagger's only
     * view of the tags to its right */
    uint64_t A0 = x->amb, A1 = r1 ? r1->amb : NONE_HASH, A2 = r2 ? r2->amb : NONE_HASH;
    out[k++] = S_f1(37, A0);
    out[k++] = S_f1(38, A1);
    out[k++] = S_f1(39, A2);
    out[k++] = S_f2(40, A0, A1);
    out[k++] = S_f2(41, t1, A0);
    out[k++] = S_f3(42, t1, A0, A1);
    out[k++] = S_f2(43, x->lower, A1);
    out[k++] = S_f2(44, A0, x->suf[2]);
    return k;
}

/* The best of a lower-case word's training tags (best itself when it is
 * one of them). */
static uint32_t S_best_allowed(const uint16_t *allow, uint32_t ntags, const float *scores, uint32_t best)
{
    uint32_t pick = UINT32_MAX;
    for (size_t k = 0; k < NG_SYN_ALLOW_MAX && allow[k] != UINT16_MAX; k++) {
        if (allow[k] == best)
            return best;
        if (allow[k] < ntags && (pick == UINT32_MAX || scores[allow[k]] > scores[pick]))
            pick = allow[k];
    }
    return pick == UINT32_MAX ? best : pick;
}

static void S_tag(const ng_syntax_model *m, ng_syn_work *wk, ng_syn_sentence *s, bool classes)
{
    uint32_t feats[NG_SYN_MAX_FEATS];
    float scores[NG_SYN_MAX_TAGS + 1];
    int p1 = -1, p2 = -1;
    for (size_t i = 0; i < s->n; i++) {
        /* a frequent word that had one tag in training gets it unscored */
        if (wk->words[i].only < m->ntags) {
            s->tag[i] = wk->words[i].only;
            p2 = p1;
            p1 = (int)s->tag[i];
            continue;
        }
        size_t nf = ng_syn_tag_features(wk->words, s->n, i, p1, p2, feats);
        memset(scores, 0, sizeof scores);
        ng_weights_score(&m->tagger, feats, nf, scores);
        uint32_t best = 0;
        for (uint32_t k = 1; k < m->ntags; k++)
            if (scores[k] > scores[best])
                best = k;
        if (classes && wk->words[i].allow && !(wk->words[i].flags & NG_SYN_CAP) && strcmp(m->upos[best], "PROPN") == 0)
            best = S_best_allowed(wk->words[i].allow, m->ntags, scores, best);
        s->tag[i] = (uint16_t)best;
        p2 = p1;
        p1 = (int)best;
    }
}

void ng_syntax_tag(const ng_syntax_model *m, ng_syn_work *wk, ng_syn_sentence *s)
{
    ng_syn_prepare(m, wk, s);
    S_tag(m, wk, s, true);
}

void ng_syntax_tag_free(const ng_syntax_model *m, ng_syn_work *wk, ng_syn_sentence *s)
{
    ng_syn_prepare(m, wk, s);
    S_tag(m, wk, s, false);
}

/* ---- parser state ------------------------------------------------------------- */

void ng_syn_state_init(ng_syn_state *st, size_t n)
{
    st->n = n;
    st->sp = 0;
    st->stack[st->sp++] = 0;
    st->b = 1;
    for (size_t i = 0; i <= n; i++) {
        st->head[i] = -1;
        st->rel[i] = -1;
        memset(&st->child[i], 0, sizeof st->child[i]);
        st->child[i].l1 = st->child[i].l2 = st->child[i].r1 = st->child[i].r2 = -1;
    }
}

bool ng_syn_valid(const ng_syn_state *st, int action)
{
    bool buf = st->b <= st->n;
    int s0 = st->sp ? st->stack[st->sp - 1] : -1;
    switch (action) {
    case SYN_SHIFT: return buf;
    case SYN_RIGHT: return buf && s0 >= 0 && (s0 != 0 || st->child[0].nr == 0);
    case SYN_LEFT: return buf && s0 > 0 && st->head[s0] < 0;
    case SYN_REDUCE: return s0 > 0 && st->head[s0] >= 0;
    }
    return false;
}

/* Gold arcs a transition makes unreachable (Goldberg and Nivre 2012). */
int ng_syn_cost(const ng_syn_state *st, const int *gh, int a)
{
    int s0 = st->sp ? st->stack[st->sp - 1] : -1, b = (int)st->b, n = (int)st->n, c = 0;
    switch (a) {
    case SYN_SHIFT:
        for (size_t k = 0; k < st->sp; k++) {
            int x = st->stack[k];
            c += gh[b] == x;
            c += x > 0 && gh[x] == b && st->head[x] < 0;
        }
        break;
    case SYN_RIGHT:
        if (gh[b] != s0) {
            for (size_t k = 0; k + 1 < st->sp; k++)
                c += gh[b] == st->stack[k];
            c += gh[b] > b;
        }
        for (size_t k = 0; k < st->sp; k++) {
            int x = st->stack[k];
            c += x > 0 && gh[x] == b && st->head[x] < 0;
        }
        break;
    case SYN_LEFT:
        c += gh[s0] != b && gh[s0] > b;
        for (int k = b; k <= n; k++)
            c += gh[k] == s0;
        break;
    case SYN_REDUCE:
        for (int k = b; k <= n; k++)
            c += gh[k] == s0;
        break;
    }
    return c;
}

static void S_add_arc(ng_syn_state *st, int h, int d, int rel)
{
    st->head[d] = h;
    st->rel[d] = rel;
    ng_syn_children *c = &st->child[h];
    if (d < h) {
        if (c->l1 < 0 || d < c->l1) {
            c->l2 = c->l1;
            c->l1 = d;
        } else if (c->l2 < 0 || d < c->l2)
            c->l2 = d;
        c->nl++;
        c->lset |= 1ULL << (rel & 63);
    } else {
        if (c->r1 < 0 || d > c->r1) {
            c->r2 = c->r1;
            c->r1 = d;
        } else if (c->r2 < 0 || d > c->r2)
            c->r2 = d;
        c->nr++;
        c->rset |= 1ULL << (rel & 63);
    }
}

void ng_syn_apply(ng_syn_state *st, int action, int rel)
{
    int s0 = st->sp ? st->stack[st->sp - 1] : -1;
    switch (action) {
    case SYN_SHIFT: st->stack[st->sp++] = (int)st->b++; break;
    case SYN_RIGHT:
        S_add_arc(st, s0, (int)st->b, rel);
        st->stack[st->sp++] = (int)st->b++;
        break;
    case SYN_LEFT:
        S_add_arc(st, (int)st->b, s0, rel);
        st->sp--;
        break;
    case SYN_REDUCE: st->sp--; break;
    }
}

/* ---- parser features ------------------------------------------------------------ */

/* Attributes of token x of the state: 0 is the root, -1 none. */
static inline uint64_t S_w(const ng_syn_word *w, int x) { return x < 0 ? NONE_HASH : x == 0 ? NONE_HASH + 7 : w[x - 1].lower; }
static inline uint64_t S_p(const uint16_t *tag, int x) { return x < 0 ? 0xfff1 : x == 0 ? 0xfff2 : tag[x - 1]; }
static inline uint64_t S_c(const ng_syn_word *w, int x)
{
    return x < 0 ? 0xfff1 : x == 0 ? 0xfff2 : (uint64_t)(int64_t)w[x - 1].coarse;
}
static inline uint64_t S_fine(const ng_syn_word *w, int x)
{
    return x < 0 ? 0xfff1 : x == 0 ? 0xfff2 : (uint64_t)(int64_t)w[x - 1].fine;
}
static inline uint64_t S_l(const ng_syn_state *st, int x) { return x < 0 ? 0xfff1 : (uint64_t)(int64_t)st->rel[x]; }

void ng_syn_find_slots(const ng_syn_state *st, ng_syn_slots *sl)
{
    int s0 = st->sp ? st->stack[st->sp - 1] : -1;
    int n0 = st->b <= st->n ? (int)st->b : -1;
    sl->s0 = s0;
    sl->s1 = st->sp > 1 ? st->stack[st->sp - 2] : -1;
    sl->n0 = n0;
    sl->n1 = n0 >= 0 && st->b + 1 <= st->n ? (int)st->b + 1 : -1;
    sl->n2 = n0 >= 0 && st->b + 2 <= st->n ? (int)st->b + 2 : -1;
    sl->s0h = s0 >= 0 ? st->head[s0] : -1;
    sl->s0h2 = sl->s0h >= 0 ? st->head[sl->s0h] : -1;
    sl->s0l = s0 >= 0 ? st->child[s0].l1 : -1;
    sl->s0l2 = s0 >= 0 ? st->child[s0].l2 : -1;
    sl->s0r = s0 >= 0 ? st->child[s0].r1 : -1;
    sl->s0r2 = s0 >= 0 ? st->child[s0].r2 : -1;
    sl->n0l = n0 >= 0 ? st->child[n0].l1 : -1;
    sl->n0l2 = n0 >= 0 ? st->child[n0].l2 : -1;
}

size_t ng_syn_parse_features(const ng_syn_word *w, const uint16_t *tag, const ng_syn_state *st, uint32_t *out)
{
    ng_syn_slots sl;
    ng_syn_find_slots(st, &sl);
    int s0 = sl.s0, n0 = sl.n0, n1 = sl.n1, n2 = sl.n2;
    uint64_t s0w = S_w(w, s0), s0p = S_p(tag, s0), n0w = S_w(w, n0), n0p = S_p(tag, n0);
    uint64_t n1w = S_w(w, n1), n1p = S_p(tag, n1), n2w = S_w(w, n2), n2p = S_p(tag, n2);
    uint64_t s0hp = S_p(tag, sl.s0h), s0lp = S_p(tag, sl.s0l), s0rp = S_p(tag, sl.s0r), n0lp = S_p(tag, sl.n0l);
    uint64_t s1p = S_p(tag, sl.s1), s1w = S_w(w, sl.s1);
    uint64_t dist = s0 >= 0 && n0 >= 0 ? (uint64_t)(s0 == 0 ? 99 : n0 - s0 > 5 ? (n0 - s0 > 10 ? 10 : 6) : n0 - s0) : 98;
    uint64_t vs0r = s0 >= 0 ? st->child[s0].nr : 99, vs0l = s0 >= 0 ? st->child[s0].nl : 99;
    uint64_t vn0l = n0 >= 0 ? st->child[n0].nl : 99;
    uint64_t srset = s0 >= 0 ? st->child[s0].rset : 1, slset = s0 >= 0 ? st->child[s0].lset : 1;
    uint64_t nlset = n0 >= 0 ? st->child[n0].lset : 1;
    uint64_t s0c = S_c(w, s0), n0c = S_c(w, n0), n1c = S_c(w, n1);
    size_t k = 0;
    /* single words */
    out[k++] = S_f2(1, s0w, s0p);
    out[k++] = S_f1(2, s0w);
    out[k++] = S_f1(3, s0p);
    out[k++] = S_f2(4, n0w, n0p);
    out[k++] = S_f1(5, n0w);
    out[k++] = S_f1(6, n0p);
    out[k++] = S_f2(7, n1w, n1p);
    out[k++] = S_f1(8, n1w);
    out[k++] = S_f1(9, n1p);
    out[k++] = S_f2(10, n2w, n2p);
    out[k++] = S_f1(11, n2w);
    out[k++] = S_f1(12, n2p);
    /* pairs */
    out[k++] = S_f3(13, S_mix(s0w, s0p), n0w, n0p);
    out[k++] = S_f3(14, s0w, s0p, n0w);
    out[k++] = S_f3(15, s0w, n0w, n0p);
    out[k++] = S_f3(16, s0w, s0p, n0p);
    out[k++] = S_f3(17, s0p, n0w, n0p);
    out[k++] = S_f2(18, s0w, n0w);
    out[k++] = S_f2(19, s0p, n0p);
    out[k++] = S_f2(20, n0p, n1p);
    /* three words */
    out[k++] = S_f3(21, n0p, n1p, n2p);
    out[k++] = S_f3(22, s0p, n0p, n1p);
    out[k++] = S_f3(23, s0hp, s0p, n0p);
    out[k++] = S_f3(24, s0p, s0lp, n0p);
    out[k++] = S_f3(25, s0p, s0rp, n0p);
    out[k++] = S_f3(26, s0p, n0p, n0lp);
    /* distance */
    out[k++] = S_f2(27, s0w, dist);
    out[k++] = S_f2(28, s0p, dist);
    out[k++] = S_f2(29, n0w, dist);
    out[k++] = S_f2(30, n0p, dist);
    out[k++] = S_f3(31, s0w, n0w, dist);
    out[k++] = S_f3(32, s0p, n0p, dist);
    /* valency */
    out[k++] = S_f2(33, s0w, vs0r);
    out[k++] = S_f2(34, s0p, vs0r);
    out[k++] = S_f2(35, s0w, vs0l);
    out[k++] = S_f2(36, s0p, vs0l);
    out[k++] = S_f2(37, n0w, vn0l);
    out[k++] = S_f2(38, n0p, vn0l);
    /* second-order unigrams */
    out[k++] = S_f1(39, S_w(w, sl.s0h));
    out[k++] = S_f1(40, s0hp);
    out[k++] = S_f1(41, S_l(st, s0));
    out[k++] = S_f1(42, S_w(w, sl.s0l));
    out[k++] = S_f1(43, s0lp);
    out[k++] = S_f1(44, S_l(st, sl.s0l));
    out[k++] = S_f1(45, S_w(w, sl.s0r));
    out[k++] = S_f1(46, s0rp);
    out[k++] = S_f1(47, S_l(st, sl.s0r));
    out[k++] = S_f1(48, S_w(w, sl.n0l));
    out[k++] = S_f1(49, n0lp);
    out[k++] = S_f1(50, S_l(st, sl.n0l));
    /* third order */
    out[k++] = S_f1(51, S_w(w, sl.s0h2));
    out[k++] = S_f1(52, S_p(tag, sl.s0h2));
    out[k++] = S_f1(53, S_l(st, sl.s0h));
    out[k++] = S_f1(54, S_w(w, sl.s0l2));
    out[k++] = S_f1(55, S_p(tag, sl.s0l2));
    out[k++] = S_f1(56, S_l(st, sl.s0l2));
    out[k++] = S_f1(57, S_w(w, sl.s0r2));
    out[k++] = S_f1(58, S_p(tag, sl.s0r2));
    out[k++] = S_f1(59, S_l(st, sl.s0r2));
    out[k++] = S_f1(60, S_w(w, sl.n0l2));
    out[k++] = S_f1(61, S_p(tag, sl.n0l2));
    out[k++] = S_f1(62, S_l(st, sl.n0l2));
    out[k++] = S_f3(63, s0p, s0lp, S_p(tag, sl.s0l2));
    out[k++] = S_f3(64, s0p, s0rp, S_p(tag, sl.s0r2));
    out[k++] = S_f3(65, s0p, s0hp, S_p(tag, sl.s0h2));
    out[k++] = S_f3(66, n0p, n0lp, S_p(tag, sl.n0l2));
    /* label sets */
    out[k++] = S_f2(67, s0w, srset);
    out[k++] = S_f2(68, s0p, srset);
    out[k++] = S_f2(69, s0w, slset);
    out[k++] = S_f2(70, s0p, slset);
    out[k++] = S_f2(71, n0w, nlset);
    out[k++] = S_f2(72, n0p, nlset);
    /* word classes */
    out[k++] = S_f1(73, s0c);
    out[k++] = S_f1(74, n0c);
    out[k++] = S_f2(75, s0c, n0c);
    out[k++] = S_f2(76, s0c, n0p);
    out[k++] = S_f2(77, s0p, n0c);
    out[k++] = S_f2(78, n0c, n1c);
    /* the word below s0, and whether s0 is attached */
    out[k++] = S_f3(79, s1p, s0p, n0p);
    out[k++] = S_f2(80, s1w, s0p);
    out[k++] = S_f3(81, s0p, n0p, (uint64_t)(s0 > 0 && st->head[s0] >= 0));
    out[k++] = S_f2(82, n0p, s0 >= 0 && n0 >= 0 ? (uint64_t)(st->b - (size_t)s0 > 1) : 2);
    /* finer word classes, and the classes of the words around */
    uint64_t s0f = S_fine(w, s0), n0f = S_fine(w, n0);
    out[k++] = S_f1(83, s0f);
    out[k++] = S_f1(84, n0f);
    out[k++] = S_f2(85, s0f, n0f);
    out[k++] = S_f2(86, S_c(w, sl.s0h), s0c);
    out[k++] = S_f3(87, s0c, n0c, dist);
    out[k++] = S_f2(88, S_c(w, sl.s1), s0c);
    /* punctuation between s0 and n0: coordination, apposition, clause ends */
    uint64_t npunct = 0;
    if (s0 > 0 && n0 > 0)
        for (int i = s0 + 1; i < n0 && npunct < 2; i++)
            npunct += (w[i - 1].flags & NG_SYN_PUNCT) != 0;
    out[k++] = S_f3(89, s0p, n0p, npunct + 10 * (s0 >= 0 && n0 >= 0));
    out[k++] = S_f2(90, n0p, n0 > 1 ? S_p(tag, n0 - 1) : 0xfff3);
    return k;
}

/* The labeler's features for an arc h -> d made now (dir 0: d left of h). */
size_t ng_syn_label_features(const ng_syn_word *w, const uint16_t *tag, const ng_syn_state *st, int h, int d,
                             uint32_t *out)
{
    uint64_t dir = d < h ? 1 : 2;
    uint64_t hw = S_w(w, h), hp = S_p(tag, h), dw = S_w(w, d), dp = S_p(tag, d);
    uint64_t dist = h == 0 ? 99 : (uint64_t)(abs(h - d) > 5 ? (abs(h - d) > 10 ? 10 : 6) : abs(h - d));
    int dl = st->child[d].l1, hl = st->child[h].l1, hr = st->child[h].r1;
    int dprev = d > 1 ? d - 1 : -1, dnext = d < (int)st->n ? d + 1 : -1;
    size_t k = 0;
    out[k++] = S_f1(1, dir);
    out[k++] = S_f2(2, dir, hw);
    out[k++] = S_f2(3, dir, hp);
    out[k++] = S_f2(4, dir, dw);
    out[k++] = S_f2(5, dir, dp);
    out[k++] = S_f3(6, dir, hp, dp);
    out[k++] = S_f3(7, dir, S_mix(hw, hp), dp);
    out[k++] = S_f3(8, dir, hp, S_mix(dw, dp));
    out[k++] = S_f3(9, dir, S_mix(hp, dp), dist);
    out[k++] = S_f3(10, dir, S_c(w, h), dp);
    out[k++] = S_f3(11, dir, hp, S_c(w, d));
    out[k++] = S_f3(12, dir, dp, S_l(st, dl));
    out[k++] = S_f3(13, dir, S_mix(dp, S_p(tag, dl)), S_w(w, dl));
    out[k++] = S_f3(14, dir, hp, st->child[h].lset | st->child[h].rset << 1);
    out[k++] = S_f3(15, dir, hp, S_l(st, h));
    out[k++] = S_f3(16, dir, S_mix(hp, dp), S_l(st, h));
    out[k++] = S_f3(17, dir, dp, S_p(tag, dprev));
    out[k++] = S_f3(18, dir, dp, S_p(tag, dnext));
    out[k++] = S_f3(19, dir, S_mix(hp, dp), S_w(w, dprev));
    out[k++] = S_f3(20, dir, dp, d > 0 ? w[d - 1].suf[1] : NONE_HASH);
    out[k++] = S_f3(21, dir, S_mix(hp, dp), st->child[d].lset);
    out[k++] = S_f3(22, dir, hp, S_l(st, d < h ? hl : hr));
    out[k++] = S_f3(23, dir, dw, hw);
    out[k++] = S_f3(24, dir, d > 0 ? w[d - 1].form : NONE_HASH, hp);
    out[k++] = S_f3(25, dir, S_mix(hp, dp), S_p(tag, st->head[h] >= 0 ? st->head[h] : -1));
    out[k++] = S_f3(26, dir, S_mix(hp, dp), (uint64_t)st->child[h].nl * 16 + st->child[h].nr);
    return k;
}

int ng_syn_best_label(const ng_syntax_model *m, const uint32_t *feats, size_t nf, int h)
{
    if (h == 0)
        return 0; /* the word attached to the root is its "root" */
    float scores[NG_SYN_MAX_RELS + 1] = {0};
    ng_weights_score(&m->labeler, feats, nf, scores);
    uint32_t best = 1;
    for (uint32_t k = 2; k < m->nrels; k++)
        if (scores[k] > scores[best])
            best = k;
    return (int)best;
}

int ng_syn_best_action(const ng_syntax_model *m, const ng_syn_state *st, const uint32_t *feats, size_t nf)
{
    float scores[SYN_NACTIONS] = {0};
    ng_weights_score(&m->parser, feats, nf, scores);
    int best = -1;
    for (int a = 0; a < SYN_NACTIONS; a++)
        if (ng_syn_valid(st, a) && (best < 0 || scores[a] > scores[best]))
            best = a;
    return best;
}

int ng_syn_arc_label(const ng_syntax_model *m, const ng_syn_word *words, const uint16_t *tag, const ng_syn_state *st,
                     int action)
{
    int s0 = st->stack[st->sp - 1];
    int h = action == SYN_LEFT ? (int)st->b : s0, d = action == SYN_LEFT ? s0 : (int)st->b;
    uint32_t feats[NG_SYN_MAX_FEATS];
    size_t nf = ng_syn_label_features(words, tag, st, h, d, feats);
    return ng_syn_best_label(m, feats, nf, h);
}

/* Words left without a head when the buffer is empty: the first goes to
 * the root when nothing is there yet, the others under the root's word. */
void ng_syn_finish(const ng_syntax_model *m, const ng_syn_work *wk, const uint16_t *tag, ng_syn_state *st)
{
    for (size_t i = 1; i <= st->n; i++) {
        if (st->head[i] >= 0)
            continue;
        int h = st->child[0].nr ? st->child[0].r1 : 0;
        if (h == 0) {
            S_add_arc(st, 0, (int)i, 0);
            continue;
        }
        uint32_t feats[NG_SYN_MAX_FEATS];
        size_t nf = ng_syn_label_features(wk->words, tag, st, h, (int)i, feats);
        S_add_arc(st, h, (int)i, ng_syn_best_label(m, feats, nf, h));
    }
}

static void S_copy_tree(const ng_syn_state *st, ng_syn_sentence *s)
{
    for (size_t i = 0; i < s->n; i++) {
        s->head[i] = (uint16_t)st->head[i + 1];
        s->rel[i] = (uint8_t)st->rel[i + 1];
    }
}

static void S_parse(const ng_syntax_model *m, ng_syn_work *wk, ng_syn_sentence *s)
{
    ng_syn_state *st = &wk->st;
    if (m->beam > 1) {
        ng_syn_beam_parse(m, wk, s->tag, s->n);
        ng_syn_finish(m, wk, s->tag, st);
        S_copy_tree(st, s);
        return;
    }
    ng_syn_state_init(st, s->n);
    uint32_t feats[NG_SYN_MAX_FEATS];
    while (st->b <= st->n) {
        size_t nf = ng_syn_parse_features(wk->words, s->tag, st, feats);
        int a = ng_syn_best_action(m, st, feats, nf);
        int rel = a == SYN_LEFT || a == SYN_RIGHT ? ng_syn_arc_label(m, wk->words, s->tag, st, a) : -1;
        ng_syn_apply(st, a, rel);
    }
    ng_syn_finish(m, wk, s->tag, st);
    S_copy_tree(st, s);
}

void ng_syntax_parse(const ng_syntax_model *m, ng_syn_work *wk, ng_syn_sentence *s)
{
    ng_syn_prepare(m, wk, s);
    S_parse(m, wk, s);
}

void ng_syntax_parse_tagged(const ng_syntax_model *m, ng_syn_work *wk, ng_syn_sentence *s) { S_parse(m, wk, s); }

void ng_syntax_analyse(const ng_syntax_model *m, ng_syn_work *wk, ng_syn_sentence *s)
{
    ng_syn_prepare(m, wk, s);
    S_tag(m, wk, s, true);
    S_parse(m, wk, s);
}

/* ---- names ------------------------------------------------------------------------ */

void ng_syntax_tag_split(const char *tag, const char **upos, size_t *nupos, const char **xpos, size_t *nxpos)
{
    const char *bar = strchr(tag, '|');
    *upos = tag;
    *nupos = bar ? (size_t)(bar - tag) : strlen(tag);
    *xpos = bar ? bar + 1 : "_";
    *nxpos = strlen(*xpos);
}

int ng_syntax_find_tag(const ng_syntax_model *m, const char *name)
{
    for (uint32_t i = 0; i < m->ntags; i++)
        if (strcmp(m->tags[i], name) == 0)
            return (int)i;
    return -1;
}

int ng_syntax_find_rel(const ng_syntax_model *m, const char *name)
{
    for (uint32_t i = 0; i < m->nrels; i++)
        if (strcmp(m->rels[i], name) == 0)
            return (int)i;
    return -1;
}

/* ---- scoring ------------------------------------------------------------------------ */

static size_t S_universal_len(const char *rel)
{
    const char *c = strchr(rel, ':');
    return c ? (size_t)(c - rel) : strlen(rel);
}

void ng_syntax_score_sentence(ng_syntax_score *sc, const ng_syntax_model *m, const ng_conllu_sentence *gold,
                              const uint16_t *tag, const uint16_t *head, const uint8_t *rel)
{
    for (size_t i = 0; i < gold->n; i++) {
        char *const *c = gold->words[i].cols;
        const char *up, *xp;
        size_t nu, nx;
        ng_syntax_tag_split(m->tags[tag[i]], &up, &nu, &xp, &nx);
        sc->words++;
        if (strlen(c[3]) == nu && memcmp(c[3], up, nu) == 0)
            sc->upos++;
        if (strlen(c[4]) == nx && memcmp(c[4], xp, nx) == 0)
            sc->xpos++;
        if (strtol(c[6], NULL, 10) == head[i]) {
            sc->uas++;
            const char *pr = m->rels[rel[i]];
            size_t gl = S_universal_len(c[7]), pl = S_universal_len(pr);
            if (gl == pl && memcmp(c[7], pr, gl) == 0)
                sc->las++;
        }
    }
}

void ng_syntax_analyse_conllu(const ng_syntax_model *m, const ng_conllu *c, bool given_tags, uint16_t **tag,
                              uint16_t **head, uint8_t **rel)
{
    ng_syn_work *wk = ng_syn_work_new();
    const char **words = NULL;
    size_t *lens = NULL, cap = 0;
    for (size_t si = 0; si < c->n; si++) {
        const ng_conllu_sentence *s = &c->sents[si];
        if (s->n > cap) {
            cap = s->n;
            words = realloc(words, cap * sizeof *words);
            lens = realloc(lens, cap * sizeof *lens);
        }
        for (size_t i = 0; i < s->n; i++) {
            words[i] = s->words[i].cols[1];
            lens[i] = strlen(words[i]);
        }
        ng_syn_sentence ss = {words, lens, s->n, tag[si], head[si], rel[si]};
        if (!given_tags) {
            ng_syntax_analyse(m, wk, &ss);
            continue;
        }
        ng_syntax_tag(m, wk, &ss);
        char name[256];
        for (size_t i = 0; i < s->n; i++) {
            snprintf(name, sizeof name, "%s|%s", s->words[i].cols[3], s->words[i].cols[4]);
            int t = ng_syntax_find_tag(m, name);
            if (t >= 0)
                ss.tag[i] = (uint16_t)t;
        }
        ng_syntax_parse(m, wk, &ss);
    }
    free(words);
    free(lens);
    ng_syn_work_free(wk);
}
