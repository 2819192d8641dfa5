/* read_text.c -- plain-text articles. Blocks are separated by blank lines;
 * site chrome above the headline (masthead, tagline, section labels) and a
 * closing "Source: ..." line are recognized and kept out of the body. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

typedef struct {
    const char *s;
    size_t n;
} block;

static size_t S_words(const char *s, size_t n)
{
    size_t w = 0;
    bool in = false;
    for (size_t i = 0; i < n; i++) {
        bool sp = isspace((unsigned char)s[i]);
        if (!sp && !in)
            w++;
        in = !sp;
    }
    return w;
}

/* Does the block end like a sentence (period, question mark, quote ...)? */
static bool S_ends_sentence(const char *s, size_t n)
{
    while (n && isspace((unsigned char)s[n - 1]))
        n--;
    if (!n)
        return false;
    unsigned char c = (unsigned char)s[n - 1];
    if (c == '.' || c == '!' || c == '?' || c == '"' || c == ':' || c == ')')
        return true;
    /* closing curly quote U+201D or U+2019 */
    if (n >= 3 && (unsigned char)s[n - 3] == 0xE2 && (unsigned char)s[n - 2] == 0x80 &&
        (c == 0x9D || c == 0x99))
        return true;
    return false;
}

/* A paragraph of story: a dozen words or more ending with a full stop
 * (headlines and labels seldom end with one). */
static bool S_reads_as_story(const char *s, size_t n)
{
    while (n && (isspace((unsigned char)s[n - 1]) || s[n - 1] == '"'))
        n--;
    if (n >= 3 && (unsigned char)s[n - 3] == 0xE2 && (unsigned char)s[n - 2] == 0x80 &&
        (unsigned char)s[n - 1] == 0x9D)
        n -= 3;
    return n && s[n - 1] == '.' && S_words(s, n) >= 12;
}

/* A short line with no closing punctuation: a heading or label. */
static bool S_is_heading(const char *s, size_t n)
{
    return n < 120 && S_words(s, n) <= 12 && !S_ends_sentence(s, n);
}

/* The first line of a block, folded, for comparing headlines. */
static char *S_first_line(const block *b)
{
    const char *nl = memchr(b->s, '\n', b->n);
    return ng_text_fold(b->s, nl ? (size_t)(nl - b->s) : b->n);
}

static size_t S_split_blocks(const char *data, size_t len, block **out)
{
    /* Blank lines separate blocks; when the text has none, each line is one. */
    bool any_blank = false;
    for (size_t i = 0; i + 1 < len; i++) {
        if (data[i] == '\n') {
            size_t j = i + 1;
            while (j < len && (data[j] == ' ' || data[j] == '\t'))
                j++;
            if (j < len && data[j] == '\n') {
                any_blank = true;
                break;
            }
        }
    }
    size_t n = 0, cap = 16;
    block *b = malloc(cap * sizeof *b);
    size_t i = 0;
    while (i < len) {
        while (i < len && isspace((unsigned char)data[i]))
            i++;
        if (i >= len)
            break;
        size_t start = i, end = i;
        for (;;) {
            const char *nl = memchr(data + i, '\n', len - i);
            size_t line_end = nl ? (size_t)(nl - data) : len;
            end = line_end;
            i = nl ? line_end + 1 : len;
            if (!any_blank || i >= len)
                break;
            size_t j = i;
            while (j < len && (data[j] == ' ' || data[j] == '\t'))
                j++;
            if (j >= len || data[j] == '\n')
                break;
        }
        if (n == cap) {
            cap *= 2;
            b = realloc(b, cap * sizeof *b);
        }
        b[n].s = data + start;
        b[n].n = end - start;
        n++;
    }
    *out = b;
    return n;
}

static bool S_prefix_ci(const char *s, size_t n, const char *p)
{
    size_t m = strlen(p);
    if (n < m)
        return false;
    for (size_t i = 0; i < m; i++)
        if (tolower((unsigned char)s[i]) != p[i])
            return false;
    return true;
}

static char *S_trimmed(ng_arena *a, const char *s, size_t n)
{
    while (n && isspace((unsigned char)*s)) {
        s++;
        n--;
    }
    while (n && isspace((unsigned char)s[n - 1]))
        n--;
    return ng_arena_strndup(a, s, n);
}

