/* cmd_parse.c -- `newsgraph parse` (tags and dependency trees as CoNLL-U)
 * and `newsgraph train-parser`. */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "syntax.h"

static void S_parse_usage(FILE *out)
{
    fputs("usage: newsgraph parse [--parser P | --model MODEL] [--beam N] [--score] [--given-tags] --conllu FILE\n"
          "       newsgraph parse [--parser P | --model MODEL] [--beam N] [FILE...]\n"
          "\n"
          "With --conllu, read a CoNLL-U file (its words and sentences as given) and\n"
          "write it back with predicted UPOS, XPOS (Penn Treebank), HEAD and DEPREL;\n"
          "with --score also print, on stderr, how many of those agree with the file's\n"
          "own columns (UPOS, XPOS, UAS, LAS on the universal relation, all words);\n"
          "with --given-tags, parse with the file's UPOS and XPOS instead of predicted ones.\n"
          "Otherwise read each article as `convert` does and write its sentences as\n"
          "CoNLL-U, with character offsets (TokenRange=START:END) in MISC.\n"
          "\n"
          "  --parser accurate   the beam parser (the default here; docs/parser.md)\n"
          "  --parser fast       the greedy parser, five times as fast, that `convert`\n"
          "                      uses unless told `--parser accurate`\n"
          "  --model MODEL       a model from `newsgraph train-parser` instead\n"
          "  --beam N            parses kept by the beam search (default: the model's)\n",
          out);
}

static void S_print_score(const char *path, const ng_syntax_score *sc)
{
    double n = sc->words ? (double)sc->words : 1;
    fprintf(stderr, "%s: %zu words: UPOS %.4f XPOS %.4f UAS %.4f LAS %.4f\n", path, sc->words,
            (double)sc->upos / n, (double)sc->xpos / n, (double)sc->uas / n, (double)sc->las / n);
}

static int S_parse_conllu(const ng_syntax_model *m, const char *path, bool score, bool given_tags)
{
    ng_error err = {0};
    ng_conllu *c = ng_conllu_read(path, false, &err);
    if (!c) {
        cli_report(&err);
        return EXIT_SOME_FAILED;
    }
    uint16_t **tag = malloc((c->n + 1) * sizeof *tag), **head = malloc((c->n + 1) * sizeof *head);
    uint8_t **rel = malloc((c->n + 1) * sizeof *rel);
    for (size_t s = 0; s < c->n; s++) {
        tag[s] = malloc(c->sents[s].n * sizeof **tag);
        head[s] = malloc(c->sents[s].n * sizeof **head);
        rel[s] = malloc(c->sents[s].n);
    }
    ng_syntax_analyse_conllu(m, c, given_tags, tag, head, rel);
    ng_syntax_score sc = {0};
    for (size_t s = 0; s < c->n; s++) {
        ng_conllu_write(stdout, m, &c->sents[s], tag[s], head[s], rel[s]);
        if (score)
            ng_syntax_score_sentence(&sc, m, &c->sents[s], tag[s], head[s], rel[s]);
        free(tag[s]);
        free(head[s]);
        free(rel[s]);
    }
    free(tag);
    free(head);
    free(rel);
    ng_conllu_free(c);
    if (score)
        S_print_score(strcmp(path, "-") == 0 ? "<stdin>" : path, &sc);
    return EXIT_OK; /* main checks that standard output was written */
}

/* A sentence's text on one line: runs of white space become one space. */
static void S_print_text(const char *s, size_t n)
{
    bool space = false;
    for (size_t i = 0; i < n; i++) {
        char ch = s[i];
        if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r') {
            space = true;
            continue;
        }
        if (space)
            putchar(' ');
        space = false;
        putchar(ch);
    }
}

static void S_print_document(const ng_document *doc, const char *source, size_t *sent_id)
{
    const ng_syntax_model *m = doc->syntax;
    const char *text = doc->art->text;
    printf("# newdoc id = %s\n", source);
    for (size_t si = 0; si < doc->nsent; si++) {
        const ng_sentence *s = &doc->sents[si];
        printf("# sent_id = %zu\n# text = ", ++*sent_id);
        S_print_text(text + s->start, s->end - s->start);
        putchar('\n');
        for (uint32_t t = s->tok_start; t < s->tok_end; t++) {
            const ng_token *tok = &doc->toks[t];
            const char *up = "_", *xp = "_", *rel = "_";
            size_t nu = 1, nx = 1;
            if (m) {
                ng_syntax_tag_split(m->tags[tok->tag], &up, &nu, &xp, &nx);
                rel = m->rels[tok->rel];
            }
            size_t head = m && tok->head >= 0 ? (size_t)tok->head - s->tok_start + 1 : 0;
            bool space_after = t + 1 >= s->tok_end || doc->toks[t + 1].start > tok->end;
            printf("%u\t%.*s\t_\t%.*s\t%.*s\t_\t", t - s->tok_start + 1, (int)(tok->end - tok->start), text + tok->start,
                   (int)nu, up, (int)nx, xp);
            if (m)
                printf("%zu\t%s", head, rel);
            else
                printf("_\t_");
            printf("\t_\t%sTokenRange=%zu:%zu\n", space_after ? "" : "SpaceAfter=No|",
                   ng_utf8_count(text, tok->start), ng_utf8_count(text, tok->end));
        }
        putchar('\n');
    }
}

