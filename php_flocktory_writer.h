/*
 * flocktory - Flocktory snippets for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * The writer: the only code that writes payload bytes into the one
 * smart_str of a call. It writes validated values, never checks them.
 */

#ifndef PHP_FLOCKTORY_WRITER_H
#define PHP_FLOCKTORY_WRITER_H

#include "php.h"
#include "zend_smart_str.h"
#include "php_flocktory_scan.h"

/* The longest text a value builds itself: an email with its domain
 * lowercased (RFC 5321: 64 + 1 + 255 octets), and room to spare. */
#define FLOCKTORY_VALUE_SCRATCH 336

/* A value read and normalised by the field rules, ready to be written. */
typedef struct {
	enum {
		FLOCKTORY_ABSENT,	/* missing, null, or a string empty after trimming */
		FLOCKTORY_TEXT,		/* s, len: valid UTF-8, escaped_len once escaped */
		FLOCKTORY_LONG,
		FLOCKTORY_DOUBLE,	/* finite */
		FLOCKTORY_DECIMAL,	/* an exact decimal string */
		FLOCKTORY_BOOL,		/* l: 0 or 1 */
	} kind;
	const unsigned char *s;
	size_t len;
	size_t escaped_len;
	zend_long l;
	double d;
	flocktory_decimal dec;
	unsigned char scratch[FLOCKTORY_VALUE_SCRATCH];	/* text s may point into */
} flocktory_value;

/* Starts a member of a JSON object: a comma unless it is the first, then
 * key, the name already quoted with its colon ("name":). */
void php_flocktory_json_key(smart_str *buf, bool *first, const char *key, size_t len);

/* The same for a name that needs no escaping (its grammar says so), given
 * bare: writes ,"name": */
void php_flocktory_json_name(smart_str *buf, bool *first, const char *name, size_t len);

#define FLOCKTORY_JSON_KEY(buf, first, name) \
	php_flocktory_json_key(buf, first, "\"" name "\":", sizeof(name) + 2)

/* A value as JSON: a string, quoted and escaped for a <script>, a number
 * or a bool; an absent value is written as "". */
void php_flocktory_json_value(smart_str *buf, const flocktory_value *v);

/* What json_encode() writes for a finite double under serialize_precision
 * = -1 (the shortest digits that round-trip), whatever the INI says; both
 * zeros are written as 0. */
void php_flocktory_json_double(smart_str *buf, double d);

/* A JSON string of len bytes of valid UTF-8 that escape to escaped_len. */
void php_flocktory_json_string(smart_str *buf, const unsigned char *s, size_t len, size_t escaped_len);

/* Room for at least len more bytes, grown by half when it runs out, so that
 * a long snippet is copied O(log n) times rather than once a page. */
void php_flocktory_writer_reserve(smart_str *buf, size_t len);

#endif
