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

size_t php_flocktory_utf8_invisible(const unsigned char *s, size_t len, uint32_t *cp)
{
	const unsigned char *cur = s, *lim = s + len, *mar;

	(void)mar;
	/*!re2c
		// What a message cannot show as it is: the C0 controls and DEL, the
		// C1 controls, U+00A0 NO-BREAK SPACE and U+00AD SOFT HYPHEN, the
		// zero-width and bidi marks U+200B-U+200F, U+2028-U+202F (line and
		// paragraph separators, bidi embeddings, U+202F NARROW NO-BREAK
		// SPACE), U+2060 WORD JOINER and U+FEFF, the byte order mark.
		INVISIBLE_1 = [\x00-\x1F\x7F];
		INVISIBLE_2 = "\xC2" [\x80-\xA0\xAD];
		INVISIBLE_3 = "\xE2\x80" [\x8B-\x8F\xA8-\xAF] | "\xE2\x81\xA0" | "\xEF\xBB\xBF";

		INVISIBLE_1 {
			*cp = s[0];
			return 1;
		}
		INVISIBLE_2 {
			*cp = ((uint32_t)(s[0] & 0x1F) << 6) | (s[1] & 0x3F);
			return 2;
		}
		INVISIBLE_3 {
			*cp = ((uint32_t)(s[0] & 0x0F) << 12) | ((uint32_t)(s[1] & 0x3F) << 6) | (s[2] & 0x3F);
			return 3;
		}
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
