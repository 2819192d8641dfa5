/* each_document.c -- what the commands that print per-article results
 * (tag, parse, actor-features) share: read a file's articles, convert each,
 * hand it on, and report what failed. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "internal.h"

extern const char *const ng_builtin_models[][2];

void cli_version(FILE *out)
{
    fprintf(out, "newsgraph %s\n", NG_VERSION);
    for (size_t i = 0; ng_builtin_models[i][0]; i++)
        fprintf(out, "model %s sha256:%s\n", ng_builtin_models[i][0], ng_builtin_models[i][1]);
}

void cli_report(const ng_error *err)
{
    /* a record's error names its line in its text already ("line 2: ...") */
    if (err->line > 0 && strncmp(err->text, "line ", 5) != 0)
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

ng_context *cli_model_command(int argc, char **argv, const char *name, const char *model_option,
                              void (*usage)(FILE *), const char **model_path, int *rc)
{
    const struct option longopts[] = {{model_option ? model_option : "", required_argument, NULL, 'm'},
                                      {"help", no_argument, NULL, 'h'}, {"version", no_argument, NULL, 'V'},
                                      {NULL, 0, NULL, 0}};
    int ch;
    *model_path = NULL;
    optind = 1;
    /* a command without a model option has only --help */
    while ((ch = getopt_long(argc, argv, "hV", model_option ? longopts : longopts + 1, NULL)) != -1) {
        switch (ch) {
        case 'm': *model_path = optarg; break;
        case 'h': usage(stdout); *rc = EXIT_OK; return NULL;
        case 'V': cli_version(stdout); *rc = EXIT_OK; return NULL;
        default: fprintf(stderr, "Try 'newsgraph %s --help'.\n", name); *rc = EXIT_USAGE; return NULL;
        }
    }
    if (optind >= argc) {
        fprintf(stderr, "newsgraph: %s needs at least one FILE\n", name);
        *rc = EXIT_USAGE;
        return NULL;
    }
    ng_error err = {0};
    ng_context *ctx = ng_context_new(&err);
    if (!ctx) {
        cli_report(&err);
        *rc = EXIT_SOME_FAILED;
    }
    return ctx;
}

int cli_each_file(ng_context *ctx, int argc, char **argv, cli_document_fn fn, void *data)
{
    int rc = EXIT_OK;
    for (int i = optind; i < argc; i++)
        if (cli_each_document(ctx, argv[i], fn, data) != EXIT_OK)
            rc = EXIT_SOME_FAILED;
    return rc;
}

int cli_each_listed_article(ng_context *ctx, const char *list, const char *second, cli_listed_fn fn, void *data)
{
    ng_error err = {0};
    ng_buf b = {0};
    if (ng_read_file(list, &b, &err) != 0) {
        cli_report(&err);
        return -1;
    }
    ng_buf_addc(&b, '\0');
    long line = 0;
    int rc = 0;
    char *save = NULL;
    for (char *l = strtok_r(b.data, "\n", &save); l && rc == 0; l = strtok_r(NULL, "\n", &save)) {
        line++;
        char *tab = strchr(l, '\t');
        if (!tab) {
            ng_error_set(&err, list, line, 0, "expected ARTICLE<TAB>%s", second);
            cli_report(&err);
            rc = -1;
            break;
        }
        *tab = '\0';
        ng_options opts = {0};
        opts.input_format = NG_INPUT_TEXT;
        ng_batch *batch = ng_batch_load_file(ctx, l, &opts, &err);
        ng_document *doc = batch && ng_batch_count(batch) == 1 ? ng_document_new(ctx, batch, 0, &opts, &err) : NULL;
        if (batch && ng_batch_count(batch) != 1)
            ng_error_set(&err, l, 0, 0, "expected one article in the file");
        if (!doc || fn(doc, l, tab + 1, data, &err) != 0) {
            cli_report(&err);
            rc = -1;
        }
        ng_document_free(doc);
        ng_batch_free(batch);
    }
    ng_buf_free(&b);
    return rc;
}

bool cli_number(const char *opt, const char *s, int lo, int hi, int *out)
{
    char *end;
    long v = strtol(s, &end, 10);
    if (*s == '\0' || *end || v < lo || v > hi) {
        fprintf(stderr, "newsgraph: %s wants a number from %d to %d, not '%s'\n", opt, lo, hi, s);
        return false;
    }
    *out = (int)v;
    return true;
}

ng_context *cli_train_command(int argc, char **argv, const char *name, bool can_score, const char *extra,
                              void (*usage)(FILE *), cli_train_args *a, int *rc)
{
    struct option longopts[10] = {{"out", required_argument, NULL, 'o'},
                                  {"dev", required_argument, NULL, 'd'},
                                  {"epochs", required_argument, NULL, 'e'},
                                  {"seed", required_argument, NULL, 's'},
                                  {"help", no_argument, NULL, 'h'},
                                  {"version", no_argument, NULL, 'V'}};
    size_t n = 6;
    if (can_score) {
        longopts[n++] = (struct option){"score", no_argument, NULL, 'S'};
        longopts[n++] = (struct option){"model", required_argument, NULL, 'm'};
    }
    if (extra)
        longopts[n++] = (struct option){extra, required_argument, NULL, 'x'};
    longopts[n] = (struct option){NULL, 0, NULL, 0};
    int epochs = a->epochs;
    *a = (cli_train_args){0};
    a->epochs = epochs;
    a->seed = 1;
    int ch;
    optind = 1;
    while ((ch = getopt_long(argc, argv, "o:hV", longopts, NULL)) != -1) {
        switch (ch) {
        case 'o': a->out = optarg; break;
        case 'd': a->dev = optarg; break;
        case 'e':
            if (!cli_number("--epochs", optarg, 1, 1000, &a->epochs)) {
                *rc = EXIT_USAGE;
                return NULL;
            }
            break;
        case 's': a->seed = (unsigned)strtoul(optarg, NULL, 10); break;
        case 'S': a->score = true; break;
        case 'm': a->model = optarg; break;
        case 'x': a->extra = optarg; break;
        case 'h': usage(stdout); *rc = EXIT_OK; return NULL;
        case 'V': cli_version(stdout); *rc = EXIT_OK; return NULL;
        default: fprintf(stderr, "Try 'newsgraph %s --help'.\n", name); *rc = EXIT_USAGE; return NULL;
        }
    }
    if ((a->score ? a->out != NULL : !a->out) || optind + 1 != argc) {
        if (can_score)
            fprintf(stderr, "newsgraph: %s needs --out MODEL (or --score) and one LIST of articles\n", name);
        else
            fprintf(stderr, "newsgraph: %s needs --out MODEL and one LIST of training articles\n", name);
        *rc = EXIT_USAGE;
        return NULL;
    }
    a->list = argv[optind];
    ng_error err = {0};
    ng_context *ctx = ng_context_new(&err);
    if (!ctx) {
        cli_report(&err);
        *rc = EXIT_SOME_FAILED;
    }
    return ctx;
}
