/*
 * flocktory - Flocktory postcheckout snippets for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Appends the JSON values of the payload to the one smart_str of a call.
 */

#ifndef PHP_FLOCKTORY_EMIT_H
#define PHP_FLOCKTORY_EMIT_H

#include "php.h"
#include "zend_smart_str.h"
#include "php_flocktory_scan.h"

/* A JSON string, quoted and escaped for a <script> element. s must be
 * well-formed UTF-8 and escaped_len what php_flocktory_utf8_scan() measured. */
void php_flocktory_emit_string(smart_str *buf, const unsigned char *s, size_t len, size_t escaped_len);

/* The exact decimal value, digits only, '.' as separator when there is a fraction. */
void php_flocktory_emit_decimal(smart_str *buf, const flocktory_decimal *dec);

/* The digits json_encode() writes for a finite double under
 * serialize_precision = -1; both zeros are written as 0. */
void php_flocktory_emit_double(smart_str *buf, double d);

/* Makes room for at least len more bytes. smart_str rounds every growth
 * up to a 4 KiB page and grows to just what is asked; this grows by half,
 * to the byte, so a snippet costs little more than its size in memory and
 * a long one is copied O(log n) times; a big one gets a block of its own,
 * ready for huge pages. Every append of a call stays within what the walk
 * reserved with it, so smart_str never grows buf itself. */
void php_flocktory_emit_grow(smart_str *buf, size_t len);

/* Gives back what the reservations left unused, as far as it is worth
 * it, and terminates the string. */
void php_flocktory_emit_fit(smart_str *buf);

static zend_always_inline void php_flocktory_emit_room(smart_str *buf, size_t len)
{
	if (UNEXPECTED(buf->a - ZSTR_LEN(buf->s) < len)) {
		php_flocktory_emit_grow(buf, len);
	}
}

/* Room for len more bytes at the end of buf, counted as written. */
static zend_always_inline char *php_flocktory_emit_reserve(smart_str *buf, size_t len)
{
	char *p;

	php_flocktory_emit_room(buf, len);
	p = ZSTR_VAL(buf->s) + ZSTR_LEN(buf->s);
	ZSTR_LEN(buf->s) += len;
	return p;
}

#endif
