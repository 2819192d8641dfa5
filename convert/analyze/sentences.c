/* sentences.c -- sentence boundaries that know news abbreviations, never
 * crossing a paragraph; also decides which way straight quotes face. */
#include <string.h>

#include "internal.h"
#include "ner.h"

static bool S_is_space_byte(char c) { return c == ' ' || c == '\n' || c == '\t'; }

/* A straight quote opens when it follows space or an opening bracket or
 * dash, and closes when it follows a word or punctuation. */
static void S_orient_quotes(ng_document *doc)
{
    const char *text = doc->art->text;
    for (size_t i = 0; i < doc->ntok; i++) {
        ng_token *t = &doc->toks[i];
        if (!(t->flags & NG_TOK_QUOTE) || (t->flags & (NG_TOK_OPEN | NG_TOK_CLOSE)))
            continue;
        bool para_start = i == 0 || doc->toks[i - 1].para != t->para;
        char before = t->start > 0 ? text[t->start - 1] : ' ';
        bool after_space = para_start || S_is_space_byte(before) || before == '(' || before == '[';
        bool before_space = t->end >= doc->art->len || S_is_space_byte(text[t->end]);
        if (after_space && !before_space)
            t->flags |= NG_TOK_OPEN;
        else if (!after_space)
            t->flags |= NG_TOK_CLOSE;
        else
            t->flags |= NG_TOK_OPEN;
    }
}

static bool S_is_closer(const ng_token *t, const char *text)
{
    if (t->flags & NG_TOK_CLOSE)
        return true;
    if (t->flags & NG_TOK_PUNCT) {
        char c = text[t->start];
        return c == ')' || c == ']' || (t->end - t->start == 3 && (unsigned char)text[t->start] == 0xE2 &&
                                         (unsigned char)text[t->start + 2] == 0x99);
    }
    return false;
}

/* A capitalized word the name tagger's word table knows in lower case and
 * lists under no person's name ("Business", "Critics"; not "Smith",
 * "Walter"). */
static bool S_common_word(const ng_document *doc, const ng_token *t)
{
    const ng_ner_clusters *cl = doc->ner ? doc->ner->clusters : NULL;
    if (!cl || (t->flags & NG_TOK_ALLCAPS))
        return false;
    int as_written = ng_ner_clusters_find(cl, doc->art->text + t->start, t->end - t->start);
    return ng_ner_clusters_find(cl, t->lower, strlen(t->lower)) >= 0 &&
           (as_written < 0 || !(cl->gaz[as_written] & (1u | 16u)));
}

static void S_add(ng_document *doc, size_t from, size_t to)
{
    if (to <= from)
        return;
    ng_sentence *s = NG_PUSH(&doc->arena, doc->sents, doc->nsent, doc->cap_sent);
    s->tok_start = (uint32_t)from;
    s->tok_end = (uint32_t)to;
    s->start = doc->toks[from].start;
    s->end = doc->toks[to - 1].end;
    s->para = doc->toks[from].para;
    for (size_t i = from; i < to; i++)
        doc->toks[i].sent = (uint32_t)(doc->nsent - 1);
}

void ng_split_sentences(ng_document *doc)
{
    S_orient_quotes(doc);
    const char *text = doc->art->text;
    size_t from = 0;
    for (size_t i = 0; i < doc->ntok; i++) {
        const ng_token *t = &doc->toks[i];
        bool last_in_para = i + 1 == doc->ntok || doc->toks[i + 1].para != t->para;
        if (last_in_para) {
            S_add(doc, from, i + 1);
            from = i + 1;
            continue;
        }
        char c = text[t->start];
        bool terminal = (t->flags & NG_TOK_PUNCT) && (c == '.' || c == '!' || c == '?');
        bool abbrev_end = false;
        if ((t->flags & NG_TOK_ABBREV) && !ng_lex_is_title_abbreviation(doc->lex, t->lower) &&
            t->end - t->start > 2) {
            /* "in the U.S. The ..." ends a sentence; "U.S. officials" does not */
            const ng_token *n = &doc->toks[i + 1];
            abbrev_end = (n->flags & NG_TOK_CAP) && ng_lex_is_stop_cap(doc->lex, n->lower);
            /* "agreed to buy Hess Corp. Exxon Mobil ...": a company's last
             * word before a capitalized word that opens no title ("Hess
             * Corp. Chief Executive John Hess" goes on) */
            abbrev_end = abbrev_end ||
                         ((n->flags & NG_TOK_CAP) && (n->flags & NG_TOK_WORD) &&
                          ng_lex_listed(doc->lex, "company-name-ends", t->lower) &&
                          !ng_lex_is_title_head(doc->lex, n->lower) && !ng_lex_is_title_mod(doc->lex, n->lower) &&
                          !ng_lex_is_title_abbreviation(doc->lex, n->lower));
        } else if ((t->flags & NG_TOK_ABBREV) && t->end - t->start == 2 && i > 0 &&
                   (doc->toks[i - 1].flags & NG_TOK_WORD) && !(doc->toks[i - 1].flags & NG_TOK_CAP)) {
            /* "wrote on X. Madrid president ...": a letter after a lower-case
             * word and before a word that opens sentences, names a place or
             * is a common word ("the vote on X. Business groups") ends one;
             * "author J. Smith" does not */
            const ng_token *n = &doc->toks[i + 1];
            /* (a common word with no capitalized word after it: not "when
             * M. Night Shyamalan approached") */
            bool common = S_common_word(doc, n) && !(i + 2 < doc->ntok && (doc->toks[i + 2].flags & NG_TOK_CAP));
            /* (or a title's head: "wrote on X. President Dina Boluarte
             * declared") */
            abbrev_end = (n->flags & NG_TOK_CAP) &&
                         (ng_lex_is_stop_cap(doc->lex, n->lower) || ng_lex_name(doc->lex, n->lower) || common ||
                          ng_lex_is_title_head(doc->lex, n->lower));
        }
        if (!terminal && !abbrev_end)
            continue;
        /* closing quotes and brackets stay with the sentence they close */
        size_t j = i + 1;
        while (j < doc->ntok && doc->toks[j].para == t->para && S_is_closer(&doc->toks[j], text))
            j++;
        if (j >= doc->ntok || doc->toks[j].para != t->para) {
            S_add(doc, from, j);
            from = j;
            i = j - 1;
            continue;
        }
        const ng_token *n = &doc->toks[j];
        bool next_starts = (n->flags & (NG_TOK_CAP | NG_TOK_NUM | NG_TOK_OPEN)) ||
                           ((n->flags & NG_TOK_QUOTE) && !(n->flags & NG_TOK_CLOSE));
        /* '"...?" Lindqvist asked.': the attribution belongs to the quote;
         * after a full stop inside the marks it would take a comma, so
         * '..."deeply disappointing." He urged ...' is a new sentence */
        if (next_starts && j > i + 1 && c != '.' && (n->flags & NG_TOK_CAP)) {
            for (size_t a = j + 1; a < doc->ntok && a <= j + 3 && doc->toks[a].para == t->para; a++) {
                if (ng_lex_speech_verb(doc->lex, doc->toks[a].lower) == 1) {
                    next_starts = false;
                    break;
                }
                if (!(doc->toks[a].flags & NG_TOK_CAP))
                    break;
            }
        }
        if (next_starts) {
            S_add(doc, from, j);
            from = j;
            i = j - 1;
        }
    }
    if (from < doc->ntok)
        S_add(doc, from, doc->ntok);
}
