/* attribution.c -- the attribution model: features, decoding, grouping of
 * labelled spans into attributions, and the model file.
 *
 * Why a model: which clause a speech verb introduces, whether "according
 * to" or "a statement" is the cue, where reported content stops, are what
 * the rules of quotes.c got wrong on articles they were not written for.
 * PolNeAR annotates the source, cue and content of every attribution in
 * 1,000 political news articles; a sequence model over its tokens learns
 * those boundaries. The parse carries most of the evidence: a token's path
 * up to the nearest speech verb says whether it is that verb's subject
 * (source) or in its clausal complement (content). */
#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "attribution.h"
#include "cluster.h"
#include "ner.h"

const char *const ng_attr_role_names[4] = {"O", "Source", "Cue", "Content"};

/* ---- features ------------------------------------------------------------ */

static uint64_t S_begin(unsigned tmpl) { return ng_feature_begin(tmpl); }
static uint64_t S_mix(uint64_t h, const char *s) { return ng_feature_mix(h, s); }

static void S_put(uint32_t *out, size_t *n, uint64_t h)
{
    if (*n < ATTR_MAX_FEATURES)
        out[(*n)++] = (uint32_t)((h ^ (h >> 31)) & (ATTR_BUCKETS - 1));
}

int ng_attr_cue_kind(const ng_document *doc, size_t k)
{
    const char *w = doc->toks[k].lower;
    if (!w)
        return ATTR_CUE_NONE;
    int sv = ng_lex_speech_verb(doc->lex, w);
    return sv ? sv : strcmp(w, "according") == 0 ? ATTR_CUE_ACCORDING : ATTR_CUE_NONE;
}

static const char *const S_kind_names[4] = {"-", "say", "think", "according"};

static const char *S_bucket(size_t d)
{
    return d <= 1 ? "1" : d <= 2 ? "2" : d <= 5 ? "5" : d <= 10 ? "10" : d <= 20 ? "20" : "far";
}

static const char *S_quote_state(const ng_document *doc, size_t i)
{
    uint32_t f = doc->toks[i].flags;
    if (f & NG_TOK_OPEN)
        return "open";
    if (f & NG_TOK_CLOSE)
        return "close";
    return doc->tok_in_quote && doc->tok_in_quote[i] ? "in" : "out";
}

/* The nearest cue word above i in the parse, and the relation of the
 * child of it the path from i goes through ("ccomp": i is in what was
 * said; "nsubj": i is who said it). */
static int S_cue_above(const ng_document *doc, size_t i, const char **via, size_t *depth)
{
    size_t child = i, d = 0;
    for (int a = ng_dep_head(doc, i); a >= 0 && d < 40; a = ng_dep_head(doc, (size_t)a), d++) {
        if (ng_attr_cue_kind(doc, (size_t)a)) {
            *via = ng_dep_rel(doc, child);
            *depth = d + 1;
            return a;
        }
        child = (size_t)a;
    }
    return -1;
}

/* What the features read of every token, computed once per document so
 * that a token's features cost the same in a sentence of any length. */
typedef struct {
    uint8_t kind;             /* ng_attr_cue_kind */
    uint32_t left, right;     /* distance to the nearest cue word in the sentence before / after, 0 none */
    int32_t cue_child[2];     /* two dependents that are cue words, -1 none */
    uint32_t first, last;     /* the first and last token of its subtree */
    uint32_t child_rels;      /* bit per kind of dependent (S_rel_bit) */
    int32_t word_class;       /* the NER model's finer word class of the word as written, -1 none */
} tok_info;

/* The relations of dependents that tell a verb of saying from other uses
 * of the word ("said that ...", "said to be"). */
static const char *const S_child_rels[] = {"nsubj", "obj", "iobj", "ccomp", "xcomp", "parataxis", "obl", "advcl", "mark", "aux", "cop", NULL};

static uint32_t S_rel_bit(const char *rel)
{
    size_t n = strcspn(rel, ":");
    for (uint32_t k = 0; S_child_rels[k]; k++)
        if (strlen(S_child_rels[k]) == n && !strncmp(rel, S_child_rels[k], n))
            return 1u << k;
    return 0;
}

struct ng_attr_doc {
    const ng_document *doc;
    tok_info *t;
};

