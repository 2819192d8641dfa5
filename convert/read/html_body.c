/* html_body.c -- the story's text from a parsed HTML page.
 *
 * How the best extractors find it (Readability's candidate scoring,
 * boilerpipe's shallow text features, jusText's paragraph classes), done
 * over libxml2's tree in four passes:
 *
 * 1. measure: per element, its visible text, the part of it inside links,
 *    its punctuation, and whether it is a paragraph (a <p>, a heading, a
 *    list item, or a <div>/<span>... holding text and no block of its own:
 *    many sites write paragraphs as <div>s); elements that never hold the
 *    story are skipped by tag, by ARIA role and when hidden;
 * 2. score: each paragraph of prose (long enough, few links) gives points
 *    for its length and commas to its parent, half to its grandparent and
 *    less further up; a container's score is then discounted by the share
 *    of its text inside links, and weighted by what its class and id
 *    words say (article, body, content up; comment, sidebar, cookie down);
 * 3. choose: the best container, and its siblings that hold prose too (a
 *    story split by an ad, one <section> per part);
 * 4. emit: the paragraphs inside, in document order, without link lists,
 *    captions and sharing bars; a <div> broken by <br><br> gives several.
 *
 * Element data lives in an array indexed through xmlNode._private, which
 * libxml2 leaves to the application. */
#include <ctype.h>
#include <libxml/tree.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "html_body.h"

typedef struct {
    xmlNode *node;
    int parent;         /* index of the parent element, -1 at the root */
    size_t text;        /* visible non-space characters */
    size_t link;        /* of which inside <a> */
    size_t punct;       /* commas and full stops */
    size_t own, own_link, own_punct; /* the same for text outside its blocks */
    double score;       /* content score (pass 2) */
    bool skip;          /* never part of the story */
    bool paragraph;     /* a block of text with no block of its own */
    bool has_block;     /* holds a block-level element */
    bool scored;        /* a candidate container */
    bool chosen;        /* part of the story (pass 3) */
} elem;

typedef struct {
    elem *e;
    size_t n, cap;
} page;

static bool S_is(const xmlNode *n, const char *name)
{
    /* the first letter first: lists of tags are tried on every element */
    return n->type == XML_ELEMENT_NODE && n->name && tolower(n->name[0]) == name[0] &&
           strcasecmp((const char *)n->name, name) == 0;
}

static bool S_is_any(const xmlNode *n, const char *const *names)
{
    for (int i = 0; names[i]; i++)
        if (S_is(n, names[i]))
            return true;
    return false;
}

static int S_index(const xmlNode *n)
{
    return n && n->type == XML_ELEMENT_NODE && n->_private ? (int)(intptr_t)n->_private - 1 : -1;
}

/* The attribute's value in lower case, into buf (empty when absent). */
static const char *S_attr_lower(const xmlNode *n, const char *name, char *buf, size_t cap)
{
    buf[0] = '\0';
    xmlChar *v = xmlGetProp(n, (const xmlChar *)name);
    if (!v)
        return buf;
    size_t k = 0;
    for (const xmlChar *p = v; *p && k + 1 < cap; p++)
        buf[k++] = (char)tolower(*p);
    buf[k] = '\0';
    xmlFree(v);
    return buf;
}

/* Elements that never hold the story's text, by tag. */
bool ng_html_chrome_tag(const xmlNode *n)
{
    static const char *const tags[] = {"script", "style", "nav", "aside", "footer", "noscript", "iframe", "svg",
                                       "button", "select", "template", "header", "figcaption", "figure", "menu",
                                       "dialog", "object", "embed", "canvas", "video", "audio", "input",
                                       "textarea", "label", "head", "title", NULL};
    return S_is_any(n, tags);
}

static const char *const BLOCK_TAGS[] = {"p", "div", "section", "article", "main", "ul", "ol", "dl", "table",
                                         "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "li",
                                         "header", "footer", "aside", "nav", "figure", "form", "hr", "tr",
                                         "td", "th", "tbody", "dd", "dt", "address", "details", "center", NULL};

