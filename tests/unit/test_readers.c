/* Readers: text, HTML, JSON, JSON Lines, gzip, repairs and refusals. */
#include <zlib.h>

#include "harness.h"
#include "support.h"

static ng_context *ctx;

static ng_batch *load(const char *data, size_t len, ng_input_format fmt, ng_error *err)
{
    ng_options opts = {0};
    opts.input_format = fmt;
    memset(err, 0, sizeof *err);
    return ng_batch_load(ctx, data, len, "input", &opts, err);
}

static const ng_article *first(const ng_batch *b) { return b && b->n ? b->items[0] : NULL; }

static void test_text(void)
{
    const char *text = "Daily Planet\n\nAll the news\n\nCity council approves budget\nPolitics Local\n\n"
                       "City council approves budget\n\nThe city council approved the budget on Monday.\n\n"
                       "Short heading\n\nThe mayor said it was fair.\n\nSource: planet.example\n";
    ng_error err;
    ng_batch *b = load(text, strlen(text), NG_INPUT_AUTO, &err);
    const ng_article *a = first(b);
    CHECK(a != NULL);
    if (a) {
        CHECK_STR(a->headline, "City council approves budget");
        CHECK_STR(a->publisher, "planet.example");
        CHECK_INT(a->npara, 3);
        CHECK_STR(a->text, "The city council approved the budget on Monday.\n\nShort heading\n\nThe mayor said it was fair.");
        CHECK_INT(a->paras[1].kind, NG_PARA_HEADING);
        CHECK_INT(a->paras[0].kind, NG_PARA_BODY);
        CHECK_STR(a->format, "text");
    }
    ng_batch_free(b);

    /* no repeated headline: the first short block is the headline */
    const char *plain = "Rain expected\n\nForecasters said rain was expected. It will be wet.\n";
    b = load(plain, strlen(plain), NG_INPUT_TEXT, &err);
    a = first(b);
    CHECK(a && a->headline && strcmp(a->headline, "Rain expected") == 0);
    CHECK(a && strcmp(a->text, "Forecasters said rain was expected. It will be wet.") == 0);
    ng_batch_free(b);

    /* a line repeated after the story has begun is story, not a headline
     * with chrome above it (an embedded post signed twice) */
    const char *signed_twice = "The senate adjourned on Tuesday after its members paid tribute to two "
                               "former colleagues who died during the recess, and the leader said the "
                               "chamber would sit again early next week.\n\n"
                               "\xe2\x80\x94 Senate Press (@senatepress) October 9\n\n"
                               "The leader read the motion.\n\n"
                               "\xe2\x80\x94 Senate Press (@senatepress) October 9\n";
    b = load(signed_twice, strlen(signed_twice), NG_INPUT_TEXT, &err);
    a = first(b);
    CHECK(a && a->npara == 4);
    CHECK(a && strncmp(a->text, "The senate adjourned on Tuesday", 31) == 0);
    ng_batch_free(b);

    /* a short first paragraph that reads as story is no headline */
    const char *lede = "OSLO \xe2\x80\x94 Hours before the final, the coach said the young striker "
                       "would start on the bench.\n\nThe team won 2-1.\n";
    b = load(lede, strlen(lede), NG_INPUT_TEXT, &err);
    a = first(b);
    CHECK(a && !a->headline && a->npara == 2);
    CHECK(a && strncmp(a->text, "OSLO \xe2\x80\x94 Hours before", 21) == 0);
    ng_batch_free(b);

    /* lines inside a paragraph are joined */
    const char *wrapped = "Title here\n\nOne line\nwraps here.\n";
    b = load(wrapped, strlen(wrapped), NG_INPUT_TEXT, &err);
    CHECK(first(b) && strcmp(first(b)->text, "One line wraps here.") == 0);
    ng_batch_free(b);
}

