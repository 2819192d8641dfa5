/* coref_train.c -- training the pronoun model (coref.h): each article is
 * converted as `convert` would, its tokens are found in the article file,
 * and each pronoun the model resolves becomes a ranking problem: its
 * candidates (the people named before it) and "nobody named", labelled
 * from the gold entity of the pronoun's mention (a candidate is right when
 * one of its mentions overlaps a gold mention of that entity; "nobody" is
 * right when no candidate is). An averaged perceptron learns to rank a
 * right answer first, over the pronouns in an order shuffled with a fixed
 * seed, so that the same data and options give the same model. */
#include <stdlib.h>
#include <string.h>

#include "coref.h"

typedef struct {
    uint32_t start, end;      /* bytes of the article file */
    uint32_t entity;
} gold_mention;

typedef struct {
    uint32_t *feats;          /* (ncand + 1) x COREF_MAX_FEATURES; "nobody" last */
    uint8_t *nf;
    uint32_t ncand;
    uint32_t right;           /* bit per right answer (bit ncand: nobody) */
    bool rules_right;         /* the rules' answer (actors.c) is right */
    bool rules_nobody;        /* the rules answered nobody */
} instance;

struct ng_coref_data {
    instance *v;
    size_t n, cap;
    size_t articles, unaligned, unannotated;
    char **entities;          /* entity names, interned across files */
    size_t nentity, cap_entity;
};

ng_coref_data *ng_coref_data_new(void)
{
    ng_coref_data *d = calloc(1, sizeof *d);
    if (!d)
        abort();
    return d;
}

void ng_coref_data_free(ng_coref_data *d)
{
    if (!d)
        return;
    for (size_t i = 0; i < d->n; i++) {
        free(d->v[i].feats);
        free(d->v[i].nf);
    }
    for (size_t i = 0; i < d->nentity; i++)
        free(d->entities[i]);
    free(d->entities);
    free(d->v);
    free(d);
}

static uint32_t S_entity(ng_coref_data *d, const char *name)
{
    for (size_t i = d->nentity; i-- > 0;)
        if (strcmp(d->entities[i], name) == 0)
            return (uint32_t)i;
    if (d->nentity == d->cap_entity) {
        d->cap_entity = d->cap_entity ? 2 * d->cap_entity : 256;
        d->entities = realloc(d->entities, d->cap_entity * sizeof *d->entities);
        if (!d->entities)
            abort();
    }
    d->entities[d->nentity] = strdup(name);
    if (!d->entities[d->nentity])
        abort();
    return (uint32_t)d->nentity++;
}

/* The gold mentions of a file: START<TAB>END<TAB>ENTITY in code points. */
static gold_mention *S_read_mentions(ng_coref_data *d, const char *path, const ng_buf *raw, size_t *count,
                                     ng_error *err)
{
    size_t n = 0;
    ng_gold_span *spans = ng_read_gold_spans(path, raw, "ENTITY", &n, err);
    if (!spans)
        return NULL;
    gold_mention *g = calloc(n ? n : 1, sizeof *g);
    if (!g)
        abort();
    for (size_t i = 0; i < n; i++)
        g[i] = (gold_mention){spans[i].start, spans[i].end, S_entity(d, spans[i].label)};
    free(spans);
    *count = n;
    return g;
}

/* Bytes of the file that tokens [s, e) of doc cover, or false. */
static bool S_file_span(const ng_document *doc, const size_t *at, size_t s, size_t e, size_t *from, size_t *to)
{
    if (s >= e || at[s] == SIZE_MAX || at[e - 1] == SIZE_MAX)
        return false;
    *from = at[s];
    *to = at[e - 1] + (doc->toks[e - 1].end - doc->toks[e - 1].start);
    return true;
}

