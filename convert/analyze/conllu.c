/* conllu.c -- CoNLL-U files: read sentences, write them back with the
 * tagger's and parser's columns. Comments, multiword tokens ("3-4") and
 * empty nodes ("5.1") are kept as read and written back in place. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "syntax.h"

static void S_free_sentence(ng_conllu_sentence *s)
{
    for (size_t i = 0; i < s->ncomments; i++)
        free(s->comments[i]);
    for (size_t i = 0; i < s->nextra; i++)
        free(s->extra[i]);
    for (size_t i = 0; i < s->n; i++)
        free(s->words[i].cols[0]);
    free(s->comments);
    free(s->extra);
    free(s->extra_at);
    free(s->words);
    memset(s, 0, sizeof *s);
}

void ng_conllu_free(ng_conllu *c)
{
    if (!c)
        return;
    for (size_t i = 0; i < c->n; i++)
        S_free_sentence(&c->sents[i]);
    free(c->sents);
    free(c);
}

static void *S_push(void *arr, size_t item, size_t n)
{
    /* grow by doubling at powers of two */
    if (n == 0 || (n & (n - 1)) == 0)
        arr = realloc(arr, item * (n ? n * 2 : 4));
    return arr;
}

/* Split a word line into its ten columns in place; false when it has not ten. */
static bool S_split(char *line, char **cols)
{
    size_t k = 0;
    cols[k++] = line;
    for (char *p = line; *p; p++)
        if (*p == '\t') {
            if (k == 10)
                return false;
            *p = '\0';
            cols[k++] = p + 1;
        }
    return k == 10;
}

static bool S_is_number(const char *s, long *out)
{
    if (!*s)
        return false;
    char *end;
    errno = 0;
    long v = strtol(s, &end, 10);
    if (*end || errno || v < 0 || (s[0] == '0' && s[1]))
        return false;
    *out = v;
    return true;
}

/* The sentence just read: ids 1..n in order, heads within 0..n, one root
 * at least and no cycle when with_trees. Returns the line at fault or 0. */
static long S_check(const ng_conllu_sentence *s, bool with_trees, const char **why)
{
    for (size_t i = 0; i < s->n; i++) {
        long id;
        if (!S_is_number(s->words[i].cols[0], &id) || id != (long)i + 1) {
            *why = "word ids must run 1, 2, 3 ... within a sentence";
            return s->words[i].line;
        }
    }
    if (!with_trees)
        return 0;
    for (size_t i = 0; i < s->n; i++) {
        long h;
        if (!S_is_number(s->words[i].cols[6], &h) || h > (long)s->n || h == (long)i + 1) {
            *why = "HEAD must be 0 or the id of another word of the sentence";
            return s->words[i].line;
        }
        if (!s->words[i].cols[7][0] || strcmp(s->words[i].cols[7], "_") == 0) {
            *why = "DEPREL is missing";
            return s->words[i].line;
        }
    }
    /* every word reaches the root */
    for (size_t i = 0; i < s->n; i++) {
        size_t at = i + 1, steps = 0;
        while (at != 0 && steps <= s->n) {
            at = (size_t)strtol(s->words[at - 1].cols[6], NULL, 10);
            steps++;
        }
        if (at != 0) {
            *why = "the heads form a cycle";
            return s->words[i].line;
        }
    }
    return 0;
}

