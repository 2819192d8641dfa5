/* triggers.c -- the trigger model: features, the decision and the model
 * file.
 *
 * Why a model: the event lexicon (schemas/event-triggers.tsv) lists the
 * words of the events the graph types (meetings, visits, attacks ...), 84
 * phrases. News reports many more kinds of events, and a listed word is
 * not always an event ("call" as a verb, "meeting expectations"). ECB+
 * marks every event word of its annotated sentences in news of many
 * topics; a model over the word, its form, its tags and its place in the
 * parse learns which words report something that happens, including
 * words no list holds, and keeps the lexicon as one piece of evidence. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cluster.h"
#include "syntax.h"
#include "triggers.h"

/* ---- features ------------------------------------------------------------ */

static uint64_t S_begin(unsigned tmpl) { return ng_feature_begin(tmpl); }
static uint64_t S_mix(uint64_t h, const char *s) { return ng_feature_mix(h, s); }

static void S_put(uint32_t *out, size_t *n, uint64_t h)
{
    if (*n < TRIG_MAX_FEATURES)
        out[(*n)++] = (uint32_t)((h ^ (h >> 31)) & (TRIG_BUCKETS - 1));
}

/* The word without a common inflection ("killed", "killing", "kills" ->
 * "kill"): one feature for the forms of a word seen apart in training. */
static void S_stem(const char *w, char *buf, size_t size)
{
    size_t n = strlen(w);
    if (n >= size)
        n = size - 1;
    memcpy(buf, w, n);
    buf[n] = '\0';
    if (n > 5 && strcmp(buf + n - 3, "ing") == 0)
        buf[n - 3] = '\0';
    else if (n > 4 && strcmp(buf + n - 2, "ed") == 0)
        buf[n - 2] = '\0';
    else if (n > 4 && strcmp(buf + n - 3, "ies") == 0)
        strcpy(buf + n - 3, "y");
    else if (n > 3 && buf[n - 1] == 's' && buf[n - 2] != 's')
        buf[n - 1] = '\0';
}

static void S_suffix(const char *w, size_t k, char *buf)
{
    size_t n = strlen(w);
    strcpy(buf, n > k ? w + n - k : w);
}

static const char *S_shape(const ng_document *doc, const ng_sentence *s, size_t i)
{
    uint32_t f = doc->toks[i].flags;
    bool first = i == s->tok_start;
    if (f & NG_TOK_ALLCAPS)
        return "AA";
    if (f & NG_TOK_CAP)
        return first ? "Aa^" : "Aa";
    return first ? "a^" : "a";
}

static const char *S_mention_type(const ng_document *doc, size_t i)
{
    int m = doc->tok_mention ? doc->tok_mention[i] : -1;
    if (m < 0)
        return "-";
    const ng_mention *mn = &doc->mentions[m];
    int type = mn->actor >= 0 ? doc->actors[mn->actor].type : mn->type;
    return type == NG_ACTOR_PERSON ? "person" : type == NG_ACTOR_ORG ? "org" : type == NG_ACTOR_PLACE ? "place"
                                                                                                        : "group";
}

/* The event lexicon's class of the phrase of n words ending or starting
 * at i, or "-". */
static const char *S_lexicon_class(const ng_document *doc, const ng_sentence *s, size_t i, long from, long to)
{
    if ((long)i + from < (long)s->tok_start || (long)i + to >= (long)s->tok_end)
        return "-";
    char buf[256];
    size_t len = 0;
    for (long d = from; d <= to; d++) {
        const char *w = doc->toks[(long)i + d].lower;
        size_t n = w ? strlen(w) : 0;
        if (len + n + 2 > sizeof buf)
            return "-";
        if (d > from)
            buf[len++] = ' ';
        memcpy(buf + len, w, n);
        len += n;
    }
    buf[len] = '\0';
    const char *k = ng_lex_event_trigger(doc->lex, buf);
    return k ? k : "-";
}

/* The word classes (coarse, fine) of the word at i, "-" when unknown: the
 * parser's classes, learned from unlabelled news, carry what a word seen
 * in training says to the words of its class never seen. */
static void S_classes(const ng_document *doc, size_t i, char *coarse, char *fine)
{
    strcpy(coarse, "-");
    strcpy(fine, "-");
    const ng_ner_clusters *cl = doc->syntax ? doc->syntax->clusters : NULL;
    const char *w = doc->toks[i].lower;
    int k = cl && w ? ng_ner_clusters_find(cl, w, strlen(w)) : -1;
    if (k < 0)
        return;
    if (cl->coarse[k] != 0xffff)
        snprintf(coarse, 8, "%u", cl->coarse[k]);
    if (cl->fine[k] != 0xffff)
        snprintf(fine, 8, "%u", cl->fine[k]);
}

bool ng_trig_candidate(const ng_document *doc, size_t tok)
{
    uint32_t f = doc->toks[tok].flags;
    return doc->toks[tok].lower && (f & NG_TOK_WORD) && !(f & (NG_TOK_PUNCT | NG_TOK_NUM | NG_TOK_POSS));
}

