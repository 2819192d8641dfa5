/* syntax_model.c -- the tagger's and parser's model file, and the model
 * linked into the binary.
 *
 * Layout: a 72-byte header (magic "NGSYNMDL", version, the number of tags
 * and relations, the three tables' hash bits and scales, the payload's
 * sizes and CRC-32), then the zlib-compressed payload: tag names and
 * relation names (one per line), the word classes ("word\tcoarse\tfine\t
 * bits" lines, as the NER model stores them), and the int16 weights of
 * the tagger, the parser and the labeler, little-endian. */
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "syntax.h"
#include "syntax_state.h"

static const char MAGIC[8] = {'N', 'G', 'S', 'Y', 'N', 'M', 'D', 'L'};
#define MODEL_VERSION 1u
#define HEADER_SIZE 72
#define MAX_BITS 24

extern const unsigned char ng_syntax_model_data[];
extern const unsigned long long ng_syntax_model_size;

ng_syntax_model *ng_syntax_model_new(void) { return calloc(1, sizeof(ng_syntax_model)); }

void ng_syntax_model_index(ng_syntax_model *m)
{
    m->upos = calloc(m->ntags ? m->ntags : 1, sizeof *m->upos);
    for (uint32_t i = 0; i < m->ntags; i++) {
        const char *u, *x;
        size_t nu, nx;
        ng_syntax_tag_split(m->tags[i], &u, &nu, &x, &nx);
        m->upos[i] = strndup(u, nu);
    }
}

void ng_syntax_model_free(ng_syntax_model *m)
{
    if (!m)
        return;
    for (uint32_t i = 0; m->tags && i < m->ntags; i++)
        free(m->tags[i]);
    for (uint32_t i = 0; m->upos && i < m->ntags; i++)
        free(m->upos[i]);
    free(m->upos);
    for (uint32_t i = 0; m->rels && i < m->nrels; i++)
        free(m->rels[i]);
    free(m->tags);
    free(m->rels);
    ng_weights_free(&m->tagger);
    ng_weights_free(&m->parser);
    ng_weights_free(&m->labeler);
    ng_ner_clusters_free(m->clusters);
    free(m);
}

static void S_put32(unsigned char *p, uint32_t v)
{
    for (int i = 0; i < 4; i++)
        p[i] = (unsigned char)(v >> (8 * i));
}
static void S_put64(unsigned char *p, uint64_t v)
{
    S_put32(p, (uint32_t)v);
    S_put32(p + 4, (uint32_t)(v >> 32));
}
static uint32_t S_get32(const unsigned char *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}
static uint64_t S_get64(const unsigned char *p) { return (uint64_t)S_get32(p) | (uint64_t)S_get32(p + 4) << 32; }

static size_t S_table_size(uint32_t bits, uint32_t nclass) { return ((size_t)1 << bits) * nclass; }

/* int16 copy of a trained table into out; returns the scale */
static float S_quantize(const ng_weights *t, unsigned char *out)
{
    size_t n = S_table_size(t->bits, t->nclass);
    float maxabs = 0;
    for (size_t i = 0; i < n; i++)
        if (fabsf(t->w[i]) > maxabs)
            maxabs = fabsf(t->w[i]);
    float scale = maxabs > 0 ? maxabs / 32767.0f : 1.0f;
    for (size_t i = 0; i < n; i++) {
        long q = lroundf(t->w[i] / scale);
        uint16_t u = (uint16_t)(int16_t)(q > 32767 ? 32767 : q < -32767 ? -32767 : q);
        out[2 * i] = (unsigned char)(u & 0xff);
        out[2 * i + 1] = (unsigned char)(u >> 8);
    }
    return scale;
}

static void S_names_text(char **names, uint32_t n, ng_buf *b)
{
    for (uint32_t i = 0; i < n; i++) {
        ng_buf_adds(b, names[i]);
        ng_buf_addc(b, '\n');
    }
}