ng_attr_doc *ng_attr_doc_new(const ng_document *doc)
{
    ng_attr_doc *ad = calloc(1, sizeof *ad);
    if (!ad || !(ad->t = calloc(doc->ntok ? doc->ntok : 1, sizeof *ad->t)))
        abort();
    ad->doc = doc;
    for (size_t i = 0; i < doc->ntok; i++) {
        ad->t[i].kind = (uint8_t)ng_attr_cue_kind(doc, i);
        ad->t[i].cue_child[0] = ad->t[i].cue_child[1] = -1;
        ad->t[i].first = ad->t[i].last = (uint32_t)i;
        const ng_ner_clusters *cl = doc->ner ? doc->ner->clusters : NULL;
        int w = cl ? ng_ner_clusters_find(cl, doc->art->text + doc->toks[i].start, doc->toks[i].end - doc->toks[i].start) : -1;
        ad->t[i].word_class = w >= 0 ? cl->fine[w] : -1;
    }
    for (size_t i = 0; i < doc->ntok; i++) {
        /* subtree extents: each token widens its ancestors' (a bounded
         * climb: trees deeper than 40 are cut there) */
        size_t d = 0;
        for (int a = ng_dep_head(doc, i); a >= 0 && d < 40; a = ng_dep_head(doc, (size_t)a), d++) {
            if (ad->t[a].first > i)
                ad->t[a].first = (uint32_t)i;
            if (ad->t[a].last < i)
                ad->t[a].last = (uint32_t)i;
        }
        int h = ng_dep_head(doc, i);
        if (h >= 0)
            ad->t[h].child_rels |= S_rel_bit(ng_dep_rel(doc, i));
        if (h >= 0 && ad->t[i].kind) {
            int32_t *c = ad->t[h].cue_child;
            if (c[0] < 0)
                c[0] = (int32_t)i;
            else if (c[1] < 0)
                c[1] = (int32_t)i;
        }
    }
    for (size_t si = 0; si < doc->nsent; si++) {
        const ng_sentence *s = &doc->sents[si];
        long last = -1;
        for (size_t i = s->tok_start; i < s->tok_end; i++) {
            ad->t[i].left = last >= 0 ? (uint32_t)(i - (size_t)last) : 0;
            if (ad->t[i].kind)
                last = (long)i;
        }
        last = -1;
        for (size_t i = s->tok_end; i-- > s->tok_start;) {
            ad->t[i].right = last >= 0 ? (uint32_t)((size_t)last - i) : 0;
            if (ad->t[i].kind)
                last = (long)i;
        }
    }
    return ad;
}

void ng_attr_doc_free(ng_attr_doc *ad)
{
    if (!ad)
        return;
    free(ad->t);
    free(ad);
}

/* "The economy is strong, he said": the cue hangs off a word above i
 * (parataxis, a second clause), not above i itself. */
static int S_cue_beside(const ng_attr_doc *ad, size_t i)
{
    const ng_document *doc = ad->doc;
    size_t x = i, d = 0;
    for (int a = ng_dep_head(doc, i); a >= 0 && d < 40; x = (size_t)a, a = ng_dep_head(doc, (size_t)a), d++)
        for (int k = 0; k < 2; k++) {
            int c = ad->t[a].cue_child[k];
            if (c >= 0 && (size_t)c != x)
                return c;
        }
    return -1;
}

static const char *S_mention_type(const ng_document *doc, size_t i, bool *first)
{
    *first = false;
    int m = doc->tok_mention ? doc->tok_mention[i] : -1;
    if (m < 0)
        return NULL;
    const ng_mention *mn = &doc->mentions[m];
    *first = mn->tok_start == i;
    int type = mn->actor >= 0 ? doc->actors[mn->actor].type : mn->type;
    return type == NG_ACTOR_PERSON ? "person" : type == NG_ACTOR_ORG ? "org" : type == NG_ACTOR_PLACE ? "place"
                                                                                                        : "group";
}

static const char *S_shape(const ng_document *doc, const ng_sentence *s, size_t i)
{
    uint32_t f = doc->toks[i].flags;
    bool first = i == s->tok_start;
    if (f & NG_TOK_ALLCAPS)
        return first ? "AA^" : "AA";
    if (f & NG_TOK_CAP)
        return first ? "Aa^" : "Aa";
    if (f & NG_TOK_NUM)
        return "0";
    if (f & NG_TOK_PUNCT)
        return "p";
    return first ? "a^" : "a";
}