static void test_html(void)
{
    const char *html =
        "<!DOCTYPE html><html><head><title>Port reopens | The Harbor Times</title>"
        "<meta property=\"og:site_name\" content=\"The Harbor Times\">"
        "<meta property=\"article:published_time\" content=\"2021-05-04T08:00:00Z\">"
        "<link rel=\"canonical\" href=\"https://harbor.example/port-reopens\">"
        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Port reopens after storm\","
        "\"datePublished\":\"2021-05-03\",\"publisher\":{\"@type\":\"Organization\",\"name\":\"Harbor Times\"}}</script>"
        "<style>p{color:red}</style></head><body><nav><p>Home, World, Sport, and everything else you want here.</p></nav>"
        "<article><h1>Port reopens after storm</h1><p>The port reopened on Monday, officials said, after a week of repairs.</p>"
        "<script>var x = 'not text';</script><!-- a comment -->"
        "<p>Ships queued outside the harbor, and crews worked through the night to clear the berths.</p>"
        "<h2>What comes next</h2><p>The harbor master said more repairs were planned, but traffic would resume.</p>"
        "<aside><p>Related: other stories about ports, harbors and the sea, with many words.</p></aside></article>"
        "<footer><p>Copyright The Harbor Times, all rights reserved, forever and ever.</p></footer></body></html>";
    ng_error err;
    ng_batch *b = load(html, strlen(html), NG_INPUT_AUTO, &err);
    const ng_article *a = first(b);
    CHECK(a != NULL);
    if (a) {
        CHECK_STR(a->format, "html");
        CHECK_STR(a->headline, "Port reopens after storm");
        CHECK_STR(a->date_published, "2021-05-03");
        CHECK_STR(a->publisher, "Harbor Times");
        CHECK_STR(a->url, "https://harbor.example/port-reopens");
        CHECK_INT(a->npara, 4);
        /* the <h1> is the headline, not part of the body */
        CHECK(strstr(a->text, "The port reopened on Monday") == a->text);
        CHECK(strstr(a->text, "not text") == NULL);
        CHECK(strstr(a->text, "Related") == NULL);
        CHECK(strstr(a->text, "Copyright") == NULL);
        CHECK(strstr(a->text, "Home, World") == NULL);
        CHECK(strstr(a->text, "comment") == NULL);
        CHECK(a->npara >= 3 && a->paras[2].kind == NG_PARA_HEADING);
    }
    ng_batch_free(b);

    /* title only: the site name is dropped from <title> */
    const char *bare = "<html><head><title>Quiet day - Town Crier</title></head><body><div><p>Nothing happened in town today, "
                       "and everyone was glad of it, the council said.</p></div></body></html>";
    b = load(bare, strlen(bare), NG_INPUT_HTML, &err);
    CHECK(first(b) && first(b)->headline && strcmp(first(b)->headline, "Quiet day") == 0);
    ng_batch_free(b);

    /* truncated markup still gives its text */
    const char *cut = "<html><body><article><p>The vote was held on Tuesday and the motion passed by a wide margin, clerks";
    b = load(cut, strlen(cut), NG_INPUT_HTML, &err);
    CHECK(first(b) && !first(b)->failed && strstr(first(b)->text, "motion passed") != NULL);
    ng_batch_free(b);

    /* an external entity is never fetched or expanded */
    const char *xxe = "<!DOCTYPE html [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><html><body><p>Alpha &x; beta, "
                      "and a sentence long enough to count as the story.</p></body></html>";
    b = load(xxe, strlen(xxe), NG_INPUT_HTML, &err);
    CHECK(first(b) && strstr(first(b)->text, "root:") == NULL);
    ng_batch_free(b);
}

static void test_json(void)
{
    const char *json = "{\"headline\": \"Talks resume\", \"articleBody\": \"Negotiators met again.\\n\\nNo deal yet.\","
                       " \"url\": \"https://news.example/a\", \"datePublished\": \"2022-02-03T10:00:00Z\","
                       " \"publisher\": {\"name\": \"News Example\"}, \"author\": [{\"name\": \"A. Writer\"}]}";
    ng_error err;
    ng_batch *b = load(json, strlen(json), NG_INPUT_AUTO, &err);
    const ng_article *a = first(b);
    CHECK(a != NULL);
    if (a) {
        CHECK_STR(a->headline, "Talks resume");
        CHECK_STR(a->text, "Negotiators met again.\n\nNo deal yet.");
        CHECK_STR(a->url, "https://news.example/a");
        CHECK_STR(a->date_published, "2022-02-03");
        CHECK_STR(a->publisher, "News Example");
        CHECK_STR(a->author, "A. Writer");
    }
    ng_batch_free(b);

    const char *lines = "{\"title\": \"One\", \"text\": \"First story.\"}\n"
                        "{\"title\": \"Two\", \"text\": \n"
                        "\n"
                        "{\"title\": \"Three\", \"body\": \"Third story.\"}\n"
                        "{\"title\": \"Four\"}\n";
    b = load(lines, strlen(lines), NG_INPUT_AUTO, &err);
    CHECK(b != NULL);
    if (b) {
        CHECK_INT(ng_batch_count(b), 4);
        CHECK(ng_batch_error(b, 0) == NULL);
        CHECK(ng_batch_error(b, 1) != NULL);
        CHECK(ng_batch_error(b, 1) && strncmp(ng_batch_error(b, 1)->text, "line 2: invalid JSON", 20) == 0);
        CHECK_INT(ng_batch_error(b, 1) ? ng_batch_error(b, 1)->line : 0, 2);
        CHECK(ng_batch_error(b, 2) == NULL);
        CHECK_STR(ng_batch_headline(b, 2), "Three");
        CHECK(ng_batch_error(b, 3) &&
              strcmp(ng_batch_error(b, 3)->text, "JSON object has no article text (expected \"text\" or \"articleBody\")") == 0);
    }
    ng_batch_free(b);

    const char *bad = "{\"text\": \"unterminated}";
    b = load(bad, strlen(bad), NG_INPUT_JSON, &err);
    CHECK(b && ng_batch_error(b, 0) && strncmp(ng_batch_error(b, 0)->text, "invalid JSON at line 1", 22) == 0);
    ng_batch_free(b);
}

