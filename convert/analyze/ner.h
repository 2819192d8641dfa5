/*
 * ner.h -- the named-entity tagger: a first-order averaged perceptron over
 * IOB2 labels for PER, ORG, LOC and MISC, with hashed features and Viterbi
 * decoding. Training lives in ner_train.c, the CoNLL reader in conll.c.
 */
#ifndef NG_NER_H
#define NG_NER_H

#include <stddef.h>
#include <stdint.h>

#include "cluster.h"
#include "internal.h"
#include "ner_lexicon.h"

enum {
    NER_O = 0,
    NER_B_PER, NER_I_PER,
    NER_B_ORG, NER_I_ORG,
    NER_B_LOC, NER_I_LOC,
    NER_B_MISC, NER_I_MISC,
    NER_NLABELS
};

extern const char *const ng_ner_label_names[NER_NLABELS];
/* "B-PER" -> label; IOB1 "I-PER" after O or another type is read as B-PER
 * by the CoNLL reader, not here. Returns -1 for an unknown tag. */
int ng_ner_label_from_name(const char *s);
/* Entity type of a label: 0 none, 1 PER, 2 ORG, 3 LOC, 4 MISC. */
static inline int ng_ner_type(int label) { return label == NER_O ? 0 : (label + 1) / 2; }
static inline int ng_ner_is_begin(int label) { return label != NER_O && (label % 2) == 1; }

#define NER_HASH_BITS 20
#define NER_BUCKETS (1u << NER_HASH_BITS)
/* transition weights: (previous label or start) x label, after the buckets */
#define NER_NWEIGHTS ((size_t)NER_BUCKETS * NER_NLABELS + (NER_NLABELS + 1) * NER_NLABELS)

/* Word-level facts (lexicon classes, word class, gazetteer bits) computed
 * once per distinct word. */
typedef struct ng_ner_cache {
    uint64_t *keys;
    uint32_t *lexclass;
    int32_t *coarse, *fine;
    uint16_t *gaz;
    size_t cap, n;
} ng_ner_cache;
void ng_ner_cache_free(ng_ner_cache *c);

typedef struct ng_ner_model {
    ng_ner_cache cache;       /* so a model is used by one thread at a time */
    float *w;                 /* NER_NWEIGHTS while training, or NULL */
    int16_t *q;               /* the same weights quantized, as loaded from a file */
    float scale;              /* q * scale = weight */
    ng_ner_clusters *clusters; /* word classes, or NULL */
    const ng_ner_lexicon *lexicon; /* the classes of the words it was trained with: not owned */
    bool borrowed;            /* q lies in a model image: not freed */
} ng_ner_model;

/* A sentence to tag: token strings (not NUL-terminated) and per-token
 * document-level flags from ng_ner_doc_flags. */
typedef struct ng_ner_sentence {
    const char *const *words;
    const size_t *lens;
    const uint32_t *doc_flags;
    size_t n;
} ng_ner_sentence;

/* Document-level evidence for each token of a document (all sentences in
 * order, n tokens in all): the same word capitalized elsewhere away from a
 * sentence start, the same word in lower case elsewhere. sent_start[i] says
 * whether token i opens a sentence. */
enum { NER_DOC_CAP_ELSEWHERE = 1, NER_DOC_LOWER_ELSEWHERE = 2, NER_DOC_CAPS_SENTENCE = 4 };
/* The pronouns that take up a capitalized word at any of its occurrences
 * in the document (S_pronoun_cue in ner.c): a person's "he"/"who", a
 * thing's "it"/"which", a group's "they". */
enum { NER_DOC_CUE_PERSONAL = 8, NER_DOC_CUE_NEUTER = 16, NER_DOC_CUE_PLURAL = 32 };
#define NER_DOC_FLAG_BITS 6
/* Bits 24-31 of a token's flags: its universal part of speech from the
 * syntax tagger (1 + its index in NER_UPOS, 0 when untagged). */
#define NER_DOC_UPOS_SHIFT 24
struct ng_syntax_model;
/* Tag the sentences (runs opened by sent_start) with the syntax model's
 * tagger and put each word's UPOS into its flags. */
void ng_ner_upos_flags(const struct ng_syntax_model *m, const char *const *words, const size_t *lens,
                       const uint8_t *sent_start, size_t n, uint32_t *flags);
/* The flag bits of a UPOS name ("PROPN"); 0 for none. */
uint32_t ng_ner_upos_bits(const char *upos);
void ng_ner_doc_flags(const char *const *words, const size_t *lens, const uint8_t *sent_start, size_t n,
                      uint32_t *flags);

/* Feature hashes of token i; returns how many were written (at most NER_MAX_FEATURES). */
#define NER_MAX_FEATURES 64
void ng_ner_sentence_features(const ng_ner_lexicon *lex, const ng_ner_clusters *cl, ng_ner_cache *cache,
                              const ng_ner_sentence *s, uint32_t *feats, uint8_t *nf);
void ng_ner_viterbi(const float *w, const uint32_t *feats, const uint8_t *nf, size_t n, uint8_t *labels);
/* The same over quantized weights (a loaded model). */
void ng_ner_viterbi_q(const int16_t *q, float scale, const uint32_t *feats, const uint8_t *nf, size_t n,
                      uint8_t *labels);

