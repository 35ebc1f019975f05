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

void php_flocktory_emit_string(smart_str *buf, const unsigned char *s, size_t len)
{
	size_t n = php_flocktory_escape_len(s, len);
	char *p = php_flocktory_emit_reserve(buf, n + 2);

	*p++ = '"';
	p = php_flocktory_escape_write(p, s, len);
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

void php_flocktory_emit_double(smart_str *buf, double d)
{
	char num[ZEND_DOUBLE_MAX_LENGTH];

	if (d == 0.0) {
		/* -0.0 too: a price is never negative. */
		smart_str_appendc(buf, '0');
		return;
	}
	/* Precision -1 selects the shortest digits that round-trip (mode 0). */
	php_gcvt(d, -1, '.', 'e', num);
	smart_str_appends(buf, num);
}
