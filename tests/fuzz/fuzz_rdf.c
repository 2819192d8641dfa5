/* fuzz_rdf.c -- libFuzzer harness for `validate` on one RDF syntax
 * (NG_FUZZ_SYNTAX): the parser with its guards (entities, nesting, the
 * inputs that crash Raptor), then SHACL with the bundled shapes. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "validate.h"

static rdf_graph *S_shapes;

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
    ng_error err = {0};
    if (!S_shapes) {
        S_shapes = rdf_graph_new();
        if (rdf_graph_parse(S_shapes, ng_embedded_shapes, strlen(ng_embedded_shapes), "turtle", "shapes.ttl",
                            &err) != 0)
            abort();
    }
    rdf_graph *g = rdf_graph_new();
    if (rdf_graph_parse(g, (const char *)data, len, NG_FUZZ_SYNTAX, "fuzz-input", &err) == 0) {
        ng_error verr = {0};
        ng_shacl_validate(S_shapes, g, S_ignore, NULL, &verr);
    }
    rdf_graph_free(g);
    return 0;
}
