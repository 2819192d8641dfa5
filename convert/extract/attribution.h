/*
 * attribution.h -- who said what, learned from PolNeAR: a first-order
 * averaged perceptron labels every token of a paragraph as part of an
 * attribution's source, cue or content (IOB2), from the words, tags, the
 * parse (the path from a token to the nearest speech verb above it),
 * quotation marks and the actors found in the text. Spans are then grouped
 * into attributions around their cue. Training is attribution_train.c;
 * quotes.c turns attributions into statements. docs/statements.md.
 */
#ifndef NG_ATTRIBUTION_H
#define NG_ATTRIBUTION_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "internal.h"

enum {
    ATTR_O = 0,
    ATTR_B_SOURCE, ATTR_I_SOURCE,
    ATTR_B_CUE, ATTR_I_CUE,
    ATTR_B_CONTENT, ATTR_I_CONTENT,
    ATTR_NLABELS
};
/* Role of a label: 0 none, 1 source, 2 cue, 3 content. */
static inline int ng_attr_role(int label) { return label == ATTR_O ? 0 : (label + 1) / 2; }
static inline int ng_attr_is_begin(int label) { return label != ATTR_O && (label % 2) == 1; }
extern const char *const ng_attr_role_names[4];

/* A word that can introduce an attribution: the lexicon's reporting
 * verbs (ATTR_CUE_SAY: said, told) and verbs of thinking (ATTR_CUE_THINK),
 * and "according" (to). */
enum { ATTR_CUE_NONE = 0, ATTR_CUE_SAY = 1, ATTR_CUE_THINK = 2, ATTR_CUE_ACCORDING = 3 };
int ng_attr_cue_kind(const ng_document *doc, size_t k);

#define ATTR_HASH_BITS 20
#define ATTR_BUCKETS (1u << ATTR_HASH_BITS)
/* emission rows, then (previous label or start) x label transitions */
#define ATTR_NWEIGHTS ((size_t)ATTR_BUCKETS * ATTR_NLABELS + (ATTR_NLABELS + 1) * ATTR_NLABELS)
#define ATTR_MAX_FEATURES 64

typedef struct ng_attr_model {
    float *w;                 /* ATTR_NWEIGHTS while training, or NULL */
    int16_t *q;               /* quantized weights as loaded from a file */
    float scale;
    bool borrowed;            /* q lies in a model image: not freed */
} ng_attr_model;

/* What the features need of a whole analysed document (cue words, their
 * distances, dependents), computed once. */
typedef struct ng_attr_doc ng_attr_doc;
ng_attr_doc *ng_attr_doc_new(const ng_document *doc);
void ng_attr_doc_free(ng_attr_doc *ad);
/* Hashed features (bucket numbers) of token i; returns how many were
 * written (at most ATTR_MAX_FEATURES). */
size_t ng_attr_features(const ng_attr_doc *ad, size_t i, uint32_t *out);
/* Best labels for tokens [lo, hi) given their features (ATTR_MAX_FEATURES
 * per token) and counts; w (float) or q/scale (a loaded model). */
void ng_attr_viterbi(const ng_attr_model *m, const uint32_t *feats, const uint8_t *nf, size_t n, uint8_t *labels);
/* Labels for every token of the document (doc->ntok entries); with a
 * paragraph filter, tokens of paragraphs it leaves out are labelled O
 * without running the model (keep is indexed by paragraph; NULL: all). */
void ng_attr_label_document(const ng_attr_model *m, const ng_document *doc, const bool *keep, uint8_t *labels);

/* One attribution: token ranges [start, end) of its cue, its source (empty
 * when none was found) and its content fragments. */
#define ATTR_MAX_FRAGMENTS 4
typedef struct ng_attribution {
    uint32_t cue[2], source[2];
    uint32_t content[ATTR_MAX_FRAGMENTS][2];
    size_t ncontent;
} ng_attribution;
/* Group labelled spans into attributions: each content and source span
 * joins the nearest cue of its sentence, else of its paragraph. Returns
 * the number written to *out (malloc'd, caller frees). */
size_t ng_attr_group(const ng_document *doc, const uint8_t *labels, ng_attribution **out);

ng_attr_model *ng_attr_model_new(void);
void ng_attr_model_free(ng_attr_model *m);
/* The file: magic "NGATRMDL", version, sizes, CRC-32, then the
 * zlib-compressed int16-quantized weights. */
int ng_attr_model_save(const ng_attr_model *m, const char *path, ng_error *err);
ng_attr_model *ng_attr_model_read(const unsigned char *data, size_t len, const char *source, ng_error *err);
ng_attr_model *ng_attr_model_load(const char *path, ng_error *err);
/* The model's image (model_image.c), linked in as the built-in model. */
int ng_attr_model_image(const ng_attr_model *m, const char *path, ng_error *err);
/* The model built into the binary (models/attribution-en.bin), or NULL. */
const ng_attr_model *ng_attr_builtin(ng_context *ctx, ng_error *err);

/* Training data: analysed articles with their gold spans. */
typedef struct ng_attr_data ng_attr_data;
ng_attr_data *ng_attr_data_new(void);
/* Add doc, read from the file article, whose gold spans are in the file
 * spans: "START<TAB>END<TAB>ROLE" lines, code points of the article file,
 * end exclusive, ROLE Source, Cue or Content (brat's offsets). */
int ng_attr_data_add(ng_attr_data *d, const ng_document *doc, const char *article, const char *spans, ng_error *err);
void ng_attr_data_describe(const ng_attr_data *d, FILE *log, const char *what);
void ng_attr_data_free(ng_attr_data *d);

typedef struct ng_attr_train_options {
    int epochs;
    unsigned seed;
    FILE *log;                /* progress and dev scores, or NULL */
} ng_attr_train_options;
/* dev may be NULL. */
int ng_attr_train(const ng_attr_data *train, const ng_attr_data *dev, const ng_attr_train_options *opt,
                  ng_attr_model **out, ng_error *err);

#endif
