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
		FLOCKTORY_TEXT,		/* s, len: valid UTF-8 */
		FLOCKTORY_LONG,
		FLOCKTORY_DOUBLE,	/* finite */
		FLOCKTORY_DECIMAL,	/* an exact decimal string */
		FLOCKTORY_BOOL,		/* b */
	} kind;
	const unsigned char *s;
	size_t len;
	zend_long l;
	double d;
	bool b;
	flocktory_decimal dec;
	unsigned char scratch[FLOCKTORY_VALUE_SCRATCH];	/* text s may point into */
} flocktory_value;

/* Starts a member of a JSON object: a comma unless it is the first, then
 * key, the name already quoted with its colon ("name":). */
static zend_always_inline void php_flocktory_json_key(smart_str *buf, bool *first, const char *key, size_t len)
{
	char *p = smart_str_extend(buf, len + !*first);

	if (!*first) {
		*p++ = ',';
	}
	*first = false;
	php_flocktory_copy_short(p, key, len);
}

/* The same for a name that needs no escaping (its grammar says so), given
 * bare: writes ,"name": */
static zend_always_inline void php_flocktory_json_name(smart_str *buf, bool *first, const char *name, size_t len)
{
	char *p = smart_str_extend(buf, len + 3 + !*first);

	if (!*first) {
		*p++ = ',';
	}
	*first = false;
	*p++ = '"';
	php_flocktory_copy_short(p, name, len);
	memcpy(p + len, "\":", 2);
}

#define FLOCKTORY_JSON_KEY(buf, first, name) \
	php_flocktory_json_key(buf, first, "\"" name "\":", sizeof(name) + 2)

/* A value as JSON: a string, quoted and escaped for a <script>, or a
 * number; an absent value is written as "". False when the text is not
 * UTF-8, with *bad the offset in it of the first byte that is not. */
bool php_flocktory_json_value(smart_str *buf, const flocktory_value *v, size_t *bad);

/* What json_encode() writes for a finite double under serialize_precision
 * = -1 (the shortest digits that round-trip), whatever the INI says; both
 * zeros are written as 0. */
void php_flocktory_json_double(smart_str *buf, double d);


/* The call's buffer, sized for an estimate of the whole snippet. */
void php_flocktory_writer_start(smart_str *buf, size_t estimate);

/* An attribute of a tag: out is ` NAME="`, then the value escaped for a
 * double-quoted attribute (text free of U+0000) and the closing quote; an
 * absent value is written as "". False as php_flocktory_json_value(). */
bool php_flocktory_attr_value(smart_str *buf, const char *out, size_t out_len, const flocktory_value *v, size_t *bad);

/* Room for at least len more bytes, grown by half when it runs out, so that
 * a long snippet is copied O(log n) times rather than once a page. */
void php_flocktory_writer_reserve(smart_str *buf, size_t len);

/* What a finished snippet's block may hold beyond a quarter of its length
 * before it is given back. */
#define FLOCKTORY_WRITER_SLACK 1024

/* The finished snippet, in a block at most 1.25 times its length plus
 * FLOCKTORY_WRITER_SLACK; buf no longer holds it. */
zend_string *php_flocktory_writer_finish(smart_str *buf);

/* before (a quote, or an attribute's ` NAME="`), s escaped for ctx, and
 * a closing quote; false when s is not UTF-8. attr picks the context, a
 * constant in each caller, so the escaper of that context is called
 * directly and a one-byte before is a store, not a call. */
static zend_always_inline bool php_flocktory_writer_text(smart_str *buf, const char *before, size_t before_len,
	bool attr, const unsigned char *s, size_t len, size_t *bad)
{
	const flocktory_escape_context *ctx = attr ? &php_flocktory_escape_attr : &php_flocktory_escape_script;
	size_t room;
	char *start, *end;

	/* An escape is at most 6 bytes a byte: with this bound no room below
	 * can wrap around (32-bit only). */
	if (UNEXPECTED(len > (ZSTR_MAX_LEN - before_len - 1) / 6)) {
		zend_error_noreturn(E_ERROR, "String size overflow");
	}
	/* The worst case while the buffer has room for it; else the exact
	 * length, so that the buffer grows by what the string needs. */
	room = FLOCKTORY_ESCAPE_ROOM(len);
	if (UNEXPECTED(buf->a - ZSTR_LEN(buf->s) < before_len + room + 1)) {
		room = php_flocktory_escaped_len(ctx, s, len);
		php_flocktory_writer_reserve(buf, before_len + room + 1);
	}
	start = ZSTR_VAL(buf->s) + ZSTR_LEN(buf->s);
	if (attr) {
		memcpy(start, before, before_len);
		end = php_flocktory_escape_attr_text(start + before_len, s, len, bad);
	} else {
		*start = '"';
		end = php_flocktory_escape_script_text(start + 1, s, len, bad);
	}
	if (end == NULL) {
		return false;
	}
	*end++ = '"';
	ZSTR_LEN(buf->s) += (size_t)(end - start);
	return true;
}

/* A JSON string of len bytes, or false when they are not UTF-8 (*bad as
 * php_flocktory_escape() says). */
static zend_always_inline bool php_flocktory_json_string(smart_str *buf, const unsigned char *s, size_t len,
	size_t *bad)
{
	return php_flocktory_writer_text(buf, "\"", 1, false, s, len, bad);
}

#endif
