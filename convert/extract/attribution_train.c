/* attribution_train.c -- training the attribution model (attribution.h):
 * each article is converted as `convert` would (tokens, sentences, parse,
 * actors, quotation marks), its tokens are found in the article file to
 * read their gold labels from the annotated spans, and a structured
 * perceptron (Collins 2002) with averaged weights learns from the
 * paragraphs in an order shuffled with a fixed seed, so that the same data
 * and options give the same model, bit for bit. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "attribution.h"

typedef struct {
    uint32_t *feats;
    uint8_t *nf, *gold;
    size_t n;
} unit;                       /* a paragraph */


static int S_role_from_name(const char *s)
{
    for (int r = 1; r < 4; r++)
        if (strcmp(s, ng_attr_role_names[r]) == 0)
            return r;
    return -1;
}

/* Per byte of the article file: the role (0 none) and the number of the
 * span covering it. Spans are in code points, as brat writes them. */
static int S_read_spans(const char *path, const ng_buf *raw, uint8_t *role, int32_t *span_id, ng_error *err)
{
    static const char what[] = "Source|Cue|Content";
    size_t n = 0;
    ng_gold_span *g = ng_read_gold_spans(path, raw, what, &n, err);
    if (!g)
        return -1;
    int rc = 0;
    for (size_t i = 0; i < n && rc == 0; i++) {
        int r = S_role_from_name(g[i].label);
        if (r < 0) {
            ng_error_set(err, path, (long)i + 1, 0, "expected START<TAB>END<TAB>%s within the article", what);
            rc = -1;
            break;
        }
        for (size_t k = g[i].start; k < g[i].end; k++) {
            role[k] = (uint8_t)r;
            span_id[k] = (int32_t)i + 1;
        }
    }
    free(g);
    return rc;
}

/* Gold labels for the tokens of doc (ng_align_tokens finds them in the
 * article file); one not found is labelled O. */
static void S_gold_labels(const ng_document *doc, const ng_buf *raw, const uint8_t *role, const int32_t *span_id,
                          uint8_t *gold, size_t *unaligned)
{
    size_t *at = malloc((doc->ntok + 1) * sizeof *at);
    if (!at)
        abort();
    ng_align_tokens(doc, raw, at, unaligned);
    int32_t prev_span = -1;
    for (size_t i = 0; i < doc->ntok; i++) {
        int r = at[i] == SIZE_MAX ? 0 : role[at[i]];
        if (!r) {
            gold[i] = ATTR_O;
            prev_span = -1;
            continue;
        }
        bool begin = span_id[at[i]] != prev_span || (i > 0 && doc->toks[i - 1].para != doc->toks[i].para);
        gold[i] = (uint8_t)(2 * r - (begin ? 1 : 0));
        prev_span = span_id[at[i]];
    }
    free(at);
}

struct ng_attr_data {
    unit *v;
    size_t n, cap;
    size_t articles, tokens, unaligned;
};

ng_attr_data *ng_attr_data_new(void)
{
    ng_attr_data *d = calloc(1, sizeof *d);
    if (!d)
        abort();
    return d;
}

int ng_attr_data_add(ng_attr_data *out, const ng_document *doc, const char *article, const char *spans, ng_error *err)
{
    ng_buf raw = {0};
    if (ng_read_file(article, &raw, err) != 0)
        return -1;
    uint8_t *role = calloc(raw.len + 1, 1);
    int32_t *span_id = calloc(raw.len + 1, sizeof *span_id);
    uint8_t *gold = malloc(doc->ntok + 1);
    if (!role || !span_id || !gold)
        abort();
    int rc = S_read_spans(spans, &raw, role, span_id, err);
    if (rc != 0)
        goto done;
    S_gold_labels(doc, &raw, role, span_id, gold, &out->unaligned);
    ng_attr_doc *ad = ng_attr_doc_new(doc);
    out->tokens += doc->ntok;
    out->articles++;
    for (size_t lo = 0; lo < doc->ntok;) {
        size_t hi = lo + 1;
        while (hi < doc->ntok && doc->toks[hi].para == doc->toks[lo].para)
            hi++;
        if (out->n == out->cap) {
            out->cap = out->cap ? 2 * out->cap : 1024;
            out->v = realloc(out->v, out->cap * sizeof *out->v);
            if (!out->v)
                abort();
        }
        unit *u = &out->v[out->n++];
        u->n = hi - lo;
        u->feats = malloc(u->n * ATTR_MAX_FEATURES * sizeof *u->feats);
        u->nf = malloc(u->n);
        u->gold = malloc(u->n);
        if (!u->feats || !u->nf || !u->gold)
            abort();
        memcpy(u->gold, gold + lo, u->n);
        for (size_t i = lo; i < hi; i++)
            u->nf[i - lo] = (uint8_t)ng_attr_features(ad, i, u->feats + (i - lo) * ATTR_MAX_FEATURES);
        lo = hi;
    }
    ng_attr_doc_free(ad);
done:
    free(gold);
    free(role);
    free(span_id);
    ng_buf_free(&raw);
    return rc;
}

