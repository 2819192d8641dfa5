/* cmd_convert.c -- `newsgraph convert`: articles to graphs, from one file
 * or a crawl of millions.
 *
 * Inputs (files, standard input, the files under directories) are read
 * record by record and converted on N threads; results come back in input
 * order and are written as they come, so output is the same bytes whatever
 * N is and memory stays flat. Output is never half-written: -o FILE goes to
 * a temporary file in the same directory, renamed at the end (an earlier
 * file stays intact if the run dies); -o DIR/ gets one file per article,
 * each written the same way. One bad record is reported (and written to
 * --errors) and the others still convert. */
#include <dirent.h>
#include <errno.h>
#include <getopt.h>
#include <jansson.h>
#include <signal.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"
#include "internal.h"
#include "newsgraph.h"
#include "pool.h"

/* -f help: the names formats.c reads, aliases included */
static const char FORMATS_HELP[] =
    "format    aliases    what                                         extension\n"
    "jsonld    json-ld    JSON-LD 1.1, the bundled context (default)   .jsonld\n"
    "turtle    ttl        Turtle                                       .ttl\n"
    "ntriples  nt         N-Triples 1.1 (UTF-8)                        .nt\n"
    "nquads    nq         N-Quads 1.1, a named graph per article       .nq\n"
    "trig                 TriG, a named graph per article              .trig\n"
    "rdfxml    rdf, xml   RDF/XML                                      .rdf\n"
    "jsonl     ndjson     JSON-LD, one document per article per line   .jsonl\n"
    "tsv                  a table (--table statements|events|actors)   .tsv\n"
    "html                 the article marked up, the graph beside it   .html\n"
    "dot       gv         a Graphviz graph of actors and events        .dot\n"
    "Names are read in any case (-f NT, -f Turtle).\n";

void cmd_convert_usage(FILE *out)
{
    fputs("usage: newsgraph convert [OPTIONS] [FILE|DIR...]\n"
          "       newsgraph --help | --version\n"
          "\n"
          "Turn news articles into knowledge-graph data: people, organizations and\n"
          "places with their titles, events with participants, place and date, and\n"
          "who said what, each tied to the words that support it.\n"
          "\n"
          "FILE is a text, HTML, JSON, JSON Lines or WARC file (gzip read transparently,\n"
          "the format sniffed from the content); a DIR gives every such file under it;\n"
          "no FILE or '-' reads standard input.\n"
          "\n"
          "options:\n"
          "  -f, --format FMT        jsonld (default), turtle, ntriples, nquads, trig, rdfxml,\n"
          "                          jsonl, tsv, html (a page to read), dot (Graphviz)\n"
          "      --table T           a table (-f tsv): statements (default), events or actors\n"
          "                          (-f help: their aliases); without -f, the extension\n"
          "                          of -o FILE decides\n"
          "  -o, --output PATH       '-' standard output (the default); DIR/ or an existing\n"
          "                          directory: one file per article; else one file for all\n"
          "  -j, --jobs N            convert on N threads (default: the number of cores)\n"
          "      --input-format FMT  auto (default), text, html, json, jsonl, warc\n"
          "      --published DATE    publication date (YYYY-MM-DD) for inputs that carry none;\n"
          "                          relative dates such as \"Wednesday\" resolve against it\n"
          "      --base IRI          base IRI for minted identifiers (default " NG_DEFAULT_BASE ")\n"
          "      --event-triggers F  more event triggers: \"phrase<TAB>Class\" lines, the format\n"
          "                          of schemas/event-triggers.tsv\n"
          "      --types-model F     decide named actors' types with this actor type model\n"
          "                          (scripts/train-types; docs/actors.md)\n"
          "      --attribution-model F  find reported speech with this attribution model\n"
          "                          (newsgraph train-attribution; docs/statements.md)\n"
          "      --coref-model F     resolve \"he\" and \"she\" with this pronoun model\n"
          "                          (newsgraph train-coref; docs/actors.md); \"none\": rules\n"
          "      --evidence LEVEL    full (the default): every fact with the words that\n"
          "                          support it as NIF spans and sentences; spans: the\n"
          "                          spans' offsets only; none: the facts alone\n"
          "      --all-events        every event the trigger model finds, also those with\n"
          "                          no named participant, and every later mention of one\n"
          "                          (docs/events.md); the default keeps events with one\n"
          "      --trigger-model F   find event words with this trigger model (newsgraph\n"
          "                          train-triggers); \"none\": the event lexicon alone\n"
          "      --parser P          fast (the default): the greedy parser; accurate: the\n"
          "                          beam parser, under a third of the speed (docs/parser.md)\n"
          "      --language-any      extract from articles in any language (their actors\n"
          "                          stay the article's own nodes)\n"
          "      --skip-existing     with -o DIR/: leave articles whose file exists (resume)\n"
          "      --errors FILE       one JSON line per failed record (source, line, message)\n"
          "      --source-name NAME  the name of standard input in messages and provenance\n"
          "      --first-line N      the line number of the input's first line (a shard)\n"
          "  -q, --quiet             no warnings, notices, progress or summary\n"
          "  -h, --help              this help\n"
          "  -V, --version           the version\n"
          "\n"
          "exit status: 0 all inputs converted, 1 some failed (the rest still convert),\n"
          "2 usage error.\n",
          out);
}

/* ---- small sets: article identities, text hashes, output names -------- */

typedef struct {
    uint64_t *keys;
    uint32_t *vals;          /* value + 1; 0 = empty */
    size_t cap, n;
} u64_map;

/* The slot of key (found or empty). */
static size_t S_map_slot(const u64_map *m, uint64_t key)
{
    size_t i = (size_t)(key * 0x9E3779B97F4A7C15ULL) & (m->cap - 1);
    while (m->vals[i] && m->keys[i] != key)
        i = (i + 1) & (m->cap - 1);
    return i;
}

