/* cmd_convert.c -- `newsgraph convert`: articles to graphs.
 *
 * Output is never half-written: each document is serialized to memory
 * first, and files are written to a temporary name and renamed. In a batch,
 * one bad article is reported and the others still convert. */
#include <errno.h>
#include <getopt.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"
#include "internal.h"
#include "newsgraph.h"


void cmd_convert_usage(FILE *out)
{
    fputs("usage: newsgraph convert [OPTIONS] [FILE...]\n"
          "       newsgraph --help | --version\n"
          "\n"
          "Turn news articles into knowledge-graph data: people, organizations and\n"
          "places with their titles, events with participants, place and date, and\n"
          "who said what, each tied to the words that support it.\n"
          "\n"
          "FILE is a text, HTML, JSON or JSON Lines article (.gz read transparently);\n"
          "no FILE or '-' reads standard input.\n"
          "\n"
          "options:\n"
          "  -f, --format FMT        jsonld (default), turtle, ntriples, nquads, trig, rdfxml\n"
          "  -o, --output PATH       write to PATH: a file, or a directory (one output file\n"
          "                          per article) when there are several inputs\n"
          "      --input-format FMT  auto (default), text, html, json, jsonl\n"
          "      --published DATE    publication date (YYYY-MM-DD) for inputs that carry none;\n"
          "                          relative dates such as \"Wednesday\" resolve against it\n"
          "      --base IRI          base IRI for minted identifiers (default " NG_DEFAULT_BASE ")\n"
          "      --event-triggers F  more event triggers: \"phrase<TAB>Class\" lines, the format\n"
          "                          of schemas/event-triggers.tsv\n"
          "  -q, --quiet             no warnings\n"
          "  -h, --help              this help\n"
          "  -V, --version           the version\n"
          "\n"
          "exit status: 0 all inputs converted, 1 some failed (the rest still convert),\n"
          "2 usage error.\n",
          out);
}

typedef struct {
    bool quiet;
} cli;

static void S_warn(void *data, const char *source, const char *message)
{
    cli *c = data;
    if (!c->quiet)
        fprintf(stderr, "newsgraph: %s: warning: %s\n", source, message);
}

static void S_report(const ng_error *err)
{
    fprintf(stderr, "newsgraph: %s: %s\n", err->source[0] ? err->source : "-", err->text);
}

static bool S_is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* Write bytes to path atomically: a temporary file in the same directory,
 * renamed over the target only when everything was written. */
static int S_write_file(const char *path, const char *data, size_t len, ng_error *err)
{
    size_t n = strlen(path) + 16;
    char *tmp = malloc(n);
    snprintf(tmp, n, "%s.tmpXXXXXX", path);
    int fd = mkstemp(tmp);
    if (fd < 0) {
        snprintf(err->source, sizeof err->source, "%s", path);
        snprintf(err->text, sizeof err->text, "cannot write: %s", strerror(errno));
        free(tmp);
        return -1;
    }
    FILE *f = fdopen(fd, "wb");
    bool ok = f && fwrite(data, 1, len, f) == len;
    ok = (f ? fclose(f) == 0 : (close(fd), false)) && ok;
    if (ok)
        chmod(tmp, 0644);
    if (!ok || rename(tmp, path) != 0) {
        snprintf(err->source, sizeof err->source, "%s", path);
        snprintf(err->text, sizeof err->text, "cannot write: %s", strerror(errno));
        unlink(tmp);
        free(tmp);
        return -1;
    }
    free(tmp);
    return 0;
}

/* "dir/name.txt.gz" -> "name" */
/* Several articles into one stream (standard output or one -o FILE) must
 * still make one valid document. N-Triples, N-Quads, Turtle and TriG
 * documents can simply follow each other. JSON-LD becomes one document
 * whose @graph holds every article's nodes (the default graph, as in
 * N-Triples; an array of documents would put each article in a blank-node
 * named graph), and RDF/XML one rdf:RDF element holding every article's
 * descriptions. The first article
 * is held back until a second one shows whether joining is needed, so a
 * single article's output is exactly what it is alone. */
typedef struct {
    ng_output_format format;
    int count;
    ng_buf held;  /* the first article's document */
    bool nodes;   /* JSON-LD: a node has been written */
} joiner;

