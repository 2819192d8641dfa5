/* coref.c -- the pronoun model: candidates, features, the decision and the
 * model file.
 *
 * Why a model: the rules of actors.c pick the person a pronoun stands for
 * by a fixed order (named earlier in the sentence, else the subject of one
 * of the last three sentences, else the last named). Which of those wins
 * depends on more than the order: the pronoun's role and the candidate's
 * (a subject continues a subject), whether the person was named once or
 * is the article's protagonist, quotation marks, titles ("Ms"), and
 * whether anyone named fits at all. GUM marks every mention's entity in
 * documents of many genres; a ranking model over those learns the weights
 * of that evidence instead of an order. */
#include <stdlib.h>
#include <string.h>

#include "coref.h"

/* ---- pronouns ------------------------------------------------------------ */

static const char *const S_pronouns[] = {"", "he", "him", "his", "himself", "she", "her", "hers", "herself", NULL};

int ng_coref_pronoun(const ng_document *doc, size_t tok)
{
    const char *w = doc->toks[tok].lower;
    if (!w || (w[0] != 'h' && w[0] != 's'))
        return 0;
    for (int k = 1; S_pronouns[k]; k++)
        if (strcmp(w, S_pronouns[k]) == 0)
            return k;
    return 0;
}

char ng_coref_pronoun_gender(int form) { return form <= 4 ? 'm' : 'f'; }

static const char *S_gender(int form) { return form <= 4 ? "m" : "f"; }

/* ---- candidates ------------------------------------------------------------ */

static bool S_person_mention(const ng_document *doc, int m)
{
    return m >= 0 && doc->mentions[m].actor >= 0 && doc->actors[doc->mentions[m].actor].type == NG_ACTOR_PERSON;
}

size_t ng_coref_candidates(const ng_document *doc, size_t tok, ng_coref_candidate *out)
{
    size_t n = 0;
    uint32_t sent = doc->toks[tok].sent;
    for (size_t k = tok; k-- > 0 && n < COREF_MAX_CANDIDATES;) {
        if (sent - doc->toks[k].sent > COREF_WINDOW)
            break;
        int m = ng_mention_at(doc, k);
        if (!S_person_mention(doc, m) || doc->mentions[m].tok_start != k)
            continue;
        bool seen = false;
        for (size_t c = 0; c < n && !seen; c++)
            seen = out[c].actor == doc->mentions[m].actor;
        if (!seen)
            out[n++] = (ng_coref_candidate){doc->mentions[m].actor, m, 0};
    }
    for (size_t m = 0; m < doc->nmention; m++)
        for (size_t c = 0; c < n && doc->mentions[m].tok_start < tok; c++)
            out[c].named += doc->mentions[m].actor == out[c].actor;
    return n;
}

/* ---- features ------------------------------------------------------------ */

static uint64_t S_begin(unsigned tmpl) { return ng_feature_begin(tmpl); }
static uint64_t S_mix(uint64_t h, const char *s) { return ng_feature_mix(h, s); }

static void S_put(uint32_t *out, size_t *n, uint64_t h)
{
    if (*n < COREF_MAX_FEATURES)
        out[(*n)++] = (uint32_t)((h ^ (h >> 29)) & (COREF_BUCKETS - 1));
}

static const char *S_bucket(size_t d)
{
    static const char *const names[] = {"0", "1", "2", "3", "4", "5"};
    return d <= 5 ? names[d] : d <= 8 ? "8" : "far";
}

static const char *S_count_bucket(size_t c)
{
    return c <= 1 ? "1" : c <= 2 ? "2" : c <= 4 ? "4" : c <= 8 ? "8" : "many";
}

static bool S_quoted(const ng_document *doc, size_t k) { return doc->tok_in_quote && doc->tok_in_quote[k]; }

/* The relation of a mention in the parse: that of its token whose head
 * lies outside it, without the subtype ("nsubj", "obl", "compound"). */
static void S_mention_rel(const ng_document *doc, const ng_mention *m, char *buf, size_t size)
{
    const char *rel = "";
    for (size_t k = m->tok_start; k < m->tok_end; k++) {
        int h = ng_dep_head(doc, k);
        if (h < 0 || (size_t)h < m->tok_start || (size_t)h >= m->tok_end) {
            rel = ng_dep_rel(doc, k);
            break;
        }
    }
    size_t l = strcspn(rel, ":");
    if (l >= size)
        l = size - 1;
    memcpy(buf, rel, l);
    buf[l] = 0;
    if (!l)
        snprintf(buf, size, "-");
}

