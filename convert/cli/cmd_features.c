/* cmd_features.c -- `newsgraph actor-features`: what the actor type model
 * sees, for training it (scripts/train-types). */
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
    const char *ner_path;
    int rc;
    ng_context *ctx = cli_model_command(argc, argv, "actor-features", "ner-model", S_usage, &ner_path, &rc);
    if (!ctx)
        return rc;
    /* a model from --ner-model takes the built-in one's place */
    ng_error err = {0};
    if (ner_path && !(ctx->ner = ng_ner_model_load(ner_path, &err))) {
        cli_report(&err);
        ng_context_free(ctx);
        return EXIT_SOME_FAILED;
    }
    ctx->record_type_features = true;
    rc = cli_each_file(ctx, argc, argv, S_print_features, NULL);
    ng_context_free(ctx);
    return rc;
}
