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

/* Room for the frame, a nonce and a typical order, reserved at once. */
#define FLOCKTORY_SNIPPET_ROOM 1024

zend_result php_flocktory_snippet_postcheckout(smart_str *buf, HashTable *user, HashTable *order,
	const zend_string *spot, const zend_string *nonce, flocktory_error *err)
{
	static const flocktory_place user_at = {NULL, "user", -1}, order_at = {NULL, "order", -1};
	/* Checked now, reported after user, order and spot. */
	bool nonce_ok = php_flocktory_frame_nonce_ok(nonce);
	flocktory_value value;
	bool first = true;
	zval z;

	php_flocktory_writer_reserve(buf, FLOCKTORY_SNIPPET_ROOM + (nonce ? ZSTR_LEN(nonce) : 0));
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
			php_flocktory_json_value(buf, &value);
		}
	}
	smart_str_appendc(buf, '}');
	if (!nonce_ok) {
		return php_flocktory_frame_nonce_error(err, nonce);
	}
	php_flocktory_frame_script_close(buf);
	return SUCCESS;
}

/* The room for a cart event or a profile: the frame, a nonce, an item. */
#define FLOCKTORY_SNIPPET_EVENT_ROOM 512

/* Opens the script of event and its payload's one member, {"member":. The
 * caller checked the nonce first; flocktory_snippet_event_close() reports a
 * bad one, so that errors in the data come first. */
static void flocktory_snippet_event_open(smart_str *buf, const char *event, const char *member, size_t member_len,
	const zend_string *nonce, bool nonce_ok)
{
	bool first = true;

	php_flocktory_writer_reserve(buf, FLOCKTORY_SNIPPET_EVENT_ROOM + (nonce ? ZSTR_LEN(nonce) : 0));
	php_flocktory_frame_script_open(buf, event, nonce_ok ? nonce : NULL);
	smart_str_appendc(buf, '{');
	php_flocktory_json_key(buf, &first, member, member_len);
}

static zend_result flocktory_snippet_event_close(smart_str *buf, const zend_string *nonce, bool nonce_ok,
	flocktory_error *err)
{
	if (!nonce_ok) {
		return php_flocktory_frame_nonce_error(err, nonce);
	}
	smart_str_appendc(buf, '}');
	php_flocktory_frame_script_close(buf);
	return SUCCESS;
}

#define FLOCKTORY_SNIPPET_MEMBER(name) "\"" name "\":", sizeof(name) + 2

zend_result php_flocktory_snippet_loader(smart_str *buf, zend_long site_id, const zend_string *nonce,
	flocktory_error *err)
{
	zval z;

	if (site_id < 1) {
		ZVAL_LONG(&z, site_id);
		return php_flocktory_error_expected(err, NULL, "site_id", "a Flocktory site id, an int from 1", &z);
	}
	if (!php_flocktory_frame_nonce_ok(nonce)) {
		return php_flocktory_frame_nonce_error(err, nonce);
	}
	php_flocktory_frame_loader(buf, site_id, nonce);
	return SUCCESS;
}

/* addToCart and removeFromCart: {"item":{...}}, the item by table. */
static zend_result flocktory_snippet_item(smart_str *buf, const char *event, HashTable *item,
	const flocktory_table *table, const zend_string *nonce, flocktory_error *err)
{
	static const flocktory_place item_at = {NULL, "item", -1};
	bool nonce_ok = php_flocktory_frame_nonce_ok(nonce);
	zval z;

	flocktory_snippet_event_open(buf, event, FLOCKTORY_SNIPPET_MEMBER("item"), nonce, nonce_ok);
	ZVAL_ARR(&z, item);
	if (php_flocktory_fields_write_object(buf, &z, table, &item_at, err) == FAILURE) {
		return FAILURE;
	}
	return flocktory_snippet_event_close(buf, nonce, nonce_ok, err);
}

zend_result php_flocktory_snippet_add_to_cart(smart_str *buf, HashTable *item, const zend_string *nonce,
	flocktory_error *err)
{
	return flocktory_snippet_item(buf, "addToCart", item, &php_flocktory_table_cart_item, nonce, err);
}

zend_result php_flocktory_snippet_remove_from_cart(smart_str *buf, HashTable *item, const zend_string *nonce,
	flocktory_error *err)
{
	return flocktory_snippet_item(buf, "removeFromCart", item, &php_flocktory_table_removed_item, nonce, err);
}

zend_result php_flocktory_snippet_update_cart(smart_str *buf, HashTable *items, const zend_string *nonce,
	flocktory_error *err)
{
	bool nonce_ok = php_flocktory_frame_nonce_ok(nonce);
	bool first = true;

	flocktory_snippet_event_open(buf, "updateCart", FLOCKTORY_SNIPPET_MEMBER("cart"), nonce, nonce_ok);
	smart_str_appendc(buf, '{');
	FLOCKTORY_JSON_KEY(buf, &first, "items");
	/* An empty cart is news too: the cart of the previous session is gone. */
	if (php_flocktory_fields_write_list(buf, items, &php_flocktory_table_cart_item, NULL, "items", err) == FAILURE) {
		return FAILURE;
	}
	smart_str_appendc(buf, '}');
	return flocktory_snippet_event_close(buf, nonce, nonce_ok, err);
}

zend_result php_flocktory_snippet_attach_to_profile(smart_str *buf, HashTable *data, const zend_string *nonce,
	flocktory_error *err)
{
	static const flocktory_place data_at = {NULL, "data", -1};
	bool nonce_ok = php_flocktory_frame_nonce_ok(nonce);

	flocktory_snippet_event_open(buf, "attachToProfile", FLOCKTORY_SNIPPET_MEMBER("data"), nonce, nonce_ok);
	if (php_flocktory_fields_write_free(buf, data, &data_at, err) == FAILURE) {
		return FAILURE;
	}
	return flocktory_snippet_event_close(buf, nonce, nonce_ok, err);
}
