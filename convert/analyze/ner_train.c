/* ner_train.c -- training the NER tagger: a structured averaged perceptron
 * (Collins 2002) with Viterbi decoding, deterministic (fixed shuffling
 * seed), keeping the epoch that scores best on the development set. */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "ner.h"


typedef struct {
    uint32_t *feats;   /* n * NER_MAX_FEATURES */
    uint8_t *nf;
    uint8_t *gold;
    uint64_t *keys;    /* word keys and capitalization, for the history */
    uint8_t *caps;
    size_t n;
    size_t doc;
} prepared;

/* Add the history features to a sentence's static ones: nf2 gets the counts. */
static void S_with_history(ng_ner_history *h, prepared *p, uint8_t *nf2)
{
    for (size_t i = 0; i < p->n; i++)
        nf2[i] = (uint8_t)(p->nf[i] + ng_ner_history_features(h, p->keys[i], p->caps[i],
                                                              p->feats + i * NER_MAX_FEATURES + p->nf[i]));
}

/* Features of every sentence of a corpus, with document flags. */
static prepared *S_prepare(const ng_ner_lexicon *lex, const ng_ner_clusters *cl, const struct ng_syntax_model *syntax,
                           ng_ner_cache *cache, const ng_conll *c)
{
    prepared *out = calloc(c->n + 1, sizeof *out);
    size_t next = 0;
    ng_conll_doc d;
    while (ng_conll_next_doc(c, syntax, &next, &d)) {
        size_t t = 0;
        for (size_t k = d.first; k < d.end; k++) {
            size_t n = c->sents[k].n;
            ng_ner_sentence sent = {d.words + t, d.lens + t, d.flags + t, n};
            prepared *p = &out[k];
            p->n = n;
            p->feats = malloc((n + 1) * NER_MAX_FEATURES * sizeof *p->feats);
            p->nf = malloc(n + 1);
            p->gold = malloc(n + 1);
            p->keys = malloc((n + 1) * sizeof *p->keys);
            p->caps = malloc(n + 1);
            p->doc = c->sents[k].doc;
            for (size_t i = 0; i < n; i++) {
                p->keys[i] = ng_ner_word_key(d.words[t + i], d.lens[t + i]);
                p->caps[i] = d.lens[t + i] && d.words[t + i][0] >= 'A' && d.words[t + i][0] <= 'Z';
            }
            ng_ner_sentence_features(lex, cl, cache, &sent, p->feats, p->nf);
            for (size_t i = 0; i < n; i++)
                p->gold[i] = (uint8_t)(c->sents[k].toks[i].gold < 0 ? 0 : c->sents[k].toks[i].gold);
            t += n;
        }
        ng_conll_doc_free(&d);
    }
    return out;
}

static void S_free_prepared(prepared *p, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        free(p[i].feats);
        free(p[i].nf);
        free(p[i].gold);
        free(p[i].keys);
        free(p[i].caps);
    }
    free(p);
}

static ng_ner_score S_evaluate(const float *w, prepared *p, size_t n)
{
    ng_ner_score sc;
    memset(&sc, 0, sizeof sc);
    uint8_t *pred = malloc(512), *nf2 = malloc(512);
    int *gold = malloc(512 * sizeof *gold);
    size_t cap = 512;
    ng_ner_history hist;
    ng_ner_history_init(&hist);
    for (size_t s = 0; s < n; s++) {
        if (p[s].n > cap) {
            cap = p[s].n;
            pred = realloc(pred, cap);
            nf2 = realloc(nf2, cap);
            gold = realloc(gold, cap * sizeof *gold);
        }
        if (s == 0 || p[s].doc != p[s - 1].doc)
            ng_ner_history_clear(&hist);
        S_with_history(&hist, &p[s], nf2);
        ng_ner_viterbi(w, p[s].feats, nf2, p[s].n, pred);
        ng_ner_history_update(&hist, p[s].keys, p[s].caps, pred, p[s].n);
        for (size_t i = 0; i < p[s].n; i++)
            gold[i] = p[s].gold[i];
        ng_ner_score_add(&sc, gold, pred, p[s].n);
    }
    free(pred);
    free(nf2);
    free(gold);
    ng_ner_history_free(&hist);
    return sc;
}

