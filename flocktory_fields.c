/*
 * flocktory - Flocktory snippets for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * The field tables of the contract (issue 2; the fallbacks of issue 11; the
 * tags of issue 13; the cart items of issue 14) and the walker that checks an
 * array against one and writes it, as JSON or as attributes, field by field
 * in the table's order, whatever the order of the input; and the walker of
 * the one free-keyed array, the profile data of issue 14. No user
 * code runs during the walk (objects are refused, never converted), so the
 * arrays cannot change under it.
 */

#include "php.h"
#include "php_flocktory_fields.h"
#include "php_flocktory_scan.h"

#define FLOCKTORY_EXPECT_NAME "a string, or null when the name is unknown"
#define FLOCKTORY_EXPECT_EMAIL "an email address like name@example.com"
#define FLOCKTORY_EXPECT_EMAIL_OR_FALLBACK \
	"an email address, or a user.phone or user.id to build one from"
#define FLOCKTORY_EXPECT_PHONE \
	"a phone number of 10 to 15 digits (with spaces, -, (, ), . and one leading + allowed)"
#define FLOCKTORY_EXPECT_USER_ID \
	"1 to 64 of A-Z a-z 0-9 _ - and . (a dot not first, last or doubled)"
#define FLOCKTORY_EXPECT_ORDER_ID "a non-empty string or int"
#define FLOCKTORY_EXPECT_PRICE \
	"a number from 0 up to below 10^15 (an int, a float or a decimal string like \"1999.90\")"
#define FLOCKTORY_EXPECT_COUNT \
	"a number above 0 and below 10^15 (an int, a float or a decimal string like \"2\")"
#define FLOCKTORY_EXPECT_ITEMS "a non-empty array of items"
#define FLOCKTORY_EXPECT_IMAGE \
	"an absolute URL starting with http://, https:// or // and a host, without spaces or control characters"
#define FLOCKTORY_EXPECT_CATEGORY_ID "a non-empty string or an int from 1"
#define FLOCKTORY_EXPECT_SITE_ID "a Flocktory site id, an int from 1 or a string of its digits"
#define FLOCKTORY_EXPECT_NO_NUL "text without U+0000, which an HTML attribute cannot carry"

/* The exchange's address when there is neither email nor phone: the
 * placeholder Flocktory documents for it. */
#define FLOCKTORY_EXCHANGE_EMAIL "xname@flocktory.com"

#define FLOCKTORY_EXPECT_FREE_KEY "keys of 1 to 64 of A-Z a-z 0-9 _ - . only"
#define FLOCKTORY_EXPECT_FREE_VALUE \
	"a string, a bool, null, or an int or finite float below 10^15 in absolute value"
#define FLOCKTORY_EXPECT_FREE_ONE "at least one value that is not null or empty"

#define FLOCKTORY_UNKNOWN_EMAIL "@unknown.email"

/* Prices and counts stay below 10^15, where every integer is exact in a
 * double and in a JavaScript number. */
#define FLOCKTORY_NUMBER_LIMIT INT64_C(1000000000000000)

/* What a bad value of each rule is told it should be; a missing required
 * one is told the second text. */
static const struct {
	const char *expected;
	const char *missing;
} flocktory_fields_rules[] = {
	[FLOCKTORY_RULE_TEXT] = {"a string", "a string"},
	[FLOCKTORY_RULE_ID] = {"a string or int", "a string or int"},
	[FLOCKTORY_RULE_URL] = {FLOCKTORY_EXPECT_IMAGE, FLOCKTORY_EXPECT_IMAGE},
	[FLOCKTORY_RULE_PRICE] = {FLOCKTORY_EXPECT_PRICE, FLOCKTORY_EXPECT_PRICE},
	[FLOCKTORY_RULE_COUNT] = {FLOCKTORY_EXPECT_COUNT, FLOCKTORY_EXPECT_COUNT},
	[FLOCKTORY_RULE_EMAIL] = {FLOCKTORY_EXPECT_EMAIL, FLOCKTORY_EXPECT_EMAIL_OR_FALLBACK},
	[FLOCKTORY_RULE_PHONE] = {FLOCKTORY_EXPECT_PHONE, FLOCKTORY_EXPECT_PHONE},
	[FLOCKTORY_RULE_USER_ID] = {FLOCKTORY_EXPECT_USER_ID, FLOCKTORY_EXPECT_USER_ID},
	[FLOCKTORY_RULE_SEX] = {"\"m\" or \"f\"", "\"m\" or \"f\""},
	[FLOCKTORY_RULE_LIST] = {FLOCKTORY_EXPECT_ITEMS, FLOCKTORY_EXPECT_ITEMS},
	[FLOCKTORY_RULE_BOOL] = {"true or false", "true or false"},
	[FLOCKTORY_RULE_CATEGORY] = {FLOCKTORY_EXPECT_CATEGORY_ID, FLOCKTORY_EXPECT_CATEGORY_ID},
	[FLOCKTORY_RULE_SITE_ID] = {FLOCKTORY_EXPECT_SITE_ID, FLOCKTORY_EXPECT_SITE_ID},
};

/* The fallback chains (issue 21): the first step present and valid makes
 * the address, so a messy phone no longer costs the event when the id, or
 * the exchange's fixed address, would make one. */
static const flocktory_fallback flocktory_fields_user_fallbacks[] = {
	{"phone", NULL},
	{"id", NULL},
	{NULL, NULL},
};

/* The exchange's chain is Flocktory's own: the phone, else a fixed address. */
static const flocktory_fallback flocktory_fields_exchange_fallbacks[] = {
	{"phone", NULL},
	{NULL, FLOCKTORY_EXCHANGE_EMAIL},
};

/* ---------------------------------------------------------------- tables */

/* What FLOCKTORY_TABLE(fields, ...) names: a slot for each row's interned
 * key, and the table's walker (FLOCKTORY_WALKER, below the walk). */
#define FLOCKTORY_TABLE_PARTS(fields) \
	static zend_string *fields##_names[sizeof(fields) / sizeof(fields[0])]; \
	static zend_result fields##_write(smart_str *buf, zval *value, const flocktory_place *at, flocktory_error *err)

