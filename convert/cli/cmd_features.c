/* cmd_features.c -- `newsgraph actor-features`: what the actor type model
 * sees, for training it (scripts/train-types). */
#include <getopt.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "internal.h"
#include "ner.h"

static void S_usage(FILE *out)
{
    fputs("usage: newsgraph actor-features [--ner-model MODEL] FILE...\n"
          "\n"
          "Convert each article as `convert` does, but instead of the graph print one\n"
          "JSON object per article: its id and text, and for each named actor the\n"
          "type the rules gave it, its mentions (character offsets) and the features\n"
          "the actor type model reads (one string each), before the model decides.\n"
          "scripts/train-types aligns them with annotated corpora and trains the\n"
          "model. --ner-model tags names with another NER model than the built-in one.\n",
          out);
}

static const char *S_type_name(int type)
{
    return type == NG_ACTOR_PERSON ? "person" : type == NG_ACTOR_ORG ? "organization" : type == NG_ACTOR_PLACE ? "place" : "none";
}

static json_t *S_actor(const ng_document *doc, size_t i)
{
    const ng_actor *a = &doc->actors[i];
    json_t *o = json_object(), *ms = json_array(), *fs = json_array();
    json_object_set_new(o, "type", json_string(S_type_name(a->type)));
    json_object_set_new(o, "name", json_string(a->name ? a->name : ""));
    for (size_t k = 0; k < a->nmention; k++) {
        const ng_mention *m = &doc->mentions[a->mentions[k]];
        json_t *span = json_array();
        json_array_append_new(span, json_integer((json_int_t)ng_utf8_count(doc->art->text, m->start)));
        json_array_append_new(span, json_integer((json_int_t)ng_utf8_count(doc->art->text, m->end)));
        json_array_append_new(ms, span);
    }
    const char *f = doc->type_features[i];
    while (*f) {
        const char *nl = strchr(f, '\n');
        size_t n = nl ? (size_t)(nl - f) : strlen(f);
        json_array_append_new(fs, json_stringn(f, n));
        f += n + (nl ? 1 : 0);
    }
    json_object_set_new(o, "mentions", ms);
    json_object_set_new(o, "features", fs);
    return o;
}

static void S_print_features(const ng_document *doc, void *data)
{
    (void)data;
    const ng_article *art = doc->art;
    json_t *o = json_object(), *actors = json_array();
    json_object_set_new(o, "id", json_string(art->identifier ? art->identifier : art->source));
    json_object_set_new(o, "text", json_stringn(art->text, art->len));
    for (size_t i = 0; i < doc->ntype_features; i++)
        if (doc->type_features[i])
            json_array_append_new(actors, S_actor(doc, i));
    json_object_set_new(o, "actors", actors);
    char *line = json_dumps(o, JSON_COMPACT | JSON_ENSURE_ASCII);
    if (line)
        puts(line);
    free(line);
    json_decref(o);
}

int cmd_actor_features(int argc, char **argv)
{
    static const struct option longopts[] = {{"ner-model", required_argument, NULL, 'n'},
                                             {"help", no_argument, NULL, 'h'},
                                             {NULL, 0, NULL, 0}};
    const char *ner_path = NULL;
    int ch;
    optind = 1;
    while ((ch = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
        switch (ch) {
        case 'n': ner_path = optarg; break;
        case 'h': S_usage(stdout); return EXIT_OK;
        default: fputs("Try 'newsgraph actor-features --help'.\n", stderr); return EXIT_USAGE;
        }
    }
    if (optind >= argc) {
        fputs("newsgraph: actor-features needs at least one FILE\n", stderr);
        return EXIT_USAGE;
    }
    ng_error err = {0};
    ng_context *ctx = ng_context_new(&err);
    if (!ctx) {
        cli_report(&err);
        return EXIT_SOME_FAILED;
    }
    /* a model from --ner-model takes the built-in one's place */
    if (ner_path && !(ctx->ner = ng_ner_model_load(ner_path, &err))) {
        cli_report(&err);
        ng_context_free(ctx);
        return EXIT_SOME_FAILED;
    }
    ctx->record_type_features = true;
    int rc = EXIT_OK;
    for (int i = optind; i < argc; i++)
        if (cli_each_document(ctx, argv[i], S_print_features, NULL) != EXIT_OK)
            rc = EXIT_SOME_FAILED;
    ng_context_free(ctx);
    return rc;
}
