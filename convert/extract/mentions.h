/* mentions.h -- what the stages of ng_find_mentions share: mentions.c
 * (names in sentences, the driver), mentions_titles.c, mentions_tagger.c,
 * mentions_types.c and mentions_passes.c, in the order the driver runs
 * them. Each function is documented where it is defined. Private to
 * convert/extract. */
#ifndef NG_MENTIONS_H
#define NG_MENTIONS_H

#include "internal.h"

/* mentions.c */
const char *ng_mn_name_range(ng_document *doc, size_t i, size_t j);
void ng_mn_respan(ng_document *doc, ng_mention *m, size_t i, size_t j);
bool ng_mn_is_word(const ng_token *t);
bool ng_mn_lower_after_hyphen(const ng_document *doc, size_t i);
bool ng_mn_roman(const char *w);
bool ng_mn_party_state(const ng_token *t);
bool ng_mn_in_code(const ng_document *doc, size_t i);
bool ng_mn_model_designation(const ng_document *doc, size_t i, size_t j);
bool ng_mn_era_mark(const ng_document *doc, size_t i);
bool ng_mn_connector(const ng_document *doc, const char *w);
bool ng_mn_has_connector(const ng_document *doc, size_t i, size_t j);
bool ng_mn_hyphenated_title(const ng_document *doc, const char *w);
bool ng_mn_portfolio_head(const ng_document *doc, size_t k);
bool ng_mn_plural_title(const ng_document *doc, size_t i, char *one);
bool ng_mn_title_word(const ng_document *doc, size_t i);
bool ng_mn_possessive_title_at(const ng_document *doc, size_t i);
bool ng_mn_listed_after_companies(const ng_document *doc, const ng_mention *om);
bool ng_mn_title_of_tail(const ng_document *doc, size_t i);
bool ng_mn_title_modifier_of_head(const ng_document *doc, size_t k, size_t hi);
size_t ng_mn_demonym_ending(ng_document *doc, size_t k, size_t from, const ng_lex_entry **e);
bool ng_mn_has_org_word(ng_document *doc, size_t i, size_t j);
void ng_mn_set_demonym(ng_mention *m, const ng_lex_entry *e, size_t start, size_t end);
ng_mention *ng_mn_add(ng_document *doc, size_t i, size_t j, int type);
bool ng_mn_settlement_noun(const ng_document *doc, const char *w);
bool ng_mn_surname_named_before(const ng_document *doc, size_t i);
const ng_lex_entry *ng_mn_party_word(const ng_document *doc, size_t q);
bool ng_mn_plural_noun_opening(const ng_document *doc, size_t k);
bool ng_mn_post_nominal_after_name(const ng_document *doc, size_t k);
bool ng_mn_acronym_of_a_thing(const ng_document *doc, size_t k);
bool ng_mn_title_context(const ng_document *doc, size_t i, size_t j, size_t end);
bool ng_mn_person_context(const ng_document *doc, size_t i, size_t j, size_t end);
bool ng_mn_body_or_person_apposition(const ng_document *doc, size_t k, size_t hi);
size_t ng_mn_place_connector_end(const ng_document *doc, size_t j);
bool ng_mn_dateline_at(const ng_document *doc, size_t i, size_t j);
bool ng_mn_shouted(const ng_document *doc, size_t i, size_t j);
bool ng_mn_law_name(const ng_document *doc, size_t i, size_t j);
size_t ng_mn_before_post_nominals(const ng_document *doc, size_t i, size_t j);

/* mentions_titles.c */
void ng_mn_premodifiers(ng_document *doc, int mi);
bool ng_mn_civic_title(const ng_document *doc, size_t from, size_t to);
void ng_mn_name_becomes_org(ng_document *doc, int b);
void ng_mn_postmodifiers(ng_document *doc, int mi);
void ng_mn_appositive_orgs(ng_document *doc);
void ng_mn_possessive_orgs(ng_document *doc);
bool ng_mn_team_tail(const ng_document *doc, size_t i, size_t j);
bool ng_mn_place_led_org(ng_document *doc, size_t first, size_t nrule, size_t i, size_t j);
bool ng_mn_join_across_connector(ng_document *doc, size_t first, size_t nrule, size_t i, size_t j, int mtype);

/* mentions_tagger.c */
int ng_mn_actor_type_of_reading(int reading);
bool ng_mn_given_names(ng_document *doc, size_t i, size_t j);
void ng_mn_tagger(ng_document *doc);
int ng_mn_tagger_reading(const ng_document *doc, size_t i, size_t j);

