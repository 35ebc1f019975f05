/*
 * flocktory - Flocktory postcheckout snippets for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * UTF-8 validation. Every string the extension reads must be well-formed
 * UTF-8 as RFC 3629 defines it: a browser would otherwise replace the bad
 * bytes with U+FFFD and the data would no longer round-trip.
 */

#include "php_flocktory_scan.h"

/*!include:re2c "flocktory_scan.re2c" */

size_t php_flocktory_utf8_next(const unsigned char *s, size_t len)
{
	const unsigned char *cur = s, *lim = s + len, *mar;

	(void)mar;
	/*!re2c
		// One well-formed sequence, or nothing.
		UTF8_1 | UTF8_MULTI { return (size_t)(cur - s); }
		* { return 0; }
		$ { return 0; }
	*/
}

bool php_flocktory_utf8_check(const unsigned char *s, size_t len, size_t *bad)
{
	size_t i = 0;

	while (i < len) {
		size_t n;

		/* Most text in a shop is ASCII: skip it without the automaton. */
		if (s[i] < 0x80) {
			i++;
			continue;
		}
		n = php_flocktory_utf8_next(s + i, len - i);
		if (n == 0) {
			*bad = i;
			return false;
		}
		i += n;
	}
	return true;
}
