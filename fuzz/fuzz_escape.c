/*
 * flocktory - Flocktory snippets for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * libFuzzer harness for the <script> JSON context of the escaper
 * (flocktory_escape.c), which checks UTF-8 as it escapes. For every input,
 * writing into an exact-size heap buffer of the length
 * php_flocktory_escaped_len() measures, php_flocktory_escape() must accept
 * exactly the well-formed UTF-8 the reference decoder in fuzz_common.h
 * accepts, and otherwise refuse it at the same offset; for well-formed
 * input it must
 *   - write exactly that many bytes (at most FLOCKTORY_ESCAPE_ROOM(size)),
 *     equal byte for byte to the reference escaping in fuzz_common.h;
 *   - decode back to the input with the small JSON string decoder below;
 *   - never contain < > & ', raw U+2028/U+2029 or a byte below 0x20;
 *   - (hence) never contain "</script", "<!--" or "<script".
 */

#include "fuzz_escaper.h"
#include "php_flocktory_scan.h"

static int hexval(unsigned char c)
{
	if (c >= '0' && c <= '9') {
		return c - '0';
	}
	if (c >= 'a' && c <= 'f') {
		return c - 'a' + 10;
	}
	if (c >= 'A' && c <= 'F') {
		return c - 'A' + 10;
	}
	return -1;
}

/* A JSON string body decoder (RFC 8259 section 7) for what the writer may
 * produce: \" \\ \/ \b \f \n \r \t and \uXXXX of a BMP non-surrogate code
 * point; a raw byte is copied. Returns the decoded length, or (size_t)-1
 * when the text is not a valid JSON string body. */
static size_t json_decode(const unsigned char *in, size_t len, unsigned char *out)
{
	size_t i = 0, o = 0;

	while (i < len) {
		unsigned char c = in[i];

		if (c == '"' || c < 0x20) {
			return (size_t)-1;	/* must be escaped inside a JSON string */
		}
		if (c != '\\') {
			out[o++] = c;
			i++;
			continue;
		}
		if (i + 1 >= len) {
			return (size_t)-1;
		}
		switch (in[i + 1]) {
		case '"': out[o++] = '"'; i += 2; continue;
		case '\\': out[o++] = '\\'; i += 2; continue;
		case '/': out[o++] = '/'; i += 2; continue;
		case 'b': out[o++] = 0x08; i += 2; continue;
		case 'f': out[o++] = 0x0C; i += 2; continue;
		case 'n': out[o++] = 0x0A; i += 2; continue;
		case 'r': out[o++] = 0x0D; i += 2; continue;
		case 't': out[o++] = 0x09; i += 2; continue;
		case 'u': {
			uint32_t cp = 0;
			int k;

			if (i + 6 > len) {
				return (size_t)-1;
			}
			for (k = 2; k < 6; k++) {
				int h = hexval(in[i + k]);

				if (h < 0) {
					return (size_t)-1;
				}
				cp = cp << 4 | (uint32_t)h;
			}
			if (cp >= 0xD800 && cp <= 0xDFFF) {
				return (size_t)-1;	/* the writer never splits into surrogates */
			}
			if (cp < 0x80) {
				out[o++] = (unsigned char)cp;
			} else if (cp < 0x800) {
				out[o++] = (unsigned char)(0xC0 | cp >> 6);
				out[o++] = (unsigned char)(0x80 | (cp & 0x3F));
			} else {
				out[o++] = (unsigned char)(0xE0 | cp >> 12);
				out[o++] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
				out[o++] = (unsigned char)(0x80 | (cp & 0x3F));
			}
			i += 6;
			continue;
		}
		default:
			return (size_t)-1;
		}
	}
	return o;
}

static bool contains(const unsigned char *h, size_t hl, const char *needle)
{
	size_t nl = strlen(needle), i;

	for (i = 0; i + nl <= hl; i++) {
		size_t k;

		for (k = 0; k < nl; k++) {
			unsigned char a = h[i + k], b = (unsigned char)needle[k];

			if (a >= 'A' && a <= 'Z') {
				a = (unsigned char)(a - 'A' + 'a');
			}
			if (a != b) {
				break;
			}
		}
		if (k == nl) {
			return true;
		}
	}
	return false;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	size_t len, i;
	char *buf;

	fuzz_set_input(data, size);
	buf = fuzz_escape_checked(&php_flocktory_escape_script, data, size, ref_escape, &len);
	if (buf == NULL) {
		return -1;	/* not worth adding to the corpus */
	}

	/* Nothing that could end or confuse the <script> element. */
	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)buf[i];

		CHECK(c >= 0x20 && c != '<' && c != '>' && c != '&' && c != '\'',
			"output byte 0x%02x at offset %zu", c, i);
		CHECK(!(c == 0xE2 && i + 2 < len && (unsigned char)buf[i + 1] == 0x80
			&& ((unsigned char)buf[i + 2] == 0xA8 || (unsigned char)buf[i + 2] == 0xA9)),
			"raw U+2028/U+2029 in the output at offset %zu", i);
	}
	CHECK(!contains((unsigned char *)buf, len, "</script")
		&& !contains((unsigned char *)buf, len, "<!--")
		&& !contains((unsigned char *)buf, len, "<script"),
		"script-ending sequence in the output");

	/* It round-trips through a JSON string decoder. */
	fuzz_check_round_trip(buf, len, data, size, json_decode, "a valid JSON string body");
	free(buf);
	return 0;
}
