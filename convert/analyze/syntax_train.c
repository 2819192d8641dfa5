/* syntax_train.c -- training the tagger and the parser on CoNLL-U treebanks.
 *
 * The tagger is an averaged perceptron trained greedily, left to right,
 * on its own predictions of the previous tags. The parser trains on tags
 * the tagger predicted for sentences it did not see (jackknifing), so that
 * it learns to live with the tagger's mistakes, and with the dynamic
 * oracle of Goldberg and Nivre (2012): from the second epoch on it follows
 * its own wrong transitions nine times in ten and learns the best move
 * from wherever it got to. That oracle needs projective trees; sentences
 * whose tree is not projective train the tagger only. The relation of
 * each arc is learned where the arc is right. Every random choice comes
 * from one fixed seed: the same data and options give the same model. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "syntax.h"
#include "syntax_state.h"

typedef struct train_sent {
    const char **words;
    size_t *lens;
    size_t n;
    ng_syn_word *facts;
    uint16_t *gold_tag;       /* UINT16_MAX: a tag the model does not have */
    int *gold_head;           /* 1-based like the state; [0] = -1 */
    int *gold_rel;            /* -1: a relation the model does not have */
    uint16_t *pred_tag;
    bool projective;
} train_sent;

/* ---- label sets -------------------------------------------------------------- */

static int S_cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* The distinct values of key(word) over all training sentences, sorted;
 * first, when given, is put in front. */
static char **S_names(const ng_conllu *const *train, size_t ntrain, bool tags, const char *first, uint32_t *n,
                      size_t max, ng_error *err)
{
    size_t cap = 64, k = 0;
    char **names = malloc(cap * sizeof *names);
    for (size_t t = 0; t < ntrain; t++)
        for (size_t s = 0; s < train[t]->n; s++)
            for (size_t i = 0; i < train[t]->sents[s].n; i++) {
                char *const *c = train[t]->sents[s].words[i].cols;
                size_t len = tags ? strlen(c[3]) + 1 + strlen(c[4]) + 1 : strlen(c[7]) + 1;
                char *name = malloc(len);
                if (tags)
                    snprintf(name, len, "%s|%s", c[3], c[4]);
                else
                    snprintf(name, len, "%s", c[7]);
                bool seen = false;
                for (size_t j = 0; j < k && !seen; j++)
                    seen = strcmp(names[j], name) == 0;
                if (seen) {
                    free(name);
                    continue;
                }
                if (k == cap)
                    names = realloc(names, (cap *= 2) * sizeof *names);
                names[k++] = name;
            }
    qsort(names, k, sizeof *names, S_cmp_str);
    if (first)
        for (size_t j = 0; j < k; j++)
            if (strcmp(names[j], first) == 0) {
                char *f = names[j];
                memmove(names + 1, names, j * sizeof *names);
                names[0] = f;
            }
    if (k > max || k == 0) {
        ng_error_set(err, "train-parser", 0, 0, "%zu distinct %s in the training data (1 to %zu are possible)", k,
                     tags ? "tags" : "relations", max);
        for (size_t j = 0; j < k; j++)
            free(names[j]);
        free(names);
        return NULL;
    }
    *n = (uint32_t)k;
    return names;
}

/* ---- ambiguity classes ------------------------------------------------------------ */

typedef struct word_tag {
    char word[64];
    uint16_t tag;
} word_tag;

static int S_cmp_word_tag(const void *a, const void *b)
{
    const word_tag *x = a, *y = b;
    int c = strcmp(x->word, y->word);
    return c ? c : (int)x->tag - (int)y->tag;
}

/* Words seen at least 3 times, each with the tags that make up at least
 * 3% of its occurrences (fewer are mostly annotation noise), how often it
 * was seen and how often with its most frequent tag. */
