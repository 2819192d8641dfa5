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
static const char *const PARTICLES[] = {"al", "bin", "da", "de", "del", "della", "der", "di", "do", "dos", "du",
                                        "el", "ibn", "la", "le", "van", "von", "y", NULL};

static bool S_particle(const char *w, size_t n)
{
    for (int k = 0; PARTICLES[k]; k++)
        if (strlen(PARTICLES[k]) == n && strncmp(PARTICLES[k], w, n) == 0)
            return true;
    return false;
}

/* Whether the folded word w (n bytes) is general knowledge that a name
 * does not hold: an organization's word ("Press", "News"), a title's head
 * ("Writer", "Correspondent", "Editor"). */
static bool S_not_name_word(const ng_lexicon *lex, const char *w, size_t n)
{
    char *f = ng_text_fold(w, n);
    bool no = ng_lex_is_org_word(lex, f) || ng_lex_is_title_head(lex, f) || ng_lex_is_title_mod(lex, f);
    free(f);
    return no;
}

/* Whether part (n bytes, trimmed) reads as one person's name: two to five
 * words, each capitalized (or a particle), no digits or addresses, no
 * word of an organization or a title, not a name the lexicon knows as
 * something else. */
static bool S_person_name(const ng_lexicon *lex, const char *part, size_t n)
{
    size_t words = 0;
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
        if (!capital && !S_particle(w, wl))
            return false;
        if (S_not_name_word(lex, w, wl))
            return false;
        words++;
        i = j;
    }
    if (words < 2 || words > 5)
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
        if (i + 5 <= n && strncasecmp(s + i, " and ", 5) == 0) {
            *len = 5;
            return i;
        }
    }
    *len = 0;
    return n;
}

/* The names of a byline into names (at most MAX_AUTHORS); their number. */
static size_t S_byline_names(ng_document *doc, const char *byline, const char **names)
{
    size_t n = S_names_end(byline), i = 0, count = 0;
    while (i < n && isspace((unsigned char)byline[i]))
        i++;
    if (n - i > 3 && strncasecmp(byline + i, "by ", 3) == 0)
        i += 3;
    while (i < n && count < MAX_AUTHORS) {
        size_t sep_len, sep = S_next_separator(byline, i, n, &sep_len);
        size_t a = i, b = sep;
        while (a < b && isspace((unsigned char)byline[a]))
            a++;
        while (b > a && (isspace((unsigned char)byline[b - 1]) || byline[b - 1] == '.'))
            b--;
        if (b - a > 3 && strncasecmp(byline + a, "by ", 3) == 0)
            a += 3;
        if (b > a && b - a < 80 && S_person_name(doc->lex, byline + a, b - a)) {
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