/* The value stored for key, or -1; with set >= 0 stores it when absent. */
static long S_map_get_or_put(u64_map *m, uint64_t key, long set)
{
    if (m->cap == 0 || (m->n + 1) * 2 > m->cap) {
        u64_map g = {0};
        g.cap = m->cap ? m->cap * 2 : 1024;
        g.keys = calloc(g.cap, sizeof *g.keys);
        g.vals = calloc(g.cap, sizeof *g.vals);
        if (!g.keys || !g.vals)
            abort();
        for (size_t i = 0; i < m->cap; i++)
            if (m->vals[i]) {
                size_t s = S_map_slot(&g, m->keys[i]);
                g.keys[s] = m->keys[i];
                g.vals[s] = m->vals[i];
                g.n++;
            }
        free(m->keys);
        free(m->vals);
        *m = g;
    }
    size_t s = S_map_slot(m, key);
    if (m->vals[s])
        return (long)m->vals[s] - 1;
    if (set >= 0) {
        m->keys[s] = key;
        m->vals[s] = (uint32_t)set + 1;
        m->n++;
    }
    return -1;
}

static void S_map_free(u64_map *m)
{
    free(m->keys);
    free(m->vals);
}

static uint64_t S_hash_str(const char *s)
{
    uint64_t h = 1469598103934665603ULL;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211ULL;
    return h;
}

/* ---- the run --------------------------------------------------------- */

typedef enum { TO_STDOUT, TO_FILE, TO_DIR } target_kind;

typedef struct run {
    /* options */
    ng_output_format format;
    bool format_given;
    const char *table;        /* --table statements|events|actors (with -f tsv), or NULL */
    const char *output;
    target_kind target;
    int jobs;
    bool quiet, skip_existing;
    const char *errors_path;
    const char *triggers;
    const char *types_model;  /* --types-model FILE, or NULL */
    const char *attr_model;   /* --attribution-model FILE, or NULL */
    const char *coref_model;  /* --coref-model FILE or "none", or NULL */
    const char *trig_model;   /* --trigger-model FILE or "none", or NULL */
    ng_parser parser;         /* --parser */
    ng_options opts;
    char *run_options;
    /* state */
    ng_context *ctx;
    struct worker *workers;
    FILE *out;               /* standard output or the temporary file */
    char *tmp_path;
    ng_writer *writer;
    FILE *errors;
    u64_map identities, texts, names;
    char **text_sources;     /* where each text was first seen */
    size_t ntext_sources;
    bool progress;
    double started, last_progress;
    long long bytes_total, bytes_done;
    const ng_reader *reader; /* being read, for progress */
    /* counts */
    long in, converted, failed, skipped_language, skipped_existing, input_failures;
    bool pipe_closed;         /* the reader of standard output went away: stop */
    unsigned long long triples;
} run;

/* The temporary output file, removed if the run is interrupted. */
static volatile sig_atomic_t g_have_tmp;
static char g_tmp_path[4096];

static void S_on_signal(int sig)
{
    if (g_have_tmp)
        unlink(g_tmp_path);
    signal(sig, SIG_DFL);
    raise(sig);
}

static double S_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void S_warn(void *data, const char *source, const char *message)
{
    run *r = data;
    if (!r->quiet)
        fprintf(stderr, "newsgraph: %s: warning: %s\n", source, message);
}

/* A failed record or input: on stderr and in --errors. */
static void S_report_failure(run *r, const ng_error *err, const char *fallback_source)
{
    const char *src = err->source[0] ? err->source : fallback_source ? fallback_source : "-";
    fprintf(stderr, "%snewsgraph: %s: %s\n", r->progress ? "\r\033[K" : "", src, err->text);
    if (r->errors) {
        json_t *o = json_pack("{s:s,s:s}", "source", src, "message", err->text);
        if (err->line > 0)
            json_object_set_new(o, "line", json_integer(err->line));
        char *s = json_dumps(o, JSON_SORT_KEYS | JSON_COMPACT);
        fprintf(r->errors, "%s\n", s);
        fflush(r->errors);
        free(s);
        json_decref(o);
    }
}

/* ---- output names -------------------------------------------------------- */

static bool S_is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* "dir/name.txt.gz" -> "name" */
static char *S_stem(const char *path)
{
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    char *s = strdup(base);
    size_t n = strlen(s);
    if (n > 3 && strcmp(s + n - 3, ".gz") == 0)
        s[n -= 3] = '\0';
    char *dot = strrchr(s, '.');
    if (dot && dot != s)
        *dot = '\0';
    if (!*s || strcmp(s, "-") == 0) {
        free(s);
        s = strdup("stdin");
    }
    return s;
}

/* A record id as a file name: letters, digits, '.', '-', '_' kept, other
 * bytes '_', at most 100 bytes, never starting with a dot. */
static char *S_safe_name(const char *id)
{
    size_t n = strlen(id) < 100 ? strlen(id) : 100;
    char *s = malloc(n + 2);
    size_t k = 0;
    if (id[0] == '.')
        s[k++] = '_';
    for (size_t i = 0; i < n; i++) {
        char c = id[i];
        bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
                  c == '-' || c == '_';
        s[k++] = ok ? c : '_';
    }
    s[k] = '\0';
    return s;
}

/* The output path of an article in -o DIR: its id, else its input's stem
 * (with its record number when the input holds several); a name already
 * used in this run gets "-2", "-3" ... */
static char *S_article_path(run *r, const char *id, const char *input, long record, bool several)
{
    char *base;
    if (id)
        base = S_safe_name(id);
    else {
        char *stem = S_stem(input);
        size_t n = strlen(stem) + 24;
        base = malloc(n);
        if (several)
            snprintf(base, n, "%s-%ld", stem, record);
        else
            snprintf(base, n, "%s", stem);
        free(stem);
    }
    size_t n = strlen(base) + 24;
    char *name = malloc(n);
    snprintf(name, n, "%s", base);
    for (int dup = 2; S_map_get_or_put(&r->names, S_hash_str(name), 0) >= 0; dup++)
        snprintf(name, n, "%s-%d", base, dup);
    free(base);
    size_t pn = strlen(r->output) + strlen(name) + 16;
    char *path = malloc(pn);
    snprintf(path, pn, "%s%s%s.%s", r->output, r->output[strlen(r->output) - 1] == '/' ? "" : "/", name,
             ng_output_format_extension(r->format));
    free(name);
    return path;
}

