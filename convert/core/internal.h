/*
 * internal.h -- the private model shared by the pipeline stages.
 *
 * Offsets are byte offsets into ng_article.text (UTF-8); writers convert them
 * to character offsets. Everything a document builds lives in its arena.
 */
#ifndef NG_INTERNAL_H
#define NG_INTERNAL_H

#include <pthread.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <strings.h>

#include "newsgraph.h"

/* ---- arena (arena.c) ------------------------------------------------- */

typedef struct ng_arena_block ng_arena_block;
typedef struct ng_arena {
    ng_arena_block *head;
} ng_arena;

void ng_arena_init(ng_arena *a);
void ng_arena_release(ng_arena *a);
/* Zeroed memory; aborts on exhaustion (an article never comes close). */
void *ng_arena_alloc(ng_arena *a, size_t size);
char *ng_arena_strdup(ng_arena *a, const char *s);
/* A URL from the input as an IRI (arena copy): white space trimmed,
 * characters an IRI cannot hold percent-encoded; NULL when it is empty or
 * not absolute (no scheme). */
char *ng_clean_url(ng_arena *a, const char *url);
/* The primary subtag of a language tag, lower case ("en-US" -> "en"), or
 * NULL when tag is not one. */
char *ng_language_tag(ng_arena *a, const char *tag);
char *ng_arena_strndup(ng_arena *a, const char *s, size_t n);
char *ng_arena_printf(ng_arena *a, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Grow an arena array to hold at least need items (doubling). */
void *ng_arena_grow(ng_arena *a, void *old, size_t item, size_t count, size_t *cap, size_t need);

#define NG_PUSH(arena, arr, n, cap) \
    ((arr) = ng_arena_grow((arena), (arr), sizeof *(arr), (n), &(cap), (n) + 1), &(arr)[(n)++])

/* A growable byte buffer on the heap (for readers and writers). */
typedef struct ng_buf {
    char *data;
    size_t len, cap;
} ng_buf;
void ng_buf_add(ng_buf *b, const char *s, size_t n);
void ng_buf_adds(ng_buf *b, const char *s);
void ng_buf_printf(ng_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void ng_buf_add_slow(ng_buf *b, char c);
/* One byte: inline, as readers and writers add text a byte at a time. */
static inline void ng_buf_addc(ng_buf *b, char c)
{
    if (b->len + 2 > b->cap) {
        ng_buf_add_slow(b, c);
        return;
    }
    b->data[b->len++] = c;
    b->data[b->len] = '\0';
}
void ng_buf_free(ng_buf *b);
/* Append a whole file to out. Returns 0, or -1 with err naming the file.
 * Files that configure a run (models, word classes, triggers, schemas,
 * shapes) are refused beyond NG_MAX_FILE bytes: /dev/zero or a wrong path
 * must not run the machine out of memory. */
#define NG_MAX_FILE ((size_t)256 << 20)
int ng_read_file(const char *path, ng_buf *out, ng_error *err);
/* The same with another limit, and for an open stream. */
int ng_read_file_max(const char *path, ng_buf *out, size_t max, ng_error *err);
int ng_read_stream_max(FILE *f, const char *name, ng_buf *out, size_t max, ng_error *err);

void ng_error_set(ng_error *err, const char *source, long line, long offset, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));

/* ---- model files (model_file.c) --------------------------------------- */

/* Little-endian numbers of a model file's header. */
static inline void ng_le_put32(unsigned char *p, uint32_t v)
{
    for (int i = 0; i < 4; i++)
        p[i] = (unsigned char)(v >> (8 * i));
}
static inline void ng_le_put64(unsigned char *p, uint64_t v)
{
    ng_le_put32(p, (uint32_t)v);
    ng_le_put32(p + 4, (uint32_t)(v >> 32));
}
static inline uint32_t ng_le_get32(const unsigned char *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}
static inline uint64_t ng_le_get64(const unsigned char *p)
{
    return (uint64_t)ng_le_get32(p) | (uint64_t)ng_le_get32(p + 4) << 32;
}

/* 64-bit FNV-1a of n bytes: the hash of the word tables' open addressing */
static inline uint64_t ng_fnv1a(const char *s, size_t n)
{
    uint64_t h = 1469598103934665603ULL;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 1099511628211ULL;
    }
    return h;
}
/* The payload: raw_len bytes once inflated, comp its compressed form with
 * CRC-32 crc. what names the model in messages ("NER model"). */
unsigned char *ng_model_inflate(const unsigned char *comp, size_t comp_len, uint32_t crc, uint64_t raw_len,
                                const char *what, const char *source, ng_error *err);
unsigned char *ng_model_deflate(const unsigned char *raw, size_t raw_len, size_t *comp_len, uint32_t *crc);
/* Header and payload to path, through a temporary file renamed at the end. */
int ng_model_write(const char *path, const unsigned char *hdr, size_t nhdr, const unsigned char *comp, size_t ncomp,
                   ng_error *err);

/* Model images (model_image.c): a model's arrays as used in memory, in
 * named 64-byte aligned sections, linked into the binary by the build
 * (newsgraph-image writes them) so that loading one is setting pointers.
 * A writer collects sections (it keeps pointers, not copies). */
typedef struct ng_image_section {
    const char *name;         /* at most 15 bytes */
    const void *data;
    size_t size;
} ng_image_section;
typedef struct ng_image_writer {
    ng_image_section *sections;
    size_t n, cap;
} ng_image_writer;
void ng_image_add(ng_image_writer *w, const char *name, const void *data, size_t size);
void ng_image_add_u32(ng_image_writer *w, const char *name, const uint32_t *values, size_t n);
int ng_image_write(ng_image_writer *w, const char *path, ng_error *err);
void ng_image_writer_free(ng_image_writer *w);
/* A weights model's image: sections "scale" and "q" (n int16 weights);
 * ng_weights_from_image returns the weights in place, or NULL. */
void ng_weights_image(ng_image_writer *w, const float *scale, const int16_t *q, size_t n);
/* An image of those sections alone, written to path. */
int ng_weights_image_write(const float *scale, const int16_t *q, size_t n, const char *path, ng_error *err);
const int16_t *ng_weights_from_image(const unsigned char *data, size_t len, size_t n, float *scale);
/* Whether data starts as an image does. */
bool ng_image_is(const unsigned char *data, size_t len);
/* The section called name (and its size), or NULL when the image has none
 * or it lies outside the image; ng_image_array also wants exactly count
 * items of item bytes. */
const void *ng_image_get(const unsigned char *data, size_t len, const char *name, size_t *size);
const void *ng_image_array(const unsigned char *data, size_t len, const char *name, size_t item, size_t count);

