/* write_batch.c -- many articles into one output stream, as they come.
 *
 * Streaming formats (N-Triples, N-Quads, Turtle, TriG) are one article's
 * document after another. JSON-LD and RDF/XML must stay one document: the
 * first article is held until a second shows whether a batch follows, so a
 * lone article is written exactly as it is alone. A JSON-LD batch is the
 * bundled context and one named graph per article (each built and dumped
 * by Jansson, so it validates one article at a time, as N-Quads do); an
 * RDF/XML batch goes through one streaming Raptor serializer. Pieces are
 * made on any thread (ng_piece_new) and written in order by one writer. */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

struct ng_piece {
    ng_buf alone;            /* the document alone */
    ng_buf member;           /* JSON-LD: {"@graph": [...], "@id": ARTICLE} */
    json_t *nodes;           /* JSON-LD: the article's nodes */
    ng_arena arena;          /* RDF/XML: a copy of the triples */
    ng_triple *triples;
    size_t ntriple;
};

struct ng_writer {
    ng_context *ctx;
    ng_output_format format;
    FILE *out;
    size_t count;            /* articles given */
    size_t members;          /* articles written into a joined batch */
    ng_piece *held;          /* JSON-LD, RDF/XML: the first article */
    ng_rdfxml_stream *rdfxml;
    char *tail;              /* HTML, DOT: the end of the page, written last */
    size_t ntail;
};

static bool S_joined(ng_output_format f) { return f == NG_OUTPUT_JSONLD || f == NG_OUTPUT_RDFXML; }
static bool S_table(ng_output_format f)
{
    return f == NG_OUTPUT_TSV_STATEMENTS || f == NG_OUTPUT_TSV_EVENTS || f == NG_OUTPUT_TSV_ACTORS;
}

/* A page (HTML) or a digraph (DOT): the bytes of the fixed head and tail
 * that a batch writes once; 0 for other formats. */
static size_t S_frame(ng_output_format f, size_t *tail)
{
    *tail = f == NG_OUTPUT_HTML ? ng_html_tail_len() : f == NG_OUTPUT_DOT ? ng_dot_tail_len() : 0;
    return f == NG_OUTPUT_HTML ? ng_html_head_len() : f == NG_OUTPUT_DOT ? ng_dot_head_len() : 0;
}

static int S_dump_buf(const char *buffer, size_t size, void *data)
{
    ng_buf_add(data, buffer, size);
    return 0;
}

static const char *S_copy(ng_arena *a, const char *s) { return s ? ng_arena_strdup(a, s) : NULL; }

static ng_term S_term_copy(ng_arena *a, const ng_term *t)
{
    return (ng_term){t->kind, S_copy(a, t->value), S_copy(a, t->datatype), S_copy(a, t->lang)};
}

/* The document alone, as ng_document_write gives it. */
static int S_alone(ng_context *ctx, const ng_document *doc, ng_output_format format, ng_buf *out, ng_error *err)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *mem = open_memstream(&buf, &len);
    int rc = mem ? ng_document_write(ctx, doc, format, mem, err) : -1;
    if (mem)
        fclose(mem);
    if (rc == 0)
        ng_buf_add(out, buf ? buf : "", len);
    free(buf);
    return rc;
}

ng_piece *ng_piece_new(ng_context *ctx, const ng_document *doc, ng_output_format format, bool batch, ng_error *err)
{
    ng_piece *p = calloc(1, sizeof *p);
    if (!p)
        abort();
    ng_arena_init(&p->arena);
    if (batch && format == NG_OUTPUT_JSONLD) {
        /* the nodes once: dumped as a named graph now, and alone only if
         * the article turns out to be the only one */
        p->nodes = ng_jsonld_nodes(ctx, doc);
        json_t *g = json_pack("{s:s,s:O}", "@id", doc->article_iri, "@graph", (json_t *)p->nodes);
        json_dump_callback(g, S_dump_buf, &p->member, NG_JSON_FLAGS);
        json_decref(g);
        return p;
    }
    if (S_alone(ctx, doc, format, &p->alone, err) != 0) {
        ng_piece_free(p);
        return NULL;
    }
    if (batch && format == NG_OUTPUT_RDFXML) {
        p->triples = ng_arena_alloc(&p->arena, (doc->ntriple + 1) * sizeof *p->triples);
        for (size_t i = 0; i < doc->ntriple; i++) {
            p->triples[i].s = S_term_copy(&p->arena, &doc->triples[i].s);
            p->triples[i].p = S_term_copy(&p->arena, &doc->triples[i].p);
            p->triples[i].o = S_term_copy(&p->arena, &doc->triples[i].o);
        }
        p->ntriple = doc->ntriple;
    }
    return p;
}

void ng_piece_free(ng_piece *p)
{
    if (!p)
        return;
    ng_buf_free(&p->alone);
    ng_buf_free(&p->member);
    json_decref(p->nodes);
    ng_arena_release(&p->arena);
    free(p);
}

const char *ng_piece_bytes(const ng_piece *p, size_t *len)
{
    *len = p->alone.len;
    return p->alone.data ? p->alone.data : "";
}

