/* triple_index.c -- an article's triples by subject, for the writers that
 * read the graph back as people read it (tables, the HTML view, the
 * Graphviz picture), so that what they show is what the graph says; and
 * how they hand over what they made. */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

#define RDF_TYPE "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"

static int S_cmp_subject(const void *a, const void *b)
{
    const ng_triple *x = *(const ng_triple *const *)a, *y = *(const ng_triple *const *)b;
    int c = strcmp(x->s.value, y->s.value);
    return c ? c : (x < y ? -1 : x > y);
}

void ng_tix_init(ng_triple_index *ix, const ng_document *doc)
{
    ix->doc = doc;
    ix->n = doc->ntriple;
    ix->by_subject = malloc((doc->ntriple + 1) * sizeof *ix->by_subject);
    if (!ix->by_subject)
        abort();
    for (size_t i = 0; i < doc->ntriple; i++)
        ix->by_subject[i] = &doc->triples[i];
    qsort(ix->by_subject, ix->n, sizeof *ix->by_subject, S_cmp_subject);
}

void ng_tix_free(ng_triple_index *ix)
{
    free(ix->by_subject);
    ix->by_subject = NULL;
}

/* The first triple whose subject is not before s (upper: not s or before). */
static size_t S_bound(const ng_triple_index *ix, const char *s, bool upper)
{
    size_t lo = 0, hi = ix->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = strcmp(ix->by_subject[mid]->s.value, s);
        if (c < 0 || (upper && c == 0))
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* Both ends by binary search: an actor named 50,000 times has as many
 * triples, and is looked up at each of its mentions. */
size_t ng_tix_range(const ng_triple_index *ix, const char *s, size_t *first)
{
    *first = S_bound(ix, s, false);
    return S_bound(ix, s, true);
}

const ng_term *ng_tix_value(const ng_triple_index *ix, const char *s, const char *p)
{
    size_t i, end = ng_tix_range(ix, s, &i);
    for (; i < end; i++)
        if (strcmp(ix->by_subject[i]->p.value, p) == 0)
            return &ix->by_subject[i]->o;
    return NULL;
}

bool ng_tix_has_type(const ng_triple_index *ix, const char *s, const char *type)
{
    size_t i, end = ng_tix_range(ix, s, &i);
    for (; i < end; i++)
        if (!strcmp(ix->by_subject[i]->p.value, RDF_TYPE) && !strcmp(ix->by_subject[i]->o.value, type))
            return true;
    return false;
}

const char *ng_tix_name(const ng_triple_index *ix, const ng_term *o)
{
    if (!o)
        return NULL;
    if (o->kind == NG_TERM_LITERAL)
        return o->value;
    const ng_term *name = ng_tix_value(ix, o->value, "http://schema.org/name");
    return name ? name->value : o->value;
}

const char *ng_iri_local(const char *iri)
{
    const char *h = strrchr(iri, '#'), *sl = strrchr(iri, '/');
    const char *c = h && (!sl || h > sl) ? h : sl;
    return c ? c + 1 : iri;
}

int ng_write_out(ng_buf *b, FILE *out, const ng_document *doc, const char *format, ng_error *err)
{
    bool ok = fwrite(b->data ? b->data : "", 1, b->len, out) == b->len;
    ng_buf_free(b);
    if (!ok) {
        ng_error_set(err, doc->art->source, 0, 0, "cannot write %s output", format);
        return -1;
    }
    return 0;
}
