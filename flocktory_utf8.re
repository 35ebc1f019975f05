/*
 * flocktory - Flocktory postcheckout snippets for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * UTF-8 validation. Every string the extension reads must be well-formed
 * UTF-8 as RFC 3629 defines it: a browser would otherwise replace the bad
 * bytes with U+FFFD and the data would no longer round-trip. The same sweep
 * measures the string once escaped, so the writer reserves exactly that;
 * or, for a short string written as soon as it is read, escapes it too.
 */

#include <string.h>

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

/* Escaped ASCII for the writer: the escape, written 6 bytes wide whatever
 * its width, so that a fixed-size copy can write it. */
static inline char *flocktory_utf8_put_escape(char *dst, unsigned char c)
{
	memcpy(dst, flocktory_escape_text[c], 6);
	return dst + flocktory_escape_width[c];
}

char *php_flocktory_utf8_escape(char *dst, const unsigned char *s, size_t len, size_t *bad)
{
	const unsigned char *cur = s, *lim = s + len, *mar, *tok;

	(void)mar;
#ifdef FLOCKTORY_SIMD
	/* Too short for a vector, but common (ids, SKUs): when it is all
	 * clean ASCII, two overlapping 8-byte copies write it. */
	if (len >= 8 && len < FLOCKTORY_SIMD_WIDTH) {
		uint64_t head, tail;

		if (flocktory_simd_clean_short(s, len, &head, &tail)) {
			memcpy(dst, &head, 8);
			memcpy(dst + len - 8, &tail, 8);
			return dst + len;
		}
	}
#endif
	for (;;) {
#ifdef FLOCKTORY_SIMD
		/* Each vector is stored whole, then the output advances over its
		 * clean part only: no copy call per run, and the room reserved for
		 * the worst case covers what is stored beyond. Escaped ASCII is
		 * written without leaving the loop. From verbatim on, the output
		 * is a copy of the input. */
		const unsigned char *verbatim = cur;
		unsigned open = 0;
		int n;

		while (lim - cur >= FLOCKTORY_SIMD_WIDTH) {
			_mm_storeu_si128((__m128i *)(void *)dst, _mm_loadu_si128((const __m128i *)(const void *)cur));
			n = flocktory_simd_plain16(cur, 0, &open);
			cur += n;
			dst += n;
			if (n == FLOCKTORY_SIMD_WIDTH) {
				continue;
			}
			open = 0;
			if (*cur >= 0x80 || flocktory_escape_width[*cur] == 0) {
				break;
			}
			dst = flocktory_utf8_put_escape(dst, *cur++);
			verbatim = cur;
		}
		/* A lead whose tail is in the short rest goes back to the rest. */
		cur -= open;
		dst -= open;
		/* The short rest of a long string, as its last 16 bytes: those
		 * already written are shifted out of the check, and stored again
		 * over output that is their own copy. */
		if (cur < lim && lim - cur < FLOCKTORY_SIMD_WIDTH && lim - s >= FLOCKTORY_SIMD_WIDTH
			&& lim - FLOCKTORY_SIMD_WIDTH >= verbatim) {
			const unsigned char *last = lim - FLOCKTORY_SIMD_WIDTH;
			unsigned seen = (unsigned)(cur - last);

			open = 0;
			n = flocktory_simd_plain16(last, seen, &open);
			_mm_storeu_si128((__m128i *)(void *)(dst - seen), _mm_loadu_si128((const __m128i *)(const void *)last));
			/* It must not end in a lead: that is for the exact scanner. */
			n -= cur + n == lim ? (int)open : 0;
			cur += n;
			dst += n;
		}
#endif
		for (;;) {
			if (cur < lim && flocktory_utf8_clean_ascii(*cur)) {
				*dst++ = (char)*cur++;
			} else if (lim - cur >= 2 && cur[0] >= 0xC2 && cur[0] <= 0xDF && (cur[1] & 0xC0) == 0x80) {
				dst[0] = (char)cur[0];
				dst[1] = (char)cur[1];
				dst += 2;
				cur += 2;
			} else {
				break;
			}
		}
		tok = cur;
		/*!re2c
			[\x00-\x1F"\\<>&'] { dst = flocktory_utf8_put_escape(dst, *tok); continue; }
			"\xE2\x80" [\xA8\xA9] {
				memcpy(dst, tok[2] == 0xA8 ? "\\u2028" : "\\u2029", 6);
				dst += 6;
				continue;
			}
			UTF8_1 | UTF8_MULTI {
				do {
					*dst++ = (char)*tok++;
				} while (tok < cur);
				continue;
			}

			$ { return dst; }
			* {
				*bad = (size_t)(tok - s);
				return NULL;
			}
		*/
	}
}
