/*
 * flocktory - Flocktory snippets for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * The error record validators fill instead of throwing; flocktory.c turns
 * it into one Flocktory\ValidationException.
 */

#ifndef PHP_FLOCKTORY_ERROR_H
#define PHP_FLOCKTORY_ERROR_H

#include "php.h"
#include "zend_smart_str.h"

typedef struct {
	smart_str field;	/* "order.items[2].price" */
	smart_str message;	/* the field, ": ", what was expected and what was given */
} flocktory_error;

/* Where a value sits, as a chain up to the argument it came from:
 * {order} <- {items, 3} is "order.items[3]". index is -1 except for the
 * elements of a list; a NULL place is the argument itself. */
typedef struct flocktory_place {
	const struct flocktory_place *parent;
	const char *name;
	zend_long index;
} flocktory_place;

/* "<field>: expected <expected>, got <given>"; given NULL means the key is
 * missing. Always returns FAILURE. */
zend_result php_flocktory_error_expected(flocktory_error *err, const flocktory_place *at,
	const char *name, const char *expected, const zval *given);

/* A key that is not part of the contract; allowed lists the ones that are. */
zend_result php_flocktory_error_unknown_key(flocktory_error *err, const flocktory_place *at,
	const zend_string *key, zend_ulong index, const char *allowed);

/* A key of a free-keyed array (attach_to_profile's data) that breaks its
 * grammar: "<field>: expected <expected>, got the key "k e y"", or an int
 * key (key NULL) by its index. */
zend_result php_flocktory_error_key(flocktory_error *err, const flocktory_place *at, const char *expected,
	const zend_string *key, zend_ulong index);

/* A string that is not well-formed UTF-8, with the offset of the first bad byte. */
zend_result php_flocktory_error_utf8(flocktory_error *err, const flocktory_place *at,
	const char *name, const zend_string *given, size_t offset);

void php_flocktory_error_free(flocktory_error *err);

#endif
