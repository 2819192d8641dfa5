/* cmd_validate.c -- `newsgraph validate`: check output files against the
 * bundled JSON Schema (JSON-LD files) and SHACL shapes (every file). */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "validate.h"

enum { VALID = 0, INVALID = 1, UNREADABLE = 2 };

static void S_usage(FILE *out)
{
    fputs("usage: newsgraph validate [--schema FILE] [--shapes FILE] [--no-schema | --no-shapes]\n"
          "                          [--syntax FMT] [--report text|json|turtle] FILE...\n"
          "\n"
          "Check newsgraph output. JSON Lines files (.jsonl, .ndjson: convert -f jsonl)\n"
          "are checked a line at a time. JSON-LD files (.jsonld, .json, or text starting with\n"
          "'{' or '[') are checked against the JSON Schema, then read as RDF; every file\n"
          "is checked against the SHACL shapes. RDF files may be in any syntax Raptor\n"
          "reads (Turtle, N-Triples, N-Quads, TriG, RDF/XML; by extension or content).\n"
          "'-' reads standard input. Each problem is printed as\n"
          "  newsgraph: FILE: NODE-OR-JSON-POINTER: [PATH: ]MESSAGE (CONSTRAINT)\n"
          "\n"
          "  --schema FILE   JSON Schema 2020-12 (default: the bundled newsgraph.schema.json)\n"
          "  --shapes FILE   SHACL shapes (default: the bundled shapes.ttl)\n"
          "  --no-schema     skip the JSON Schema check\n"
          "  --no-shapes     skip the SHACL check\n"
          "  --max-size MB   refuse inputs larger than this (default 1024; schemas and\n"
          "                  shapes: 256)\n"
          "  --syntax FMT    what the files hold, whatever their names: jsonld, jsonl, turtle,\n"
          "                  ntriples, nquads, trig, rdfxml (and -f's aliases); for '-'\n"
          "  --report R      text (the default): problems on stderr, a line per file on\n"
          "                  stdout; json: one JSON object per file on stdout (file, status,\n"
          "                  triples, problems, error); turtle: a SHACL validation report\n"
          "                  (sh:ValidationReport) per file on stdout\n"
          "\n"
          "Exit status: 0 all valid, 1 some file invalid, 2 some file or schema unreadable.\n",
          out);
}

/* How the results are written (--report). */
typedef enum { REPORT_TEXT, REPORT_JSON, REPORT_TURTLE } report_kind;
static report_kind report_as = REPORT_TEXT;

/* A problem kept for a report in JSON or Turtle. */
typedef struct {
    char *graph, *where, *path, *constraint, *message, *focus_nt, *path_iri;
    bool inverse;
} kept_problem;

typedef struct {
    const char *file;
    const char *graph; /* named graph being checked, or NULL */
    long count;
    kept_problem *kept; /* --report json|turtle */
    size_t nkept, cap_kept;
    size_t triples, graphs; /* of a valid file; graphs 0: the default graph alone */
    char error[800];    /* why the file is unreadable */
} report_state;

static char *S_dup(const char *s) { return s ? strdup(s) : NULL; }

static void S_report(void *data, const ng_problem *pr)
{
    report_state *r = data;
    r->count++;
    if (report_as == REPORT_TEXT) {
        char where[700];
        if (pr->path[0])
            snprintf(where, sizeof where, "%s: %s", pr->where, pr->path);
        else
            snprintf(where, sizeof where, "%s", pr->where);
        if (r->graph)
            fprintf(stderr, "newsgraph: %s: graph <%s>: %s: %s (%s)\n", r->file, r->graph, where, pr->message,
                    pr->constraint);
        else
            fprintf(stderr, "newsgraph: %s: %s: %s (%s)\n", r->file, where, pr->message, pr->constraint);
        return;
    }
    if (r->nkept == r->cap_kept) {
        r->cap_kept = r->cap_kept ? 2 * r->cap_kept : 16;
        r->kept = realloc(r->kept, r->cap_kept * sizeof *r->kept);
        if (!r->kept)
            abort();
    }
    r->kept[r->nkept++] = (kept_problem){S_dup(r->graph), S_dup(pr->where), S_dup(pr->path), S_dup(pr->constraint),
                                         S_dup(pr->message), S_dup(pr->focus_nt), S_dup(pr->path_iri), pr->inverse};
}

