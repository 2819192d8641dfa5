/* rdf_graph.c -- an in-memory RDF graph for the validators: interned terms,
 * triples sorted by subject and predicate, and loading through Raptor. */
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <raptor2.h>
#include <stdlib.h>
#include <string.h>

#include "validate.h"

static uint64_t S_hash(int kind, const char *v, const char *dt, const char *lang)
{
    uint64_t h = 1469598103934665603ULL ^ (uint64_t)kind;
    const char *parts[3] = {v, dt, lang};
    for (int k = 0; k < 3; k++) {
        for (const unsigned char *p = (const unsigned char *)(parts[k] ? parts[k] : ""); *p; p++)
            h = (h ^ *p) * 1099511628211ULL;
        h = (h ^ 0xff) * 1099511628211ULL;
    }
    return h;
}

static bool S_same(const char *a, const char *b)
{
    return a == b || (a && b && strcmp(a, b) == 0);
}

rdf_graph *rdf_graph_new(void)
{
    rdf_graph *g = calloc(1, sizeof *g);
    g->nslot = 1024;
    g->slots = calloc(g->nslot, sizeof *g->slots);
    return g;
}

void rdf_graph_free(rdf_graph *g)
{
    if (!g)
        return;
    for (size_t i = 0; i < g->nterm; i++) {
        free(g->terms[i].value);
        free(g->terms[i].datatype);
        free(g->terms[i].lang);
    }
    for (size_t i = 0; i < 2 * g->nprefix; i++)
        free(g->prefixes[i]);
    free(g->prefixes);
    free(g->terms);
    free(g->slots);
    free(g->triples);
    free(g);
}

static size_t S_slot(const rdf_graph *g, int kind, const char *v, const char *dt, const char *lang)
{
    size_t i = (size_t)S_hash(kind, v, dt, lang) & (g->nslot - 1);
    while (g->slots[i]) {
        const rdf_term *t = &g->terms[g->slots[i] - 1];
        if (t->kind == kind && strcmp(t->value, v) == 0 && S_same(t->datatype, dt) && S_same(t->lang, lang))
            break;
        i = (i + 1) & (g->nslot - 1);
    }
    return i;
}

uint32_t rdf_graph_term(rdf_graph *g, int kind, const char *value, const char *datatype, const char *lang)
{
    if (kind == RDF_LITERAL && !datatype)
        datatype = lang ? "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
                        : "http://www.w3.org/2001/XMLSchema#string";
    if (kind != RDF_LITERAL)
        datatype = lang = NULL;
    size_t i = S_slot(g, kind, value, datatype, lang);
    if (g->slots[i])
        return g->slots[i] - 1;
    if (g->nterm == g->cap_term) {
        g->cap_term = g->cap_term ? 2 * g->cap_term : 256;
        g->terms = realloc(g->terms, g->cap_term * sizeof *g->terms);
    }
    rdf_term *t = &g->terms[g->nterm];
    t->kind = kind;
    t->value = strdup(value);
    t->datatype = datatype ? strdup(datatype) : NULL;
    t->lang = lang ? strdup(lang) : NULL;
    g->slots[i] = (uint32_t)++g->nterm;
    if (g->nterm * 2 > g->nslot) {
        free(g->slots);
        g->nslot *= 2;
        g->slots = calloc(g->nslot, sizeof *g->slots);
        for (size_t k = 0; k < g->nterm; k++) {
            const rdf_term *u = &g->terms[k];
            g->slots[S_slot(g, u->kind, u->value, u->datatype, u->lang)] = (uint32_t)k + 1;
        }
    }
    return (uint32_t)g->nterm - 1;
}

uint32_t rdf_graph_find_iri(const rdf_graph *g, const char *iri)
{
    size_t i = S_slot(g, RDF_IRI, iri, NULL, NULL);
    return g->slots[i] ? g->slots[i] - 1 : UINT32_MAX;
}

