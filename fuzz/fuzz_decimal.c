/*
 * flocktory - Flocktory snippets for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * libFuzzer harness for flocktory_decimal.c: php_flocktory_decimal_scan()
 * must accept exactly the strings of issue 2's price rules (1-15 ASCII
 * digits, optionally '.' or ',' and 1-15 digits) and reduce them to the
 * same digits as the reference: the integer part without leading zeros
 * ("0" when none are left), the fraction without trailing zeros.
 */

#include "fuzz_common.h"
#include "php_flocktory_scan.h"

static bool all_digits(const unsigned char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9') {
			return false;
		}
	}
	return true;
}

/* Writes "INT" or "INT.FRAC" into out. */
static bool ref_decimal(const unsigned char *s, size_t len, char *out)
{
	size_t sep = len, i, int_len, frac_len;
	const unsigned char *ip, *fp;

	for (i = 0; i < len; i++) {
		if (s[i] == '.' || s[i] == ',') {
			sep = i;
			break;
		}
	}
	int_len = sep;
	if (int_len < 1 || int_len > 15 || !all_digits(s, int_len)) {
		return false;
	}
	if (sep < len) {
		frac_len = len - sep - 1;
		if (frac_len < 1 || frac_len > 15 || !all_digits(s + sep + 1, frac_len)) {
			return false;
		}
	} else {
		frac_len = 0;
	}
	ip = s;
	while (int_len > 0 && *ip == '0') {
		ip++;
		int_len--;
	}
	fp = s + sep + 1;
	while (frac_len > 0 && fp[frac_len - 1] == '0') {
		frac_len--;
	}
	if (int_len == 0) {
		strcpy(out, "0");
	} else {
		memcpy(out, ip, int_len);
		out[int_len] = '\0';
	}
	if (frac_len > 0) {
		strcat(out, ".");
		strncat(out, (const char *)fp, frac_len);
	}
	return true;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char ref[64], got[64];
	flocktory_decimal d;
	bool ok, ref_ok;

	fuzz_set_input(data, size);
	ref_ok = ref_decimal(data, size, ref);
	memset(&d, 0, sizeof(d));
	ok = php_flocktory_decimal_scan(data, size, &d);
	CHECK(ok == ref_ok, "decimal_scan %s, reference %s", ok ? "accepts" : "rejects",
		ref_ok ? "accepts" : "rejects");
	if (!ok) {
		return 0;
	}
	/* The reported digits lie inside the input and are digits. */
	CHECK(d.int_digits >= data && d.int_len >= 1 && d.int_len <= 15
		&& d.int_digits + d.int_len <= data + size && all_digits(d.int_digits, d.int_len),
		"integer digits out of range (len %zu)", d.int_len);
	CHECK(d.frac_len <= 15 && (d.frac_len == 0
		|| (d.frac_digits > data && d.frac_digits + d.frac_len <= data + size
			&& all_digits(d.frac_digits, d.frac_len))),
		"fraction digits out of range (len %zu)", d.frac_len);
	memcpy(got, d.int_digits, d.int_len);
	got[d.int_len] = '\0';
	if (d.frac_len > 0) {
		strcat(got, ".");
		strncat(got, (const char *)d.frac_digits, d.frac_len);
	}
	CHECK(strcmp(got, ref) == 0, "decimal_scan gives %s, reference %s", got, ref);
	return 0;
}
