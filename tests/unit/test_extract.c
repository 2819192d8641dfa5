/* Extraction on short self-written articles: actors with titles and
 * affiliations, statements with speakers, events with their arguments. */
#include "harness.h"
#include "support.h"

static ng_context *ctx;

static ng_document *doc_of(ng_batch **b, const char *text, const char *published)
{
    char json[4096];
    snprintf(json, sizeof json, "{\"headline\": \"Test\", \"text\": \"%s\"}", text);
    return doc_from(ctx, b, json, NG_INPUT_JSON, published);
}

static const ng_statement *stmt_with(const ng_document *doc, const char *text, bool direct)
{
    for (size_t i = 0; i < doc->nstmt; i++)
        if (doc->stmts[i].direct == direct && strcmp(doc->stmts[i].text, text) == 0)
            return &doc->stmts[i];
    return NULL;
}

static const char *speaker_of(const ng_document *doc, const ng_statement *s)
{
    return s && s->speaker >= 0 ? doc->actors[s->speaker].name : "(none)";
}

static void test_actors(void)
{
    ng_batch *b;
    ng_document *d = doc_of(&b,
        "Kenyan Foreign Minister Alfred Mutua met Tanzania\u2019s finance minister, Mwigulu Nchemba, in Nairobi. "
        "Mutua later spoke to reporters. Ines Duarte, a senior analyst with the International Monetary Fund, "
        "said the talks went well. The meeting was hosted by the Institute for Regional Trade, or IRT. "
        "Ali Hassan, who is now a senior adviser with the IRT Trade Program, agreed.", NULL);
    CHECK(d != NULL);
    if (d) {
        int mutua = find_actor(d, "Alfred Mutua");
        CHECK(mutua >= 0);
        CHECK(actor_has_title(d, mutua, "Foreign Minister"));
        CHECK(actor_has_affiliation(d, mutua, "Kenya"));
        CHECK_INT(find_actor(d, "Mutua"), -1);   /* the surname joined the full name */
        int nchemba = find_actor(d, "Mwigulu Nchemba");
        CHECK(actor_has_title(d, nchemba, "finance minister"));
        CHECK(actor_has_affiliation(d, nchemba, "Tanzania"));
        int duarte = find_actor(d, "Ines Duarte");
        CHECK(actor_has_title(d, duarte, "senior analyst"));
        CHECK(actor_has_affiliation(d, duarte, "International Monetary Fund"));
        int irt = find_actor(d, "Institute for Regional Trade");
        CHECK(irt >= 0);
        int hassan = find_actor(d, "Ali Hassan");
        CHECK(actor_has_title(d, hassan, "senior adviser"));
        CHECK(actor_has_affiliation(d, hassan, "Institute for Regional Trade"));
        int nairobi = find_actor(d, "Nairobi");
        CHECK(nairobi >= 0 && d->actors[nairobi].place_kind == NG_PLACE_CITY);
    }
    ng_document_free(d);
    ng_batch_free(b);

    /* a capital acting as its government is the country */
    d = doc_of(&b, "Moscow has rejected the plan. In Moscow, crowds gathered. U.S. officials said they were worried.", NULL);
    if (d) {
        CHECK(find_actor(d, "Russia") >= 0);
        int city = find_actor(d, "Moscow");
        CHECK(city >= 0 && d->actors[city].place_kind == NG_PLACE_CITY);
        int group = find_actor(d, "U.S. officials");
        CHECK(group >= 0 && d->actors[group].type == NG_ACTOR_GROUP);
        CHECK(actor_has_affiliation(d, group, "United States"));
    }
    ng_document_free(d);
    ng_batch_free(b);
}

static void test_statements(void)
{
    ng_batch *b;
    ng_document *d = doc_of(&b,
        "\u201cThe bridge will open in May,\u201d said Mayor Clara Ortiz. "
        "Ortiz said the city had found the money for the repairs.\\n\\n"
        "\u201cWe are ready. Nothing will stop us.\u201d\\n\\n"
        "Engineer Tom Reyes was more careful. \u201cThere is a lot of work left,\u201d he said. "
        "The project is \u201cambitious,\u201d according to Reyes.", NULL);
    CHECK(d != NULL);
    if (d) {
        const ng_statement *s = stmt_with(d, "The bridge will open in May,", true);
        CHECK(s != NULL);
        CHECK_STR(speaker_of(d, s), "Clara Ortiz");
        s = stmt_with(d, "the city had found the money for the repairs", false);
        CHECK(s != NULL);
        CHECK_STR(speaker_of(d, s), "Clara Ortiz");
        /* a quote-only paragraph after "X said ..." */
        s = stmt_with(d, "We are ready. Nothing will stop us.", true);
        CHECK_STR(speaker_of(d, s), "Clara Ortiz");
        /* a pronoun speaker */
        s = stmt_with(d, "There is a lot of work left,", true);
        CHECK_STR(speaker_of(d, s), "Tom Reyes");
        /* a one-word quote with "according to" is still attributed */
        s = stmt_with(d, "ambitious,", true);
        CHECK_STR(speaker_of(d, s), "Tom Reyes");
    }
    ng_document_free(d);
    ng_batch_free(b);

    /* scare quotes are not statements */
    d = doc_of(&b, "The so-called \u201cpeace plan\u201d was published on Friday.", NULL);
    CHECK(d && d->nstmt == 0);
    ng_document_free(d);
    ng_batch_free(b);
}

