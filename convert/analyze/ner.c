/* ner.c -- features, Viterbi decoding and the model file of the NER tagger.
 *
 * Features are hashed (FNV-1a of a template number and its strings) into
 * 2^20 buckets, each with one weight per label, so the model needs no
 * feature dictionary and loads in one inflate. Decoding forbids the IOB2
 * transitions that cannot happen (I-X after O or after another type). */
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "ner.h"
#include "syntax.h"

const char *const ng_ner_label_names[NER_NLABELS] = {"O",     "B-PER", "I-PER",  "B-ORG", "I-ORG",
                                                     "B-LOC", "I-LOC", "B-MISC", "I-MISC"};

int ng_ner_label_from_name(const char *s)
{
    for (int i = 0; i < NER_NLABELS; i++)
        if (strcmp(s, ng_ner_label_names[i]) == 0)
            return i;
    return -1;
}

/* ---- feature extraction ------------------------------------------------ */

#define FNV_OFFSET 2166136261u
#define FNV_PRIME 16777619u

static inline uint32_t S_mix(uint32_t h, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= FNV_PRIME;
    }
    return h;
}

static inline uint32_t S_start(unsigned tmpl)
{
    uint32_t h = FNV_OFFSET;
    h ^= tmpl;
    h *= FNV_PRIME;
    h ^= tmpl >> 8;
    h *= FNV_PRIME;
    return h;
}

static inline uint32_t S_sep(uint32_t h)
{
    h ^= 0x1f;
    return h * FNV_PRIME;
}

/* Per-token forms, computed once per sentence. */
typedef struct {
    char lower[64];
    size_t nlower;
    char shape[12];
    size_t nshape;
    uint32_t lexclass;
    int coarse, fine;         /* word classes, -1 when unknown */
    unsigned gaz;             /* gazetteer bits (cluster.h) */
    unsigned phrase;          /* types of a listed name the word begins (bits 0-3) or continues (4-7) */
} form;

void ng_ner_cache_free(ng_ner_cache *c)
{
    free(c->keys);
    free(c->lexclass);
    free(c->coarse);
    free(c->fine);
    free(c->gaz);
    memset(c, 0, sizeof *c);
}

static size_t S_cache_slot(const ng_ner_cache *c, uint64_t key)
{
    size_t i = (size_t)(key * 0x9E3779B97F4A7C15ULL >> 17) & (c->cap - 1);
    while (c->keys[i] && c->keys[i] != key)
        i = (i + 1) & (c->cap - 1);
    return i;
}

static void S_cache_grow(ng_ner_cache *c)
{
    ng_ner_cache old = *c;
    c->cap = old.cap ? old.cap * 2 : 4096;
    c->keys = calloc(c->cap, sizeof *c->keys);
    c->lexclass = malloc(c->cap * sizeof *c->lexclass);
    c->coarse = malloc(c->cap * sizeof *c->coarse);
    c->fine = malloc(c->cap * sizeof *c->fine);
    c->gaz = malloc(c->cap * sizeof *c->gaz);
    c->n = old.n;
    for (size_t i = 0; i < old.cap; i++)
        if (old.keys[i]) {
            size_t j = S_cache_slot(c, old.keys[i]);
            c->keys[j] = old.keys[i];
            c->lexclass[j] = old.lexclass[i];
            c->coarse[j] = old.coarse[i];
            c->fine[j] = old.fine[i];
            c->gaz[j] = old.gaz[i];
        }
    ng_ner_cache_free(&old);
}

static void S_word_facts(const ng_ner_lexicon *lex, const ng_ner_clusters *cl, const char *w, size_t n, form *f);

static void S_form(const ng_ner_lexicon *lex, const ng_ner_clusters *cl, ng_ner_cache *cache, const char *w, size_t n,
                   form *f)
{
    uint64_t key = 0;
    if (cache) {
        key = ng_fnv1a(w, n) | 1;
        if (cache->cap) {
            size_t j = S_cache_slot(cache, key);
            if (cache->keys[j]) {
                S_word_facts(NULL, NULL, w, n, f); /* forms only */
                f->lexclass = cache->lexclass[j];
                f->coarse = cache->coarse[j];
                f->fine = cache->fine[j];
                f->gaz = cache->gaz[j];
                return;
            }
        }
    }
    S_word_facts(lex, cl, w, n, f);
    if (cache && cache->n < (1u << 20)) {
        if ((cache->n + 1) * 2 > cache->cap)
            S_cache_grow(cache);
        size_t j = S_cache_slot(cache, key);
        cache->keys[j] = key;
        cache->lexclass[j] = f->lexclass;
        cache->coarse[j] = f->coarse;
        cache->fine[j] = f->fine;
        cache->gaz[j] = (uint16_t)f->gaz;
        cache->n++;
    }
}

/* Lower-case form and shape always; with lex, also the lexicon classes,
 * word classes and gazetteer bits. */
