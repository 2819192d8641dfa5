/* document.c -- the context, the pipeline that turns one article into a
 * document, and small helpers the extraction stages share. */
#include <errno.h>
#include <jansson.h>
#include <raptor2.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "ner.h"
#include "syntax.h"

ng_context *ng_context_new(ng_error *err)
{
    ng_context *ctx = calloc(1, sizeof *ctx);
    if (!ctx) {
        ng_error_set(err, "newsgraph", 0, 0, "out of memory");
        return NULL;
    }
    pthread_mutex_init(&ctx->lock, NULL);
    ctx->lex = ng_lexicon_new();
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
    if (rc == 0)
        rc = ng_lexicon_add_triggers(ctx->lex, b.data, b.len, path, err);
    ng_buf_free(&b);
    return rc;
}

void ng_context_free(ng_context *ctx)
{
    if (!ctx)
        return;
    ng_lexicon_free(ctx->lex);
    ng_ner_model_free(ctx->ner);
    ng_syntax_model_free(ctx->syntax);
    json_decref(ctx->jsonld_context);
    /* Last: freeing the Raptor world also cleans up libxml2. */
    if (ctx->raptor_world)
        raptor_free_world(ctx->raptor_world);
    pthread_mutex_destroy(&ctx->lock);
    free(ctx);
}

static uint64_t S_fnv(const char *s, size_t n, uint64_t h)
{
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 1099511628211ULL;
    }
    return h;
}

uint64_t ng_article_identity(const ng_article *art)
{
    /* its id with its URL or words; else its URL; else its words */
    uint64_t h = 1469598103934665603ULL;
    if (art->identifier)
        h = S_fnv(art->identifier, strlen(art->identifier) + 1, h);
    if (art->url)
        h = S_fnv(art->url, strlen(art->url), h);
    else {
        if (art->headline)
            h = S_fnv(art->headline, strlen(art->headline), h);
        h = S_fnv(art->text, art->len, h);
    }
    return h;
}

