/* graph.c -- the document model as triples, in a fixed order, so every
 * writer serializes the same graph and output is byte-stable.
 *
 * Identifiers: an actor's IRI is BASE + type + "/" + slug of its canonical
 * name (the slug is NFKC + case folding, letters and digits kept, anything
 * else a single "-"), so the same actor from two articles is one node. An
 * unnamed group belongs to its article. Events and statements get IRIs
 * under the article's IRI, derived from character offsets; a text span is
 * the article's IRI with an RFC 5147 fragment ("#char=12,20"). */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

#define SCHEMA "http://schema.org/"
#define RDF_TYPE "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
#define XSD "http://www.w3.org/2001/XMLSchema#"
#define NIF "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
#define GAF "http://groundedannotationframework.org/gaf#"
#define ITS "http://www.w3.org/2005/11/its/rdf#"

static void S_emit(ng_document *doc, const char *s, const char *p, ng_term o)
{
    ng_triple *t = NG_PUSH(&doc->arena, doc->triples, doc->ntriple, doc->cap_triple);
    t->s.kind = NG_TERM_IRI;
    t->s.value = s;
    t->p.kind = NG_TERM_IRI;
    t->p.value = p;
    t->o = o;
}

static ng_term S_iri(const char *v) { return (ng_term){NG_TERM_IRI, v, NULL, NULL}; }
static ng_term S_lit(const char *v) { return (ng_term){NG_TERM_LITERAL, v, NULL, NULL}; }
static ng_term S_typed(const char *v, const char *dt) { return (ng_term){NG_TERM_LITERAL, v, dt, NULL}; }

static void S_type(ng_document *doc, const char *s, const char *klass) { S_emit(doc, s, RDF_TYPE, S_iri(klass)); }

static ng_term S_int(ng_document *doc, size_t v)
{
    return S_typed(ng_arena_printf(&doc->arena, "%zu", v), XSD "integer");
}

/* NIF's offsets are xsd:nonNegativeInteger */
static ng_term S_index(ng_document *doc, size_t v)
{
    return S_typed(ng_arena_printf(&doc->arena, "%zu", v), XSD "nonNegativeInteger");
}

