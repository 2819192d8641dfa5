/* lexicon.c -- general-knowledge word lists (lexicon_data.h and the word
 * files of schemas/) behind folded-string hash tables. The bundled lexicon
 * is built at build time into an image (newsgraph-image, model_image.c)
 * and used in place; a lexicon that --event-triggers extends is built
 * here at run time. Keys live in one blob, slots hold offsets into it, so
 * that both are the same arrays. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "lexicon_data.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

typedef struct {
    uint32_t key;             /* 1 + the key's offset in the blob; 0: empty */
    int32_t value;
} slot;

typedef struct {
    slot *slots;
    size_t cap, n;
    ng_buf *blob;             /* where the keys live: the lexicon's */
} table;

struct ng_lexicon {
    ng_lex_entry *entries;
    size_t nentry, cap_entry;
    char **strings;            /* owned canonical names (NULL in an image) */
    char **classes;            /* event class names (in pool), indexed by trigger value */
    size_t nclass, cap_class;
    ng_arena pool;             /* class names: built in one go, freed in one go */
    ng_buf blob;               /* the keys, NUL-terminated */
    bool borrowed;             /* blob and slots lie in an image: not freed, never extended */
    bool closed;               /* the bundled files are in: a new event class is an error */
    table names, demonyms, capitals, firsts, title_heads, title_mods, org_words, stop_caps, groups,
        speech, triggers, event_classes, abbrevs, title_abbrevs, courtesy, company_nouns,
        company_holdings, storm_words, result_verbs, contest_words, eponym_heads, era_words, happening_heads,
        public_bodies, body_nouns, product_nouns, place_heads, envoy_heads, name_suffixes, people_names,
        name_particles, person_nouns, class_index, event_class_names, word_lists, list_names;
};

static uint64_t S_hash(const char *s)
{
    uint64_t h = 1469598103934665603ULL;
    for (; *s; s++) {
        h ^= (unsigned char)*s;
        h *= 1099511628211ULL;
    }
    return h;
}

static const char *S_key(const table *t, const slot *s) { return t->blob->data + s->key - 1; }

/* Rehash into cap slots (a power of two), or double when cap is 0. */
static void S_table_resize(table *t, size_t cap)
{
    table old = *t;
    t->cap = cap ? cap : old.cap ? old.cap * 2 : 64;
    t->slots = calloc(t->cap, sizeof(slot));
    for (size_t i = 0; i < old.cap; i++)
        if (old.slots[i].key) {
            size_t j = S_hash(S_key(&old, &old.slots[i])) & (t->cap - 1);
            while (t->slots[j].key)
                j = (j + 1) & (t->cap - 1);
            t->slots[j] = old.slots[i];
        }
    free(old.slots);
}

static void S_table_put(table *t, const char *key, int value, bool overwrite)
{
    if ((t->n + 1) * 2 > t->cap)
        S_table_resize(t, 0);
    size_t i = S_hash(key) & (t->cap - 1);
    while (t->slots[i].key) {
        if (strcmp(S_key(t, &t->slots[i]), key) == 0) {
            if (overwrite)
                t->slots[i].value = value;
            return;
        }
        i = (i + 1) & (t->cap - 1);
    }
    t->slots[i].key = (uint32_t)t->blob->len + 1;
    ng_buf_add(t->blob, key, strlen(key) + 1);
    t->slots[i].value = value;
    t->n++;
}

static int S_table_get(const table *t, const char *key)
{
    if (!t->cap)
        return -1;
    size_t i = S_hash(key) & (t->cap - 1);
    while (t->slots[i].key) {
        if (strcmp(S_key(t, &t->slots[i]), key) == 0)
            return t->slots[i].value;
        i = (i + 1) & (t->cap - 1);
    }
    return -1;
}

/* Room for n more keys without growing (a file of thousands of lines is
 * put at once: no rehashing on the way). */
static void S_table_reserve(table *t, size_t n)
{
    size_t cap = t->cap ? t->cap : 64;
    while ((t->n + n + 1) * 2 > cap)
        cap *= 2;
    if (cap != t->cap)
        S_table_resize(t, cap);
}

/* Insert key folded; first writer wins so countries beat later aliases. */
/* set while building: first words of multi-word keys (per thread: worker
 * threads build their contexts' lexicons side by side) */
static _Thread_local table *g_firsts;

static void S_put_folded(table *t, const char *key, int value)
{
    char *f = ng_text_fold(key, strlen(key));
    S_table_put(t, f, value, false);
    char *sp = strchr(f, ' ');
    if (sp && g_firsts) {
        *sp = '\0';
        S_table_put(g_firsts, f, 1, false);
    }
    free(f);
}

static int S_add_entry(ng_lexicon *lex, const char *name, size_t n, int kind, int place_kind, int country)
{
    if (lex->nentry == lex->cap_entry) {
        lex->cap_entry = lex->cap_entry ? lex->cap_entry * 2 : 256;
        lex->entries = realloc(lex->entries, lex->cap_entry * sizeof *lex->entries);
        lex->strings = realloc(lex->strings, lex->cap_entry * sizeof *lex->strings);
    }
    char *copy = malloc(n + 1);
    memcpy(copy, name, n);
    copy[n] = '\0';
    lex->strings[lex->nentry] = copy;
    ng_lex_entry *e = &lex->entries[lex->nentry];
    e->name = copy;
    e->kind = kind;
    e->place_kind = place_kind;
    e->country = country;
    return (int)lex->nentry++;
}

