/* typing.c -- an actor's type decided from all its mentions in the article.
 *
 * The rules of mentions.c type each name where it stands: an organization
 * word, a title, a speech verb after it. One cue at one mention is weak
 * evidence ("Coron" before "said" is no person; a resort is no company),
 * so once the mentions are grouped into actors a trained linear model
 * looks at all of them together and may change the type: the rules' type
 * and the tagger's labels at every mention, the words of the name, the
 * words and the syntactic roles around each mention. The model is a table
 * of feature weights learned from GUM and CoNLL-2003 (scripts/train-types,
 * docs/actors.md); names the lexicon knows (countries, capitals) keep
 * their type. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cluster.h"
#include "internal.h"
#include "ner.h"

/* ---- the model --------------------------------------------------------------- */

struct ng_type_model {
    uint64_t *keys;           /* feature hash, 0 empty */
    float *w;                 /* NG_TYPE_NCLASS per key */
    size_t cap;
};

static uint64_t S_hash(const char *s, size_t n)
{
    uint64_t h = 0xcbf29ce484222325ULL;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 0x100000001b3ULL;
    return h ? h : 1;
}

void ng_type_model_free(ng_type_model *m)
{
    if (!m)
        return;
    free(m->keys);
    free(m->w);
    free(m);
}

/* "feature<TAB>w0<TAB>w1<TAB>w2<TAB>w3" lines after a "# newsgraph actor
 * types 1" header; weights for none, person, organization, place. */
ng_type_model *ng_type_model_read(const char *text, size_t len, const char *source, ng_error *err)
{
    static const char header[] = "# newsgraph actor types 1\n";
    if (len < sizeof header - 1 || memcmp(text, header, sizeof header - 1) != 0) {
        ng_error_set(err, source, 1, 0, "not an actor type model (no \"# newsgraph actor types 1\" header)");
        return NULL;
    }
    size_t lines = 0;
    for (size_t i = 0; i < len; i++)
        lines += text[i] == '\n';
    ng_type_model *m = calloc(1, sizeof *m);
    if (!m)
        goto oom;
    m->cap = 16;
    while (m->cap < 2 * lines + 16)
        m->cap *= 2;
    m->keys = calloc(m->cap, sizeof *m->keys);
    m->w = calloc(m->cap * NG_TYPE_NCLASS, sizeof *m->w);
    if (!m->keys || !m->w)
        goto oom;
    size_t line = 1, at = sizeof header - 1;
    while (at < len) {
        line++;
        const char *p = text + at, *nl = memchr(p, '\n', len - at);
        size_t n = nl ? (size_t)(nl - p) : len - at;
        at += n + 1;
        if (n == 0 || *p == '#')
            continue;
        const char *tab = memchr(p, '\t', n);
        if (!tab) {
            ng_error_set(err, source, line, 0, "expected a feature, a tab and %d weights", NG_TYPE_NCLASS);
            ng_type_model_free(m);
            return NULL;
        }
        float w[NG_TYPE_NCLASS];
        char num[64];
        const char *q = tab + 1, *end = p + n;
        for (int k = 0; k < NG_TYPE_NCLASS; k++) {
            const char *e = q;
            while (e < end && *e != '\t')
                e++;
            size_t l = (size_t)(e - q);
            char *stop;
            if (l == 0 || l >= sizeof num) {
                ng_error_set(err, source, line, 0, "expected %d weights after the feature", NG_TYPE_NCLASS);
                ng_type_model_free(m);
                return NULL;
            }
            memcpy(num, q, l);
            num[l] = 0;
            w[k] = strtof(num, &stop);
            if (*stop || w[k] != w[k]) {
                ng_error_set(err, source, line, 0, "bad weight \"%s\"", num);
                ng_type_model_free(m);
                return NULL;
            }
            q = e < end ? e + 1 : e;
        }
        uint64_t h = S_hash(p, (size_t)(tab - p));
        size_t s = h & (m->cap - 1);
        while (m->keys[s] && m->keys[s] != h)
            s = (s + 1) & (m->cap - 1);
        m->keys[s] = h;
        memcpy(m->w + s * NG_TYPE_NCLASS, w, sizeof w);
    }
    return m;
oom:
    ng_type_model_free(m);
    ng_error_set(err, source, 0, 0, "out of memory");
    return NULL;
}