/* The file of a hashed linear model (the NER tagger, the attribution
 * model): a 48-byte header (magic, version, labels, hash bits, the int16
 * scale, raw and compressed payload sizes, CRC-32, the size of an extra
 * part), then the zlib-compressed payload: n weights quantized to int16
 * (little-endian), then the extra bytes (the NER model's word classes). */
typedef struct ng_weights_format {
    const char *magic;        /* 8 bytes */
    const char *what;         /* "NER model", in messages */
    uint32_t version, nlabels, hash_bits;
} ng_weights_format;
int ng_weights_save(const ng_weights_format *f, const char *path, const float *w, size_t n, const unsigned char *extra,
                    uint32_t nextra, ng_error *err);
/* The n int16 weights (malloc'd) and their scale; the extra part, if any,
 * in *extra (malloc'd) and *nextra. NULL with err naming source. */
int16_t *ng_weights_read(const ng_weights_format *f, const unsigned char *data, size_t len, size_t n,
                         const char *source, float *scale, unsigned char **extra, uint32_t *nextra, ng_error *err);

/* A hashed linear model kept in such a file (the attribution, pronoun and
 * trigger models): n float weights while training, n int16 weights and
 * their scale once read from a file. */
typedef struct ng_linear {
    float *w;                 /* while training, or NULL */
    int16_t *q;               /* as read from a file */
    float scale;
    bool borrowed;            /* q lies in a model image: not freed */
} ng_linear;
/* n zero float weights, to train. */
void ng_linear_init(ng_linear *m, size_t n);
void ng_linear_release(ng_linear *m);
static inline float ng_linear_weight(const ng_linear *m, size_t i) { return m->w ? m->w[i] : (float)m->q[i] * m->scale; }
/* The sum of the rows f[0..nf) (int16 weights summed exactly, then scaled). */
float ng_linear_sum(const ng_linear *m, const uint32_t *f, size_t nf);
int ng_linear_save(const ng_weights_format *f, const ng_linear *m, size_t n, const char *path,
                   const unsigned char *extra, uint32_t nextra, ng_error *err);
/* Read from a file's bytes (or the file at path) into m; the extra part,
 * if any, in *extra (malloc'd) and *nextra. -1 with err naming source. */
int ng_linear_read(const ng_weights_format *f, ng_linear *m, size_t n, const unsigned char *data, size_t len,
                   const char *source, unsigned char **extra, uint32_t *nextra, ng_error *err);
int ng_linear_load(const ng_weights_format *f, ng_linear *m, size_t n, const char *path, unsigned char **extra,
                   uint32_t *nextra, ng_error *err);
/* The model's image, and the model from one (its weights in place; -1 with
 * err naming what when the image does not hold n weights). */
int ng_linear_image(const ng_linear *m, size_t n, const char *path, ng_error *err);
int ng_linear_from_image(ng_linear *m, size_t n, const unsigned char *data, size_t len, const char *what,
                         ng_error *err);

/* Hashed features of the attribution and pronoun models: FNV-1a (64 bits)
 * of a template number, then of each string mixed in; a separator after
 * each string, so "ab"+"c" differs from "a"+"bc". */
static inline uint64_t ng_feature_begin(unsigned tmpl)
{
    return (0xcbf29ce484222325ULL ^ tmpl) * 0x100000001b3ULL;
}
static inline uint64_t ng_feature_mix(uint64_t h, const char *s)
{
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 0x100000001b3ULL;
    return (h ^ 0x1f) * 0x100000001b3ULL;
}

/* xorshift64*: a small deterministic generator; a fixed seed makes
 * training and clustering reproducible. */
static inline uint64_t ng_rand64(uint64_t *state)
{
    uint64_t x = *state;
    x ^= x >> 12;
    x ^= x << 25;
    x ^= x >> 27;
    *state = x;
    return x * 2685821657736338717ULL;
}

/* The averaged perceptrons' training order: Fisher-Yates with a 64-bit
 * LCG. Fixed, so that the shipped models rebuild bit for bit. */
static inline void ng_shuffle(size_t *order, size_t n, uint64_t *state)
{
    for (size_t i = n; i > 1; i--) {
        *state = *state * 6364136223846793005ULL + 1442695040888963407ULL;
        size_t j = (uint32_t)(*state >> 33) % i, t = order[i - 1];
        order[i - 1] = order[j];
        order[j] = t;
    }
}

/* A perceptron update of the rows f[0..nf) by delta at step c, with the
 * sum ng_average_weights needs. */
static inline void ng_perceptron_add(float *w, double *acc, double c, const uint32_t *f, size_t nf, float delta)
{
    for (size_t k = 0; k < nf; k++) {
        w[f[k]] += delta;
        acc[f[k]] += c * delta;
    }
}

/* Averaged perceptron weights (Collins 2002, with the accumulated
 * updates acc weighted by their step, c steps in all): w - acc / c. */
static inline void ng_average_weights(float *out, const float *w, const double *acc, double c, size_t n)
{
    for (size_t i = 0; i < n; i++)
        out[i] = (float)(w[i] - acc[i] / c);
}

/* ---- UTF-8 (utf8.c) -------------------------------------------------- */

/* Text that starts with a UTF-16 byte order mark (FF FE or FE FF), and
 * the same as UTF-8 without the mark (malloc'ed; NUL and unpaired
 * surrogates become U+FFFD). */
bool ng_utf16_bom(const char *s, size_t n);
char *ng_utf16_to_utf8(const char *s, size_t n, size_t *out_len);

/* Decode one code point at s[0..n); sets *len (>=1). Invalid bytes give -1. */
int32_t ng_utf8_decode(const unsigned char *s, size_t n, int *len);
/* Copy src into a valid UTF-8 string (U+FFFD for bad sequences, NUL and
 * control characters other than tab/newline dropped, CRLF -> LF). Returns the
 * number of repairs; *out is heap memory. */
size_t ng_utf8_clean(const char *src, size_t n, char **out, size_t *out_len, size_t *first_bad);
size_t ng_utf8_count(const char *s, size_t n);  /* code points in s[0..n) */
size_t ng_utf8_put(char *out, uint32_t cp);     /* UTF-8 of cp into out (4 bytes at most); its length */
/* Byte offset of each code point of s[0..n), and n after the last
 * (malloc'ed, ng_utf8_count(s, n) + 1 entries): code-point offsets of
 * annotation files to bytes. */
