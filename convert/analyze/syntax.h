/*
 * syntax.h -- part-of-speech tags and dependency trees.
 *
 * A greedy left-to-right tagger (averaged perceptron over hashed features)
 * predicts one label per word that is a pair of a Universal POS tag and a
 * Penn Treebank tag ("PROPN|NNP"); an arc-eager transition parser with a
 * dynamic oracle (averaged perceptron, hashed features) attaches every word
 * to its head, and a second perceptron names the relation of each arc as it
 * is made (UD relations with subtypes). Training lives in syntax_train.c,
 * the model file in syntax_model.c, CoNLL-U in conllu.c.
 */
#ifndef NG_SYNTAX_H
#define NG_SYNTAX_H

#include <stdint.h>
#include <stdio.h>

#include "cluster.h"
#include "internal.h"

/* ---- hashed perceptron weights ------------------------------------------ */

/* A table of 2^bits rows of nclass weights. While training, w holds the
 * current weights and u the running sum for averaging (w - u / c is the
 * average after c steps). A loaded model holds int16 weights times scale:
 * dense rows in q when there are few classes, else only the non-zero
 * weights of each row (each class << 16 | the weight as uint16): a rare
 * word's feature has weights for two or three tags, not a hundred. Row b
 * has a 16-byte slot (slot[4b..4b+3]): its count in the low byte of the
 * first word and up to three weights in the others, so that most rows cost
 * one cache line; a row of more than 12 weights (the bias, common suffixes
 * and tags) is a dense row, 1 + its index in dense in the first word's high
 * bits, where adding it vectorizes; the rest start at ent[slot[4b+1]]. */
typedef struct ng_weights {
    uint32_t bits, nclass;
    float *w;
    double *u;
    int16_t *q;
    uint32_t *slot;
    uint32_t *ent;
    int16_t *dense;
    float scale;
    bool borrowed;            /* q, slot, ent and dense lie in a model image: not freed */
} ng_weights;

/* Add the rows of feats to scores (nclass floats, not cleared first). */
void ng_weights_score(const ng_weights *t, const uint32_t *feats, size_t nf, float *scores);
/* Training: add d to class k of every feature's row at time c. */
void ng_weights_update(ng_weights *t, const uint32_t *feats, size_t nf, uint32_t k, float d, double c);
int ng_weights_alloc(ng_weights *t, uint32_t bits, uint32_t nclass);
/* Replace w by the averaged weights and drop u. */
void ng_weights_average(ng_weights *t, double c);
/* A copy of t's averaged weights after c steps (for scoring a development set). */
int ng_weights_averaged_copy(const ng_weights *t, double c, ng_weights *out);
void ng_weights_free(ng_weights *t);

/* ---- the word facts both models read ------------------------------------- */

typedef struct ng_syn_word {
    uint64_t form, lower;     /* hashes of the word as written and case-folded */
    uint64_t amb;             /* hash of the tags the word had in training, 0 when not known */
    uint16_t only;            /* its tag when the dictionary is sure of it, else UINT16_MAX */
    const uint16_t *allow;    /* NG_SYN_ALLOW_MAX tags it may have (ng_syn_dict.allow), NULL: any */
    uint64_t pre[3], suf[4];  /* hashes of the first 1-3 and last 1-4 characters (folded) */
    uint64_t shape;
    int32_t coarse, fine;     /* word classes, -1 when unknown */
    uint32_t flags;           /* NG_SYN_* */
} ng_syn_word;

enum { NG_SYN_CAP = 1, NG_SYN_ALLCAPS = 2, NG_SYN_DIGIT = 4, NG_SYN_HYPHEN = 8, NG_SYN_FIRST = 16,
       NG_SYN_PUNCT = 32 };

/* The tags each frequent training word was seen with (its "ambiguity
 * class"): lines "word<TAB>tag,tag,...<TAB>count<TAB>top" with the word
 * folded as ng_syn_fold does, count its occurrences and top those with its
 * most frequent tag (older models have neither), and the same as a hash
 * table. A word seen at least NG_SYN_SURE_COUNT times, NG_SYN_SURE_SHARE
 * percent of them with one tag, is given that tag without scoring ("the",
 * ",", "of", "said"): about a third of the words of a text. */