static const char *const PARAGRAPH_TAGS[] = {"p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre",
                                             "dd", "td", "th", NULL};

/* Readers' comments below the story: an element one of whose class words,
 * or its id, starts with "comment" (not a post's "comments-open" state)
 * or names a comment service. Everything inside is comments too, whatever
 * its own class says ("comment_content" > "content"). */
static bool S_comments(const xmlNode *n)
{
    char v[256];
    S_attr_lower(n, "id", v, sizeof v);
    if (!strncmp(v, "comment", 7) || strstr(v, "disqus"))
        return true;
    S_attr_lower(n, "class", v, sizeof v);
    for (char *save = NULL, *w = strtok_r(v, " \t\n", &save); w; w = strtok_r(NULL, " \t\n", &save))
        if ((!strncmp(w, "comment", 7) && strcmp(w, "comments-open") != 0 && strcmp(w, "comments-closed") != 0) ||
            strstr(w, "disqus"))
            return true;
    return false;
}

/* Hidden from readers: the hidden attribute, aria-hidden, an inline style
 * that hides it, or a role that is never the story. */
static bool S_hidden(const xmlNode *n)
{
    char v[256];
    if (xmlHasProp(n, (const xmlChar *)"hidden"))
        return true;
    if (!strcmp(S_attr_lower(n, "aria-hidden", v, sizeof v), "true"))
        return true;
    S_attr_lower(n, "style", v, sizeof v);
    char squeezed[256];
    size_t k = 0;
    for (const char *p = v; *p && k + 1 < sizeof squeezed; p++)
        if (!isspace((unsigned char)*p))
            squeezed[k++] = *p;
    squeezed[k] = '\0';
    if (strstr(squeezed, "display:none") || strstr(squeezed, "visibility:hidden"))
        return true;
    static const char *const roles[] = {"navigation", "banner", "contentinfo", "complementary", "dialog",
                                        "alertdialog", "search", "menu", "menubar", NULL};
    S_attr_lower(n, "role", v, sizeof v);
    for (int i = 0; roles[i]; i++)
        if (!strcmp(v, roles[i]))
            return true;
    return false;
}

static void S_count_text(elem *e, const xmlChar *s, bool in_link)
{
    for (const xmlChar *p = s; *p; p++) {
        if (isspace(*p))
            continue;
        /* count characters, not bytes: continuation bytes add nothing */
        if ((*p & 0xC0) != 0x80) {
            e->text++;
            if (in_link)
                e->link++;
        }
        if (*p == ',' || *p == '.')
            e->punct++;
    }
}

/* Pass 1: measure element n (already given its index) and its subtree. */
static void S_measure(page *pg, xmlNode *n, int parent, bool in_link, int depth)
{
    if (pg->n == pg->cap) {
        pg->cap = pg->cap ? pg->cap * 2 : 256;
        elem *grown = realloc(pg->e, pg->cap * sizeof *pg->e);
        if (!grown)
            abort();
        pg->e = grown;
    }
    int me = (int)pg->n++;
    pg->e[me] = (elem){.node = n, .parent = parent};
    n->_private = (void *)(intptr_t)(me + 1);
    /* <h1> is the headline, kept apart from the body */
    if (ng_html_chrome_tag(n) || S_is(n, "h1") || S_hidden(n) || S_comments(n) || depth > 200) {
        /* nothing inside is measured: no element below one skipped is
         * ever a paragraph or a candidate */
        pg->e[me].skip = true;
        return;
    }
    bool link = in_link || S_is(n, "a");
    for (xmlNode *c = n->children; c; c = c->next) {
        if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
            if (c->content) {
                elem *m = &pg->e[me];
                size_t t = m->text, l = m->link, p = m->punct;
                S_count_text(m, c->content, link);
                m->own += m->text - t;
                m->own_link += m->link - l;
                m->own_punct += m->punct - p;
            }
        } else if (c->type == XML_ELEMENT_NODE) {
            S_measure(pg, c, me, link, depth + 1);
            elem *ce = &pg->e[S_index(c)];
            elem *m = &pg->e[me];
            if (ce->skip)
                continue;
            m->text += ce->text;
            m->link += ce->link;
            m->punct += ce->punct;
            if (S_is_any(c, BLOCK_TAGS) || ce->has_block) {
                m->has_block = true;
            } else {
                m->own += ce->text;
                m->own_link += ce->link;
                m->own_punct += ce->punct;
            }
        }
    }
    elem *m = &pg->e[me];
    m->paragraph = m->text > 0 && !m->has_block &&
                   (S_is_any(n, PARAGRAPH_TAGS) || S_is(n, "div") || S_is(n, "section") || S_is(n, "article") ||
                    S_is(n, "span") || S_is(n, "font") || S_is(n, "center"));
}