/* Split "a;b;c" and call put for each part. */
static void S_each(const char *s, size_t n, table *t, int value)
{
    size_t i = 0;
    while (i < n) {
        size_t j = i;
        while (j < n && s[j] != ';')
            j++;
        if (j > i) {
            char buf[128];
            size_t len = j - i < sizeof buf - 1 ? j - i : sizeof buf - 1;
            memcpy(buf, s + i, len);
            buf[len] = '\0';
            S_put_folded(t, buf, value);
        }
        i = j + 1;
    }
}

/* Fields of "a|b|c|d". */
static int S_fields(const char *s, const char *start[4], size_t len[4])
{
    int k = 0;
    const char *p = s;
    while (k < 4) {
        const char *bar = strchr(p, '|');
        start[k] = p;
        len[k] = bar ? (size_t)(bar - p) : strlen(p);
        k++;
        if (!bar)
            break;
        p = bar + 1;
    }
    for (int i = k; i < 4; i++) {
        start[i] = "";
        len[i] = 0;
    }
    return k;
}

static int S_find_country(ng_lexicon *lex, const char *name)
{
    char *f = ng_text_fold(name, strlen(name));
    int v = S_table_get(&lex->names, f);
    free(f);
    if (v >= 0 && lex->entries[v].place_kind == NG_PLACE_COUNTRY)
        return v;
    return -1;
}

static void S_set(table *t, const char *const *words, size_t n)
{
    for (size_t i = 0; i < n; i++)
        S_put_folded(t, words[i], 1);
}

static int S_add_classed(ng_lexicon *lex, table *t, const char *text, size_t len, const char *source, ng_error *err);
static int S_add_word_lists(ng_lexicon *lex, const char *text, size_t len, const char *source, ng_error *err);

/* Every table of lex into out (room for LEX_TABLES); their number. */
enum { LEX_TABLES = 40 };
static size_t S_tables(ng_lexicon *lex, table **out)
{
    table *ts[] = {&lex->names, &lex->demonyms, &lex->capitals, &lex->firsts, &lex->title_heads, &lex->title_mods,
                   &lex->org_words, &lex->stop_caps, &lex->groups, &lex->speech, &lex->triggers,
                   &lex->event_classes, &lex->abbrevs, &lex->title_abbrevs, &lex->courtesy, &lex->company_nouns,
                   &lex->company_holdings, &lex->storm_words, &lex->result_verbs, &lex->contest_words,
                   &lex->eponym_heads, &lex->era_words, &lex->happening_heads, &lex->public_bodies, &lex->body_nouns,
                   &lex->product_nouns, &lex->place_heads, &lex->envoy_heads, &lex->name_suffixes, &lex->people_names,
                   &lex->name_particles, &lex->person_nouns, &lex->class_index, &lex->event_class_names,
                   &lex->word_lists, &lex->list_names};
    _Static_assert(sizeof ts / sizeof ts[0] <= LEX_TABLES, "LEX_TABLES too small");
    memcpy(out, ts, sizeof ts);
    return COUNT(ts);
}

