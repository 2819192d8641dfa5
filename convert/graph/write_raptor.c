/* write_raptor.c -- Turtle, N-Triples, N-Quads and RDF/XML through Raptor's
 * serializers, driven as rapper does: make the serializer, declare
 * namespaces, start, send statements, end, free. TriG, which Raptor 2.0
 * cannot write, wraps Raptor's Turtle in the article's named graph. */
#include <raptor2.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

static const struct {
    const char *prefix, *iri;
} NAMESPACES[] = {
    {"schema", "http://schema.org/"},
    {"ng", NG_VOCAB},
    {"xsd", "http://www.w3.org/2001/XMLSchema#"},
    {"rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"},
    {"prov", "http://www.w3.org/ns/prov#"},
};

typedef struct {
    ng_error *err;
    const char *source;
    int errors;
} log_state;

static void S_log(void *user_data, raptor_log_message *message)
{
    log_state *st = user_data;
    if (message->level >= RAPTOR_LOG_LEVEL_ERROR) {
        st->errors++;
        ng_error_set(st->err, st->source, 0, 0, "RDF serializer: %s", message->text ? message->text : "error");
    }
}

static raptor_term *S_term(raptor_world *w, const ng_term *t)
{
    if (t->kind == NG_TERM_IRI)
        return raptor_new_term_from_uri_string(w, (const unsigned char *)t->value);
    raptor_uri *dt = t->datatype ? raptor_new_uri(w, (const unsigned char *)t->datatype) : NULL;
    raptor_term *term = raptor_new_term_from_literal(w, (const unsigned char *)t->value, dt,
                                                     (const unsigned char *)t->lang);
    if (dt)
        raptor_free_uri(dt);
    return term;
}

/* Serialize triples to a started serializer, in graph g_iri when not NULL. */
static int S_send_triples(raptor_world *w, raptor_serializer *ser, const ng_triple *triples, size_t n,
                          const char *g_iri)
{
    raptor_term *g = g_iri ? raptor_new_term_from_uri_string(w, (const unsigned char *)g_iri) : NULL;
    int rc = 0;
    for (size_t i = 0; i < n && rc == 0; i++) {
        const ng_triple *t = &triples[i];
        raptor_statement *st = raptor_new_statement_from_nodes(w, S_term(w, &t->s), S_term(w, &t->p),
                                                               S_term(w, &t->o), g ? raptor_term_copy(g) : NULL);
        if (!st)
            rc = -1;
        else {
            rc = raptor_serializer_serialize_statement(ser, st);
            raptor_free_statement(st);
        }
    }
    if (g)
        raptor_free_term(g);
    return rc;
}

static int S_send(raptor_world *w, raptor_serializer *ser, const ng_document *doc, bool named_graph)
{
    return S_send_triples(w, ser, doc->triples, doc->ntriple, named_graph ? doc->article_iri : NULL);
}

static raptor_serializer *S_serializer(raptor_world *w, const char *syntax)
{
    raptor_serializer *ser = raptor_new_serializer(w, syntax);
    if (!ser)
        return NULL;
    for (size_t i = 0; i < sizeof NAMESPACES / sizeof NAMESPACES[0]; i++) {
        raptor_uri *u = raptor_new_uri(w, (const unsigned char *)NAMESPACES[i].iri);
        raptor_serializer_set_namespace(ser, u, (const unsigned char *)NAMESPACES[i].prefix);
        raptor_free_uri(u);
    }
    return ser;
}

/* Raptor's file-handle stream writes a byte at a time (fputc) and its
 * string stream keeps a chunk per write: the serializer writes into an
 * ng_buf through this handler, and the document goes out in one fwrite. */
static int S_buf_byte(void *data, const int byte)
{
    ng_buf *b = data;
    if (b->len + 1 < b->cap)
        b->data[b->len++] = (char)byte; /* the common case, without a call */
    else
        ng_buf_addc(b, (char)byte);
    return 0;
}

static int S_buf_bytes(void *data, const void *ptr, size_t size, size_t nmemb)
{
    ng_buf_add(data, ptr, size * nmemb);
    return (int)nmemb;
}

static const raptor_iostream_handler S_buf_handler = {
    .version = 2, .write_byte = S_buf_byte, .write_bytes = S_buf_bytes};

/* The value of n hex digits at s, or -1. */
static long S_hex(const char *s, int n)
{
    long v = 0;
    for (int i = 0; i < n; i++) {
        char c = s[i];
        int d = c >= '0' && c <= '9'   ? c - '0'
                : c >= 'A' && c <= 'F' ? c - 'A' + 10
                : c >= 'a' && c <= 'f' ? c - 'a' + 10
                                       : -1;
        if (d < 0)
            return -1;
        v = v * 16 + d;
    }
    return v;
}

/* Raptor writes N-Triples and N-Quads as the 2004 syntax did, in ASCII
 * with \u escapes ("Erdo\u011Fan": grep for a name fails); N-Triples 1.1
 * is UTF-8, as riot writes it. The escapes of printable characters become
 * UTF-8 again; control characters keep theirs. */