static double S_link_density(const elem *e) { return e->text ? (double)e->link / (double)e->text : 0.0; }

/* What class and id words say about an element. */
static double S_class_weight(const xmlNode *n)
{
    static const char *const good[] = {"article", "body", "content", "entry", "main", "post", "story", "text",
                                       "blog", "hentry", "page", NULL};
    static const char *const bad[] = {"comment", "sidebar", "footer", "cookie", "consent", "promo", "related",
                                      "share", "social", "advert", "sponsor", "widget", "newsletter",
                                      "subscribe", "popup", "modal", "banner", "masthead", "menu", "nav",
                                      "breadcrumb", "disqus", "respond", "reply", "signup", "recommend",
                                      "popular", "trending", "copyright", NULL};
    double w = 0;
    for (const char *attr = "class"; attr; attr = strcmp(attr, "class") == 0 ? "id" : NULL) {
        char v[256];
        S_attr_lower(n, attr, v, sizeof v);
        if (!v[0])
            continue;
        for (int i = 0; bad[i]; i++)
            if (strstr(v, bad[i])) {
                w -= 25;
                break;
            }
        for (int i = 0; good[i]; i++)
            if (strstr(v, good[i])) {
                w += 25;
                break;
            }
    }
    return w;
}

static double S_tag_weight(const xmlNode *n)
{
    if (S_is(n, "div") || S_is(n, "article") || S_is(n, "main") || S_is(n, "section"))
        return 5;
    if (S_is(n, "pre") || S_is(n, "td") || S_is(n, "blockquote"))
        return 3;
    if (S_is(n, "ol") || S_is(n, "ul") || S_is(n, "dl") || S_is(n, "dd") || S_is(n, "dt") || S_is(n, "li") ||
        S_is(n, "address"))
        return -3;
    if (S_is(n, "th") || S_is(n, "h2") || S_is(n, "h3") || S_is(n, "h4") || S_is(n, "h5") || S_is(n, "h6"))
        return -5;
    return 0;
}

static void S_init_candidate(page *pg, int i)
{
    elem *e = &pg->e[i];
    if (e->scored)
        return;
    e->scored = true;
    e->score = S_tag_weight(e->node) + S_class_weight(e->node);
    if (S_is(e->node, "article") || S_is(e->node, "main"))
        e->score += 10;
}

/* Is a paragraph prose, worth points to the containers above it? */
static bool S_prose(const elem *e)
{
    /* list items and table cells are mostly teasers, menus and data */
    return e->paragraph && !e->skip && e->text >= 25 && S_link_density(e) < 0.5 && !S_is(e->node, "td") &&
           !S_is(e->node, "th") && !S_is(e->node, "li") && !S_is(e->node, "dd");
}

/* A paragraph's points, for its length and commas, to the container at
 * `to` and less to those above it. */
