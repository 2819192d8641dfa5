/* reader.c -- inputs read record by record, so that a feed of any size
 * passes in bounded memory.
 *
 * Every file goes through zlib's gz reader: plain files pass unchanged and
 * gzip files of any number of members are read whole (zcat semantics). The
 * format is sniffed from the first bytes; when the file name says otherwise
 * the content wins and a warning says so. JSON Lines and WARC are read one
 * record at a time (a record larger than NG_MAX_RECORD fails alone, naming
 * its line); text, HTML and JSON files are one unit of at most NG_MAX_INPUT
 * bytes. */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include "internal.h"

/* A whole text, HTML or JSON file, after gunzip. */
#define NG_MAX_INPUT (64u * 1024u * 1024u)
/* One JSON Lines record or WARC record. */
#define NG_MAX_RECORD (64u * 1024u * 1024u)
/* What sniffing looks at. */
#define SNIFF_BYTES 65536u

struct ng_reader {
    ng_context *ctx;
    ng_options opts;
    gzFile gz;
    char *name;              /* for messages: the path, or "<stdin>" */
    char *file;              /* the file name without folders, for provenance */
    ng_input_format format;
    char *buf;               /* bytes read and not yet consumed: buf[pos..len) */
    size_t pos, len, cap;
    bool eof;
    bool failed;             /* a read error ended the input */
    long line;               /* lines consumed so far */
    long records;            /* records returned so far */
    long long size;          /* bytes of the file on disk, or -1 */
};

static void S_warn(const ng_reader *r, const char *msg)
{
    if (r->opts.warn)
        r->opts.warn(r->opts.warn_data, r->name, msg);
}

/* Read more into the buffer (discarding what was consumed). Returns the
 * number of bytes added; 0 at the end or on an error (r->failed). */
static size_t S_fill(ng_reader *r, ng_error *err)
{
    if (r->eof)
        return 0;
    if (r->pos > 0) {
        memmove(r->buf, r->buf + r->pos, r->len - r->pos);
        r->len -= r->pos;
        r->pos = 0;
    }
    size_t want = 1u << 16;
    if (r->cap - r->len < want) {
        r->cap = r->cap * 2 > r->len + want ? r->cap * 2 : r->len + want;
        r->buf = realloc(r->buf, r->cap + 1);
        if (!r->buf)
            abort();
    }
    int n = gzread(r->gz, r->buf + r->len, (unsigned)want);
    if (n < 0) {
        int zerr;
        const char *msg = gzerror(r->gz, &zerr);
        if (zerr == Z_ERRNO)
            ng_error_set(err, r->name, r->line, 0, "cannot read: %s", strerror(errno));
        else
            ng_error_set(err, r->name, r->line, 0, "corrupt gzip data: %s", msg);
        r->eof = r->failed = true;
        return 0;
    }
    if (n == 0) {
        r->eof = true;
        /* a gzip stream cut short reads as its end: say so */
        int zerr;
        const char *msg = gzerror(r->gz, &zerr);
        if (zerr != Z_OK && zerr != Z_STREAM_END) {
            ng_error_set(err, r->name, r->line, 0, "corrupt gzip data: %s", msg);
            r->failed = true;
        }
        return 0;
    }
    r->len += (size_t)n;
    r->buf[r->len] = '\0';
    return (size_t)n;
}

