/*
 * flocktory - Flocktory snippets for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * The scanners: Zend-free recognisers for the grammars of the postcheckout
 * contract (UTF-8, email, decimal prices, phone, user id, CSP nonce, image
 * URL). They take a pointer and a length, never read outside that range,
 * never allocate, and so can be fuzzed and benchmarked without PHP.
 */

#ifndef PHP_FLOCKTORY_SCAN_H
#define PHP_FLOCKTORY_SCAN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "php_flocktory_escape.h"

/* Limits from the contract. */
#define FLOCKTORY_PHONE_MIN_DIGITS 10
#define FLOCKTORY_PHONE_MAX_DIGITS 15
#define FLOCKTORY_USER_ID_MAX 64
#define FLOCKTORY_FREE_KEY_MAX 64	/* like a user id */
#define FLOCKTORY_NONCE_MAX 256

/* flocktory_utf8.re */

/* Length of the well-formed UTF-8 sequence at s (1 to 4), or 0 when the
 * bytes there are not one (RFC 3629: no overlongs, no surrogates, nothing
 * above U+10FFFF, no truncation). */
size_t php_flocktory_utf8_next(const unsigned char *s, size_t len);

/* When the sequence at s is a character a message shows as \u{...}
 * because it cannot be seen (C0, DEL, C1, U+00A0, U+00AD, U+200B-U+200F,
 * U+2028-U+202F, U+2060, U+FEFF), its length (1 to 3), with its code point
 * in *cp; 0 for any other character or for bytes that are not one. */
size_t php_flocktory_utf8_invisible(const unsigned char *s, size_t len, uint32_t *cp);

/* True when all of s is well-formed UTF-8; otherwise *bad is the offset of
 * the first byte that does not start a well-formed sequence. */
bool php_flocktory_utf8_scan(const unsigned char *s, size_t len, size_t *bad);

/* flocktory_email.re */

/* True when s is an address of the contract's email subset; *at is then the
 * offset of the '@'. */
bool php_flocktory_email_scan(const unsigned char *s, size_t len, size_t *at);

/* flocktory_decimal.re */

/* A decimal string such as "0012,3400", reduced to its exact value: the
 * integer digits without leading zeros ("0" when there are none left) and
 * the fraction digits without trailing zeros (possibly none). */
typedef struct {
	const unsigned char *int_digits;
	size_t int_len;
	const unsigned char *frac_digits;
	size_t frac_len;
} flocktory_decimal;

bool php_flocktory_decimal_scan(const unsigned char *s, size_t len, flocktory_decimal *out);

/* flocktory_formats.re */

/* Copies the 10 to 15 digits of a phone number written with spaces (also
 * U+00A0 and U+202F), '-', '(', ')', '.' and one leading '+' into digits;
 * returns their count, or 0 when s is not such a number. */
size_t php_flocktory_phone_scan(const unsigned char *s, size_t len,
	unsigned char digits[FLOCKTORY_PHONE_MAX_DIGITS]);

/* One or more ASCII digits, leading zeros allowed, whose value is from 1 to
 * max; *value is then that value. */
bool php_flocktory_site_id_scan(const unsigned char *s, size_t len, uint64_t max, uint64_t *value);

/* 1 to 64 of A-Z a-z 0-9 _ - and '.', the dot never first, last or doubled. */
bool php_flocktory_user_id_scan(const unsigned char *s, size_t len);

/* A key of free profile data: 1 to FLOCKTORY_FREE_KEY_MAX of A-Z a-z 0-9
 * _ - and '.', like a user id but with dots anywhere. */
bool php_flocktory_free_key_scan(const unsigned char *s, size_t len);

/* CSP's base64-value: 1 to 256 of A-Z a-z 0-9 + / - _, then up to two '='. */
bool php_flocktory_nonce_scan(const unsigned char *s, size_t len);

/* http://, https:// (any case) or //, a non-empty host, and no ASCII
 * whitespace or control character anywhere. */
bool php_flocktory_url_scan(const unsigned char *s, size_t len);

/* Copies n bytes; up to 16 with two overlapping fixed-size moves (plain
 * moves, not a call), for the short keys and runs the writers copy. */
static inline void php_flocktory_copy_short(char *dst, const void *from, size_t n)
{
	const unsigned char *src = from;
	uint64_t a8, b8;
	uint32_t a4, b4;

	if (n >= 8 && n <= 16) {
		memcpy(&a8, src, 8);
		memcpy(&b8, src + n - 8, 8);
		memcpy(dst, &a8, 8);
		memcpy(dst + n - 8, &b8, 8);
	} else if (n >= 4 && n < 8) {
		memcpy(&a4, src, 4);
		memcpy(&b4, src + n - 4, 4);
		memcpy(dst, &a4, 4);
		memcpy(dst + n - 4, &b4, 4);
	} else if (n < 4) {
		while (n--) {
			*dst++ = (char)*src++;
		}
	} else {
		memcpy(dst, src, n);
	}
}

/* ASCII whitespace as the contract trims it: space, \t, \n, \v, \f, \r. */
static inline bool php_flocktory_is_space(unsigned char c)
{
	return c == ' ' || (c >= '\t' && c <= '\r');
}

static inline void php_flocktory_trim(const unsigned char **s, size_t *len)
{
	const unsigned char *p = *s, *e = *s + *len;

	/* Every space is at most ' ': most text has none at either end. */
	if (p < e && p[0] > ' ' && e[-1] > ' ') {
		return;
	}
	while (p < e && php_flocktory_is_space(*p)) {
		p++;
	}
	while (e > p && php_flocktory_is_space(e[-1])) {
		e--;
	}
	*s = p;
	*len = (size_t)(e - p);
}

#endif