static void S_print_one(const ng_document *doc, void *sent_id)
{
    S_print_document(doc, doc->art->source, sent_id);
}

int cmd_parse(int argc, char **argv)
{
    static const struct option longopts[] = {{"model", required_argument, NULL, 'm'},
                                             {"conllu", required_argument, NULL, 'c'},
                                             {"score", no_argument, NULL, 's'},
                                             {"given-tags", no_argument, NULL, 'g'},
                                             {"beam", required_argument, NULL, 'b'},
                                             {"parser", required_argument, NULL, 'p'},
                                             {"help", no_argument, NULL, 'h'}, {"version", no_argument, NULL, 'V'},
                                             {NULL, 0, NULL, 0}};
    const char *model_path = NULL, *conllu = NULL;
    bool score = false, given_tags = false;
    int ch, beam = -1;
    ng_parser parser = NG_PARSER_ACCURATE;
    bool parser_given = false;
    optind = 1;
    while ((ch = getopt_long(argc, argv, "m:hV", longopts, NULL)) != -1) {
        switch (ch) {
        case 'm': model_path = optarg; break;
        case 'c': conllu = optarg; break;
        case 's': score = true; break;
        case 'g': given_tags = true; break;
        case 'b':
            if (!cli_number("--beam", optarg, 1, NG_SYN_MAX_BEAM, &beam))
                return EXIT_USAGE;
            break;
        case 'p':
            if (!cli_parser_kind(optarg, &parser))
                return EXIT_USAGE;
            parser_given = true;
            break;
        case 'h': S_parse_usage(stdout); return EXIT_OK;
        case 'V': cli_version(stdout); return EXIT_OK;
        default: fputs("Try 'newsgraph parse --help'.\n", stderr); return EXIT_USAGE;
        }
    }
    if (conllu && optind < argc) {
        fputs("newsgraph: parse takes either --conllu FILE or articles, not both\n", stderr);
        return EXIT_USAGE;
    }
    if (parser_given && model_path) {
        fputs("newsgraph: parse takes either --parser or --model, not both\n", stderr);
        return EXIT_USAGE;
    }
    if ((score || given_tags) && !conllu) {
        fprintf(stderr, "newsgraph: %s needs --conllu FILE\n", score ? "--score" : "--given-tags");
        return EXIT_USAGE;
    }
    ng_error err = {0};
    ng_context *ctx = ng_context_new(&err);
    if (!ctx) {
        cli_report(&err);
        return EXIT_SOME_FAILED;
    }
    /* a model from --model takes the built-in one's place in the context,
     * so that articles are parsed with it too */
    const ng_syntax_model *m = NULL;
    if (model_path && (ctx->syntax = ng_syntax_model_load(model_path, &err)))
        m = ctx->syntax;
    else if (!model_path && ng_context_set_parser(ctx, parser, &err) == 0)
        m = ng_syntax_builtin(ctx, &err);
    else if (!model_path && !parser_given && ng_context_set_parser(ctx, NG_PARSER_FAST, &err) == 0)
        m = ng_syntax_builtin(ctx, &err); /* a build without the beam parser's model */
    if (!m) {
        cli_report(&err);
        ng_context_free(ctx);
        return EXIT_SOME_FAILED;
    }
    if (beam > 0)
        ctx->syntax->beam = (uint32_t)beam;
    int rc = EXIT_OK;
    size_t sent_id = 0;
    if (conllu)
        rc = S_parse_conllu(m, conllu, score, given_tags);
    else if (optind >= argc)
        rc = cli_each_document(ctx, "-", S_print_one, &sent_id);
    else
        for (int i = optind; i < argc; i++)
            if (cli_each_document(ctx, argv[i], S_print_one, &sent_id) != EXIT_OK)
                rc = EXIT_SOME_FAILED;
    ng_context_free(ctx);
    return rc;
}

/* ---- train-parser ------------------------------------------------------------ */

static void S_train_usage(FILE *out)
{
    fputs("usage: newsgraph train-parser --out MODEL [--dev FILE] [--clusters F] [OPTIONS] FILE...\n"
          "\n"
          "Train the part-of-speech tagger and the dependency parser on CoNLL-U\n"
          "treebanks and write both to MODEL. With --dev, the tagger's accuracy and\n"
          "the parser's UAS and LAS on FILE are printed after every epoch.\n"
          "\n"
          "  -o, --out MODEL        the model file to write\n"
          "      --dev FILE         development treebank\n"
          "      --clusters F       word classes from 'newsgraph cluster-words', stored in the model\n"
          "      --tagger-epochs N  passes of the tagger (default 10)\n"
          "      --parser-epochs N  passes of the parser (default 15)\n"
          "      --folds N          jackknife folds for the tags the parser trains on\n"
          "                         (default 5; 0 trains on gold tags)\n"
          "      --bits T,P,L       hash bits of the tagger, parser and labeler tables\n"
          "                         (default 19,22,20)\n"
          "      --beam N           train the parser for a beam search of N parses\n"
          "                         (default 1: greedy, with the dynamic oracle)\n",
          out);
}

