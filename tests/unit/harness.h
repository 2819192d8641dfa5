/* harness.h -- a tiny test harness in the manner of cmark's api_test. */
#ifndef NG_TEST_HARNESS_H
#define NG_TEST_HARNESS_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int g_failures, g_checks;

#define CHECK(cond)                                                                   \
    do {                                                                              \
        g_checks++;                                                                   \
        if (!(cond)) {                                                                \
            g_failures++;                                                             \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
        }                                                                             \
    } while (0)

#define CHECK_STR(got, want)                                                                         \
    do {                                                                                             \
        const char *g_ = (got), *w_ = (want);                                                        \
        g_checks++;                                                                                  \
        if (!g_ || !w_ || strcmp(g_, w_) != 0) {                                                     \
            g_failures++;                                                                            \
            fprintf(stderr, "%s:%d: got \"%s\", want \"%s\"\n", __FILE__, __LINE__, g_ ? g_ : "(null)", \
                    w_ ? w_ : "(null)");                                                             \
        }                                                                                            \
    } while (0)

#define CHECK_INT(got, want)                                                                               \
    do {                                                                                                   \
        long long g_ = (long long)(got), w_ = (long long)(want);                                           \
        g_checks++;                                                                                        \
        if (g_ != w_) {                                                                                    \
            g_failures++;                                                                                  \
            fprintf(stderr, "%s:%d: %s: got %lld, want %lld\n", __FILE__, __LINE__, #got, g_, w_);        \
        }                                                                                                  \
    } while (0)

static int test_report(const char *name)
{
    fprintf(stderr, "%s: %d checks, %d failed\n", name, g_checks, g_failures);
    return g_failures ? 1 : 0;
}

#endif
