/* cmd_train_coref.c -- `newsgraph train-coref`: train the pronoun model
 * (extract/coref.h) on articles with gold coreference (scripts/train-coref
 * makes the lists from GUM), or score a model and the rules on such a
 * list (bench/coref.py). */
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "coref.h"

static void S_usage(FILE *out)
{
    fputs("usage: newsgraph train-coref --out MODEL [--names TABLE] [--dev LIST] [--epochs N] [--seed N] LIST\n"
          "       newsgraph train-coref --score [--model MODEL] LIST\n"
          "\n"
          "Train the pronoun model (who \"he\" and \"she\" stand for) and write MODEL, or\n"
          "with --score print how often the rules and a model (MODEL, else the built-in\n"
          "one) pick the person a pronoun stands for. LIST has one article per line: the\n"
          "article's text file, a tab, and a file of its gold mentions, one per line:\n"
          "START<TAB>END<TAB>ENTITY, code points of the article file (end exclusive);\n"
          "mentions of one entity share its name. Each article is converted as `convert\n"
          "--input-format text` would.\n"
          "\n"
          "  -o, --out MODEL   the model file to write\n"
          "      --names TABLE given names and their gender, NAME<TAB>m|f lines, sorted\n"
          "                    (newsgraph name-genders counts them); the model keeps it\n"
          "      --dev LIST    articles to score each epoch on\n"
          "      --epochs N    passes over the training pronouns (default 10)\n"
          "      --seed N      the order of the pronouns (default 1)\n"
          "      --score       score instead of training\n"
          "      --model MODEL the model --score reads\n",
          out);
}

typedef struct {
    ng_coref_data *d;
    const ng_coref_names *names;
} adding;

static int S_add(const ng_document *doc, const char *article, const char *mentions, void *data, ng_error *err)
{
    adding *a = data;
    return ng_coref_data_add(a->d, doc, a->names, article, mentions, err);
}

static ng_coref_names *S_read_names(const char *path)
{
    ng_error err = {0};
    ng_buf b = {0};
    ng_coref_names *t = NULL;
    if (ng_read_file(path, &b, &err) == 0)
        t = ng_coref_names_parse(b.data ? b.data : "", b.len, path, &err);
    ng_buf_free(&b);
    if (!t)
        cli_report(&err);
    return t;
}

/* --score: the rules and the model on one list. */
static int S_score(ng_context *ctx, const char *model_path, const char *list)
{
    ng_error err = {0};
    ng_coref_model *own = model_path ? ng_coref_model_load(model_path, &err) : NULL;
    const ng_coref_model *m = own ? own : model_path ? NULL : ng_coref_builtin(ctx, &err);
    if (!m && err.text[0]) {
        cli_report(&err);
        return EXIT_SOME_FAILED;
    }
    ng_coref_data *d = ng_coref_data_new();
    adding a = {d, m ? m->names : NULL};
    int rc = EXIT_SOME_FAILED;
    if (cli_each_listed_article(ctx, list, "MENTIONS", S_add, &a) == 0) {
        ng_coref_data_describe(d, stdout, list);
        ng_coref_evaluate(NULL, d, stdout, "");
        if (m)
            ng_coref_evaluate(m, d, stdout, "");
        else
            puts("  (this build has no pronoun model)");
        rc = EXIT_OK;
    }
    ng_coref_data_free(d);
    ng_coref_model_free(own);
    return rc;
}

int cmd_train_coref(int argc, char **argv)
{
    cli_train_args args = {.epochs = 10};
    int rc;
    ng_context *ctx = cli_train_command(argc, argv, "train-coref", true, "names", S_usage, &args, &rc);
    if (!ctx)
        return rc;
    ng_coref_train_options opt = {args.epochs, args.seed, stderr};
    ng_error err = {0};
    if (args.score) {
        rc = S_score(ctx, args.model, args.list);
        ng_context_free(ctx);
        return rc;
    }
    rc = EXIT_SOME_FAILED;
    ng_coref_names *names = NULL;
    if (args.extra && !(names = S_read_names(args.extra))) {
        ng_context_free(ctx);
        return EXIT_SOME_FAILED;
    }
    ng_coref_data *train = ng_coref_data_new(), *dev = args.dev ? ng_coref_data_new() : NULL;
    ng_coref_model *model = NULL;
    adding to_train = {train, names}, to_dev = {dev, names};
    if (cli_each_listed_article(ctx, args.list, "MENTIONS", S_add, &to_train) != 0 ||
        (dev && cli_each_listed_article(ctx, args.dev, "MENTIONS", S_add, &to_dev) != 0)) {
        ng_coref_names_free(names);
        goto done;
    }
    ng_coref_data_describe(train, stderr, "training");
    if (dev) {
        ng_coref_data_describe(dev, stderr, "dev");
        ng_coref_evaluate(NULL, dev, stderr, "dev");
    }
    if (ng_coref_train(train, dev, &opt, names, &model, &err) != 0 || ng_coref_model_save(model, args.out, &err) != 0) {
        cli_report(&err);
        goto done;
    }
    fprintf(stderr, "train-coref: wrote %s\n", args.out);
    rc = EXIT_OK;
done:
    ng_coref_model_free(model);
    ng_coref_data_free(train);
    ng_coref_data_free(dev);
    ng_context_free(ctx);
    return rc;
}

/* ---- newsgraph name-genders ---------------------------------------------------- */

static void S_name_usage(FILE *out)
{
    fputs("usage: newsgraph name-genders FILE...\n"
          "\n"
          "Convert each article and print, for each \"he\" or \"she\" that can only stand for\n"
          "one person (the only one named in its sentence before it and in the sentence\n"
          "before), that person's given name and the pronoun's gender: NAME<TAB>m|f.\n"
          "scripts/train-coref counts them over many articles into the names table.\n",
          out);
}

static void S_print_genders(const ng_document *doc, void *data)
{
    (void)data;
    char given[48];
    for (size_t tok = 0; tok < doc->ntok; tok++) {
        int a = ng_coref_sure_person(doc, tok);
        if (a < 0)
            continue;
        ng_coref_given_name(&doc->actors[a], given, sizeof given);
        if (given[0] && !strchr(given, '\t'))
            printf("%s\t%c\n", given, ng_coref_pronoun_gender(ng_coref_pronoun(doc, tok)));
    }
}

int cmd_name_genders(int argc, char **argv)
{
    int rc;
    const char *unused = NULL;
    ng_context *ctx = cli_model_command(argc, argv, "name-genders", NULL, S_name_usage, &unused, &rc);
    if (!ctx)
        return rc;
    rc = cli_each_file(ctx, argc, argv, S_print_genders, NULL);
    ng_context_free(ctx);
    return rc;
}
