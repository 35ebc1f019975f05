/*
 * flocktory - Flocktory snippets for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * The Zend glue: the module, one PHP_FUNCTION a snippet and the
 * Flocktory\ValidationException they throw. Each function parses its
 * arguments (a wrong $as is a ValueError here), calls its builder
 * (flocktory_snippet.c) and returns the snippet or throws the one error
 * the builder recorded.
 */

#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "php.h"
#include "ext/standard/info.h"
#include "zend_exceptions.h"
#include "ext/spl/spl_exceptions.h"
#include "php_flocktory.h"
#include "php_flocktory_snippet.h"
#include "php_flocktory_simd.h"
#include "php_flocktory_writer.h"
#include "php_flocktory_fields.h"
#include "flocktory_arginfo.h"

static zend_class_entry *flocktory_ce_ValidationException;

/* The builder's snippet, or its error as an exception: never a partial
 * snippet, the page gets all of it or nothing. */
static void flocktory_return(zval *return_value, zend_result built, smart_str *buf, flocktory_error *err)
{
	zend_object *ex;

	if (built == SUCCESS) {
		RETVAL_STR(php_flocktory_writer_finish(buf));
		return;
	}
	smart_str_free(buf);
	ex = zend_throw_exception(flocktory_ce_ValidationException, ZSTR_VAL(err->message.s), 0);
	zend_update_property_str(flocktory_ce_ValidationException, ex, "field", sizeof("field") - 1, err->field.s);
	php_flocktory_error_free(err);
}

/* $as as a form, or a ValueError for the caller's mistake: raised before
 * any data is read, so it never hides behind (or is hidden by) a data error.
 * nonce_arg is the number of the $nonce argument; $as comes next. */
static zend_result flocktory_form_arg(zend_long as, const zend_string *nonce, uint32_t nonce_arg, flocktory_form *form)
{
	if (as != FLOCKTORY_FORM_ELEMENT && as != FLOCKTORY_FORM_JS && as != FLOCKTORY_FORM_JSON) {
		zend_argument_value_error(nonce_arg + 1, "must be FLOCKTORY_ELEMENT, FLOCKTORY_JS or FLOCKTORY_JSON");
		return FAILURE;
	}
	/* A nonce is an attribute of the element, which only the element form
	 * writes; silently dropping it would leave the caller's CSP unmet. */
	if (nonce && as != FLOCKTORY_FORM_ELEMENT) {
		zend_argument_value_error(nonce_arg, "must be null when $as is %s",
			as == FLOCKTORY_FORM_JS ? "FLOCKTORY_JS" : "FLOCKTORY_JSON");
		return FAILURE;
	}
	*form = (flocktory_form)as;
	return SUCCESS;
}

/* {{{ Validates $user and $order and returns the postcheckout <script> element */
PHP_FUNCTION(flocktory_postcheckout)
{
	HashTable *user, *order;
	zend_string *spot = NULL, *nonce = NULL;
	zend_long as = FLOCKTORY_FORM_ELEMENT;
	flocktory_form form;
	smart_str buf = {0};
	flocktory_error err = {{NULL, 0}, {NULL, 0}};

	ZEND_PARSE_PARAMETERS_START(2, 5)
		Z_PARAM_ARRAY_HT(user)
		Z_PARAM_ARRAY_HT(order)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR_OR_NULL(spot)
		Z_PARAM_STR_OR_NULL(nonce)
		Z_PARAM_LONG(as)
	ZEND_PARSE_PARAMETERS_END();

	if (flocktory_form_arg(as, nonce, 4, &form) == FAILURE) {
		RETURN_THROWS();
	}
	flocktory_return(return_value, php_flocktory_snippet_postcheckout(&buf, user, order, spot, nonce, form, &err),
		&buf, &err);
}
/* }}} */