static void S_fail(report_state *rs, const ng_error *err)
{
    fprintf(stderr, "newsgraph: %s: %s\n", err->source, err->text);
    if (rs && !rs->error[0])
        snprintf(rs->error, sizeof rs->error, "%s", err->text);
}

static bool S_looks_json(const ng_buf *b)
{
    for (size_t i = 0; i < b->len; i++) {
        char c = b->data[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
            continue;
        return c == '{' || c == '[';
    }
    return false;
}

/* Largest input (--max-size), in bytes. */
static size_t max_size = (size_t)1024 << 20;

static int S_read_all(const char *path, ng_buf *b, ng_error *err)
{
    if (strcmp(path, "-") != 0)
        return ng_read_file_max(path, b, max_size, err);
    return ng_read_stream_max(stdin, "<stdin>", b, max_size, err);
}

/* Validate one file; returns VALID, INVALID or UNREADABLE. */
static bool use_schema = true, use_shapes = true;

/* A JSON-LD batch: every node of the top @graph is a named graph (one
 * article each). */
static bool S_named_graphs(json_t *doc)
{
    json_t *g = json_is_object(doc) ? json_object_get(doc, "@graph") : NULL;
    if (!json_is_array(g) || json_array_size(g) == 0)
        return false;
    size_t i;
    json_t *v;
    json_array_foreach(g, i, v)
    {
        if (!json_is_object(v) || !json_is_string(json_object_get(v, "@id")) || !json_object_get(v, "@graph"))
            return false;
    }
    return true;
}

/* Each named graph of a JSON-LD batch checked on its own, as N-Quads are:
 * an actor named in two articles has two confidences. */
static int S_validate_named_graphs(json_t *doc, rdf_graph *shapes, report_state *rs, const char *name)
{
    json_t *g = json_object_get(doc, "@graph");
    json_t *ctx = json_object_get(doc, "@context");
    size_t i, total = 0;
    json_t *v;
    int status = VALID;
    json_array_foreach(g, i, v)
    {
        json_t *one = ctx ? json_pack("{s:O,s:O}", "@context", ctx, "@graph", json_object_get(v, "@graph"))
                          : json_pack("{s:O}", "@graph", json_object_get(v, "@graph"));
        rdf_graph *data = rdf_graph_new();
        ng_error err = {0};
        rs->graph = json_string_value(json_object_get(v, "@id"));
        if (rdf_graph_from_jsonld(data, one, name, &err) != 0) {
            S_fail(rs, &err);
            status = INVALID;
        } else if (use_shapes && ng_shacl_validate(shapes, data, S_report, rs, &err) < 0) {
            S_fail(rs, &err);
            status = UNREADABLE;
        }
        total += data->ntriple;
        rdf_graph_free(data);
        json_decref(one);
        if (status != VALID)
            break;
    }
    rs->graph = NULL;
    if (status == VALID && rs->count)
        return INVALID;
    rs->triples = total;
    rs->graphs = json_array_size(g);
    return status;
}

/* Whether g holds a newsgraph article (a node typed schema:NewsArticle):
 * a file of unrelated triples is not newsgraph output, however valid. */
static bool S_has_article(const rdf_graph *g)
{
    for (size_t i = 0; i < g->ntriple; i++) {
        const rdf_term *p = &g->terms[g->triples[i].p], *o = &g->terms[g->triples[i].o];
        if (p->kind == RDF_IRI && o->kind == RDF_IRI &&
            !strcmp(p->value, "http://www.w3.org/1999/02/22-rdf-syntax-ns#type") &&
            (!strcmp(o->value, "http://schema.org/NewsArticle") || !strcmp(o->value, "https://schema.org/NewsArticle")))
            return true;
    }
    return false;
}

/* One more problem: the file is no newsgraph output. */
static int S_no_article(report_state *rs, const char *name)
{
    static const char what[] = "no newsgraph article in it (no node of type schema:NewsArticle)";
    if (report_as == REPORT_TEXT) {
        rs->count++;
        fprintf(stderr, "newsgraph: %s: %s\n", name, what);
    } else {
        ng_problem pr = {.where = "/", .path = "", .constraint = "article", .message = what};
        S_report(rs, &pr);
    }
    return INVALID;
}

/* The article node's @id in a document's @graph, or NULL. */
static const char *S_article_id(json_t *doc)
{
    size_t i;
    json_t *v;
    json_array_foreach(json_object_get(doc, "@graph"), i, v)
    {
        /* "NewsArticle", or ["NewsArticle", "Context"] with NIF spans */
        json_t *type = json_object_get(v, "@type");
        size_t k, n = json_is_array(type) ? json_array_size(type) : 1;
        for (k = 0; k < n; k++) {
            const char *t = json_string_value(json_is_array(type) ? json_array_get(type, k) : type);
            if (t && !strcmp(t, "NewsArticle"))
                return json_string_value(json_object_get(v, "@id"));
        }
    }
    return NULL;
}

/* JSON Lines (convert -f jsonl): each line a JSON-LD document, checked
 * against the schema, then its graph against the shapes as a named graph
 * of a batch is. */
static int S_validate_lines(const ng_buf *b, const char *name, json_t *schema, rdf_graph *shapes, report_state *rs)
{
    json_t *batch = json_pack("{s:[]}", "@graph");
    long line = 0;
    int status = VALID;
    for (const char *p = b->data, *end = b->data + b->len; p < end && status == VALID;) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *stop = nl ? nl : end;
        line++;
        if (stop == p) {
            p = stop + 1;
            continue;
        }
        json_error_t jerr;
        json_t *doc = json_loadb(p, (size_t)(stop - p), 0, &jerr);
        p = stop + 1;
        if (!doc) {
            fprintf(stderr, "newsgraph: %s:%ld:%d: invalid JSON: %s\n", name, line, jerr.column, jerr.text);
            snprintf(rs->error, sizeof rs->error, "line %ld, column %d: invalid JSON: %s", line, jerr.column,
                     jerr.text);
            status = UNREADABLE;
            break;
        }
        ng_error err = {0};
        if (use_schema && ng_json_schema_validate(schema, doc, S_report, rs, &err) < 0) {
            S_fail(rs, &err);
            status = UNREADABLE;
        }
        if (!json_object_get(batch, "@context") && json_object_get(doc, "@context"))
            json_object_set(batch, "@context", json_object_get(doc, "@context"));
        const char *id = S_article_id(doc);
        char label[64];
        snprintf(label, sizeof label, "line %ld", line);
        json_array_append_new(json_object_get(batch, "@graph"),
                              json_pack("{s:s,s:O}", "@id", id ? id : label, "@graph", json_object_get(doc, "@graph")));
        json_decref(doc);
    }
    if (status == VALID && !json_array_size(json_object_get(batch, "@graph"))) {
        fprintf(stderr, "newsgraph: %s: no JSON-LD document in it\n", name);
        snprintf(rs->error, sizeof rs->error, "no JSON-LD document in it");
        status = UNREADABLE;
    }
    if (status == VALID)
        status = S_validate_named_graphs(batch, shapes, rs, name);
    json_decref(batch);
    return status;
}