void rdf_graph_add(rdf_graph *g, uint32_t s, uint32_t p, uint32_t o)
{
    if (g->ntriple == g->cap_triple) {
        g->cap_triple = g->cap_triple ? 2 * g->cap_triple : 1024;
        g->triples = realloc(g->triples, g->cap_triple * sizeof *g->triples);
    }
    g->triples[g->ntriple++] = (rdf_triple){s, p, o};
    g->sorted = false;
}

static int S_cmp_triple(const void *a, const void *b)
{
    const rdf_triple *x = a, *y = b;
    if (x->s != y->s)
        return x->s < y->s ? -1 : 1;
    if (x->p != y->p)
        return x->p < y->p ? -1 : 1;
    return x->o < y->o ? -1 : x->o > y->o;
}

void rdf_graph_sort(rdf_graph *g)
{
    if (g->sorted)
        return;
    if (g->ntriple > 1) /* qsort must not be given the NULL array of an empty graph */
        qsort(g->triples, g->ntriple, sizeof *g->triples, S_cmp_triple);
    /* the same triple twice is one triple */
    size_t k = 0;
    for (size_t i = 0; i < g->ntriple; i++)
        if (k == 0 || S_cmp_triple(&g->triples[k - 1], &g->triples[i]) != 0)
            g->triples[k++] = g->triples[i];
    g->ntriple = k;
    g->sorted = true;
}

size_t rdf_graph_about(rdf_graph *g, uint32_t s, size_t *first)
{
    rdf_graph_sort(g);
    size_t lo = 0, hi = g->ntriple;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (g->triples[mid].s < s)
            lo = mid + 1;
        else
            hi = mid;
    }
    size_t n = 0;
    while (lo + n < g->ntriple && g->triples[lo + n].s == s)
        n++;
    *first = lo;
    return n;
}

size_t rdf_graph_objects(rdf_graph *g, uint32_t s, uint32_t p, size_t *first)
{
    rdf_graph_sort(g);
    size_t lo = 0, hi = g->ntriple;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const rdf_triple *t = &g->triples[mid];
        if (t->s < s || (t->s == s && t->p < p))
            lo = mid + 1;
        else
            hi = mid;
    }
    size_t n = 0;
    while (lo + n < g->ntriple && g->triples[lo + n].s == s && g->triples[lo + n].p == p)
        n++;
    *first = lo;
    return n;
}

/* ---- display ------------------------------------------------------------- */

static const char *const KNOWN_PREFIXES[][2] = {
    {"schema", "http://schema.org/"},
    {"ng", "http://newsgraph.org/ns#"},
    {"rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"},
    {"rdfs", "http://www.w3.org/2000/01/rdf-schema#"},
    {"xsd", "http://www.w3.org/2001/XMLSchema#"},
    {"sh", "http://www.w3.org/ns/shacl#"},
};

const char *rdf_show_iri(const rdf_graph *g, const char *iri, char *buf, size_t n)
{
    for (size_t k = 0; k < sizeof KNOWN_PREFIXES / sizeof KNOWN_PREFIXES[0]; k++) {
        size_t l = strlen(KNOWN_PREFIXES[k][1]);
        if (strncmp(iri, KNOWN_PREFIXES[k][1], l) == 0 && iri[l] && !strpbrk(iri + l, "/#")) {
            snprintf(buf, n, "%s:%s", KNOWN_PREFIXES[k][0], iri + l);
            return buf;
        }
    }
    for (size_t k = 0; g && k < g->nprefix; k++) {
        const char *p = g->prefixes[2 * k], *ns = g->prefixes[2 * k + 1];
        size_t l = strlen(ns);
        if (l && strncmp(iri, ns, l) == 0 && iri[l] && !strpbrk(iri + l, "/#")) {
            snprintf(buf, n, "%s:%s", p, iri + l);
            return buf;
        }
    }
    snprintf(buf, n, "<%s>", iri);
    return buf;
}

