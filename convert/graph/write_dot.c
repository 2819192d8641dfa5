/* write_dot.c -- the article's actors and events as a Graphviz graph: who
 * met whom, where, who hosted, who belongs to what, who spoke how often.
 * Read from the article's triples, like the tables. A node is named by its
 * IRI, so in a batch (one digraph, a cluster per article) an actor named
 * in several articles is one node.
 *
 *   newsgraph convert -f dot article.txt | dot -Tsvg > article.svg */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

#define RDF_TYPE "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
#define SCHEMA "http://schema.org/"
#define NG NG_VOCAB

static const char HEAD[] = "digraph newsgraph {\n"
                           "  graph [rankdir=LR, fontname=\"DejaVu Sans\", fontsize=12];\n"
                           "  node [fontname=\"DejaVu Sans\", fontsize=11, style=filled];\n"
                           "  edge [fontname=\"DejaVu Sans\", fontsize=9, color=\"#555555\"];\n";
static const char TAIL[] = "}\n";

size_t ng_dot_head_len(void) { return strlen(HEAD); }
size_t ng_dot_tail_len(void) { return strlen(TAIL); }

/* How each kind of node is drawn. */
static const struct {
    const char *type, *shape, *color;
} LOOKS[] = {
    {SCHEMA "Person", "ellipse", "#ffe2a8"},       {NG "Author", "ellipse", "#ffe2a8"},
    {SCHEMA "Organization", "box", "#c9e4ff"},     {NG "Publisher", "box", "#c9e4ff"},
    {SCHEMA "Country", "house", "#cdeccf"},        {SCHEMA "City", "house", "#cdeccf"},
    {SCHEMA "AdministrativeArea", "house", "#cdeccf"}, {SCHEMA "Continent", "house", "#cdeccf"},
    {SCHEMA "Place", "house", "#cdeccf"},          {NG "Group", "ellipse", "#ecd5f5"},
    {NG "UnnamedPerson", "ellipse", "#ecd5f5"},    {SCHEMA "Event", "octagon", "#f6c4c2"},
};

/* A DOT string: in double quotes, with quotes and backslashes escaped; a
 * line break is DOT's escape for one, a backslash and an n. */
static void S_quoted(ng_buf *b, const char *prefix, const char *s)
{
    ng_buf_addc(b, '"');
    ng_buf_adds(b, prefix);
    for (; s && *s; s++) {
        if (*s == '\n') {
            ng_buf_adds(b, "\\n");
            continue;
        }
        if (*s == '"' || *s == '\\')
            ng_buf_addc(b, '\\');
        ng_buf_addc(b, *s == '\r' ? ' ' : *s);
    }
    ng_buf_addc(b, '"');
}

/* The speakers of the article's statements, sorted, so that how many
 * statements a node made is two binary searches. */
typedef struct {
    const char **who;
    size_t n;
} speakers;

static int S_cmp_str(const void *a, const void *b) { return strcmp(*(const char *const *)a, *(const char *const *)b); }

static void S_speakers(speakers *sp, const ng_document *doc)
{
    sp->who = malloc((doc->ntriple + 1) * sizeof *sp->who);
    if (!sp->who)
        abort();
    sp->n = 0;
    for (size_t i = 0; i < doc->ntriple; i++)
        if (!strcmp(doc->triples[i].p.value, SCHEMA "creator"))
            sp->who[sp->n++] = doc->triples[i].o.value;
    qsort(sp->who, sp->n, sizeof *sp->who, S_cmp_str);
}