size_t *ng_utf8_cp_bytes(const char *s, size_t n);
bool ng_cp_is_upper(int32_t cp);
bool ng_cp_is_letter(int32_t cp);
bool ng_cp_is_space(int32_t cp);
/* Normalized, case-folded copy for matching (NFKC + casefold, curly quotes
 * and dashes folded). Heap memory. */
char *ng_text_fold(const char *s, size_t n);
/* The same into out (cap bytes) when s is printable ASCII, where folding is
 * lower-casing; false otherwise (then use ng_text_fold). */
bool ng_fold_ascii(const char *s, size_t n, char *out, size_t cap);

/* ---- article (readers) ----------------------------------------------- */

typedef enum { NG_PARA_BODY = 0, NG_PARA_HEADING } ng_para_kind;

typedef struct ng_paragraph {
    size_t start, end;
    ng_para_kind kind;
} ng_paragraph;

typedef struct ng_article {
    ng_arena arena;
    char *text;              /* body: paragraphs joined by blank lines */
    size_t len;
    ng_paragraph *paras;
    size_t npara, cap_para;
    char *headline, *date_published, *date_modified, *url, *publisher, *description;
    char *author;            /* the byline: names joined by ", " when the input lists them */
    char *image, *section;   /* the lead image's URL (http or https), the site's section */
    char *source;            /* input name, for messages */
    char *identifier;        /* the record's own id ("id" in JSON), or NULL */
    char *language;          /* declared language (BCP 47, lower case), or NULL */
    char *source_file;       /* input file name without folders, for provenance, or NULL */
    long line;               /* line of the record in its file (JSON Lines), or 0 */
    char *warc_record;       /* WARC-Record-ID (an IRI), or NULL */
    char *retrieved;         /* WARC-Date (xsd:dateTime), or NULL */
    char *bad_date;          /* "FIELD: VALUE" of a date that could not be read, or NULL */
    char *bad_url;           /* a URL given for the article that is not http(s), dropped, or NULL */
    int occurrence;          /* 2, 3 ... for a repeated article identity in one run, else 0 */
    const char *format;      /* reader that produced it */
    ng_error error;          /* record-level failure */
    bool failed;
} ng_article;

/* The article's own URL: ng_clean_url of an http or https URL; any other
 * scheme ("javascript:", "data:", "file:") gives NULL and is kept in
 * art->bad_url for a warning. */
char *ng_article_url(ng_article *art, const char *url);
/* A URL that is not the article's (an image): ng_clean_url when it is http
 * or https, else NULL. */
char *ng_http_url(ng_arena *a, const char *url);
/* Metadata in schema.org JSON (json_t *): the names of a string, a
 * {"name": ...} object or a list of them, joined by ", " (authors); the URL
 * of a string, an {"url": ...} object or the first of a list (images).
 * NULL when there is none. */
char *ng_json_names(ng_arena *a, const void *json);
char *ng_json_url(ng_arena *a, const void *json);

/* Builds an article's text paragraph by paragraph. */
void ng_article_add_paragraph(ng_article *art, ng_buf *text, const char *s, size_t n, ng_para_kind kind);
void ng_article_finish(ng_article *art, ng_buf *text);

/* Readers: fill art from data. Return 0, or -1 with art->error set. */
int ng_read_text(ng_article *art, const char *data, size_t len);
int ng_read_html(ng_context *ctx, ng_article *art, const char *data, size_t len);
/* Split plain body text into paragraphs (blank lines, else lines). */
void ng_text_paragraphs(ng_article *art, ng_buf *text, const char *data, size_t len, bool headings);
/* Fill an article from a schema.org-like JSON object (json_t *). */
int ng_read_json_value(ng_article *art, const void *json_object);
/* Normalize a date string to YYYY-MM-DD in out; false when it has none. */
bool ng_date_normalize(const char *s, char out[11]);
/* Splits JSON / JSON Lines into articles (read_json.c). */
int ng_read_json(ng_batch *batch, const char *data, size_t len, bool lines, const char *source);
/* One JSON Lines record (line lineno of source) into an article of batch. */
void ng_read_json_line(ng_batch *batch, const char *data, size_t len, const char *source, long lineno);
/* The articles of one WARC record's block (read_warc.c): a `response`
 * holding an HTML page becomes an article; other records add nothing.
 * headers are the record's WARC headers. */
void ng_read_warc_record(ng_context *ctx, ng_batch *batch, const char *headers, size_t hlen, const char *block,
                         size_t blen, const char *source);
/* A header's value in h[0..n) ("Name: value" lines, WARC or HTTP; the
 * name case-insensitive), heap copy or NULL (read_warc.c). */
char *ng_header_field(const char *h, size_t n, const char *name);
/* Read every article of data in format fmt (not AUTO) into batch, after
 * the checks every input gets (input.c). */
/* Checks every article read gets (text, a readable date), from item first on. */
void ng_batch_check(ng_batch *batch, size_t first, const ng_options *opts);
int ng_batch_fill(ng_context *ctx, ng_batch *batch, const char *data, size_t len, const char *source,
                  ng_input_format fmt, const ng_options *opts, ng_error *err);
/* The format data looks like, from its first bytes; NG_INPUT_AUTO when the
 * content does not say. */
ng_input_format ng_sniff_content(const char *data, size_t len);
ng_input_format ng_sniff_name(const char *name);
/* Language detection (lang_cld2.cc): the language of text as a lower-case
 * ISO 639-1 code in out, and whether the detector is sure; false when it
 * cannot tell. */
bool ng_detect_language(const char *text, size_t len, char out[16], bool *reliable);

struct ng_batch {
    ng_article **items;
    size_t n, cap;
};
ng_article *ng_batch_add(ng_batch *batch, const char *source);

/* ---- tokens and sentences (tokenize.c, sentences.c) ------------------ */

enum {
    NG_TOK_WORD = 1 << 0,    /* letters (maybe with digits, hyphens, apostrophes) */
    NG_TOK_CAP = 1 << 1,     /* first letter upper case */
    NG_TOK_ALLCAPS = 1 << 2, /* two or more letters, all upper case */
    NG_TOK_NUM = 1 << 3,
    NG_TOK_PUNCT = 1 << 4,
    NG_TOK_QUOTE = 1 << 5,   /* a double quotation mark of any kind */
    NG_TOK_ABBREV = 1 << 6,  /* ends with a period that belongs to it (U.S., Gen.) */
    NG_TOK_POSS = 1 << 7,    /* the possessive 's or ' */
    NG_TOK_OPEN = 1 << 8,    /* opening quotation mark (curly or inferred) */
    NG_TOK_CLOSE = 1 << 9    /* closing quotation mark */
};

