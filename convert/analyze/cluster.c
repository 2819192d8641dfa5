/* cluster.c -- word classes from unlabeled text, for the NER tagger.
 *
 * Each word seen often enough is described by the words around it (counts
 * of its left and right neighbours among the most frequent words, square
 * roots, a fixed random projection to 128 dimensions, unit length), and the
 * words are grouped by spherical k-means at two granularities. Words that
 * share contexts ("Monday"/"Tuesday", "Smith"/"Jones", "Ltd"/"Inc") share a
 * class, so the tagger generalizes to names it never saw with labels.
 * Deterministic: fixed seeds, ties broken by word order. */
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "cluster.h"

#define DIM 128
#define NCONTEXT 2000

typedef struct {
    char *word;
    size_t count;
} vocab_entry;

typedef struct {
    vocab_entry *items;
    size_t n, cap;
    int *slots;           /* open addressing: index into items, -1 empty */
    size_t nslots;
} vocab;

static void S_vocab_rehash(vocab *v)
{
    size_t ns = v->nslots ? v->nslots * 2 : 1 << 16;
    int *slots = malloc(ns * sizeof *slots);
    for (size_t i = 0; i < ns; i++)
        slots[i] = -1;
    for (size_t k = 0; k < v->n; k++) {
        size_t i = ng_fnv1a(v->items[k].word, strlen(v->items[k].word)) & (ns - 1);
        while (slots[i] >= 0)
            i = (i + 1) & (ns - 1);
        slots[i] = (int)k;
    }
    free(v->slots);
    v->slots = slots;
    v->nslots = ns;
}

static int S_vocab_find(const vocab *v, const char *w, size_t n)
{
    if (!v->nslots)
        return -1;
    size_t i = ng_fnv1a(w, n) & (v->nslots - 1);
    while (v->slots[i] >= 0) {
        const char *x = v->items[v->slots[i]].word;
        if (strlen(x) == n && memcmp(x, w, n) == 0)
            return v->slots[i];
        i = (i + 1) & (v->nslots - 1);
    }
    return -1;
}

static int S_vocab_add(vocab *v, const char *w, size_t n)
{
    int k = S_vocab_find(v, w, n);
    if (k >= 0) {
        v->items[k].count++;
        return k;
    }
    if ((v->n + 1) * 2 > v->nslots)
        S_vocab_rehash(v);
    if (v->n == v->cap) {
        v->cap = v->cap ? v->cap * 2 : 1024;
        v->items = realloc(v->items, v->cap * sizeof *v->items);
    }
    char *copy = malloc(n + 1);
    memcpy(copy, w, n);
    copy[n] = '\0';
    v->items[v->n].word = copy;
    v->items[v->n].count = 1;
    size_t i = ng_fnv1a(w, n) & (v->nslots - 1);
    while (v->slots[i] >= 0)
        i = (i + 1) & (v->nslots - 1);
    v->slots[i] = (int)v->n;
    return (int)v->n++;
}

/* ---- reading tokens ------------------------------------------------------ */

typedef struct {
    int *ids;
    size_t n, cap;
} stream;

static void S_push(stream *s, int id)
{
    if (s->n == s->cap) {
        s->cap = s->cap ? s->cap * 2 : 1 << 16;
        s->ids = realloc(s->ids, s->cap * sizeof *s->ids);
    }
    s->ids[s->n++] = id;
}

static bool S_is_punct(unsigned char c)
{
    return c == ',' || c == '.' || c == ';' || c == ':' || c == '!' || c == '?' || c == '"' || c == '(' ||
           c == ')' || c == '[' || c == ']' || c == '\'';
}

