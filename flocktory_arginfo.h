/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 77e4679f022ac75282a1d49fd7e1cc98b356471f */

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_flocktory_postcheckout, 0, 2, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, user, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO(0, order, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, spot, IS_STRING, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, nonce, IS_STRING, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, as, IS_LONG, 0, "FLOCKTORY_ELEMENT")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_flocktory_user, 0, 1, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, user, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_flocktory_item_view, 0, 1, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, item, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_flocktory_category_view, 0, 1, IS_STRING, 0)
	ZEND_ARG_TYPE_MASK(0, category_id, MAY_BE_STRING|MAY_BE_LONG|MAY_BE_NULL, NULL)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_flocktory_exchange, 0, 0, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, user, IS_ARRAY, 0, "[]")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, spot, IS_STRING, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_flocktory_loader, 0, 1, IS_STRING, 0)
	ZEND_ARG_TYPE_MASK(0, site_id, MAY_BE_LONG|MAY_BE_STRING, NULL)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, nonce, IS_STRING, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_flocktory_add_to_cart, 0, 1, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, item, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, nonce, IS_STRING, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, as, IS_LONG, 0, "FLOCKTORY_ELEMENT")
ZEND_END_ARG_INFO()

#define arginfo_flocktory_remove_from_cart arginfo_flocktory_add_to_cart

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_flocktory_update_cart, 0, 1, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, items, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, nonce, IS_STRING, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, as, IS_LONG, 0, "FLOCKTORY_ELEMENT")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_flocktory_attach_to_profile, 0, 1, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, data, IS_ARRAY, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, nonce, IS_STRING, 1, "null")
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, as, IS_LONG, 0, "FLOCKTORY_ELEMENT")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_Flocktory_ValidationException_getField, 0, 0, IS_STRING, 0)
ZEND_END_ARG_INFO()


ZEND_FUNCTION(flocktory_postcheckout);
ZEND_FUNCTION(flocktory_user);
ZEND_FUNCTION(flocktory_item_view);
ZEND_FUNCTION(flocktory_category_view);
ZEND_FUNCTION(flocktory_exchange);
ZEND_FUNCTION(flocktory_loader);
ZEND_FUNCTION(flocktory_add_to_cart);
ZEND_FUNCTION(flocktory_remove_from_cart);
ZEND_FUNCTION(flocktory_update_cart);
ZEND_FUNCTION(flocktory_attach_to_profile);
ZEND_METHOD(Flocktory_ValidationException, getField);


static const zend_function_entry ext_functions[] = {
	ZEND_FE(flocktory_postcheckout, arginfo_flocktory_postcheckout)
	ZEND_FE(flocktory_user, arginfo_flocktory_user)
	ZEND_FE(flocktory_item_view, arginfo_flocktory_item_view)
	ZEND_FE(flocktory_category_view, arginfo_flocktory_category_view)
	ZEND_FE(flocktory_exchange, arginfo_flocktory_exchange)
	ZEND_FE(flocktory_loader, arginfo_flocktory_loader)
	ZEND_FE(flocktory_add_to_cart, arginfo_flocktory_add_to_cart)
	ZEND_FE(flocktory_remove_from_cart, arginfo_flocktory_remove_from_cart)
	ZEND_FE(flocktory_update_cart, arginfo_flocktory_update_cart)
	ZEND_FE(flocktory_attach_to_profile, arginfo_flocktory_attach_to_profile)
	ZEND_FE_END
};


static const zend_function_entry class_Flocktory_ValidationException_methods[] = {
	ZEND_ME(Flocktory_ValidationException, getField, arginfo_class_Flocktory_ValidationException_getField, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};

static void register_flocktory_symbols(int module_number)
{
	REGISTER_LONG_CONSTANT("FLOCKTORY_ELEMENT", FLOCKTORY_FORM_ELEMENT, CONST_PERSISTENT);
	ZEND_ASSERT(FLOCKTORY_FORM_ELEMENT == 0);
	REGISTER_LONG_CONSTANT("FLOCKTORY_JS", FLOCKTORY_FORM_JS, CONST_PERSISTENT);
	ZEND_ASSERT(FLOCKTORY_FORM_JS == 1);
	REGISTER_LONG_CONSTANT("FLOCKTORY_JSON", FLOCKTORY_FORM_JSON, CONST_PERSISTENT);
	ZEND_ASSERT(FLOCKTORY_FORM_JSON == 2);
}

static zend_class_entry *register_class_Flocktory_ValidationException(zend_class_entry *class_entry_InvalidArgumentException)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "Flocktory", "ValidationException", class_Flocktory_ValidationException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_InvalidArgumentException);

	zval property_field_default_value;
	ZVAL_EMPTY_STRING(&property_field_default_value);
	zend_string *property_field_name = zend_string_init("field", sizeof("field") - 1, 1);
	zend_declare_typed_property(class_entry, property_field_name, &property_field_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_STRING));
	zend_string_release(property_field_name);

	return class_entry;
}
