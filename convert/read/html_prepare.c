/* html_prepare.c -- a web page mended before libxml2 parses it: what its
 * HTML 4 parser reads differently from a browser, and what it need not
 * read at all.
 *
 * - Scripts (but JSON-LD, which holds metadata) and style sheets lose their
 *   contents, their tags kept: half the bytes of a modern page, none of
 *   them text, and libxml2 would read each one.
 * - An end tag closes the elements left open inside it, as HTML5 says:
 *   libxml2 2.9 does not know HTML5's elements, so "</header>" after an
 *   unclosed "<div>" is dropped and the rest of the page (the article)
 *   ends up inside the header. The missing end tags are written in.
 *
 * - Attributes the reader never reads (data-*, srcset, onclick, width ...)
 *   are left out: a quarter of what remains of a page, each one a node
 *   libxml2 would allocate. The kept ones are listed in KEPT_ATTRIBUTES.
 *
 * Comments are copied whole (a commented-out "<script>" hides nothing), and
 * so are titles and text areas (their text may show a "<script"). */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "html_body.h"

#define MAX_OPEN 512
#define NAME_MAX_LEN 32

typedef struct {
    char names[MAX_OPEN][NAME_MAX_LEN];
    size_t n;
    size_t pre;               /* open <pre> elements: their white space is text */
    bool lost;                /* deeper than MAX_OPEN: no more mending */
} open_elements;

/* The first needle (k bytes) in [s, end), or NULL (memmem is not C11). */
static const char *S_find(const char *s, const char *end, const char *needle, size_t k)
{
    for (const char *p = s; p && end - p >= (long)k; p++) {
        p = memchr(p, needle[0], (size_t)(end - p));
        if (!p || end - p < (long)k)
            return NULL;
        if (memcmp(p, needle, k) == 0)
            return p;
    }
    return NULL;
}

/* The end of the tag starting at s (after its '>'), quoted values skipped. */
static const char *S_tag_end(const char *s, const char *end)
{
    char quote = 0;
    for (const char *p = s + 1; p < end; p++) {
        if (quote) {
            if (*p == quote)
                quote = 0;
        } else if (*p == '"' || *p == '\'')
            quote = *p;
        else if (*p == '>')
            return p + 1;
    }
    return end;
}

/* The first "</name" at or after s, or end. */
static const char *S_close_tag(const char *s, const char *end, const char *name)
{
    size_t k = strlen(name);
    for (const char *p = s; p < end; p++) {
        p = memchr(p, '<', (size_t)(end - p));
        if (!p)
            return end;
        if (end - p > (long)k + 1 && p[1] == '/' && strncasecmp(p + 2, name, k) == 0)
            return p;
    }
    return end;
}

/* The tag name after "<" or "</" at s, lower case, into name; its length
 * (0 when s does not start a name). */
static size_t S_tag_name(const char *s, const char *end, char name[NAME_MAX_LEN])
{
    size_t n = 0;
    if (s >= end || !isalpha((unsigned char)*s))
        return 0;
    for (; s < end && (isalnum((unsigned char)*s) || *s == '-' || *s == ':' || *s == '_'); s++)
        if (n < NAME_MAX_LEN - 1)
            name[n++] = (char)tolower((unsigned char)*s);
    name[n] = '\0';
    return n;
}

static bool S_in(const char *name, const char *const *list)
{
    for (; *list; list++)
        if (name[0] == (*list)[0] && strcmp(name, *list) == 0)
            return true;
    return false;
}

/* Elements without an end tag. */
static const char *const VOID_ELEMENTS[] = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link",
                                            "meta", "param", "source", "track", "wbr", "keygen", NULL};
/* Elements an end tag does not reach past (HTML5's "in scope"). */
static const char *const SCOPE_ELEMENTS[] = {"table", "td", "th", "caption", "html", "template", "object",
                                             "marquee", "applet", NULL};
/* Elements a start tag of the same name closes ("<li>a<li>b"). */
static const char *const SIBLING_CLOSED[] = {"p", "li", "dt", "dd", "tr", "td", "th", "option", NULL};
/* Blocks whose start closes an open paragraph. */
static const char *const BLOCKS[] = {"address", "article", "aside", "blockquote", "div", "dl", "fieldset",
                                     "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
                                     "hr", "main", "nav", "ol", "p", "pre", "section", "table", "ul", NULL};

/* The attributes the reader looks at (read_html.c, html_body.c): where the
 * story is and what hides it, and the metadata of meta, link, time and
 * script tags. */
static const char *const KEPT_ATTRIBUTES[] = {"id", "class", "style", "hidden", "aria-hidden", "role", "rel",
                                              "itemprop", "property", "name", "content", "href", "type",
                                              "datetime", "lang", "xml:lang", NULL};

/* Copy the start tag [p, end_of_tag) with only the kept attributes; the
 * tag's end is where HTML's tokenizer puts it (quoted values may hold '>').
 * Returns the end. */