/* Plain text: words split on spaces, punctuation at either end its own token. */
static void S_text_tokens(vocab *v, stream *s, char *line)
{
    char *save = NULL;
    for (char *w = strtok_r(line, " \t", &save); w; w = strtok_r(NULL, " \t", &save)) {
        size_t n = strlen(w);
        size_t a = 0;
        while (a < n && S_is_punct((unsigned char)w[a])) {
            S_push(s, S_vocab_add(v, w + a, 1));
            a++;
        }
        size_t b = n;
        while (b > a && S_is_punct((unsigned char)w[b - 1]))
            b--;
        /* possessive 's */
        size_t poss = (b - a > 2 && w[b - 2] == '\'' && (w[b - 1] == 's' || w[b - 1] == 'S')) ? b - 2 : b;
        if (poss > a)
            S_push(s, S_vocab_add(v, w + a, poss - a));
        if (poss < b)
            S_push(s, S_vocab_add(v, w + poss, b - poss));
        for (size_t k = b; k < n; k++)
            S_push(s, S_vocab_add(v, w + k, 1));
    }
}

int ng_cluster_read(const char *path, ng_cluster_corpus *c, ng_error *err)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        ng_error_set(err, path, 0, 0, "cannot open: %s", strerror(errno));
        return -1;
    }
    vocab *v = c->vocab;
    stream *s = c->stream;
    char *line = NULL;
    size_t cap = 0;
    ssize_t len;
    while ((len = getline(&line, &cap, f)) >= 0) {
        while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
            line[--len] = '\0';
        if (len == 0) {
            S_push(s, -1); /* sentence or paragraph break */
            continue;
        }
        if (line[0] == '#' && strchr(line, '=')) /* CoNLL-U comment */
            continue;
        if (strncmp(line, "-DOCSTART-", 10) == 0)
            continue;
        /* CoNLL-U: "ID<TAB>FORM<TAB>..." */
        char *tab = strchr(line, '\t');
        if (tab && line[0] >= '0' && line[0] <= '9') {
            char *id_end = line;
            while (*id_end >= '0' && *id_end <= '9')
                id_end++;
            if (id_end == tab) {
                char *form = tab + 1, *end = strchr(form, '\t');
                if (end)
                    S_push(s, S_vocab_add(v, form, (size_t)(end - form)));
            }
            continue;
        }
        /* CoNLL-2003 "word POS chunk TAG" and two-column "word TAG" */
        int fields = 0;
        for (char *p = line; *p; p++)
            fields += *p == ' ';
        const char *lastsp = strrchr(line, ' ');
        bool tagged = lastsp && (strcmp(lastsp, " O") == 0 || strncmp(lastsp, " I-", 3) == 0 ||
                                 strncmp(lastsp, " B-", 3) == 0);
        if ((fields == 3 || fields == 1) && tagged) {
            char *sp = strchr(line, ' ');
            S_push(s, S_vocab_add(v, line, (size_t)(sp - line)));
            continue;
        }
        /* ECB+ XML: <token ...>word</token> */
        if (strstr(line, "<token ")) {
            for (char *p = line; (p = strstr(p, "<token ")) != NULL;) {
                char *gt = strchr(p, '>'), *end = gt ? strstr(gt, "</token>") : NULL;
                if (!gt || !end)
                    break;
                if (end > gt + 1)
                    S_push(s, S_vocab_add(v, gt + 1, (size_t)(end - gt - 1)));
                p = end;
            }
            continue;
        }
        if (line[0] == '<')
            continue;
        S_text_tokens(v, s, line);
        S_push(s, -1);
    }
    free(line);
    fclose(f);
    return 0;
}

typedef struct {
    vocab words;
    uint32_t (*counts)[5];
    size_t cap;
} gazetteer;

static void S_gaz_count(gazetteer *g, const char *w, size_t n, int type)
{
    int k = S_vocab_add(&g->words, w, n);
    if ((size_t)k >= g->cap) {
        size_t ncap = g->cap ? g->cap * 2 : 4096;
        while (ncap <= (size_t)k)
            ncap *= 2;
        g->counts = realloc(g->counts, ncap * sizeof *g->counts);
        memset(g->counts + g->cap, 0, (ncap - g->cap) * sizeof *g->counts);
        g->cap = ncap;
    }
    g->counts[k][type]++;
}

