/* syntax_model_none.c -- for builds without models/syntax-en.bin: no built-in model. */
const unsigned char ng_syntax_model_data[1] = {0};
const unsigned long long ng_syntax_model_size = 0;
