/* pool.c -- an ordered work pool: jobs go to N threads and come back in the
 * order they were submitted, so a parallel run writes exactly what a run on
 * one thread writes. With no threads, a job runs when it is submitted. */
#include <pthread.h>
#include <stdlib.h>

#include "pool.h"

typedef struct slot {
    void *job;
    bool done;
} slot;

struct pool {
    pool_work_fn work;
    void **states;           /* one per thread (or one, inline) */
    int nthreads;
    pthread_t *threads;
    pthread_mutex_t lock;
    pthread_cond_t more;     /* a job was submitted, or the pool stops */
    pthread_cond_t done;     /* a job finished */
    slot *ring;              /* submitted and not yet taken back */
    size_t cap, head, count; /* ring[head] is the oldest */
    size_t next;             /* ring position of the next job to start */
    size_t started;          /* jobs of the ring started */
    bool stop;
};

static void *S_thread(void *arg);

typedef struct {
    pool *p;
    int index;
} thread_arg;

pool *pool_new(int nthreads, size_t capacity, void **states, pool_work_fn work)
{
    pool *p = calloc(1, sizeof *p);
    if (!p)
        abort();
    p->work = work;
    p->states = states;
    p->nthreads = nthreads > 1 ? nthreads : 0;
    p->cap = capacity > 0 ? capacity : 1;
    p->ring = calloc(p->cap, sizeof *p->ring);
    if (!p->ring)
        abort();
    pthread_mutex_init(&p->lock, NULL);
    pthread_cond_init(&p->more, NULL);
    pthread_cond_init(&p->done, NULL);
    if (p->nthreads) {
        p->threads = calloc((size_t)p->nthreads, sizeof *p->threads);
        for (int i = 0; i < p->nthreads; i++) {
            thread_arg *a = malloc(sizeof *a);
            if (!p->threads || !a)
                abort();
            a->p = p;
            a->index = i;
            if (pthread_create(&p->threads[i], NULL, S_thread, a) != 0)
                abort();
        }
    }
    return p;
}

static void *S_thread(void *arg)
{
    thread_arg a = *(thread_arg *)arg;
    free(arg);
    pool *p = a.p;
    pthread_mutex_lock(&p->lock);
    for (;;) {
        while (!p->stop && p->started == p->count)
            pthread_cond_wait(&p->more, &p->lock);
        if (p->stop && p->started == p->count)
            break;
        size_t pos = (p->head + p->started) % p->cap;
        p->started++;
        void *job = p->ring[pos].job;
        pthread_mutex_unlock(&p->lock);
        p->work(p->states[a.index], job);
        pthread_mutex_lock(&p->lock);
        p->ring[pos].done = true;
        pthread_cond_broadcast(&p->done);
    }
    pthread_mutex_unlock(&p->lock);
    return NULL;
}

bool pool_full(const pool *p) { return p->count == p->cap; }

size_t pool_pending(const pool *p) { return p->count; }

void pool_submit(pool *p, void *job)
{
    if (!p->nthreads) {
        p->work(p->states[0], job);
        p->ring[(p->head + p->count) % p->cap] = (slot){job, true};
        p->count++;
        p->started++;
        return;
    }
    pthread_mutex_lock(&p->lock);
    p->ring[(p->head + p->count) % p->cap] = (slot){job, false};
    p->count++;
    pthread_cond_signal(&p->more);
    pthread_mutex_unlock(&p->lock);
}

void *pool_take(pool *p)
{
    if (p->count == 0)
        return NULL;
    pthread_mutex_lock(&p->lock);
    while (!p->ring[p->head].done)
        pthread_cond_wait(&p->done, &p->lock);
    void *job = p->ring[p->head].job;
    p->head = (p->head + 1) % p->cap;
    p->count--;
    p->started--;
    pthread_mutex_unlock(&p->lock);
    return job;
}

void pool_free(pool *p)
{
    if (!p)
        return;
    pthread_mutex_lock(&p->lock);
    p->stop = true;
    pthread_cond_broadcast(&p->more);
    pthread_mutex_unlock(&p->lock);
    for (int i = 0; i < p->nthreads; i++)
        pthread_join(p->threads[i], NULL);
    free(p->threads);
    pthread_mutex_destroy(&p->lock);
    pthread_cond_destroy(&p->more);
    pthread_cond_destroy(&p->done);
    free(p->ring);
    free(p);
}
