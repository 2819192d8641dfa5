/* validate_schema.c -- JSON Schema (draft 2020-12) validation with Jansson.
 *
 * Implemented keywords: $schema, $id, $defs, $ref (to a JSON pointer in the
 * same document), $comment, title, description, examples, default; type,
 * enum, const; properties, required, additionalProperties,
 * patternProperties, minProperties, maxProperties; items, prefixItems,
 * contains, minContains, maxContains, minItems, maxItems, uniqueItems;
 * minLength, maxLength, pattern; minimum, maximum, exclusiveMinimum,
 * exclusiveMaximum, multipleOf; allOf, anyOf, oneOf, not, if/then/else;
 * format "date", "date-time" and "uri" (asserted, as ajv-formats does).
 * The schema is walked first and any other keyword or format is an error:
 * a validator that skips a keyword it does not know says "valid" about
 * documents that are not.
 *
 * Patterns are ECMA-262 regular expressions; they are translated to POSIX
 * extended ones (\d, \s, \w and their negations, escapes); constructs
 * POSIX cannot express (look-around, back references, lazy quantifiers)
 * are refused. */
#include <math.h>
#include <stdarg.h>
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "validate.h"

typedef struct {
    json_t *root;
    ng_report_fn report;
    void *rdata;
    ng_error *err;
    long errors;
    bool broken; /* the schema itself is unusable */
    int depth;   /* nested calls: instance depth and $ref chains */
} validator;

/* Deeper documents or $ref chains are refused rather than followed down
 * the C stack. */
#define MAX_DEPTH 200

static const char *const KEYWORDS[] = {
    "$schema", "$id", "$defs", "definitions", "$ref", "$comment", "title", "description", "examples", "default",
    "type", "enum", "const", "properties", "required", "additionalProperties", "patternProperties",
    "minProperties", "maxProperties", "items", "prefixItems", "contains", "minContains", "maxContains",
    "minItems", "maxItems", "uniqueItems", "minLength", "maxLength", "pattern", "minimum", "maximum",
    "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "allOf", "anyOf", "oneOf", "not", "if", "then",
    "else", "format", "deprecated", "readOnly", "writeOnly", NULL};

__attribute__((format(printf, 3, 4))) static void S_broken(validator *v, const char *spath, const char *fmt, ...)
{
    if (v->broken)
        return;
    char msg[600];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    ng_error_set(v->err, "schema", 0, 0, "#%s: %s", spath, msg);
    v->broken = true;
}

/* ---- ECMA-262 pattern -> POSIX ERE -------------------------------------- */

static bool S_translate_pattern(const char *src, char *out, size_t n)
{
    size_t k = 0;
#define PUT(s)                                                                                                         \
    do {                                                                                                               \
        size_t l_ = strlen(s);                                                                                         \
        if (k + l_ + 1 >= n)                                                                                           \
            return false;                                                                                              \
        memcpy(out + k, s, l_);                                                                                        \
        k += l_;                                                                                                       \
    } while (0)
    bool in_class = false;
    for (const char *p = src; *p; p++) {
        if (*p == '\\') {
            p++;
            char c = *p;
            if (!c)
                return false;
            const char *rep = NULL;
            char lit[4] = {0};
            switch (c) {
            case 'd': rep = in_class ? "0-9" : "[0-9]"; break;
            case 'D': rep = in_class ? NULL : "[^0-9]"; break;
            case 's': rep = in_class ? "[:space:]" : "[[:space:]]"; break;
            case 'S': rep = in_class ? NULL : "[^[:space:]]"; break;
            case 'w': rep = in_class ? "[:alnum:]_" : "[[:alnum:]_]"; break;
            case 'W': rep = in_class ? NULL : "[^[:alnum:]_]"; break;
            case 'n': rep = "\n"; break;
            case 't': rep = "\t"; break;
            case 'b': case 'B': case 'k': case 'p': case 'P': case 'u': case 'x': case 'c': return false;
            default:
                if (c >= '1' && c <= '9')
                    return false; /* back reference */
                if (in_class) {
                    /* inside POSIX brackets a backslash is literal and so
                     * is '^' unless first; ']' and '-' would need moving */
                    if (c == ']' || c == '-' || (c == '^' && k > 0 && out[k - 1] == '['))
                        return false;
                    lit[0] = c;
                } else {
                    lit[0] = '\\';
                    lit[1] = c;
                }
                rep = lit;
            }
            if (!rep)
                return false;
            PUT(rep);
            continue;
        }
        if (in_class) {
            if (*p == ']')
                in_class = false;
            char lit[2] = {*p, 0};
            PUT(lit);
            continue;
        }
        if (*p == '[') {
            in_class = true;
            PUT("[");
            if (p[1] == '^') {
                PUT("^");
                p++;
            }
            if (p[1] == ']') { /* a literal ']' first */
                PUT("]");
                p++;
            }
            continue;
        }
        if (*p == '(' && p[1] == '?')
            return false; /* look-around, non-capturing groups, named groups */
        if ((*p == '*' || *p == '+' || *p == '?' || *p == '}') && p[1] == '?')
            return false; /* lazy quantifier */
        char lit[2] = {*p, 0};
        PUT(lit);
    }
    out[k] = '\0';
    return !in_class;
#undef PUT
}

