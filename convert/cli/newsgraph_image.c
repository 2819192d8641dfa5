/* newsgraph_image.c -- the build's tool that turns a model file into the
 * image linked into the library (core/model_image.c says why).
 *
 *   newsgraph-image ner|syntax|attribution|triggers MODEL-FILE IMAGE
 *   newsgraph-image lexicon - IMAGE
 *
 * The model is read by the code that reads it at run time, so a model file
 * the tool accepts is one the library would have accepted; the lexicon is
 * built from the word lists compiled in, as a run without its image would. */
#include <stdio.h>
#include <string.h>

#include "attribution.h"
#include "internal.h"
#include "ner.h"
#include "syntax.h"
#include "triggers.h"

static int S_ner(const char *in, const char *out, ng_error *err)
{
    ng_ner_model *m = ng_ner_model_load(in, err);
    int rc = m ? ng_ner_model_image(m, out, err) : -1;
    ng_ner_model_free(m);
    return rc;
}

static int S_syntax(const char *in, const char *out, ng_error *err)
{
    ng_syntax_model *m = ng_syntax_model_load(in, err);
    int rc = m ? ng_syntax_model_image(m, out, err) : -1;
    ng_syntax_model_free(m);
    return rc;
}

static int S_attribution(const char *in, const char *out, ng_error *err)
{
    ng_attr_model *m = ng_attr_model_load(in, err);
    int rc = m ? ng_attr_model_image(m, out, err) : -1;
    ng_attr_model_free(m);
    return rc;
}

static int S_triggers(const char *in, const char *out, ng_error *err)
{
    ng_trig_model *m = ng_trig_model_load(in, err);
    int rc = m ? ng_trig_model_image(m, out, err) : -1;
    ng_trig_model_free(m);
    return rc;
}

static int S_lexicon(const char *in, const char *out, ng_error *err)
{
    (void)in;
    ng_lexicon *lex = ng_lexicon_new();
    int rc = ng_lexicon_image(lex, out, err);
    ng_lexicon_free(lex);
    return rc;
}

int main(int argc, char **argv)
{
    static const struct {
        const char *kind;
        int (*image)(const char *, const char *, ng_error *);
    } kinds[] = {{"ner", S_ner},
                 {"syntax", S_syntax},
                 {"attribution", S_attribution},
                 {"triggers", S_triggers},
                 {"lexicon", S_lexicon}};
    if (argc != 4) {
        fprintf(stderr, "usage: newsgraph-image ner|syntax|attribution|triggers|lexicon MODEL-FILE|- IMAGE\n");
        return 2;
    }
    for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
        if (strcmp(argv[1], kinds[i].kind) == 0) {
            ng_error err = {0};
            if (kinds[i].image(argv[2], argv[3], &err) == 0)
                return 0;
            fprintf(stderr, "newsgraph-image: %s: %s\n", err.source, err.text);
            return 1;
        }
    fprintf(stderr, "newsgraph-image: unknown model kind '%s'\n", argv[1]);
    return 2;
}
