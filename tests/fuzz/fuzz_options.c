/* fuzz_options.c -- libFuzzer harness for convert's command line: the
 * input, cut at NUL bytes, is the argument list; the options are parsed and
 * checked as `newsgraph convert` does, with no file read or written. Its
 * messages go to /dev/null during the call (a crash still leaves its input
 * in the findings). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <unistd.h>

#include "cli.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t len);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t len)
{
    static int quiet = -1;
    if (quiet < 0) {
        quiet = open("/dev/null", O_WRONLY);
        if (!freopen("/dev/null", "w", stdout))
            abort();
    }
    if (len > 4096)
        return 0;
    char *buf = malloc(len + 1);
    memcpy(buf, data, len);
    buf[len] = 0;
    char *argv[66];
    int argc = 0;
    argv[argc++] = "convert";
    for (size_t i = 0; i <= len && argc < 64;) {
        argv[argc++] = buf + i;
        i += strlen(buf + i) + 1;
    }
    argv[argc] = NULL;
    int saved = dup(2);
    dup2(quiet, 2);
    cmd_convert_check_options(argc, argv);
    fflush(stdout);
    dup2(saved, 2);
    close(saved);
    free(buf);
    return 0;
}
