/* read_html.c -- HTML articles through libxml2's HTML parser, configured for
 * untrusted input: no network, no external entities, default depth and size
 * limits (never HTML_PARSE_HUGE). Metadata comes from <title>, meta tags,
 * OpenGraph and embedded schema.org JSON-LD; the body from the element that
 * holds the most paragraph text, without scripts, navigation and chrome. */
#include <ctype.h>
#include <jansson.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/globals.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "html_body.h"

typedef struct {
    ng_article *art;
    const char *ld_headline, *ld_date, *ld_modified, *ld_publisher, *ld_author, *ld_url, *ld_body, *ld_image,
        *ld_section;
    const char *og_title, *og_site, *og_url, *meta_date, *meta_modified, *meta_author, *title, *canonical, *h1,
        *description, *og_image, *meta_section, *byline;
    json_t *ld_roots[16];
    int nld;
} meta;

static bool S_name_is(const xmlNode *n, const char *name)
{
    /* the first letter first: this runs several times on every element */
    return n->type == XML_ELEMENT_NODE && n->name && tolower(n->name[0]) == name[0] &&
           strcasecmp((const char *)n->name, name) == 0;
}

static const char *S_attr(ng_arena *a, const xmlNode *n, const char *name)
{
    xmlChar *v = xmlGetProp(n, (const xmlChar *)name);
    if (!v)
        return NULL;
    char *copy = ng_arena_strdup(a, (const char *)v);
    xmlFree(v);
    return copy;
}

/* Elements whose text is no part of a title or of a page's visible text:
 * by tag, and by the class words html_body.c reads as chrome. */
static bool S_is_chrome(const xmlNode *n)
{
    if (n->type == XML_COMMENT_NODE)
        return true;
    return n->type == XML_ELEMENT_NODE && (ng_html_chrome_tag(n) || ng_html_chrome_class(n));
}

static void S_text_of(const xmlNode *n, ng_buf *out, bool skip_chrome)
{
    for (const xmlNode *c = n; c; c = c->next) {
        if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
            if (c->content)
                ng_buf_adds(out, (const char *)c->content);
        } else if (c->type == XML_ELEMENT_NODE) {
            if (skip_chrome && S_is_chrome(c))
                continue;
            if (S_name_is(c, "br"))
                ng_buf_addc(out, ' ');
            S_text_of(c->children, out, skip_chrome);
        }
    }
}

static char *S_node_text(ng_arena *a, const xmlNode *n)
{
    ng_buf b = {0};
    S_text_of(n->children, &b, true);
    char *s = ng_arena_strdup(a, b.data ? b.data : "");
    ng_buf_free(&b);
    /* collapse white space */
    char *w = s;
    bool space = true;
    for (char *r = s; *r; r++) {
        if (isspace((unsigned char)*r)) {
            if (!space)
                *w++ = ' ';
            space = true;
        } else {
            *w++ = *r;
            space = false;
        }
    }
    if (w > s && w[-1] == ' ')
        w--;
    *w = '\0';
    return s;
}

/* Publishers put HTML entities into their JSON-LD strings ("&quot;",
 * "&#163;", "&nbsp" without its semicolon): decoded as a browser would,
 * named ones through libxml2's HTML entity table. */