const char *rdf_graph_show(const rdf_graph *g, uint32_t term, char *buf, size_t n)
{
    const rdf_term *t = &g->terms[term];
    if (t->kind == RDF_IRI)
        return rdf_show_iri(g, t->value, buf, n);
    if (t->kind == RDF_BLANK) {
        snprintf(buf, n, "_:%s", t->value);
        return buf;
    }
    char dt[300];
    if (t->lang)
        snprintf(buf, n, "\"%.200s\"@%s", t->value, t->lang);
    else if (strcmp(t->datatype, "http://www.w3.org/2001/XMLSchema#string") == 0)
        snprintf(buf, n, "\"%.200s\"", t->value);
    else
        snprintf(buf, n, "\"%.200s\"^^%s", t->value, rdf_show_iri(NULL, t->datatype, dt, sizeof dt));
    return buf;
}

const char *rdf_graph_nt(const rdf_graph *g, uint32_t term, char *buf, size_t n)
{
    const rdf_term *t = &g->terms[term];
    if (t->kind == RDF_IRI) {
        snprintf(buf, n, "<%s>", t->value);
        return buf;
    }
    if (t->kind == RDF_BLANK) {
        snprintf(buf, n, "_:%s", t->value);
        return buf;
    }
    /* a literal, escaped as N-Triples wants, cut to fit */
    size_t k = 0;
    buf[k++] = '"';
    for (const char *c = t->value; *c; c++) {
        if (k + 16 >= n && ((unsigned char)*c & 0xC0) != 0x80)
            break; /* at a character's start */
        const char *esc = *c == '"' ? "\\\"" : *c == '\\' ? "\\\\" : *c == '\n' ? "\\n" : *c == '\r' ? "\\r" : NULL;
        if (esc)
            for (; *esc; esc++)
                buf[k++] = *esc;
        else
            buf[k++] = *c;
    }
    buf[k++] = '"';
    buf[k] = '\0';
    size_t used = k;
    if (t->lang)
        snprintf(buf + used, n - used, "@%s", t->lang);
    else if (t->datatype && strcmp(t->datatype, "http://www.w3.org/2001/XMLSchema#string") != 0)
        snprintf(buf + used, n - used, "^^<%s>", t->datatype);
    return buf;
}

/* ---- Raptor -------------------------------------------------------------- */

const char *rdf_syntax_for_name(const char *path)
{
    const char *dot = strrchr(path, '.');
    if (!dot)
        return NULL;
    static const char *const map[][2] = {{".ttl", "turtle"}, {".turtle", "turtle"}, {".nt", "ntriples"},
                                         {".ntriples", "ntriples"}, {".nq", "nquads"}, {".nquads", "nquads"},
                                         {".trig", "trig"}, {".rdf", "rdfxml"}, {".rdfxml", "rdfxml"},
                                         {".xml", "rdfxml"}, {".owl", "rdfxml"}};
    for (size_t k = 0; k < sizeof map / sizeof map[0]; k++)
        if (strcmp(dot, map[k][0]) == 0)
            return map[k][1];
    return NULL;
}

typedef struct {
    rdf_graph *g;
    rdf_dataset *ds; /* when graphs are kept apart */
    size_t last;     /* the graph of the previous statement */
    ng_error *err;
    const char *source;
    bool failed;
} parse_state;

static uint32_t S_from_raptor(rdf_graph *g, raptor_term *t)
{
    switch (t->type) {
    case RAPTOR_TERM_TYPE_URI:
        return rdf_graph_term(g, RDF_IRI, (const char *)raptor_uri_as_string(t->value.uri), NULL, NULL);
    case RAPTOR_TERM_TYPE_BLANK:
        return rdf_graph_term(g, RDF_BLANK, (const char *)t->value.blank.string, NULL, NULL);
    default: {
        /* the counted lengths: Raptor does not always end a literal's
         * language tag with a NUL (a fuzzed N-Quads line read past it) */
        const char *string = t->value.literal.string ? (const char *)t->value.literal.string : "";
        char *value = strndup(string, t->value.literal.string ? t->value.literal.string_len : 0);
        char *lang = t->value.literal.language
                         ? strndup((const char *)t->value.literal.language, t->value.literal.language_len)
                         : NULL;
        uint32_t id = rdf_graph_term(g, RDF_LITERAL, value,
                                     t->value.literal.datatype
                                         ? (const char *)raptor_uri_as_string(t->value.literal.datatype)
                                         : NULL,
                                     lang);
        free(value);
        free(lang);
        return id;
    }
    }
}

