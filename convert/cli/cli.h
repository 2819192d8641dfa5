/* cli.h -- the subcommands of the newsgraph tool, one file each. */
#ifndef NG_CLI_H
#define NG_CLI_H

#include <stdbool.h>
#include <stdio.h>

#include "newsgraph.h"

enum exit_status {
    EXIT_OK = 0,          /* everything converted, tagged or trained */
    EXIT_SOME_FAILED = 1, /* some inputs failed; the others were processed */
    EXIT_USAGE = 2        /* the command line was wrong */
};

int cmd_convert(int argc, char **argv);
/* convert's option checks alone (the option fuzzer) */
int cmd_convert_check_options(int argc, char **argv);
void cmd_convert_usage(FILE *out);
int cmd_read(int argc, char **argv);
int cmd_tag(int argc, char **argv);
int cmd_train_ner(int argc, char **argv);
int cmd_cluster_words(int argc, char **argv);
int cmd_validate(int argc, char **argv);
int cmd_parse(int argc, char **argv);
int cmd_train_parser(int argc, char **argv);
int cmd_actor_features(int argc, char **argv);
int cmd_train_attribution(int argc, char **argv);
int cmd_attributions(int argc, char **argv);
int cmd_train_coref(int argc, char **argv);
int cmd_name_genders(int argc, char **argv);
int cmd_train_triggers(int argc, char **argv);

/* "newsgraph VERSION" and a line per built-in model: its file and the
 * start of its SHA-256 (every command's --version). */
void cli_version(FILE *out);
/* "newsgraph: FILE[:LINE]: what went wrong" on standard error. */
void cli_report(const ng_error *err);
/* Read the articles of path ("-" standard input), convert each and pass
 * it to fn; failures are reported and the others still go on. EXIT_OK or
 * EXIT_SOME_FAILED. */
typedef void (*cli_document_fn)(const ng_document *doc, void *data);
int cli_each_document(ng_context *ctx, const char *path, cli_document_fn fn, void *data);
/* The start of a command that reads articles with an optional model of
 * its own: "--MODEL_OPTION FILE" into *model_path (model_option NULL: no
 * such option), --help, at least one
 * FILE, a new context. NULL (with *rc the exit status) when the command
 * is over: help, a usage error, no context. The files start at optind. */
ng_context *cli_model_command(int argc, char **argv, const char *name, const char *model_option,
                              void (*usage)(FILE *), const char **model_path, int *rc);
/* cli_each_document over argv[optind..argc). */
int cli_each_file(ng_context *ctx, int argc, char **argv, cli_document_fn fn, void *data);
/* Training lists: one article per line, its text file, a tab and a file
 * of its annotations (what `second` names in messages). Each article is
 * converted as `convert --input-format text` would and passed to fn with
 * the two paths; the first failure is reported and stops the list. */
typedef int (*cli_listed_fn)(const ng_document *doc, const char *article, const char *annotations, void *data,
                             ng_error *err);
int cli_each_listed_article(ng_context *ctx, const char *list, const char *second, cli_listed_fn fn, void *data);
/* A number option within [lo, hi], or false after saying what is wrong. */
bool cli_number(const char *opt, const char *s, int lo, int hi, int *out);
/* --parser fast|accurate, or false after saying what is wrong. */
bool cli_parser_kind(const char *s, ng_parser *out);

/* The options of a command that trains a model from a LIST of annotated
 * articles (train-attribution, train-coref, train-triggers): --out MODEL,
 * --dev LIST, --epochs N, --seed N, --help; with can_score also --score
 * and --model MODEL; with extra (an option name such as "names") also
 * --EXTRA VALUE. */
typedef struct cli_train_args {
    const char *out, *dev, *model, *extra, *list;
    int epochs;
    unsigned seed;
    bool score;
} cli_train_args;
/* A new context when the command goes on (a filled in, the list in
 * a->list); else NULL with *rc the exit status (help printed, a usage
 * error or a failed context reported). a->epochs holds the default. */
ng_context *cli_train_command(int argc, char **argv, const char *name, bool can_score, const char *extra,
                              void (*usage)(FILE *), cli_train_args *a, int *rc);

#endif