static const flocktory_field flocktory_fields_user[] = {
	FLOCKTORY_FIELD("name", FLOCKTORY_RULE_TEXT, FLOCKTORY_KEY_REQUIRED, "name", FLOCKTORY_EXPECT_NAME, NULL),
	FLOCKTORY_FIELD("email", FLOCKTORY_RULE_EMAIL, FLOCKTORY_REQUIRED_LAST, "email", NULL, NULL),
	FLOCKTORY_FIELD_UNWRITTEN("phone", FLOCKTORY_RULE_PHONE, FLOCKTORY_FALLBACK_ONLY),
	FLOCKTORY_FIELD_UNWRITTEN("id", FLOCKTORY_RULE_USER_ID, FLOCKTORY_FALLBACK_ONLY),
	FLOCKTORY_FIELD("sex", FLOCKTORY_RULE_SEX, FLOCKTORY_OPTIONAL, "sex", NULL, NULL),
};

static const flocktory_field flocktory_fields_item[] = {
	FLOCKTORY_FIELD("id", FLOCKTORY_RULE_ID, FLOCKTORY_OPTIONAL, "id", NULL, NULL),
	FLOCKTORY_FIELD("title", FLOCKTORY_RULE_TEXT, FLOCKTORY_OPTIONAL, "title", NULL, NULL),
	FLOCKTORY_FIELD("price", FLOCKTORY_RULE_PRICE, FLOCKTORY_OPTIONAL, "price", NULL, NULL),
	FLOCKTORY_FIELD("image", FLOCKTORY_RULE_URL, FLOCKTORY_OPTIONAL, "image", NULL, NULL),
	FLOCKTORY_FIELD("count", FLOCKTORY_RULE_COUNT, FLOCKTORY_OPTIONAL, "count", NULL, NULL),
};

FLOCKTORY_TABLE_PARTS(flocktory_fields_item);
static const flocktory_table flocktory_table_item = FLOCKTORY_TABLE(flocktory_fields_item, true, FLOCKTORY_OUT_JSON, NULL);

static const flocktory_field flocktory_fields_order[] = {
	FLOCKTORY_FIELD("id", FLOCKTORY_RULE_ID, FLOCKTORY_REQUIRED, "id", FLOCKTORY_EXPECT_ORDER_ID, NULL),
	FLOCKTORY_FIELD("price", FLOCKTORY_RULE_PRICE, FLOCKTORY_REQUIRED, "price", NULL, NULL),
	FLOCKTORY_FIELD("custom_field", FLOCKTORY_RULE_ID, FLOCKTORY_OPTIONAL, "custom_field", NULL, NULL),
	FLOCKTORY_FIELD("items", FLOCKTORY_RULE_LIST, FLOCKTORY_REQUIRED, "items", NULL, &flocktory_table_item),
};

/* A cart event's item (issue 14); the id is required with order.id's
 * message. An added item and each item of a whole cart need a price; a
 * removed one does not. */
static const flocktory_field flocktory_fields_cart_item[] = {
	FLOCKTORY_FIELD("id", FLOCKTORY_RULE_ID, FLOCKTORY_REQUIRED, "id", FLOCKTORY_EXPECT_ORDER_ID, NULL),
	FLOCKTORY_FIELD("price", FLOCKTORY_RULE_PRICE, FLOCKTORY_REQUIRED, "price", NULL, NULL),
	FLOCKTORY_FIELD("count", FLOCKTORY_RULE_COUNT, FLOCKTORY_REQUIRED, "count", NULL, NULL),
	FLOCKTORY_FIELD("brand", FLOCKTORY_RULE_TEXT, FLOCKTORY_OPTIONAL, "brand", NULL, NULL),
	FLOCKTORY_FIELD("category_id", FLOCKTORY_RULE_ID, FLOCKTORY_OPTIONAL, "categoryId", NULL, NULL),
};

static const flocktory_field flocktory_fields_removed_item[] = {
	FLOCKTORY_FIELD("id", FLOCKTORY_RULE_ID, FLOCKTORY_REQUIRED, "id", FLOCKTORY_EXPECT_ORDER_ID, NULL),
	FLOCKTORY_FIELD("price", FLOCKTORY_RULE_PRICE, FLOCKTORY_OPTIONAL, "price", NULL, NULL),
	FLOCKTORY_FIELD("count", FLOCKTORY_RULE_COUNT, FLOCKTORY_REQUIRED, "count", NULL, NULL),
	FLOCKTORY_FIELD("brand", FLOCKTORY_RULE_TEXT, FLOCKTORY_OPTIONAL, "brand", NULL, NULL),
	FLOCKTORY_FIELD("category_id", FLOCKTORY_RULE_ID, FLOCKTORY_OPTIONAL, "categoryId", NULL, NULL),
};

FLOCKTORY_TABLE_PARTS(flocktory_fields_cart_item);
const flocktory_table php_flocktory_table_cart_item = FLOCKTORY_TABLE(flocktory_fields_cart_item, false, FLOCKTORY_OUT_JSON, NULL);

FLOCKTORY_TABLE_PARTS(flocktory_fields_removed_item);
const flocktory_table php_flocktory_table_removed_item = FLOCKTORY_TABLE(flocktory_fields_removed_item, false, FLOCKTORY_OUT_JSON, NULL);

FLOCKTORY_TABLE_PARTS(flocktory_fields_user);
const flocktory_table php_flocktory_table_user = FLOCKTORY_TABLE(flocktory_fields_user, false, FLOCKTORY_OUT_JSON, flocktory_fields_user_fallbacks);

FLOCKTORY_TABLE_PARTS(flocktory_fields_order);
const flocktory_table php_flocktory_table_order = FLOCKTORY_TABLE(flocktory_fields_order, false, FLOCKTORY_OUT_JSON, NULL);

/* The user of the tags: postcheckout's keys and rules, so one array serves
 * both, but a blank name is left out and sex is checked, never written. */
static const flocktory_field flocktory_fields_user_tag[] = {
	FLOCKTORY_ATTR_FIELD("name", FLOCKTORY_RULE_TEXT, FLOCKTORY_OPTIONAL, "data-fl-user-name", FLOCKTORY_EXPECT_NAME),
	FLOCKTORY_ATTR_FIELD("email", FLOCKTORY_RULE_EMAIL, FLOCKTORY_REQUIRED_LAST,
		"data-fl-user-email", NULL),
	FLOCKTORY_FIELD_UNWRITTEN("phone", FLOCKTORY_RULE_PHONE, FLOCKTORY_FALLBACK_ONLY),
	FLOCKTORY_FIELD_UNWRITTEN("id", FLOCKTORY_RULE_USER_ID, FLOCKTORY_FALLBACK_ONLY),
	FLOCKTORY_FIELD_UNWRITTEN("sex", FLOCKTORY_RULE_SEX, FLOCKTORY_OPTIONAL),
};