static void S_build_dict(ng_syntax_model *m, const ng_conllu *const *train, size_t ntrain)
{
    size_t n = 0, k = 0;
    for (size_t t = 0; t < ntrain; t++)
        for (size_t s = 0; s < train[t]->n; s++)
            n += train[t]->sents[s].n;
    word_tag *all = malloc((n ? n : 1) * sizeof *all);
    char name[256];
    for (size_t t = 0; t < ntrain; t++)
        for (size_t s = 0; s < train[t]->n; s++)
            for (size_t i = 0; i < train[t]->sents[s].n; i++) {
                char *const *c = train[t]->sents[s].words[i].cols;
                snprintf(name, sizeof name, "%s|%s", c[3], c[4]);
                int tag = ng_syntax_find_tag(m, name);
                if (tag < 0)
                    continue;
                ng_syn_fold(c[1], strlen(c[1]), all[k].word);
                all[k++].tag = (uint16_t)tag;
            }
    qsort(all, k, sizeof *all, S_cmp_word_tag);
    ng_buf text = {0};
    for (size_t i = 0; i < k;) {
        size_t j = i;
        while (j < k && strcmp(all[j].word, all[i].word) == 0)
            j++;
        if (j - i >= 3 && !strchr(all[i].word, '\t') && !strchr(all[i].word, '\n')) {
            ng_buf_adds(&text, all[i].word);
            char sep = '\t';
            size_t top = 0;
            for (size_t a = i; a < j;) {
                size_t b = a;
                while (b < j && all[b].tag == all[a].tag)
                    b++;
                top = b - a > top ? b - a : top;
                if ((b - a) * 100 >= 3 * (j - i)) {
                    char num[16];
                    snprintf(num, sizeof num, "%c%u", sep, (unsigned)all[a].tag);
                    ng_buf_adds(&text, num);
                    sep = ',';
                }
                a = b;
            }
            char num[48];
            snprintf(num, sizeof num, "\t%zu\t%zu\n", j - i, top);
            ng_buf_adds(&text, num);
        }
        i = j;
    }
    free(all);
    ng_syn_dict_parse(&m->dict, text.data ? text.data : "", text.len);
    ng_buf_free(&text);
}

/* ---- training sentences ---------------------------------------------------------- */

static bool S_projective(const int *head, size_t n)
{
    for (size_t d1 = 1; d1 <= n; d1++) {
        int a = head[d1] < (int)d1 ? head[d1] : (int)d1, b = head[d1] < (int)d1 ? (int)d1 : head[d1];
        for (size_t d2 = 1; d2 <= n; d2++) {
            int c = head[d2] < (int)d2 ? head[d2] : (int)d2, d = head[d2] < (int)d2 ? (int)d2 : head[d2];
            if ((c > a && c < b && d > b) || (d > a && d < b && c < a))
                return false;
        }
    }
    size_t roots = 0;
    for (size_t d = 1; d <= n; d++)
        roots += head[d] == 0;
    return roots == 1;
}

static void S_sent_init(train_sent *ts, const ng_syntax_model *m, const ng_conllu_sentence *s)
{
    size_t n = s->n;
    ts->n = n;
    ts->words = malloc(n * sizeof *ts->words);
    ts->lens = malloc(n * sizeof *ts->lens);
    ts->facts = malloc(n * sizeof *ts->facts);
    ts->gold_tag = malloc(n * sizeof *ts->gold_tag);
    ts->pred_tag = malloc(n * sizeof *ts->pred_tag);
    ts->gold_head = malloc((n + 1) * sizeof *ts->gold_head);
    ts->gold_rel = malloc((n + 1) * sizeof *ts->gold_rel);
    ts->gold_head[0] = -1;
    ts->gold_rel[0] = -1;
    char name[256];
    for (size_t i = 0; i < n; i++) {
        char *const *c = s->words[i].cols;
        ts->words[i] = c[1];
        ts->lens[i] = strlen(c[1]);
        ng_syn_word_facts(m, c[1], ts->lens[i], i == 0, &ts->facts[i]);
        snprintf(name, sizeof name, "%s|%s", c[3], c[4]);
        int t = ng_syntax_find_tag(m, name);
        ts->gold_tag[i] = t < 0 ? UINT16_MAX : (uint16_t)t;
        ts->pred_tag[i] = ts->gold_tag[i] == UINT16_MAX ? 0 : ts->gold_tag[i];
        ts->gold_head[i + 1] = (int)strtol(c[6], NULL, 10);
        ts->gold_rel[i + 1] = ng_syntax_find_rel(m, c[7]);
    }
    ts->projective = S_projective(ts->gold_head, n);
}