int ng_cluster_read_gazetteer(const char *path, ng_cluster_corpus *c, ng_error *err)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        ng_error_set(err, path, 0, 0, "cannot open: %s", strerror(errno));
        return -1;
    }
    gazetteer *g = c->gaz;
    char *line = NULL;
    size_t cap = 0;
    ssize_t len;
    while ((len = getline(&line, &cap, f)) >= 0) {
        while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
            line[--len] = '\0';
        char *sp = strrchr(line, ' ');
        if (!sp || sp == line || strncmp(line, "-DOCSTART-", 10) == 0)
            continue;
        char *wend = strchr(line, ' ');
        const char *tag = sp + 1;
        int type = strstr(tag, "PER") ? 1 : strstr(tag, "ORG") ? 2 : strstr(tag, "LOC") ? 3 : strstr(tag, "MISC") ? 4 : 0;
        S_gaz_count(g, line, (size_t)(wend - line), type);
    }
    free(line);
    fclose(f);
    return 0;
}

int ng_cluster_read_list(const char *path, ng_cluster_corpus *c, ng_error *err)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        ng_error_set(err, path, 0, 0, "cannot open: %s", strerror(errno));
        return -1;
    }
    static const char *const names[] = {"PER", "ORG", "LOC", "MISC"};
    char *line = NULL;
    size_t cap = 0;
    ssize_t len;
    long lineno = 0;
    int rc = 0;
    while ((len = getline(&line, &cap, f)) >= 0) {
        lineno++;
        while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
            line[--len] = '\0';
        if (len == 0 || line[0] == '#')
            continue;
        char *tab = strchr(line, '\t');
        int type = 0;
        for (int t = 0; tab && t < 4; t++)
            if ((size_t)(tab - line) == strlen(names[t]) && strncmp(line, names[t], strlen(names[t])) == 0)
                type = t + 1;
        if (!type) {
            char where[600];
            snprintf(where, sizeof where, "%s:%ld", path, lineno);
            ng_error_set(err, where, lineno, 0, "expected PER, ORG, LOC or MISC, a tab and a name");
            rc = -1;
            break;
        }
        char *name = tab + 1, *space = strchr(name, ' ');
        if (space) {
            S_gaz_count(c->phrases, name, strlen(name), type);
            S_gaz_count(c->starts, name, (size_t)(space - name), type);
        }
        for (char *w = tab + 1; *w;) {
            while (*w == ' ')
                w++;
            size_t n = strcspn(w, " ");
            if (n)
                S_gaz_count(c->lists, w, n, type);
            w += n;
        }
    }
    free(line);
    fclose(f);
    return rc;
}

/* List bits of a word: the types that make up at least a third of the
 * entries it appears in (one entry is enough: lists are curated). */
static unsigned S_list_bits(const gazetteer *g, const char *w)
{
    int k = S_vocab_find(&g->words, w, strlen(w));
    if (k < 0)
        return 0;
    const uint32_t *c = g->counts[k];
    uint32_t total = c[1] + c[2] + c[3] + c[4];
    unsigned bits = 0;
    for (int t = 1; t <= 4; t++)
        if (c[t] && c[t] * 3 >= total)
            bits |= 1u << (t + 3);
    return bits;
}

/* Gazetteer bits of a word: the types it is tagged with at least twice,
 * each in at least a third of its uses. */
static unsigned S_gaz_bits(const gazetteer *g, const char *w)
{
    int k = S_vocab_find(&g->words, w, strlen(w));
    if (k < 0)
        return 0;
    const uint32_t *c = g->counts[k];
    uint32_t total = c[0] + c[1] + c[2] + c[3] + c[4];
    unsigned bits = 0;
    for (int t = 1; t <= 4; t++)
        if (c[t] >= 2 && c[t] * 3 >= total)
            bits |= 1u << (t - 1);
    return bits;
}

ng_cluster_corpus *ng_cluster_corpus_new(void)
{
    ng_cluster_corpus *c = calloc(1, sizeof *c);
    c->vocab = calloc(1, sizeof(vocab));
    c->stream = calloc(1, sizeof(stream));
    c->gaz = calloc(1, sizeof(gazetteer));
    c->lists = calloc(1, sizeof(gazetteer));
    c->phrases = calloc(1, sizeof(gazetteer));
    c->starts = calloc(1, sizeof(gazetteer));
    return c;
}

