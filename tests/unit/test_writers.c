/* Writers: specific triples, every RDF format parses back to the same
 * number of triples, JSON-LD carries its context, output is stable. */
#include <jansson.h>
#include <raptor2.h>

#include "harness.h"
#include "support.h"

static ng_context *ctx;

static const char *ARTICLE =
    "{\"headline\": \"Ministers meet in Oslo\", \"url\": \"https://news.example/oslo\", \"datePublished\": \"2023-06-08\","
    " \"publisher\": \"Reuters\", \"text\": \"Norwegian Foreign Minister Anniken Huitfeldt and Swedish Foreign Minister "
    "Tobias Billstrom held talks in Oslo on Tuesday.\\n\\n\\u201cWe agreed on a great deal,\\u201d Huitfeldt said.\"}";

static char *render(const ng_document *doc, ng_output_format f, size_t *len)
{
    char *buf = NULL;
    FILE *mem = open_memstream(&buf, len);
    ng_error err = {0};
    int rc = ng_document_write(ctx, doc, f, mem, &err);
    fclose(mem);
    CHECK_INT(rc, 0);
    return buf;
}

static int count;
static void on_statement(void *data, raptor_statement *st)
{
    (void)data;
    (void)st;
    count++;
}

static int parse_count(const char *syntax, const char *text, size_t len)
{
    raptor_world *w = ctx->raptor_world;
    raptor_parser *p = raptor_new_parser(w, syntax);
    raptor_parser_set_statement_handler(p, NULL, on_statement);
    raptor_uri *base = raptor_new_uri(w, (const unsigned char *)"http://example.org/");
    count = 0;
    raptor_parser_parse_start(p, base);
    int rc = raptor_parser_parse_chunk(p, (const unsigned char *)text, len, 1);
    raptor_free_uri(base);
    raptor_free_parser(p);
    return rc == 0 ? count : -1;
}

static bool has_line(const char *nt, const char *line)
{
    const char *p = strstr(nt, line);
    return p && (p == nt || p[-1] == '\n');
}

