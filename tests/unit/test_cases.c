/* test_cases.c -- extraction cases written as text (tests/extract/*.txt).
 *
 *   = published YYYY-MM-DD          publication date for the cases below ("-": none)
 *   > article text                  starts a case; " || " separates paragraphs, and
 *                                   "HEADLINE ## " before the text gives a headline
 *   actor TYPE "Name"               an actor (Person, Organization, Place, Group) with that name
 *                                   (one of them, where several have it);
 *                                   a place's kind may be the TYPE (Country, City, Region, Continent)
 *   noactor "Name"                  no actor with that name
 *   oneactor TYPE "Name"            exactly one actor with that name, of that type
 *   title "Name" "title"            the actor has that job title (case-insensitive)
 *   notitle "Name" "title"          the actor exists and has not that title
 *   mentioned "Name" "words"        words of the text that name the actor (a mention or
 *                                   its evidence outside mentions: "the Secretary")
 *   mentions "Name" N               the actor has exactly N mentions
 *   affil "Name" "Other"            the actor is affiliated with Other
 *   noaffil "Name" ["Other"]        the actor exists and is not affiliated (with Other)
 *   quote "words" "Speaker"         a direct quote with exactly those words ("-": no speaker)
 *   reported "words" "Speaker"      reported speech with exactly those words
 *                                   (quote and reported: [verb=V] its verb of saying)
 *   nostatement ["words"]           no statement at all (none with exactly those words);
 *                                   stances are no statements
 *   noreported                      no reported speech (direct quotes may be there)
 *   stance "words" "Holder" "cue"   a stance (ng:Stance) with exactly those words, holder, cue
 *   nostance ["words"]              no stance at all (none with exactly those words)
 *   noquote                         no direct quote (reported speech may be there)
 *   nospeaker "Name"                no statement has that speaker
 *   event Class "A|B" [location="X"] [date=D|-] [modality=M] [organizer="O"]
 *                                   an event of that class with exactly those attendees
 *                                   (location="": one with no place)
 *   noevent [Class]                 no event at all (of that class)
 *   events Class N                  exactly N events of that class
 *   noattendee "Name"               no event has Name among its attendees
 *
 * usage: test_cases FILE...   (exit 1 when a check fails, naming file:line) */
#include <jansson.h>

#include "harness.h"
#include "support.h"

static ng_context *ctx;

/* Quoted arguments of a line: "a" "b" key="c" key=d. */
typedef struct {
    char *arg[8];
    int n;
    char *key[8], *val[8];
    int nkv;
} args;

static void S_parse(char *s, args *a)
{
    memset(a, 0, sizeof *a);
    while (*s) {
        while (*s == ' ')
            s++;
        if (!*s)
            break;
        char *eq = NULL;
        if (*s != '"') {
            char *p = s;
            while (*p && *p != ' ' && *p != '=')
                p++;
            if (*p == '=')
                eq = p;
        }
        if (eq) {
            *eq = '\0';
            char *v = eq + 1, *end;
            if (*v == '"') {
                v++;
                end = strchr(v, '"');
            } else
                end = strchr(v, ' ');
            if (end)
                *end = '\0';
            if (a->nkv < 8) {
                a->key[a->nkv] = s;
                a->val[a->nkv++] = v;
            }
            s = end ? end + 1 : v + strlen(v);
            continue;
        }
        char *v = s, *end;
        if (*s == '"') {
            v = s + 1;
            end = strchr(v, '"');
        } else
            end = strchr(v, ' ');
        if (end)
            *end = '\0';
        /* (a ninth is counted, not kept: S_check refuses the line) */
        if (a->n < 8)
            a->arg[a->n] = v;
        a->n++;
        s = end ? end + 1 : v + strlen(v);
    }
}

static const char *S_kv(const args *a, const char *k)
{
    for (int i = 0; i < a->nkv; i++)
        if (strcmp(a->key[i], k) == 0)
            return a->val[i];
    return NULL;
}

static const char *S_type_name(int t)
{
    switch (t) {
    case NG_ACTOR_PERSON: return "Person";
    case NG_ACTOR_ORG: return "Organization";
    case NG_ACTOR_PLACE: return "Place";
    case NG_ACTOR_GROUP: return "Group";
    }
    return "?";
}