/* Temporary files are named ".newsgraph-PID-XXXXXX": the process that
 * writes one is in its name, so that a later run can tell a leftover of a
 * killed run (its process is gone) from a file another run is writing. */
#define TEMP_PREFIX ".newsgraph-"

/* A temporary file beside path, for writing it atomically: a short hidden
 * name in the same directory, so that a target name near NAME_MAX still
 * has room and a leftover is never taken for output. Returns the fd and
 * sets *tmp (malloc'ed). */
static int S_temp_beside(const char *path, char **tmp)
{
    const char *slash = strrchr(path, '/');
    size_t dir = slash ? (size_t)(slash - path) + 1 : 0;
    size_t n = dir + 48;
    *tmp = malloc(n);
    snprintf(*tmp, n, "%.*s" TEMP_PREFIX "%ld-XXXXXX", (int)dir, path, (long)getpid());
    return mkstemp(*tmp);
}

/* Remove the temporary files that runs killed while writing left in dir
 * (the folder output goes to): those whose process no longer exists. A
 * run on another machine sharing the folder is not told apart by its
 * process number; its own rename then fails with an error, and no output
 * is ever half-written. */
static void S_clean_leftovers(const char *dir)
{
    DIR *d = opendir(dir);
    if (!d)
        return;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (strncmp(e->d_name, TEMP_PREFIX, strlen(TEMP_PREFIX)) != 0)
            continue;
        char *end;
        long pid = strtol(e->d_name + strlen(TEMP_PREFIX), &end, 10);
        if (end == e->d_name + strlen(TEMP_PREFIX) || *end != '-' || strlen(end + 1) != 6 || pid <= 0)
            continue;
        if (kill((pid_t)pid, 0) == 0 || errno != ESRCH)
            continue;
        size_t n = strlen(dir) + strlen(e->d_name) + 2;
        char *path = malloc(n);
        snprintf(path, n, "%s/%s", dir, e->d_name);
        unlink(path);
        free(path);
    }
    closedir(d);
}

/* The folder a file path is in ("." for a bare name). */
static char *S_dir_of(const char *path)
{
    const char *slash = strrchr(path, '/');
    if (!slash)
        return strdup(".");
    if (slash == path)
        return strdup("/");
    return strndup(path, (size_t)(slash - path));
}

/* The mode a finished output file gets: the mode of the file it replaces,
 * else what the umask allows of 0666 (mkstemp made it 0600). */
static mode_t S_output_mode(const char *path)
{
    struct stat st;
    if (stat(path, &st) == 0 && S_ISREG(st.st_mode))
        return st.st_mode & 07777;
    mode_t mask = umask(0);
    umask(mask);
    return 0666 & ~mask;
}

/* Write bytes to path atomically: a temporary file in the same directory,
 * renamed over the target only when everything was written. */
static int S_write_file(const char *path, const char *data, size_t len, ng_error *err)
{
    char *tmp = NULL;
    int fd = S_temp_beside(path, &tmp);
    if (fd < 0) {
        ng_error_set(err, path, 0, 0, "cannot write: %s", strerror(errno));
        free(tmp);
        return -1;
    }
    FILE *f = fdopen(fd, "wb");
    bool ok = f && fwrite(data, 1, len, f) == len;
    ok = (f ? fclose(f) == 0 : (close(fd), false)) && ok;
    if (ok)
        chmod(tmp, S_output_mode(path));
    if (!ok || rename(tmp, path) != 0) {
        ng_error_set(err, path, 0, 0, "cannot write: %s", strerror(errno));
        unlink(tmp);
        free(tmp);
        return -1;
    }
    free(tmp);
    return 0;
}

/* ---- jobs: one article each ------------------------------------------- */

typedef struct shared_batch {
    ng_batch *batch;
    int refs;
} shared_batch;

typedef struct job {
    shared_batch *sb;
    size_t index;
    const run *r;
    char *path;              /* -o DIR: the article's file */
    bool skip;               /* its file exists (--skip-existing) */
    /* results */
    ng_piece *piece;
    ng_error err;
    bool failed, extracted;
    char language[8];
    size_t triples;
} job;

/* A pool thread's context, made when the thread takes its first article:
 * a run of one article pays for one. */
typedef struct worker {
    const run *r;
    ng_context *ctx;
} worker;

static int S_configure(const run *r, ng_context *c, ng_error *err);

static ng_context *S_worker_context(worker *w, ng_error *err)
{
    if (w->ctx)
        return w->ctx;
    w->ctx = ng_context_new(err);
    if (w->ctx && S_configure(w->r, w->ctx, err) != 0) {
        ng_context_free(w->ctx);
        w->ctx = NULL;
    }
    return w->ctx;
}

static void S_work(void *state, void *arg)
{
    job *j = arg;
    if (j->skip)
        return;
    ng_context *ctx = S_worker_context(state, &j->err);
    if (!ctx) {
        j->failed = true;
        return;
    }
    if (ng_batch_error(j->sb->batch, j->index)) {
        j->err = *ng_batch_error(j->sb->batch, j->index);
        j->failed = true;
        return;
    }
    ng_document *doc = ng_document_new(ctx, j->sb->batch, j->index, &j->r->opts, &j->err);
    if (!doc) {
        j->failed = true;
        return;
    }
    j->piece = ng_piece_new(ctx, doc, j->r->format, j->r->target != TO_DIR, &j->err);
    j->failed = j->piece == NULL;
    j->extracted = ng_document_extracted(doc);
    snprintf(j->language, sizeof j->language, "%s", ng_document_language(doc));
    j->triples = ng_document_triple_count(doc);
    ng_document_free(doc);
}

