/* input.c -- bytes to articles: reading files (gzip transparently),
 * sniffing the format, repairing UTF-8 and dispatching to one reader. */
#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <jansson.h>
#include <zlib.h>

#include "internal.h"

/* Untrusted input: refuse anything larger than this, before or after gunzip. */
#define NG_MAX_INPUT (64u * 1024u * 1024u)

static bool S_has_suffix(const char *s, const char *suf)
{
    size_t n = strlen(s), m = strlen(suf);
    if (m > n)
        return false;
    for (size_t i = 0; i < m; i++)
        if (tolower((unsigned char)s[n - m + i]) != suf[i])
            return false;
    return true;
}

ng_input_format ng_sniff_name(const char *name)
{
    char base[512];
    snprintf(base, sizeof base, "%s", name ? name : "");
    if (S_has_suffix(base, ".gz"))
        base[strlen(base) - 3] = '\0';
    if (S_has_suffix(base, ".html") || S_has_suffix(base, ".htm") || S_has_suffix(base, ".xhtml"))
        return NG_INPUT_HTML;
    if (S_has_suffix(base, ".jsonl") || S_has_suffix(base, ".ndjson"))
        return NG_INPUT_JSONL;
    if (S_has_suffix(base, ".json"))
        return NG_INPUT_JSON;
    if (S_has_suffix(base, ".txt") || S_has_suffix(base, ".text"))
        return NG_INPUT_TEXT;
    if (S_has_suffix(base, ".warc"))
        return NG_INPUT_WARC;
    return NG_INPUT_AUTO;
}

/* Is the first line of data[i..len) one whole JSON value followed by a
 * line that opens another object? Then the input is JSON Lines. */
static bool S_json_lines(const char *data, size_t i, size_t len)
{
    const char *nl = memchr(data + i, '\n', len - i);
    if (!nl)
        return false;
    const char *next = nl + 1;
    while (next < data + len && isspace((unsigned char)*next))
        next++;
    if (next >= data + len || *next != '{')
        return false;
    json_error_t jerr;
    json_t *v = json_loadb(data + i, (size_t)(nl - data) - i, 0, &jerr);
    json_decref(v);
    return v != NULL;
}

ng_input_format ng_sniff_content(const char *data, size_t len)
{
    size_t i = 0;
    if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0)
        i = 3;
    while (i < len && isspace((unsigned char)data[i]))
        i++;
    if (i >= len)
        return NG_INPUT_AUTO;
    if (len - i >= 5 && memcmp(data + i, "WARC/", 5) == 0)
        return NG_INPUT_WARC;
    if (data[i] == '<')
        return NG_INPUT_HTML;
    if (data[i] == '[')
        return NG_INPUT_JSON;
    if (data[i] == '{')
        return S_json_lines(data, i, len) ? NG_INPUT_JSONL : NG_INPUT_JSON;
    return NG_INPUT_TEXT;
}

const char *ng_input_format_name(ng_input_format f)
{
    switch (f) {
    case NG_INPUT_AUTO: return "auto";
    case NG_INPUT_TEXT: return "text";
    case NG_INPUT_HTML: return "HTML";
    case NG_INPUT_JSON: return "JSON";
    case NG_INPUT_JSONL: return "JSON Lines";
    case NG_INPUT_WARC: return "WARC";
    }
    return "?";
}

/* Text that is mostly NUL bytes, control characters or invalid UTF-8 is not
 * an article; saying so beats emitting a graph of U+FFFD. */
/* Control bytes (and, unless the content declares its own charset as a web
 * page does, bytes that are not UTF-8) make up a tenth of the start. */
static bool S_looks_binary(const char *data, size_t len, bool own_charset)
{
    size_t n = len < 4096 ? len : 4096, bad = 0;
    const unsigned char *s = (const unsigned char *)data;
    for (size_t i = 0; i < n;) {
        if (s[i] == 0 || (s[i] < 0x20 && s[i] != '\n' && s[i] != '\r' && s[i] != '\t' && s[i] != '\f')) {
            bad++;
            i++;
            continue;
        }
        int l;
        if (s[i] >= 0x80 && ng_utf8_decode(s + i, len - i, &l) < 0) {
            bad += !own_charset;
            i++;
            continue;
        }
        i += s[i] >= 0x80 ? (size_t)l : 1;
    }
    return n > 0 && bad * 10 > n;
}

