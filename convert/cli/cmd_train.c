/* cmd_train.c -- `newsgraph train-ner`: train the NER tagger on CoNLL files. */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "ner.h"
#include "syntax.h"

static void S_usage(FILE *out)
{
    fputs("usage: newsgraph train-ner --out MODEL [--dev FILE] [--epochs N] [--runs N] FILE...\n"
          "       newsgraph train-ner --write-lexicon FILE\n"
          "\n"
          "Train the named-entity tagger on CoNLL column files (first column the word,\n"
          "last column the tag, IOB1 or IOB2, types PER ORG LOC MISC) and write MODEL.\n"
          "With --dev, each epoch is scored on FILE and the best epoch is kept.\n"
          "\n"
          "  -o, --out MODEL   the model file to write\n"
          "      --dev FILE    development set\n"
          "      --epochs N    passes over the training data (default 12)\n"
          "      --runs N      train N times with different shuffles and average the\n"
          "                    weights (default 1)\n"
          "      --clusters F  word classes from 'newsgraph cluster-words', stored in the model\n"
          "      --lexicon F   the lexicon classes the features read (country, title word,\n"
          "                    verb of saying ...; default the built-in\n"
          "                    models/ner-en-lexicon.tsv); tag with the model and this file\n"
          "      --write-lexicon F  write the classes today's bundled lexicon gives its\n"
          "                    words, in --lexicon's format, and exit\n",
          out);
}

/* --write-lexicon: the bundled lexicon's classes, written whole or not at all */
static int S_write_lexicon(const char *path)
{
    ng_error err = {0};
    ng_context *ctx = ng_context_new(&err);
    if (!ctx) {
        fprintf(stderr, "newsgraph: %s: %s\n", err.source, err.text);
        return EXIT_SOME_FAILED;
    }
    char tmp[4096];
    snprintf(tmp, sizeof tmp, "%s.tmp", path);
    FILE *f = fopen(tmp, "w");
    int rc = f && ng_ner_lexicon_write(ctx->lex, f) == 0 ? EXIT_OK : EXIT_SOME_FAILED;
    if (f && fclose(f) != 0)
        rc = EXIT_SOME_FAILED;
    if (rc == EXIT_OK && rename(tmp, path) != 0)
        rc = EXIT_SOME_FAILED;
    if (rc != EXIT_OK) {
        fprintf(stderr, "newsgraph: %s: cannot write the lexicon classes\n", path);
        remove(tmp);
    }
    ng_context_free(ctx);
    return rc;
}

int cmd_train_ner(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"out", required_argument, NULL, 'o'}, {"dev", required_argument, NULL, 'd'},
        {"epochs", required_argument, NULL, 'e'}, {"clusters", required_argument, NULL, 'c'},
        {"runs", required_argument, NULL, 'r'}, {"lexicon", required_argument, NULL, 'l'},
        {"write-lexicon", required_argument, NULL, 'w'},
        {"help", no_argument, NULL, 'h'}, {"version", no_argument, NULL, 'V'}, {NULL, 0, NULL, 0}};
    const char *out = NULL, *devpath = NULL, *clpath = NULL, *lexpath = NULL, *write_lexicon = NULL;
    int epochs = 12, runs = 1, ch;
    optind = 1;
    while ((ch = getopt_long(argc, argv, "o:hV", longopts, NULL)) != -1) {
        switch (ch) {
        case 'o': out = optarg; break;
        case 'd': devpath = optarg; break;
        case 'c': clpath = optarg; break;
        case 'l': lexpath = optarg; break;
        case 'w': write_lexicon = optarg; break;
        case 'e':
            epochs = atoi(optarg);
            if (epochs < 1 || epochs > 1000) {
                fprintf(stderr, "newsgraph: --epochs wants a number from 1 to 1000, not '%s'\n", optarg);
                return EXIT_USAGE;
            }
            break;
        case 'r':
            runs = atoi(optarg);
            if (runs < 1 || runs > 100) {
                fprintf(stderr, "newsgraph: --runs wants a number from 1 to 100, not '%s'\n", optarg);
                return EXIT_USAGE;
            }
            break;
        case 'h': S_usage(stdout); return EXIT_OK;
        case 'V': cli_version(stdout); return EXIT_OK;
        default: fputs("Try 'newsgraph train-ner --help'.\n", stderr); return EXIT_USAGE;
        }
    }
    if (write_lexicon)
        return S_write_lexicon(write_lexicon);
    if (!out || optind >= argc) {
        fputs("newsgraph: train-ner needs --out MODEL and at least one training file\n", stderr);
        return EXIT_USAGE;
    }
    ng_error err = {0};
    ng_context *ctx = ng_context_new(&err);
    if (!ctx) {
        fprintf(stderr, "newsgraph: %s: %s\n", err.source, err.text);
        return EXIT_SOME_FAILED;
    }
    int rc = EXIT_OK;
    size_t ntrain = (size_t)(argc - optind);
    ng_conll **train = calloc(ntrain, sizeof *train);
    ng_conll *dev = NULL;
    ng_ner_model *model = NULL;
    ng_ner_clusters *clusters = NULL;
    ng_ner_lexicon *own_lexicon = NULL;
    const ng_ner_lexicon *lexicon = ng_ner_lexicon_builtin();
    if (lexpath && !(lexicon = own_lexicon = ng_ner_lexicon_load(lexpath, &err))) {
        cli_report(&err);
        rc = EXIT_SOME_FAILED;
        goto done;
    }
    if (clpath) {
        clusters = ng_ner_clusters_load(clpath, &err);
        if (!clusters) {
            fprintf(stderr, "newsgraph: %s: %s\n", err.source, err.text);
            rc = EXIT_SOME_FAILED;
            goto done;
        }
    }
    for (size_t i = 0; i < ntrain; i++) {
        train[i] = ng_conll_read(argv[optind + (int)i], true, &err);
        if (!train[i]) {
            fprintf(stderr, "newsgraph: %s: %s\n", err.source, err.text);
            rc = EXIT_SOME_FAILED;
            goto done;
        }
    }
    if (devpath && !(dev = ng_conll_read(devpath, true, &err))) {
        fprintf(stderr, "newsgraph: %s: %s\n", err.source, err.text);
        rc = EXIT_SOME_FAILED;
        goto done;
    }
    /* the syntax tagger's parts of speech are features (without a syntax
     * model in the build, none) */
    ng_error syn_err = {0};
    const ng_syntax_model *syntax = ng_syntax_builtin(ctx, &syn_err);
    if (ng_ner_train(lexicon, clusters, syntax, (const ng_conll *const *)train, ntrain, dev, epochs, runs, stderr,
                     &model, &err) != 0 ||
        ng_ner_model_save(model, out, &err) != 0) {
        fprintf(stderr, "newsgraph: %s: %s\n", err.source, err.text);
        rc = EXIT_SOME_FAILED;
    } else
        fprintf(stderr, "train-ner: wrote %s\n", out);
done:
    for (size_t i = 0; i < ntrain; i++)
        ng_conll_free(train[i]);
    free(train);
    ng_conll_free(dev);
    ng_ner_model_free(model);
    ng_ner_clusters_free(clusters);
    ng_ner_lexicon_free(own_lexicon);
    ng_context_free(ctx);
    return rc;
}
