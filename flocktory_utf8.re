/*
 * flocktory - Flocktory snippets for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * UTF-8 validation. Every string the extension reads must be well-formed
 * UTF-8 as RFC 3629 defines it: a browser would otherwise replace the bad
 * bytes with U+FFFD and the data would no longer round-trip.
 */

#include <string.h>

#include "php_flocktory_scan.h"
#include "php_flocktory_simd.h"

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

bool php_flocktory_utf8_scan(const unsigned char *s, size_t len, size_t *bad)
{
	const unsigned char *cur = s, *lim = s + len, *mar, *tok, *stop;

	(void)mar;
	for (;;) {
		stop = lim;
#ifdef FLOCKTORY_SIMD
		/* Whole vectors of ASCII and two-byte characters. */
		if (lim - cur >= FLOCKTORY_SIMD_WIDTH) {
			unsigned open = 0;
			int step;

			do {
				step = flocktory_simd_plain(cur, 0, &open);
				cur += step;
			} while (step == FLOCKTORY_SIMD_WIDTH && lim - cur >= FLOCKTORY_SIMD_WIDTH);
			if (step == FLOCKTORY_SIMD_WIDTH) {
				/* A lead whose tail is in the rest goes back to the rest. */
				cur -= open;
			} else {
				/* One character below, then vectors again. */
				stop = cur + 1;
			}
		}
#endif
		/* ASCII, and the two-byte characters of Cyrillic and accented
		 * Latin, most of any shop's text, before the exact scanner. */
		while (cur < stop) {
			if (*cur < 0x80) {
				cur++;
			} else if (lim - cur >= 2 && cur[0] >= 0xC2 && cur[0] <= 0xDF && (cur[1] & 0xC0) == 0x80) {
				cur += 2;
			} else {
				break;
			}
		}
		if (cur >= stop && cur < lim) {
			continue;
		}
		tok = cur;
		/*!re2c
			UTF8_MULTI { continue; }
			$ { return true; }
			* {
				*bad = (size_t)(tok - s);
				return false;
			}
		*/
	}
}
