/* write_html.c -- the article as a page to read: its text with every
 * mention of an actor, every event's words and every statement's words
 * marked, and beside it the graph (actors, events, statements) as lists.
 * Read from the article's triples, like the tables, so the page shows what
 * the graph says; the spans come from the gaf:denotedBy links (none with
 * --evidence none). One self-contained file: the style and the script
 * (html_view.css, html_view.js) are inside it, nothing is fetched.
 *
 * A batch is one page: the head once, an <article> per article, the tail
 * once (write_batch.c cuts the pieces with ng_html_head_len and
 * ng_html_tail_len). */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

#define RDF_TYPE "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
#define SCHEMA "http://schema.org/"
#define NG NG_VOCAB
#define GAF_DENOTED_BY "http://groundedannotationframework.org/gaf#denotedBy"

extern const char ng_embedded_view_css[];
extern const char ng_embedded_view_js[];

static const char HEAD_OPEN[] = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                                "<meta name=\"generator\" content=\"newsgraph " NG_VERSION "\">\n"
                                "<title>newsgraph</title>\n<style>\n";
static const char HEAD_CLOSE[] = "</style>\n</head>\n<body>\n";
static const char TAIL_OPEN[] = "<script>\n";
static const char TAIL_CLOSE[] = "</script>\n</body>\n</html>\n";

size_t ng_html_head_len(void) { return strlen(HEAD_OPEN) + strlen(ng_embedded_view_css) + strlen(HEAD_CLOSE); }
size_t ng_html_tail_len(void) { return strlen(TAIL_OPEN) + strlen(ng_embedded_view_js) + strlen(TAIL_CLOSE); }

/* ---- what the page shows ------------------------------------------------- */

typedef enum { LAYER_STATEMENT, LAYER_EVENT, LAYER_ACTOR } layer;

/* The kinds of node, in the order of the panel's sections. */
typedef enum { K_PERSON, K_ORGANIZATION, K_PLACE, K_GROUP, K_EVENT, K_STATEMENT, K_COUNT } kind;
static const char *const SECTION[K_COUNT] = {"People", "Organizations", "Places", "Groups", "Events", "Statements"};
static const char *const CLASS[K_COUNT] = {"ng-actor ng-person", "ng-actor ng-organization", "ng-actor ng-place",
                                           "ng-actor ng-group", "ng-event", "ng-statement"};

static const struct {
    const char *type;
    kind k;
} KINDS[] = {{SCHEMA "Person", K_PERSON}, {NG "Author", K_PERSON}, {SCHEMA "Organization", K_ORGANIZATION},
             {NG "Publisher", K_ORGANIZATION}, {SCHEMA "Country", K_PLACE}, {SCHEMA "City", K_PLACE},
             {SCHEMA "AdministrativeArea", K_PLACE}, {SCHEMA "Continent", K_PLACE}, {SCHEMA "Place", K_PLACE},
             {NG "Group", K_GROUP}, {NG "UnnamedPerson", K_GROUP}, {SCHEMA "Event", K_EVENT},
             {SCHEMA "Quotation", K_STATEMENT}, {NG "UnattributedQuote", K_STATEMENT},
             {NG "Stance", K_STATEMENT}};

typedef struct {
    const char *iri;
    kind k;
} node;

typedef struct {
    size_t start, end; /* bytes of the text */
    layer layer;
    size_t node;
} mark;

typedef struct {
    const ng_document *doc;
    ng_triple_index ix;
    node *nodes;
    size_t nnode;
    mark *marks;
    size_t nmark, cap_mark;
    size_t *char_byte; /* the byte where each character starts, and the end */
    size_t nchar;
} view;

static void S_esc(ng_buf *b, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        switch (s[i]) {
        case '&': ng_buf_adds(b, "&amp;"); break;
        case '<': ng_buf_adds(b, "&lt;"); break;
        case '>': ng_buf_adds(b, "&gt;"); break;
        case '"': ng_buf_adds(b, "&quot;"); break;
        default: ng_buf_addc(b, s[i]);
        }
}

static void S_escs(ng_buf *b, const char *s)
{
    if (s)
        S_esc(b, s, strlen(s));
}

static int S_kind_of(const char *type)
{
    for (size_t k = 0; k < sizeof KINDS / sizeof KINDS[0]; k++)
        if (!strcmp(type, KINDS[k].type))
            return (int)KINDS[k].k;
    return -1;
}

/* Nodes in the order the graph made them (their first type triple of a
 * kind the page shows). */