static void S_progress(run *r, bool force)
{
    if (!r->progress)
        return;
    double now = S_now();
    if (!force && now - r->last_progress < 0.25)
        return;
    r->last_progress = now;
    double secs = now - r->started;
    long done = r->converted + r->failed + r->skipped_language + r->skipped_existing;
    fprintf(stderr, "\r\033[Knewsgraph: %ld articles, %.0f/s, %ld failed", done, secs > 0 ? (double)done / secs : 0.0,
            r->failed);
    long long bytes = r->bytes_done + (r->reader ? ng_reader_offset(r->reader) : 0);
    if (r->bytes_total > 0 && bytes > 0 && secs > 1) {
        double frac = (double)bytes / (double)r->bytes_total;
        double eta = frac > 0 ? secs / frac - secs : 0;
        fprintf(stderr, ", %.0f%%, ETA %d:%02d", frac * 100, (int)eta / 60, (int)eta % 60);
    }
}

/* A job done: report, write, count, free. */
static void S_finish_job(run *r, job *j)
{
    if (j->skip) {
        r->skipped_existing++;
    } else if (j->failed) {
        S_report_failure(r, &j->err, ng_batch_source(j->sb->batch, j->index));
        r->failed++;
    } else {
        if (!j->extracted) {
            r->skipped_language++;
            if (!r->quiet)
                fprintf(stderr, "%snewsgraph: %s: notice: language '%s', not English: the article only, no "
                                "extraction (--language-any extracts)\n",
                        r->progress ? "\r\033[K" : "", ng_batch_source(j->sb->batch, j->index), j->language);
        }
        ng_error err = {0};
        int rc;
        if (r->target == TO_DIR) {
            size_t len;
            const char *bytes = ng_piece_bytes(j->piece, &len);
            rc = S_write_file(j->path, bytes, len, &err);
            ng_piece_free(j->piece);
        } else {
            rc = ng_writer_add_piece(r->writer, j->piece, &err);
            if (rc)
                ng_error_set(&err, r->target == TO_FILE ? r->output : "standard output", 0, 0, "cannot write: %s",
                             strerror(errno));
        }
        j->piece = NULL;
        if (rc == 0) {
            r->converted += j->extracted;
            r->triples += j->triples;
        } else if (r->target == TO_STDOUT && errno == EPIPE) {
            /* "convert ... | head" with SIGPIPE ignored: one line, then stop */
            if (!r->pipe_closed && !r->quiet)
                fprintf(stderr, "newsgraph: standard output: closed by its reader: stopping\n");
            r->pipe_closed = true;
            r->failed++;
        } else {
            S_report_failure(r, &err, NULL);
            r->failed++;
        }
    }
    if (--j->sb->refs == 0) {
        ng_batch_free(j->sb->batch);
        free(j->sb);
    }
    free(j->path);
    free(j);
    S_progress(r, false);
}

/* How many times key was counted before; counts it once more. */
static long S_map_bump(u64_map *m, uint64_t key)
{
    long before = S_map_get_or_put(m, key, 1);
    if (before < 0)
        return 0;
    m->vals[S_map_slot(m, key)]++;
    return before;
}

/* Same identity as an earlier article: keep both apart. Same text: say so. */
static void S_check_duplicate(run *r, ng_batch *b, size_t k)
{
    const char *src = ng_batch_source(b, k);
    long seen = S_map_bump(&r->identities, ng_batch_identity(b, k));
    if (seen > 0)
        ng_batch_set_occurrence(b, k, (int)seen + 1);
    long t = S_map_get_or_put(&r->texts, ng_batch_text_hash(b, k), (long)r->ntext_sources);
    if (t < 0) {
        r->text_sources = realloc(r->text_sources, (r->ntext_sources + 1) * sizeof *r->text_sources);
        r->text_sources[r->ntext_sources++] = strdup(src ? src : "-");
    } else if (!r->quiet) {
        fprintf(stderr, "%snewsgraph: %s: warning: the same text as %s; both are kept, as %s\n",
                r->progress ? "\r\033[K" : "", src ? src : "-", r->text_sources[t],
                seen > 0 ? "numbered articles" : "articles of their own");
    }
}

static void S_drain(run *r, pool *p, size_t keep)
{
    while (pool_pending(p) > keep)
        S_finish_job(r, pool_take(p));
}

/* Every article of one input. */
static void S_convert_input(run *r, pool *p, const char *input)
{
    ng_error err = {0};
    ng_reader *reader = ng_reader_open(r->ctx, input, &r->opts, &err);
    if (!reader) {
        S_drain(r, p, 0); /* the articles before it are written first */
        S_report_failure(r, &err, input);
        r->input_failures++;
        return;
    }
    r->reader = reader;
    ng_input_format fmt = ng_reader_format(reader);
    long record = 0;
    ng_batch *b;
    while (!r->pipe_closed && (b = ng_reader_next(reader, &err)) != NULL) {
        shared_batch *sb = calloc(1, sizeof *sb);
        sb->batch = b;
        size_t n = ng_batch_count(b);
        sb->refs = (int)n;
        bool several = fmt == NG_INPUT_JSONL || fmt == NG_INPUT_WARC || n > 1;
        for (size_t k = 0; k < n; k++) {
            record++;
            r->in++;
            job *j = calloc(1, sizeof *j);
            j->sb = sb;
            j->index = k;
            j->r = r;
            if (!ng_batch_error(b, k))
                S_check_duplicate(r, b, k);
            if (r->target == TO_DIR) {
                j->path = S_article_path(r, ng_batch_identifier(b, k), input, record, several);
                j->skip = r->skip_existing && access(j->path, F_OK) == 0;
            }
            if (pool_full(p))
                S_drain(r, p, pool_pending(p) - 1);
            pool_submit(p, j);
        }
        if (n == 0) {
            ng_batch_free(b);
            free(sb);
        }
    }
    if (err.text[0]) {
        S_drain(r, p, 0);
        S_report_failure(r, &err, input);
        r->input_failures++;
    }
    /* the next input is read while this one's articles are converted (a
     * folder of pages is one article per file); they are written in order */
    r->bytes_done += ng_reader_size(reader) > 0 ? ng_reader_size(reader) : 0;
    r->reader = NULL;
    ng_reader_free(reader);
}

/* ---- inputs: files and the files under directories ------------------- */

static int S_cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