/* --syntax: what every file holds, or NULL to go by name and content */
static const char *forced_syntax;

/* What a file holds: "jsonl", "jsonld" or a Raptor syntax name. */
static const char *S_syntax_of(const char *name, const ng_buf *b)
{
    if (forced_syntax)
        return forced_syntax;
    const char *dot = strrchr(name, '.');
    if (dot && (!strcmp(dot, ".jsonl") || !strcmp(dot, ".ndjson")))
        return "jsonl";
    if ((dot && (!strcmp(dot, ".jsonld") || !strcmp(dot, ".json"))) || (!rdf_syntax_for_name(name) && S_looks_json(b)))
        return "jsonld";
    return rdf_syntax_for_name(name); /* NULL: Raptor guesses */
}

/* A JSON-LD document: the JSON Schema, then its graph (or named graphs). */
static int S_validate_jsonld(const ng_buf *b, const char *name, json_t *schema, rdf_graph *shapes, rdf_graph *data,
                             report_state *rs)
{
    json_error_t jerr;
    ng_error err = {0};
    json_t *doc = json_loadb(b->data, b->len, 0, &jerr);
    if (!doc) {
        fprintf(stderr, "newsgraph: %s:%d:%d: invalid JSON: %s\n", name, jerr.line, jerr.column, jerr.text);
        snprintf(rs->error, sizeof rs->error, "line %d, column %d: invalid JSON: %s", jerr.line, jerr.column,
                 jerr.text);
        return UNREADABLE;
    }
    long n = use_schema ? ng_json_schema_validate(schema, doc, S_report, rs, &err) : 0;
    int status = -1; /* -1: go on with the graph in data */
    if (n < 0) {
        S_fail(rs, &err);
        status = UNREADABLE;
    } else if (S_named_graphs(doc)) {
        status = S_validate_named_graphs(doc, shapes, rs, name);
    } else if (rdf_graph_from_jsonld(data, doc, name, &err) != 0) {
        /* a document that is not JSON-LD we can read is invalid, not
         * unreadable: it is JSON, and the message says where */
        S_fail(rs, &err);
        status = INVALID;
    }
    json_decref(doc);
    return status;
}