/* The reader's format: --input-format, else the content, else the name. */
static void S_choose_format(ng_reader *r, ng_error *err)
{
    while (r->len - r->pos < SNIFF_BYTES && S_fill(r, err) > 0)
        ;
    if (ng_utf16_bom(r->buf + r->pos, r->len - r->pos)) {
        /* UTF-16 (Windows tools write it): the whole input, as UTF-8; at
         * most twice the input limit, since UTF-16 takes two bytes for
         * what is one in ASCII */
        while (r->len - r->pos <= 2 * (size_t)NG_MAX_INPUT && S_fill(r, err) > 0)
            ;
        if (!r->eof) {
            ng_error_set(err, r->name, 0, 0, "UTF-16 input larger than %u MiB", 2 * (NG_MAX_INPUT >> 20));
            r->eof = r->failed = true;
        }
        size_t ulen;
        char *utf8 = ng_utf16_to_utf8(r->buf + r->pos, r->len - r->pos, &ulen);
        free(r->buf);
        r->buf = utf8;
        r->len = ulen;
        r->cap = ulen;
        r->pos = 0;
    }
    ng_input_format named = ng_sniff_name(r->name);
    ng_input_format seen = ng_sniff_content(r->buf + r->pos, r->len - r->pos);
    if (seen == NG_INPUT_JSON && r->buf[r->pos] != '[' && !memchr(r->buf + r->pos, '\n', r->len - r->pos) &&
        !r->eof) {
        /* a first line longer than what was sniffed: read it whole to tell
         * JSON from JSON Lines */
        while (r->len - r->pos < NG_MAX_RECORD && !memchr(r->buf + r->pos, '\n', r->len - r->pos) &&
               S_fill(r, err) > 0)
            ;
        seen = ng_sniff_content(r->buf + r->pos, r->len - r->pos);
    }
    if (r->opts.input_format != NG_INPUT_AUTO) {
        r->format = r->opts.input_format;
        return;
    }
    r->format = seen != NG_INPUT_AUTO ? seen : named != NG_INPUT_AUTO ? named : NG_INPUT_TEXT;
    bool same = seen == named || named == NG_INPUT_AUTO || seen == NG_INPUT_AUTO ||
                (named == NG_INPUT_JSONL && seen == NG_INPUT_JSON);
    if (!same) {
        char msg[200];
        snprintf(msg, sizeof msg, "the content is %s, not %s as the name says: read as %s",
                 ng_input_format_name(seen), ng_input_format_name(named), ng_input_format_name(seen));
        S_warn(r, msg);
    }
    if (named == NG_INPUT_JSONL && seen == NG_INPUT_JSON)
        r->format = NG_INPUT_JSONL;
}

ng_reader *ng_reader_open(ng_context *ctx, const char *path, const ng_options *opts, ng_error *err)
{
    bool is_stdin = strcmp(path, "-") == 0;
    int fd = is_stdin ? dup(STDIN_FILENO) : open(path, O_RDONLY);
    if (fd < 0) {
        ng_error_set(err, path, 0, 0, "cannot open: %s", strerror(errno));
        return NULL;
    }
    struct stat st;
    if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
        close(fd);
        ng_error_set(err, path, 0, 0, "is a directory");
        return NULL;
    }
    ng_reader *r = calloc(1, sizeof *r);
    if (!r)
        abort();
    r->ctx = ctx;
    if (opts)
        r->opts = *opts;
    const char *label = is_stdin ? (opts && opts->source_name ? opts->source_name : "<stdin>") : path;
    r->name = strdup(label);
    const char *base = strrchr(label, '/');
    r->file = strdup(base ? base + 1 : label);
    r->size = S_ISREG(st.st_mode) ? (long long)st.st_size : -1;
    r->line = opts && opts->first_line > 1 ? opts->first_line - 1 : 0;
    r->gz = gzdopen(fd, "rb");
    if (!r->gz) {
        close(fd);
        ng_error_set(err, path, 0, 0, "cannot open: out of memory");
        ng_reader_free(r);
        return NULL;
    }
    gzbuffer(r->gz, 1u << 17);
    S_choose_format(r, err);
    if (r->failed) {
        ng_reader_free(r);
        return NULL;
    }
    if (r->len == r->pos && r->eof) {
        ng_error_set(err, r->name, 0, 0, "empty input");
        ng_reader_free(r);
        return NULL;
    }
    return r;
}

void ng_reader_free(ng_reader *r)
{
    if (!r)
        return;
    if (r->gz)
        gzclose(r->gz);
    free(r->buf);
    free(r->name);
    free(r->file);
    free(r);
}

ng_input_format ng_reader_format(const ng_reader *r) { return r->format; }