/* One of actor a's mentions overlaps a gold mention of entity. */
static bool S_actor_is(const ng_document *doc, const size_t *at, int a, uint32_t entity, const gold_mention *g,
                       size_t ng)
{
    for (size_t m = 0; a >= 0 && m < doc->nmention; m++) {
        size_t from, to;
        if (doc->mentions[m].actor != a || !S_file_span(doc, at, doc->mentions[m].tok_start, doc->mentions[m].tok_end, &from, &to))
            continue;
        for (size_t k = 0; k < ng; k++)
            if (g[k].entity == entity && g[k].start < to && from < g[k].end)
                return true;
    }
    return false;
}

static void S_add_instance(ng_coref_data *d, const ng_document *doc, const ng_coref_names *names, const size_t *at,
                           size_t tok, uint32_t entity, const gold_mention *g, size_t ng)
{
    ng_coref_candidate cands[COREF_MAX_CANDIDATES];
    size_t n = ng_coref_candidates(doc, tok, cands);
    if (d->n == d->cap) {
        d->cap = d->cap ? 2 * d->cap : 1024;
        d->v = realloc(d->v, d->cap * sizeof *d->v);
        if (!d->v)
            abort();
    }
    instance *in = &d->v[d->n++];
    memset(in, 0, sizeof *in);
    in->ncand = (uint32_t)n;
    in->feats = malloc((n + 1) * COREF_MAX_FEATURES * sizeof *in->feats);
    in->nf = malloc(n + 1);
    if (!in->feats || !in->nf)
        abort();
    for (size_t c = 0; c <= n; c++)
        in->nf[c] = (uint8_t)ng_coref_features(doc, names, tok, cands, n, c, in->feats + c * COREF_MAX_FEATURES);
    for (size_t c = 0; c < n; c++)
        if (S_actor_is(doc, at, cands[c].actor, entity, g, ng))
            in->right |= 1u << c;
    if (!in->right)
        in->right = 1u << n;
    int rules = ng_person_for_pronoun_rules(doc, tok);
    in->rules_nobody = rules < 0;
    in->rules_right = rules < 0 ? (in->right == 1u << n) : S_actor_is(doc, at, rules, entity, g, ng);
}

int ng_coref_data_add(ng_coref_data *d, const ng_document *doc, const ng_coref_names *names, const char *article,
                      const char *mentions, ng_error *err)
{
    ng_buf raw = {0};
    if (ng_read_file(article, &raw, err) != 0)
        return -1;
    size_t ng = 0;
    gold_mention *g = S_read_mentions(d, mentions, &raw, &ng, err);
    if (!g) {
        ng_buf_free(&raw);
        return -1;
    }
    size_t *at = malloc((doc->ntok + 1) * sizeof *at);
    if (!at)
        abort();
    ng_align_tokens(doc, &raw, at, &d->unaligned);
    d->articles++;
    for (size_t tok = 0; tok < doc->ntok; tok++) {
        size_t from, to;
        if (!ng_coref_pronoun(doc, tok) || !S_file_span(doc, at, tok, tok + 1, &from, &to))
            continue;
        /* the pronoun's own gold mention */
        long entity = -1;
        for (size_t k = 0; k < ng && entity < 0; k++)
            if (g[k].start == from && g[k].end == to)
                entity = g[k].entity;
        if (entity < 0) {
            d->unannotated++;
            continue;
        }
        S_add_instance(d, doc, names, at, tok, (uint32_t)entity, g, ng);
    }
    free(at);
    free(g);
    ng_buf_free(&raw);
    return 0;
}

void ng_coref_data_describe(const ng_coref_data *d, FILE *log, const char *what)
{
    size_t nobody = 0;
    for (size_t i = 0; i < d->n; i++)
        nobody += d->v[i].right == 1u << d->v[i].ncand;
    fprintf(log, "%s: %zu articles, %zu pronouns (%zu stand for nobody named; %zu without a gold mention, %zu tokens not "
                 "found in their file)\n",
            what, d->articles, d->n, nobody, d->unannotated, d->unaligned);
}

/* ---- the decision and its score ------------------------------------------------ */

static size_t S_pick(const ng_coref_model *m, const instance *in)
{
    return ng_coref_best(m, in->feats, in->nf, in->ncand);
}

