/*
 * flocktory - Flocktory postcheckout snippets for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * The smart_str side of the writer: strings go through the Zend-free
 * escaper into space reserved for their exact escaped length, numbers are
 * written as json_encode() would write them, and decimal strings are copied
 * digit by digit so they never lose precision in a double.
 */

#include "php.h"
#include "main/snprintf.h"
#include "php_flocktory_emit.h"
#include "php_flocktory_escape.h"

void php_flocktory_emit_grow(smart_str *buf, size_t len)
{
	size_t used = buf->s ? ZSTR_LEN(buf->s) : 0;
	size_t cap;

	if (UNEXPECTED(len > ZSTR_MAX_LEN - used)) {
		zend_error_noreturn(E_ERROR, "String size overflow");
	}
	cap = MAX(used + len, used + MIN(used / 2, ZSTR_MAX_LEN - used));
	if (buf->s == NULL) {
		buf->s = zend_string_alloc(cap, false);
		ZSTR_LEN(buf->s) = 0;
	} else {
		buf->s = (zend_string *)erealloc(buf->s, _ZSTR_STRUCT_SIZE(cap));
	}
	buf->a = cap;
}

void php_flocktory_emit_string(smart_str *buf, const unsigned char *s, size_t len, size_t escaped_len)
{
	char *p;

	/* An escape is at most 6 bytes a byte, so with this bound the escaped
	 * length the scanner counted cannot have wrapped around (32-bit only). */
	if (UNEXPECTED(len > (ZSTR_MAX_LEN - 2) / 6)) {
		zend_error_noreturn(E_ERROR, "String size overflow");
	}
	p = php_flocktory_emit_reserve(buf, escaped_len + 2);

	*p++ = '"';
	if (escaped_len == len) {
		/* Nothing to escape, the common case. */
		memcpy(p, s, len);
		p += len;
	} else {
		p = php_flocktory_escape_write(p, s, len);
	}
	*p = '"';
}

void php_flocktory_emit_decimal(smart_str *buf, const flocktory_decimal *dec)
{
	smart_str_appendl(buf, (const char *)dec->int_digits, dec->int_len);
	if (dec->frac_len > 0) {
		smart_str_appendc(buf, '.');
		smart_str_appendl(buf, (const char *)dec->frac_digits, dec->frac_len);
	}
}

/* Powers of ten that are exact in a double. */
static const double flocktory_emit_pow10[] = {
	1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
	1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
};

/* The shortest round-tripping digits of d, found without dtoa for the
 * prices shops actually have: the fewest fraction digits k for which
 * exactly one integer c has c / 10^k == d. With c and 10^k exact, that
 * division is correctly rounded, so the test is exact; when the answer is
 * not unique or c outgrows 2^53, leave it to zend_gcvt(). d is in
 * [1e-4, 1e15), where zend_gcvt() writes no exponent either. Returns the
 * length written into out, or 0. */
static size_t flocktory_emit_double_fast(double d, char *out)
{
	size_t k;

	for (k = 0; k < sizeof(flocktory_emit_pow10) / sizeof(flocktory_emit_pow10[0]); k++) {
		double scaled = d * flocktory_emit_pow10[k];
		uint64_t mid, c, found = 0;
		int hits = 0;

		if (scaled >= 9007199254740992.0) {
			return 0;
		}
		/* d * 10^k is itself rounded: look at its neighbours too. */
		mid = (uint64_t)(scaled + 0.5);
		for (c = mid ? mid - 1 : 0; c <= mid + 1; c++) {
			if ((double)c / flocktory_emit_pow10[k] == d) {
				found = c;
				hits++;
			}
		}
		if (hits == 1) {
			char digits[24], *p = digits + sizeof(digits);
			size_t n, len = 0;

			do {
				*--p = (char)('0' + found % 10);
				found /= 10;
			} while (found);
			n = (size_t)(digits + sizeof(digits) - p);
			while (n <= k) {
				*--p = '0';
				n++;
			}
			memcpy(out, p, n - k);
			len = n - k;
			if (k) {
				out[len++] = '.';
				memcpy(out + len, p + n - k, k);
				len += k;
			}
			return len;
		}
		if (hits > 1) {
			return 0;
		}
	}
	return 0;
}

void php_flocktory_emit_double(smart_str *buf, double d)
{
	char num[ZEND_DOUBLE_MAX_LENGTH];
	size_t len;

	if (d == 0.0) {
		/* -0.0 too: a price is never negative. */
		smart_str_appendc(buf, '0');
		return;
	}
	len = d >= 1e-4 && d < 1e15 ? flocktory_emit_double_fast(d, num) : 0;
	if (len == 0) {
		/* Precision -1 selects the shortest digits that round-trip (mode 0),
		 * as json_encode() does under serialize_precision = -1. */
		php_gcvt(d, -1, '.', 'e', num);
		len = strlen(num);
	}
	smart_str_appendl(buf, num, len);
}
