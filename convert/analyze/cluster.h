/* cluster.h -- word classes for the NER tagger (cluster.c builds them;
 * ner.c reads them back from the model). */
#ifndef NG_CLUSTER_H
#define NG_CLUSTER_H

#include "internal.h"

typedef struct ng_cluster_corpus {
    void *vocab;
    void *stream;
    void *gaz;                /* word -> counts per type (O, PER, ORG, LOC, MISC) */
    void *lists;              /* the same, from typed name lists */
    void *phrases;            /* listed names of several words -> counts per type */
    void *starts;             /* first words of those names */
} ng_cluster_corpus;

ng_cluster_corpus *ng_cluster_corpus_new(void);
void ng_cluster_corpus_free(ng_cluster_corpus *c);
/* Add the tokens of a file: plain text, CoNLL-2003, CoNLL-U or ECB+ XML lines. */
int ng_cluster_read(const char *path, ng_cluster_corpus *c, ng_error *err);
/* Count how often each word is tagged PER, ORG, LOC or MISC in a labelled
 * file ("word TAG" lines, IOB2): the gazetteer column of the output. */
int ng_cluster_read_gazetteer(const char *path, ng_cluster_corpus *c, ng_error *err);
/* Add a typed name list ("TYPE<TAB>name" lines, TYPE one of PER ORG LOC
 * MISC): bits 4-7 of the gazetteer column. */
int ng_cluster_read_list(const char *path, ng_cluster_corpus *c, ng_error *err);
/* Cluster words seen at least min_count times into k_coarse and k_fine
 * classes; write "word<TAB>coarse<TAB>fine<TAB>gazetteer bits" lines to out. */
int ng_cluster_write(ng_cluster_corpus *c, size_t min_count, size_t k_coarse, size_t k_fine, const char *out,
                     FILE *log, ng_error *err);

/* A line "word<TAB>...<TAB>bits" with this bit: the word begins a listed
 * name of several words, which has a line of its own ("Ulan Bator"). */
#define NG_GAZ_PHRASE_START 256u

/* The table the tagger looks words up in. */
typedef struct ng_ner_clusters {
    char *text;               /* the lines, cut into words (owned) */
    char *orig;               /* the "word\tcoarse\tfine\n" lines as given (owned; NULL in an image) */
    size_t len;
    uint32_t *woff;           /* where each word starts in text */
    uint32_t *wlen;
    uint16_t *coarse, *fine;
    uint16_t *gaz;            /* bits: 1 PER, 2 ORG, 4 LOC, 8 MISC; from lists: 16, 32, 64, 128;
                               * NG_GAZ_PHRASE_START */
    size_t n;
    int32_t *slots;
    size_t nslots;
    bool borrowed;            /* the arrays lie in a model image: not freed */
} ng_ner_clusters;

/* Parse the lines (takes a copy). NULL with err set on a malformed line. */
ng_ner_clusters *ng_ner_clusters_parse(const char *text, size_t len, const char *source, ng_error *err);
void ng_ner_clusters_free(ng_ner_clusters *c);
/* The same from a file (cluster-words output). */
ng_ner_clusters *ng_ner_clusters_load(const char *path, ng_error *err);
/* The table into a model image's sections (model_image.c), and back. */
void ng_ner_clusters_image(const ng_ner_clusters *c, ng_image_writer *w, uint64_t head[3]);
ng_ner_clusters *ng_ner_clusters_from_image(const unsigned char *data, size_t len);
/* Index of word, or -1. */
int ng_ner_clusters_find(const ng_ner_clusters *c, const char *w, size_t n);

#endif