static const char *S_copy_start_tag(const char *p, const char *end, ng_buf *out)
{
    const char *q = p + 1;
    while (q < end && !isspace((unsigned char)*q) && *q != '>' && *q != '/')
        q++;
    ng_buf_add(out, p, (size_t)(q - p));
    while (q < end) {
        while (q < end && (isspace((unsigned char)*q) || *q == '/'))
            q++;
        if (q >= end || *q == '>')
            break;
        const char *name = q;
        while (q < end && !isspace((unsigned char)*q) && *q != '>' && *q != '=' && !(*q == '/' && q > name))
            q++;
        size_t nl = (size_t)(q - name);
        const char *v = q;
        while (v < end && isspace((unsigned char)*v))
            v++;
        if (v < end && *v == '=') {
            v++;
            while (v < end && isspace((unsigned char)*v))
                v++;
            if (v < end && (*v == '"' || *v == '\'')) {
                const char *close = memchr(v + 1, *v, (size_t)(end - v - 1));
                v = close ? close + 1 : end;
            } else
                while (v < end && !isspace((unsigned char)*v) && *v != '>')
                    v++;
            q = v;
        }
        char lower[NAME_MAX_LEN];
        size_t k = 0;
        for (; k < nl && k < NAME_MAX_LEN - 1; k++)
            lower[k] = (char)tolower((unsigned char)name[k]);
        lower[k] = '\0';
        if (nl < NAME_MAX_LEN && S_in(lower, KEPT_ATTRIBUTES)) {
            ng_buf_addc(out, ' ');
            ng_buf_add(out, name, (size_t)(q - name));
        }
    }
    if (q < end && q > p && q[-1] == '/')
        ng_buf_addc(out, '/');
    if (q < end)
        q++; /* '>' */
    ng_buf_addc(out, '>');
    return q;
}

static void S_push(open_elements *o, const char *name)
{
    if (o->lost || o->n == MAX_OPEN) {
        o->lost = true;
        return;
    }
    if (o->n && ((strcmp(o->names[o->n - 1], name) == 0 && S_in(name, SIBLING_CLOSED)) ||
                 (strcmp(o->names[o->n - 1], "p") == 0 && S_in(name, BLOCKS))))
        o->n--; /* never a <pre> */
    memcpy(o->names[o->n++], name, NAME_MAX_LEN);
    o->pre += !strcmp(name, "pre");
}

/* An end tag for name: write the end tags of the elements open inside it
 * (when it is open, in scope) and pop them with it. */
static void S_pop(open_elements *o, const char *name, ng_buf *out)
{
    if (o->lost)
        return;
    size_t k = o->n;
    while (k > 0 && strcmp(o->names[k - 1], name) != 0) {
        if (S_in(o->names[k - 1], SCOPE_ELEMENTS))
            return; /* not in scope: the end tag is ignored, as a browser does */
        k--;
    }
    if (k == 0)
        return;
    for (size_t i = o->n; i > k; i--) {
        ng_buf_add(out, "</", 2);
        ng_buf_adds(out, o->names[i - 1]);
        ng_buf_addc(out, '>');
    }
    for (size_t i = k - 1; i < o->n; i++)
        o->pre -= !strcmp(o->names[i], "pre");
    o->n = k - 1;
}

/* The text between two tags: a run of white space alone (indentation, a
 * tenth of a page) is one character, as it renders, but inside <pre>. */
static void S_copy_text(const char *p, const char *lt, const open_elements *o, ng_buf *out)
{
    if (lt - p > 1 && !o->pre && !o->lost) {
        const char *q = p;
        while (q < lt && (*q == ' ' || *q == '\n' || *q == '\t' || *q == '\r'))
            q++;
        if (q == lt) {
            ng_buf_addc(out, *p);
            return;
        }
    }
    ng_buf_add(out, p, (size_t)(lt - p));
}

void ng_html_prepare(const char *data, size_t len, ng_buf *out)
{
    open_elements *ob = calloc(1, sizeof *ob); /* 16 KB: not on the stack */
    if (!ob)
        abort();
    const char *p = data, *end = data + len;
    while (p < end) {
        const char *lt = memchr(p, '<', (size_t)(end - p));
        if (!lt)
            break;
        S_copy_text(p, lt, ob, out);
        p = lt;
        if (end - p >= 4 && memcmp(p, "<!--", 4) == 0) {
            const char *close = S_find(p + 4, end, "-->", 3);
            const char *after = close ? close + 3 : end;
            ng_buf_add(out, p, (size_t)(after - p));
            p = after;
            continue;
        }
        char name[NAME_MAX_LEN];
        bool closing = p + 1 < end && p[1] == '/';
        if (!S_tag_name(p + 1 + closing, end, name)) {
            ng_buf_addc(out, '<');
            p++;
            continue;
        }
        const char *after = S_tag_end(p, end);
        if (closing) {
            S_pop(ob, name, out);
            ng_buf_add(out, p, (size_t)(after - p));
            p = after;
            continue;
        }
        after = S_copy_start_tag(p, end, out);
        bool self_closed = after - p >= 2 && after[-2] == '/';
        bool raw = !strcmp(name, "script") || !strcmp(name, "style");
        bool copied = !strcmp(name, "title") || !strcmp(name, "textarea");
        if (raw || copied) {
            const char *close = S_close_tag(after, end, name);
            if (copied || (!strcmp(name, "script") && S_find(p, after, "ld+json", 7)))
                ng_buf_add(out, after, (size_t)(close - after));
            p = close;
            if (close < end) {
                /* its end tag, as written */
                const char *close_end = S_tag_end(close, end);
                ng_buf_add(out, close, (size_t)(close_end - close));
                p = close_end;
            }
            continue;
        }
        if (!self_closed && !S_in(name, VOID_ELEMENTS))
            S_push(ob, name);
        p = after;
    }
    ng_buf_add(out, p, (size_t)(end - p));
    free(ob);
}

