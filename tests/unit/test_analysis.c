/* Tokenizer, sentence splitter, date arithmetic, and the parse helpers. */
#include "harness.h"
#include "support.h"
#include "syntax.h"

#include <unistd.h>

static ng_context *ctx;

static void check_tokens(const char *text, const char *want)
{
    ng_batch *b;
    ng_document *doc = doc_from(ctx, &b, text, NG_INPUT_JSON, NULL);
    char buf[2048];
    CHECK(doc != NULL);
    if (doc)
        CHECK_STR(tokens_joined(doc, buf, sizeof buf), want);
    ng_document_free(doc);
    ng_batch_free(b);
}

/* JSON input keeps the text as one paragraph per line, no headline guessing. */
static char *as_json(const char *text)
{
    static char buf[4096];
    snprintf(buf, sizeof buf, "{\"text\": \"%s\"}", text);
    return buf;
}

static void test_tokenizer(void)
{
    ng_document *doc;
    check_tokens(as_json("The U.S. and U.N. met."), "The|U.S.|and|U.N.|met|.");
    check_tokens(as_json("George W. Bush\u2019s National Security Council"),
                 "George|W.|Bush|\u2019s|National|Security|Council");
    check_tokens(as_json("\u201cHello,\u201d she said \u2014no."), "\u201c|Hello|,|\u201d|she|said|\u2014|no|.");
    check_tokens(as_json("a well-known 3,000.5 troops don't"), "a|well-known|3,000.5|troops|do|n't");
    /* contractions split as the treebanks write them; names keep theirs */
    check_tokens(as_json("They\u2019re here, he\u2019d said; I'm sure we'll see. Sa'd can't, O'Neill won\u2019t"),
                 "They|\u2019re|here|,|he|\u2019d|said|;|I|'m|sure|we|'ll|see|.|Sa'd|ca|n't|,|O'Neill|wo|n\u2019t");
    check_tokens(as_json("rock'n'roll you've"), "rock'n'roll|you|'ve");
    check_tokens(as_json("Gen. Smith and Col. Jones at 5 p.m. Friday"), "Gen.|Smith|and|Col.|Jones|at|5|p.m.|Friday");
    check_tokens(as_json("Russia's and Pyongyang\u2019s"), "Russia|'s|and|Pyongyang|\u2019s");
    check_tokens(as_json("[Russian President Vladimir] Putin"), "[|Russian|President|Vladimir|]|Putin");
    /* two names the lexicon knows joined by a hyphen are two words; one
     * name with a hyphen, a company's or a people's stays whole */
    check_tokens(as_json("US-China talks, Russia-Ukraine war, Guinea-Bissau, Coca-Cola, Cuban-American voters"),
                 "US|-|China|talks|,|Russia|-|Ukraine|war|,|Guinea-Bissau|,|Coca-Cola|,|Cuban-American|voters");

    /* a plural's apostrophe before a word is its possessive ("Mercedes'
     * Lewis Hamilton"); one that closes single quotation marks is not */
    {
        ng_batch *pb;
        ng_document *pd = doc_from(ctx, &pb, as_json("Mercedes' Lewis Hamilton called it 'a matter of days' and left"),
                                   NG_INPUT_JSON, NULL);
        CHECK(pd && pd->ntok == 14);
        if (pd && pd->ntok == 14) {
            CHECK(pd->toks[1].flags & NG_TOK_POSS);
            CHECK_STR(pd->toks[1].lower, "'s");
            CHECK(!(pd->toks[11].flags & NG_TOK_POSS));
        }
        ng_document_free(pd);
        ng_batch_free(pb);
    }

    /* offsets are bytes into the article text */
    ng_batch *b;
    doc = doc_from(ctx, &b, as_json("\u201cYes\u201d"), NG_INPUT_JSON, NULL);
    CHECK(doc && doc->ntok == 3);
    if (doc && doc->ntok == 3) {
        CHECK_INT(doc->toks[0].start, 0);
        CHECK_INT(doc->toks[0].end, 3);
        CHECK_INT(doc->toks[1].start, 3);
        CHECK_INT(doc->toks[1].end, 6);
        CHECK(doc->toks[0].flags & NG_TOK_OPEN);
        CHECK(doc->toks[2].flags & NG_TOK_CLOSE);
    }
    ng_document_free(doc);
    ng_batch_free(b);
}