size_t ng_attr_features(const ng_attr_doc *ad, size_t i, uint32_t *out)
{
    const ng_document *doc = ad->doc;
    size_t n = 0;
    const ng_token *t = &doc->toks[i];
    const ng_sentence *s = &doc->sents[t->sent];
    const char *w0 = ng_sent_word(doc, s, i, 0), *p0 = ng_sent_upos(doc, s, i, 0), *rel = ng_dep_rel(doc, i);
    const char *quote = S_quote_state(doc, i);
    S_put(out, &n, S_begin(1));
    S_put(out, &n, S_mix(S_begin(2), w0));
    S_put(out, &n, S_mix(S_begin(3), ng_sent_word(doc, s, i, -1)));
    S_put(out, &n, S_mix(S_begin(4), ng_sent_word(doc, s, i, 1)));
    S_put(out, &n, S_mix(S_begin(5), ng_sent_word(doc, s, i, -2)));
    S_put(out, &n, S_mix(S_begin(6), ng_sent_word(doc, s, i, 2)));
    S_put(out, &n, S_mix(S_mix(S_begin(7), ng_sent_word(doc, s, i, -1)), w0));
    S_put(out, &n, S_mix(S_mix(S_begin(8), w0), ng_sent_word(doc, s, i, 1)));
    S_put(out, &n, S_mix(S_begin(9), p0));
    S_put(out, &n, S_mix(S_mix(S_begin(10), ng_sent_upos(doc, s, i, -1)), p0));
    S_put(out, &n, S_mix(S_mix(S_begin(11), p0), ng_sent_upos(doc, s, i, 1)));
    S_put(out, &n, S_mix(S_begin(12), ng_sent_upos(doc, s, i, -1)));
    S_put(out, &n, S_mix(S_begin(13), ng_sent_upos(doc, s, i, 1)));
    S_put(out, &n, S_mix(S_begin(14), S_shape(doc, s, i)));
    /* the token's own place in the parse */
    int head = ng_dep_head(doc, i);
    const char *hw = head >= 0 && doc->toks[head].lower ? doc->toks[head].lower : "<root>";
    S_put(out, &n, S_mix(S_begin(15), rel));
    S_put(out, &n, S_mix(S_mix(S_begin(16), rel), head >= 0 ? ng_dep_upos(doc, (size_t)head) : "<root>"));
    S_put(out, &n, S_mix(S_mix(S_begin(17), rel), hw));
    int kind = ad->t[i].kind;
    S_put(out, &n, S_mix(S_mix(S_begin(18), S_kind_names[kind]), rel));
    S_put(out, &n, S_mix(S_mix(S_begin(19), S_kind_names[kind]), p0));
    S_put(out, &n, S_mix(S_begin(20), quote));
    S_put(out, &n, S_mix(S_mix(S_begin(21), quote), p0));
    /* the path up to the nearest cue word above */
    const char *via = "";
    size_t depth = 0;
    int cue = S_cue_above(doc, i, &via, &depth);
    if (cue >= 0) {
        const char *ck = S_kind_names[ad->t[cue].kind];
        S_put(out, &n, S_mix(S_mix(S_begin(22), via), ck));
        S_put(out, &n, S_mix(S_mix(S_begin(23), via), doc->toks[cue].lower));
        S_put(out, &n, S_mix(S_mix(S_mix(S_begin(24), via), ck), S_bucket(depth)));
        S_put(out, &n, S_mix(S_mix(S_mix(S_begin(25), via), ck), quote));
        S_put(out, &n, S_mix(S_mix(S_mix(S_begin(26), via), ck), (size_t)cue > i ? "R" : "L"));
        S_put(out, &n, S_mix(S_mix(S_begin(27), via), p0));
    } else {
        S_put(out, &n, S_mix(S_begin(22), "none"));
        S_put(out, &n, S_mix(S_mix(S_begin(25), "none"), quote));
    }
    int beside = S_cue_beside(ad, i);
    if (beside >= 0) {
        const char *brel = ng_dep_rel(doc, (size_t)beside);
        S_put(out, &n, S_mix(S_mix(S_begin(28), brel), (size_t)beside > i ? "R" : "L"));
        S_put(out, &n, S_mix(S_mix(S_mix(S_begin(29), brel), (size_t)beside > i ? "R" : "L"), cue >= 0 ? "above" : "-"));
    }
    /* what hangs off the token: a verb with a clause or an object */
    char rels[16];
    size_t nr = 0;
    for (uint32_t k = 0; S_child_rels[k] && nr + 1 < sizeof rels; k++)
        if (ad->t[i].child_rels & (1u << k))
            rels[nr++] = (char)('a' + k);
    rels[nr] = 0;
    S_put(out, &n, S_mix(S_mix(S_begin(38), rels), S_kind_names[kind]));
    S_put(out, &n, S_mix(S_mix(S_begin(39), rels), w0));
    /* the nearest verb above, whatever it is: the model learns verbs of
     * saying the lexicon lacks ("warned", "expressed alarm") */
    const char *vvia = "";
    int verb = -1;
    {
        size_t child = i, d = 0;
        for (int a = ng_dep_head(doc, i); a >= 0 && d < 40; child = (size_t)a, a = ng_dep_head(doc, (size_t)a), d++)
            if (!strcmp(ng_dep_upos(doc, (size_t)a), "VERB")) {
                verb = a;
                vvia = ng_dep_rel(doc, child);
                break;
            }
    }
    if (verb >= 0) {
        S_put(out, &n, S_mix(S_mix(S_begin(40), vvia), doc->toks[verb].lower));
        S_put(out, &n, S_mix(S_mix(S_begin(41), vvia), S_kind_names[ad->t[verb].kind]));
    }
    /* word classes (learned from unlabelled text): words the training data
     * did not have behave like words it had */
    char wc[16];
    snprintf(wc, sizeof wc, "%d", (int)ad->t[i].word_class);
    S_put(out, &n, S_mix(S_begin(43), wc));
    S_put(out, &n, S_mix(S_mix(S_begin(44), wc), via));
    if (verb >= 0) {
        snprintf(wc, sizeof wc, "%d", (int)ad->t[verb].word_class);
        S_put(out, &n, S_mix(S_mix(S_begin(45), wc), vvia));
    }
    /* the edges of the subtree i is in below the cue: where content starts and ends */
    if (cue >= 0) {
        size_t top = i;
        while (ng_dep_head(doc, top) >= 0 && ng_dep_head(doc, top) != cue)
            top = (size_t)ng_dep_head(doc, top);
        const char *edge = i == ad->t[top].first ? "first" : i == ad->t[top].last ? "last" : "in";
        S_put(out, &n, S_mix(S_mix(S_begin(42), via), edge));
    }
    /* cue words anywhere in the sentence, by distance */
    size_t left = ad->t[i].left, right = ad->t[i].right;
    S_put(out, &n, S_mix(S_mix(S_begin(30), left ? S_bucket(left) : "-"), right ? S_bucket(right) : "-"));
    S_put(out, &n, S_mix(S_mix(S_begin(31), left ? S_bucket(left) : "-"), p0));
    S_put(out, &n, S_mix(S_mix(S_begin(32), right ? S_bucket(right) : "-"), p0));
    /* actors */
    bool first;
    const char *mt = S_mention_type(doc, i, &first);
    if (mt) {
        S_put(out, &n, S_mix(S_mix(S_begin(33), mt), first ? "B" : "I"));
        S_put(out, &n, S_mix(S_mix(S_mix(S_begin(34), mt), via), cue >= 0 ? "cue" : "-"));
    }
    /* place in the paragraph */
    size_t sent_in_para = 0;
    for (size_t k = t->sent; k > 0 && doc->sents[k - 1].para == s->para && sent_in_para < 3; k--)
        sent_in_para++;
    const char *sp = sent_in_para == 0 ? "s0" : sent_in_para == 1 ? "s1" : sent_in_para == 2 ? "s2" : "s3+";
    S_put(out, &n, S_mix(S_mix(S_begin(35), sp), i == s->tok_start ? "first" : "-"));
    S_put(out, &n, S_mix(S_mix(S_begin(36), sp), quote));
    /* the sentence's last word: a colon announces what follows */
    const char *last = ng_sent_word(doc, s, s->tok_end - 1, 0);
    S_put(out, &n, S_mix(S_mix(S_begin(37), strcmp(last, ":") == 0 ? ":" : "."), sp));
    return n;
}

