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

#include "fuzz_escaper.h"
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
	size_t len, i;
	char *buf;

	fuzz_set_input(data, size);
	buf = fuzz_escape_checked(&php_flocktory_escape_attr, data, size, ref_attr_escape, &len);
	if (buf == NULL) {
		return -1;	/* not worth adding to the corpus */
	}

	/* Nothing that ends the value, opens markup or is rewritten by the parser. */
	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)buf[i];

		CHECK(c != '"' && c != '<' && c != '>' && c != '\'' && c != '\r', "output byte 0x%02x at offset %zu", c, i);
	}

	/* unescape(escape(s)) == s, and every '&' starts one of our entities. */
	fuzz_check_round_trip(buf, len, data, size, attr_decode, "text whose every '&' starts one of the six entities");
	free(buf);
	return 0;
}