ng_lexicon *ng_lexicon_new(void)
{
    ng_lexicon *lex = calloc(1, sizeof *lex);
    if (!lex)
        return NULL;
    ng_arena_init(&lex->pool);
    table *ts[LEX_TABLES];
    for (size_t i = 0, n = S_tables(lex, ts); i < n; i++)
        ts[i]->blob = &lex->blob;
    g_firsts = &lex->firsts;
    for (size_t i = 0; i < COUNT(COUNTRIES); i++) {
        const char *f[4];
        size_t l[4];
        S_fields(COUNTRIES[i], f, l);
        int c = S_add_entry(lex, f[0], l[0], NG_ACTOR_PLACE, NG_PLACE_COUNTRY, -1);
        lex->entries[c].country = c;
        char name[128];
        snprintf(name, sizeof name, "%.*s", (int)l[0], f[0]);
        S_put_folded(&lex->names, name, c);
        S_each(f[1], l[1], &lex->names, c);
        S_each(f[2], l[2], &lex->demonyms, c);
        if (l[3]) {
            int cap = S_add_entry(lex, f[3], l[3], NG_ACTOR_PLACE, NG_PLACE_CITY, c);
            snprintf(name, sizeof name, "%.*s", (int)l[3], f[3]);
            S_put_folded(&lex->names, name, cap);
            S_put_folded(&lex->capitals, name, c);
        }
    }
    for (size_t i = 0; i < COUNT(CITIES); i++) {
        const char *f[4];
        size_t l[4];
        S_fields(CITIES[i], f, l);
        char name[128];
        snprintf(name, sizeof name, "%.*s", (int)l[1], f[1]);
        char *folded = ng_text_fold(name, strlen(name));
        int country = l[1] ? S_table_get(&lex->names, folded) : -1;
        free(folded);
        int e = S_add_entry(lex, f[0], l[0], NG_ACTOR_PLACE, NG_PLACE_CITY, country);
        snprintf(name, sizeof name, "%.*s", (int)l[0], f[0]);
        S_put_folded(&lex->names, name, e);
    }
    for (size_t i = 0; i < COUNT(REGIONS); i++) {
        const char *f[4];
        size_t l[4];
        S_fields(REGIONS[i], f, l);
        int kind = (l[1] && f[1][0] == 'c') ? NG_PLACE_CONTINENT : NG_PLACE_REGION;
        int country = l[1] && f[1][0] == 's' ? S_find_country(lex, "United States") : -1;
        int e = S_add_entry(lex, f[0], l[0], NG_ACTOR_PLACE, kind, country);
        S_put_folded(&lex->names, lex->entries[e].name, e);
        S_each(f[2], l[2], &lex->names, e);
    }
    for (size_t i = 0; i < COUNT(ORGANIZATIONS); i++) {
        const char *f[4];
        size_t l[4];
        S_fields(ORGANIZATIONS[i], f, l);
        int country = -1;
        if (l[2]) {
            char name[128];
            snprintf(name, sizeof name, "%.*s", (int)l[2], f[2]);
            country = S_find_country(lex, name);
        }
        int e = S_add_entry(lex, f[0], l[0], NG_ACTOR_ORG, 0, country);
        S_put_folded(&lex->names, lex->entries[e].name, e);
        S_each(f[1], l[1], &lex->names, e);
    }
    S_set(&lex->title_heads, TITLE_HEADS, COUNT(TITLE_HEADS));
    S_set(&lex->title_mods, TITLE_MODIFIERS, COUNT(TITLE_MODIFIERS));
    S_set(&lex->org_words, ORG_WORDS, COUNT(ORG_WORDS));
    S_set(&lex->stop_caps, STOP_CAPS, COUNT(STOP_CAPS));
    S_set(&lex->groups, GROUP_NOUNS, COUNT(GROUP_NOUNS));
    S_set(&lex->abbrevs, ABBREVIATIONS, COUNT(ABBREVIATIONS));
    S_set(&lex->title_abbrevs, TITLE_ABBREVIATIONS, COUNT(TITLE_ABBREVIATIONS));
    S_set(&lex->courtesy, COURTESY_TITLES, COUNT(COURTESY_TITLES));
    S_set(&lex->company_nouns, COMPANY_NOUNS, COUNT(COMPANY_NOUNS));
    S_set(&lex->company_holdings, COMPANY_HOLDINGS, COUNT(COMPANY_HOLDINGS));
    S_set(&lex->storm_words, STORM_WORDS, COUNT(STORM_WORDS));
    S_set(&lex->result_verbs, RESULT_VERBS, COUNT(RESULT_VERBS));
    S_set(&lex->contest_words, CONTEST_WORDS, COUNT(CONTEST_WORDS));
    S_set(&lex->eponym_heads, EPONYM_HEADS, COUNT(EPONYM_HEADS));
    S_set(&lex->era_words, ERA_WORDS, COUNT(ERA_WORDS));
    S_set(&lex->happening_heads, HAPPENING_HEADS, COUNT(HAPPENING_HEADS));
    S_set(&lex->public_bodies, PUBLIC_BODY_WORDS, COUNT(PUBLIC_BODY_WORDS));
    S_set(&lex->body_nouns, BODY_NOUNS, COUNT(BODY_NOUNS));
    S_set(&lex->envoy_heads, ENVOY_HEADS, COUNT(ENVOY_HEADS));
    S_set(&lex->name_suffixes, NAME_SUFFIXES, COUNT(NAME_SUFFIXES));
    S_set(&lex->people_names, PEOPLE_NAMES, COUNT(PEOPLE_NAMES));
    S_set(&lex->name_particles, NAME_PARTICLES, COUNT(NAME_PARTICLES));
    S_set(&lex->product_nouns, PRODUCT_NOUNS, COUNT(PRODUCT_NOUNS));
    S_set(&lex->place_heads, PLACE_HEADS, COUNT(PLACE_HEADS));
    for (size_t i = 0; i < COUNT(SPEECH_VERBS); i++) {
        const char *bar = strchr(SPEECH_VERBS[i], '|');
        char w[64];
        snprintf(w, sizeof w, "%.*s", (int)(bar - SPEECH_VERBS[i]), SPEECH_VERBS[i]);
        S_put_folded(&lex->speech, w, bar[1] - '0');
    }
    ng_error err = {0};
    if (ng_lexicon_add_triggers(lex, ng_embedded_triggers, strlen(ng_embedded_triggers),
                                "schemas/event-triggers.tsv", &err) != 0) {
        fprintf(stderr, "newsgraph: %s: %s\n", err.source, err.text);
        abort(); /* the bundled list is checked by the tests */
    }
    if (S_add_classed(lex, &lex->event_classes, ng_embedded_event_classes, strlen(ng_embedded_event_classes),
                      "schemas/event-classes.tsv", &err) != 0 ||
        S_add_classed(lex, &lex->person_nouns, ng_embedded_person_nouns, strlen(ng_embedded_person_nouns),
                      "schemas/person-nouns.tsv", &err) != 0 ||
        S_add_word_lists(lex, ng_embedded_word_lists, strlen(ng_embedded_word_lists), "schemas/word-lists.tsv",
                         &err) != 0) {
        fprintf(stderr, "newsgraph: %s: %s\n", err.source, err.text);
        abort();
    }
    g_firsts = NULL;
    /* the class events.c gives what no list classes, in the vocabulary too */
    S_table_put(&lex->event_class_names, "Occurrence", 1, false);
    lex->closed = true;
    return lex;
}

