/* cmd_read.c -- `newsgraph read`: the article each input holds, as the
 * readers see it (the story's text of a web page, its headline, byline and
 * dates), without analysis: what `convert` starts from, and a main-text
 * extractor on its own. */
#include <getopt.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "internal.h"

static void S_usage(FILE *out)
{
    fputs("usage: newsgraph read [-f text|jsonl] [--input-format FMT] [FILE...]\n"
          "\n"
          "Print the article each FILE holds (text, HTML, JSON, JSON Lines or WARC;\n"
          "gzip read transparently; no FILE or '-' reads standard input) as the readers\n"
          "see it, without analysis.\n"
          "  -f text   (default) the headline, a blank line and the story's text;\n"
          "            articles after the first start with a line holding a form feed\n"
          "  -f jsonl  one JSON object per article: source, url, headline, author,\n"
          "            datePublished, dateModified, publisher, description, image,\n"
          "            articleSection, inLanguage,\n"
          "            text (fields the input does not give are left out)\n"
          "Exit status 1 when an input or a record could not be read (the others are\n"
          "still printed), 2 for a wrong command line.\n",
          out);
}

typedef struct {
    bool jsonl;
    size_t printed;
} read_run;

static void S_set(json_t *o, const char *key, const char *value)
{
    if (value && *value)
        json_object_set_new(o, key, json_string(value));
}

static void S_print_jsonl(const ng_article *a)
{
    json_t *o = json_object();
    S_set(o, "source", a->source);
    S_set(o, "url", a->url);
    S_set(o, "headline", a->headline);
    S_set(o, "author", a->author);
    S_set(o, "datePublished", a->date_published);
    S_set(o, "dateModified", a->date_modified);
    S_set(o, "publisher", a->publisher);
    S_set(o, "description", a->description);
    S_set(o, "image", a->image);
    S_set(o, "articleSection", a->section);
    S_set(o, "inLanguage", a->language);
    json_object_set_new(o, "text", json_stringn(a->text ? a->text : "", a->text ? a->len : 0));
    json_dumpf(o, stdout, JSON_PRESERVE_ORDER | JSON_COMPACT);
    putchar('\n');
    json_decref(o);
}

static void S_print_text(read_run *r, const ng_article *a)
{
    if (r->printed)
        fputs("\f\n", stdout);
    if (a->headline && *a->headline)
        printf("%s\n\n", a->headline);
    if (a->len) {
        fwrite(a->text, 1, a->len, stdout);
        if (a->text[a->len - 1] != '\n')
            putchar('\n');
    }
}

static int S_read_input(ng_context *ctx, read_run *r, const char *path, const ng_options *opts)
{
    ng_error err = {0};
    ng_batch *b = ng_batch_load_file(ctx, path, opts, &err);
    if (!b) {
        cli_report(&err);
        return EXIT_SOME_FAILED;
    }
    int rc = EXIT_OK;
    for (size_t k = 0; k < b->n; k++) {
        const ng_error *e = ng_batch_error(b, k);
        if (e) {
            cli_report(e);
            rc = EXIT_SOME_FAILED;
            continue;
        }
        if (r->jsonl)
            S_print_jsonl(b->items[k]);
        else
            S_print_text(r, b->items[k]);
        r->printed++;
    }
    ng_batch_free(b);
    return rc;
}

int cmd_read(int argc, char **argv)
{
    static const struct option longopts[] = {{"format", required_argument, NULL, 'f'},
                                             {"input-format", required_argument, NULL, 'i'},
                                             {"help", no_argument, NULL, 'h'}, {"version", no_argument, NULL, 'V'},
                                             {NULL, 0, NULL, 0}};
    read_run r = {0};
    ng_options opts = {0};
    int ch;
    optind = 1;
    while ((ch = getopt_long(argc, argv, "f:hV", longopts, NULL)) != -1) {
        switch (ch) {
        case 'f':
            if (strcmp(optarg, "text") && strcmp(optarg, "jsonl")) {
                fprintf(stderr, "newsgraph: read: unknown format '%s' (text or jsonl)\n", optarg);
                return EXIT_USAGE;
            }
            r.jsonl = strcmp(optarg, "jsonl") == 0;
            break;
        case 'i':
            if (ng_input_format_from_name(optarg, &opts.input_format) != 0) {
                fprintf(stderr, "newsgraph: read: unknown input format '%s'\n", optarg);
                return EXIT_USAGE;
            }
            break;
        case 'h': S_usage(stdout); return EXIT_OK;
        case 'V': cli_version(stdout); return EXIT_OK;
        default: fprintf(stderr, "Try 'newsgraph read --help'.\n"); return EXIT_USAGE;
        }
    }
    ng_error err = {0};
    ng_context *ctx = ng_context_new(&err);
    if (!ctx) {
        cli_report(&err);
        return EXIT_SOME_FAILED;
    }
    int rc = EXIT_OK;
    if (optind >= argc)
        rc = S_read_input(ctx, &r, "-", &opts);
    for (int i = optind; i < argc; i++)
        if (S_read_input(ctx, &r, argv[i], &opts) != EXIT_OK)
            rc = EXIT_SOME_FAILED;
    ng_context_free(ctx);
    return rc;
}
