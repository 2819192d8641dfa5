/* validate.h -- checking output against the bundled schemas: an in-memory
 * RDF graph (rdf_graph.c: any format Raptor reads, and JSON-LD read here),
 * SHACL Core (validate_shacl.c) and JSON Schema 2020-12 (validate_schema.c).
 * Both validators implement the constraints the bundled schemas use and
 * refuse any other with a clear error rather than ignoring it. */
#ifndef NG_VALIDATE_H
#define NG_VALIDATE_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "internal.h"

/* ---- RDF graph ------------------------------------------------------------ */

enum { RDF_IRI = 0, RDF_BLANK = 1, RDF_LITERAL = 2 };

typedef struct {
    int kind;
    char *value;    /* IRI, blank node label, or lexical form */
    char *datatype; /* literals: datatype IRI (xsd:string when plain) */
    char *lang;     /* literals: language tag or NULL */
} rdf_term;

typedef struct {
    uint32_t s, p, o; /* term ids */
} rdf_triple;

typedef struct rdf_graph {
    rdf_term *terms;
    size_t nterm, cap_term;
    uint32_t *slots; /* term id + 1, open addressing */
    size_t nslot;
    rdf_triple *triples;
    size_t ntriple, cap_triple;
    bool sorted;     /* triples sorted by (s, p, o) */
    uint32_t blank_seq;
    char **prefixes; /* prefix, IRI pairs seen in the input (for messages) */
    size_t nprefix;
} rdf_graph;

rdf_graph *rdf_graph_new(void);
void rdf_graph_free(rdf_graph *g);
/* Intern a term; returns its id. */
uint32_t rdf_graph_term(rdf_graph *g, int kind, const char *value, const char *datatype, const char *lang);
/* Id of an IRI, or UINT32_MAX when the graph does not have it. */
uint32_t rdf_graph_find_iri(const rdf_graph *g, const char *iri);
void rdf_graph_add(rdf_graph *g, uint32_t s, uint32_t p, uint32_t o);
/* Sort the triples by (s, p, o), dropping repeats; the lookups below do it
 * themselves when needed. */
void rdf_graph_sort(rdf_graph *g);
/* Objects of (s, p): *first index into g->triples and the count. */
size_t rdf_graph_objects(rdf_graph *g, uint32_t s, uint32_t p, size_t *first);
/* All triples about s, the same way. */
size_t rdf_graph_about(rdf_graph *g, uint32_t s, size_t *first);
/* Parse text in an RDF syntax Raptor reads ("turtle", "ntriples", "nquads",
 * "trig", "rdfxml"; NULL guesses from the name). Graph names are dropped:
 * the graph is the union of the dataset's graphs. */
int rdf_graph_parse(rdf_graph *g, const char *text, size_t len, const char *syntax, const char *source,
                    ng_error *err);
/* The same, keeping graphs apart (N-Quads, TriG): *graphs gets one graph
 * per graph name, in order of first appearance, the default graph first
 * (names[k] NULL for it) when it has triples. Returns the count, or -1. */
typedef struct {
    rdf_graph **graphs;
    char **names;
    size_t n;
} rdf_dataset;
int rdf_dataset_parse(rdf_dataset *ds, const char *text, size_t len, const char *syntax, const char *source,
                      ng_error *err);
void rdf_dataset_free(rdf_dataset *ds);
/* Refuse, with the file and line, a document Raptor 2.0.15 must not read
 * (rdf_guard.c says which and why): 0 when it may, else -1 and err set.
 * syntax is a Raptor parser name. */
int rdf_guard(const char *text, size_t len, const char *syntax, const char *source, ng_error *err);
/* Read a JSON-LD document (already parsed) into triples: the subset of
 * JSON-LD 1.1 our output and hand-written documents like it use (inline
 * contexts with prefixes and typed terms, @id, @type, @graph, @value,
 * @language, nested node objects); anything else is an error. */
int rdf_graph_from_jsonld(rdf_graph *g, json_t *doc, const char *source, ng_error *err);
/* The syntax name for a file name (by extension), or NULL. */
const char *rdf_syntax_for_name(const char *path);
/* "schema:name" for an IRI the graph's or the well-known prefixes cover,
 * else "<iri>"; into buf. */
const char *rdf_graph_show(const rdf_graph *g, uint32_t term, char *buf, size_t n);
const char *rdf_show_iri(const rdf_graph *g, const char *iri, char *buf, size_t n);

/* ---- the validators ----------------------------------------------------- */

/* The N-Triples form of a term ("<iri>", "_:b1", "\"text\"^^<dt>") into buf. */
const char *rdf_graph_nt(const rdf_graph *g, uint32_t term, char *buf, size_t n);

/* One finding: where (a node shown with prefixes, or a JSON pointer), the
 * path (shown, "" for none), which constraint, what; for SHACL also the
 * focus node as an N-Triples term and the path's predicate IRI, for
 * reports in RDF (NULL for JSON Schema, and for a node shape's path). */
typedef struct {
    const char *where;
    const char *path;
    const char *constraint;
    const char *message;
    const char *focus_nt;
    const char *path_iri;
    bool inverse;
} ng_problem;
typedef void (*ng_report_fn)(void *data, const ng_problem *problem);

/* SHACL: validate data against the shapes graph. Returns the number of
 * violations (each reported), or -1 with err set when the shapes use a
 * feature this validator does not implement. */
long ng_shacl_validate(rdf_graph *shapes, rdf_graph *data, ng_report_fn report, void *rdata, ng_error *err);

/* JSON Schema 2020-12: returns the number of errors (each reported), or -1
 * with err set when the schema uses a keyword this validator does not
 * implement or is malformed. */
long ng_json_schema_validate(json_t *schema, json_t *instance, ng_report_fn report, void *rdata, ng_error *err);

extern const char ng_embedded_json_schema[];
extern const char ng_embedded_shapes[];

#endif