/* ---- decoding ------------------------------------------------------------ */

static float S_weight(const ng_attr_model *m, size_t index)
{
    return m->w ? m->w[index] : (float)m->q[index] * m->scale;
}

void ng_attr_viterbi(const ng_attr_model *m, const uint32_t *feats, const uint8_t *nf, size_t n, uint8_t *labels)
{
    if (n == 0)
        return;
    float *score = malloc(n * ATTR_NLABELS * sizeof *score);
    uint8_t *back = malloc(n * ATTR_NLABELS);
    if (!score || !back)
        abort();
    const size_t trans = (size_t)ATTR_BUCKETS * ATTR_NLABELS;
    for (size_t i = 0; i < n; i++) {
        float e[ATTR_NLABELS] = {0};
        const uint32_t *fi = feats + i * ATTR_MAX_FEATURES;
        for (size_t k = 0; k < nf[i]; k++) {
            size_t row = (size_t)fi[k] * ATTR_NLABELS;
            for (int l = 0; l < ATTR_NLABELS; l++)
                e[l] += S_weight(m, row + (size_t)l);
        }
        for (int l = 0; l < ATTR_NLABELS; l++) {
            if (i == 0) {
                score[l] = e[l] + S_weight(m, trans + (size_t)l);
                back[l] = 0;
                continue;
            }
            float best = -INFINITY;
            int arg = 0;
            for (int p = 0; p < ATTR_NLABELS; p++) {
                float v = score[(i - 1) * ATTR_NLABELS + p] + S_weight(m, trans + (size_t)(p + 1) * ATTR_NLABELS + l);
                if (v > best) {
                    best = v;
                    arg = p;
                }
            }
            score[i * ATTR_NLABELS + l] = best + e[l];
            back[i * ATTR_NLABELS + l] = (uint8_t)arg;
        }
    }
    int best = 0;
    for (int l = 1; l < ATTR_NLABELS; l++)
        if (score[(n - 1) * ATTR_NLABELS + l] > score[(n - 1) * ATTR_NLABELS + best])
            best = l;
    for (size_t i = n; i-- > 0;) {
        labels[i] = (uint8_t)best;
        best = back[i * ATTR_NLABELS + best];
    }
    free(score);
    free(back);
}

