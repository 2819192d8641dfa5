/* model_file.c -- what the NER and syntax model files share: little-endian
 * numbers in the header (internal.h), a zlib-compressed payload checked by
 * CRC-32, and a file written whole or not at all. */
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "internal.h"

unsigned char *ng_model_inflate(const unsigned char *comp, size_t comp_len, uint32_t crc, uint64_t raw_len,
                                const char *what, const char *source, ng_error *err)
{
    if ((uint32_t)crc32(0L, comp, (uInt)comp_len) != crc) {
        ng_error_set(err, source, 0, 0, "%s is corrupt (checksum mismatch)", what);
        return NULL;
    }
    unsigned char *raw = malloc(raw_len ? raw_len : 1);
    uLongf out_len = (uLongf)raw_len;
    if (!raw || uncompress(raw, &out_len, comp, (uLong)comp_len) != Z_OK || out_len != raw_len) {
        free(raw);
        ng_error_set(err, source, 0, 0, "%s is corrupt (cannot inflate)", what);
        return NULL;
    }
    return raw;
}

unsigned char *ng_model_deflate(const unsigned char *raw, size_t raw_len, size_t *comp_len, uint32_t *crc)
{
    uLongf n = compressBound((uLong)raw_len);
    unsigned char *comp = malloc(n);
    if (!comp || compress2(comp, &n, raw, (uLong)raw_len, 9) != Z_OK) {
        free(comp);
        return NULL;
    }
    *comp_len = n;
    *crc = (uint32_t)crc32(0L, comp, (uInt)n);
    return comp;
}

int ng_model_write(const char *path, const unsigned char *hdr, size_t nhdr, const unsigned char *comp, size_t ncomp,
                   ng_error *err)
{
    size_t n = strlen(path) + 8;
    char *tmp = malloc(n);
    snprintf(tmp, n, "%s.tmp", path);
    FILE *f = fopen(tmp, "wb");
    bool ok = f && fwrite(hdr, 1, nhdr, f) == nhdr && fwrite(comp, 1, ncomp, f) == ncomp;
    if (f && fclose(f) != 0)
        ok = false;
    if (!ok || rename(tmp, path) != 0) {
        int saved = errno;
        remove(tmp);
        free(tmp);
        ng_error_set(err, path, 0, 0, "cannot write the model: %s", strerror(saved));
        return -1;
    }
    free(tmp);
    return 0;
}

#define WEIGHTS_HEADER 48

int ng_weights_save(const ng_weights_format *f, const char *path, const float *w, size_t n, const unsigned char *extra,
                    uint32_t nextra, ng_error *err)
{
    float maxabs = 0;
    for (size_t i = 0; i < n; i++)
        if (fabsf(w[i]) > maxabs)
            maxabs = fabsf(w[i]);
    float scale = maxabs > 0 ? maxabs / 32767.0f : 1.0f;
    size_t raw_len = n * 2 + nextra;
    unsigned char *raw = malloc(raw_len ? raw_len : 1);
    if (!raw)
        abort();
    for (size_t i = 0; i < n; i++) {
        long q = lroundf(w[i] / scale);
        uint16_t u = (uint16_t)(int16_t)(q > 32767 ? 32767 : q < -32767 ? -32767 : q);
        raw[2 * i] = (unsigned char)(u & 0xff);
        raw[2 * i + 1] = (unsigned char)(u >> 8);
    }
    if (nextra)
        memcpy(raw + n * 2, extra, nextra);
    size_t comp_len;
    uint32_t crc;
    unsigned char *comp = ng_model_deflate(raw, raw_len, &comp_len, &crc);
    free(raw);
    if (!comp) {
        ng_error_set(err, path, 0, 0, "cannot compress the model");
        return -1;
    }
    unsigned char hdr[WEIGHTS_HEADER] = {0};
    memcpy(hdr, f->magic, 8);
    ng_le_put32(hdr + 8, f->version);
    ng_le_put32(hdr + 12, f->nlabels);
    ng_le_put32(hdr + 16, f->hash_bits);
    uint32_t sbits;
    memcpy(&sbits, &scale, 4);
    ng_le_put32(hdr + 20, sbits);
    ng_le_put64(hdr + 24, raw_len);
    ng_le_put64(hdr + 32, comp_len);
    ng_le_put32(hdr + 40, crc);
    ng_le_put32(hdr + 44, nextra);
    int rc = ng_model_write(path, hdr, WEIGHTS_HEADER, comp, comp_len, err);
    free(comp);
    return rc;
}

