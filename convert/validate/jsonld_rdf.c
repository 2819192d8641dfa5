/* jsonld_rdf.c -- JSON-LD to triples for `newsgraph validate`: the part of
 * JSON-LD 1.1 (expansion, then RDF) that documents shaped like our output
 * use. Contexts are inline objects (remote ones are never fetched); a term
 * or type that does not expand to an absolute IRI is an error, as in
 * jsonld.js's safe mode, rather than a triple silently dropped. Keywords
 * outside the subset (@list, @reverse, @nest, @included, scoped contexts
 * ...) are refused by name. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "validate.h"

#define XSD "http://www.w3.org/2001/XMLSchema#"
#define RDF_TYPE "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"

typedef struct {
    rdf_graph *g;
    json_t *ctx; /* the active context: term -> string or object */
    const char *vocab;
    const char *source;
    ng_error *err;
    char pointer[512]; /* JSON pointer of the value being read, for errors */
    int depth;         /* node objects inside node objects */
} reader;

/* Deeper nesting is refused rather than followed down the C stack. */
#define MAX_NODE_DEPTH 200

__attribute__((format(printf, 2, 3))) static int S_fail(reader *r, const char *fmt, ...)
{
    char msg[400];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    /* a long pointer keeps its two ends, so that the message fits */
    const char *ptr = r->pointer[0] ? r->pointer : "/";
    size_t n = strlen(ptr);
    if (n > 120)
        ng_error_set(r->err, r->source, 0, 0, "%.50s...%s: %s", ptr, ptr + n - 60, msg);
    else
        ng_error_set(r->err, r->source, 0, 0, "%s: %s", ptr, msg);
    return -1;
}

static bool S_absolute(const char *s)
{
    const char *c = strchr(s, ':');
    if (!c || c == s)
        return false;
    for (const char *p = s; p < c; p++)
        if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (p > s && ((*p >= '0' && *p <= '9') ||
                                                                                  *p == '+' || *p == '-' || *p == '.'))))
            return false;
    return true;
}

/* Expand s to an absolute IRI into out; vocab: s may be a term or resolved
 * against @vocab. Returns false when it does not expand. */
static bool S_expand(reader *r, const char *s, bool vocab, char *out, size_t n, int depth)
{
    if (depth > 8)
        return false;
    json_t *def = vocab ? json_object_get(r->ctx, s) : NULL;
    if (def) {
        const char *id = json_is_string(def) ? json_string_value(def) : json_string_value(json_object_get(def, "@id"));
        return id && S_expand(r, id, false, out, n, depth + 1);
    }
    if (strncmp(s, "_:", 2) == 0) {
        snprintf(out, n, "%s", s);
        return true;
    }
    const char *colon = strchr(s, ':');
    if (colon && strncmp(colon, "://", 3) != 0) {
        char prefix[200];
        size_t pl = (size_t)(colon - s);
        if (pl < sizeof prefix) {
            memcpy(prefix, s, pl);
            prefix[pl] = '\0';
            json_t *pd = json_object_get(r->ctx, prefix);
            const char *ns = json_is_string(pd) ? json_string_value(pd) : json_string_value(json_object_get(pd, "@id"));
            if (ns) {
                char base[1024];
                if (!S_expand(r, ns, false, base, sizeof base, depth + 1))
                    return false;
                snprintf(out, n, "%s%s", base, colon + 1);
                return true;
            }
        }
    }
    if (S_absolute(s)) {
        snprintf(out, n, "%s", s);
        return true;
    }
    if (vocab && r->vocab) {
        snprintf(out, n, "%s%s", r->vocab, s);
        return true;
    }
    return false;
}

static uint32_t S_node_term(reader *r, const char *iri)
{
    if (strncmp(iri, "_:", 2) == 0)
        return rdf_graph_term(r->g, RDF_BLANK, iri + 2, NULL, NULL);
    return rdf_graph_term(r->g, RDF_IRI, iri, NULL, NULL);
}