FLOCKTORY_TABLE_PARTS(flocktory_fields_user_tag);
const flocktory_table php_flocktory_table_user_tag = FLOCKTORY_TABLE(flocktory_fields_user_tag, false, FLOCKTORY_OUT_ATTR, flocktory_fields_user_fallbacks);

/* The exchange's chain has no id step, so the id is allowed but never read. */
static const flocktory_field flocktory_fields_exchange_user[] = {
	FLOCKTORY_ATTR_FIELD("name", FLOCKTORY_RULE_TEXT, FLOCKTORY_OPTIONAL, "data-fl-user-name", FLOCKTORY_EXPECT_NAME),
	FLOCKTORY_ATTR_FIELD("email", FLOCKTORY_RULE_EMAIL, FLOCKTORY_OPTIONAL, "data-fl-user-email", NULL),
	FLOCKTORY_FIELD_UNWRITTEN("phone", FLOCKTORY_RULE_PHONE, FLOCKTORY_FALLBACK_ONLY),
	FLOCKTORY_FIELD_UNWRITTEN("id", FLOCKTORY_RULE_USER_ID, FLOCKTORY_UNREAD),
	FLOCKTORY_FIELD_UNWRITTEN("sex", FLOCKTORY_RULE_SEX, FLOCKTORY_OPTIONAL),
};

FLOCKTORY_TABLE_PARTS(flocktory_fields_exchange_user);
const flocktory_table php_flocktory_table_exchange_user = FLOCKTORY_TABLE(flocktory_fields_exchange_user, false, FLOCKTORY_OUT_ATTR, flocktory_fields_exchange_fallbacks);

/* Flocktory asks for "" where a shop has the field but the product lacks
 * it, so a blank category or vendor is written; null leaves it out. */
static const flocktory_field flocktory_fields_item_view[] = {
	FLOCKTORY_ATTR_FIELD("id", FLOCKTORY_RULE_ID, FLOCKTORY_REQUIRED, "data-fl-item-id", FLOCKTORY_EXPECT_ORDER_ID),
	FLOCKTORY_ATTR_FIELD("category_id", FLOCKTORY_RULE_ID, FLOCKTORY_BLANK_WRITTEN, "data-fl-item-category-id", NULL),
	FLOCKTORY_ATTR_FIELD("vendor", FLOCKTORY_RULE_TEXT, FLOCKTORY_BLANK_WRITTEN, "data-fl-item-vendor", NULL),
	FLOCKTORY_ATTR_FIELD("available", FLOCKTORY_RULE_BOOL, FLOCKTORY_OPTIONAL, "data-fl-item-available", NULL),
};

FLOCKTORY_TABLE_PARTS(flocktory_fields_item_view);
const flocktory_table php_flocktory_table_item_view = FLOCKTORY_TABLE(flocktory_fields_item_view, false, FLOCKTORY_OUT_ATTR, NULL);

/* The arguments that are values. A category view's id is required:
 * null is a category not found, reported as an empty id is. */
const flocktory_field php_flocktory_arg_spot =
	FLOCKTORY_FIELD_UNWRITTEN("spot", FLOCKTORY_RULE_TEXT, FLOCKTORY_OPTIONAL);
const flocktory_field php_flocktory_arg_category_id =
	FLOCKTORY_FIELD_UNWRITTEN("category_id", FLOCKTORY_RULE_CATEGORY, FLOCKTORY_REQUIRED);
const flocktory_field php_flocktory_arg_site_id =
	FLOCKTORY_FIELD_UNWRITTEN("site_id", FLOCKTORY_RULE_SITE_ID, FLOCKTORY_REQUIRED);

/* Every table, for php_flocktory_fields_startup(). */
static const flocktory_table *const flocktory_fields_tables[] = {
	&php_flocktory_table_user, &php_flocktory_table_order, &flocktory_table_item, &php_flocktory_table_cart_item,
	&php_flocktory_table_removed_item, &php_flocktory_table_user_tag, &php_flocktory_table_exchange_user,
	&php_flocktory_table_item_view,
};

void php_flocktory_fields_startup(void)
{
	size_t t, i;

	for (t = 0; t < sizeof(flocktory_fields_tables) / sizeof(flocktory_fields_tables[0]); t++) {
		for (i = 0; i < flocktory_fields_tables[t]->count; i++) {
			const flocktory_field *f = &flocktory_fields_tables[t]->fields[i];

			/* Interned strings are hashed; a script's literal key of the
			 * same text is this very string unless opcache holds its own. */
			flocktory_fields_tables[t]->names[i] = zend_string_init_interned(f->key, f->key_len, true);
		}
	}
}

/* What a bad value of row f is told it should be, and a missing one. */
static const char *flocktory_fields_expected(const flocktory_field *f)
{
	return f->expected ? f->expected : flocktory_fields_rules[f->rule].expected;
}

static const char *flocktory_fields_missing_text(const flocktory_field *f)
{
	return f->expected ? f->expected : flocktory_fields_rules[f->rule].missing;
}

/* ---------------------------------------------------------------- values */

/* null, or a string that is empty after trimming: what "absent" means. */
static bool flocktory_fields_is_empty(zval *z)
{
	const unsigned char *s;
	size_t len;

	if (z == NULL) {
		return true;
	}
	ZVAL_DEREF(z);
	if (Z_TYPE_P(z) == IS_NULL) {
		return true;
	}
	if (Z_TYPE_P(z) != IS_STRING) {
		return false;
	}
	s = (const unsigned char *)Z_STRVAL_P(z);
	len = Z_STRLEN_P(z);
	php_flocktory_trim(&s, &len);
	return len == 0;
}

/* A string that was given, even if blank: not null, not missing. */
static bool flocktory_fields_is_string(zval *z)
{
	if (z == NULL) {
		return false;
	}
	ZVAL_DEREF(z);
	return Z_TYPE_P(z) == IS_STRING;
}

/* A value its rule refused: invalid UTF-8 is said to be that, anything
 * else not to be what was expected. */
