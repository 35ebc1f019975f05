/*
 * flocktory - Flocktory postcheckout snippets for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * UTF-8 validation. Every string the extension reads must be well-formed
 * UTF-8 as RFC 3629 defines it: a browser would otherwise replace the bad
 * bytes with U+FFFD and the data would no longer round-trip. The same sweep
 * measures the string once escaped, so the writer reserves exactly that.
 */

#include "php_flocktory_scan.h"
#include "php_flocktory_simd.h"
#include "flocktory_escape_table.h"

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

/* Clean printable ASCII, which needs neither validation nor escaping. */
static inline bool flocktory_utf8_clean_ascii(unsigned char c)
{
	return c < 0x80 && flocktory_escape_width[c] == 0;
}

bool php_flocktory_utf8_scan(const unsigned char *s, size_t len, size_t *escaped_len, size_t *bad)
{
	const unsigned char *cur = s, *lim = s + len, *mar, *tok;
	size_t extra = 0;

	(void)mar;
	for (;;) {
#ifdef FLOCKTORY_SIMD
		/* Whole vectors of clean ASCII and two-byte sequences (Cyrillic,
		 * Greek, accented Latin...): the commonest shop text. */
		cur = flocktory_simd_skip_plain(s, cur, lim);
#endif
		/* The same, a character at a time, for what is left. */
		for (;;) {
			if (cur < lim && flocktory_utf8_clean_ascii(*cur)) {
				cur++;
			} else if (lim - cur >= 2 && cur[0] >= 0xC2 && cur[0] <= 0xDF && (cur[1] & 0xC0) == 0x80) {
				cur += 2;
			} else {
				break;
			}
		}
		tok = cur;
		/*!re2c
			// One character the fast paths left: escaped ASCII, with the width
			// from the writer's own table; U+2028 and U+2029, which become \u2028
			// and \u2029; any other well-formed sequence.
			[\x00-\x1F"\\<>&'] { extra += flocktory_escape_width[*tok] - 1u; continue; }
			"\xE2\x80" [\xA8\xA9] { extra += 3; continue; }
			UTF8_1 | UTF8_MULTI { continue; }

			$ {
				*escaped_len = len + extra;
				return true;
			}
			* {
				*bad = (size_t)(tok - s);
				return false;
			}
		*/
	}
}
