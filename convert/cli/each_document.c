/* each_document.c -- what the commands that print per-article results
 * (tag, parse, actor-features) share: read a file's articles, convert each,
 * hand it on, and report what failed. */
#include <stdio.h>
#include <string.h>

#include "cli.h"

void cli_report(const ng_error *err)
{
    if (err->line > 0)
        fprintf(stderr, "newsgraph: %s:%ld: %s\n", err->source, err->line, err->text);
    else
        fprintf(stderr, "newsgraph: %s: %s\n", err->source, err->text);
}

int cli_each_document(ng_context *ctx, const char *path, cli_document_fn fn, void *data)
{
    ng_error err = {0};
    ng_batch *b = ng_batch_load_file(ctx, path, NULL, &err);
    if (!b) {
        cli_report(&err);
        return EXIT_SOME_FAILED;
    }
    int rc = EXIT_OK;
    for (size_t k = 0; k < ng_batch_count(b); k++) {
        memset(&err, 0, sizeof err);
        ng_document *doc = ng_document_new(ctx, b, k, NULL, &err);
        if (!doc) {
            cli_report(&err);
            rc = EXIT_SOME_FAILED;
            continue;
        }
        fn(doc, data);
        ng_document_free(doc);
    }
    ng_batch_free(b);
    return rc;
}