typedef int (*sink_fn)(void *data, const char *s, size_t n);

/* The body of an RDF/XML document: after the root start tag, before its
 * end tag; the whole text when it is not shaped like our writer's. */
static void S_rdfxml_body(const char *s, size_t n, size_t *from, size_t *to)
{
    *from = 0;
    *to = n;
    const char *root = strstr(s, "<rdf:RDF");
    const char *gt = root ? strchr(root, '>') : NULL;
    const char *end = NULL;
    for (const char *p = s; (p = strstr(p, "</rdf:RDF>")) != NULL; p++)
        end = p;
    if (gt && end && end > gt) {
        *from = (size_t)(gt + 1 - s);
        *to = (size_t)(end - s);
    }
}

/* The nodes of a JSON-LD document from our writer: between the "@graph"
 * array's brackets, without surrounding white space (empty for none). */
static void S_jsonld_nodes(const char *s, size_t n, size_t *from, size_t *to)
{
    const char *g = strstr(s, "\"@graph\": [");
    size_t close = n;
    while (close > 0 && s[close - 1] != ']')
        close--;
    *from = *to = 0;
    if (!g || close == 0 || s + close - 1 < g)
        return;
    size_t a = (size_t)(g - s) + strlen("\"@graph\": ["), b = close - 1;
    while (a < b && (s[a] == '\n' || s[a] == ' '))
        a++;
    while (b > a && (s[b - 1] == '\n' || s[b - 1] == ' '))
        b--;
    *from = a;
    *to = b;
}

/* Write what follows the part already written of a joined document: the
 * body (RDF/XML) or the nodes (JSON-LD) of one more article. */
static int S_join_body(joiner *j, const char *buf, size_t len, sink_fn sink, void *data)
{
    size_t from, to;
    if (j->format == NG_OUTPUT_RDFXML) {
        S_rdfxml_body(buf, len, &from, &to);
        return sink(data, buf + from, to - from);
    }
    S_jsonld_nodes(buf, len, &from, &to);
    if (to == from)
        return 0;
    int rc = j->nodes ? sink(data, ",\n    ", 6) : 0;
    j->nodes = true;
    return rc | sink(data, buf + from, to - from);
}

static int S_join(joiner *j, const char *buf, size_t len, sink_fn sink, void *data)
{
    if (j->format != NG_OUTPUT_JSONLD && j->format != NG_OUTPUT_RDFXML)
        return sink(data, buf, len);
    int rc = 0;
    if (j->count == 0) {
        ng_buf_add(&j->held, buf, len);
    } else {
        if (j->count == 1) {
            /* the first article up to where the others' parts go */
            const char *h = j->held.data;
            size_t from, to;
            if (j->format == NG_OUTPUT_RDFXML)
                S_rdfxml_body(h, j->held.len, &from, &to);
            else
                S_jsonld_nodes(h, j->held.len, &from, &to);
            if (j->format == NG_OUTPUT_JSONLD && to == from) {
                /* no nodes: the part up to the "[" */
                const char *g = strstr(h, "\"@graph\": [");
                to = g ? (size_t)(g - h) + strlen("\"@graph\": [\n    ") - 5 : 0;
                rc |= sink(data, h, to);
                rc |= sink(data, "\n    ", 5);
            } else {
                rc |= sink(data, h, to);
                j->nodes = to > from;
            }
        }
        rc |= S_join_body(j, buf, len, sink, data);
    }
    j->count++;
    return rc;
}

static int S_join_finish(joiner *j, sink_fn sink, void *data)
{
    int rc = 0;
    if (j->format == NG_OUTPUT_JSONLD || j->format == NG_OUTPUT_RDFXML) {
        if (j->count == 1)
            rc = sink(data, j->held.data, j->held.len);
        else if (j->count > 1)
            rc = j->format == NG_OUTPUT_JSONLD ? sink(data, "\n  ]\n}\n", 7) : sink(data, "</rdf:RDF>\n", 11);
    }
    ng_buf_free(&j->held);
    return rc;
}