static zend_result flocktory_fields_refused(zval *z, const char *expected, const flocktory_place *at,
	const char *name, flocktory_error *err)
{
	size_t bad;

	ZVAL_DEREF(z);
	if (Z_TYPE_P(z) == IS_STRING
		&& !php_flocktory_utf8_scan((const unsigned char *)Z_STRVAL_P(z), Z_STRLEN_P(z), &bad)) {
		return php_flocktory_error_utf8(err, at, name, Z_STR_P(z), bad);
	}
	return php_flocktory_error_expected(err, at, name, expected, z);
}

/* A string (or, with ints_too, an int) as trimmed text, whose UTF-8 the
 * writer checks as it escapes it. An absent, null or empty value reads as
 * FLOCKTORY_ABSENT. */
static zend_always_inline zend_result flocktory_fields_text(flocktory_value *v, zval *z, bool ints_too,
	flocktory_output output, const flocktory_field *f, const flocktory_place *at, const char *name, flocktory_error *err)
{
	v->kind = FLOCKTORY_ABSENT;
	v->s = (const unsigned char *)"";
	v->len = 0;
	if (z == NULL) {
		return SUCCESS;
	}
	ZVAL_DEREF(z);
	switch (Z_TYPE_P(z)) {
		case IS_NULL:
			return SUCCESS;
		case IS_STRING:
			/* Trimming first is safe: it only looks at ASCII bytes. */
			v->s = (const unsigned char *)Z_STRVAL_P(z);
			v->len = Z_STRLEN_P(z);
			php_flocktory_trim(&v->s, &v->len);
			/* The parser replaces U+0000 in an attribute, and no escape
			 * gets it through: refuse it rather than change the text. */
			if (output == FLOCKTORY_OUT_ATTR && v->len && memchr(v->s, 0, v->len) != NULL) {
				return flocktory_fields_refused(z, FLOCKTORY_EXPECT_NO_NUL, at, name, err);
			}
			v->kind = v->len ? FLOCKTORY_TEXT : FLOCKTORY_ABSENT;
			return SUCCESS;
		case IS_LONG:
			if (ints_too) {
				char *end = (char *)v->scratch + sizeof(v->scratch) - 1;
				char *start = zend_print_long_to_buf(end, Z_LVAL_P(z));

				v->s = (const unsigned char *)start;
				v->len = (size_t)(end - start);
				v->kind = FLOCKTORY_TEXT;
				return SUCCESS;
			}
			break;
	}
	return php_flocktory_error_expected(err, at, name, flocktory_fields_expected(f), z);
}

/* A price, or with positive a count. */
static zend_always_inline zend_result flocktory_fields_number(flocktory_value *v, zval *z, bool positive,
	const flocktory_field *f, const flocktory_place *at, const char *name, flocktory_error *err)
{
	const unsigned char *s;
	size_t len;

	v->kind = FLOCKTORY_ABSENT;
	if (z == NULL) {
		return SUCCESS;
	}
	ZVAL_DEREF(z);
	switch (Z_TYPE_P(z)) {
		case IS_NULL:
			return SUCCESS;
		case IS_LONG:
			v->l = Z_LVAL_P(z);
			if (v->l < (positive ? 1 : 0) || (int64_t)v->l >= FLOCKTORY_NUMBER_LIMIT) {
				break;
			}
			v->kind = FLOCKTORY_LONG;
			return SUCCESS;
		case IS_DOUBLE:
			v->d = Z_DVAL_P(z);
			/* The comparisons are false for NAN; -0.0 passes as zero. */
			if (!(v->d >= 0.0 && v->d < (double)FLOCKTORY_NUMBER_LIMIT) || (positive && v->d == 0.0)) {
				break;
			}
			v->kind = FLOCKTORY_DOUBLE;
			return SUCCESS;
		case IS_STRING:
			s = (const unsigned char *)Z_STRVAL_P(z);
			len = Z_STRLEN_P(z);
			php_flocktory_trim(&s, &len);
			if (len == 0) {
				return SUCCESS;
			}
			if (!php_flocktory_decimal_scan(s, len, &v->dec)) {
				return flocktory_fields_refused(z, flocktory_fields_expected(f), at, name, err);
			}
			if (positive && v->dec.int_digits[0] == '0' && v->dec.frac_len == 0) {
				break;
			}
			v->kind = FLOCKTORY_DECIMAL;
			return SUCCESS;
	}
	return php_flocktory_error_expected(err, at, name, flocktory_fields_expected(f), z);
}

/* A site id: an int from 1, or what getenv() gives for one, a string of
 * ASCII digits (trimmed) with such a value. The same in strict and coercive
 * mode: the string is read here, never by PHP's numeric-string rules. */
static zend_result flocktory_fields_site_id(flocktory_value *v, zval *z, const flocktory_field *f,
	const flocktory_place *at, const char *name, flocktory_error *err)
{
	const unsigned char *s;
	size_t len;
	uint64_t value;

	ZVAL_DEREF(z);
	v->kind = FLOCKTORY_LONG;
	if (Z_TYPE_P(z) == IS_LONG && Z_LVAL_P(z) >= 1) {
		v->l = Z_LVAL_P(z);
		return SUCCESS;
	}
	if (Z_TYPE_P(z) == IS_STRING) {
		s = (const unsigned char *)Z_STRVAL_P(z);
		len = Z_STRLEN_P(z);
		php_flocktory_trim(&s, &len);
		if (php_flocktory_site_id_scan(s, len, (uint64_t)ZEND_LONG_MAX, &value)) {
			v->l = (zend_long)value;
			return SUCCESS;
		}
	}
	return php_flocktory_error_expected(err, at, name, flocktory_fields_expected(f), z);
}

/* Replaces v's text with s, a copy of what it built in scratch. */
static void flocktory_fields_set_scratch(flocktory_value *v, size_t len)
{
	v->kind = FLOCKTORY_TEXT;
	v->s = v->scratch;
	v->len = len;
}

/* The placeholder address Flocktory documents: DIGITS@unknown.email or
 * ID@unknown.email. Digits and id characters need no escaping. */
static void flocktory_fields_placeholder(flocktory_value *v, const unsigned char *local, size_t len)
{
	memmove(v->scratch, local, len);
	memcpy(v->scratch + len, FLOCKTORY_UNKNOWN_EMAIL, sizeof(FLOCKTORY_UNKNOWN_EMAIL) - 1);
	flocktory_fields_set_scratch(v, len + sizeof(FLOCKTORY_UNKNOWN_EMAIL) - 1);
}