void ng_attr_data_describe(const ng_attr_data *d, FILE *log, const char *what)
{
    fprintf(log, "%s: %zu articles, %zu paragraphs, %zu tokens (%zu not found in their file)\n", what, d->articles,
            d->n, d->tokens, d->unaligned);
}

void ng_attr_data_free(ng_attr_data *u)
{
    if (!u)
        return;
    for (size_t i = 0; i < u->n; i++) {
        free(u->v[i].feats);
        free(u->v[i].nf);
        free(u->v[i].gold);
    }
    free(u->v);
    free(u);
}
/* ---- scores ------------------------------------------------------------ */

typedef struct {
    size_t tp[4], pred[4], gold[4];          /* exact spans per role */
    size_t ttp[4], tpred[4], tgold[4];       /* tokens per role */
} score;

static void S_span_set(const uint8_t *l, size_t n, uint32_t *start, uint32_t *end, int *role, size_t *ns)
{
    *ns = 0;
    for (size_t i = 0; i < n;) {
        if (!l[i]) {
            i++;
            continue;
        }
        int r = ng_attr_role(l[i]);
        size_t j = i + 1;
        while (j < n && l[j] && !ng_attr_is_begin(l[j]) && ng_attr_role(l[j]) == r)
            j++;
        start[*ns] = (uint32_t)i;
        end[*ns] = (uint32_t)j;
        role[(*ns)++] = r;
        i = j;
    }
}

static void S_score_add(score *sc, const uint8_t *gold, const uint8_t *pred, size_t n)
{
    uint32_t *gs = malloc(4 * n * sizeof *gs), *ge = gs + n, *ps = gs + 2 * n, *pe = gs + 3 * n;
    int *gr = malloc(2 * n * sizeof *gr), *pr = gr + n;
    size_t ng, np;
    S_span_set(gold, n, gs, ge, gr, &ng);
    S_span_set(pred, n, ps, pe, pr, &np);
    for (size_t a = 0; a < ng; a++)
        sc->gold[gr[a]]++;
    for (size_t b = 0; b < np; b++) {
        sc->pred[pr[b]]++;
        for (size_t a = 0; a < ng; a++)
            if (gs[a] == ps[b] && ge[a] == pe[b] && gr[a] == pr[b])
                sc->tp[pr[b]]++;
    }
    for (size_t i = 0; i < n; i++) {
        int g = ng_attr_role(gold[i]), p = ng_attr_role(pred[i]);
        sc->tgold[g]++;
        sc->tpred[p]++;
        if (g == p)
            sc->ttp[g]++;
    }
    free(gs);
    free(gr);
}

static double S_f1(size_t tp, size_t pred, size_t gold)
{
    return pred + gold ? 2.0 * (double)tp / (double)(pred + gold) : 0.0;
}