size_t ng_trig_features(const ng_document *doc, size_t i, uint32_t *out)
{
    size_t n = 0;
    const ng_sentence *s = &doc->sents[doc->toks[i].sent];
    const char *w0 = ng_sent_word(doc, s, i, 0), *p0 = ng_sent_upos(doc, s, i, 0), *rel = ng_dep_rel(doc, i);
    char stem[64], suf[8];
    S_stem(w0, stem, sizeof stem);
    S_put(out, &n, S_begin(1));
    S_put(out, &n, S_mix(S_begin(2), w0));
    S_put(out, &n, S_mix(S_begin(3), stem));
    S_put(out, &n, S_mix(S_mix(S_begin(4), stem), p0));
    S_put(out, &n, S_mix(S_mix(S_begin(5), w0), p0));
    S_suffix(w0, 3, suf);
    S_put(out, &n, S_mix(S_mix(S_begin(6), suf), p0));
    S_suffix(w0, 4, suf);
    S_put(out, &n, S_mix(S_begin(7), suf));
    S_put(out, &n, S_mix(S_begin(8), ng_sent_word(doc, s, i, -1)));
    S_put(out, &n, S_mix(S_begin(9), ng_sent_word(doc, s, i, 1)));
    S_put(out, &n, S_mix(S_mix(S_begin(10), ng_sent_word(doc, s, i, -1)), w0));
    S_put(out, &n, S_mix(S_mix(S_begin(11), w0), ng_sent_word(doc, s, i, 1)));
    S_put(out, &n, S_mix(S_begin(12), p0));
    S_put(out, &n, S_mix(S_mix(S_begin(13), ng_sent_upos(doc, s, i, -1)), p0));
    S_put(out, &n, S_mix(S_mix(S_begin(14), p0), ng_sent_upos(doc, s, i, 1)));
    S_put(out, &n, S_mix(S_mix(S_mix(S_begin(15), ng_sent_upos(doc, s, i, -1)), p0), ng_sent_upos(doc, s, i, 1)));
    S_put(out, &n, S_mix(S_mix(S_begin(16), S_shape(doc, s, i)), p0));
    S_put(out, &n, S_mix(S_mix(S_begin(17), ng_sent_word(doc, s, i, -2)), ng_sent_word(doc, s, i, -1)));
    S_put(out, &n, S_mix(S_begin(18), ng_dep_finite(doc, i) ? "finite" : "-"));
    /* the word's place in the parse: its relation, its head, its dependents */
    int head = ng_dep_head(doc, i);
    const char *hw = head >= 0 && doc->toks[head].lower ? doc->toks[head].lower : "<root>";
    const char *hp = head >= 0 ? ng_dep_upos(doc, (size_t)head) : "<root>";
    S_put(out, &n, S_mix(S_mix(S_begin(19), rel), p0));
    S_put(out, &n, S_mix(S_mix(S_mix(S_begin(20), rel), p0), hp));
    S_put(out, &n, S_mix(S_mix(S_begin(21), rel), hw));
    S_put(out, &n, S_mix(S_mix(S_begin(22), stem), rel));
    if (doc->dep_first) {
        for (int c = doc->dep_first[i]; c >= 0 && n + 4 < TRIG_MAX_FEATURES; c = doc->dep_next[c]) {
            const char *cr = ng_dep_rel(doc, (size_t)c);
            S_put(out, &n, S_mix(S_mix(S_begin(23), cr), p0));
            if (strncmp(cr, "det", 3) == 0 || strcmp(cr, "case") == 0 || strncmp(cr, "aux", 3) == 0)
                S_put(out, &n, S_mix(S_mix(S_begin(24), cr), doc->toks[c].lower ? doc->toks[c].lower : ""));
        }
    }
    /* names: a word of a name is rarely an event; what the words near it are */
    S_put(out, &n, S_mix(S_mix(S_begin(25), S_mention_type(doc, i)), S_shape(doc, s, i)));
    if (i + 1 < s->tok_end)
        S_put(out, &n, S_mix(S_begin(26), S_mention_type(doc, i + 1)));
    if (i > s->tok_start)
        S_put(out, &n, S_mix(S_begin(27), S_mention_type(doc, i - 1)));
    /* the lexicons, as evidence */
    S_put(out, &n, S_mix(S_begin(28), S_lexicon_class(doc, s, i, 0, 0)));
    S_put(out, &n, S_mix(S_begin(29), S_lexicon_class(doc, s, i, -1, 0)));
    S_put(out, &n, S_mix(S_begin(30), S_lexicon_class(doc, s, i, 0, 1)));
    char coarse[8], fine[8];
    S_classes(doc, i, coarse, fine);
    S_put(out, &n, S_mix(S_mix(S_begin(32), coarse), p0));
    S_put(out, &n, S_mix(S_mix(S_begin(33), fine), p0));
    if (head >= 0) {
        S_classes(doc, (size_t)head, coarse, fine);
        S_put(out, &n, S_mix(S_mix(S_begin(34), fine), rel));
    }
    char sv[4] = {(char)('0' + ng_lex_speech_verb(doc->lex, w0)), 0};
    S_put(out, &n, S_mix(S_mix(S_begin(31), sv), p0));
    return n;
}