/* RDF in any syntax Raptor reads; each named graph (an article in N-Quads
 * and TriG) is checked on its own: an actor named in two articles has two
 * confidences. A lone default graph goes on in data (-1). */
static int S_validate_rdf(const ng_buf *b, const char *name, const char *syntax, rdf_graph *shapes,
                          rdf_graph **data, report_state *rs)
{
    ng_error err = {0};
    rdf_dataset ds;
    if (rdf_dataset_parse(&ds, b->data, b->len, syntax, name, &err) < 0) {
        S_fail(rs, &err);
        rdf_dataset_free(&ds);
        return UNREADABLE;
    }
    /* --no-shapes checks the syntax alone, of any RDF */
    bool article = !use_shapes;
    for (size_t k = 0; k < ds.n && !article; k++)
        article = S_has_article(ds.graphs[k]);
    int status = -1;
    if (!article) {
        status = S_no_article(rs, name);
    } else if (ds.n > 1 || (ds.n == 1 && ds.names[0])) {
        size_t total = 0;
        status = VALID;
        for (size_t k = 0; k < ds.n && status == VALID; k++) {
            rs->graph = ds.names[k];
            memset(&err, 0, sizeof err);
            if (use_shapes && ng_shacl_validate(shapes, ds.graphs[k], S_report, rs, &err) < 0) {
                S_fail(rs, &err);
                status = UNREADABLE;
            }
            total += ds.graphs[k]->ntriple;
        }
        rs->graph = NULL;
        if (status == VALID && rs->count)
            status = INVALID;
        rs->triples = total;
        rs->graphs = ds.n;
    } else if (ds.n == 1) {
        rdf_graph_free(*data);
        *data = ds.graphs[0];
        ds.graphs[0] = NULL;
    }
    rdf_dataset_free(&ds);
    return status;
}

/* Validate one file; returns VALID, INVALID or UNREADABLE, with the
 * problems, counts or error in rs. */
