/*
 * newsgraph.h -- turn news articles into knowledge-graph data.
 *
 * The pipeline, in the order a caller drives it:
 *
 *   ng_context_new()            lexicons, the JSON-LD context, the RDF world
 *   ng_batch_load()             bytes -> one or more articles (a reader per format)
 *   ng_document_new()           article -> analysis -> extraction -> graph
 *   ng_document_write()         graph -> JSON-LD, Turtle, N-Triples, N-Quads, TriG, RDF/XML
 *   ng_document_free(), ng_batch_free(), ng_context_free()
 *
 * Ownership: every object returned by a *_new or *_load function belongs to
 * the caller and is released by the matching *_free function, which accepts
 * NULL. A document owns its whole model (one arena) and is freed in one call.
 * Strings returned by accessors are borrowed: valid until their owner is freed.
 *
 * Errors: functions that can fail take an ng_error *, fill it (the first
 * error recorded wins) and return NULL or a non-zero int.
 */
#ifndef NEWSGRAPH_H
#define NEWSGRAPH_H

#include <stddef.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

#define NG_VERSION "0.1.0"

/* ---- errors ---------------------------------------------------------- */

/* Where and what went wrong. line and offset are 0 when not meaningful;
 * line is 1-based, offset is a byte offset into the input. */
typedef struct ng_error {
    char source[256];
    char text[512];
    long line;
    long offset;
} ng_error;

/* ---- options --------------------------------------------------------- */

typedef enum ng_input_format {
    NG_INPUT_AUTO = 0,
    NG_INPUT_TEXT,
    NG_INPUT_HTML,
    NG_INPUT_JSON,
    NG_INPUT_JSONL,
    NG_INPUT_WARC
} ng_input_format;

typedef enum ng_output_format {
    NG_OUTPUT_JSONLD = 0,
    NG_OUTPUT_TURTLE,
    NG_OUTPUT_NTRIPLES,
    NG_OUTPUT_NQUADS,
    NG_OUTPUT_TRIG,
    NG_OUTPUT_RDFXML,
    NG_OUTPUT_JSONL,          /* JSON-LD, one document per article per line (jq, pandas) */
    NG_OUTPUT_TSV_STATEMENTS, /* tables for spreadsheets: who said what, */
    NG_OUTPUT_TSV_EVENTS,     /* who met whom, where and when, */
    NG_OUTPUT_TSV_ACTORS,     /* who is who */
    NG_OUTPUT_HTML,           /* the article with what was found marked, the graph beside it */
    NG_OUTPUT_DOT             /* a Graphviz graph of actors and events */
} ng_output_format;

/* Called for recoverable problems (repaired UTF-8, skipped records). */
typedef void (*ng_warning_fn)(void *user_data, const char *source, const char *message);

typedef struct ng_options {
    ng_input_format input_format;
    const char *published;   /* YYYY-MM-DD used when the input has no date, or NULL */
    const char *base;        /* base IRI for minted identifiers, or NULL for the default */
    ng_warning_fn warn;      /* or NULL */
    void *warn_data;
    const char *source_name; /* name of standard input in messages and provenance, or NULL */
    long first_line;         /* line number of the input's first line (a shard of a file), or 0 */
    int language_any;        /* extract from articles in any language (their actors stay local) */
    const char *run_options; /* the options that shape the graph, recorded in its provenance, or NULL */
    int all_events;          /* every event the trigger model finds, also those with no named participant */
    int evidence;            /* ng_evidence: how much of the text that supports each fact the graph keeps */
} ng_options;

/* How facts are tied to the words that support them (NIF 2.0 spans of the
 * article, itself a nif:Context, linked with gaf:denotedBy; docs/design.md):
 *   NG_EVIDENCE_FULL   every span with its words and its sentence, and the
 *                      sentences as nodes;
 *   NG_EVIDENCE_SPANS  spans with their offsets only;
 *   NG_EVIDENCE_NONE   the facts alone: no spans, no links to them. */
typedef enum ng_evidence { NG_EVIDENCE_FULL = 0, NG_EVIDENCE_SPANS, NG_EVIDENCE_NONE } ng_evidence;
/* "full", "spans", "none": returns 0 and sets *out, or -1. */
int ng_evidence_from_name(const char *name, ng_evidence *out);