/* The head of a mention: its token whose head lies outside it. */
static size_t S_mention_head(const ng_document *doc, const ng_mention *m)
{
    for (size_t k = m->tok_start; k < m->tok_end; k++) {
        int h = ng_dep_head(doc, k);
        if (h < 0 || (size_t)h < m->tok_start || (size_t)h >= m->tok_end)
            return k;
    }
    return m->tok_start;
}

/* "Volker told the committee he ...": the mention is the subject of a
 * verb the pronoun's clause hangs from. */
static bool S_subject_above(const ng_document *doc, size_t tok, const ng_mention *m)
{
    if (doc->toks[m->tok_start].sent != doc->toks[tok].sent)
        return false;
    size_t head = S_mention_head(doc, m);
    int verb = ng_dep_head(doc, head);
    const char *rel = ng_dep_rel(doc, head);
    if (verb < 0 || strncmp(rel, "nsubj", 5) != 0)
        return false;
    size_t d = 0;
    for (int a = ng_dep_head(doc, tok); a >= 0 && d < 40; a = ng_dep_head(doc, (size_t)a), d++)
        if (a == verb)
            return true;
    return false;
}

/* The first person named in a sentence outside quotation marks. */
static int S_first_person(const ng_document *doc, uint32_t sent)
{
    const ng_sentence *s = &doc->sents[sent];
    for (size_t k = s->tok_start; k < s->tok_end; k++) {
        int m = ng_mention_at(doc, k);
        if (S_person_mention(doc, m) && !S_quoted(doc, k))
            return doc->mentions[m].actor;
    }
    return -1;
}

void ng_coref_given_name(const ng_actor *a, char *buf, size_t size)
{
    const char *name = a->name ? a->name : "";
    size_t l = strcspn(name, " ");
    if (l >= size)
        l = size - 1;
    for (size_t i = 0; i < l; i++)
        buf[i] = (char)((name[i] >= 'A' && name[i] <= 'Z') ? name[i] + 32 : name[i]);
    buf[l] = 0;
}

/* The last word of a title, folded ("ms", "minister", "actress"). */
static void S_title_word(const char *title, char *buf, size_t size)
{
    const char *w = strrchr(title, ' ');
    w = w ? w + 1 : title;
    size_t l = strcspn(w, ".");
    if (l >= size)
        l = size - 1;
    for (size_t i = 0; i < l; i++)
        buf[i] = (char)((w[i] >= 'A' && w[i] <= 'Z') ? w[i] + 32 : w[i]);
    buf[l] = 0;
}

static void S_null_features(const ng_document *doc, size_t tok, const ng_coref_candidate *cands, size_t n,
                            const char *form, const char *prel, const char *pq, uint32_t *out, size_t *nf)
{
    uint32_t sent = doc->toks[tok].sent;
    size_t nearest = n ? sent - doc->toks[doc->mentions[cands[0].mention].tok_start].sent : 99;
    S_put(out, nf, S_begin(1));
    S_put(out, nf, S_mix(S_begin(2), form));
    S_put(out, nf, S_mix(S_begin(3), S_count_bucket(n)));
    S_put(out, nf, S_mix(S_begin(4), S_bucket(nearest)));
    S_put(out, nf, S_mix(S_mix(S_begin(5), pq), S_bucket(nearest)));
    S_put(out, nf, S_mix(S_mix(S_begin(6), prel), S_bucket(nearest)));
    bool subject_near = (S_first_person(doc, sent) >= 0) || (sent > 0 && S_first_person(doc, sent - 1) >= 0);
    S_put(out, nf, S_mix(S_begin(7), subject_near ? "y" : "n"));
}

