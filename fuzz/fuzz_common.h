/*
 * flocktory - Flocktory snippets for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Shared by the libFuzzer harnesses: a CHECK macro that prints the input in
 * hex before aborting, and deliberately slow, plain reference versions of
 * UTF-8 decoding (RFC 3629) and of the JSON-in-<script> escaping rules of
 * the contract (issue 2, "Escaping inside JSON strings"). Nothing here is
 * derived from the extension's own code.
 */

#ifndef FLOCKTORY_FUZZ_COMMON_H
#define FLOCKTORY_FUZZ_COMMON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const uint8_t *fuzz_input;
static size_t fuzz_input_len;

static inline void fuzz_set_input(const uint8_t *data, size_t size)
{
	fuzz_input = data;
	fuzz_input_len = size;
}

static inline void fuzz_dump_hex(const char *label, const void *p, size_t n)
{
	const unsigned char *b = p;
	size_t i;

	fprintf(stderr, "%s (%zu bytes): ", label, n);
	for (i = 0; i < n; i++) {
		fprintf(stderr, "%02x", b[i]);
	}
	fputc('\n', stderr);
}

#define CHECK(cond, ...) do { \
	if (!(cond)) { \
		fprintf(stderr, "\n==flocktory-fuzz== PROPERTY FAILED at %s:%d: %s\n", __FILE__, __LINE__, #cond); \
		fprintf(stderr, "==flocktory-fuzz== "); \
		fprintf(stderr, __VA_ARGS__); \
		fputc('\n', stderr); \
		fuzz_dump_hex("==flocktory-fuzz== input hex", fuzz_input, fuzz_input_len); \
		abort(); \
	} \
} while (0)

/* ---- Reference UTF-8 decoder, straight from RFC 3629 ----------------- */

/* Decodes one code point at s. Returns its length (1-4) and stores it in
 * *cp, or returns 0 when the bytes there are not a well-formed sequence:
 * a stray continuation byte, a lead byte that cannot start anything
 * (C0, C1, F5-FF), a truncated sequence, an overlong form, a surrogate
 * (U+D800-U+DFFF) or a value above U+10FFFF. */
static inline size_t ref_utf8_decode(const unsigned char *s, size_t len, uint32_t *cp)
{
	uint32_t c, min;
	size_t need, i;

	if (len == 0) {
		return 0;
	}
	c = s[0];
	if (c < 0x80) {
		*cp = c;
		return 1;
	} else if ((c & 0xE0) == 0xC0) {
		need = 2;
		c &= 0x1F;
		min = 0x80;
	} else if ((c & 0xF0) == 0xE0) {
		need = 3;
		c &= 0x0F;
		min = 0x800;
	} else if ((c & 0xF8) == 0xF0) {
		need = 4;
		c &= 0x07;
		min = 0x10000;
	} else {
		return 0;	/* 10xxxxxx continuation, or F8-FF */
	}
	if (len < need) {
		return 0;
	}
	for (i = 1; i < need; i++) {
		if ((s[i] & 0xC0) != 0x80) {
			return 0;
		}
		c = (c << 6) | (s[i] & 0x3F);
	}
	if (c < min) {
		return 0;	/* overlong */
	}
	if (c >= 0xD800 && c <= 0xDFFF) {
		return 0;	/* surrogate */
	}
	if (c > 0x10FFFF) {
		return 0;
	}
	*cp = c;
	return need;
}

/* Whole-string validity; *bad is the offset of the first sequence that
 * does not decode. */
static inline bool ref_utf8_valid(const unsigned char *s, size_t len, size_t *bad)
{
	size_t i = 0, n;
	uint32_t cp;

	while (i < len) {
		n = ref_utf8_decode(s + i, len - i, &cp);
		if (n == 0) {
			if (bad) {
				*bad = i;
			}
			return false;
		}
		i += n;
	}
	return true;
}

/* ---- Reference escaping (issue 2, "Escaping inside JSON strings") ---- */

/* The escape for one code point, written into out (NUL-terminated);
 * returns false when the code point is copied as its raw UTF-8. */
static inline bool ref_escape_cp(uint32_t cp, char out[8])
{
	static const char hex[] = "0123456789abcdef";

	switch (cp) {
	case '"': strcpy(out, "\\\""); return true;
	case '\\': strcpy(out, "\\\\"); return true;
	case 0x08: strcpy(out, "\\b"); return true;
	case 0x09: strcpy(out, "\\t"); return true;
	case 0x0A: strcpy(out, "\\n"); return true;
	case 0x0C: strcpy(out, "\\f"); return true;
	case 0x0D: strcpy(out, "\\r"); return true;
	case '<': strcpy(out, "\\u003C"); return true;
	case '>': strcpy(out, "\\u003E"); return true;
	case '&': strcpy(out, "\\u0026"); return true;
	case '\'': strcpy(out, "\\u0027"); return true;
	case 0x2028: strcpy(out, "\\u2028"); return true;
	case 0x2029: strcpy(out, "\\u2029"); return true;
	}
	if (cp < 0x20) {
		snprintf(out, 8, "\\u00%c%c", hex[cp >> 4], hex[cp & 15]);
		return true;
	}
	return false;
}

/* Escapes valid UTF-8 s into a fresh malloc'd buffer; *out_len its length. */
static inline char *ref_escape(const unsigned char *s, size_t len, size_t *out_len)
{
	char *out = malloc(len * 6 + 1);
	size_t i = 0, o = 0, n;
	uint32_t cp;
	char esc[8];

	if (out == NULL) {
		abort();
	}
	while (i < len) {
		n = ref_utf8_decode(s + i, len - i, &cp);
		if (n == 0) {
			abort();	/* callers pass valid UTF-8 only */
		}
		if (ref_escape_cp(cp, esc)) {
			memcpy(out + o, esc, strlen(esc));
			o += strlen(esc);
		} else {
			memcpy(out + o, s + i, n);
			o += n;
		}
		i += n;
	}
	*out_len = o;
	return out;
}

#endif