int cmd_train_parser(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"out", required_argument, NULL, 'o'},           {"dev", required_argument, NULL, 'd'},
        {"clusters", required_argument, NULL, 'c'},      {"tagger-epochs", required_argument, NULL, 't'},
        {"parser-epochs", required_argument, NULL, 'p'}, {"folds", required_argument, NULL, 'f'},
        {"bits", required_argument, NULL, 'b'},          {"help", no_argument, NULL, 'h'}, {"version", no_argument, NULL, 'V'},
        {"beam", required_argument, NULL, 'B'},          {NULL, 0, NULL, 0}};
    const char *out = NULL, *devpath = NULL, *clpath = NULL;
    ng_syntax_train_opts o = {10, 15, 5, 19, 22, 20, 1, stderr};
    int beam = 1;
    int ch;
    optind = 1;
    while ((ch = getopt_long(argc, argv, "o:hV", longopts, NULL)) != -1) {
        int b[3];
        switch (ch) {
        case 'o': out = optarg; break;
        case 'd': devpath = optarg; break;
        case 'c': clpath = optarg; break;
        case 't':
            if (!cli_number("--tagger-epochs", optarg, 1, 1000, &o.tagger_epochs))
                return EXIT_USAGE;
            break;
        case 'p':
            if (!cli_number("--parser-epochs", optarg, 1, 1000, &o.parser_epochs))
                return EXIT_USAGE;
            break;
        case 'f':
            if (!cli_number("--folds", optarg, 0, 100, &o.folds))
                return EXIT_USAGE;
            if (o.folds == 1) {
                fputs("newsgraph: --folds wants 0 or at least 2\n", stderr);
                return EXIT_USAGE;
            }
            break;
        case 'b':
            if (sscanf(optarg, "%d,%d,%d", &b[0], &b[1], &b[2]) != 3 || b[0] < 8 || b[0] > 24 || b[1] < 8 ||
                b[1] > 24 || b[2] < 8 || b[2] > 24) {
                fprintf(stderr, "newsgraph: --bits wants three numbers from 8 to 24 (T,P,L), not '%s'\n", optarg);
                return EXIT_USAGE;
            }
            o.tagger_bits = (uint32_t)b[0];
            o.parser_bits = (uint32_t)b[1];
            o.labeler_bits = (uint32_t)b[2];
            break;
        case 'B':
            if (!cli_number("--beam", optarg, 1, NG_SYN_MAX_BEAM, &beam))
                return EXIT_USAGE;
            o.beam = (uint32_t)beam;
            break;
        case 'h': S_train_usage(stdout); return EXIT_OK;
        case 'V': cli_version(stdout); return EXIT_OK;
        default: fputs("Try 'newsgraph train-parser --help'.\n", stderr); return EXIT_USAGE;
        }
    }
    if (!out || optind >= argc) {
        fputs("newsgraph: train-parser needs --out MODEL and at least one treebank\n", stderr);
        return EXIT_USAGE;
    }
    ng_error err = {0};
    int rc = EXIT_OK;
    size_t ntrain = (size_t)(argc - optind);
    ng_conllu **train = calloc(ntrain, sizeof *train), *dev = NULL;
    ng_syntax_model *model = NULL;
    ng_ner_clusters *clusters = NULL;
    if (clpath && !(clusters = ng_ner_clusters_load(clpath, &err)))
        goto fail;
    for (size_t i = 0; i < ntrain; i++)
        if (!(train[i] = ng_conllu_read(argv[optind + (int)i], true, &err)))
            goto fail;
    if (devpath && !(dev = ng_conllu_read(devpath, true, &err)))
        goto fail;
    if (ng_syntax_train((const ng_conllu *const *)train, ntrain, dev, clusters, &o, &model, &err) != 0) {
        clusters = NULL; /* the failed training freed them */
        goto fail;
    }
    clusters = NULL; /* the model owns them */
    if (ng_syntax_model_save(model, out, &err) != 0)
        goto fail;
    fprintf(stderr, "train-parser: wrote %s\n", out);
    goto done;
fail:
    cli_report(&err);
    rc = EXIT_SOME_FAILED;
done:
    for (size_t i = 0; i < ntrain; i++)
        ng_conllu_free(train[i]);
    free(train);
    ng_conllu_free(dev);
    ng_syntax_model_free(model);
    ng_ner_clusters_free(clusters);
    return rc;
}
