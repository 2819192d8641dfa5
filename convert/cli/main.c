/* main.c -- the newsgraph tool: dispatch to a subcommand (cmd_*.c). */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "newsgraph.h"

static void S_usage(FILE *out)
{
    fputs("usage: newsgraph convert [OPTIONS] [FILE...]   articles to JSON-LD or RDF\n"
          "       newsgraph read [-f text|jsonl] [FILE...]  the articles as read: text and metadata\n"
          "       newsgraph tag [--model M] --conll FILE  add a predicted NER column to a CoNLL file\n"
          "       newsgraph tag [--model M] [FILE...]     print the named entities of articles\n"
          "       newsgraph train-ner --out MODEL [--dev FILE] [--clusters F] FILE...\n"
          "       newsgraph parse [--model M] --conllu FILE  tags and dependency trees for a CoNLL-U file\n"
          "       newsgraph parse [--model M] [FILE...]     articles' sentences as parsed CoNLL-U\n"
          "       newsgraph train-parser --out MODEL [--dev FILE] [--clusters F] TREEBANK...\n"
          "       newsgraph actor-features [--ner-model M] FILE...  what the actor type model reads\n"
          "       newsgraph attributions [--model M] FILE...  who said what, as the model reads it\n"
          "       newsgraph train-attribution --out MODEL [--dev LIST] LIST  who-said-what model\n"
          "       newsgraph train-coref --out MODEL [--dev LIST] LIST  who \"he\" and \"she\" are\n"
          "       newsgraph train-triggers --out MODEL [--dev LIST] LIST  the words reporting events\n"
          "       newsgraph name-genders FILE...  given names and the pronouns that follow them\n"
          "       newsgraph cluster-words --out FILE CORPUS...  word classes for train-ner\n"
          "       newsgraph validate [--schema F] [--shapes F] FILE...  check output against the schemas\n"
          "       newsgraph --help | --version\n"
          "\n"
          "'newsgraph COMMAND --help' describes a command.\n",
          out);
}

static int S_run(int argc, char **argv);

/* Every command's output reaches its reader or the run fails: a full disk
 * or a closed pipe on standard output is an error with a message (convert
 * reports its own write errors as it writes). */
int main(int argc, char **argv)
{
    int rc = S_run(argc, argv);
    if (fflush(stdout) != 0 || ferror(stdout)) {
        if (rc == EXIT_OK) {
            fprintf(stderr, "newsgraph: standard output: cannot write: %s\n", strerror(errno));
            rc = EXIT_SOME_FAILED;
        }
    }
    return rc;
}

static int S_run(int argc, char **argv)
{
    if (argc < 2) {
        S_usage(stderr);
        return EXIT_USAGE;
    }
    const char *cmd = argv[1];
    if (!strcmp(cmd, "--help") || !strcmp(cmd, "-h") || !strcmp(cmd, "help")) {
        S_usage(stdout);
        putchar('\n');
        cmd_convert_usage(stdout);
        return EXIT_OK;
    }
    if (!strcmp(cmd, "--version") || !strcmp(cmd, "-V")) {
        printf("newsgraph %s\n", NG_VERSION);
        return EXIT_OK;
    }
    if (!strcmp(cmd, "convert"))
        return cmd_convert(argc - 1, argv + 1);
    if (!strcmp(cmd, "read"))
        return cmd_read(argc - 1, argv + 1);
    if (!strcmp(cmd, "tag"))
        return cmd_tag(argc - 1, argv + 1);
    if (!strcmp(cmd, "train-ner"))
        return cmd_train_ner(argc - 1, argv + 1);
    if (!strcmp(cmd, "cluster-words"))
        return cmd_cluster_words(argc - 1, argv + 1);
    if (!strcmp(cmd, "parse"))
        return cmd_parse(argc - 1, argv + 1);
    if (!strcmp(cmd, "train-parser"))
        return cmd_train_parser(argc - 1, argv + 1);
    if (!strcmp(cmd, "actor-features"))
        return cmd_actor_features(argc - 1, argv + 1);
    if (!strcmp(cmd, "attributions"))
        return cmd_attributions(argc - 1, argv + 1);
    if (!strcmp(cmd, "train-attribution"))
        return cmd_train_attribution(argc - 1, argv + 1);
    if (!strcmp(cmd, "train-coref"))
        return cmd_train_coref(argc - 1, argv + 1);
    if (!strcmp(cmd, "train-triggers"))
        return cmd_train_triggers(argc - 1, argv + 1);
    if (!strcmp(cmd, "name-genders"))
        return cmd_name_genders(argc - 1, argv + 1);
    if (!strcmp(cmd, "validate"))
        return cmd_validate(argc - 1, argv + 1);
    fprintf(stderr, "newsgraph: unknown command '%s'\nTry 'newsgraph --help'.\n", cmd);
    return EXIT_USAGE;
}