static char *S_decode_entities(ng_arena *a, const char *s)
{
    ng_buf b = {0};
    for (const char *p = s; *p;) {
        if (*p != '&') {
            ng_buf_addc(&b, *p++);
            continue;
        }
        unsigned long code = 0;
        const char *q = p + 1;
        if (*q == '#') {
            bool hex = q[1] == 'x' || q[1] == 'X';
            q += hex ? 2 : 1;
            const char *digits = q;
            while (hex ? isxdigit((unsigned char)*q) : isdigit((unsigned char)*q)) {
                code = code * (hex ? 16 : 10) + (unsigned long)(isdigit((unsigned char)*q) ? *q - '0'
                                                                                          : tolower(*q) - 'a' + 10);
                if (code > 0x10FFFF)
                    break;
                q++;
            }
            if (q == digits || code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
                code = 0;
        } else {
            char name[32];
            size_t n = 0;
            while (isalnum((unsigned char)*q) && n + 1 < sizeof name)
                name[n++] = *q++;
            name[n] = '\0';
            const htmlEntityDesc *e = n ? htmlEntityLookup((const xmlChar *)name) : NULL;
            if (e)
                code = e->value;
        }
        if (!code) {
            ng_buf_addc(&b, *p++);
            continue;
        }
        if (*q == ';')
            q++;
        char u[4];
        size_t len = ng_utf8_put(u, code == 0xA0 ? ' ' : (uint32_t)code);
        for (size_t k = 0; k < len; k++)
            ng_buf_addc(&b, u[k]);
        p = q;
    }
    char *out = ng_arena_strdup(a, b.data ? b.data : "");
    ng_buf_free(&b);
    return out;
}

static void S_jsonld_scan(meta *m, json_t *v, int depth)
{
    if (depth > 8 || !v)
        return;
    if (json_is_array(v)) {
        size_t i;
        json_t *e;
        json_array_foreach(v, i, e) S_jsonld_scan(m, e, depth + 1);
        return;
    }
    if (!json_is_object(v))
        return;
    json_t *type = json_object_get(v, "@type");
    const char *t = json_is_string(type) ? json_string_value(type)
                    : json_is_array(type) && json_is_string(json_array_get(type, 0))
                        ? json_string_value(json_array_get(type, 0))
                        : "";
    bool article = strstr(t, "Article") || strstr(t, "Posting") || strcmp(t, "WebPage") == 0 ||
                   strcmp(t, "Report") == 0;
    ng_arena *a = &m->art->arena;
    if (article) {
        json_t *h = json_object_get(v, "headline");
        if (json_is_string(h) && (!m->ld_headline || strstr(t, "Article")))
            m->ld_headline = S_decode_entities(a, json_string_value(h));
        json_t *d = json_object_get(v, "datePublished");
        if (json_is_string(d) && (!m->ld_date || strstr(t, "Article")))
            m->ld_date = ng_arena_strdup(a, json_string_value(d));
        json_t *p = json_object_get(v, "publisher");
        if (json_is_array(p))
            p = json_array_get(p, 0);
        if (json_is_object(p) && json_is_string(json_object_get(p, "name")))
            m->ld_publisher = ng_arena_strdup(a, json_string_value(json_object_get(p, "name")));
        char *authors = ng_json_names(a, json_object_get(v, "author"));
        if (authors && (!m->ld_author || strstr(t, "Article")))
            m->ld_author = authors;
        json_t *mod = json_object_get(v, "dateModified");
        if (json_is_string(mod) && (!m->ld_modified || strstr(t, "Article")))
            m->ld_modified = ng_arena_strdup(a, json_string_value(mod));
        const char *image = ng_json_url(a, json_object_get(v, "image"));
        if (image && (!m->ld_image || strstr(t, "Article")))
            m->ld_image = image;
        json_t *section = json_object_get(v, "articleSection");
        if (json_is_array(section))
            section = json_array_get(section, 0);
        if (json_is_string(section) && json_string_length(section) > 0 && !m->ld_section)
            m->ld_section = S_decode_entities(a, json_string_value(section));
        json_t *u = json_object_get(v, "url");
        if (json_is_string(u) && strstr(t, "Article"))
            m->ld_url = ng_arena_strdup(a, json_string_value(u));
        json_t *body = json_object_get(v, "articleBody");
        if (json_is_string(body) && json_string_length(body) > 200)
            m->ld_body = S_decode_entities(a, json_string_value(body));
    }
    json_t *graph = json_object_get(v, "@graph");
    if (graph)
        S_jsonld_scan(m, graph, depth + 1);
}

/* An attribute's value in place (no copy: this runs on every element), or
 * NULL when it is absent or not one plain text. */
static const char *S_attr_text(const xmlNode *n, const char *name)
{
    for (const xmlAttr *a = n->properties; a; a = a->next)
        if (a->name && strcasecmp((const char *)a->name, name) == 0)
            return a->children && a->children->type == XML_TEXT_NODE && !a->children->next
                       ? (const char *)a->children->content
                       : NULL;
    return NULL;
}

/* An element that holds the byline: a link to the author's page
 * (rel="author"), schema.org microdata (itemprop="author"), or a class
 * word "byline" or "author". */
static bool S_is_byline(const xmlNode *n)
{
    const char *rel = S_attr_text(n, "rel"), *prop = S_attr_text(n, "itemprop"), *cls = S_attr_text(n, "class");
    if ((rel && !strcasecmp(rel, "author")) || (prop && !strcasecmp(prop, "author")))
        return true;
    if (!cls)
        return false;
    for (const char *w = cls; *w;) {
        while (*w == ' ')
            w++;
        size_t k = strcspn(w, " ");
        if ((k == 6 && !strncasecmp(w, "byline", 6)) || (k == 6 && !strncasecmp(w, "author", 6)) ||
            (k == 11 && !strncasecmp(w, "author-name", 11)))
            return true;
        w += k;
    }
    return false;
}

static void S_collect_meta(meta *m, xmlNode *n, int depth)
{
    ng_arena *a = &m->art->arena;
    for (; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE)
            continue;
        if (S_name_is(n, "title") && !m->title) {
            m->title = S_node_text(a, n);
        } else if (S_name_is(n, "meta")) {
            const char *key = S_attr(a, n, "property");
            if (!key)
                key = S_attr(a, n, "name");
            if (!key)
                key = S_attr(a, n, "itemprop");
            const char *content = S_attr(a, n, "content");
            if (key && content && *content) {
                if (!strcasecmp(key, "og:title"))
                    m->og_title = content;
                else if (!strcasecmp(key, "og:site_name"))
                    m->og_site = content;
                else if (!strcasecmp(key, "og:url"))
                    m->og_url = content;
                else if (!strcasecmp(key, "description") || !strcasecmp(key, "og:description"))
                    m->description = m->description ? m->description : content;
                else if ((!strcasecmp(key, "author") || !strcasecmp(key, "article:author") ||
                          !strcasecmp(key, "byl") || !strcasecmp(key, "dc.creator")) &&
                         strncmp(content, "http", 4) != 0) /* a profile page, not a name */
                    m->meta_author = m->meta_author ? m->meta_author : content;
                else if (!strcasecmp(key, "og:image") || !strcasecmp(key, "twitter:image"))
                    m->og_image = m->og_image ? m->og_image : content;
                else if (!strcasecmp(key, "article:section") || !strcasecmp(key, "section"))
                    m->meta_section = m->meta_section ? m->meta_section : content;
                else if (!strcasecmp(key, "article:modified_time") || !strcasecmp(key, "og:updated_time") ||
                         !strcasecmp(key, "dateModified") || !strcasecmp(key, "last-modified"))
                    m->meta_modified = m->meta_modified ? m->meta_modified : content;
                else if (!strcasecmp(key, "article:published_time") || !strcasecmp(key, "datePublished") ||
                         !strcasecmp(key, "pubdate") || !strcasecmp(key, "publishdate") ||
                         !strcasecmp(key, "date") || !strcasecmp(key, "dc.date.issued") ||
                         !strcasecmp(key, "dcterms.created") || !strcasecmp(key, "og:published_time") ||
                         !strcasecmp(key, "sailthru.date") || !strcasecmp(key, "parsely-pub-date"))
                    m->meta_date = m->meta_date ? m->meta_date : content;
            }
        } else if (S_name_is(n, "link")) {
            const char *rel = S_attr(a, n, "rel");
            if (rel && !strcasecmp(rel, "canonical"))
                m->canonical = S_attr(a, n, "href");
        } else if (S_name_is(n, "script")) {
            const char *type = S_attr(a, n, "type");
            if (type && !strcasecmp(type, "application/ld+json") && m->nld < 16) {
                ng_buf b = {0};
                S_text_of(n->children, &b, false);
                json_error_t jerr;
                json_t *root = b.data ? json_loadb(b.data, b.len, 0, &jerr) : NULL;
                ng_buf_free(&b);
                if (root) {
                    S_jsonld_scan(m, root, 0);
                    m->ld_roots[m->nld++] = root;
                }
            }
            continue;
        } else if (S_name_is(n, "time") && !m->meta_date) {
            const char *dt = S_attr(a, n, "datetime");
            if (dt)
                m->meta_date = dt;
        } else if (S_name_is(n, "h1") && !m->h1) {
            m->h1 = S_node_text(a, n);
        } else if (!m->byline && S_is_byline(n)) {
            m->byline = S_node_text(a, n);
            continue;
        }
        if (depth < 200)
            S_collect_meta(m, n->children, depth + 1);
    }
}