static void S_sent_free(train_sent *ts)
{
    free(ts->words);
    free(ts->lens);
    free(ts->facts);
    free(ts->gold_tag);
    free(ts->pred_tag);
    free(ts->gold_head);
    free(ts->gold_rel);
}

static void S_shuffle(size_t *idx, size_t n, uint64_t *seed)
{
    for (size_t i = n; i > 1; i--) {
        size_t j = (size_t)(ng_rand64(seed) % i);
        size_t t = idx[i - 1];
        idx[i - 1] = idx[j];
        idx[j] = t;
    }
}

/* ---- tagger ------------------------------------------------------------------------ */

static uint16_t S_tag_one(const ng_weights *w, uint32_t ntags, const uint32_t *feats, size_t nf)
{
    float scores[NG_SYN_MAX_TAGS + 1] = {0};
    ng_weights_score(w, feats, nf, scores);
    uint32_t best = 0;
    for (uint32_t k = 1; k < ntags; k++)
        if (scores[k] > scores[best])
            best = k;
    return (uint16_t)best;
}

static void S_tag_sentence(const ng_weights *w, uint32_t ntags, const train_sent *ts, uint16_t *out)
{
    uint32_t feats[NG_SYN_MAX_FEATS];
    int p1 = -1, p2 = -1;
    for (size_t i = 0; i < ts->n; i++) {
        size_t nf = ng_syn_tag_features(ts->facts, ts->n, i, p1, p2, feats);
        out[i] = S_tag_one(w, ntags, feats, nf);
        p2 = p1;
        p1 = out[i];
    }
}

static double S_tag_accuracy(const ng_weights *w, uint32_t ntags, train_sent *sents, size_t n)
{
    size_t right = 0, all = 0;
    for (size_t s = 0; s < n; s++) {
        uint16_t *pred = malloc((sents[s].n + 1) * sizeof *pred);
        S_tag_sentence(w, ntags, &sents[s], pred);
        for (size_t i = 0; i < sents[s].n; i++) {
            all++;
            right += pred[i] == sents[s].gold_tag[i];
        }
        free(pred);
    }
    return all ? (double)right / (double)all : 0;
}

/* Train a tagger on the sentences whose index is not in fold (fold < 0:
 * all of them); with dev, log its accuracy after each epoch. */
static int S_train_tagger(ng_weights *w, uint32_t bits, uint32_t ntags, train_sent *sents, size_t n, int folds,
                          int fold, int epochs, train_sent *dev, size_t ndev, FILE *log)
{
    if (ng_weights_alloc(w, bits, ntags) != 0)
        return -1;
    size_t *idx = malloc(n * sizeof *idx), m = 0;
    for (size_t i = 0; i < n; i++)
        if (fold < 0 || (int)(i % (size_t)folds) != fold)
            idx[m++] = i;
    uint64_t seed = 0x2545F4914F6CDD1DULL + (uint64_t)(fold + 1);
    double c = 1;
    uint32_t feats[NG_SYN_MAX_FEATS];
    for (int epoch = 1; epoch <= epochs; epoch++) {
        clock_t t0 = clock();
        S_shuffle(idx, m, &seed);
        size_t errors = 0, ntok = 0;
        for (size_t k = 0; k < m; k++) {
            train_sent *ts = &sents[idx[k]];
            int p1 = -1, p2 = -1;
            for (size_t i = 0; i < ts->n; i++, c++) {
                size_t nf = ng_syn_tag_features(ts->facts, ts->n, i, p1, p2, feats);
                uint16_t pred = S_tag_one(w, ntags, feats, nf);
                uint16_t gold = ts->gold_tag[i];
                ntok++;
                if (gold != UINT16_MAX && pred != gold) {
                    errors++;
                    ng_weights_update(w, feats, nf, gold, 1, c);
                    ng_weights_update(w, feats, nf, pred, -1, c);
                }
                p2 = p1;
                p1 = pred;
            }
        }
        if (log) {
            fprintf(log, "tagger%s%.0d epoch %d: %.4f train accuracy", fold >= 0 ? " fold " : "", fold >= 0 ? fold + 1 : 0,
                    epoch, 1.0 - (double)errors / (double)(ntok ? ntok : 1));
            if (dev && ndev) {
                ng_weights avg;
                if (ng_weights_averaged_copy(w, c, &avg) == 0) {
                    fprintf(log, ", dev %.4f", S_tag_accuracy(&avg, ntags, dev, ndev));
                    ng_weights_free(&avg);
                }
            }
            fprintf(log, " (%.1f s)\n", (double)(clock() - t0) / CLOCKS_PER_SEC);
        }
    }
    ng_weights_average(w, c);
    free(idx);
    return 0;
}