void ng_attr_label_document(const ng_attr_model *m, const ng_document *doc, const bool *keep, uint8_t *labels)
{
    ng_attr_doc *ad = ng_attr_doc_new(doc);
    uint32_t *feats = NULL;
    uint8_t *nf = NULL;
    size_t cap = 0;
    for (size_t lo = 0; lo < doc->ntok;) {
        size_t hi = lo + 1;
        while (hi < doc->ntok && doc->toks[hi].para == doc->toks[lo].para)
            hi++;
        if (keep && !keep[doc->toks[lo].para]) {
            memset(labels + lo, ATTR_O, hi - lo);
            lo = hi;
            continue;
        }
        if (hi - lo > cap) {
            cap = hi - lo;
            feats = realloc(feats, cap * ATTR_MAX_FEATURES * sizeof *feats);
            nf = realloc(nf, cap);
            if (!feats || !nf)
                abort();
        }
        for (size_t i = lo; i < hi; i++)
            nf[i - lo] = (uint8_t)ng_attr_features(ad, i, feats + (i - lo) * ATTR_MAX_FEATURES);
        ng_attr_viterbi(m, feats, nf, hi - lo, labels + lo);
        lo = hi;
    }
    free(feats);
    free(nf);
    ng_attr_doc_free(ad);
}

/* ---- grouping spans into attributions ------------------------------------------ */

typedef struct {
    int role;
    uint32_t start, end;
} span;