static const float *S_weights(const ng_type_model *m, const char *f, size_t n)
{
    uint64_t h = S_hash(f, n);
    size_t s = h & (m->cap - 1);
    while (m->keys[s]) {
        if (m->keys[s] == h)
            return m->w + s * NG_TYPE_NCLASS;
        s = (s + 1) & (m->cap - 1);
    }
    return NULL;
}

extern const unsigned char ng_types_model_data[];
extern const unsigned long long ng_types_model_size;

const ng_type_model *ng_type_builtin(ng_context *ctx, ng_error *err)
{
    pthread_mutex_lock(&ctx->lock);
    if (!ctx->types && ng_types_model_size > 0)
        ctx->types = ng_type_model_read((const char *)ng_types_model_data, (size_t)ng_types_model_size,
                                        "built-in actor type model", err);
    const ng_type_model *m = ctx->types;
    pthread_mutex_unlock(&ctx->lock);
    return m;
}

/* ---- features ------------------------------------------------------------------ */

static const char *const S_class_names[NG_TYPE_NCLASS] = {"none", "person", "organization", "place"};

static int S_class_of(int type)
{
    return type == NG_ACTOR_PERSON ? 1 : type == NG_ACTOR_ORG ? 2 : type == NG_ACTOR_PLACE ? 3 : 0;
}