uint64_t ng_article_text_hash(const ng_article *art)
{
    return S_fnv(art->text, art->len, 1469598103934665603ULL);
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
    ng_find_events(doc);
    ng_find_statements(doc);
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

int ng_document_write(ng_context *ctx, const ng_document *doc, ng_output_format format, FILE *out,
                      ng_error *err)
{
    switch (format) {
    case NG_OUTPUT_JSONLD: return ng_write_jsonld(ctx, doc, out, err);
    case NG_OUTPUT_TURTLE: return ng_write_raptor(ctx, doc, "turtle", out, err);
    case NG_OUTPUT_NTRIPLES: return ng_write_raptor(ctx, doc, "ntriples", out, err);
    case NG_OUTPUT_NQUADS: return ng_write_raptor(ctx, doc, "nquads", out, err);
    case NG_OUTPUT_TRIG: return ng_write_trig(ctx, doc, out, err);
    case NG_OUTPUT_RDFXML: return ng_write_raptor(ctx, doc, "rdfxml-abbrev", out, err);
    }
    ng_error_set(err, "newsgraph", 0, 0, "unknown output format");
    return -1;
}

/* ---- helpers for the stages ------------------------------------------ */

const char *ng_doc_span(ng_document *doc, size_t start, size_t end)
{
    return ng_arena_strndup(&doc->arena, doc->art->text + start, end - start);
}

bool ng_tok_is(const ng_document *doc, size_t i, const char *folded)
{
    return i < doc->ntok && strcmp(doc->toks[i].lower, folded) == 0;
}

bool ng_word_in(const char *folded, const char *const *words)
{
    for (int k = 0; words[k]; k++)
        if (strcmp(folded, words[k]) == 0)
            return true;
    return false;
}

void ng_index_mentions(ng_document *doc)
{
    doc->tok_mention = ng_arena_alloc(&doc->arena, (doc->ntok + 1) * sizeof *doc->tok_mention);
    for (size_t i = 0; i < doc->ntok; i++)
        doc->tok_mention[i] = -1;
    /* mentions are sorted by start; an enclosing mention keeps its tokens */
    for (size_t m = 0; m < doc->nmention; m++)
        for (size_t t = doc->mentions[m].tok_start; t < doc->mentions[m].tok_end; t++)
            if (doc->tok_mention[t] < 0)
                doc->tok_mention[t] = (int)m;
}

int ng_mention_at(const ng_document *doc, size_t tok)
{
    if (doc->tok_mention)
        return tok < doc->ntok ? doc->tok_mention[tok] : -1;
    for (size_t m = 0; m < doc->nmention; m++)
        if (tok >= doc->mentions[m].tok_start && tok < doc->mentions[m].tok_end)
            return (int)m;
    return -1;
}

int ng_actor_add(ng_document *doc, int type, const char *name)
{
    ng_actor *a = NG_PUSH(&doc->arena, doc->actors, doc->nactor, doc->cap_actor);
    a->type = type;
    a->name = name;
    return (int)(doc->nactor - 1);
}

void ng_actor_add_alt(ng_document *doc, int actor, const char *name)
{
    ng_actor *a = &doc->actors[actor];
    if (!name || strcmp(name, a->name) == 0)
        return;
    for (size_t i = 0; i < a->nalt; i++)
        if (strcmp(a->alt[i], name) == 0)
            return;
    *NG_PUSH(&doc->arena, a->alt, a->nalt, a->cap_alt) = name;
}

void ng_actor_add_title(ng_document *doc, int actor, const char *title)
{
    ng_actor *a = &doc->actors[actor];
    if (!title || !*title)
        return;
    for (size_t i = 0; i < a->ntitle; i++)
        if (strcasecmp(a->titles[i], title) == 0)
            return;
    *NG_PUSH(&doc->arena, a->titles, a->ntitle, a->cap_title) = title;
}

void ng_actor_add_affiliation(ng_document *doc, int actor, int other)
{
    if (actor < 0 || other < 0 || actor == other)
        return;
    ng_actor *a = &doc->actors[actor];
    for (size_t i = 0; i < a->naffil; i++)
        if (a->affil[i] == other)
            return;
    *NG_PUSH(&doc->arena, a->affil, a->naffil, a->cap_affil) = other;
}

/* Words that name the actor outside its mentions (kept as its evidence). */
void ng_actor_named_at(ng_document *doc, int actor, uint32_t tok_start, uint32_t tok_end)
{
    ng_actor *act = &doc->actors[actor];
    for (size_t k = 0; k < act->nnamed_at; k++)
        if (act->named_at[2 * k] == tok_start)
            return;
    act->named_at = ng_arena_grow(&doc->arena, act->named_at, sizeof *act->named_at, 2 * act->nnamed_at,
                                  &act->cap_named_at, 2 * act->nnamed_at + 2);
    act->named_at[2 * act->nnamed_at] = tok_start;
    act->named_at[2 * act->nnamed_at + 1] = tok_end;
    act->nnamed_at++;
}

int ng_actor_for_lex(ng_document *doc, const ng_lex_entry *e)
{
    for (size_t i = 0; i < doc->nactor; i++)
        if (doc->actors[i].lex == e)
            return (int)i;
    int a = ng_actor_add(doc, e->kind, e->name);
    doc->actors[a].lex = e;
    doc->actors[a].place_kind = e->place_kind;
    return a;
}

/* Index of the first mention starting at or after pos (mentions are sorted). */
static size_t S_mention_lower_bound(const ng_document *doc, uint32_t pos)
{
    size_t lo = 0, hi = doc->nmention;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (doc->mentions[mid].start < pos)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

int ng_last_actor_before(const ng_document *doc, uint32_t pos, int type)
{
    for (size_t m = S_mention_lower_bound(doc, pos); m-- > 0;) {
        const ng_mention *mm = &doc->mentions[m];
        if (mm->actor >= 0 && doc->actors[mm->actor].type == type)
            return mm->actor;
    }
    return -1;
}