long long ng_reader_size(const ng_reader *r) { return r->size; }

long long ng_reader_offset(const ng_reader *r)
{
    /* bytes of the file read so far (compressed bytes for gzip) */
    z_off_t off = gzoffset(r->gz);
    return off < 0 ? 0 : (long long)off;
}

/* The articles read get the file name and their line for provenance. */
static void S_stamp(ng_reader *r, ng_batch *batch, size_t first)
{
    for (size_t i = first; i < batch->n; i++) {
        ng_article *art = batch->items[i];
        art->source_file = ng_arena_strdup(&art->arena, r->file);
    }
}

/* The next line: its bytes at *s (without the newline), *n long. A line
 * longer than NG_MAX_RECORD is skipped and *too_long set. Returns false at
 * the end of the input. */
static bool S_next_line(ng_reader *r, const char **s, size_t *n, bool *too_long, ng_error *err)
{
    *too_long = false;
    size_t scanned = 0;
    for (;;) {
        char *nl = memchr(r->buf + r->pos + scanned, '\n', r->len - r->pos - scanned);
        if (nl) {
            *s = r->buf + r->pos;
            *n = (size_t)(nl - *s);
            r->pos = (size_t)(nl - r->buf) + 1;
            r->line++;
            return true;
        }
        scanned = r->len - r->pos;
        if (scanned > NG_MAX_RECORD) {
            /* drop what was read of it and look for its end */
            *too_long = true;
            r->pos = r->len;
            scanned = 0;
        }
        if (S_fill(r, err) == 0) {
            if (r->len == r->pos && !*too_long)
                return false;
            *s = r->buf + r->pos;
            *n = r->len - r->pos;
            r->pos = r->len;
            r->line++;
            return true;
        }
    }
}

static ng_batch *S_next_jsonl(ng_reader *r, ng_error *err)
{
    const char *s;
    size_t n;
    bool too_long;
    while (S_next_line(r, &s, &n, &too_long, err)) {
        ng_batch *batch = calloc(1, sizeof *batch);
        if (!batch)
            abort();
        if (too_long) {
            char name[600];
            snprintf(name, sizeof name, "%s:%ld", r->name, r->line);
            ng_article *art = ng_batch_add(batch, name);
            art->failed = true;
            art->line = r->line;
            ng_error_set(&art->error, r->name, r->line, 0, "line %ld: record larger than %u MiB", r->line,
                         NG_MAX_RECORD >> 20);
            return batch;
        }
        while (n > 0 && s[n - 1] == '\r')
            n--;
        while (n > 0 && (*s == ' ' || *s == '\t'))
            s++, n--;
        if (n == 0) {
            free(batch);
            continue;
        }
        char *clean;
        size_t clen, first_bad;
        size_t repairs = ng_utf8_clean(s, n, &clean, &clen, &first_bad);
        if (repairs) {
            char msg[160], name[600];
            snprintf(msg, sizeof msg, "repaired %zu invalid UTF-8 sequence%s", repairs, repairs == 1 ? "" : "s");
            snprintf(name, sizeof name, "%s:%ld", r->name, r->line);
            if (r->opts.warn)
                r->opts.warn(r->opts.warn_data, name, msg);
        }
        ng_read_json_line(batch, clean, clen, r->name, r->line);
        free(clean);
        S_stamp(r, batch, 0);
        ng_batch_check(batch, 0, &r->opts);
        return batch;
    }
    return NULL;
}

/* The whole input as one unit (text, HTML, JSON). */
static ng_batch *S_next_whole(ng_reader *r, ng_error *err)
{
    if (r->records > 0)
        return NULL;
    while (r->len - r->pos <= NG_MAX_INPUT && S_fill(r, err) > 0)
        ;
    if (r->failed)
        return NULL;
    if (r->len - r->pos > NG_MAX_INPUT) {
        ng_error_set(err, r->name, 0, 0, "input larger than %u MiB", NG_MAX_INPUT >> 20);
        return NULL;
    }
    ng_batch *batch = calloc(1, sizeof *batch);
    if (!batch)
        abort();
    if (ng_batch_fill(r->ctx, batch, r->buf + r->pos, r->len - r->pos, r->name, r->format, &r->opts, err) != 0) {
        ng_batch_free(batch);
        return NULL;
    }
    r->pos = r->len;
    S_stamp(r, batch, 0);
    return batch;
}

