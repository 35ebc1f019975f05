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
 * the writer's worst case for a short string, so that the last strings of
 * a snippet need not be measured first; the writer grows the buffer when
 * more is needed. */
#define FLOCKTORY_SNIPPET_FRAME 128
#define FLOCKTORY_SNIPPET_SHORT 64
#define FLOCKTORY_SNIPPET_ROOM(payload) \
	(FLOCKTORY_SNIPPET_FRAME + (payload) + (payload) / 8 + FLOCKTORY_ESCAPE_ROOM(FLOCKTORY_SNIPPET_SHORT))

zend_result php_flocktory_snippet_postcheckout(smart_str *buf, HashTable *user, HashTable *order,
	const zend_string *spot, const zend_string *nonce, flocktory_form form, flocktory_error *err)
{
	static const flocktory_place user_at = {NULL, "user", -1}, order_at = {NULL, "order", -1};
	/* Checked now, reported after user, order and spot. */
	bool nonce_ok = php_flocktory_frame_nonce_ok(nonce);
	flocktory_value value;
	bool first = true;
	zval z;

	size_t payload = php_flocktory_fields_estimate(user, 0) + php_flocktory_fields_estimate(order, 2)
		+ (spot ? MIN(ZSTR_LEN(spot), FLOCKTORY_FIELDS_ESTIMATE_STRING) : 0) + (nonce_ok && nonce ? ZSTR_LEN(nonce) : 0);

	php_flocktory_writer_start(buf, FLOCKTORY_SNIPPET_ROOM(payload));
	php_flocktory_frame_script_open(buf, form, "postcheckout", nonce_ok ? nonce : NULL);
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
		if (php_flocktory_fields_read(&value, &z, &php_flocktory_arg_spot, FLOCKTORY_OUT_JSON, NULL, err) == FAILURE) {
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
	php_flocktory_frame_script_close(buf, form);
	return SUCCESS;
}

/* Room for a tag's frame, at least, and for its text as for a script's. */
static void flocktory_snippet_tag_start(smart_str *buf, HashTable *ht, size_t text)
{
	size_t payload = MIN(text, FLOCKTORY_FIELDS_ESTIMATE_STRING);

	if (ht) {
		payload += php_flocktory_fields_estimate(ht, 0);
	}
	php_flocktory_writer_start(buf, FLOCKTORY_SNIPPET_ROOM(payload));
}

/* A tag whose attributes are one object of table. */
static zend_result flocktory_snippet_tag(smart_str *buf, const char *action, HashTable *ht,
	const flocktory_table *table, const flocktory_place *at, flocktory_error *err)
{
	zval z;

	flocktory_snippet_tag_start(buf, ht, 0);
	php_flocktory_frame_tag_open(buf, action);
	ZVAL_ARR(&z, ht);
	if (php_flocktory_fields_write_object(buf, &z, table, at, err) == FAILURE) {
		return FAILURE;
	}
	php_flocktory_frame_tag_close(buf);
	return SUCCESS;
}

zend_result php_flocktory_snippet_user(smart_str *buf, HashTable *user, flocktory_error *err)
{
	static const flocktory_place user_at = {NULL, "user", -1};

	return flocktory_snippet_tag(buf, NULL, user, &php_flocktory_table_user_tag, &user_at, err);
}

zend_result php_flocktory_snippet_item_view(smart_str *buf, HashTable *item, flocktory_error *err)
{
	static const flocktory_place item_at = {NULL, "item", -1};

	return flocktory_snippet_tag(buf, "track-item-view", item, &php_flocktory_table_item_view, &item_at, err);
}

zend_result php_flocktory_snippet_category_view(smart_str *buf, const zend_string *id_str, zend_long id_long,
	bool id_null, flocktory_error *err)
{
	flocktory_value value;
	zval z;

	/* null is a category not found: its row reports it as an empty id. */
	if (id_null) {
		ZVAL_NULL(&z);
	} else if (id_str) {
		ZVAL_STR(&z, (zend_string *)id_str);
	} else {
		ZVAL_LONG(&z, id_long);
	}
	if (php_flocktory_fields_read(&value, &z, &php_flocktory_arg_category_id, FLOCKTORY_OUT_ATTR, NULL, err)
			== FAILURE) {
		return FAILURE;
	}
	flocktory_snippet_tag_start(buf, NULL, value.len);
	php_flocktory_frame_tag_open(buf, "track-category-view");
	if (FLOCKTORY_ATTR(buf, "data-fl-category-id", &value, &z, NULL, "category_id", err) == FAILURE) {
		return FAILURE;
	}
	php_flocktory_frame_tag_close(buf);
	return SUCCESS;
}

zend_result php_flocktory_snippet_exchange(smart_str *buf, HashTable *user, const zend_string *spot,
	flocktory_error *err)
{
	static const flocktory_place user_at = {NULL, "user", -1};
	/* The spot is written first but checked after $user, in argument order. */
	flocktory_error spot_err = {{NULL, 0}, {NULL, 0}};
	bool spot_ok = true;
	flocktory_value value;
	zval z;

	value.kind = FLOCKTORY_ABSENT;
	ZVAL_NULL(&z);
	if (spot) {
		ZVAL_STR(&z, (zend_string *)spot);
		spot_ok = php_flocktory_fields_read(&value, &z, &php_flocktory_arg_spot, FLOCKTORY_OUT_ATTR, NULL, &spot_err)
			== SUCCESS;
	}
	flocktory_snippet_tag_start(buf, user, spot ? ZSTR_LEN(spot) : 0);
	php_flocktory_frame_tag_open(buf, "exchange");
	if (spot_ok && value.kind != FLOCKTORY_ABSENT) {
		spot_ok = FLOCKTORY_ATTR(buf, "data-fl-spot", &value, &z, NULL, "spot", &spot_err) == SUCCESS;
	}
	ZVAL_ARR(&z, user ? user : (HashTable *)&zend_empty_array);
	if (php_flocktory_fields_write_object(buf, &z, &php_flocktory_table_exchange_user, &user_at, err) == FAILURE) {
		php_flocktory_error_free(&spot_err);
		return FAILURE;
	}
	if (!spot_ok) {
		*err = spot_err;
		return FAILURE;
	}
	php_flocktory_frame_tag_close(buf);
	return SUCCESS;
}

/* Opens the script of event and its payload's one member, {"member":. The
 * caller checked the nonce first; flocktory_snippet_event_close() reports a
 * bad one, so that errors in the data come first. */
static void flocktory_snippet_event_open(smart_str *buf, const char *event, const char *member, size_t member_len,
	HashTable *payload, int depth, const zend_string *nonce, bool nonce_ok, flocktory_form form)
{
	size_t size = php_flocktory_fields_estimate(payload, depth) + (nonce_ok && nonce ? ZSTR_LEN(nonce) : 0);
	bool first = true;

	php_flocktory_writer_start(buf, FLOCKTORY_SNIPPET_ROOM(size));
	php_flocktory_frame_script_open(buf, form, event, nonce_ok ? nonce : NULL);
	smart_str_appendc(buf, '{');
	php_flocktory_json_key(buf, &first, member, member_len);
}

static zend_result flocktory_snippet_event_close(smart_str *buf, const zend_string *nonce, bool nonce_ok,
	flocktory_form form, flocktory_error *err)
{
	if (!nonce_ok) {
		return php_flocktory_frame_nonce_error(err, nonce);
	}
	smart_str_appendc(buf, '}');
	php_flocktory_frame_script_close(buf, form);
	return SUCCESS;
}

#define FLOCKTORY_SNIPPET_MEMBER(name) "\"" name "\":", sizeof(name) + 2

zend_result php_flocktory_snippet_loader(smart_str *buf, const zend_string *site_str, zend_long site_long,
	const zend_string *nonce, flocktory_error *err)
{
	flocktory_value site_id;
	zval z;

	if (site_str) {
		ZVAL_STR(&z, (zend_string *)site_str);
	} else {
		ZVAL_LONG(&z, site_long);
	}
	if (php_flocktory_fields_read(&site_id, &z, &php_flocktory_arg_site_id, FLOCKTORY_OUT_JSON, NULL, err) == FAILURE) {
		return FAILURE;
	}
	if (!php_flocktory_frame_nonce_ok(nonce)) {
		return php_flocktory_frame_nonce_error(err, nonce);
	}
	php_flocktory_writer_start(buf, FLOCKTORY_SNIPPET_FRAME + (nonce ? ZSTR_LEN(nonce) : 0));
	php_flocktory_frame_loader(buf, site_id.l, nonce);
	return SUCCESS;
}

/* addToCart and removeFromCart: {"item":{...}}, the item by table. */
static zend_result flocktory_snippet_item(smart_str *buf, const char *event, HashTable *item,
	const flocktory_table *table, const zend_string *nonce, flocktory_form form, flocktory_error *err)
{
	static const flocktory_place item_at = {NULL, "item", -1};
	bool nonce_ok = php_flocktory_frame_nonce_ok(nonce);
	zval z;

	flocktory_snippet_event_open(buf, event, FLOCKTORY_SNIPPET_MEMBER("item"), item, 0, nonce, nonce_ok, form);
	ZVAL_ARR(&z, item);
	if (php_flocktory_fields_write_object(buf, &z, table, &item_at, err) == FAILURE) {
		return FAILURE;
	}
	return flocktory_snippet_event_close(buf, nonce, nonce_ok, form, err);
}

zend_result php_flocktory_snippet_add_to_cart(smart_str *buf, HashTable *item, const zend_string *nonce,
	flocktory_form form, flocktory_error *err)
{
	return flocktory_snippet_item(buf, "addToCart", item, &php_flocktory_table_cart_item, nonce, form, err);
}

zend_result php_flocktory_snippet_remove_from_cart(smart_str *buf, HashTable *item, const zend_string *nonce,
	flocktory_form form, flocktory_error *err)
{
	return flocktory_snippet_item(buf, "removeFromCart", item, &php_flocktory_table_removed_item, nonce, form, err);
}

zend_result php_flocktory_snippet_update_cart(smart_str *buf, HashTable *items, const zend_string *nonce,
	flocktory_form form, flocktory_error *err)
{
	bool nonce_ok = php_flocktory_frame_nonce_ok(nonce);
	bool first = true;

	flocktory_snippet_event_open(buf, "updateCart", FLOCKTORY_SNIPPET_MEMBER("cart"), items, 1, nonce, nonce_ok, form);
	smart_str_appendc(buf, '{');
	FLOCKTORY_JSON_KEY(buf, &first, "items");
	/* An empty cart is news too: the cart of the previous session is gone. */
	if (php_flocktory_fields_write_list(buf, items, &php_flocktory_table_cart_item, NULL, "items", err) == FAILURE) {
		return FAILURE;
	}
	smart_str_appendc(buf, '}');
	return flocktory_snippet_event_close(buf, nonce, nonce_ok, form, err);
}

zend_result php_flocktory_snippet_attach_to_profile(smart_str *buf, HashTable *data, const zend_string *nonce,
	flocktory_form form, flocktory_error *err)
{
	static const flocktory_place data_at = {NULL, "data", -1};
	bool nonce_ok = php_flocktory_frame_nonce_ok(nonce);

	flocktory_snippet_event_open(buf, "attachToProfile", FLOCKTORY_SNIPPET_MEMBER("data"), data, 0, nonce, nonce_ok, form);
	if (php_flocktory_fields_write_free(buf, data, &data_at, err) == FAILURE) {
		return FAILURE;
	}
	return flocktory_snippet_event_close(buf, nonce, nonce_ok, form, err);
}
