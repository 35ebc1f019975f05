/*
 * flocktory - Flocktory postcheckout snippets for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * The Zend glue: the module, flocktory_postcheckout() and the
 * Flocktory\ValidationException it throws. The checking and the writing
 * live in flocktory_validate.c and the units it calls.
 */

#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "php.h"
#include "ext/standard/info.h"
#include "zend_exceptions.h"
#include "ext/spl/spl_exceptions.h"
#include "php_flocktory.h"
#include "php_flocktory_validate.h"
#include "flocktory_arginfo.h"

static zend_class_entry *flocktory_ce_ValidationException;

static void flocktory_throw(flocktory_error *err)
{
	zend_object *ex = zend_throw_exception(flocktory_ce_ValidationException, ZSTR_VAL(err->message.s), 0);

	zend_update_property_str(flocktory_ce_ValidationException, ex, "field", sizeof("field") - 1, err->field.s);
}

/* {{{ Validates $user and $order and returns the postcheckout <script> element */
PHP_FUNCTION(flocktory_postcheckout)
{
	HashTable *user, *order;
	zend_string *spot = NULL, *nonce = NULL;
	smart_str buf = {0};
	flocktory_error err = {{NULL, 0}, {NULL, 0}};

	ZEND_PARSE_PARAMETERS_START(2, 4)
		Z_PARAM_ARRAY_HT(user)
		Z_PARAM_ARRAY_HT(order)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR_OR_NULL(spot)
		Z_PARAM_STR_OR_NULL(nonce)
	ZEND_PARSE_PARAMETERS_END();

	if (php_flocktory_validate_snippet(&buf, user, order, spot, nonce, &err) == FAILURE) {
		/* Never a partial snippet: the page gets all of it or nothing. */
		smart_str_free(&buf);
		flocktory_throw(&err);
		php_flocktory_error_free(&err);
		RETURN_THROWS();
	}
	/* Give back what a long order's estimate over-reserved (PHP 8.1's
	 * smart_str_extract() keeps it); shrinking a large block is cheap. */
	if (buf.a - ZSTR_LEN(buf.s) > MAX(ZSTR_LEN(buf.s) / 16, 4096)) {
		buf.s = zend_string_truncate(buf.s, ZSTR_LEN(buf.s), false);
		buf.a = ZSTR_LEN(buf.s);
	}
	RETURN_STR(smart_str_extract(&buf));
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

PHP_MINIT_FUNCTION(flocktory)
{
	(void)type;
	(void)module_number;
	flocktory_ce_ValidationException = register_class_Flocktory_ValidationException(spl_ce_InvalidArgumentException);
	php_flocktory_validate_startup();
	return SUCCESS;
}

PHP_MINFO_FUNCTION(flocktory)
{
	(void)zend_module;
	php_info_print_table_start();
	php_info_print_table_header(2, "flocktory support", "enabled");
	php_info_print_table_row(2, "Version", PHP_FLOCKTORY_VERSION);
	php_info_print_table_end();
}

zend_module_entry flocktory_module_entry = {
	STANDARD_MODULE_HEADER,
	"flocktory",
	ext_functions,
	PHP_MINIT(flocktory),
	NULL,
	NULL,
	NULL,
	PHP_MINFO(flocktory),
	PHP_FLOCKTORY_VERSION,
	STANDARD_MODULE_PROPERTIES
};

#ifdef COMPILE_DL_FLOCKTORY
# ifdef ZTS
ZEND_TSRMLS_CACHE_DEFINE()
# endif
ZEND_GET_MODULE(flocktory)
#endif