static int S_sink_stdout(void *data, const char *s, size_t n)
{
    (void)data;
    return n == 0 || (fwrite(s, 1, n, stdout) == n && fflush(stdout) == 0) ? 0 : -1;
}

static int S_sink_buf(void *data, const char *s, size_t n)
{
    ng_buf_add(data, s, n);
    return 0;
}

static char *S_stem(const char *path)
{
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    char *s = strdup(base);
    for (int k = 0; k < 2; k++) {
        char *dot = strrchr(s, '.');
        if (dot && dot != s && (k == 0 || strcmp(dot, ".gz") != 0))
            *dot = '\0';
        if (!dot || (k == 0 && strcmp(base + strlen(base) - 3, ".gz") != 0))
            break;
    }
    if (!*s || strcmp(s, "-") == 0) {
        free(s);
        s = strdup("stdin");
    }
    return s;
}

int cmd_convert(int argc, char **argv)
{
    static const struct option longopts[] = {
        {"format", required_argument, NULL, 'f'},
        {"output", required_argument, NULL, 'o'},
        {"input-format", required_argument, NULL, 'i'},
        {"published", required_argument, NULL, 'p'},
        {"base", required_argument, NULL, 'b'},
        {"quiet", no_argument, NULL, 'q'},
        {"event-triggers", required_argument, NULL, 'e'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    ng_output_format format = NG_OUTPUT_JSONLD;
    const char *output = NULL;
    cli c = {false};
    ng_options opts = {0};
    const char *triggers = NULL;
    opts.warn = S_warn;
    opts.warn_data = &c;
    int ch;
    optind = 1;
    while ((ch = getopt_long(argc, argv, "f:o:qh", longopts, NULL)) != -1) {
        switch (ch) {
        case 'f':
            if (ng_output_format_from_name(optarg, &format) != 0) {
                fprintf(stderr, "newsgraph: unknown output format '%s' (jsonld, turtle, ntriples, nquads, trig, rdfxml)\n", optarg);
                return EXIT_USAGE;
            }
            break;
        case 'o': output = optarg; break;
        case 'i':
            if (ng_input_format_from_name(optarg, &opts.input_format) != 0) {
                fprintf(stderr, "newsgraph: unknown input format '%s' (auto, text, html, json, jsonl)\n", optarg);
                return EXIT_USAGE;
            }
            break;
        case 'p': {
            int y, m, d;
            char extra;
            if (sscanf(optarg, "%4d-%2d-%2d%c", &y, &m, &d, &extra) != 3 || strlen(optarg) != 10 || m < 1 || m > 12 ||
                d < 1 || d > 31) {
                fprintf(stderr, "newsgraph: --published wants a date as YYYY-MM-DD, not '%s'\n", optarg);
                return EXIT_USAGE;
            }
            opts.published = optarg;
            break;
        }
        case 'b':
            if (!strstr(optarg, ":")) {
                fprintf(stderr, "newsgraph: --base wants an absolute IRI, not '%s'\n", optarg);
                return EXIT_USAGE;
            }
            opts.base = optarg;
            break;
        case 'q': c.quiet = true; break;
        case 'e': triggers = optarg; break;
        case 'h': cmd_convert_usage(stdout); return EXIT_OK;
        default:
            fputs("Try 'newsgraph --help'.\n", stderr);
            return EXIT_USAGE;
        }
    }
    int ninputs = argc - optind;
    char *stdin_arg[] = {"-"};
    char **inputs = ninputs > 0 ? argv + optind : stdin_arg;
    if (ninputs == 0)
        ninputs = 1;
    int nstdin = 0;
    for (int i = 0; i < ninputs; i++)
        nstdin += strcmp(inputs[i], "-") == 0;
    if (nstdin > 1) {
        fputs("newsgraph: standard input ('-') can be read only once\n", stderr);
        return EXIT_USAGE;
    }
    bool to_dir = output && (S_is_dir(output) || ninputs > 1);
    if (output && ninputs > 1 && !S_is_dir(output)) {
        struct stat st;
        if (stat(output, &st) == 0) {
            fprintf(stderr, "newsgraph: %s: with several inputs, -o must name a directory\n", output);
            return EXIT_USAGE;
        }
        if (mkdir(output, 0755) != 0) {
            fprintf(stderr, "newsgraph: %s: cannot create directory: %s\n", output, strerror(errno));
            return EXIT_SOME_FAILED;
        }
    }

    ng_error err = {0};
    ng_context *ctx = ng_context_new(&err);
    if (!ctx) {
        S_report(&err);
        return EXIT_SOME_FAILED;
    }
    if (triggers && ng_context_add_event_triggers(ctx, triggers, &err) != 0) {
        S_report(&err);
        ng_context_free(ctx);
        return EXIT_USAGE;
    }
    int failures = 0;
    ng_buf single = {0};   /* -o FILE: everything converted, written at the end */
    joiner join = {.format = format};
    char **used = NULL;    /* -o DIR: output names taken so far */
    size_t nused = 0;
    int written = 0;
    for (int i = 0; i < ninputs; i++) {
        memset(&err, 0, sizeof err);
        ng_batch *batch = ng_batch_load_file(ctx, inputs[i], &opts, &err);
        if (!batch) {
            S_report(&err);
            failures++;
            continue;
        }
        size_t n = ng_batch_count(batch);
        char *stem = S_stem(inputs[i]);
        if (to_dir) {
            /* two inputs named alike ("a/x.txt", "b/x.txt") must not
             * overwrite each other's output */
            for (int dup = 2;; dup++) {
                bool taken = false;
                for (size_t u = 0; u < nused && !taken; u++)
                    taken = strcmp(used[u], stem) == 0;
                if (!taken)
                    break;
                char *base = S_stem(inputs[i]);
                size_t ln = strlen(base) + 16;
                free(stem);
                stem = malloc(ln);
                snprintf(stem, ln, "%s-%d", base, dup);
                free(base);
            }
            used = realloc(used, (nused + 1) * sizeof *used);
            used[nused++] = strdup(stem);
        }
        for (size_t k = 0; k < n; k++) {
            memset(&err, 0, sizeof err);
            ng_document *doc = ng_document_new(ctx, batch, k, &opts, &err);
            if (!doc) {
                S_report(&err);
                failures++;
                continue;
            }
            char *buf = NULL;
            size_t len = 0;
            FILE *mem = open_memstream(&buf, &len);
            int rc = mem ? ng_document_write(ctx, doc, format, mem, &err) : -1;
            if (mem)
                fclose(mem);
            if (rc == 0) {
                if (to_dir) {
                    size_t pn = strlen(output) + strlen(stem) + 32;
                    char *path = malloc(pn);
                    if (n > 1)
                        snprintf(path, pn, "%s/%s-%zu.%s", output, stem, k + 1, ng_output_format_extension(format));
                    else
                        snprintf(path, pn, "%s/%s.%s", output, stem, ng_output_format_extension(format));
                    rc = S_write_file(path, buf, len, &err);
                    free(path);
                } else if (output) {
                    /* one file for all the articles of the input: written
                     * once, after the last one */
                    S_join(&join, buf, len, S_sink_buf, &single);
                    written++;
                } else {
                    rc = S_join(&join, buf, len, S_sink_stdout, NULL);
                    if (rc)
                        snprintf(err.text, sizeof err.text, "cannot write to standard output");
                }
            }
            if (rc != 0) {
                if (!err.source[0])
                    snprintf(err.source, sizeof err.source, "%s", inputs[i]);
                S_report(&err);
                failures++;
            }
            free(buf);
            ng_document_free(doc);
        }
        free(stem);
        ng_batch_free(batch);
    }
    if (output && !to_dir)
        S_join_finish(&join, S_sink_buf, &single);
    else if (!output && S_join_finish(&join, S_sink_stdout, NULL) != 0) {
        fprintf(stderr, "newsgraph: cannot write to standard output\n");
        failures++;
    }
    if (output && !to_dir && written) {
        memset(&err, 0, sizeof err);
        if (S_write_file(output, single.data ? single.data : "", single.len, &err) != 0) {
            S_report(&err);
            failures++;
        }
    }
    ng_buf_free(&single);
    for (size_t u = 0; u < nused; u++)
        free(used[u]);
    free(used);
    ng_context_free(ctx);
    return failures ? EXIT_SOME_FAILED : EXIT_OK;
}

