/*
 * flocktory - Flocktory postcheckout snippets for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Escapes text for a JSON string that sits inside an HTML <script> element.
 * Besides JSON's own escapes, < > & ' are written as \u003C \u003E \u0026
 * \u0027, so no "</script", "<!--" or "<script" can ever appear in the
 * element and end it early or switch the tokenizer into its double-escaped
 * state (HTML, "script data" states); U+2028 and U+2029 are escaped because
 * older JavaScript engines treat them as line terminators inside strings.
 */

#include <string.h>

#include "php_flocktory_escape.h"
#include "php_flocktory_simd.h"
#include "flocktory_escape_table.h"

/* U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR are E2 80 A8/A9. */
static inline int flocktory_escape_is_separator(const unsigned char *p, const unsigned char *end)
{
	return end - p >= 3 && p[1] == 0x80 && (p[2] == 0xA8 || p[2] == 0xA9);
}

char *php_flocktory_escape_write(char *dst, const unsigned char *s, size_t len)
{
	const unsigned char *p = s, *end = s + len;

	while (p < end) {
		const unsigned char *run = p;
		unsigned char w;

		/* Find the end of the clean run, then copy it in one go. */
#ifdef FLOCKTORY_SIMD
		p = flocktory_simd_find(s, p, end, FLOCKTORY_SIMD_WRITE);
#endif
		while (p < end && flocktory_escape_width[*p] == 0) {
			p++;
		}
		memcpy(dst, run, (size_t)(p - run));
		dst += p - run;
		if (p == end) {
			break;
		}
		w = flocktory_escape_width[*p];
		if (w == FLOCKTORY_ESCAPE_LOOKAHEAD) {
			if (flocktory_escape_is_separator(p, end)) {
				memcpy(dst, p[2] == 0xA8 ? "\\u2028" : "\\u2029", 6);
				dst += 6;
				p += 3;
			} else {
				*dst++ = (char)*p++;
			}
		} else {
			memcpy(dst, flocktory_escape_text[*p], w);
			dst += w;
			p++;
		}
	}
	return dst;
}
