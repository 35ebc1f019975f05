/*
 * flocktory - Flocktory snippets for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * libFuzzer harness for flocktory_formats.c. The first input byte picks the
 * scanner (mod 4: phone, user id and free key, nonce and site id, image
 * URL); the rest is its input, which must be accepted exactly when the
 * slow reference below accepts it (issue 2's field table, with the details
 * it leaves open as the implementation settles them), and for a phone and a
 * site id give the same digits or value.
 */

#include "fuzz_common.h"
#include "php_flocktory_scan.h"

static bool is_digit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

static bool isxdigit_ascii(unsigned char c)
{
	return is_digit(c) || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f');
}

static bool is_alnum(unsigned char c)
{
	return is_digit(c) || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

/* Phone: after removing spaces (U+0020, U+00A0 and U+202F, issue 21), '-',
 * '(', ')', '.' and one '+' that comes before the first digit, 10 to 15
 * ASCII digits and nothing else. */
static size_t ref_phone(const unsigned char *s, size_t len, unsigned char *digits)
{
	size_t i, n = 0, plus = 0;
	bool seen_digit = false;

	for (i = 0; i < len; i++) {
		unsigned char c = s[i];

		if (c == 0xC2 && i + 1 < len && s[i + 1] == 0xA0) {
			i++;
			continue;
		}
		if (c == 0xE2 && i + 2 < len && s[i + 1] == 0x80 && s[i + 2] == 0xAF) {
			i += 2;
			continue;
		}

		if (is_digit(c)) {
			seen_digit = true;
			if (n < 64) {
				digits[n] = c;
			}
			n++;
		} else if (c == '+') {
			if (seen_digit || ++plus > 1) {
				return 0;
			}
		} else if (c != ' ' && c != '-' && c != '(' && c != ')' && c != '.') {
			return 0;
		}
	}
	return n >= 10 && n <= 15 ? n : 0;
}

/* User id: 1 to 64 of A-Z a-z 0-9 _ - and '.', the dot not first, not
 * last, never doubled. */
static bool ref_user_id(const unsigned char *s, size_t len)
{
	size_t i;

	if (len < 1 || len > 64 || s[0] == '.' || s[len - 1] == '.') {
		return false;
	}
	for (i = 0; i < len; i++) {
		if (s[i] == '.') {
			if (s[i + 1] == '.') {	/* i + 1 < len: the last byte is no dot */
				return false;
			}
		} else if (!is_alnum(s[i]) && s[i] != '_' && s[i] != '-') {
			return false;
		}
	}
	return true;
}

/* Free key: 1 to 64 of A-Z a-z 0-9 _ - and '.', dots anywhere. */
static bool ref_free_key(const unsigned char *s, size_t len)
{
	size_t i;

	if (len < 1 || len > 64) {
		return false;
	}
	for (i = 0; i < len; i++) {
		if (!is_alnum(s[i]) && s[i] != '_' && s[i] != '-' && s[i] != '.') {
			return false;
		}
	}
	return true;
}

/* Nonce: 1 to 256 of A-Z a-z 0-9 + / - _, then at most two '='. */
static bool ref_nonce(const unsigned char *s, size_t len)
{
	size_t i = 0, n;

	while (i < len && (is_alnum(s[i]) || s[i] == '+' || s[i] == '/' || s[i] == '-' || s[i] == '_')) {
		i++;
	}
	n = i;
	if (n < 1 || n > 256) {
		return false;
	}
	if (len - n > 2) {
		return false;
	}
	for (; i < len; i++) {
		if (s[i] != '=') {
			return false;
		}
	}
	return true;
}

/* Site id: one or more ASCII digits and nothing else, leading zeros
 * allowed, whose value is 1 to max; compared as decimal text, so the
 * reference never does the arithmetic the scanner does. */
static bool ref_site_id(const unsigned char *s, size_t len, uint64_t max, uint64_t *value)
{
	char max_text[24];
	size_t i, start = 0, n, max_n;

	if (len == 0) {
		return false;
	}
	for (i = 0; i < len; i++) {
		if (!is_digit(s[i])) {
			return false;
		}
	}
	while (start < len && s[start] == '0') {
		start++;
	}
	n = len - start;
	max_n = (size_t)snprintf(max_text, sizeof(max_text), "%llu", (unsigned long long)max);
	if (n == 0 || n > max_n || (n == max_n && memcmp(s + start, max_text, n) > 0)) {
		return false;
	}
	*value = 0;
	for (i = start; i < len; i++) {
		*value = *value * 10 + (uint64_t)(s[i] - '0');
	}
	return true;
}

static bool ieq_prefix(const unsigned char *s, size_t len, const char *p)
{
	size_t n = strlen(p), i;

	if (len < n) {
		return false;
	}
	for (i = 0; i < n; i++) {
		unsigned char c = s[i];

		if (c >= 'A' && c <= 'Z') {
			c = (unsigned char)(c - 'A' + 'a');
		}
		if (c != (unsigned char)p[i]) {
			return false;
		}
	}
	return true;
}

/* Image URL: http://, https:// (any case) or //; an authority up to the
 * first / ? # \ (or the end): at most one '@' (userinfo before it), then a
 * host that is one or more chars not in / ? # \ @ : [ ], or '[' hex
 * digits, ':' and '.' ']', then optionally ':' and zero or more digits.
 * No byte 0x00-0x20 or 0x7F anywhere, valid UTF-8, no C1 control. */
static bool ref_url(const unsigned char *s, size_t len)
{
	size_t i = 0, auth, auth_end, at = (size_t)-1, ats = 0, h, hend;

	/* Global rules first. */
	if (!ref_utf8_valid(s, len, NULL)) {
		return false;
	}
	while (i < len) {
		uint32_t cp;
		size_t n = ref_utf8_decode(s + i, len - i, &cp);

		if (cp <= 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F)) {
			return false;
		}
		i += n;
	}
	/* The scheme. */
	if (ieq_prefix(s, len, "http://")) {
		auth = 7;
	} else if (ieq_prefix(s, len, "https://")) {
		auth = 8;
	} else if (ieq_prefix(s, len, "//")) {
		auth = 2;
	} else {
		return false;
	}
	/* The authority, and its '@'. */
	for (auth_end = auth; auth_end < len; auth_end++) {
		unsigned char c = s[auth_end];

		if (c == '/' || c == '?' || c == '#' || c == '\\') {
			break;
		}
		if (c == '@') {
			ats++;
			at = auth_end;
		}
	}
	if (ats > 1) {
		return false;
	}
	h = ats == 1 ? at + 1 : auth;
	/* The host. */
	if (h < auth_end && s[h] == '[') {
		hend = h + 1;
		while (hend < auth_end && (isxdigit_ascii(s[hend]) || s[hend] == ':' || s[hend] == '.')) {
			hend++;
		}
		if (hend == h + 1 || hend >= auth_end || s[hend] != ']') {
			return false;
		}
		hend++;
	} else {
		hend = h;
		while (hend < auth_end && s[hend] != 0 && strchr("/?#\\@:[]", s[hend]) == NULL) {
			hend++;
		}
		if (hend == h) {
			return false;
		}
	}
	/* The port. */
	if (hend < auth_end) {
		if (s[hend] != ':') {
			return false;
		}
		for (i = hend + 1; i < auth_end; i++) {
			if (!is_digit(s[i])) {
				return false;
			}
		}
	}
	return true;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const unsigned char *s;
	size_t len;
	char *copy;

	if (size == 0) {
		return 0;
	}
	fuzz_set_input(data, size);
	/* The scanner's input in its own exact-size block, so ASan catches a
	 * read just past either end. */
	len = size - 1;
	copy = malloc(len ? len : 1);
	if (copy == NULL) {
		abort();
	}
	memcpy(copy, data + 1, len);
	s = (const unsigned char *)copy;

	switch (data[0] % 4) {
	case 0: {
		unsigned char digits[FLOCKTORY_PHONE_MAX_DIGITS], ref[64];
		size_t n = php_flocktory_phone_scan(s, len, digits);
		size_t ref_n = ref_phone(s, len, ref);

		CHECK(n == ref_n, "phone_scan returns %zu digits, reference %zu", n, ref_n);
		CHECK(memcmp(digits, ref, n) == 0, "phone_scan digits differ from the reference");
		break;
	}
	case 1: {
		bool ok = php_flocktory_user_id_scan(s, len), ref_ok = ref_user_id(s, len);

		CHECK(ok == ref_ok, "user_id_scan %s, reference %s", ok ? "accepts" : "rejects",
			ref_ok ? "accepts" : "rejects");
		/* A free key has the same characters. */
		ok = php_flocktory_free_key_scan(s, len);
		ref_ok = ref_free_key(s, len);
		CHECK(ok == ref_ok, "free_key_scan %s, reference %s", ok ? "accepts" : "rejects",
			ref_ok ? "accepts" : "rejects");
		break;
	}
	case 2: {
		/* The site id's limits: ZEND_LONG_MAX of 64-bit and 32-bit builds,
		 * and edges. */
		static const uint64_t maxes[] = {UINT64_C(9223372036854775807), UINT64_C(2147483647), UINT64_MAX, 1, 9};
		bool ok = php_flocktory_nonce_scan(s, len), ref_ok = ref_nonce(s, len);
		size_t m;

		CHECK(ok == ref_ok, "nonce_scan %s, reference %s", ok ? "accepts" : "rejects",
			ref_ok ? "accepts" : "rejects");
		for (m = 0; m < sizeof(maxes) / sizeof(maxes[0]); m++) {
			uint64_t value = 0, ref_value = 0;

			ok = php_flocktory_site_id_scan(s, len, maxes[m], &value);
			ref_ok = ref_site_id(s, len, maxes[m], &ref_value);
			CHECK(ok == ref_ok, "site_id_scan %s, reference %s (max %llu)", ok ? "accepts" : "rejects",
				ref_ok ? "accepts" : "rejects", (unsigned long long)maxes[m]);
			CHECK(!ok || value == ref_value, "site_id_scan reads %llu, reference %llu",
				(unsigned long long)value, (unsigned long long)ref_value);
		}
		break;
	}
	default: {
		bool ok = php_flocktory_url_scan(s, len), ref_ok = ref_url(s, len);

		CHECK(ok == ref_ok, "url_scan %s, reference %s", ok ? "accepts" : "rejects",
			ref_ok ? "accepts" : "rejects");
		break;
	}
	}
	free(copy);
	return 0;
}
