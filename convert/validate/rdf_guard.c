/* rdf_guard.c -- what an RDF document must not be before Raptor reads it.
 *
 * Input to `validate` is untrusted, and Raptor 2.0.15 (Debian 12's) crashes
 * or corrupts its heap on some documents: fuzzing found each case below.
 * The guards refuse those documents with the file and line, so Raptor only
 * sees what it reads safely:
 *   - any syntax: a NUL byte, a language tag of 256 characters or more;
 *   - N-Triples, N-Quads: any line outside the W3C grammar (its parser reads
 *     past malformed terms: language tags with a backslash or a byte over
 *     127, and more that the fuzzer keeps finding), checked here in full;
 *   - Turtle, TriG: a graph named by the empty IRI ("<> {");
 *   - RDF/XML: entity expansion and nesting out of proportion to the size. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "validate.h"

/* ---- RDF/XML: bounds checked before libxml2 sees the document ---------- */

typedef struct xml_entity {
    const char *name, *value;
    size_t nname, nvalue;
    uint64_t expanded;        /* 0: not computed yet */
    bool busy;
} xml_entity;

/* First occurrence of needle (m bytes) in hay (n bytes), or NULL. */
static const char *S_find(const char *hay, size_t n, const char *needle, size_t m)
{
    for (const char *p = hay; n >= m && (p = memchr(p, needle[0], n - m + 1 - (size_t)(p - hay))) != NULL; p++)
        if (memcmp(p, needle, m) == 0)
            return p;
    return NULL;
}