size_t ng_coref_features(const ng_document *doc, const ng_coref_names *names, size_t tok,
                         const ng_coref_candidate *cands, size_t n, size_t ci, uint32_t *out)
{
    size_t nf = 0;
    int pform = ng_coref_pronoun(doc, tok);
    const char *form = S_pronouns[pform];
    const char *gender = S_gender(pform);
    char prel[24];
    {
        const char *r = ng_dep_rel(doc, tok);
        size_t l = strcspn(r, ":");
        l = l < sizeof prel - 1 ? l : sizeof prel - 1;
        memcpy(prel, r, l);
        prel[l] = 0;
    }
    const char *pq = S_quoted(doc, tok) ? "q" : "-";
    if (ci >= n) {
        S_null_features(doc, tok, cands, n, form, prel, pq, out, &nf);
        return nf;
    }
    const ng_coref_candidate *c = &cands[ci];
    const ng_mention *m = &doc->mentions[c->mention];
    const ng_actor *a = &doc->actors[c->actor];
    uint32_t sent = doc->toks[tok].sent, msent = doc->toks[m->tok_start].sent;
    const char *ds = S_bucket(sent - msent);
    const char *rank = S_bucket(ci);
    char mrel[24];
    S_mention_rel(doc, m, mrel, sizeof mrel);
    const char *mq = S_quoted(doc, m->tok_start) ? "q" : "-";

    S_put(out, &nf, S_mix(S_begin(20), ds));
    S_put(out, &nf, S_mix(S_begin(21), rank));
    S_put(out, &nf, S_mix(S_mix(S_begin(22), rank), ds));
    S_put(out, &nf, S_mix(S_begin(23), mrel));
    S_put(out, &nf, S_mix(S_mix(S_begin(24), mrel), prel));
    S_put(out, &nf, S_mix(S_mix(S_mix(S_begin(25), mrel), prel), ds));
    S_put(out, &nf, S_mix(S_mix(S_begin(26), mrel), ds));
    S_put(out, &nf, S_mix(S_mix(S_begin(27), mq), pq));
    S_put(out, &nf, S_mix(S_mix(S_mix(S_begin(28), mq), pq), ds));
    S_put(out, &nf, S_mix(S_mix(S_begin(29), form), rank));
    S_put(out, &nf, S_mix(S_begin(30), S_subject_above(doc, tok, m) ? "y" : "n"));
    bool first = S_first_person(doc, msent) == c->actor;
    S_put(out, &nf, S_mix(S_mix(S_begin(31), first ? "y" : "n"), ds));
    S_put(out, &nf, S_mix(S_mix(S_begin(32), first ? "y" : "n"), rank));
    size_t count = c->named;
    S_put(out, &nf, S_mix(S_begin(33), S_count_bucket(count)));
    S_put(out, &nf, S_mix(S_mix(S_begin(34), S_count_bucket(count)), ds));
    /* the most named of the candidates: the article's protagonist */
    bool most = true;
    for (size_t k = 0; k < n && most; k++)
        most = k == ci || cands[k].named <= count;
    S_put(out, &nf, S_mix(S_mix(S_begin(35), most ? "y" : "n"), rank));
    /* gender from the given name and the titles */
    char w[48];
    ng_coref_given_name(a, w, sizeof w);
    S_put(out, &nf, S_mix(S_mix(S_begin(36), w), gender));
    /* the gender pronouns gave the name elsewhere (the names table) */
    char known = names ? ng_coref_name_gender(names, w) : 0;
    const char kg[2] = {known ? known : '?', 0};
    S_put(out, &nf, S_mix(S_mix(S_begin(47), kg), gender));
    S_put(out, &nf, S_mix(S_mix(S_mix(S_begin(48), kg), gender), rank));
    for (size_t k = 0; k < a->ntitle && k < 3; k++) {
        S_title_word(a->titles[k], w, sizeof w);
        S_put(out, &nf, S_mix(S_mix(S_begin(37), w), gender));
    }
    if (m->tok_start > 0) {
        S_put(out, &nf, S_mix(S_mix(S_begin(38), doc->toks[m->tok_start - 1].lower ? doc->toks[m->tok_start - 1].lower : ""),
                              gender));
    }
    if (m->title) {
        S_title_word(m->title, w, sizeof w);
        S_put(out, &nf, S_mix(S_mix(S_begin(39), w), gender));
    }
    S_put(out, &nf, S_mix(S_begin(40), m->guessed ? "guessed" : "typed"));
    S_put(out, &nf, S_mix(S_begin(41), doc->art->paras[doc->sents[msent].para].kind == NG_PARA_HEADING ? "h" : "-"));
    /* candidates named in the same sentence as this one: "A met B" */
    size_t same = 0;
    for (size_t k = 0; k < n; k++)
        same += k != ci && doc->toks[doc->mentions[cands[k].mention].tok_start].sent == msent;
    S_put(out, &nf, S_mix(S_mix(S_begin(42), S_count_bucket(same)), mrel));
    /* the rules' answer (actors.c) as evidence, not as the decision */
    bool rules = ng_person_for_pronoun_rules(doc, tok) == c->actor;
    S_put(out, &nf, S_mix(S_begin(44), rules ? "y" : "n"));
    S_put(out, &nf, S_mix(S_mix(S_begin(45), rules ? "y" : "n"), ds));
    S_put(out, &nf, S_mix(S_mix(S_begin(46), rules ? "y" : "n"), most ? "most" : "-"));
    /* the word after the mention: "Smith said", "Smith's" */
    if (m->tok_end < doc->ntok && doc->toks[m->tok_end].lower)
        S_put(out, &nf, S_mix(S_mix(S_begin(43), doc->toks[m->tok_end].lower), prel));
    return nf;
}