/* The answer of the model (m), or of the rules (m NULL). */
static void S_answer(const ng_coref_model *m, const instance *in, bool *ok, bool *nobody)
{
    if (!m) {
        *ok = in->rules_right;
        *nobody = in->rules_nobody;
        return;
    }
    size_t p = S_pick(m, in);
    *ok = (in->right >> p) & 1u;
    *nobody = p == in->ncand;
}

void ng_coref_evaluate(const ng_coref_model *m, const ng_coref_data *d, FILE *log, const char *what)
{
    size_t right = 0, named = 0, named_right = 0, picked = 0, picked_right = 0;
    for (size_t i = 0; i < d->n; i++) {
        const instance *in = &d->v[i];
        bool gold_named = in->right != 1u << in->ncand;
        bool ok, nobody;
        S_answer(m, in, &ok, &nobody);
        right += ok;
        named += gold_named;
        named_right += gold_named && ok;
        picked += !nobody;
        picked_right += !nobody && ok;
    }
    double p = picked ? (double)picked_right / (double)picked : 0, r = named ? (double)named_right / (double)named : 0;
    fprintf(log, "  %s %s: accuracy %.4f of %zu; people named: P %.4f R %.4f F1 %.4f (%zu picked, %zu to find)\n",
            what, m ? "model" : "rules", d->n ? (double)right / (double)d->n : 0, d->n, p, r,
            p + r > 0 ? 2 * p * r / (p + r) : 0, picked, named);
}

/* ---- the perceptron ------------------------------------------------------------ */

int ng_coref_train(const ng_coref_data *train, const ng_coref_data *dev, const ng_coref_train_options *opt,
                   ng_coref_names *names, ng_coref_model **out, ng_error *err)
{
    if (train->n == 0) {
        ng_error_set(err, "train-coref", 0, 0, "no training pronouns");
        ng_coref_names_free(names);
        return -1;
    }
    ng_coref_model *m = ng_coref_model_new();
    m->names = names;
    double *acc = calloc(COREF_BUCKETS, sizeof *acc);
    size_t *order = malloc(train->n * sizeof *order);
    if (!acc || !order)
        abort();
    for (size_t i = 0; i < train->n; i++)
        order[i] = i;
    uint64_t rng = opt->seed;
    double c = 1;
    ng_coref_model avg = {0};
    for (int e = 0; e < opt->epochs; e++) {
        ng_shuffle(order, train->n, &rng);
        size_t wrong = 0;
        for (size_t k = 0; k < train->n; k++, c++) {
            const instance *in = &train->v[order[k]];
            size_t p = S_pick(m, in);
            if ((in->right >> p) & 1u)
                continue;
            wrong++;
            /* towards the best-scoring right answer */
            size_t g = SIZE_MAX;
            float gs = 0;
            for (size_t a = 0; a <= in->ncand; a++) {
                if (!((in->right >> a) & 1u))
                    continue;
                float s = ng_coref_score(m, in->feats + a * COREF_MAX_FEATURES, in->nf[a]);
                if (g == SIZE_MAX || s > gs) {
                    g = a;
                    gs = s;
                }
            }
            ng_perceptron_add(m->w, acc, c, in->feats + g * COREF_MAX_FEATURES, in->nf[g], 1.0f);
            ng_perceptron_add(m->w, acc, c, in->feats + p * COREF_MAX_FEATURES, in->nf[p], -1.0f);
        }
        if (opt->log) {
            fprintf(opt->log, "epoch %d: %zu of %zu pronouns wrong\n", e + 1, wrong, train->n);
            if (dev && dev->n) {
                /* score the averaged weights without keeping them */
                if (!avg.w && !(avg.w = malloc(COREF_BUCKETS * sizeof *avg.w)))
                    abort();
                ng_average_weights(avg.w, m->w, acc, c, COREF_BUCKETS);
                ng_coref_evaluate(&avg, dev, opt->log, "dev");
            }
        }
    }
    free(avg.w);
    ng_average_weights(m->w, m->w, acc, c, COREF_BUCKETS);
    free(order);
    free(acc);
    *out = m;
    return 0;
}