#define NG_SYN_SURE_COUNT 50
#define NG_SYN_SURE_SHARE 99
/* A word seen at least NG_SYN_ALLOW_COUNT times with at most
 * NG_SYN_ALLOW_MAX tags, written in lower case, is a proper noun only if
 * it was one in training, else it gets the best of its training tags: the
 * greedy tagger, swayed by the names around it, read "beat" in "Jannik
 * Sinner beat Carlos Alcaraz" as a proper noun. (Capitalized, the word may
 * be a name. Held to all its training tags, EWT dev lost 0.2 points of
 * UPOS: the 3% cut leaves out rarer right tags.) */
#define NG_SYN_ALLOW_COUNT 10
#define NG_SYN_ALLOW_MAX 4
typedef struct ng_syn_dict {
    uint64_t *keys;           /* hash of the folded word; 0: empty slot */
    uint64_t *vals;           /* hash of its tag list */
    uint16_t *only;           /* its tag when it is sure (NG_SYN_SURE_COUNT), else UINT16_MAX */
    uint16_t *allow;          /* NG_SYN_ALLOW_MAX per slot: its tags (NG_SYN_ALLOW_COUNT), else UINT16_MAX */
    size_t cap;
    char *text;
    size_t len;
    bool borrowed;            /* the arrays lie in a model image: not freed */
} ng_syn_dict;
int ng_syn_dict_parse(ng_syn_dict *d, const char *text, size_t len);
void ng_syn_dict_free(ng_syn_dict *d);

/* Lower case, digits as 0, at most 63 bytes: the form words are counted
 * and looked up by. Returns its length. */
size_t ng_syn_fold(const char *w, size_t n, char *out);

struct ng_syntax_model;
void ng_syn_word_facts(const struct ng_syntax_model *m, const char *w, size_t n, bool first, ng_syn_word *out);

/* ---- the model ------------------------------------------------------------ */

#define NG_SYN_MAX_TAGS 255
#define NG_SYN_MAX_RELS 127
/* the widest beam a model may ask for (each parse costs a pass of features) */
#define NG_SYN_MAX_BEAM 64

typedef struct ng_syntax_model {
    char **tags;              /* "UPOS|XPOS", ntags of them */
    char **upos;              /* their UPOS halves ("PROPN") */
    uint32_t ntags;
    char **rels;              /* UD relations ("nsubj:pass"), nrels of them; 0 is "root" */
    uint32_t nrels;
    ng_weights tagger;        /* ntags classes */
    ng_weights parser;        /* the 4 transitions */
    ng_weights labeler;       /* nrels classes */
    ng_ner_clusters *clusters; /* word classes, or NULL */
    ng_syn_dict dict;         /* ambiguity classes */
    uint32_t beam;            /* parses kept by the beam search; 0 or 1: greedy */
} ng_syntax_model;

/* A sentence to analyse: n words (not NUL-terminated); the tagger fills
 * tag (index into model->tags), the parser head (0 = root, else 1-based
 * word index) and rel (index into model->rels). */
typedef struct ng_syn_sentence {
    const char *const *words;
    const size_t *lens;
    size_t n;
    uint16_t *tag;
    uint16_t *head;
    uint8_t *rel;
} ng_syn_sentence;

/* Scratch space for one thread: word facts and parser state. */
typedef struct ng_syn_work ng_syn_work;
ng_syn_work *ng_syn_work_new(void);
void ng_syn_work_free(ng_syn_work *w);

void ng_syntax_tag(const ng_syntax_model *m, ng_syn_work *wk, ng_syn_sentence *s);
/* The same without NG_SYN_ALLOW_COUNT's hold on lower-case words: the
 * tags the shipped NER model's part-of-speech features were trained on
 * (CoNLL files through train-ner and tag --conll), kept so that the hold
 * does not change the NER's training input (docs/ner.md: the script has
 * drifted from the shipped model for other reasons); the hold fires on
 * almost no word of UD's text (EWT and GUM dev UPOS unchanged). */
void ng_syntax_tag_free(const ng_syntax_model *m, ng_syn_work *wk, ng_syn_sentence *s);
/* Parse a tagged sentence. */
void ng_syntax_parse(const ng_syntax_model *m, ng_syn_work *wk, ng_syn_sentence *s);
/* Parse sentence s that ng_syntax_tag tagged with wk last, its tags
 * perhaps changed since: the word facts it read are reused. */
void ng_syntax_parse_tagged(const ng_syntax_model *m, ng_syn_work *wk, ng_syn_sentence *s);
/* Both. */
void ng_syntax_analyse(const ng_syntax_model *m, ng_syn_work *wk, ng_syn_sentence *s);