static int S_pattern_match(validator *v, const char *pattern, const char *text, const char *spath)
{
    char posix[2048];
    regex_t re;
    if (!S_translate_pattern(pattern, posix, sizeof posix) || regcomp(&re, posix, REG_EXTENDED | REG_NOSUB) != 0) {
        S_broken(v, spath, "pattern /%s/ uses a construct this validator does not implement", pattern);
        return -1;
    }
    int rc = regexec(&re, text, 0, NULL, 0) == 0;
    regfree(&re);
    return rc;
}

/* ---- formats ------------------------------------------------------------- */

static bool S_digits(const char *s, int n)
{
    for (int i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9')
            return false;
    return true;
}

static bool S_date(const char *s)
{
    if (strlen(s) < 10 || !S_digits(s, 4) || s[4] != '-' || !S_digits(s + 5, 2) || s[7] != '-' || !S_digits(s + 8, 2))
        return false;
    int y = atoi(s), m = atoi(s + 5), d = atoi(s + 8);
    static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12 || d < 1 || d > days[m - 1])
        return false;
    return !(m == 2 && d == 29 && !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0));
}

static bool S_format_ok(const char *format, const char *s)
{
    if (strcmp(format, "date") == 0)
        return strlen(s) == 10 && S_date(s);
    if (strcmp(format, "date-time") == 0) {
        if (strlen(s) < 20 || !S_date(s) || (s[10] != 'T' && s[10] != 't') || !S_digits(s + 11, 2) || s[13] != ':' ||
            !S_digits(s + 14, 2) || s[16] != ':' || !S_digits(s + 17, 2))
            return false;
        if (atoi(s + 11) > 23 || atoi(s + 14) > 59 || atoi(s + 17) > 60)
            return false;
        const char *p = s + 19;
        if (*p == '.') {
            p++;
            if (!S_digits(p, 1))
                return false;
            while (*p >= '0' && *p <= '9')
                p++;
        }
        if (*p == 'Z' || *p == 'z')
            return p[1] == '\0';
        return (*p == '+' || *p == '-') && strlen(p) == 6 && S_digits(p + 1, 2) && p[3] == ':' && S_digits(p + 4, 2);
    }
    if (strcmp(format, "uri") == 0) {
        /* scheme ":" and no character a URI cannot hold */
        const char *c = strchr(s, ':');
        if (!c || c == s || !((s[0] >= 'a' && s[0] <= 'z') || (s[0] >= 'A' && s[0] <= 'Z')))
            return false;
        for (const char *p = s; p < c; p++)
            if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') || *p == '+' ||
                  *p == '-' || *p == '.'))
                return false;
        for (const unsigned char *p = (const unsigned char *)s; *p; p++)
            if (*p <= 0x20 || *p >= 0x7f || strchr("<>\"{}|\\^`", *p))
                return false;
        return true;
    }
    return false;
}

/* ---- checking the schema ------------------------------------------------- */

static void S_walk(validator *v, json_t *schema, char *spath, size_t plen);