/* ---- the page's encoding ---------------------------------------------------- */

/* The length of the well-formed UTF-8 sequence at u (n bytes left) that
 * starts with a byte >= 0x80, or 0 (RFC 3629: no overlong forms, no
 * surrogates, nothing above U+10FFFF). */
static size_t S_utf8_sequence(const unsigned char *u, size_t n)
{
    size_t len = u[0] >= 0xC2 && u[0] <= 0xDF   ? 2
                 : u[0] >= 0xE0 && u[0] <= 0xEF ? 3
                 : u[0] >= 0xF0 && u[0] <= 0xF4 ? 4
                                                : 0;
    if (!len || len > n)
        return 0;
    for (size_t k = 1; k < len; k++)
        if ((u[k] & 0xC0) != 0x80)
            return 0;
    if ((u[0] == 0xE0 && u[1] < 0xA0) || (u[0] == 0xED && u[1] > 0x9F) || (u[0] == 0xF0 && u[1] < 0x90) ||
        (u[0] == 0xF4 && u[1] > 0x8F))
        return 0;
    return len;
}

/* Well-formed multi-byte UTF-8 sequences in s, and bytes that are not. */
static void S_utf8_counts(const char *s, size_t n, size_t *good, size_t *bad)
{
    const unsigned char *u = (const unsigned char *)s;
    *good = *bad = 0;
    for (size_t i = 0; i < n;) {
        if (u[i] < 0x80) {
            /* ASCII runs eight bytes at a time: most of a page */
            uint64_t w;
            while (i + 8 <= n && (memcpy(&w, u + i, 8), !(w & 0x8080808080808080ULL)))
                i += 8;
            while (i < n && u[i] < 0x80)
                i++;
            continue;
        }
        size_t len = S_utf8_sequence(u + i, n - i);
        if (len) {
            ++*good;
            i += len;
        } else {
            ++*bad;
            i++;
        }
    }
}

/* The charset a <meta> near the top declares ("<meta charset=...>" or
 * "content='text/html; charset=...'"), lower case, into out; false when
 * there is none. */
static bool S_declared_charset(const char *data, size_t len, char out[32])
{
    const char *end = data + (len < 16384 ? len : 16384);
    for (const char *p = data; p < end; p++) {
        p = memchr(p, '<', (size_t)(end - p));
        if (!p || end - p < 6)
            return false;
        if (strncasecmp(p, "<meta", 5) != 0)
            continue;
        const char *tag_end = S_tag_end(p, end);
        for (const char *q = p; q + 8 < tag_end; q++) {
            if (strncasecmp(q, "charset=", 8) != 0)
                continue;
            q += 8;
            while (q < tag_end && (*q == '"' || *q == '\'' || *q == ' '))
                q++;
            size_t n = 0;
            while (q < tag_end && n < 31 && (isalnum((unsigned char)*q) || *q == '-' || *q == '_' || *q == ':' ||
                                             *q == '.'))
                out[n++] = (char)tolower((unsigned char)*q++);
            out[n] = '\0';
            return n > 0;
        }
    }
    return false;
}

const char *ng_html_encoding(const char *data, size_t len, char declared[32], bool *repair)
{
    /* what browsers read in windows-1252 (WHATWG's Encoding standard) */
    static const char *const LATIN1[] = {"iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "l1",
                                         "us-ascii", "ascii", "windows-1252", "cp1252", "x-cp1252", NULL};
    *repair = false;
    size_t good, bad;
    S_utf8_counts(data, len, &good, &bad);
    if (!bad)
        return "UTF-8"; /* pages converted to UTF-8 often keep their old declaration */
    bool has = S_declared_charset(data, len, declared);
    if (has && strcmp(declared, "utf-8") != 0 && strcmp(declared, "utf8") != 0)
        return S_in(declared, LATIN1) ? "windows-1252" : declared;
    if (good >= bad) {
        *repair = true; /* UTF-8 with a few broken bytes: those become U+FFFD */
        return "UTF-8";
    }
    return "windows-1252";
}