static size_t S_spans(const ng_document *doc, const uint8_t *labels, span **out)
{
    size_t n = 0, cap = 0;
    span *v = NULL;
    for (size_t i = 0; i < doc->ntok;) {
        if (!labels[i]) {
            i++;
            continue;
        }
        int role = ng_attr_role(labels[i]);
        size_t j = i + 1;
        while (j < doc->ntok && labels[j] && !ng_attr_is_begin(labels[j]) && ng_attr_role(labels[j]) == role &&
               doc->toks[j].para == doc->toks[i].para)
            j++;
        if (n == cap) {
            cap = cap ? 2 * cap : 32;
            v = realloc(v, cap * sizeof *v);
            if (!v)
                abort();
        }
        v[n++] = (span){role, (uint32_t)i, (uint32_t)j};
        i = j;
    }
    *out = v;
    return n;
}

/* How far a span is from a cue: tokens between them, and a penalty for
 * each sentence boundary crossed, so that a cue of the span's own sentence
 * wins. */
static size_t S_distance(const ng_document *doc, const span *a, const span *cue)
{
    size_t gap = a->end <= cue->start ? cue->start - a->end : a->start >= cue->end ? a->start - cue->end : 0;
    uint32_t sa = doc->toks[a->start].sent, sb = doc->toks[a->end - 1].sent, sc = doc->toks[cue->start].sent;
    size_t crossed = sc < sa ? sa - sc : sc > sb ? sc - sb : 0;
    return gap + 1000 * crossed;
}

/* Are tokens [lo, hi) only the cue, the source and punctuation ("..., he
 * said, ...")? Then content fragments on both sides are one content. */
static bool S_only_attribution_between(const ng_document *doc, const uint8_t *labels, size_t lo, size_t hi)
{
    for (size_t k = lo; k < hi; k++)
        if (ng_attr_role(labels[k]) == 3 || (!labels[k] && !(doc->toks[k].flags & (NG_TOK_PUNCT | NG_TOK_QUOTE))))
            return false;
    return true;
}

/* Are tokens [lo, hi) an aside between dashes inside one sentence, with no
 * cue in it ("that the airline — the largest carrier in the world — will
 * recommence its expansion")? Then the content goes on across it. */
static bool S_dash_aside_between(const ng_document *doc, const uint8_t *labels, size_t lo, size_t hi)
{
    if (hi < lo + 3 || hi - lo > 20 || doc->toks[lo].sent != doc->toks[hi - 1].sent || !ng_tok_is_dash(doc, lo) ||
        !ng_tok_is_dash(doc, hi - 1))
        return false;
    for (size_t k = lo; k < hi; k++)
        if (ng_attr_role(labels[k]) == 2)
            return false;
    return true;
}

/* Are tokens [lo, hi) a name between commas inside one sentence, or a
 * contrast opened by "not" ("Congress, not the states, has the power"),
 * with no cue in it? */
static bool S_apposition_between(const ng_document *doc, const uint8_t *labels, size_t lo, size_t hi)
{
    if (hi < lo + 3 || hi - lo > 8 || doc->toks[lo].sent != doc->toks[hi - 1].sent || !ng_tok_is(doc, lo, ",") ||
        !ng_tok_is(doc, hi - 1, ","))
        return false;
    bool contrast = ng_tok_is(doc, lo + 1, "not");
    for (size_t k = lo + 1; k + 1 < hi; k++)
        if (ng_attr_role(labels[k]) == 2 || (!contrast && !(doc->toks[k].flags & NG_TOK_CAP)) ||
            (contrast && !strcmp(ng_dep_upos(doc, k), "VERB")))
            return false;
    return true;
}

/* The cue span nearest span k in its paragraph: the one before or the one
 * after it, whichever S_distance prefers; -1 when there is none. */
static long S_nearest_cue(const ng_document *doc, const span *sp, size_t k, const long *prev, const long *next)
{
    long best = -1;
    size_t best_d = (size_t)-1;
    long cand[2] = {prev[k], next[k]};
    for (int c = 0; c < 2; c++)
        if (cand[c] >= 0) {
            size_t d = S_distance(doc, &sp[k], &sp[cand[c]]);
            if (d < best_d) {
                best_d = d;
                best = cand[c];
            }
        }
    return best;
}

/* "Swift will perform in Tokyo before travelling to Australia, where
 * promoters say all seven concerts have sold out": content k before cue c
 * and the next content after it, nearer, both take c for their nearest
 * cue and are no fragments of one content (words no attribution's lie
 * between them). The nearer one is c's content. */