void ng_cluster_corpus_free(ng_cluster_corpus *c)
{
    if (!c)
        return;
    vocab *v = c->vocab;
    for (size_t i = 0; i < v->n; i++)
        free(v->items[i].word);
    free(v->items);
    free(v->slots);
    free(v);
    stream *s = c->stream;
    free(s->ids);
    free(s);
    gazetteer *gs[4] = {c->gaz, c->lists, c->phrases, c->starts};
    for (int k = 0; k < 4; k++) {
        gazetteer *g = gs[k];
        for (size_t i = 0; i < g->words.n; i++)
            free(g->words.items[i].word);
        free(g->words.items);
        free(g->words.slots);
        free(g->counts);
        free(g);
    }
    free(c);
}


/* ---- vectors and k-means --------------------------------------------------- */

typedef struct {
    size_t count;
    int index;
} ranked;

static int S_by_count(const void *a, const void *b)
{
    const ranked *x = a, *y = b;
    if (x->count != y->count)
        return x->count > y->count ? -1 : 1;
    return x->index - y->index;
}

/* Spherical k-means over unit vectors x[n][DIM]; the k most frequent words seed it. */
static void S_kmeans(const float *x, size_t n, size_t k, int iters, int *assign)
{
    float *cent = malloc(k * DIM * sizeof *cent);
    for (size_t c = 0; c < k; c++)
        memcpy(cent + c * DIM, x + (c * n / k) * DIM, DIM * sizeof *cent);
    for (int it = 0; it < iters; it++) {
        for (size_t i = 0; i < n; i++) {
            const float *xi = x + i * DIM;
            float best = -2;
            int arg = 0;
            for (size_t c = 0; c < k; c++) {
                const float *cc = cent + c * DIM;
                float d = 0;
                for (int j = 0; j < DIM; j++)
                    d += xi[j] * cc[j];
                if (d > best) {
                    best = d;
                    arg = (int)c;
                }
            }
            assign[i] = arg;
        }
        memset(cent, 0, k * DIM * sizeof *cent);
        for (size_t i = 0; i < n; i++)
            for (int j = 0; j < DIM; j++)
                cent[(size_t)assign[i] * DIM + j] += x[i * DIM + j];
        for (size_t c = 0; c < k; c++) {
            float norm = 0;
            for (int j = 0; j < DIM; j++)
                norm += cent[c * DIM + j] * cent[c * DIM + j];
            norm = sqrtf(norm);
            if (norm > 0)
                for (int j = 0; j < DIM; j++)
                    cent[c * DIM + j] /= norm;
        }
    }
    free(cent);
}