static int S_validate_file(const char *path, json_t *schema, rdf_graph *shapes, report_state *rs)
{
    const char *name = rs->file;
    ng_error err = {0};
    ng_buf b = {0};
    if (S_read_all(path, &b, &err) != 0) {
        S_fail(rs, &err);
        ng_buf_free(&b);
        return UNREADABLE;
    }
    if (b.len == 0) {
        fprintf(stderr, "newsgraph: %s: empty file\n", name);
        snprintf(rs->error, sizeof rs->error, "empty file");
        ng_buf_free(&b);
        return UNREADABLE;
    }
    const char *syntax = S_syntax_of(name, &b);
    rdf_graph *data = rdf_graph_new();
    int status;
    if (syntax && !strcmp(syntax, "jsonl"))
        status = S_validate_lines(&b, name, schema, shapes, rs);
    else if (syntax && !strcmp(syntax, "jsonld"))
        status = S_validate_jsonld(&b, name, schema, shapes, data, rs);
    else
        status = S_validate_rdf(&b, name, syntax, shapes, &data, rs);
    if (status == -1) {
        /* one graph: the article, then the shapes */
        if (use_shapes && !S_has_article(data)) {
            status = S_no_article(rs, name);
        } else if (use_shapes && ng_shacl_validate(shapes, data, S_report, rs, &err) < 0) {
            S_fail(rs, &err);
            status = UNREADABLE;
        } else {
            status = rs->count ? INVALID : VALID;
            rs->triples = data->ntriple;
        }
    }
    rdf_graph_free(data);
    ng_buf_free(&b);
    return status;
}

/* ---- the results ------------------------------------------------------------- */

static const char *const STATUS_NAME[] = {"valid", "invalid", "unreadable"};

static void S_json_field(json_t *o, const char *key, const char *value)
{
    if (value && *value)
        json_object_set_new(o, key, json_string(value));
}

static void S_result_json(const report_state *rs, int status)
{
    json_t *o = json_object();
    json_object_set_new(o, "file", json_string(rs->file));
    json_object_set_new(o, "status", json_string(STATUS_NAME[status]));
    if (status == VALID) {
        json_object_set_new(o, "triples", json_integer((json_int_t)rs->triples));
        if (rs->graphs)
            json_object_set_new(o, "graphs", json_integer((json_int_t)rs->graphs));
    }
    json_t *problems = json_array();
    for (size_t i = 0; i < rs->nkept; i++) {
        const kept_problem *k = &rs->kept[i];
        json_t *p = json_object();
        S_json_field(p, "graph", k->graph);
        S_json_field(p, "where", k->where);
        S_json_field(p, "focusNode", k->focus_nt);
        S_json_field(p, "path", k->path);
        S_json_field(p, "pathIRI", k->path_iri);
        S_json_field(p, "constraint", k->constraint);
        S_json_field(p, "message", k->message);
        json_array_append_new(problems, p);
    }
    json_object_set_new(o, "problems", problems);
    S_json_field(o, "error", rs->error);
    char *line = json_dumps(o, JSON_COMPACT | JSON_ENSURE_ASCII | JSON_PRESERVE_ORDER);
    printf("%s\n", line);
    free(line);
    json_decref(o);
}

/* A Turtle string literal. */
static void S_turtle_string(const char *s)
{
    putchar('"');
    for (; s && *s; s++) {
        if (*s == '"' || *s == '\\')
            putchar('\\');
        if (*s == '\n')
            fputs("\\n", stdout);
        else if (*s == '\r')
            fputs("\\r", stdout);
        else
            putchar(*s);
    }
    putchar('"');
}

/* "sh:minCount" -> "sh:MinCountConstraintComponent" */
static void S_component(const char *constraint)
{
    const char *local = constraint + 3;
    printf("sh:%c%sConstraintComponent", local[0] >= 'a' && local[0] <= 'z' ? local[0] - 32 : local[0], local + 1);
}

/* A SHACL validation report, as pySHACL and Jena write them. Problems the
 * JSON Schema found (JSON-LD files) are results too, their focus node the
 * JSON pointer and their source shape the schema. */
