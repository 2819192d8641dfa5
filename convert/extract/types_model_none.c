/* types_model_none.c -- for builds without models/actor-types.tsv: no built-in model. */
const unsigned char ng_types_model_data[1] = {0};
const unsigned long long ng_types_model_size = 0;