/* {{{ Validates $user and returns the logged-in user's <div class="i-flocktory"> tag */
PHP_FUNCTION(flocktory_user)
{
	HashTable *user;
	smart_str buf = {0};
	flocktory_error err = {{NULL, 0}, {NULL, 0}};

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ARRAY_HT(user)
	ZEND_PARSE_PARAMETERS_END();

	flocktory_return(return_value, php_flocktory_snippet_user(&buf, user, &err), &buf, &err);
}
/* }}} */

/* {{{ Validates $item and returns the product page's item-view tag */
PHP_FUNCTION(flocktory_item_view)
{
	HashTable *item;
	smart_str buf = {0};
	flocktory_error err = {{NULL, 0}, {NULL, 0}};

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ARRAY_HT(item)
	ZEND_PARSE_PARAMETERS_END();

	flocktory_return(return_value, php_flocktory_snippet_item_view(&buf, item, &err), &buf, &err);
}
/* }}} */

/* {{{ Validates $category_id and returns the category page's category-view tag */
PHP_FUNCTION(flocktory_category_view)
{
	zend_string *id_str;
	zend_long id_long = 0;
	bool id_null = false;
	smart_str buf = {0};
	flocktory_error err = {{NULL, 0}, {NULL, 0}};

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR_OR_LONG_OR_NULL(id_str, id_long, id_null)
	ZEND_PARSE_PARAMETERS_END();

	flocktory_return(return_value, php_flocktory_snippet_category_view(&buf, id_str, id_long, id_null, &err),
		&buf, &err);
}
/* }}} */

/* {{{ Validates $user and $spot and returns the exchange banner's tag */
PHP_FUNCTION(flocktory_exchange)
{
	HashTable *user = NULL;
	zend_string *spot = NULL;
	smart_str buf = {0};
	flocktory_error err = {{NULL, 0}, {NULL, 0}};

	ZEND_PARSE_PARAMETERS_START(0, 2)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT(user)
		Z_PARAM_STR_OR_NULL(spot)
	ZEND_PARSE_PARAMETERS_END();

	flocktory_return(return_value, php_flocktory_snippet_exchange(&buf, user, spot, &err), &buf, &err);
}
/* }}} */

/* {{{ Returns the <script> element that loads Flocktory for site_id */
PHP_FUNCTION(flocktory_loader)
{
	zend_string *site_str;
	zend_long site_long = 0;
	zend_string *nonce = NULL;
	smart_str buf = {0};
	flocktory_error err = {{NULL, 0}, {NULL, 0}};

	/* A string too, in strict mode as well: getenv() gives one. */
	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_STR_OR_LONG(site_str, site_long)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR_OR_NULL(nonce)
	ZEND_PARSE_PARAMETERS_END();

	flocktory_return(return_value, php_flocktory_snippet_loader(&buf, site_str, site_long, nonce, &err), &buf, &err);
}
/* }}} */

/* The cart events and the profile data take one array, a nonce and a form each. */
#define FLOCKTORY_ARRAY_AND_NONCE(builder) do { \
		HashTable *ht; \
		zend_string *nonce = NULL; \
		zend_long as = FLOCKTORY_FORM_ELEMENT; \
		flocktory_form form; \
		smart_str buf = {0}; \
		flocktory_error err = {{NULL, 0}, {NULL, 0}}; \
		ZEND_PARSE_PARAMETERS_START(1, 3) \
			Z_PARAM_ARRAY_HT(ht) \
			Z_PARAM_OPTIONAL \
			Z_PARAM_STR_OR_NULL(nonce) \
			Z_PARAM_LONG(as) \
		ZEND_PARSE_PARAMETERS_END(); \
		if (flocktory_form_arg(as, nonce, 2, &form) == FAILURE) { \
			RETURN_THROWS(); \
		} \
		flocktory_return(return_value, builder(&buf, ht, nonce, form, &err), &buf, &err); \
	} while (0)