int ng_syntax_model_save(const ng_syntax_model *m, const char *path, ng_error *err)
{
    if (!m->tagger.w || !m->parser.w || !m->labeler.w) {
        ng_error_set(err, path, 0, 0, "only a trained model can be saved");
        return -1;
    }
    ng_buf names = {0};
    S_names_text(m->tags, m->ntags, &names);
    S_names_text(m->rels, m->nrels, &names);
    size_t cl_len = m->clusters ? m->clusters->len : 0;
    const ng_weights *tabs[3] = {&m->tagger, &m->parser, &m->labeler};
    size_t raw_len = names.len + cl_len;
    for (int t = 0; t < 3; t++)
        raw_len += 2 * S_table_size(tabs[t]->bits, tabs[t]->nclass);
    unsigned char *raw = malloc(raw_len);
    if (!raw) {
        ng_buf_free(&names);
        ng_error_set(err, path, 0, 0, "out of memory");
        return -1;
    }
    memcpy(raw, names.data, names.len);
    if (cl_len)
        memcpy(raw + names.len, m->clusters->orig, cl_len);
    size_t at = names.len + cl_len;
    float scales[3];
    for (int t = 0; t < 3; t++) {
        scales[t] = S_quantize(tabs[t], raw + at);
        at += 2 * S_table_size(tabs[t]->bits, tabs[t]->nclass);
    }
    uLongf comp_len = compressBound((uLong)raw_len);
    unsigned char *comp = malloc(comp_len);
    int zrc = comp ? compress2(comp, &comp_len, raw, (uLong)raw_len, 9) : Z_MEM_ERROR;
    free(raw);
    if (zrc != Z_OK) {
        free(comp);
        ng_buf_free(&names);
        ng_error_set(err, path, 0, 0, "cannot compress the model");
        return -1;
    }
    unsigned char hdr[HEADER_SIZE] = {0};
    memcpy(hdr, MAGIC, 8);
    S_put32(hdr + 8, MODEL_VERSION);
    S_put32(hdr + 12, m->ntags);
    S_put32(hdr + 16, m->nrels);
    for (int t = 0; t < 3; t++) {
        uint32_t sbits;
        memcpy(&sbits, &scales[t], 4);
        S_put32(hdr + 20 + 4 * t, tabs[t]->bits);
        S_put32(hdr + 32 + 4 * t, sbits);
    }
    S_put32(hdr + 44, (uint32_t)names.len);
    S_put32(hdr + 48, (uint32_t)cl_len);
    S_put64(hdr + 52, raw_len);
    S_put64(hdr + 60, comp_len);
    S_put32(hdr + 68, (uint32_t)crc32(0L, comp, (uInt)comp_len));
    ng_buf_free(&names);
    size_t n = strlen(path) + 8;
    char *tmp = malloc(n);
    snprintf(tmp, n, "%s.tmp", path);
    FILE *f = fopen(tmp, "wb");
    bool ok = f && fwrite(hdr, 1, HEADER_SIZE, f) == HEADER_SIZE && fwrite(comp, 1, comp_len, f) == comp_len;
    if (f && fclose(f) != 0)
        ok = false;
    free(comp);
    if (!ok || rename(tmp, path) != 0) {
        remove(tmp);
        free(tmp);
        ng_error_set(err, path, 0, 0, "cannot write the model: %s", strerror(errno));
        return -1;
    }
    free(tmp);
    return 0;
}

/* Split n lines off *p into a fresh array of strings. */
static char **S_lines(const char **p, const char *end, uint32_t n)
{
    char **out = calloc(n ? n : 1, sizeof *out);
    for (uint32_t i = 0; i < n; i++) {
        const char *nl = memchr(*p, '\n', (size_t)(end - *p));
        if (!nl || nl == *p) {
            for (uint32_t j = 0; j < i; j++)
                free(out[j]);
            free(out);
            return NULL;
        }
        out[i] = strndup(*p, (size_t)(nl - *p));
        *p = nl + 1;
    }
    return out;
}

static void S_load_table(ng_weights *t, uint32_t bits, uint32_t nclass, float scale, const unsigned char *raw)
{
    memset(t, 0, sizeof *t);
    t->bits = bits;
    t->nclass = nclass;
    t->scale = scale;
    size_t n = S_table_size(bits, nclass);
    t->q = malloc(n * sizeof *t->q);
    for (size_t i = 0; i < n; i++)
        t->q[i] = (int16_t)(uint16_t)(raw[2 * i] | raw[2 * i + 1] << 8);
}