static void check_sentences(const char *json, size_t want, const char *first_sentence)
{
    ng_batch *b;
    ng_document *doc = doc_from(ctx, &b, json, NG_INPUT_JSON, NULL);
    CHECK(doc != NULL);
    if (!doc)
        return;
    CHECK_INT(doc->nsent, want);
    if (first_sentence && doc->nsent) {
        char buf[512];
        snprintf(buf, sizeof buf, "%.*s", (int)(doc->sents[0].end - doc->sents[0].start),
                 doc->art->text + doc->sents[0].start);
        CHECK_STR(buf, first_sentence);
    }
    ng_document_free(doc);
    ng_batch_free(b);
}

static void test_sentences(void)
{
    check_sentences(as_json("Gen. Smith arrived. He spoke in the U.S. The crowd cheered. U.S. officials agreed."), 4,
                    "Gen. Smith arrived.");
    check_sentences(as_json("\u201cIt is over.\u201d She left."), 2, "\u201cIt is over.\u201d");
    check_sentences(as_json("Mr. Jones met Sen. Lee on Jan. 5 in Washington."), 1, NULL);
    check_sentences(as_json("First paragraph without a stop\\n\\nSecond paragraph"), 2, "First paragraph without a stop");
    check_sentences(as_json("Is it? Yes! No... maybe."), 3, "Is it?");
    check_sentences(as_json("He said \\\"stop.\\\" Then he left."), 2, "He said \"stop.\"");
}

static void test_dates(void)
{
    char out[11];
    /* 2024-10-30 is a Wednesday */
    CHECK(ng_date_weekday("2024-10-30", 3, true, out));
    CHECK_STR(out, "2024-10-30");
    CHECK(ng_date_weekday("2024-10-30", 2, true, out));
    CHECK_STR(out, "2024-10-29");
    CHECK(ng_date_weekday("2024-10-30", 4, true, out));
    CHECK_STR(out, "2024-10-24");
    CHECK(ng_date_weekday("2024-10-30", 5, false, out));
    CHECK_STR(out, "2024-11-01");
    CHECK(ng_date_weekday("2024-10-30", 3, false, out));
    CHECK_STR(out, "2024-11-06");
    /* month, year and leap-day boundaries */
    CHECK(ng_date_weekday("2024-03-01", 4, true, out)); /* Friday -> Thursday Feb 29 */
    CHECK_STR(out, "2024-02-29");
    CHECK(ng_date_weekday("2023-03-01", 2, true, out)); /* Wednesday -> Tuesday Feb 28 */
    CHECK_STR(out, "2023-02-28");
    CHECK(ng_date_weekday("2025-01-01", 0, true, out)); /* Wednesday -> Sunday Dec 29 */
    CHECK_STR(out, "2024-12-29");
    CHECK(ng_date_weekday("2024-12-30", 3, false, out)); /* Monday -> Wednesday Jan 1 */
    CHECK_STR(out, "2025-01-01");
    CHECK(ng_date_weekday("1900-03-01", 3, true, out)); /* 1900 is no leap year */
    CHECK_STR(out, "1900-02-28");
    CHECK(!ng_date_weekday("2023-02-29", 3, true, out));
    CHECK(!ng_date_weekday("yesterday", 3, true, out));
    CHECK_INT(ng_date_weekday_of(2000, 2, 29), 2);
    CHECK(ng_date_normalize("2019-11-20T14:03:00Z", out));
    CHECK_STR(out, "2019-11-20");
    CHECK(ng_date_normalize("Nov 20, 2019", out)); /* dates as feeds write them */
    CHECK_STR(out, "2019-11-20");
    CHECK(ng_date_normalize("Wed, 30 Oct 2024 10:00:00 GMT", out));
    CHECK_STR(out, "2024-10-30");
    CHECK(ng_date_normalize("October 30, 2024", out));
    CHECK_STR(out, "2024-10-30");
    CHECK(ng_date_normalize("30 October 2024", out));
    CHECK_STR(out, "2024-10-30");
    CHECK(ng_date_normalize("Sept. 3, 2024", out));
    CHECK_STR(out, "2024-09-03");
    CHECK(ng_date_normalize("Thu, 01 Feb 24 08:00:00 +0000", out));
    CHECK_STR(out, "2024-02-01");
    CHECK(!ng_date_normalize("Fri, 30 Feb 2024", out));
    CHECK(!ng_date_normalize("next week", out));
    CHECK(!ng_date_normalize("October 2024", out));
    CHECK_INT(ng_weekday_from_name("friday"), 5);
    CHECK_INT(ng_month_from_name("sept."), 9);
    CHECK_INT(ng_month_from_name("oct."), 10);
}

