/* support.h -- build documents from strings for unit tests. */
#ifndef NG_TEST_SUPPORT_H
#define NG_TEST_SUPPORT_H

#include "internal.h"

/* Load text through the reader for fmt and analyse it. */
static ng_document *doc_from(ng_context *ctx, ng_batch **batch, const char *text, ng_input_format fmt,
                             const char *published)
{
    ng_options opts = {0};
    opts.input_format = fmt;
    opts.published = published;
    ng_error err = {0};
    *batch = ng_batch_load(ctx, text, strlen(text), "test", &opts, &err);
    if (!*batch) {
        fprintf(stderr, "load failed: %s\n", err.text);
        return NULL;
    }
    ng_document *doc = ng_document_new(ctx, *batch, 0, &opts, &err);
    if (!doc)
        fprintf(stderr, "convert failed: %s\n", err.text);
    return doc;
}

/* Text of token i. */
static const char *tok_text(const ng_document *doc, size_t i, char *buf, size_t n)
{
    const ng_token *t = &doc->toks[i];
    snprintf(buf, n, "%.*s", (int)(t->end - t->start), doc->art->text + t->start);
    return buf;
}

/* All tokens joined by '|'. */
static const char *tokens_joined(const ng_document *doc, char *buf, size_t n)
{
    size_t used = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < doc->ntok && used + 1 < n; i++) {
        const ng_token *t = &doc->toks[i];
        int w = snprintf(buf + used, n - used, "%s%.*s", i ? "|" : "", (int)(t->end - t->start),
                         doc->art->text + t->start);
        if (w < 0)
            break;
        used += (size_t)w;
    }
    return buf;
}

static int find_actor(const ng_document *doc, const char *name)
{
    for (size_t i = 0; i < doc->nactor; i++)
        if (strcmp(doc->actors[i].name, name) == 0)
            return (int)i;
    return -1;
}

static bool actor_has_title(const ng_document *doc, int a, const char *title)
{
    if (a < 0)
        return false;
    for (size_t i = 0; i < doc->actors[a].ntitle; i++)
        if (strcmp(doc->actors[a].titles[i], title) == 0)
            return true;
    return false;
}

static bool actor_has_affiliation(const ng_document *doc, int a, const char *name)
{
    if (a < 0)
        return false;
    for (size_t i = 0; i < doc->actors[a].naffil; i++)
        if (strcmp(doc->actors[doc->actors[a].affil[i]].name, name) == 0)
            return true;
    return false;
}

#endif