static void S_find_nodes(view *v)
{
    const ng_document *doc = v->doc;
    v->nodes = calloc(doc->ntriple + 1, sizeof *v->nodes);
    if (!v->nodes)
        abort();
    for (size_t i = 0; i < doc->ntriple; i++) {
        const ng_triple *t = &doc->triples[i];
        int k;
        if (strcmp(t->p.value, RDF_TYPE) != 0 || (k = S_kind_of(t->o.value)) < 0)
            continue;
        /* an earlier type triple of a shown kind made the node already */
        bool seen = false;
        size_t j, end = ng_tix_range(&v->ix, t->s.value, &j);
        for (; j < end && !seen; j++) {
            const ng_triple *u = v->ix.by_subject[j];
            seen = u < t && !strcmp(u->p.value, RDF_TYPE) && S_kind_of(u->o.value) >= 0;
        }
        if (!seen)
            v->nodes[v->nnode++] = (node){t->s.value, (kind)k};
    }
}

static void S_index_chars(view *v)
{
    const ng_article *art = v->doc->art;
    v->char_byte = malloc((art->len + 2) * sizeof *v->char_byte);
    if (!v->char_byte)
        abort();
    size_t n = 0;
    for (size_t i = 0; i < art->len; i++)
        if (((unsigned char)art->text[i] & 0xC0) != 0x80)
            v->char_byte[n++] = i;
    v->char_byte[n] = art->len;
    v->nchar = n;
}

/* The spans a node is denoted by: "ARTICLE#char=B,E" in characters
 * (ng_span_marker). */
static void S_find_marks(view *v)
{
    const char *A = v->doc->article_iri, *marker = ng_span_marker(A);
    size_t alen = strlen(A), mlen = strlen(marker);
    for (size_t n = 0; n < v->nnode; n++) {
        const node *nd = &v->nodes[n];
        size_t i, end = ng_tix_range(&v->ix, nd->iri, &i);
        for (; i < end; i++) {
            const ng_triple *t = v->ix.by_subject[i];
            unsigned long b, e;
            int used = 0;
            if (strcmp(t->p.value, GAF_DENOTED_BY) != 0 || strncmp(t->o.value, A, alen) != 0 ||
                strncmp(t->o.value + alen, marker, mlen) != 0 ||
                sscanf(t->o.value + alen + mlen, "%lu,%lu%n", &b, &e, &used) != 2 ||
                t->o.value[alen + mlen + used] || b >= e || e > v->nchar)
                continue;
            if (v->nmark == v->cap_mark) {
                v->cap_mark = v->cap_mark ? 2 * v->cap_mark : 64;
                v->marks = realloc(v->marks, v->cap_mark * sizeof *v->marks);
                if (!v->marks)
                    abort();
            }
            mark *m = &v->marks[v->nmark++];
            m->start = v->char_byte[b];
            m->end = v->char_byte[e];
            m->layer = nd->k == K_EVENT ? LAYER_EVENT : nd->k == K_STATEMENT ? LAYER_STATEMENT : LAYER_ACTOR;
            m->node = n;
        }
    }
}

/* ---- the text with its marks ----------------------------------------------- */

/* Wider spans outside narrower ones: by start, then the longer first, then
 * statements outside events outside actors. */
static bool S_outside(const mark *a, const mark *b)
{
    if (a->start != b->start)
        return a->start < b->start;
    if (a->end != b->end)
        return a->end > b->end;
    if (a->layer != b->layer)
        return a->layer < b->layer;
    return a->node < b->node;
}

static void S_open(view *v, ng_buf *b, const mark *m)
{
    const node *nd = &v->nodes[m->node];
    bool actor = m->layer == LAYER_ACTOR;
    ng_buf_adds(b, actor ? "<mark class=\"" : "<span class=\"");
    ng_buf_adds(b, CLASS[nd->k]);
    if (nd->k == K_STATEMENT && ng_tix_has_type(&v->ix, nd->iri, NG "DirectQuote"))
        ng_buf_adds(b, " ng-direct");
    ng_buf_adds(b, "\" data-ref=\"n");
    ng_buf_printf(b, "%zu", m->node + 1);
    ng_buf_adds(b, "\" title=\"");
    const ng_term *name = ng_tix_value(&v->ix, nd->iri, SCHEMA "name");
    bool stance = nd->k == K_STATEMENT && ng_tix_has_type(&v->ix, nd->iri, NG "Stance");
    S_escs(b, stance ? "stance" : nd->k == K_STATEMENT ? "statement" : name ? name->value : nd->iri);
    ng_buf_adds(b, "\">");
}

static int S_cmp_size(const void *a, const void *b)
{
    size_t x = *(const size_t *)a, y = *(const size_t *)b;
    return x < y ? -1 : x > y;
}

static int S_cmp_mark_start(const void *a, const void *b)
{
    const mark *x = a, *y = b;
    return S_outside(x, y) ? -1 : S_outside(y, x) ? 1 : 0;
}