/* ---- the names table ------------------------------------------------------------ */

static int S_cmp_name(const void *a, const void *b) { return strcmp(*(const char *const *)a, *(const char *const *)b); }

ng_coref_names *ng_coref_names_parse(const char *text, size_t len, const char *source, ng_error *err)
{
    ng_coref_names *t = calloc(1, sizeof *t);
    if (!t || !(t->text = malloc(len + 1)))
        abort();
    memcpy(t->text, text, len);
    t->text[len] = 0;
    size_t cap = 0;
    long line = 0;
    for (char *l = t->text; *l;) {
        char *end = strchr(l, '\n');
        if (end)
            *end = 0;
        line++;
        char *tab = strchr(l, '\t');
        if (!tab || tab == l || (tab[1] != 'm' && tab[1] != 'f') || tab[2] || strlen(l) != strcspn(l, " ")) {
            ng_error_set(err, source, line, 0, "expected NAME<TAB>m or NAME<TAB>f");
            ng_coref_names_free(t);
            return NULL;
        }
        *tab = 0;
        if (t->n == cap) {
            cap = cap ? 2 * cap : 1024;
            t->name = realloc(t->name, cap * sizeof *t->name);
            t->gender = realloc(t->gender, cap);
            if (!t->name || !t->gender)
                abort();
        }
        t->name[t->n] = l;
        t->gender[t->n++] = tab[1];
        if (t->n > 1 && strcmp(t->name[t->n - 2], l) >= 0) {
            ng_error_set(err, source, line, 0, "names must be sorted and unique");
            ng_coref_names_free(t);
            return NULL;
        }
        if (!end)
            break;
        l = end + 1;
    }
    return t;
}

void ng_coref_names_free(ng_coref_names *t)
{
    if (!t)
        return;
    free(t->text);
    free(t->name);
    free(t->gender);
    free(t);
}

char ng_coref_name_gender(const ng_coref_names *t, const char *folded)
{
    if (!t || !t->n)
        return 0;
    const char **hit = bsearch(&folded, t->name, t->n, sizeof *t->name, S_cmp_name);
    return hit ? t->gender[hit - t->name] : 0;
}

int ng_coref_sure_person(const ng_document *doc, size_t tok)
{
    if (!ng_coref_pronoun(doc, tok) || S_quoted(doc, tok))
        return -1;
    ng_coref_candidate cands[COREF_MAX_CANDIDATES];
    size_t n = ng_coref_candidates(doc, tok, cands);
    if (n == 0 || S_quoted(doc, doc->mentions[cands[0].mention].tok_start))
        return -1;
    uint32_t sent = doc->toks[tok].sent;
    if (sent - doc->toks[doc->mentions[cands[0].mention].tok_start].sent > 1)
        return -1;
    /* nobody else named in those sentences, not even someone the rules
     * did not take for a person */
    if (n > 1 && sent - doc->toks[doc->mentions[cands[1].mention].tok_start].sent <= 2)
        return -1;
    return cands[0].actor;
}

/* ---- the decision ------------------------------------------------------------ */

float ng_coref_score(const ng_coref_model *m, const uint32_t *f, size_t nf)
{
    const ng_linear view = {.w = m->w, .q = m->q, .scale = m->scale};
    return ng_linear_sum(&view, f, nf);
}

