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
          "       newsgraph help COMMAND | --help | --version   (COMMAND --version too)\n"
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

static const struct {
    const char *name;
    int (*run)(int, char **);
} COMMANDS[] = {{"convert", cmd_convert},
                {"read", cmd_read},
                {"tag", cmd_tag},
                {"train-ner", cmd_train_ner},
                {"cluster-words", cmd_cluster_words},
                {"parse", cmd_parse},
                {"train-parser", cmd_train_parser},
                {"actor-features", cmd_actor_features},
                {"attributions", cmd_attributions},
                {"train-attribution", cmd_train_attribution},
                {"train-coref", cmd_train_coref},
                {"train-triggers", cmd_train_triggers},
                {"name-genders", cmd_name_genders},
                {"validate", cmd_validate}};

static int (*S_command(const char *name))(int, char **)
{
    for (size_t i = 0; i < sizeof COMMANDS / sizeof COMMANDS[0]; i++)
        if (!strcmp(COMMANDS[i].name, name))
            return COMMANDS[i].run;
    return NULL;
}

static int S_run(int argc, char **argv)
{
    if (argc < 2) {
        S_usage(stderr);
        return EXIT_USAGE;
    }
    const char *cmd = argv[1];
    if ((!strcmp(cmd, "help") || !strcmp(cmd, "--help") || !strcmp(cmd, "-h")) && argc > 2) {
        /* "newsgraph help validate": the command's own help */
        int (*run)(int, char **) = S_command(argv[2]);
        if (!run) {
            fprintf(stderr, "newsgraph: unknown command '%s'\nTry 'newsgraph --help'.\n", argv[2]);
            return EXIT_USAGE;
        }
        char *help[] = {"newsgraph", "--help", NULL};
        return run(2, help);
    }
    if (!strcmp(cmd, "--help") || !strcmp(cmd, "-h") || !strcmp(cmd, "help")) {
        S_usage(stdout);
        putchar('\n');
        cmd_convert_usage(stdout);
        return EXIT_OK;
    }
    if (!strcmp(cmd, "--version") || !strcmp(cmd, "-V")) {
        cli_version(stdout);
        return EXIT_OK;
    }
    int (*run)(int, char **) = S_command(cmd);
    if (!run) {
        fprintf(stderr, "newsgraph: unknown command '%s'\nTry 'newsgraph --help'.\n", cmd);
        return EXIT_USAGE;
    }
    /* getopt names the program in its messages: "newsgraph: unrecognized
     * option", as every other message starts */
    argv[1] = "newsgraph";
    return run(argc - 1, argv + 1);
}