static void S_unescape_utf8(ng_buf *b)
{
    size_t o = 0;
    for (size_t i = 0; i < b->len;) {
        char *s = b->data + i;
        if (*s != '\\' || i + 1 >= b->len) {
            b->data[o++] = b->data[i++];
            continue;
        }
        int digits = s[1] == 'u' ? 4 : s[1] == 'U' ? 8 : 0;
        long cp = digits && i + 2 + (size_t)digits <= b->len ? S_hex(s + 2, digits) : -1;
        if (cp >= 0xA0 && cp <= 0x10FFFF && (cp < 0xD800 || cp > 0xDFFF)) {
            o += ng_utf8_put(b->data + o, (uint32_t)cp); /* never longer than the escape */
            i += 2 + (size_t)digits;
        } else {
            /* another escape ("\\", "\n", a control character): as written */
            b->data[o++] = b->data[i++];
            b->data[o++] = b->data[i++];
        }
    }
    b->len = o;
    b->data[o] = '\0';
}

int ng_write_raptor(ng_context *ctx, const ng_document *doc, const char *syntax, FILE *out, ng_error *err)
{
    raptor_world *w = ctx->raptor_world;
    log_state st = {err, doc->art->source, 0};
    raptor_world_set_log_handler(w, &st, S_log);
    raptor_serializer *ser = S_serializer(w, syntax);
    if (!ser) {
        ng_error_set(err, doc->art->source, 0, 0, "no RDF serializer for %s", syntax);
        return -1;
    }
    ng_buf buf = {0};
    ng_buf_add(&buf, "", 0);
    raptor_iostream *io = raptor_new_iostream_from_handler(w, &buf, &S_buf_handler);
    int rc = io ? raptor_serializer_start_to_iostream(ser, NULL, io) : -1;
    if (rc == 0)
        rc = S_send(w, ser, doc, strcmp(syntax, "nquads") == 0);
    if (rc == 0)
        rc = raptor_serializer_serialize_end(ser);
    raptor_free_serializer(ser);
    if (io)
        raptor_free_iostream(io);
    raptor_world_set_log_handler(w, NULL, NULL);
    if (!strcmp(syntax, "ntriples") || !strcmp(syntax, "nquads"))
        S_unescape_utf8(&buf);
    if (rc == 0 && !st.errors && buf.len && fwrite(buf.data, 1, buf.len, out) != buf.len)
        rc = -1;
    ng_buf_free(&buf);
    if (rc != 0 || st.errors) {
        ng_error_set(err, doc->art->source, 0, 0, "cannot write %s output", syntax);
        return -1;
    }
    return 0;
}

int ng_write_trig(ng_context *ctx, const ng_document *doc, FILE *out, ng_error *err)
{
    raptor_world *w = ctx->raptor_world;
    log_state st = {err, doc->art->source, 0};
    raptor_world_set_log_handler(w, &st, S_log);
    raptor_serializer *ser = S_serializer(w, "turtle");
    void *string = NULL;
    size_t len = 0;
    int rc = ser ? raptor_serializer_start_to_string(ser, NULL, &string, &len) : -1;
    if (rc == 0)
        rc = S_send(w, ser, doc, false);
    if (rc == 0)
        rc = raptor_serializer_serialize_end(ser);
    if (ser)
        raptor_free_serializer(ser);
    raptor_world_set_log_handler(w, NULL, NULL);
    if (rc != 0 || st.errors || !string) {
        if (string)
            raptor_free_memory(string);
        ng_error_set(err, doc->art->source, 0, 0, "cannot write trig output");
        return -1;
    }
    /* Prefix declarations stay at the top level; the triples go in the
     * article's graph. */
    const char *s = string;
    const char *body = s;
    while (strncmp(body, "@prefix", 7) == 0 || *body == '\n') {
        const char *nl = strchr(body, '\n');
        if (!nl)
            break;
        body = nl + 1;
    }
    fwrite(s, 1, (size_t)(body - s), out);
    fprintf(out, "<%s> {\n", doc->article_iri);
    fwrite(body, 1, len - (size_t)(body - s), out);
    fputs("}\n", out);
    raptor_free_memory(string);
    return 0;
}

/* ---- one RDF/XML document for many articles --------------------------- */

struct ng_rdfxml_stream {
    raptor_world *w;
    raptor_serializer *ser;
    log_state st;
    ng_error err;
};

ng_rdfxml_stream *ng_rdfxml_stream_new(ng_context *ctx, FILE *out)
{
    ng_rdfxml_stream *s = calloc(1, sizeof *s);
    if (!s)
        abort();
    s->w = ctx->raptor_world;
    s->st = (log_state){&s->err, "output", 0};
    /* the plain RDF/XML serializer writes as statements come; the
     * abbreviating one would hold the whole batch */
    s->ser = S_serializer(s->w, "rdfxml");
    if (!s->ser || raptor_serializer_start_to_file_handle(s->ser, NULL, out) != 0) {
        ng_rdfxml_stream_free(s);
        return NULL;
    }
    return s;
}

int ng_rdfxml_stream_add(ng_rdfxml_stream *s, const ng_triple *triples, size_t n)
{
    raptor_world_set_log_handler(s->w, &s->st, S_log);
    int rc = S_send_triples(s->w, s->ser, triples, n, NULL);
    raptor_world_set_log_handler(s->w, NULL, NULL);
    return rc != 0 || s->st.errors ? -1 : 0;
}

int ng_rdfxml_stream_end(ng_rdfxml_stream *s)
{
    raptor_world_set_log_handler(s->w, &s->st, S_log);
    int rc = raptor_serializer_serialize_end(s->ser);
    raptor_world_set_log_handler(s->w, NULL, NULL);
    return rc != 0 || s->st.errors ? -1 : 0;
}

void ng_rdfxml_stream_free(ng_rdfxml_stream *s)
{
    if (!s)
        return;
    if (s->ser)
        raptor_free_serializer(s->ser);
    free(s);
}
