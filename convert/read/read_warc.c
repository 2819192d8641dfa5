/* read_warc.c -- WARC records (ISO 28500, Common Crawl's format for crawled
 * pages) to articles: a `response` record holding an HTTP 2xx HTML page, or
 * a `resource` record holding HTML, is read by the HTML reader; the
 * record's target URI, date and id are kept for provenance. Requests,
 * metadata, redirects and non-HTML payloads add nothing. */
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "internal.h"

char *ng_header_field(const char *h, size_t n, const char *name)
{
    size_t nl = strlen(name);
    size_t i = 0;
    while (i < n) {
        const char *eol = memchr(h + i, '\n', n - i);
        size_t e = eol ? (size_t)(eol - h) : n;
        if (e - i > nl && strncasecmp(h + i, name, nl) == 0 && h[i + nl] == ':') {
            size_t v = i + nl + 1, ve = e;
            while (v < ve && (h[v] == ' ' || h[v] == '\t'))
                v++;
            while (ve > v && (h[ve - 1] == '\r' || h[ve - 1] == ' '))
                ve--;
            return strndup(h + v, ve - v);
        }
        i = e + 1;
    }
    return NULL;
}

static bool S_contains(const char *s, const char *word)
{
    size_t n = strlen(word);
    for (; s && *s; s++)
        if (strncasecmp(s, word, n) == 0)
            return true;
    return false;
}

/* "Transfer-Encoding: chunked" bodies as sent: hex sizes before each chunk. */
static void S_unchunk(const char *s, size_t n, ng_buf *out)
{
    size_t i = 0;
    while (i < n) {
        char *end;
        unsigned long size = strtoul(s + i, &end, 16);
        const char *eol = memchr(s + i, '\n', n - i);
        if (!eol || end == s + i || size == 0)
            break;
        i = (size_t)(eol - s) + 1;
        if (size > n - i)
            size = n - i;
        ng_buf_add(out, s + i, size);
        i += size;
        while (i < n && (s[i] == '\r' || s[i] == '\n'))
            i++;
    }
}

/* gzip or deflate "Content-Encoding"; false when it does not inflate. */
static bool S_inflate(const char *s, size_t n, ng_buf *out)
{
    z_stream z;
    memset(&z, 0, sizeof z);
    if (inflateInit2(&z, 32 + MAX_WBITS) != Z_OK)
        return false;
    z.next_in = (Bytef *)s;
    z.avail_in = (uInt)n;
    char chunk[65536];
    int rc;
    do {
        z.next_out = (Bytef *)chunk;
        z.avail_out = sizeof chunk;
        rc = inflate(&z, Z_NO_FLUSH);
        ng_buf_add(out, chunk, sizeof chunk - z.avail_out);
    } while (rc == Z_OK && out->len < (64u << 20));
    inflateEnd(&z);
    return rc == Z_STREAM_END;
}

/* The HTTP payload of a response block: status, headers, body. Returns the
 * body's start, or NULL when it is not a 2xx HTML page. */
static const char *S_http_body(const char *block, size_t blen, size_t *hlen)
{
    const char *sep = NULL;
    for (size_t i = 0; i + 1 < blen; i++)
        if (block[i] == '\n' && (block[i + 1] == '\n' || (i + 2 < blen && block[i + 1] == '\r' && block[i + 2] == '\n'))) {
            sep = block + i + (block[i + 1] == '\n' ? 2 : 3);
            break;
        }
    if (!sep || blen < 12 || strncmp(block, "HTTP/", 5) != 0)
        return NULL;
    const char *sp = memchr(block, ' ', 16);
    if (!sp || sp[1] != '2')
        return NULL;
    *hlen = (size_t)(sep - block);
    return sep;
}

void ng_read_warc_record(ng_context *ctx, ng_batch *batch, const char *headers, size_t hlen, const char *block,
                         size_t blen, const char *source)
{
    char *type = ng_header_field(headers, hlen, "WARC-Type");
    char *ctype = ng_header_field(headers, hlen, "Content-Type");
    const char *body = NULL;
    size_t body_len = 0;
    ng_buf decoded = {0};
    if (type && strcasecmp(type, "response") == 0 && S_contains(ctype, "application/http")) {
        size_t http_hlen = 0;
        body = S_http_body(block, blen, &http_hlen);
        if (body) {
            body_len = blen - http_hlen;
            char *pt = ng_header_field(block, http_hlen, "Content-Type");
            char *te = ng_header_field(block, http_hlen, "Transfer-Encoding");
            char *ce = ng_header_field(block, http_hlen, "Content-Encoding");
            if (pt && !S_contains(pt, "html"))
                body = NULL;
            if (body && S_contains(te, "chunked")) {
                S_unchunk(body, body_len, &decoded);
                body = decoded.data ? decoded.data : "";
                body_len = decoded.len;
            }
            if (body && (S_contains(ce, "gzip") || S_contains(ce, "deflate"))) {
                ng_buf raw = decoded;
                ng_buf out = {0};
                bool ok = S_inflate(body, body_len, &out);
                ng_buf_free(&raw);
                decoded = out;
                body = ok ? decoded.data : NULL;
                body_len = decoded.len;
            }
            free(pt);
            free(te);
            free(ce);
        }
    } else if (type && strcasecmp(type, "resource") == 0 && S_contains(ctype, "html")) {
        body = block;
        body_len = blen;
    }
    if (body && body_len > 0) {
        ng_article *art = ng_batch_add(batch, source);
        if (ng_read_html(ctx, art, body, body_len) != 0)
            art->failed = true;
        char *uri = ng_header_field(headers, hlen, "WARC-Target-URI");
        char *date = ng_header_field(headers, hlen, "WARC-Date");
        char *id = ng_header_field(headers, hlen, "WARC-Record-ID");
        if (uri) {
            /* "<http://...>" in WARC 1.1 drafts, bare in 1.0 */
            char *u = uri[0] == '<' ? uri + 1 : uri;
            u[strcspn(u, ">")] = '\0';
            if (!art->url)
                art->url = ng_article_url(art, u);
        }
        if (id) {
            char *v = id[0] == '<' ? id + 1 : id;
            v[strcspn(v, ">")] = '\0';
            art->warc_record = ng_clean_url(&art->arena, v);
        }
        if (date && strlen(date) >= 20 && date[4] == '-' && date[10] == 'T')
            art->retrieved = ng_arena_strdup(&art->arena, date);
        free(uri);
        free(date);
        free(id);
    }
    ng_buf_free(&decoded);
    free(type);
    free(ctype);
}