static void S_give_points(page *pg, int to, size_t text, size_t punct)
{
    double points = 1.0 + (double)punct / 2.0 + (text / 100 < 3 ? (double)(text / 100) : 3.0);
    int level = 0;
    for (int a = to; a >= 0 && level < 5; a = pg->e[a].parent, level++) {
        S_init_candidate(pg, a);
        pg->e[a].score += level == 0 ? points : level == 1 ? points / 2 : points / (level * 3);
    }
}

/* Pass 2: every prose paragraph scores its ancestors. */
static void S_score(page *pg)
{
    for (size_t i = 0; i < pg->n; i++) {
        const elem *e = &pg->e[i];
        if (!S_prose(e))
            continue;
        S_give_points(pg, e->parent, e->text, e->punct);
    }
    /* text written between the blocks of a container ("<div>First
     * paragraph.<br><br>Second.<div class=ad>...</div></div>") scores the
     * container as a paragraph of its own would */
    for (size_t i = 0; i < pg->n; i++) {
        const elem *e = &pg->e[i];
        if (e->has_block && !e->skip && e->own >= 25 && e->own_link * 2 < e->own)
            S_give_points(pg, (int)i, e->own, e->own_punct);
    }
    for (size_t i = 0; i < pg->n; i++)
        if (pg->e[i].scored)
            pg->e[i].score *= 1.0 - S_link_density(&pg->e[i]);
}

static int S_best(const page *pg)
{
    int best = -1;
    for (size_t i = 0; i < pg->n; i++)
        if (pg->e[i].scored && !pg->e[i].skip && (best < 0 || pg->e[i].score > pg->e[best].score))
            best = (int)i;
    return best;
}

/* Pass 3: does a sibling of the chosen container belong to the story? */
static bool S_sibling_belongs(const elem *top, const elem *s)
{
    if (s->skip || s->text == 0)
        return false;
    double threshold = top->score * 0.2 > 10 ? top->score * 0.2 : 10;
    if (s->scored && s->score >= threshold)
        return true;
    if (s->paragraph && !S_is(s->node, "li")) {
        double ld = S_link_density(s);
        if (s->text > 80 && ld < 0.25)
            return true;
        if (S_is(s->node, "p") && s->text <= 80 && ld == 0 && s->punct > 0)
            return true;
    }
    return false;
}

static bool S_same_kind(const xmlNode *a, const xmlNode *b)
{
    if (!xmlStrEqual(a->name, b->name))
        return false;
    char ca[256], cb[256];
    S_attr_lower(a, "class", ca, sizeof ca);
    S_attr_lower(b, "class", cb, sizeof cb);
    return ca[0] && !strcmp(ca, cb);
}

/* Pass 3: the best container, its siblings that belong, and containers of
 * the same kind elsewhere (a tag and class shared with the best: one
 * story split into chunks between ad rails) that score as well. */
static void S_choose(page *pg, int best)
{
    elem *top = &pg->e[best];
    top->chosen = true;
    xmlNode *parent = top->node->parent;
    if (parent && parent->type == XML_ELEMENT_NODE && !S_is(parent, "body") && !S_is(parent, "html"))
        for (xmlNode *c = parent->children; c; c = c->next) {
            int i = S_index(c);
            if (i >= 0 && S_sibling_belongs(top, &pg->e[i]))
                pg->e[i].chosen = true;
        }
    double threshold = top->score * 0.2 > 10 ? top->score * 0.2 : 10;
    for (size_t i = 0; i < pg->n; i++) {
        elem *e = &pg->e[i];
        if (e->scored && !e->skip && e->score >= threshold && S_same_kind(e->node, top->node))
            e->chosen = true;
    }
}

/* Class and id words of chrome inside the story: trusted only there, since
 * page-wide wrappers carry them too ("and-w-sidebar"). */