static void S_walk_child(validator *v, json_t *sub, char *spath, size_t plen, const char *k1, const char *k2)
{
    size_t l = strlen(spath);
    snprintf(spath + l, plen - l, k2 ? "/%s/%s" : "/%s", k1, k2);
    S_walk(v, sub, spath, plen);
    spath[l] = '\0';
}

static void S_walk(validator *v, json_t *schema, char *spath, size_t plen)
{
    if (v->broken || json_is_boolean(schema))
        return;
    if (!json_is_object(schema)) {
        S_broken(v, spath, "%s", "a schema must be an object or a boolean");
        return;
    }
    const char *key;
    json_t *val;
    json_object_foreach(schema, key, val)
    {
        bool known = false;
        for (int k = 0; KEYWORDS[k] && !known; k++)
            known = strcmp(key, KEYWORDS[k]) == 0;
        if (!known) {
            S_broken(v, spath, "keyword '%s' is not implemented by this validator", key);
            return;
        }
        if (!strcmp(key, "properties") || !strcmp(key, "patternProperties") || !strcmp(key, "$defs") ||
            !strcmp(key, "definitions")) {
            const char *name;
            json_t *sub;
            json_object_foreach(val, name, sub) S_walk_child(v, sub, spath, plen, key, name);
        } else if (!strcmp(key, "allOf") || !strcmp(key, "anyOf") || !strcmp(key, "oneOf") ||
                   !strcmp(key, "prefixItems")) {
            size_t i;
            json_t *sub;
            char num[24];
            if (!json_is_array(val) || json_array_size(val) == 0)
                S_broken(v, spath, "'%s' must be a non-empty array", key);
            json_array_foreach(val, i, sub)
            {
                snprintf(num, sizeof num, "%zu", i);
                S_walk_child(v, sub, spath, plen, key, num);
            }
        } else if (!strcmp(key, "items") || !strcmp(key, "contains") || !strcmp(key, "not") || !strcmp(key, "if") ||
                   !strcmp(key, "then") || !strcmp(key, "else") || !strcmp(key, "additionalProperties")) {
            S_walk_child(v, val, spath, plen, key, NULL);
        } else if (!strcmp(key, "format")) {
            const char *f = json_string_value(val);
            if (!f || (strcmp(f, "date") && strcmp(f, "date-time") && strcmp(f, "uri")))
                S_broken(v, spath, "format '%s' is not implemented by this validator", f ? f : "?");
        } else if (!strcmp(key, "pattern")) {
            char posix[2048];
            const char *p = json_string_value(val);
            regex_t re;
            if (!p || !S_translate_pattern(p, posix, sizeof posix) || regcomp(&re, posix, REG_EXTENDED | REG_NOSUB))
                S_broken(v, spath, "pattern /%s/ uses a construct this validator does not implement", p ? p : "?");
            else
                regfree(&re);
        } else if (!strcmp(key, "$ref")) {
            const char *r = json_string_value(val);
            if (!r || r[0] != '#')
                S_broken(v, spath, "$ref '%s' is not a reference inside this schema", r ? r : "?");
        } else if (!strcmp(key, "type")) {
            static const char *const types[] = {"null", "boolean", "object", "array", "number", "string", "integer", NULL};
            json_t *arr = json_is_array(val) ? json_incref(val) : json_pack("[O]", val);
            size_t i;
            json_t *t;
            json_array_foreach(arr, i, t)
            {
                bool ok = false;
                for (int k = 0; types[k] && !ok; k++)
                    ok = json_is_string(t) && strcmp(json_string_value(t), types[k]) == 0;
                if (!ok)
                    S_broken(v, spath, "'%s' is not a JSON Schema type", json_is_string(t) ? json_string_value(t) : "?");
            }
            json_decref(arr);
        }
    }
}

/* ---- validating an instance ---------------------------------------------- */

static bool S_validate(validator *v, json_t *schema, json_t *inst, char *ipath, size_t plen, const char *spath,
                       bool quiet);