static void S_update(float *w, double *u, double c, size_t index, float delta)
{
    w[index] += delta;
    u[index] += c * delta;
}

int ng_ner_train(const ng_ner_lexicon *lex, const ng_ner_clusters *clusters, const struct ng_syntax_model *syntax,
                 const ng_conll *const *train, size_t ntrain, const ng_conll *dev,
                 int epochs, int runs, FILE *log, ng_ner_model **out, ng_error *err)
{
    /* all training sentences, in one list */
    ng_ner_cache cache;
    memset(&cache, 0, sizeof cache);
    size_t total = 0;
    prepared **parts = calloc(ntrain, sizeof *parts);
    for (size_t k = 0; k < ntrain; k++) {
        parts[k] = S_prepare(lex, clusters, syntax, &cache, train[k]);
        total += train[k]->n;
    }
    if (total == 0) {
        ng_error_set(err, "train-ner", 0, 0, "no training sentences");
        for (size_t k = 0; k < ntrain; k++)
            S_free_prepared(parts[k], train[k]->n);
        free(parts);
        return -1;
    }
    /* documents: runs of sentences, shuffled as wholes so that the
     * prediction history is built in reading order */
    typedef struct {
        prepared *first;
        size_t n;
    } docspan;
    docspan *docs = malloc(total * sizeof *docs);
    size_t ndocs = 0, ntok = 0;
    for (size_t k = 0; k < ntrain; k++)
        for (size_t s = 0; s < train[k]->n; s++) {
            if (s == 0 || parts[k][s].doc != parts[k][s - 1].doc) {
                docs[ndocs].first = &parts[k][s];
                docs[ndocs].n = 0;
                ndocs++;
            }
            docs[ndocs - 1].n++;
            ntok += parts[k][s].n;
        }
    prepared *devp = dev ? S_prepare(lex, clusters, syntax, &cache, dev) : NULL;
    ng_ner_cache_free(&cache);

    float *w = calloc(NER_NWEIGHTS, sizeof *w);
    double *u = calloc(NER_NWEIGHTS, sizeof *u);
    float *avg = calloc(NER_NWEIGHTS, sizeof *avg);
    float *best = dev ? calloc(NER_NWEIGHTS, sizeof *best) : NULL;
    /* with several runs, the final weights of each (the best epoch's, with
     * a development set) are averaged: runs differ only in the order the
     * documents are shuffled, and their average is a steadier model than
     * any one of them */
    double *sum = runs > 1 ? calloc(NER_NWEIGHTS, sizeof *sum) : NULL;
    uint64_t seed = 0x9E3779B97F4A7C15ULL;
    uint8_t *pred = malloc(1024), *nf2 = malloc(1024);
    size_t cap = 1024;
    ng_ner_history hist;
    ng_ner_history_init(&hist);
    const size_t T = (size_t)NER_BUCKETS * NER_NLABELS;
    if (log)
        fprintf(log, "train-ner: %zu sentences, %zu tokens%s\n", total, ntok, dev ? ", with a development set" : "");
    for (int run = 1; run <= runs; run++) {
    if (log && runs > 1)
        fprintf(log, "run %d of %d\n", run, runs);
    memset(w, 0, NER_NWEIGHTS * sizeof *w);
    memset(u, 0, NER_NWEIGHTS * sizeof *u);
    double best_f1 = -1;
    int best_epoch = 0;
    double c = 1;
    for (int epoch = 1; epoch <= epochs; epoch++) {
        clock_t t0 = clock();
        for (size_t i = ndocs; i > 1; i--) {
            size_t j = (size_t)(ng_rand64(&seed) % i);
            docspan tmp = docs[i - 1];
            docs[i - 1] = docs[j];
            docs[j] = tmp;
        }
        size_t errors = 0;
        for (size_t d = 0; d < ndocs; d++)
        for (size_t s = 0; s < docs[d].n; s++) {
            prepared *p = docs[d].first + s;
            if (s == 0)
                ng_ner_history_clear(&hist);
            if (p->n > cap) {
                cap = p->n;
                pred = realloc(pred, cap);
                nf2 = realloc(nf2, cap);
            }
            S_with_history(&hist, p, nf2);
            ng_ner_viterbi(w, p->feats, nf2, p->n, pred);
            bool wrong = false;
            for (size_t i = 0; i < p->n; i++) {
                int g = p->gold[i], q = pred[i];
                int gp = i ? p->gold[i - 1] : NER_NLABELS, qp = i ? pred[i - 1] : NER_NLABELS;
                if (g != q) {
                    wrong = true;
                    errors++;
                    const uint32_t *f = p->feats + i * NER_MAX_FEATURES;
                    for (size_t k = 0; k < nf2[i]; k++) {
                        size_t row = (size_t)(f[k] & (NER_BUCKETS - 1)) * NER_NLABELS;
                        S_update(w, u, c, row + (size_t)g, 1.0f);
                        S_update(w, u, c, row + (size_t)q, -1.0f);
                    }
                }
                if (g != q || gp != qp) {
                    S_update(w, u, c, T + (size_t)gp * NER_NLABELS + (size_t)g, 1.0f);
                    S_update(w, u, c, T + (size_t)qp * NER_NLABELS + (size_t)q, -1.0f);
                }
            }
            (void)wrong;
            ng_ner_history_update(&hist, p->keys, p->caps, pred, p->n);
            c++;
        }
        for (size_t i = 0; i < NER_NWEIGHTS; i++)
            avg[i] = (float)(w[i] - u[i] / c);
        double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
        if (devp) {
            ng_ner_score sc = S_evaluate(avg, devp, dev->n);
            double f1 = ng_ner_score_f1(&sc, 0);
            if (log)
                fprintf(log,
                        "epoch %d: %zu token errors, dev F1 %.4f (PER %.4f ORG %.4f LOC %.4f MISC %.4f), %.1f s\n",
                        epoch, errors, f1, ng_ner_score_f1(&sc, 1), ng_ner_score_f1(&sc, 2),
                        ng_ner_score_f1(&sc, 3), ng_ner_score_f1(&sc, 4), secs);
            if (f1 > best_f1) {
                best_f1 = f1;
                best_epoch = epoch;
                memcpy(best, avg, NER_NWEIGHTS * sizeof *best);
            }
        } else if (log) {
            fprintf(log, "epoch %d: %zu token errors, %.1f s\n", epoch, errors, secs);
        }
        if (log)
            fflush(log);
    }
    if (log && best)
        fprintf(log, "train-ner: keeping epoch %d (dev F1 %.4f)\n", best_epoch, best_f1);
    if (sum)
        for (size_t i = 0; i < NER_NWEIGHTS; i++)
            sum[i] += best ? best[i] : avg[i];
    }
    ng_ner_model *m = ng_ner_model_new();
    if (sum)
        for (size_t i = 0; i < NER_NWEIGHTS; i++)
            m->w[i] = (float)(sum[i] / runs);
    else
        memcpy(m->w, best ? best : avg, NER_NWEIGHTS * sizeof *m->w);
    m->lexicon = lex;
    if (clusters)
        m->clusters = ng_ner_clusters_parse(clusters->orig, clusters->len, "clusters", err);
    free(sum);
    free(w);
    free(u);
    free(avg);
    free(best);
    free(pred);
    free(nf2);
    ng_ner_history_free(&hist);
    free(docs);
    for (size_t k = 0; k < ntrain; k++)
        S_free_prepared(parts[k], train[k]->n);
    free(parts);
    if (devp)
        S_free_prepared(devp, dev->n);
    *out = m;
    return 0;
}