static void S_warn(const ng_options *opts, const char *source, const char *msg)
{
    if (opts && opts->warn)
        opts->warn(opts->warn_data, source, msg);
}

static int S_gunzip(const char *data, size_t len, char **out, size_t *out_len, const char *source, ng_error *err)
{
    z_stream z;
    memset(&z, 0, sizeof z);
    if (inflateInit2(&z, 16 + MAX_WBITS) != Z_OK) {
        ng_error_set(err, source, 0, 0, "cannot start gzip decompression");
        return -1;
    }
    ng_buf b = {0};
    char chunk[65536];
    z.next_in = (Bytef *)data;
    z.avail_in = (uInt)len;
    int rc;
    do {
        z.next_out = (Bytef *)chunk;
        z.avail_out = sizeof chunk;
        rc = inflate(&z, Z_NO_FLUSH);
        if (rc != Z_OK && rc != Z_STREAM_END) {
            ng_error_set(err, source, 0, (long)z.total_in, "corrupt gzip data at byte %lu", (unsigned long)z.total_in);
            inflateEnd(&z);
            ng_buf_free(&b);
            return -1;
        }
        ng_buf_add(&b, chunk, sizeof chunk - z.avail_out);
        if (rc == Z_STREAM_END && z.avail_in > 0) {
            /* another gzip member follows (cat a.gz b.gz): read it too */
            inflateReset(&z);
            rc = Z_OK;
        }
        if (b.len > NG_MAX_INPUT) {
            ng_error_set(err, source, 0, 0, "decompressed input larger than %u MiB", NG_MAX_INPUT >> 20);
            inflateEnd(&z);
            ng_buf_free(&b);
            return -1;
        }
        if (rc == Z_OK && z.avail_in == 0 && z.avail_out != 0) {
            ng_error_set(err, source, 0, (long)z.total_in, "truncated gzip data");
            inflateEnd(&z);
            ng_buf_free(&b);
            return -1;
        }
    } while (rc != Z_STREAM_END);
    inflateEnd(&z);
    if (!b.data)
        ng_buf_add(&b, "", 0);
    *out = b.data;
    *out_len = b.len;
    return 0;
}

ng_batch *ng_batch_load(ng_context *ctx, const char *data, size_t len, const char *source,
                        const ng_options *opts, ng_error *err)
{
    static const ng_options defaults = {0};
    if (!opts)
        opts = &defaults;
    if (!source)
        source = "-";
    char *unzipped = NULL;
    if (len >= 2 && (unsigned char)data[0] == 0x1f && (unsigned char)data[1] == 0x8b) {
        size_t ulen;
        if (S_gunzip(data, len, &unzipped, &ulen, source, err) != 0)
            return NULL;
        data = unzipped;
        len = ulen;
    }
    if (ng_utf16_bom(data, len)) {
        /* UTF-16 pages (Windows tools write them): read as UTF-8 */
        size_t ulen;
        char *utf8 = ng_utf16_to_utf8(data, len, &ulen);
        free(unzipped);
        data = unzipped = utf8;
        len = ulen;
    }
    if (len > NG_MAX_INPUT) {
        ng_error_set(err, source, 0, 0, "input larger than %u MiB", NG_MAX_INPUT >> 20);
        free(unzipped);
        return NULL;
    }
    ng_input_format fmt = opts->input_format;
    if (fmt == NG_INPUT_AUTO) {
        fmt = ng_sniff_content(data, len);
        ng_input_format named = ng_sniff_name(source);
        if (fmt == NG_INPUT_AUTO)
            fmt = named != NG_INPUT_AUTO ? named : NG_INPUT_TEXT;
    }
    ng_batch *batch = calloc(1, sizeof *batch);
    if (!batch)
        abort();
    int rc = ng_batch_fill(ctx, batch, data, len, source, fmt, opts, err);
    free(unzipped);
    if (rc != 0) {
        ng_batch_free(batch);
        return NULL;
    }
    return batch;
}