/* Default base IRI for minted identifiers. */
#define NG_DEFAULT_BASE "http://newsgraph.org/id/"
/* The project vocabulary. */
#define NG_VOCAB "http://newsgraph.org/ns#"

/* Parse "jsonld", "turtle", ... and their aliases ("ttl", "nt", "nq",
 * "rdf"), in any case; returns 0 and sets *out, or -1. */
int ng_output_format_from_name(const char *name, ng_output_format *out);
int ng_input_format_from_name(const char *name, ng_input_format *out);
/* "text", "HTML", "JSON", "JSON Lines", "WARC" (for messages). */
const char *ng_input_format_name(ng_input_format format);
/* File extension (without dot) conventionally used for an output format. */
const char *ng_output_format_extension(ng_output_format format);

/* ---- context --------------------------------------------------------- */

typedef struct ng_context ng_context;

/* Create the shared state: lexicons, the bundled JSON-LD context and the
 * Raptor world. Returns NULL (and fills err) on failure. Create once, free last. */
ng_context *ng_context_new(ng_error *err);
void ng_context_free(ng_context *ctx);
/* Add event triggers from a file of "phrase<TAB>Class" lines (the format of
 * schemas/event-triggers.tsv); an entry for a known phrase replaces it.
 * Returns 0, or -1 with err naming file:line. */
int ng_context_add_event_triggers(ng_context *ctx, const char *path, ng_error *err);
/* Type named actors with the actor type model in path ("# newsgraph actor
 * types 1", then feature<TAB>4 weights lines; scripts/train-types writes
 * one) instead of the built-in one, if any. Returns 0, or -1 with err
 * naming file:line. */
int ng_context_set_type_model(ng_context *ctx, const char *path, ng_error *err);
/* Find reported speech with the attribution model in path (a file that
 * `newsgraph train-attribution` wrote) instead of the built-in one.
 * Returns 0, or -1 with err naming the file. */
int ng_context_set_attribution_model(ng_context *ctx, const char *path, ng_error *err);

/* Resolve "he" and "she" with the pronoun model in path (a file that
 * `newsgraph train-coref` wrote) instead of the built-in one; path NULL:
 * with the rules alone. */
int ng_context_set_coref_model(ng_context *ctx, const char *path, ng_error *err);
/* Find event words with the trigger model in path (newsgraph
 * train-triggers writes one; docs/events.md) instead of the built-in one;
 * NULL: with none (only the event lexicon). Returns 0, or -1 with err. */
int ng_context_set_trigger_model(ng_context *ctx, const char *path, ng_error *err);

/* The tagger and parser every sentence is analysed with: NG_PARSER_FAST,
 * the greedy parser (the default), or NG_PARSER_ACCURATE, a beam search
 * over a parser trained for it (docs/parser.md: 1.4 to 2.2 points more of
 * the attachments right on UD treebanks, a fifth of the parser's speed).
 * Returns 0, or -1 with err when the build has no such model. */
typedef enum ng_parser { NG_PARSER_FAST, NG_PARSER_ACCURATE } ng_parser;
int ng_context_set_parser(ng_context *ctx, ng_parser parser, ng_error *err);

/* ---- input ----------------------------------------------------------- */

typedef struct ng_batch ng_batch;

/* Read the articles in data[0..len). source names the input in messages.
 * With NG_INPUT_AUTO the format is sniffed from the content and the name.
 * A JSON Lines input gives one article per line; a bad line does not stop
 * the others (see ng_batch_error). Returns NULL when nothing could be read. */
ng_batch *ng_batch_load(ng_context *ctx, const char *data, size_t len, const char *source,
                        const ng_options *opts, ng_error *err);
/* Read a file (gzip-compressed files are read transparently); "-" is stdin. */
ng_batch *ng_batch_load_file(ng_context *ctx, const char *path, const ng_options *opts,
                             ng_error *err);
size_t ng_batch_count(const ng_batch *batch);
/* The error that stopped record i, or NULL when it was read. Borrowed. */
const ng_error *ng_batch_error(const ng_batch *batch, size_t i);
/* The headline of record i, or NULL. Borrowed. */
const char *ng_batch_headline(const ng_batch *batch, size_t i);
void ng_batch_free(ng_batch *batch);

