/* authors.c -- the people who wrote the article, from its byline: "By Ana
 * Lopes and Tom Reed", "Ana Lopes, Tom Reed", a JSON-LD list of authors.
 * Each name becomes a person, the story's own node when the story names
 * them too. What is not a person's name is left to ng:byline: a news
 * agency ("Reuters"), a title ("Staff Writer"), a desk ("Sports Desk"). */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

#define MAX_AUTHORS 8

/* Short lower-case words inside names: "Ursula von der Leyen". */
static bool S_particle(const ng_lexicon *lex, const char *w, size_t n)
{
    char word[8];
    if (n >= sizeof word)
        return false;
    memcpy(word, w, n);
    word[n] = '\0';
    return ng_lex_is_name_particle(lex, word);
}

/* Whether the folded word is an organization the lexicon knows ("Reuters
 * Staff"); a country is a surname too ("Jordan"). */
static bool S_known_org(const ng_lexicon *lex, const char *folded)
{
    const ng_lex_entry *e = ng_lex_name(lex, folded);
    return e && e->kind == NG_ACTOR_ORG;
}

/* Whether the word w (n bytes) is general knowledge that a name does not
 * hold: an organization's word ("Press", "News"), a title's head
 * ("Writer", "Correspondent", "Editor-at-large"), a title's modifier but
 * as the last word, where it is a surname too ("Editorial Staff" but
 * "Debbie White"), an organization's name ("Reuters Staff"), a determiner,
 * a demonym ("The Russian ..."). */
static bool S_not_name_word(const ng_lexicon *lex, const char *w, size_t n, bool last)
{
    char *f = ng_text_fold(w, n);
    char *hyphen = strchr(f, '-');
    if (hyphen)
        *hyphen = '\0'; /* "editor-at-large": its first part */
    bool no = ng_lex_is_org_word(lex, f) || ng_lex_is_title_head(lex, f) || ng_lex_is_group_noun(lex, f) ||
              (!last && ng_lex_is_title_mod(lex, f)) || S_known_org(lex, f) || ng_lex_demonym(lex, f) ||
              !strcmp(f, "the") || !strcmp(f, "a") || !strcmp(f, "an");
    free(f);
    return no;
}

/* Whether w (n bytes) is an acronym: two or more letters, all capitals. */
static bool S_acronym(const char *w, size_t n)
{
    size_t letters = 0;
    for (size_t k = 0; k < n; k++) {
        if (islower((unsigned char)w[k]))
            return false;
        letters += isupper((unsigned char)w[k]) != 0;
    }
    return letters >= 2;
}

/* Whether part (n bytes, trimmed) reads as one person's name: two to five
 * words, each capitalized (or a particle), no digits or addresses, no
 * word of an organization or a title, not a name the lexicon knows as
 * something else. */
static bool S_person_name(const ng_lexicon *lex, const char *part, size_t n)
{
    size_t words = 0, acronyms = 0;
    for (size_t i = 0; i < n;) {
        while (i < n && part[i] == ' ')
            i++;
        size_t j = i;
        while (j < n && part[j] != ' ')
            j++;
        if (j == i)
            break;
        const char *w = part + i;
        size_t wl = j - i;
        for (size_t k = 0; k < wl; k++)
            if (isdigit((unsigned char)w[k]) || w[k] == '@' || w[k] == '/' || w[k] == ':')
                return false;
        bool capital = isupper((unsigned char)w[0]) || (unsigned char)w[0] >= 0x80;
        if (!capital && !S_particle(lex, w, wl))
            return false;
        bool last = true;
        for (size_t k = j; k < n; k++)
            last = last && part[k] == ' ';
        if (S_not_name_word(lex, w, wl, last))
            return false;
        acronyms += S_acronym(w, wl);
        words++;
        i = j;
    }
    /* "CNN Business", "CBS Detroit": an acronym beside written words is an
     * outlet; a name in capitals ("ROBERT BURNS") is all acronyms */
    if (words < 2 || words > 5 || (acronyms && acronyms < words))
        return false;
    char *f = ng_text_fold(part, n);
    const ng_lex_entry *e = ng_lex_name(lex, f);
    free(f);
    return !e;
}

/* Where the names end: a bar or a dash starts a date, a place or an outlet. */
static size_t S_names_end(const char *s)
{
    static const char *const stops[] = {" | ", " - ", " – ", " — ", "\n", NULL};
    size_t end = strlen(s);
    for (int k = 0; stops[k]; k++) {
        const char *p = strstr(s, stops[k]);
        if (p && (size_t)(p - s) < end)
            end = (size_t)(p - s);
    }
    return end;
}

/* The next separator of names at or after s[i]: a comma, a semicolon, an
 * ampersand, " and "; its length in *len. */