int16_t *ng_weights_read(const ng_weights_format *f, const unsigned char *data, size_t len, size_t n,
                         const char *source, float *scale, unsigned char **extra, uint32_t *nextra, ng_error *err)
{
    *extra = NULL;
    *nextra = 0;
    if (len < WEIGHTS_HEADER || memcmp(data, f->magic, 8) != 0) {
        ng_error_set(err, source, 0, 0, "not a newsgraph %s (bad magic number)", f->what);
        return NULL;
    }
    uint32_t version = ng_le_get32(data + 8);
    if (version != f->version) {
        ng_error_set(err, source, 0, 0, "%s version %u, this newsgraph reads version %u", f->what, version, f->version);
        return NULL;
    }
    if (ng_le_get32(data + 12) != f->nlabels || ng_le_get32(data + 16) != f->hash_bits) {
        ng_error_set(err, source, 0, 0, "%s has %u labels and %u hash bits, expected %u and %u", f->what,
                     ng_le_get32(data + 12), ng_le_get32(data + 16), f->nlabels, f->hash_bits);
        return NULL;
    }
    uint32_t sbits = ng_le_get32(data + 20);
    memcpy(scale, &sbits, 4);
    if (!isfinite(*scale) || *scale <= 0) {
        ng_error_set(err, source, 0, 0, "%s is corrupt (its scale is not a positive number)", f->what);
        return NULL;
    }
    uint64_t raw_len = ng_le_get64(data + 24), comp_len = ng_le_get64(data + 32);
    uint32_t extra_len = ng_le_get32(data + 44);
    if (raw_len != (uint64_t)n * 2 + extra_len || comp_len != len - WEIGHTS_HEADER) {
        ng_error_set(err, source, 0, 0, "%s is truncated or has the wrong size", f->what);
        return NULL;
    }
    unsigned char *raw = ng_model_inflate(data + WEIGHTS_HEADER, comp_len, ng_le_get32(data + 40), raw_len, f->what,
                                          source, err);
    if (!raw)
        return NULL;
    int16_t *q = malloc(n * sizeof *q);
    if (!q)
        abort();
    for (size_t i = 0; i < n; i++)
        q[i] = (int16_t)(uint16_t)(raw[2 * i] | raw[2 * i + 1] << 8);
    if (extra_len) {
        *extra = malloc(extra_len);
        if (!*extra)
            abort();
        memcpy(*extra, raw + n * 2, extra_len);
        *nextra = extra_len;
    }
    free(raw);
    return q;
}

/* ---- hashed linear models ------------------------------------------------ */

void ng_linear_init(ng_linear *m, size_t n)
{
    *m = (ng_linear){0};
    if (!(m->w = calloc(n ? n : 1, sizeof *m->w)))
        abort();
}

void ng_linear_release(ng_linear *m)
{
    free(m->w);
    if (!m->borrowed)
        free(m->q);
    *m = (ng_linear){0};
}

float ng_linear_sum(const ng_linear *m, const uint32_t *f, size_t nf)
{
    if (m->w) {
        float s = 0;
        for (size_t k = 0; k < nf; k++)
            s += m->w[f[k]];
        return s;
    }
    int32_t q = 0;
    for (size_t k = 0; k < nf; k++)
        q += m->q[f[k]];
    return (float)q * m->scale;
}

int ng_linear_save(const ng_weights_format *f, const ng_linear *m, size_t n, const char *path,
                   const unsigned char *extra, uint32_t nextra, ng_error *err)
{
    if (!m->w) {
        ng_error_set(err, path, 0, 0, "only a trained model can be saved");
        return -1;
    }
    return ng_weights_save(f, path, m->w, n, extra, nextra, err);
}

int ng_linear_read(const ng_weights_format *f, ng_linear *m, size_t n, const unsigned char *data, size_t len,
                   const char *source, unsigned char **extra, uint32_t *nextra, ng_error *err)
{
    *m = (ng_linear){0};
    m->q = ng_weights_read(f, data, len, n, source, &m->scale, extra, nextra, err);
    return m->q ? 0 : -1;
}

int ng_linear_image(const ng_linear *m, size_t n, const char *path, ng_error *err)
{
    return ng_weights_image_write(&m->scale, m->q, n, path, err);
}

int ng_linear_from_image(ng_linear *m, size_t n, const unsigned char *data, size_t len, const char *what,
                         ng_error *err)
{
    *m = (ng_linear){0};
    const int16_t *q = ng_weights_from_image(data, len, n, &m->scale);
    if (!q) {
        ng_error_set(err, what, 0, 0, "the model image is corrupt (rebuild newsgraph)");
        return -1;
    }
    m->q = (int16_t *)q; /* never written: the image is read-only */
    m->borrowed = true;
    return 0;
}

int ng_linear_load(const ng_weights_format *f, ng_linear *m, size_t n, const char *path, unsigned char **extra,
                   uint32_t *nextra, ng_error *err)
{
    ng_buf b = {0};
    int rc = ng_read_file(path, &b, err);
    if (rc == 0)
        rc = ng_linear_read(f, m, n, (const unsigned char *)b.data, b.len, path, extra, nextra, err);
    ng_buf_free(&b);
    return rc;
}
