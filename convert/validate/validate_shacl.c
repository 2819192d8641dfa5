/* validate_shacl.c -- SHACL Core validation of an RDF graph.
 *
 * Implemented: node shapes and property shapes; targets sh:targetClass
 * (with rdfs:subClassOf in the data), sh:targetNode, sh:targetSubjectsOf,
 * sh:targetObjectsOf; paths that are a predicate or sh:inversePath of one;
 * constraints sh:class, sh:datatype (with a lexical check for the XSD types
 * we emit), sh:nodeKind, sh:minCount, sh:maxCount, sh:in, sh:hasValue,
 * sh:pattern (+ sh:flags "i"), sh:minLength, sh:maxLength, sh:node,
 * sh:property, sh:and, sh:or, sh:xone, sh:not; sh:deactivated. Any other
 * term of the SHACL namespace on a shape is refused with an error, never
 * skipped. */
#include <regex.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "validate.h"

#define SH "http://www.w3.org/ns/shacl#"
#define RDF "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
#define RDFS "http://www.w3.org/2000/01/rdf-schema#"
#define XSD "http://www.w3.org/2001/XMLSchema#"

typedef struct {
    rdf_graph *shapes, *data;
    ng_report_fn report;
    void *rdata;
    ng_error *err;
    long violations;
    bool unsupported;
    /* shapes-graph ids of the terms we look up */
    uint32_t rdf_type, rdf_first, rdf_rest, rdf_nil;
    /* data-graph ids (UINT32_MAX when absent) */
    uint32_t d_type, d_subclass;
} shacl;

static uint32_t S_sh(const shacl *v, const char *local)
{
    char iri[200];
    snprintf(iri, sizeof iri, SH "%s", local);
    return rdf_graph_find_iri(v->shapes, iri);
}

/* The single object of (s, p) in g, or UINT32_MAX. */
static uint32_t S_one(rdf_graph *g, uint32_t s, uint32_t p)
{
    if (p == UINT32_MAX)
        return UINT32_MAX;
    size_t first;
    return rdf_graph_objects(g, s, p, &first) ? g->triples[first].o : UINT32_MAX;
}

/* The members of an RDF list in the shapes graph. */
static size_t S_list(shacl *v, uint32_t head, uint32_t *out, size_t max)
{
    size_t n = 0;
    for (int guard = 0; head != UINT32_MAX && head != v->rdf_nil && guard < 10000; guard++) {
        uint32_t item = S_one(v->shapes, head, v->rdf_first);
        if (item == UINT32_MAX)
            break;
        if (n < max)
            out[n] = item;
        n++;
        head = S_one(v->shapes, head, v->rdf_rest);
    }
    return n < max ? n : max;
}

/* A shapes-graph term in the data graph (UINT32_MAX when the data never
 * mentions it). */
static uint32_t S_in_data(shacl *v, uint32_t shapes_term)
{
    const rdf_term *t = &v->shapes->terms[shapes_term];
    if (t->kind != RDF_LITERAL) {
        if (t->kind == RDF_BLANK)
            return UINT32_MAX;
        return rdf_graph_find_iri(v->data, t->value);
    }
    /* literals: look for an equal one */
    for (size_t i = 0; i < v->data->nterm; i++) {
        const rdf_term *u = &v->data->terms[i];
        if (u->kind == RDF_LITERAL && strcmp(u->value, t->value) == 0 && strcmp(u->datatype, t->datatype) == 0 &&
            ((!u->lang && !t->lang) || (u->lang && t->lang && strcmp(u->lang, t->lang) == 0)))
            return (uint32_t)i;
    }
    return UINT32_MAX;
}

static bool S_instance_of(shacl *v, uint32_t node, const char *class_iri, int depth);

/* cls or one of its subclasses (rdfs:subClassOf in the data graph) */
static bool S_subclass(shacl *v, uint32_t cls, const char *class_iri, int depth)
{
    if (strcmp(v->data->terms[cls].value, class_iri) == 0 && v->data->terms[cls].kind == RDF_IRI)
        return true;
    if (depth > 20 || v->d_subclass == UINT32_MAX)
        return false;
    size_t first, n = rdf_graph_objects(v->data, cls, v->d_subclass, &first);
    for (size_t k = 0; k < n; k++)
        if (S_subclass(v, v->data->triples[first + k].o, class_iri, depth + 1))
            return true;
    return false;
}