typedef struct ng_token {
    uint32_t start, end;     /* bytes in article text */
    int32_t head;            /* token index of the syntactic head, -1 for the sentence's root (or no parse) */
    uint16_t tag;            /* "UPOS|XPOS" index into the syntax model's tags */
    uint8_t rel;             /* dependency relation, index into the syntax model's relations */
    uint32_t flags;
    uint32_t para;
    uint32_t sent;
    const char *lower;       /* folded form for lexicon lookup */
} ng_token;

typedef struct ng_sentence {
    uint32_t tok_start, tok_end;   /* [start, end) */
    uint32_t start, end;           /* bytes */
    uint32_t para;
} ng_sentence;

/* ---- lexicons (lexicon.c) ------------------------------------------- */

typedef enum {
    NG_PLACE_COUNTRY = 1, NG_PLACE_CITY, NG_PLACE_REGION, NG_PLACE_CONTINENT
} ng_place_kind;

typedef struct ng_lex_entry {
    const char *name;        /* canonical name */
    int kind;                /* ng_actor_type */
    int place_kind;
    int country;             /* index of the country entry for capitals and demonyms, or -1 */
} ng_lex_entry;

typedef struct ng_lexicon ng_lexicon;
ng_lexicon *ng_lexicon_new(void);
void ng_lexicon_free(ng_lexicon *lex);
/* The lexicon's image (model_image.c), linked in as the bundled lexicon,
 * and the lexicon from it (its tables in place; NULL when it is corrupt). */
int ng_lexicon_image(ng_lexicon *lex, const char *path, ng_error *err);
ng_lexicon *ng_lexicon_from_image(const unsigned char *data, size_t len);
/* Look up a folded phrase among names and aliases. Returns entry or NULL. */
const ng_lex_entry *ng_lex_name(const ng_lexicon *lex, const char *folded);
/* The same, or failing that respelled the American way (SPELLING_VARIANTS);
 * for names in the text, not the tagger's features (they stay as trained) */
const ng_lex_entry *ng_lex_name_any_spelling(const ng_lexicon *lex, const char *folded);
/* Demonym ("chinese", "north korean") -> its country entry, or NULL. */
const ng_lex_entry *ng_lex_demonym(const ng_lexicon *lex, const char *folded);
/* Capital city -> its country, or NULL. */
const ng_lex_entry *ng_lex_capital_of(const ng_lexicon *lex, const char *folded);
const ng_lex_entry *ng_lex_entry_at(const ng_lexicon *lex, int index);
const ng_lex_entry *ng_lex_state_named_as(const ng_lexicon *lex, const ng_lex_entry *country); /* Georgia */
/* A title's head or modifier: the lexicon's (lexicon_data.h) or one of
 * word-lists.tsv's `title-heads` / `title-modifiers`. */
bool ng_lex_is_title_head(const ng_lexicon *lex, const char *folded);
/* The lexicon's alone: the name tagger's features, which change only with
 * a retrained model (a word added to word-lists.tsv must not change what
 * the shipped tagger reads). */
bool ng_lex_is_tagger_title_head(const ng_lexicon *lex, const char *folded);
bool ng_lex_is_tagger_title_mod(const ng_lexicon *lex, const char *folded);
/* Is folded the first word of a multi-word name or demonym? */
bool ng_lex_starts_phrase(const ng_lexicon *lex, const char *folded);
bool ng_lex_is_title_mod(const ng_lexicon *lex, const char *folded);
bool ng_lex_is_org_word(const ng_lexicon *lex, const char *folded);
bool ng_lex_is_stop_cap(const ng_lexicon *lex, const char *folded);
bool ng_lex_is_group_noun(const ng_lexicon *lex, const char *folded);
/* Speech verb (said, told, noted ...): returns 1 for reporting verbs, 2 for
 * cognition verbs (believe, think), 0 otherwise. */
int ng_lex_speech_verb(const ng_lexicon *lex, const char *folded);
/* The base forms a verb's ending may hide, the word itself first: "wants"
 * -> "want"; "hoping" -> "hop", "hope"; "banned" -> "bann", "ban";
 * "worried" -> "worry"; how many were written (at most 8). */
size_t ng_verb_bases(const char *w, char base[8][64]);
/* Another form of a listed verb of saying (kind 1): "argue" and "arguing"
 * for "argued", "describes" for "described"; the word itself too. */
bool ng_lex_speech_verb_form(const ng_lexicon *lex, const char *folded);
/* Every key of the lexicon's tables, in no particular order, some more than
 * once (a word list's key is "list\x1fword"): for a file that copies what
 * the lexicon knows (ner_lexicon.c). */
void ng_lex_each_key(const ng_lexicon *lex, void (*fn)(const char *key, void *arg), void *arg);
/* Event trigger: returns the class name ("Talks", "Seminar" ...) or NULL. */
const char *ng_lex_event_trigger(const ng_lexicon *lex, const char *folded);
/* The class of an event word: the trigger's, else the one of
 * schemas/event-classes.tsv (its CAMEO root's), else NULL. */
const char *ng_lex_event_class(const ng_lexicon *lex, const char *folded);
/* schemas/person-nouns.tsv: 1 a noun naming one person ("man"), 2 several
 * ("women", "people"), 0 neither */
int ng_lex_person_noun(const ng_lexicon *lex, const char *folded);
/* Add "phrase<TAB>Class" lines (schemas/event-triggers.tsv format); a bad
 * line is an error naming source:line. */