/* Whether url can be an article's own: a site's home page ("http://x.com",
 * "http://x.com/") is not, though a template may name it as the page's. */
static bool S_page_url(const char *url)
{
    if (!url)
        return false;
    const char *host = strstr(url, "://");
    if (!host)
        return true; /* ng_article_url says what is wrong with it */
    const char *path = strchr(host + 3, '/');
    return path && path[1] && path[1] != '?' && path[1] != '#';
}

/* "Headline | Site" and "Headline - Site": drop the site part. */
static const char *S_strip_site(ng_arena *a, const char *title, const char *site)
{
    if (!title)
        return NULL;
    const char *seps[] = {" | ", " - ", " – ", " — ", " :: ", NULL};
    size_t n = strlen(title);
    for (int i = 0; seps[i]; i++) {
        const char *p = NULL, *q = title;
        while ((q = strstr(q, seps[i])) != NULL) {
            p = q;
            q++;
        }
        if (p) {
            size_t head = (size_t)(p - title), tail = n - head - strlen(seps[i]);
            /* the site name is a short tail: a few words */
            size_t words = 1;
            for (const char *c = p + strlen(seps[i]); *c; c++)
                words += *c == ' ';
            if (head > 0 && ((words <= 5 && tail < 60) || (site && strstr(p, site))))
                return ng_arena_strndup(a, title, head);
        }
    }
    return title;
}

