/* cli.h -- the subcommands of the newsgraph tool, one file each. */
#ifndef NG_CLI_H
#define NG_CLI_H

#include <stdio.h>

enum exit_status {
    EXIT_OK = 0,          /* everything converted, tagged or trained */
    EXIT_SOME_FAILED = 1, /* some inputs failed; the others were processed */
    EXIT_USAGE = 2        /* the command line was wrong */
};

int cmd_convert(int argc, char **argv);
/* convert's option checks alone (the option fuzzer) */
int cmd_convert_check_options(int argc, char **argv);
void cmd_convert_usage(FILE *out);
int cmd_tag(int argc, char **argv);
int cmd_train_ner(int argc, char **argv);
int cmd_cluster_words(int argc, char **argv);
int cmd_validate(int argc, char **argv);
int cmd_parse(int argc, char **argv);
int cmd_train_parser(int argc, char **argv);
int cmd_actor_features(int argc, char **argv);

#endif
