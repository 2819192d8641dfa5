/*
 * coref.h -- who "he" and "she" stand for, learned from GUM's coreference
 * layer: a mention-ranking model scores each person named in the
 * sentences before a pronoun, and "nobody named" (the pronoun stands for
 * someone the text only describes, "the teacher ... she"), from the
 * distance, the parse (subjects, parallel roles, the clause the pronoun is
 * in), quotation marks, how often each person was named and the titles
 * they carry. ng_person_for_pronoun (actors.c) asks it when a model is
 * loaded; the rules there answer otherwise. Training is coref_train.c;
 * docs/actors.md.
 */
#ifndef NG_COREF_H
#define NG_COREF_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "internal.h"

#define COREF_HASH_BITS 18
#define COREF_BUCKETS (1u << COREF_HASH_BITS)
#define COREF_MAX_FEATURES 48
#define COREF_MAX_CANDIDATES 24
/* how far back candidates are looked for, in sentences */
#define COREF_WINDOW 10

/* The pronouns the model resolves: 0 none, else a number per form. */
int ng_coref_pronoun(const ng_document *doc, size_t tok);

/* A person named before the pronoun: the actor and its latest mention. */
typedef struct ng_coref_candidate {
    int actor;
    int mention;
    uint32_t named;           /* mentions of the actor before the pronoun */
} ng_coref_candidate;

/* The candidates of the pronoun at tok, nearest first; returns how many
 * (at most COREF_MAX_CANDIDATES). */
size_t ng_coref_candidates(const ng_document *doc, size_t tok, ng_coref_candidate *out);

/* Given names and the gender the pronouns that stand for them give them,
 * learned from text (`newsgraph name-genders`, scripts/train-coref):
 * "name<TAB>m" or "name<TAB>f" lines, names folded, sorted. The model file
 * carries the table. */
typedef struct ng_coref_names {
    char *text;               /* the lines, owned */
    const char **name;        /* sorted, into text */
    char *gender;             /* 'm' or 'f' per name */
    size_t n;
} ng_coref_names;
ng_coref_names *ng_coref_names_parse(const char *text, size_t len, const char *source, ng_error *err);
void ng_coref_names_free(ng_coref_names *t);
/* 'm', 'f', or 0 when the table does not know the name. */
char ng_coref_name_gender(const ng_coref_names *t, const char *folded);
/* The folded first word of a person's name ("maria" of "Maria Lopez"). */
void ng_coref_given_name(const ng_actor *a, char *buf, size_t size);
/* The person the pronoun at tok stands for when the text leaves no doubt
 * (the only person named in its sentence before it and in the sentence
 * before), or -1: evidence for the names table. */
int ng_coref_sure_person(const ng_document *doc, size_t tok);
/* 'm' or 'f': the gender of a pronoun ng_coref_pronoun knows. */
char ng_coref_pronoun_gender(int form);

/* Hashed features of candidate c (index ci of the n candidates), or of
 * "nobody named" when ci == n, with the names table (or NULL); returns
 * how many were written (at most COREF_MAX_FEATURES). */
size_t ng_coref_features(const ng_document *doc, const ng_coref_names *names, size_t tok,
                         const ng_coref_candidate *cands, size_t n, size_t ci, uint32_t *out);

typedef struct ng_coref_model {
    float *w;                 /* COREF_BUCKETS weights while training, or NULL */
    int16_t *q;               /* quantized weights as loaded from a file */
    float scale;
    ng_coref_names *names;    /* the names table, or NULL */
} ng_coref_model;

float ng_coref_score(const ng_coref_model *m, const uint32_t *f, size_t nf);

/* The best of n candidates and "nobody" (index n) given their features
 * (COREF_MAX_FEATURES each, "nobody" last) and counts. */
size_t ng_coref_best(const ng_coref_model *m, const uint32_t *feats, const uint8_t *nf, size_t n);
/* The actor the pronoun at tok stands for, or -1 (nobody named). */
int ng_coref_resolve(const ng_coref_model *m, const ng_document *doc, size_t tok);

ng_coref_model *ng_coref_model_new(void);
void ng_coref_model_free(ng_coref_model *m);
int ng_coref_model_save(const ng_coref_model *m, const char *path, ng_error *err);
ng_coref_model *ng_coref_model_read(const unsigned char *data, size_t len, const char *source, ng_error *err);
ng_coref_model *ng_coref_model_load(const char *path, ng_error *err);
/* The model linked into the binary (NULL when the build has none). */
const ng_coref_model *ng_coref_builtin(ng_context *ctx, ng_error *err);

/* ---- training (coref_train.c) -------------------------------------------- */

typedef struct ng_coref_data ng_coref_data;
ng_coref_data *ng_coref_data_new(void);
/* Add the pronouns of a converted article, labelled from a file of gold
 * mentions (START<TAB>END<TAB>ENTITY, code points of the article file). */
int ng_coref_data_add(ng_coref_data *d, const ng_document *doc, const ng_coref_names *names, const char *article,
                      const char *mentions, ng_error *err);
void ng_coref_data_describe(const ng_coref_data *d, FILE *log, const char *what);
/* Accuracy on d of the model (the rules' when m is NULL): printed to log. */
void ng_coref_evaluate(const ng_coref_model *m, const ng_coref_data *d, FILE *log, const char *what);
void ng_coref_data_free(ng_coref_data *d);

typedef struct {
    int epochs;
    unsigned seed;
    FILE *log;                /* progress and dev scores, or NULL */
} ng_coref_train_options;
/* The model takes over names (may be NULL). */
int ng_coref_train(const ng_coref_data *train, const ng_coref_data *dev, const ng_coref_train_options *opt,
                   ng_coref_names *names, ng_coref_model **out, ng_error *err);

#endif
