/*
 * flocktory - Flocktory snippets for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Escapes text for an output context through the context's table, and
 * checks that it is UTF-8 in the same pass: plain vectors are copied
 * whole, the rest byte by byte.
 * For <script> JSON, < > & ' become \u003C \u003E \u0026 \u0027 so that no
 * "</script", "<!--" or "<script" can appear in the element and end it
 * early or switch the tokenizer into its double-escaped state (HTML,
 * "script data" states).
 */

#include <string.h>

#include "php_flocktory_escape.h"
#include "php_flocktory_scan.h"
#include "php_flocktory_simd.h"
#include "flocktory_escape_table.h"

const flocktory_escape_context php_flocktory_escape_script = {
	flocktory_script_width, flocktory_script_escape, FLOCKTORY_SCRIPT_WHOLE,
};

/* For attributes, & " ' < > become entities, so the value cannot end early
 * or start a character reference; CR becomes &#13; or the parser would read
 * LF (HTML, "attribute value (double-quoted)" state, and preprocessing). */
const flocktory_escape_context php_flocktory_escape_attr = {
	flocktory_attr_width, flocktory_attr_escape, FLOCKTORY_ATTR_WHOLE,
};

/* Which context an instance of the escaper below is made for. */
#define FLOCKTORY_ESCAPE_SCRIPT 0
#define FLOCKTORY_ESCAPE_ATTR 1

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

size_t php_flocktory_escaped_len(const flocktory_escape_context *ctx, const unsigned char *s, size_t len)
{
	const unsigned char *p = s, *end = s + len;
	const char *whole;
	size_t out = 0, n;

	while (p < end) {
		if (ctx->width[*p] != 0) {
			out += ctx->width[*p++];
		} else if ((whole = php_flocktory_escape_whole(ctx, p, (size_t)(end - p), &n)) != NULL) {
			out += strlen(whole);
			p += n;
		} else {
			out++;
			p++;
		}
	}
	return out;
}

#ifdef FLOCKTORY_SIMD
# define FLOCKTORY_ESCAPED16(which, p) \
	((which) == FLOCKTORY_ESCAPE_ATTR ? flocktory_attr_escaped16(p) : flocktory_script_escaped16(p))
#endif

/* The escaper, made once a context (which) so that the context's table
 * and classifier are constants in it, not loads and a call through a
 * pointer for every vector. */
static inline __attribute__((always_inline)) char *flocktory_escape_in(int which, char *dst, const unsigned char *s,
	size_t len, size_t *bad)
{
	const flocktory_escape_context *ctx = which == FLOCKTORY_ESCAPE_ATTR ? &php_flocktory_escape_attr
		: &php_flocktory_escape_script;
	/* Locals, so that the writes through dst do not make them reloaded. */
	const unsigned char *width = ctx->width, *cur = s, *lim = s + len, *stop;
	const char (*escape)[7] = ctx->escape;
	const char *whole;
	size_t n, i;

	for (;;) {
		stop = lim;
#ifdef FLOCKTORY_SIMD
		if (lim - s >= FLOCKTORY_SIMD_WIDTH) {
			unsigned open = 0;
			int step = FLOCKTORY_SIMD_WIDTH;

			/* Each vector is stored whole and kept as far as it is plain:
			 * the room for the rest of the string covers the 16 bytes. */
			while (lim - cur >= FLOCKTORY_SIMD_WIDTH) {
				flocktory_simd_store(dst, cur);
				step = flocktory_simd_plain(cur, FLOCKTORY_ESCAPED16(which, cur), &open);
				cur += step;
				dst += step;
				if (step != FLOCKTORY_SIMD_WIDTH) {
					break;
				}
			}
			if (step == FLOCKTORY_SIMD_WIDTH) {
				const unsigned char *last = lim - FLOCKTORY_SIMD_WIDTH;
				int done;

				/* A lead whose tail is in the rest goes back to the rest,
				 * which is checked as the end of the last 16 bytes. */
				cur -= open;
				dst -= open;
				done = (int)(cur - last);
				step = flocktory_simd_plain_end(last, FLOCKTORY_ESCAPED16(which, last), (unsigned)done) - done;
				php_flocktory_copy_short(dst, cur, (size_t)step);
				cur += step;
				dst += step;
			}
			/* One character below, then vectors again. */
			stop = cur < lim ? cur + 1 : lim;
		}
#endif
		/* ASCII, and the two-byte characters of Cyrillic and accented Latin. */
		while (cur < stop) {
			unsigned char c = *cur, w = width[c];

			if (c < 0x80) {
				if (w == 1) {
					*dst++ = (char)c;
				} else {
					for (i = 0; i < w; i++) {
						*dst++ = escape[c][i];
					}
				}
				cur++;
			} else if (c >= 0xC2 && c <= 0xDF && lim - cur >= 2 && (cur[1] & 0xC0) == 0x80 && w == 1) {
				dst[0] = (char)c;
				dst[1] = (char)cur[1];
				dst += 2;
				cur += 2;
			} else {
				break;
			}
		}
		if (cur >= stop && cur < lim) {
			continue;
		}
		if (cur == lim) {
			return dst;
		}
		/* A longer character, one escaped whole, or no UTF-8. */
		if ((n = php_flocktory_utf8_next(cur, (size_t)(lim - cur))) == 0) {
			*bad = (size_t)(cur - s);
			return NULL;
		}
		whole = ctx->width[*cur] == 0 ? php_flocktory_escape_whole(ctx, cur, n, &n) : NULL;
		if (whole) {
			size_t wlen = strlen(whole);

			memcpy(dst, whole, wlen);
			dst += wlen;
		} else {
			memcpy(dst, cur, n);
			dst += n;
		}
		cur += n;
	}
}

