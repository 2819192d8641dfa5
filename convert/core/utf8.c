/* utf8.c -- decoding, repair and folding. Unicode tables come from utf8proc;
 * only the byte-level work that must never fail on bad input is done here. */
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "internal.h"

int32_t ng_utf8_decode(const unsigned char *s, size_t n, int *len)
{
    utf8proc_int32_t cp;
    utf8proc_ssize_t r = utf8proc_iterate(s, (utf8proc_ssize_t)n, &cp);
    if (r <= 0) {
        *len = 1;
        return -1;
    }
    *len = (int)r;
    return cp;
}


size_t ng_utf8_clean(const char *src, size_t n, char **out, size_t *out_len, size_t *first_bad)
{
    ng_buf b = {0};
    size_t repairs = 0;
    const unsigned char *s = (const unsigned char *)src;
    size_t i = 0;
    /* A byte order mark says nothing about the article. */
    if (n >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF)
        i = 3;
    if (first_bad)
        *first_bad = (size_t)-1;
    while (i < n) {
        unsigned char c = s[i];
        if (c < 0x80) {
            if (c == '\r') {
                ng_buf_addc(&b, '\n');
                i += (i + 1 < n && s[i + 1] == '\n') ? 2 : 1;
                continue;
            }
            if (c < 0x20 && c != '\n' && c != '\t') {
                if (c == '\f' || c == '\v')
                    ng_buf_addc(&b, '\n');
                else {
                    if (first_bad && *first_bad == (size_t)-1)
                        *first_bad = i;
                    repairs++;
                }
                i++;
                continue;
            }
            ng_buf_addc(&b, (char)c);
            i++;
            continue;
        }
        int len;
        int32_t cp = ng_utf8_decode(s + i, n - i, &len);
        if (cp < 0) {
            if (first_bad && *first_bad == (size_t)-1)
                *first_bad = i;
            repairs++;
            ng_buf_add(&b, "\xEF\xBF\xBD", 3);
            i += 1;
            continue;
        }
        if (cp == 0xA0 || cp == 0x2009 || cp == 0x202F || cp == 0x2007)
            ng_buf_addc(&b, ' ');   /* no-break spaces: plain spaces for the tokenizer */
        else if (cp == 0x2028 || cp == 0x2029)
            ng_buf_addc(&b, '\n');
        else if (cp == 0x200B || cp == 0xFEFF || cp == 0xAD)
            ; /* zero-width and soft hyphen: invisible, dropped */
        else
            ng_buf_add(&b, (const char *)s + i, (size_t)len);
        i += (size_t)len;
    }
    if (!b.data)
        ng_buf_add(&b, "", 0);
    *out = b.data;
    *out_len = b.len;
    return repairs;
}

size_t ng_utf8_count(const char *s, size_t n)
{
    size_t count = 0;
    for (size_t i = 0; i < n; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80)
            count++;
    return count;
}

size_t *ng_utf8_cp_bytes(const char *s, size_t n)
{
    size_t *at = malloc((ng_utf8_count(s, n) + 1) * sizeof *at);
    if (!at)
        abort();
    for (size_t i = 0, c = 0; i <= n; i++)
        if (i == n || ((unsigned char)s[i] & 0xc0) != 0x80)
            at[c++] = i;
    return at;
}

bool ng_cp_is_upper(int32_t cp)
{
    if (cp < 0x80)
        return cp >= 'A' && cp <= 'Z';
    utf8proc_category_t c = utf8proc_category(cp);
    return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}

bool ng_cp_is_letter(int32_t cp)
{
    if (cp < 0x80)
        return (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z');
    utf8proc_category_t c = utf8proc_category(cp);
    return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_MC;
}

bool ng_cp_is_space(int32_t cp)
{
    if (cp < 0x80)
        return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v';
    return utf8proc_category(cp) == UTF8PROC_CATEGORY_ZS;
}

bool ng_fold_ascii(const char *s, size_t n, char *out, size_t cap)
{
    if (n >= cap)
        return false;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x20 || c >= 0x7f)
            return false;
        out[i] = (char)(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
    }
    out[n] = '\0';
    return true;
}

