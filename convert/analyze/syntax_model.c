/* syntax_model.c -- the tagger's and parser's model file, and the model
 * linked into the binary.
 *
 * Layout: an 80-byte header (magic "NGSYNMDL", version, the number of tags
 * and relations, the three tables' hash bits and scales, the payload's
 * sizes and CRC-32, the beam width the parser was trained with: 0 for the
 * greedy parser), then the zlib-compressed payload: tag names and
 * relation names (one per line), the word classes ("word\tcoarse\tfine\t
 * bits" lines, as the NER model stores them), the ambiguity classes
 * ("word\ttag,tag" lines), and the non-zero int16
 * weights of the tagger, the parser and the labeler (S_table_write). */
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "syntax.h"
#include "syntax_state.h"

static const char MAGIC[8] = {'N', 'G', 'S', 'Y', 'N', 'M', 'D', 'L'};
#define MODEL_VERSION 1u
#define HEADER_SIZE 80
#define MAX_BITS 24
/* a row with more non-zero weights than this is kept dense in memory */
#define DENSE_ROW 12

extern const unsigned char ng_syntax_model_data[];
extern const unsigned long long ng_syntax_model_size;
extern const unsigned char ng_syntax_beam_model_data[];
extern const unsigned long long ng_syntax_beam_model_size;

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
    ng_syn_dict_free(&m->dict);
    free(m);
}

static size_t S_table_size(uint32_t bits, uint32_t nclass) { return ((size_t)1 << bits) * nclass; }

static float S_scale(const ng_weights *t)
{
    size_t n = S_table_size(t->bits, t->nclass);
    float maxabs = 0;
    for (size_t i = 0; i < n; i++)
        if (fabsf(t->w[i]) > maxabs)
            maxabs = fabsf(t->w[i]);
    return maxabs > 0 ? maxabs / 32767.0f : 1.0f;
}

static int16_t S_q(float w, float scale)
{
    long q = lroundf(w / scale);
    return (int16_t)(q > 32767 ? 32767 : q < -32767 ? -32767 : q);
}

/* Bytes of a table in the file: the number of non-zero weights (8 bytes),
 * how many each row has (one byte per row), then their classes (one byte
 * each) and values (int16, little-endian). */
static size_t S_table_bytes(const ng_weights *t, float scale, size_t *nonzero)
{
    size_t n = S_table_size(t->bits, t->nclass), nz = 0;
    for (size_t i = 0; i < n; i++)
        nz += S_q(t->w[i], scale) != 0;
    *nonzero = nz;
    return 8 + ((size_t)1 << t->bits) + 3 * nz;
}