/* ---- streaming input --------------------------------------------------- */

typedef struct ng_reader ng_reader;

/* Open a file ("-" is stdin) for reading record by record. gzip files of
 * any number of members are read transparently; the format comes from
 * opts->input_format, else from the content (a file name saying otherwise
 * gets a warning), else from the name. NULL with err set when the file
 * cannot be opened or is empty. Free with ng_reader_free. */
ng_reader *ng_reader_open(ng_context *ctx, const char *path, const ng_options *opts, ng_error *err);
/* The next articles: one JSON Lines or WARC record, or a whole text, HTML
 * or JSON file (a JSON array gives several). NULL at the end of the input,
 * or with err->text set when the input cannot be read further. The caller
 * owns the batch. A record that cannot be read is in the batch, failed
 * (ng_batch_error), so the next records still come. */
ng_batch *ng_reader_next(ng_reader *reader, ng_error *err);
ng_input_format ng_reader_format(const ng_reader *reader);
/* Bytes of the file read so far, and its size on disk (-1 when unknown):
 * for progress. */
long long ng_reader_offset(const ng_reader *reader);
long long ng_reader_size(const ng_reader *reader);
void ng_reader_free(ng_reader *reader);

/* Record i's own identifier ("id" in JSON Lines), or NULL. Borrowed. */
const char *ng_batch_identifier(const ng_batch *batch, size_t i);
/* Where record i came from: "file:line" or the file name. Borrowed. */
const char *ng_batch_source(const ng_batch *batch, size_t i);
/* What makes record i one article: its id, else its URL, else its words
 * (a 64-bit hash, the basis of its IRI); and a hash of its text alone. */
unsigned long long ng_batch_identity(const ng_batch *batch, size_t i);
unsigned long long ng_batch_text_hash(const ng_batch *batch, size_t i);
/* Mark record i as the n-th (n >= 2) article of a run with the identity of
 * an earlier one: its IRI gets "-n", so the two stay apart. */
void ng_batch_set_occurrence(ng_batch *batch, size_t i, int n);

/* ---- documents ------------------------------------------------------- */

typedef struct ng_document ng_document;

/* Analyse record i of the batch and build its graph. The document keeps a
 * reference to the batch, which must outlive it. */
ng_document *ng_document_new(ng_context *ctx, const ng_batch *batch, size_t i,
                             const ng_options *opts, ng_error *err);
/* Serialize the document's graph to out. Returns 0 on success. */
int ng_document_write(ng_context *ctx, const ng_document *doc, ng_output_format format,
                      FILE *out, ng_error *err);
/* ---- many documents into one output ------------------------------------ */

typedef struct ng_writer ng_writer;

/* A writer of many documents into one stream, as they come (memory stays
 * flat). N-Triples, N-Quads, Turtle and TriG documents follow each other
 * (N-Quads and TriG put each article in its named graph). JSON-LD becomes
 * one document whose @graph holds one named graph per article, RDF/XML one
 * rdf:RDF element. A single document is written exactly as
 * ng_document_write writes it. out stays the caller's. */
ng_writer *ng_writer_new(ng_context *ctx, ng_output_format format, FILE *out);
/* Write one more document. Returns 0, or -1 with err set. */
int ng_writer_add(ng_writer *w, const ng_document *doc, ng_error *err);
/* Close the document (JSON-LD's brackets, RDF/XML's end tag). */
int ng_writer_finish(ng_writer *w, ng_error *err);
void ng_writer_free(ng_writer *w);

/* Number of triples in the document's graph. */
size_t ng_document_triple_count(const ng_document *doc);
/* The article's language (ISO 639-1, or "und" when unknown). Borrowed. */
const char *ng_document_language(const ng_document *doc);
/* False when extraction was skipped (an article not in English, without
 * opts->language_any): the graph holds the article node only. */
int ng_document_extracted(const ng_document *doc);
/* The article's IRI. Borrowed. */
const char *ng_document_iri(const ng_document *doc);
void ng_document_free(ng_document *doc);

#ifdef __cplusplus
}
#endif
#endif /* NEWSGRAPH_H */
