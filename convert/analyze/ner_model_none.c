/* ner_model_none.c -- for builds without models/ner-en.bin: no built-in model. */
const unsigned char ng_ner_model_data[1] = {0};
const unsigned long long ng_ner_model_size = 0;
