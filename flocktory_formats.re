/*
 * flocktory - Flocktory snippets for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * The short grammars of the contract: a phone number and a shop's user id
 * (both only turned into a placeholder email), a site id given as a string,
 * the CSP nonce (which goes
 * into an HTML attribute, so it is accepted as it is or refused, never
 * escaped into shape) and an item's image URL.
 */

#include "php_flocktory_scan.h"
#include "php_flocktory_simd.h"

/*!include:re2c "flocktory_scan.re2c" */

size_t php_flocktory_phone_scan(const unsigned char *s, size_t len,
	unsigned char digits[FLOCKTORY_PHONE_MAX_DIGITS])
{
	const unsigned char *cur = s, *lim = s + len, *mar, *p;
	size_t n = 0;

	(void)mar;
	/*!re2c
		// A space is also U+00A0 or U+202F, which phones copied from 1C,
		// Excel or a CRM carry; neither holds an ASCII digit byte.
		PHONE_NBSP = "\xC2\xA0";
		PHONE_NNBSP = "\xE2\x80\xAF";
		PHONE_SPACE = " " | PHONE_NBSP | PHONE_NNBSP;
		PHONE_SEP = PHONE_SPACE | [().\-];

		// Digits among separators, with one '+' before the first digit.
		PHONE_SEP* ("+" PHONE_SEP*)? [0-9] ([0-9] | PHONE_SEP)* {
			if (cur == lim) {
				goto found;
			}
			return 0;
		}
		* { return 0; }
		$ { return 0; }
	*/
found:
	for (p = s; p < lim; p++) {
		if (*p >= '0' && *p <= '9') {
			if (n == FLOCKTORY_PHONE_MAX_DIGITS) {
				return 0;
			}
			digits[n++] = *p;
		}
	}
	return n >= FLOCKTORY_PHONE_MIN_DIGITS ? n : 0;
}

bool php_flocktory_site_id_scan(const unsigned char *s, size_t len, uint64_t max, uint64_t *value)
{
	const unsigned char *cur = s, *lim = s + len, *mar, *p;
	uint64_t n = 0;

	(void)mar;
	/*!re2c
		// ASCII digits only: no sign, point, space or other script's digits.
		SITE_DIGIT = [0-9];
		SITE_DIGIT+ {
			if (cur == lim) {
				goto digits;
			}
			return false;
		}
		* { return false; }
		$ { return false; }
	*/
digits:
	/* Leading zeros are allowed ("0012" is 12), so the value, not the
	 * length, decides; n * 10 + d <= max is tested without overflowing,
	 * max - d included. */
	for (p = s; p < lim; p++) {
		unsigned d = (unsigned)(*p - '0');

		if (d > max || n > (max - d) / 10) {
			return false;
		}
		n = n * 10 + d;
	}
	*value = n;
	return n >= 1;
}

bool php_flocktory_user_id_scan(const unsigned char *s, size_t len)
{
	const unsigned char *cur = s, *lim = s + len, *mar;

	(void)mar;
	if (len > FLOCKTORY_USER_ID_MAX) {
		return false;
	}
	/*!re2c
		// Segments of [A-Za-z0-9_-] joined by single dots: a valid email local part.
		ID_CHAR = [A-Za-z0-9_\-];
		ID_CHAR+ ("." ID_CHAR+)* { return cur == lim; }
		* { return false; }
		$ { return false; }
	*/
}

bool php_flocktory_nonce_scan(const unsigned char *s, size_t len)
{
	const unsigned char *cur = s, *lim = s + len, *mar, *pad;
	/*!stags:re2c format = 'const unsigned char *@@;\n'; */

	(void)mar;
	/*!re2c
		re2c:tags = 1;
		re2c:define:YYSTAGP = "@@{tag} = cur;";
		re2c:define:YYSTAGN = "@@{tag} = NULL;";
		re2c:define:YYSHIFTSTAG = "@@{tag} += @@{shift};";

		// base64-value from CSP Level 3: base64 or base64url, then padding.
		[A-Za-z0-9+/_\-]+ @pad "="{0,2} {
			return cur == lim && (size_t)(pad - s) <= FLOCKTORY_NONCE_MAX;
		}
		* { return false; }
		$ { return false; }
	*/
}

#ifndef FLOCKTORY_SIMD
static const bool flocktory_formats_key_byte[256] = {
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,	/* 00 */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,	/* 10 */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0,	/* 20 */
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0,	/* 30 */
	0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,	/* 40 */
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 1,	/* 50 */
	0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,	/* 60 */
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,	/* 70 */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,	/* 80 */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,	/* 90 */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,	/* A0 */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,	/* B0 */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,	/* C0 */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,	/* D0 */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,	/* E0 */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,	/* F0 */
};
#endif

bool php_flocktory_free_key_scan(const unsigned char *s, size_t len)
{
	size_t i;

	if (len == 0 || len > FLOCKTORY_FREE_KEY_MAX) {
		return false;
	}
#ifdef FLOCKTORY_SIMD
	/* Most keys are shorter than a vector: one of their bytes padded with
	 * NULs, of which only the key's own count (./dev bench: 4% of a
	 * profile snippet, against a table load a byte). */
	if (len < FLOCKTORY_SIMD_WIDTH) {
		unsigned char pad[FLOCKTORY_SIMD_WIDTH] = {0};

		php_flocktory_copy_short((char *)pad, s, len);
		return (flocktory_simd_key_other(pad) & ((1u << len) - 1)) == 0;
	}
	for (i = 0; i + FLOCKTORY_SIMD_WIDTH <= len; i += FLOCKTORY_SIMD_WIDTH) {
		if (flocktory_simd_key_other(s + i) != 0) {
			return false;
		}
	}
	/* The rest as the end of the key's last 16 bytes. */
	return i == len || flocktory_simd_key_other(s + len - FLOCKTORY_SIMD_WIDTH) == 0;
#else
	for (i = 0; i < len; i++) {
		if (!flocktory_formats_key_byte[s[i]]) {
			return false;
		}
	}
	return true;
#endif
}