static const char *S_modality_name(ng_modality m)
{
    switch (m) {
    case NG_MOD_PLANNED: return "Planned";
    case NG_MOD_NEGATED: return "Negated";
    case NG_MOD_HYPOTHETICAL: return "Hypothetical";
    default: return "Asserted";
    }
}

static void S_dump(const ng_document *d)
{
    for (size_t i = 0; i < d->nactor; i++) {
        fprintf(stderr, "    actor %s \"%s\"", S_type_name(d->actors[i].type), d->actors[i].name);
        for (size_t k = 0; k < d->actors[i].ntitle; k++)
            fprintf(stderr, " title=\"%s\"", d->actors[i].titles[k]);
        for (size_t k = 0; k < d->actors[i].naffil; k++)
            fprintf(stderr, " affil=\"%s\"", d->actors[i].name ? d->actors[d->actors[i].affil[k]].name : "");
        fputc('\n', stderr);
    }
    for (size_t i = 0; i < d->nstmt; i++)
        fprintf(stderr, "    %s \"%s\" \"%s\"%s%s%s\n",
                d->stmts[i].stance ? "stance" : d->stmts[i].direct ? "quote" : "reported", d->stmts[i].text,
                d->stmts[i].speaker >= 0 ? d->actors[d->stmts[i].speaker].name : "-", d->stmts[i].stance ? " \"" : "",
                d->stmts[i].stance ? d->stmts[i].verb : "", d->stmts[i].stance ? "\"" : "");
    for (size_t i = 0; i < d->nevent; i++) {
        fprintf(stderr, "    event %s \"", d->events[i].klass);
        for (size_t k = 0; k < d->events[i].nattendee; k++)
            fprintf(stderr, "%s%s", k ? "|" : "", d->actors[d->events[i].attendees[k]].name);
        fprintf(stderr, "\" location=\"%s\" date=%s modality=%s organizer=\"%s\"\n",
                d->events[i].location >= 0 ? d->actors[d->events[i].location].name : "",
                d->events[i].date ? d->events[i].date : "-", S_modality_name(d->events[i].modality),
                d->events[i].organizer >= 0 ? d->actors[d->events[i].organizer].name : "");
    }
}

/* The words [start, end) of tokens of d equal words. */
static bool S_tokens_are(const ng_document *d, size_t start, size_t end, const char *words)
{
    if (start >= end || end > d->ntok)
        return false;
    size_t from = d->toks[start].start, to = d->toks[end - 1].end;
    return strlen(words) == to - from && !memcmp(d->art->text + from, words, to - from);
}

static bool S_actor_named_by(const ng_document *d, int actor, const char *words)
{
    if (actor < 0)
        return false;
    for (size_t m = 0; m < d->nmention; m++)
        if (d->mentions[m].actor == actor && S_tokens_are(d, d->mentions[m].tok_start, d->mentions[m].tok_end, words))
            return true;
    const ng_actor *a = &d->actors[actor];
    for (size_t k = 0; k < a->nnamed_at; k++)
        if (S_tokens_are(d, a->named_at[2 * k], a->named_at[2 * k + 1], words))
            return true;
    return false;
}

/* How many quoted or bare arguments a check takes, at least and at most: a
 * check written with fewer or more is a mistake in the case file, reported
 * as a failure rather than read past ("noactor Place "X"" would look for an
 * actor named "Place" and pass whatever the converter did). */
typedef struct {
    const char *kind;
    int least, most;
} arity;

static const arity *S_arity(const char *kind)
{
    static const arity known[] = {
        {"actor", 2, 2},      {"noactor", 1, 1},     {"oneactor", 2, 2},  {"title", 2, 2},
        {"notitle", 2, 2},    {"mentioned", 2, 2},   {"mentions", 2, 2},  {"affil", 2, 2},
        {"noaffil", 1, 2},    {"quote", 2, 2},       {"noquote", 0, 0},   {"reported", 2, 2},
        {"noreported", 0, 0}, {"nostatement", 0, 1}, {"nospeaker", 1, 1}, {"saidat", 2, 2},
        {"event", 2, 8},      {"noevent", 0, 1},     {"noattendee", 1, 1}, {"stance", 3, 3},
        {"nostance", 0, 1},   {"events", 2, 2},
    };
    for (size_t i = 0; i < sizeof known / sizeof known[0]; i++)
        if (!strcmp(kind, known[i].kind))
            return &known[i];
    return NULL;
}