int ng_lexicon_add_triggers(ng_lexicon *lex, const char *text, size_t len, const char *source, ng_error *err);
bool ng_lex_is_abbreviation(const ng_lexicon *lex, const char *folded_with_dot);
bool ng_lex_is_title_abbreviation(const ng_lexicon *lex, const char *folded_with_dot);
bool ng_lex_is_courtesy_title(const ng_lexicon *lex, const char *folded_with_dot);
bool ng_lex_is_company_noun(const ng_lexicon *lex, const char *folded);
bool ng_lex_is_company_holding(const ng_lexicon *lex, const char *folded); /* shares, stock, ... */
bool ng_lex_is_storm_word(const ng_lexicon *lex, const char *folded);      /* hurricane, typhoon, ... */
bool ng_lex_is_result_verb(const ng_lexicon *lex, const char *folded);     /* beat, drew, ... (before a score) */
bool ng_lex_is_contest_word(const ng_lexicon *lex, const char *folded);    /* round, sets, final, ... */
bool ng_lex_is_eponym_head(const ng_lexicon *lex, const char *folded);     /* disease, syndrome ("X's ...") */
bool ng_lex_is_era_word(const ng_lexicon *lex, const char *folded);        /* bc, ad, ... */
bool ng_lex_is_happening_head(const ng_lexicon *lex, const char *folded);  /* war, games, summit, ... */
bool ng_lex_is_public_body_word(const ng_lexicon *lex, const char *folded); /* court, ministry, ... */
bool ng_lex_is_body_noun(const ng_lexicon *lex, const char *folded);        /* agency, organization, ... */
bool ng_lex_is_product_noun(const ng_lexicon *lex, const char *folded);     /* drug, rocket, album, ... */
bool ng_lex_is_envoy_head(const ng_lexicon *lex, const char *folded);      /* ambassador, envoy, ... */
bool ng_lex_is_name_suffix(const ng_lexicon *lex, const char *folded);     /* jr., sr., iii, ... */
bool ng_lex_is_people_name(const ng_lexicon *lex, const char *folded);     /* muslims, latinos, ... */
bool ng_lex_is_name_particle(const ng_lexicon *lex, const char *folded);   /* von, de, des, bin, ... */
bool ng_lex_is_place_head(const ng_lexicon *lex, const char *folded);      /* bay, park, dam, ... */
/* Is the folded word or phrase in the named list of schemas/word-lists.tsv?
 * (A list the file lacks aborts in a debug build.) */
bool ng_lex_listed(const ng_lexicon *lex, const char *list, const char *folded);
/* The same for a noun or its plural ("cities" of "city"). */
bool ng_lex_listed_noun(const ng_lexicon *lex, const char *list, const char *folded);
/* A last word of companies' names: 2 one no person's name ends in
 * ("Systems", "Seafoods": one of company-name-compound-ends or a compound
 * ending in one), 1 another ("Holdings", "Power"), 0 none. */
int ng_lex_is_company_name_end(const ng_lexicon *lex, const char *folded);

/* ---- the document model --------------------------------------------- */

typedef enum {
    NG_ACTOR_PERSON = 1,
    NG_ACTOR_ORG,
    NG_ACTOR_PLACE,
    NG_ACTOR_GROUP,         /* unnamed group: "U.S. officials" */
    NG_ACTOR_UNNAMED        /* one person the article does not name: "a 22-year-old man" (--all-events) */
} ng_actor_type;

typedef struct ng_mention {
    uint32_t tok_start, tok_end;   /* [start, end) of the name tokens */
    uint32_t start, end;           /* bytes of the name */
    int type;                      /* ng_actor_type */
    int place_kind;
    int actor;                     /* index into doc actors, -1 before resolution */
    const ng_lex_entry *lex;       /* lexicon hit, or NULL */
    const char *title;             /* title from premodifiers or an appositive, or NULL */
    const char *more_titles[2];    /* further posts: "Professor X, Director of Y, and Chairman of Z" */
    int affil_mention[2];          /* mentions naming its organization or country, -1 */
    const ng_lex_entry *affil_lex; /* country from a demonym ("Russian"), or NULL */
    int32_t affil_described;       /* "the" of "the company's chief executive": the body it describes, or -1 */
    bool affil_peer;               /* affil_described is "his"/"her" of "his teammate": that one's bodies */
    uint32_t affil_tok_start, affil_tok_end; /* the demonym's tokens, when known (else equal) */
    const char *name;              /* surface form used as a name */
    bool metonym;                  /* a capital standing for its country */
    bool guessed;                  /* typed Person only for want of other evidence */
    bool by_tagger;                /* typed by the NER tagger's reading, not by a rule */
    bool side;                     /* a place's name shown playing or coached: a club's */
} ng_mention;

typedef struct ng_actor {
    int type;
    int place_kind;
    const char *name;
    const char **alt;
    size_t nalt, cap_alt;
    const char **titles;
    size_t ntitle, cap_title;
    int *affil;
    size_t naffil, cap_affil;
    int *mentions;                 /* indices into doc mentions */
    size_t nmention, cap_mention;
    uint32_t *named_at;            /* token ranges [start, end) naming it outside its mentions:
                                    * demonyms ("Norwegian minister"), datelines ("VIENNA —") */
    size_t nnamed_at, cap_named_at;
    const ng_lex_entry *lex;
    int confidence;                /* percent: how sure the extraction is (actors.c) */
    const char *iri;
} ng_actor;

typedef enum { NG_MOD_ASSERTED = 0, NG_MOD_PLANNED, NG_MOD_NEGATED, NG_MOD_HYPOTHETICAL } ng_modality;

/* Words of the text: bytes [start, end) in sentence sent. */
typedef struct ng_text_span {
    uint32_t start, end, sent;
} ng_text_span;

typedef struct ng_event {
    const char *klass;             /* project class local name: Talks, Seminar ... */
    const char *trigger;           /* trigger phrase as written */
    uint32_t start, end;           /* trigger bytes */
    uint32_t sent;
    int *attendees;
    size_t nattendee, cap_attendee;
    int organizer, location;       /* actor indices or -1 */
    const char *date;              /* xsd:date or NULL */
    const char *time_text;         /* expression as written or NULL */
    ng_modality modality;
    const char *iri;
    ng_text_span *evidence;        /* later mentions of the event */
    size_t nevidence, cap_evidence;
} ng_event;

typedef struct ng_statement {
    bool direct;
    bool stance;                   /* an attitude, not speech: "criticized", "wants", "a poll found" */
    const char *text;
    uint32_t start, end;           /* the words (inside the marks for direct quotes) */
    uint32_t sent;
    int speaker;                   /* actor or -1 */
    const char *verb;              /* the verb of saying; a stance's cue words ("called for") */
    int event;                     /* event it was said at, or -1 */
    int recipient;                 /* actor, or -1 */
    const char *iri;
} ng_statement;

/* A triple term. */
typedef enum { NG_TERM_IRI = 0, NG_TERM_LITERAL } ng_term_kind;
typedef struct ng_term {
    ng_term_kind kind;
    const char *value;
    const char *datatype;          /* full IRI or NULL */
    const char *lang;
} ng_term;
typedef struct ng_triple {
    ng_term s, p, o;
} ng_triple;