static void S_word_facts(const ng_ner_lexicon *lex, const ng_ner_clusters *cl, const char *w, size_t n, form *f)
{
    int k0 = lex ? ng_ner_clusters_find(cl, w, n) : -1;
    bool ascii = true;
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)w[i] >= 0x80)
            ascii = false;
    if (ascii) {
        f->nlower = n < sizeof f->lower - 1 ? n : sizeof f->lower - 1;
        for (size_t i = 0; i < f->nlower; i++)
            f->lower[i] = (char)(w[i] >= 'A' && w[i] <= 'Z' ? w[i] + 32 : w[i]);
    } else {
        char *fold = ng_text_fold(w, n);
        size_t l = strlen(fold);
        f->nlower = l < sizeof f->lower - 1 ? l : sizeof f->lower - 1;
        memcpy(f->lower, fold, f->nlower);
        free(fold);
    }
    f->lower[f->nlower] = '\0';
    if (lex && k0 < 0)
        k0 = ng_ner_clusters_find(cl, f->lower, f->nlower);
    /* "JAPAN" in a headline: the word classes and lists of "Japan" */
    if (lex && k0 < 0 && ascii && n > 1 && n < sizeof f->lower && w[0] >= 'A' && w[0] <= 'Z' && w[1] >= 'A' &&
        w[1] <= 'Z') {
        char title[sizeof f->lower];
        memcpy(title, f->lower, f->nlower);
        title[0] = w[0];
        k0 = ng_ner_clusters_find(cl, title, f->nlower);
    }
    f->coarse = k0 >= 0 && cl->coarse[k0] != 0xffff ? cl->coarse[k0] : -1;
    f->fine = k0 >= 0 && cl->fine[k0] != 0xffff ? cl->fine[k0] : -1;
    f->gaz = k0 >= 0 ? cl->gaz[k0] : 0;
    /* shape with runs collapsed: "Xx", "XX", "d", "Xx-Xx", "X.X." */
    size_t k = 0;
    char last = 0;
    for (size_t i = 0; i < n && k < sizeof f->shape - 1; i++) {
        unsigned char c = (unsigned char)w[i];
        char s = c >= 'A' && c <= 'Z' ? 'X' : c >= 'a' && c <= 'z' ? 'x' : c >= '0' && c <= '9' ? 'd' : c >= 0x80 ? 'u' : (char)c;
        if (s == 'u' && (c & 0xC0) == 0x80)
            continue;
        if (s != last || (s != 'x' && s != 'X' && s != 'd' && s != 'u'))
            f->shape[k++] = s;
        last = s;
    }
    f->shape[k] = '\0';
    f->nshape = k;
    if (!lex)
        return;
    /* bit 15 (a phrase) is for S_multi, never a word's feature */
    uint32_t c = ng_ner_lexicon_classes(lex, f->lower) & ~(uint32_t)LEX_PHRASE;
    if (ng_month_from_name(f->lower) || ng_weekday_from_name(f->lower) >= 0)
        c |= LEX_MONTH_DAY;
    f->lexclass = c;
}

/* Multi-word lexicon names: "New York", "North Korean", "White House". */
static void S_multi(const ng_ner_lexicon *lex, const ng_ner_sentence *s, form *f, size_t n)
{
    char buf[200];
    for (size_t i = 0; i + 1 < n; i++) {
        /* only where a multi-word lexicon entry can start */
        if (!(f[i].lexclass & LEX_PHRASE_START))
            continue;
        for (size_t len = 3; len >= 2; len--) {
            if (i + len > n)
                continue;
            size_t k = 0;
            for (size_t j = i; j < i + len; j++) {
                if (k + f[j].nlower + 2 >= sizeof buf)
                    break;
                if (j > i)
                    buf[k++] = ' ';
                memcpy(buf + k, f[j].lower, f[j].nlower);
                k += f[j].nlower;
            }
            buf[k] = '\0';
            if (ng_ner_lexicon_classes(lex, buf) & LEX_PHRASE) {
                f[i].lexclass |= LEX_MULTI_B;
                for (size_t j = i + 1; j < i + len; j++)
                    f[j].lexclass |= LEX_MULTI_I;
                break;
            }
        }
    }
}

