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
    fputs("usage: newsgraph validate [--schema FILE] [--shapes FILE] [--no-schema | --no-shapes] FILE...\n"
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
          "\n"
          "Exit status: 0 all valid, 1 some file invalid, 2 some file or schema unreadable.\n",
          out);
}

typedef struct {
    const char *file;
    const char *graph; /* named graph being checked, or NULL */
    long count;
} report_state;

static void S_report(void *data, const char *where, const char *constraint, const char *message)
{
    report_state *r = data;
    r->count++;
    if (r->graph)
        fprintf(stderr, "newsgraph: %s: graph <%s>: %s: %s (%s)\n", r->file, r->graph, where, message, constraint);
    else
        fprintf(stderr, "newsgraph: %s: %s: %s (%s)\n", r->file, where, message, constraint);
}

static void S_fail(const ng_error *err)
{
    fprintf(stderr, "newsgraph: %s: %s\n", err->source, err->text);
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
            S_fail(&err);
            status = INVALID;
        } else if (use_shapes && ng_shacl_validate(shapes, data, S_report, rs, &err) < 0) {
            S_fail(&err);
            status = UNREADABLE;
        }
        total += data->ntriple;
        rdf_graph_free(data);
        json_decref(one);
        if (status != VALID)
            break;
    }
    rs->graph = NULL;
    if (status == VALID && rs->count) {
        printf("%s: invalid (%ld problem%s)\n", name, rs->count, rs->count == 1 ? "" : "s");
        return INVALID;
    }
    if (status == VALID)
        printf("%s: valid (%zu triples in %zu graphs)\n", name, total, json_array_size(g));
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

/* the problems reported so far, and this one */
static int S_no_article(const char *name, long before)
{
    fprintf(stderr, "newsgraph: %s: no newsgraph article in it (no node of type schema:NewsArticle)\n", name);
    printf("%s: invalid (%ld problem%s)\n", name, before + 1, before ? "s" : "");
    return INVALID;
}

/* The article node's @id in a document's @graph, or NULL. */
static const char *S_article_id(json_t *doc)
{
    size_t i;
    json_t *v;
    json_array_foreach(json_object_get(doc, "@graph"), i, v)
    {
        const char *type = json_string_value(json_object_get(v, "@type"));
        if (type && !strcmp(type, "NewsArticle"))
            return json_string_value(json_object_get(v, "@id"));
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
            status = UNREADABLE;
            break;
        }
        ng_error err = {0};
        if (use_schema && ng_json_schema_validate(schema, doc, S_report, rs, &err) < 0) {
            S_fail(&err);
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
        status = UNREADABLE;
    }
    if (status == VALID)
        status = S_validate_named_graphs(batch, shapes, rs, name);
    json_decref(batch);
    return status;
}

