/*
 * flocktory - Flocktory snippets for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * The field rules: every object the API accepts is a table of fields, and
 * one walker checks an array against its table and writes it, as a JSON
 * object or as the attributes of a tag, as the table says.
 */

#ifndef PHP_FLOCKTORY_FIELDS_H
#define PHP_FLOCKTORY_FIELDS_H

#include "php.h"
#include "zend_smart_str.h"
#include "php_flocktory_error.h"
#include "php_flocktory_writer.h"

typedef enum {
	FLOCKTORY_RULE_TEXT,	/* a string */
	FLOCKTORY_RULE_ID,	/* a string or an int, written as a string */
	FLOCKTORY_RULE_URL,	/* an absolute http(s) or scheme-relative URL */
	FLOCKTORY_RULE_PRICE,	/* a number from 0 */
	FLOCKTORY_RULE_COUNT,	/* a number above 0 */
	FLOCKTORY_RULE_EMAIL,	/* an address, else one built from a fallback */
	FLOCKTORY_RULE_PHONE,	/* 10 to 15 digits, made into DIGITS@unknown.email */
	FLOCKTORY_RULE_USER_ID,	/* a shop's user id, made into ID@unknown.email */
	FLOCKTORY_RULE_SEX,	/* "m" or "f" in any case, written lowercase */
	FLOCKTORY_RULE_LIST,	/* a non-empty array of objects of another table */
	FLOCKTORY_RULE_BOOL,	/* true or false */
	FLOCKTORY_RULE_CATEGORY,	/* an id, and as an int from 1 */
	FLOCKTORY_RULE_SITE_ID,	/* an int from 1, or a string of its ASCII digits */
} flocktory_rule;

/* What a row's absence means, and whether it is read at all; "absent" is
 * missing, null, or a string empty after trimming. One setting a row. */
typedef enum {
	FLOCKTORY_OPTIONAL,	/* absent: left out */
	FLOCKTORY_REQUIRED,	/* absent: an error */
	FLOCKTORY_REQUIRED_LAST,	/* absent: an error once every other row is checked */
	FLOCKTORY_KEY_REQUIRED,	/* the key must be there; an absent value is written as "" */
	FLOCKTORY_BLANK_WRITTEN,	/* a blank string is written as ""; null leaves it out */
	FLOCKTORY_FALLBACK_ONLY,	/* read only as a step of its table's fallback chain */
	FLOCKTORY_UNREAD,	/* allowed, never read, whatever it holds */
} flocktory_presence;

/* What a table is written as. Its rows' out names are made for it by
 * FLOCKTORY_FIELD (JSON) or FLOCKTORY_ATTR_FIELD (attributes). */
typedef enum {
	FLOCKTORY_OUT_JSON,	/* a JSON object in a <script> */
	FLOCKTORY_OUT_ATTR,	/* attributes of a tag; text may not hold U+0000 */
} flocktory_output;

typedef struct flocktory_table flocktory_table;

/* One step of the chain that makes an address when the email is empty:
 * the FLOCKTORY_FALLBACK_ONLY row named key, made into an address by its rule,
 * or (key NULL) the fixed address. A list of them ends with {NULL, NULL}. */
typedef struct {
	const char *key;
	const char *fixed;
} flocktory_fallback;

typedef struct {
	const char *key;
	size_t key_len;
	flocktory_rule rule;
	flocktory_presence presence;
	const char *out;	/* the name it is written under ("name": or  name="); NULL: checked only */
	size_t out_len;
	const char *expected;	/* overrides the rule's "expected ..." text */
	const flocktory_table *of;	/* the table of a list's elements */
} flocktory_field;

#define FLOCKTORY_FIELD(key, rule, presence, out, expected, of) \
	{key, sizeof(key) - 1, rule, presence, "\"" out "\":", sizeof(out) + 2, expected, of}
#define FLOCKTORY_ATTR_FIELD(key, rule, presence, out, expected) \
	{key, sizeof(key) - 1, rule, presence, " " out "=\"", sizeof(out) + 2, expected, NULL}
#define FLOCKTORY_FIELD_UNWRITTEN(key, rule, presence) \
	{key, sizeof(key) - 1, rule, presence, NULL, 0, NULL, NULL}

/* Tables stay this small: the walker keeps one slot a field on the stack.
 * FLOCKTORY_TABLE checks each table against it when it is compiled. */
#define FLOCKTORY_FIELDS_MAX 8

/* A table's walker: php_flocktory_fields_write_object() with the table fixed. */
typedef zend_result (*flocktory_walker)(smart_str *buf, zval *value, const flocktory_place *at, flocktory_error *err);