static bool S_instance_of(shacl *v, uint32_t node, const char *class_iri, int depth)
{
    if (v->d_type == UINT32_MAX)
        return false;
    size_t first, n = rdf_graph_objects(v->data, node, v->d_type, &first);
    for (size_t k = 0; k < n; k++)
        if (S_subclass(v, v->data->triples[first + k].o, class_iri, depth))
            return true;
    return false;
}

/* ---- lexical forms of the XSD types we emit ---------------------------- */

static bool S_digits(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9')
            return false;
    return n > 0;
}

static bool S_lexical_ok(const char *dt, const char *s)
{
    size_t n = strlen(s);
    if (strcmp(dt, XSD "integer") == 0) {
        if (*s == '-' || *s == '+')
            s++, n--;
        return S_digits(s, n);
    }
    if (strcmp(dt, XSD "nonNegativeInteger") == 0) {
        if (*s == '+')
            s++, n--;
        else if (*s == '-') /* "-0" is the one negative spelling allowed */
            return n > 1 && strspn(s + 1, "0") == n - 1;
        return S_digits(s, n);
    }
    if (strcmp(dt, XSD "decimal") == 0) {
        if (*s == '-' || *s == '+')
            s++, n--;
        const char *dot = memchr(s, '.', n);
        if (!dot)
            return S_digits(s, n);
        size_t a = (size_t)(dot - s), b = n - a - 1;
        return (a || b) && (a == 0 || S_digits(s, a)) && (b == 0 || S_digits(dot + 1, b));
    }
    if (strcmp(dt, XSD "boolean") == 0)
        return !strcmp(s, "true") || !strcmp(s, "false") || !strcmp(s, "1") || !strcmp(s, "0");
    if (strcmp(dt, XSD "date") == 0) {
        /* YYYY-MM-DD with an optional time zone */
        if (n < 10 || !S_digits(s, 4) || s[4] != '-' || !S_digits(s + 5, 2) || s[7] != '-' || !S_digits(s + 8, 2))
            return false;
        int y = atoi(s), m = atoi(s + 5), d = atoi(s + 8);
        static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        if (m < 1 || m > 12 || d < 1 || d > days[m - 1])
            return false;
        if (m == 2 && d == 29 && !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
            return false;
        const char *tz = s + 10;
        return !*tz || !strcmp(tz, "Z") ||
               ((tz[0] == '+' || tz[0] == '-') && strlen(tz) == 6 && S_digits(tz + 1, 2) && tz[3] == ':' &&
                S_digits(tz + 4, 2));
    }
    return true;
}

/* ---- constraints --------------------------------------------------------- */

typedef struct {
    char where[300];    /* the focus node, shown */
    char path[300];     /* the path, shown, or "" for a node shape */
    uint32_t focus;     /* the focus node */
    const char *path_iri; /* the path's predicate, or NULL */
    bool inverse;
} context;

__attribute__((format(printf, 4, 5))) static void S_violation(shacl *v, const context *c, const char *constraint,
                                                              const char *fmt, ...)
{
    v->violations++;
    if (!v->report)
        return;
    char msg[800], focus[2400];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    ng_problem pr = {.where = c->where, .path = c->path, .constraint = constraint, .message = msg,
                     .focus_nt = rdf_graph_nt(v->data, c->focus, focus, sizeof focus), .path_iri = c->path_iri,
                     .inverse = c->inverse};
    v->report(v->rdata, &pr);
}

static bool S_conforms(shacl *v, uint32_t shape, uint32_t focus, int depth);
static void S_check_shape(shacl *v, uint32_t shape, uint32_t focus, int depth, bool quiet);

static const char *const IGNORED[] = {"name", "description", "message", "severity", "order", "group",
                                      "defaultValue", "targetClass", "targetNode", "targetSubjectsOf",
                                      "targetObjectsOf", "deactivated", "path", "flags", NULL};
static const char *const CHECKED[] = {"class", "datatype", "nodeKind", "minCount", "maxCount", "in",
                                      "hasValue", "pattern", "minLength", "maxLength", "node", "property",
                                      "and", "or", "xone", "not", NULL};

/* Refuse a shape that uses a SHACL term we do not implement. */
static bool S_supported(shacl *v, uint32_t shape)
{
    rdf_graph *g = v->shapes;
    size_t first, n = rdf_graph_about(g, shape, &first);
    for (size_t i = first; i < first + n; i++) {
        const rdf_triple *t = &g->triples[i];
        const char *p = g->terms[t->p].value;
        if (strncmp(p, SH, strlen(SH)) != 0)
            continue;
        const char *local = p + strlen(SH);
        bool known = false;
        for (int k = 0; IGNORED[k] && !known; k++)
            known = strcmp(local, IGNORED[k]) == 0;
        for (int k = 0; CHECKED[k] && !known; k++)
            known = strcmp(local, CHECKED[k]) == 0;
        if (!known) {
            char shown[300];
            ng_error_set(v->err, "shapes", 0, 0, "%s: sh:%s is not supported by this validator",
                         rdf_graph_show(g, shape, shown, sizeof shown), local);
            v->unsupported = true;
            return false;
        }
    }
    return true;
}

/* Value nodes of a property shape's path for a focus node. */
static size_t S_values(shacl *v, uint32_t shape, uint32_t focus, uint32_t **out, context *c)
{
    char *shown = c->path;
    size_t nshown = sizeof c->path;
    *out = NULL;
    uint32_t path = S_one(v->shapes, shape, S_sh(v, "path"));
    const rdf_term *pt = &v->shapes->terms[path];
    bool inverse = false;
    if (pt->kind == RDF_BLANK) {
        uint32_t inv = S_one(v->shapes, path, S_sh(v, "inversePath"));
        if (inv == UINT32_MAX || v->shapes->terms[inv].kind != RDF_IRI) {
            char which[300];
            ng_error_set(v->err, "shapes", 0, 0, "%s: only predicate paths and sh:inversePath are supported",
                         rdf_graph_show(v->shapes, shape, which, sizeof which));
            v->unsupported = true;
            return 0;
        }
        path = inv;
        inverse = true;
    }
    char p[256];
    rdf_show_iri(v->shapes, v->shapes->terms[path].value, p, sizeof p);
    snprintf(shown, nshown, inverse ? "^%s" : "%s", p);
    c->path_iri = v->shapes->terms[path].value;
    c->inverse = inverse;
    uint32_t dp = rdf_graph_find_iri(v->data, v->shapes->terms[path].value);
    if (dp == UINT32_MAX)
        return 0;
    if (!inverse) {
        size_t first, n = rdf_graph_objects(v->data, focus, dp, &first);
        *out = malloc((n + 1) * sizeof **out);
        for (size_t k = 0; k < n; k++)
            (*out)[k] = v->data->triples[first + k].o;
        return n;
    }
    size_t n = 0;
    *out = malloc((v->data->ntriple + 1) * sizeof **out);
    for (size_t i = 0; i < v->data->ntriple; i++)
        if (v->data->triples[i].p == dp && v->data->triples[i].o == focus)
            (*out)[n++] = v->data->triples[i].s;
    return n;
}

/* Check one shape's constraints on the value nodes (values, n) of focus.
 * quiet: only count (for sh:or and friends). Returns the failures. */
static long S_constraints(shacl *v, uint32_t shape, uint32_t focus, const uint32_t *values, size_t n, bool property,
                          const context *c, int depth, bool quiet)
{
    long before = v->violations;
    rdf_graph *sg = v->shapes, *dg = v->data;
    char a[400], b[400];
    ng_report_fn saved = v->report;
    if (quiet)
        v->report = NULL;
    uint32_t o;
    if ((o = S_one(sg, shape, S_sh(v, "minCount"))) != UINT32_MAX && property) {
        long min = atol(sg->terms[o].value);
        if ((long)n < min) {
            snprintf(a, sizeof a, "%ld value%s", min, min == 1 ? "" : "s");
            snprintf(b, sizeof b, "%zu", n);
            S_violation(v, c, "sh:minCount", "expected at least %s, found %s", a, b);
        }
    }
    if ((o = S_one(sg, shape, S_sh(v, "maxCount"))) != UINT32_MAX && property) {
        long max = atol(sg->terms[o].value);
        if ((long)n > max) {
            snprintf(a, sizeof a, "%ld value%s", max, max == 1 ? "" : "s");
            snprintf(b, sizeof b, "%zu", n);
            S_violation(v, c, "sh:maxCount", "expected at most %s, found %s", a, b);
        }
    }
    for (size_t i = 0; i < n; i++) {
        uint32_t x = values[i];
        const rdf_term *t = &dg->terms[x];
        size_t first, cnt = rdf_graph_objects(sg, shape, S_sh(v, "class"), &first);
        for (size_t k = 0; k < cnt; k++) {
            const char *cls = sg->terms[sg->triples[first + k].o].value;
            if (t->kind == RDF_LITERAL || !S_instance_of(v, x, cls, 0))
                S_violation(v, c, "sh:class", "expected an instance of %s, found %s",
                            rdf_show_iri(sg, cls, a, sizeof a), rdf_graph_show(dg, x, b, sizeof b));
        }
        if ((o = S_one(sg, shape, S_sh(v, "datatype"))) != UINT32_MAX) {
            const char *dt = sg->terms[o].value;
            if (t->kind != RDF_LITERAL || strcmp(t->datatype, dt) != 0 || !S_lexical_ok(dt, t->value))
                S_violation(v, c, "sh:datatype", "expected a literal of type %s, found %s",
                            rdf_show_iri(sg, dt, a, sizeof a), rdf_graph_show(dg, x, b, sizeof b));
        }
        if ((o = S_one(sg, shape, S_sh(v, "nodeKind"))) != UINT32_MAX) {
            const char *kind = sg->terms[o].value + strlen(SH);
            bool ok = (t->kind == RDF_IRI && strstr(kind, "IRI")) || (t->kind == RDF_BLANK && strstr(kind, "BlankNode")) ||
                      (t->kind == RDF_LITERAL && strstr(kind, "Literal"));
            if (!ok) {
                snprintf(a, sizeof a, "sh:%s", kind);
                S_violation(v, c, "sh:nodeKind", "expected %s, found %s", a, rdf_graph_show(dg, x, b, sizeof b));
            }
        }
        if ((o = S_one(sg, shape, S_sh(v, "in"))) != UINT32_MAX) {
            uint32_t members[256];
            size_t m = S_list(v, o, members, 256);
            bool found = false;
            for (size_t k = 0; k < m && !found; k++)
                found = S_in_data(v, members[k]) == x;
            if (!found)
                S_violation(v, c, "sh:in", "%s is not one of the %s allowed values", rdf_graph_show(dg, x, a, sizeof a),
                            (snprintf(b, sizeof b, "%zu", m), b));
        }
        if ((o = S_one(sg, shape, S_sh(v, "pattern"))) != UINT32_MAX) {
            uint32_t fl = S_one(sg, shape, S_sh(v, "flags"));
            regex_t re;
            int cflags = REG_EXTENDED | REG_NOSUB;
            if (fl != UINT32_MAX && strchr(sg->terms[fl].value, 'i'))
                cflags |= REG_ICASE;
            if (regcomp(&re, sg->terms[o].value, cflags) != 0) {
                ng_error_set(v->err, "shapes", 0, 0, "sh:pattern '%s' is not a regular expression this validator reads",
                             sg->terms[o].value);
                v->unsupported = true;
            } else {
                if (t->kind == RDF_BLANK || regexec(&re, t->value, 0, NULL, 0) != 0)
                    S_violation(v, c, "sh:pattern", "%s does not match /%s/", rdf_graph_show(dg, x, a, sizeof a),
                                sg->terms[o].value);
                regfree(&re);
            }
        }
        static const char *const lens[] = {"minLength", "maxLength"};
        for (int L = 0; L < 2; L++)
            if ((o = S_one(sg, shape, S_sh(v, lens[L]))) != UINT32_MAX) {
                long want = atol(sg->terms[o].value);
                long len = 0;
                for (const unsigned char *p = (const unsigned char *)t->value; *p; p++)
                    len += (*p & 0xC0) != 0x80;
                if (t->kind == RDF_BLANK || (L == 0 ? len < want : len > want)) {
                    snprintf(a, sizeof a, "%s %ld", L == 0 ? "at least" : "at most", want);
                    snprintf(b, sizeof b, "%ld", len);
                    S_violation(v, c, L == 0 ? "sh:minLength" : "sh:maxLength", "expected %s characters, found %s", a, b);
                }
            }
        /* shape-valued constraints */
        cnt = rdf_graph_objects(sg, shape, S_sh(v, "node"), &first);
        for (size_t k = 0; k < cnt; k++)
            if (!S_conforms(v, sg->triples[first + k].o, x, depth + 1))
                S_violation(v, c, "sh:node", "%s does not conform to %s", rdf_graph_show(dg, x, a, sizeof a),
                            rdf_graph_show(sg, sg->triples[first + k].o, b, sizeof b));
        if ((o = S_one(sg, shape, S_sh(v, "not"))) != UINT32_MAX && S_conforms(v, o, x, depth + 1))
            S_violation(v, c, "sh:not", "%s conforms to a shape it must not conform to%s",
                        rdf_graph_show(dg, x, a, sizeof a), "");
        static const char *const logic[] = {"and", "or", "xone"};
        for (int L = 0; L < 3; L++) {
            cnt = rdf_graph_objects(sg, shape, S_sh(v, logic[L]), &first);
            for (size_t k = 0; k < cnt; k++) {
                uint32_t members[256];
                size_t m = S_list(v, sg->triples[first + k].o, members, 256);
                size_t ok = 0;
                for (size_t q = 0; q < m; q++)
                    ok += S_conforms(v, members[q], x, depth + 1);
                bool pass = L == 0 ? ok == m : L == 1 ? ok >= 1 : ok == 1;
                if (!pass) {
                    snprintf(b, sizeof b, "%zu of %zu", ok, m);
                    char con[16];
                    snprintf(con, sizeof con, "sh:%s", logic[L]);
                    S_violation(v, c, con,
                                L == 0   ? "%s conforms to %s shapes, expected all"
                                : L == 1 ? "%s conforms to %s shapes, expected at least one"
                                         : "%s conforms to %s shapes, expected exactly one",
                                rdf_graph_show(dg, x, a, sizeof a), b);
                }
            }
        }
    }
    if ((o = S_one(sg, shape, S_sh(v, "hasValue"))) != UINT32_MAX) {
        uint32_t want = S_in_data(v, o);
        bool found = false;
        for (size_t i = 0; i < n && !found; i++)
            found = values[i] == want;
        if (!found)
            S_violation(v, c, "sh:hasValue", "expected the value %s%s", rdf_graph_show(sg, o, a, sizeof a), "");
    }
    /* property shapes nested in this one, on each value node */
    size_t first, cnt = rdf_graph_objects(sg, shape, S_sh(v, "property"), &first);
    for (size_t k = 0; k < cnt; k++)
        for (size_t i = 0; i < n; i++)
            S_check_shape(v, sg->triples[first + k].o, values[i], depth + 1, quiet);
    v->report = saved;
    return v->violations - before;
}

/* Check shape on focus, reporting unless quiet. */
static void S_check_shape(shacl *v, uint32_t shape, uint32_t focus, int depth, bool quiet)
{
    if (depth > 32 || v->unsupported || !S_supported(v, shape))
        return;
    uint32_t deact = S_one(v->shapes, shape, S_sh(v, "deactivated"));
    if (deact != UINT32_MAX && strcmp(v->shapes->terms[deact].value, "true") == 0)
        return;
    context c = {.focus = focus};
    rdf_graph_show(v->data, focus, c.where, sizeof c.where);
    c.path[0] = '\0';
    if (S_one(v->shapes, shape, S_sh(v, "path")) != UINT32_MAX) {
        uint32_t *values;
        size_t n = S_values(v, shape, focus, &values, &c);
        if (!v->unsupported)
            S_constraints(v, shape, focus, values, n, true, &c, depth, quiet);
        free(values);
    } else {
        S_constraints(v, shape, focus, &focus, 1, false, &c, depth, quiet);
    }
}

static bool S_conforms(shacl *v, uint32_t shape, uint32_t focus, int depth)
{
    long before = v->violations;
    S_check_shape(v, shape, focus, depth, true);
    bool ok = v->violations == before;
    v->violations = before;
    return ok;
}

/* ---- targets ------------------------------------------------------------- */

static rdf_graph *S_sort_graph;
static int S_cmp_term(const void *a, const void *b)
{
    const rdf_term *x = &S_sort_graph->terms[*(const uint32_t *)a], *y = &S_sort_graph->terms[*(const uint32_t *)b];
    if (x->kind != y->kind)
        return x->kind - y->kind;
    return strcmp(x->value, y->value);
}

long ng_shacl_validate(rdf_graph *shapes, rdf_graph *data, ng_report_fn report, void *rdata, ng_error *err)
{
    shacl v = {.shapes = shapes, .data = data, .report = report, .rdata = rdata, .err = err};
    v.rdf_type = rdf_graph_find_iri(shapes, RDF "type");
    v.rdf_first = rdf_graph_find_iri(shapes, RDF "first");
    v.rdf_rest = rdf_graph_find_iri(shapes, RDF "rest");
    v.rdf_nil = rdf_graph_find_iri(shapes, RDF "nil");
    v.d_type = rdf_graph_find_iri(data, RDF "type");
    v.d_subclass = rdf_graph_find_iri(data, RDFS "subClassOf");
    /* the shapes with targets, in a stable order */
    static const char *const targets[] = {"targetClass", "targetNode", "targetSubjectsOf", "targetObjectsOf"};
    uint32_t *shape_ids = malloc((shapes->ntriple + 1) * sizeof *shape_ids);
    size_t nshape = 0;
    uint32_t target_ids[4];
    for (int k = 0; k < 4; k++)
        target_ids[k] = S_sh(&v, targets[k]);
    rdf_graph_sort(shapes);
    for (size_t i = 0; i < shapes->ntriple; i++) {
        const rdf_triple *t = &shapes->triples[i];
        for (int k = 0; k < 4; k++)
            if (t->p == target_ids[k] && (nshape == 0 || shape_ids[nshape - 1] != t->s))
                shape_ids[nshape++] = t->s;
    }
    S_sort_graph = shapes;
    if (nshape > 1)
        qsort(shape_ids, nshape, sizeof *shape_ids, S_cmp_term);
    rdf_graph_sort(data);
    for (size_t si = 0; si < nshape && !v.unsupported; si++) {
        if (si && shape_ids[si] == shape_ids[si - 1])
            continue;
        uint32_t shape = shape_ids[si];
        size_t nfocus = 0, cap = 64;
        uint32_t *focus = malloc(cap * sizeof *focus);
#define PUSH_FOCUS(x)                                                                                                  \
    do {                                                                                                               \
        if (nfocus == cap)                                                                                             \
            focus = realloc(focus, (cap *= 2) * sizeof *focus);                                                        \
        focus[nfocus++] = (x);                                                                                         \
    } while (0)
        for (int k = 0; k < 4; k++) {
            size_t first, cnt = rdf_graph_objects(shapes, shape, target_ids[k], &first);
            for (size_t q = 0; q < cnt; q++) {
                uint32_t target = shapes->triples[first + q].o;
                if (k == 1) {
                    uint32_t d = S_in_data(&v, target);
                    if (d != UINT32_MAX)
                        PUSH_FOCUS(d);
                    continue;
                }
                const char *iri = shapes->terms[target].value;
                uint32_t dp = k == 0 ? v.d_type : rdf_graph_find_iri(data, iri);
                if (dp == UINT32_MAX)
                    continue;
                for (size_t i = 0; i < data->ntriple; i++) {
                    const rdf_triple *t = &data->triples[i];
                    if (k == 0 && t->p == v.d_type && data->terms[t->o].kind == RDF_IRI &&
                        S_subclass(&v, t->o, iri, 0))
                        PUSH_FOCUS(t->s);
                    else if (k == 2 && t->p == dp)
                        PUSH_FOCUS(t->s);
                    else if (k == 3 && t->p == dp)
                        PUSH_FOCUS(t->o);
                }
            }
        }
        S_sort_graph = data;
        if (nfocus > 1)
            qsort(focus, nfocus, sizeof *focus, S_cmp_term);
        for (size_t f = 0; f < nfocus && !v.unsupported; f++)
            if (f == 0 || focus[f] != focus[f - 1])
                S_check_shape(&v, shape, focus[f], 0, false);
        free(focus);
#undef PUSH_FOCUS
    }
    free(shape_ids);
    return v.unsupported ? -1 : v.violations;
}
