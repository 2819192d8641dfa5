/* triggers_train.c -- training the trigger model (triggers.h): each
 * article is converted as `convert` would, its tokens are found in the
 * article file, and each candidate word of an annotated sentence becomes
 * an instance, a trigger when it lies inside a gold trigger span. An
 * averaged perceptron learns the binary decision over the instances in an
 * order shuffled with a fixed seed, so that the same data and options
 * give the same model. */
#include <stdlib.h>
#include <string.h>

#include "triggers.h"

typedef struct {
    uint32_t feats[TRIG_MAX_FEATURES];
    uint8_t nf;
    bool trigger;
} instance;

struct ng_trig_data {
    instance *v;
    size_t n, cap;
    size_t articles, unaligned, triggers;
};

ng_trig_data *ng_trig_data_new(void)
{
    ng_trig_data *d = calloc(1, sizeof *d);
    if (!d)
        abort();
    return d;
}

void ng_trig_data_free(ng_trig_data *d)
{
    if (!d)
        return;
    free(d->v);
    free(d);
}

/* Is [from, to) inside one of the spans labelled (or not labelled, when
 * want_sentence is false) "sentence"? */
static bool S_inside(const ng_gold_span *g, size_t ng, size_t from, size_t to, bool want_sentence)
{
    for (size_t k = 0; k < ng; k++) {
        bool sentence = strcmp(g[k].label, "sentence") == 0;
        if (sentence == want_sentence && g[k].start <= from && to <= g[k].end)
            return true;
    }
    return false;
}

int ng_trig_data_add(ng_trig_data *d, const ng_document *doc, const char *article, const char *spans, ng_error *err)
{
    ng_buf raw = {0};
    if (ng_read_file(article, &raw, err) != 0)
        return -1;
    size_t ng = 0;
    ng_gold_span *g = ng_read_gold_spans(spans, &raw, "LABEL", &ng, err);
    if (!g) {
        ng_buf_free(&raw);
        return -1;
    }
    bool has_sentences = false;
    for (size_t k = 0; k < ng && !has_sentences; k++)
        has_sentences = strcmp(g[k].label, "sentence") == 0;
    size_t *at = malloc((doc->ntok + 1) * sizeof *at);
    if (!at)
        abort();
    ng_align_tokens(doc, &raw, at, &d->unaligned);
    d->articles++;
    for (size_t tok = 0; tok < doc->ntok; tok++) {
        if (at[tok] == SIZE_MAX || !ng_trig_candidate(doc, tok))
            continue;
        size_t from = at[tok], to = from + (doc->toks[tok].end - doc->toks[tok].start);
        if (has_sentences && !S_inside(g, ng, from, to, true))
            continue;
        if (d->n == d->cap) {
            d->cap = d->cap ? 2 * d->cap : 4096;
            d->v = realloc(d->v, d->cap * sizeof *d->v);
            if (!d->v)
                abort();
        }
        instance *in = &d->v[d->n++];
        in->nf = (uint8_t)ng_trig_features(doc, tok, in->feats);
        in->trigger = S_inside(g, ng, from, to, false);
        d->triggers += in->trigger;
    }
    free(at);
    free(g);
    ng_buf_free(&raw);
    return 0;
}

void ng_trig_data_describe(const ng_trig_data *d, FILE *log, const char *what)
{
    fprintf(log, "%s: %zu articles, %zu words, %zu of them triggers (%zu tokens not found in the article files)\n",
            what, d->articles, d->n, d->triggers, d->unaligned);
}

void ng_trig_evaluate(const ng_trig_model *m, const ng_trig_data *d, FILE *log, const char *what)
{
    size_t tp = 0, fp = 0, fn = 0;
    for (size_t i = 0; i < d->n; i++) {
        bool yes = ng_linear_sum(&m->lin, d->v[i].feats, d->v[i].nf) > 0;
        tp += yes && d->v[i].trigger;
        fp += yes && !d->v[i].trigger;
        fn += !yes && d->v[i].trigger;
    }
    double p = tp + fp ? (double)tp / (double)(tp + fp) : 0, r = tp + fn ? (double)tp / (double)(tp + fn) : 0;
    fprintf(log, "  %s words: P %.4f R %.4f F1 %.4f (%zu found, %zu to find)\n", what, p, r,
            p + r > 0 ? 2 * p * r / (p + r) : 0, tp + fp, tp + fn);
}

int ng_trig_train(const ng_trig_data *train, const ng_trig_data *dev, const ng_trig_train_options *opt,
                  ng_trig_model **out, ng_error *err)
{
    if (train->n == 0 || train->triggers == 0) {
        ng_error_set(err, "train-triggers", 0, 0, "no training triggers");
        return -1;
    }
    ng_trig_model *m = ng_trig_model_new();
    float *w = m->lin.w;
    double *acc = calloc(TRIG_BUCKETS, sizeof *acc);
    size_t *order = malloc(train->n * sizeof *order);
    if (!acc || !order)
        abort();
    for (size_t i = 0; i < train->n; i++)
        order[i] = i;
    uint64_t rng = opt->seed;
    double c = 1;
    ng_trig_model avg = {{0}};
    for (int e = 0; e < opt->epochs; e++) {
        ng_shuffle(order, train->n, &rng);
        size_t wrong = 0;
        for (size_t k = 0; k < train->n; k++, c++) {
            const instance *in = &train->v[order[k]];
            bool yes = ng_linear_sum(&m->lin, in->feats, in->nf) > 0;
            if (yes == in->trigger)
                continue;
            wrong++;
            ng_perceptron_add(w, acc, c, in->feats, in->nf, in->trigger ? 1.0f : -1.0f);
        }
        if (opt->log) {
            fprintf(opt->log, "epoch %d: %zu of %zu words wrong\n", e + 1, wrong, train->n);
            if (dev && dev->n) {
                /* score the averaged weights without keeping them */
                if (!avg.lin.w && !(avg.lin.w = malloc(TRIG_BUCKETS * sizeof *avg.lin.w)))
                    abort();
                ng_average_weights(avg.lin.w, w, acc, c, TRIG_BUCKETS);
                ng_trig_evaluate(&avg, dev, opt->log, "dev");
            }
        }
    }
    free(avg.lin.w);
    ng_average_weights(w, w, acc, c, TRIG_BUCKETS);
    free(order);
    free(acc);
    *out = m;
    return 0;
}