static bool S_check(const ng_document *d, const char *kind, args *a)
{
    const arity *n = S_arity(kind);
    if (!n) {
        fprintf(stderr, "'%s' is no check\n", kind);
        return false;
    }
    if (a->n < n->least || a->n > n->most) {
        fprintf(stderr, "'%s' takes %d to %d arguments, has %d\n", kind, n->least, n->most, a->n);
        return false;
    }
    if (!strcmp(kind, "actor")) {
        /* (any actor of that name: "LIVERPOOL, England" the city and
         * "Liverpool fired" the club are two) */
        static const char *const kinds[] = {"", "Country", "City", "Region", "Continent"};
        for (size_t i = 0; i < d->nactor; i++) {
            if (strcmp(d->actors[i].name, a->arg[1]) != 0)
                continue;
            int pk = d->actors[i].type == NG_ACTOR_PLACE ? d->actors[i].place_kind : 0;
            if (!strcmp(S_type_name(d->actors[i].type), a->arg[0]) ||
                (pk > 0 && pk <= NG_PLACE_CONTINENT && !strcmp(kinds[pk], a->arg[0])))
                return true;
        }
        return false;
    }
    if (!strcmp(kind, "noactor"))
        return find_actor(d, a->arg[0]) < 0;
    if (!strcmp(kind, "oneactor")) {
        size_t n = 0;
        for (size_t i = 0; i < d->nactor; i++)
            if (!strcmp(d->actors[i].name, a->arg[1]))
                n += strcmp(S_type_name(d->actors[i].type), a->arg[0]) ? 2 : 1;
        return n == 1;
    }
    if (!strcmp(kind, "title")) {
        int i = find_actor(d, a->arg[0]);
        for (size_t k = 0; i >= 0 && k < d->actors[i].ntitle; k++)
            if (!strcasecmp(d->actors[i].titles[k], a->arg[1]))
                return true;
        return false;
    }
    if (!strcmp(kind, "notitle")) {
        int i = find_actor(d, a->arg[0]);
        for (size_t k = 0; i >= 0 && k < d->actors[i].ntitle; k++)
            if (!strcasecmp(d->actors[i].titles[k], a->arg[1]))
                return false;
        return i >= 0;
    }
    if (!strcmp(kind, "mentions")) {
        /* mentions "NAME" N: the actor has exactly N mentions */
        int i = find_actor(d, a->arg[0]);
        size_t n = 0;
        for (size_t m = 0; i >= 0 && m < d->nmention; m++)
            n += d->mentions[m].actor == i;
        return i >= 0 && n == (size_t)atoi(a->arg[1]);
    }
    if (!strcmp(kind, "mentioned"))
        return S_actor_named_by(d, find_actor(d, a->arg[0]), a->arg[1]);
    if (!strcmp(kind, "affil"))
        return actor_has_affiliation(d, find_actor(d, a->arg[0]), a->arg[1]);
    if (!strcmp(kind, "noaffil")) {
        int i = find_actor(d, a->arg[0]);
        return i >= 0 && (a->n < 2 ? d->actors[i].naffil == 0 : !actor_has_affiliation(d, i, a->arg[1]));
    }
    if (!strcmp(kind, "nospeaker")) {
        for (size_t i = 0; a->n >= 1 && i < d->nstmt; i++)
            if (!d->stmts[i].stance && d->stmts[i].speaker >= 0 &&
                !strcmp(d->actors[d->stmts[i].speaker].name, a->arg[0]))
                return false;
        return true;
    }
    if (!strcmp(kind, "stance")) {
        for (size_t i = 0; i < d->nstmt; i++) {
            const ng_statement *s = &d->stmts[i];
            if (s->stance && !strcmp(s->text, a->arg[0]) && s->speaker >= 0 &&
                !strcmp(d->actors[s->speaker].name, a->arg[1]) && s->verb && !strcmp(s->verb, a->arg[2]))
                return true;
        }
        return false;
    }
    if (!strcmp(kind, "nostance")) {
        for (size_t i = 0; i < d->nstmt; i++)
            if (d->stmts[i].stance && (a->n < 1 || !strcmp(d->stmts[i].text, a->arg[0])))
                return false;
        return true;
    }
    if (!strcmp(kind, "quote") || !strcmp(kind, "reported")) {
        bool direct = !strcmp(kind, "quote");
        for (size_t i = 0; i < d->nstmt; i++) {
            const ng_statement *s = &d->stmts[i];
            if (s->stance || s->direct != direct || strcmp(s->text, a->arg[0]) != 0)
                continue;
            const char *who = s->speaker >= 0 ? d->actors[s->speaker].name : "-", *verb = S_kv(a, "verb");
            if (!strcmp(who, a->arg[1]) && (!verb || (s->verb && !strcmp(s->verb, verb))))
                return true;
        }
        return false;
    }
    if (!strcmp(kind, "saidat")) {
        /* saidat "WORDS" CLASS: the statement was made at an event of that
         * class ("-": at none) */
        for (size_t i = 0; i < d->nstmt; i++) {
            const ng_statement *s = &d->stmts[i];
            if (strcmp(s->text, a->arg[0]) != 0)
                continue;
            const char *at = s->event >= 0 ? d->events[s->event].klass : "-";
            if (!strcmp(at, a->arg[1]))
                return true;
        }
        return false;
    }
    if (!strcmp(kind, "nostatement")) {
        /* nostatement ["words"]: none at all, or none with those words */
        size_t n = 0;
        for (size_t i = 0; i < d->nstmt; i++) {
            if (d->stmts[i].stance)
                continue;
            if (a->n >= 1 && !strcmp(d->stmts[i].text, a->arg[0]))
                return false;
            n++;
        }
        return a->n >= 1 || n == 0;
    }
    if (!strcmp(kind, "noreported") || !strcmp(kind, "noquote")) {
        bool direct = !strcmp(kind, "noquote");
        for (size_t i = 0; i < d->nstmt; i++)
            if (!d->stmts[i].stance && d->stmts[i].direct == direct)
                return false;
        return true;
    }
    if (!strcmp(kind, "noattendee")) {
        /* noattendee "NAME": no event has NAME among its attendees */
        for (size_t i = 0; i < d->nevent; i++)
            for (size_t k = 0; k < d->events[i].nattendee; k++)
                if (!strcmp(d->actors[d->events[i].attendees[k]].name, a->arg[0]))
                    return false;
        return true;
    }
    if (!strcmp(kind, "events")) {
        /* "events Class N": exactly N of that class */
        size_t n = 0;
        for (size_t i = 0; i < d->nevent; i++)
            n += strcmp(d->events[i].klass, a->arg[0]) == 0;
        return n == strtoul(a->arg[1], NULL, 10);
    }
    if (!strcmp(kind, "noevent")) {
        /* "noevent Class": none of that class */
        size_t n = 0;
        for (size_t i = 0; i < d->nevent; i++)
            n += a->n == 0 || strcmp(d->events[i].klass, a->arg[0]) == 0;
        return n == 0;
    }
    if (!strcmp(kind, "event")) {
        for (size_t i = 0; i < d->nevent; i++) {
            const ng_event *e = &d->events[i];
            if (strcmp(e->klass, a->arg[0]) != 0)
                continue;
            /* attendees: exactly the listed names */
            char want[512];
            snprintf(want, sizeof want, "%s", a->arg[1]);
            size_t nwant = 0;
            bool all = true;
            char *save = NULL;
            for (char *w = strtok_r(want, "|", &save); w; w = strtok_r(NULL, "|", &save)) {
                nwant++;
                bool found = false;
                for (size_t k = 0; k < e->nattendee; k++)
                    found = found || !strcmp(d->actors[e->attendees[k]].name, w);
                all = all && found;
            }
            if (!all || nwant != e->nattendee)
                continue;
            const char *loc = S_kv(a, "location"), *date = S_kv(a, "date"), *mod = S_kv(a, "modality"),
                       *org = S_kv(a, "organizer");
            /* location="" : no place at all */
            if (loc && (*loc ? e->location < 0 || strcmp(d->actors[e->location].name, loc) : e->location >= 0))
                continue;
            /* date=- : no date at all */
            if (date && (strcmp(date, "-") ? !e->date || strcmp(e->date, date) : e->date != NULL))
                continue;
            if (mod && strcmp(S_modality_name(e->modality), mod))
                continue;
            if (org && (e->organizer < 0 || strcmp(d->actors[e->organizer].name, org)))
                continue;
            return true;
        }
        return false;
    }
    fprintf(stderr, "unknown check '%s'\n", kind);
    return false;
}