/* Index of the first token whose text is word, or -1. */
static int S_tok(const ng_document *doc, const char *word)
{
    for (size_t i = 0; i < doc->ntok; i++)
        if (doc->toks[i].end - doc->toks[i].start == strlen(word) &&
            memcmp(doc->art->text + doc->toks[i].start, word, strlen(word)) == 0)
            return (int)i;
    return -1;
}

static void test_parse_helpers(void)
{
    ng_batch *b;
    ng_document *doc = doc_from(ctx, &b, as_json("The foreign minister met the president of Chile."),
                                NG_INPUT_JSON, NULL);
    CHECK(doc != NULL);
    if (!doc)
        return;
    if (!ng_dep_parsed(doc)) {
        printf("test_analysis: parse helpers skipped: this build has no syntax model\n");
        ng_document_free(doc);
        ng_batch_free(b);
        return;
    }
    int met = S_tok(doc, "met"), minister = S_tok(doc, "minister"), president = S_tok(doc, "president");
    int chile = S_tok(doc, "Chile");
    CHECK_STR(ng_dep_upos(doc, (size_t)met), "VERB");
    CHECK_STR(ng_dep_rel(doc, (size_t)met), "root");
    CHECK_INT(ng_dep_head(doc, (size_t)met), -1);
    CHECK_INT(ng_dep_subject(doc, (size_t)met), minister);
    CHECK_INT(ng_dep_object(doc, (size_t)met), president);
    CHECK_INT(ng_dep_governing_verb(doc, (size_t)chile), met);
    CHECK_INT(ng_dep_head(doc, (size_t)chile), president);
    CHECK_INT(ng_dep_child(doc, (size_t)chile, "case"), S_tok(doc, "of"));
    CHECK_STR(ng_dep_rel(doc, (size_t)chile), "nmod");
    size_t start, end;
    ng_dep_phrase(doc, (size_t)minister, &start, &end);
    CHECK_INT(start, 0);
    CHECK_INT(end, 3); /* "The foreign minister" */
    ng_dep_phrase(doc, (size_t)president, &start, &end);
    CHECK_INT(start, 4);
    CHECK_INT(end, 8); /* "the president of Chile" */
    ng_document_free(doc);
    ng_batch_free(b);

    /* a run of 450 words with no full stop is parsed in pieces: every word
     * gets a head inside its piece, and nothing reaches past it */
    static char many[4096];
    size_t n = 0;
    for (int i = 0; i < 450 && n + 8 < sizeof many; i++)
        n += (size_t)snprintf(many + n, sizeof many - n, "%sword", i ? " " : "");
    doc = doc_from(ctx, &b, as_json(many), NG_INPUT_JSON, NULL);
    CHECK(doc && doc->ntok == 450);
    for (size_t i = 0; doc && i < doc->ntok; i++)
        if (doc->toks[i].head >= 0)
            CHECK(doc->toks[i].head / 200 == (int32_t)(i / 200));
    ng_document_free(doc);
    ng_batch_free(b);
}

/* The tag dictionary: a word seen at least NG_SYN_SURE_COUNT times with
 * one tag (NG_SYN_SURE_SHARE) gets it without the tagger; the counts leave the
 * ambiguity class (a tagger feature) as it was. */
