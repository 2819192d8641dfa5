/*
 * triggers.h -- which words of a sentence report an event, learned from
 * ECB+: every action mention of its annotated sentences (occurrences,
 * reporting, states, aspectual, causative and perception words, negated
 * or not) is a trigger. A binary linear model scores each word from the
 * word, its neighbours, its tags, its place in the parse, the names
 * around it and the event and speech-verb lexicons (features, not gates).
 * Adjacent trigger words joined by the parse ("checked into", "injured
 * reserve") make one trigger. events.c asks it for --all-events; training
 * is triggers_train.c; docs/events.md.
 */
#ifndef NG_TRIGGERS_H
#define NG_TRIGGERS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "internal.h"

#define TRIG_HASH_BITS 19
#define TRIG_BUCKETS (1u << TRIG_HASH_BITS)
#define TRIG_MAX_FEATURES 48

/* A word the model scores: not punctuation, not a number. */
bool ng_trig_candidate(const ng_document *doc, size_t tok);
/* Hashed features of the word at tok; returns how many (at most
 * TRIG_MAX_FEATURES). */
size_t ng_trig_features(const ng_document *doc, size_t tok, uint32_t *out);

typedef struct ng_trig_model {
    ng_linear lin;            /* TRIG_BUCKETS weights; a word is a trigger when its sum is > 0 */
} ng_trig_model;

float ng_trig_score(const ng_trig_model *m, const ng_document *doc, size_t tok);
/* The triggers of doc: marks[tok] = 1 for the first word of each, 2 for
 * the words that continue it, 0 elsewhere (doc->ntok entries). */
void ng_trig_mark(const ng_trig_model *m, const ng_document *doc, uint8_t *marks);

ng_trig_model *ng_trig_model_new(void);
void ng_trig_model_free(ng_trig_model *m);
int ng_trig_model_save(const ng_trig_model *m, const char *path, ng_error *err);
ng_trig_model *ng_trig_model_read(const unsigned char *data, size_t len, const char *source, ng_error *err);
ng_trig_model *ng_trig_model_load(const char *path, ng_error *err);
/* The model's image (model_image.c), linked in as the built-in model. */
int ng_trig_model_image(const ng_trig_model *m, const char *path, ng_error *err);
/* The model linked into the binary (NULL when the build has none). */
const ng_trig_model *ng_trig_builtin(ng_context *ctx, ng_error *err);

/* ---- training (triggers_train.c) ------------------------------------------ */

typedef struct ng_trig_data ng_trig_data;
ng_trig_data *ng_trig_data_new(void);
void ng_trig_data_free(ng_trig_data *d);
/* Add the words of a converted article, labelled from a file of spans
 * (START<TAB>END<TAB>LABEL, code points of the article file): a label
 * "sentence" marks an annotated sentence (when a file has any, only the
 * words inside them are used), any other label a trigger. */
int ng_trig_data_add(ng_trig_data *d, const ng_document *doc, const char *article, const char *spans, ng_error *err);
void ng_trig_data_describe(const ng_trig_data *d, FILE *log, const char *what);
/* Word-level precision, recall and F1 of m on d, printed to log. */
void ng_trig_evaluate(const ng_trig_model *m, const ng_trig_data *d, FILE *log, const char *what);

typedef struct {
    int epochs;
    unsigned seed;
    FILE *log;                /* progress and dev scores, or NULL */
} ng_trig_train_options;
int ng_trig_train(const ng_trig_data *train, const ng_trig_data *dev, const ng_trig_train_options *opt,
                  ng_trig_model **out, ng_error *err);

#endif
