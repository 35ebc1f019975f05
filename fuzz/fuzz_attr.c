/*
 * flocktory - Flocktory snippets for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * libFuzzer harness for the attribute context of the escaper (issue 13):
 * double-quoted attribute values of the <div class="i-flocktory"> tags.
 * For every input, php_flocktory_escape() with php_flocktory_escape_attr,
 * writing into an exact-size heap buffer of the length
 * php_flocktory_escaped_len() measures, must accept exactly the well-formed
 * UTF-8 the reference decoder accepts, and refuse it at the same offset.
 * For every well-formed input it must
 *   - write exactly that many bytes, equal to the plain reference below
 *     (& " ' < > CR as &amp; &quot; &#39; &lt; &gt; &#13;, all else copied);
 *   - contain no raw " < > & ' or CR, so the value cannot end early, open a
 *     tag or start a character reference the parser would decode;
 *   - decode back to the input with the small entity decoder below.
 * U+0000 is copied by the escaper; the field rules refuse it before writing.
 */

#include "fuzz_common.h"
#include "php_flocktory_escape.h"
#include "php_flocktory_scan.h"

/* The contract's replacements, written out by hand. */
static const char *ref_attr_entity(unsigned char c)
{
	switch (c) {
	case '&': return "&amp;";
	case '"': return "&quot;";
	case '\'': return "&#39;";
	case '<': return "&lt;";
	case '>': return "&gt;";
	case '\r': return "&#13;";
	}
	return NULL;
}

static char *ref_attr_escape(const unsigned char *s, size_t len, size_t *out_len)
{
	char *out = malloc(len * 6 + 1);
	size_t i, o = 0;

	if (out == NULL) {
		abort();
	}
	for (i = 0; i < len; i++) {
		const char *e = ref_attr_entity(s[i]);

		if (e) {
			memcpy(out + o, e, strlen(e));
			o += strlen(e);
		} else {
			out[o++] = (char)s[i];
		}
	}
	*out_len = o;
	return out;
}

/* Decodes the six entities; any other '&' is an error. Returns the decoded
 * length, or (size_t)-1. */
static size_t attr_decode(const unsigned char *in, size_t len, unsigned char *out)
{
	static const struct {
		const char *entity;
		unsigned char c;
	} known[] = {{"&amp;", '&'}, {"&quot;", '"'}, {"&#39;", '\''}, {"&lt;", '<'}, {"&gt;", '>'}, {"&#13;", '\r'}};
	size_t i = 0, o = 0, k;

	while (i < len) {
		if (in[i] != '&') {
			out[o++] = in[i++];
			continue;
		}
		for (k = 0; k < sizeof(known) / sizeof(known[0]); k++) {
			size_t n = strlen(known[k].entity);

			if (i + n <= len && memcmp(in + i, known[k].entity, n) == 0) {
				out[o++] = known[k].c;
				i += n;
				break;
			}
		}
		if (k == sizeof(known) / sizeof(known[0])) {
			return (size_t)-1;
		}
	}
	return o;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	size_t escaped_len = 0, bad = (size_t)-1, ref_bad = (size_t)-1, ref_len, dec_len, i;
	char *buf, *end, *ref;
	unsigned char *dec;
	bool valid, ref_valid;

	fuzz_set_input(data, size);

	escaped_len = php_flocktory_escaped_len(&php_flocktory_escape_attr, data, size);
	CHECK(escaped_len <= FLOCKTORY_ESCAPE_ROOM(size), "escaped_len measured %zu bytes, above the room for %zu",
		escaped_len, size);

	buf = malloc(escaped_len);
	if (buf == NULL && escaped_len != 0) {
		abort();
	}
	end = php_flocktory_escape(&php_flocktory_escape_attr, buf, data, size, &bad);
	valid = end != NULL;
	ref_valid = ref_utf8_valid(data, size, &ref_bad);
	CHECK(valid == ref_valid, "escape %s, the reference %s (reference bad offset %zu)",
		valid ? "accepts" : "rejects", ref_valid ? "accepts" : "rejects", ref_bad);
	if (!valid) {
		CHECK(bad == ref_bad, "escape rejects at offset %zu, the reference at %zu", bad, ref_bad);
		free(buf);
		return -1;
	}
	CHECK(end >= buf && (size_t)(end - buf) == escaped_len,
		"escape wrote %td bytes, escaped_len measured %zu", end - buf, escaped_len);

	ref = ref_attr_escape(data, size, &ref_len);
	if (ref_len != escaped_len || memcmp(ref, buf, ref_len) != 0) {
		fuzz_dump_hex("==flocktory-fuzz== escaper output", buf, escaped_len);
		fuzz_dump_hex("==flocktory-fuzz== reference     ", ref, ref_len);
	}
	CHECK(ref_len == escaped_len && memcmp(ref, buf, ref_len) == 0,
		"escaper output differs from the reference escaping");
	free(ref);

	/* Nothing that ends the value, opens markup or is rewritten by the parser. */
	for (i = 0; i < escaped_len; i++) {
		unsigned char c = (unsigned char)buf[i];

		CHECK(c != '"' && c != '<' && c != '>' && c != '\'' && c != '\r', "output byte 0x%02x at offset %zu", c, i);
	}
	CHECK(ref_utf8_valid((unsigned char *)buf, escaped_len, NULL), "output is not valid UTF-8");

	/* unescape(escape(s)) == s, and every '&' starts one of our entities. */
	dec = malloc(escaped_len + 1);
	if (dec == NULL) {
		abort();
	}
	dec_len = attr_decode((unsigned char *)buf, escaped_len, dec);
	CHECK(dec_len != (size_t)-1, "output has an '&' that starts none of the six entities");
	CHECK(dec_len == size && memcmp(dec, data, size) == 0,
		"output decodes to %zu bytes that differ from the input", dec_len);
	free(dec);
	free(buf);
	return 0;
}
