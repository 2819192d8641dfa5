/* read_json.c -- JSON articles (one object, an array of them) and JSON
 * Lines (one object per line; a bad line fails alone, with its number). */
#include <jansson.h>
#include <string.h>

#include "internal.h"

static const char *S_str(const json_t *obj, const char *const *keys)
{
    for (; *keys; keys++) {
        json_t *v = json_object_get(obj, *keys);
        if (json_is_string(v) && json_string_length(v) > 0)
            return json_string_value(v);
        /* {"name": "..."} objects (publisher, author) and lists of them */
        if (json_is_array(v) && json_array_size(v) > 0)
            v = json_array_get(v, 0);
        if (json_is_object(v)) {
            json_t *name = json_object_get(v, "name");
            if (json_is_string(name))
                return json_string_value(name);
        }
        if (json_is_string(v))
            return json_string_value(v);
    }
    return NULL;
}

/* The record's own identifier: a string or a whole number. */
static char *S_id(ng_article *art, const json_t *obj)
{
    static const char *const keys[] = {"id", "_id", "identifier", "guid", "uuid", NULL};
    for (int k = 0; keys[k]; k++) {
        json_t *v = json_object_get(obj, keys[k]);
        if (json_is_string(v) && json_string_length(v) > 0)
            return ng_arena_strndup(&art->arena, json_string_value(v), json_string_length(v));
        if (json_is_integer(v))
            return ng_arena_printf(&art->arena, "%lld", (long long)json_integer_value(v));
    }
    return NULL;
}

int ng_read_json_value(ng_article *art, const void *value)
{
    const json_t *obj = value;
    art->format = "json";
    if (!json_is_object(obj)) {
        ng_error_set(&art->error, art->source, 0, 0, "expected a JSON object with the article");
        return -1;
    }
    static const char *const headline[] = {"headline", "title", "name", NULL};
    static const char *const body[] = {"articleBody", "text", "body", "content", NULL};
    static const char *const url[] = {"url", "link", "@id", NULL};
    static const char *const date[] = {"datePublished", "published", "date", "pubDate", NULL};
    static const char *const publisher[] = {"publisher", "source", "site", NULL};
    static const char *const author[] = {"author", "byline", "creator", NULL};
    static const char *const description[] = {"description", "summary", NULL};
    static const char *const image[] = {"image", "thumbnailUrl", NULL};
    static const char *const section[] = {"articleSection", "section", "category", NULL};
    static const char *const modified[] = {"dateModified", "updated", NULL};
    static const char *const language[] = {"inLanguage", "language", "lang", NULL};
    const char *text = S_str(obj, body);
    if (!text) {
        ng_error_set(&art->error, art->source, 0, 0,
                     "JSON object has no article text (expected \"text\" or \"articleBody\")");
        return -1;
    }
    art->headline = ng_arena_strdup(&art->arena, S_str(obj, headline));
    art->url = ng_article_url(art, S_str(obj, url));
    art->publisher = ng_arena_strdup(&art->arena, S_str(obj, publisher));
    for (int k = 0; author[k] && !art->author; k++)
        art->author = ng_json_names(&art->arena, json_object_get(obj, author[k]));
    for (int k = 0; image[k] && !art->image; k++)
        art->image = ng_json_url(&art->arena, json_object_get(obj, image[k]));
    art->section = ng_arena_strdup(&art->arena, S_str(obj, section));
    art->description = ng_arena_strdup(&art->arena, S_str(obj, description));
    const char *d = NULL, *dkey = NULL;
    for (int k = 0; date[k] && !d; k++)
        if ((d = S_str(obj, (const char *const[]){date[k], NULL})) != NULL)
            dkey = date[k];
    char norm[11];
    if (d && ng_date_normalize(d, norm))
        art->date_published = ng_arena_strdup(&art->arena, norm);
    else if (d)
        art->bad_date = ng_arena_printf(&art->arena, "\"%s\": '%s'", dkey, d);
    const char *mod = S_str(obj, modified);
    if (mod && ng_date_normalize(mod, norm))
        art->date_modified = ng_arena_strdup(&art->arena, norm);
    art->identifier = S_id(art, obj);
    const char *lang = S_str(obj, language);
    if (lang)
        art->language = ng_language_tag(&art->arena, lang);
    ng_buf buf = {0};
    ng_text_paragraphs(art, &buf, text, strlen(text), true);
    ng_article_finish(art, &buf);
    return 0;
}

static void S_add_value(ng_batch *batch, const json_t *v, const char *source, long line)
{
    char name[600];
    if (line)
        snprintf(name, sizeof name, "%s:%ld", source, line);
    else
        snprintf(name, sizeof name, "%s", source);
    ng_article *art = ng_batch_add(batch, name);
    art->line = line;
    if (ng_read_json_value(art, v) != 0)
        art->failed = true;
}

void ng_read_json_line(ng_batch *batch, const char *data, size_t len, const char *source, long lineno)
{
    json_error_t jerr;
    json_t *v = json_loadb(data, len, JSON_REJECT_DUPLICATES, &jerr);
    if (!v) {
        char name[600];
        snprintf(name, sizeof name, "%s:%ld", source, lineno);
        ng_article *art = ng_batch_add(batch, name);
        art->failed = true;
        art->line = lineno;
        ng_error_set(&art->error, source, lineno, jerr.position, "line %ld: invalid JSON at column %d: %s", lineno,
                     jerr.column, jerr.text);
        return;
    }
    S_add_value(batch, v, source, lineno);
    json_decref(v);
}

int ng_read_json(ng_batch *batch, const char *data, size_t len, bool lines, const char *source)
{
    json_error_t jerr;
    if (!lines) {
        json_t *root = json_loadb(data, len, JSON_REJECT_DUPLICATES, &jerr);
        if (!root) {
            ng_article *art = ng_batch_add(batch, source);
            art->failed = true;
            ng_error_set(&art->error, source, jerr.line, jerr.position, "invalid JSON at line %d, column %d: %s",
                         jerr.line, jerr.column, jerr.text);
            return -1;
        }
        if (json_is_array(root)) {
            size_t i;
            json_t *v;
            json_array_foreach(root, i, v) {
                char name[600];
                snprintf(name, sizeof name, "%s[%zu]", source, i);
                ng_article *art = ng_batch_add(batch, name);
                if (ng_read_json_value(art, v) != 0)
                    art->failed = true;
            }
            if (json_array_size(root) == 0) {
                ng_article *art = ng_batch_add(batch, source);
                art->failed = true;
                ng_error_set(&art->error, source, 0, 0, "empty JSON array: no article");
            }
        } else
            S_add_value(batch, root, source, 0);
        json_decref(root);
        return 0;
    }
    long lineno = 0;
    size_t i = 0;
    while (i < len) {
        const char *nl = memchr(data + i, '\n', len - i);
        size_t end = nl ? (size_t)(nl - data) : len;
        lineno++;
        size_t s = i;
        while (s < end && (data[s] == ' ' || data[s] == '\t' || data[s] == '\r'))
            s++;
        if (s < end)
            ng_read_json_line(batch, data + s, end - s, source, lineno);
        i = nl ? end + 1 : len;
    }
    return 0;
}