void ng_lexicon_free(ng_lexicon *lex)
{
    if (!lex)
        return;
    for (size_t i = 0; lex->strings && i < lex->nentry; i++)
        free(lex->strings[i]);
    free(lex->strings);
    free(lex->entries);
    free(lex->classes);
    table *ts[LEX_TABLES];
    for (size_t i = 0, n = S_tables(lex, ts); i < n && !lex->borrowed; i++)
        free(ts[i]->slots);
    if (!lex->borrowed)
        ng_buf_free(&lex->blob);
    ng_arena_release(&lex->pool);
    free(lex);
}

/* ---- the image ------------------------------------------------------------ */

typedef struct {
    uint32_t name;            /* offset in the blob */
    int32_t kind, place_kind, country;
} image_entry;

/* One image section per table (LEX_TABLES of them). */
static const char *const TABLE_SECTIONS[] = {"lt0",  "lt1",  "lt2",  "lt3",  "lt4",  "lt5",  "lt6",  "lt7",
                                             "lt8",  "lt9",  "lt10", "lt11", "lt12", "lt13", "lt14", "lt15",
                                             "lt16", "lt17", "lt18", "lt19", "lt20", "lt21", "lt22", "lt23",
                                             "lt24", "lt25", "lt26", "lt27", "lt28", "lt29", "lt30", "lt31",
                                             "lt32", "lt33", "lt34", "lt35", "lt36", "lt37", "lt38", "lt39"};
_Static_assert(COUNT(TABLE_SECTIONS) == LEX_TABLES, "one image section per table");

int ng_lexicon_image(ng_lexicon *lex, const char *path, ng_error *err)
{
    ng_image_writer w = {0};
    ng_buf blob = {0};
    ng_buf_add(&blob, lex->blob.data ? lex->blob.data : "", lex->blob.len);
    image_entry *entries = calloc(lex->nentry + 1, sizeof *entries);
    uint32_t *classes = calloc(lex->nclass + 1, sizeof *classes);
    for (size_t i = 0; i < lex->nentry; i++) {
        const ng_lex_entry *e = &lex->entries[i];
        entries[i] = (image_entry){(uint32_t)blob.len, e->kind, e->place_kind, e->country};
        ng_buf_add(&blob, e->name, strlen(e->name) + 1);
    }
    for (size_t i = 0; i < lex->nclass; i++) {
        classes[i] = (uint32_t)blob.len;
        ng_buf_add(&blob, lex->classes[i], strlen(lex->classes[i]) + 1);
    }
    table *ts[LEX_TABLES];
    size_t nt = S_tables(lex, ts);
    uint64_t sizes[2 * LEX_TABLES];
    for (size_t k = 0; k < nt; k++) {
        sizes[2 * k] = ts[k]->cap;
        sizes[2 * k + 1] = ts[k]->n;
        ng_image_add(&w, TABLE_SECTIONS[k], ts[k]->slots, ts[k]->cap * sizeof(slot));
    }
    ng_image_add(&w, "lex.tables", sizes, 2 * nt * sizeof *sizes);
    ng_image_add(&w, "lex.blob", blob.data, blob.len);
    ng_image_add(&w, "lex.entries", entries, lex->nentry * sizeof *entries);
    ng_image_add(&w, "lex.classes", classes, lex->nclass * sizeof *classes);
    int rc = ng_image_write(&w, path, err);
    ng_image_writer_free(&w);
    ng_buf_free(&blob);
    free(entries);
    free(classes);
    return rc;
}

ng_lexicon *ng_lexicon_from_image(const unsigned char *data, size_t len)
{
    ng_lexicon *lex = calloc(1, sizeof *lex);
    if (!lex)
        abort();
    lex->borrowed = true;
    lex->closed = true;
    ng_arena_init(&lex->pool);
    table *ts[LEX_TABLES];
    size_t nt = S_tables(lex, ts), blob_len, nentry, nclass;
    const char *blob = ng_image_get(data, len, "lex.blob", &blob_len);
    const uint64_t *sizes = ng_image_array(data, len, "lex.tables", sizeof *sizes, 2 * nt);
    const image_entry *entries = ng_image_get(data, len, "lex.entries", &nentry);
    const uint32_t *classes = ng_image_get(data, len, "lex.classes", &nclass);
    bool ok = blob && sizes && entries && classes && blob_len && blob[blob_len - 1] == '\0';
    /* the arrays are never written: the image is read-only */
    lex->blob = (ng_buf){(char *)blob, blob_len, 0};
    for (size_t k = 0; ok && k < nt; k++) {
        ts[k]->blob = &lex->blob;
        ts[k]->cap = (size_t)sizes[2 * k];
        ts[k]->n = (size_t)sizes[2 * k + 1];
        ts[k]->slots = (slot *)ng_image_array(data, len, TABLE_SECTIONS[k], sizeof(slot), ts[k]->cap);
        ok = (ts[k]->slots || !ts[k]->cap) && !(ts[k]->cap & (ts[k]->cap - 1));
    }
    nentry = ok ? nentry / sizeof *entries : 0;
    nclass = ok ? nclass / sizeof *classes : 0;
    lex->entries = calloc(nentry + 1, sizeof *lex->entries);
    lex->classes = calloc(nclass + 1, sizeof *lex->classes);
    for (size_t i = 0; ok && i < nentry; i++) {
        ok = entries[i].name < blob_len;
        lex->entries[i] = (ng_lex_entry){blob + entries[i].name, entries[i].kind, entries[i].place_kind,
                                         entries[i].country};
    }
    for (size_t i = 0; ok && i < nclass; i++) {
        ok = classes[i] < blob_len;
        lex->classes[i] = (char *)blob + classes[i];
    }
    lex->nentry = nentry;
    lex->nclass = nclass;
    if (!ok) {
        ng_lexicon_free(lex);
        return NULL;
    }
    return lex;
}