static void S_evaluate(const ng_attr_model *m, const ng_attr_data *u, FILE *log, const char *what)
{
    score sc;
    memset(&sc, 0, sizeof sc);
    for (size_t i = 0; i < u->n; i++) {
        uint8_t *pred = malloc(u->v[i].n);
        ng_attr_viterbi(m, u->v[i].feats, u->v[i].nf, u->v[i].n, pred);
        S_score_add(&sc, u->v[i].gold, pred, u->v[i].n);
        free(pred);
    }
    fprintf(log, "  %s exact spans F1:", what);
    for (int r = 1; r < 4; r++)
        fprintf(log, " %s %.4f", ng_attr_role_names[r], S_f1(sc.tp[r], sc.pred[r], sc.gold[r]));
    fprintf(log, "; tokens F1:");
    for (int r = 1; r < 4; r++)
        fprintf(log, " %s %.4f", ng_attr_role_names[r], S_f1(sc.ttp[r], sc.tpred[r], sc.tgold[r]));
    fputc('\n', log);
}

/* ---- the perceptron ------------------------------------------------------------ */

static void S_update(float *w, double *acc, double c, size_t index, float delta)
{
    w[index] += delta;
    acc[index] += c * delta;
}

static void S_learn(float *w, double *acc, double c, const unit *u, const uint8_t *pred)
{
    const size_t trans = (size_t)ATTR_BUCKETS * ATTR_NLABELS;
    for (size_t i = 0; i < u->n; i++) {
        int g = u->gold[i], p = pred[i];
        int gp = i ? u->gold[i - 1] + 1 : 0, pp = i ? pred[i - 1] + 1 : 0;
        if (g == p && gp == pp)
            continue;
        S_update(w, acc, c, trans + (size_t)gp * ATTR_NLABELS + (size_t)g, 1.0f);
        S_update(w, acc, c, trans + (size_t)pp * ATTR_NLABELS + (size_t)p, -1.0f);
        if (g == p)
            continue;
        const uint32_t *f = u->feats + i * ATTR_MAX_FEATURES;
        for (size_t k = 0; k < u->nf[i]; k++) {
            S_update(w, acc, c, (size_t)f[k] * ATTR_NLABELS + (size_t)g, 1.0f);
            S_update(w, acc, c, (size_t)f[k] * ATTR_NLABELS + (size_t)p, -1.0f);
        }
    }
}

int ng_attr_train(const ng_attr_data *train, const ng_attr_data *dev, const ng_attr_train_options *opt,
                  ng_attr_model **out, ng_error *err)
{
    if (train->n == 0) {
        ng_error_set(err, "train-attribution", 0, 0, "no training paragraphs");
        return -1;
    }
    ng_attr_model *m = ng_attr_model_new();
    double *acc = calloc(ATTR_NWEIGHTS, sizeof *acc);
    size_t *order = malloc(train->n * sizeof *order);
    if (!acc || !order)
        abort();
    for (size_t i = 0; i < train->n; i++)
        order[i] = i;
    uint64_t rng = opt->seed;
    double c = 1;
    uint8_t *pred = NULL;
    size_t cap = 0;
    for (int e = 0; e < opt->epochs; e++) {
        ng_shuffle(order, train->n, &rng);
        size_t wrong = 0;
        for (size_t k = 0; k < train->n; k++, c++) {
            const unit *u = &train->v[order[k]];
            if (u->n > cap) {
                cap = u->n;
                pred = realloc(pred, cap);
                if (!pred)
                    abort();
            }
            ng_attr_viterbi(m, u->feats, u->nf, u->n, pred);
            if (memcmp(pred, u->gold, u->n) != 0) {
                wrong++;
                S_learn(m->w, acc, c, u, pred);
            }
        }
        if (opt->log) {
            fprintf(opt->log, "epoch %d: %zu of %zu paragraphs wrong\n", e + 1, wrong, train->n);
            if (dev && dev->n) {
                /* score the averaged weights without keeping them */
                ng_attr_model avg = {0};
                avg.w = malloc(ATTR_NWEIGHTS * sizeof *avg.w);
                if (!avg.w)
                    abort();
                ng_average_weights(avg.w, m->w, acc, c, ATTR_NWEIGHTS);
                S_evaluate(&avg, dev, opt->log, "dev");
                free(avg.w);
            }
        }
    }
    ng_average_weights(m->w, m->w, acc, c, ATTR_NWEIGHTS);
    free(pred);
    free(order);
    free(acc);
    *out = m;
    return 0;
}