static void S_feat(ng_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* One feature line: tabs and line breaks inside become spaces. */
static void S_feat(ng_buf *b, const char *fmt, ...)
{
    char tmp[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n <= 0)
        return;
    if ((size_t)n >= sizeof tmp)
        n = sizeof tmp - 1;
    for (int i = 0; i < n; i++)
        if (tmp[i] == '\t' || tmp[i] == '\n')
            tmp[i] = ' ';
    ng_buf_add(b, tmp, (size_t)n);
    ng_buf_addc(b, '\n');
}

static const char *S_shape(const char *w)
{
    bool upper = false, lower = false, digit = false, dot = false;
    for (const unsigned char *p = (const unsigned char *)w; *p; p++) {
        upper |= *p >= 'A' && *p <= 'Z';
        lower |= *p >= 'a' && *p <= 'z';
        digit |= *p >= '0' && *p <= '9';
        dot |= *p == '.' || *p == '-' || *p == '&';
    }
    return digit ? "digit" : dot ? "punct" : upper && !lower ? "caps" : upper ? "cap" : "lower";
}

static const char *S_ner_type_name(int t)
{
    static const char *const names[] = {"O", "PER", "ORG", "LOC", "MISC"};
    return t >= 0 && t <= 4 ? names[t] : "O";
}

/* The token of a name whose head lies outside it (the name's own head). */
static size_t S_name_head(const ng_document *doc, const ng_mention *m)
{
    for (size_t k = m->tok_start; k < m->tok_end; k++) {
        int h = ng_dep_head(doc, k);
        if (h < (int)m->tok_start || h >= (int)m->tok_end)
            return k;
    }
    return m->tok_end - 1;
}

static void S_universal(const char *rel, char *out, size_t cap)
{
    size_t n = strcspn(rel, ":");
    n = n < cap - 1 ? n : cap - 1;
    memcpy(out, rel, n);
    out[n] = 0;
}

/* The tagger's word-class table entry of token k (as written, else in
 * lower case), or -1. */
static int S_word_class(const ng_document *doc, size_t k)
{
    const ng_ner_clusters *cl = doc->ner ? doc->ner->clusters : NULL;
    if (!cl)
        return -1;
    const ng_token *t = &doc->toks[k];
    int c = ng_ner_clusters_find(cl, doc->art->text + t->start, t->end - t->start);
    return c >= 0 ? c : ng_ner_clusters_find(cl, t->lower, strlen(t->lower));
}

static void S_class_features(const ng_document *doc, const char *what, size_t k, bool fine, ng_buf *b)
{
    const ng_ner_clusters *cl = doc->ner ? doc->ner->clusters : NULL;
    int c = S_word_class(doc, k);
    if (c < 0) {
        S_feat(b, "%s_class=unknown", what);
        return;
    }
    S_feat(b, "%s_class=%u", what, (unsigned)cl->coarse[c]);
    if (fine)
        S_feat(b, "%s_fine=%u", what, (unsigned)cl->fine[c]);
    /* the typed lists and the silver gazetteer: which types the word has */
    static const char *const gaz[] = {"PER", "ORG", "LOC", "MISC", "listPER", "listORG", "listLOC", "listMISC"};
    for (int bit = 0; bit < 8; bit++)
        if (cl->gaz[c] & (1u << bit))
            S_feat(b, "%s_gaz=%s", what, gaz[bit]);
}

static void S_mention_features(const ng_document *doc, const ng_mention *m, ng_buf *b)
{
    const ng_token *t = doc->toks;
    size_t s = m->tok_start, e = m->tok_end;
    if (doc->ner_labels)
        S_feat(b, "ner=%s", S_ner_type_name(ng_ner_type(doc->ner_labels[s])));
    S_feat(b, "mrule=%s", S_class_names[S_class_of(m->type)]);
    const ng_sentence *sent = &doc->sents[t[s].sent];
    const char *prev = s > sent->tok_start ? t[s - 1].lower : "<s>";
    const char *next = e < sent->tok_end ? t[e].lower : "</s>";
    S_feat(b, "prev=%s", prev);
    S_feat(b, "next=%s", next);
    S_feat(b, "prev2=%s_%s", s >= sent->tok_start + 2 ? t[s - 2].lower : "<s>", prev);
    S_feat(b, "next2=%s_%s", next, e + 1 < sent->tok_end ? t[e + 1].lower : "</s>");
    if (s > sent->tok_start)
        S_class_features(doc, "prev", s - 1, false, b);
    if (e < sent->tok_end)
        S_class_features(doc, "next", e, false, b);
    if (e < sent->tok_end && ng_lex_speech_verb(doc->lex, t[e].lower))
        S_feat(b, "next_speech");
    if (e < sent->tok_end && (t[e].flags & NG_TOK_POSS))
        S_feat(b, "possessive");
    if (m->title)
        S_feat(b, "titled");
    if (s == sent->tok_start)
        S_feat(b, "sentence_start");
    if (!ng_dep_parsed(doc))
        return;
    size_t h = S_name_head(doc, m);
    char rel[32];
    S_universal(ng_dep_rel(doc, h), rel, sizeof rel);
    S_feat(b, "rel=%s", rel);
    int g = ng_dep_head(doc, h);
    if (g >= 0) {
        S_feat(b, "rel_gov=%s_%s", rel, t[g].lower);
        S_feat(b, "gov_upos=%s_%s", rel, ng_dep_upos(doc, (size_t)g));
    }
    int c = ng_dep_child(doc, h, "case");
    if (c >= 0)
        S_feat(b, "case=%s", t[c].lower);
    int a = ng_dep_child(doc, h, "appos");
    if (a >= 0)
        S_feat(b, "appos=%s", t[a].lower);
}

/* The features of one actor, one per line, in buf (cleared first). */
void ng_actor_type_features(const ng_document *doc, int actor, ng_buf *b)
{
    b->len = 0;
    const ng_actor *a = &doc->actors[actor];
    S_feat(b, "bias");
    S_feat(b, "rule=%s", S_class_names[S_class_of(a->type)]);
    if (a->place_kind)
        S_feat(b, "place_kind");
    /* the name's words: the longest mention */
    const ng_mention *longest = NULL;
    for (size_t i = 0; i < a->nmention; i++) {
        const ng_mention *m = &doc->mentions[a->mentions[i]];
        if (!longest || m->tok_end - m->tok_start > longest->tok_end - longest->tok_start)
            longest = m;
    }
    char num[16];
    snprintf(num, sizeof num, "%zu", a->nmention >= 6 ? 6 : a->nmention >= 3 ? 3 : a->nmention);
    S_feat(b, "mentions=%s", num);
    if (longest) {
        size_t n = longest->tok_end - longest->tok_start;
        snprintf(num, sizeof num, "%zu", n > 4 ? 4 : n);
        S_feat(b, "words=%s", num);
        for (size_t k = longest->tok_start; k < longest->tok_end; k++) {
            S_feat(b, "w=%s", doc->toks[k].lower);
            S_class_features(doc, k + 1 == longest->tok_end ? "last" : "word", k, k + 1 == longest->tok_end, b);
        }
        const char *first = doc->toks[longest->tok_start].lower, *last = doc->toks[longest->tok_end - 1].lower;
        S_feat(b, "first=%s", first);
        S_feat(b, "last=%s", last);
        size_t l = strlen(last);
        S_feat(b, "suffix=%s", l > 3 ? last + l - 3 : last);
        const ng_token *lt = &doc->toks[longest->tok_end - 1];
        char word[64];
        size_t wl = lt->end - lt->start < sizeof word - 1 ? lt->end - lt->start : sizeof word - 1;
        memcpy(word, doc->art->text + lt->start, wl);
        word[wl] = 0;
        S_feat(b, "shape=%s", S_shape(word));
    }
    for (size_t i = 0; i < a->nmention; i++)
        S_mention_features(doc, &doc->mentions[a->mentions[i]], b);
}

/* ---- the stage ------------------------------------------------------------------ */

/* Scores of the four classes for one actor. */
static void S_score(const ng_type_model *model, const ng_buf *b, float *score)
{
    for (int k = 0; k < NG_TYPE_NCLASS; k++)
        score[k] = 0;
    size_t at = 0;
    while (at < b->len) {
        const char *p = b->data + at, *nl = memchr(p, '\n', b->len - at);
        size_t n = nl ? (size_t)(nl - p) : b->len - at;
        at += n + 1;
        const float *w = S_weights(model, p, n);
        if (w)
            for (int k = 0; k < NG_TYPE_NCLASS; k++)
                score[k] += w[k];
    }
}

static void S_retype(ng_document *doc, int actor, int type)
{
    ng_actor *a = &doc->actors[actor];
    a->type = type;
    a->place_kind = 0;
    for (size_t i = 0; i < a->nmention; i++) {
        ng_mention *m = &doc->mentions[a->mentions[i]];
        m->type = type;
        m->place_kind = 0;
        m->guessed = false;
    }
}

void ng_type_actors(ng_document *doc)
{
    if (!doc->types && !doc->record_type_features)
        return;
    if (doc->record_type_features && doc->nactor) {
        doc->type_features = ng_arena_alloc(&doc->arena, doc->nactor * sizeof *doc->type_features);
        memset(doc->type_features, 0, doc->nactor * sizeof *doc->type_features);
        doc->ntype_features = doc->nactor;
    }
    ng_buf b = {0};
    for (size_t i = 0; i < doc->nactor; i++) {
        ng_actor *a = &doc->actors[i];
        if (a->lex || a->nmention == 0 || S_class_of(a->type) == 0)
            continue;
        ng_actor_type_features(doc, (int)i, &b);
        if (doc->record_type_features) {
            /* recorded for training (newsgraph actor-features) */
            doc->type_features[i] = ng_arena_strndup(&doc->arena, b.data ? b.data : "", b.len);
            continue;
        }
        float score[NG_TYPE_NCLASS];
        S_score(doc->types, &b, score);
        int best = S_class_of(a->type);
        for (int k = 1; k < NG_TYPE_NCLASS; k++)
            if (score[k] > score[best])
                best = k;
        static const int types[NG_TYPE_NCLASS] = {0, NG_ACTOR_PERSON, NG_ACTOR_ORG, NG_ACTOR_PLACE};
        if (best != S_class_of(a->type))
            S_retype(doc, (int)i, types[best]);
    }
    ng_buf_free(&b);
}