bool ng_html_chrome_class(const xmlNode *n)
{
    static const char *const words[] = {"share", "social", "related", "comment", "newsletter", "promo", "advert",
                                        "sidebar", "breadcrumb", "subscribe", "cookie", "recommend", "popular",
                                        "trending", "byline", "caption", "signup", "sponsor", "copyright", NULL};
    for (const char *attr = "class"; attr; attr = strcmp(attr, "class") == 0 ? "id" : NULL) {
        char v[256];
        S_attr_lower(n, attr, v, sizeof v);
        for (int i = 0; words[i]; i++)
            if (strstr(v, words[i]) && !strstr(v, "article") && !strstr(v, "story") && !strstr(v, "body") &&
                !strstr(v, "content"))
                return true;
    }
    return false;
}

/* Text as a browser shows it: libxml2 decodes entities, but leaves the
 * legacy ones written without their semicolon ("Monday&nbspand") as they
 * are, which browsers read as "&nbsp;". */
static void S_add_text(ng_buf *out, const char *s)
{
    static const struct {
        const char *name;
        char ch;
    } legacy[] = {{"nbsp", ' '}, {"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}};
    for (const char *p = s; *p;) {
        size_t k = 0;
        if (*p == '&')
            while (k < sizeof legacy / sizeof *legacy && strncmp(p + 1, legacy[k].name, strlen(legacy[k].name)))
                k++;
        if (*p != '&' || k == sizeof legacy / sizeof *legacy) {
            ng_buf_addc(out, *p++);
            continue;
        }
        ng_buf_addc(out, legacy[k].ch);
        p += 1 + strlen(legacy[k].name);
        if (*p == ';')
            p++;
    }
}

static void S_text_into(const page *pg, const xmlNode *n, ng_buf *out)
{
    for (const xmlNode *c = n; c; c = c->next) {
        if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
            if (c->content)
                S_add_text(out, (const char *)c->content);
        } else if (c->type == XML_ELEMENT_NODE) {
            int i = S_index(c);
            if ((i >= 0 && pg->e[i].skip) || ng_html_chrome_class(c))
                continue;
            if (S_is(c, "br"))
                ng_buf_addc(out, '\n');
            S_text_into(pg, c->children, out);
        }
    }
}

/* Emit one paragraph's text, white space collapsed; a blank line (from
 * <br><br>) splits it into several. */
static void S_emit_text(ng_article *art, ng_buf *text, const char *s, ng_para_kind kind)
{
    ng_buf b = {0};
    int newlines = 0;
    bool space = true;
    for (const char *r = s;; r++) {
        if (*r == '\n')
            newlines++;
        if (*r && isspace((unsigned char)*r)) {
            space = true;
            continue;
        }
        if (!*r || (newlines >= 2 && b.len)) {
            if (b.len) {
                char *clean;
                size_t clen;
                ng_utf8_clean(b.data, b.len, &clean, &clen, NULL);
                ng_article_add_paragraph(art, text, clean, clen, kind);
                free(clean);
            }
            b.len = 0;
            if (b.data)
                b.data[0] = '\0';
            space = false;
            if (!*r)
                break;
        } else if (space && b.len) {
            ng_buf_addc(&b, ' ');
        }
        newlines = 0;
        space = false;
        ng_buf_addc(&b, *r);
    }
    ng_buf_free(&b);
}

static bool S_heading(const xmlNode *n)
{
    return S_is(n, "h2") || S_is(n, "h3") || S_is(n, "h4") || S_is(n, "h5") || S_is(n, "h6");
}

/* Pass 4: the paragraphs inside the story's containers, in order. With
 * divs, also text written without <p>: <div>s that are paragraphs, and
 * runs of text and inline elements between the blocks of a container
 * ("<div>First paragraph.<br><br>Second.<div class=ad>...</div>Third.</div>"). */
typedef struct {
    const page *pg;
    ng_article *art;
    ng_buf *text;
    bool divs;
} emitter;

static void S_emit_children(const emitter *em, xmlNode *n, int depth);

static bool S_div_paragraph(const xmlNode *n) { return !S_is_any(n, PARAGRAPH_TAGS); }

static void S_emit_node(const emitter *em, xmlNode *n, int depth)
{
    int i = S_index(n);
    if (i < 0 || em->pg->e[i].skip || ng_html_chrome_class(n))
        return;
    const elem *e = &em->pg->e[i];
    if (!e->paragraph) {
        if (depth < 200)
            S_emit_children(em, n->children, depth + 1);
        return;
    }
    if (!em->divs && S_div_paragraph(n))
        return;
    /* link lists ("Read more: ...") are no story */
    if (S_link_density(e) > 0.5 && !S_is(n, "p"))
        return;
    ng_buf b = {0};
    S_text_into(em->pg, n->children, &b);
    if (b.data)
        S_emit_text(em->art, em->text, b.data, S_heading(n) ? NG_PARA_HEADING : NG_PARA_BODY);
    ng_buf_free(&b);
}

/* A run of text and inline elements between blocks, as paragraphs. */
static void S_flush_run(const emitter *em, ng_buf *run)
{
    if (run->len && em->divs)
        S_emit_text(em->art, em->text, run->data, NG_PARA_BODY);
    run->len = 0;
    if (run->data)
        run->data[0] = '\0';
}

static void S_emit_children(const emitter *em, xmlNode *n, int depth)
{
    ng_buf run = {0};
    for (; n; n = n->next) {
        if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
            if (n->content)
                S_add_text(&run, (const char *)n->content);
            continue;
        }
        if (n->type != XML_ELEMENT_NODE)
            continue;
        int i = S_index(n);
        if (i < 0 || em->pg->e[i].skip)
            continue;
        if (S_is(n, "br")) {
            ng_buf_addc(&run, '\n');
            continue;
        }
        /* <a>, <b>, <span> ...: part of the run */
        if (!S_is_any(n, BLOCK_TAGS) && !em->pg->e[i].has_block) {
            if (!ng_html_chrome_class(n))
                S_text_into(em->pg, n->children, &run);
            continue;
        }
        S_flush_run(em, &run);
        S_emit_node(em, n, depth);
    }
    S_flush_run(em, &run);
    ng_buf_free(&run);
}