/* The text, each run of characters inside the marks that cover it. The
 * elements open stay open while they cover the next run; a mark crossing
 * another's end is closed and opened again, so the HTML nests. The runs
 * are walked in order with the marks covering them kept aside, so a long
 * article with many mentions costs n log n, not n squared. */
static void S_text(view *v, ng_buf *b)
{
    const ng_article *art = v->doc->art;
    size_t *cuts = malloc((2 * v->nmark + 2) * sizeof *cuts), ncut = 0;
    const mark **open = malloc((v->nmark + 1) * sizeof *open), **want = malloc((v->nmark + 1) * sizeof *want);
    if (!cuts || !open || !want)
        abort();
    if (v->nmark) /* (no marks without spans: --evidence none) */
        qsort(v->marks, v->nmark, sizeof *v->marks, S_cmp_mark_start);
    cuts[ncut++] = 0;
    cuts[ncut++] = art->len;
    for (size_t i = 0; i < v->nmark; i++) {
        cuts[ncut++] = v->marks[i].start;
        cuts[ncut++] = v->marks[i].end;
    }
    qsort(cuts, ncut, sizeof *cuts, S_cmp_size);
    size_t nopen = 0, nwant = 0, next = 0;
    for (size_t c = 0; c + 1 < ncut; c++) {
        size_t from = cuts[c], to = cuts[c + 1];
        if (from == to)
            continue;
        /* the marks covering [from, to): those still open, and those
         * starting here, kept outermost first */
        size_t k = 0;
        for (size_t i = 0; i < nwant; i++)
            if (want[i]->end >= to)
                want[k++] = want[i];
        nwant = k;
        for (; next < v->nmark && v->marks[next].start <= from; next++) {
            if (v->marks[next].end < to)
                continue;
            size_t j = nwant++;
            for (; j > 0 && S_outside(&v->marks[next], want[j - 1]); j--)
                want[j] = want[j - 1];
            want[j] = &v->marks[next];
        }
        size_t keep = 0;
        while (keep < nopen && keep < nwant && open[keep] == want[keep])
            keep++;
        while (nopen > keep)
            ng_buf_adds(b, open[--nopen]->layer == LAYER_ACTOR ? "</mark>" : "</span>");
        while (nopen < nwant) {
            open[nopen] = want[nopen];
            S_open(v, b, open[nopen++]);
        }
        S_esc(b, art->text + from, to - from);
    }
    while (nopen > 0)
        ng_buf_adds(b, open[--nopen]->layer == LAYER_ACTOR ? "</mark>" : "</span>");
    free(cuts);
    free(open);
    free(want);
}

/* ---- the panel ------------------------------------------------------------------ */

/* " · " then every object of (s, p) by name, joined by ", ". */
static void S_names(view *v, ng_buf *b, const char *s, const char *p, const char *before)
{
    size_t i, end = ng_tix_range(&v->ix, s, &i), k = 0;
    for (; i < end; i++)
        if (!strcmp(v->ix.by_subject[i]->p.value, p)) {
            ng_buf_adds(b, k++ ? ", " : before);
            S_escs(b, ng_tix_name(&v->ix, &v->ix.by_subject[i]->o));
        }
}

static void S_value_after(view *v, ng_buf *b, const char *s, const char *p, const char *before)
{
    const ng_term *t = ng_tix_value(&v->ix, s, p);
    if (t) {
        ng_buf_adds(b, before);
        S_escs(b, t->kind == NG_TERM_IRI ? ng_iri_local(t->value) : t->value);
    }
}

static void S_entry(view *v, ng_buf *b, size_t n)
{
    const node *nd = &v->nodes[n];
    const char *s = nd->iri;
    ng_buf_printf(b, "<li class=\"%s\" data-ref=\"n%zu\" data-iri=\"", CLASS[nd->k], n + 1);
    S_escs(b, s);
    ng_buf_adds(b, "\">");
    if (nd->k == K_EVENT) {
        size_t i, end = ng_tix_range(&v->ix, s, &i);
        for (; i < end; i++)
            if (!strcmp(v->ix.by_subject[i]->p.value, RDF_TYPE) && !strncmp(v->ix.by_subject[i]->o.value, NG, strlen(NG)))
                S_escs(b, ng_iri_local(v->ix.by_subject[i]->o.value));
        S_value_after(v, b, s, SCHEMA "name", " <b>");
        ng_buf_adds(b, "</b>");
        S_names(v, b, s, SCHEMA "attendee", " · ");
        S_names(v, b, s, SCHEMA "organizer", " · hosted by ");
        S_names(v, b, s, SCHEMA "location", " · in ");
        S_value_after(v, b, s, SCHEMA "startDate", " · ");
        S_value_after(v, b, s, NG "timeExpression", " · ");
        S_value_after(v, b, s, NG "modality", " <span class=\"ng-what\">");
        ng_buf_adds(b, "</span>");
    } else if (nd->k == K_STATEMENT) {
        /* (a stance: its holder and its cue) */
        bool stance = ng_tix_has_type(&v->ix, s, NG "Stance");
        const ng_term *who = ng_tix_value(&v->ix, s, stance ? NG "holder" : SCHEMA "creator");
        const char *verb = stance ? NG "cue" : NG "speechVerb";
        ng_buf_adds(b, "<b>");
        S_escs(b, who ? ng_tix_name(&v->ix, who) : "unattributed");
        ng_buf_adds(b, "</b>");
        S_value_after(v, b, s, verb, " <span class=\"ng-what\">");
        if (ng_tix_value(&v->ix, s, verb))
            ng_buf_adds(b, "</span>");
        S_value_after(v, b, s, SCHEMA "text", ": ");
    } else {
        S_value_after(v, b, s, SCHEMA "name", "<b>");
        ng_buf_adds(b, "</b>");
        S_names(v, b, s, SCHEMA "jobTitle", " · ");
        S_names(v, b, s, SCHEMA "affiliation", " · ");
        S_names(v, b, s, SCHEMA "worksFor", " · ");
    }
    ng_buf_adds(b, "</li>\n");
}