/* mentions_types.c */
bool ng_mn_word_of_full_name(const ng_document *doc, size_t k, bool given, bool tagged);
bool ng_mn_company_title(const ng_document *doc, const char *folded);
void ng_mn_employers(ng_document *doc);
void ng_mn_workplaces(ng_document *doc);
bool ng_mn_town_before_state(const ng_document *doc, const ng_mention *m);
void ng_mn_coordinated_places(ng_document *doc);
void ng_mn_named_units(ng_document *doc);
void ng_mn_periods(ng_document *doc);
void ng_mn_prize_fields(ng_document *doc);
char ng_mn_reported_pronoun(const ng_document *doc, const ng_mention *om);
void ng_mn_document_types(ng_document *doc);

/* mentions_passes.c */
void ng_mn_quoted_names(ng_document *doc);
void ng_mn_possessive_offices(ng_document *doc);
int ng_mn_by_start(const void *a, const void *b);
void ng_mn_courtesy_people(ng_document *doc);
void ng_mn_function_word_given_names(ng_document *doc);
bool ng_mn_player_position(const ng_document *doc, size_t k);
void ng_mn_short_org_names(ng_document *doc);
void ng_mn_eponyms(ng_document *doc);
void ng_mn_words_of_things(ng_document *doc);
void ng_mn_case_names(ng_document *doc);
void ng_mn_storm_names(ng_document *doc);
void ng_mn_reporting_bodies(ng_document *doc);
void ng_mn_nationals(ng_document *doc);
void ng_mn_places_in_org_names(ng_document *doc);
void ng_mn_states_not_countries(ng_document *doc);
void ng_mn_campus_places(ng_document *doc);
uint16_t ng_mn_name_bits(const ng_document *doc, size_t k, bool *common);
bool ng_mn_listed_name_word(const ng_document *doc, size_t k);
bool ng_mn_common_word_in_capitals(const ng_document *doc, size_t k);
bool ng_mn_collective_demonym(const char *folded);
/* The place a people's name not in the lexicon is made from ("floridian",
 * "puerto rican", "new yorker"): an ending of `demonym-endings` off, and the
 * rest as it is or completed the ways place names end; NULL when none. */
const ng_lex_entry *ng_mn_place_of_people(const ng_document *doc, const char *folded);
void ng_mn_lone_unknown_people(ng_document *doc); /* "French", "Japanese": a whole people */
void ng_mn_opening_roles(ng_document *doc);
void ng_mn_nicknames(ng_document *doc);
void ng_mn_bodies_apposed(ng_document *doc);
void ng_mn_brand_possessives(ng_document *doc);
void ng_mn_and_tails(ng_document *doc);
void ng_mn_leading_particles(ng_document *doc);
void ng_mn_party_names(ng_document *doc);
void ng_mn_opening_modifiers(ng_document *doc);
void ng_mn_opening_common_words(ng_document *doc);
void ng_mn_opening_kind_nouns(ng_document *doc);
void ng_mn_sides_played_for(ng_document *doc);
bool ng_mn_service_chief(const ng_document *doc, size_t k);
void ng_mn_capitalized_lines(ng_document *doc);
void ng_mn_state_abbreviations(ng_document *doc);
void ng_mn_forms_no_person_has(ng_document *doc);
void ng_mn_repeated_sides(ng_document *doc);
void ng_mn_sides_by_nickname(ng_document *doc);
void ng_mn_city_sides(ng_document *doc);
void ng_mn_one_type_per_name(ng_document *doc);
void ng_mn_full_names_of_people(ng_document *doc);
void ng_mn_bodies_owning_posts(ng_document *doc);
void ng_mn_misc_employers(ng_document *doc);
void ng_mn_bodies_before_posts(ng_document *doc);
void ng_mn_clipped_names(ng_document *doc);
void ng_mn_places_as_given_names(ng_document *doc);
void ng_mn_company_short_names(ng_document *doc);
void ng_mn_planets(ng_document *doc);
void ng_mn_counted_things(ng_document *doc);
void ng_mn_unit_words_before_titles(ng_document *doc);
void ng_mn_programmes(ng_document *doc);
/* Whether an acronym is a name's initials ("BOJ" of the "Bank of Japan");
 * with any_order, also in another order (the name in its own language). */
bool ng_mn_initials_match(const char *name, const char *acr, bool any_order);

#endif