static int S_set_context(reader *r, json_t *ctx)
{
    if (json_is_array(ctx)) {
        size_t i;
        json_t *c;
        json_array_foreach(ctx, i, c) if (S_set_context(r, c) != 0) return -1;
        return 0;
    }
    if (json_is_string(ctx))
        return S_fail(r, "remote context '%s' is not loaded (only inline contexts are read)", json_string_value(ctx));
    if (!json_is_object(ctx))
        return S_fail(r, "%s", "@context must be an object");
    const char *key;
    json_t *v;
    json_object_foreach(ctx, key, v)
    {
        if (strcmp(key, "@vocab") == 0) {
            r->vocab = json_string_value(v);
            continue;
        }
        if (strcmp(key, "@version") == 0)
            continue;
        if (key[0] == '@')
            return S_fail(r, "context keyword %s is not supported", key);
        if (json_is_object(v)) {
            const char *k2;
            json_t *v2;
            json_object_foreach(v, k2, v2)
            {
                if (strcmp(k2, "@id") != 0 && strcmp(k2, "@type") != 0)
                    return S_fail(r, "term definitions with %s are not supported", k2);
            }
        } else if (!json_is_string(v) && !json_is_null(v)) {
            return S_fail(r, "term '%s' must map to a string or an object", key);
        }
        json_object_set(r->ctx, key, v);
    }
    return 0;
}

static int S_node(reader *r, json_t *node, uint32_t *subject_out);
static int S_node_body(reader *r, json_t *node, uint32_t *subject_out);

/* One value of property p of subject s. */
static int S_value(reader *r, uint32_t s, uint32_t p, json_t *def, json_t *v)
{
    const char *type = json_string_value(json_object_get(def, "@type"));
    char iri[2048], dt[1024];
    if (json_is_null(v))
        return 0;
    if (json_is_array(v)) {
        size_t i, len = strlen(r->pointer);
        json_t *item;
        json_array_foreach(v, i, item)
        {
            snprintf(r->pointer + len, sizeof r->pointer - len, "/%zu", i);
            if (json_is_array(item))
                return S_fail(r, "%s", "lists of lists are not supported");
            if (S_value(r, s, p, def, item) != 0)
                return -1;
        }
        r->pointer[len] = '\0';
        return 0;
    }
    if (json_is_object(v)) {
        json_t *val = json_object_get(v, "@value");
        if (val) {
            const char *k;
            json_t *x;
            json_object_foreach(v, k, x)
            {
                if (strcmp(k, "@value") && strcmp(k, "@type") && strcmp(k, "@language"))
                    return S_fail(r, "%s is not allowed in a value object", k);
            }
            const char *vt = json_string_value(json_object_get(v, "@type"));
            const char *lang = json_string_value(json_object_get(v, "@language"));
            if (vt && !S_expand(r, vt, true, dt, sizeof dt, 0))
                return S_fail(r, "datatype '%s' does not expand to an absolute IRI", vt);
            char num[64];
            const char *lex = json_string_value(val);
            if (json_is_integer(val)) {
                snprintf(num, sizeof num, "%lld", (long long)json_integer_value(val));
                lex = num;
                if (!vt)
                    snprintf(dt, sizeof dt, XSD "integer"), vt = dt;
            } else if (json_is_boolean(val)) {
                lex = json_is_true(val) ? "true" : "false";
                if (!vt)
                    snprintf(dt, sizeof dt, XSD "boolean"), vt = dt;
            } else if (!lex) {
                return S_fail(r, "%s", "@value must be a string, number or boolean");
            }
            rdf_graph_add(r->g, s, p, rdf_graph_term(r->g, RDF_LITERAL, lex, vt ? dt : NULL, vt ? NULL : lang));
            return 0;
        }
        if (json_object_get(v, "@list") || json_object_get(v, "@set"))
            return S_fail(r, "%s", "@list and @set are not supported");
        uint32_t o;
        if (S_node(r, v, &o) != 0)
            return -1;
        rdf_graph_add(r->g, s, p, o);
        return 0;
    }
    if (json_is_string(v)) {
        const char *str = json_string_value(v);
        if (type && strcmp(type, "@id") == 0) {
            if (!S_expand(r, str, false, iri, sizeof iri, 0))
                return S_fail(r, "'%s' is not an absolute IRI", str);
            rdf_graph_add(r->g, s, p, S_node_term(r, iri));
            return 0;
        }
        if (type && strcmp(type, "@vocab") == 0) {
            if (!S_expand(r, str, true, iri, sizeof iri, 0))
                return S_fail(r, "'%s' does not expand to an absolute IRI", str);
            rdf_graph_add(r->g, s, p, S_node_term(r, iri));
            return 0;
        }
        if (type && !S_expand(r, type, true, dt, sizeof dt, 0))
            return S_fail(r, "datatype '%s' does not expand to an absolute IRI", type);
        rdf_graph_add(r->g, s, p, rdf_graph_term(r->g, RDF_LITERAL, str, type ? dt : NULL, NULL));
        return 0;
    }
    /* numbers and booleans: JSON-LD's native types */
    char lex[64];
    const char *natural;
    if (json_is_integer(v)) {
        snprintf(lex, sizeof lex, "%lld", (long long)json_integer_value(v));
        natural = XSD "integer";
    } else if (json_is_real(v)) {
        snprintf(lex, sizeof lex, "%.15E", json_real_value(v));
        natural = XSD "double";
    } else {
        snprintf(lex, sizeof lex, "%s", json_is_true(v) ? "true" : "false");
        natural = XSD "boolean";
    }
    if (type && type[0] != '@') {
        if (!S_expand(r, type, true, dt, sizeof dt, 0))
            return S_fail(r, "datatype '%s' does not expand to an absolute IRI", type);
        natural = dt;
    }
    rdf_graph_add(r->g, s, p, rdf_graph_term(r->g, RDF_LITERAL, lex, natural, NULL));
    return 0;
}

