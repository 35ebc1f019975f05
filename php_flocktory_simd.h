/*
 * flocktory - Flocktory snippets for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * SSE2 (always there on x86-64) for the UTF-8 scanner and the escaper:
 * clean runs are measured or copied a vector at a time, with the classifier
 * that tools/gen_escape_table.php generates for each context. Elsewhere,
 * or with -DFLOCKTORY_PORTABLE (which ./dev test also builds and runs),
 * callers take their byte-wise paths only, with the same output.
 */

#ifndef PHP_FLOCKTORY_SIMD_H
#define PHP_FLOCKTORY_SIMD_H

#include <stdbool.h>

#include "php_flocktory_escape.h"

#if defined(__SSE2__) && defined(__GNUC__) && !defined(FLOCKTORY_PORTABLE)
# include <emmintrin.h>
# define FLOCKTORY_SIMD "SSE2"
# define FLOCKTORY_SIMD_WIDTH 16

/* The first byte in [p, end) that the escaper must look at, or a byte of
 * the last 15 or fewer, which the caller goes through byte by byte. */
static inline const unsigned char *flocktory_simd_find(const flocktory_escape_context *ctx,
	const unsigned char *p, const unsigned char *end)
{
	/* The generator gives every character escaped whole the same lead. */
	__m128i lead = _mm_set1_epi8((char)(ctx->whole_count ? ctx->whole[0].utf8[0] : 0));

	while (end - p >= FLOCKTORY_SIMD_WIDTH) {
		__m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
		unsigned m = ctx->escaped16(p);

		if (ctx->whole_count) {
			m |= (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, lead));
		}
		if (m) {
			return p + __builtin_ctz(m);
		}
		p += FLOCKTORY_SIMD_WIDTH;
	}
	return p;
}

static inline __m128i flocktory_simd_load(const unsigned char *p)
{
	return _mm_loadu_si128((const __m128i *)(const void *)p);
}

/* How many of the 16 bytes at p are clean ASCII and complete two-byte
 * characters, given a lead left open by the previous vector: all 16 (then
 * *open tells whether the last is a lead), or the offset of the first that
 * needs the exact scanner, -1 when that is the open lead itself. */
static inline int flocktory_simd_plain(const flocktory_escape_context *ctx, const unsigned char *p, unsigned *open)
{
	__m128i v = flocktory_simd_load(p);
	unsigned high = (unsigned)_mm_movemask_epi8(v), escaped = ctx->escaped16(p);
	unsigned lead, tail, problem;
	int first;

	if ((high | escaped) == 0 && !*open) {
		return FLOCKTORY_SIMD_WIDTH;
	}
	/* As signed bytes, leads 0xC2-0xDF are -62..-33, tails below -64. */
	lead = (unsigned)_mm_movemask_epi8(_mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(-63)),
		_mm_cmplt_epi8(v, _mm_set1_epi8(-32))));
	tail = (unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(v, _mm_set1_epi8(-64)));
	/* Escaped ASCII, other non-ASCII, or a tail where none belongs or none
	 * where one must be. */
	problem = (escaped | (high & ~(lead | tail)) | (tail ^ ((lead << 1) | *open))) & 0xFFFFu;
	if (problem == 0) {
		*open = lead >> 15;
		return FLOCKTORY_SIMD_WIDTH;
	}
	first = __builtin_ctz(problem);
	/* A lead whose tail is missing belongs to the problem. */
	if (first > 0 ? (lead >> (first - 1)) & 1 : *open) {
		first--;
	}
	return first;
}
#endif

#endif