/* true or false; null or nothing reads as FLOCKTORY_ABSENT. */
static zend_result flocktory_fields_bool(flocktory_value *v, zval *z, const flocktory_field *f,
	const flocktory_place *at, const char *name, flocktory_error *err)
{
	v->kind = FLOCKTORY_ABSENT;
	if (z == NULL) {
		return SUCCESS;
	}
	ZVAL_DEREF(z);
	switch (Z_TYPE_P(z)) {
		case IS_NULL:
			return SUCCESS;
		case IS_TRUE:
		case IS_FALSE:
			v->kind = FLOCKTORY_BOOL;
			v->b = Z_TYPE_P(z) == IS_TRUE;
			return SUCCESS;
	}
	return php_flocktory_error_expected(err, at, name, flocktory_fields_expected(f), z);
}

/* Reads z by rule into v, text measured for output; rules that build text
 * build it in v->scratch. */
static zend_always_inline zend_result flocktory_fields_scalar(flocktory_value *v, zval *z, const flocktory_field *f,
	flocktory_output output, const flocktory_place *at, const char *name, flocktory_error *err)
{
	flocktory_rule rule = f->rule;
	unsigned char digits[FLOCKTORY_PHONE_MAX_DIGITS];
	size_t n, sign, i;

	switch (rule) {
		case FLOCKTORY_RULE_PRICE:
		case FLOCKTORY_RULE_COUNT:
			return flocktory_fields_number(v, z, rule == FLOCKTORY_RULE_COUNT, f, at, name, err);
		case FLOCKTORY_RULE_BOOL:
			return flocktory_fields_bool(v, z, f, at, name, err);
		case FLOCKTORY_RULE_SITE_ID:
			return flocktory_fields_site_id(v, z, f, at, name, err);
		case FLOCKTORY_RULE_ID:
		case FLOCKTORY_RULE_CATEGORY:
		case FLOCKTORY_RULE_PHONE:
		case FLOCKTORY_RULE_USER_ID:
			if (flocktory_fields_text(v, z, true, output, f, at, name, err) == FAILURE) {
				return FAILURE;
			}
			break;
		default:
			if (flocktory_fields_text(v, z, false, output, f, at, name, err) == FAILURE) {
				return FAILURE;
			}
			break;
	}
	if (v->kind == FLOCKTORY_ABSENT) {
		return SUCCESS;
	}
	switch (rule) {
		case FLOCKTORY_RULE_CATEGORY:
			/* Feed category ids are positive; 0 is what null and false
			 * become in coercive mode. */
			ZVAL_DEREF(z);
			if (Z_TYPE_P(z) == IS_LONG && Z_LVAL_P(z) < 1) {
				return php_flocktory_error_expected(err, at, name, flocktory_fields_expected(f), z);
			}
			break;
		case FLOCKTORY_RULE_URL:
			if (!php_flocktory_url_scan(v->s, v->len)) {
				return flocktory_fields_refused(z, flocktory_fields_expected(f), at, name, err);
			}
			break;
		case FLOCKTORY_RULE_EMAIL:
			if (v->len > sizeof(v->scratch) || !php_flocktory_email_scan(v->s, v->len, &sign)) {
				return flocktory_fields_refused(z, flocktory_fields_expected(f), at, name, err);
			}
			/* Domains are case-insensitive: one customer, one address. */
			memcpy(v->scratch, v->s, v->len);
			for (i = sign; i < v->len; i++) {
				if (v->scratch[i] >= 'A' && v->scratch[i] <= 'Z') {
					v->scratch[i] |= 0x20;
				}
			}
			v->s = v->scratch;
			break;
		case FLOCKTORY_RULE_PHONE:
			if ((n = php_flocktory_phone_scan(v->s, v->len, digits)) == 0) {
				return flocktory_fields_refused(z, flocktory_fields_expected(f), at, name, err);
			}
			flocktory_fields_placeholder(v, digits, n);
			break;
		case FLOCKTORY_RULE_USER_ID:
			if (!php_flocktory_user_id_scan(v->s, v->len)) {
				return flocktory_fields_refused(z, flocktory_fields_expected(f), at, name, err);
			}
			flocktory_fields_placeholder(v, v->s, v->len);
			break;
		case FLOCKTORY_RULE_SEX:
			if (v->len != 1 || ((v->s[0] | 0x20) != 'm' && (v->s[0] | 0x20) != 'f')) {
				return flocktory_fields_refused(z, flocktory_fields_expected(f), at, name, err);
			}
			v->scratch[0] = v->s[0] | 0x20;
			flocktory_fields_set_scratch(v, 1);
			break;
		default:
			break;
	}
	return SUCCESS;
}

/* Text of z that the writer found not to be UTF-8 at bad. */
static zend_result flocktory_fields_not_utf8(const flocktory_value *v, zval *z, size_t bad,
	const flocktory_place *at, const char *name, flocktory_error *err)
{
	/* Only text read from z itself can be refused. */
	ZVAL_DEREF(z);
	bad += (size_t)(v->s - (const unsigned char *)Z_STRVAL_P(z));
	return php_flocktory_error_utf8(err, at, name, Z_STR_P(z), bad);
}

/* One field's output, v read from z: a JSON member under out ("name":),
 * or an attribute (out is ` NAME="`). */
static zend_always_inline zend_result flocktory_fields_put(smart_str *buf, flocktory_output output, const char *out,
	size_t out_len, bool *first, const flocktory_value *v, zval *z, const flocktory_place *at, const char *name,
	flocktory_error *err)
{
	size_t bad;
	bool ok;

	if (output == FLOCKTORY_OUT_ATTR) {
		ok = php_flocktory_attr_value(buf, out, out_len, v, &bad);
		*first = false;
	} else {
		if (out) {
			php_flocktory_json_key(buf, first, out, out_len);
		}
		ok = v->kind == FLOCKTORY_TEXT ? php_flocktory_json_string(buf, v->s, v->len, &bad)
			: php_flocktory_json_value(buf, v, &bad);
	}
	if (EXPECTED(ok)) {
		return SUCCESS;
	}
	return flocktory_fields_not_utf8(v, z, bad, at, name, err);
}

