/* cmd_train_attribution.c -- `newsgraph train-attribution`: train the
 * attribution model (extract/attribution.h) on articles with annotated
 * sources, cues and contents (scripts/train-attribution makes the lists
 * from PolNeAR). */
#include <stdlib.h>
#include <string.h>

#include "attribution.h"
#include "cli.h"

static void S_usage(FILE *out)
{
    fputs("usage: newsgraph train-attribution --out MODEL [--dev LIST] [--epochs N] [--seed N] LIST\n"
          "\n"
          "Train the attribution model and write MODEL. LIST has one article per line:\n"
          "the article's text file, a tab, and a file of its gold spans, one per line:\n"
          "START<TAB>END<TAB>ROLE, code points of the article file (end exclusive), ROLE\n"
          "Source, Cue or Content. Each article is converted as `convert --input-format\n"
          "text` would; its tokens take the role of the span they fall in.\n"
          "\n"
          "  -o, --out MODEL   the model file to write\n"
          "      --dev LIST    articles to score each epoch on (exact spans and tokens)\n"
          "      --epochs N    passes over the training paragraphs (default 10)\n"
          "      --seed N      the order of the paragraphs (default 1)\n",
          out);
}

static int S_add(const ng_document *doc, const char *article, const char *spans, void *data, ng_error *err)
{
    return ng_attr_data_add(data, doc, article, spans, err);
}

int cmd_train_attribution(int argc, char **argv)
{
    cli_train_args args = {.epochs = 10};
    int rc;
    ng_context *ctx = cli_train_command(argc, argv, "train-attribution", false, NULL, S_usage, &args, &rc);
    if (!ctx)
        return rc;
    ng_attr_train_options opt = {args.epochs, args.seed, stderr};
    ng_error err = {0};
    rc = EXIT_SOME_FAILED;
    ng_attr_data *train = ng_attr_data_new(), *dev = args.dev ? ng_attr_data_new() : NULL;
    ng_attr_model *model = NULL;
    if (cli_each_listed_article(ctx, args.list, "SPANS", S_add, train) != 0 ||
        (dev && cli_each_listed_article(ctx, args.dev, "SPANS", S_add, dev) != 0))
        goto done;
    ng_attr_data_describe(train, stderr, "training");
    if (dev)
        ng_attr_data_describe(dev, stderr, "dev");
    if (ng_attr_train(train, dev, &opt, &model, &err) != 0 || ng_attr_model_save(model, args.out, &err) != 0) {
        cli_report(&err);
        goto done;
    }
    fprintf(stderr, "train-attribution: wrote %s\n", args.out);
    rc = EXIT_OK;
done:
    ng_attr_model_free(model);
    ng_attr_data_free(train);
    ng_attr_data_free(dev);
    ng_context_free(ctx);
    return rc;
}