static bool S_article_file(const char *name)
{
    static const char *const ext[] = {".txt", ".text", ".html", ".htm", ".xhtml", ".json",
                                      ".jsonl", ".ndjson", ".warc", NULL};
    char base[512];
    snprintf(base, sizeof base, "%s", name);
    size_t n = strlen(base);
    if (n > 3 && strcmp(base + n - 3, ".gz") == 0)
        base[n - 3] = '\0';
    const char *dot = strrchr(base, '.');
    if (!dot || name[0] == '.')
        return false;
    for (int i = 0; ext[i]; i++)
        if (strcasecmp(dot, ext[i]) == 0)
            return true;
    return false;
}

/* The article files under dir, in name order, recursively. */
static void S_walk(const char *dir, char ***list, size_t *n)
{
    DIR *d = opendir(dir);
    if (!d)
        return;
    char **names = NULL;
    size_t nn = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.')
            continue;
        names = realloc(names, (nn + 1) * sizeof *names);
        size_t len = strlen(dir) + strlen(e->d_name) + 2;
        names[nn] = malloc(len);
        snprintf(names[nn], len, "%s%s%s", dir, *dir && dir[strlen(dir) - 1] == '/' ? "" : "/", e->d_name);
        nn++;
    }
    closedir(d);
    if (nn)
        qsort(names, nn, sizeof *names, S_cmp_str);
    for (size_t i = 0; i < nn; i++) {
        if (S_is_dir(names[i])) {
            S_walk(names[i], list, n);
            free(names[i]);
        } else if (S_article_file(strrchr(names[i], '/') + 1)) {
            *list = realloc(*list, (*n + 1) * sizeof **list);
            (*list)[(*n)++] = names[i];
        } else
            free(names[i]);
    }
    free(names);
}

/* ---- options ------------------------------------------------------------ */

static int S_format_from_extension(const char *path, ng_output_format *f)
{
    static const struct { const char *ext; ng_output_format f; } map[] = {
        {".jsonld", NG_OUTPUT_JSONLD}, {".json", NG_OUTPUT_JSONLD}, {".ttl", NG_OUTPUT_TURTLE},
        {".nt", NG_OUTPUT_NTRIPLES}, {".nq", NG_OUTPUT_NQUADS}, {".trig", NG_OUTPUT_TRIG},
        {".rdf", NG_OUTPUT_RDFXML}, {".xml", NG_OUTPUT_RDFXML}, {".owl", NG_OUTPUT_RDFXML},
        {".jsonl", NG_OUTPUT_JSONL}, {".ndjson", NG_OUTPUT_JSONL}, {".tsv", NG_OUTPUT_TSV_STATEMENTS},
        {".html", NG_OUTPUT_HTML}, {".htm", NG_OUTPUT_HTML}, {".dot", NG_OUTPUT_DOT}, {".gv", NG_OUTPUT_DOT}};
    const char *slash = strrchr(path, '/');
    const char *dot = strrchr(slash ? slash : path, '.');
    if (!dot)
        return -1;
    for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
        if (strcasecmp(dot, map[i].ext) == 0) {
            *f = map[i].f;
            return 0;
        }
    return -1;
}

static const char *S_format_name(ng_output_format f)
{
    /* in the order of ng_output_format */
    static const char *const names[] = {"jsonld", "turtle", "ntriples", "nquads", "trig", "rdfxml", "jsonl",
                                        "tsv",    "tsv",    "tsv",      "tsv",    "html",  "dot"};
    return (size_t)f < sizeof names / sizeof names[0] ? names[f] : "?";
}

static bool S_is_table(ng_output_format f)
{
    return f == NG_OUTPUT_TSV_STATEMENTS || f == NG_OUTPUT_TSV_EVENTS || f == NG_OUTPUT_TSV_ACTORS;
}

/* Where output goes; a usage error returns EXIT_USAGE. ".tsv" suits every
 * table --table names. */
static int S_choose_target(run *r)
{
    if (!r->output || strcmp(r->output, "-") == 0) {
        r->target = TO_STDOUT;
        r->output = NULL;
    } else if (r->output[strlen(r->output) - 1] == '/' || S_is_dir(r->output)) {
        r->target = TO_DIR;
    } else {
        r->target = TO_FILE;
        ng_output_format by_ext;
        if (S_format_from_extension(r->output, &by_ext) == 0) {
            if (!r->format_given)
                r->format = by_ext;
            else if (by_ext != r->format && !(S_is_table(by_ext) && S_is_table(r->format))) {
                fprintf(stderr, "newsgraph: %s: the extension is for %s, not %s (-f); change one of them\n",
                        r->output, S_format_name(by_ext), S_format_name(r->format));
                return EXIT_USAGE;
            }
        }
    }
    if (r->skip_existing && r->target != TO_DIR) {
        fputs("newsgraph: --skip-existing needs -o DIR/ (one file per article)\n", stderr);
        return EXIT_USAGE;
    }
    return EXIT_OK;
}

/* The options that shape the graph, as written in its provenance. */
/* " --option FILE" with the file's name alone: no path of the machine
 * goes into the graph's provenance. */
static void S_add_file_option(ng_buf *b, const char *option, const char *path)
{
    if (!path)
        return;
    const char *slash = strrchr(path, '/');
    ng_buf_addc(b, ' ');
    ng_buf_adds(b, option);
    ng_buf_addc(b, ' ');
    ng_buf_adds(b, slash ? slash + 1 : path);
}

