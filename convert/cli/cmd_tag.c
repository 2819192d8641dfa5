/* cmd_tag.c -- `newsgraph tag`: the NER tagger on CoNLL files or articles. */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "ner.h"
#include "syntax.h"

static void S_usage(FILE *out)
{
    fputs("usage: newsgraph tag [--model MODEL [--lexicon F]] --conll FILE\n"
          "       newsgraph tag [--model MODEL [--lexicon F]] [FILE...]\n"
          "\n"
          "With --conll, read a CoNLL file (first column the word, blank line between\n"
          "sentences, -DOCSTART- between documents) and write each line back with one\n"
          "more column, the predicted tag in IOB2. Otherwise print the named entities of\n"
          "each article: character start, end, type and text, tab-separated.\n"
          "The built-in model is used unless --model names another; --lexicon gives the\n"
          "word classes that model was trained with (train-ner --lexicon), when not\n"
          "the built-in models/ner-en-lexicon.tsv.\n",
          out);
}

static int S_tag_conll(const ng_ner_model *m, ng_context *ctx, const char *path)
{
    ng_error err = {0};
    ng_conll *c = ng_conll_read(path, false, &err);
    if (!c) {
        fprintf(stderr, "newsgraph: %s: %s\n", err.source, err.text);
        return EXIT_SOME_FAILED;
    }
    uint8_t **labels = malloc((c->n + 1) * sizeof *labels);
    for (size_t s = 0; s < c->n; s++)
        labels[s] = malloc(c->sents[s].n + 1);
    ng_error syn_err = {0};
    ng_ner_tag_conll(m, ng_syntax_builtin(ctx, &syn_err), c, labels);
    for (size_t s = 0; s < c->n; s++) {
        if (c->sents[s].docstart)
            printf("%s O\n\n", c->sents[s].docstart);
        for (size_t i = 0; i < c->sents[s].n; i++)
            printf("%s %s\n", c->sents[s].toks[i].line, ng_ner_label_names[labels[s][i]]);
        putchar('\n');
        free(labels[s]);
    }
    free(labels);
    ng_conll_free(c);
    return EXIT_OK; /* main checks that standard output was written */
}

static void S_print_names(const ng_document *doc, void *model)
{
    const ng_ner_model *m = model;
    uint8_t *labels = calloc(doc->ntok + 1, 1);
    ng_ner_tag_document(m, doc, labels);
    printf("# %s\n", doc->art->source);
    static const char *const types[] = {"", "PER", "ORG", "LOC", "MISC"};
    for (size_t i = 0; i < doc->ntok; i++) {
        if (!labels[i])
            continue;
        size_t j = ng_ner_span_end(doc, labels, i);
        size_t start = doc->toks[i].start, end = doc->toks[j - 1].end;
        printf("%zu\t%zu\t%s\t%.*s\n", ng_utf8_count(doc->art->text, start), ng_utf8_count(doc->art->text, end),
               types[ng_ner_type(labels[i])], (int)(end - start), doc->art->text + start);
        i = j - 1;
    }
    free(labels);
}

int cmd_tag(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"model", required_argument, NULL, 'm'}, {"conll", required_argument, NULL, 'c'},
        {"lexicon", required_argument, NULL, 'l'}, {"help", no_argument, NULL, 'h'},
        {"version", no_argument, NULL, 'V'}, {NULL, 0, NULL, 0}};
    const char *model_path = NULL, *conll = NULL, *lexicon_path = NULL;
    int ch;
    optind = 1;
    while ((ch = getopt_long(argc, argv, "m:hV", longopts, NULL)) != -1) {
        switch (ch) {
        case 'm': model_path = optarg; break;
        case 'c': conll = optarg; break;
        case 'l': lexicon_path = optarg; break;
        case 'h': S_usage(stdout); return EXIT_OK;
        case 'V': cli_version(stdout); return EXIT_OK;
        default: fputs("Try 'newsgraph tag --help'.\n", stderr); return EXIT_USAGE;
        }
    }
    ng_error err = {0};
    ng_context *ctx = ng_context_new(&err);
    if (!ctx) {
        fprintf(stderr, "newsgraph: %s: %s\n", err.source, err.text);
        return EXIT_SOME_FAILED;
    }
    if (lexicon_path && !model_path) {
        fputs("newsgraph: tag --lexicon goes with --model (the built-in model has its own)\n", stderr);
        ng_context_free(ctx);
        return EXIT_USAGE;
    }
    ng_ner_model *own = NULL;
    ng_ner_lexicon *own_lexicon = NULL;
    const ng_ner_model *m = NULL;
    if (model_path) {
        m = own = ng_ner_model_load(model_path, &err);
        if (own && lexicon_path && !(own->lexicon = own_lexicon = ng_ner_lexicon_load(lexicon_path, &err)))
            m = NULL;
    } else {
        m = ng_ner_builtin(ctx, &err);
        if (!m && !err.text[0])
            ng_error_set(&err, "newsgraph", 0, 0, "this build has no NER model; pass --model MODEL");
    }
    if (!m) {
        cli_report(&err);
        ng_ner_model_free(own);
        ng_context_free(ctx);
        return EXIT_SOME_FAILED;
    }
    int rc = EXIT_OK;
    if (conll)
        rc = S_tag_conll(m, ctx, conll);
    else if (optind >= argc)
        rc = cli_each_document(ctx, "-", S_print_names, (void *)m);
    else
        for (int i = optind; i < argc; i++)
            if (cli_each_document(ctx, argv[i], S_print_names, (void *)m) != EXIT_OK)
                rc = EXIT_SOME_FAILED;
    ng_ner_model_free(own);
    ng_ner_lexicon_free(own_lexicon);
    ng_context_free(ctx);
    return rc;
}
