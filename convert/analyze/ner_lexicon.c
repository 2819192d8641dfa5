/* ner_lexicon.c -- the NER tagger's word classes: a file read into one hash
 * table, and the writer that derives such a file from the rules' lexicon.
 * Why a file of its own: see ner_lexicon.h. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "ner_lexicon.h"

/* the class names of the file, in bit order */
static const struct {
    const char *name;
    uint32_t bit;
} S_classes[] = {
    {"country", LEX_COUNTRY},     {"city", LEX_CITY},
    {"region", LEX_REGION},       {"organization", LEX_ORG},
    {"demonym", LEX_DEMONYM},     {"title-head", LEX_TITLE_HEAD},
    {"title-modifier", LEX_TITLE_MOD}, {"org-word", LEX_ORG_WORD},
    {"stop", LEX_STOP},           {"title-abbreviation", LEX_TITLE_ABBR},
    {"speech-verb", LEX_SPEECH},  {"phrase", LEX_PHRASE},
};
#define NCLASSES (sizeof S_classes / sizeof S_classes[0])

typedef struct {
    char *key;
    uint32_t bits;
} entry;

struct ng_ner_lexicon {
    entry *slots;
    size_t cap, n;
};

static entry *S_slot(const ng_ner_lexicon *nl, const char *key, size_t n)
{
    size_t i = ng_fnv1a(key, n) & (nl->cap - 1);
    while (nl->slots[i].key && (strncmp(nl->slots[i].key, key, n) != 0 || nl->slots[i].key[n] != '\0'))
        i = (i + 1) & (nl->cap - 1);
    return &nl->slots[i];
}

static void S_grow(ng_ner_lexicon *nl)
{
    ng_ner_lexicon old = *nl;
    nl->cap = old.cap ? old.cap * 2 : 1024;
    nl->slots = calloc(nl->cap, sizeof *nl->slots);
    if (!nl->slots)
        abort();
    for (size_t i = 0; i < old.cap; i++)
        if (old.slots[i].key)
            *S_slot(nl, old.slots[i].key, strlen(old.slots[i].key)) = old.slots[i];
    free(old.slots);
}

/* Add bits to key's classes. */
static void S_add(ng_ner_lexicon *nl, const char *key, size_t n, uint32_t bits)
{
    if ((nl->n + 1) * 2 > nl->cap)
        S_grow(nl);
    entry *e = S_slot(nl, key, n);
    if (!e->key) {
        e->key = malloc(n + 1);
        if (!e->key)
            abort();
        memcpy(e->key, key, n);
        e->key[n] = '\0';
        nl->n++;
    }
    e->bits |= bits;
}

uint32_t ng_ner_lexicon_classes(const ng_ner_lexicon *nl, const char *folded)
{
    if (!nl || !nl->cap)
        return 0;
    const entry *e = S_slot(nl, folded, strlen(folded));
    return e->key ? e->bits : 0;
}

void ng_ner_lexicon_free(ng_ner_lexicon *nl)
{
    if (!nl)
        return;
    for (size_t i = 0; i < nl->cap; i++)
        free(nl->slots[i].key);
    free(nl->slots);
    free(nl);
}

/* The bits of "class,class" (length n); 0 with *bad set on an unknown name. */
static uint32_t S_parse_classes(const char *p, size_t n, bool *bad)
{
    uint32_t bits = 0;
    const char *end = p + n;
    while (p < end) {
        const char *comma = memchr(p, ',', (size_t)(end - p));
        size_t len = (size_t)((comma ? comma : end) - p);
        size_t k = 0;
        while (k < NCLASSES && (strlen(S_classes[k].name) != len || memcmp(S_classes[k].name, p, len) != 0))
            k++;
        if (k == NCLASSES) {
            *bad = true;
            return 0;
        }
        bits |= S_classes[k].bit;
        p = comma ? comma + 1 : end;
    }
    return bits;
}

ng_ner_lexicon *ng_ner_lexicon_parse(const char *text, size_t len, const char *source, ng_error *err)
{
    ng_ner_lexicon *nl = calloc(1, sizeof *nl);
    if (!nl)
        abort();
    size_t line = 0;
    for (const char *p = text, *end = text + len; p < end;) {
        const char *nlp = memchr(p, '\n', (size_t)(end - p));
        const char *eol = nlp ? nlp : end;
        line++;
        if (eol > p && eol[-1] == '\r')
            eol--;
        if (eol > p && *p != '#') {
            const char *tab = memchr(p, '\t', (size_t)(eol - p));
            bool bad = !tab || tab == p;
            uint32_t bits = bad ? 0 : S_parse_classes(tab + 1, (size_t)(eol - tab - 1), &bad);
            if (bad || !bits) {
                ng_error_set(err, source, line, 0, "expected \"word<TAB>class,class\" with classes among country, "
                                                   "city, region, organization, demonym, title-head, ...");
                ng_ner_lexicon_free(nl);
                return NULL;
            }
            size_t klen = (size_t)(tab - p);
            S_add(nl, p, klen, bits);
            /* the first word of a phrase opens the search for it */
            const char *sp = memchr(p, ' ', klen);
            if ((bits & LEX_PHRASE) && sp)
                S_add(nl, p, (size_t)(sp - p), LEX_PHRASE_START);
        }
        p = nlp ? nlp + 1 : end;
    }
    return nl;
}