static size_t S_features(const form *f, const ng_ner_sentence *s, size_t i, uint32_t *out)
{
    size_t n = 0;
    const form *c = &f[i];
    const form *p1 = i > 0 ? &f[i - 1] : NULL, *p2 = i > 1 ? &f[i - 2] : NULL;
    const form *n1 = i + 1 < s->n ? &f[i + 1] : NULL, *n2 = i + 2 < s->n ? &f[i + 2] : NULL;
    const char *w = s->words[i];
    size_t wl = s->lens[i];
/* leave room for the history features added at decoding time */
#define EMIT(h) (n < NER_MAX_FEATURES - NER_HISTORY_FEATURES ? (void)(out[n++] = (h)) : (void)0)
    EMIT(S_start(0));
    EMIT(S_mix(S_start(1), c->lower, c->nlower));
    EMIT(S_mix(S_start(2), w, wl));
    EMIT(S_mix(S_start(3), c->shape, c->nshape));
    for (size_t k = 1; k <= 4 && k <= c->nlower; k++) {
        EMIT(S_mix(S_start(3 + (unsigned)k), c->lower, k));
        EMIT(S_mix(S_start(7 + (unsigned)k), c->lower + c->nlower - k, k));
    }
    EMIT(p1 ? S_mix(S_start(12), p1->lower, p1->nlower) : S_start(112));
    EMIT(n1 ? S_mix(S_start(13), n1->lower, n1->nlower) : S_start(113));
    EMIT(p2 ? S_mix(S_start(14), p2->lower, p2->nlower) : S_start(114));
    EMIT(n2 ? S_mix(S_start(15), n2->lower, n2->nlower) : S_start(115));
    EMIT(p1 ? S_mix(S_start(16), p1->shape, p1->nshape) : S_start(116));
    EMIT(n1 ? S_mix(S_start(17), n1->shape, n1->nshape) : S_start(117));
    if (p1)
        EMIT(S_mix(S_sep(S_mix(S_start(18), p1->lower, p1->nlower)), c->lower, c->nlower));
    if (n1)
        EMIT(S_mix(S_sep(S_mix(S_start(19), c->lower, c->nlower)), n1->lower, n1->nlower));
    {
        uint32_t h = S_start(20);
        h = p1 ? S_mix(h, p1->shape, p1->nshape) : S_mix(h, "^", 1);
        h = S_mix(S_sep(h), c->shape, c->nshape);
        h = n1 ? S_mix(S_sep(h), n1->shape, n1->nshape) : S_mix(S_sep(h), "$", 1);
        EMIT(h);
    }
    if (i == 0)
        EMIT(S_mix(S_start(21), c->shape, c->nshape));
    for (unsigned b = 0; b < 14; b++) {
        if (c->lexclass & (1u << b))
            EMIT(S_start(300 + b));
        if (p1 && (p1->lexclass & (1u << b)))
            EMIT(S_start(330 + b));
        if (n1 && (n1->lexclass & (1u << b)))
            EMIT(S_start(360 + b));
    }
    uint32_t df = s->doc_flags ? s->doc_flags[i] : 0;
    for (unsigned b = 0; b < NER_DOC_FLAG_BITS; b++)
        if (df & (1u << b))
            EMIT(S_mix(S_start(400 + b), c->shape, c->nshape));
    EMIT(S_start(420 + (unsigned)(c->nlower > 12 ? 12 : c->nlower)));
    /* the word between its neighbours' shapes, for capitalized words */
    if (c->nshape && c->shape[0] == 'X' && p1)
        EMIT(S_mix(S_sep(S_mix(S_start(22), p1->lower, p1->nlower)), c->shape, c->nshape));
    /* word classes of the word and its neighbours */
    EMIT(S_start(500) * FNV_PRIME ^ (uint32_t)(c->coarse + 7));
    EMIT(S_start(501) * FNV_PRIME ^ (uint32_t)(c->fine + 7));
    EMIT((S_start(502) * FNV_PRIME ^ (uint32_t)(c->fine + 7)) * FNV_PRIME ^ (uint32_t)(unsigned char)c->shape[0]);
    EMIT(S_start(503) * FNV_PRIME ^ (uint32_t)((p1 ? p1->fine : -2) + 7));
    EMIT(S_start(504) * FNV_PRIME ^ (uint32_t)((n1 ? n1->fine : -2) + 7));
    EMIT(S_start(505) * FNV_PRIME ^ (uint32_t)((p1 ? p1->coarse : -2) + 7));
    EMIT(S_start(506) * FNV_PRIME ^ (uint32_t)((n1 ? n1->coarse : -2) + 7));
    EMIT((S_start(507) * FNV_PRIME ^ (uint32_t)((p1 ? p1->coarse : -2) + 7)) * FNV_PRIME ^ (uint32_t)(c->coarse + 7));
    /* gazetteer types of the word and its neighbours: from the silver
     * corpus (bits 0-3, templates 520-549), then from the typed name lists
     * (bits 4-7, templates 550-579) */
    for (unsigned b = 0; b < 4; b++) {
        for (unsigned src = 0; src < 2; src++) {
            unsigned bit = 1u << (b + 4 * src), t = 520 + 30 * src + b;
            if (c->gaz & bit)
                EMIT(S_mix(S_start(t), c->shape, c->nshape > 2 ? 2 : c->nshape));
            if (p1 && (p1->gaz & bit))
                EMIT(S_start(t + 10));
            if (n1 && (n1->gaz & bit))
                EMIT(S_start(t + 20));
        }
        /* inside a listed name of several words, and where */
        if (c->phrase & (1u << b))
            EMIT(S_start(580 + b));
        if (c->phrase & (16u << b))
            EMIT(S_start(590 + b));
    }
    /* the syntax tagger's part of speech: "PROPN" or not, where the
     * capital letter alone cannot tell (titles, headlines, "our Country");
     * last, so that a token with many features loses these first */
    {
        uint32_t u = df >> NER_DOC_UPOS_SHIFT;
        if (u) {
            uint32_t up = i > 0 ? s->doc_flags[i - 1] >> NER_DOC_UPOS_SHIFT : 31;
            uint32_t un = i + 1 < s->n ? s->doc_flags[i + 1] >> NER_DOC_UPOS_SHIFT : 31;
            EMIT(S_start(610) * FNV_PRIME ^ u);
            EMIT((S_start(611) * FNV_PRIME ^ u) * FNV_PRIME ^ (uint32_t)(unsigned char)c->shape[0]);
            EMIT((S_start(612) * FNV_PRIME ^ up) * FNV_PRIME ^ u);
            EMIT((S_start(613) * FNV_PRIME ^ u) * FNV_PRIME ^ un);
        }
    }
#undef EMIT
    return n;
}

/* Listed names of several words ("Ulan Bator", "Gulf of Mexico"), as
 * written, longest first, starting only at words marked as beginning one. */
static void S_phrases(const ng_ner_clusters *cl, const ng_ner_sentence *s, form *f, size_t n)
{
    char buf[256];
    for (size_t i = 0; i + 1 < n; i++) {
        if (!(f[i].gaz & NG_GAZ_PHRASE_START))
            continue;
        bool caps = s->lens[i] > 1 && s->words[i][0] >= 'A' && s->words[i][0] <= 'Z' && s->words[i][1] >= 'A' &&
                    s->words[i][1] <= 'Z';
        for (size_t len = n - i < 6 ? n - i : 6; len >= 2; len--) {
            size_t k = 0;
            bool fits = true;
            for (size_t j = i; j < i + len && fits; j++) {
                if (k + s->lens[j] + 2 >= sizeof buf) {
                    fits = false;
                    break;
                }
                if (j > i)
                    buf[k++] = ' ';
                memcpy(buf + k, s->words[j], s->lens[j]);
                /* "GULF OF MEXICO" in a headline is the listed "Gulf of Mexico" */
                if (caps) {
                    bool small = s->lens[j] <= 3 && (s->lens[j] < 2 || s->words[j][1] < 'a');
                    static const char *const fn[] = {"OF", "THE", "AND", "DE", "DEL", "LA", "AL", "FOR", "ON", NULL};
                    bool function = false;
                    for (int q = 0; small && fn[q]; q++)
                        function = function || (strlen(fn[q]) == s->lens[j] && memcmp(fn[q], s->words[j], s->lens[j]) == 0);
                    for (size_t c = function ? 0 : 1; c < s->lens[j]; c++)
                        if (buf[k + c] >= 'A' && buf[k + c] <= 'Z')
                            buf[k + c] = (char)(buf[k + c] + 32);
                }
                k += s->lens[j];
            }
            int e = fits ? ng_ner_clusters_find(cl, buf, k) : -1;
            unsigned types = e >= 0 ? (unsigned)cl->gaz[e] >> 4 & 15u : 0;
            if (types) {
                f[i].phrase |= types;
                for (size_t j = i + 1; j < i + len; j++)
                    f[j].phrase |= types << 4;
                i += len - 1;
                break;
            }
        }
    }
}

