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
#ifdef HAVE_SYS_MMAN_H
# include <sys/mman.h>
#endif
#include "php_flocktory_emit.h"
#include "php_flocktory_escape.h"

/* From this size (1.25 MiB) on, a buffer is mapped for huge pages; rounded
 * up to whole 2 MiB pages from there, it still stays within twice the size
 * of what is written in it. */
#define FLOCKTORY_EMIT_HUGE ((size_t)5 << 18)

/* Asks for transparent huge pages on every whole 2 MiB page of the block
 * [p, p + size). Where the system leaves that to programs (Linux's
 * "madvise" mode), the snippet's pages are then mapped in one fault each
 * instead of 512: on a virtual machine a 4 KiB fault can cost more than
 * writing the page. Only a hint: the system's own setting decides. */
static void flocktory_emit_advise_huge(void *p, size_t size)
{
#ifdef MADV_HUGEPAGE
	uintptr_t from = ZEND_MM_ALIGNED_SIZE_EX((uintptr_t)p, ZEND_MM_CHUNK_SIZE);
	uintptr_t to = ((uintptr_t)p + size) & ~(uintptr_t)(ZEND_MM_CHUNK_SIZE - 1);

	if (to > from) {
		(void)madvise((void *)from, to - from, MADV_HUGEPAGE);
	}
#else
	(void)p;
	(void)size;
#endif
}

void php_flocktory_emit_grow(smart_str *buf, size_t len)
{
	size_t used = buf->s ? ZSTR_LEN(buf->s) : 0;
	size_t cap, size;
	zend_string *s;

	if (UNEXPECTED(len > ZSTR_MAX_LEN - used)) {
		zend_error_noreturn(E_ERROR, "String size overflow");
	}
	cap = MAX(used + len, used + MIN(used / 2, ZSTR_MAX_LEN - used));
	size = _ZSTR_STRUCT_SIZE(cap);
	if (size < FLOCKTORY_EMIT_HUGE || size > SIZE_MAX - ZEND_MM_CHUNK_SIZE) {
		if (buf->s == NULL) {
			buf->s = zend_string_alloc(cap, false);
			ZSTR_LEN(buf->s) = 0;
		} else {
			buf->s = (zend_string *)erealloc(buf->s, size);
		}
		buf->a = cap;
		return;
	}
	/* A big snippet gets a block that Zend maps by itself, aligned to
	 * 2 MiB, so that each whole 2 MiB of it can be a huge page; rounded up
	 * to whole pages when that costs at most 3/5 more. The advice must
	 * come before the first write, so the block is moved by hand rather
	 * than by erealloc(). */
	if (ZEND_MM_ALIGNED_SIZE_EX(size, ZEND_MM_CHUNK_SIZE) / 8 * 5 <= size) {
		size = ZEND_MM_ALIGNED_SIZE_EX(size, ZEND_MM_CHUNK_SIZE);
	}
	s = (zend_string *)emalloc(size);
	flocktory_emit_advise_huge(s, size);
	if (buf->s == NULL) {
		GC_SET_REFCOUNT(s, 1);
		GC_TYPE_INFO(s) = GC_STRING;
		ZSTR_H(s) = 0;
		ZSTR_LEN(s) = 0;
	} else {
		memcpy(s, buf->s, _ZSTR_HEADER_SIZE + used);
		efree(buf->s);
	}
	buf->s = s;
	buf->a = size - _ZSTR_HEADER_SIZE - 1;
}

void php_flocktory_emit_fit(smart_str *buf)
{
	size_t len = ZSTR_LEN(buf->s), size = _ZSTR_STRUCT_SIZE(buf->a);

	if (size >= FLOCKTORY_EMIT_HUGE) {
		/* Give back whole 2 MiB pages only: splitting a huge page costs
		 * more than its spare memory is worth, and a block shrunk below
		 * 2 MiB would be copied into a new one. */
		size_t fit = ZEND_MM_ALIGNED_SIZE_EX(_ZSTR_STRUCT_SIZE(len), ZEND_MM_CHUNK_SIZE);

		if (fit < size) {
			buf->s = (zend_string *)erealloc(buf->s, fit);
			buf->a = fit - _ZSTR_HEADER_SIZE - 1;
		}
	} else if (buf->a - len > MAX(len / 16, 4096)) {
		/* A few hundred spare bytes are left alone: the trim that
		 * smart_str_extract() does from PHP 8.2 on would allocate a
		 * second block and copy the snippet into it. */
		buf->s = zend_string_truncate(buf->s, len, false);
		buf->a = len;
	}
	smart_str_0(buf);
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

/* How many integers c next to d * 10^k have c / 10^k == d, the last one in
 * *found. With c and 10^k exact, that division is correctly rounded, so
 * the test is exact; d * 10^k is itself rounded, so its neighbours are
 * tried too. */
static int flocktory_emit_double_hits(double d, size_t k, uint64_t *found)
{
	double scaled = d * flocktory_emit_pow10[k];
	uint64_t mid, c;
	int hits = 0;

	mid = (uint64_t)(scaled + 0.5);
	for (c = mid ? mid - 1 : 0; c <= mid + 1; c++) {
		if ((double)c / flocktory_emit_pow10[k] == d) {
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
static size_t flocktory_emit_double_fast(double d, char *out)
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
	if (d < 35184372088832.0 && (hits = flocktory_emit_double_hits(d, 2, &found)) == 1) {
		for (k = 2; k > 0 && found % 10 == 0; k--) {
			found /= 10;
		}
	} else {
		for (k = 0;; k++) {
			if (k == sizeof(flocktory_emit_pow10) / sizeof(flocktory_emit_pow10[0])
				|| d * flocktory_emit_pow10[k] >= 9007199254740992.0) {
				return 0;
			}
			if ((hits = flocktory_emit_double_hits(d, k, &found)) != 0) {
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
