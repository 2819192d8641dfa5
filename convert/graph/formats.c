/* formats.c -- the output formats: names, file extensions, and writing a
 * document in one of them. */
#include <string.h>

#include "internal.h"

int ng_output_format_from_name(const char *name, ng_output_format *out)
{
    static const struct { const char *name; ng_output_format f; } names[] = {
        {"jsonld", NG_OUTPUT_JSONLD}, {"json-ld", NG_OUTPUT_JSONLD}, {"turtle", NG_OUTPUT_TURTLE},
        {"ttl", NG_OUTPUT_TURTLE}, {"ntriples", NG_OUTPUT_NTRIPLES}, {"nt", NG_OUTPUT_NTRIPLES},
        {"nquads", NG_OUTPUT_NQUADS}, {"nq", NG_OUTPUT_NQUADS}, {"trig", NG_OUTPUT_TRIG},
        {"rdfxml", NG_OUTPUT_RDFXML}, {"rdf", NG_OUTPUT_RDFXML}, {"xml", NG_OUTPUT_RDFXML},
        {"jsonl", NG_OUTPUT_JSONL}, {"ndjson", NG_OUTPUT_JSONL}, {"jsonld-lines", NG_OUTPUT_JSONL},
        {"tsv", NG_OUTPUT_TSV_STATEMENTS}, {"html", NG_OUTPUT_HTML}, {"dot", NG_OUTPUT_DOT}, {"gv", NG_OUTPUT_DOT}};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strcasecmp(name, names[i].name) == 0) {
            *out = names[i].f;
            return 0;
        }
    return -1;
}

int ng_evidence_from_name(const char *name, ng_evidence *out)
{
    static const char *const names[] = {"full", "spans", "none"};
    for (int i = 0; i < 3; i++)
        if (strcasecmp(name, names[i]) == 0) {
            *out = (ng_evidence)i;
            return 0;
        }
    return -1;
}

const char *ng_output_format_extension(ng_output_format format)
{
    switch (format) {
    case NG_OUTPUT_JSONLD: return "jsonld";
    case NG_OUTPUT_TURTLE: return "ttl";
    case NG_OUTPUT_NTRIPLES: return "nt";
    case NG_OUTPUT_NQUADS: return "nq";
    case NG_OUTPUT_TRIG: return "trig";
    case NG_OUTPUT_RDFXML: return "rdf";
    case NG_OUTPUT_JSONL: return "jsonl";
    case NG_OUTPUT_TSV_STATEMENTS:
    case NG_OUTPUT_TSV_EVENTS:
    case NG_OUTPUT_TSV_ACTORS: return "tsv";
    case NG_OUTPUT_HTML: return "html";
    case NG_OUTPUT_DOT: return "dot";
    }
    return "out";
}

int ng_document_write(ng_context *ctx, const ng_document *doc, ng_output_format format, FILE *out,
                      ng_error *err)
{
    switch (format) {
    case NG_OUTPUT_JSONLD: return ng_write_jsonld(ctx, doc, false, out, err);
    case NG_OUTPUT_JSONL: return ng_write_jsonld(ctx, doc, true, out, err);
    case NG_OUTPUT_TSV_STATEMENTS: return ng_write_tsv(doc, NG_TSV_STATEMENTS, out, err);
    case NG_OUTPUT_TSV_EVENTS: return ng_write_tsv(doc, NG_TSV_EVENTS, out, err);
    case NG_OUTPUT_TSV_ACTORS: return ng_write_tsv(doc, NG_TSV_ACTORS, out, err);
    case NG_OUTPUT_HTML: return ng_write_html(doc, out, err);
    case NG_OUTPUT_DOT: return ng_write_dot(doc, out, err);
    case NG_OUTPUT_TURTLE: return ng_write_raptor(ctx, doc, "turtle", out, err);
    case NG_OUTPUT_NTRIPLES: return ng_write_raptor(ctx, doc, "ntriples", out, err);
    case NG_OUTPUT_NQUADS: return ng_write_raptor(ctx, doc, "nquads", out, err);
    case NG_OUTPUT_TRIG: return ng_write_trig(ctx, doc, out, err);
    case NG_OUTPUT_RDFXML: return ng_write_raptor(ctx, doc, "rdfxml-abbrev", out, err);
    }
    ng_error_set(err, "newsgraph", 0, 0, "unknown output format");
    return -1;
}