static void test_tag_dictionary(void)
{
    static const char text[] = "the\t7\t5000\t4990\n"
                               "rare\t3\t49\t49\n"
                               "mostly\t3\t1000\t980\n"
                               "that\t7,12\t900\t600\n"
                               "old\t4\n"
                               "older\t4\t50\t50\n";
    ng_syntax_model *m = ng_syntax_model_new();
    m->ntags = 20;
    CHECK_INT(ng_syn_dict_parse(&m->dict, text, sizeof text - 1), 0);
    ng_syn_word w;
    ng_syn_word_facts(m, "The", 3, true, &w);
    CHECK_INT(w.only, 7);
    ng_syn_word_facts(m, "rare", 4, false, &w);
    CHECK_INT(w.only, UINT16_MAX); /* seen 49 times: the tagger decides */
    ng_syn_word_facts(m, "mostly", 6, false, &w);
    CHECK_INT(w.only, UINT16_MAX); /* 98% one tag */
    ng_syn_word_facts(m, "that", 4, false, &w);
    CHECK_INT(w.only, UINT16_MAX); /* two tags */
    ng_syn_word_facts(m, "old", 3, false, &w);
    CHECK_INT(w.only, UINT16_MAX); /* a model without counts */
    uint64_t old_class = w.amb;
    ng_syn_word_facts(m, "older", 5, false, &w);
    CHECK_INT(w.only, 4);
    CHECK(w.amb == old_class && w.amb != 0); /* "4" either way */
    ng_syn_word_facts(m, "unseen", 6, false, &w);
    CHECK_INT(w.only, UINT16_MAX);
    CHECK(w.amb == 0);
    ng_syntax_model_free(m);
}

/* The bundled lexicon's image (core/model_image.c) answers as the lexicon
 * it was written from; a cut image is refused. */
static void test_lexicon_image(void)
{
    ng_lexicon *built = ng_lexicon_new();
    char path[] = "/tmp/ng-lexicon-image-XXXXXX";
    int fd = mkstemp(path);
    CHECK(fd >= 0);
    if (fd < 0)
        return;
    close(fd);
    ng_error err = {0};
    CHECK_INT(ng_lexicon_image(built, path, &err), 0);
    ng_buf b = {0};
    CHECK_INT(ng_read_file(path, &b, &err), 0);
    remove(path);
    ng_lexicon *mapped = ng_lexicon_from_image((const unsigned char *)b.data, b.len);
    CHECK(mapped != NULL);
    if (mapped) {
        static const char *const names[] = {"france", "united states", "beijing", "european union", "asia"};
        for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
            const ng_lex_entry *x = ng_lex_name(built, names[i]), *y = ng_lex_name(mapped, names[i]);
            CHECK(x && y);
            if (x && y) {
                CHECK_STR(y->name, x->name);
                CHECK_INT(y->kind, x->kind);
                CHECK_INT(y->place_kind, x->place_kind);
                CHECK_INT(y->country, x->country);
            }
        }
        CHECK(ng_lex_name(mapped, "no such place anywhere") == NULL);
        CHECK_INT(ng_lex_speech_verb(mapped, "said"), ng_lex_speech_verb(built, "said"));
        CHECK(ng_lex_is_title_head(mapped, "minister"));
        CHECK(!ng_lex_is_title_head(mapped, "bridge"));
        CHECK_STR(ng_lex_event_class(mapped, "summit"), ng_lex_event_class(built, "summit"));
        CHECK_STR(ng_lex_event_class(mapped, "attack"), ng_lex_event_class(built, "attack"));
        CHECK_INT(ng_lex_person_noun(mapped, "farmers"), ng_lex_person_noun(built, "farmers"));
        CHECK_INT(ng_lex_person_noun(mapped, "farmers"), 2);
        ng_lexicon_free(mapped);
    }
    /* an image cut short lacks its sections: refused, not read past its end */
    CHECK(ng_lexicon_from_image((const unsigned char *)b.data, b.len / 2) == NULL);
    CHECK(ng_lexicon_from_image((const unsigned char *)b.data, 10) == NULL);
    ng_buf_free(&b);
    ng_lexicon_free(built);
}

int main(void)
{
    ng_error err = {0};
    ctx = ng_context_new(&err);
    if (!ctx)
        return 1;
    test_tokenizer();
    test_sentences();
    test_dates();
    test_parse_helpers();
    test_tag_dictionary();
    test_lexicon_image();
    ng_context_free(ctx);
    return test_report("test_analysis");
}
