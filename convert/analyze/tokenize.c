/* tokenize.c -- words, numbers and punctuation with byte offsets.
 *
 * News-specific decisions: "U.S." and "U.N." are one token; a capital
 * letter with a period ("W.") is an initial; known abbreviations keep their
 * period; the possessive 's (straight or curly) is its own token; hyphens
 * and apostrophes inside a word stay in it; em and en dashes, quotation
 * marks and brackets are tokens of their own. */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

static bool S_is_apostrophe(int32_t cp) { return cp == '\'' || cp == 0x2019 || cp == 0x02BC; }
static bool S_is_dquote(int32_t cp) { return cp == '"' || cp == 0x201C || cp == 0x201D || cp == 0x201E || cp == 0x00AB || cp == 0x00BB; }
static bool S_is_digit(int32_t cp) { return cp >= '0' && cp <= '9'; }
static bool S_is_wordch(int32_t cp) { return ng_cp_is_letter(cp) || S_is_digit(cp); }

static int32_t S_at(const ng_document *doc, size_t i, int *len);

/* Is bytes [a, b) a name the lexicon knows, capitalized? (Not a
 * demonym: "Cuban-American", "Afghan-American" name one people.) */
static bool S_known_name(const ng_document *doc, size_t a, size_t b)
{
    const char *t = doc->art->text;
    if (b <= a || b - a > 40 || t[a] < 'A' || t[a] > 'Z')
        return false;
    char *f = ng_text_fold(t + a, b - a);
    bool known = ng_lex_name(doc->lex, f) != NULL;
    free(f);
    return known;
}

/* At a hyphen at bytes [h, after): are the word before it (from start)
 * and the word after it names of the lexicon, and the two together not
 * one ("Guinea-Bissau")? */
static bool S_name_pair(const ng_document *doc, size_t start, size_t h, size_t after, size_t end)
{
    size_t e = after;
    int len;
    while (e < end && S_is_wordch(S_at(doc, e, &len)) && len > 0)
        e += (size_t)len;
    /* (not before another hyphen: "Austria-Hungary-era") */
    if (e < end && (S_at(doc, e, &len) == '-' || S_at(doc, e, &len) == 0x2010))
        return false;
    return S_known_name(doc, start, h) && S_known_name(doc, after, e) && !S_known_name(doc, start, e);
}

static int32_t S_at(const ng_document *doc, size_t i, int *len)
{
    if (i >= doc->art->len) {
        *len = 0;
        return 0;
    }
    return ng_utf8_decode((const unsigned char *)doc->art->text + i, doc->art->len - i, len);
}

/* The clitic at text[i..] ("'re", "'ve", "'ll", "'d", "'m", "n't") and
 * nothing of the word after it: its end, or 0. */
static size_t S_clitic_end(ng_document *doc, size_t i, size_t end)
{
    int len;
    int32_t c = S_at(doc, i, &len);
    size_t k = i;
    if (c == 'n' || c == 'N') {
        k += (size_t)len;
        c = S_at(doc, k, &len);
        if (!S_is_apostrophe(c))
            return 0;
        k += (size_t)len;
        c = S_at(doc, k, &len);
        if (c != 't' && c != 'T')
            return 0;
        k += (size_t)len;
    } else {
        if (!S_is_apostrophe(c))
            return 0;
        k += (size_t)len;
        size_t letters = 0;
        char low[4] = {0};
        while (k < end && letters < 3) {
            c = S_at(doc, k, &len);
            if (!ng_cp_is_letter(c))
                break;
            low[letters] = (char)(c | 0x20);
            letters++;
            k += (size_t)len;
        }
        if (!(letters == 2 && (!strcmp(low, "re") || !strcmp(low, "ve") || !strcmp(low, "ll"))) &&
            !(letters == 1 && (low[0] == 'd' || low[0] == 'm')))
            return 0;
    }
    return k < end && S_is_wordch(S_at(doc, k, &len)) ? 0 : k;
}

/* Where the word text[start..] ends when the apostrophe at a opens a
 * clitic the treebanks split off: before "n't" ("do|n't", "ca|n't") or
 * before "'re", "'ve", "'ll", and "'d", "'m" after a pronoun ("I|'m", not
 * "Sa'd"); end is the paragraph's. 0: the word goes on. */