__attribute__((format(printf, 5, 6))) static void S_error(validator *v, bool quiet, const char *ipath,
                                                          const char *keyword, const char *fmt, ...)
{
    v->errors++;
    if (quiet || !v->report)
        return;
    char msg[800];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    /* a long pointer keeps its two ends */
    size_t n = strlen(ipath);
    char shortened[160];
    if (n > 120)
        snprintf(shortened, sizeof shortened, "%.50s...%s", ipath, ipath + n - 60);
    ng_problem pr = {.where = n > 120 ? shortened : ipath[0] ? ipath : "/", .path = "", .constraint = keyword,
                     .message = msg};
    v->report(v->rdata, &pr);
}

static const char *S_type_name(json_t *x)
{
    switch (json_typeof(x)) {
    case JSON_OBJECT: return "object";
    case JSON_ARRAY: return "array";
    case JSON_STRING: return "string";
    case JSON_INTEGER: return "integer";
    case JSON_REAL: return "number";
    case JSON_TRUE:
    case JSON_FALSE: return "boolean";
    default: return "null";
    }
}

static bool S_is_type(json_t *x, const char *t)
{
    if (!strcmp(t, "integer"))
        return json_is_integer(x) || (json_is_real(x) && floor(json_real_value(x)) == json_real_value(x));
    if (!strcmp(t, "number"))
        return json_is_number(x);
    return !strcmp(t, S_type_name(x)) || (!strcmp(t, "boolean") && json_is_boolean(x));
}

/* JSON Schema equality: 1 and 1.0 are the same number. */
static bool S_equal(json_t *a, json_t *b)
{
    if (json_is_number(a) && json_is_number(b))
        return json_number_value(a) == json_number_value(b);
    if (json_is_array(a) && json_is_array(b)) {
        if (json_array_size(a) != json_array_size(b))
            return false;
        for (size_t i = 0; i < json_array_size(a); i++)
            if (!S_equal(json_array_get(a, i), json_array_get(b, i)))
                return false;
        return true;
    }
    if (json_is_object(a) && json_is_object(b)) {
        if (json_object_size(a) != json_object_size(b))
            return false;
        const char *k;
        json_t *x;
        json_object_foreach(a, k, x)
        {
            json_t *y = json_object_get(b, k);
            if (!y || !S_equal(x, y))
                return false;
        }
        return true;
    }
    return json_equal(a, b);
}

static json_t *S_resolve(validator *v, const char *ref)
{
    /* "#" or "#/a/b" with ~0 ~1 escapes */
    json_t *cur = v->root;
    const char *p = ref + 1;
    while (*p == '/' && cur) {
        p++;
        char tok[256];
        size_t k = 0;
        while (*p && *p != '/' && k + 1 < sizeof tok) {
            if (p[0] == '~' && p[1] == '0')
                tok[k++] = '~', p += 2;
            else if (p[0] == '~' && p[1] == '1')
                tok[k++] = '/', p += 2;
            else
                tok[k++] = *p++;
        }
        tok[k] = '\0';
        cur = json_is_array(cur) ? json_array_get(cur, (size_t)atol(tok)) : json_object_get(cur, tok);
    }
    return *p ? NULL : cur;
}

static void S_append(char *ipath, size_t plen, const char *seg)
{
    size_t l = strlen(ipath);
    char esc[512];
    size_t k = 0;
    for (const char *s = seg; *s && k + 3 < sizeof esc; s++) {
        if (*s == '~')
            esc[k++] = '~', esc[k++] = '0';
        else if (*s == '/')
            esc[k++] = '~', esc[k++] = '1';
        else
            esc[k++] = *s;
    }
    esc[k] = '\0';
    snprintf(ipath + l, plen - l, "/%s", esc);
}

static bool S_validate_at(validator *v, json_t *schema, json_t *inst, char *ipath, size_t plen, const char *spath,
                          bool quiet);

static bool S_validate(validator *v, json_t *schema, json_t *inst, char *ipath, size_t plen, const char *spath,
                       bool quiet)
{
    if (v->depth >= MAX_DEPTH) {
        S_error(v, quiet, ipath, "depth", "nested deeper than %d levels (values or $ref chains)", MAX_DEPTH);
        return false;
    }
    v->depth++;
    bool ok = S_validate_at(v, schema, inst, ipath, plen, spath, quiet);
    v->depth--;
    return ok;
}