/* ---- the decision ------------------------------------------------------------ */

float ng_trig_score(const ng_trig_model *m, const ng_document *doc, size_t tok)
{
    uint32_t f[TRIG_MAX_FEATURES];
    size_t nf = ng_trig_features(doc, tok, f);
    return ng_linear_sum(&m->lin, f, nf);
}

/* Two adjacent trigger words are one trigger when the parse joins them:
 * a particle, a compound, a fixed expression ("checked into", "according
 * to", "injured reserve"). */
static bool S_joined(const ng_document *doc, size_t a, size_t b)
{
    int ha = ng_dep_head(doc, a), hb = ng_dep_head(doc, b);
    const char *r = hb == (int)a ? ng_dep_rel(doc, b) : ha == (int)b ? ng_dep_rel(doc, a) : NULL;
    return r && (strncmp(r, "compound", 8) == 0 || strcmp(r, "fixed") == 0 || strcmp(r, "flat") == 0 ||
                 strcmp(r, "case") == 0);
}

void ng_trig_mark(const ng_trig_model *m, const ng_document *doc, uint8_t *marks)
{
    memset(marks, 0, doc->ntok);
    for (size_t si = 0; si < doc->nsent; si++) {
        const ng_sentence *s = &doc->sents[si];
        for (size_t i = s->tok_start; i < s->tok_end; i++) {
            if (!ng_trig_candidate(doc, i) || ng_trig_score(m, doc, i) <= 0)
                continue;
            marks[i] = i > s->tok_start && marks[i - 1] && S_joined(doc, i - 1, i) ? 2 : 1;
        }
    }
}

/* ---- the model file ------------------------------------------------------------ */

static const ng_weights_format S_format = {"NGTRGMDL", "trigger model", 1u, 1u, TRIG_HASH_BITS};

ng_trig_model *ng_trig_model_new(void)
{
    ng_trig_model *m = calloc(1, sizeof *m);
    if (!m)
        abort();
    ng_linear_init(&m->lin, TRIG_BUCKETS);
    return m;
}

void ng_trig_model_free(ng_trig_model *m)
{
    if (!m)
        return;
    ng_linear_release(&m->lin);
    free(m);
}

int ng_trig_model_save(const ng_trig_model *m, const char *path, ng_error *err)
{
    return ng_linear_save(&S_format, &m->lin, TRIG_BUCKETS, path, NULL, 0, err);
}

static ng_trig_model *S_wrap(int rc, ng_linear *lin, unsigned char *extra)
{
    free(extra);
    if (rc != 0)
        return NULL;
    ng_trig_model *m = calloc(1, sizeof *m);
    if (!m)
        abort();
    m->lin = *lin;
    return m;
}

ng_trig_model *ng_trig_model_read(const unsigned char *data, size_t len, const char *source, ng_error *err)
{
    ng_linear lin;
    unsigned char *extra = NULL;
    uint32_t nextra;
    int rc = ng_linear_read(&S_format, &lin, TRIG_BUCKETS, data, len, source, &extra, &nextra, err);
    return S_wrap(rc, &lin, extra);
}

ng_trig_model *ng_trig_model_load(const char *path, ng_error *err)
{
    ng_linear lin;
    unsigned char *extra = NULL;
    uint32_t nextra;
    int rc = ng_linear_load(&S_format, &lin, TRIG_BUCKETS, path, &extra, &nextra, err);
    return S_wrap(rc, &lin, extra);
}

int ng_trig_model_image(const ng_trig_model *m, const char *path, ng_error *err)
{
    return ng_linear_image(&m->lin, TRIG_BUCKETS, path, err);
}

static ng_trig_model *S_from_image(const unsigned char *data, size_t len, ng_error *err)
{
    ng_linear lin;
    int rc = ng_linear_from_image(&lin, TRIG_BUCKETS, data, len, "built-in trigger model", err);
    return S_wrap(rc, &lin, NULL);
}

/* The model linked into the binary: its image (trigger_model.S, written by
 * newsgraph-image), or the empty stub. */
extern const unsigned char ng_trig_model_data[];
extern const unsigned long long ng_trig_model_size;

const ng_trig_model *ng_trig_builtin(ng_context *ctx, ng_error *err)
{
    pthread_mutex_lock(&ctx->lock);
    if (!ctx->triggers && !ctx->triggers_none && ng_trig_model_size > 0)
        ctx->triggers = S_from_image(ng_trig_model_data, (size_t)ng_trig_model_size, err);
    const ng_trig_model *m = ctx->triggers_none ? NULL : ctx->triggers;
    pthread_mutex_unlock(&ctx->lock);
    return m;
}