static int S_node(reader *r, json_t *node, uint32_t *subject_out)
{
    if (!json_is_object(node))
        return S_fail(r, "%s", "expected a node object");
    if (r->depth >= MAX_NODE_DEPTH)
        return S_fail(r, "node objects nested deeper than %d", MAX_NODE_DEPTH);
    r->depth++;
    int result = S_node_body(r, node, subject_out);
    r->depth--;
    return result;
}

static int S_node_body(reader *r, json_t *node, uint32_t *subject_out)
{
    json_t *saved_ctx = NULL;
    const char *saved_vocab = r->vocab;
    json_t *ctx = json_object_get(node, "@context");
    if (ctx) {
        saved_ctx = json_deep_copy(r->ctx);
        if (S_set_context(r, ctx) != 0) {
            json_decref(saved_ctx);
            return -1;
        }
    }
    int rc = 0;
    char iri[2048];
    uint32_t s;
    json_t *id = json_object_get(node, "@id");
    if (id) {
        if (!json_is_string(id) || !S_expand(r, json_string_value(id), false, iri, sizeof iri, 0)) {
            rc = S_fail(r, "@id '%s' is not an absolute IRI or blank node", json_is_string(id) ? json_string_value(id) : "?");
            goto done;
        }
        s = S_node_term(r, iri);
    } else {
        char label[32];
        snprintf(label, sizeof label, "b%u", r->g->blank_seq++);
        s = rdf_graph_term(r->g, RDF_BLANK, label, NULL, NULL);
    }
    if (subject_out)
        *subject_out = s;
    size_t plen = strlen(r->pointer);
    const char *key;
    json_t *v;
    json_object_foreach(node, key, v)
    {
        snprintf(r->pointer + plen, sizeof r->pointer - plen, "/%s", key);
        if (strcmp(key, "@context") == 0 || strcmp(key, "@id") == 0)
            continue;
        if (strcmp(key, "@type") == 0) {
            json_t *arr = json_is_array(v) ? json_incref(v) : json_pack("[O]", v);
            size_t i;
            json_t *t;
            json_array_foreach(arr, i, t)
            {
                if (!json_is_string(t) || !S_expand(r, json_string_value(t), true, iri, sizeof iri, 0)) {
                    rc = S_fail(r, "type '%s' does not expand to an absolute IRI",
                                json_is_string(t) ? json_string_value(t) : "?");
                    break;
                }
                rdf_graph_add(r->g, s, rdf_graph_term(r->g, RDF_IRI, RDF_TYPE, NULL, NULL), S_node_term(r, iri));
            }
            json_decref(arr);
            if (rc)
                goto done;
            continue;
        }
        if (strcmp(key, "@graph") == 0) {
            /* a named graph's nodes: validation reads the union of graphs */
            size_t i;
            json_t *n;
            json_t *arr = json_is_array(v) ? json_incref(v) : json_pack("[O]", v);
            json_array_foreach(arr, i, n)
            {
                snprintf(r->pointer + plen, sizeof r->pointer - plen, "/@graph/%zu", i);
                if (S_node(r, n, NULL) != 0) {
                    rc = -1;
                    break;
                }
            }
            json_decref(arr);
            if (rc)
                goto done;
            continue;
        }
        if (key[0] == '@') {
            rc = S_fail(r, "keyword %s is not supported", key);
            goto done;
        }
        if (!S_expand(r, key, true, iri, sizeof iri, 0) || strncmp(iri, "_:", 2) == 0) {
            rc = S_fail(r, "property '%s' does not expand to an absolute IRI", key);
            goto done;
        }
        uint32_t p = rdf_graph_term(r->g, RDF_IRI, iri, NULL, NULL);
        if (S_value(r, s, p, json_object_get(r->ctx, key), v) != 0) {
            rc = -1;
            goto done;
        }
    }
    r->pointer[plen] = '\0';
done:
    if (saved_ctx) {
        json_decref(r->ctx);
        r->ctx = saved_ctx;
    }
    r->vocab = saved_vocab;
    return rc;
}

