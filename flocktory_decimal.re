/*
 * flocktory - Flocktory postcheckout snippets for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Decimal price strings: 1 to 15 ASCII digits, optionally followed by '.'
 * or ',' and 1 to 15 digits (the Flocktory docs allow both separators).
 * The value is kept as digits, never converted to a double, so "0.1" stays
 * exactly 0.1 on the page.
 */

#include "php_flocktory_scan.h"

/*!include:re2c "flocktory_scan.re2c" */

bool php_flocktory_decimal_scan(const unsigned char *s, size_t len, flocktory_decimal *out)
{
	const unsigned char *cur = s, *lim = s + len, *mar, *sep;
	/*!stags:re2c format = 'const unsigned char *@@;\n'; */

	(void)mar;
	/*!re2c
		re2c:tags = 1;
		re2c:define:YYSTAGP = "@@{tag} = cur;";
		re2c:define:YYSTAGN = "@@{tag} = NULL;";
		re2c:define:YYSHIFTSTAG = "@@{tag} += @@{shift};";

		// The whole string, digits then an optional fraction.
		DIGITS = [0-9]{1,15};
		DIGITS (@sep [.,] DIGITS)? {
			if (cur == lim) {
				goto found;
			}
			return false;
		}
		* { return false; }
		$ { return false; }
	*/
found:
	if (sep == NULL) {
		sep = lim;
	}
	out->int_digits = s;
	out->int_len = (size_t)(sep - s);
	while (out->int_len > 1 && out->int_digits[0] == '0') {
		out->int_digits++;
		out->int_len--;
	}
	out->frac_digits = sep == lim ? lim : sep + 1;
	out->frac_len = (size_t)(lim - out->frac_digits);
	while (out->frac_len > 0 && out->frac_digits[out->frac_len - 1] == '0') {
		out->frac_len--;
	}
	return true;
}