static void S_table_write(const ng_weights *t, float scale, size_t nz, unsigned char *out)
{
    size_t rows = (size_t)1 << t->bits;
    ng_le_put64(out, nz);
    unsigned char *count = out + 8, *cls = count + rows, *val = cls + nz;
    size_t j = 0;
    for (size_t r = 0; r < rows; r++) {
        unsigned k = 0;
        for (uint32_t c = 0; c < t->nclass; c++) {
            int16_t q = S_q(t->w[r * t->nclass + c], scale);
            if (!q)
                continue;
            uint16_t u = (uint16_t)q;
            cls[j] = (unsigned char)c;
            val[2 * j] = (unsigned char)(u & 0xff);
            val[2 * j + 1] = (unsigned char)(u >> 8);
            j++;
            k++;
        }
        count[r] = (unsigned char)k;
    }
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
    size_t dict_len = m->dict.len;
    size_t raw_len = names.len + cl_len + dict_len, nz[3];
    float scales[3];
    for (int t = 0; t < 3; t++) {
        scales[t] = S_scale(tabs[t]);
        raw_len += S_table_bytes(tabs[t], scales[t], &nz[t]);
    }
    unsigned char *raw = malloc(raw_len);
    if (!raw) {
        ng_buf_free(&names);
        ng_error_set(err, path, 0, 0, "out of memory");
        return -1;
    }
    memcpy(raw, names.data, names.len);
    if (cl_len)
        memcpy(raw + names.len, m->clusters->orig, cl_len);
    if (dict_len)
        memcpy(raw + names.len + cl_len, m->dict.text, dict_len);
    size_t at = names.len + cl_len + dict_len;
    for (int t = 0; t < 3; t++) {
        S_table_write(tabs[t], scales[t], nz[t], raw + at);
        at += 8 + ((size_t)1 << tabs[t]->bits) + 3 * nz[t];
    }
    size_t comp_len;
    uint32_t crc;
    unsigned char *comp = ng_model_deflate(raw, raw_len, &comp_len, &crc);
    free(raw);
    if (!comp) {
        ng_buf_free(&names);
        ng_error_set(err, path, 0, 0, "cannot compress the model");
        return -1;
    }
    unsigned char hdr[HEADER_SIZE] = {0};
    memcpy(hdr, MAGIC, 8);
    ng_le_put32(hdr + 8, MODEL_VERSION);
    ng_le_put32(hdr + 12, m->ntags);
    ng_le_put32(hdr + 16, m->nrels);
    for (int t = 0; t < 3; t++) {
        uint32_t sbits;
        memcpy(&sbits, &scales[t], 4);
        ng_le_put32(hdr + 20 + 4 * t, tabs[t]->bits);
        ng_le_put32(hdr + 32 + 4 * t, sbits);
    }
    ng_le_put32(hdr + 44, (uint32_t)names.len);
    ng_le_put32(hdr + 48, (uint32_t)cl_len);
    ng_le_put64(hdr + 52, raw_len);
    ng_le_put64(hdr + 60, comp_len);
    ng_le_put32(hdr + 68, crc);
    ng_le_put32(hdr + 72, (uint32_t)dict_len);
    ng_le_put32(hdr + 76, m->beam);
    ng_buf_free(&names);
    int rc = ng_model_write(path, hdr, HEADER_SIZE, comp, comp_len, err);
    free(comp);
    return rc;
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

/* Read one table at *p (before end); false when it does not fit or is
 * inconsistent. Few classes: dense rows; many: the sparse rows as stored. */
static bool S_table_read(ng_weights *t, uint32_t bits, uint32_t nclass, float scale, const unsigned char **p,
                         const unsigned char *end)
{
    memset(t, 0, sizeof *t);
    t->bits = bits;
    t->nclass = nclass;
    t->scale = scale;
    size_t rows = (size_t)1 << bits;
    if ((size_t)(end - *p) < 8 + rows)
        return false;
    uint64_t nz = ng_le_get64(*p);
    const unsigned char *count = *p + 8;
    if (nz > (uint64_t)rows * nclass || (uint64_t)(end - count) - rows < 3 * nz)
        return false;
    const unsigned char *cls = count + rows, *val = cls + nz;
    uint64_t sum = 0;
    for (size_t r = 0; r < rows; r++) {
        if (count[r] > nclass)
            return false;
        sum += count[r];
    }
    for (uint64_t j = 0; j < nz; j++)
        if (cls[j] >= nclass)
            return false;
    if (sum != nz)
        return false;
    if (nclass <= 8) {
        t->q = calloc(rows * nclass, sizeof *t->q);
        size_t j = 0;
        for (size_t r = 0; r < rows; r++)
            for (unsigned k = 0; k < count[r]; k++, j++)
                t->q[r * nclass + cls[j]] = (int16_t)(uint16_t)(val[2 * j] | val[2 * j + 1] << 8);
    } else {
        /* a row of up to 3 weights lives in its slot; one of more than
         * DENSE_ROW in dense; the others in ent */
        size_t ndense = 0, nsparse = 0;
        for (size_t r = 0; r < rows; r++) {
            if (count[r] > DENSE_ROW)
                ndense++;
            else if (count[r] > 3)
                nsparse += count[r];
        }
        t->slot = calloc(4 * rows, sizeof *t->slot);
        t->ent = malloc((nsparse ? nsparse : 1) * sizeof *t->ent);
        t->dense = calloc((ndense ? ndense : 1) * nclass, sizeof *t->dense);
        size_t j = 0, e = 0, d = 0;
        for (size_t r = 0; r < rows; r++) {
            uint32_t *sl = t->slot + 4 * r;
            sl[0] = count[r];
            if (count[r] > DENSE_ROW)
                sl[0] |= (uint32_t)++d << 8;
            else if (count[r] > 3)
                sl[1] = (uint32_t)e;
            for (unsigned k = 0; k < count[r]; k++, j++) {
                uint16_t v = (uint16_t)(val[2 * j] | val[2 * j + 1] << 8);
                uint32_t packed = (uint32_t)cls[j] << 16 | v;
                if (count[r] > DENSE_ROW)
                    t->dense[(d - 1) * nclass + cls[j]] = (int16_t)v;
                else if (count[r] > 3)
                    t->ent[e++] = packed;
                else
                    sl[1 + k] = packed;
            }
        }
    }
    *p = val + 2 * nz;
    return true;
}

ng_syntax_model *ng_syntax_model_read(const unsigned char *data, size_t len, const char *source, ng_error *err)
{
    if (len < HEADER_SIZE || memcmp(data, MAGIC, 8) != 0) {
        ng_error_set(err, source, 0, 0, "not a newsgraph syntax model (bad magic number)");
        return NULL;
    }
    uint32_t version = ng_le_get32(data + 8);
    if (version != MODEL_VERSION) {
        ng_error_set(err, source, 0, 0, "syntax model version %u, this newsgraph reads version %u", version,
                     MODEL_VERSION);
        return NULL;
    }
    uint32_t ntags = ng_le_get32(data + 12), nrels = ng_le_get32(data + 16), bits[3];
    float scales[3];
    for (int t = 0; t < 3; t++) {
        bits[t] = ng_le_get32(data + 20 + 4 * t);
        uint32_t sb = ng_le_get32(data + 32 + 4 * t);
        memcpy(&scales[t], &sb, 4);
    }
    uint32_t names_len = ng_le_get32(data + 44), cl_len = ng_le_get32(data + 48), dict_len = ng_le_get32(data + 72);
    uint32_t beam = ng_le_get32(data + 76);
    uint64_t raw_len = ng_le_get64(data + 52), comp_len = ng_le_get64(data + 60);
    if (ntags < 1 || ntags > NG_SYN_MAX_TAGS || nrels < 2 || nrels > NG_SYN_MAX_RELS || bits[0] > MAX_BITS ||
        bits[1] > MAX_BITS || bits[2] > MAX_BITS || beam > NG_SYN_MAX_BEAM || !isfinite(scales[0]) ||
        !isfinite(scales[1]) || !isfinite(scales[2]) || scales[0] <= 0 || scales[1] <= 0 || scales[2] <= 0) {
        ng_error_set(err, source, 0, 0, "syntax model header is corrupt");
        return NULL;
    }
    const uint32_t nclass[3] = {ntags, SYN_NACTIONS, nrels};
    uint64_t least = (uint64_t)names_len + cl_len + dict_len;
    for (int t = 0; t < 3; t++)
        least += 8 + ((uint64_t)1 << bits[t]);
    if (raw_len < least || raw_len > ((uint64_t)1 << 32) || comp_len != len - HEADER_SIZE) {
        ng_error_set(err, source, 0, 0, "syntax model is truncated or has the wrong size");
        return NULL;
    }
    unsigned char *raw = ng_model_inflate(data + HEADER_SIZE, comp_len, ng_le_get32(data + 68), raw_len, "syntax model",
                                          source, err);
    if (!raw)
        return NULL;
    ng_syntax_model *m = ng_syntax_model_new();
    const char *p = (const char *)raw, *end = p + names_len;
    m->beam = beam;
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
    if (ng_syn_dict_parse(&m->dict, (const char *)raw + names_len + cl_len, dict_len) != 0) {
        free(raw);
        ng_syntax_model_free(m);
        ng_error_set(err, source, 0, 0, "syntax model is corrupt (ambiguity classes)");
        return NULL;
    }
    const unsigned char *at = raw + names_len + cl_len + dict_len, *end_raw = raw + raw_len;
    ng_weights *tabs[3] = {&m->tagger, &m->parser, &m->labeler};
    for (int t = 0; t < 3; t++)
        if (!S_table_read(tabs[t], bits[t], nclass[t], scales[t], &at, end_raw)) {
            free(raw);
            ng_syntax_model_free(m);
            ng_error_set(err, source, 0, 0, "syntax model is corrupt (weights)");
            return NULL;
        }
    free(raw);
    if (at != end_raw) {
        ng_syntax_model_free(m);
        ng_error_set(err, source, 0, 0, "syntax model is corrupt (weights)");
        return NULL;
    }
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

/* ---- the model's image --------------------------------------------------------- */

/* The image's "head": what the header of a model file holds, and the sizes
 * of the arrays read models build. */
enum { H_NTAGS, H_NRELS, H_BEAM, H_DICT_CAP, H_DICT_LEN, H_TABLES, H_SIZE = H_TABLES + 3 * 5 };
enum { T_BITS, T_NCLASS, T_SCALE, T_NENT, T_NDENSE };
static const char *const TABLE_SECTIONS[3][4] = {{"t0.q", "t0.slot", "t0.ent", "t0.dense"},
                                                 {"t1.q", "t1.slot", "t1.ent", "t1.dense"},
                                                 {"t2.q", "t2.slot", "t2.ent", "t2.dense"}};

/* The entries and dense rows a read sparse table holds. */
static void S_table_counts(const ng_weights *t, uint32_t *nent, uint32_t *ndense)
{
    size_t rows = (size_t)1 << t->bits;
    *nent = *ndense = 0;
    for (size_t r = 0; t->slot && r < rows; r++) {
        uint32_t count = t->slot[4 * r] & 0xff, d = t->slot[4 * r] >> 8;
        if (d > *ndense)
            *ndense = d;
        else if (!d && count > 3)
            *nent += count;
    }
}

int ng_syntax_model_image(const ng_syntax_model *m, const char *path, ng_error *err)
{
    ng_image_writer w = {0};
    uint32_t head[H_SIZE] = {m->ntags, m->nrels, m->beam, (uint32_t)m->dict.cap, (uint32_t)m->dict.len};
    ng_buf names = {0};
    S_names_text(m->tags, m->ntags, &names);
    S_names_text(m->rels, m->nrels, &names);
    ng_image_add(&w, "syn.head", head, sizeof head);
    ng_image_add(&w, "syn.names", names.data, names.len);
    ng_image_add(&w, "dict.keys", m->dict.keys, m->dict.cap * sizeof *m->dict.keys);
    ng_image_add(&w, "dict.vals", m->dict.vals, m->dict.cap * sizeof *m->dict.vals);
    ng_image_add(&w, "dict.only", m->dict.only, m->dict.cap * sizeof *m->dict.only);
    ng_image_add(&w, "dict.allow", m->dict.allow, m->dict.cap * NG_SYN_ALLOW_MAX * sizeof *m->dict.allow);
    ng_image_add(&w, "dict.text", m->dict.text, m->dict.len);
    const ng_weights *tabs[3] = {&m->tagger, &m->parser, &m->labeler};
    for (int k = 0; k < 3; k++) {
        const ng_weights *t = tabs[k];
        uint32_t *h = head + H_TABLES + 5 * k, nent, ndense;
        size_t rows = (size_t)1 << t->bits;
        S_table_counts(t, &nent, &ndense);
        h[T_BITS] = t->bits;
        h[T_NCLASS] = t->nclass;
        memcpy(&h[T_SCALE], &t->scale, 4);
        h[T_NENT] = nent;
        h[T_NDENSE] = ndense;
        if (t->q)
            ng_image_add(&w, TABLE_SECTIONS[k][0], t->q, rows * t->nclass * sizeof *t->q);
        else {
            ng_image_add(&w, TABLE_SECTIONS[k][1], t->slot, 4 * rows * sizeof *t->slot);
            ng_image_add(&w, TABLE_SECTIONS[k][2], t->ent, nent * sizeof *t->ent);
            ng_image_add(&w, TABLE_SECTIONS[k][3], t->dense, (size_t)ndense * t->nclass * sizeof *t->dense);
        }
    }
    uint64_t cl_head[3];
    if (m->clusters)
        ng_ner_clusters_image(m->clusters, &w, cl_head);
    int rc = ng_image_write(&w, path, err);
    ng_image_writer_free(&w);
    ng_buf_free(&names);
    return rc;
}

/* A table's arrays in place; false when the image lacks them. */
static bool S_table_from_image(ng_weights *t, const uint32_t *h, const char *const sections[4],
                               const unsigned char *data, size_t len)
{
    memset(t, 0, sizeof *t);
    t->bits = h[T_BITS];
    t->nclass = h[T_NCLASS];
    memcpy(&t->scale, &h[T_SCALE], 4);
    t->borrowed = true;
    if (t->bits > MAX_BITS || t->nclass < 1 || t->nclass > NG_SYN_MAX_TAGS)
        return false;
    size_t rows = (size_t)1 << t->bits;
    /* the arrays are never written: the image is read-only */
    if (t->nclass <= 8)
        return (t->q = (int16_t *)ng_image_array(data, len, sections[0], sizeof *t->q, rows * t->nclass)) != NULL;
    t->slot = (uint32_t *)ng_image_array(data, len, sections[1], sizeof *t->slot, 4 * rows);
    t->ent = (uint32_t *)ng_image_array(data, len, sections[2], sizeof *t->ent, h[T_NENT]);
    t->dense = (int16_t *)ng_image_array(data, len, sections[3], sizeof *t->dense, (size_t)h[T_NDENSE] * t->nclass);
    return t->slot && t->ent && t->dense;
}

static ng_syntax_model *S_from_image(const unsigned char *data, size_t len, const char *source, ng_error *err)
{
    const uint32_t *head = ng_image_array(data, len, "syn.head", sizeof *head, H_SIZE);
    size_t names_len, cl_size;
    const char *names = ng_image_get(data, len, "syn.names", &names_len);
    ng_syntax_model *m = ng_syntax_model_new();
    bool ok = head && names && head[H_NTAGS] >= 1 && head[H_NTAGS] <= NG_SYN_MAX_TAGS && head[H_NRELS] >= 2 &&
              head[H_NRELS] <= NG_SYN_MAX_RELS;
    if (ok) {
        const char *p = names, *end = names + names_len;
        m->ntags = head[H_NTAGS];
        m->nrels = head[H_NRELS];
        m->beam = head[H_BEAM];
        m->tags = S_lines(&p, end, m->ntags);
        m->rels = m->tags ? S_lines(&p, end, m->nrels) : NULL;
        if (!m->tags)
            m->ntags = 0;
        if (!m->rels)
            m->nrels = 0;
        ok = m->rels && p == end;
    }
    if (ok) {
        ng_syntax_model_index(m);
        ng_syn_dict *d = &m->dict;
        d->borrowed = true;
        d->cap = head[H_DICT_CAP];
        d->len = head[H_DICT_LEN];
        d->keys = (uint64_t *)ng_image_array(data, len, "dict.keys", sizeof *d->keys, d->cap);
        d->vals = (uint64_t *)ng_image_array(data, len, "dict.vals", sizeof *d->vals, d->cap);
        d->only = (uint16_t *)ng_image_array(data, len, "dict.only", sizeof *d->only, d->cap);
        d->allow = (uint16_t *)ng_image_array(data, len, "dict.allow", sizeof *d->allow, d->cap * NG_SYN_ALLOW_MAX);
        d->text = (char *)ng_image_array(data, len, "dict.text", 1, d->len);
        ok = d->keys && d->vals && d->only && d->allow && (d->text || !d->len) && !(d->cap & (d->cap - 1));
        ng_weights *tabs[3] = {&m->tagger, &m->parser, &m->labeler};
        for (int k = 0; ok && k < 3; k++)
            ok = S_table_from_image(tabs[k], head + H_TABLES + 5 * k, TABLE_SECTIONS[k], data, len);
    }
    if (ok && ng_image_get(data, len, "cl.head", &cl_size))
        ok = (m->clusters = ng_ner_clusters_from_image(data, len)) != NULL;
    if (!ok) {
        ng_syntax_model_free(m);
        ng_error_set(err, source, 0, 0, "the model image is corrupt (rebuild newsgraph)");
        return NULL;
    }
    return m;
}

const ng_syntax_model *ng_syntax_builtin(ng_context *ctx, ng_error *err)
{
    /* documents of one context may be analysed on several threads */
    pthread_mutex_lock(&ctx->lock);
    static const struct {
        const unsigned char *data;
        const unsigned long long *size;
        const char *name, *missing;
    } builtin[2] = {
        {ng_syntax_model_data, &ng_syntax_model_size, "built-in syntax model", "syntax model (models/syntax-en.bin)"},
        {ng_syntax_beam_model_data, &ng_syntax_beam_model_size, "built-in accurate syntax model",
         "beam parser (models/syntax-beam-en.bin)"},
    };
    const int k = ctx->accurate_parser;
    /* an image, or (the beam parser, used by few runs) the model file */
    if (!ctx->syntax && *builtin[k].size > 0 && ng_image_is(builtin[k].data, (size_t)*builtin[k].size))
        ctx->syntax = S_from_image(builtin[k].data, (size_t)*builtin[k].size, builtin[k].name, err);
    else if (!ctx->syntax && *builtin[k].size > 0)
        ctx->syntax = ng_syntax_model_read(builtin[k].data, (size_t)*builtin[k].size, builtin[k].name, err);
    else if (!ctx->syntax)
        ng_error_set(err, k ? "--parser accurate" : "parser", 0, 0, "this build has no %s", builtin[k].missing);
    const ng_syntax_model *m = ctx->syntax;
    pthread_mutex_unlock(&ctx->lock);
    return m;
}
