/*
 * flocktory - Flocktory snippets for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * libFuzzer harness for flocktory_utf8.c: php_flocktory_utf8_scan() and
 * php_flocktory_utf8_next() must agree with the reference decoder in
 * fuzz_common.h on validity, on the offset of the first bad sequence, and
 * on the length of the sequence at every byte position;
 * php_flocktory_utf8_invisible() must pick out exactly the code points a
 * message writes as \u{...} (issue 21), with their value.
 */

#include "fuzz_common.h"
#include "php_flocktory_scan.h"

/* Issue 21's list, as code points. */
static bool ref_invisible(uint32_t cp)
{
	return cp <= 0x1F || (cp >= 0x7F && cp <= 0xA0) || cp == 0xAD || (cp >= 0x200B && cp <= 0x200F)
		|| (cp >= 0x2028 && cp <= 0x202F) || cp == 0x2060 || cp == 0xFEFF;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	size_t bad = (size_t)-1, ref_bad = (size_t)-1, i;
	bool ok, ref_ok;

	fuzz_set_input(data, size);

	ref_ok = ref_utf8_valid(data, size, &ref_bad);
	ok = php_flocktory_utf8_scan(data, size, &bad);
	CHECK(ok == ref_ok, "utf8_scan says %s, reference says %s (reference bad offset %zu)",
		ok ? "valid" : "invalid", ref_ok ? "valid" : "invalid", ref_bad);
	if (!ok) {
		CHECK(bad == ref_bad, "first bad sequence at %zu, reference says %zu", bad, ref_bad);
	}

	/* The sequence at every position, including the middle of one and the
	 * empty remainder at the end. */
	for (i = 0; i <= size; i++) {
		uint32_t cp;
		size_t n = php_flocktory_utf8_next(data + i, size - i);
		size_t ref_n = ref_utf8_decode(data + i, size - i, &cp);

		CHECK(n == ref_n, "utf8_next at offset %zu returns %zu, reference %zu", i, n, ref_n);

		uint32_t inv_cp = 0;
		size_t inv = php_flocktory_utf8_invisible(data + i, size - i, &inv_cp);
		bool ref_inv = ref_n > 0 && ref_invisible(cp);

		CHECK(inv == (ref_inv ? ref_n : 0), "utf8_invisible at offset %zu returns %zu, reference %zu", i, inv,
			ref_inv ? ref_n : 0);
		CHECK(!ref_inv || inv_cp == cp, "utf8_invisible at offset %zu gives U+%04X, reference U+%04X", i,
			(unsigned)inv_cp, (unsigned)cp);
	}
	return 0;
}