/* ---- parser ------------------------------------------------------------------------- */

typedef struct parse_counts {
    size_t transitions, errors, label_errors, arcs;
} parse_counts;

/* The relation of the arc that action (LEFT or RIGHT; else none: -1) makes
 * now; where the arc is a gold one, the labeler learns from it. */
static int S_label_and_learn(ng_syntax_model *m, const ng_syn_word *words, const train_sent *ts,
                             const ng_syn_state *st, int action, double *cl, parse_counts *pc)
{
    if (action != SYN_LEFT && action != SYN_RIGHT)
        return -1;
    uint32_t feats[NG_SYN_MAX_FEATS];
    int s0 = st->stack[st->sp - 1];
    int h = action == SYN_LEFT ? (int)st->b : s0, d = action == SYN_LEFT ? s0 : (int)st->b;
    size_t nf = ng_syn_label_features(words, ts->pred_tag, st, h, d, feats);
    int rel = ng_syn_best_label(m, feats, nf, h);
    if (h != 0 && ts->gold_head[d] == h && ts->gold_rel[d] > 0) {
        pc->arcs++;
        if (rel != ts->gold_rel[d]) {
            pc->label_errors++;
            ng_weights_update(&m->labeler, feats, nf, (uint32_t)ts->gold_rel[d], 1, *cl);
            ng_weights_update(&m->labeler, feats, nf, (uint32_t)rel, -1, *cl);
        }
        *cl += 1;
    }
    return rel;
}

static void S_train_parse(ng_syntax_model *m, ng_syn_work *wk, const train_sent *ts, bool explore, uint64_t *seed,
                          double *cp, double *cl, parse_counts *pc)
{
    ng_syn_work_reserve(wk, ts->n + 1);
    memcpy(wk->words, ts->facts, ts->n * sizeof *ts->facts);
    ng_syn_state *st = &wk->st;
    ng_syn_state_init(st, ts->n);
    uint32_t feats[NG_SYN_MAX_FEATS];
    while (st->b <= st->n) {
        size_t nf = ng_syn_parse_features(wk->words, ts->pred_tag, st, feats);
        float scores[SYN_NACTIONS] = {0};
        ng_weights_score(&m->parser, feats, nf, scores);
        int pred = -1, gold = -1, cost[SYN_NACTIONS];
        int mincost = 1 << 30;
        for (int a = 0; a < SYN_NACTIONS; a++) {
            cost[a] = ng_syn_valid(st, a) ? ng_syn_cost(st, ts->gold_head, a) : -1;
            if (cost[a] >= 0 && cost[a] < mincost)
                mincost = cost[a];
        }
        for (int a = 0; a < SYN_NACTIONS; a++) {
            if (cost[a] < 0)
                continue;
            if (pred < 0 || scores[a] > scores[pred])
                pred = a;
            if (cost[a] == mincost && (gold < 0 || scores[a] > scores[gold]))
                gold = a;
        }
        pc->transitions++;
        int follow = gold;
        if (cost[pred] > mincost) {
            pc->errors++;
            ng_weights_update(&m->parser, feats, nf, (uint32_t)gold, 1, *cp);
            ng_weights_update(&m->parser, feats, nf, (uint32_t)pred, -1, *cp);
            if (explore && ng_rand64(seed) % 10 < 9)
                follow = pred;
        }
        *cp += 1;
        ng_syn_apply(st, follow, S_label_and_learn(m, wk->words, ts, st, follow, cl, pc));
    }
}