/* Slug of a name for IRIs; non-ASCII letters are percent-encoded. */
static const char *S_slug(ng_document *doc, const char *name)
{
    char *f = ng_text_fold(name, strlen(name));
    ng_buf b = {0};
    bool dash = false;
    for (const unsigned char *p = (const unsigned char *)f; *p; p++) {
        if ((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9')) {
            if (dash && b.len)
                ng_buf_addc(&b, '-');
            dash = false;
            ng_buf_addc(&b, (char)*p);
        } else if (*p >= 0x80) {
            if (dash && b.len)
                ng_buf_addc(&b, '-');
            dash = false;
            char hex[4];
            snprintf(hex, sizeof hex, "%%%02X", *p);
            ng_buf_adds(&b, hex);
        } else if (*p == '\'' || *p == '.') {
            /* "U.S." -> "us", "People's" -> "peoples" */
        } else
            dash = true;
    }
    free(f);
    const char *s = ng_arena_strdup(&doc->arena, b.len ? b.data : "unnamed");
    ng_buf_free(&b);
    return s;
}

static const char *S_place_class(int kind)
{
    switch (kind) {
    case NG_PLACE_COUNTRY: return SCHEMA "Country";
    case NG_PLACE_CITY: return SCHEMA "City";
    case NG_PLACE_REGION: return SCHEMA "AdministrativeArea";
    case NG_PLACE_CONTINENT: return SCHEMA "Continent";
    }
    return SCHEMA "Place";
}

static const char *S_actor_iri(ng_document *doc, const ng_actor *a)
{
    if (doc->local_actors && a->type != NG_ACTOR_GROUP && a->type != NG_ACTOR_UNNAMED) {
        /* read from another language with the English model: this
         * article's own node, never merged with the corpus-wide one */
        static const char *const kinds[] = {"", "person", "organization", "place"};
        return ng_arena_printf(&doc->arena, "%s/%s/%s", doc->article_iri, kinds[a->type], S_slug(doc, a->name));
    }
    switch (a->type) {
    case NG_ACTOR_PERSON: return ng_arena_printf(&doc->arena, "%sperson/%s", doc->base, S_slug(doc, a->name));
    case NG_ACTOR_ORG: return ng_arena_printf(&doc->arena, "%sorganization/%s", doc->base, S_slug(doc, a->name));
    case NG_ACTOR_PLACE: {
        const char *kind = a->place_kind == NG_PLACE_COUNTRY ? "country"
                           : a->place_kind == NG_PLACE_CITY  ? "city"
                                                             : "place";
        return ng_arena_printf(&doc->arena, "%s%s/%s", doc->base, kind, S_slug(doc, a->name));
    }
    case NG_ACTOR_UNNAMED: return ng_arena_printf(&doc->arena, "%s/unnamed/%s", doc->article_iri, S_slug(doc, a->name));
    default: return ng_arena_printf(&doc->arena, "%s/group/%s", doc->article_iri, S_slug(doc, a->name));
    }
}

/* Character offsets from byte offsets: the count at every 64th byte is kept,
 * so a lookup counts at most 63 bytes. */
#define BLOCK 64

static void S_index_chars(ng_document *doc)
{
    size_t nblocks = doc->art->len / BLOCK + 1;
    doc->block_chars = ng_arena_alloc(&doc->arena, nblocks * sizeof *doc->block_chars);
    size_t count = 0;
    for (size_t b = 0; b < nblocks; b++) {
        doc->block_chars[b] = count;
        size_t from = b * BLOCK, to = from + BLOCK < doc->art->len ? from + BLOCK : doc->art->len;
        if (from < to)
            count += ng_utf8_count(doc->art->text + from, to - from);
    }
}

static size_t S_chars(const ng_document *doc, size_t byte)
{
    size_t b = byte / BLOCK;
    return doc->block_chars[b] + ng_utf8_count(doc->art->text + b * BLOCK, byte - b * BLOCK);
}

/* The sentence node (NIF), emitted once; only with the full evidence. */
static const char *S_sentence(ng_document *doc, uint32_t si, bool *emitted)
{
    const char *iri = ng_arena_printf(&doc->arena, "%s/sentence/%u", doc->article_iri, si + 1);
    if (!emitted[si]) {
        emitted[si] = true;
        const ng_sentence *s = &doc->sents[si];
        S_type(doc, iri, NIF "Sentence");
        S_emit(doc, iri, NIF "beginIndex", S_index(doc, S_chars(doc, s->start)));
        S_emit(doc, iri, NIF "endIndex", S_index(doc, S_chars(doc, s->end)));
        S_emit(doc, iri, NIF "anchorOf", S_lit(ng_doc_span(doc, s->start, s->end)));
        S_emit(doc, iri, NIF "referenceContext", S_iri(doc->article_iri));
    }
    return iri;
}

/* Spans already emitted, by (start, end): open addressing. */
typedef struct {
    uint64_t *keys;
    size_t n, cap;
} span_set;

static bool S_seen(ng_document *doc, span_set *set, size_t cs, size_t ce)
{
    uint64_t key = ((uint64_t)cs << 32 | (uint64_t)ce) + 1;
    if ((set->n + 1) * 2 > set->cap) {
        span_set old = *set;
        set->cap = old.cap ? old.cap * 2 : 1024;
        set->keys = ng_arena_alloc(&doc->arena, set->cap * sizeof *set->keys);
        set->n = 0;
        for (size_t i = 0; i < old.cap; i++)
            if (old.keys[i])
                S_seen(doc, set, (size_t)((old.keys[i] - 1) >> 32), (size_t)((old.keys[i] - 1) & 0xffffffffu));
    }
    size_t i = (size_t)(key * 0x9E3779B97F4A7C15ULL >> 20) & (set->cap - 1);
    while (set->keys[i]) {
        if (set->keys[i] == key)
            return true;
        i = (i + 1) & (set->cap - 1);
    }
    set->keys[i] = key;
    set->n++;
    return false;
}

typedef struct {
    bool *emitted;       /* sentence nodes written */
    span_set seen;       /* span nodes written */
    span_set identified; /* spans given their actor and confidence */
    const char *marker;  /* "#char=" after the article's IRI (ng_span_marker) */
} evidence_state;

/* How sure a mention of an actor is, where NIF puts it (ITS 2.0 text
 * analysis: itsrdf:taConfidence beside itsrdf:taIdentRef on the span): the
 * share of the mentions found the same way that are a name of that type in
 * GUM's dev documents, (right + 1) / (mentions + 2) (bench/gum.py
 * --calibration; docs/actors.md has the counts). What found it: the
 * lexicon, a capital standing for its country, the tagger's reading, the
 * rules (titles, organization words ...), a guess for want of other
 * evidence, or words that name it outside a name (a demonym, a dateline);
 * and whether the actor is named more than once. */
typedef enum { FOUND_LEXICON, FOUND_METONYM, FOUND_TAGGER, FOUND_RULES, FOUND_GUESS, FOUND_WORDS } found_by;

static found_by S_found_by(const ng_mention *m)
{
    if (m->metonym)
        return FOUND_METONYM;
    if (m->lex)
        return FOUND_LEXICON;
    if (m->guessed)
        return FOUND_GUESS;
    return m->by_tagger ? FOUND_TAGGER : FOUND_RULES;
}

/* [found_by][named more than once], measured 2026-12-01 on GUM dev (787
 * mentions); a capital for its country (8 mentions) and words outside
 * names (28) are pooled over both columns. Written in the canonical form
 * of xsd:double ("9.1E-1" is 0.91), the form JSON-LD processors give it,
 * so that every syntax holds the same literal. */
static const char *const MENTION_CONFIDENCE[6][2] = {{"9.1E-1", "9.7E-1"}, {"9.0E-1", "9.0E-1"},
                                                     {"4.6E-1", "3.6E-1"}, {"7.4E-1", "8.6E-1"},
                                                     {"7.7E-1", "7.5E-1"}, {"9.0E-1", "9.0E-1"}};

/* The mention's span tied to the actor with its confidence (full
 * evidence); a span naming two actors (a demonym naming a group and its
 * country) is tied to the first, so that each confidence has one actor. */
static void S_mention_confidence(ng_document *doc, evidence_state *ev, uint32_t start, uint32_t end,
                                 const char *span, const char *actor, found_by how, bool repeated)
{
    if (!span || doc->evidence != NG_EVIDENCE_FULL || S_seen(doc, &ev->identified, start, end))
        return;
    S_emit(doc, span, ITS "taIdentRef", S_iri(actor));
    S_emit(doc, span, ITS "taConfidence", S_typed(MENTION_CONFIDENCE[how][repeated], XSD "double"));
}

const char *ng_span_marker(const char *article_iri)
{
    /* an IRI holds one fragment: under a base with one already ("--base
     * http://example.org/data#"), the RFC 5147 part goes in the path */
    return strchr(article_iri, '#') ? "/char=" : "#char=";
}

/* A span of text as evidence, a NIF string whose IRI is the article's with
 * an RFC 5147 fragment ("#char=12,20"), as NIF and NewsReader's GAF name
 * mentions: offsets in characters, with the full evidence its words and
 * its sentence. Linked from the node it supports by gaf:denotedBy. */
static const char *S_denoted_by(ng_document *doc, const char *node, uint32_t start, uint32_t end, uint32_t sent,
                                evidence_state *ev)
{
    if (doc->evidence == NG_EVIDENCE_NONE)
        return NULL;
    size_t cs = S_chars(doc, start), ce = S_chars(doc, end);
    const char *iri = ng_arena_printf(&doc->arena, "%s%s%zu,%zu", doc->article_iri, ev->marker, cs, ce);
    S_emit(doc, node, GAF "denotedBy", S_iri(iri));
    if (S_seen(doc, &ev->seen, cs, ce))
        return iri;
    bool full = doc->evidence == NG_EVIDENCE_FULL;
    S_type(doc, iri, NIF "Phrase");
    S_emit(doc, iri, NIF "beginIndex", S_index(doc, cs));
    S_emit(doc, iri, NIF "endIndex", S_index(doc, ce));
    S_emit(doc, iri, NIF "referenceContext", S_iri(doc->article_iri));
    if (full) {
        S_emit(doc, iri, NIF "anchorOf", S_lit(ng_doc_span(doc, start, end)));
        S_emit(doc, iri, NIF "sentence", S_iri(S_sentence(doc, sent, ev->emitted)));
    }
    return iri;
}

static const char *S_modality_iri(ng_modality m)
{
    switch (m) {
    case NG_MOD_PLANNED: return NG_VOCAB "Planned";
    case NG_MOD_NEGATED: return NG_VOCAB "Negated";
    case NG_MOD_HYPOTHETICAL: return NG_VOCAB "Hypothetical";
    default: return NG_VOCAB "Asserted";
    }
}

#define PROV "http://www.w3.org/ns/prov#"

/* Where the article came from and what made its graph: the record's id
 * and language; the source (file and line, or the WARC record and when it
 * was fetched) with prov:wasDerivedFrom; the newsgraph version and the
 * options that shape the graph with prov:wasGeneratedBy. */
static void S_provenance(ng_document *doc)
{
    const ng_article *art = doc->art;
    const char *A = doc->article_iri;
    if (art->identifier)
        S_emit(doc, A, SCHEMA "identifier", S_lit(art->identifier));
    if (strcmp(doc->language, "und") != 0)
        S_emit(doc, A, SCHEMA "inLanguage", S_lit(doc->language));
    if (art->source_file || art->warc_record) {
        const char *src = art->warc_record ? art->warc_record : ng_arena_printf(&doc->arena, "%s/source", A);
        S_emit(doc, A, PROV "wasDerivedFrom", S_iri(src));
        S_type(doc, src, PROV "Entity");
        if (art->source_file)
            S_emit(doc, src, NG_VOCAB "sourceFile", S_lit(art->source_file));
        if (art->line > 0)
            S_emit(doc, src, NG_VOCAB "sourceLine", S_int(doc, (size_t)art->line));
        if (art->retrieved)
            S_emit(doc, src, PROV "generatedAtTime", S_typed(art->retrieved, XSD "dateTime"));
    }
    const char *opts = doc->run_options ? doc->run_options : "";
    uint64_t h = 1469598103934665603ULL;
    for (const char *p = NG_VERSION "\n"; *p; p++)
        h = (h ^ (unsigned char)*p) * 1099511628211ULL;
    for (const char *p = opts; *p; p++)
        h = (h ^ (unsigned char)*p) * 1099511628211ULL;
    const char *run = ng_arena_printf(&doc->arena, "%srun/%016llx", doc->base, (unsigned long long)h);
    S_emit(doc, A, PROV "wasGeneratedBy", S_iri(run));
    S_type(doc, run, PROV "Activity");
    S_emit(doc, run, SCHEMA "name", S_lit("newsgraph " NG_VERSION));
    if (*opts)
        S_emit(doc, run, NG_VOCAB "options", S_lit(opts));
}

static bool S_is_author(const ng_document *doc, size_t actor)
{
    for (size_t k = 0; k < doc->nauthor; k++)
        if (doc->authors[k] == (int)actor)
            return true;
    return false;
}

void ng_build_graph(ng_document *doc)
{
    const ng_article *art = doc->art;
    const char *A = doc->article_iri;
    evidence_state ev = {ng_arena_alloc(&doc->arena, doc->nsent + 1), {0}, {0}, ng_span_marker(A)};
    S_index_chars(doc);

    for (size_t i = 0; i < doc->nactor; i++)
        doc->actors[i].iri = S_actor_iri(doc, &doc->actors[i]);
    /* two actors whose names differ only in case or punctuation ("Group D"
     * and "Group D.") share an IRI: the node is one, described once, with
     * the later name as an alternate one */
    int *first_with_iri = ng_arena_alloc(&doc->arena, (doc->nactor + 1) * sizeof *first_with_iri);
    for (size_t i = 0; i < doc->nactor; i++) {
        first_with_iri[i] = (int)i;
        for (size_t j = 0; j < i; j++)
            if (strcmp(doc->actors[j].iri, doc->actors[i].iri) == 0) {
                first_with_iri[i] = (int)j;
                break;
            }
    }

    /* the article */
    S_type(doc, A, SCHEMA "NewsArticle");
    if (art->headline)
        S_emit(doc, A, SCHEMA "headline", S_lit(art->headline));
    if (doc->published)
        S_emit(doc, A, SCHEMA "datePublished", S_typed(doc->published, XSD "date"));
    if (art->url)
        S_emit(doc, A, SCHEMA "url", S_iri(art->url));
    if (doc->publisher >= 0)
        S_emit(doc, A, SCHEMA "publisher", S_iri(doc->actors[doc->publisher].iri));
    if (art->date_modified)
        S_emit(doc, A, SCHEMA "dateModified", S_typed(art->date_modified, XSD "date"));
    for (size_t k = 0; k < doc->nauthor; k++)
        S_emit(doc, A, SCHEMA "author", S_iri(doc->actors[doc->authors[k]].iri));
    if (art->author)
        S_emit(doc, A, NG_VOCAB "byline", S_lit(art->author));
    if (art->image)
        S_emit(doc, A, SCHEMA "image", S_iri(art->image));
    if (art->section)
        S_emit(doc, A, SCHEMA "articleSection", S_lit(art->section));
    S_emit(doc, A, SCHEMA "articleBody", S_lit(art->text));
    /* the article is the NIF context every span's offsets count in, with its
     * string again in nif:isString, where NIF tools read it */
    if (doc->evidence != NG_EVIDENCE_NONE) {
        S_type(doc, A, NIF "Context");
        S_emit(doc, A, NIF "beginIndex", S_index(doc, 0));
        S_emit(doc, A, NIF "endIndex", S_index(doc, S_chars(doc, art->len)));
        S_emit(doc, A, NIF "isString", S_lit(art->text));
    }
    S_provenance(doc);
    for (size_t i = 0; i < doc->nactor; i++)
        if ((doc->actors[i].nmention || doc->actors[i].nnamed_at || (int)i == doc->publisher) &&
            first_with_iri[i] == (int)i)
            S_emit(doc, A, SCHEMA "mentions", S_iri(doc->actors[i].iri));

    /* actors */
    for (size_t i = 0; i < doc->nactor; i++) {
        ng_actor *a = &doc->actors[i];
        const char *s = a->iri;
        /* a publisher the story never names is metadata, not an actor of
         * the story: typed as publisher only */
        bool publisher_only = (int)i == doc->publisher && a->nmention == 0 && a->nnamed_at == 0;
        /* so is an author the story never names */
        bool author_only = a->type == NG_ACTOR_PERSON && a->nmention == 0 && a->nnamed_at == 0 && S_is_author(doc, i);
        bool again = first_with_iri[i] != (int)i;
        if (!again) {
            switch (a->type) {
            case NG_ACTOR_PERSON: S_type(doc, s, author_only ? NG_VOCAB "Author" : SCHEMA "Person"); break;
            case NG_ACTOR_ORG: S_type(doc, s, publisher_only ? NG_VOCAB "Publisher" : SCHEMA "Organization"); break;
            case NG_ACTOR_PLACE: S_type(doc, s, S_place_class(a->place_kind)); break;
            case NG_ACTOR_UNNAMED: S_type(doc, s, NG_VOCAB "UnnamedPerson"); break;
            default: S_type(doc, s, NG_VOCAB "Group"); break;
            }
            S_emit(doc, s, SCHEMA "name", S_lit(a->name));
        } else if (strcmp(a->name, doc->actors[first_with_iri[i]].name) != 0) {
            S_emit(doc, s, SCHEMA "alternateName", S_lit(a->name));
        }
        for (size_t k = 0; k < a->nalt; k++)
            S_emit(doc, s, SCHEMA "alternateName", S_lit(a->alt[k]));
        for (size_t k = 0; k < a->ntitle; k++)
            S_emit(doc, s, SCHEMA "jobTitle", S_lit(a->titles[k]));
        for (size_t k = 0; k < a->naffil; k++) {
            const ng_actor *to = &doc->actors[a->affil[k]];
            const char *p = a->type == NG_ACTOR_ORG && to->type == NG_ACTOR_ORG ? SCHEMA "parentOrganization"
                                                                                 : SCHEMA "affiliation";
            /* one belongs to a body, a country, a region or a town, not to
             * a place of no known kind nor a continent (the shapes say so) */
            bool belongs = !(to->type == NG_ACTOR_PLACE &&
                             (to->place_kind == 0 || to->place_kind == NG_PLACE_CONTINENT));
            if (a->type == NG_ACTOR_PLACE)
                p = SCHEMA "containedInPlace";
            /* "an aide to X", "X's lawyer": staff of a person work for him */
            if (to->type == NG_ACTOR_PERSON)
                p = SCHEMA "worksFor";
            else if (a->type != NG_ACTOR_PLACE && !belongs)
                continue;
            S_emit(doc, s, p, S_iri(to->iri));
        }
        if (!again)
            S_emit(doc, s, SCHEMA "subjectOf", S_iri(A));
        if (a->confidence && !again)
            S_emit(doc, s, NG_VOCAB "confidence",
                   S_typed(ng_arena_printf(&doc->arena, "0.%02d", a->confidence), XSD "decimal"));
        for (size_t k = 0; k < a->nmention; k++) {
            const ng_mention *m = &doc->mentions[a->mentions[k]];
            const char *span = S_denoted_by(doc, s, m->start, m->end, doc->toks[m->tok_start].sent, &ev);
            S_mention_confidence(doc, &ev, m->start, m->end, span, s, S_found_by(m), a->nmention > 1);
        }
        /* words naming it outside its mentions: demonyms, datelines */
        for (size_t k = 0; k < a->nnamed_at; k++) {
            const ng_token *t0 = &doc->toks[a->named_at[2 * k]], *t1 = &doc->toks[a->named_at[2 * k + 1] - 1];
            bool dup = false;
            for (size_t q = 0; q < a->nmention && !dup; q++)
                dup = doc->mentions[a->mentions[q]].start == t0->start;
            if (dup)
                continue;
            const char *span = S_denoted_by(doc, s, t0->start, t1->end, t0->sent, &ev);
            S_mention_confidence(doc, &ev, t0->start, t1->end, span, s, FOUND_WORDS, false);
        }
    }

    /* events */
    for (size_t i = 0; i < doc->nevent; i++) {
        ng_event *e = &doc->events[i];
        e->iri = ng_arena_printf(&doc->arena, "%s/event/%zu-%zu", A, S_chars(doc, e->start), S_chars(doc, e->end));
        S_type(doc, e->iri, SCHEMA "Event");
        S_type(doc, e->iri, ng_arena_printf(&doc->arena, NG_VOCAB "%s", e->klass));
        S_emit(doc, e->iri, SCHEMA "name", S_lit(e->trigger));
        for (size_t k = 0; k < e->nattendee; k++)
            S_emit(doc, e->iri, SCHEMA "attendee", S_iri(doc->actors[e->attendees[k]].iri));
        if (e->organizer >= 0)
            S_emit(doc, e->iri, SCHEMA "organizer", S_iri(doc->actors[e->organizer].iri));
        if (e->location >= 0)
            S_emit(doc, e->iri, SCHEMA "location", S_iri(doc->actors[e->location].iri));
        if (e->date)
            S_emit(doc, e->iri, SCHEMA "startDate", S_typed(e->date, XSD "date"));
        if (e->time_text)
            S_emit(doc, e->iri, NG_VOCAB "timeExpression", S_lit(e->time_text));
        S_emit(doc, e->iri, NG_VOCAB "modality", S_iri(S_modality_iri(e->modality)));
        S_emit(doc, e->iri, SCHEMA "subjectOf", S_iri(A));
        S_denoted_by(doc, e->iri, e->start, e->end, e->sent, &ev);
        for (size_t k = 0; k < e->nevidence; k++) {
            const ng_text_span *t = &e->evidence[k];
            S_denoted_by(doc, e->iri, t->start, t->end, t->sent, &ev);
        }
    }

    /* statements */
    for (size_t i = 0; i < doc->nstmt; i++) {
        ng_statement *st = &doc->stmts[i];
        st->iri = ng_arena_printf(&doc->arena, "%s/%s/%zu-%zu", A, st->stance ? "stance" : "statement",
                                  S_chars(doc, st->start), S_chars(doc, st->end));
        /* a statement has a speaker; words in quotation marks whose speaker
         * the text does not make clear (headings, terms, legal formulas)
         * are kept apart, so that every schema:Quotation has its creator */
        /* (extraction keeps no place but a country as a speaker: "the
         * Middle East said" has none) */
        int speaker = st->speaker;
        if (st->stance) {
            /* an attitude the text gives someone ("criticized the plan",
             * "wants to cut taxes", "a poll found that"): not what they
             * said, so no schema:Quotation (quotes.c keeps none without a
             * holder the shapes allow) */
            S_type(doc, st->iri, NG_VOCAB "Stance");
        } else if (speaker >= 0) {
            S_type(doc, st->iri, SCHEMA "Quotation");
            S_type(doc, st->iri, st->direct ? NG_VOCAB "DirectQuote" : NG_VOCAB "IndirectQuote");
        } else {
            S_type(doc, st->iri, NG_VOCAB "UnattributedQuote");
        }
        S_emit(doc, st->iri, SCHEMA "text", S_lit(st->text));
        if (speaker >= 0)
            S_emit(doc, st->iri, st->stance ? NG_VOCAB "holder" : SCHEMA "creator", S_iri(doc->actors[speaker].iri));
        if (st->recipient >= 0 && st->recipient != st->speaker)
            S_emit(doc, st->iri, SCHEMA "recipient", S_iri(doc->actors[st->recipient].iri));
        if (st->verb)
            S_emit(doc, st->iri, st->stance ? NG_VOCAB "cue" : NG_VOCAB "speechVerb", S_lit(st->verb));
        if (st->event >= 0)
            S_emit(doc, st->iri, NG_VOCAB "saidAt", S_iri(doc->events[st->event].iri));
        /* actors named inside the words */
        size_t first = 0, hi = doc->nmention;
        while (first < hi) {
            size_t mid = first + (hi - first) / 2;
            if (doc->mentions[mid].start < st->start)
                first = mid + 1;
            else
                hi = mid;
        }
        for (size_t m = first; m < doc->nmention && doc->mentions[m].start < st->end; m++) {
            const ng_mention *mm = &doc->mentions[m];
            if (mm->actor < 0 || mm->end > st->end || mm->actor == st->speaker)
                continue;
            bool dup = false;
            for (size_t q = first; q < m && !dup; q++)
                dup = doc->mentions[q].actor == mm->actor && doc->mentions[q].end <= st->end;
            if (!dup)
                S_emit(doc, st->iri, SCHEMA "mentions", S_iri(doc->actors[mm->actor].iri));
        }
        S_emit(doc, st->iri, SCHEMA "subjectOf", S_iri(A));
        S_denoted_by(doc, st->iri, st->start, st->end, st->sent, &ev);
    }
}