static void S_panel(view *v, ng_buf *b)
{
    ng_buf_adds(b, "<aside class=\"ng-panel\">\n<div class=\"ng-legend\"><span class=\"ng-person\">person</span>"
                   "<span class=\"ng-organization\">organization</span><span class=\"ng-place\">place</span>"
                   "<span class=\"ng-group\">group</span><span class=\"ng-event\">event</span>"
                   "<span class=\"ng-statement ng-direct\">statement</span></div>\n");
    for (int k = 0; k < K_COUNT; k++) {
        size_t count = 0;
        for (size_t n = 0; n < v->nnode; n++)
            count += v->nodes[n].k == (kind)k;
        if (!count)
            continue;
        ng_buf_printf(b, "<h2>%s (%zu)</h2>\n<ul>\n", SECTION[k], count);
        for (size_t n = 0; n < v->nnode; n++)
            if (v->nodes[n].k == (kind)k)
                S_entry(v, b, n);
        ng_buf_adds(b, "</ul>\n");
    }
    ng_buf_adds(b, "</aside>\n");
}

static void S_header(view *v, ng_buf *b)
{
    const char *A = v->doc->article_iri;
    const ng_term *headline = ng_tix_value(&v->ix, A, SCHEMA "headline");
    ng_buf_adds(b, "<h1>");
    S_escs(b, headline ? headline->value : v->doc->art->source);
    ng_buf_adds(b, "</h1>\n<p class=\"ng-meta\">");
    const ng_term *date = ng_tix_value(&v->ix, A, SCHEMA "datePublished");
    const ng_term *publisher = ng_tix_value(&v->ix, A, SCHEMA "publisher");
    const ng_term *url = ng_tix_value(&v->ix, A, SCHEMA "url");
    if (date)
        S_escs(b, date->value);
    if (publisher) {
        ng_buf_adds(b, date ? " · " : "");
        S_escs(b, ng_tix_name(&v->ix, publisher));
    }
    if (url) {
        ng_buf_adds(b, date || publisher ? " · <a href=\"" : "<a href=\"");
        S_escs(b, url->value);
        ng_buf_adds(b, "\">");
        S_escs(b, url->value);
        ng_buf_adds(b, "</a>");
    }
    ng_buf_adds(b, "</p>\n");
}

int ng_write_html(const ng_document *doc, FILE *out, ng_error *err)
{
    view v = {.doc = doc};
    ng_tix_init(&v.ix, doc);
    S_find_nodes(&v);
    S_index_chars(&v);
    S_find_marks(&v);
    ng_buf b = {0};
    ng_buf_adds(&b, HEAD_OPEN);
    ng_buf_adds(&b, ng_embedded_view_css);
    ng_buf_adds(&b, HEAD_CLOSE);
    ng_buf_adds(&b, "<article class=\"ng-article\" data-iri=\"");
    S_escs(&b, doc->article_iri);
    ng_buf_adds(&b, "\">\n<div class=\"ng-text\">\n");
    S_header(&v, &b);
    ng_buf_adds(&b, "<div class=\"ng-body\">");
    S_text(&v, &b);
    ng_buf_adds(&b, "</div>\n</div>\n");
    S_panel(&v, &b);
    ng_buf_adds(&b, "</article>\n");
    ng_buf_adds(&b, TAIL_OPEN);
    ng_buf_adds(&b, ng_embedded_view_js);
    ng_buf_adds(&b, TAIL_CLOSE);
    ng_tix_free(&v.ix);
    free(v.nodes);
    free(v.marks);
    free(v.char_byte);
    return ng_write_out(&b, out, doc, "HTML", err);
}
