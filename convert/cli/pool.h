/* pool.h -- an ordered work pool for the command line (pool.c). */
#ifndef NG_POOL_H
#define NG_POOL_H

#include <stdbool.h>
#include <stddef.h>

typedef struct pool pool;
/* Runs a job with the state of the thread running it. */
typedef void (*pool_work_fn)(void *state, void *job);

/* nthreads <= 1 runs each job inline when submitted, with states[0];
 * otherwise states[i] belongs to thread i. At most capacity jobs are
 * submitted and not taken back. */
pool *pool_new(int nthreads, size_t capacity, void **states, pool_work_fn work);
bool pool_full(const pool *p);
size_t pool_pending(const pool *p);
void pool_submit(pool *p, void *job);
/* The oldest job submitted, once done (waits); NULL when none is pending. */
void *pool_take(pool *p);
/* Stops the threads (after the jobs started) and frees the pool. */
void pool_free(pool *p);

#endif