struct ng_document {
    ng_arena arena;
    const ng_article *art;
    const ng_lexicon *lex;
    const char *base;
    const char *published;         /* YYYY-MM-DD or NULL */
    const char *article_iri;
    ng_token *toks;
    size_t ntok, cap_tok;
    ng_sentence *sents;
    size_t nsent, cap_sent;
    ng_mention *mentions;
    size_t nmention, cap_mention;
    int *tok_mention;              /* token -> covering mention or -1 (after sorting) */
    int *tok_quote_open;           /* token -> quote opening there, or -1 (quotes.c) */
    bool *tok_in_quote;            /* token inside quotation marks (quotes.c) */
    size_t *block_chars;           /* character count at every 64th byte (graph.c) */
    ng_actor *actors;
    size_t nactor, cap_actor;
    ng_event *events;
    size_t nevent, cap_event;
    ng_statement *stmts;
    size_t nstmt, cap_stmt;
    ng_triple *triples;
    size_t ntriple, cap_triple;
    int publisher;                 /* actor or -1 */
    int *authors;                  /* the byline's people (actors), nauthor of them (authors.c) */
    size_t nauthor;
    const char *language;          /* ISO 639-1, or "und" */
    bool extracted;                /* false: the article node only (another language) */
    bool local_actors;             /* actor IRIs under the article's (another language) */
    const char *run_options;       /* recorded in the provenance, or NULL */
    const struct ng_ner_model *ner; /* the tagger, or NULL */
    const struct ng_syntax_model *syntax; /* the POS tagger and parser, or NULL */
    int32_t *dep_first, *dep_next; /* per token: first dependent, next sibling (-1 none); NULL without a parse */
    uint8_t *ner_labels;           /* its IOB2 label per token (mentions.c), or NULL */
    const struct ng_type_model *types; /* the actor type model (typing.c), or NULL */
    const struct ng_attr_model *attr; /* the attribution model (attribution.c), or NULL */
    const struct ng_coref_model *coref; /* the pronoun model (coref.c), or NULL: the rules of actors.c */
    const struct ng_trig_model *triggers; /* the trigger model (triggers.c), or NULL */
    bool all_events;               /* every event the trigger model finds, with or without participants */
    int evidence;                  /* ng_evidence: spans kept in the graph */
    int *tok_unnamed;              /* --all-events: head noun token -> unnamed entity, -1; NULL otherwise */
    struct ng_unnamed *unnamed;    /* --all-events: people the article does not name (unnamed.c) */
    size_t nunnamed, cap_unnamed;
    bool record_type_features;     /* record each actor's type features instead of applying the model */
    const char **type_features;    /* per actor: its features, one per line, or NULL (typing.c) */
    size_t ntype_features;         /* actors when they were recorded (later steps add more) */
    int32_t *quote_open;           /* per token: the quotation mark opened before it in its sentence and
                                    * not closed yet, or -1 (events.c) */
    uint32_t *quote_words;         /* per opening mark: the words up to the next mark (events.c) */
    bool *para_quoted;             /* per token: inside a quotation opened earlier in its paragraph (events.c) */
};

/* Identity of an article (the basis of its IRI) and of its text. */
uint64_t ng_article_identity(const ng_article *art);
uint64_t ng_article_text_hash(const ng_article *art);

struct ng_context {
    pthread_mutex_t lock;          /* guards the models' loading */
    ng_lexicon *lex;               /* the bundled one, shared, until triggers are added */
    bool lex_owned;
    void *jsonld_context;          /* json_t *: the bundled context */
    void *raptor_world;            /* raptor_world * */
    struct ng_ner_model *ner;      /* the built-in NER model, loaded on first use */
    struct ng_syntax_model *syntax; /* the built-in tagger and parser, loaded on first use */
    bool accurate_parser;          /* ng_context_set_parser: the beam parser's model, not the greedy one's */
    struct ng_type_model *types;   /* the actor type model: --types-model's, else the built-in one loaded on first use */
    struct ng_attr_model *attr;    /* the built-in attribution model, loaded on first use */
    struct ng_coref_model *coref;  /* the pronoun model: --coref-model's, else the built-in one loaded on first use */
    bool coref_rules;              /* --coref-model none: pronouns by the rules of actors.c */
    struct ng_trig_model *triggers; /* the trigger model: --trigger-model's, else the built-in one loaded on first use */
    bool triggers_none;            /* --trigger-model none */
    bool record_type_features;     /* newsgraph actor-features: documents record them */
};

/* Pipeline stages, in order (each its own file). */
void ng_tokenize(ng_document *doc);
void ng_split_sentences(ng_document *doc);
void ng_parse_sentences(ng_document *doc);
void ng_find_mentions(ng_document *doc);
void ng_resolve_actors(ng_document *doc);

/* ---- actor types (typing.c) ------------------------------------------ */

/* Classes of the type model: none, person, organization, place. */
#define NG_TYPE_NCLASS 4
typedef struct ng_type_model ng_type_model;
/* Read a model's text ("# newsgraph actor types 1", then feature<TAB>4
 * weights lines); NULL with err naming source:line. */
ng_type_model *ng_type_model_read(const char *text, size_t len, const char *source, ng_error *err);
void ng_type_model_free(ng_type_model *m);
/* The model built into the binary (models/actor-types.tsv), or NULL. */
const ng_type_model *ng_type_builtin(ng_context *ctx, ng_error *err);
/* One actor's features, one per line, into b (cleared first). */
void ng_actor_type_features(const ng_document *doc, int actor, ng_buf *b);
/* A step of ng_resolve_actors: each named actor's type from all its mentions. */
void ng_type_actors(ng_document *doc);
void ng_find_statements(ng_document *doc);
/* authors.c: the byline's names as people (the story's own node when it
 * names them), into doc->authors. */
void ng_find_authors(ng_document *doc);
/* unnamed.c (--all-events): the people the article does not name. */
typedef struct ng_unnamed {
    int type;                      /* NG_ACTOR_UNNAMED (one person) or NG_ACTOR_GROUP */
    const char *name;              /* the first phrase, without its article: "22-year-old man" */
    int actor;                     /* its actor once something needs it, else -1 */
} ng_unnamed;
void ng_find_unnamed(ng_document *doc);
/* The unnamed entity whose phrase token tok heads, or -1. */
int ng_unnamed_at(const ng_document *doc, size_t tok);
/* The unnamed person a "he" or "him" nobody named stands for: the last one
 * met in its sentence or the one before, or -1. */
int ng_unnamed_for_pronoun(const ng_document *doc, size_t tok);
/* The actor of an unnamed entity, made with the evidence of all its
 * phrases the first time it is asked for (only people who take part in
 * something become nodes). */
int ng_unnamed_actor(ng_document *doc, int entity);
void ng_find_events(ng_document *doc);
void ng_build_graph(ng_document *doc);

/* The parse of a document (syntax_doc.c): relations are compared on the
 * universal part ("nsubj" matches "nsubj:pass") unless the name has a
 * colon. All return a token index or -1. */
