/*
 * flocktory - Flocktory snippets for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Writes JSON for a <script> element and attributes for a tag: strings
 * through the context's escaper, numbers as json_encode() writes them
 * under serialize_precision = -1, and decimal strings digit by digit so
 * they never lose precision in a double.
 */

#include "php.h"
#include "main/snprintf.h"
#include "php_flocktory_writer.h"

void php_flocktory_writer_start(smart_str *buf, size_t estimate)
{
	/* Not smart_str_alloc(), which rounds anything above 231 bytes up to
	 * whole 4 KiB pages: four times a typical snippet. */
	buf->s = zend_string_alloc(estimate, false);
	ZSTR_LEN(buf->s) = 0;
	buf->a = estimate;
}

void php_flocktory_writer_reserve(smart_str *buf, size_t len)
{
	size_t used = ZSTR_LEN(buf->s);

	if (buf->a - used < len) {
		smart_str_alloc(buf, MAX(len, used / 2), false);
	}
}

zend_string *php_flocktory_writer_finish(smart_str *buf)
{
	size_t len = ZSTR_LEN(buf->s);
	zend_string *s;

	/* The block is kept by the caller for as long as the page lives: give
	 * back large slack with one realloc. Small slack stays, as
	 * smart_str_extract()'s trim would copy a small snippet into a smaller
	 * block and add its size again to what a call takes. */
	if (buf->a - len > len / 4 + FLOCKTORY_WRITER_SLACK) {
		buf->s = zend_string_realloc(buf->s, len, false);
		buf->a = len;
	}
	smart_str_0(buf);
	s = buf->s;
	buf->s = NULL;
	return s;
}

/* Powers of ten that are exact in a double. */
static const double flocktory_writer_pow10[] = {
	1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
	1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
};

/* How many integers c next to d * 10^k have c / 10^k == d, the last one in
 * *found. With c and 10^k exact, that division is correctly rounded, so
 * the test is exact; d * 10^k is itself rounded, so its neighbours are
 * tried too. */
static int flocktory_writer_double_hits(double d, size_t k, uint64_t *found)
{
	double scaled = d * flocktory_writer_pow10[k];
	uint64_t mid, c;
	int hits = 0;

	mid = (uint64_t)(scaled + 0.5);
	for (c = mid ? mid - 1 : 0; c <= mid + 1; c++) {
		if ((double)c / flocktory_writer_pow10[k] == d) {
			*found = c;
			hits++;
		}
	}
	return hits;
}

/* The shortest round-tripping digits of d, found without dtoa for the
 * prices shops actually have: the fewest fraction digits k for which
 * exactly one integer c has c / 10^k == d. When the answer is not unique
 * or c outgrows 2^53, leave it to zend_gcvt(). d is in [1e-4, 1e15), where
 * zend_gcvt() writes no exponent either. Returns the length written into
 * out, or 0. */
static size_t flocktory_writer_double_fast(double d, char *out)
{
	char digits[24], *p = digits + sizeof(digits);
	uint64_t found = 0;
	size_t k = 0, n, len;
	int hits;

	/* Cents first. Below 2^45 the doubles are less than 1/256 apart, so
	 * at most one c can hit at k = 2, and it is next to d * 100. If one
	 * does, it is the answer with its trailing zeros dropped: c / 100 and
	 * (c / 10) / 10 are the same number and round to the same double, and
	 * any shorter answer, scaled to k = 2, would be a hit too. */
	if (d < 35184372088832.0 && (hits = flocktory_writer_double_hits(d, 2, &found)) == 1) {
		for (k = 2; k > 0 && found % 10 == 0; k--) {
			found /= 10;
		}
	} else {
		for (k = 0;; k++) {
			if (k == sizeof(flocktory_writer_pow10) / sizeof(flocktory_writer_pow10[0])
				|| d * flocktory_writer_pow10[k] >= 9007199254740992.0) {
				return 0;
			}
			if ((hits = flocktory_writer_double_hits(d, k, &found)) != 0) {
				break;
			}
		}
		if (hits > 1) {
			return 0;
		}
	}
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

void php_flocktory_json_double(smart_str *buf, double d)
{
	char num[ZEND_DOUBLE_MAX_LENGTH];
	size_t len;

	if (d == 0.0) {
		smart_str_appendc(buf, '0');
		return;
	}
	/* The fast path earns its keep: zend_gcvt() is a third of a typical call. */
	len = d >= 1e-4 && d < 1e15 ? flocktory_writer_double_fast(d, num) : 0;
	if (len == 0) {
		/* Precision -1 selects the shortest digits that round-trip (mode 0). */
		php_gcvt(d, -1, '.', 'e', num);
		len = strlen(num);
	}
	smart_str_appendl(buf, num, len);
}

/* A value that is not text, the same in JSON and in an attribute. */
static void flocktory_writer_scalar(smart_str *buf, const flocktory_value *v)
{
	char digits[MAX_LENGTH_OF_LONG + 1], *start, *end;

	switch (v->kind) {
		case FLOCKTORY_LONG:
			/* Not smart_str_append_long(): its copy is a call. */
			end = digits + sizeof(digits) - 1;
			start = zend_print_long_to_buf(end, v->l);
			php_flocktory_copy_short(smart_str_extend(buf, (size_t)(end - start)), start, (size_t)(end - start));
			break;
		case FLOCKTORY_DOUBLE:
			/* Prices are never negative; free profile values may be, and
			 * are written as json_encode() writes them: a sign, then the
			 * digits of the magnitude. -0.0 is not below 0: it is 0. */
			if (v->d < 0.0) {
				smart_str_appendc(buf, '-');
				php_flocktory_json_double(buf, -v->d);
			} else {
				php_flocktory_json_double(buf, v->d);
			}
			break;
		case FLOCKTORY_DECIMAL:
			smart_str_appendl(buf, (const char *)v->dec.int_digits, v->dec.int_len);
			if (v->dec.frac_len > 0) {
				smart_str_appendc(buf, '.');
				smart_str_appendl(buf, (const char *)v->dec.frac_digits, v->dec.frac_len);
			}
			break;
		case FLOCKTORY_BOOL:
			if (v->b) {
				smart_str_appendl(buf, "true", 4);
			} else {
				smart_str_appendl(buf, "false", 5);
			}
			break;
		case FLOCKTORY_TEXT:
		case FLOCKTORY_ABSENT:
			break;
	}
}

bool php_flocktory_json_value(smart_str *buf, const flocktory_value *v, size_t *bad)
{
	switch (v->kind) {
		case FLOCKTORY_TEXT:
			return php_flocktory_json_string(buf, v->s, v->len, bad);
		case FLOCKTORY_ABSENT:
			smart_str_appendl(buf, "\"\"", 2);
			break;
		default:
			flocktory_writer_scalar(buf, v);
			break;
	}
	return true;
}

bool php_flocktory_attr_value(smart_str *buf, const char *out, size_t out_len, const flocktory_value *v, size_t *bad)
{
	switch (v->kind) {
		case FLOCKTORY_TEXT:
			return php_flocktory_writer_text(buf, out, out_len, true, v->s, v->len, bad);
		case FLOCKTORY_ABSENT:
			smart_str_appendl(buf, out, out_len);
			smart_str_appendc(buf, '"');
			break;
		default:
			/* Digits, '.', true and false: nothing to escape. */
			smart_str_appendl(buf, out, out_len);
			flocktory_writer_scalar(buf, v);
			smart_str_appendc(buf, '"');
			break;
	}
	return true;
}
