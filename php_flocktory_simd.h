/*
 * flocktory - Flocktory postcheckout snippets for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * The vectorised fast path: SSE2 (always present on x86-64) tells in one
 * step which of 16 bytes need attention, so clean runs are skipped or
 * copied whole. Elsewhere, or with -DFLOCKTORY_PORTABLE (which the test
 * suite also builds), every caller falls back to its byte-wise path.
 */

#ifndef PHP_FLOCKTORY_SIMD_H
#define PHP_FLOCKTORY_SIMD_H

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#if defined(__SSE2__) && defined(__GNUC__) && !defined(FLOCKTORY_PORTABLE)
# include <emmintrin.h>
# define FLOCKTORY_SIMD "SSE2"
# define FLOCKTORY_SIMD_WIDTH 16

/* The position of the first byte flagged in a movemask. */
# define flocktory_simd_first(mask) ((size_t)__builtin_ctz(mask))

/* Bytes a JSON string in a <script> cannot copy: " \ < > & ' and controls.
 * 0x3C|2 == 0x3E|2 and 0x26|1 == 0x27|1 pair up < > and & '. */
static inline __m128i flocktory_simd_specials(__m128i v)
{
	__m128i m = _mm_cmpeq_epi8(v, _mm_set1_epi8('"'));

	m = _mm_or_si128(m, _mm_cmpeq_epi8(v, _mm_set1_epi8('\\')));
	m = _mm_or_si128(m, _mm_cmpeq_epi8(_mm_or_si128(v, _mm_set1_epi8(2)), _mm_set1_epi8('>')));
	m = _mm_or_si128(m, _mm_cmpeq_epi8(_mm_or_si128(v, _mm_set1_epi8(1)), _mm_set1_epi8('\'')));
	return m;
}

/* Bytes the clean-text paths stop at: the specials, controls and every
 * byte from 0x80 up (negative as signed bytes). */
static inline __m128i flocktory_simd_attention(__m128i v)
{
	return _mm_or_si128(flocktory_simd_specials(v), _mm_cmplt_epi8(v, _mm_set1_epi8(0x20)));
}

/* For the writer, on text already validated: the specials, controls, and
 * 0xE2, the lead byte of U+2028 and U+2029. */
static inline unsigned flocktory_simd_write_mask(const unsigned char *p)
{
	__m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
	__m128i ctrl = _mm_cmpeq_epi8(_mm_max_epu8(v, _mm_set1_epi8(0x1F)), _mm_set1_epi8(0x1F));
	__m128i m = _mm_or_si128(flocktory_simd_specials(v), ctrl);

	m = _mm_or_si128(m, _mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xE2)));
	return (unsigned)_mm_movemask_epi8(m);
}

/* For URLs: whitespace, controls, DEL and every non-ASCII byte; with
 * delimiters, also the bytes that end or structure an authority. */
static inline unsigned flocktory_simd_url_mask(const unsigned char *p, bool authority)
{
	__m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
	__m128i m = _mm_or_si128(_mm_cmplt_epi8(v, _mm_set1_epi8(0x21)), _mm_cmpeq_epi8(v, _mm_set1_epi8(0x7F)));

	if (authority) {
		static const char delimiters[] = "/?#\\@:[]";
		size_t i;

		for (i = 0; i < sizeof(delimiters) - 1; i++) {
			m = _mm_or_si128(m, _mm_cmpeq_epi8(v, _mm_set1_epi8(delimiters[i])));
		}
	}
	return (unsigned)_mm_movemask_epi8(m);
}

/* How far the 16 bytes at p, less the first skip, are clean ASCII and
 * complete two-byte sequences, given a lead left open by the previous
 * vector. All of them: *open tells whether the last is a lead. Otherwise
 * the offset of the first byte that needs the exact scanner, which may be
 * -1: the open lead itself, when no tail follows it. */