/* The transitions of the path ending at node, first first, into out
 * (room for 2n + 1); returns how many. */
static size_t S_path(const ng_syn_beam *bm, int32_t node, int32_t *out)
{
    size_t k = 0;
    for (int32_t x = node; x >= 0; x = bm->nodes[x].parent)
        out[k++] = x;
    for (size_t i = 0; i < k / 2; i++) {
        int32_t t = out[i];
        out[i] = out[k - 1 - i];
        out[k - 1 - i] = t;
    }
    return k;
}

/* Replay the path ending at node from the start and add d to the weight
 * of each of its transitions' features. */
static void S_update_path(ng_syntax_model *m, ng_syn_work *wk, const train_sent *ts, int32_t node, float d,
                          double c, int32_t *path)
{
    size_t k = S_path(wk->beam, node, path);
    ng_syn_state *st = &wk->st;
    ng_syn_state_init(st, ts->n);
    uint32_t feats[NG_SYN_MAX_FEATS];
    for (size_t i = 0; i < k; i++) {
        const ng_syn_node *x = &wk->beam->nodes[path[i]];
        size_t nf = ng_syn_parse_features(wk->words, ts->pred_tag, st, feats);
        ng_weights_update(&m->parser, feats, nf, (uint32_t)x->action, d, c);
        ng_syn_apply(st, x->action, x->rel);
    }
}

/* One sentence of beam training with the max-violation update (Huang,
 * Fayong and Guo 2012): alongside the beam runs the best-scoring path that
 * loses no gold arc; where the beam's best parse is wrong and outscores
 * that path by the most, the weights move towards the path and away from
 * the parse, each replayed from the start. The labeler learns the arcs of
 * the gold path. */
static void S_train_parse_beam(ng_syntax_model *m, ng_syn_work *wk, const train_sent *ts, uint32_t width,
                               double *cp, double *cl, parse_counts *pc)
{
    ng_syn_work_reserve(wk, ts->n + 1);
    memcpy(wk->words, ts->facts, ts->n * sizeof *ts->facts);
    if (!wk->beam)
        wk->beam = ng_syn_beam_new();
    ng_syn_beam *bm = wk->beam;
    ng_syn_beam_start(bm, ts->n, width);
    ng_syn_item gold = {0};
    ng_syn_state_alloc(&gold.st, ts->n + 1);
    ng_syn_state_init(&gold.st, ts->n);
    gold.node = -1;
    uint32_t feats[NG_SYN_MAX_FEATS];
    double worst = -1;
    int32_t worst_top = -1, worst_gold = -1;
    bool wrong_end = false;
    for (;;) {
        bool moved = ng_syn_beam_step(m, wk->words, ts->pred_tag, bm, ts->gold_head);
        if (gold.st.b <= gold.st.n) {
            ng_syn_state *st = &gold.st;
            size_t nf = ng_syn_parse_features(wk->words, ts->pred_tag, st, feats);
            float scores[SYN_NACTIONS] = {0};
            ng_weights_score(&m->parser, feats, nf, scores);
            int a = -1;
            for (int k = 0; k < SYN_NACTIONS; k++)
                if (ng_syn_valid(st, k) && ng_syn_cost(st, ts->gold_head, k) == 0 && (a < 0 || scores[k] > scores[a]))
                    a = k;
            int rel = S_label_and_learn(m, wk->words, ts, st, a, cl, pc);
            gold.score += scores[a];
            gold.node = ng_syn_beam_node(bm, gold.node, a, rel);
            ng_syn_apply(st, a, rel);
            pc->transitions++;
        } else if (!moved)
            break;
        const ng_syn_item *top = &bm->cur[0];
        wrong_end = !top->correct;
        if (!top->correct && top->score - gold.score >= worst) {
            worst = top->score - gold.score;
            worst_top = top->node;
            worst_gold = gold.node;
        }
    }
    if (wrong_end && worst_top >= 0) {
        pc->errors++;
        int32_t *path = malloc((2 * ts->n + 2) * sizeof *path);
        S_update_path(m, wk, ts, worst_gold, 1, *cp, path);
        S_update_path(m, wk, ts, worst_top, -1, *cp, path);
        free(path);
    }
    *cp += 1;
    ng_syn_state_free(&gold.st);
}

