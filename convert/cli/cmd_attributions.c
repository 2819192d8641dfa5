/* cmd_attributions.c -- `newsgraph attributions`: what the attribution
 * model finds in articles, before the converter keeps some as statements
 * (to inspect the model, or to check a model trained on other data). */
#include <stdlib.h>
#include <string.h>

#include "attribution.h"
#include "cli.h"

static void S_usage(FILE *out)
{
    fputs("usage: newsgraph attributions [--model MODEL] FILE...\n"
          "\n"
          "Print the attributions the attribution model finds in each article: for\n"
          "each, its cue, source and content spans, one line each:\n"
          "  N<TAB>ROLE<TAB>START<TAB>END<TAB>TEXT\n"
          "N numbers the attributions of the article from 1, ROLE is Cue, Source or\n"
          "Content, START and END are character offsets in the article's text (as in\n"
          "the graph's spans). A line \"# FILE\" opens each article. Without --model,\n"
          "the built-in model (models/attribution-en.bin).\n",
          out);
}

typedef struct {
    const ng_attr_model *model;
} run;

static void S_span(const ng_document *doc, size_t n, const char *role, size_t lo, size_t hi)
{
    if (hi <= lo)
        return;
    uint32_t start = doc->toks[lo].start, end = doc->toks[hi - 1].end;
    printf("%zu\t%s\t%zu\t%zu\t", n, role, ng_utf8_count(doc->art->text, start), ng_utf8_count(doc->art->text, end));
    /* the text on one line: line breaks inside a span become spaces */
    for (uint32_t b = start; b < end; b++)
        putchar(doc->art->text[b] == '\n' || doc->art->text[b] == '\t' ? ' ' : doc->art->text[b]);
    putchar('\n');
}

static void S_print(const ng_document *doc, void *data)
{
    const run *r = data;
    printf("# %s\n", doc->art->identifier ? doc->art->identifier : doc->art->source);
    uint8_t *labels = malloc(doc->ntok ? doc->ntok : 1);
    if (!labels)
        abort();
    ng_attr_label_document(r->model, doc, NULL, labels);
    ng_attribution *at;
    size_t n = ng_attr_group(doc, labels, &at);
    for (size_t i = 0; i < n; i++) {
        S_span(doc, i + 1, "Cue", at[i].cue[0], at[i].cue[1]);
        S_span(doc, i + 1, "Source", at[i].source[0], at[i].source[1]);
        for (size_t f = 0; f < at[i].ncontent; f++)
            S_span(doc, i + 1, "Content", at[i].content[f][0], at[i].content[f][1]);
    }
    free(at);
    free(labels);
}

int cmd_attributions(int argc, char **argv)
{
    const char *model_path;
    int rc;
    ng_context *ctx = cli_model_command(argc, argv, "attributions", "model", S_usage, &model_path, &rc);
    if (!ctx)
        return rc;
    ng_error err = {0};
    if (model_path && ng_context_set_attribution_model(ctx, model_path, &err) != 0) {
        cli_report(&err);
        ng_context_free(ctx);
        return EXIT_SOME_FAILED;
    }
    run r = {ng_attr_builtin(ctx, &err)};
    if (r.model)
        rc = cli_each_file(ctx, argc, argv, S_print, &r);
    else {
        if (!err.text[0])
            ng_error_set(&err, "attributions", 0, 0, "this build has no attribution model: give one with --model");
        cli_report(&err);
        rc = EXIT_SOME_FAILED;
    }
    ng_context_free(ctx);
    return rc;
}
