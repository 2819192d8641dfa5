/* write_tsv.c -- one table of the graph as tab-separated values, for
 * spreadsheets: who said what (statements), who met whom, where and when
 * (events), who is who (actors). Read from the article's triples, so that
 * a row says what the graph says. A header row first; fields hold no tab
 * or line break (each becomes a space); several values are joined by "; ". */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

#define RDF_TYPE "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
#define SCHEMA "http://schema.org/"
#define NG NG_VOCAB

typedef struct {
    const ng_document *doc;
    const ng_triple **by_subject; /* the triples sorted by subject */
    size_t n;
} index_t;

static int S_cmp_subject(const void *a, const void *b)
{
    const ng_triple *x = *(const ng_triple *const *)a, *y = *(const ng_triple *const *)b;
    int c = strcmp(x->s.value, y->s.value);
    return c ? c : (x < y ? -1 : x > y);
}

/* The triples of subject s: [*first, return). */
static size_t S_range(const index_t *ix, const char *s, size_t *first)
{
    size_t lo = 0, hi = ix->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (strcmp(ix->by_subject[mid]->s.value, s) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    *first = lo;
    while (hi < ix->n && strcmp(ix->by_subject[hi]->s.value, s) == 0)
        hi++;
    return hi;
}

/* The first object of (s, p), or NULL. */
static const ng_term *S_value(const index_t *ix, const char *s, const char *p)
{
    size_t i, end = S_range(ix, s, &i);
    for (; i < end; i++)
        if (strcmp(ix->by_subject[i]->p.value, p) == 0)
            return &ix->by_subject[i]->o;
    return NULL;
}

static bool S_has_type(const index_t *ix, const char *s, const char *type)
{
    size_t i, end = S_range(ix, s, &i);
    for (; i < end; i++)
        if (!strcmp(ix->by_subject[i]->p.value, RDF_TYPE) && !strcmp(ix->by_subject[i]->o.value, type))
            return true;
    return false;
}

/* A field: tabs and line breaks become spaces. */
static void S_field(ng_buf *b, const char *s)
{
    for (; s && *s; s++)
        ng_buf_addc(b, *s == '\t' || *s == '\n' || *s == '\r' ? ' ' : *s);
}

/* The name of the node o names (an IRI), or the literal itself. */
static const char *S_name_of(const index_t *ix, const ng_term *o)
{
    if (!o)
        return NULL;
    if (o->kind == NG_TERM_LITERAL)
        return o->value;
    const ng_term *name = S_value(ix, o->value, SCHEMA "name");
    return name ? name->value : o->value;
}

/* Every object of (s, p) as a name, joined by "; ". */
static void S_names(ng_buf *b, const index_t *ix, const char *s, const char *p)
{
    size_t i, end = S_range(ix, s, &i), k = 0;
    for (; i < end; i++)
        if (strcmp(ix->by_subject[i]->p.value, p) == 0) {
            if (k++)
                ng_buf_adds(b, "; ");
            S_field(b, S_name_of(ix, &ix->by_subject[i]->o));
        }
}

/* The local name of an IRI after '#' or the last '/'. */
static const char *S_local(const char *iri)
{
    const char *h = strrchr(iri, '#'), *sl = strrchr(iri, '/');
    const char *c = h && (!sl || h > sl) ? h : sl;
    return c ? c + 1 : iri;
}

static void S_row_end(ng_buf *b) { ng_buf_addc(b, '\n'); }
static void S_tab(ng_buf *b) { ng_buf_addc(b, '\t'); }

static void S_statement(ng_buf *b, const index_t *ix, const char *s)
{
    const char *A = ix->doc->article_iri;
    const char *kind = S_has_type(ix, s, NG "DirectQuote")     ? "direct"
                       : S_has_type(ix, s, NG "IndirectQuote") ? "reported"
                                                               : "unattributed";
    const ng_term *creator = S_value(ix, s, SCHEMA "creator");
    S_field(b, A);
    S_tab(b);
    S_field(b, creator ? S_name_of(ix, creator) : "-");
    S_tab(b);
    S_field(b, creator ? creator->value : "");
    S_tab(b);
    S_field(b, kind);
    S_tab(b);
    const ng_term *t = S_value(ix, s, SCHEMA "text"), *v = S_value(ix, s, NG "speechVerb");
    S_field(b, t ? t->value : "");
    S_tab(b);
    S_field(b, v ? v->value : "");
    S_row_end(b);
}

static void S_event(ng_buf *b, const index_t *ix, const char *s)
{
    size_t i, end = S_range(ix, s, &i);
    const char *klass = "";
    for (; i < end; i++)
        if (!strcmp(ix->by_subject[i]->p.value, RDF_TYPE) && strncmp(ix->by_subject[i]->o.value, NG, strlen(NG)) == 0)
            klass = S_local(ix->by_subject[i]->o.value);
    const ng_term *name = S_value(ix, s, SCHEMA "name"), *date = S_value(ix, s, SCHEMA "startDate");
    const ng_term *modality = S_value(ix, s, NG "modality");
    S_field(b, ix->doc->article_iri);
    S_tab(b);
    S_field(b, klass);
    S_tab(b);
    S_field(b, name ? name->value : "");
    S_tab(b);
    S_names(b, ix, s, SCHEMA "attendee");
    S_tab(b);
    S_names(b, ix, s, SCHEMA "organizer");
    S_tab(b);
    S_names(b, ix, s, SCHEMA "location");
    S_tab(b);
    S_field(b, date ? date->value : "");
    S_tab(b);
    S_field(b, modality ? S_local(modality->value) : "");
    S_row_end(b);
}

static const char *const ACTOR_TYPES[] = {SCHEMA "Person", SCHEMA "Organization", SCHEMA "Country", SCHEMA "City",
                                          SCHEMA "AdministrativeArea", SCHEMA "Continent", SCHEMA "Place",
                                          NG "Group", NG "UnnamedPerson", NG "Publisher", NG "Author", NULL};

static void S_actor(ng_buf *b, const index_t *ix, const char *s, const char *type)
{
    const ng_term *name = S_value(ix, s, SCHEMA "name");
    S_field(b, ix->doc->article_iri);
    S_tab(b);
    S_field(b, S_local(type));
    S_tab(b);
    S_field(b, name ? name->value : "");
    S_tab(b);
    S_field(b, s);
    S_tab(b);
    S_names(b, ix, s, SCHEMA "jobTitle");
    S_tab(b);
    S_names(b, ix, s, SCHEMA "affiliation");
    S_row_end(b);
}

static const char *const HEADERS[] = {
    "article\tspeaker\tspeaker_iri\tkind\ttext\tspeech_verb\n",
    "article\tclass\tname\tattendees\torganizer\tlocation\tdate\tmodality\n",
    "article\ttype\tname\tiri\ttitles\taffiliations\n"};

int ng_write_tsv(const ng_document *doc, ng_tsv_table table, FILE *out, ng_error *err)
{
    index_t ix = {doc, malloc((doc->ntriple + 1) * sizeof *ix.by_subject), doc->ntriple};
    if (!ix.by_subject)
        abort();
    for (size_t i = 0; i < doc->ntriple; i++)
        ix.by_subject[i] = &doc->triples[i];
    qsort(ix.by_subject, ix.n, sizeof *ix.by_subject, S_cmp_subject);
    ng_buf b = {0};
    ng_buf_adds(&b, HEADERS[table]);
    /* rows in the order the graph made its nodes: their first triples */
    for (size_t i = 0; i < doc->ntriple; i++) {
        const ng_triple *t = &doc->triples[i];
        if (strcmp(t->p.value, RDF_TYPE) != 0 || t->o.kind != NG_TERM_IRI)
            continue;
        const char *o = t->o.value;
        if (table == NG_TSV_STATEMENTS &&
            (!strcmp(o, SCHEMA "Quotation") || !strcmp(o, NG "UnattributedQuote")))
            S_statement(&b, &ix, t->s.value);
        else if (table == NG_TSV_EVENTS && !strcmp(o, SCHEMA "Event"))
            S_event(&b, &ix, t->s.value);
        else if (table == NG_TSV_ACTORS)
            for (int k = 0; ACTOR_TYPES[k]; k++)
                if (!strcmp(o, ACTOR_TYPES[k])) {
                    S_actor(&b, &ix, t->s.value, o);
                    break;
                }
    }
    free(ix.by_subject);
    bool ok = fwrite(b.data, 1, b.len, out) == b.len;
    ng_buf_free(&b);
    if (!ok) {
        ng_error_set(err, doc->art->source, 0, 0, "cannot write TSV output");
        return -1;
    }
    return 0;
}