zend_result php_flocktory_fields_write_value(smart_str *buf, const flocktory_value *v, zval *z,
	const flocktory_place *at, const char *name, flocktory_error *err)
{
	bool first = false;

	return flocktory_fields_put(buf, FLOCKTORY_OUT_JSON, NULL, 0, &first, v, z, at, name, err);
}

zend_result php_flocktory_fields_write_attr(smart_str *buf, const char *out, size_t out_len, const flocktory_value *v,
	zval *z, const flocktory_place *at, const char *name, flocktory_error *err)
{
	bool first = false;

	return flocktory_fields_put(buf, FLOCKTORY_OUT_ATTR, out, out_len, &first, v, z, at, name, err);
}

zend_result php_flocktory_fields_read(flocktory_value *v, zval *z, const flocktory_field *f, flocktory_output output,
	const flocktory_place *at, flocktory_error *err)
{
	if (flocktory_fields_scalar(v, z, f, output, at, f->key, err) == FAILURE) {
		return FAILURE;
	}
	if (v->kind == FLOCKTORY_ABSENT && f->presence == FLOCKTORY_REQUIRED) {
		return php_flocktory_error_expected(err, at, f->key, flocktory_fields_missing_text(f), z);
	}
	return SUCCESS;
}

/* ---------------------------------------------------------------- walker */

/* Unrolls a loop over a table's rows, of which there are at most
 * FLOCKTORY_FIELDS_MAX (GCC 8 and clang know the pragma). */
#if defined(__clang__) || (defined(__GNUC__) && __GNUC__ >= 8)
# define FLOCKTORY_PRAGMA(text) _Pragma(#text)
# define FLOCKTORY_UNROLL(n) FLOCKTORY_PRAGMA(GCC unroll n)
# define FLOCKTORY_UNROLL_ROWS FLOCKTORY_UNROLL(FLOCKTORY_FIELDS_MAX)
#else
# define FLOCKTORY_UNROLL_ROWS
#endif

size_t php_flocktory_fields_estimate(HashTable *ht, int depth)
{
	zval *val;
	size_t size = 2;

	ZEND_HASH_FOREACH_VAL(ht, val) {
		/* A short key with its quotes, colon and comma, or a number. */
		size += 12;
		if (Z_TYPE_P(val) == IS_STRING) {
			/* A long string is reserved only when it is written, once it
			 * is known to be valid. */
			size += Z_STRLEN_P(val) <= FLOCKTORY_FIELDS_ESTIMATE_STRING ? Z_STRLEN_P(val) : 0;
		} else if (Z_TYPE_P(val) == IS_ARRAY && depth > 0) {
			size += php_flocktory_fields_estimate(Z_ARRVAL_P(val), depth - 1);
		}
	} ZEND_HASH_FOREACH_END();
	return size;
}

/* The keys of table, as messages list them: "id, title, price". */
static void flocktory_fields_keys(smart_str *s, const char *before, const flocktory_table *table, const char *after)
{
	size_t i;

	smart_str_appends(s, before);
	for (i = 0; i < table->count; i++) {
		if (i > 0) {
			smart_str_appendl(s, ", ", 2);
		}
		smart_str_appendl(s, table->fields[i].key, table->fields[i].key_len);
	}
	smart_str_appends(s, after);
	smart_str_0(s);
}

/* "expected <before><the keys><after>, got <given>". */
static zend_result flocktory_fields_error_keys(flocktory_error *err, const flocktory_place *at, const char *before,
	const flocktory_table *table, const char *after, const zval *given)
{
	smart_str expected = {0};

	flocktory_fields_keys(&expected, before, table, after);
	php_flocktory_error_expected(err, at, NULL, ZSTR_VAL(expected.s), given);
	smart_str_free(&expected);
	return FAILURE;
}

/* A key that is not in table, with the list of those that are. */
static zend_result flocktory_fields_error_unknown(const flocktory_table *table, const zend_string *key,
	zend_ulong index, const flocktory_place *at, flocktory_error *err)
{
	smart_str allowed = {0};

	flocktory_fields_keys(&allowed, "", table, "");
	php_flocktory_error_unknown_key(err, at, key, index, ZSTR_VAL(allowed.s));
	smart_str_free(&allowed);
	return FAILURE;
}

/* Whether the len bytes at a and b are the same: for a key of 2 to 16
 * bytes, two overlapping loads a side (which cover it), not a call. */
static zend_always_inline bool flocktory_fields_same_bytes(const char *a, const char *b, size_t len)
{
	uint64_t a8, b8, c8, d8;
	uint32_t a4, b4, c4, d4;
	uint16_t a2, b2, c2, d2;

	if (len >= 8 && len <= 16) {
		memcpy(&a8, a, 8);
		memcpy(&b8, b, 8);
		memcpy(&c8, a + len - 8, 8);
		memcpy(&d8, b + len - 8, 8);
		return ((a8 ^ b8) | (c8 ^ d8)) == 0;
	}
	if (len >= 4 && len < 8) {
		memcpy(&a4, a, 4);
		memcpy(&b4, b, 4);
		memcpy(&c4, a + len - 4, 4);
		memcpy(&d4, b + len - 4, 4);
		return ((a4 ^ b4) | (c4 ^ d4)) == 0;
	}
	if (len >= 2 && len < 4) {
		memcpy(&a2, a, 2);
		memcpy(&b2, b, 2);
		memcpy(&c2, a + len - 2, 2);
		memcpy(&d2, b + len - 2, 2);
		return ((a2 ^ b2) | (c2 ^ d2)) == 0;
	}
	return memcmp(a, b, len) == 0;
}

/* By length (a constant in a table's walker), then by pointer when the key
 * is the row's interned string, else by hash: bytes are compared only for
 * a key that is almost surely it. (Under opcache a script's keys are
 * opcache's strings, never the row's.) */
static zend_always_inline bool flocktory_fields_key_is(const zend_string *key, const zend_string *name,
	const flocktory_field *f)
{
	return ZSTR_LEN(key) == f->key_len && (key == name || (ZSTR_H(key) == ZSTR_H(name)
		&& flocktory_fields_same_bytes(ZSTR_VAL(key), f->key, f->key_len)));
}

/* Sorts the entries of ht into found[], a slot a field of table; any other
 * key is an error. */