/* A short string, as most ids and names are, when it is plain: one vector
 * of its bytes padded with NULs, of which only the first len count. Kept
 * apart from the escaper, which saves registers on entry that this does
 * not need: ./dev bench, 5% of the typical order. NULL when it is not. */
static inline char *flocktory_escape_short(int which, char *dst, const unsigned char *s, size_t len)
{
#ifdef FLOCKTORY_SIMD
	if (len >= 4 && len < FLOCKTORY_SIMD_WIDTH) {
		unsigned char pad[FLOCKTORY_SIMD_WIDTH] = {0};

		php_flocktory_copy_short((char *)pad, s, len);
		if ((size_t)flocktory_simd_plain_end(pad, FLOCKTORY_ESCAPED16(which, pad), 0) >= len) {
			php_flocktory_copy_short(dst, s, len);
			return dst + len;
		}
	}
#else
	(void)which, (void)dst, (void)s, (void)len;
#endif
	return NULL;
}

static __attribute__((noinline)) char *flocktory_escape_script_in(char *dst, const unsigned char *s, size_t len,
	size_t *bad)
{
	return flocktory_escape_in(FLOCKTORY_ESCAPE_SCRIPT, dst, s, len, bad);
}

static __attribute__((noinline)) char *flocktory_escape_attr_in(char *dst, const unsigned char *s, size_t len,
	size_t *bad)
{
	return flocktory_escape_in(FLOCKTORY_ESCAPE_ATTR, dst, s, len, bad);
}

char *php_flocktory_escape_script_text(char *dst, const unsigned char *s, size_t len, size_t *bad)
{
	char *end = flocktory_escape_short(FLOCKTORY_ESCAPE_SCRIPT, dst, s, len);

	return end ? end : flocktory_escape_script_in(dst, s, len, bad);
}

char *php_flocktory_escape_attr_text(char *dst, const unsigned char *s, size_t len, size_t *bad)
{
	char *end = flocktory_escape_short(FLOCKTORY_ESCAPE_ATTR, dst, s, len);

	return end ? end : flocktory_escape_attr_in(dst, s, len, bad);
}

char *php_flocktory_escape(const flocktory_escape_context *ctx, char *dst, const unsigned char *s, size_t len,
	size_t *bad)
{
	return ctx == &php_flocktory_escape_attr ? php_flocktory_escape_attr_text(dst, s, len, bad)
		: php_flocktory_escape_script_text(dst, s, len, bad);
}