static int S_validate_file(const char *path, json_t *schema, rdf_graph *shapes)
{
    const char *name = strcmp(path, "-") == 0 ? "(stdin)" : path;
    ng_error err = {0};
    ng_buf b = {0};
    if (S_read_all(path, &b, &err) != 0) {
        S_fail(&err);
        ng_buf_free(&b);
        return UNREADABLE;
    }
    if (b.len == 0) {
        fprintf(stderr, "newsgraph: %s: empty file\n", name);
        ng_buf_free(&b);
        return UNREADABLE;
    }
    const char *dot = strrchr(name, '.');
    if (dot && (!strcmp(dot, ".jsonl") || !strcmp(dot, ".ndjson"))) {
        report_state lines = {name, NULL, 0};
        int st = S_validate_lines(&b, name, schema, shapes, &lines);
        ng_buf_free(&b);
        return st;
    }
    bool jsonld = (dot && (!strcmp(dot, ".jsonld") || !strcmp(dot, ".json"))) ||
                  (!rdf_syntax_for_name(name) && S_looks_json(&b));
    report_state rs = {name, NULL, 0};
    rdf_graph *data = rdf_graph_new();
    int status = VALID;
    if (jsonld) {
        json_error_t jerr;
        json_t *doc = json_loadb(b.data, b.len, 0, &jerr);
        if (!doc) {
            fprintf(stderr, "newsgraph: %s:%d:%d: invalid JSON: %s\n", name, jerr.line, jerr.column, jerr.text);
            status = UNREADABLE;
            goto done;
        }
        long n = use_schema ? ng_json_schema_validate(schema, doc, S_report, &rs, &err) : 0;
        if (n < 0) {
            S_fail(&err);
            json_decref(doc);
            status = UNREADABLE;
            goto done;
        }
        if (S_named_graphs(doc)) {
            status = S_validate_named_graphs(doc, shapes, &rs, name);
            json_decref(doc);
            goto done;
        }
        memset(&err, 0, sizeof err);
        if (rdf_graph_from_jsonld(data, doc, name, &err) != 0) {
            /* a document that is not JSON-LD we can read is invalid, not
             * unreadable: it is JSON, and the message says where */
            S_fail(&err);
            json_decref(doc);
            status = INVALID;
            goto done;
        }
        json_decref(doc);
    } else {
        /* each named graph (an article in N-Quads and TriG) is checked on
         * its own: an actor named in two articles has two confidences */
        rdf_dataset ds;
        if (rdf_dataset_parse(&ds, b.data, b.len, rdf_syntax_for_name(name), name, &err) < 0) {
            S_fail(&err);
            rdf_dataset_free(&ds);
            status = UNREADABLE;
            goto done;
        }
        /* --no-shapes checks the syntax alone, of any RDF */
        bool article = !use_shapes;
        for (size_t k = 0; k < ds.n && !article; k++)
            article = S_has_article(ds.graphs[k]);
        if (!article) {
            rdf_dataset_free(&ds);
            status = S_no_article(name, rs.count);
            goto done;
        }
        if (ds.n > 1 || (ds.n == 1 && ds.names[0])) {
            size_t total = 0;
            for (size_t k = 0; k < ds.n && status == VALID; k++) {
                rs.graph = ds.names[k];
                memset(&err, 0, sizeof err);
                if (use_shapes && ng_shacl_validate(shapes, ds.graphs[k], S_report, &rs, &err) < 0) {
                    S_fail(&err);
                    status = UNREADABLE;
                }
                total += ds.graphs[k]->ntriple;
            }
            rs.graph = NULL;
            if (status == VALID) {
                if (rs.count) {
                    status = INVALID;
                    printf("%s: invalid (%ld problem%s)\n", name, rs.count, rs.count == 1 ? "" : "s");
                } else {
                    printf("%s: valid (%zu triples in %zu graphs)\n", name, total, ds.n);
                }
            }
            rdf_dataset_free(&ds);
            goto done;
        }
        if (ds.n == 1) {
            rdf_graph_free(data);
            data = ds.graphs[0];
            ds.graphs[0] = NULL;
        }
        rdf_dataset_free(&ds);
    }
    if (use_shapes && !S_has_article(data)) {
        status = S_no_article(name, rs.count);
        goto done;
    }
    memset(&err, 0, sizeof err);
    if (use_shapes && ng_shacl_validate(shapes, data, S_report, &rs, &err) < 0) {
        S_fail(&err);
        status = UNREADABLE;
        goto done;
    }
    if (rs.count) {
        status = INVALID;
        printf("%s: invalid (%ld problem%s)\n", name, rs.count, rs.count == 1 ? "" : "s");
    } else {
        printf("%s: valid (%zu triples)\n", name, data->ntriple);
    }
done:
    rdf_graph_free(data);
    ng_buf_free(&b);
    return status;
}

int cmd_validate(int argc, char **argv)
{
    static const struct option longopts[] = {{"schema", required_argument, NULL, 's'},
                                             {"shapes", required_argument, NULL, 'S'},
                                             {"no-schema", no_argument, NULL, 'n'},
                                             {"no-shapes", no_argument, NULL, 'N'},
                                             {"max-size", required_argument, NULL, 'M'},
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
            S_fail(&err);
            worst = UNREADABLE;
            goto done;
        }
    }
    for (int i = optind; i < argc; i++) {
        int st = S_validate_file(argv[i], schema, shapes);
        if (st > worst)
            worst = st;
    }
done:
    json_decref(schema);
    rdf_graph_free(shapes);
    return worst;
}