/* All feature lists of a sentence: feats[i * NER_MAX_FEATURES ...], counts in nf. */
void ng_ner_sentence_features(const ng_ner_lexicon *lex, const ng_ner_clusters *cl, ng_ner_cache *cache,
                              const ng_ner_sentence *s, uint32_t *feats, uint8_t *nf)
{
    form stack[256];
    form *f = s->n <= 256 ? stack : malloc(s->n * sizeof *f);
    for (size_t k = 0; k < s->n; k++)
        S_form(lex, cl, cache, s->words[k], s->lens[k], &f[k]);
    S_multi(lex, s, f, s->n);
    for (size_t k = 0; k < s->n; k++)
        f[k].phrase = 0;
    if (lex && cl)
        S_phrases(cl, s, f, s->n);
    for (size_t i = 0; i < s->n; i++)
        nf[i] = (uint8_t)S_features(f, s, i, feats + i * NER_MAX_FEATURES);
    if (f != stack)
        free(f);
}

/* ---- prediction history ---------------------------------------------------
 * What the tagger said about the same word earlier in the document (Ratinov
 * and Roth's "extended prediction history"): a capitalized word tagged ORG
 * in the headline is likely ORG again further down. */

uint64_t ng_ner_word_key(const char *w, size_t n)
{
    uint64_t h = 1469598103934665603ULL;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)w[i];
        h ^= c >= 'A' && c <= 'Z' ? c + 32 : c;
        h *= 1099511628211ULL;
    }
    return h | 1;
}

void ng_ner_history_init(ng_ner_history *h)
{
    h->cap = 1024;
    h->keys = calloc(h->cap, sizeof *h->keys);
    h->counts = calloc(h->cap * 5, sizeof *h->counts);
    h->n = 0;
}

void ng_ner_history_free(ng_ner_history *h)
{
    free(h->keys);
    free(h->counts);
}

void ng_ner_history_clear(ng_ner_history *h)
{
    memset(h->keys, 0, h->cap * sizeof *h->keys);
    memset(h->counts, 0, h->cap * 5 * sizeof *h->counts);
    h->n = 0;
}

static uint16_t *S_hist_slot(ng_ner_history *h, uint64_t key, bool insert)
{
    if (insert && (h->n + 1) * 2 > h->cap) {
        ng_ner_history old = *h;
        h->cap *= 2;
        h->keys = calloc(h->cap, sizeof *h->keys);
        h->counts = calloc(h->cap * 5, sizeof *h->counts);
        h->n = 0;
        for (size_t i = 0; i < old.cap; i++)
            if (old.keys[i]) {
                uint16_t *d = S_hist_slot(h, old.keys[i], true);
                memcpy(d, old.counts + i * 5, 5 * sizeof *d);
            }
        ng_ner_history_free(&old);
    }
    size_t i = (key * 0x9E3779B97F4A7C15ULL >> 20) & (h->cap - 1);
    while (h->keys[i] && h->keys[i] != key)
        i = (i + 1) & (h->cap - 1);
    if (!h->keys[i]) {
        if (!insert)
            return NULL;
        h->keys[i] = key;
        h->n++;
    }
    return h->counts + i * 5;
}

size_t ng_ner_history_features(ng_ner_history *h, uint64_t key, bool cap, uint32_t *out)
{
    if (!cap)
        return 0;
    uint16_t *c = S_hist_slot(h, key, false);
    if (!c)
        return 0;
    int best = 0;
    for (int t = 1; t < 5; t++)
        if (c[t] > c[best])
            best = t;
    size_t n = 0;
    out[n++] = S_start(600) * FNV_PRIME ^ (uint32_t)best;
    if (c[best] > 1)
        out[n++] = S_start(601) * FNV_PRIME ^ (uint32_t)best;
    return n;
}

void ng_ner_history_update(ng_ner_history *h, const uint64_t *keys, const uint8_t *caps, const uint8_t *labels,
                           size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (!caps[i])
            continue;
        uint16_t *c = S_hist_slot(h, keys[i], true);
        int t = ng_ner_type(labels[i]);
        if (c[t] < 65535)
            c[t]++;
    }
}

/* ---- decoding ---------------------------------------------------------- */

static bool S_allowed(int prev, int cur)
{
    /* I-X continues only B-X or I-X; prev == NER_NLABELS is the start */
    if (cur == NER_O || ng_ner_is_begin(cur))
        return true;
    return prev != NER_NLABELS && prev != NER_O && ng_ner_type(prev) == ng_ner_type(cur);
}

