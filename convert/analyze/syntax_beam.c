/* syntax_beam.c -- beam search over the arc-eager parser's transitions.
 *
 * The greedy parser commits to the best transition at each step; one early
 * mistake ("attach this noun to the verb") leads the rest of the sentence
 * astray. A beam keeps the best `width` partial parses, each scored by the
 * sum of its transitions' scores, and picks the best whole parse at the
 * end (Zhang and Clark 2008; Zhang and Nivre 2011). Relations are still
 * named by the labeler as each arc is made, per parse.
 *
 * Every parse of a beam records its transitions as a node of a tree (a
 * parent and the transition), so that training can replay a parse's
 * transitions and their features (syntax_train.c) without each parse
 * carrying its history. Parses whose buffer is empty wait, unchanged,
 * until every parse in the beam is done. */
#include <stdlib.h>
#include <string.h>

#include "syntax.h"
#include "syntax_state.h"

typedef struct beam_cand {
    double score;
    uint32_t item;
    int action;               /* -1: the parse is complete and waits */
    bool correct;
} beam_cand;

void ng_syn_state_alloc(ng_syn_state *st, size_t cap)
{
    st->stack = malloc((cap + 1) * sizeof *st->stack);
    st->head = malloc((cap + 1) * sizeof *st->head);
    st->rel = malloc((cap + 1) * sizeof *st->rel);
    st->child = malloc((cap + 1) * sizeof *st->child);
}

void ng_syn_state_free(ng_syn_state *st)
{
    free(st->stack);
    free(st->head);
    free(st->rel);
    free(st->child);
}

void ng_syn_state_copy(ng_syn_state *to, const ng_syn_state *from)
{
    to->sp = from->sp;
    to->b = from->b;
    to->n = from->n;
    memcpy(to->stack, from->stack, from->sp * sizeof *to->stack);
    memcpy(to->head, from->head, (from->n + 1) * sizeof *to->head);
    memcpy(to->rel, from->rel, (from->n + 1) * sizeof *to->rel);
    memcpy(to->child, from->child, (from->n + 1) * sizeof *to->child);
}

static void S_beam_reserve(ng_syn_beam *bm, size_t n, uint32_t width)
{
    if (n > bm->cap || width > bm->width_cap) {
        for (size_t i = 0; i < 2 * (size_t)bm->width_cap; i++)
            ng_syn_state_free(&bm->items[i].st);
        free(bm->items);
        free(bm->cands);
        size_t cap = bm->cap > n ? bm->cap : n < 64 ? 64 : n;
        uint32_t wcap = width > bm->width_cap ? width : bm->width_cap;
        bm->items = calloc(2 * (size_t)wcap, sizeof *bm->items);
        bm->cands = malloc((size_t)wcap * SYN_NACTIONS * sizeof *bm->cands);
        for (size_t i = 0; i < 2 * (size_t)wcap; i++)
            ng_syn_state_alloc(&bm->items[i].st, cap);
        bm->cap = cap;
        bm->width_cap = wcap;
    }
    bm->cur = bm->items;
    bm->next = bm->items + bm->width_cap;
}

ng_syn_beam *ng_syn_beam_new(void) { return calloc(1, sizeof(ng_syn_beam)); }

void ng_syn_beam_free(ng_syn_beam *bm)
{
    if (!bm)
        return;
    for (size_t i = 0; i < 2 * (size_t)bm->width_cap; i++)
        ng_syn_state_free(&bm->items[i].st);
    free(bm->items);
    free(bm->cands);
    free(bm->nodes);
    free(bm);
}

int32_t ng_syn_beam_node(ng_syn_beam *bm, int32_t parent, int action, int rel)
{
    if (bm->nnodes == bm->node_cap) {
        bm->node_cap = bm->node_cap ? 2 * bm->node_cap : 1024;
        bm->nodes = realloc(bm->nodes, bm->node_cap * sizeof *bm->nodes);
    }
    bm->nodes[bm->nnodes] = (ng_syn_node){parent, (int16_t)action, (int16_t)rel};
    return (int32_t)bm->nnodes++;
}

void ng_syn_beam_start(ng_syn_beam *bm, size_t n, uint32_t width)
{
    S_beam_reserve(bm, n + 1, width);
    bm->width = width;
    bm->size = 1;
    bm->nnodes = 0;
    ng_syn_state_init(&bm->cur[0].st, n);
    bm->cur[0].score = 0;
    bm->cur[0].node = -1;
    bm->cur[0].correct = true;
}

/* Best first; ties go to the earlier parse and the lower transition, so
 * that the same input always gives the same beam. */
static int S_cmp_cand(const void *a, const void *b)
{
    const beam_cand *x = a, *y = b;
    if (x->score != y->score)
        return x->score > y->score ? -1 : 1;
    if (x->item != y->item)
        return x->item < y->item ? -1 : 1;
    return x->action - y->action;
}

bool ng_syn_beam_step(const ng_syntax_model *m, const ng_syn_word *words, const uint16_t *tag, ng_syn_beam *bm,
                      const int *gold_head)
{
    size_t nc = 0;
    bool any = false;
    uint32_t feats[NG_SYN_MAX_FEATS];
    for (uint32_t i = 0; i < bm->size; i++) {
        ng_syn_item *it = &bm->cur[i];
        if (it->st.b > it->st.n) {
            bm->cands[nc++] = (beam_cand){it->score, i, -1, it->correct};
            continue;
        }
        any = true;
        size_t nf = ng_syn_parse_features(words, tag, &it->st, feats);
        float scores[SYN_NACTIONS] = {0};
        ng_weights_score(&m->parser, feats, nf, scores);
        for (int a = 0; a < SYN_NACTIONS; a++)
            if (ng_syn_valid(&it->st, a)) {
                bool correct = gold_head && it->correct && ng_syn_cost(&it->st, gold_head, a) == 0;
                bm->cands[nc++] = (beam_cand){it->score + scores[a], i, a, correct};
            }
    }
    if (!any)
        return false;
    qsort(bm->cands, nc, sizeof *bm->cands, S_cmp_cand);
    uint32_t keep = nc < bm->width ? (uint32_t)nc : bm->width;
    for (uint32_t k = 0; k < keep; k++) {
        const beam_cand *c = &bm->cands[k];
        const ng_syn_item *from = &bm->cur[c->item];
        ng_syn_item *to = &bm->next[k];
        ng_syn_state_copy(&to->st, &from->st);
        to->score = c->score;
        to->correct = c->correct;
        to->node = from->node;
        if (c->action < 0)
            continue;
        int rel = -1;
        if (c->action == SYN_LEFT || c->action == SYN_RIGHT)
            rel = ng_syn_arc_label(m, words, tag, &from->st, c->action);
        ng_syn_apply(&to->st, c->action, rel);
        to->node = ng_syn_beam_node(bm, from->node, c->action, rel);
    }
    ng_syn_item *t = bm->cur;
    bm->cur = bm->next;
    bm->next = t;
    bm->size = keep;
    return true;
}

void ng_syn_beam_parse(const ng_syntax_model *m, ng_syn_work *wk, const uint16_t *tag, size_t n)
{
    if (!wk->beam)
        wk->beam = ng_syn_beam_new();
    ng_syn_beam *bm = wk->beam;
    ng_syn_beam_start(bm, n, m->beam);
    while (ng_syn_beam_step(m, wk->words, tag, bm, NULL))
        ;
    ng_syn_state_copy(&wk->st, &bm->cur[0].st);
}
