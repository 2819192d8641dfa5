/* article.c -- building articles: the batch, paragraphs and text as
 * readers find them, and an article's identity. Readers call these;
 * nothing here calls a reader. */
#include <ctype.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

ng_article *ng_batch_add(ng_batch *batch, const char *source)
{
    if (batch->n == batch->cap) {
        batch->cap = batch->cap ? batch->cap * 2 : 4;
        batch->items = realloc(batch->items, batch->cap * sizeof *batch->items);
        if (!batch->items)
            abort();
    }
    ng_article *art = calloc(1, sizeof *art);
    if (!art)
        abort();
    ng_arena_init(&art->arena);
    art->source = ng_arena_strdup(&art->arena, source);
    batch->items[batch->n++] = art;
    return art;
}

void ng_article_add_paragraph(ng_article *art, ng_buf *text, const char *s, size_t n, ng_para_kind kind)
{
    /* Collapse runs of white space (line breaks inside a paragraph included). */
    size_t i = 0;
    while (i < n && isspace((unsigned char)s[i]))
        i++;
    while (n > i && isspace((unsigned char)s[n - 1]))
        n--;
    if (i >= n)
        return;
    if (text->len)
        ng_buf_add(text, "\n\n", 2);
    size_t start = text->len;
    bool space = false;
    for (; i < n; i++) {
        if (isspace((unsigned char)s[i])) {
            space = true;
            continue;
        }
        if (space)
            ng_buf_addc(text, ' ');
        space = false;
        ng_buf_addc(text, s[i]);
    }
    ng_paragraph *p = NG_PUSH(&art->arena, art->paras, art->npara, art->cap_para);
    p->start = start;
    p->end = text->len;
    p->kind = kind;
}

void ng_article_finish(ng_article *art, ng_buf *text)
{
    art->text = ng_arena_strndup(&art->arena, text->data ? text->data : "", text->len);
    art->len = text->len;
    ng_buf_free(text);
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

size_t ng_batch_count(const ng_batch *batch) { return batch ? batch->n : 0; }

const ng_error *ng_batch_error(const ng_batch *batch, size_t i)
{
    if (!batch || i >= batch->n)
        return NULL;
    return batch->items[i]->failed ? &batch->items[i]->error : NULL;
}

const char *ng_batch_headline(const ng_batch *batch, size_t i)
{
    return batch && i < batch->n ? batch->items[i]->headline : NULL;
}

void ng_batch_free(ng_batch *batch)
{
    if (!batch)
        return;
    for (size_t i = 0; i < batch->n; i++) {
        ng_arena_release(&batch->items[i]->arena);
        free(batch->items[i]);
    }
    free(batch->items);
    free(batch);
}

const char *ng_batch_identifier(const ng_batch *batch, size_t i)
{
    return batch && i < batch->n ? batch->items[i]->identifier : NULL;
}

const char *ng_batch_source(const ng_batch *batch, size_t i)
{
    return batch && i < batch->n ? batch->items[i]->source : NULL;
}

unsigned long long ng_batch_identity(const ng_batch *batch, size_t i)
{
    return batch && i < batch->n ? ng_article_identity(batch->items[i]) : 0;
}

unsigned long long ng_batch_text_hash(const ng_batch *batch, size_t i)
{
    return batch && i < batch->n ? ng_article_text_hash(batch->items[i]) : 0;
}

void ng_batch_set_occurrence(ng_batch *batch, size_t i, int n)
{
    if (batch && i < batch->n)
        batch->items[i]->occurrence = n;
}

char *ng_article_url(ng_article *art, const char *url)
{
    char *clean = ng_clean_url(&art->arena, url);
    if (!clean || !strncasecmp(clean, "http://", 7) || !strncasecmp(clean, "https://", 8))
        return clean;
    if (!art->bad_url)
        art->bad_url = ng_arena_strndup(&art->arena, clean, strlen(clean) > 80 ? 80 : strlen(clean));
    return NULL;
}

char *ng_http_url(ng_arena *a, const char *url)
{
    char *clean = ng_clean_url(a, url);
    return clean && (!strncasecmp(clean, "http://", 7) || !strncasecmp(clean, "https://", 8)) ? clean : NULL;
}

/* The name of one author: a string or a {"name": ...} object. */
static const char *S_json_name(const json_t *v)
{
    if (json_is_object(v))
        v = json_object_get(v, "name");
    return json_is_string(v) && json_string_length(v) > 0 ? json_string_value(v) : NULL;
}

char *ng_json_names(ng_arena *a, const void *json)
{
    const json_t *v = json;
    if (!json_is_array(v)) {
        const char *name = S_json_name(v);
        return name ? ng_arena_strdup(a, name) : NULL;
    }
    ng_buf b = {0};
    size_t i;
    const json_t *e;
    json_array_foreach(v, i, e) {
        const char *name = S_json_name(e);
        if (!name)
            continue;
        if (b.len)
            ng_buf_adds(&b, ", ");
        ng_buf_adds(&b, name);
    }
    char *out = b.len ? ng_arena_strdup(a, b.data) : NULL;
    ng_buf_free(&b);
    return out;
}

char *ng_json_url(ng_arena *a, const void *json)
{
    const json_t *v = json;
    if (json_is_array(v))
        v = json_array_get(v, 0);
    if (json_is_object(v)) {
        const json_t *u = json_object_get(v, "url");
        v = json_is_string(u) ? u : json_object_get(v, "contentUrl");
    }
    return json_is_string(v) ? ng_http_url(a, json_string_value(v)) : NULL;
}
