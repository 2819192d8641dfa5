/* cmd_train_attribution.c -- `newsgraph train-attribution`: train the
 * attribution model (extract/attribution.h) on articles with annotated
 * sources, cues and contents (scripts/train-attribution makes the lists
 * from PolNeAR). */
#include <getopt.h>
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

/* Convert each article of a list and add it, with its spans, to d. */
static int S_read_list(ng_context *ctx, const char *path, ng_attr_data *d)
{
    ng_error err = {0};
    ng_buf b = {0};
    if (ng_read_file(path, &b, &err) != 0) {
        cli_report(&err);
        return -1;
    }
    ng_buf_addc(&b, '\0');
    long line = 0;
    int rc = 0;
    char *save = NULL;
    for (char *l = strtok_r(b.data, "\n", &save); l && rc == 0; l = strtok_r(NULL, "\n", &save)) {
        line++;
        char *tab = strchr(l, '\t');
        if (!tab) {
            ng_error_set(&err, path, line, 0, "expected ARTICLE<TAB>SPANS");
            cli_report(&err);
            rc = -1;
            break;
        }
        *tab = '\0';
        ng_options opts = {0};
        opts.input_format = NG_INPUT_TEXT;
        ng_batch *batch = ng_batch_load_file(ctx, l, &opts, &err);
        ng_document *doc = batch && ng_batch_count(batch) == 1 ? ng_document_new(ctx, batch, 0, &opts, &err) : NULL;
        if (batch && ng_batch_count(batch) != 1)
            ng_error_set(&err, l, 0, 0, "expected one article in the file");
        if (!doc || ng_attr_data_add(d, doc, l, tab + 1, &err) != 0) {
            cli_report(&err);
            rc = -1;
        }
        ng_document_free(doc);
        ng_batch_free(batch);
    }
    ng_buf_free(&b);
    return rc;
}

int cmd_train_attribution(int argc, char **argv)
{
    static const struct option longopts[] = {{"out", required_argument, NULL, 'o'},
                                             {"dev", required_argument, NULL, 'd'},
                                             {"epochs", required_argument, NULL, 'e'},
                                             {"seed", required_argument, NULL, 's'},
                                             {"help", no_argument, NULL, 'h'},
                                             {NULL, 0, NULL, 0}};
    const char *out = NULL, *devpath = NULL;
    ng_attr_train_options opt = {10, 1, stderr};
    int ch;
    optind = 1;
    while ((ch = getopt_long(argc, argv, "o:h", longopts, NULL)) != -1) {
        switch (ch) {
        case 'o': out = optarg; break;
        case 'd': devpath = optarg; break;
        case 'e':
            opt.epochs = atoi(optarg);
            if (opt.epochs < 1 || opt.epochs > 1000) {
                fprintf(stderr, "newsgraph: --epochs wants a number from 1 to 1000, not '%s'\n", optarg);
                return EXIT_USAGE;
            }
            break;
        case 's': opt.seed = (unsigned)strtoul(optarg, NULL, 10); break;
        case 'h': S_usage(stdout); return EXIT_OK;
        default: fputs("Try 'newsgraph train-attribution --help'.\n", stderr); return EXIT_USAGE;
        }
    }
    if (!out || optind + 1 != argc) {
        fputs("newsgraph: train-attribution needs --out MODEL and one LIST of training articles\n", stderr);
        return EXIT_USAGE;
    }
    ng_error err = {0};
    ng_context *ctx = ng_context_new(&err);
    if (!ctx) {
        cli_report(&err);
        return EXIT_SOME_FAILED;
    }
    int rc = EXIT_SOME_FAILED;
    ng_attr_data *train = ng_attr_data_new(), *dev = devpath ? ng_attr_data_new() : NULL;
    ng_attr_model *model = NULL;
    if (S_read_list(ctx, argv[optind], train) != 0 || (dev && S_read_list(ctx, devpath, dev) != 0))
        goto done;
    ng_attr_data_describe(train, stderr, "training");
    if (dev)
        ng_attr_data_describe(dev, stderr, "dev");
    if (ng_attr_train(train, dev, &opt, &model, &err) != 0 || ng_attr_model_save(model, out, &err) != 0) {
        cli_report(&err);
        goto done;
    }
    fprintf(stderr, "train-attribution: wrote %s\n", out);
    rc = EXIT_OK;
done:
    ng_attr_model_free(model);
    ng_attr_data_free(train);
    ng_attr_data_free(dev);
    ng_context_free(ctx);
    return rc;
}