static size_t S_clitic_start(ng_document *doc, size_t start, size_t a, size_t end)
{
    if (a >= start + 2 && (doc->art->text[a - 1] == 'n' || doc->art->text[a - 1] == 'N') &&
        S_clitic_end(doc, a - 1, end))
        return a - 1;
    size_t e = S_clitic_end(doc, a, end);
    if (!e)
        return 0;
    char c = (char)(doc->art->text[e - 1] | 0x20);
    if (c == 'e' || c == 'l')
        return a;
    char *host = ng_text_fold(doc->art->text + start, a - start);
    bool listed = ng_lex_listed(doc->lex, "contraction-hosts", host);
    free(host);
    return listed ? a : 0;
}

static void S_push(ng_document *doc, size_t start, size_t end, uint32_t flags, uint32_t para)
{
    ng_token *t = NG_PUSH(&doc->arena, doc->toks, doc->ntok, doc->cap_tok);
    t->start = (uint32_t)start;
    t->end = (uint32_t)end;
    t->para = para;
    const char *s = doc->art->text + start;
    char *f = ng_text_fold(s, end - start);
    t->lower = ng_arena_strdup(&doc->arena, f);
    free(f);
    if (flags & NG_TOK_WORD) {
        int len;
        int32_t cp = ng_utf8_decode((const unsigned char *)s, end - start, &len);
        if (ng_cp_is_upper(cp))
            flags |= NG_TOK_CAP;
        size_t letters = 0, upper = 0;
        for (size_t i = 0; i < end - start;) {
            cp = ng_utf8_decode((const unsigned char *)s + i, end - start - i, &len);
            if (ng_cp_is_letter(cp)) {
                letters++;
                upper += ng_cp_is_upper(cp);
            }
            i += (size_t)len;
        }
        if (letters >= 2 && letters == upper)
            flags |= NG_TOK_ALLCAPS;
    }
    t->flags = flags;
}

/* Is text[i..] "X." followed by another "X." (U.S., U.N., D.C., a.m.)? */
/* The end of a web site's name that starts before i: a period and a
 * common top-level domain ("com", "info", "co.uk"), lowercase, and no word
 * character after it. Returns i when there is none. */
static size_t S_domain_end(const char *text, size_t i, size_t end)
{
    static const char *const tld[] = {"com", "org", "net", "info", "gov", "edu", "int", "mil", "io", "co",
                                      "uk", "news", "tv", "ru", "cn", "ng", "de", "fr", "au", NULL};
    size_t at = i, best = i;
    while (at < end && text[at] == '.') {
        size_t k = at + 1;
        while (k < end && text[k] >= 'a' && text[k] <= 'z')
            k++;
        bool known = false;
        for (int t = 0; tld[t] && !known; t++)
            known = k - at - 1 == strlen(tld[t]) && memcmp(text + at + 1, tld[t], k - at - 1) == 0;
        if (!known)
            break;
        unsigned char c = k < end ? (unsigned char)text[k] : ' ';
        if (c == '.' && k + 1 < end && text[k + 1] >= 'a' && text[k + 1] <= 'z') {
            at = k;
            continue;
        }
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80)
            break;
        best = k;
        break;
    }
    return best;
}

static size_t S_dotted_acronym(const ng_document *doc, size_t i)
{
    size_t j = i, parts = 0;
    int len;
    for (;;) {
        int32_t cp = S_at(doc, j, &len);
        if (!ng_cp_is_letter(cp))
            break;
        int l2;
        int32_t dot = S_at(doc, j + (size_t)len, &l2);
        if (dot != '.')
            break;
        j += (size_t)len + 1;
        parts++;
        int32_t next = S_at(doc, j, &l2);
        if (!ng_cp_is_letter(next))
            break;
        int l3;
        if (S_at(doc, j + (size_t)l2, &l3) != '.')
            break;
    }
    return parts >= 2 ? j : 0;
}

