/* model_file.c -- what the NER and syntax model files share: little-endian
 * numbers in the header (internal.h), a zlib-compressed payload checked by
 * CRC-32, and a file written whole or not at all. */
#include <errno.h>
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
