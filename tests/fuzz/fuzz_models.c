/* fuzz_models.c -- libFuzzer harness for the loaders of files users give
 * with options: the first byte picks the NER model, the tagger and parser
 * model, the actor type model, the attribution model, the pronoun model, the
 * trigger model, a word-class table or event triggers; the rest is the file. */
#include <stdint.h>
#include <stdlib.h>

#include "attribution.h"
#include "cluster.h"
#include "coref.h"
#include "internal.h"
#include "ner.h"
#include "syntax.h"
#include "triggers.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t len);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t len)
{
    if (len < 1)
        return 0;
    const unsigned char *file = data + 1;
    const char *text = (const char *)data + 1;
    size_t n = len - 1;
    ng_error err = {0};
    switch (data[0] % 8) {
    case 0:
        ng_ner_model_free(ng_ner_model_read(file, n, "fuzz-model", &err));
        break;
    case 1:
        ng_syntax_model_free(ng_syntax_model_read(file, n, "fuzz-model", &err));
        break;
    case 2:
        ng_type_model_free(ng_type_model_read(text, n, "fuzz-model", &err));
        break;
    case 4:
        ng_attr_model_free(ng_attr_model_read(file, n, "fuzz-model", &err));
        break;
    case 6:
        ng_coref_model_free(ng_coref_model_read(file, n, "fuzz-model", &err));
        break;
    case 7:
        ng_trig_model_free(ng_trig_model_read(file, n, "fuzz-model", &err));
        break;
    case 3:
        ng_ner_clusters_free(ng_ner_clusters_parse(text, n, "fuzz-clusters", &err));
        break;
    default: {
        /* building the lexicons takes milliseconds: one serves 256 inputs
         * (triggers added to it replace or extend its table) */
        static ng_lexicon *lex;
        static unsigned uses;
        if (lex && ++uses % 256 == 0) {
            ng_lexicon_free(lex);
            lex = NULL;
        }
        if (!lex)
            lex = ng_lexicon_new();
        ng_lexicon_add_triggers(lex, text, n, "fuzz-triggers", &err);
        break;
    }
    }
    return 0;
}