static void S_result_turtle(const report_state *rs, int status)
{
    printf("\n[] a sh:ValidationReport ;\n    rdfs:label ");
    S_turtle_string(rs->file);
    printf(" ;\n    sh:conforms %s", status == VALID ? "true" : "false");
    if (rs->error[0]) {
        printf(" ;\n    rdfs:comment ");
        S_turtle_string(rs->error);
    }
    for (size_t i = 0; i < rs->nkept; i++) {
        const kept_problem *k = &rs->kept[i];
        bool shacl = !strncmp(k->constraint, "sh:", 3);
        printf(" ;\n    sh:result [ a sh:ValidationResult ; sh:resultSeverity sh:Violation ;\n        sh:focusNode ");
        if (k->focus_nt)
            fputs(k->focus_nt, stdout);
        else
            S_turtle_string(k->where);
        if (k->path_iri)
            printf(k->inverse ? " ;\n        sh:resultPath [ sh:inversePath <%s> ]" : " ;\n        sh:resultPath <%s>",
                   k->path_iri);
        if (shacl) {
            printf(" ;\n        sh:sourceConstraintComponent ");
            S_component(k->constraint);
        } else {
            printf(" ;\n        sh:sourceShape <http://newsgraph.org/schemas/newsgraph.schema.json>");
        }
        printf(" ;\n        sh:resultMessage ");
        char msg[1200];
        snprintf(msg, sizeof msg, shacl ? "%s" : "%s (%s)", k->message, k->constraint);
        S_turtle_string(msg);
        if (k->graph) {
            printf(" ;\n        rdfs:seeAlso <%s>", k->graph);
        }
        printf(" ]");
    }
    printf(" .\n");
}

static void S_result(const report_state *rs, int status)
{
    if (report_as == REPORT_JSON)
        S_result_json(rs, status);
    else if (report_as == REPORT_TURTLE)
        S_result_turtle(rs, status);
    else if (status == VALID && rs->graphs)
        printf("%s: valid (%zu triples in %zu graphs)\n", rs->file, rs->triples, rs->graphs);
    else if (status == VALID)
        printf("%s: valid (%zu triples)\n", rs->file, rs->triples);
    else if (status == INVALID && rs->count)
        printf("%s: invalid (%ld problem%s)\n", rs->file, rs->count, rs->count == 1 ? "" : "s");
}

static void S_report_free(report_state *rs)
{
    for (size_t i = 0; i < rs->nkept; i++) {
        kept_problem *k = &rs->kept[i];
        free(k->graph), free(k->where), free(k->path), free(k->constraint), free(k->message), free(k->focus_nt);
        free(k->path_iri);
    }
    free(rs->kept);
}