/* The Viterbi recursion over emission scores e[n][NER_NLABELS]. */
static void S_viterbi_core(const float *e, const float *trans, size_t n, uint8_t *labels)
{
    bool ok[NER_NLABELS + 1][NER_NLABELS];
    for (int p = 0; p <= NER_NLABELS; p++)
        for (int l = 0; l < NER_NLABELS; l++)
            ok[p][l] = S_allowed(p, l);
    float stack_score[256 * NER_NLABELS];
    uint8_t stack_back[256 * NER_NLABELS];
    float *score = n <= 256 ? stack_score : malloc(n * NER_NLABELS * sizeof *score);
    uint8_t *back = n <= 256 ? stack_back : malloc(n * NER_NLABELS);
    for (int l = 0; l < NER_NLABELS; l++) {
        score[l] = (ok[NER_NLABELS][l] ? trans[NER_NLABELS * NER_NLABELS + l] : -INFINITY) + e[l];
        back[l] = 0;
    }
    for (size_t i = 1; i < n; i++) {
        const float *prev = score + (i - 1) * NER_NLABELS;
        for (int l = 0; l < NER_NLABELS; l++) {
            float best = -INFINITY;
            int arg = 0;
            for (int p = 0; p < NER_NLABELS; p++) {
                if (!ok[p][l])
                    continue;
                float v = prev[p] + trans[p * NER_NLABELS + l];
                if (v > best) {
                    best = v;
                    arg = p;
                }
            }
            score[i * NER_NLABELS + l] = best + e[i * NER_NLABELS + l];
            back[i * NER_NLABELS + l] = (uint8_t)arg;
        }
    }
    int best = 0;
    for (int l = 1; l < NER_NLABELS; l++)
        if (score[(n - 1) * NER_NLABELS + l] > score[(n - 1) * NER_NLABELS + best])
            best = l;
    for (size_t i = n; i-- > 0;) {
        labels[i] = (uint8_t)best;
        best = back[i * NER_NLABELS + best];
    }
    if (score != stack_score) {
        free(score);
        free(back);
    }
}

void ng_ner_viterbi_q(const int16_t *q, float scale, const uint32_t *feats, const uint8_t *nf, size_t n,
                      uint8_t *labels)
{
    if (n == 0)
        return;
    float stack_e[256 * NER_NLABELS];
    float *e = n <= 256 ? stack_e : malloc(n * NER_NLABELS * sizeof *e);
    for (size_t i = 0; i < n; i++) {
        const uint32_t *fi = feats + i * NER_MAX_FEATURES;
        /* the rows are scattered over the table: ask for all of them first */
        for (size_t k = 0; k < nf[i]; k++)
            __builtin_prefetch(q + (size_t)(fi[k] & (NER_BUCKETS - 1)) * NER_NLABELS);
        int32_t acc[NER_NLABELS] = {0};
        for (size_t k = 0; k < nf[i]; k++) {
            const int16_t *row = q + (size_t)(fi[k] & (NER_BUCKETS - 1)) * NER_NLABELS;
            for (int l = 0; l < NER_NLABELS; l++)
                acc[l] += row[l];
        }
        for (int l = 0; l < NER_NLABELS; l++)
            e[i * NER_NLABELS + l] = (float)acc[l] * scale;
    }
    float trans[(NER_NLABELS + 1) * NER_NLABELS];
    const int16_t *tq = q + (size_t)NER_BUCKETS * NER_NLABELS;
    for (int k = 0; k < (NER_NLABELS + 1) * NER_NLABELS; k++)
        trans[k] = (float)tq[k] * scale;
    S_viterbi_core(e, trans, n, labels);
    if (e != stack_e)
        free(e);
}

void ng_ner_viterbi(const float *w, const uint32_t *feats, const uint8_t *nf, size_t n, uint8_t *labels)
{
    if (n == 0)
        return;
    float *e = malloc(n * NER_NLABELS * sizeof *e); /* training only: not the hot path */
    for (size_t i = 0; i < n; i++) {
        float *ei = e + i * NER_NLABELS;
        for (int l = 0; l < NER_NLABELS; l++)
            ei[l] = 0;
        const uint32_t *fi = feats + i * NER_MAX_FEATURES;
        for (size_t k = 0; k < nf[i]; k++) {
            const float *row = w + (size_t)(fi[k] & (NER_BUCKETS - 1)) * NER_NLABELS;
            for (int l = 0; l < NER_NLABELS; l++)
                ei[l] += row[l];
        }
    }
    S_viterbi_core(e, w + (size_t)NER_BUCKETS * NER_NLABELS, n, labels);
    free(e);
}

void ng_ner_decode(const ng_ner_model *m, const ng_ner_sentence *s, ng_ner_history *hist, uint8_t *labels)
{
    uint32_t stack_feats[128 * NER_MAX_FEATURES];
    uint8_t stack_nf[128], stack_caps[128];
    uint64_t stack_keys[128];
    bool small = s->n <= 128;
    uint32_t *feats = small ? stack_feats : malloc((s->n + 1) * NER_MAX_FEATURES * sizeof *feats);
    uint8_t *nf = small ? stack_nf : malloc(s->n + 1);
    uint64_t *keys = small ? stack_keys : malloc((s->n + 1) * sizeof *keys);
    uint8_t *caps = small ? stack_caps : malloc(s->n + 1);
    ng_ner_sentence_features(m->lexicon, m->clusters, (ng_ner_cache *)&m->cache, s, feats, nf);
    for (size_t i = 0; i < s->n; i++) {
        keys[i] = ng_ner_word_key(s->words[i], s->lens[i]);
        caps[i] = s->lens[i] && s->words[i][0] >= 'A' && s->words[i][0] <= 'Z';
        if (hist)
            nf[i] = (uint8_t)(nf[i] + ng_ner_history_features(hist, keys[i], caps[i], feats + i * NER_MAX_FEATURES + nf[i]));
    }
    if (m->q)
        ng_ner_viterbi_q(m->q, m->scale, feats, nf, s->n, labels);
    else
        ng_ner_viterbi(m->w, feats, nf, s->n, labels);
    if (hist)
        ng_ner_history_update(hist, keys, caps, labels, s->n);
    if (!small) {
        free(feats);
        free(nf);
        free(keys);
        free(caps);
    }
}

/* ---- document flags ----------------------------------------------------- */