int ng_cluster_write(ng_cluster_corpus *corpus, size_t min_count, size_t k_coarse, size_t k_fine, const char *out,
                     FILE *log, ng_error *err)
{
    vocab *v = corpus->vocab;
    stream *s = corpus->stream;
    /* words to cluster, most frequent first */
    ranked *rank = malloc(v->n * sizeof *rank);
    for (size_t i = 0; i < v->n; i++) {
        rank[i].count = v->items[i].count;
        rank[i].index = (int)i;
    }
    qsort(rank, v->n, sizeof *rank, S_by_count);
    int *order = malloc(v->n * sizeof *order);
    for (size_t i = 0; i < v->n; i++)
        order[i] = rank[i].index;
    free(rank);
    size_t n = 0;
    while (n < v->n && v->items[order[n]].count >= min_count)
        n++;
    if (n < k_fine) {
        ng_error_set(err, out, 0, 0, "only %zu words occur %zu times or more: too few for %zu classes", n, min_count,
                     k_fine);
        free(order);
        return -1;
    }
    /* context words: the most frequent ones */
    int *ctx_index = malloc(v->n * sizeof *ctx_index);
    int *row = malloc(v->n * sizeof *row);
    for (size_t i = 0; i < v->n; i++)
        ctx_index[i] = row[i] = -1;
    for (size_t i = 0; i < NCONTEXT && i < v->n; i++)
        ctx_index[order[i]] = (int)i;
    for (size_t i = 0; i < n; i++)
        row[order[i]] = (int)i;
    /* counts of (word, side, context) accumulated straight into the projection */
    float *proj = malloc((size_t)2 * NCONTEXT * DIM * sizeof *proj);
    uint64_t seed = 0x2545F4914F6CDD1DULL;
    for (size_t i = 0; i < (size_t)2 * NCONTEXT * DIM; i++)
        proj[i] = (ng_rand64(&seed) >> 63) ? 1.0f : -1.0f;
    /* sparse counts per word: a hash of (row, side*NCONTEXT+ctx) -> count */
    size_t cap = 1;
    while (cap < s->n * 4)
        cap *= 2;
    uint64_t *keys = calloc(cap, sizeof *keys);
    float *vals = calloc(cap, sizeof *vals);
    for (size_t t = 0; t < s->n; t++) {
        int w = s->ids[t];
        if (w < 0 || row[w] < 0)
            continue;
        for (int side = 0; side < 2; side++) {
            size_t u = side ? t + 1 : t - 1;
            if ((side == 0 && t == 0) || u >= s->n)
                continue;
            int cw = s->ids[u];
            int ci = cw < 0 ? NCONTEXT - 1 : ctx_index[cw]; /* a break is a context of its own */
            if (ci < 0)
                continue;
            uint64_t key = ((uint64_t)row[w] << 24 | (uint64_t)(side * NCONTEXT + ci)) + 1;
            size_t h = (key * 0x9E3779B97F4A7C15ULL) >> 7 & (cap - 1);
            while (keys[h] && keys[h] != key)
                h = (h + 1) & (cap - 1);
            keys[h] = key;
            vals[h] += 1;
        }
    }
    float *x = calloc(n * DIM, sizeof *x);
    for (size_t h = 0; h < cap; h++) {
        if (!keys[h])
            continue;
        uint64_t key = keys[h] - 1;
        size_t r = (size_t)(key >> 24), col = (size_t)(key & 0xffffff);
        /* positive pointwise mutual information of the word and the
         * context word, so that rare informative neighbours weigh more
         * than "the" (sentence breaks carry no weight) */
        size_t ci = col % NCONTEXT;
        double pmi = 0;
        if (ci != NCONTEXT - 1 && ci < v->n) {
            double cw = (double)v->items[order[r]].count, cc = (double)v->items[order[ci]].count;
            pmi = (double)logf((float)((double)vals[h] * (double)s->n / (cw * cc)));
        }
        float val = pmi > 0 ? (float)pmi : 0.0f;
        const float *p = proj + col * DIM;
        float *xr = x + r * DIM;
        for (int j = 0; j < DIM; j++)
            xr[j] += val * p[j];
    }
    free(keys);
    free(vals);
    for (size_t i = 0; i < n; i++) {
        float norm = 0;
        for (int j = 0; j < DIM; j++)
            norm += x[i * DIM + j] * x[i * DIM + j];
        norm = sqrtf(norm);
        if (norm > 0)
            for (int j = 0; j < DIM; j++)
                x[i * DIM + j] /= norm;
    }
    int *coarse = malloc(n * sizeof *coarse), *fine = malloc(n * sizeof *fine);
    if (log)
        fprintf(log, "cluster-words: %zu tokens, %zu words, %zu clustered (count >= %zu)\n", s->n, v->n, n, min_count);
    S_kmeans(x, n, k_coarse, 12, coarse);
    S_kmeans(x, n, k_fine, 12, fine);
    FILE *f = fopen(out, "wb");
    if (!f) {
        ng_error_set(err, out, 0, 0, "cannot write");
    } else {
        gazetteer *g = corpus->gaz, *l = corpus->lists, *ph = corpus->phrases, *st = corpus->starts;
#define START_BIT(w) (S_vocab_find(&st->words, (w), strlen(w)) >= 0 ? NG_GAZ_PHRASE_START : 0u)
        for (size_t i = 0; i < n; i++) {
            const char *w = v->items[order[i]].word;
            fprintf(f, "%s\t%d\t%d\t%u\n", w, coarse[i], fine[i],
                    S_gaz_bits(g, w) | S_list_bits(l, w) | START_BIT(w));
        }
        /* the names of several words, each on a line of its own */
        for (size_t k = 0; k < ph->words.n; k++)
            fprintf(f, "%s\t-1\t-1\t%u\n", ph->words.items[k].word, S_list_bits(ph, ph->words.items[k].word));
        /* gazetteer and list words the unlabeled text has too rarely: no
         * class (a word in both is written once, from the gazetteer) */
        for (int src = 0; src < 2; src++) {
            const gazetteer *h = src ? l : g;
            for (size_t k = 0; k < h->words.n; k++) {
                const char *w = h->words.items[k].word;
                int vk = S_vocab_find(v, w, strlen(w));
                if (vk >= 0 && row[vk] >= 0)
                    continue;
                unsigned gb = S_gaz_bits(g, w), lb = S_list_bits(l, w) | START_BIT(w);
                if (src == 1 && S_vocab_find(&g->words, w, strlen(w)) >= 0)
                    continue;
                if (gb | lb)
                    fprintf(f, "%s\t-1\t-1\t%u\n", w, gb | lb);
            }
        }
#undef START_BIT
        if (fclose(f) != 0)
            ng_error_set(err, out, 0, 0, "cannot write");
    }
    free(order);
    free(ctx_index);
    free(row);
    free(proj);
    free(x);
    free(coarse);
    free(fine);
    return err && err->text[0] ? -1 : 0;
}

