/*
 * flocktory - Flocktory snippets for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * libFuzzer harness for flocktory_email.c: php_flocktory_email_scan() must
 * accept exactly what the slow reference below accepts (issue 2, "Email
 * grammar"), and then report the offset of the '@'.
 */

#include "fuzz_common.h"
#include "php_flocktory_scan.h"

/* Non-ASCII code points that are never allowed: whitespace, C1 controls
 * and invisible or bidi formatting characters. */
static bool ref_forbidden_non_ascii(uint32_t cp)
{
	return (cp >= 0x80 && cp <= 0xA0)
		|| (cp >= 0x2000 && cp <= 0x200F)
		|| (cp >= 0x2028 && cp <= 0x202F)
		|| (cp >= 0x205F && cp <= 0x206F)
		|| cp == 0x3000
		|| cp == 0xFEFF;
}

static bool ref_is_alnum(uint32_t c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

/* One atom or label char class check for a whole part [s, s+len). */
static bool ref_atom_ok(const unsigned char *s, size_t len)
{
	size_t i = 0;

	if (len == 0) {
		return false;
	}
	while (i < len) {
		uint32_t cp;
		size_t n = ref_utf8_decode(s + i, len - i, &cp);

		if (n == 0) {
			return false;
		}
		if (cp >= 0x80) {
			if (ref_forbidden_non_ascii(cp)) {
				return false;
			}
		} else if (!ref_is_alnum(cp) && (cp == 0 || strchr("!#$%&'*+/=?^_`{|}~-", (int)cp) == NULL)) {
			return false;
		}
		i += n;
	}
	return true;
}

static bool ref_label_ok(const unsigned char *s, size_t len, bool last)
{
	size_t i = 0;
	bool all_digits = true;

	if (len < 1 || len > 63) {
		return false;
	}
	if (s[0] == '-' || s[len - 1] == '-') {
		return false;
	}
	while (i < len) {
		uint32_t cp;
		size_t n = ref_utf8_decode(s + i, len - i, &cp);

		if (n == 0) {
			return false;
		}
		if (cp >= 0x80) {
			if (ref_forbidden_non_ascii(cp)) {
				return false;
			}
		} else if (!ref_is_alnum(cp) && cp != '-') {
			return false;
		}
		if (!(cp >= '0' && cp <= '9')) {
			all_digits = false;
		}
		i += n;
	}
	return !(last && all_digits);
}

static bool ref_email(const unsigned char *s, size_t len, size_t *at)
{
	size_t i, ats = 0, a = 0, start, labels = 0;
	const unsigned char *dom;
	size_t dom_len;

	if (!ref_utf8_valid(s, len, NULL)) {
		return false;
	}
	for (i = 0; i < len; i++) {
		if (s[i] == '@') {
			ats++;
			a = i;
		}
	}
	if (ats != 1) {
		return false;
	}
	/* LOCAL: 1-64 bytes of atoms separated by single dots. */
	if (a < 1 || a > 64) {
		return false;
	}
	start = 0;
	for (i = 0; i <= a; i++) {
		if (i == a || s[i] == '.') {
			if (!ref_atom_ok(s + start, i - start)) {
				return false;
			}
			start = i + 1;
		}
	}
	/* DOMAIN: at most 253 bytes, two or more labels of 1-63 bytes. */
	dom = s + a + 1;
	dom_len = len - a - 1;
	if (dom_len > 253) {
		return false;
	}
	for (i = 0; i < dom_len; i++) {
		if (dom[i] == '.') {
			labels++;
		}
	}
	labels++;
	if (labels < 2) {
		return false;
	}
	start = 0;
	for (i = 0; i <= dom_len; i++) {
		if (i == dom_len || dom[i] == '.') {
			if (!ref_label_ok(dom + start, i - start, i == dom_len)) {
				return false;
			}
			start = i + 1;
		}
	}
	*at = a;
	return true;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	size_t at = (size_t)-1, ref_at = (size_t)-1;
	bool ok, ref_ok;

	fuzz_set_input(data, size);
	ref_ok = ref_email(data, size, &ref_at);
	ok = php_flocktory_email_scan(data, size, &at);
	CHECK(ok == ref_ok, "email_scan %s, reference %s", ok ? "accepts" : "rejects",
		ref_ok ? "accepts" : "rejects");
	if (ok) {
		CHECK(at == ref_at, "'@' at %zu, reference %zu", at, ref_at);
	}
	return 0;
}
