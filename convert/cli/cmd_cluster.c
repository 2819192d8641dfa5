/* cmd_cluster.c -- `newsgraph cluster-words`: word classes from unlabeled text. */
#include <getopt.h>
#include <stdlib.h>

#include "cli.h"
#include "cluster.h"

static void S_usage(FILE *out)
{
    fputs("usage: newsgraph cluster-words --out FILE [--min-count N] [--coarse K] [--fine K] CORPUS...\n"
          "\n"
          "Group the words of unlabeled text (plain text, CoNLL, CoNLL-U or ECB+ XML) by\n"
          "the words around them, at two granularities, and write word<TAB>coarse<TAB>fine\n"
          "lines for 'newsgraph train-ner --clusters'. --gazetteer FILE (\"word TAG\" lines,\n"
          "IOB2) adds a fourth column: the entity types each word is tagged with there;\n"
          "--list FILE (\"TYPE<TAB>name\" lines, TYPE PER ORG LOC or MISC) adds the types\n"
          "of the names each word is part of to that column.\n",
          out);
}

int cmd_cluster_words(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"out", required_argument, NULL, 'o'}, {"min-count", required_argument, NULL, 'm'},
        {"coarse", required_argument, NULL, 'c'}, {"fine", required_argument, NULL, 'f'},
        {"gazetteer", required_argument, NULL, 'g'}, {"list", required_argument, NULL, 'l'}, {"help", no_argument, NULL, 'h'}, {"version", no_argument, NULL, 'V'}, {NULL, 0, NULL, 0}};
    const char *out = NULL;
    const char *gaz[16], *lists[16];
    int ngaz = 0, nlists = 0;
    long min_count = 3, coarse = 64, fine = 512;
    int ch;
    optind = 1;
    while ((ch = getopt_long(argc, argv, "o:hV", longopts, NULL)) != -1) {
        switch (ch) {
        case 'o': out = optarg; break;
        case 'm': min_count = atol(optarg); break;
        case 'c': coarse = atol(optarg); break;
        case 'f': fine = atol(optarg); break;
        case 'g':
            if (ngaz < 16)
                gaz[ngaz++] = optarg;
            break;
        case 'l':
            if (nlists < 16)
                lists[nlists++] = optarg;
            break;
        case 'h': S_usage(stdout); return EXIT_OK;
        case 'V': cli_version(stdout); return EXIT_OK;
        default: fputs("Try 'newsgraph cluster-words --help'.\n", stderr); return EXIT_USAGE;
        }
    }
    if (!out || optind >= argc || min_count < 1 || coarse < 2 || fine < 2 || coarse > 60000 || fine > 60000) {
        fputs("newsgraph: cluster-words needs --out FILE and at least one corpus file\n", stderr);
        return EXIT_USAGE;
    }
    ng_cluster_corpus *c = ng_cluster_corpus_new();
    ng_error err = {0};
    int rc = EXIT_OK;
    for (int i = 0; i < ngaz; i++)
        if (ng_cluster_read_gazetteer(gaz[i], c, &err) != 0) {
            fprintf(stderr, "newsgraph: %s: %s\n", err.source, err.text);
            rc = EXIT_SOME_FAILED;
            goto done;
        }
    for (int i = 0; i < nlists; i++)
        if (ng_cluster_read_list(lists[i], c, &err) != 0) {
            fprintf(stderr, "newsgraph: %s: %s\n", err.source, err.text);
            rc = EXIT_SOME_FAILED;
            goto done;
        }
    for (int i = optind; i < argc; i++)
        if (ng_cluster_read(argv[i], c, &err) != 0) {
            fprintf(stderr, "newsgraph: %s: %s\n", err.source, err.text);
            rc = EXIT_SOME_FAILED;
            goto done;
        }
    if (ng_cluster_write(c, (size_t)min_count, (size_t)coarse, (size_t)fine, out, stderr, &err) != 0) {
        fprintf(stderr, "newsgraph: %s: %s\n", err.source, err.text);
        rc = EXIT_SOME_FAILED;
    }
done:
    ng_cluster_corpus_free(c);
    return rc;
}