static zend_always_inline zend_result flocktory_fields_dispatch(HashTable *ht, const flocktory_table *table,
	zval **found, const flocktory_place *at, flocktory_error *err)
{
	zend_string *key;
	zend_ulong index;
	zval *val;
	size_t i;

	ZEND_HASH_FOREACH_KEY_VAL(ht, index, key, val) {
		if (key == NULL) {
			return flocktory_fields_error_unknown(table, NULL, index, at, err);
		}
		/* Unrolled, so that each row's key length is a constant. */
		FLOCKTORY_UNROLL_ROWS
		for (i = 0; i < table->count; i++) {
			if (flocktory_fields_key_is(key, table->names[i], &table->fields[i])) {
				break;
			}
		}
		if (i == table->count) {
			return flocktory_fields_error_unknown(table, key, index, at, err);
		}
		found[i] = val;
	} ZEND_HASH_FOREACH_END();
	return SUCCESS;
}

/* The row of table whose key is key. */
static size_t flocktory_fields_row(const flocktory_table *table, const char *key)
{
	size_t i;

	for (i = 0; strcmp(table->fields[i].key, key) != 0; i++) {
		/* Chains name rows of their own table. */
		ZEND_ASSERT(i + 1 < table->count);
	}
	ZEND_ASSERT(table->fields[i].presence == FLOCKTORY_FALLBACK_ONLY);
	return i;
}

/* The email of the row'th field or, when it is empty, what the first step
 * of the table's chain that is present and valid makes of it. A step that
 * is present but invalid is passed over; when no step makes an address,
 * the first such step's error is the one reported. */
static zend_result flocktory_fields_email(flocktory_value *v, zval **found, const flocktory_table *table, size_t row,
	const flocktory_place *at, flocktory_error *err)
{
	const flocktory_field *f = &table->fields[row];
	const flocktory_fallback *step;
	flocktory_error later = {{NULL, 0}, {NULL, 0}};
	bool failed = false;
	size_t i;

	if (flocktory_fields_scalar(v, found[row], f, table->output, at, f->key, err) == FAILURE) {
		return FAILURE;
	}
	if (v->kind != FLOCKTORY_ABSENT || table->fallbacks == NULL) {
		return SUCCESS;
	}
	for (step = table->fallbacks; step->key || step->fixed; step++) {
		if (step->fixed) {
			/* A fixed address: nothing in it to escape. */
			v->kind = FLOCKTORY_TEXT;
			v->s = (const unsigned char *)step->fixed;
			v->len = strlen(step->fixed);
			break;
		}
		i = flocktory_fields_row(table, step->key);
		if (flocktory_fields_is_empty(found[i])) {
			continue;
		}
		f = &table->fields[i];
		/* The first error goes into err; later ones are only thrown away. */
		if (flocktory_fields_scalar(v, found[i], f, table->output, at, f->key, failed ? &later : err) == SUCCESS) {
			break;
		}
		php_flocktory_error_free(&later);
		failed = true;
		v->kind = FLOCKTORY_ABSENT;
	}
	if (!failed) {
		return SUCCESS;
	}
	if (v->kind == FLOCKTORY_ABSENT) {
		return FAILURE;
	}
	php_flocktory_error_free(err);
	return SUCCESS;
}

zend_result php_flocktory_fields_write_list(smart_str *buf, HashTable *list, const flocktory_table *table,
	const flocktory_place *parent, const char *name, flocktory_error *err)
{
	flocktory_place at = {parent, name, 0};
	zval *element;

	smart_str_appendc(buf, '[');
	/* Positions, not keys, name the elements: a keyed list is written in
	 * its order too. */
	ZEND_HASH_FOREACH_VAL(list, element) {
		if (at.index > 0) {
			smart_str_appendc(buf, ',');
		}
		if (php_flocktory_fields_write_object(buf, element, table, &at, err) == FAILURE) {
			return FAILURE;
		}
		at.index++;
	} ZEND_HASH_FOREACH_END();
	smart_str_appendc(buf, ']');
	return SUCCESS;
}

/* A list field of a table: unlike a list argument, it may not be empty. */
static zend_result flocktory_fields_write_list(smart_str *buf, zval *value, const flocktory_field *f,
	const flocktory_place *parent, flocktory_error *err)
{
	if (value) {
		ZVAL_DEREF(value);
	}
	if (value == NULL || Z_TYPE_P(value) != IS_ARRAY || zend_hash_num_elements(Z_ARRVAL_P(value)) == 0) {
		return php_flocktory_error_expected(err, parent, f->key, flocktory_fields_expected(f), value);
	}
	return php_flocktory_fields_write_list(buf, Z_ARRVAL_P(value), f->of, parent, f->key, err);
}

static zend_always_inline zend_result flocktory_fields_walk(smart_str *buf, zval *value,
	const flocktory_table *table, const flocktory_place *at, flocktory_error *err)
{
	zval *found[FLOCKTORY_FIELDS_MAX] = {NULL};
	const flocktory_field *f, *missing = NULL;
	flocktory_value v;
	bool first = true, json = table->output == FLOCKTORY_OUT_JSON;
	size_t i;

	ZVAL_DEREF(value);
	if (Z_TYPE_P(value) != IS_ARRAY) {
		return flocktory_fields_error_keys(err, at, "an array with the keys ", table, "", value);
	}
	if (flocktory_fields_dispatch(Z_ARRVAL_P(value), table, found, at, err) == FAILURE) {
		return FAILURE;
	}
	if (json) {
		smart_str_appendc(buf, '{');
	}
	FLOCKTORY_UNROLL_ROWS
	for (i = 0; i < table->count; i++) {
		f = &table->fields[i];
		if (f->presence == FLOCKTORY_FALLBACK_ONLY || f->presence == FLOCKTORY_UNREAD) {
			continue;
		}
		if (f->rule == FLOCKTORY_RULE_LIST) {
			/* Lists are JSON only: an attribute holds no list. */
			ZEND_ASSERT(json);
			php_flocktory_json_key(buf, &first, f->out, f->out_len);
			if (flocktory_fields_write_list(buf, found[i], f, at, err) == FAILURE) {
				return FAILURE;
			}
			continue;
		}
		if (f->presence == FLOCKTORY_KEY_REQUIRED && found[i] == NULL) {
			return php_flocktory_error_expected(err, at, f->key, flocktory_fields_expected(f), NULL);
		}
		if (f->rule == FLOCKTORY_RULE_EMAIL) {
			if (flocktory_fields_email(&v, found, table, i, at, err) == FAILURE) {
				return FAILURE;
			}
		} else if (flocktory_fields_scalar(&v, found[i], f, table->output, at, f->key, err) == FAILURE) {
			return FAILURE;
		}
		if (v.kind == FLOCKTORY_ABSENT) {
			switch (f->presence) {
				case FLOCKTORY_REQUIRED:
					return php_flocktory_error_expected(err, at, f->key, flocktory_fields_missing_text(f), found[i]);
				case FLOCKTORY_REQUIRED_LAST:
					missing = missing ? missing : f;
					continue;
				case FLOCKTORY_KEY_REQUIRED:
					break;
				case FLOCKTORY_BLANK_WRITTEN:
					if (!flocktory_fields_is_string(found[i])) {
						continue;
					}
					break;
				default:
					continue;
			}
		}
		if (f->out) {
			if (flocktory_fields_put(buf, table->output, f->out, f->out_len, &first, &v, found[i], at, f->key, err)
					== FAILURE) {
				return FAILURE;
			}
		}
	}
	if (missing) {
		return php_flocktory_error_expected(err, at, missing->key, flocktory_fields_missing_text(missing),
			found[missing - table->fields]);
	}
	if (first && table->one_needed) {
		return flocktory_fields_error_keys(err, at, "at least one of ", table, " with a value", value);
	}
	if (json) {
		smart_str_appendc(buf, '}');
	}
	return SUCCESS;
}

