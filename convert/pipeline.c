/* pipeline.c -- the top of the library: the context, and the pipeline that
 * turns one article into a document (reader output in, the stages of
 * analyze/ and extract/ in order, then graph/ builds the triples). */
#include <errno.h>
#include <jansson.h>
#include <raptor2.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "attribution.h"
#include "coref.h"
#include "triggers.h"
#include "ner.h"
#include "syntax.h"

/* The bundled lexicon: its image linked into the binary (the stub when
 * the build has none), used in place, or else built from the word lists;
 * once per process, shared by every context that adds nothing to it
 * (nothing writes it). */
extern const unsigned char ng_lexicon_image_data[];
extern const unsigned long long ng_lexicon_image_size;
static ng_lexicon *g_bundled_lexicon;
static pthread_once_t g_bundled_once = PTHREAD_ONCE_INIT;
static void S_build_bundled_lexicon(void)
{
    if (ng_lexicon_image_size > 0)
        g_bundled_lexicon = ng_lexicon_from_image(ng_lexicon_image_data, (size_t)ng_lexicon_image_size);
    if (!g_bundled_lexicon)
        g_bundled_lexicon = ng_lexicon_new();
}

ng_context *ng_context_new(ng_error *err)
{
    ng_context *ctx = calloc(1, sizeof *ctx);
    if (!ctx) {
        ng_error_set(err, "newsgraph", 0, 0, "out of memory");
        return NULL;
    }
    pthread_mutex_init(&ctx->lock, NULL);
    pthread_once(&g_bundled_once, S_build_bundled_lexicon);
    ctx->lex = g_bundled_lexicon;
    json_error_t jerr;
    ctx->jsonld_context = json_loads(ng_embedded_context, 0, &jerr);
    if (!ctx->jsonld_context) {
        ng_error_set(err, "schemas/context.jsonld", jerr.line, jerr.position, "bundled context is invalid: %s",
                     jerr.text);
        ng_context_free(ctx);
        return NULL;
    }
    raptor_world *world = raptor_new_world();
    if (!world || raptor_world_open(world) != 0) {
        ng_error_set(err, "newsgraph", 0, 0, "cannot initialise Raptor");
        if (world)
            raptor_free_world(world);
        ng_context_free(ctx);
        return NULL;
    }
    ctx->raptor_world = world;
    return ctx;
}

int ng_context_add_event_triggers(ng_context *ctx, const char *path, ng_error *err)
{
    ng_buf b = {0};
    int rc = ng_read_file(path, &b, err);
    if (rc == 0 && !ctx->lex_owned) {
        /* a copy of its own to extend */
        ctx->lex = ng_lexicon_new();
        ctx->lex_owned = true;
    }
    if (rc == 0)
        rc = ng_lexicon_add_triggers(ctx->lex, b.data, b.len, path, err);
    ng_buf_free(&b);
    return rc;
}

int ng_context_set_type_model(ng_context *ctx, const char *path, ng_error *err)
{
    ng_buf b = {0};
    if (ng_read_file_max(path, &b, NG_MAX_FILE, err) != 0)
        return -1;
    ng_type_model *m = ng_type_model_read(b.data ? b.data : "", b.len, path, err);
    ng_buf_free(&b);
    if (!m)
        return -1;
    pthread_mutex_lock(&ctx->lock);
    ng_type_model_free(ctx->types);
    ctx->types = m;
    pthread_mutex_unlock(&ctx->lock);
    return 0;
}

int ng_context_set_attribution_model(ng_context *ctx, const char *path, ng_error *err)
{
    ng_attr_model *m = ng_attr_model_load(path, err);
    if (!m)
        return -1;
    pthread_mutex_lock(&ctx->lock);
    ng_attr_model_free(ctx->attr);
    ctx->attr = m;
    pthread_mutex_unlock(&ctx->lock);
    return 0;
}