int main(void)
{
    ng_error err = {0};
    ctx = ng_context_new(&err);
    if (!ctx)
        return 1;
    ng_batch *b;
    ng_document *doc = doc_from(ctx, &b, ARTICLE, NG_INPUT_JSON, NULL);
    CHECK(doc != NULL);
    if (!doc)
        return test_report("test_writers");
    size_t len;
    char *nt = render(doc, NG_OUTPUT_NTRIPLES, &len);
    const char *A = "<http://newsgraph.org/id/article/";
    CHECK(strstr(nt, A) != NULL);
    CHECK(strstr(nt, "> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://schema.org/NewsArticle> .\n"));
    CHECK(strstr(nt, "> <http://schema.org/headline> \"Ministers meet in Oslo\" .\n"));
    CHECK(strstr(nt, "> <http://schema.org/datePublished> \"2023-06-08\"^^<http://www.w3.org/2001/XMLSchema#date> .\n"));
    CHECK(strstr(nt, "> <http://schema.org/url> <https://news.example/oslo> .\n"));
    CHECK(strstr(nt, "> <http://schema.org/publisher> <http://newsgraph.org/id/organization/reuters> .\n"));
    CHECK(has_line(nt, "<http://newsgraph.org/id/person/anniken-huitfeldt> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://schema.org/Person> .\n"));
    CHECK(has_line(nt, "<http://newsgraph.org/id/person/anniken-huitfeldt> <http://schema.org/jobTitle> \"Foreign Minister\" .\n"));
    CHECK(has_line(nt, "<http://newsgraph.org/id/person/anniken-huitfeldt> <http://schema.org/affiliation> <http://newsgraph.org/id/country/norway> .\n"));
    CHECK(has_line(nt, "<http://newsgraph.org/id/person/tobias-billstrom> <http://schema.org/affiliation> <http://newsgraph.org/id/country/sweden> .\n"));
    CHECK(has_line(nt, "<http://newsgraph.org/id/city/oslo> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://schema.org/City> .\n"));
    /* the event, its participants, place, date and modality */
    CHECK(strstr(nt, "<http://schema.org/attendee> <http://newsgraph.org/id/person/anniken-huitfeldt> .\n"));
    CHECK(strstr(nt, "<http://schema.org/attendee> <http://newsgraph.org/id/person/tobias-billstrom> .\n"));
    CHECK(strstr(nt, "<http://schema.org/location> <http://newsgraph.org/id/city/oslo> .\n"));
    CHECK(strstr(nt, "<http://schema.org/startDate> \"2023-06-06\"^^<http://www.w3.org/2001/XMLSchema#date> .\n"));
    CHECK(strstr(nt, "<http://newsgraph.org/ns#modality> <http://newsgraph.org/ns#Asserted> .\n"));
    /* the quote, its words and speaker */
    CHECK(strstr(nt, "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://newsgraph.org/ns#DirectQuote> .\n"));
    CHECK(strstr(nt, "<http://schema.org/text> \"We agreed on a great deal,\" .\n"));
    CHECK(strstr(nt, "<http://schema.org/creator> <http://newsgraph.org/id/person/anniken-huitfeldt> .\n"));

    /* every format parses back to the same number of triples */
    int want = (int)ng_document_triple_count(doc);
    CHECK_INT(parse_count("ntriples", nt, len), want);
    static const struct { ng_output_format f; const char *parser; } formats[] = {
        {NG_OUTPUT_TURTLE, "turtle"}, {NG_OUTPUT_NQUADS, "nquads"}, {NG_OUTPUT_TRIG, "trig"}, {NG_OUTPUT_RDFXML, "rdfxml"}};
    for (size_t i = 0; i < 4; i++) {
        size_t l;
        char *out = render(doc, formats[i].f, &l);
        CHECK_INT(parse_count(formats[i].parser, out, l), want);
        if (formats[i].f == NG_OUTPUT_NQUADS)
            CHECK(strstr(out, "> <http://newsgraph.org/id/article/") != NULL); /* named graph */
        free(out);
    }

    /* JSON-LD: valid JSON, context embedded, nodes compacted with its terms */
    size_t jl;
    char *js = render(doc, NG_OUTPUT_JSONLD, &jl);
    json_error_t jerr;
    json_t *root = json_loadb(js, jl, 0, &jerr);
    CHECK(root != NULL);
    CHECK(json_is_object(json_object_get(root, "@context")));
    CHECK_STR(json_string_value(json_object_get(json_object_get(root, "@context"), "schema")), "http://schema.org/");
    json_t *graph = json_object_get(root, "@graph");
    CHECK(json_is_array(graph) && json_array_size(graph) > 10);
    bool person = false;
    size_t i;
    json_t *node;
    json_array_foreach(graph, i, node) {
        const char *id = json_string_value(json_object_get(node, "@id"));
        if (id && strcmp(id, "http://newsgraph.org/id/person/anniken-huitfeldt") == 0) {
            person = true;
            CHECK_STR(json_string_value(json_object_get(node, "@type")), "Person");
            CHECK_STR(json_string_value(json_object_get(node, "name")), "Anniken Huitfeldt");
            CHECK_STR(json_string_value(json_object_get(node, "affiliation")), "http://newsgraph.org/id/country/norway");
        }
    }
    CHECK(person);
    json_decref(root);

    /* byte-identical on a second run */
    ng_document *again = ng_document_new(ctx, b, 0, NULL, &err);
    size_t l2;
    char *nt2 = render(again, NG_OUTPUT_NTRIPLES, &l2);
    CHECK(l2 == len && memcmp(nt, nt2, len) == 0);
    char *js2 = render(again, NG_OUTPUT_JSONLD, &l2);
    CHECK(l2 == jl && memcmp(js, js2, jl) == 0);
    free(nt2);
    free(js2);
    ng_document_free(again);

    /* --base changes the minted identifiers */
    ng_options opts = {0};
    opts.base = "https://kg.example/";
    ng_document *based = ng_document_new(ctx, b, 0, &opts, &err);
    size_t l3;
    char *nt3 = render(based, NG_OUTPUT_NTRIPLES, &l3);
    CHECK(strstr(nt3, "<https://kg.example/person/anniken-huitfeldt>") != NULL);
    free(nt3);
    ng_document_free(based);

    free(nt);
    free(js);
    ng_document_free(doc);
    ng_batch_free(b);
    ng_context_free(ctx);
    return test_report("test_writers");
}