/* After the authority: any characters but whitespace and controls (C0,
 * DEL, C1), in well-formed UTF-8. s is where the URL starts. */
static bool flocktory_formats_url_rest(const unsigned char *s, const unsigned char *p, const unsigned char *end)
{
#ifdef FLOCKTORY_SIMD
	unsigned other = 0;

	/* Printable ASCII a vector at a time; a short rest as the end of the
	 * URL's last 16 bytes (./dev bench: 3% of the typical order). */
	while (end - p >= FLOCKTORY_SIMD_WIDTH && (other = flocktory_simd_url_unprintable(p)) == 0) {
		p += FLOCKTORY_SIMD_WIDTH;
	}
	if (end - p >= FLOCKTORY_SIMD_WIDTH) {
		p += __builtin_ctz(other);
	} else if (p < end && end - s >= FLOCKTORY_SIMD_WIDTH
			&& flocktory_simd_url_unprintable(end - FLOCKTORY_SIMD_WIDTH) >> (FLOCKTORY_SIMD_WIDTH - (end - p)) == 0) {
		return true;
	}
#else
	(void)s;
#endif
	while (p < end) {
		size_t n;

		if (*p > 0x20 && *p < 0x7F) {
			p++;
			continue;
		}
		n = *p < 0x80 ? 0 : php_flocktory_utf8_next(p, (size_t)(end - p));
		if (n == 0 || (p[0] == 0xC2 && p[1] < 0xA0)) {
			return false;
		}
		p += n;
	}
	return true;
}

/* What each byte is in an authority: 0 never there (space, controls,
 * DEL), 1 plain, 2 a delimiter that ends it, 3 the '@' after userinfo,
 * 4 the start of a non-ASCII character, 5 plain in userinfo but not in a
 * host name (: [ ]). */
static const unsigned char flocktory_formats_authority_class[256] = {
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,	/* 00 */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,	/* 10 */
	0, 1, 1, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2,	/* 20 */
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 5, 1, 1, 1, 1, 2,	/* 30 */
	3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,	/* 40 */
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 5, 2, 5, 1, 1,	/* 50 */
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,	/* 60 */
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0,	/* 70 */
	4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,	/* 80 */
	4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,	/* 90 */
	4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,	/* A0 */
	4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,	/* B0 */
	4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,	/* C0 */
	4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,	/* D0 */
	4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,	/* E0 */
	4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4,	/* F0 */
};

static bool flocktory_formats_is_hex_or_sep(unsigned char c)
{
	return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f') || c == ':' || c == '.';
}

/* The authority: optional userinfo, a non-empty host (a name or a
 * bracketed IPv6 literal) and an optional port, up to the first delimiter
 * or the end. Returns that end, or NULL when it is not one. One pass and a
 * table load a byte, where re2c's automaton took about 15 instructions. */
static const unsigned char *flocktory_formats_authority(const unsigned char *s, const unsigned char *lim)
{
	const unsigned char *p = s, *at = NULL, *special = NULL, *host, *q;
	unsigned char c;
	size_t n;

	/* Every character but one '@' may be in userinfo: check them all, in
	 * well-formed UTF-8 without C1 controls, and note where the host's
	 * name ends (its first : [ or ]). */
	while (p < lim) {
#ifdef FLOCKTORY_SIMD
		/* A host name's plain bytes a vector at a time, up to the first
		 * byte of another class. */
		if (lim - p >= FLOCKTORY_SIMD_WIDTH) {
			unsigned stop = flocktory_simd_url_host_stop(p);

			if (stop == 0) {
				p += FLOCKTORY_SIMD_WIDTH;
				continue;
			}
			p += __builtin_ctz(stop);
		}
#endif
		c = flocktory_formats_authority_class[*p];
		if (c == 1) {
			p++;
		} else if (c == 5) {
			special = special ? special : p;
			p++;
		} else if (c == 3) {
			if (at) {
				return NULL;
			}
			at = p++;
			special = NULL;
		} else if (c == 4) {
			n = php_flocktory_utf8_next(p, (size_t)(lim - p));
			if (n == 0 || (p[0] == 0xC2 && p[1] < 0xA0)) {
				return NULL;
			}
			p += n;
		} else if (c == 2) {
			break;
		} else {
			return NULL;
		}
	}
	host = at ? at + 1 : s;
	if (host < p && *host == '[') {
		for (q = host + 1; q < p && flocktory_formats_is_hex_or_sep(*q); q++) {
		}
		if (q == host + 1 || q == p || *q != ']') {
			return NULL;
		}
		q++;
	} else {
		q = special ? special : p;
		if (q == host) {
			return NULL;
		}
	}
	if (q < p) {
		if (*q != ':') {
			return NULL;
		}
		for (q++; q < p && *q >= '0' && *q <= '9'; q++) {
		}
	}
	return q == p ? p : NULL;
}

bool php_flocktory_url_scan(const unsigned char *s, size_t len)
{
	const unsigned char *cur = s, *lim = s + len, *mar;

	(void)mar;
	/*!re2c
		// Absolute http(s) or scheme-relative; single quotes match any case.
		('http' 's'? ":")? "//" { goto authority; }
		* { return false; }
		$ { return false; }
	*/
authority:
	cur = flocktory_formats_authority(cur, lim);
	if (cur == NULL) {
		return false;
	}
	return cur == lim || flocktory_formats_url_rest(s, cur + 1, lim);
}