static rdf_graph *S_graph_for(parse_state *ps, raptor_term *name)
{
    if (!ps->ds)
        return ps->g;
    const char *iri = NULL;
    char label[512];
    if (name && name->type == RAPTOR_TERM_TYPE_URI)
        iri = (const char *)raptor_uri_as_string(name->value.uri);
    else if (name && name->type == RAPTOR_TERM_TYPE_BLANK) {
        snprintf(label, sizeof label, "_:%s", (const char *)name->value.blank.string);
        iri = label;
    }
    rdf_dataset *ds = ps->ds;
    /* statements come grouped by graph: try the last one first */
    for (size_t i = 0; i < ds->n; i++) {
        size_t k = (ps->last + i) % ds->n;
        if ((!iri && !ds->names[k]) || (iri && ds->names[k] && strcmp(iri, ds->names[k]) == 0)) {
            ps->last = k;
            return ds->graphs[k];
        }
    }
    ps->last = ds->n;
    ds->graphs = realloc(ds->graphs, (ds->n + 1) * sizeof *ds->graphs);
    ds->names = realloc(ds->names, (ds->n + 1) * sizeof *ds->names);
    ds->graphs[ds->n] = rdf_graph_new();
    ds->names[ds->n] = iri ? strdup(iri) : NULL;
    return ds->graphs[ds->n++];
}

static void S_statement(void *user_data, raptor_statement *st)
{
    parse_state *ps = user_data;
    rdf_graph *g = S_graph_for(ps, st->graph);
    rdf_graph_add(g, S_from_raptor(g, st->subject), S_from_raptor(g, st->predicate), S_from_raptor(g, st->object));
}

static void S_namespace(void *user_data, raptor_namespace *ns)
{
    parse_state *ps = user_data;
    const unsigned char *prefix = raptor_namespace_get_prefix(ns);
    raptor_uri *uri = raptor_namespace_get_uri(ns);
    if (!prefix || !uri || !ps->g)
        return;
    rdf_graph *g = ps->g;
    g->prefixes = realloc(g->prefixes, (g->nprefix + 1) * 2 * sizeof *g->prefixes);
    g->prefixes[2 * g->nprefix] = strdup((const char *)prefix);
    g->prefixes[2 * g->nprefix + 1] = strdup((const char *)raptor_uri_as_string(uri));
    g->nprefix++;
}

static void S_log(void *user_data, raptor_log_message *m)
{
    parse_state *ps = user_data;
    if (m->level < RAPTOR_LOG_LEVEL_ERROR || ps->failed)
        return;
    ps->failed = true;
    int line = m->locator ? raptor_locator_line(m->locator) : -1;
    if (line > 0) {
        char where[600];
        snprintf(where, sizeof where, "%s:%d", ps->source, line);
        ng_error_set(ps->err, where, line, 0, "%s", m->text ? m->text : "syntax error");
    } else {
        ng_error_set(ps->err, ps->source, 0, 0, "%s", m->text ? m->text : "syntax error");
    }
}

static int S_parse(parse_state *ps, const char *text, size_t len, const char *syntax, const char *source,
                   ng_error *err);

int rdf_graph_parse(rdf_graph *g, const char *text, size_t len, const char *syntax, const char *source,
                    ng_error *err)
{
    parse_state ps = {g, NULL, 0, err, source, false};
    return S_parse(&ps, text, len, syntax, source, err);
}

