/*
 * ner_lexicon.h -- the word classes the NER tagger's features read
 * (country, city, title word, verb of saying ...), kept in a file of their
 * own (models/ner-en-lexicon.tsv) so that a model reads at tagging time the
 * classes it was trained with. The rules' lexicon (core/lexicon.c) grows
 * from session to session; the tagger's classes change only when the model
 * is retrained with a new file (`newsgraph train-ner --write-lexicon`).
 */
#ifndef NG_NER_LEXICON_H
#define NG_NER_LEXICON_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "internal.h"

/* A word's classes; bits 0-13 are features (templates 300-373 in ner.c). */
enum {
    LEX_COUNTRY = 1 << 0, LEX_CITY = 1 << 1, LEX_REGION = 1 << 2, LEX_ORG = 1 << 3, LEX_DEMONYM = 1 << 4,
    LEX_TITLE_HEAD = 1 << 5, LEX_TITLE_MOD = 1 << 6, LEX_ORG_WORD = 1 << 7, LEX_STOP = 1 << 8,
    LEX_MULTI_B = 1 << 9, LEX_MULTI_I = 1 << 10, LEX_TITLE_ABBR = 1 << 11, LEX_SPEECH = 1 << 12,
    LEX_MONTH_DAY = 1 << 13,
    LEX_PHRASE_START = 1 << 14, /* not a feature: lets the phrase search skip most words */
    LEX_PHRASE = 1 << 15        /* a multi-word name or demonym ("new york", "north korean") */
};

typedef struct ng_ner_lexicon ng_ner_lexicon;

/* "word<TAB>class,class" lines ('#' comments); NULL with err set on a bad
 * line (source and line number). */
ng_ner_lexicon *ng_ner_lexicon_parse(const char *text, size_t len, const char *source, ng_error *err);
ng_ner_lexicon *ng_ner_lexicon_load(const char *path, ng_error *err);
void ng_ner_lexicon_free(ng_ner_lexicon *nl);
/* The classes of models/ner-en-lexicon.tsv, built into the binary; parsed
 * once per process. */
const ng_ner_lexicon *ng_ner_lexicon_builtin(void);

/* The classes of a folded word or phrase (0 when unlisted). */
uint32_t ng_ner_lexicon_classes(const ng_ner_lexicon *nl, const char *folded);

/* Write the classes the rules' lexicon gives its words, in the file's
 * format, sorted: what a model retrained on today's lexicon reads. */
int ng_ner_lexicon_write(const ng_lexicon *lex, FILE *out);

#endif