/* What was predicted for each word earlier in the document. */
#define NER_HISTORY_FEATURES 2
typedef struct ng_ner_history {
    uint64_t *keys;
    uint16_t *counts;         /* cap x 5 entity types (0 = none) */
    size_t cap, n;
} ng_ner_history;
void ng_ner_history_init(ng_ner_history *h);
void ng_ner_history_clear(ng_ner_history *h);
void ng_ner_history_free(ng_ner_history *h);
uint64_t ng_ner_word_key(const char *w, size_t n);
size_t ng_ner_history_features(ng_ner_history *h, uint64_t key, bool cap, uint32_t *out);
void ng_ner_history_update(ng_ner_history *h, const uint64_t *keys, const uint8_t *caps, const uint8_t *labels,
                           size_t n);

/* Best label sequence (Viterbi) for a sentence; with a history, earlier
 * predictions of the document inform this one and this one is added. */
void ng_ner_decode(const ng_ner_model *m, const ng_ner_sentence *s, ng_ner_history *hist, uint8_t *labels);

ng_ner_model *ng_ner_model_new(void);
void ng_ner_model_free(ng_ner_model *m);
/* The model file: magic "NGNERMDL", version, sizes, CRC-32 and the
 * zlib-compressed, int16-quantized weights. */
int ng_ner_model_save(const ng_ner_model *m, const char *path, ng_error *err);
ng_ner_model *ng_ner_model_read(const unsigned char *data, size_t len, const char *source, ng_error *err);
/* The model's image (model_image.c), linked in as the built-in model. */
int ng_ner_model_image(const ng_ner_model *m, const char *path, ng_error *err);
ng_ner_model *ng_ner_model_load(const char *path, ng_error *err);

/* The model built into the binary (models/ner-en.bin), or NULL when the
 * build has none. Loaded once per context. */
const ng_ner_model *ng_ner_builtin(ng_context *ctx, ng_error *err);

/* End (exclusive) of the entity that starts at token i of an analysed
 * article, within its sentence. */
size_t ng_ner_span_end(const ng_document *doc, const uint8_t *labels, size_t i);
/* Whether the article's labels read tokens [i, j) as a person's name,
 * opening at i (false when the article was not tagged). */
bool ng_ner_reads_person(const ng_document *doc, size_t i, size_t j);
/* Labels for every token of an analysed article (doc->ntok entries). */
void ng_ner_tag_document(const ng_ner_model *m, const ng_document *doc, uint8_t *labels);

/* ---- CoNLL files (conll.c) ------------------------------------------- */

typedef struct ng_conll_token {
    char *line;               /* the whole line as read (without newline) */
    char *word;               /* first column */
    int gold;                 /* IOB2 label from the last column, or -1 when absent */
} ng_conll_token;

typedef struct ng_conll_sentence {
    ng_conll_token *toks;
    size_t n;
    char *docstart;           /* the -DOCSTART- line before it, kept for output, or NULL */
    size_t doc;               /* document index */
} ng_conll_sentence;

typedef struct ng_conll {
    ng_conll_sentence *sents;
    size_t n, cap;
    size_t ndocs;
} ng_conll;

/* Read a CoNLL file. with_labels: the last column is an IOB1 or IOB2 tag
 * (converted to IOB2). A malformed line gives an error naming file:line. */
ng_conll *ng_conll_read(const char *path, bool with_labels, ng_error *err);
void ng_conll_free(ng_conll *c);

/* One document of a CoNLL corpus at a time, with the token arrays and
 * document flags the tagger reads: sentences [first, end). */
typedef struct ng_conll_doc {
    size_t first, end, ntok;
    const char **words;
    size_t *lens;
    uint32_t *flags;
} ng_conll_doc;
/* Fill d with the document starting at sentence *next and advance *next;
 * false when the corpus is done. Free with ng_conll_doc_free. */
bool ng_conll_next_doc(const ng_conll *c, const struct ng_syntax_model *syntax, size_t *next, ng_conll_doc *d);
void ng_conll_doc_free(ng_conll_doc *d);

/* Train (ner_train.c); progress per epoch goes to log. */
int ng_ner_train(const ng_ner_lexicon *lex, const ng_ner_clusters *clusters, const struct ng_syntax_model *syntax,
                 const ng_conll *const *train, size_t ntrain, const ng_conll *dev, int epochs, int runs, FILE *log,
                 ng_ner_model **out, ng_error *err);

/* Tag every sentence of a CoNLL corpus with document-level flags. */
void ng_ner_tag_conll(const ng_ner_model *m, const struct ng_syntax_model *syntax,
                      const ng_conll *c, uint8_t **labels);

/* Exact-span precision/recall/F1 over sentences (IOB2), overall and per type (1..4). */
typedef struct ng_ner_score {
    size_t tp[5], fp[5], fn[5];
} ng_ner_score;
void ng_ner_score_add(ng_ner_score *sc, const int *gold, const uint8_t *pred, size_t n);
double ng_ner_score_f1(const ng_ner_score *sc, int type);

#endif