int ng_context_set_coref_model(ng_context *ctx, const char *path, ng_error *err)
{
    ng_coref_model *m = NULL;
    if (path && !(m = ng_coref_model_load(path, err)))
        return -1;
    pthread_mutex_lock(&ctx->lock);
    ng_coref_model_free(ctx->coref);
    ctx->coref = m;
    ctx->coref_rules = !m;
    pthread_mutex_unlock(&ctx->lock);
    return 0;
}

int ng_context_set_trigger_model(ng_context *ctx, const char *path, ng_error *err)
{
    ng_trig_model *m = NULL;
    if (path && !(m = ng_trig_model_load(path, err)))
        return -1;
    pthread_mutex_lock(&ctx->lock);
    ng_trig_model_free(ctx->triggers);
    ctx->triggers = m;
    ctx->triggers_none = !m;
    pthread_mutex_unlock(&ctx->lock);
    return 0;
}

int ng_context_set_parser(ng_context *ctx, ng_parser parser, ng_error *err)
{
    bool accurate = parser == NG_PARSER_ACCURATE;
    pthread_mutex_lock(&ctx->lock);
    if (accurate != ctx->accurate_parser) {
        ng_syntax_model_free(ctx->syntax);
        ctx->syntax = NULL;
        ctx->accurate_parser = accurate;
    }
    pthread_mutex_unlock(&ctx->lock);
    /* load it now, so that a build without it says so before any article */
    return ng_syntax_builtin(ctx, err) ? 0 : -1;
}

void ng_context_free(ng_context *ctx)
{
    if (!ctx)
        return;
    if (ctx->lex_owned)
        ng_lexicon_free(ctx->lex);
    ng_ner_model_free(ctx->ner);
    ng_syntax_model_free(ctx->syntax);
    ng_type_model_free(ctx->types);
    ng_attr_model_free(ctx->attr);
    ng_coref_model_free(ctx->coref);
    ng_trig_model_free(ctx->triggers);
    json_decref(ctx->jsonld_context);
    /* Last: freeing the Raptor world also cleans up libxml2. */
    if (ctx->raptor_world)
        raptor_free_world(ctx->raptor_world);
    pthread_mutex_destroy(&ctx->lock);
    free(ctx);
}

/* Shorter texts keep the declared language, or none. */
#define NG_LANGUAGE_MIN_BYTES 200

/* The language: what the detector is sure of, else what the input
 * declares, else "und". Declarations are often a site template's
 * default, so a sure detection wins over them. */
static void S_choose_language(ng_document *doc)
{
    const ng_article *art = doc->art;
    char code[16];
    bool reliable = false;
    /* a few words are too few: "Russia's and Pyongyang's" reads as
     * Tagalog to the detector */
    ng_buf words = {0};   /* the headline says it too, when the body is short */
    if (art->headline)
        ng_buf_adds(&words, art->headline), ng_buf_add(&words, "\n\n", 2);
    ng_buf_add(&words, art->text, art->len);
    bool found = words.len >= NG_LANGUAGE_MIN_BYTES && ng_detect_language(words.data, words.len, code, &reliable);
    ng_buf_free(&words);
    if (found && reliable)
        doc->language = ng_arena_strdup(&doc->arena, code);
    else if (art->language)
        doc->language = art->language;
    else
        doc->language = "und";
}

const char *ng_document_language(const ng_document *doc) { return doc->language; }
int ng_document_extracted(const ng_document *doc) { return doc->extracted; }
const char *ng_document_iri(const ng_document *doc) { return doc->article_iri; }