bool ng_dep_parsed(const ng_document *doc);
const char *ng_dep_rel(const ng_document *doc, size_t tok);   /* "nsubj:pass", or "" without a parse */
const char *ng_dep_upos(const ng_document *doc, size_t tok);  /* "PROPN" (static copy per tag), or "" */
int ng_dep_head(const ng_document *doc, size_t tok);
/* A finite verb: tagged VBD, VBZ, VBP or MD. */
bool ng_dep_finite(const ng_document *doc, size_t tok);
bool ng_dep_past(const ng_document *doc, size_t tok);     /* a verb in the past tense (VBD) */
bool ng_dep_past_participle(const ng_document *doc, size_t tok); /* tagged VBN: "led", "founded" */
int ng_dep_child(const ng_document *doc, size_t head, const char *rel);
int ng_dep_subject(const ng_document *doc, size_t verb);      /* nsubj, nsubj:pass, csubj */
int ng_dep_object(const ng_document *doc, size_t verb);       /* obj */
int ng_dep_complement(const ng_document *doc, size_t verb);   /* ccomp, else xcomp */
/* The governing verb: tok itself when it is a verb, else the nearest verb
 * up its chain of heads. */
int ng_dep_governing_verb(const ng_document *doc, size_t tok);
/* The token of [from, to) the parse hangs from outside it; the last one
 * when none does. */
size_t ng_dep_span_head(const ng_document *doc, size_t from, size_t to);
/* Tokens [*start, *end) of the phrase headed by tok: its subtree without
 * relative clauses, appositions and clauses on its right, and without
 * punctuation at either end. */
void ng_dep_phrase(const ng_document *doc, size_t tok, size_t *start, size_t *end);
/* The folded word d tokens from token i of sentence s, "<s>" or "</s>"
 * beyond its edges, and its UPOS: the context the models' features read. */
const char *ng_sent_word(const ng_document *doc, const ng_sentence *s, size_t i, long d);
const char *ng_sent_upos(const ng_document *doc, const ng_sentence *s, size_t i, long d);

/* Helpers shared by the extraction stages (document.c). */
const char *ng_doc_span(ng_document *doc, size_t start, size_t end);   /* arena copy */
bool ng_tok_is(const ng_document *doc, size_t i, const char *folded);
bool ng_tok_is_dash(const ng_document *doc, size_t i); /* "—", "–", "―", "--" */
bool ng_tok_possessive(const ng_document *doc, size_t i); /* "'s", or "'" glued to a word: "Los Angeles'" */
/* The "which" or "who" opening a relative clause set off by commas that
 * closes right before token v ("UNRWA, [which] runs the school, said"),
 * within 30 tokens of its sentence, no quotation mark inside; 0 when none. */
size_t ng_relative_clause_before(const ng_document *doc, size_t v);
/* The "his", "her" or "their" opening "his [Ukrainian] counterpart[,]"
 * that ends right before token k, after lo, with *noun the token of
 * "counterpart" (the capitalized words between name a country); 0 when
 * none. */
size_t ng_counterpart_before(const ng_document *doc, size_t k, size_t lo, size_t *noun);
bool ng_tok_ing_form(const ng_document *doc, size_t i); /* "saying", "beating" */
char *ng_doc_fold_range(ng_document *doc, size_t i, size_t j); /* folded lexicon key of tokens [i, j) */
const ng_lex_entry *ng_lex_name_of(const ng_document *doc, size_t i, size_t j); /* the lexicon's name [i, j) */
size_t ng_dateline_end(const ng_document *doc, const ng_sentence *s); /* the story after "VIENNA —" */
/* The longest demonym (up to three tokens) at token i before limit: its length, its entry in *e; 0 for none. */
size_t ng_demonym_at(const ng_document *doc, size_t i, size_t limit, const ng_lex_entry **e);
/* Is the folded word one of a NULL-terminated list of words? */
bool ng_word_in(const char *folded, const char *const *words);
/* The singular of a folded plural in -s of four letters or more
 * ("cities" -> "city", "towns" -> "town") into out; false when the word
 * is no such plural or out is too small. */
bool ng_word_singular(const char *plural, char *out, size_t cap);
/* Does the folded word end as a plural, in "s" but not "ss" ("engineers";
 * not "Congress", "bus")? */
bool ng_plural_word(const char *folded);
int ng_mention_at(const ng_document *doc, size_t tok);
/* The mention starting at token k, or past up to three capitalized title
 * words after it ("called President Mohamed Bazoum"), before end; -1 when
 * none. */
int ng_mention_after_titles(const ng_document *doc, size_t k, size_t end);
/* Where each token of doc is in raw, the file the article was read from
 * (the reader drops the headline and rejoins paragraphs, so offsets
 * differ): each token is looked for after the previous one; at[i] is its
 * byte offset, or SIZE_MAX when not found (counted in *unaligned).
 * Annotated training files are read through it. */
void ng_align_tokens(const ng_document *doc, const ng_buf *raw, size_t *at, size_t *unaligned);
/* The annotated spans of a training article (the attribution, pronoun
 * and trigger models): lines START<TAB>END<TAB>LABEL in code points of
 * raw, the article file, returned in bytes of it, span k from the k+1-th
 * non-empty line. NULL with err naming path:line and what the third column
 * holds (label_name: "ENTITY"). */
typedef struct ng_gold_span {
    uint32_t start, end;
    char label[128];
} ng_gold_span;
ng_gold_span *ng_read_gold_spans(const char *path, const ng_buf *raw, const char *label_name, size_t *count,
                                 ng_error *err);
/* Index of the first mention starting at or after token tok (mentions are
 * sorted by start): loops over a clause's mentions start there. */
size_t ng_mention_lower_bound(const ng_document *doc, uint32_t tok);
void ng_index_mentions(ng_document *doc);                              /* build tok_mention */
int ng_actor_add(ng_document *doc, int type, const char *name);
void ng_actor_add_alt(ng_document *doc, int actor, const char *name);
void ng_actor_add_title(ng_document *doc, int actor, const char *title);
void ng_actor_add_affiliation(ng_document *doc, int actor, int other);
int ng_actor_for_lex(ng_document *doc, const ng_lex_entry *e);        /* find or create */
/* The person "he"/"she" at token tok stands for, or -1 (actors.c). */
/* Does a word that places what follows ("in", "from", "visited") stand
 * right before token i? (mentions.c) */
bool ng_location_preposition(const ng_document *doc, size_t i);
bool ng_title_word(const ng_document *doc, size_t i); /* a word of titles: "Pope", "Minister", "Mr." */
int ng_person_for_pronoun(const ng_document *doc, size_t tok);
/* The same by the rules alone, whatever model is loaded (coref_train.c
 * compares the two). */