/* Make sure n bytes are buffered after pos; false when the input ends first. */
static bool S_need(ng_reader *r, size_t n, ng_error *err)
{
    while (r->len - r->pos < n)
        if (S_fill(r, err) == 0)
            return false;
    return true;
}

/* WARC: "WARC/1.x" header lines, a blank line, Content-Length bytes of
 * block, two line breaks. */
static ng_batch *S_next_warc(ng_reader *r, ng_error *err)
{
    for (;;) {
        /* skip the line breaks between records */
        while (S_need(r, 1, err) && (r->buf[r->pos] == '\r' || r->buf[r->pos] == '\n')) {
            if (r->buf[r->pos] == '\n')
                r->line++;
            r->pos++;
        }
        if (!S_need(r, 1, err))
            return NULL;
        long record_line = r->line + 1;
        char *end;
        while ((end = strstr(r->buf + r->pos, "\r\n\r\n")) == NULL && r->len - r->pos < 1u << 20 &&
               S_fill(r, err) > 0)
            ;
        if (!end || strncmp(r->buf + r->pos, "WARC/", 5) != 0) {
            ng_error_set(err, r->name, record_line, 0, "line %ld: not a WARC record header", record_line);
            return NULL;
        }
        size_t hstart = r->pos, hlen = (size_t)(end - (r->buf + r->pos)) + 4;
        char *cl = ng_header_field(r->buf + hstart, hlen, "Content-Length");
        char *stop = NULL;
        long long blen = cl ? strtoll(cl, &stop, 10) : -1;
        bool bad_length = !cl || stop == cl || blen < 0;
        free(cl);
        if (bad_length) {
            ng_error_set(err, r->name, record_line, 0, "line %ld: WARC record without a Content-Length",
                         record_line);
            return NULL;
        }
        if ((unsigned long long)blen > NG_MAX_RECORD) {
            ng_error_set(err, r->name, record_line, 0, "line %ld: WARC record larger than %u MiB", record_line,
                         NG_MAX_RECORD >> 20);
            return NULL;
        }
        if (!S_need(r, hlen + (size_t)blen, err)) {
            ng_error_set(err, r->name, record_line, 0, "line %ld: WARC record cut short", record_line);
            return NULL;
        }
        const char *h = r->buf + r->pos;
        for (size_t k = 0; k < hlen + (size_t)blen; k++)
            r->line += h[k] == '\n';
        char source[600];
        snprintf(source, sizeof source, "%s:%ld", r->name, record_line);
        ng_batch *batch = calloc(1, sizeof *batch);
        if (!batch)
            abort();
        ng_read_warc_record(r->ctx, batch, h, hlen, h + hlen, (size_t)blen, source);
        r->pos += hlen + (size_t)blen;
        if (batch->n == 0) {
            free(batch->items);
            free(batch);
            continue;   /* request, metadata, warcinfo ... */
        }
        for (size_t i = 0; i < batch->n; i++)
            batch->items[i]->line = record_line;
        S_stamp(r, batch, 0);
        ng_batch_check(batch, 0, &r->opts);
        return batch;
    }
}

ng_batch *ng_reader_next(ng_reader *r, ng_error *err)
{
    ng_batch *b = NULL;
    switch (r->format) {
    case NG_INPUT_JSONL: b = S_next_jsonl(r, err); break;
    case NG_INPUT_WARC: b = S_next_warc(r, err); break;
    default: b = S_next_whole(r, err); break;
    }
    if (b)
        r->records++;
    else if (r->failed && !err->text[0])
        ng_error_set(err, r->name, r->line, 0, "cannot read");
    return b;
}