static bool S_is_cap(const char *w, size_t n) { return n && w[0] >= 'A' && w[0] <= 'Z'; }
static bool S_is_lower(const char *w, size_t n) { return n && w[0] >= 'a' && w[0] <= 'z'; }

typedef struct {
    uint64_t *keys;
    uint8_t *bits;
    size_t cap;
} seen_set;

static uint8_t *S_slot(seen_set *s, uint64_t key)
{
    size_t i = key & (s->cap - 1);
    while (s->keys[i] && s->keys[i] != key)
        i = (i + 1) & (s->cap - 1);
    s->keys[i] = key;
    return &s->bits[i];
}

static bool S_word_is(const char *w, size_t n, const char *lit)
{
    size_t k = 0;
    for (; k < n && lit[k]; k++) {
        unsigned char c = (unsigned char)w[k];
        if ((c >= 'A' && c <= 'Z' ? c + 32 : c) != (unsigned char)lit[k])
            return false;
    }
    return k == n && !lit[k];
}

/* Third-person pronouns by what they stand for; a closed class of the
 * language, not a word list to extend. */
static const char *const S_PERSONAL[] = {"he", "him", "his", "himself", "she", "her", "hers", "herself", NULL};
static const char *const S_NEUTER[] = {"it", "its", "itself", NULL};
static const char *const S_PLURAL[] = {"they", "them", "their", "theirs", "themselves", NULL};

static uint32_t S_pronoun_kind(const char *w, size_t n)
{
    static const char *const *const lists[] = {S_PERSONAL, S_NEUTER, S_PLURAL};
    static const uint32_t cues[] = {NER_DOC_CUE_PERSONAL, NER_DOC_CUE_NEUTER, NER_DOC_CUE_PLURAL};
    for (size_t l = 0; l < 3; l++)
        for (size_t k = 0; lists[l][k]; k++)
            if (S_word_is(w, n, lists[l][k]))
                return cues[l];
    return 0;
}

/* How far after a name its pronoun is looked for, in words. */
#define NER_PRONOUN_REACH 10

/* The pronoun that takes up the capitalized run ending before token j:
 * a relative pronoun right after a comma ("Kroger, which"; "Ek, who"), else
 * the first third-person pronoun later in the sentence within
 * NER_PRONOUN_REACH words ("Kroger said it would appeal", "James said his
 * team"). Which name a pronoun stands for is not known here; the tagger
 * learns how far to trust the cue. */
static uint32_t S_pronoun_cue(const char *const *words, const size_t *lens, const uint8_t *sent_start, size_t n,
                              size_t j)
{
    if (j + 1 < n && !sent_start[j] && !sent_start[j + 1] && S_word_is(words[j], lens[j], ",")) {
        if (S_word_is(words[j + 1], lens[j + 1], "who") || S_word_is(words[j + 1], lens[j + 1], "whom"))
            return NER_DOC_CUE_PERSONAL;
        if (S_word_is(words[j + 1], lens[j + 1], "which"))
            return NER_DOC_CUE_NEUTER;
    }
    for (size_t k = j; k < n && k < j + NER_PRONOUN_REACH && !sent_start[k]; k++) {
        uint32_t cue = S_pronoun_kind(words[k], lens[k]);
        if (cue)
            return cue;
    }
    return 0;
}

static const char *const NER_UPOS[] = {"ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM",
                                        "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X", NULL};

uint32_t ng_ner_upos_bits(const char *upos)
{
    for (uint32_t k = 0; NER_UPOS[k]; k++)
        if (!strcmp(upos, NER_UPOS[k]))
            return k + 1;
    return 0;
}

void ng_ner_upos_flags(const struct ng_syntax_model *m, const char *const *words, const size_t *lens,
                       const uint8_t *sent_start, size_t n, uint32_t *flags)
{
    ng_syn_work *wk = ng_syn_work_new();
    uint16_t *tag = malloc((n + 1) * sizeof *tag);
    for (size_t a = 0; a < n;) {
        size_t b = a + 1;
        while (b < n && !sent_start[b])
            b++;
        ng_syn_sentence ss = {words + a, lens + a, b - a, tag + a, NULL, NULL};
        ng_syntax_tag_free(m, wk, &ss);
        for (size_t i = a; i < b; i++)
            flags[i] |= ng_ner_upos_bits(m->upos[tag[i]]) << NER_DOC_UPOS_SHIFT;
        a = b;
    }
    free(tag);
    ng_syn_work_free(wk);
}

