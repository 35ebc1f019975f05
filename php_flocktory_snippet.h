/*
 * flocktory - Flocktory snippets for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * The builders: one a public function, each checking its arguments and
 * writing its whole snippet into buf. On FAILURE, err describes the first
 * invalid field (in argument order) and buf holds a partial snippet that
 * the caller frees and never returns. docs/design.md shows how the layers
 * fit together.
 */

#ifndef PHP_FLOCKTORY_SNIPPET_H
#define PHP_FLOCKTORY_SNIPPET_H

#include "php.h"
#include "zend_smart_str.h"
#include "php_flocktory_error.h"
#include "php_flocktory_frame.h"

/* The script snippets write form (php_flocktory_frame.h); a nonce only
 * with FLOCKTORY_FORM_ELEMENT, which the glue has checked. */
zend_result php_flocktory_snippet_postcheckout(smart_str *buf, HashTable *user, HashTable *order,
	const zend_string *spot, const zend_string *nonce, flocktory_form form, flocktory_error *err);

/* The <div class="i-flocktory"> tags. The category id is null (id_null),
 * id_str, or id_long when id_str is NULL; the exchange's user may be NULL
 * (none). */
zend_result php_flocktory_snippet_user(smart_str *buf, HashTable *user, flocktory_error *err);
zend_result php_flocktory_snippet_item_view(smart_str *buf, HashTable *item, flocktory_error *err);
zend_result php_flocktory_snippet_category_view(smart_str *buf, const zend_string *id_str, zend_long id_long,
	bool id_null, flocktory_error *err);
zend_result php_flocktory_snippet_exchange(smart_str *buf, HashTable *user, const zend_string *spot,
	flocktory_error *err);

/* The loader every page needs: the site id is site_str (its digits), or
 * site_long when site_str is NULL. */
zend_result php_flocktory_snippet_loader(smart_str *buf, const zend_string *site_str, zend_long site_long,
	const zend_string *nonce, flocktory_error *err);

/* The cart events and the profile data: one array argument each. */
zend_result php_flocktory_snippet_add_to_cart(smart_str *buf, HashTable *item, const zend_string *nonce,
	flocktory_form form, flocktory_error *err);
zend_result php_flocktory_snippet_remove_from_cart(smart_str *buf, HashTable *item, const zend_string *nonce,
	flocktory_form form, flocktory_error *err);
zend_result php_flocktory_snippet_update_cart(smart_str *buf, HashTable *items, const zend_string *nonce,
	flocktory_form form, flocktory_error *err);
zend_result php_flocktory_snippet_attach_to_profile(smart_str *buf, HashTable *data, const zend_string *nonce,
	flocktory_form form, flocktory_error *err);

#endif