static inline int flocktory_simd_plain16(const unsigned char *p, unsigned skip, unsigned *open)
{
	__m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
	unsigned n = FLOCKTORY_SIMD_WIDTH - skip, all = 0xFFFFu >> skip;
	unsigned attention = (unsigned)_mm_movemask_epi8(flocktory_simd_attention(v)) >> skip;
	unsigned lead, tail, problem;
	int first;

	if (attention == 0 && !*open) {
		return (int)n;
	}
	/* As signed bytes, leads 0xC2-0xDF are -62..-33, tails below -64. */
	lead = (unsigned)_mm_movemask_epi8(_mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(-63)),
		_mm_cmplt_epi8(v, _mm_set1_epi8(-32)))) >> skip;
	tail = (unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(v, _mm_set1_epi8(-64))) >> skip;
	/* Anything else, or a tail where none belongs or none where one must be. */
	problem = ((attention & ~(lead | tail)) | (tail ^ ((lead << 1) | *open))) & all;
	if (problem == 0) {
		*open = (lead >> (n - 1)) & 1;
		return (int)n;
	}
	first = (int)flocktory_simd_first(problem);
	/* A lead whose tail is missing belongs to the problem. */
	if (first > 0 ? (lead >> (first - 1)) & 1 : *open) {
		first--;
	}
	return first;
}

/* Whether the 8 to 15 bytes at p are all clean ASCII: they are read as two
 * 8-byte halves that overlap, which puts every byte in one vector. */
static inline bool flocktory_simd_clean_short(const unsigned char *p, size_t len, uint64_t *head, uint64_t *tail)
{
	__m128i v;

	memcpy(head, p, 8);
	memcpy(tail, p + len - 8, 8);
	v = _mm_set_epi64x((long long)*tail, (long long)*head);
	return _mm_movemask_epi8(flocktory_simd_attention(v)) == 0;
}

/* Skips whole vectors that hold only clean ASCII and well-formed two-byte
 * UTF-8 sequences (U+0080-U+07FF: a lead 0xC2-0xDF, then a tail
 * 0x80-0xBF). In such a vector every tail follows a lead, so the tail mask
 * is the lead mask shifted by one, plus a lead left open by the previous
 * vector. Stops at the first vector with anything else, backing up to an
 * open lead, and leaves the rest to the exact byte-wise scanner. */
static inline const unsigned char *flocktory_simd_skip_plain(const unsigned char *start,
	const unsigned char *p, const unsigned char *end)
{
	unsigned open = 0;
	int n;

	while (end - p >= FLOCKTORY_SIMD_WIDTH) {
		n = flocktory_simd_plain16(p, 0, &open);
		if (n < FLOCKTORY_SIMD_WIDTH) {
			return p + n;
		}
		p += FLOCKTORY_SIMD_WIDTH;
	}
	p -= open;
	open = 0;
	/* The tail, as the string's last 16 bytes; it must not end in a lead. */
	if (p < end && end - start >= FLOCKTORY_SIMD_WIDTH) {
		n = flocktory_simd_plain16(end - FLOCKTORY_SIMD_WIDTH, (unsigned)(FLOCKTORY_SIMD_WIDTH - (end - p)), &open);
		return p + n - (p + n == end ? (int)open : 0);
	}
	return p;
}


enum { FLOCKTORY_SIMD_WRITE, FLOCKTORY_SIMD_URL, FLOCKTORY_SIMD_AUTHORITY };

static inline __attribute__((always_inline)) unsigned flocktory_simd_mask(const unsigned char *p, int kind)
{
	return kind == FLOCKTORY_SIMD_WRITE ? flocktory_simd_write_mask(p)
		: flocktory_simd_url_mask(p, kind == FLOCKTORY_SIMD_AUTHORITY);
}

/* The first byte of [p, end) that needs attention, in a string that starts
 * at start; end when there is none. Once fewer than 16 bytes are left, a
 * string of 16 bytes or more is read once more as its last 16 bytes, with
 * the bits of bytes already seen shifted out, so that short tails need no
 * byte-wise loop. Returns a p short of end, but never past a byte that
 * needs attention, when the string is too short for that. */
static inline __attribute__((always_inline)) const unsigned char *flocktory_simd_find(
	const unsigned char *start, const unsigned char *p, const unsigned char *end, int kind)
{
	unsigned m;

	while (end - p >= FLOCKTORY_SIMD_WIDTH) {
		if ((m = flocktory_simd_mask(p, kind)) != 0) {
			return p + flocktory_simd_first(m);
		}
		p += FLOCKTORY_SIMD_WIDTH;
	}
	if (p < end && end - start >= FLOCKTORY_SIMD_WIDTH) {
		m = flocktory_simd_mask(end - FLOCKTORY_SIMD_WIDTH, kind) >> (FLOCKTORY_SIMD_WIDTH - (end - p));
		return m ? p + flocktory_simd_first(m) : end;
	}
	return p;
}
#endif

#endif
