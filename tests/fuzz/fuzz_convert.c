/* fuzz_convert.c -- libFuzzer harness: one reader (NG_FUZZ_INPUT, or
 * sniffing) and, with NG_FUZZ_CONVERT, the whole conversion of what it
 * reads (tokenizer, tagger, parser, extraction, graph), written as
 * N-Triples to nowhere, with the fast parser or, for inputs of odd length,
 * the accurate (beam) one. One context per parser for the whole run. The readers alone
 * run at thousands of inputs per second; the conversion under the
 * sanitizers at tens to hundreds, so that runs in a harness of its own
 * (fuzz_convert: text, which its reader passes on almost as given). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "newsgraph.h"

static ng_context *S_ctx[2];
static FILE *S_null;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t len);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t len)
{
    if (!S_ctx[0]) {
        ng_error err = {0};
        S_ctx[0] = ng_context_new(&err);
        S_ctx[1] = ng_context_new(&err);
        S_null = fopen("/dev/null", "w");
        if (!S_ctx[0] || !S_ctx[1] || !S_null)
            abort();
        /* a build without the beam parser's model fuzzes the fast one twice */
        (void)ng_context_set_parser(S_ctx[1], NG_PARSER_ACCURATE, &err);
    }
    ng_context *ctx = S_ctx[len & 1];
    ng_options opts = {0};
    opts.input_format = NG_FUZZ_INPUT;
    opts.published = "2024-10-30";
    ng_error err = {0};
    ng_batch *b = ng_batch_load(ctx, (const char *)data, len, "fuzz-input", &opts, &err);
    if (!b)
        return 0;
    size_t n = ng_batch_count(b);
    for (size_t i = 0; i < n; i++) {
        /* what the reader made is read back as the stages would */
        const char *h = ng_batch_headline(b, i), *id = ng_batch_identifier(b, i);
        volatile size_t touched = (h ? strlen(h) : 0) + (id ? strlen(id) : 0);
        (void)touched;
        (void)ng_batch_error(b, i);
        (void)ng_batch_identity(b, i);
        (void)ng_batch_text_hash(b, i);
    }
#ifdef NG_FUZZ_CONVERT
    for (size_t i = 0; i < n && i < 16; i++) {
        ng_error derr = {0};
        ng_document *doc = ng_document_new(ctx, b, i, &opts, &derr);
        if (!doc)
            continue;
        ng_document_write(ctx, doc, NG_OUTPUT_NTRIPLES, S_null, &derr);
        ng_document_free(doc);
    }
#endif
    ng_batch_free(b);
    return 0;
}
