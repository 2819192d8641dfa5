/* unnamed.c -- people the article does not name, for convert --all-events.
 *
 * News tells of many people only by what they are: "a 22-year-old man",
 * "his mother and sister", "two women", "prosecutors". With --all-events a
 * user asks for every event with whoever takes part, so such a phrase
 * becomes an actor of its article when its head is a noun that names
 * people (schemas/person-nouns.tsv, from WordNet): one person
 * (NG_ACTOR_UNNAMED, ng:UnnamedPerson) or several (an unnamed group). The
 * phrase is the head noun with the words before it that the parse hangs
 * from it ("a 22-year-old man", "his mother"); what follows it ("a man
 * from Texas") is left out. A later definite phrase with the same head
 * ("the man") is the one met before. The default graph keeps only named
 * actors, so this stage runs with --all-events only; an entity becomes an
 * actor when events.c finds it taking part in an event. */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* Does the parse hang token j from head, through tokens of [lo, head]? */
static bool S_hangs_from(const ng_document *doc, size_t j, size_t lo, size_t head)
{
    for (int k = (int)j, steps = 0; k >= 0 && steps < 16; steps++) {
        if ((size_t)k == head)
            return true;
        if ((size_t)k < lo || (size_t)k > head)
            return false;
        k = ng_dep_head(doc, (size_t)k);
    }
    return false;
}

/* First token of the phrase headed by noun: the run of words before it
 * that hang from it, within its sentence. */
static size_t S_phrase_start(const ng_document *doc, size_t noun)
{
    size_t lo = doc->sents[doc->toks[noun].sent].tok_start, start = noun;
    while (start > lo && S_hangs_from(doc, start - 1, lo, noun))
        start--;
    /* "of his mother", "and sister", ", his mother": the phrase starts
     * after its preposition, conjunction or punctuation */
    while (start < noun && (strcmp(ng_dep_rel(doc, start), "case") == 0 || strcmp(ng_dep_rel(doc, start), "cc") == 0 ||
                            strcmp(ng_dep_rel(doc, start), "mark") == 0 || (doc->toks[start].flags & NG_TOK_PUNCT)))
        start++;
    return start;
}

/* A person's name the parse gives the noun ("former mayor James
 * Whitfield", "the suspect, John Smith"): then the noun describes someone
 * named. A place's is where they are from ("a New Bedford man"). */
static bool S_names_someone(const ng_document *doc, size_t noun)
{
    for (int c = doc->dep_first[noun]; c >= 0; c = doc->dep_next[c]) {
        const char *rel = ng_dep_rel(doc, (size_t)c);
        int m = ng_mention_at(doc, (size_t)c);
        if ((strcmp(rel, "appos") == 0 || strcmp(rel, "flat") == 0 || strcmp(rel, "compound") == 0) && m >= 0 &&
            doc->mentions[m].type == NG_ACTOR_PERSON)
            return true;
    }
    return false;
}

/* "X is a lawyer", "who is now a senior adviser": a noun said of someone
 * (with a copula or a subject of its own) is no one new. */
static bool S_predicate(const ng_document *doc, size_t noun)
{
    for (int c = doc->dep_first[noun]; c >= 0; c = doc->dep_next[c]) {
        const char *rel = ng_dep_rel(doc, (size_t)c);
        if (strcmp(rel, "cop") == 0 || strncmp(rel, "nsubj", 5) == 0)
            return true;
    }
    return false;
}

/* Is token i the head of a phrase naming people nobody named? Returns 1
 * for one person, 2 for several, 0 otherwise. */
