/*
 * flocktory - Flocktory snippets for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * What the two escaper harnesses (fuzz_escape.c, fuzz_attr.c) check alike;
 * each brings its context's reference escaping and decoder.
 */

#ifndef FLOCKTORY_FUZZ_ESCAPER_H
#define FLOCKTORY_FUZZ_ESCAPER_H

#include "fuzz_common.h"
#include "php_flocktory_escape.h"

typedef char *(*fuzz_ref_escape)(const unsigned char *s, size_t len, size_t *out_len);
/* Returns the decoded length, or (size_t)-1 for text the context's
 * escaper could not have written. */
typedef size_t (*fuzz_decode)(const unsigned char *in, size_t len, unsigned char *out);

/* Escapes data for ctx into a heap buffer of exactly the measured length,
 * so that ASan reports any overrun (malloc(0) gives a unique zero-size
 * block), and checks the measure against the room writers may reserve
 * instead, the verdict and the offset of a refusal against the reference
 * UTF-8 decoder, and the output byte for byte against ref. Returns the
 * output for the caller to free, its length in *len, or NULL for input
 * that is rightly refused. */
static char *fuzz_escape_checked(const flocktory_escape_context *ctx, const uint8_t *data, size_t size,
	fuzz_ref_escape ref_escape_of, size_t *len)
{
	size_t escaped_len, bad = (size_t)-1, ref_bad = (size_t)-1, ref_len;
	char *buf, *end, *ref;
	bool valid, ref_valid;

	escaped_len = php_flocktory_escaped_len(ctx, data, size);
	CHECK(escaped_len <= FLOCKTORY_ESCAPE_ROOM(size), "escaped_len measured %zu bytes, above the room for %zu",
		escaped_len, size);

	buf = malloc(escaped_len);
	if (buf == NULL && escaped_len != 0) {
		abort();
	}
	end = php_flocktory_escape(ctx, buf, data, size, &bad);
	valid = end != NULL;
	ref_valid = ref_utf8_valid(data, size, &ref_bad);
	CHECK(valid == ref_valid, "escape %s, the reference %s (reference bad offset %zu)",
		valid ? "accepts" : "rejects", ref_valid ? "accepts" : "rejects", ref_bad);
	if (!valid) {
		CHECK(bad == ref_bad, "escape rejects at offset %zu, the reference at %zu", bad, ref_bad);
		free(buf);
		return NULL;
	}
	CHECK(end >= buf && (size_t)(end - buf) == escaped_len,
		"escape wrote %td bytes, escaped_len measured %zu", end - buf, escaped_len);

	ref = ref_escape_of(data, size, &ref_len);
	if (ref_len != escaped_len || memcmp(ref, buf, ref_len) != 0) {
		fuzz_dump_hex("==flocktory-fuzz== escaper output", buf, escaped_len);
		fuzz_dump_hex("==flocktory-fuzz== reference     ", ref, ref_len);
	}
	CHECK(ref_len == escaped_len && memcmp(ref, buf, ref_len) == 0,
		"escaper output differs from the reference escaping");
	free(ref);
	CHECK(ref_utf8_valid((unsigned char *)buf, escaped_len, NULL), "output is not valid UTF-8");
	*len = escaped_len;
	return buf;
}

/* That the len bytes at buf decode back to data; what names the decoder
 * in the message for text it cannot decode. */
static void fuzz_check_round_trip(const char *buf, size_t len, const uint8_t *data, size_t size,
	fuzz_decode decode, const char *what)
{
	unsigned char *dec = malloc(len + 1);
	size_t dec_len;

	if (dec == NULL) {
		abort();
	}
	dec_len = decode((const unsigned char *)buf, len, dec);
	CHECK(dec_len != (size_t)-1, "output is not %s", what);
	CHECK(dec_len == size && memcmp(dec, data, size) == 0,
		"output decodes to %zu bytes that differ from the input", dec_len);
	free(dec);
}

#endif