/* The name respelled by SPELLING_VARIANTS into out; false when nothing
 * changed or it does not fit. */
static bool S_respelled(const char *folded, char *out, size_t cap)
{
    bool changed = false;
    size_t o = 0;
    for (const char *p = folded; *p;) {
        size_t k = 0;
        for (; k < COUNT(SPELLING_VARIANTS); k++)
            if (!strncmp(p, SPELLING_VARIANTS[k][0], strlen(SPELLING_VARIANTS[k][0])))
                break;
        const char *put = k < COUNT(SPELLING_VARIANTS) ? SPELLING_VARIANTS[k][1] : NULL;
        size_t n = put ? strlen(put) : 1;
        if (o + n + 1 > cap)
            return false;
        memcpy(out + o, put ? put : p, n);
        o += n;
        p += put ? strlen(SPELLING_VARIANTS[k][0]) : 1;
        changed = changed || put;
    }
    out[o] = 0;
    return changed;
}

const ng_lex_entry *ng_lex_name(const ng_lexicon *lex, const char *folded)
{
    int v = S_table_get(&lex->names, folded);
    return v >= 0 ? &lex->entries[v] : NULL;
}

const ng_lex_entry *ng_lex_name_any_spelling(const ng_lexicon *lex, const char *folded)
{
    const ng_lex_entry *e = ng_lex_name(lex, folded);
    char respelled[256];
    if (!e && S_respelled(folded, respelled, sizeof respelled))
        e = ng_lex_name(lex, respelled);
    return e;
}

const ng_lex_entry *ng_lex_demonym(const ng_lexicon *lex, const char *folded)
{
    int v = S_table_get(&lex->demonyms, folded);
    return v >= 0 ? &lex->entries[v] : NULL;
}

const ng_lex_entry *ng_lex_capital_of(const ng_lexicon *lex, const char *folded)
{
    int v = S_table_get(&lex->capitals, folded);
    return v >= 0 ? &lex->entries[v] : NULL;
}

/* The state of the United States named as country e is ("Georgia"), or
 * NULL. */
const ng_lex_entry *ng_lex_state_named_as(const ng_lexicon *lex, const ng_lex_entry *e)
{
    if (!e || e->place_kind != NG_PLACE_COUNTRY)
        return NULL;
    for (size_t i = 0; i < lex->nentry; i++)
        if (lex->entries[i].place_kind == NG_PLACE_REGION && lex->entries[i].country >= 0 &&
            strcmp(lex->entries[i].name, e->name) == 0)
            return &lex->entries[i];
    return NULL;
}

const ng_lex_entry *ng_lex_entry_at(const ng_lexicon *lex, int index)
{
    return index >= 0 && (size_t)index < lex->nentry ? &lex->entries[index] : NULL;
}