static char *S_run_options(const run *r, const char *published, const char *base)
{
    ng_buf b = {0};
    if (r->opts.input_format != NG_INPUT_AUTO) {
        ng_buf_adds(&b, " --input-format ");
        ng_buf_adds(&b, ng_input_format_name(r->opts.input_format));
    }
    if (published) {
        ng_buf_adds(&b, " --published ");
        ng_buf_adds(&b, published);
    }
    if (base) {
        ng_buf_adds(&b, " --base ");
        ng_buf_adds(&b, base);
    }
    if (r->triggers) {
        const char *slash = strrchr(r->triggers, '/');
        ng_buf_adds(&b, " --event-triggers ");
        ng_buf_adds(&b, slash ? slash + 1 : r->triggers);
    }
    S_add_file_option(&b, "--types-model", r->types_model);
    S_add_file_option(&b, "--attribution-model", r->attr_model);
    S_add_file_option(&b, "--coref-model", r->coref_model);
    S_add_file_option(&b, "--trigger-model", r->trig_model);
    if (r->parser == NG_PARSER_ACCURATE)
        ng_buf_adds(&b, " --parser accurate");
    if (r->opts.all_events)
        ng_buf_adds(&b, " --all-events");
    if (r->opts.evidence == NG_EVIDENCE_SPANS)
        ng_buf_adds(&b, " --evidence spans");
    if (r->opts.evidence == NG_EVIDENCE_NONE)
        ng_buf_adds(&b, " --evidence none");
    if (r->opts.language_any)
        ng_buf_adds(&b, " --language-any");
    char *s = strdup(b.len ? b.data + 1 : "");
    ng_buf_free(&b);
    return s;
}

/* (parse takes the same option) */
bool cli_parser_kind(const char *s, ng_parser *out)
{
    if (strcmp(s, "fast") == 0 || strcmp(s, "accurate") == 0) {
        *out = s[0] == 'f' ? NG_PARSER_FAST : NG_PARSER_ACCURATE;
        return true;
    }
    fprintf(stderr, "newsgraph: --parser wants fast or accurate, not '%s'\n", s);
    return false;
}

/* -f tsv --table NAME: which table; --table alone means -f tsv, with
 * another -f it is refused. */
static int S_choose_table(run *r)
{
    static const struct {
        const char *name;
        ng_output_format format;
    } tables[] = {{"statements", NG_OUTPUT_TSV_STATEMENTS},
                  {"events", NG_OUTPUT_TSV_EVENTS},
                  {"actors", NG_OUTPUT_TSV_ACTORS}};
    bool tsv = r->format == NG_OUTPUT_TSV_STATEMENTS || !r->format_given;
    if (!r->table)
        return EXIT_OK;
    if (!tsv) {
        fprintf(stderr, "newsgraph: --table goes with -f tsv\n");
        return EXIT_USAGE;
    }
    for (size_t i = 0; i < sizeof tables / sizeof tables[0]; i++)
        if (!strcasecmp(r->table, tables[i].name)) {
            r->format = tables[i].format;
            r->format_given = true;
            return EXIT_OK;
        }
    fprintf(stderr, "newsgraph: --table wants statements, events or actors, not '%s'\n", r->table);
    return EXIT_USAGE;
}

static int S_parse_options(run *r, int argc, char **argv)
{
    static const struct option longopts[] = {
        {"format", required_argument, NULL, 'f'},
        {"output", required_argument, NULL, 'o'},
        {"jobs", required_argument, NULL, 'j'},
        {"input-format", required_argument, NULL, 'i'},
        {"published", required_argument, NULL, 'p'},
        {"base", required_argument, NULL, 'b'},
        {"quiet", no_argument, NULL, 'q'},
        {"event-triggers", required_argument, NULL, 'e'},
        {"types-model", required_argument, NULL, 'T'},
        {"attribution-model", required_argument, NULL, 'A'},
        {"coref-model", required_argument, NULL, 'K'},
        {"trigger-model", required_argument, NULL, 'R'},
        {"parser", required_argument, NULL, 'P'},
        {"all-events", no_argument, NULL, 'a'},
        {"evidence", required_argument, NULL, 'D'},
        {"language-any", no_argument, NULL, 'L'},
        {"skip-existing", no_argument, NULL, 'S'},
        {"errors", required_argument, NULL, 'E'},
        {"source-name", required_argument, NULL, 'N'},
        {"first-line", required_argument, NULL, 'F'},
        {"table", required_argument, NULL, 'X'},
        {"help", no_argument, NULL, 'h'},
        {"version", no_argument, NULL, 'V'},
        {NULL, 0, NULL, 0},
    };
    int ch;
#ifdef __GLIBC__
    optind = 0; /* glibc: start afresh, forgetting a half-read "-qj" of an earlier parse */
#else
    optind = 1;
#endif
    while ((ch = getopt_long(argc, argv, "f:o:j:qhV", longopts, NULL)) != -1) {
        switch (ch) {
        case 'f':
            if (!strcasecmp(optarg, "help")) {
                fputs(FORMATS_HELP, stdout);
                return -1;
            }
            if (ng_output_format_from_name(optarg, &r->format) != 0) {
                fprintf(stderr, "newsgraph: unknown output format '%s' (jsonld, turtle, ntriples, nquads, trig, rdfxml,"
                        " jsonl, tsv, html, dot;"
                        " -f help lists them)\n", optarg);
                return EXIT_USAGE;
            }
            r->format_given = true;
            break;
        case 'o':
            if (!*optarg) {
                fputs("newsgraph: -o wants a file or folder name (or - for standard output), not an empty one\n", stderr);
                return EXIT_USAGE;
            }
            r->output = optarg;
            break;
        case 'j': {
            char *end;
            long n = strtol(optarg, &end, 10);
            if (*end || n < 1 || n > 256) {
                fprintf(stderr, "newsgraph: --jobs wants a number of threads from 1 to 256, not '%s'\n", optarg);
                return EXIT_USAGE;
            }
            r->jobs = (int)n;
            break;
        }
        case 'i':
            if (ng_input_format_from_name(optarg, &r->opts.input_format) != 0) {
                fprintf(stderr, "newsgraph: unknown input format '%s' (auto, text, html, json, jsonl, warc)\n", optarg);
                return EXIT_USAGE;
            }
            break;
        case 'p': {
            int y, m, d;
            if (strlen(optarg) != 10 || !ng_date_parse(optarg, &y, &m, &d)) {
                fprintf(stderr, "newsgraph: --published wants a date as YYYY-MM-DD, not '%s'\n", optarg);
                return EXIT_USAGE;
            }
            r->opts.published = optarg;
            break;
        }
        case 'b':
            if (!strstr(optarg, ":")) {
                fprintf(stderr, "newsgraph: --base wants an absolute IRI, not '%s'\n", optarg);
                return EXIT_USAGE;
            }
            r->opts.base = optarg;
            break;
        case 'q': r->quiet = true; break;
        case 'e': r->triggers = optarg; break;
        case 'T': r->types_model = optarg; break;
        case 'A': r->attr_model = optarg; break;
        case 'K': r->coref_model = optarg; break;
        case 'R': r->trig_model = optarg; break;
        case 'P':
            if (!cli_parser_kind(optarg, &r->parser))
                return EXIT_USAGE;
            break;
        case 'a': r->opts.all_events = 1; break;
        case 'D': {
            ng_evidence level;
            if (ng_evidence_from_name(optarg, &level) != 0) {
                fprintf(stderr, "newsgraph: --evidence wants full, spans or none, not '%s'\n", optarg);
                return EXIT_USAGE;
            }
            r->opts.evidence = (int)level;
            break;
        }
        case 'L': r->opts.language_any = 1; break;
        case 'S': r->skip_existing = true; break;
        case 'E': r->errors_path = optarg; break;
        case 'N': r->opts.source_name = optarg; break;
        case 'F': {
            char *end;
            long n = strtol(optarg, &end, 10);
            if (*end || n < 1) {
                fprintf(stderr, "newsgraph: --first-line wants a line number from 1, not '%s'\n", optarg);
                return EXIT_USAGE;
            }
            r->opts.first_line = n;
            break;
        }
        case 'X': r->table = optarg; break;
        case 'h': cmd_convert_usage(stdout); return -1;
        case 'V': cli_version(stdout); return -1;
        default: fputs("Try 'newsgraph convert --help'.\n", stderr); return EXIT_USAGE;
        }
    }
    return S_choose_table(r);
}