static size_t S_statements_by(const speakers *sp, const char *iri)
{
    size_t lo = 0, hi = sp->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (strcmp(sp->who[mid], iri) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    size_t end = lo;
    while (end < sp->n && !strcmp(sp->who[end], iri))
        end++;
    return end - lo;
}

static void S_node(ng_buf *b, const ng_triple_index *ix, const speakers *sp, const char *s, size_t look)
{
    const ng_term *name = ng_tix_value(ix, s, SCHEMA "name");
    ng_buf label = {0};
    if (!strcmp(LOOKS[look].type, SCHEMA "Event")) {
        size_t i, end = ng_tix_range(ix, s, &i);
        for (; i < end; i++)
            if (!strcmp(ix->by_subject[i]->p.value, RDF_TYPE) && !strncmp(ix->by_subject[i]->o.value, NG, strlen(NG)))
                ng_buf_adds(&label, ng_iri_local(ix->by_subject[i]->o.value));
        ng_buf_adds(&label, ": ");
        ng_buf_adds(&label, name ? name->value : "");
        const ng_term *when = ng_tix_value(ix, s, SCHEMA "startDate");
        if (!when)
            when = ng_tix_value(ix, s, NG "timeExpression");
        const ng_term *modality = ng_tix_value(ix, s, NG "modality");
        if (when || (modality && strcmp(ng_iri_local(modality->value), "Asserted") != 0))
            ng_buf_adds(&label, "\n");
        if (when)
            ng_buf_adds(&label, when->value);
        if (modality && strcmp(ng_iri_local(modality->value), "Asserted") != 0) {
            ng_buf_adds(&label, when ? " (" : "(");
            ng_buf_adds(&label, ng_iri_local(modality->value));
            ng_buf_adds(&label, ")");
        }
    } else {
        ng_buf_adds(&label, name ? name->value : s);
        const ng_term *title = ng_tix_value(ix, s, SCHEMA "jobTitle");
        if (title) {
            ng_buf_adds(&label, "\n");
            ng_buf_adds(&label, title->value);
        }
        size_t said = S_statements_by(sp, s);
        if (said)
            ng_buf_printf(&label, "\n%zu statement%s", said, said == 1 ? "" : "s");
    }
    ng_buf_adds(b, "    ");
    S_quoted(b, "", s);
    ng_buf_adds(b, " [label=");
    S_quoted(b, "", label.data ? label.data : "");
    ng_buf_printf(b, ", shape=%s, fillcolor=\"%s\"];\n", LOOKS[look].shape, LOOKS[look].color);
    ng_buf_free(&label);
}

/* Edges from s for each object of p. */
static void S_edges(ng_buf *b, const ng_triple_index *ix, const char *s, const char *p, const char *label,
                    const char *style)
{
    size_t i, end = ng_tix_range(ix, s, &i);
    for (; i < end; i++)
        if (!strcmp(ix->by_subject[i]->p.value, p) && ix->by_subject[i]->o.kind == NG_TERM_IRI) {
            ng_buf_adds(b, "    ");
            S_quoted(b, "", s);
            ng_buf_adds(b, " -> ");
            S_quoted(b, "", ix->by_subject[i]->o.value);
            ng_buf_printf(b, " [label=\"%s\"%s];\n", label, style);
        }
}

int ng_write_dot(const ng_document *doc, FILE *out, ng_error *err)
{
    ng_triple_index ix;
    ng_tix_init(&ix, doc);
    speakers sp;
    S_speakers(&sp, doc);
    ng_buf b = {0};
    ng_buf_adds(&b, HEAD);
    ng_buf_adds(&b, "  subgraph ");
    S_quoted(&b, "cluster_", doc->article_iri);
    ng_buf_adds(&b, " {\n    label=");
    const ng_term *headline = ng_tix_value(&ix, doc->article_iri, SCHEMA "headline");
    S_quoted(&b, "", headline ? headline->value : doc->art->source);
    ng_buf_adds(&b, ";\n");
    /* nodes in the order the graph made them; actors the story never
     * names (a publisher, an author known from the byline) are left out */
    for (size_t i = 0; i < doc->ntriple; i++) {
        const ng_triple *t = &doc->triples[i];
        if (strcmp(t->p.value, RDF_TYPE) != 0)
            continue;
        for (size_t k = 0; k < sizeof LOOKS / sizeof LOOKS[0]; k++)
            if (!strcmp(t->o.value, LOOKS[k].type) && strcmp(t->o.value, NG "Publisher") != 0 &&
                strcmp(t->o.value, NG "Author") != 0)
                S_node(&b, &ix, &sp, t->s.value, k);
    }
    for (size_t i = 0; i < doc->ntriple; i++) {
        const ng_triple *t = &doc->triples[i];
        if (strcmp(t->p.value, RDF_TYPE) != 0)
            continue;
        const char *s = t->s.value;
        if (!strcmp(t->o.value, SCHEMA "Event")) {
            S_edges(&b, &ix, s, SCHEMA "attendee", "attendee", "");
            S_edges(&b, &ix, s, SCHEMA "organizer", "organizer", ", style=bold");
            S_edges(&b, &ix, s, SCHEMA "location", "in", ", style=dashed");
        } else if (!strcmp(t->o.value, SCHEMA "Person") || !strcmp(t->o.value, SCHEMA "Organization") ||
                   !strcmp(t->o.value, NG "Group")) {
            S_edges(&b, &ix, s, SCHEMA "affiliation", "affiliation", ", style=dotted");
            S_edges(&b, &ix, s, SCHEMA "worksFor", "works for", ", style=dotted");
            S_edges(&b, &ix, s, SCHEMA "parentOrganization", "part of", ", style=dotted");
        }
    }
    ng_buf_adds(&b, "  }\n");
    ng_buf_adds(&b, TAIL);
    ng_tix_free(&ix);
    free(sp.who);
    return ng_write_out(&b, out, doc, "DOT", err);
}