ng_writer *ng_writer_new(ng_context *ctx, ng_output_format format, FILE *out)
{
    ng_writer *w = calloc(1, sizeof *w);
    if (!w)
        abort();
    w->ctx = ctx;
    w->format = format;
    w->out = out;
    return w;
}

/* Write s[0..n), every line break followed by indent spaces. */
static void S_indented(FILE *out, const char *s, size_t n, int indent)
{
    size_t from = 0;
    for (size_t i = 0; i < n; i++)
        if (s[i] == '\n') {
            fwrite(s + from, 1, i + 1 - from, out);
            fprintf(out, "%*s", indent, "");
            from = i + 1;
        }
    fwrite(s + from, 1, n - from, out);
}

static void S_jsonld_open(ng_writer *w)
{
    json_t *context = json_object_get(w->ctx->jsonld_context, "@context");
    ng_buf b = {0};
    json_dump_callback(context, S_dump_buf, &b, NG_JSON_FLAGS);
    fputs("{\n  \"@context\": ", w->out);
    S_indented(w->out, b.data ? b.data : "{}", b.len, 2);
    fputs(",\n  \"@graph\": [\n    ", w->out);
    ng_buf_free(&b);
}

/* The next member of a joined batch. */
static int S_join(ng_writer *w, const ng_piece *p)
{
    if (w->format == NG_OUTPUT_JSONLD) {
        if (w->members++ > 0)
            fputs(",\n    ", w->out);
        S_indented(w->out, p->member.data ? p->member.data : "{}", p->member.len, 4);
        return 0;
    }
    return ng_rdfxml_stream_add(w->rdfxml, p->triples, p->ntriple);
}

static int S_check(ng_writer *w, int rc, ng_error *err)
{
    if (rc != 0 || ferror(w->out) || fflush(w->out) != 0) {
        ng_error_set(err, "output", 0, 0, "cannot write output");
        return -1;
    }
    return 0;
}

int ng_writer_add_piece(ng_writer *w, ng_piece *p, ng_error *err)
{
    int rc = 0;
    w->count++;
    if (!S_joined(w->format)) {
        const char *bytes = p->alone.data ? p->alone.data : "";
        size_t n = p->alone.len;
        if (S_table(w->format) && w->count > 1) {
            /* one header row for the whole table */
            const char *nl = memchr(bytes, '\n', n);
            size_t skip = nl ? (size_t)(nl - bytes) + 1 : n;
            bytes += skip;
            n -= skip;
        }
        size_t tail, head = S_frame(w->format, &tail);
        if (head && n >= head + tail) {
            /* the head with the first article, the tail at the end */
            if (w->count > 1) {
                bytes += head;
                n -= head;
            } else {
                w->tail = malloc(tail + 1);
                if (!w->tail)
                    abort();
                memcpy(w->tail, bytes + n - tail, tail);
                w->ntail = tail;
            }
            n -= tail;
        }
        fwrite(bytes, 1, n, w->out);
    } else if (w->count == 1) {
        w->held = p;
        return 0;
    } else {
        if (w->count == 2) {
            /* a batch after all: open it, with the held first article */
            if (w->format == NG_OUTPUT_JSONLD)
                S_jsonld_open(w);
            else if (!(w->rdfxml = ng_rdfxml_stream_new(w->ctx, w->out)))
                rc = -1;
            if (rc == 0)
                rc = S_join(w, w->held);
            ng_piece_free(w->held);
            w->held = NULL;
        }
        if (rc == 0)
            rc = S_join(w, p);
    }
    ng_piece_free(p);
    return S_check(w, rc, err);
}

int ng_writer_add(ng_writer *w, const ng_document *doc, ng_error *err)
{
    ng_piece *p = ng_piece_new(w->ctx, doc, w->format, true, err);
    return p ? ng_writer_add_piece(w, p, err) : -1;
}

int ng_writer_finish(ng_writer *w, ng_error *err)
{
    int rc = 0;
    if (w->held) {
        ng_piece *h = w->held;
        if (h->nodes) {
            json_t *context = json_object_get(w->ctx->jsonld_context, "@context");
            json_t *root = json_pack("{s:O,s:O}", "@context", context, "@graph", h->nodes);
            json_dump_callback(root, S_dump_buf, &h->alone, NG_JSON_FLAGS);
            ng_buf_add(&h->alone, "\n", 1);
            json_decref(root);
        }
        fwrite(h->alone.data ? h->alone.data : "", 1, h->alone.len, w->out);
        ng_piece_free(w->held);
        w->held = NULL;
    } else if (w->count > 1 && w->format == NG_OUTPUT_JSONLD) {
        fputs("\n  ]\n}\n", w->out);
    } else if (w->count > 1 && w->rdfxml) {
        rc = ng_rdfxml_stream_end(w->rdfxml);
    }
    if (w->tail) {
        fwrite(w->tail, 1, w->ntail, w->out);
        free(w->tail);
        w->tail = NULL;
    }
    return S_check(w, rc, err);
}

void ng_writer_free(ng_writer *w)
{
    if (!w)
        return;
    ng_piece_free(w->held);
    ng_rdfxml_stream_free(w->rdfxml);
    free(w->tail);
    free(w);
}