ng_document *ng_document_new(ng_context *ctx, const ng_batch *batch, size_t i, const ng_options *opts,
                             ng_error *err)
{
    static const ng_options defaults = {0};
    if (!opts)
        opts = &defaults;
    if (!batch || i >= batch->n) {
        ng_error_set(err, "newsgraph", 0, 0, "no such article");
        return NULL;
    }
    const ng_article *art = batch->items[i];
    if (art->failed) {
        *err = art->error;
        return NULL;
    }
    ng_document *doc = calloc(1, sizeof *doc);
    if (!doc)
        abort();
    ng_arena_init(&doc->arena);
    doc->art = art;
    doc->lex = ctx->lex;
    doc->base = ng_arena_strdup(&doc->arena, opts->base ? opts->base : NG_DEFAULT_BASE);
    doc->publisher = -1;
    ng_error ner_err = {0};
    doc->ner = ng_ner_builtin(ctx, &ner_err);
    if (!doc->ner && ner_err.text[0] && opts->warn)
        opts->warn(opts->warn_data, ner_err.source, ner_err.text);
    /* a build without a syntax model still converts: the stages fall back
     * on what they read without a parse */
    ng_error syn_err = {0};
    doc->syntax = ng_syntax_builtin(ctx, &syn_err);
    doc->record_type_features = ctx->record_type_features;
    ng_error attr_err = {0};
    doc->attr = ng_attr_builtin(ctx, &attr_err);
    if (!doc->attr && attr_err.text[0] && opts->warn)
        opts->warn(opts->warn_data, attr_err.source, attr_err.text);
    ng_error coref_err = {0};
    doc->coref = ctx->coref_rules ? NULL : ng_coref_builtin(ctx, &coref_err);
    if (!doc->coref && coref_err.text[0] && opts->warn)
        opts->warn(opts->warn_data, coref_err.source, coref_err.text);
    /* the trigger model serves --all-events only: not loaded otherwise */
    ng_error trig_err = {0};
    doc->triggers = opts->all_events ? ng_trig_builtin(ctx, &trig_err) : NULL;
    if (!doc->triggers && trig_err.text[0] && opts->warn)
        opts->warn(opts->warn_data, trig_err.source, trig_err.text);
    doc->all_events = opts->all_events;
    doc->evidence = opts->evidence;
    ng_error types_err = {0};
    if (!doc->record_type_features) {
        doc->types = ng_type_builtin(ctx, &types_err);
        if (!doc->types && types_err.text[0] && opts->warn)
            opts->warn(opts->warn_data, types_err.source, types_err.text);
    }
    char norm[11];
    if (art->date_published)
        doc->published = art->date_published;
    else if (opts->published && ng_date_normalize(opts->published, norm))
        doc->published = ng_arena_strdup(&doc->arena, norm);
    uint64_t h = ng_article_identity(art);
    if (art->occurrence > 1)
        doc->article_iri =
            ng_arena_printf(&doc->arena, "%sarticle/%016llx-%d", doc->base, (unsigned long long)h, art->occurrence);
    else
        doc->article_iri = ng_arena_printf(&doc->arena, "%sarticle/%016llx", doc->base, (unsigned long long)h);
    doc->run_options = opts->run_options ? ng_arena_strdup(&doc->arena, opts->run_options) : NULL;

    S_choose_language(doc);
    bool english = strcmp(doc->language, "en") == 0 || strcmp(doc->language, "und") == 0;
    doc->extracted = english || opts->language_any;
    /* actors read with an English model from another language are not
     * trusted enough to join the corpus-wide nodes */
    doc->local_actors = !english;
    if (!doc->extracted) {
        ng_build_graph(doc);
        return doc;
    }
    ng_tokenize(doc);
    ng_split_sentences(doc);
    ng_parse_sentences(doc);
    ng_find_mentions(doc);
    ng_resolve_actors(doc);
    ng_find_unnamed(doc);
    ng_find_events(doc);
    ng_find_statements(doc);
    ng_find_authors(doc);
    ng_build_graph(doc);
    return doc;
}

void ng_document_free(ng_document *doc)
{
    if (!doc)
        return;
    ng_arena_release(&doc->arena);
    free(doc);
}

size_t ng_document_triple_count(const ng_document *doc) { return doc ? doc->ntriple : 0; }
