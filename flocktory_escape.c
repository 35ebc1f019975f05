/*
 * flocktory - Flocktory snippets for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Escapes text for an output context, byte by byte through the context's
 * table: runs of bytes that are copied as they are go out in one memcpy().
 * For <script> JSON, < > & ' become \u003C \u003E \u0026 \u0027 so that no
 * "</script", "<!--" or "<script" can appear in the element and end it
 * early or switch the tokenizer into its double-escaped state (HTML,
 * "script data" states).
 */

#include <string.h>

#include "php_flocktory_escape.h"
#include "php_flocktory_simd.h"
#include "flocktory_escape_table.h"

const flocktory_escape_context php_flocktory_escape_script = {
	flocktory_script_width, flocktory_script_escape, FLOCKTORY_SCRIPT_WHOLE,
#ifdef FLOCKTORY_SIMD
	flocktory_script_escaped16,
#else
	NULL,
#endif
};

/* For attributes, & " ' < > become entities, so the value cannot end early
 * or start a character reference; CR becomes &#13; or the parser would read
 * LF (HTML, "attribute value (double-quoted)" state, and preprocessing). */
const flocktory_escape_context php_flocktory_escape_attr = {
	flocktory_attr_width, flocktory_attr_escape, FLOCKTORY_ATTR_WHOLE,
#ifdef FLOCKTORY_SIMD
	flocktory_attr_escaped16,
#else
	NULL,
#endif
};

const char *php_flocktory_escape_whole(const flocktory_escape_context *ctx,
	const unsigned char *p, size_t len, size_t *n)
{
	size_t i;

	for (i = 0; i < ctx->whole_count; i++) {
		const unsigned char *c = ctx->whole[i].utf8;
		size_t clen = strlen((const char *)c);

		if (clen <= len && memcmp(p, c, clen) == 0) {
			*n = clen;
			return ctx->whole[i].escape;
		}
	}
	return NULL;
}

char *php_flocktory_escape(const flocktory_escape_context *ctx, char *dst, const unsigned char *s, size_t len)
{
	const unsigned char *p = s, *end = s + len;
	while (p < end) {
		const unsigned char *run = p;
		unsigned char w;
		const char *whole;
		size_t n;

#ifdef FLOCKTORY_SIMD
		p = flocktory_simd_find(ctx, p, end);
#endif
		while (p < end && ctx->width[*p] == 1) {
			p++;
		}
		memcpy(dst, run, (size_t)(p - run));
		dst += p - run;
		if (p == end) {
			break;
		}
		w = ctx->width[*p];
		if (w > 1) {
			memcpy(dst, ctx->escape[*p], w);
			dst += w;
			p++;
		} else if ((whole = php_flocktory_escape_whole(ctx, p, (size_t)(end - p), &n)) != NULL) {
			size_t wlen = strlen(whole);

			memcpy(dst, whole, wlen);
			dst += wlen;
			p += n;
		} else {
			*dst++ = (char)*p++;
		}
	}
	return dst;
}