void ng_ner_doc_flags(const char *const *words, const size_t *lens, const uint8_t *sent_start, size_t n,
                      uint32_t *flags)
{
    seen_set set;
    set.cap = 64;
    while (set.cap < n * 2 + 2)
        set.cap *= 2;
    set.keys = calloc(set.cap, sizeof *set.keys);
    set.bits = calloc(set.cap, 1);
    for (size_t i = 0; i < n; i++) {
        uint8_t *b = S_slot(&set, ng_ner_word_key(words[i], lens[i]));
        if (!sent_start[i] && S_is_cap(words[i], lens[i]))
            *b |= 1;
        if (S_is_lower(words[i], lens[i]))
            *b |= 2;
    }
    /* the pronouns that take up each capitalized word anywhere in the
     * document: one occurrence's pronoun is a weak cue (taken alone it
     * gained nothing on CoNLL testa), all of them together say what the
     * name is (docs/ner.md) */
    for (size_t i = 0; i < n;) {
        if (!S_is_cap(words[i], lens[i])) {
            i++;
            continue;
        }
        size_t j = i + 1;
        while (j < n && !sent_start[j] && S_is_cap(words[j], lens[j]))
            j++;
        uint32_t cue = S_pronoun_cue(words, lens, sent_start, n, j);
        for (size_t k = i; k < j && cue; k++)
            *S_slot(&set, ng_ner_word_key(words[k], lens[k])) |= (uint8_t)(cue >> 1); /* bits 2-4 */
        i = j;
    }
    /* sentences written in capitals (headlines, datelines) */
    size_t start = 0;
    for (size_t i = 0; i <= n; i++) {
        if (i == n || (i > start && sent_start[i])) {
            size_t letters = 0, upper = 0;
            for (size_t k = start; k < i; k++)
                for (size_t c = 0; c < lens[k]; c++) {
                    char ch = words[k][c];
                    letters += (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z');
                    upper += ch >= 'A' && ch <= 'Z';
                }
            bool caps = letters >= 4 && upper * 10 >= letters * 8;
            for (size_t k = start; k < i; k++) {
                uint8_t b = *S_slot(&set, ng_ner_word_key(words[k], lens[k]));
                uint32_t fl = 0;
                if (b & 1)
                    fl |= NER_DOC_CAP_ELSEWHERE;
                if (b & 2)
                    fl |= NER_DOC_LOWER_ELSEWHERE;
                if (caps)
                    fl |= NER_DOC_CAPS_SENTENCE;
                if (S_is_cap(words[k], lens[k]))
                    fl |= (uint32_t)(b & 28) << 1; /* bits 2-4 to NER_DOC_CUE_* */
                flags[k] = fl;
            }
            start = i;
        }
    }
    free(set.keys);
    free(set.bits);
}

/* ---- scoring ------------------------------------------------------------ */

typedef struct {
    size_t start, end;
    int type;
} span;

static size_t S_spans(const int *labels, size_t n, span *out)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        int l = labels[i];
        if (l <= 0)
            continue;
        if (ng_ner_is_begin(l) || i == 0 || labels[i - 1] <= 0 || ng_ner_type(labels[i - 1]) != ng_ner_type(l)) {
            out[k].start = i;
            out[k].type = ng_ner_type(l);
            size_t j = i + 1;
            while (j < n && labels[j] > 0 && !ng_ner_is_begin(labels[j]) && ng_ner_type(labels[j]) == ng_ner_type(l))
                j++;
            out[k].end = j;
            k++;
            i = j - 1;
        }
    }
    return k;
}

void ng_ner_score_add(ng_ner_score *sc, const int *gold, const uint8_t *pred, size_t n)
{
    int *p = malloc((n + 1) * sizeof *p);
    for (size_t i = 0; i < n; i++)
        p[i] = pred[i];
    span *gs = malloc((n + 1) * sizeof *gs), *ps = malloc((n + 1) * sizeof *ps);
    size_t ng = S_spans(gold, n, gs), np = S_spans(p, n, ps);
    for (size_t a = 0; a < np; a++) {
        bool hit = false;
        for (size_t b = 0; b < ng && !hit; b++)
            hit = gs[b].start == ps[a].start && gs[b].end == ps[a].end && gs[b].type == ps[a].type;
        sc->tp[0] += hit;
        sc->tp[ps[a].type] += hit;
        sc->fp[0] += !hit;
        sc->fp[ps[a].type] += !hit;
    }
    for (size_t b = 0; b < ng; b++) {
        bool hit = false;
        for (size_t a = 0; a < np && !hit; a++)
            hit = gs[b].start == ps[a].start && gs[b].end == ps[a].end && gs[b].type == ps[a].type;
        sc->fn[0] += !hit;
        sc->fn[gs[b].type] += !hit;
    }
    free(p);
    free(gs);
    free(ps);
}

double ng_ner_score_f1(const ng_ner_score *sc, int type)
{
    double tp = (double)sc->tp[type], p = tp + (double)sc->fp[type], r = tp + (double)sc->fn[type];
    if (tp == 0)
        return 0;
    double prec = tp / p, rec = tp / r;
    return 2 * prec * rec / (prec + rec);
}

/* ---- tagging a CoNLL corpus -------------------------------------------- */

void ng_ner_tag_conll(const ng_ner_model *m, const struct ng_syntax_model *syntax,
                      const ng_conll *c, uint8_t **labels)
{
    size_t next = 0;
    ng_conll_doc d;
    while (ng_conll_next_doc(c, syntax, &next, &d)) {
        ng_ner_history hist;
        ng_ner_history_init(&hist);
        size_t t = 0;
        for (size_t k = d.first; k < d.end; k++) {
            ng_ner_sentence sent = {d.words + t, d.lens + t, d.flags + t, c->sents[k].n};
            ng_ner_decode(m, &sent, &hist, labels[k]);
            t += c->sents[k].n;
        }
        ng_ner_history_free(&hist);
        ng_conll_doc_free(&d);
    }
}

/* ---- the model file ------------------------------------------------------ */

/* version 2: the features include the syntax tagger's parts of speech */
static const ng_weights_format S_format = {"NGNERMDL", "NER model", 2u, NER_NLABELS, NER_HASH_BITS};

ng_ner_model *ng_ner_model_new(void)
{
    ng_ner_model *m = calloc(1, sizeof *m);
    if (!m)
        return NULL;
    m->w = calloc(NER_NWEIGHTS, sizeof *m->w);
    if (!m->w) {
        free(m);
        return NULL;
    }
    return m;
}

void ng_ner_model_free(ng_ner_model *m)
{
    if (!m)
        return;
    ng_ner_cache_free(&m->cache);
    free(m->w);
    if (!m->borrowed)
        free(m->q);
    ng_ner_clusters_free(m->clusters);
    free(m);
}

int ng_ner_model_save(const ng_ner_model *m, const char *path, ng_error *err)
{
    if (!m->w) {
        ng_error_set(err, path, 0, 0, "only a trained model can be saved");
        return -1;
    }
    return ng_weights_save(&S_format, path, m->w, NER_NWEIGHTS, m->clusters ? (const unsigned char *)m->clusters->orig : NULL,
                           m->clusters ? (uint32_t)m->clusters->len : 0, err);
}