static void S_parse_scores(const ng_syntax_model *m, train_sent *dev, size_t ndev, double *uas, double *las)
{
    ng_syn_work *wk = ng_syn_work_new();
    size_t words = 0, u = 0, l = 0;
    for (size_t s = 0; s < ndev; s++) {
        train_sent *ts = &dev[s];
        uint16_t *tag = malloc(ts->n * sizeof *tag), *head = malloc(ts->n * sizeof *head);
        uint8_t *rel = malloc(ts->n);
        S_tag_sentence(&m->tagger, m->ntags, ts, tag);
        ng_syn_sentence ss = {ts->words, ts->lens, ts->n, tag, head, rel};
        ng_syntax_parse(m, wk, &ss);
        for (size_t i = 0; i < ts->n; i++) {
            words++;
            if (head[i] == ts->gold_head[i + 1]) {
                u++;
                const char *p = m->rels[rel[i]];
                int g = ts->gold_rel[i + 1];
                const char *gn = g >= 0 ? m->rels[g] : "";
                size_t pl = strcspn(p, ":"), gl = strcspn(gn, ":");
                l += g >= 0 && pl == gl && memcmp(p, gn, pl) == 0;
            }
        }
        free(tag);
        free(head);
        free(rel);
    }
    ng_syn_work_free(wk);
    *uas = words ? (double)u / (double)words : 0;
    *las = words ? (double)l / (double)words : 0;
}

/* ---- the whole ------------------------------------------------------------------------ */

