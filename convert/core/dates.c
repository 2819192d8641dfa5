/* dates.c -- calendar arithmetic for resolving "Wednesday" and "Oct. 25"
 * against the article's publication date. Proleptic Gregorian. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

static bool S_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

static int S_days_in_month(int y, int m)
{
    static const int d[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && S_leap(y) ? 29 : d[m - 1];
}

bool ng_date_parse(const char *s, int *y, int *m, int *d)
{
    if (!s || strlen(s) < 10)
        return false;
    for (int i = 0; i < 10; i++) {
        if (i == 4 || i == 7) {
            if (s[i] != '-')
                return false;
        } else if (!isdigit((unsigned char)s[i]))
            return false;
    }
    *y = atoi(s);
    *m = atoi(s + 5);
    *d = atoi(s + 8);
    return *m >= 1 && *m <= 12 && *d >= 1 && *d <= S_days_in_month(*y, *m);
}

/* "30", "Oct", "2024" ... : the next word of a written date (letters or
 * digits), its end in *end. */
static size_t S_date_word(const char *s, size_t i, char *w, size_t cap, size_t *end)
{
    while (s[i] && (isspace((unsigned char)s[i]) || s[i] == ',' || s[i] == '.'))
        i++;
    size_t n = 0;
    bool digits = isdigit((unsigned char)s[i]);
    while (s[i] && (digits ? isdigit((unsigned char)s[i]) : isalpha((unsigned char)s[i]))) {
        if (n + 1 < cap)
            w[n++] = (char)tolower((unsigned char)s[i]);
        i++;
    }
    w[n] = '\0';
    *end = i;
    return n;
}

/* "oct", "october", "sept" -> 10, 10, 9; 0 for other words */
static int S_month_word(const char *w)
{
    char dotted[20];
    snprintf(dotted, sizeof dotted, "%s.", w);
    int m = ng_month_from_name(w);
    return m ? m : ng_month_from_name(dotted);
}

/* "wed", "wednesday" */
static bool S_weekday_word(const char *w)
{
    static const char *const days[] = {"sun", "mon", "tue", "wed", "thu", "fri", "sat"};
    if (ng_weekday_from_name(w) >= 0)
        return true;
    for (int i = 0; i < 7; i++)
        if (strcmp(w, days[i]) == 0)
            return true;
    return false;
}

/* Dates as feeds and pages write them: "Wed, 30 Oct 2024 10:00:00 GMT"
 * (RFC 822/2822, RSS pubDate), "October 30, 2024", "Oct. 30, 2024",
 * "30 October 2024", "2024/10/30". The time and zone are dropped: the
 * date is the one the publisher wrote. */
static bool S_date_written(const char *s, int *y, int *m, int *d)
{
    char w[3][16];
    size_t i = 0, end;
    int k = 0;
    if (sscanf(s, "%4d/%2d/%2d", y, m, d) == 3)
        goto check;
    while (k < 3 && S_date_word(s, i, w[k], sizeof w[k], &end) > 0) {
        i = end;
        /* a leading weekday ("Wed,") says nothing the date does not */
        if (k == 0 && isalpha((unsigned char)w[0][0]) && S_weekday_word(w[0]))
            continue;
        k++;
    }
    if (k < 3)
        return false;
    if (isdigit((unsigned char)w[0][0]) && (*m = S_month_word(w[1])) > 0 && isdigit((unsigned char)w[2][0])) {
        *d = atoi(w[0]);   /* 30 Oct 2024 */
        *y = atoi(w[2]);
    } else if ((*m = S_month_word(w[0])) > 0 && isdigit((unsigned char)w[1][0]) &&
               isdigit((unsigned char)w[2][0])) {
        *d = atoi(w[1]);   /* October 30, 2024 */
        *y = atoi(w[2]);
    } else
        return false;
    if (strlen(w[2]) == 2)
        *y += *y < 70 ? 2000 : 1900;   /* RFC 822's two-digit years */
    else if (strlen(w[2]) != 4)
        return false;
check:
    return *y >= 1 && *m >= 1 && *m <= 12 && *d >= 1 && *d <= S_days_in_month(*y, *m);
}

bool ng_date_normalize(const char *s, char out[11])
{
    int y, m, d;
    while (s && isspace((unsigned char)*s))
        s++;
    if (!s || (!ng_date_parse(s, &y, &m, &d) && !S_date_written(s, &y, &m, &d)))
        return false;
    snprintf(out, 11, "%04d-%02d-%02d", y, m, d);
    return true;
}

/* Sakamoto's method: 0 = Sunday. */
int ng_date_weekday_of(int y, int m, int d)
{
    static const int t[] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
    if (m < 3)
        y -= 1;
    return (y + y / 4 - y / 100 + y / 400 + t[m - 1] + d) % 7;
}

void ng_date_add_days(int *y, int *m, int *d, int days)
{
    while (days > 0) {
        if (++*d > S_days_in_month(*y, *m)) {
            *d = 1;
            if (++*m > 12) {
                *m = 1;
                ++*y;
            }
        }
        days--;
    }
    while (days < 0) {
        if (--*d < 1) {
            if (--*m < 1) {
                *m = 12;
                --*y;
            }
            *d = S_days_in_month(*y, *m);
        }
        days++;
    }
}

bool ng_date_weekday(const char *published, int weekday, bool past, char out[11])
{
    int y, m, d;
    if (!ng_date_parse(published, &y, &m, &d) || weekday < 0 || weekday > 6)
        return false;
    int w = ng_date_weekday_of(y, m, d);
    int delta = past ? -((w - weekday + 7) % 7) : ((weekday - w + 7) % 7);
    if (!past && delta == 0)
        delta = 7;
    ng_date_add_days(&y, &m, &d, delta);
    snprintf(out, 11, "%04d-%02d-%02d", y, m, d);
    return true;
}

int ng_weekday_from_name(const char *f)
{
    static const char *const names[] = {"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"};
    for (int i = 0; i < 7; i++)
        if (strcmp(f, names[i]) == 0)
            return i;
    return -1;
}

int ng_month_from_name(const char *f)
{
    static const char *const names[] = {"january", "february", "march", "april", "may", "june", "july",
                                        "august", "september", "october", "november", "december"};
    static const char *const abbr[] = {"jan.", "feb.", "mar.", "apr.", "may", "jun.", "jul.",
                                       "aug.", "sept.", "oct.", "nov.", "dec."};
    for (int i = 0; i < 12; i++)
        if (strcmp(f, names[i]) == 0 || strcmp(f, abbr[i]) == 0)
            return i + 1;
    if (strcmp(f, "sep.") == 0)
        return 9;
    return 0;
}