/* Is the apostrophe [at, after) a plural's possessive ("Mercedes' Lewis
 * Hamilton", "Texas' Gov. Greg Abbott"): right after a word ending in s,
 * before a space and a word, and closing no quotation in single marks
 * that the paragraph opened ("called it 'a matter of days' and left")? */
static bool S_plural_possessive(ng_document *doc, size_t at, size_t after, size_t para)
{
    if (!doc->ntok || doc->toks[doc->ntok - 1].end != at || !(doc->toks[doc->ntok - 1].flags & NG_TOK_WORD) ||
        doc->toks[doc->ntok - 1].para != para)
        return false;
    const char *w = doc->toks[doc->ntok - 1].lower;
    size_t n = strlen(w);
    int len, l2;
    if (n < 2 || w[n - 1] != 's' || !ng_cp_is_space(S_at(doc, after, &len)) ||
        !ng_cp_is_letter(S_at(doc, after + (size_t)len, &l2)))
        return false;
    /* (marks opened before a word and closed after one, this paragraph) */
    int open = 0;
    for (size_t k = doc->ntok; k-- > 0 && doc->toks[k].para == para;) {
        const ng_token *t = &doc->toks[k];
        int32_t c = S_at(doc, t->start, &len);
        if (!(t->flags & NG_TOK_PUNCT) || !(S_is_apostrophe(c) || c == 0x2018) || t->end != t->start + (size_t)len)
            continue;
        bool closes = c != 0x2018 && k > 0 && doc->toks[k - 1].end == t->start &&
                      (doc->toks[k - 1].flags & NG_TOK_WORD);
        open += closes ? -1 : 1;
    }
    return open <= 0;
}

