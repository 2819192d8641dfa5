/* conll.c -- CoNLL column files: one token per line, the first column the
 * word and (for training) the last column the tag, a blank line between
 * sentences, "-DOCSTART-" between documents. IOB1 tags (the original
 * CoNLL-2003 form) are converted to IOB2. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "ner.h"

static ng_conll_sentence *S_new_sentence(ng_conll *c, char *docstart)
{
    if (c->n == c->cap) {
        c->cap = c->cap ? c->cap * 2 : 1024;
        c->sents = realloc(c->sents, c->cap * sizeof *c->sents);
    }
    ng_conll_sentence *s = &c->sents[c->n++];
    memset(s, 0, sizeof *s);
    s->docstart = docstart;
    s->doc = c->ndocs ? c->ndocs - 1 : 0;
    return s;
}

/* IOB1 -> IOB2 within one sentence: I-X that does not continue X begins it. */
static void S_to_iob2(ng_conll_sentence *s)
{
    for (size_t i = 0; i < s->n; i++) {
        int l = s->toks[i].gold;
        if (l <= 0 || ng_ner_is_begin(l))
            continue;
        int prev = i ? s->toks[i - 1].gold : NER_O;
        if (prev <= 0 || ng_ner_type(prev) != ng_ner_type(l))
            s->toks[i].gold = l - 1; /* I-X -> B-X */
    }
}

ng_conll *ng_conll_read(const char *path, bool with_labels, ng_error *err)
{
    bool is_stdin = strcmp(path, "-") == 0;
    FILE *f = is_stdin ? stdin : fopen(path, "rb");
    if (!f) {
        ng_error_set(err, path, 0, 0, "cannot open: %s", strerror(errno));
        return NULL;
    }
    ng_conll *c = calloc(1, sizeof *c);
    ng_conll_sentence *cur = NULL;
    char *pending_doc = NULL;
    char *line = NULL;
    size_t cap = 0;
    ssize_t len;
    long lineno = 0;
    while ((len = getline(&line, &cap, f)) >= 0) {
        lineno++;
        while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
            line[--len] = '\0';
        if ((size_t)len != strlen(line)) {
            char where[600];
            snprintf(where, sizeof where, "%s:%ld", path, lineno);
            ng_error_set(err, where, lineno, 0, "NUL byte in a CoNLL file");
            goto fail;
        }
        size_t s = 0;
        while (line[s] == ' ' || line[s] == '\t')
            s++;
        if (line[s] == '\0') {
            if (cur && with_labels)
                S_to_iob2(cur);
            cur = NULL;
            continue;
        }
        if (strncmp(line + s, "-DOCSTART-", 10) == 0) {
            if (cur && with_labels)
                S_to_iob2(cur);
            cur = NULL;
            c->ndocs++;
            /* kept so that tag --conll can write it back */
            free(pending_doc);
            pending_doc = strdup(line);
            continue;
        }
        if (!cur) {
            if (c->ndocs == 0)
                c->ndocs = 1;
            cur = S_new_sentence(c, pending_doc);
            pending_doc = NULL;
        }
        /* columns split on spaces or tabs */
        char *copy = strdup(line);
        char *word_end = copy + s;
        while (*word_end && *word_end != ' ' && *word_end != '\t')
            word_end++;
        char *last = copy + strlen(copy);
        while (last > copy && (last[-1] == ' ' || last[-1] == '\t'))
            last--;
        char *last_start = last;
        while (last_start > copy && last_start[-1] != ' ' && last_start[-1] != '\t')
            last_start--;
        int gold = -1;
        if (with_labels) {
            if (last_start <= copy + s) {
                char where[600];
                snprintf(where, sizeof where, "%s:%ld", path, lineno);
                ng_error_set(err, where, lineno, 0, "expected a word and a tag, found \"%.80s\"", line);
                free(copy);
                goto fail;
            }
            char tag[32];
            size_t tl = (size_t)(last - last_start);
            snprintf(tag, sizeof tag, "%.*s", (int)(tl < 31 ? tl : 31), last_start);
            gold = strcmp(tag, "O") == 0 ? NER_O : ng_ner_label_from_name(tag);
            if (gold < 0) {
                char where[600];
                snprintf(where, sizeof where, "%s:%ld", path, lineno);
                ng_error_set(err, where, lineno, 0, "unknown tag \"%s\" (expected O, or B-/I- with PER, ORG, LOC or MISC)",
                             tag);
                free(copy);
                goto fail;
            }
        }
        *word_end = '\0';
        if (cur->n % 64 == 0)
            cur->toks = realloc(cur->toks, (cur->n + 64) * sizeof *cur->toks);
        ng_conll_token *t = &cur->toks[cur->n++];
        t->line = strdup(line);
        t->word = strdup(copy + s);
        t->gold = gold;
        free(copy);
    }
    if (cur && with_labels)
        S_to_iob2(cur);
    free(line);
    free(pending_doc);
    if (!is_stdin)
        fclose(f);
    return c;
fail:
    free(line);
    free(pending_doc);
    if (!is_stdin)
        fclose(f);
    ng_conll_free(c);
    return NULL;
}

void ng_conll_free(ng_conll *c)
{
    if (!c)
        return;
    for (size_t i = 0; i < c->n; i++) {
        for (size_t k = 0; k < c->sents[i].n; k++) {
            free(c->sents[i].toks[k].line);
            free(c->sents[i].toks[k].word);
        }
        free(c->sents[i].toks);
        free(c->sents[i].docstart);
    }
    free(c->sents);
    free(c);
}

bool ng_conll_next_doc(const ng_conll *c, const struct ng_syntax_model *syntax, size_t *next, ng_conll_doc *d)
{
    memset(d, 0, sizeof *d);
    size_t s = *next;
    if (s >= c->n)
        return false;
    size_t e = s + 1;
    while (e < c->n && c->sents[e].doc == c->sents[s].doc)
        e++;
    size_t ntok = 0;
    for (size_t k = s; k < e; k++)
        ntok += c->sents[k].n;
    d->first = s;
    d->end = e;
    d->ntok = ntok;
    d->words = malloc((ntok + 1) * sizeof *d->words);
    d->lens = malloc((ntok + 1) * sizeof *d->lens);
    d->flags = malloc((ntok + 1) * sizeof *d->flags);
    uint8_t *starts = malloc(ntok + 1);
    size_t t = 0;
    for (size_t k = s; k < e; k++)
        for (size_t i = 0; i < c->sents[k].n; i++, t++) {
            d->words[t] = c->sents[k].toks[i].word;
            d->lens[t] = strlen(d->words[t]);
            starts[t] = i == 0;
        }
    ng_ner_doc_flags(d->words, d->lens, starts, ntok, d->flags);
    if (syntax)
        ng_ner_upos_flags(syntax, d->words, d->lens, starts, ntok, d->flags);
    free(starts);
    *next = e;
    return true;
}

void ng_conll_doc_free(ng_conll_doc *d)
{
    free(d->words);
    free(d->lens);
    free(d->flags);
    memset(d, 0, sizeof *d);
}