static int S_person_head(const ng_document *doc, size_t i)
{
    const ng_token *t = &doc->toks[i];
    /* (a word the tagger took for a name that named no one: "Police") */
    int m = ng_mention_at(doc, i);
    if (!t->lower || (m >= 0 && doc->mentions[m].actor >= 0))
        return 0;
    /* a capitalized noun inside a sentence belongs to a name or a title;
     * the first word of a sentence is capitalized anyway ("Police said"),
     * and the tagger often reads it as a proper noun */
    bool first = i == doc->sents[t->sent].tok_start;
    if ((t->flags & NG_TOK_CAP) && !first)
        return 0;
    const char *upos = ng_dep_upos(doc, i);
    if (strcmp(upos, "NOUN") != 0 && !(first && strcmp(upos, "PROPN") == 0))
        return 0;
    /* "police officer": the phrase's head is the last noun */
    const char *rel = ng_dep_rel(doc, i);
    if (strcmp(rel, "compound") == 0 || strcmp(rel, "flat") == 0)
        return 0;
    /* "foreign minister Sergey Lavrov": a title before a name */
    int next = i + 1 < doc->ntok ? ng_mention_at(doc, i + 1) : -1;
    if (next >= 0 && doc->mentions[next].type == NG_ACTOR_PERSON)
        return 0;
    if (S_names_someone(doc, i) || S_predicate(doc, i))
        return 0;
    return ng_lex_person_noun(doc->lex, t->lower);
}

/* The words of [from, to] as written, without a leading article. */
static const char *S_phrase_name(ng_document *doc, size_t from, size_t to)
{
    if (from < to && (ng_tok_is(doc, from, "a") || ng_tok_is(doc, from, "an") || ng_tok_is(doc, from, "the")))
        from++;
    return ng_doc_span(doc, doc->toks[from].start, doc->toks[to].end);
}

/* A definite phrase ("the man", "the two women") is the unnamed entity
 * with the same head met before; an indefinite one is someone new, unless
 * the words are the same ("his mother" twice). */
static int S_earlier(const ng_document *doc, size_t start, size_t noun, const char *name, int type)
{
    bool definite = ng_tok_is(doc, start, "the") || ng_tok_is(doc, start, "this") || ng_tok_is(doc, start, "that");
    for (size_t k = noun; k-- > 0;) {
        int e = doc->tok_unnamed[k];
        if (e < 0 || doc->unnamed[e].type != type)
            continue;
        bool same_head = strcmp(doc->toks[k].lower, doc->toks[noun].lower) == 0;
        if (strcmp(doc->unnamed[e].name, name) == 0 || (definite && same_head))
            return e;
    }
    return -1;
}

int ng_unnamed_at(const ng_document *doc, size_t tok)
{
    return doc->tok_unnamed && tok < doc->ntok ? doc->tok_unnamed[tok] : -1;
}

int ng_unnamed_for_pronoun(const ng_document *doc, size_t tok)
{
    if (!doc->tok_unnamed)
        return -1;
    uint32_t sent = doc->toks[tok].sent;
    for (size_t k = tok; k-- > 0 && doc->toks[k].sent + 1 >= sent;) {
        int e = doc->tok_unnamed[k];
        if (e >= 0 && doc->unnamed[e].type == NG_ACTOR_UNNAMED)
            return e;
    }
    return -1;
}

int ng_unnamed_actor(ng_document *doc, int entity)
{
    ng_unnamed *u = &doc->unnamed[entity];
    if (u->actor >= 0)
        return u->actor;
    u->actor = ng_actor_add(doc, u->type, u->name);
    for (size_t k = 0; k < doc->ntok; k++)
        if (doc->tok_unnamed[k] == entity)
            ng_actor_named_at(doc, u->actor, (uint32_t)S_phrase_start(doc, k), (uint32_t)k + 1);
    return u->actor;
}

void ng_find_unnamed(ng_document *doc)
{
    if (!doc->all_events || !ng_dep_parsed(doc))
        return;
    doc->tok_unnamed = ng_arena_alloc(&doc->arena, (doc->ntok + 1) * sizeof *doc->tok_unnamed);
    for (size_t i = 0; i < doc->ntok; i++)
        doc->tok_unnamed[i] = -1;
    for (size_t i = 0; i < doc->ntok; i++) {
        int number = S_person_head(doc, i);
        if (!number)
            continue;
        size_t start = S_phrase_start(doc, i);
        int type = number == 1 ? NG_ACTOR_UNNAMED : NG_ACTOR_GROUP;
        const char *name = S_phrase_name(doc, start, i);
        int e = S_earlier(doc, start, i, name, type);
        if (e < 0) {
            ng_unnamed *u = NG_PUSH(&doc->arena, doc->unnamed, doc->nunnamed, doc->cap_unnamed);
            u->type = type;
            u->name = name;
            u->actor = -1;
            e = (int)doc->nunnamed - 1;
        }
        doc->tok_unnamed[i] = e;
    }
}