void ng_text_paragraphs(ng_article *art, ng_buf *text, const char *data, size_t len, bool headings)
{
    block *b;
    size_t n = S_split_blocks(data, len, &b);
    for (size_t i = 0; i < n; i++)
        ng_article_add_paragraph(art, text, b[i].s, b[i].n,
                                 headings && S_is_heading(b[i].s, b[i].n) ? NG_PARA_HEADING : NG_PARA_BODY);
    free(b);
}

int ng_read_text(ng_article *art, const char *data, size_t len)
{
    art->format = "text";
    block *b;
    size_t n = S_split_blocks(data, len, &b);
    size_t first = 0, last = n;

    /* A closing "Source: site" line names the publisher. */
    if (last > 0 && S_prefix_ci(b[last - 1].s, b[last - 1].n, "source:") && b[last - 1].n < 200) {
        art->publisher = S_trimmed(&art->arena, b[last - 1].s + 7, b[last - 1].n - 7);
        last--;
    }

    /* The headline: a short block repeated near the top (sites print it in
     * the page title and again above the story); everything before its
     * second appearance is chrome. Otherwise the first short block, unless
     * it reads as the story's first paragraph. */
    size_t scan = last < 12 ? last : 12;
    bool found = false;
    /* each block's first line folded once (a line four times as long as
     * the longest block compared cannot fold to the same text, and is not
     * folded) */
    char *folded[12] = {0};
    for (size_t i = 0; i < scan; i++) {
        const char *nl = memchr(b[i].s, '\n', b[i].n);
        size_t line = nl ? (size_t)(nl - b[i].s) : b[i].n;
        folded[i] = line <= 1200 ? S_first_line(&b[i]) : NULL;
    }
    /* chrome is short lines: past a paragraph of story a repeated line is
     * story (an embedded post's "— Name (@handle) date" twice) */
    size_t chrome_end = 0;
    while (chrome_end < scan && b[chrome_end].n <= 300 && !S_reads_as_story(b[chrome_end].s, b[chrome_end].n))
        chrome_end++;
    for (size_t i = 0; i < chrome_end && !found; i++) {
        if (!folded[i] || !folded[i][0])
            continue;
        for (size_t j = i + 1; j < chrome_end; j++)
            if (folded[j] && strcmp(folded[i], folded[j]) == 0) {
                /* the repeat may carry the typographic apostrophes */
                const char *nl = memchr(b[j].s, '\n', b[j].n);
                art->headline = S_trimmed(&art->arena, b[j].s, nl ? (size_t)(nl - b[j].s) : b[j].n);
                first = j + 1;
                found = true;
                break;
            }
    }
    for (size_t i = 0; i < scan; i++)
        free(folded[i]);
    if (!found && first < last && b[first].n <= 300 && S_words(b[first].s, b[first].n) <= 30 &&
        !S_reads_as_story(b[first].s, b[first].n) && (last - first) > 1) {
        art->headline = S_trimmed(&art->arena, b[first].s, b[first].n);
        first++;
    }
    /* Bylines and datelines right under the headline. */
    while (first < last && b[first].n < 100 && S_prefix_ci(b[first].s, b[first].n, "by ") &&
           !S_ends_sentence(b[first].s, b[first].n)) {
        art->author = S_trimmed(&art->arena, b[first].s + 3, b[first].n - 3);
        first++;
    }
    /* Section labels between headline and story ("Europe Ukraine") are short
     * lines with no punctuation before the first real paragraph. */
    while (first + 1 < last && S_is_heading(b[first].s, b[first].n) && S_words(b[first].s, b[first].n) <= 4 &&
           !S_is_heading(b[first + 1].s, b[first + 1].n) && found)
        first++;

    ng_buf text = {0};
    for (size_t i = first; i < last; i++)
        ng_article_add_paragraph(art, &text, b[i].s, b[i].n,
                                 S_is_heading(b[i].s, b[i].n) ? NG_PARA_HEADING : NG_PARA_BODY);
    free(b);
    ng_article_finish(art, &text);
    return 0;
}