static bool S_validate_at(validator *v, json_t *schema, json_t *inst, char *ipath, size_t plen, const char *spath,
                          bool quiet)
{
    if (json_is_true(schema))
        return true;
    if (json_is_false(schema)) {
        S_error(v, quiet, ipath, "false", "no value is allowed here%s%s", "", "");
        return false;
    }
    long before = v->errors;
    char a[600], b[600];
    size_t ilen = strlen(ipath);
    json_t *x;
    if ((x = json_object_get(schema, "$ref"))) {
        json_t *target = S_resolve(v, json_string_value(x));
        if (!target)
            S_broken(v, spath, "$ref '%s' points nowhere", json_string_value(x));
        else
            S_validate(v, target, inst, ipath, plen, json_string_value(x) + 1, quiet);
    }
    if ((x = json_object_get(schema, "type"))) {
        bool ok = false;
        json_t *arr = json_is_array(x) ? json_incref(x) : json_pack("[O]", x);
        size_t i;
        json_t *t;
        a[0] = '\0';
        json_array_foreach(arr, i, t)
        {
            ok = ok || S_is_type(inst, json_string_value(t));
            size_t l = strlen(a);
            snprintf(a + l, sizeof a - l, "%s%s", i ? " or " : "", json_string_value(t));
        }
        json_decref(arr);
        if (!ok) {
            S_error(v, quiet, ipath, "type", "expected %s, found %s", a, S_type_name(inst));
            return false; /* the other keywords would only repeat it */
        }
    }
    if ((x = json_object_get(schema, "const")) && !S_equal(x, inst)) {
        char *want = json_dumps(x, JSON_ENCODE_ANY | JSON_COMPACT);
        S_error(v, quiet, ipath, "const", "expected %s%s", want ? want : "?", "");
        free(want);
    }
    if ((x = json_object_get(schema, "enum"))) {
        bool found = false;
        for (size_t i = 0; i < json_array_size(x) && !found; i++)
            found = S_equal(json_array_get(x, i), inst);
        if (!found) {
            char *got = json_dumps(inst, JSON_ENCODE_ANY | JSON_COMPACT);
            snprintf(b, sizeof b, "%zu", json_array_size(x));
            S_error(v, quiet, ipath, "enum", "%.200s is not one of the %s allowed values", got ? got : "?", b);
            free(got);
        }
    }
    if (json_is_string(inst)) {
        const char *s = json_string_value(inst);
        long len = 0;
        for (const unsigned char *p = (const unsigned char *)s; *p; p++)
            len += (*p & 0xC0) != 0x80;
        if ((x = json_object_get(schema, "minLength")) && len < json_integer_value(x)) {
            snprintf(a, sizeof a, "%lld", (long long)json_integer_value(x));
            snprintf(b, sizeof b, "%ld", len);
            S_error(v, quiet, ipath, "minLength", "expected at least %s characters, found %s", a, b);
        }
        if ((x = json_object_get(schema, "maxLength")) && len > json_integer_value(x)) {
            snprintf(a, sizeof a, "%lld", (long long)json_integer_value(x));
            snprintf(b, sizeof b, "%ld", len);
            S_error(v, quiet, ipath, "maxLength", "expected at most %s characters, found %s", a, b);
        }
        if ((x = json_object_get(schema, "pattern"))) {
            int m = S_pattern_match(v, json_string_value(x), s, spath);
            if (m == 0)
                S_error(v, quiet, ipath, "pattern", "\"%.200s\" does not match /%s/", s, json_string_value(x));
        }
        if ((x = json_object_get(schema, "format")) && !S_format_ok(json_string_value(x), s))
            S_error(v, quiet, ipath, "format", "\"%.200s\" is not a valid %s", s, json_string_value(x));
    }
    if (json_is_number(inst)) {
        double d = json_number_value(inst);
        static const char *const bounds[] = {"minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"};
        for (int k = 0; k < 4; k++)
            if ((x = json_object_get(schema, bounds[k]))) {
                double lim = json_number_value(x);
                bool bad = k == 0 ? d < lim : k == 1 ? d > lim : k == 2 ? d <= lim : d >= lim;
                if (bad) {
                    snprintf(a, sizeof a, "%s %g", k == 0 ? ">=" : k == 1 ? "<=" : k == 2 ? ">" : "<", lim);
                    snprintf(b, sizeof b, "%g", d);
                    S_error(v, quiet, ipath, bounds[k], "expected a number %s, found %s", a, b);
                }
            }
        if ((x = json_object_get(schema, "multipleOf"))) {
            double q = d / json_number_value(x);
            if (fabs(q - round(q)) > 1e-9) {
                snprintf(a, sizeof a, "%g", json_number_value(x));
                snprintf(b, sizeof b, "%g", d);
                S_error(v, quiet, ipath, "multipleOf", "expected a multiple of %s, found %s", a, b);
            }
        }
    }
    if (json_is_object(inst)) {
        json_t *props = json_object_get(schema, "properties");
        json_t *pprops = json_object_get(schema, "patternProperties");
        json_t *addl = json_object_get(schema, "additionalProperties");
        if ((x = json_object_get(schema, "required"))) {
            size_t i;
            json_t *r;
            json_array_foreach(x, i, r) if (!json_object_get(inst, json_string_value(r)))
                S_error(v, quiet, ipath, "required", "missing property '%s'%s", json_string_value(r), "");
        }
        static const char *const counts[] = {"minProperties", "maxProperties"};
        for (int k = 0; k < 2; k++)
            if ((x = json_object_get(schema, counts[k]))) {
                long want = (long)json_integer_value(x), n = (long)json_object_size(inst);
                if (k == 0 ? n < want : n > want) {
                    snprintf(a, sizeof a, "%s %ld", k ? "at most" : "at least", want);
                    snprintf(b, sizeof b, "%ld", n);
                    S_error(v, quiet, ipath, counts[k], "expected %s properties, found %s", a, b);
                }
            }
        const char *key;
        json_t *val;
        json_object_foreach(inst, key, val)
        {
            bool matched = false;
            S_append(ipath, plen, key);
            json_t *ps = props ? json_object_get(props, key) : NULL;
            if (ps) {
                matched = true;
                S_validate(v, ps, val, ipath, plen, spath, quiet);
            }
            const char *pat;
            json_t *psch;
            if (pprops)
                json_object_foreach(pprops, pat, psch)
                {
                    if (S_pattern_match(v, pat, key, spath) == 1) {
                        matched = true;
                        S_validate(v, psch, val, ipath, plen, spath, quiet);
                    }
                }
            if (!matched && addl) {
                if (json_is_false(addl)) {
                    ipath[ilen] = '\0';
                    S_error(v, quiet, ipath, "additionalProperties", "property '%s' is not allowed%s", key, "");
                } else {
                    S_validate(v, addl, val, ipath, plen, spath, quiet);
                }
            }
            ipath[ilen] = '\0';
        }
    }
    if (json_is_array(inst)) {
        size_t n = json_array_size(inst);
        json_t *prefix = json_object_get(schema, "prefixItems");
        size_t np = prefix ? json_array_size(prefix) : 0;
        json_t *items = json_object_get(schema, "items");
        for (size_t i = 0; i < n; i++) {
            char num[24];
            snprintf(num, sizeof num, "%zu", i);
            S_append(ipath, plen, num);
            if (i < np)
                S_validate(v, json_array_get(prefix, i), json_array_get(inst, i), ipath, plen, spath, quiet);
            else if (items)
                S_validate(v, items, json_array_get(inst, i), ipath, plen, spath, quiet);
            ipath[ilen] = '\0';
        }
        static const char *const sizes[] = {"minItems", "maxItems"};
        for (int k = 0; k < 2; k++)
            if ((x = json_object_get(schema, sizes[k]))) {
                long want = (long)json_integer_value(x);
                if (k == 0 ? (long)n < want : (long)n > want) {
                    snprintf(a, sizeof a, "%s %ld", k ? "at most" : "at least", want);
                    snprintf(b, sizeof b, "%zu", n);
                    S_error(v, quiet, ipath, sizes[k], "expected %s items, found %s", a, b);
                }
            }
        if ((x = json_object_get(schema, "contains"))) {
            long hits = 0, e0 = v->errors;
            for (size_t i = 0; i < n; i++)
                hits += S_validate(v, x, json_array_get(inst, i), ipath, plen, spath, true);
            v->errors = e0;
            json_t *mn = json_object_get(schema, "minContains"), *mx = json_object_get(schema, "maxContains");
            long lo = mn ? (long)json_integer_value(mn) : 1, hi = mx ? (long)json_integer_value(mx) : -1;
            if (hits < lo || (hi >= 0 && hits > hi)) {
                snprintf(a, sizeof a, "%ld", hits);
                S_error(v, quiet, ipath, "contains", "%s items match the 'contains' schema%s", a,
                        hi >= 0 ? ", outside the allowed range" : ", too few");
            }
        }
        if ((x = json_object_get(schema, "uniqueItems")) && json_is_true(x))
            for (size_t i = 0; i < n; i++)
                for (size_t j = i + 1; j < n; j++)
                    if (S_equal(json_array_get(inst, i), json_array_get(inst, j))) {
                        snprintf(a, sizeof a, "%zu", i);
                        snprintf(b, sizeof b, "%zu", j);
                        S_error(v, quiet, ipath, "uniqueItems", "items %s and %s are equal", a, b);
                        i = j = n;
                    }
    }
    /* combinations */
    if ((x = json_object_get(schema, "allOf"))) {
        size_t i;
        json_t *sub;
        json_array_foreach(x, i, sub) S_validate(v, sub, inst, ipath, plen, spath, quiet);
    }
    static const char *const alts[] = {"anyOf", "oneOf"};
    for (int k = 0; k < 2; k++)
        if ((x = json_object_get(schema, alts[k]))) {
            size_t ok = 0, i;
            json_t *sub;
            json_array_foreach(x, i, sub)
            {
                long e0 = v->errors;
                if (S_validate(v, sub, inst, ipath, plen, spath, true))
                    ok++;
                v->errors = e0;
            }
            if (k == 0 ? ok == 0 : ok != 1) {
                snprintf(a, sizeof a, "%zu", ok);
                snprintf(b, sizeof b, "%zu", json_array_size(x));
                S_error(v, quiet, ipath, alts[k],
                        k == 0 ? "matches %s of the %s allowed schemas" : "matches %s of the %s schemas, expected exactly one",
                        a, b);
            }
        }
    if ((x = json_object_get(schema, "not"))) {
        long e0 = v->errors;
        bool ok = S_validate(v, x, inst, ipath, plen, spath, true);
        v->errors = e0;
        if (ok)
            S_error(v, quiet, ipath, "not", "matches a schema it must not match%s%s", "", "");
    }
    if ((x = json_object_get(schema, "if"))) {
        long e0 = v->errors;
        bool cond = S_validate(v, x, inst, ipath, plen, spath, true);
        v->errors = e0;
        json_t *branch = json_object_get(schema, cond ? "then" : "else");
        if (branch)
            S_validate(v, branch, inst, ipath, plen, spath, quiet);
    }
    return v->errors == before;
}

long ng_json_schema_validate(json_t *schema, json_t *instance, ng_report_fn report, void *rdata, ng_error *err)
{
    validator v = {.root = schema, .report = report, .rdata = rdata, .err = err};
    char spath[1024] = "";
    S_walk(&v, schema, spath, sizeof spath);
    if (v.broken)
        return -1;
    json_t *declared = json_object_get(schema, "$schema");
    if (declared && strcmp(json_string_value(declared) ? json_string_value(declared) : "",
                           "https://json-schema.org/draft/2020-12/schema") != 0) {
        ng_error_set(err, "schema", 0, 0, "$schema '%s' is not draft 2020-12",
                     json_string_value(declared) ? json_string_value(declared) : "?");
        return -1;
    }
    char ipath[2048] = "";
    S_validate(&v, schema, instance, ipath, sizeof ipath, "", false);
    return v.broken ? -1 : v.errors;
}
