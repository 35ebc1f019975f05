/*
 * flocktory - Flocktory postcheckout snippets for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * The email subset Flocktory can use as a customer's identity: RFC 5321
 * dot-atoms with internationalised (RFC 6531) code points, a DNS domain of
 * two or more labels, and none of the quoted local parts, comments or IP
 * literals a shop never legitimately has. Invisible and whitespace code
 * points are refused so that one customer cannot appear as two.
 */

#include "php_flocktory_scan.h"

#define FLOCKTORY_EMAIL_LOCAL_MAX 64
#define FLOCKTORY_EMAIL_DOMAIN_MAX 253
#define FLOCKTORY_EMAIL_LABEL_MAX 63

/*!include:re2c "flocktory_scan.re2c" */

/* Lengths the regular grammar leaves to us: each label, the whole domain,
 * and a last label that is not all digits (so no dotted IPv4 address). */
static bool flocktory_email_domain_ok(const unsigned char *d, size_t len)
{
	size_t start = 0, i;
	bool all_digits = true;

	if (len > FLOCKTORY_EMAIL_DOMAIN_MAX) {
		return false;
	}
	for (i = 0; i <= len; i++) {
		if (i == len || d[i] == '.') {
			if (i - start > FLOCKTORY_EMAIL_LABEL_MAX) {
				return false;
			}
			start = i + 1;
			if (i < len) {
				all_digits = true;
			}
		} else if (d[i] < '0' || d[i] > '9') {
			all_digits = false;
		}
	}
	return !all_digits;
}

bool php_flocktory_email_scan(const unsigned char *s, size_t len, size_t *at)
{
	const unsigned char *cur = s, *lim = s + len, *mar, *sign;
	/*!stags:re2c format = 'const unsigned char *@@;\n'; */

	(void)mar;
	/*!re2c
		re2c:tags = 1;
		re2c:define:YYSTAGP = "@@{tag} = cur;";
		re2c:define:YYSTAGN = "@@{tag} = NULL;";
		re2c:define:YYSHIFTSTAG = "@@{tag} += @@{shift};";

		// Local part: dot-separated atoms, no quoting.
		ATEXT = [A-Za-z0-9!#$%&'*+/=?^_`{|}~\-] | VISIBLE_NON_ASCII;
		LOCAL = ATEXT+ ("." ATEXT+)*;

		// Domain: LDH labels, with non-ASCII letters for IDNs.
		LCHAR = [A-Za-z0-9] | VISIBLE_NON_ASCII;
		LABEL = LCHAR ((LCHAR | "-")* LCHAR)?;
		DOMAIN = LABEL ("." LABEL)+;

		LOCAL @sign "@" DOMAIN {
			if (cur == lim) {
				goto found;
			}
			return false;
		}
		* { return false; }
		$ { return false; }
	*/
found:
	if ((size_t)(sign - s) > FLOCKTORY_EMAIL_LOCAL_MAX
		|| !flocktory_email_domain_ok(sign + 1, (size_t)(lim - sign - 1))) {
		return false;
	}
	*at = (size_t)(sign - s);
	return true;
}