int rdf_graph_from_jsonld(rdf_graph *g, json_t *doc, const char *source, ng_error *err)
{
    reader r = {.g = g, .ctx = json_object(), .source = source, .err = err};
    int rc = 0;
    json_t *top = json_is_array(doc) ? json_incref(doc) : json_pack("[O]", doc);
    size_t i;
    json_t *n;
    json_array_foreach(top, i, n)
    {
        if (json_is_array(doc))
            snprintf(r.pointer, sizeof r.pointer, "/%zu", i);
        else
            r.pointer[0] = '\0';
        /* a top-level object with only @context and @graph holds the
         * default graph's nodes; it is not a node itself */
        json_t *graph = json_is_object(n) ? json_object_get(n, "@graph") : NULL;
        bool only_graph = graph && json_object_size(n) == (json_object_get(n, "@context") ? 2u : 1u);
        if (only_graph) {
            json_t *saved = json_deep_copy(r.ctx);
            json_t *ctx = json_object_get(n, "@context");
            if (ctx && S_set_context(&r, ctx) != 0) {
                json_decref(saved);
                rc = -1;
                break;
            }
            size_t k;
            json_t *node;
            size_t plen = strlen(r.pointer);
            json_t *arr = json_is_array(graph) ? json_incref(graph) : json_pack("[O]", graph);
            json_array_foreach(arr, k, node)
            {
                snprintf(r.pointer + plen, sizeof r.pointer - plen, "/@graph/%zu", k);
                if (S_node(&r, node, NULL) != 0) {
                    rc = -1;
                    break;
                }
            }
            json_decref(arr);
            json_decref(r.ctx);
            r.ctx = saved;
            if (rc)
                break;
        } else if (S_node(&r, n, NULL) != 0) {
            rc = -1;
            break;
        }
    }
    json_decref(top);
    json_decref(r.ctx);
    return rc;
}
