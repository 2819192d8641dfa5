/* write_jsonld.c -- compact JSON-LD with Jansson. The bundled context
 * (schemas/context.jsonld) is embedded in the output, never fetched, and is
 * also what this writer compacts with: a predicate that has a term in the
 * context is written with that term when the term's type coercion fits the
 * value, otherwise as a prefixed name with an explicit value object. So
 * expanding the output with its own context gives exactly the triples the
 * RDF writers emit. */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

#define XSD "http://www.w3.org/2001/XMLSchema#"
#define RDF_TYPE "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"

typedef struct {
    const char *term;
    const char *iri;      /* expanded */
    const char *coerce;   /* "@id", an expanded datatype IRI, or NULL */
} term_def;

typedef struct {
    term_def *defs;
    size_t n;
    const char **prefix, **prefix_iri;
    size_t nprefix;
} compactor;

static char *S_expand(const compactor *c, const char *v)
{
    const char *colon = strchr(v, ':');
    if (colon && strncmp(colon, "://", 3) != 0) {
        for (size_t i = 0; i < c->nprefix; i++)
            if (strlen(c->prefix[i]) == (size_t)(colon - v) && strncmp(v, c->prefix[i], (size_t)(colon - v)) == 0) {
                size_t n = strlen(c->prefix_iri[i]) + strlen(colon + 1) + 1;
                char *r = malloc(n);
                snprintf(r, n, "%s%s", c->prefix_iri[i], colon + 1);
                return r;
            }
    }
    return strdup(v);
}

static void S_compactor_init(compactor *c, json_t *ctx)
{
    memset(c, 0, sizeof *c);
    size_t n = json_object_size(ctx);
    c->defs = calloc(n + 1, sizeof *c->defs);
    c->prefix = calloc(n + 1, sizeof *c->prefix);
    c->prefix_iri = calloc(n + 1, sizeof *c->prefix_iri);
    const char *key;
    json_t *v;
    /* prefixes: string values ending in / or # */
    json_object_foreach(ctx, key, v) {
        if (json_is_string(v)) {
            const char *s = json_string_value(v);
            size_t l = strlen(s);
            if (l && (s[l - 1] == '/' || s[l - 1] == '#')) {
                c->prefix[c->nprefix] = key;
                c->prefix_iri[c->nprefix++] = s;
            }
        }
    }
    json_object_foreach(ctx, key, v) {
        const char *id = NULL, *type = NULL;
        if (json_is_string(v))
            id = json_string_value(v);
        else if (json_is_object(v)) {
            id = json_string_value(json_object_get(v, "@id"));
            type = json_string_value(json_object_get(v, "@type"));
        }
        if (!id || key[0] == '@')
            continue;
        term_def *d = &c->defs[c->n++];
        d->term = key;
        d->iri = S_expand(c, id);
        d->coerce = type ? (strcmp(type, "@id") == 0 ? strdup("@id") : S_expand(c, type)) : NULL;
    }
}

static void S_compactor_free(compactor *c)
{
    for (size_t i = 0; i < c->n; i++) {
        free((char *)c->defs[i].iri);
        free((char *)c->defs[i].coerce);
    }
    free(c->defs);
    free(c->prefix);
    free(c->prefix_iri);
}

/* "schema:Person" for an IRI under a declared prefix, else the IRI. */
static char *S_compact_iri(const compactor *c, const char *iri, bool vocab)
{
    if (vocab)
        for (size_t i = 0; i < c->n; i++)
            if (!c->defs[i].coerce && strcmp(c->defs[i].iri, iri) == 0)
                return strdup(c->defs[i].term);
    for (size_t i = 0; i < c->nprefix; i++) {
        size_t l = strlen(c->prefix_iri[i]);
        if (strncmp(iri, c->prefix_iri[i], l) == 0 && iri[l] && !strchr(iri + l, '/') && !strchr(iri + l, '#')) {
            size_t n = strlen(c->prefix[i]) + strlen(iri + l) + 2;
            char *r = malloc(n);
            snprintf(r, n, "%s:%s", c->prefix[i], iri + l);
            return r;
        }
    }
    return strdup(iri);
}

static bool S_is_plain(const ng_term *o) { return o->kind == NG_TERM_LITERAL && !o->datatype && !o->lang; }