/* {{{ Validates $item and returns the addToCart <script> element */
PHP_FUNCTION(flocktory_add_to_cart)
{
	FLOCKTORY_ARRAY_AND_NONCE(php_flocktory_snippet_add_to_cart);
}
/* }}} */

/* {{{ Validates $item and returns the removeFromCart <script> element */
PHP_FUNCTION(flocktory_remove_from_cart)
{
	FLOCKTORY_ARRAY_AND_NONCE(php_flocktory_snippet_remove_from_cart);
}
/* }}} */

/* {{{ Validates the whole cart and returns the updateCart <script> element */
PHP_FUNCTION(flocktory_update_cart)
{
	FLOCKTORY_ARRAY_AND_NONCE(php_flocktory_snippet_update_cart);
}
/* }}} */

/* {{{ Validates $data and returns the attachToProfile <script> element */
PHP_FUNCTION(flocktory_attach_to_profile)
{
	FLOCKTORY_ARRAY_AND_NONCE(php_flocktory_snippet_attach_to_profile);
}
/* }}} */

ZEND_METHOD(Flocktory_ValidationException, getField)
{
	zval rv, *field;

	ZEND_PARSE_PARAMETERS_NONE();
	field = zend_read_property(flocktory_ce_ValidationException, Z_OBJ_P(ZEND_THIS),
		"field", sizeof("field") - 1, true, &rv);
	RETURN_COPY_DEREF(field);
}

/* The module callbacks are spelled out, not written with PHP_MINIT_FUNCTION()
 * and its kin, so that the parameters they do not need can say so. */
static zend_result flocktory_module_startup(int type ZEND_ATTRIBUTE_UNUSED, int module_number)
{
	register_flocktory_symbols(module_number);
	flocktory_ce_ValidationException = register_class_Flocktory_ValidationException(spl_ce_InvalidArgumentException);
	php_flocktory_fields_startup();
	return SUCCESS;
}

/* Under ZTS the engine globals are reached through a per-thread cache that
 * each thread must fill before the extension reads EG() or CG(): requests
 * may run on threads that never ran MINIT. */
static zend_result flocktory_request_startup(int type ZEND_ATTRIBUTE_UNUSED, int module_number ZEND_ATTRIBUTE_UNUSED)
{
#if defined(ZTS) && defined(COMPILE_DL_FLOCKTORY)
	ZEND_TSRMLS_CACHE_UPDATE();
#endif
	return SUCCESS;
}

static ZEND_COLD void flocktory_module_info(zend_module_entry *zend_module)
{
	const zend_function_entry *fe;
	smart_str names = {0};

	php_info_print_table_start();
	php_info_print_table_header(2, "flocktory support", "enabled");
	php_info_print_table_row(2, "Version", zend_module->version);
	/* From the function table the stub generates: no second list to keep. */
	for (fe = ext_functions; fe->fname; fe++) {
		if (names.s) {
			smart_str_appendl(&names, ", ", 2);
		}
		smart_str_appends(&names, fe->fname);
	}
	smart_str_0(&names);
	php_info_print_table_row(2, "Functions", ZSTR_VAL(names.s));
	smart_str_free(&names);
#ifdef FLOCKTORY_SIMD
	php_info_print_table_row(2, "Vectorized scanning", FLOCKTORY_SIMD);
#else
	php_info_print_table_row(2, "Vectorized scanning", "no (portable build)");
#endif
	php_info_print_table_end();
}

zend_module_entry flocktory_module_entry = {
	STANDARD_MODULE_HEADER,
	"flocktory",
	ext_functions,
	flocktory_module_startup,
	NULL,
	flocktory_request_startup,
	NULL,
	flocktory_module_info,
	PHP_FLOCKTORY_VERSION,
	STANDARD_MODULE_PROPERTIES
};

#ifdef COMPILE_DL_FLOCKTORY
# ifdef ZTS
ZEND_TSRMLS_CACHE_DEFINE()
# endif
ZEND_GET_MODULE(flocktory)
#endif