/* The UPOS and XPOS halves of a tag name ("PROPN|NNP"). */
void ng_syntax_tag_split(const char *tag, const char **upos, size_t *nupos, const char **xpos, size_t *nxpos);
int ng_syntax_find_tag(const ng_syntax_model *m, const char *name);
int ng_syntax_find_rel(const ng_syntax_model *m, const char *name);

ng_syntax_model *ng_syntax_model_new(void);
/* Fill m->upos from m->tags (after the tags are set). */
void ng_syntax_model_index(ng_syntax_model *m);
void ng_syntax_model_free(ng_syntax_model *m);
/* Magic "NGSYNMDL", version, sizes, CRC-32, then the zlib-compressed tag
 * and relation names, word classes and int16 weights. */
int ng_syntax_model_save(const ng_syntax_model *m, const char *path, ng_error *err);
ng_syntax_model *ng_syntax_model_read(const unsigned char *data, size_t len, const char *source, ng_error *err);
/* The model's image (model_image.c), linked in as the built-in model. */
int ng_syntax_model_image(const ng_syntax_model *m, const char *path, ng_error *err);
ng_syntax_model *ng_syntax_model_load(const char *path, ng_error *err);
/* The model built into the binary (models/syntax-en.bin), or NULL with err
 * set when the build has none. Loaded once per context. */
const ng_syntax_model *ng_syntax_builtin(ng_context *ctx, ng_error *err);

/* ---- CoNLL-U (conllu.c) ---------------------------------------------------- */

typedef struct ng_conllu_word {
    char *cols[10];           /* ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL DEPS MISC */
    long line;
} ng_conllu_word;

typedef struct ng_conllu_sentence {
    char **comments;          /* "# ..." lines, kept for output */
    size_t ncomments;
    char **extra;             /* multiword-token and empty-node lines, each after word extra_at[i] */
    size_t *extra_at;
    size_t nextra;
    ng_conllu_word *words;
    size_t n;
    long line;                /* of its first line */
} ng_conllu_sentence;

typedef struct ng_conllu {
    ng_conllu_sentence *sents;
    size_t n, cap;
} ng_conllu;

/* Read a CoNLL-U file ("-": standard input). A malformed line gives an
 * error naming file:line. with_trees: HEAD and DEPREL must be there and
 * form a tree (training data). */
ng_conllu *ng_conllu_read(const char *path, bool with_trees, ng_error *err);
void ng_conllu_free(ng_conllu *c);
/* Write sentence s with the predicted columns (any of tag, head, rel may be NULL). */
void ng_conllu_write(FILE *out, const ng_syntax_model *m, const ng_conllu_sentence *s, const uint16_t *tag,
                     const uint16_t *head, const uint8_t *rel);

/* ---- training (syntax_train.c) --------------------------------------------- */

typedef struct ng_syntax_train_opts {
    int tagger_epochs, parser_epochs;
    int folds;                /* jackknife folds for the tags the parser trains on (0: gold tags) */
    uint32_t tagger_bits, parser_bits, labeler_bits;
    uint32_t beam;            /* > 1: train and parse with a beam of this width */
    FILE *log;
} ng_syntax_train_opts;

int ng_syntax_train(const ng_conllu *const *train, size_t ntrain, const ng_conllu *dev, ng_ner_clusters *clusters,
                    const ng_syntax_train_opts *opts, ng_syntax_model **out, ng_error *err);

/* Scores with the CoNLL 2018 definitions over all words: UPOS, XPOS, UAS,
 * LAS (universal relation, subtypes ignored). */
typedef struct ng_syntax_score {
    size_t words, upos, xpos, uas, las;
} ng_syntax_score;
void ng_syntax_score_sentence(ng_syntax_score *sc, const ng_syntax_model *m, const ng_conllu_sentence *gold,
                              const uint16_t *tag, const uint16_t *head, const uint8_t *rel);

/* Tag and parse every sentence of c (arrays of c->n pointers, each of the
 * sentence's length). given_tags: parse with the file's UPOS|XPOS where the
 * model knows the pair, predict the others. */
void ng_syntax_analyse_conllu(const ng_syntax_model *m, const ng_conllu *c, bool given_tags, uint16_t **tag,
                              uint16_t **head, uint8_t **rel);

#endif