void ng_tokenize(ng_document *doc)
{
    const ng_article *art = doc->art;
    size_t para = 0;
    for (size_t p = 0; p < art->npara; p++) {
        size_t i = art->paras[p].start, end = art->paras[p].end;
        para = p;
        while (i < end) {
            int len;
            int32_t cp = S_at(doc, i, &len);
            if (len <= 0)
                break; /* never loop on a paragraph that runs past the text */
            if (ng_cp_is_space(cp) || cp < 0) {
                i += (size_t)(len ? len : 1);
                continue;
            }
            size_t start = i;
            if (ng_cp_is_letter(cp)) {
                size_t acr = S_dotted_acronym(doc, i);
                if (acr) {
                    S_push(doc, start, acr, NG_TOK_WORD | NG_TOK_ABBREV, (uint32_t)para);
                    i = acr;
                    continue;
                }
                /* possessive 's after a word is split below */
                while (i < end) {
                    int32_t c = S_at(doc, i, &len);
                    if (S_is_wordch(c)) {
                        i += (size_t)len;
                        continue;
                    }
                    int l2;
                    int32_t next = S_at(doc, i + (size_t)len, &l2);
                    if ((c == '-' || c == 0x2010 || c == 0x2011) && S_is_wordch(next)) {
                        /* "Jordanian-U.S. patrols": the acronym is a word of its own */
                        if (S_dotted_acronym(doc, i + (size_t)len))
                            break;
                        /* "US-China trade talks", "Russia-Ukraine war": two
                         * names the lexicon knows are two words */
                        if (S_name_pair(doc, start, i, i + (size_t)len, end))
                            break;
                        i += (size_t)len;
                        continue;
                    }
                    /* "AT&T", "S&P", "P&G": an ampersand between capitals */
                    if (c == '&' && ng_cp_is_upper(next) && i > start && art->text[i - 1] >= 'A' &&
                        art->text[i - 1] <= 'Z') {
                        i += (size_t)len;
                        continue;
                    }
                    if (S_is_apostrophe(c) && ng_cp_is_letter(next)) {
                        /* 's and 'S: possessive or "is"; split, as are the
                         * other clitics ("they're", "don't") */
                        int l3;
                        int32_t after = S_at(doc, i + (size_t)len + (size_t)l2, &l3);
                        if ((next == 's' || next == 'S') && !S_is_wordch(after))
                            break;
                        size_t clitic = S_clitic_start(doc, start, i, end);
                        if (clitic) {
                            i = clitic;
                            break;
                        }
                        i += (size_t)len;
                        continue;
                    }
                    break;
                }
                /* "Polygraph.info", "bbc.co.uk": a site's name is one word */
                i = S_domain_end(art->text, i, end);
                /* a period that belongs to the word */
                int l2;
                if (S_at(doc, i, &l2) == '.') {
                    char *w = ng_text_fold(art->text + start, i + 1 - start);
                    bool abbrev = ng_lex_is_abbreviation(doc->lex, w) || ng_lex_is_title_abbreviation(doc->lex, w);
                    /* "No. 1" but "said no." */
                    if (abbrev && strcmp(w, "no.") == 0) {
                        size_t k = i + 1;
                        while (k < end && art->text[k] == ' ')
                            k++;
                        abbrev = k < end && art->text[k] >= '0' && art->text[k] <= '9';
                    }
                    free(w);
                    /* an initial: one capital letter and a period */
                    int l0;
                    int32_t first = S_at(doc, start, &l0);
                    bool initial = (size_t)l0 == i - start && ng_cp_is_upper(first);
                    if (abbrev || initial) {
                        S_push(doc, start, i + 1, NG_TOK_WORD | NG_TOK_ABBREV, (uint32_t)para);
                        i += 1;
                        continue;
                    }
                }
                S_push(doc, start, i, NG_TOK_WORD, (uint32_t)para);
                size_t clitic_end = S_clitic_end(doc, i, end);
                if (clitic_end) {
                    S_push(doc, i, clitic_end, NG_TOK_WORD, (uint32_t)para);
                    i = clitic_end;
                }
                continue;
            }
            if (S_is_digit(cp)) {
                while (i < end) {
                    int32_t c = S_at(doc, i, &len);
                    if (S_is_wordch(c)) {
                        i += (size_t)len;
                        continue;
                    }
                    int l2;
                    int32_t next = S_at(doc, i + (size_t)len, &l2);
                    if ((c == ',' || c == '.' || c == ':' || c == '-') && S_is_digit(next)) {
                        i += (size_t)len;
                        continue;
                    }
                    break;
                }
                S_push(doc, start, i, NG_TOK_NUM, (uint32_t)para);
                continue;
            }
            if (S_is_apostrophe(cp)) {
                int l2, l3;
                int32_t next = S_at(doc, i + (size_t)len, &l2);
                int32_t after = S_at(doc, i + (size_t)len + (size_t)l2, &l3);
                if ((next == 's' || next == 'S') && !S_is_wordch(after) && doc->ntok &&
                    doc->toks[doc->ntok - 1].end == start && (doc->toks[doc->ntok - 1].flags & NG_TOK_WORD)) {
                    S_push(doc, start, i + (size_t)len + (size_t)l2, NG_TOK_POSS, (uint32_t)para);
                    i += (size_t)len + (size_t)l2;
                    continue;
                }
                if (S_plural_possessive(doc, start, i + (size_t)len, para)) {
                    S_push(doc, start, i + (size_t)len, NG_TOK_POSS, (uint32_t)para);
                    doc->toks[doc->ntok - 1].lower = "'s"; /* (one possessive, whatever its spelling) */
                    i += (size_t)len;
                    continue;
                }
            }
            i += (size_t)len;
            uint32_t flags = NG_TOK_PUNCT;
            /* ''Two apostrophes'' are a double quotation mark (newspaper
             * archives write them so) */
            int l2;
            if (cp == '\'' && S_at(doc, i, &l2) == '\'') {
                i += (size_t)l2;
                flags |= NG_TOK_QUOTE;
            }
            if (S_is_dquote(cp)) {
                flags |= NG_TOK_QUOTE;
                if (cp == 0x201C || cp == 0x201E || cp == 0x00AB)
                    flags |= NG_TOK_OPEN;
                else if (cp == 0x201D || cp == 0x00BB)
                    flags |= NG_TOK_CLOSE;
            }
            /* runs of the same punctuation ("...", "--") are one token */
            if (cp == '.' || cp == '-') {
                while (i < end && S_at(doc, i, &len) == cp)
                    i += (size_t)len;
            }
            S_push(doc, start, i, flags, (uint32_t)para);
        }
    }
}