static int warnings;
static char last_warning[256];
static void on_warn(void *data, const char *source, const char *msg)
{
    (void)data;
    (void)source;
    warnings++;
    snprintf(last_warning, sizeof last_warning, "%s", msg);
}

static void test_bytes(void)
{
    ng_error err;
    /* gzip is read transparently */
    const char *text = "Headline\n\nThe body of the story is here.\n";
    unsigned char gz[512];
    z_stream z;
    memset(&z, 0, sizeof z);
    deflateInit2(&z, 9, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    z.next_in = (Bytef *)text;
    z.avail_in = (uInt)strlen(text);
    z.next_out = gz;
    z.avail_out = sizeof gz;
    deflate(&z, Z_FINISH);
    size_t gzlen = sizeof gz - z.avail_out;
    deflateEnd(&z);
    ng_batch *b = load((const char *)gz, gzlen, NG_INPUT_AUTO, &err);
    CHECK(first(b) && strcmp(first(b)->text, "The body of the story is here.") == 0);
    ng_batch_free(b);
    b = load((const char *)gz, gzlen / 2, NG_INPUT_AUTO, &err);
    CHECK(b == NULL);
    CHECK_STR(err.text, "truncated gzip data");

    /* invalid UTF-8 is repaired and reported */
    ng_options opts = {0};
    opts.warn = on_warn;
    const char bad[] = "Title\n\nCaf\xe9 owners met the mayor.\n";
    memset(&err, 0, sizeof err);
    b = ng_batch_load(ctx, bad, sizeof bad - 1, "input", &opts, &err);
    CHECK(first(b) && strcmp(first(b)->text, "Caf\xEF\xBF\xBD owners met the mayor.") == 0);
    CHECK_INT(warnings, 1);
    CHECK_STR(last_warning, "repaired 1 invalid UTF-8 sequence (first at byte 10)");
    ng_batch_free(b);

    b = load("", 0, NG_INPUT_AUTO, &err);
    CHECK(b == NULL);
    CHECK_STR(err.text, "empty input");
    b = load(" \n\t\n", 4, NG_INPUT_AUTO, &err);
    CHECK(b == NULL);
    CHECK_STR(err.text, "empty input");
    char garbage[300];
    for (size_t i = 0; i < sizeof garbage; i++)
        garbage[i] = (char)((i * 37 + 11) % 256);
    b = load(garbage, sizeof garbage, NG_INPUT_AUTO, &err);
    CHECK(b == NULL);
    CHECK_STR(err.text, "input looks like binary data, not an article");
    /* markup with no text */
    const char *empty_html = "<html><body><script>x()</script></body></html>";
    b = load(empty_html, strlen(empty_html), NG_INPUT_AUTO, &err);
    CHECK(b && ng_batch_error(b, 0) && strcmp(ng_batch_error(b, 0)->text, "no article text found") == 0);
    ng_batch_free(b);
}

int main(void)
{
    ng_error err = {0};
    ctx = ng_context_new(&err);
    if (!ctx)
        return 1;
    test_text();
    test_html();
    test_json();
    test_bytes();
    ng_context_free(ctx);
    return test_report("test_readers");
}