int rdf_dataset_parse(rdf_dataset *ds, const char *text, size_t len, const char *syntax, const char *source,
                      ng_error *err)
{
    memset(ds, 0, sizeof *ds);
    parse_state ps = {NULL, ds, 0, err, source, false};
    if (S_parse(&ps, text, len, syntax, source, err) != 0)
        return -1;
    /* the default graph first */
    for (size_t k = 1; k < ds->n; k++)
        if (!ds->names[k]) {
            rdf_graph *g = ds->graphs[k];
            memmove(ds->graphs + 1, ds->graphs, k * sizeof *ds->graphs);
            memmove(ds->names + 1, ds->names, k * sizeof *ds->names);
            ds->graphs[0] = g;
            ds->names[0] = NULL;
            break;
        }
    return (int)ds->n;
}

void rdf_dataset_free(rdf_dataset *ds)
{
    for (size_t k = 0; k < ds->n; k++) {
        rdf_graph_free(ds->graphs[k]);
        free(ds->names[k]);
    }
    free(ds->graphs);
    free(ds->names);
    memset(ds, 0, sizeof *ds);
}

/* libxml2 asks this for every external entity and DTD (RDF/XML's
 * <!ENTITY % x SYSTEM "file:///...">): none is loaded, whatever the
 * parser's options, so a document cannot make validate read a local file. */
static xmlParserInputPtr S_refuse_entity(const char *url, const char *id, xmlParserCtxtPtr ctxt)
{
    (void)id;
    (void)ctxt;
    (void)url;
    return NULL;
}

static int S_parse(parse_state *ps_in, const char *text, size_t len, const char *syntax, const char *source,
                   ng_error *err)
{
    raptor_world *w = raptor_new_world();
    if (!w || raptor_world_open(w)) {
        ng_error_set(err, source, 0, 0, "cannot start the RDF parser");
        raptor_free_world(w);
        return -1;
    }
    parse_state ps = *ps_in;
    raptor_world_set_log_handler(w, &ps, S_log);
    if (!syntax)
        syntax = raptor_world_guess_parser_name(w, NULL, NULL, (const unsigned char *)text, len > 4096 ? 4096 : len,
                                                (const unsigned char *)source);
    if (syntax && rdf_guard(text, len, syntax, source, err) != 0) {
        raptor_free_world(w);
        return -1;
    }
    raptor_parser *p = syntax ? raptor_new_parser(w, syntax) : NULL;
    if (!p) {
        ng_error_set(err, source, 0, 0, "cannot tell which RDF syntax this is");
        raptor_free_world(w);
        return -1;
    }
    /* no network, no external entities: a document is read as it is */
    raptor_parser_set_option(p, RAPTOR_OPTION_NO_NET, NULL, 1);
    raptor_parser_set_option(p, RAPTOR_OPTION_NO_FILE, NULL, 1);
    raptor_parser_set_option(p, RAPTOR_OPTION_LOAD_EXTERNAL_ENTITIES, NULL, 0);
    raptor_parser_set_statement_handler(p, &ps, S_statement);
    raptor_parser_set_namespace_handler(p, &ps, S_namespace);
    raptor_uri *base = raptor_new_uri(w, (const unsigned char *)"file:///input");
    xmlExternalEntityLoader saved_loader = xmlGetExternalEntityLoader();
    xmlSetExternalEntityLoader(S_refuse_entity);
    int rc = raptor_parser_parse_start(p, base);
    if (rc == 0)
        rc = raptor_parser_parse_chunk(p, (const unsigned char *)text, len, 1);
    xmlSetExternalEntityLoader(saved_loader);
    raptor_free_uri(base);
    raptor_free_parser(p);
    raptor_free_world(w);
    if (rc != 0 || ps.failed) {
        if (!ps.failed)
            ng_error_set(err, source, 0, 0, "not valid %s", syntax);
        return -1;
    }
    return 0;
}
