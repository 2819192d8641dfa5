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

struct ng_syn_work {
    ng_syn_word *words;
    ng_syn_state st;
    size_t cap;
};

void ng_syn_work_reserve(ng_syn_work *wk, size_t n);
void ng_syn_prepare(const ng_syntax_model *m, ng_syn_work *wk, const ng_syn_sentence *s);
size_t ng_syn_tag_features(const ng_syn_word *w, size_t n, size_t i, int p1, int p2, uint32_t *out);

void ng_syn_state_init(ng_syn_state *st, size_t n);
bool ng_syn_valid(const ng_syn_state *st, int action);
void ng_syn_apply(ng_syn_state *st, int action, int rel);
void ng_syn_find_slots(const ng_syn_state *st, ng_syn_slots *sl);
size_t ng_syn_parse_features(const ng_syn_word *w, const uint16_t *tag, const ng_syn_state *st, uint32_t *out);
size_t ng_syn_label_features(const ng_syn_word *w, const uint16_t *tag, const ng_syn_state *st, int h, int d,
                             uint32_t *out);
int ng_syn_best_label(const ng_syntax_model *m, const uint32_t *feats, size_t nf, int h);
int ng_syn_best_action(const ng_syntax_model *m, const ng_syn_state *st, const uint32_t *feats, size_t nf);
int ng_syn_arc_label(const ng_syntax_model *m, const ng_syn_work *wk, const uint16_t *tag, const ng_syn_state *st,
                     int action);
void ng_syn_finish(const ng_syntax_model *m, const ng_syn_work *wk, const uint16_t *tag, ng_syn_state *st);

#endif