/* Prose text in <p>-like paragraphs under the container top: a page that
 * writes its paragraphs as <div>s, or as text between <br>s, has little. */
static size_t S_prose_in_p(const page *pg, int top)
{
    size_t in_p = 0;
    for (size_t i = 0; i < pg->n; i++) {
        const elem *e = &pg->e[i];
        if (!S_prose(e) || S_div_paragraph(e->node))
            continue;
        bool under = false;
        for (int a = e->parent; a >= 0 && !under; a = pg->e[a].parent)
            under = a == top;
        if (under || (int)i == top)
            in_p += e->text;
    }
    return in_p;
}

void ng_html_body(ng_article *art, ng_buf *text, xmlNode *root)
{
    if (!root)
        return;
    page pg = {0};
    S_measure(&pg, root, -1, false, 0);
    S_score(&pg);
    int best = S_best(&pg);
    if (best >= 0 && pg.e[best].score > 0) {
        S_choose(&pg, best);
        emitter em = {.pg = &pg, .art = art, .text = text, .divs = S_prose_in_p(&pg, best) * 2 < pg.e[best].text};
        /* in document order (the elements' indices are): each chosen
         * element not inside another */
        for (size_t i = 0; i < pg.n; i++) {
            if (!pg.e[i].chosen)
                continue;
            bool nested = false;
            for (int a = pg.e[i].parent; a >= 0 && !nested; a = pg.e[a].parent)
                nested = pg.e[a].chosen;
            if (!nested)
                S_emit_node(&em, pg.e[i].node, 0);
        }
    }
    for (size_t i = 0; i < pg.n; i++)
        pg.e[i].node->_private = NULL;
    free(pg.e);
}