/* ---- the lookup table ------------------------------------------------------ */

ng_ner_clusters *ng_ner_clusters_parse(const char *text, size_t len, const char *source, ng_error *err)
{
    ng_ner_clusters *c = calloc(1, sizeof *c);
    c->text = malloc(len + 1);
    memcpy(c->text, text, len);
    c->text[len] = '\0';
    c->len = len;
    size_t lines = 0;
    for (size_t i = 0; i < len; i++)
        lines += c->text[i] == '\n';
    c->woff = malloc((lines + 1) * sizeof *c->woff);
    c->wlen = malloc((lines + 1) * sizeof *c->wlen);
    c->coarse = malloc((lines + 1) * sizeof *c->coarse);
    c->fine = malloc((lines + 1) * sizeof *c->fine);
    c->gaz = calloc(lines + 1, sizeof *c->gaz);
    char *p = c->text, *end = c->text + len;
    long lineno = 0;
    while (p < end) {
        char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl)
            nl = end;
        lineno++;
        *nl = '\0';
        char *t1 = strchr(p, '\t'), *t2 = t1 ? strchr(t1 + 1, '\t') : NULL;
        if (!t1 || !t2 || t1 == p) {
            ng_error_set(err, source, lineno, 0, "line %ld: expected word<TAB>class<TAB>class", lineno);
            ng_ner_clusters_free(c);
            return NULL;
        }
        *t1 = '\0';
        c->woff[c->n] = (uint32_t)(p - c->text);
        c->wlen[c->n] = (uint32_t)(t1 - p);
        int co = atoi(t1 + 1), fi = atoi(t2 + 1);
        c->coarse[c->n] = (uint16_t)(co < 0 ? 0xffff : co);
        c->fine[c->n] = (uint16_t)(fi < 0 ? 0xffff : fi);
        char *t3 = strchr(t2 + 1, '\t');
        c->gaz[c->n] = t3 ? (uint16_t)atoi(t3 + 1) : 0;
        c->n++;
        p = nl + 1;
    }
    c->nslots = 16;
    while (c->nslots < c->n * 2 + 2)
        c->nslots *= 2;
    c->slots = malloc(c->nslots * sizeof *c->slots);
    for (size_t i = 0; i < c->nslots; i++)
        c->slots[i] = -1;
    for (size_t k = 0; k < c->n; k++) {
        size_t i = ng_fnv1a(c->text + c->woff[k], c->wlen[k]) & (c->nslots - 1);
        while (c->slots[i] >= 0)
            i = (i + 1) & (c->nslots - 1);
        c->slots[i] = (int32_t)k;
    }
    /* the original lines, for saving with the model */
    c->orig = malloc(len + 1);
    memcpy(c->orig, text, len);
    c->orig[len] = '\0';
    return c;
}