/* The internal general entities declared in the document's DTD subset. */
static size_t S_entities(const char *t, size_t len, xml_entity *out, size_t max, size_t *subset_end)
{
    size_t n = 0;
    *subset_end = 0;
    const char *dt = S_find(t, len, "<!DOCTYPE", 9);
    if (!dt)
        return 0;
    const char *end = S_find(dt, len - (size_t)(dt - t), "]>", 2);
    size_t stop = end ? (size_t)(end - t) + 2 : len;
    *subset_end = stop;
    for (const char *p = dt; p < t + stop && n < max;) {
        const char *d = S_find(p, (size_t)(t + stop - p), "<!ENTITY", 8);
        if (!d)
            break;
        p = d + 8;
        while (p < t + stop && (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n'))
            p++;
        if (p < t + stop && *p == '%')
            continue; /* parameter entities: external ones are refused */
        const char *name = p;
        while (p < t + stop && !(*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n'))
            p++;
        size_t nname = (size_t)(p - name);
        while (p < t + stop && (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n'))
            p++;
        if (p >= t + stop || (*p != '"' && *p != '\''))
            continue; /* SYSTEM or PUBLIC: refused by the entity loader */
        char q = *p++;
        const char *value = p;
        while (p < t + stop && *p != q)
            p++;
        out[n++] = (xml_entity){name, value, nname, (size_t)(p - value), 0, false};
    }
    return n;
}

static uint64_t S_expanded_refs(xml_entity *e, size_t n, const char *s, size_t len, int depth);

/* Bytes entity i stands for once every reference inside it is replaced. */
static uint64_t S_expanded(xml_entity *e, size_t n, size_t i, int depth)
{
    if (e[i].expanded || e[i].busy || depth > 16)
        return e[i].expanded;
    e[i].busy = true;
    e[i].expanded = S_expanded_refs(e, n, e[i].value, e[i].nvalue, depth + 1);
    e[i].busy = false;
    return e[i].expanded;
}

/* Bytes of s once its entity references are replaced (saturating). */
static uint64_t S_expanded_refs(xml_entity *e, size_t n, const char *s, size_t len, int depth)
{
    uint64_t total = len;
    for (const char *p = s; p < s + len && total < UINT64_MAX / 4;) {
        const char *amp = memchr(p, '&', (size_t)(s + len - p));
        if (!amp)
            break;
        const char *semi = memchr(amp, ';', (size_t)(s + len - amp));
        if (!semi || semi - amp > 256) {
            p = amp + 1;
            continue;
        }
        for (size_t i = 0; i < n; i++)
            if (e[i].nname == (size_t)(semi - amp - 1) && memcmp(e[i].name, amp + 1, e[i].nname) == 0) {
                total += S_expanded(e, n, i, depth);
                break;
            }
        p = semi + 1;
    }
    return total;
}

/* What the document's entities would expand it to, in bytes. */
static uint64_t S_xml_expansion(const char *t, size_t len)
{
    xml_entity e[256];
    size_t subset_end;
    size_t n = S_entities(t, len, e, sizeof e / sizeof e[0], &subset_end);
    if (!n)
        return len;
    return subset_end + S_expanded_refs(e, n, t + subset_end, len - subset_end, 0);
}

/* Deepest element nesting of an XML document (tags only, roughly). */
static size_t S_xml_depth(const char *t, size_t len)
{
    size_t depth = 0, max = 0;
    for (size_t i = 0; i + 1 < len; i++) {
        if (t[i] != '<')
            continue;
        char c = t[i + 1];
        if (c == '/') {
            if (depth)
                depth--;
        } else if (c != '!' && c != '?') {
            const char *gt = memchr(t + i, '>', len - i);
            if (!gt)
                break;
            if (gt[-1] != '/' && ++depth > max)
                max = depth;
            i = (size_t)(gt - t);
        }
    }
    return max;
}

/* Line of an empty IRI "<>" followed by "{" (a graph named by the base
 * IRI), skipping strings, comments and other IRIs; 0 when there is none.
 * Raptor 2.0.15's Turtle and TriG parser crashes on that shape (Debian's
 * own rapper too), so it is refused before Raptor sees it. */
static long S_raptor_crash_line(const char *t, size_t len)
{
    long line = 1;
    for (size_t i = 0; i < len; i++) {
        char c = t[i];
        if (c == '\n')
            line++;
        else if (c == '#') {
            /* (a carriage return ends a comment for Raptor too: "#\r <> {") */
            while (i + 1 < len && t[i + 1] != '\n' && t[i + 1] != '\r')
                i++;
        } else if (c == '"' || c == '\'') {
            bool longq = i + 2 < len && t[i + 1] == c && t[i + 2] == c;
            size_t j = i + (longq ? 3 : 1);
            for (; j < len; j++) {
                if (t[j] == '\\') {
                    j++;
                    continue;
                }
                if (t[j] == '\n')
                    line++;
                if (t[j] == c && (!longq || (j + 2 < len && t[j + 1] == c && t[j + 2] == c)))
                    break;
            }
            i = longq ? j + 2 : j;
        } else if (c == '<') {
            if (i + 1 < len && t[i + 1] == '>') {
                size_t j = i + 2;
                /* (Raptor's lexer reads a vertical tab and a form feed as
                 * space too: "<> \v{"; TriG may put "=" before the graph,
                 * and a comment may stand between: "<> = {", "<> #c\n{") */
                bool equals = false;
                while (j < len) {
                    if (t[j] == ' ' || t[j] == '\t' || t[j] == '\r' || t[j] == '\n' || t[j] == '\v' || t[j] == '\f')
                        j++;
                    else if (t[j] == '=' && !equals)
                        equals = true, j++;
                    else if (t[j] == '#')
                        while (j < len && t[j] != '\n' && t[j] != '\r')
                            j++;
                    else
                        break;
                }
                if (j == len || t[j] == '{')
                    return line;
            }
            while (i + 1 < len && t[i + 1] != '>' && t[i + 1] != '\n' && t[i + 1] != '\r')
                i++;
        }
    }
    return 0;
}

/* Raptor 2.0.15 keeps a literal's language tag length in an unsigned char:
 * a tag of 256 characters or more is copied into a buffer sized by the
 * length modulo 256 and overflows it (a fuzzed N-Quads line). The line of
 * the first tag ("@" after a string's closing quote, or an xml:lang
 * attribute) of 256 characters or more, counted as far as Raptor may read
 * (to the next space); 0 when there is none. */
#define RAPTOR_MAX_LANGUAGE 255
static long S_long_language_line(const char *t, size_t len, size_t *tag_len)
{
    long line = 1;
    for (size_t i = 0; i < len; i++) {
        if (t[i] == '\n') {
            line++;
            continue;
        }
        size_t start = 0, end = 0;
        if (t[i] == '@' && i > 0 && (t[i - 1] == '"' || t[i - 1] == '\'')) {
            start = end = i + 1;
            while (end < len && t[end] != ' ' && t[end] != '\t' && t[end] != '\n' && t[end] != '\r')
                end++;
        } else if (t[i] == 'x' && len - i > 10 && !memcmp(t + i, "xml:lang=", 9) &&
                   (t[i + 9] == '"' || t[i + 9] == '\'')) {
            start = end = i + 10;
            while (end < len && t[end] != t[i + 9] && t[end] != '\n')
                end++;
        }
        if (end - start > RAPTOR_MAX_LANGUAGE) {
            *tag_len = end - start;
            return line;
        }
    }
    return 0;
}

#define RDFXML_MAX_EXPANSION (16 << 20)
#define RDFXML_MAX_DEPTH 1000


/* ---- N-Triples and N-Quads: the W3C grammar, line by line ------------- */

/* A position in the document while one line is checked. */
typedef struct {
    const char *t;
    size_t len, i;   /* the document, its length, the byte being read */
    size_t line_start;
    const char *problem; /* what was expected where the line went wrong */
} nt_cursor;

static bool S_at_end_of_line(const nt_cursor *c)
{
    return c->i >= c->len || c->t[c->i] == '\n' || c->t[c->i] == '\r';
}

static void S_skip_blanks(nt_cursor *c)
{
    while (c->i < c->len && (c->t[c->i] == ' ' || c->t[c->i] == '\t'))
        c->i++;
}

static bool S_fail(nt_cursor *c, const char *expected)
{
    c->problem = expected;
    return false;
}

static bool S_hex(char ch)
{
    return (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'f') || (ch >= 'A' && ch <= 'F');
}

/* One UTF-8 character of two bytes or more at c->i: its code point, and
 * c->i past it; -1 when the bytes are no well-formed UTF-8. */
static long S_utf8(nt_cursor *c)
{
    unsigned char b = (unsigned char)c->t[c->i];
    int more = b >= 0xF0 && b <= 0xF4 ? 3 : b >= 0xE0 && b <= 0xEF ? 2 : b >= 0xC2 && b <= 0xDF ? 1 : -1;
    if (more < 0 || c->len - c->i <= (size_t)more)
        return -1;
    long cp = b & (0x3F >> more);
    for (int k = 1; k <= more; k++) {
        unsigned char n = (unsigned char)c->t[c->i + k];
        if ((n & 0xC0) != 0x80)
            return -1;
        cp = (cp << 6) | (n & 0x3F);
    }
    static const long least[] = {0, 0x80, 0x800, 0x10000};
    if (cp < least[more] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return -1;
    c->i += (size_t)more + 1;
    return cp;
}

/* UCHAR after the backslash: \uXXXX or \UXXXXXXXX. */
static bool S_uchar(nt_cursor *c)
{
    size_t digits = c->t[c->i] == 'u' ? 4 : 8;
    if (c->len - c->i <= digits)
        return false;
    for (size_t k = 1; k <= digits; k++)
        if (!S_hex(c->t[c->i + k]))
            return false;
    c->i += digits + 1;
    return true;
}

/* IRIREF: '<' ([^#x00-#x20<>"{}|^`\] | UCHAR)* '>' */
static bool S_iri(nt_cursor *c)
{
    c->i++;
    while (c->i < c->len) {
        unsigned char ch = (unsigned char)c->t[c->i];
        if (ch == '>') {
            c->i++;
            return true;
        }
        if (ch == '\\') {
            c->i++;
            if (c->i >= c->len || (c->t[c->i] != 'u' && c->t[c->i] != 'U') || !S_uchar(c))
                return S_fail(c, "an IRI escape (\\u and four hex digits, or \\U and eight)");
        } else if (ch >= 0x80) {
            if (S_utf8(c) < 0)
                return S_fail(c, "UTF-8 in an IRI");
        } else if (ch <= 0x20 || strchr("<\"{}|^`", ch)) {
            return S_fail(c, "\">\" to close the IRI (no space, control character or <\"{}|^` inside one)");
        } else {
            c->i++;
        }
    }
    return S_fail(c, "\">\" to close the IRI");
}

/* PN_CHARS_BASE's ranges above ASCII (the N-Triples grammar). */
static bool S_name_base(long cp)
{
    return (cp >= 0xC0 && cp <= 0xD6) || (cp >= 0xD8 && cp <= 0xF6) || (cp >= 0xF8 && cp <= 0x2FF) ||
           (cp >= 0x370 && cp <= 0x37D) || (cp >= 0x37F && cp <= 0x1FFF) || (cp >= 0x200C && cp <= 0x200D) ||
           (cp >= 0x2070 && cp <= 0x218F) || (cp >= 0x2C00 && cp <= 0x2FEF) || (cp >= 0x3001 && cp <= 0xD7FF) ||
           (cp >= 0xF900 && cp <= 0xFDCF) || (cp >= 0xFDF0 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0xEFFFF);
}

/* One character of a blank node label at c->i: 1 and c->i past it when it
 * may stand there (first: PN_CHARS_U or a digit; later: PN_CHARS or "."),
 * else 0 and c->i unmoved. */
static int S_label_char(nt_cursor *c, bool first)
{
    unsigned char ch = (unsigned char)c->t[c->i];
    if (ch < 0x80) {
        bool ok = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_' ||
                  (!first && (ch == '-' || ch == '.'));
        c->i += ok;
        return ok;
    }
    size_t at = c->i;
    long cp = S_utf8(c);
    if (cp >= 0 && (S_name_base(cp) || (!first && (cp == 0xB7 || (cp >= 0x300 && cp <= 0x36F) ||
                                                    (cp >= 0x203F && cp <= 0x2040)))))
        return 1;
    c->i = at;
    return 0;
}

/* BLANK_NODE_LABEL: '_:' (PN_CHARS_U | [0-9]) ((PN_CHARS | '.')* PN_CHARS)? */
static bool S_blank(nt_cursor *c)
{
    if (c->len - c->i < 3 || c->t[c->i + 1] != ':')
        return S_fail(c, "\"_:\" and a label");
    c->i += 2;
    if (!S_label_char(c, true))
        return S_fail(c, "a blank node label (a letter, digit or \"_\" first)");
    size_t last_good = c->i;
    while (c->i < c->len && S_label_char(c, false))
        if (c->t[c->i - 1] != '.')
            last_good = c->i;
    c->i = last_good; /* a label does not end in ".": that is the statement's */
    return true;
}

/* LANGTAG: '@' [a-zA-Z]+ ('-' [a-zA-Z0-9]+)* */
static bool S_language(nt_cursor *c)
{
    c->i++;
    size_t part = 0;
    bool first = true;
    for (; c->i < c->len; c->i++) {
        char ch = c->t[c->i];
        if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (!first && ch >= '0' && ch <= '9'))
            part++;
        else if (ch == '-' && part > 0)
            first = false, part = 0;
        else
            break;
    }
    return part > 0 || S_fail(c, "a language tag (letters, then \"-\" and letters or digits)");
}

/* literal: STRING_LITERAL_QUOTE ('^^' IRIREF | LANGTAG)? */
static bool S_literal(nt_cursor *c)
{
    c->i++;
    for (;;) {
        if (S_at_end_of_line(c))
            return S_fail(c, "'\"' to close the string (a string is on one line; \\n for a line break)");
        unsigned char ch = (unsigned char)c->t[c->i];
        if (ch == '"') {
            c->i++;
            break;
        }
        if (ch == '\\') {
            c->i++;
            if (c->i >= c->len)
                return S_fail(c, "an escape after \"\\\"");
            char e = c->t[c->i];
            if (e == 'u' || e == 'U') {
                if (!S_uchar(c))
                    return S_fail(c, "\\u and four hex digits, or \\U and eight");
            } else if (strchr("tbnrf\"'\\", e) && e) {
                c->i++;
            } else {
                return S_fail(c, "an escape of \\t \\b \\n \\r \\f \\\" \\' \\\\ \\u or \\U");
            }
        } else if (ch >= 0x80) {
            if (S_utf8(c) < 0)
                return S_fail(c, "UTF-8 in a string");
        } else {
            c->i++;
        }
    }
    if (c->i < c->len && c->t[c->i] == '@')
        return S_language(c);
    if (c->len - c->i >= 2 && c->t[c->i] == '^' && c->t[c->i + 1] == '^') {
        c->i += 2;
        if (c->i >= c->len || c->t[c->i] != '<')
            return S_fail(c, "a datatype IRI <...> after \"^^\"");
        return S_iri(c);
    }
    return true;
}

enum { NT_IRI = 1, NT_BLANK = 2, NT_LITERAL = 4 };

/* One term of the kinds allowed, after blanks. */
static bool S_term(nt_cursor *c, int kinds, const char *expected)
{
    S_skip_blanks(c);
    char ch = S_at_end_of_line(c) ? '\0' : c->t[c->i];
    if (ch == '<' && (kinds & NT_IRI))
        return S_iri(c);
    if (ch == '_' && (kinds & NT_BLANK))
        return S_blank(c);
    if (ch == '"' && (kinds & NT_LITERAL))
        return S_literal(c);
    return S_fail(c, expected);
}

/* One line (c->i at its first byte; after, at its end): blank, a comment,
 * or subject predicate object [graph] "." and an optional comment. */
static bool S_statement_line(nt_cursor *c, bool quads)
{
    S_skip_blanks(c);
    if (S_at_end_of_line(c) || c->t[c->i] == '#')
        goto rest;
    if (!S_term(c, NT_IRI | NT_BLANK, "a subject: <IRI> or _:label") ||
        !S_term(c, NT_IRI, "a predicate: <IRI>") ||
        !S_term(c, NT_IRI | NT_BLANK | NT_LITERAL, "an object: <IRI>, _:label or \"literal\""))
        return false;
    S_skip_blanks(c);
    if (quads && !S_at_end_of_line(c) && (c->t[c->i] == '<' || c->t[c->i] == '_') &&
        !S_term(c, NT_IRI | NT_BLANK, "a graph name: <IRI> or _:label"))
        return false;
    S_skip_blanks(c);
    if (S_at_end_of_line(c) || c->t[c->i] != '.')
        return S_fail(c, quads ? "a graph name or \".\" to end the statement" : "\".\" to end the statement");
    c->i++;
    S_skip_blanks(c);
    if (!S_at_end_of_line(c) && c->t[c->i] != '#')
        return S_fail(c, "the end of the line after \".\" (one statement per line)");
rest:
    while (!S_at_end_of_line(c))
        c->i++;
    return true;
}

/* The first line outside the grammar: its number, *column (1-based, in
 * bytes) and what was expected there; 0 when every line is in it. */
static long S_ntriples_bad_line(const char *t, size_t len, bool quads, size_t *column, const char **expected)
{
    nt_cursor c = {t, len, 0, 0, NULL};
    long line = 1;
    while (c.i < len) {
        c.line_start = c.i;
        if (!S_statement_line(&c, quads)) {
            *column = c.i - c.line_start + 1;
            *expected = c.problem;
            return line;
        }
        /* EOL: [#xD#xA]+, counted as the lines a reader sees */
        while (c.i < len && (t[c.i] == '\n' || t[c.i] == '\r')) {
            if (t[c.i] == '\n' || (t[c.i] == '\r' && (c.i + 1 >= len || t[c.i + 1] != '\n')))
                line++;
            c.i++;
        }
    }
    return 0;
}

/* ---- the guard -------------------------------------------------------- */

static int S_refuse(ng_error *err, const char *source, long line, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

static int S_refuse(ng_error *err, const char *source, long line, const char *fmt, ...)
{
    char msg[512], where[600];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (line > 0)
        snprintf(where, sizeof where, "%s:%ld", source, line);
    else
        snprintf(where, sizeof where, "%s", source);
    ng_error_set(err, where, line, 0, "%s", msg);
    return -1;
}

int rdf_guard(const char *text, size_t len, const char *syntax, const char *source, ng_error *err)
{
    /* no RDF syntax has a NUL byte, and Raptor 2.0.15 writes past its
     * buffers on one in a literal's language tag */
    const char *nul = memchr(text, 0, len);
    if (nul) {
        long line = 1;
        for (const char *c = text; c < nul; c++)
            line += *c == '\n';
        return S_refuse(err, source, line, "a NUL byte (offset %zu): refused, RDF text has none", (size_t)(nul - text));
    }
    bool quads = !strcmp(syntax, "nquads");
    if (quads || !strcmp(syntax, "ntriples")) {
        size_t column = 0;
        const char *expected = NULL;
        long bad = S_ntriples_bad_line(text, len, quads, &column, &expected);
        if (bad) {
            char where[600];
            snprintf(where, sizeof where, "%s:%ld:%zu", source, bad, column);
            ng_error_set(err, where, bad, 0, "not %s: expected %s", quads ? "N-Quads" : "N-Triples", expected);
            return -1;
        }
    }
    size_t tag_len = 0;
    long long_tag = S_long_language_line(text, len, &tag_len);
    if (long_tag)
        return S_refuse(err, source, long_tag,
                        "a language tag of %zu characters is refused: the RDF parser (Raptor 2.0.15) keeps at most %d",
                        tag_len, RAPTOR_MAX_LANGUAGE);
    long crash = !strcmp(syntax, "turtle") || !strcmp(syntax, "trig") ? S_raptor_crash_line(text, len) : 0;
    if (crash)
        return S_refuse(err, source, crash,
                        "a graph named by the empty IRI (\"<> {\") is refused: the RDF parser (Raptor 2.0.15) "
                        "crashes on it; name the graph with its full IRI");
    if (!strcmp(syntax, "rdfxml")) {
        /* entity amplification and deep nesting cost libxml2 and Raptor
         * memory and time out of proportion to the input */
        uint64_t grown = S_xml_expansion(text, len);
        if (grown > RDFXML_MAX_EXPANSION + 10 * (uint64_t)len)
            return S_refuse(err, source, 0,
                            "its entities expand it to %llu MB: refused (more than 10 times its size plus %d MB)",
                            (unsigned long long)(grown >> 20), RDFXML_MAX_EXPANSION >> 20);
        size_t depth = S_xml_depth(text, len);
        if (depth > RDFXML_MAX_DEPTH)
            return S_refuse(err, source, 0, "elements nested %zu deep: refused (at most %d)", depth,
                            RDFXML_MAX_DEPTH);
    }
    return 0;
}
