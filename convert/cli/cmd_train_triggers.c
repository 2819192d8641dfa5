/* cmd_train_triggers.c -- `newsgraph train-triggers`: train the trigger
 * model (extract/triggers.h) on articles with gold event words
 * (scripts/train-triggers makes the lists from ECB+), or score a model on
 * such a list. */
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "triggers.h"

static void S_usage(FILE *out)
{
    fputs("usage: newsgraph train-triggers --out MODEL [--dev LIST] [--epochs N] [--seed N] LIST\n"
          "       newsgraph train-triggers --score [--model MODEL] LIST\n"
          "\n"
          "Train the trigger model (which words report an event) and write MODEL, or\n"
          "with --score print its word-level precision and recall (MODEL, else the\n"
          "built-in one). LIST has one article per line: the article's text file, a tab,\n"
          "and a file of spans, one per line: START<TAB>END<TAB>LABEL, code points of the\n"
          "article file (end exclusive). LABEL \"sentence\" marks an annotated sentence\n"
          "(when a file has any, only their words count); any other label marks the\n"
          "words of an event. Each article is converted as `convert --input-format\n"
          "text` would.\n"
          "\n"
          "  -o, --out MODEL   the model file to write\n"
          "      --dev LIST    articles to score each epoch on\n"
          "      --epochs N    passes over the training words (default 10)\n"
          "      --seed N      the order of the words (default 1)\n"
          "      --score       score instead of training\n"
          "      --model MODEL the model --score reads\n",
          out);
}

static int S_add(const ng_document *doc, const char *article, const char *spans, void *data, ng_error *err)
{
    return ng_trig_data_add(data, doc, article, spans, err);
}

/* --score: a model on one list. */
static int S_score(ng_context *ctx, const char *model_path, const char *list)
{
    ng_error err = {0};
    ng_trig_model *own = model_path ? ng_trig_model_load(model_path, &err) : NULL;
    const ng_trig_model *m = own ? own : model_path ? NULL : ng_trig_builtin(ctx, &err);
    if (!m) {
        if (err.text[0])
            cli_report(&err);
        else
            fputs("newsgraph: this build has no trigger model; give one with --model\n", stderr);
        return EXIT_SOME_FAILED;
    }
    ng_trig_data *d = ng_trig_data_new();
    int rc = EXIT_SOME_FAILED;
    if (cli_each_listed_article(ctx, list, "SPANS", S_add, d) == 0) {
        ng_trig_data_describe(d, stdout, list);
        ng_trig_evaluate(m, d, stdout, "");
        rc = EXIT_OK;
    }
    ng_trig_data_free(d);
    ng_trig_model_free(own);
    return rc;
}

int cmd_train_triggers(int argc, char **argv)
{
    cli_train_args args = {.epochs = 10};
    int rc;
    ng_context *ctx = cli_train_command(argc, argv, "train-triggers", true, NULL, S_usage, &args, &rc);
    if (!ctx)
        return rc;
    ng_trig_train_options opt = {args.epochs, args.seed, stderr};
    ng_error err = {0};
    if (args.score) {
        rc = S_score(ctx, args.model, args.list);
        ng_context_free(ctx);
        return rc;
    }
    rc = EXIT_SOME_FAILED;
    ng_trig_data *train = ng_trig_data_new(), *dev = args.dev ? ng_trig_data_new() : NULL;
    ng_trig_model *model = NULL;
    if (cli_each_listed_article(ctx, args.list, "SPANS", S_add, train) != 0 ||
        (dev && cli_each_listed_article(ctx, args.dev, "SPANS", S_add, dev) != 0))
        goto done;
    ng_trig_data_describe(train, stderr, "training");
    if (dev)
        ng_trig_data_describe(dev, stderr, "dev");
    if (ng_trig_train(train, dev, &opt, &model, &err) != 0 || ng_trig_model_save(model, args.out, &err) != 0) {
        cli_report(&err);
        goto done;
    }
    fprintf(stderr, "train-triggers: wrote %s\n", args.out);
    rc = EXIT_OK;
done:
    ng_trig_model_free(model);
    ng_trig_data_free(train);
    ng_trig_data_free(dev);
    ng_context_free(ctx);
    return rc;
}