void ng_ner_clusters_free(ng_ner_clusters *c)
{
    if (!c)
        return;
    if (!c->borrowed) {
        free(c->text);
        free(c->orig);
        free(c->woff);
        free(c->wlen);
        free(c->coarse);
        free(c->fine);
        free(c->gaz);
        free(c->slots);
    }
    free(c);
}

void ng_ner_clusters_image(const ng_ner_clusters *c, ng_image_writer *w, uint64_t head[3])
{
    head[0] = c->len;
    head[1] = c->n;
    head[2] = c->nslots;
    ng_image_add(w, "cl.head", head, 3 * sizeof *head);
    ng_image_add(w, "cl.text", c->text, c->len + 1);
    ng_image_add(w, "cl.woff", c->woff, c->n * sizeof *c->woff);
    ng_image_add(w, "cl.wlen", c->wlen, c->n * sizeof *c->wlen);
    ng_image_add(w, "cl.coarse", c->coarse, c->n * sizeof *c->coarse);
    ng_image_add(w, "cl.fine", c->fine, c->n * sizeof *c->fine);
    ng_image_add(w, "cl.gaz", c->gaz, c->n * sizeof *c->gaz);
    ng_image_add(w, "cl.slots", c->slots, c->nslots * sizeof *c->slots);
}

/* The image's arrays are used in place (they are never written); NULL when
 * the image has no word classes or they do not fit together. */
ng_ner_clusters *ng_ner_clusters_from_image(const unsigned char *data, size_t len)
{
    const uint64_t *head = ng_image_array(data, len, "cl.head", sizeof *head, 3);
    if (!head)
        return NULL;
    ng_ner_clusters *c = calloc(1, sizeof *c);
    c->borrowed = true;
    c->len = (size_t)head[0];
    c->n = (size_t)head[1];
    c->nslots = (size_t)head[2];
    c->text = (char *)ng_image_array(data, len, "cl.text", 1, c->len + 1);
    c->woff = (uint32_t *)ng_image_array(data, len, "cl.woff", sizeof *c->woff, c->n);
    c->wlen = (uint32_t *)ng_image_array(data, len, "cl.wlen", sizeof *c->wlen, c->n);
    c->coarse = (uint16_t *)ng_image_array(data, len, "cl.coarse", sizeof *c->coarse, c->n);
    c->fine = (uint16_t *)ng_image_array(data, len, "cl.fine", sizeof *c->fine, c->n);
    c->gaz = (uint16_t *)ng_image_array(data, len, "cl.gaz", sizeof *c->gaz, c->n);
    c->slots = (int32_t *)ng_image_array(data, len, "cl.slots", sizeof *c->slots, c->nslots);
    if (!c->text || !c->woff || !c->wlen || !c->coarse || !c->fine || !c->gaz || !c->slots ||
        (c->nslots & (c->nslots - 1))) {
        free(c);
        return NULL;
    }
    return c;
}

int ng_ner_clusters_find(const ng_ner_clusters *c, const char *w, size_t n)
{
    if (!c || !c->nslots)
        return -1;
    size_t i = ng_fnv1a(w, n) & (c->nslots - 1);
    while (c->slots[i] >= 0) {
        int32_t k = c->slots[i];
        if (c->wlen[k] == n && memcmp(c->text + c->woff[k], w, n) == 0)
            return k;
        i = (i + 1) & (c->nslots - 1);
    }
    return -1;
}

ng_ner_clusters *ng_ner_clusters_load(const char *path, ng_error *err)
{
    ng_buf b = {0};
    ng_ner_clusters *c = NULL;
    if (ng_read_file(path, &b, err) == 0)
        c = ng_ner_clusters_parse(b.data, b.len, path, err);
    ng_buf_free(&b);
    return c;
}