static void S_silent_structured(void *data, xmlErrorPtr error)
{
    (void)data;
    (void)error;
}

static void S_silent_generic(void *data, const char *msg, ...)
{
    (void)data;
    (void)msg;
}

int ng_read_html(ng_context *ctx, ng_article *art, const char *data, size_t len)
{
    (void)ctx;
    art->format = "html";
    if (len > (size_t)INT32_MAX) {
        ng_error_set(&art->error, art->source, 0, 0, "HTML input too large");
        return -1;
    }
    /* libxml2 reports through global handlers (Raptor installs its own):
     * this reader recovers from bad markup silently. */
    xmlStructuredErrorFunc saved_s = xmlStructuredError;
    void *saved_sctx = xmlStructuredErrorContext;
    xmlGenericErrorFunc saved_g = xmlGenericError;
    void *saved_gctx = xmlGenericErrorContext;
    xmlSetStructuredErrorFunc(NULL, S_silent_structured);
    xmlSetGenericErrorFunc(NULL, S_silent_generic);
    bool repair;
    char declared[32];
    const char *encoding = ng_html_encoding(data, len, declared, &repair);
    char *repaired = NULL;
    size_t repaired_len;
    if (repair) {
        ng_utf8_clean(data, len, &repaired, &repaired_len, NULL);
        data = repaired;
        len = repaired_len;
    }
    ng_buf page = {0};
    ng_html_prepare(data, len, &page);
    free(repaired);
    /* the encoding is decided: a <meta> later in the page does not switch it */
    const int options = HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_RECOVER |
                        HTML_PARSE_NOBLANKS | HTML_PARSE_NOIMPLIED | HTML_PARSE_IGNORE_ENC;
    htmlDocPtr doc = htmlReadMemory(page.data ? page.data : "", (int)page.len, NULL, encoding, options);
    if (!doc && strcmp(encoding, "windows-1252") != 0) /* a charset libxml2 does not know */
        doc = htmlReadMemory(page.data ? page.data : "", (int)page.len, NULL, "windows-1252", options);
    ng_buf_free(&page);
    xmlSetStructuredErrorFunc(saved_sctx, saved_s);
    xmlSetGenericErrorFunc(saved_gctx, saved_g);
    if (!doc) {
        ng_error_set(&art->error, art->source, 0, 0, "cannot parse HTML");
        return -1;
    }
    xmlNode *root = xmlDocGetRootElement(doc);
    meta m = {.art = art};
    if (root)
        S_collect_meta(&m, root, 0);
    ng_buf text = {0};
    ng_html_body(art, &text, root);
    if (text.len < 200 && m.ld_body) {
        /* a page that renders its story with scripts often embeds it in JSON-LD */
        ng_buf_free(&text);
        art->npara = 0;
        char *clean;
        size_t clen;
        ng_utf8_clean(m.ld_body, strlen(m.ld_body), &clean, &clen, NULL);
        ng_text_paragraphs(art, &text, clean, clen, false);
        free(clean);
    }
    if (text.len == 0 && root) {
        /* no paragraph markup at all: the visible text of the body */
        char *all = S_node_text(&art->arena, root);
        char *clean;
        size_t clen;
        ng_utf8_clean(all, strlen(all), &clean, &clen, NULL);
        ng_text_paragraphs(art, &text, clean, clen, false);
        free(clean);
    }
    ng_article_finish(art, &text);

    const char *headline = m.ld_headline ? m.ld_headline
                           : m.og_title  ? S_strip_site(&art->arena, m.og_title, m.og_site)
                           : m.h1 && *m.h1 ? m.h1
                                           : S_strip_site(&art->arena, m.title, m.og_site);
    if (headline && *headline) {
        char *hc;
        size_t hl;
        ng_utf8_clean(headline, strlen(headline), &hc, &hl, NULL);
        /* collapse white space inside the headline */
        ng_buf hb = {0};
        bool space = true;
        for (size_t i = 0; i < hl; i++) {
            if (isspace((unsigned char)hc[i])) {
                if (!space)
                    ng_buf_addc(&hb, ' ');
                space = true;
            } else {
                ng_buf_addc(&hb, hc[i]);
                space = false;
            }
        }
        while (hb.len && hb.data[hb.len - 1] == ' ')
            hb.data[--hb.len] = '\0';
        if (hb.len)
            art->headline = ng_arena_strdup(&art->arena, hb.data);
        ng_buf_free(&hb);
        free(hc);
    }
    const char *date = m.ld_date ? m.ld_date : m.meta_date, *modified = m.ld_modified ? m.ld_modified : m.meta_modified;
    char norm[11];
    if (modified && ng_date_normalize(modified, norm))
        art->date_modified = ng_arena_strdup(&art->arena, norm);
    if (date && ng_date_normalize(date, norm))
        art->date_published = ng_arena_strdup(&art->arena, norm);
    else if (date)
        art->bad_date = ng_arena_printf(&art->arena, "the page's publication date '%s'", date);
    if (root) {
        xmlChar *lang = xmlGetProp(root, (const xmlChar *)"lang");
        if (!lang)
            lang = xmlGetProp(root, (const xmlChar *)"xml:lang");
        if (lang)
            art->language = ng_language_tag(&art->arena, (const char *)lang);
        xmlFree(lang);
    }
    art->publisher = (char *)(m.ld_publisher ? m.ld_publisher : m.og_site);
    art->author = (char *)(m.ld_author ? m.ld_author : m.meta_author ? m.meta_author : m.byline);
    art->image = ng_http_url(&art->arena, m.ld_image ? m.ld_image : m.og_image);
    art->section = (char *)(m.ld_section ? m.ld_section : m.meta_section);
    const char *urls[] = {m.ld_url, m.canonical, m.og_url};
    for (int k = 0; k < 3 && !art->url; k++)
        if (S_page_url(urls[k]))
            art->url = ng_article_url(art, urls[k]);
    art->description = (char *)m.description;
    for (int i = 0; i < m.nld; i++)
        json_decref(m.ld_roots[i]);
    xmlFreeDoc(doc);
    return 0;
}