/* ng_text_fold's common case, without utf8proc's decomposition; NULL when
 * s is not printable ASCII. */
static char *S_fold_ascii(const char *s, size_t n)
{
    char *out = malloc(n + 1);
    if (!out)
        abort();
    if (ng_fold_ascii(s, n, out, n + 1))
        return out;
    free(out);
    return NULL;
}

char *ng_text_fold(const char *s, size_t n)
{
    char *ascii = S_fold_ascii(s, n);
    if (ascii)
        return ascii;
    /* Fold typographic variants first so "Pyongyang’s" and "Pyongyang's" meet. */
    ng_buf b = {0};
    const unsigned char *u = (const unsigned char *)s;
    for (size_t i = 0; i < n;) {
        int len;
        int32_t cp = ng_utf8_decode(u + i, n - i, &len);
        if (cp == 0x2018 || cp == 0x2019 || cp == 0x02BC || cp == 0x2032)
            ng_buf_addc(&b, '\'');
        else if (cp == 0x201C || cp == 0x201D || cp == 0x201E)
            ng_buf_addc(&b, '"');
        else if (cp == 0x2010 || cp == 0x2011 || cp == 0x2012 || cp == 0x2013)
            ng_buf_addc(&b, '-');
        else if (cp >= 0)
            ng_buf_add(&b, s + i, (size_t)len);
        i += (size_t)len;
    }
    if (!b.data)
        ng_buf_add(&b, "", 0);
    utf8proc_uint8_t *folded = NULL;
    utf8proc_ssize_t r = utf8proc_map((const utf8proc_uint8_t *)b.data, (utf8proc_ssize_t)b.len, &folded,
                                      UTF8PROC_COMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD |
                                          UTF8PROC_IGNORE);
    if (r < 0 || !folded)
        return b.data;
    ng_buf_free(&b);
    return (char *)folded;
}

size_t ng_utf8_put(char *o, uint32_t c)
{
    if (c < 0x80) {
        o[0] = (char)c;
        return 1;
    }
    if (c < 0x800) {
        o[0] = (char)(0xC0 | c >> 6);
        o[1] = (char)(0x80 | (c & 0x3F));
        return 2;
    }
    if (c < 0x10000) {
        o[0] = (char)(0xE0 | c >> 12);
        o[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        o[2] = (char)(0x80 | (c & 0x3F));
        return 3;
    }
    o[0] = (char)(0xF0 | c >> 18);
    o[1] = (char)(0x80 | ((c >> 12) & 0x3F));
    o[2] = (char)(0x80 | ((c >> 6) & 0x3F));
    o[3] = (char)(0x80 | (c & 0x3F));
    return 4;
}

bool ng_utf16_bom(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    return n >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF));
}

char *ng_utf16_to_utf8(const char *s, size_t n, size_t *out_len)
{
    const unsigned char *u = (const unsigned char *)s;
    bool le = u[0] == 0xFF;
    char *out = malloc(n / 2 * 3 + 4), *o = out;
    for (size_t i = 2; i + 1 < n; i += 2) {
        uint32_t c = le ? (uint32_t)(u[i] | u[i + 1] << 8) : (uint32_t)(u[i] << 8 | u[i + 1]);
        if (c >= 0xD800 && c <= 0xDBFF && i + 3 < n) {
            uint32_t d = le ? (uint32_t)(u[i + 2] | u[i + 3] << 8) : (uint32_t)(u[i + 2] << 8 | u[i + 3]);
            if (d >= 0xDC00 && d <= 0xDFFF) {
                c = 0x10000 + ((c - 0xD800) << 10) + (d - 0xDC00);
                i += 2;
            } else
                c = 0xFFFD;
        } else if (c >= 0xD800 && c <= 0xDFFF)
            c = 0xFFFD; /* a lone surrogate */
        else if (c == 0)
            c = 0xFFFD;
        o += ng_utf8_put(o, c);
    }
    *o = '\0';
    *out_len = (size_t)(o - out);
    return out;
}
