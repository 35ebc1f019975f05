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
	 * length, decides; n * 10 + d <= max is tested without overflowing. */
	for (p = s; p < lim; p++) {
		unsigned d = (unsigned)(*p - '0');

		if (n > (max - d) / 10) {
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

/* After the authority: any characters but whitespace and controls (C0,
 * DEL, C1), in well-formed UTF-8. */
static bool flocktory_formats_url_rest(const unsigned char *p, const unsigned char *end)
{
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

/* The authority: optional userinfo, a non-empty host (a name or a
 * bracketed IPv6 literal) and an optional port. Returns where it ends, or
 * NULL when it is not one. */
static const unsigned char *flocktory_formats_authority(const unsigned char *s, const unsigned char *lim)
{
	const unsigned char *cur = s, *mar;

	(void)mar;
	/*!re2c
		AUTH_CHAR = [\x21-\x7E] \ [/?#\\@] | UTF8_NOT_C1;
		HOST_CHAR = [\x21-\x7E] \ [/?#\\@:[\]] | UTF8_NOT_C1;
		HOST = HOST_CHAR+ | "[" [0-9A-Fa-f:.]+ "]";
		(AUTH_CHAR* "@")? HOST (":" [0-9]*)? { return cur; }
		* { return NULL; }
		$ { return NULL; }
	*/
}

static bool flocktory_formats_is_delimiter(unsigned char c)
{
	return c == '/' || c == '?' || c == '#' || c == '\\';
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
	if (cur == NULL || (cur < lim && !flocktory_formats_is_delimiter(*cur))) {
		return false;
	}
	return cur == lim || flocktory_formats_url_rest(cur + 1, lim);
}
