/*
 * flocktory - Flocktory snippets for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * The builders: each frames its snippet and fills it through the field
 * tables, checking its arguments in their order.
 */

#include "php.h"
#include "php_flocktory_snippet.h"
#include "php_flocktory_frame.h"
#include "php_flocktory_fields.h"

/* The frame, the payload's estimate and an eighth more for escapes, and
 * the worst case of the longest string, which the writer reserves. */
#define FLOCKTORY_SNIPPET_FRAME 128
#define FLOCKTORY_SNIPPET_ROOM(payload, longest) \
	(FLOCKTORY_SNIPPET_FRAME + (payload) + (payload) / 8 + FLOCKTORY_ESCAPE_ROOM(longest))

zend_result php_flocktory_snippet_postcheckout(smart_str *buf, HashTable *user, HashTable *order,
	const zend_string *spot, const zend_string *nonce, flocktory_error *err)
{
	static const flocktory_place user_at = {NULL, "user", -1}, order_at = {NULL, "order", -1};
	/* Checked now, reported after user, order and spot. */
	bool nonce_ok = php_flocktory_frame_nonce_ok(nonce);
	flocktory_value value;
	bool first = true;
	zval z;

	size_t longest = spot ? ZSTR_LEN(spot) : 0;
	size_t payload = php_flocktory_fields_estimate(user, 0, &longest) + php_flocktory_fields_estimate(order, 2, &longest)
		+ (spot ? ZSTR_LEN(spot) : 0) + (nonce ? ZSTR_LEN(nonce) : 0);

	php_flocktory_writer_start(buf, FLOCKTORY_SNIPPET_ROOM(payload, longest));
	php_flocktory_frame_script_open(buf, "postcheckout", nonce_ok ? nonce : NULL);
	smart_str_appendc(buf, '{');
	FLOCKTORY_JSON_KEY(buf, &first, "user");
	ZVAL_ARR(&z, user);
	if (php_flocktory_fields_write_object(buf, &z, &php_flocktory_table_user, &user_at, err) == FAILURE) {
		return FAILURE;
	}
	FLOCKTORY_JSON_KEY(buf, &first, "order");
	ZVAL_ARR(&z, order);
	if (php_flocktory_fields_write_object(buf, &z, &php_flocktory_table_order, &order_at, err) == FAILURE) {
		return FAILURE;
	}
	if (spot) {
		ZVAL_STR(&z, (zend_string *)spot);
		if (php_flocktory_fields_read(&value, &z, FLOCKTORY_RULE_TEXT, NULL, "spot", err) == FAILURE) {
			return FAILURE;
		}
		if (value.kind != FLOCKTORY_ABSENT) {
			FLOCKTORY_JSON_KEY(buf, &first, "spot");
			if (php_flocktory_fields_write_value(buf, &value, &z, NULL, "spot", err) == FAILURE) {
				return FAILURE;
			}
		}
	}
	smart_str_appendc(buf, '}');
	if (!nonce_ok) {
		return php_flocktory_frame_nonce_error(err, nonce);
	}
	php_flocktory_frame_script_close(buf);
	return SUCCESS;
}