struct flocktory_table {
	const flocktory_field *fields;
	zend_string **names;	/* the keys, interned and hashed by php_flocktory_fields_startup() */
	flocktory_walker write;
	size_t count;
	bool one_needed;	/* at least one field must have a value */
	flocktory_output output;
	const flocktory_fallback *fallbacks;	/* tried in order when the email is empty; NULL: none */
};

/* A table of the rows in the array fields, with its settings, its key
 * slots fields##_names and its walker fields##_write. */
#define FLOCKTORY_TABLE(fields, one_needed, output, fallbacks) \
	{fields, fields##_names, fields##_write, sizeof(fields) / sizeof(flocktory_field) \
		+ 0 * sizeof(char[sizeof(fields) / sizeof(flocktory_field) <= FLOCKTORY_FIELDS_MAX ? 1 : -1]), \
		one_needed, output, fallbacks}

/* Interns and hashes every table's keys, once at MINIT, so that the walker
 * matches a key by pointer or hash before it compares bytes. */
void php_flocktory_fields_startup(void);

/* flocktory_postcheckout()'s $user and $order. */
extern const flocktory_table php_flocktory_table_user;
extern const flocktory_table php_flocktory_table_order;
/* The item of flocktory_add_to_cart() and of each element of
 * flocktory_update_cart(); the item of flocktory_remove_from_cart(). */
extern const flocktory_table php_flocktory_table_cart_item;
extern const flocktory_table php_flocktory_table_removed_item;

/* The tags' $user (flocktory_user()), the exchange's $user and $item. */
extern const flocktory_table php_flocktory_table_user_tag;
extern const flocktory_table php_flocktory_table_exchange_user;
extern const flocktory_table php_flocktory_table_item_view;

/* About the size of ht written as JSON, arrays nested up to depth deep
 * included, for the first allocation of a call's buffer. Strings longer
 * than FLOCKTORY_FIELDS_ESTIMATE_STRING are left out: the writer makes
 * room for them when it writes them, so no call reserves much memory for
 * data it has not yet validated. */
#define FLOCKTORY_FIELDS_ESTIMATE_STRING 4096
size_t php_flocktory_fields_estimate(HashTable *ht, int depth);

/* Checks the array in value against table and writes it: a JSON object, or
 * for an attribute table the attributes alone. at names value; errors name
 * its fields below it. */
zend_result php_flocktory_fields_write_object(smart_str *buf, zval *value, const flocktory_table *table,
	const flocktory_place *at, flocktory_error *err);

/* Writes v, read from z, as a JSON value, or as the attribute out
 * (` NAME="`); text that is not UTF-8 is an error at name. */
zend_result php_flocktory_fields_write_value(smart_str *buf, const flocktory_value *v, zval *z,
	const flocktory_place *at, const char *name, flocktory_error *err);
zend_result php_flocktory_fields_write_attr(smart_str *buf, const char *out, size_t out_len, const flocktory_value *v,
	zval *z, const flocktory_place *at, const char *name, flocktory_error *err);

#define FLOCKTORY_ATTR(buf, name, v, z, at, field, err) \
	php_flocktory_fields_write_attr(buf, " " name "=\"", sizeof(name) + 2, v, z, at, field, err)

/* Checks each element of list against table and writes them as a JSON
 * array, in the list's order; an empty list is []. Errors name the
 * elements by position below parent: name[3]. */
zend_result php_flocktory_fields_write_list(smart_str *buf, HashTable *list, const flocktory_table *table,
	const flocktory_place *parent, const char *name, flocktory_error *err);

/* Writes an array with free keys (1 to 64 of A-Z a-z 0-9 _ - .) as a JSON
 * object in its order: trimmed strings, ints, floats and bools, leaving out
 * null and blank strings; at least one value must remain. at names data. */
zend_result php_flocktory_fields_write_free(smart_str *buf, HashTable *data, const flocktory_place *at,
	flocktory_error *err);

/* The arguments that are values, read by the same rules as rows: a
 * postcheckout's or an exchange's spot, a category view's id, the
 * loader's site id. */
extern const flocktory_field php_flocktory_arg_spot;
extern const flocktory_field php_flocktory_arg_category_id;
extern const flocktory_field php_flocktory_arg_site_id;

/* Reads one value that is not in an array (an argument) by its row; a
 * required one that reads as absent is an error. */
zend_result php_flocktory_fields_read(flocktory_value *v, zval *z, const flocktory_field *f, flocktory_output output,
	const flocktory_place *at, flocktory_error *err);

#endif
