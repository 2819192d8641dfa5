/* fuzz_jsonld.c -- libFuzzer harness for `validate` on JSON-LD: the
 * JSON-LD reader to triples and the bundled JSON Schema. */
#include <jansson.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "validate.h"

static json_t *S_schema;

static void S_ignore(void *data, const ng_problem *problem)
{
    /* read every field, as a report does */
    volatile size_t n = strlen(problem->where) + strlen(problem->path) + strlen(problem->message) +
                        (problem->focus_nt ? strlen(problem->focus_nt) : 0);
    (void)data, (void)n;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t len);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t len)
{
    if (!S_schema && !(S_schema = json_loads(ng_embedded_json_schema, 0, NULL)))
        abort();
    json_t *doc = json_loadb((const char *)data, len, JSON_DECODE_ANY, NULL);
    if (!doc)
        return 0;
    ng_error err = {0};
    rdf_graph *g = rdf_graph_new();
    rdf_graph_from_jsonld(g, doc, "fuzz-input", &err);
    rdf_graph_free(g);
    ng_error verr = {0};
    ng_json_schema_validate(S_schema, doc, S_ignore, NULL, &verr);
    json_decref(doc);
    return 0;
}