int ng_syntax_train(const ng_conllu *const *train, size_t ntrain, const ng_conllu *dev, ng_ner_clusters *clusters,
                    const ng_syntax_train_opts *o, ng_syntax_model **out, ng_error *err)
{
    ng_syntax_model *m = ng_syntax_model_new();
    m->clusters = clusters;
    m->beam = o->beam > 1 ? o->beam : 0;
    m->tags = S_names(train, ntrain, true, NULL, &m->ntags, NG_SYN_MAX_TAGS, err);
    m->rels = m->tags ? S_names(train, ntrain, false, "root", &m->nrels, NG_SYN_MAX_RELS, err) : NULL;
    if (!m->rels) {
        ng_syntax_model_free(m);
        return -1;
    }
    ng_syntax_model_index(m);
    if (strcmp(m->rels[0], "root") != 0) {
        ng_error_set(err, "train-parser", 0, 0, "the training data have no 'root' relation");
        ng_syntax_model_free(m);
        return -1;
    }
    S_build_dict(m, train, ntrain);
    size_t n = 0, ndev = 0, ntok = 0, nonproj = 0;
    for (size_t t = 0; t < ntrain; t++)
        n += train[t]->n;
    train_sent *sents = calloc(n ? n : 1, sizeof *sents);
    n = 0;
    for (size_t t = 0; t < ntrain; t++)
        for (size_t s = 0; s < train[t]->n; s++) {
            S_sent_init(&sents[n], m, &train[t]->sents[s]);
            ntok += sents[n].n;
            nonproj += !sents[n].projective;
            n++;
        }
    train_sent *devs = dev ? calloc(dev->n ? dev->n : 1, sizeof *devs) : NULL;
    for (size_t s = 0; dev && s < dev->n; s++)
        S_sent_init(&devs[ndev++], m, &dev->sents[s]);
    FILE *log = o->log;
    if (log)
        fprintf(log,
                "train-parser: %zu sentences, %zu words, %u tags, %u relations; %zu sentences whose tree is not "
                "projective train the tagger only\n",
                n, ntok, m->ntags, m->nrels, nonproj);

    /* tags for the parser to train on, predicted by taggers that did not
     * see the sentence */
    for (int f = 0; f < o->folds; f++) {
        ng_weights w;
        if (S_train_tagger(&w, o->tagger_bits, m->ntags, sents, n, o->folds, f, o->tagger_epochs, NULL, 0, NULL) !=
            0)
            goto oom;
        for (size_t i = (size_t)f; i < n; i += (size_t)o->folds)
            S_tag_sentence(&w, m->ntags, &sents[i], sents[i].pred_tag);
        ng_weights_free(&w);
        if (log)
            fprintf(log, "jackknife fold %d of %d tagged\n", f + 1, o->folds);
    }
    if (S_train_tagger(&m->tagger, o->tagger_bits, m->ntags, sents, n, 0, -1, o->tagger_epochs, devs, ndev, log) !=
        0)
        goto oom;

    if (ng_weights_alloc(&m->parser, o->parser_bits, SYN_NACTIONS) != 0 ||
        ng_weights_alloc(&m->labeler, o->labeler_bits, m->nrels) != 0)
        goto oom;
    size_t *idx = malloc(n * sizeof *idx), np = 0;
    for (size_t i = 0; i < n; i++)
        if (sents[i].projective)
            idx[np++] = i;
    uint64_t seed = 0x9E3779B97F4A7C15ULL;
    double cp = 1, cl = 1;
    ng_syn_work *wk = ng_syn_work_new();
    for (int epoch = 1; epoch <= o->parser_epochs; epoch++) {
        clock_t t0 = clock();
        S_shuffle(idx, np, &seed);
        parse_counts pc = {0};
        for (size_t k = 0; k < np; k++) {
            if (o->beam > 1)
                S_train_parse_beam(m, wk, &sents[idx[k]], o->beam, &cp, &cl, &pc);
            else
                S_train_parse(m, wk, &sents[idx[k]], epoch > 1, &seed, &cp, &cl, &pc);
        }
        if (log) {
            if (o->beam > 1)
                fprintf(log, "parser epoch %d: %.4f sentences right, %.4f relations right", epoch,
                        1.0 - (double)pc.errors / (double)(np ? np : 1),
                        1.0 - (double)pc.label_errors / (double)(pc.arcs ? pc.arcs : 1));
            else
                fprintf(log, "parser epoch %d: %.4f transitions right, %.4f relations right", epoch,
                        1.0 - (double)pc.errors / (double)(pc.transitions ? pc.transitions : 1),
                        1.0 - (double)pc.label_errors / (double)(pc.arcs ? pc.arcs : 1));
            if (ndev) {
                ng_syntax_model tmp = *m;
                if (ng_weights_averaged_copy(&m->parser, cp, &tmp.parser) == 0 &&
                    ng_weights_averaged_copy(&m->labeler, cl, &tmp.labeler) == 0) {
                    double uas, las;
                    S_parse_scores(&tmp, devs, ndev, &uas, &las);
                    fprintf(log, ", dev UAS %.4f LAS %.4f", uas, las);
                }
                ng_weights_free(&tmp.parser);
                ng_weights_free(&tmp.labeler);
            }
            fprintf(log, " (%.1f s)\n", (double)(clock() - t0) / CLOCKS_PER_SEC);
        }
    }
    ng_syn_work_free(wk);
    free(idx);
    ng_weights_average(&m->parser, cp);
    ng_weights_average(&m->labeler, cl);
    for (size_t i = 0; i < n; i++)
        S_sent_free(&sents[i]);
    for (size_t i = 0; i < ndev; i++)
        S_sent_free(&devs[i]);
    free(sents);
    free(devs);
    *out = m;
    return 0;
oom:
    for (size_t i = 0; i < n; i++)
        S_sent_free(&sents[i]);
    for (size_t i = 0; i < ndev; i++)
        S_sent_free(&devs[i]);
    free(sents);
    free(devs);
    m->clusters = NULL;
    ng_syntax_model_free(m);
    ng_error_set(err, "train-parser", 0, 0, "out of memory for the weights");
    return -1;
}