ng_ner_lexicon *ng_ner_lexicon_load(const char *path, ng_error *err)
{
    ng_buf b = {0};
    ng_ner_lexicon *nl = NULL;
    if (ng_read_file(path, &b, err) == 0)
        nl = ng_ner_lexicon_parse(b.data, b.len, path, err);
    ng_buf_free(&b);
    return nl;
}

extern const char ng_embedded_ner_lexicon[];
static ng_ner_lexicon *g_builtin;
static pthread_once_t g_builtin_once = PTHREAD_ONCE_INIT;

static void S_load_builtin(void)
{
    ng_error err = {0};
    g_builtin = ng_ner_lexicon_parse(ng_embedded_ner_lexicon, strlen(ng_embedded_ner_lexicon),
                                     "models/ner-en-lexicon.tsv", &err);
    if (!g_builtin) {
        /* the file is checked by the tests: a build that breaks it is a bug */
        fprintf(stderr, "newsgraph: %s:%ld: %s\n", err.source, err.line, err.text);
        abort();
    }
}

const ng_ner_lexicon *ng_ner_lexicon_builtin(void)
{
    pthread_once(&g_builtin_once, S_load_builtin);
    return g_builtin;
}

/* ---- writing the classes of the rules' lexicon ---------------------------- */

/* The classes the rules' lexicon gives a folded word or phrase: the same
 * lookups the features made before the tagger had a file of its own. */
static uint32_t S_rules_classes(const ng_lexicon *lex, const char *f)
{
    uint32_t c = 0;
    const ng_lex_entry *e = ng_lex_name(lex, f);
    if (e) {
        if (e->kind == NG_ACTOR_ORG)
            c |= LEX_ORG;
        else if (e->place_kind == NG_PLACE_COUNTRY)
            c |= LEX_COUNTRY;
        else if (e->place_kind == NG_PLACE_CITY)
            c |= LEX_CITY;
        else
            c |= LEX_REGION;
    }
    static const struct {
        bool (*in)(const ng_lexicon *, const char *);
        uint32_t bit;
    } lists[] = {{ng_lex_is_tagger_title_head, LEX_TITLE_HEAD}, {ng_lex_is_tagger_title_mod, LEX_TITLE_MOD},
                 {ng_lex_is_title_abbreviation, LEX_TITLE_ABBR}, {ng_lex_is_org_word, LEX_ORG_WORD},
                 {ng_lex_is_stop_cap, LEX_STOP}};
    for (size_t li = 0; li < sizeof lists / sizeof lists[0]; li++)
        if (lists[li].in(lex, f))
            c |= lists[li].bit;
    if (ng_lex_demonym(lex, f))
        c |= LEX_DEMONYM;
    if (ng_lex_speech_verb(lex, f))
        c |= LEX_SPEECH;
    if (strchr(f, ' ') && (e || ng_lex_demonym(lex, f)))
        c |= LEX_PHRASE;
    return c;
}

typedef struct {
    char **keys;
    size_t n, cap;
} key_list;

static void S_collect(const char *key, void *arg)
{
    key_list *kl = arg;
    /* a word list's key is "list\x1fword" */
    const char *sep = strchr(key, '\x1f');
    if (sep)
        key = sep + 1;
    if (!*key || *key == '#' || strpbrk(key, "\t\n\r"))
        return;
    if (kl->n == kl->cap) {
        kl->cap = kl->cap ? kl->cap * 2 : 4096;
        kl->keys = realloc(kl->keys, kl->cap * sizeof *kl->keys);
        if (!kl->keys)
            abort();
    }
    kl->keys[kl->n++] = (char *)key;
}

static int S_cmp(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

int ng_ner_lexicon_write(const ng_lexicon *lex, FILE *out)
{
    key_list kl = {0};
    ng_lex_each_key(lex, S_collect, &kl);
    if (kl.n)
        qsort(kl.keys, kl.n, sizeof *kl.keys, S_cmp);
    fputs("# The word classes the NER tagger's features read (docs/ner.md), written by\n"
          "# `newsgraph train-ner --write-lexicon` from the rules' lexicon; the shipped\n"
          "# model was trained with this file. word<TAB>classes\n",
          out);
    for (size_t i = 0; i < kl.n; i++) {
        if (i && strcmp(kl.keys[i], kl.keys[i - 1]) == 0)
            continue;
        uint32_t c = S_rules_classes(lex, kl.keys[i]);
        if (!c)
            continue;
        fputs(kl.keys[i], out);
        const char *sep = "\t";
        for (size_t k = 0; k < NCLASSES; k++)
            if (c & S_classes[k].bit) {
                fprintf(out, "%s%s", sep, S_classes[k].name);
                sep = ",";
            }
        fputc('\n', out);
    }
    free(kl.keys);
    return ferror(out) ? -1 : 0;
}