bool ng_lex_starts_phrase(const ng_lexicon *lex, const char *f) { return S_table_get(&lex->firsts, f) >= 0; }
bool ng_lex_is_title_head(const ng_lexicon *lex, const char *f)
{
    return S_table_get(&lex->title_heads, f) >= 0 || ng_lex_listed(lex, "title-heads", f);
}
bool ng_lex_is_title_mod(const ng_lexicon *lex, const char *f)
{
    return S_table_get(&lex->title_mods, f) >= 0 || ng_lex_listed(lex, "title-modifiers", f);
}
bool ng_lex_is_tagger_title_head(const ng_lexicon *lex, const char *f)
{
    return S_table_get(&lex->title_heads, f) >= 0;
}
bool ng_lex_is_tagger_title_mod(const ng_lexicon *lex, const char *f)
{
    return S_table_get(&lex->title_mods, f) >= 0;
}
bool ng_lex_is_org_word(const ng_lexicon *lex, const char *f)
{
    return S_table_get(&lex->org_words, f) >= 0 || ng_lex_listed(lex, "org-words", f);
}
bool ng_lex_is_stop_cap(const ng_lexicon *lex, const char *f) { return S_table_get(&lex->stop_caps, f) >= 0; }
bool ng_lex_is_group_noun(const ng_lexicon *lex, const char *f) { return S_table_get(&lex->groups, f) >= 0; }
bool ng_lex_is_abbreviation(const ng_lexicon *lex, const char *f) { return S_table_get(&lex->abbrevs, f) >= 0; }
bool ng_lex_is_title_abbreviation(const ng_lexicon *lex, const char *f) { return S_table_get(&lex->title_abbrevs, f) >= 0; }
bool ng_lex_is_courtesy_title(const ng_lexicon *lex, const char *f) { return S_table_get(&lex->courtesy, f) >= 0; }
bool ng_lex_is_company_noun(const ng_lexicon *lex, const char *f)
{
    return S_table_get(&lex->company_nouns, f) >= 0 || ng_lex_listed(lex, "company-nouns", f);
}
bool ng_lex_is_company_holding(const ng_lexicon *lex, const char *f)
{
    return S_table_get(&lex->company_holdings, f) >= 0;
}
bool ng_lex_is_storm_word(const ng_lexicon *lex, const char *f) { return S_table_get(&lex->storm_words, f) >= 0; }
bool ng_lex_is_result_verb(const ng_lexicon *lex, const char *f) { return S_table_get(&lex->result_verbs, f) >= 0; }
bool ng_lex_is_contest_word(const ng_lexicon *lex, const char *f) { return S_table_get(&lex->contest_words, f) >= 0; }
bool ng_lex_is_eponym_head(const ng_lexicon *lex, const char *f) { return S_table_get(&lex->eponym_heads, f) >= 0; }
bool ng_lex_is_era_word(const ng_lexicon *lex, const char *f) { return S_table_get(&lex->era_words, f) >= 0; }
bool ng_lex_is_happening_head(const ng_lexicon *lex, const char *f)
{
    return S_table_get(&lex->happening_heads, f) >= 0 || ng_lex_listed(lex, "happening-heads", f);
}
bool ng_lex_is_place_head(const ng_lexicon *lex, const char *f)
{
    return S_table_get(&lex->place_heads, f) >= 0 || ng_lex_listed(lex, "place-heads", f);
}
bool ng_lex_is_body_noun(const ng_lexicon *lex, const char *f) { return S_table_get(&lex->body_nouns, f) >= 0; }
bool ng_lex_is_envoy_head(const ng_lexicon *lex, const char *f) { return S_table_get(&lex->envoy_heads, f) >= 0; }
bool ng_lex_is_name_suffix(const ng_lexicon *lex, const char *f) { return S_table_get(&lex->name_suffixes, f) >= 0; }
bool ng_lex_is_people_name(const ng_lexicon *lex, const char *f) { return S_table_get(&lex->people_names, f) >= 0; }
bool ng_lex_is_name_particle(const ng_lexicon *lex, const char *f)
{
    return S_table_get(&lex->name_particles, f) >= 0;
}
bool ng_lex_is_product_noun(const ng_lexicon *lex, const char *f) { return S_table_get(&lex->product_nouns, f) >= 0; }
bool ng_lex_is_public_body_word(const ng_lexicon *lex, const char *f)
{
    return S_table_get(&lex->public_bodies, f) >= 0;
}

int ng_lex_speech_verb(const ng_lexicon *lex, const char *f)
{
    int v = S_table_get(&lex->speech, f);
    return v < 0 ? 0 : v;
}

size_t ng_verb_bases(const char *w, char base[8][64])
{
    size_t n = w ? strlen(w) : 0, nb = 0;
    if (n < 2 || n > 60)
        return 0;
    snprintf(base[nb++], 64, "%s", w);
    static const char *const endings[] = {"s", "es", "d", "ed", "ing", NULL};
    for (int e = 0; endings[e] && nb + 3 <= 8; e++) {
        size_t l = strlen(endings[e]);
        if (n <= l + 2 || strcmp(w + n - l, endings[e]) != 0)
            continue;
        snprintf(base[nb++], 64, "%.*s", (int)(n - l), w);
        if (!strcmp(endings[e], "ing") && nb < 8)
            snprintf(base[nb++], 64, "%.*se", (int)(n - l), w); /* "hoping" */
        if (n - l >= 3 && w[n - l - 1] == w[n - l - 2] && nb < 8)
            snprintf(base[nb++], 64, "%.*s", (int)(n - l - 1), w); /* "banned" */
    }
    if (n > 4 && (!strcmp(w + n - 3, "ied") || !strcmp(w + n - 3, "ies")) && nb < 8)
        snprintf(base[nb++], 64, "%.*sy", (int)(n - 3), w); /* "worried" */
    return nb;
}

bool ng_lex_speech_verb_form(const ng_lexicon *lex, const char *f)
{
    char base[8][64];
    size_t nb = ng_verb_bases(f, base);
    static const char *const endings[] = {"", "d", "ed", "s", "es", NULL};
    for (size_t b = 0; b < nb; b++)
        for (int e = 0; endings[e]; e++) {
            char form[72];
            snprintf(form, sizeof form, "%s%s", base[b], endings[e]);
            if (ng_lex_speech_verb(lex, form) == 1)
                return true;
        }
    return false;
}

const char *ng_lex_event_trigger(const ng_lexicon *lex, const char *f)
{
    int v = S_table_get(&lex->triggers, f);
    return v < 0 ? NULL : lex->classes[v];
}

/* Put the folded phrase (n bytes) into t: printable ASCII folded in place
 * on the stack, anything else through ng_text_fold (thousands of lines are
 * read at every start). */