int cmd_validate(int argc, char **argv)
{
    static const struct option longopts[] = {{"schema", required_argument, NULL, 's'},
                                             {"shapes", required_argument, NULL, 'S'},
                                             {"no-schema", no_argument, NULL, 'n'},
                                             {"no-shapes", no_argument, NULL, 'N'},
                                             {"max-size", required_argument, NULL, 'M'},
                                             {"syntax", required_argument, NULL, 'x'},
                                             {"report", required_argument, NULL, 'r'},
                                             {"help", no_argument, NULL, 'h'}, {"version", no_argument, NULL, 'V'},
                                             {NULL, 0, NULL, 0}};
    const char *schema_path = NULL, *shapes_path = NULL;
    int ch;
    optind = 1;
    while ((ch = getopt_long(argc, argv, "hV", longopts, NULL)) != -1) {
        switch (ch) {
        case 's': schema_path = optarg; break;
        case 'S': shapes_path = optarg; break;
        case 'n': use_schema = false; break;
        case 'N': use_shapes = false; break;
        case 'M': {
            char *end;
            long v = strtol(optarg, &end, 10);
            if (*optarg == '\0' || *end || v < 1 || v > 65536) {
                fprintf(stderr, "newsgraph: --max-size wants megabytes from 1 to 65536, not '%s'\n", optarg);
                return EXIT_USAGE;
            }
            max_size = (size_t)v << 20;
            break;
        }
        case 'x': {
            static const char *const raptor[] = {"jsonld", "turtle", "ntriples", "nquads", "trig", "rdfxml", "jsonl"};
            ng_output_format f;
            if (ng_output_format_from_name(optarg, &f) != 0 || (size_t)f >= sizeof raptor / sizeof raptor[0]) {
                fprintf(stderr, "newsgraph: --syntax wants jsonld, jsonl, turtle, ntriples, nquads, trig or rdfxml,"
                                " not '%s'\n", optarg);
                return EXIT_USAGE;
            }
            forced_syntax = raptor[f];
            break;
        }
        case 'r':
            if (!strcmp(optarg, "text") || !strcmp(optarg, "json") || !strcmp(optarg, "turtle")) {
                report_as = optarg[0] == 't' && optarg[1] == 'e' ? REPORT_TEXT : optarg[0] == 'j' ? REPORT_JSON
                                                                                                 : REPORT_TURTLE;
                break;
            }
            fprintf(stderr, "newsgraph: --report wants text, json or turtle, not '%s'\n", optarg);
            return EXIT_USAGE;
        case 'h': S_usage(stdout); return EXIT_OK;
        case 'V': cli_version(stdout); return EXIT_OK;
        default: fputs("Try 'newsgraph validate --help'.\n", stderr); return EXIT_USAGE;
        }
    }
    if (optind >= argc) {
        fputs("newsgraph: validate needs at least one file\n", stderr);
        return EXIT_USAGE;
    }
    ng_error err = {0};
    json_t *schema = NULL;
    rdf_graph *shapes = rdf_graph_new();
    int worst = VALID;
    json_error_t jerr;
    if (schema_path) {
        ng_buf sb = {0};
        ng_error serr = {0};
        if (ng_read_file(schema_path, &sb, &serr) != 0)
            fprintf(stderr, "newsgraph: %s: %s\n", serr.source, serr.text);
        else if (!(schema = json_loadb(sb.data, sb.len, 0, &jerr)))
            fprintf(stderr, "newsgraph: %s:%d:%d: invalid JSON Schema file: %s\n", schema_path, jerr.line, jerr.column,
                    jerr.text);
        ng_buf_free(&sb);
    } else {
        schema = json_loads(ng_embedded_json_schema, 0, &jerr);
    }
    if (!schema) {
        worst = UNREADABLE;
        goto done;
    }
    {
        ng_buf b = {0};
        const char *src = shapes_path ? shapes_path : "shapes.ttl (bundled)";
        int rc = 0;
        if (shapes_path)
            rc = ng_read_file(shapes_path, &b, &err);
        else
            ng_buf_add(&b, ng_embedded_shapes, strlen(ng_embedded_shapes));
        if (rc == 0)
            rc = rdf_graph_parse(shapes, b.data ? b.data : "", b.len,
                                 shapes_path ? rdf_syntax_for_name(shapes_path) : "turtle", src, &err);
        ng_buf_free(&b);
        if (rc != 0) {
            S_fail(NULL, &err);
            worst = UNREADABLE;
            goto done;
        }
    }
    if (report_as == REPORT_TURTLE)
        printf("@prefix sh: <http://www.w3.org/ns/shacl#> .\n"
               "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n");
    for (int i = optind; i < argc; i++) {
        report_state rs = {strcmp(argv[i], "-") == 0 ? "(stdin)" : argv[i], NULL, 0, NULL, 0, 0, 0, 0, ""};
        int st = S_validate_file(argv[i], schema, shapes, &rs);
        S_result(&rs, st);
        S_report_free(&rs);
        if (st > worst)
            worst = st;
    }
done:
    json_decref(schema);
    rdf_graph_free(shapes);
    return worst;
}