size_t ng_coref_best(const ng_coref_model *m, const uint32_t *feats, const uint8_t *nf, size_t n)
{
    size_t best = n;
    float best_score = ng_coref_score(m, feats + n * COREF_MAX_FEATURES, nf[n]);
    for (size_t c = 0; c < n; c++) {
        float s = ng_coref_score(m, feats + c * COREF_MAX_FEATURES, nf[c]);
        if (s > best_score) {
            best_score = s;
            best = c;
        }
    }
    return best;
}

int ng_coref_resolve(const ng_coref_model *m, const ng_document *doc, size_t tok)
{
    if (!ng_coref_pronoun(doc, tok))
        return -1;
    ng_coref_candidate cands[COREF_MAX_CANDIDATES];
    size_t n = ng_coref_candidates(doc, tok, cands);
    uint32_t f[(COREF_MAX_CANDIDATES + 1) * COREF_MAX_FEATURES];
    uint8_t nf[COREF_MAX_CANDIDATES + 1];
    for (size_t c = 0; c <= n; c++)
        nf[c] = (uint8_t)ng_coref_features(doc, m->names, tok, cands, n, c, f + c * COREF_MAX_FEATURES);
    size_t best = ng_coref_best(m, f, nf, n);
    return best < n ? cands[best].actor : -1;
}

/* ---- the model file ------------------------------------------------------------ */

static const ng_weights_format S_format = {"NGCORMDL", "pronoun model", 1u, 1u, COREF_HASH_BITS};

ng_coref_model *ng_coref_model_new(void)
{
    ng_coref_model *m = calloc(1, sizeof *m);
    if (!m || !(m->w = calloc(COREF_BUCKETS, sizeof *m->w)))
        abort();
    return m;
}

void ng_coref_model_free(ng_coref_model *m)
{
    if (!m)
        return;
    free(m->w);
    free(m->q);
    ng_coref_names_free(m->names);
    free(m);
}

int ng_coref_model_save(const ng_coref_model *m, const char *path, ng_error *err)
{
    if (!m->w) {
        ng_error_set(err, path, 0, 0, "only a trained model can be saved");
        return -1;
    }
    ng_buf extra = {0};
    for (size_t i = 0; m->names && i < m->names->n; i++) {
        ng_buf_adds(&extra, m->names->name[i]);
        ng_buf_addc(&extra, '\t');
        ng_buf_addc(&extra, m->names->gender[i]);
        ng_buf_addc(&extra, '\n');
    }
    int rc = ng_weights_save(&S_format, path, m->w, COREF_BUCKETS, (const unsigned char *)extra.data,
                             (uint32_t)extra.len, err);
    ng_buf_free(&extra);
    return rc;
}

ng_coref_model *ng_coref_model_read(const unsigned char *data, size_t len, const char *source, ng_error *err)
{
    float scale;
    unsigned char *extra;
    uint32_t nextra;
    int16_t *q = ng_weights_read(&S_format, data, len, COREF_BUCKETS, source, &scale, &extra, &nextra, err);
    if (!q)
        return NULL;
    ng_coref_names *names = NULL;
    if (nextra && !(names = ng_coref_names_parse((const char *)extra, nextra, source, err))) {
        free(extra);
        free(q);
        return NULL;
    }
    free(extra);
    ng_coref_model *m = calloc(1, sizeof *m);
    if (!m)
        abort();
    m->q = q;
    m->scale = scale;
    m->names = names;
    return m;
}

ng_coref_model *ng_coref_model_load(const char *path, ng_error *err)
{
    ng_buf b = {0};
    ng_coref_model *m = NULL;
    if (ng_read_file(path, &b, err) == 0)
        m = ng_coref_model_read((const unsigned char *)b.data, b.len, path, err);
    ng_buf_free(&b);
    return m;
}

/* The model linked into the binary (coref_model.S or the empty stub). */
extern const unsigned char ng_coref_model_data[];
extern const unsigned long long ng_coref_model_size;

const ng_coref_model *ng_coref_builtin(ng_context *ctx, ng_error *err)
{
    pthread_mutex_lock(&ctx->lock);
    if (!ctx->coref && ng_coref_model_size > 0)
        ctx->coref = ng_coref_model_read(ng_coref_model_data, (size_t)ng_coref_model_size, "built-in pronoun model",
                                         err);
    const ng_coref_model *m = ctx->coref;
    pthread_mutex_unlock(&ctx->lock);
    return m;
}