/* Each table's walker is the walk above with the table a constant, so the
 * compiler folds every row's rule, presence and key length into straight
 * code (./dev bench: 12% of the typical order, against one walker for all). */
#define FLOCKTORY_WALKER(fields, table) \
	static zend_result fields##_write(smart_str *buf, zval *value, const flocktory_place *at, flocktory_error *err) \
	{ \
		return flocktory_fields_walk(buf, value, &table, at, err); \
	}

FLOCKTORY_WALKER(flocktory_fields_user, php_flocktory_table_user)
FLOCKTORY_WALKER(flocktory_fields_item, flocktory_table_item)
FLOCKTORY_WALKER(flocktory_fields_order, php_flocktory_table_order)
FLOCKTORY_WALKER(flocktory_fields_cart_item, php_flocktory_table_cart_item)
FLOCKTORY_WALKER(flocktory_fields_removed_item, php_flocktory_table_removed_item)
FLOCKTORY_WALKER(flocktory_fields_user_tag, php_flocktory_table_user_tag)
FLOCKTORY_WALKER(flocktory_fields_exchange_user, php_flocktory_table_exchange_user)
FLOCKTORY_WALKER(flocktory_fields_item_view, php_flocktory_table_item_view)

zend_result php_flocktory_fields_write_object(smart_str *buf, zval *value, const flocktory_table *table,
	const flocktory_place *at, flocktory_error *err)
{
	return table->write(buf, value, at, err);
}

/* ---------------------------------------------------------- free keys */

/* The row every free value is read by: only its text is used. */
static const flocktory_field flocktory_fields_free_row = {NULL, 0, FLOCKTORY_RULE_TEXT, FLOCKTORY_OPTIONAL, NULL, 0,
	FLOCKTORY_EXPECT_FREE_VALUE, NULL};

/* One value of a free-keyed array; null and blank strings read as absent.
 * Numbers may be negative here, unlike prices, but stay below 10^15 in
 * absolute value for the same reason. */
static zend_result flocktory_fields_free_value(flocktory_value *v, zval *z, const flocktory_place *at,
	const char *name, flocktory_error *err)
{
	ZVAL_DEREF(z);
	switch (Z_TYPE_P(z)) {
		case IS_FALSE:
		case IS_TRUE:
			v->kind = FLOCKTORY_BOOL;
			v->b = Z_TYPE_P(z) == IS_TRUE;
			return SUCCESS;
		case IS_LONG:
			v->l = Z_LVAL_P(z);
			if ((int64_t)v->l <= -FLOCKTORY_NUMBER_LIMIT || (int64_t)v->l >= FLOCKTORY_NUMBER_LIMIT) {
				break;
			}
			v->kind = FLOCKTORY_LONG;
			return SUCCESS;
		case IS_DOUBLE:
			v->d = Z_DVAL_P(z);
			/* Both comparisons are false for NAN. */
			if (!(v->d > -(double)FLOCKTORY_NUMBER_LIMIT && v->d < (double)FLOCKTORY_NUMBER_LIMIT)) {
				break;
			}
			v->kind = FLOCKTORY_DOUBLE;
			return SUCCESS;
		case IS_NULL:
		case IS_STRING:
			return flocktory_fields_text(v, z, false, FLOCKTORY_OUT_JSON, &flocktory_fields_free_row, at, name, err);
	}
	return php_flocktory_error_expected(err, at, name, FLOCKTORY_EXPECT_FREE_VALUE, z);
}

zend_result php_flocktory_fields_write_free(smart_str *buf, HashTable *data, const flocktory_place *at,
	flocktory_error *err)
{
	zend_string *key;
	zend_ulong index;
	zval *val, given;
	flocktory_value v;
	bool first = true;

	smart_str_appendc(buf, '{');
	ZEND_HASH_FOREACH_KEY_VAL(data, index, key, val) {
		if (key == NULL
				|| !php_flocktory_free_key_scan((const unsigned char *)ZSTR_VAL(key), ZSTR_LEN(key))) {
			return php_flocktory_error_key(err, at, FLOCKTORY_EXPECT_FREE_KEY, key, index);
		}
		/* The key has no NUL, so its C string is all of it. */
		if (flocktory_fields_free_value(&v, val, at, ZSTR_VAL(key), err) == FAILURE) {
			return FAILURE;
		}
		if (v.kind == FLOCKTORY_ABSENT) {
			continue;
		}
		php_flocktory_json_name(buf, &first, ZSTR_VAL(key), ZSTR_LEN(key));
		if (flocktory_fields_put(buf, FLOCKTORY_OUT_JSON, NULL, 0, &first, &v, val, at, ZSTR_VAL(key), err)
				== FAILURE) {
			return FAILURE;
		}
	} ZEND_HASH_FOREACH_END();
	if (first) {
		ZVAL_ARR(&given, data);
		return php_flocktory_error_expected(err, at, NULL, FLOCKTORY_EXPECT_FREE_ONE, &given);
	}
	smart_str_appendc(buf, '}');
	return SUCCESS;
}
