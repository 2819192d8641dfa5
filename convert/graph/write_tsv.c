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

/* A field: tabs and line breaks become spaces. */
static void S_field(ng_buf *b, const char *s)
{
    for (; s && *s; s++)
        ng_buf_addc(b, *s == '\t' || *s == '\n' || *s == '\r' ? ' ' : *s);
}

/* Every object of (s, p) as a name, joined by "; ". */
/* The names of the objects of s's p and p2 (NULL: none), "; " between. */
static void S_names2(ng_buf *b, const ng_triple_index *ix, const char *s, const char *p, const char *p2)
{
    size_t i, end = ng_tix_range(ix, s, &i), k = 0;
    for (; i < end; i++)
        if (strcmp(ix->by_subject[i]->p.value, p) == 0 || (p2 && strcmp(ix->by_subject[i]->p.value, p2) == 0)) {
            if (k++)
                ng_buf_adds(b, "; ");
            S_field(b, ng_tix_name(ix, &ix->by_subject[i]->o));
        }
}

static void S_names(ng_buf *b, const ng_triple_index *ix, const char *s, const char *p)
{
    S_names2(b, ix, s, p, NULL);
}

static void S_row_end(ng_buf *b) { ng_buf_addc(b, '\n'); }
static void S_tab(ng_buf *b) { ng_buf_addc(b, '\t'); }

static void S_statement(ng_buf *b, const ng_triple_index *ix, const char *s)
{
    const char *A = ix->doc->article_iri;
    bool stance = ng_tix_has_type(ix, s, NG "Stance");
    const char *kind = ng_tix_has_type(ix, s, NG "DirectQuote")     ? "direct"
                       : ng_tix_has_type(ix, s, NG "IndirectQuote") ? "reported"
                       : stance                                    ? "stance"
                                                                   : "unattributed";
    /* (a stance's holder in the speaker's columns, its cue in the verb's) */
    const ng_term *creator = ng_tix_value(ix, s, stance ? NG "holder" : SCHEMA "creator");
    S_field(b, A);
    S_tab(b);
    S_field(b, creator ? ng_tix_name(ix, creator) : "-");
    S_tab(b);
    S_field(b, creator ? creator->value : "");
    S_tab(b);
    S_field(b, kind);
    S_tab(b);
    const ng_term *t = ng_tix_value(ix, s, SCHEMA "text");
    const ng_term *v = ng_tix_value(ix, s, stance ? NG "cue" : NG "speechVerb");
    S_field(b, t ? t->value : "");
    S_tab(b);
    S_field(b, v ? v->value : "");
    S_row_end(b);
}

static void S_event(ng_buf *b, const ng_triple_index *ix, const char *s)
{
    size_t i, end = ng_tix_range(ix, s, &i);
    const char *klass = "";
    for (; i < end; i++)
        if (!strcmp(ix->by_subject[i]->p.value, RDF_TYPE) && strncmp(ix->by_subject[i]->o.value, NG, strlen(NG)) == 0)
            klass = ng_iri_local(ix->by_subject[i]->o.value);
    const ng_term *name = ng_tix_value(ix, s, SCHEMA "name"), *date = ng_tix_value(ix, s, SCHEMA "startDate");
    const ng_term *modality = ng_tix_value(ix, s, NG "modality");
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
    S_field(b, modality ? ng_iri_local(modality->value) : "");
    S_row_end(b);
}

static const char *const ACTOR_TYPES[] = {SCHEMA "Person", SCHEMA "Organization", SCHEMA "Country", SCHEMA "City",
                                          SCHEMA "AdministrativeArea", SCHEMA "Continent", SCHEMA "Place",
                                          NG "Group", NG "UnnamedPerson", NG "Publisher", NG "Author", NULL};

static void S_actor(ng_buf *b, const ng_triple_index *ix, const char *s, const char *type)
{
    const ng_term *name = ng_tix_value(ix, s, SCHEMA "name");
    S_field(b, ix->doc->article_iri);
    S_tab(b);
    S_field(b, ng_iri_local(type));
    S_tab(b);
    S_field(b, name ? name->value : "");
    S_tab(b);
    S_field(b, s);
    S_tab(b);
    S_names(b, ix, s, SCHEMA "jobTitle");
    S_tab(b);
    /* (the people someone works for: "an aide to Senator X") */
    S_names2(b, ix, s, SCHEMA "affiliation", SCHEMA "worksFor");
    S_row_end(b);
}

static const char *const HEADERS[] = {
    "article\tspeaker\tspeaker_iri\tkind\ttext\tspeech_verb\n",
    "article\tclass\tname\tattendees\torganizer\tlocation\tdate\tmodality\n",
    "article\ttype\tname\tiri\ttitles\taffiliations\n"};

int ng_write_tsv(const ng_document *doc, ng_tsv_table table, FILE *out, ng_error *err)
{
    ng_triple_index ix;
    ng_tix_init(&ix, doc);
    ng_buf b = {0};
    ng_buf_adds(&b, HEADERS[table]);
    /* rows in the order the graph made its nodes: their first triples */
    for (size_t i = 0; i < doc->ntriple; i++) {
        const ng_triple *t = &doc->triples[i];
        if (strcmp(t->p.value, RDF_TYPE) != 0 || t->o.kind != NG_TERM_IRI)
            continue;
        const char *o = t->o.value;
        if (table == NG_TSV_STATEMENTS &&
            (!strcmp(o, SCHEMA "Quotation") || !strcmp(o, NG "UnattributedQuote") || !strcmp(o, NG "Stance")))
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
    ng_tix_free(&ix);
    return ng_write_out(&b, out, doc, "TSV", err);
}
