/* model_image.c -- a model's arrays laid out as the code uses them, so that
 * a model linked into the binary is used where it lies.
 *
 * Why: a model file is compressed, and reading one means inflating tens of
 * megabytes and rebuilding hash tables: 0.4 s before the first word of
 * every article, most of a one-page run. At build time newsgraph-image
 * reads each model file with the same code as at run time and writes its
 * in-memory arrays into an image; the image is linked in, and at run time
 * the arrays are pointers into it: the kernel reads the pages an article
 * touches, and processes share them.
 *
 * Layout: the magic "NGIMAGE1", a byte-order mark (images are written and
 * read on the build's machine), the number of sections, then one 32-byte
 * entry per section (a name of up to 15 bytes, its offset and size), then
 * the sections, each 64-byte aligned. Only images built with the binary are
 * read: a model given on the command line is a model file, checked whole. */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

static const char MAGIC[8] = {'N', 'G', 'I', 'M', 'A', 'G', 'E', '1'};
#define ORDER_MARK 0x01020304u
#define ENTRY_SIZE 32
#define NAME_SIZE 16
#define ALIGN 64

typedef struct {
    char name[NAME_SIZE];
    uint64_t offset, size;
} entry;

void ng_image_add(ng_image_writer *w, const char *name, const void *data, size_t size)
{
    if (w->n == w->cap) {
        w->cap = w->cap ? 2 * w->cap : 16;
        w->sections = realloc(w->sections, w->cap * sizeof *w->sections);
        if (!w->sections)
            abort();
    }
    w->sections[w->n++] = (ng_image_section){name, data, size};
}

void ng_image_add_u32(ng_image_writer *w, const char *name, const uint32_t *values, size_t n)
{
    ng_image_add(w, name, values, n * sizeof *values);
}

static size_t S_aligned(size_t n) { return (n + ALIGN - 1) / ALIGN * ALIGN; }

int ng_image_write(ng_image_writer *w, const char *path, ng_error *err)
{
    size_t head = S_aligned(16 + ENTRY_SIZE * w->n), total = head;
    for (size_t i = 0; i < w->n; i++)
        total += S_aligned(w->sections[i].size);
    unsigned char *out = calloc(total, 1);
    if (!out)
        abort();
    memcpy(out, MAGIC, 8);
    uint32_t mark = ORDER_MARK, n = (uint32_t)w->n;
    memcpy(out + 8, &mark, 4);
    memcpy(out + 12, &n, 4);
    size_t at = head;
    for (size_t i = 0; i < w->n; i++) {
        entry e = {{0}, at, w->sections[i].size};
        strncpy(e.name, w->sections[i].name, NAME_SIZE - 1);
        memcpy(out + 16 + ENTRY_SIZE * i, &e, sizeof e);
        if (w->sections[i].size)
            memcpy(out + at, w->sections[i].data, w->sections[i].size);
        at += S_aligned(w->sections[i].size);
    }
    int rc = ng_model_write(path, out, head, out + head, total - head, err);
    free(out);
    return rc;
}

void ng_weights_image(ng_image_writer *w, const float *scale, const int16_t *q, size_t n)
{
    ng_image_add(w, "scale", scale, sizeof *scale);
    ng_image_add(w, "q", q, n * sizeof *q);
}

int ng_weights_image_write(const float *scale, const int16_t *q, size_t n, const char *path, ng_error *err)
{
    ng_image_writer w = {0};
    ng_weights_image(&w, scale, q, n);
    int rc = ng_image_write(&w, path, err);
    ng_image_writer_free(&w);
    return rc;
}

const int16_t *ng_weights_from_image(const unsigned char *data, size_t len, size_t n, float *scale)
{
    const float *s = ng_image_array(data, len, "scale", sizeof *s, 1);
    const int16_t *q = ng_image_array(data, len, "q", sizeof *q, n);
    if (!s || !q)
        return NULL;
    *scale = *s;
    return q;
}

void ng_image_writer_free(ng_image_writer *w)
{
    free(w->sections);
    *w = (ng_image_writer){0};
}

bool ng_image_is(const unsigned char *data, size_t len)
{
    return len >= 16 && memcmp(data, MAGIC, 8) == 0;
}

const void *ng_image_get(const unsigned char *data, size_t len, const char *name, size_t *size)
{
    uint32_t mark, n;
    if (!ng_image_is(data, len))
        return NULL;
    memcpy(&mark, data + 8, 4);
    memcpy(&n, data + 12, 4);
    if (mark != ORDER_MARK || n > (len - 16) / ENTRY_SIZE)
        return NULL;
    for (uint32_t i = 0; i < n; i++) {
        entry e;
        memcpy(&e, data + 16 + ENTRY_SIZE * i, sizeof e);
        if (strncmp(e.name, name, NAME_SIZE) != 0)
            continue;
        if (e.offset % ALIGN || e.offset > len || e.size > len - e.offset)
            return NULL;
        *size = (size_t)e.size;
        return data + e.offset;
    }
    return NULL;
}

const void *ng_image_array(const unsigned char *data, size_t len, const char *name, size_t item, size_t count)
{
    size_t size;
    const void *p = ng_image_get(data, len, name, &size);
    return p && size == item * count ? p : NULL;
}