/* A command line's options checked as convert checks them, reading and
 * writing no file: EXIT_OK, EXIT_USAGE, or -1 after --help or --version.
 * For tests/fuzz/fuzz_options.c. */
int cmd_convert_check_options(int argc, char **argv)
{
    run r = {0};
    r.format = NG_OUTPUT_JSONLD;
    int rc = S_parse_options(&r, argc, argv);
    if (rc == EXIT_OK)
        rc = S_choose_target(&r);
    if (rc == EXIT_OK)
        free(S_run_options(&r, r.opts.published, r.opts.base));
    return rc;
}

/* ---- set-up and the end of a run ----------------------------------------- */

static int S_open_output(run *r)
{
    if (r->target == TO_DIR) {
        if (!S_is_dir(r->output) && mkdir(r->output, 0755) != 0) {
            fprintf(stderr, "newsgraph: %s: cannot create directory: %s\n", r->output, strerror(errno));
            return EXIT_SOME_FAILED;
        }
        S_clean_leftovers(r->output);
        return EXIT_OK;
    }
    if (r->target == TO_FILE) {
        char *dir = S_dir_of(r->output);
        S_clean_leftovers(dir);
        free(dir);
    }
    if (r->target == TO_STDOUT) {
        r->out = stdout;
    } else {
        int fd = S_temp_beside(r->output, &r->tmp_path);
        if (fd < 0 || !(r->out = fdopen(fd, "wb"))) {
            fprintf(stderr, "newsgraph: %s: cannot write: %s\n", r->output, strerror(errno));
            if (fd >= 0)
                close(fd);
            return EXIT_SOME_FAILED;
        }
        snprintf(g_tmp_path, sizeof g_tmp_path, "%s", r->tmp_path);
        g_have_tmp = 1;
        signal(SIGINT, S_on_signal);
        signal(SIGTERM, S_on_signal);
        signal(SIGHUP, S_on_signal);
    }
    r->writer = ng_writer_new(r->ctx, r->format, r->out);
    return EXIT_OK;
}

/* Close the output: -o FILE replaces the old file only when something was
 * converted and everything was written. */
static void S_close_output(run *r)
{
    if (!r->writer)
        return;
    ng_error err = {0};
    if (ng_writer_finish(r->writer, &err) != 0 && !r->pipe_closed) {
        ng_error_set(&err, r->target == TO_FILE ? r->output : "standard output", 0, 0, "cannot write: %s",
                     strerror(errno));
        S_report_failure(r, &err, NULL);
        r->failed++;
    }
    ng_writer_free(r->writer);
    if (r->target != TO_FILE)
        return;
    bool ok = fclose(r->out) == 0 && !err.text[0];
    long written = r->converted + r->skipped_language;
    if (ok && written > 0) {
        chmod(r->tmp_path, S_output_mode(r->output));
        if (rename(r->tmp_path, r->output) != 0) {
            ng_error_set(&err, r->output, 0, 0, "cannot write: %s", strerror(errno));
            S_report_failure(r, &err, NULL);
            r->failed++;
            unlink(r->tmp_path);
        }
    } else {
        if (!ok) {
            ng_error_set(&err, r->output, 0, 0, "cannot write: %s", strerror(errno));
            S_report_failure(r, &err, NULL);
            r->failed++;
        }
        unlink(r->tmp_path);
    }
    g_have_tmp = 0;
}

static void S_summary(run *r)
{
    if (r->progress)
        fputs("\r\033[K", stderr);
    if (r->quiet || r->in + r->input_failures < 2)
        return;
    fprintf(stderr, "newsgraph: %ld article%s in: %ld converted", r->in, r->in == 1 ? "" : "s", r->converted);
    long skipped = r->skipped_language + r->skipped_existing;
    if (skipped) {
        fprintf(stderr, ", %ld skipped (", skipped);
        if (r->skipped_language)
            fprintf(stderr, "%ld not in English%s", r->skipped_language, r->skipped_existing ? ", " : "");
        if (r->skipped_existing)
            fprintf(stderr, "%ld already converted", r->skipped_existing);
        fputc(')', stderr);
    }
    fprintf(stderr, ", %ld failed", r->failed);
    if (r->input_failures)
        fprintf(stderr, ", %ld input%s unreadable", r->input_failures, r->input_failures == 1 ? "" : "s");
    fprintf(stderr, "; %llu triples; %.1f s\n", r->triples, S_now() - r->started);
}