static bool S_closer_content_after(const ng_document *doc, const uint8_t *labels, const span *sp, size_t nsp,
                                   size_t k, long c, const long *prev, const long *next)
{
    if (sp[k].end > sp[c].start)
        return false;
    size_t after = (size_t)c + 1;
    while (after < nsp && sp[after].role == 1)
        after++;
    if (after >= nsp || sp[after].role != 3 || S_nearest_cue(doc, sp, after, prev, next) != c)
        return false;
    return S_distance(doc, &sp[after], &sp[c]) < S_distance(doc, &sp[k], &sp[c]) &&
           !S_only_attribution_between(doc, labels, sp[k].end, sp[after].start);
}

size_t ng_attr_group(const ng_document *doc, const uint8_t *labels, ng_attribution **out)
{
    span *sp;
    size_t nsp = S_spans(doc, labels, &sp);
    size_t cap = nsp ? nsp : 1;
    long *prev = malloc(cap * sizeof *prev), *next = malloc(cap * sizeof *next), *at_of_cue = malloc(cap * sizeof *at_of_cue);
    long *src_of = malloc(cap * sizeof *src_of);
    size_t *src_d = malloc(cap * sizeof *src_d);
    ng_attribution *at = calloc(cap, sizeof *at);
    if (!prev || !next || !at_of_cue || !src_of || !src_d || !at)
        abort();
    for (size_t k = 0, last = (size_t)-1; k < nsp; k++) {
        if (last != (size_t)-1 && doc->toks[sp[last].start].para != doc->toks[sp[k].start].para)
            last = (size_t)-1;
        prev[k] = last == (size_t)-1 ? -1 : (long)last;
        if (sp[k].role == 2)
            last = k;
    }
    for (size_t k = nsp, last = (size_t)-1; k-- > 0;) {
        if (last != (size_t)-1 && doc->toks[sp[last].start].para != doc->toks[sp[k].start].para)
            last = (size_t)-1;
        next[k] = last == (size_t)-1 ? -1 : (long)last;
        if (sp[k].role == 2)
            last = k;
        at_of_cue[k] = src_of[k] = -1;
        src_d[k] = (size_t)-1;
    }
    size_t n = 0;
    for (size_t k = 0; k < nsp; k++) {
        if (sp[k].role != 3)
            continue;
        long best = S_nearest_cue(doc, sp, k, prev, next);
        if (best >= 0 && at_of_cue[best] < 0 && S_closer_content_after(doc, labels, sp, nsp, k, best, prev, next))
            best = -1;
        /* a second content of one cue is a fragment of the first ("...,
         * he said, ...") or no content of that cue at all */
        if (best >= 0 && at_of_cue[best] >= 0) {
            ng_attribution *p = &at[at_of_cue[best]];
            /* (so does a name between commas with no cue, which the model
             * took for a source: "the country's president, Mohamed Bazoum,
             * who was being held") */
            if ((size_t)at_of_cue[best] == n - 1 &&
                (S_dash_aside_between(doc, labels, p->content[p->ncontent - 1][1], sp[k].start) ||
                 S_apposition_between(doc, labels, p->content[p->ncontent - 1][1], sp[k].start))) {
                p->content[p->ncontent - 1][1] = sp[k].end;
                continue;
            }
            if ((size_t)at_of_cue[best] == n - 1 && p->ncontent < ATTR_MAX_FRAGMENTS &&
                S_only_attribution_between(doc, labels, p->content[p->ncontent - 1][1], sp[k].start)) {
                p->content[p->ncontent][0] = sp[k].start;
                p->content[p->ncontent][1] = sp[k].end;
                p->ncontent++;
                continue;
            }
            best = -1;
        }
        /* a content whose cue the model missed is still a statement */
        ng_attribution *x = &at[n];
        x->cue[0] = x->cue[1] = best >= 0 ? sp[best].start : sp[k].start;
        if (best >= 0) {
            x->cue[1] = sp[best].end;
            at_of_cue[best] = (long)n;
        }
        x->source[0] = x->source[1] = x->cue[0];
        x->content[0][0] = sp[k].start;
        x->content[0][1] = sp[k].end;
        x->ncontent = 1;
        n++;
    }
    /* each source joins its nearest cue; a cue keeps its nearest source */
    for (size_t k = 0; k < nsp; k++) {
        if (sp[k].role != 1)
            continue;
        long c = S_nearest_cue(doc, sp, k, prev, next);
        if (c < 0)
            continue;
        size_t d = S_distance(doc, &sp[k], &sp[c]);
        if (d < src_d[c]) {
            src_d[c] = d;
            src_of[c] = (long)k;
        }
    }
    for (size_t c = 0; c < nsp; c++)
        if (at_of_cue[c] >= 0 && src_of[c] >= 0) {
            at[at_of_cue[c]].source[0] = sp[src_of[c]].start;
            at[at_of_cue[c]].source[1] = sp[src_of[c]].end;
        }
    free(prev);
    free(next);
    free(at_of_cue);
    free(src_of);
    free(src_d);
    free(sp);
    *out = at;
    return n;
}