static const ng_event *event_of(const ng_document *d, const char *klass)
{
    for (size_t i = 0; i < d->nevent; i++)
        if (strcmp(d->events[i].klass, klass) == 0)
            return &d->events[i];
    return NULL;
}

static void test_events(void)
{
    ng_batch *b;
    /* 2024-03-06 is a Wednesday */
    ng_document *d = doc_of(&b,
        "In Lima, Peruvian President Dina Boluarte and Chilean President Gabriel Boric held talks on Monday. "
        "Boric will meet Argentine President Javier Milei in Buenos Aires on Friday.", "2024-03-06");
    CHECK(d != NULL);
    if (d) {
        const ng_event *talks = event_of(d, "Talks");
        CHECK(talks != NULL);
        if (talks) {
            CHECK_INT(talks->nattendee, 2);
            CHECK_STR(d->actors[talks->location].name, "Lima");
            CHECK_STR(talks->date, "2024-03-04");
            CHECK_INT(talks->modality, NG_MOD_ASSERTED);
        }
        const ng_event *meet = event_of(d, "Meeting");
        CHECK(meet != NULL);
        if (meet) {
            CHECK_INT(meet->nattendee, 2);
            CHECK_STR(d->actors[meet->location].name, "Buenos Aires");
            CHECK_STR(meet->date, "2024-03-08");
            CHECK_INT(meet->modality, NG_MOD_PLANNED);
        }
    }
    ng_document_free(d);
    ng_batch_free(b);

    d = doc_of(&b, "Speaking at a seminar hosted by the Center for Maritime Studies on Tuesday, "
                   "analyst Rosa Lind said the fleet was ready. Ruritania has sent thousands of troops to the border.",
               "2024-03-06");
    if (d) {
        const ng_event *sem = event_of(d, "Seminar");
        CHECK(sem != NULL);
        if (sem) {
            CHECK(sem->organizer >= 0 && strcmp(d->actors[sem->organizer].name, "Center for Maritime Studies") == 0);
            CHECK_STR(sem->date, "2024-03-05");
        }
    }
    ng_document_free(d);
    ng_batch_free(b);
}

/* The same person named in two articles is one node: the same IRI. */
static void test_identity(void)
{
    const char *a = "{\"headline\": \"One\", \"text\": \"Foreign Minister Ana Silva met reporters in Lisbon.\"}";
    const char *b = "{\"headline\": \"Two\", \"text\": \"Talks resumed on Monday. Ana Silva, the country's "
                    "foreign minister, said they went well. Silva left.\"}";
    ng_batch *ba, *bb;
    ng_document *da = doc_from(ctx, &ba, a, NG_INPUT_JSON, NULL);
    ng_document *db = doc_from(ctx, &bb, b, NG_INPUT_JSON, NULL);
    CHECK(da && db);
    if (da && db) {
        int pa = find_actor(da, "Ana Silva"), pb = find_actor(db, "Ana Silva");
        CHECK(pa >= 0 && pb >= 0);
        if (pa >= 0 && pb >= 0) {
            CHECK_STR(da->actors[pa].iri, "http://newsgraph.org/id/person/ana-silva");
            CHECK_STR(da->actors[pa].iri, db->actors[pb].iri);
        }
        CHECK(strcmp(da->article_iri, db->article_iri) != 0);
        int la = find_actor(da, "Lisbon");
        CHECK(la >= 0 && strcmp(da->actors[la].iri, "http://newsgraph.org/id/city/lisbon") == 0);
    }
    ng_document_free(da);
    ng_document_free(db);
    ng_batch_free(ba);
    ng_batch_free(bb);
}

int main(void)
{
    ng_error err = {0};
    ctx = ng_context_new(&err);
    if (!ctx)
        return 1;
    test_actors();
    test_statements();
    test_events();
    test_identity();
    ng_context_free(ctx);
    return test_report("test_extract");
}
