/* arena.c -- one arena per article and per document, freed in one call;
 * plus the heap buffer readers and writers build strings in, and errors. */
#include <ctype.h>
#include <stdarg.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

struct ng_arena_block {
    ng_arena_block *next;
    size_t used, size;
    max_align_t data[];
};

#define BLOCK_MIN (64 * 1024)

void ng_arena_init(ng_arena *a) { a->head = NULL; }

void ng_arena_release(ng_arena *a)
{
    ng_arena_block *b = a->head;
    while (b) {
        ng_arena_block *next = b->next;
        free(b);
        b = next;
    }
    a->head = NULL;
}

void *ng_arena_alloc(ng_arena *a, size_t size)
{
    size_t align = sizeof(max_align_t);
    size = (size + align - 1) / align * align;
    if (size == 0)
        size = align;
    ng_arena_block *b = a->head;
    if (!b || b->size - b->used < size) {
        size_t bsize = size > BLOCK_MIN ? size : BLOCK_MIN;
        b = malloc(sizeof *b + bsize);
        if (!b) {
            fputs("newsgraph: out of memory\n", stderr);
            abort();
        }
        b->size = bsize;
        b->used = 0;
        b->next = a->head;
        a->head = b;
    }
    void *p = (char *)b->data + b->used;
    b->used += size;
    memset(p, 0, size);
    return p;
}

char *ng_arena_strndup(ng_arena *a, const char *s, size_t n)
{
    char *p = ng_arena_alloc(a, n + 1);
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

char *ng_arena_strdup(ng_arena *a, const char *s)
{
    return s ? ng_arena_strndup(a, s, strlen(s)) : NULL;
}

char *ng_arena_printf(ng_arena *a, const char *fmt, ...)
{
    va_list ap, ap2;
    va_start(ap, fmt);
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char *p = ng_arena_alloc(a, (size_t)(n < 0 ? 0 : n) + 1);
    if (n > 0)
        vsnprintf(p, (size_t)n + 1, fmt, ap2);
    va_end(ap2);
    return p;
}

void *ng_arena_grow(ng_arena *a, void *old, size_t item, size_t count, size_t *cap, size_t need)
{
    if (need <= *cap)
        return old;
    size_t ncap = *cap ? *cap * 2 : 8;
    while (ncap < need)
        ncap *= 2;
    void *p = ng_arena_alloc(a, ncap * item);
    if (old && count)
        memcpy(p, old, count * item);
    *cap = ncap;
    return p;
}

void ng_buf_add(ng_buf *b, const char *s, size_t n)
{
    if (b->len + n + 1 > b->cap) {
        size_t ncap = b->cap ? b->cap * 2 : 256;
        while (ncap < b->len + n + 1)
            ncap *= 2;
        char *p = realloc(b->data, ncap);
        if (!p) {
            fputs("newsgraph: out of memory\n", stderr);
            abort();
        }
        b->data = p;
        b->cap = ncap;
    }
    if (n)
        memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
}

void ng_buf_adds(ng_buf *b, const char *s) { ng_buf_add(b, s, strlen(s)); }
void ng_buf_add_slow(ng_buf *b, char c) { ng_buf_add(b, &c, 1); }

void ng_buf_printf(ng_buf *b, const char *fmt, ...)
{
    char small[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0)
        return;
    if ((size_t)n < sizeof small) {
        ng_buf_add(b, small, (size_t)n);
        return;
    }
    char *big = malloc((size_t)n + 1);
    if (!big)
        abort();
    va_start(ap, fmt);
    vsnprintf(big, (size_t)n + 1, fmt, ap);
    va_end(ap);
    ng_buf_add(b, big, (size_t)n);
    free(big);
}

void ng_buf_free(ng_buf *b)
{
    free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
}

void ng_error_set(ng_error *err, const char *source, long line, long offset, const char *fmt, ...)
{
    if (!err || err->text[0])
        return; /* the first error recorded wins */
    snprintf(err->source, sizeof err->source, "%s", source ? source : "");
    err->line = line;
    err->offset = offset;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->text, sizeof err->text, fmt, ap);
    va_end(ap);
}

int ng_read_stream_max(FILE *f, const char *name, ng_buf *out, size_t max, ng_error *err)
{
    char chunk[65536];
    size_t n, total = 0;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) {
        total += n;
        if (total > max) {
            ng_error_set(err, name, 0, 0, "larger than %zu MB: refused (see the limits in README.md)", max >> 20);
            return -1;
        }
        ng_buf_add(out, chunk, n);
    }
    if (ferror(f)) {
        ng_error_set(err, name, 0, 0, "cannot read: %s", strerror(errno));
        return -1;
    }
    if (!out->data)
        ng_buf_add(out, "", 0);
    return 0;
}

int ng_read_file_max(const char *path, ng_buf *out, size_t max, ng_error *err)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        ng_error_set(err, path, 0, 0, "cannot open: %s", strerror(errno));
        return -1;
    }
    int rc = ng_read_stream_max(f, path, out, max, err);
    fclose(f);
    return rc;
}

int ng_read_file(const char *path, ng_buf *out, ng_error *err)
{
    return ng_read_file_max(path, out, NG_MAX_FILE, err);
}

char *ng_clean_url(ng_arena *a, const char *url)
{
    if (!url)
        return NULL;
    while (*url == ' ' || *url == '\t' || *url == '\n' || *url == '\r')
        url++;
    size_t n = strlen(url);
    while (n && (url[n - 1] == ' ' || url[n - 1] == '\t' || url[n - 1] == '\n' || url[n - 1] == '\r'))
        n--;
    /* scheme ":" */
    size_t k = 0;
    if (!n || !((url[0] >= 'a' && url[0] <= 'z') || (url[0] >= 'A' && url[0] <= 'Z')))
        return NULL;
    while (k < n && ((url[k] >= 'a' && url[k] <= 'z') || (url[k] >= 'A' && url[k] <= 'Z') ||
                     (url[k] >= '0' && url[k] <= '9') || url[k] == '+' || url[k] == '-' || url[k] == '.'))
        k++;
    if (k == n || url[k] != ':' || k + 1 == n)
        return NULL;
    char *out = ng_arena_alloc(a, 3 * n + 1), *o = out;
    static const char hex[] = "0123456789ABCDEF";
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)url[i];
        if (c <= 0x20 || c == 0x7f || strchr("<>\"{}|\\^`", c)) {
            *o++ = '%';
            *o++ = hex[c >> 4];
            *o++ = hex[c & 15];
        } else {
            *o++ = (char)c;
        }
    }
    *o = '\0';
    return out;
}

char *ng_language_tag(ng_arena *a, const char *tag)
{
    char primary[4];
    size_t n = 0;
    while (tag && (*tag == ' ' || *tag == '\t'))
        tag++;
    for (; tag && isalpha((unsigned char)*tag); tag++) {
        if (n == 3)
            return NULL;
        primary[n++] = (char)tolower((unsigned char)*tag);
    }
    if (n < 2 || (tag && *tag && *tag != '-' && *tag != '_' && *tag != ' ' && *tag != ';' && *tag != ','))
        return NULL;
    return ng_arena_strndup(a, primary, n);
}