int ng_person_for_pronoun_rules(const ng_document *doc, size_t tok);
int ng_person_named_over(const ng_document *doc, size_t k); /* a resolved description covering k, or -1 */
/* The one person whose title a description among [lo, v) names ("the
 * interior minister"), or -1. */
int ng_person_described(const ng_document *doc, size_t lo, size_t v);
int ng_person_by_title_head(const ng_document *doc, size_t head, size_t from, bool after);
/* "they", "the lawmakers": the people last named together as a subject. */
size_t ng_people_for_plural(const ng_document *doc, size_t tok, int *out, size_t max);
/* Is token k "the lawmakers", "the three senators"? */
bool ng_plural_description(const ng_document *doc, size_t k);
/* The speaker "they" or "the lawmakers" at tok stands for, or -1. */
int ng_actor_for_plural(const ng_document *doc, size_t tok);
/* The organization "the police" or "the company" at token k stands for, or -1. */
int ng_org_described(const ng_document *doc, size_t k);
/* The city a dateline names ("VIENNA —", "MEXICO CITY (Reuters) -",
 * "HANOI, Vietnam (AP) —"): its lexicon entry, and in *end the token after
 * the city's words; NULL when the story opens with none. */
const ng_lex_entry *ng_dateline_city(ng_document *doc, size_t *end);
void ng_actor_named_at(ng_document *doc, int actor, uint32_t tok_start, uint32_t tok_end);
/* The actor of the given type most recently mentioned before token tok, not
 * the publisher nor a dateline's agency, or -1. */
int ng_last_actor_before(const ng_document *doc, uint32_t tok, int type);

/* Dates (dates.c). */
bool ng_date_parse(const char *s, int *y, int *m, int *d);
/* Resolve a weekday name relative to a publication date; past=true picks
 * the latest such day on or before it, else the next one after. */
bool ng_date_weekday(const char *published, int weekday, bool past, char out[11]);
int ng_weekday_from_name(const char *folded);   /* 0=Sunday..6, or -1 */
int ng_month_from_name(const char *folded);     /* 1..12 or 0 */
void ng_date_add_days(int *y, int *m, int *d, int days);
int ng_date_weekday_of(int y, int m, int d);

/* "#char=" after an article's IRI, where its spans' offsets go ("/char="
 * when the IRI has a fragment already). */
const char *ng_span_marker(const char *article_iri);

/* Writers. */
/* The article's triples by subject (triple_index.c), for writers that read
 * the graph back: tables, the HTML view, the Graphviz picture. */
typedef struct {
    const ng_document *doc;
    const ng_triple **by_subject;
    size_t n;
} ng_triple_index;
void ng_tix_init(ng_triple_index *ix, const ng_document *doc);
void ng_tix_free(ng_triple_index *ix);
size_t ng_tix_range(const ng_triple_index *ix, const char *s, size_t *first); /* [*first, return) */
const ng_term *ng_tix_value(const ng_triple_index *ix, const char *s, const char *p); /* first object, or NULL */
bool ng_tix_has_type(const ng_triple_index *ix, const char *s, const char *type);
const char *ng_tix_name(const ng_triple_index *ix, const ng_term *o); /* schema:name of an IRI, or the literal */
const char *ng_iri_local(const char *iri); /* after the last '#' or '/' */
/* Write b to out and free it; -1 with err ("cannot write FORMAT output"). */
int ng_write_out(ng_buf *b, FILE *out, const ng_document *doc, const char *format, ng_error *err);
/* One table of the article's graph as TSV, a header row first (write_tsv.c). */
typedef enum { NG_TSV_STATEMENTS = 0, NG_TSV_EVENTS, NG_TSV_ACTORS } ng_tsv_table;
int ng_write_tsv(const ng_document *doc, ng_tsv_table table, FILE *out, ng_error *err);
/* The article as a self-contained HTML page (write_html.c) or a Graphviz
 * digraph (write_dot.c): a fixed head, the article, a fixed tail, so a
 * batch writes the head and the tail once. */
int ng_write_html(const ng_document *doc, FILE *out, ng_error *err);
size_t ng_html_head_len(void);
size_t ng_html_tail_len(void);
int ng_write_dot(const ng_document *doc, FILE *out, ng_error *err);
size_t ng_dot_head_len(void);
size_t ng_dot_tail_len(void);
/* The article's JSON-LD document, indented, or on one line (JSON Lines). */
int ng_write_jsonld(ng_context *ctx, const ng_document *doc, bool one_line, FILE *out, ng_error *err);
int ng_write_raptor(ng_context *ctx, const ng_document *doc, const char *syntax, FILE *out, ng_error *err);
int ng_write_trig(ng_context *ctx, const ng_document *doc, FILE *out, ng_error *err);
/* The document's nodes as a JSON-LD @graph array (json_t *, new reference). */
void *ng_jsonld_nodes(ng_context *ctx, const ng_document *doc);
/* Jansson's dump flags for every JSON-LD output: byte-stable. */
#define NG_JSON_FLAGS (JSON_INDENT(2) | JSON_SORT_KEYS)
/* One RDF/XML document fed article by article (write_raptor.c). */
typedef struct ng_rdfxml_stream ng_rdfxml_stream;
ng_rdfxml_stream *ng_rdfxml_stream_new(ng_context *ctx, FILE *out);
int ng_rdfxml_stream_add(ng_rdfxml_stream *s, const ng_triple *triples, size_t n);
int ng_rdfxml_stream_end(ng_rdfxml_stream *s);
void ng_rdfxml_stream_free(ng_rdfxml_stream *s);

/* A document serialized for a batch writer (write_batch.c): made on any
 * thread, written in order by one ng_writer. */
typedef struct ng_piece ng_piece;
/* batch: for an ng_writer (else only the document alone, for a file of its own). */
ng_piece *ng_piece_new(ng_context *ctx, const ng_document *doc, ng_output_format format, bool batch, ng_error *err);
void ng_piece_free(ng_piece *piece);
/* Bytes of the piece written alone (what ng_document_write gives). */
const char *ng_piece_bytes(const ng_piece *piece, size_t *len);
/* Write a piece; the writer takes it over, written or not. */
int ng_writer_add_piece(ng_writer *w, ng_piece *piece, ng_error *err);

/* Embedded schemas (generated from schemas/ at build time). */
extern const char ng_embedded_context[];
extern const char ng_embedded_triggers[];
extern const char ng_embedded_person_nouns[];
extern const char ng_embedded_event_classes[];
extern const char ng_embedded_word_lists[];

#endif