/* Key and value for one (predicate, object). */
static void S_property(const compactor *c, const ng_term *p, const ng_term *o, char **key, json_t **value)
{
    const term_def *fit = NULL;
    for (size_t i = 0; i < c->n && !fit; i++) {
        const term_def *d = &c->defs[i];
        if (strcmp(d->iri, p->value) != 0)
            continue;
        if (o->kind == NG_TERM_IRI ? (d->coerce && strcmp(d->coerce, "@id") == 0)
                                   : (d->coerce ? (o->datatype && strcmp(d->coerce, o->datatype) == 0)
                                                : (S_is_plain(o) || (o->datatype && strcmp(o->datatype, XSD "integer") == 0))))
            fit = d;
    }
    if (fit) {
        *key = strdup(fit->term);
        if (o->kind == NG_TERM_IRI)
            *value = json_string(o->value);
        else if (o->datatype && (strcmp(o->datatype, XSD "integer") == 0 ||
                                 strcmp(o->datatype, XSD "nonNegativeInteger") == 0))
            /* a JSON number: with a term that coerces it to its datatype,
             * JSON-LD gives it that datatype back (NIF's offsets) */
            *value = json_integer(strtoll(o->value, NULL, 10));
        else
            *value = json_string(o->value);
        return;
    }
    *key = S_compact_iri(c, p->value, false);
    if (o->kind == NG_TERM_IRI)
        *value = json_pack("{s:s}", "@id", o->value);
    else if (o->datatype && strcmp(o->datatype, XSD "integer") == 0)
        *value = json_integer(strtoll(o->value, NULL, 10));
    else if (o->datatype) {
        char *dt = S_compact_iri(c, o->datatype, false);
        *value = json_pack("{s:s,s:s}", "@value", o->value, "@type", dt);
        free(dt);
    } else if (o->lang)
        *value = json_pack("{s:s,s:s}", "@value", o->value, "@language", o->lang);
    else
        *value = json_string(o->value);
}

static void S_add_value(json_t *node, const char *key, json_t *value)
{
    json_t *old = json_object_get(node, key);
    if (!old) {
        json_object_set_new(node, key, value);
    } else if (json_is_array(old)) {
        json_array_append_new(old, value);
    } else {
        json_t *arr = json_array();
        json_array_append(arr, old);
        json_array_append_new(arr, value);
        json_object_set_new(node, key, arr);
    }
}

static int S_dump(const char *buffer, size_t size, void *data)
{
    return fwrite(buffer, 1, size, data) == size ? 0 : -1;
}

void *ng_jsonld_nodes(ng_context *ctx, const ng_document *doc)
{
    json_t *context = json_object_get(ctx->jsonld_context, "@context");
    compactor c;
    S_compactor_init(&c, context);
    json_t *graph = json_array();
    json_t *index = json_object();   /* subject IRI -> node */
    for (size_t i = 0; i < doc->ntriple; i++) {
        const ng_triple *t = &doc->triples[i];
        json_t *node = json_object_get(index, t->s.value);
        if (!node) {
            node = json_pack("{s:s}", "@id", t->s.value);
            json_array_append_new(graph, node);
            json_object_set(index, t->s.value, node);
        }
        if (strcmp(t->p.value, RDF_TYPE) == 0 && t->o.kind == NG_TERM_IRI) {
            char *type = S_compact_iri(&c, t->o.value, true);
            S_add_value(node, "@type", json_string(type));
            free(type);
            continue;
        }
        char *key;
        json_t *value;
        S_property(&c, &t->p, &t->o, &key, &value);
        S_add_value(node, key, value);
        free(key);
    }
    json_decref(index);
    S_compactor_free(&c);
    return graph;
}

int ng_write_jsonld(ng_context *ctx, const ng_document *doc, bool one_line, FILE *out, ng_error *err)
{
    json_t *context = json_object_get(ctx->jsonld_context, "@context");
    json_t *root = json_pack("{s:O,s:o}", "@context", context, "@graph", (json_t *)ng_jsonld_nodes(ctx, doc));
    int rc = json_dump_callback(root, S_dump, out, one_line ? JSON_COMPACT | JSON_SORT_KEYS : NG_JSON_FLAGS);
    json_decref(root);
    if (rc != 0 || fputc('\n', out) == EOF) {
        ng_error_set(err, doc->art->source, 0, 0, "cannot write JSON-LD output");
        return -1;
    }
    return 0;
}