static int S_read_stream(FILE *f, const char *path, bool with_trees, ng_conllu *c, ng_error *err)
{
    char *line = NULL;
    size_t cap = 0;
    ssize_t len;
    long lineno = 0;
    ng_conllu_sentence cur = {0};
    int rc = 0;
    for (;;) {
        len = getline(&line, &cap, f);
        if (len >= 0) {
            lineno++;
            while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
                line[--len] = '\0';
            if (memchr(line, '\0', (size_t)len)) {
                ng_error_set(err, path, lineno, 0, "a NUL byte: not a CoNLL-U file");
                rc = -1;
                break;
            }
        }
        if (len < 0 || len == 0) {
            if (cur.n || cur.ncomments || cur.nextra) {
                if (!cur.n) {
                    ng_error_set(err, path, lineno, 0, "a sentence without words");
                    rc = -1;
                    break;
                }
                const char *why = NULL;
                long bad = S_check(&cur, with_trees, &why);
                if (bad) {
                    ng_error_set(err, path, bad, 0, "%s", why);
                    rc = -1;
                    break;
                }
                c->sents = S_push(c->sents, sizeof *c->sents, c->n);
                c->sents[c->n++] = cur;
                memset(&cur, 0, sizeof cur);
            }
            if (len < 0)
                break;
            continue;
        }
        if (!cur.n && !cur.ncomments && !cur.nextra)
            cur.line = lineno;
        if (line[0] == '#') {
            cur.comments = S_push(cur.comments, sizeof *cur.comments, cur.ncomments);
            cur.comments[cur.ncomments++] = strdup(line);
            continue;
        }
        char *copy = strdup(line);
        char *cols[10];
        if (!S_split(copy, cols)) {
            free(copy);
            ng_error_set(err, path, lineno, 0, "a word line needs 10 tab-separated columns");
            rc = -1;
            break;
        }
        if (strchr(cols[0], '-') || strchr(cols[0], '.')) {
            free(copy);
            cur.extra = S_push(cur.extra, sizeof *cur.extra, cur.nextra);
            cur.extra_at = S_push(cur.extra_at, sizeof *cur.extra_at, cur.nextra);
            cur.extra_at[cur.nextra] = cur.n;
            cur.extra[cur.nextra++] = strdup(line);
            continue;
        }
        if (!cols[1][0]) {
            free(copy);
            ng_error_set(err, path, lineno, 0, "FORM is empty");
            rc = -1;
            break;
        }
        cur.words = S_push(cur.words, sizeof *cur.words, cur.n);
        ng_conllu_word *w = &cur.words[cur.n++];
        memcpy(w->cols, cols, sizeof cols);
        w->line = lineno;
    }
    S_free_sentence(&cur);
    free(line);
    if (rc == 0 && ferror(f)) {
        ng_error_set(err, path, lineno, 0, "read error: %s", strerror(errno));
        rc = -1;
    }
    return rc;
}

ng_conllu *ng_conllu_read(const char *path, bool with_trees, ng_error *err)
{
    bool is_stdin = strcmp(path, "-") == 0;
    FILE *f = is_stdin ? stdin : fopen(path, "r");
    if (!f) {
        ng_error_set(err, path, 0, 0, "cannot open: %s", strerror(errno));
        return NULL;
    }
    ng_conllu *c = calloc(1, sizeof *c);
    int rc = S_read_stream(f, is_stdin ? "<stdin>" : path, with_trees, c, err);
    if (!is_stdin)
        fclose(f);
    if (rc != 0) {
        ng_conllu_free(c);
        return NULL;
    }
    return c;
}

static void S_write_extra(FILE *out, const ng_conllu_sentence *s, size_t at, size_t *k)
{
    while (*k < s->nextra && s->extra_at[*k] == at)
        fprintf(out, "%s\n", s->extra[(*k)++]);
}

void ng_conllu_write(FILE *out, const ng_syntax_model *m, const ng_conllu_sentence *s, const uint16_t *tag,
                     const uint16_t *head, const uint8_t *rel)
{
    for (size_t i = 0; i < s->ncomments; i++)
        fprintf(out, "%s\n", s->comments[i]);
    size_t k = 0;
    for (size_t i = 0; i < s->n; i++) {
        S_write_extra(out, s, i, &k);
        char *const *c = s->words[i].cols;
        const char *upos = c[3], *xpos = c[4];
        size_t nupos = strlen(upos), nxpos = strlen(xpos);
        if (tag)
            ng_syntax_tag_split(m->tags[tag[i]], &upos, &nupos, &xpos, &nxpos);
        char headbuf[16];
        const char *h = c[6];
        if (head) {
            snprintf(headbuf, sizeof headbuf, "%u", (unsigned)head[i]);
            h = headbuf;
        }
        const char *r = rel ? m->rels[rel[i]] : c[7];
        fprintf(out, "%s\t%s\t%s\t%.*s\t%.*s\t%s\t%s\t%s\t%s\t%s\n", c[0], c[1], c[2], (int)nupos, upos, (int)nxpos,
                xpos, c[5], h, r, head ? "_" : c[8], c[9]);
    }
    S_write_extra(out, s, s->n, &k);
    fputc('\n', out);
}