int ng_batch_fill(ng_context *ctx, ng_batch *batch, const char *data, size_t len, const char *source,
                  ng_input_format fmt, const ng_options *opts, ng_error *err)
{
    size_t blank = 0;
    while (blank < len && isspace((unsigned char)data[blank]))
        blank++;
    if (blank == len) {
        ng_error_set(err, source, 0, 0, "empty input");
        return -1;
    }
    if (S_looks_binary(data, len, fmt == NG_INPUT_HTML)) {
        ng_error_set(err, source, 0, 0, "input looks like binary data, not an article");
        return -1;
    }
    size_t first = batch->n;
    if (fmt == NG_INPUT_HTML) {
        /* libxml2 decodes the page's declared charset itself; repair after. */
        ng_article *art = ng_batch_add(batch, source);
        if (ng_read_html(ctx, art, data, len) != 0)
            art->failed = true;
    } else {
        char *clean;
        size_t clen, first_bad;
        size_t repairs = ng_utf8_clean(data, len, &clean, &clen, &first_bad);
        if (repairs) {
            char msg[160];
            snprintf(msg, sizeof msg, "repaired %zu invalid UTF-8 sequence%s (first at byte %zu)", repairs,
                     repairs == 1 ? "" : "s", first_bad);
            S_warn(opts, source, msg);
        }
        if (fmt == NG_INPUT_JSON || fmt == NG_INPUT_JSONL) {
            ng_read_json(batch, clean, clen, fmt == NG_INPUT_JSONL, source);
        } else {
            ng_article *art = ng_batch_add(batch, source);
            if (ng_read_text(art, clean, clen) != 0)
                art->failed = true;
        }
        free(clean);
    }
    if (batch->n == first) {
        ng_error_set(err, source, 0, 0, "no article found");
        return -1;
    }
    ng_batch_check(batch, first, opts);
    return 0;
}

/* Checks every article read gets: body text, a readable date. */
void ng_batch_check(ng_batch *batch, size_t first, const ng_options *opts)
{
    for (size_t i = first; i < batch->n; i++) {
        ng_article *art = batch->items[i];
        if (!art->failed && art->len == 0) {
            art->failed = true;
            ng_error_set(&art->error, art->source, art->line, 0, "no article text found");
        }
        if (!art->failed && art->bad_url) {
            char msg[400];
            snprintf(msg, sizeof msg, "the URL '%s' is not http or https: dropped", art->bad_url);
            S_warn(opts, art->source, msg);
        }
        if (!art->failed && art->bad_date) {
            char msg[400];
            snprintf(msg, sizeof msg, "cannot read the date in %s; relative dates stay unresolved", art->bad_date);
            S_warn(opts, art->source, msg);
        }
    }
}
ng_batch *ng_batch_load_file(ng_context *ctx, const char *path, const ng_options *opts, ng_error *err)
{
    bool is_stdin = strcmp(path, "-") == 0;
    FILE *f = is_stdin ? stdin : fopen(path, "rb");
    if (!f) {
        ng_error_set(err, path, 0, 0, "cannot open: %s", strerror(errno));
        return NULL;
    }
    ng_buf b = {0};
    char chunk[65536];
    size_t n;
    bool too_big = false;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) {
        ng_buf_add(&b, chunk, n);
        if (b.len > NG_MAX_INPUT) {
            too_big = true;
            break;
        }
    }
    bool failed = ferror(f);
    int saved = errno;
    if (!is_stdin)
        fclose(f);
    if (failed) {
        ng_error_set(err, path, 0, 0, "cannot read: %s", strerror(saved));
        ng_buf_free(&b);
        return NULL;
    }
    if (too_big) {
        ng_error_set(err, path, 0, 0, "input larger than %u MiB", NG_MAX_INPUT >> 20);
        ng_buf_free(&b);
        return NULL;
    }
    ng_batch *batch = ng_batch_load(ctx, b.data ? b.data : "", b.len, is_stdin ? "<stdin>" : path, opts, err);
    ng_buf_free(&b);
    return batch;
}

int ng_input_format_from_name(const char *name, ng_input_format *out)
{
    static const struct { const char *name; ng_input_format f; } names[] = {
        {"auto", NG_INPUT_AUTO}, {"text", NG_INPUT_TEXT}, {"txt", NG_INPUT_TEXT},
        {"html", NG_INPUT_HTML}, {"json", NG_INPUT_JSON}, {"jsonl", NG_INPUT_JSONL},
        {"warc", NG_INPUT_WARC}};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strcasecmp(name, names[i].name) == 0) {
            *out = names[i].f;
            return 0;
        }
    return -1;
}

