/* attribution_model_none.c -- for builds without models/attribution-en.bin: no built-in model. */
const unsigned char ng_attr_model_data[1] = {0};
const unsigned long long ng_attr_model_size = 0;
