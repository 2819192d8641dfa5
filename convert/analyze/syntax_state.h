/* syntax_state.h -- the arc-eager parser's configuration and the feature
 * functions, shared by decoding (syntax.c) and training (syntax_train.c). */
#ifndef NG_SYNTAX_STATE_H
#define NG_SYNTAX_STATE_H

#include "syntax.h"

#define NG_SYN_MAX_FEATS 96

enum { SYN_SHIFT, SYN_RIGHT, SYN_LEFT, SYN_REDUCE, SYN_NACTIONS };

typedef struct ng_syn_children {
    int l1, l2, r1, r2;       /* leftmost, second leftmost, rightmost, second rightmost */
    uint32_t nl, nr;
    uint64_t lset, rset;      /* relations of the left and right children (bit rel % 64) */
} ng_syn_children;

/* Tokens are 1..n, 0 is the root. */
typedef struct ng_syn_state {
    int *stack;
    size_t sp;
    size_t b;                 /* first word of the buffer */
    size_t n;
    int *head, *rel;          /* -1 while unattached */
    ng_syn_children *child;
} ng_syn_state;

typedef struct ng_syn_slots {
    int s0, s1, n0, n1, n2, s0h, s0h2, s0l, s0l2, s0r, s0r2, n0l, n0l2;
} ng_syn_slots;

/* Beam search (syntax_beam.c). Each parse's transitions are a path of
 * nodes from the start: a transition, the relation it named (-1: none) and
 * the node before it (-1: the start). */
typedef struct ng_syn_node {
    int32_t parent;
    int16_t action, rel;
} ng_syn_node;

typedef struct ng_syn_item {
    ng_syn_state st;
    double score;
    int32_t node;             /* the last transition, -1 before the first */
    bool correct;             /* training: no transition so far lost a gold arc */
} ng_syn_item;

typedef struct ng_syn_beam {
    ng_syn_item *items;       /* 2 * width_cap parses: the beam and the next */
    ng_syn_item *cur, *next;
    uint32_t size, width, width_cap;
    size_t cap;               /* words each parse has room for */
    struct beam_cand *cands;
    ng_syn_node *nodes;
    size_t nnodes, node_cap;
} ng_syn_beam;

struct ng_syn_work {
    ng_syn_word *words;
    ng_syn_state st;
    size_t cap;
    ng_syn_beam *beam;        /* NULL until a beam model parses */
};

ng_syn_beam *ng_syn_beam_new(void);
void ng_syn_beam_free(ng_syn_beam *bm);
/* A state with room for cap words, its copy, and its release. */
void ng_syn_state_alloc(ng_syn_state *st, size_t cap);
void ng_syn_state_copy(ng_syn_state *to, const ng_syn_state *from);
void ng_syn_state_free(ng_syn_state *st);
/* Start a beam of width parses for a sentence of n words. */
void ng_syn_beam_start(ng_syn_beam *bm, size_t n, uint32_t width);
int32_t ng_syn_beam_node(ng_syn_beam *bm, int32_t parent, int action, int rel);
/* Extend every parse of the beam by each valid transition and keep the
 * best; false when every parse was already complete. gold_head (training,
 * else NULL) sets each parse's correct flag. */
bool ng_syn_beam_step(const ng_syntax_model *m, const ng_syn_word *words, const uint16_t *tag, ng_syn_beam *bm,
                      const int *gold_head);
/* The best complete parse of a beam of m->beam parses, left in wk->st. */
void ng_syn_beam_parse(const ng_syntax_model *m, ng_syn_work *wk, const uint16_t *tag, size_t n);

void ng_syn_work_reserve(ng_syn_work *wk, size_t n);
void ng_syn_prepare(const ng_syntax_model *m, ng_syn_work *wk, const ng_syn_sentence *s);
size_t ng_syn_tag_features(const ng_syn_word *w, size_t n, size_t i, int p1, int p2, uint32_t *out);

void ng_syn_state_init(ng_syn_state *st, size_t n);
bool ng_syn_valid(const ng_syn_state *st, int action);
void ng_syn_apply(ng_syn_state *st, int action, int rel);
/* Training: how many gold arcs (gold_head[d], 1-based) action makes
 * unreachable (Goldberg and Nivre 2012); 0 for an action on a best path. */
int ng_syn_cost(const ng_syn_state *st, const int *gold_head, int action);
void ng_syn_find_slots(const ng_syn_state *st, ng_syn_slots *sl);
size_t ng_syn_parse_features(const ng_syn_word *w, const uint16_t *tag, const ng_syn_state *st, uint32_t *out);
size_t ng_syn_label_features(const ng_syn_word *w, const uint16_t *tag, const ng_syn_state *st, int h, int d,
                             uint32_t *out);
int ng_syn_best_label(const ng_syntax_model *m, const uint32_t *feats, size_t nf, int h);
int ng_syn_best_action(const ng_syntax_model *m, const ng_syn_state *st, const uint32_t *feats, size_t nf);
int ng_syn_arc_label(const ng_syntax_model *m, const ng_syn_word *words, const uint16_t *tag, const ng_syn_state *st,
                     int action);
void ng_syn_finish(const ng_syntax_model *m, const ng_syn_work *wk, const uint16_t *tag, ng_syn_state *st);

#endif