static void S_put_phrase(table *t, const char *s, size_t n, int value)
{
    char buf[128];
    if (ng_fold_ascii(s, n, buf, sizeof buf)) {
        S_table_put(t, buf, value, true);
        return;
    }
    char *f = ng_text_fold(s, n);
    S_table_put(t, f, value, true);
    free(f);
}

/* What is wrong with line lineno of source, into err ("FILE:LINE"); -1.
 * Formatted only on an error: thousands of lines are read at every start. */
static int S_line_error(ng_error *err, const char *source, long lineno, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
static int S_line_error(ng_error *err, const char *source, long lineno, const char *fmt, ...)
{
    char where[600], text[400];
    snprintf(where, sizeof where, "%s:%ld", source, lineno);
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(text, sizeof text, fmt, ap);
    va_end(ap);
    ng_error_set(err, where, lineno, 0, "%s", text);
    return -1;
}

/* The index of class name klass (kl bytes) in lex->classes, added when new:
 * a few dozen names serve thousands of lines. */
static int S_class(ng_lexicon *lex, const char *klass, size_t kl)
{
    char name[128];
    memcpy(name, klass, kl); /* kl <= 100 */
    name[kl] = '\0';
    int v = S_table_get(&lex->class_index, name);
    if (v >= 0)
        return v;
    if (lex->nclass == lex->cap_class) {
        lex->cap_class = lex->cap_class ? 2 * lex->cap_class : 64;
        lex->classes = realloc(lex->classes, lex->cap_class * sizeof *lex->classes);
    }
    lex->classes[lex->nclass] = ng_arena_strdup(&lex->pool, name);
    S_table_put(&lex->class_index, name, (int)lex->nclass, false);
    return (int)lex->nclass++;
}

/* The next line of text from *i that is neither blank nor a comment into
 * *line and *n (without its line end and trailing spaces), *lineno
 * counting every line, and its first TAB into *tab when it has one that
 * neither opens nor ends it, else NULL; false at the end of the text. */
static bool S_next_entry(const char *text, size_t len, size_t *i, long *lineno, const char **line, size_t *n,
                         const char **tab)
{
    while (*i < len) {
        const char *nl = memchr(text + *i, '\n', len - *i);
        size_t end = nl ? (size_t)(nl - text) : len;
        *line = text + *i;
        *n = end - *i;
        *i = nl ? end + 1 : len;
        ++*lineno;
        while (*n && ((*line)[*n - 1] == '\r' || (*line)[*n - 1] == ' '))
            (*n)--;
        if (*n == 0 || (*line)[0] == '#')
            continue;
        *tab = memchr(*line, '\t', *n);
        if (*tab && (*tab == *line || *tab + 1 == *line + *n))
            *tab = NULL;
        return true;
    }
    return false;
}

/* "phrase<TAB>Class" lines into t (the triggers or the event classes). */
static int S_add_classed(ng_lexicon *lex, table *t, const char *text, size_t len, const char *source, ng_error *err)
{
    size_t lines = 1;
    for (const char *p = text; (p = memchr(p, '\n', len - (size_t)(p - text))) != NULL; p++)
        lines++;
    S_table_reserve(t, lines);
    long lineno = 0;
    size_t i = 0, n;
    const char *line, *tab;
    while (S_next_entry(text, len, &i, &lineno, &line, &n, &tab)) {
        if (!tab)
            return S_line_error(err, source, lineno, "expected a trigger phrase, a TAB and a class name");
        const char *klass = tab + 1;
        size_t kl = (size_t)(line + n - klass);
        for (size_t k = 0; k < kl; k++)
            if (!((klass[k] >= 'A' && klass[k] <= 'Z') || (klass[k] >= 'a' && klass[k] <= 'z') ||
                  (klass[k] >= '0' && klass[k] <= '9')))
                return S_line_error(err, source, lineno, "class name \"%.*s\" must be letters and digits", (int)kl,
                                    klass);
        if (kl > 100)
            return S_line_error(err, source, lineno, "class name \"%.20s...\" is longer than 100 bytes", klass);
        if (klass[0] < 'A' || klass[0] > 'Z')
            return S_line_error(err, source, lineno, "class name \"%.*s\" must start with a capital letter", (int)kl,
                                klass);
        char name[128];
        memcpy(name, klass, kl);
        name[kl] = '\0';
        /* (the converter looks phrases up four words at most) */
        size_t words = 1;
        for (const char *c = line; c < tab; c++)
            words += *c == ' ';
        if (t == &lex->triggers && words > 4)
            return S_line_error(err, source, lineno, "trigger phrase \"%.*s\" has more than four words",
                                (int)(tab - line), line);
        bool event_table = t == &lex->triggers || t == &lex->event_classes;
        /* an unknown class: the graph would name one the vocabulary and shapes lack */
        if (event_table && lex->closed && S_table_get(&lex->event_class_names, name) < 0)
            return S_line_error(err, source, lineno,
                                "unknown event class \"%s\" (the classes are those of schemas/event-triggers.tsv and "
                                "schemas/event-classes.tsv, listed in docs/vocabulary.md)",
                                name);
        if (event_table)
            S_table_put(&lex->event_class_names, name, 1, false);
        /* a later entry for the same phrase replaces the earlier one */
        S_put_phrase(t, line, (size_t)(tab - line), S_class(lex, klass, kl));
    }
    return 0;
}

/* The key of word in list: "list\x1fword" into buf (size bytes); false
 * when it does not fit. */
static bool S_list_key(char *buf, size_t size, const char *list, size_t ll, const char *word, size_t wl)
{
    if (ll + wl + 2 > size)
        return false;
    memcpy(buf, list, ll);
    buf[ll] = '\x1f';
    memcpy(buf + ll + 1, word, wl);
    buf[ll + 1 + wl] = '\0';
    return true;
}

/* "list<TAB>word, word, ..." lines (schemas/word-lists.tsv) into
 * word_lists, keyed by list and folded word, and the names into
 * list_names. */
static int S_add_word_lists(ng_lexicon *lex, const char *text, size_t len, const char *source, ng_error *err)
{
    long lineno = 0;
    size_t i = 0, n;
    const char *line, *tab;
    char previous[128] = "";
    while (S_next_entry(text, len, &i, &lineno, &line, &n, &tab)) {
        if (!tab)
            return S_line_error(err, source, lineno, "expected a list name, a TAB and words separated by commas");
        size_t ll = (size_t)(tab - line);
        char name[128];
        if (!S_list_key(name, sizeof name, line, ll, "", 0))
            return S_line_error(err, source, lineno, "list name longer than 120 bytes");
        name[ll] = '\0';
        /* a list's lines stand together: a name that comes back after
         * other lists is two lists of different use under one name, which
         * would merge without a word */
        if (strcmp(name, previous) != 0 && S_table_get(&lex->list_names, name) >= 0)
            return S_line_error(err, source, lineno, "list \"%s\" named again after other lists", name);
        memcpy(previous, name, ll + 1);
        S_table_put(&lex->list_names, name, 1, false);
        for (const char *p = tab + 1, *stop = line + n; p < stop;) {
            const char *comma = memchr(p, ',', (size_t)(stop - p));
            const char *e = comma ? comma : stop;
            while (p < e && *p == ' ')
                p++;
            const char *we = e;
            while (we > p && we[-1] == ' ')
                we--;
            char folded[128], key[256];
            if (we == p || !ng_fold_ascii(p, (size_t)(we - p), folded, sizeof folded))
                return S_line_error(err, source, lineno, "an empty or non-ASCII word in list \"%s\"", name);
            if (!S_list_key(key, sizeof key, name, ll, folded, strlen(folded)))
                return S_line_error(err, source, lineno, "word \"%s\" too long", folded);
            S_table_put(&lex->word_lists, key, 1, false);
            p = comma ? comma + 1 : stop;
        }
    }
    return 0;
}

bool ng_lex_listed(const ng_lexicon *lex, const char *list, const char *folded)
{
    char key[256];
    size_t ll = strlen(list);
    if (S_list_key(key, sizeof key, list, ll, folded, strlen(folded)) && S_table_get(&lex->word_lists, key) >= 0)
        return true;
#ifndef NDEBUG
    /* a list the rules name but the file lacks is a bug: say so at once */
    if (S_table_get(&lex->list_names, list) < 0) {
        fprintf(stderr, "newsgraph: no list \"%s\" in schemas/word-lists.tsv\n", list);
        abort();
    }
#endif
    return false;
}

bool ng_lex_listed_noun(const ng_lexicon *lex, const char *list, const char *folded)
{
    char one[64];
    return ng_lex_listed(lex, list, folded) ||
           (ng_word_singular(folded, one, sizeof one) && ng_lex_listed(lex, list, one));
}

int ng_lex_is_company_name_end(const ng_lexicon *lex, const char *folded)
{
    if (ng_lex_listed(lex, "company-name-compound-ends", folded))
        return 2;
    if (ng_lex_listed(lex, "company-name-ends", folded))
        return 1;
    /* ("Seafoods": a compound of three letters or more and such a word) */
    size_t n = strlen(folded);
    for (size_t p = 3; p + 5 <= n; p++)
        if (ng_lex_listed(lex, "company-name-compound-ends", folded + p))
            return 2;
    return 0;
}

void ng_lex_each_key(const ng_lexicon *lex, void (*fn)(const char *key, void *arg), void *arg)
{
    for (size_t o = 0; o < lex->blob.len; o += strlen(lex->blob.data + o) + 1)
        fn(lex->blob.data + o, arg);
}

int ng_lexicon_add_triggers(ng_lexicon *lex, const char *text, size_t len, const char *source, ng_error *err)
{
    return S_add_classed(lex, &lex->triggers, text, len, source, err);
}

int ng_lex_person_noun(const ng_lexicon *lex, const char *folded)
{
    int v = S_table_get(&lex->person_nouns, folded);
    if (v < 0)
        return 0;
    return strcmp(lex->classes[v], "People") == 0 ? 2 : 1;
}

const char *ng_lex_event_class(const ng_lexicon *lex, const char *folded)
{
    const char *k = ng_lex_event_trigger(lex, folded);
    if (k)
        return k;
    int v = S_table_get(&lex->event_classes, folded);
    return v >= 0 ? lex->classes[v] : NULL;
}