static size_t S_next_separator(const char *s, size_t i, size_t n, size_t *len)
{
    for (; i < n; i++) {
        if (s[i] == ',' || s[i] == ';' || s[i] == '&') {
            *len = 1;
            return i;
        }
        /* "Finian Cunningham. Sputnik International", not "Bruce Y. Lee" */
        if (s[i] == '.' && i + 1 < n && s[i + 1] == ' ' && i >= 2 && isalpha((unsigned char)s[i - 1]) &&
            isalpha((unsigned char)s[i - 2])) {
            *len = 2;
            return i;
        }
        if (i + 5 <= n && strncasecmp(s + i, " and ", 5) == 0) {
            *len = 5;
            return i;
        }
    }
    *len = 0;
    return n;
}

/* Past "By " or "Analysis by " at the start of s[a, b). */
static size_t S_after_by(const char *s, size_t a, size_t b)
{
    if (b - a > 3 && strncasecmp(s + a, "by ", 3) == 0)
        return a + 3;
    for (size_t k = a; k + 4 <= b; k++)
        if (strncasecmp(s + k, " by ", 4) == 0)
            return k + 4;
    return a;
}

/* Whether the word at s[k, e) ends the names before it: a weekday ("Jeff
 * Foust Monday"), a handle or a number ("@BryanDeArdo", "Nov 18"), a month
 * before a number ("NOVEMBER 20"). */
static bool S_ends_names(const char *s, size_t k, size_t e, size_t b)
{
    for (size_t i = k; i < e; i++)
        if (s[i] == '@' || isdigit((unsigned char)s[i]))
            return true;
    char *f = ng_text_fold(s + k, e - k);
    bool date = ng_weekday_from_name(f) >= 0 ||
                (ng_month_from_name(f) > 0 && e + 1 < b && isdigit((unsigned char)s[e + 1]));
    free(f);
    return date;
}

/* The end of s[a, b) before what follows the names (S_ends_names). */
static size_t S_names_stop(const char *s, size_t a, size_t b)
{
    for (size_t k = a; k < b; k++) {
        if (k > a && s[k - 1] != ' ')
            continue;
        size_t e = k;
        while (e < b && s[e] != ' ')
            e++;
        if (e > k && S_ends_names(s, k, e, b)) {
            while (k > a && s[k - 1] == ' ')
                k--;
            return k;
        }
    }
    return b;
}

/* Whether name is the article's publisher, or how its name starts
 * ("Business Insider" when "Business Insider Deutschland" published it). */
static bool S_is_publisher(const ng_document *doc, const char *name, size_t n)
{
    const char *pub = doc->art->publisher;
    return pub && strlen(pub) >= n && strncasecmp(pub, name, n) == 0 && (pub[n] == '\0' || pub[n] == ' ');
}

/* The names of a byline into names (at most MAX_AUTHORS); their number. */
static size_t S_byline_names(ng_document *doc, const char *byline, const char **names)
{
    size_t n = S_names_end(byline), i = 0, count = 0;
    while (i < n && isspace((unsigned char)byline[i]))
        i++;
    while (i < n && count < MAX_AUTHORS) {
        size_t sep_len, sep = S_next_separator(byline, i, n, &sep_len);
        size_t a = i, b = sep;
        while (a < b && isspace((unsigned char)byline[a]))
            a++;
        while (b > a && (isspace((unsigned char)byline[b - 1]) || byline[b - 1] == '.'))
            b--;
        a = S_after_by(byline, a, b);
        b = S_names_stop(byline, a, b);
        if (b > a && b - a < 80 && !S_is_publisher(doc, byline + a, b - a) &&
            S_person_name(doc->lex, byline + a, b - a)) {
            const char *name = ng_arena_strndup(&doc->arena, byline + a, b - a);
            bool again = false;
            for (size_t k = 0; k < count; k++)
                again = again || strcmp(names[k], name) == 0;
            if (!again)
                names[count++] = name;
        }
        i = sep + sep_len;
    }
    return count;
}

/* The person of that name the story already has, or -1. */
static int S_story_person(const ng_document *doc, const char *name)
{
    for (size_t a = 0; a < doc->nactor; a++)
        if (doc->actors[a].type == NG_ACTOR_PERSON && strcmp(doc->actors[a].name, name) == 0)
            return (int)a;
    return -1;
}

void ng_find_authors(ng_document *doc)
{
    const char *byline = doc->art->author;
    if (!byline || !*byline)
        return;
    const char *names[MAX_AUTHORS];
    size_t n = S_byline_names(doc, byline, names);
    doc->authors = ng_arena_alloc(&doc->arena, (n + 1) * sizeof *doc->authors);
    for (size_t k = 0; k < n; k++) {
        int a = S_story_person(doc, names[k]);
        doc->authors[doc->nauthor++] = a >= 0 ? a : ng_actor_add(doc, NG_ACTOR_PERSON, names[k]);
    }
}