static ng_document *S_convert(ng_batch **batch, const char *text, const char *published)
{
    /* a headline of its own: "HEADLINE ## TEXT" */
    char headline[512] = "Test case";
    const char *hash = strstr(text, " ## ");
    if (hash && (size_t)(hash - text) < sizeof headline) {
        snprintf(headline, sizeof headline, "%.*s", (int)(hash - text), text);
        text = hash + 4;
    }
    /* paragraphs: " || " */
    ng_buf b = {0};
    for (const char *p = text; *p;) {
        const char *bar = strstr(p, " || ");
        if (!bar) {
            ng_buf_adds(&b, p);
            break;
        }
        ng_buf_add(&b, p, (size_t)(bar - p));
        ng_buf_adds(&b, "\n\n");
        p = bar + 4;
    }
    json_t *obj = json_pack("{s:s,s:s}", "headline", headline, "text", b.data ? b.data : "");
    char *json = json_dumps(obj, 0);
    ng_document *d = doc_from(ctx, batch, json, NG_INPUT_JSON, published);
    free(json);
    json_decref(obj);
    ng_buf_free(&b);
    return d;
}

static int S_run_file(const char *path, int *cases)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        fprintf(stderr, "%s: cannot open\n", path);
        return 1;
    }
    char line[4096], published[32] = "";
    long lineno = 0, case_line = 0;
    int failed = 0;
    ng_batch *batch = NULL;
    ng_document *doc = NULL;
    bool dumped = false;
    while (fgets(line, sizeof line, f)) {
        lineno++;
        line[strcspn(line, "\n")] = '\0';
        if (!line[0] || line[0] == '#')
            continue;
        if (!strncmp(line, "= published ", 12)) {
            snprintf(published, sizeof published, "%s", strcmp(line + 12, "-") ? line + 12 : "");
            continue;
        }
        if (line[0] == '>') {
            ng_document_free(doc);
            ng_batch_free(batch);
            doc = S_convert(&batch, line + 2, published[0] ? published : NULL);
            case_line = lineno;
            dumped = false;
            (*cases)++;
            continue;
        }
        if (!doc) {
            fprintf(stderr, "%s:%ld: a check before any case\n", path, lineno);
            failed++;
            continue;
        }
        char copy[4096];
        snprintf(copy, sizeof copy, "%s", line);
        char *sp = strchr(copy, ' ');
        char *kind = copy;
        args a;
        if (sp) {
            *sp = '\0';
            S_parse(sp + 1, &a);
        } else
            memset(&a, 0, sizeof a);
        g_checks++;
        if (!S_check(doc, kind, &a)) {
            g_failures++;
            failed++;
            fprintf(stderr, "%s:%ld: failed: %s\n", path, lineno, line);
            if (!dumped) {
                fprintf(stderr, "  (case at line %ld) found:\n", case_line);
                S_dump(doc);
                dumped = true;
            }
        }
    }
    ng_document_free(doc);
    ng_batch_free(batch);
    fclose(f);
    return failed;
}

int main(int argc, char **argv)
{
    ng_error err = {0};
    ctx = ng_context_new(&err);
    if (!ctx)
        return 1;
    int cases = 0;
    for (int i = 1; i < argc; i++)
        S_run_file(argv[i], &cases);
    ng_context_free(ctx);
    fprintf(stderr, "%d cases\n", cases);
    return test_report("test_cases");
}