ng_syntax_model *ng_syntax_model_read(const unsigned char *data, size_t len, const char *source, ng_error *err)
{
    if (len < HEADER_SIZE || memcmp(data, MAGIC, 8) != 0) {
        ng_error_set(err, source, 0, 0, "not a newsgraph syntax model (bad magic number)");
        return NULL;
    }
    uint32_t version = S_get32(data + 8);
    if (version != MODEL_VERSION) {
        ng_error_set(err, source, 0, 0, "syntax model version %u, this newsgraph reads version %u", version,
                     MODEL_VERSION);
        return NULL;
    }
    uint32_t ntags = S_get32(data + 12), nrels = S_get32(data + 16), bits[3];
    float scales[3];
    for (int t = 0; t < 3; t++) {
        bits[t] = S_get32(data + 20 + 4 * t);
        uint32_t sb = S_get32(data + 32 + 4 * t);
        memcpy(&scales[t], &sb, 4);
    }
    uint32_t names_len = S_get32(data + 44), cl_len = S_get32(data + 48);
    uint64_t raw_len = S_get64(data + 52), comp_len = S_get64(data + 60);
    if (ntags < 1 || ntags > NG_SYN_MAX_TAGS || nrels < 2 || nrels > NG_SYN_MAX_RELS || bits[0] > MAX_BITS ||
        bits[1] > MAX_BITS || bits[2] > MAX_BITS || !isfinite(scales[0]) || !isfinite(scales[1]) ||
        !isfinite(scales[2])) {
        ng_error_set(err, source, 0, 0, "syntax model header is corrupt");
        return NULL;
    }
    const uint32_t nclass[3] = {ntags, SYN_NACTIONS, nrels};
    uint64_t want = (uint64_t)names_len + cl_len;
    for (int t = 0; t < 3; t++)
        want += 2 * (uint64_t)S_table_size(bits[t], nclass[t]);
    if (raw_len != want || comp_len != len - HEADER_SIZE) {
        ng_error_set(err, source, 0, 0, "syntax model is truncated or has the wrong size");
        return NULL;
    }
    if ((uint32_t)crc32(0L, data + HEADER_SIZE, (uInt)comp_len) != S_get32(data + 68)) {
        ng_error_set(err, source, 0, 0, "syntax model is corrupt (checksum mismatch)");
        return NULL;
    }
    unsigned char *raw = malloc(raw_len);
    uLongf out_len = (uLongf)raw_len;
    if (!raw || uncompress(raw, &out_len, data + HEADER_SIZE, (uLong)comp_len) != Z_OK || out_len != raw_len) {
        free(raw);
        ng_error_set(err, source, 0, 0, "syntax model is corrupt (cannot inflate)");
        return NULL;
    }
    ng_syntax_model *m = ng_syntax_model_new();
    const char *p = (const char *)raw, *end = p + names_len;
    m->ntags = ntags;
    m->tags = S_lines(&p, end, ntags);
    m->nrels = nrels;
    m->rels = m->tags ? S_lines(&p, end, nrels) : NULL;
    if (!m->rels || p != end) {
        if (!m->rels)
            m->nrels = 0;
        if (!m->tags)
            m->ntags = 0;
        free(raw);
        ng_syntax_model_free(m);
        ng_error_set(err, source, 0, 0, "syntax model is corrupt (tag and relation names)");
        return NULL;
    }
    if (cl_len) {
        m->clusters = ng_ner_clusters_parse((const char *)raw + names_len, cl_len, source, err);
        if (!m->clusters) {
            free(raw);
            ng_syntax_model_free(m);
            return NULL;
        }
    }
    ng_syntax_model_index(m);
    size_t at = names_len + cl_len;
    ng_weights *tabs[3] = {&m->tagger, &m->parser, &m->labeler};
    for (int t = 0; t < 3; t++) {
        S_load_table(tabs[t], bits[t], nclass[t], scales[t], raw + at);
        at += 2 * S_table_size(bits[t], nclass[t]);
    }
    free(raw);
    return m;
}

ng_syntax_model *ng_syntax_model_load(const char *path, ng_error *err)
{
    ng_buf b = {0};
    if (ng_read_file(path, &b, err) != 0)
        return NULL;
    ng_syntax_model *m = ng_syntax_model_read((const unsigned char *)b.data, b.len, path, err);
    ng_buf_free(&b);
    return m;
}

const ng_syntax_model *ng_syntax_builtin(ng_context *ctx, ng_error *err)
{
    /* documents of one context may be analysed on several threads */
    pthread_mutex_lock(&ctx->lock);
    if (!ctx->syntax && ng_syntax_model_size > 0)
        ctx->syntax = ng_syntax_model_read(ng_syntax_model_data, (size_t)ng_syntax_model_size,
                                           "built-in syntax model", err);
    else if (!ctx->syntax)
        ng_error_set(err, "newsgraph", 0, 0, "this build has no syntax model (models/syntax-en.bin)");
    const ng_syntax_model *m = ctx->syntax;
    pthread_mutex_unlock(&ctx->lock);
    return m;
}