/* "newsgraph: FILE[:LINE]: what is wrong" for a file given by an option */
static void S_report_config_error(const ng_error *err)
{
    if (err->line > 0 && !strchr(err->source, ':'))
        fprintf(stderr, "newsgraph: %s:%ld: %s\n", err->source, err->line, err->text);
    else
        fprintf(stderr, "newsgraph: %s: %s\n", err->source, err->text);
}

/* The files the options name, into one context. */
static int S_configure(const run *r, ng_context *c, ng_error *err)
{
    if (r->triggers && ng_context_add_event_triggers(c, r->triggers, err) != 0)
        return -1;
    if (r->types_model && ng_context_set_type_model(c, r->types_model, err) != 0)
        return -1;
    if (r->attr_model && ng_context_set_attribution_model(c, r->attr_model, err) != 0)
        return -1;
    if (r->coref_model &&
        ng_context_set_coref_model(c, strcmp(r->coref_model, "none") ? r->coref_model : NULL, err) != 0)
        return -1;
    if (r->parser != NG_PARSER_FAST && ng_context_set_parser(c, r->parser, err) != 0)
        return -1;
    if (r->trig_model)
        return ng_context_set_trigger_model(c, strcmp(r->trig_model, "none") ? r->trig_model : NULL, err);
    return 0;
}

/* Each pool thread has its own context (Raptor worlds are not shared),
 * made when it is first needed; the main thread's writes with r->ctx, and
 * serves as the only worker's when there is one. */
static void S_make_workers(run *r)
{
    int n = r->jobs > 1 ? r->jobs : 1;
    r->workers = calloc((size_t)n, sizeof *r->workers);
    for (int i = 0; i < n; i++)
        r->workers[i].r = r;
    if (n == 1)
        r->workers[0].ctx = r->ctx;
}

int cmd_convert(int argc, char **argv)
{
    run r = {0};
    r.format = NG_OUTPUT_JSONLD;
    long cores = sysconf(_SC_NPROCESSORS_ONLN);
    r.jobs = cores > 0 ? (int)(cores < 256 ? cores : 256) : 1;
    r.opts.warn = S_warn;
    r.opts.warn_data = &r;
    int rc = S_parse_options(&r, argc, argv);
    if (rc != EXIT_OK)
        return rc < 0 ? EXIT_OK : rc;
    if ((rc = S_choose_target(&r)) != EXIT_OK)
        return rc;
    int ninputs = argc - optind;
    char *stdin_arg[] = {"-"};
    char **args = ninputs > 0 ? argv + optind : stdin_arg;
    if (ninputs == 0)
        ninputs = 1;
    int nstdin = 0;
    for (int i = 0; i < ninputs; i++)
        nstdin += strcmp(args[i], "-") == 0;
    if (nstdin > 1) {
        fputs("newsgraph: standard input ('-') can be read only once\n", stderr);
        return EXIT_USAGE;
    }
    r.run_options = S_run_options(&r, r.opts.published, r.opts.base);
    r.opts.run_options = r.run_options;

    ng_error err = {0};
    r.ctx = ng_context_new(&err);
    if (!r.ctx) {
        fprintf(stderr, "newsgraph: %s: %s\n", err.source, err.text);
        free(r.run_options);
        return EXIT_SOME_FAILED;
    }
    if (S_configure(&r, r.ctx, &err) != 0) {
        S_report_config_error(&err);
        ng_context_free(r.ctx);
        free(r.run_options);
        return EXIT_USAGE;
    }
    if (r.errors_path && !(r.errors = fopen(r.errors_path, "w"))) {
        fprintf(stderr, "newsgraph: %s: cannot write: %s\n", r.errors_path, strerror(errno));
        ng_context_free(r.ctx);
        free(r.run_options);
        return EXIT_USAGE;
    }
    /* inputs: directories give their article files */
    char **inputs = NULL;
    size_t n = 0;
    for (int i = 0; i < ninputs; i++) {
        if (strcmp(args[i], "-") != 0 && S_is_dir(args[i])) {
            size_t before = n;
            S_walk(args[i], &inputs, &n);
            if (n == before && !r.quiet)
                fprintf(stderr, "newsgraph: %s: warning: no article files in the directory\n", args[i]);
            continue;
        }
        inputs = realloc(inputs, (n + 1) * sizeof *inputs);
        inputs[n++] = strdup(args[i]);
    }
    for (size_t i = 0; i < n; i++) {
        struct stat st;
        if (strcmp(inputs[i], "-") != 0 && stat(inputs[i], &st) == 0 && S_ISREG(st.st_mode))
            r.bytes_total += st.st_size;
    }
    r.started = S_now();
    r.progress = !r.quiet && isatty(STDERR_FILENO);
    S_make_workers(&r);
    void **states = calloc((size_t)(r.jobs > 1 ? r.jobs : 1), sizeof *states);
    for (int i = 0; i < (r.jobs > 1 ? r.jobs : 1); i++)
        states[i] = &r.workers[i];
    if ((rc = S_open_output(&r)) == EXIT_OK) {
        pool *p = pool_new(r.jobs, (size_t)r.jobs * 8, states, S_work);
        for (size_t i = 0; i < n && !r.pipe_closed; i++)
            S_convert_input(&r, p, inputs[i]);
        S_drain(&r, p, 0);
        pool_free(p);
        S_close_output(&r);
        S_summary(&r);
        rc = r.failed || r.input_failures ? EXIT_SOME_FAILED : EXIT_OK;
    }
    for (size_t i = 0; i < n; i++)
        free(inputs[i]);
    free(inputs);
    for (size_t i = 0; i < r.ntext_sources; i++)
        free(r.text_sources[i]);
    free(r.text_sources);
    S_map_free(&r.identities);
    S_map_free(&r.texts);
    S_map_free(&r.names);
    if (r.errors)
        fclose(r.errors);
    for (int i = 0; r.jobs > 1 && i < r.jobs; i++)
        ng_context_free(r.workers[i].ctx);
    free(r.workers);
    free(states);
    free(r.tmp_path);
    ng_context_free(r.ctx);
    free(r.run_options);
    return rc;
}
