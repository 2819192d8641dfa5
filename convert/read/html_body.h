/* html_body.h -- the story's paragraphs from a parsed HTML page. */
#ifndef NG_HTML_BODY_H
#define NG_HTML_BODY_H

#include <libxml/tree.h>

#include "internal.h"

/* Add the paragraphs of the page's story under root to art and text (as
 * ng_article_add_paragraph does), in document order. */
void ng_html_body(ng_article *art, ng_buf *text, xmlNode *root);

#endif
