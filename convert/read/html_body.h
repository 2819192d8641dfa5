/* html_body.h -- the story's paragraphs from a parsed HTML page. */
#ifndef NG_HTML_BODY_H
#define NG_HTML_BODY_H

#include <libxml/tree.h>

#include "internal.h"

/* The page mended for libxml2 (html_prepare.c): scripts' and style
 * sheets' contents dropped, the end tags HTML5 implies written in. */
void ng_html_prepare(const char *data, size_t len, ng_buf *out);
/* The encoding to read the page in (a name libxml2 knows): UTF-8 when its
 * bytes are UTF-8, whatever its <meta> says; else the charset its <meta>
 * declares (ISO-8859-1 and ASCII read as windows-1252, as browsers do);
 * else windows-1252, the web's default, unless most of its non-ASCII bytes
 * are UTF-8: then UTF-8, with *repair set (the other bytes to replace).
 * A declared name is returned in declared. */
const char *ng_html_encoding(const char *data, size_t len, char declared[32], bool *repair);

/* Add the paragraphs of the page's story under root to art and text (as
 * ng_article_add_paragraph does), in document order. */
void ng_html_body(ng_article *art, ng_buf *text, xmlNode *root);

/* Elements that never hold a story's text, by tag: scripts, styles,
 * navigation, asides, headers and footers, figures, forms' controls. */
bool ng_html_chrome_tag(const xmlNode *n);

/* Class or id words of chrome inside a story: sharing bars, related links,
 * captions, bylines, ads ("share", "related", "caption" ...). */
bool ng_html_chrome_class(const xmlNode *n);

#endif
