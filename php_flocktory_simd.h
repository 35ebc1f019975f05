/*
 * flocktory - Flocktory snippets for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * SSE2 (always there on x86-64) for the UTF-8 scanner, the escaper and the
 * image URL scanner: plain runs are validated or copied a vector at a time,
 * the escaper's with the classifier that tools/gen_escape_table.php
 * generates for each context. Elsewhere, or with -DFLOCKTORY_PORTABLE
 * (which ./dev test also builds and runs), callers take their byte-wise
 * paths only, with the same output.
 */

#ifndef PHP_FLOCKTORY_SIMD_H
#define PHP_FLOCKTORY_SIMD_H

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "php_flocktory_escape.h"
#include "php_flocktory_scan.h"

#if defined(__SSE2__) && defined(__GNUC__) && !defined(FLOCKTORY_PORTABLE)
# include <emmintrin.h>
# define FLOCKTORY_SIMD "SSE2"
# define FLOCKTORY_SIMD_WIDTH 16

static inline __m128i flocktory_simd_load(const unsigned char *p)
{
	return _mm_loadu_si128((const __m128i *)(const void *)p);
}

static inline void flocktory_simd_store(char *dst, const unsigned char *p)
{
	_mm_storeu_si128((__m128i *)(void *)dst, flocktory_simd_load(p));
}

/* How many of the 16 bytes at p are ASCII outside the escaped mask and
 * complete two-byte characters, given a lead left open by the previous
 * vector: all 16 (then *open tells whether the last is a lead), or the
 * offset of the first that needs the byte-wise path, -1 when that is the
 * open lead itself. */
static inline int flocktory_simd_plain(const unsigned char *p, unsigned escaped, unsigned *open)
{
	__m128i v = flocktory_simd_load(p);
	unsigned high = (unsigned)_mm_movemask_epi8(v);
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

/* The same for the last 16 bytes of a string, of which those before from
 * are done and end a character: the offset of the first byte from from on
 * that needs the byte-wise path, or 16. */
static inline int flocktory_simd_plain_end(const unsigned char *p, unsigned escaped, unsigned from)
{
	__m128i v = flocktory_simd_load(p);
	unsigned high = (unsigned)_mm_movemask_epi8(v);
	unsigned lead, tail, problem;
	int first;

	lead = (unsigned)_mm_movemask_epi8(_mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(-63)),
		_mm_cmplt_epi8(v, _mm_set1_epi8(-32))));
	tail = (unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(v, _mm_set1_epi8(-64)));
	/* As above, and a lead in the last byte, whose tail would be past the end. */
	problem = (escaped | (high & ~(lead | tail)) | (tail ^ (lead << 1)) | (lead & 0x8000u)) & (0xFFFFu << from);
	if (problem == 0) {
		return FLOCKTORY_SIMD_WIDTH;
	}
	first = __builtin_ctz(problem);
	if (first > (int)from && (lead >> (first - 1)) & 1) {
		first--;
	}
	return first;
}


/* The bytes of the 16 at p that are not printable ASCII (0x21-0x7E): all a
 * URL's path may hold besides non-ASCII characters. */
static inline unsigned flocktory_simd_url_unprintable(const unsigned char *p)
{
	__m128i v = flocktory_simd_load(p);
	/* As signed bytes, non-ASCII is negative. */
	__m128i printable = _mm_andnot_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(0x7F)),
		_mm_cmpgt_epi8(v, _mm_set1_epi8(0x20)));

	return ~(unsigned)_mm_movemask_epi8(printable) & 0xFFFFu;
}

/* The bytes of the 16 at p that a host name's run of plain bytes stops at:
 * any but printable ASCII, and # / ? \ @ : [ ] (the delimiters, userinfo's
 * end and the port and IPv6 marks). */
static inline unsigned flocktory_simd_url_host_stop(const unsigned char *p)
{
	__m128i v = flocktory_simd_load(p);
	__m128i marks = _mm_or_si128(
		_mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('#')), _mm_cmpeq_epi8(v, _mm_set1_epi8('/'))),
			_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('?')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\\')))),
		_mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('@')), _mm_cmpeq_epi8(v, _mm_set1_epi8(':'))),
			_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('[')), _mm_cmpeq_epi8(v, _mm_set1_epi8(']')))));

	return flocktory_simd_url_unprintable(p) | (unsigned)_mm_movemask_epi8(marks);
}

/* The bytes of the 16 at p that are not A-Z a-z 0-9 _ - or '.'. */
static inline unsigned flocktory_simd_key_other(const unsigned char *p)
{
	__m128i v = flocktory_simd_load(p), lower = _mm_or_si128(v, _mm_set1_epi8(0x20));
	/* Signed compares: non-ASCII is negative, so neither letter nor digit. */
	__m128i letter = _mm_and_si128(_mm_cmpgt_epi8(lower, _mm_set1_epi8('a' - 1)),
		_mm_cmplt_epi8(lower, _mm_set1_epi8('z' + 1)));
	__m128i digit = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('0' - 1)), _mm_cmplt_epi8(v, _mm_set1_epi8('9' + 1)));
	__m128i mark = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('_')), _mm_cmpeq_epi8(v, _mm_set1_epi8('-'))),
		_mm_cmpeq_epi8(v, _mm_set1_epi8('.')));

	return ~(unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(letter, digit), mark)) & 0xFFFFu;
}
#endif

#endif