/* ---- the model file ------------------------------------------------------------ */

static const ng_weights_format S_format = {"NGATRMDL", "attribution model", 1u, ATTR_NLABELS, ATTR_HASH_BITS};

ng_attr_model *ng_attr_model_new(void)
{
    ng_attr_model *m = calloc(1, sizeof *m);
    if (!m || !(m->w = calloc(ATTR_NWEIGHTS, sizeof *m->w)))
        abort();
    return m;
}

void ng_attr_model_free(ng_attr_model *m)
{
    if (!m)
        return;
    free(m->w);
    if (!m->borrowed)
        free(m->q);
    free(m);
}

int ng_attr_model_save(const ng_attr_model *m, const char *path, ng_error *err)
{
    if (!m->w) {
        ng_error_set(err, path, 0, 0, "only a trained model can be saved");
        return -1;
    }
    return ng_weights_save(&S_format, path, m->w, ATTR_NWEIGHTS, NULL, 0, err);
}

ng_attr_model *ng_attr_model_read(const unsigned char *data, size_t len, const char *source, ng_error *err)
{
    float scale;
    unsigned char *extra;
    uint32_t nextra;
    int16_t *q = ng_weights_read(&S_format, data, len, ATTR_NWEIGHTS, source, &scale, &extra, &nextra, err);
    free(extra);
    if (!q)
        return NULL;
    ng_attr_model *m = calloc(1, sizeof *m);
    if (!m)
        abort();
    m->q = q;
    m->scale = scale;
    return m;
}

ng_attr_model *ng_attr_model_load(const char *path, ng_error *err)
{
    ng_buf b = {0};
    ng_attr_model *m = NULL;
    if (ng_read_file(path, &b, err) == 0)
        m = ng_attr_model_read((const unsigned char *)b.data, b.len, path, err);
    ng_buf_free(&b);
    return m;
}

int ng_attr_model_image(const ng_attr_model *m, const char *path, ng_error *err)
{
    return ng_weights_image_write(&m->scale, m->q, ATTR_NWEIGHTS, path, err);
}

static ng_attr_model *S_from_image(const unsigned char *data, size_t len, ng_error *err)
{
    float scale;
    const int16_t *q = ng_weights_from_image(data, len, ATTR_NWEIGHTS, &scale);
    if (!q) {
        ng_error_set(err, "built-in attribution model", 0, 0, "the model image is corrupt (rebuild newsgraph)");
        return NULL;
    }
    ng_attr_model *m = calloc(1, sizeof *m);
    if (!m)
        abort();
    m->q = (int16_t *)q; /* never written: the image is read-only */
    m->scale = scale;
    m->borrowed = true;
    return m;
}

/* The model linked into the binary: its image (attribution_model.S, written
 * by newsgraph-image), or the empty stub. */
extern const unsigned char ng_attr_model_data[];
extern const unsigned long long ng_attr_model_size;

const ng_attr_model *ng_attr_builtin(ng_context *ctx, ng_error *err)
{
    pthread_mutex_lock(&ctx->lock);
    if (!ctx->attr && ng_attr_model_size > 0)
        ctx->attr = S_from_image(ng_attr_model_data, (size_t)ng_attr_model_size, err);
    const ng_attr_model *m = ctx->attr;
    pthread_mutex_unlock(&ctx->lock);
    return m;
}