ng_ner_model *ng_ner_model_read(const unsigned char *data, size_t len, const char *source, ng_error *err)
{
    float scale;
    unsigned char *extra;
    uint32_t nextra;
    int16_t *q = ng_weights_read(&S_format, data, len, NER_NWEIGHTS, source, &scale, &extra, &nextra, err);
    if (!q)
        return NULL;
    ng_ner_model *m = calloc(1, sizeof *m);
    if (!m)
        abort();
    m->q = q;
    m->scale = scale;
    m->lexicon = ng_ner_lexicon_builtin();
    if (nextra) {
        m->clusters = ng_ner_clusters_parse((const char *)extra, nextra, source, err);
        if (!m->clusters) {
            free(extra);
            ng_ner_model_free(m);
            return NULL;
        }
    }
    free(extra);
    return m;
}

ng_ner_model *ng_ner_model_load(const char *path, ng_error *err)
{
    ng_buf b = {0};
    ng_ner_model *m = NULL;
    if (ng_read_file(path, &b, err) == 0)
        m = ng_ner_model_read((const unsigned char *)b.data, b.len, path, err);
    ng_buf_free(&b);
    return m;
}

int ng_ner_model_image(const ng_ner_model *m, const char *path, ng_error *err)
{
    ng_image_writer w = {0};
    uint64_t cl_head[3];
    ng_weights_image(&w, &m->scale, m->q, NER_NWEIGHTS);
    if (m->clusters)
        ng_ner_clusters_image(m->clusters, &w, cl_head);
    int rc = ng_image_write(&w, path, err);
    ng_image_writer_free(&w);
    return rc;
}

static ng_ner_model *S_from_image(const unsigned char *data, size_t len, ng_error *err)
{
    float scale;
    const int16_t *q = ng_weights_from_image(data, len, NER_NWEIGHTS, &scale);
    size_t cl_size;
    bool has_clusters = ng_image_get(data, len, "cl.head", &cl_size) != NULL;
    ng_ner_clusters *c = has_clusters ? ng_ner_clusters_from_image(data, len) : NULL;
    if (!q || (has_clusters && !c)) {
        ng_ner_clusters_free(c);
        ng_error_set(err, "built-in NER model", 0, 0, "the model image is corrupt (rebuild newsgraph)");
        return NULL;
    }
    ng_ner_model *m = calloc(1, sizeof *m);
    if (!m)
        abort();
    m->q = (int16_t *)q; /* never written: the image is read-only */
    m->scale = scale;
    m->clusters = c;
    m->lexicon = ng_ner_lexicon_builtin();
    m->borrowed = true;
    return m;
}

/* The model linked into the binary: its image (ner_model.S, written by
 * newsgraph-image), or the empty stub. */
extern const unsigned char ng_ner_model_data[];
extern const unsigned long long ng_ner_model_size;

const ng_ner_model *ng_ner_builtin(ng_context *ctx, ng_error *err)
{
    /* documents of one context may be analysed on several threads */
    pthread_mutex_lock(&ctx->lock);
    if (!ctx->ner && ng_ner_model_size > 0)
        ctx->ner = S_from_image(ng_ner_model_data, (size_t)ng_ner_model_size, err);
    const ng_ner_model *m = ctx->ner;
    pthread_mutex_unlock(&ctx->lock);
    return m;
}

/* ---- tagging an analysed article ---------------------------------------- */

size_t ng_ner_span_end(const ng_document *doc, const uint8_t *labels, size_t i)
{
    size_t j = i + 1;
    while (j < doc->ntok && labels[j] && !ng_ner_is_begin(labels[j]) &&
           ng_ner_type(labels[j]) == ng_ner_type(labels[i]) && doc->toks[j].sent == doc->toks[i].sent)
        j++;
    return j;
}

bool ng_ner_reads_person(const ng_document *doc, size_t i, size_t j)
{
    if (!doc->ner_labels || i >= j || doc->ner_labels[i] != NER_B_PER)
        return false;
    for (size_t k = i + 1; k < j; k++)
        if (doc->ner_labels[k] != NER_I_PER)
            return false;
    return true;
}

void ng_ner_tag_document(const ng_ner_model *m, const ng_document *doc, uint8_t *labels)
{
    size_t n = doc->ntok;
    if (n == 0)
        return;
    const char **words = malloc(n * sizeof *words);
    size_t *lens = malloc(n * sizeof *lens);
    uint8_t *starts = calloc(n, 1);
    uint32_t *flags = malloc(n * sizeof *flags);
    for (size_t i = 0; i < n; i++) {
        words[i] = doc->art->text + doc->toks[i].start;
        lens[i] = doc->toks[i].end - doc->toks[i].start;
    }
    for (size_t s = 0; s < doc->nsent; s++)
        starts[doc->sents[s].tok_start] = 1;
    ng_ner_doc_flags(words, lens, starts, n, flags);
    if (ng_dep_parsed(doc))
        for (size_t i = 0; i < n; i++)
            flags[i] |= ng_ner_upos_bits(ng_dep_upos(doc, i)) << NER_DOC_UPOS_SHIFT;
    ng_ner_history hist;
    ng_ner_history_init(&hist);
    for (size_t s = 0; s < doc->nsent; s++) {
        const ng_sentence *se = &doc->sents[s];
        ng_ner_sentence sent = {words + se->tok_start, lens + se->tok_start, flags + se->tok_start,
                                se->tok_end - se->tok_start};
        ng_ner_decode(m, &sent, &hist, labels + se->tok_start);
    }
    ng_ner_history_free(&hist);
    free(words);
    free(lens);
    free(starts);
    free(flags);
}
