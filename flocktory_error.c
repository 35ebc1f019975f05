/*
 * flocktory - Flocktory snippets for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Builds the field path and the message of a ValidationException. Values
 * are described the way var_dump() names them, and strings are shown
 * shortened, with quotes and invalid UTF-8 escaped and, in a value, what
 * cannot be seen written as PHP's \u{...} (issue 21), so a message is
 * always safe to log, shows why "+7 916 ..." was refused, and never carries
 * a whole customer record.
 */

#include "php.h"
#include "php_flocktory_error.h"
#include "php_flocktory_writer.h"
#include "php_flocktory_scan.h"

/* A message shows at most this many bytes of a string: bytes of the value,
 * not of the message, so an escape counts as the bytes it stands for (a
 * \u{a0} as two) and the cut falls where it would if nothing were escaped. */
#define FLOCKTORY_ERROR_SHOWN 40

static void flocktory_error_append_hex(smart_str *m, unsigned char c)
{
	static const char hex[] = "0123456789ABCDEF";
	char esc[4] = {'\\', 'x', hex[c >> 4], hex[c & 15]};

	smart_str_appendl(m, esc, 4);
}

/* \u{a0}: PHP's escape, lowercase hex without leading zeros. */
static void flocktory_error_append_code_point(smart_str *m, uint32_t cp)
{
	static const char hex[] = "0123456789abcdef";
	int shift = 20;

	smart_str_appendl(m, "\\u{", 3);
	while (shift > 0 && (cp >> shift) == 0) {
		shift -= 4;
	}
	for (; shift >= 0; shift -= 4) {
		smart_str_appendc(m, hex[(cp >> shift) & 15]);
	}
	smart_str_appendc(m, '}');
}

/* The start of s in double quotes, cut at a character boundary. A value
 * (unseen true) shows what cannot be seen as \u{...}; a key keeps the
 * \xNN of its control bytes, as its path always had. */
static void flocktory_error_append_quoted(smart_str *m, const unsigned char *s, size_t len, bool unseen)
{
	size_t i = 0;

	smart_str_appendc(m, '"');
	while (i < len) {
		unsigned char c = s[i];
		size_t n = c < 0x80 ? 1 : php_flocktory_utf8_next(s + i, len - i);
		uint32_t cp;

		if (i + (n ? n : 1) > FLOCKTORY_ERROR_SHOWN) {
			smart_str_appendl(m, "\"...", 4);
			return;
		}
		if (unseen && n && php_flocktory_utf8_invisible(s + i, n, &cp)) {
			flocktory_error_append_code_point(m, cp);
			i += n;
		} else if (n == 0 || c < 0x20 || c == 0x7F) {
			flocktory_error_append_hex(m, c);
			i++;
		} else {
			if (c == '"' || c == '\\') {
				smart_str_appendc(m, '\\');
			}
			smart_str_appendl(m, (const char *)s + i, n);
			i += n;
		}
	}
	smart_str_appendc(m, '"');
}

static void flocktory_error_describe(smart_str *m, const zval *v)
{
	if (v == NULL) {
		smart_str_appends(m, "nothing");
		return;
	}
	ZVAL_DEREF(v);
	switch (Z_TYPE_P(v)) {
		case IS_NULL:
			smart_str_appends(m, "null");
			break;
		case IS_FALSE:
			smart_str_appends(m, "bool(false)");
			break;
		case IS_TRUE:
			smart_str_appends(m, "bool(true)");
			break;
		case IS_LONG:
			smart_str_appends(m, "int(");
			smart_str_append_long(m, Z_LVAL_P(v));
			smart_str_appendc(m, ')');
			break;
		case IS_DOUBLE:
			smart_str_appends(m, "float(");
			if (zend_isnan(Z_DVAL_P(v))) {
				smart_str_appends(m, "NAN");
			} else if (zend_isinf(Z_DVAL_P(v))) {
				smart_str_appends(m, Z_DVAL_P(v) > 0 ? "INF" : "-INF");
			} else {
				php_flocktory_json_double(m, Z_DVAL_P(v));
			}
			smart_str_appendc(m, ')');
			break;
		case IS_STRING:
			smart_str_appends(m, "string(");
			smart_str_append_unsigned(m, Z_STRLEN_P(v));
			smart_str_appends(m, ") ");
			flocktory_error_append_quoted(m, (const unsigned char *)Z_STRVAL_P(v), Z_STRLEN_P(v), true);
			break;
		case IS_ARRAY:
			smart_str_appends(m, "array(");
			smart_str_append_unsigned(m, zend_hash_num_elements(Z_ARRVAL_P(v)));
			smart_str_appendc(m, ')');
			break;
		case IS_OBJECT:
			/* An anonymous class's name goes on after a NUL with where it
			 * was declared; the part before it is the name PHP shows. */
			smart_str_appends(m, "object(");
			smart_str_appends(m, ZSTR_VAL(Z_OBJCE_P(v)->name));
			smart_str_appendc(m, ')');
			break;
		default:
			smart_str_appends(m, zend_zval_type_name(v));
			break;
	}
}

/* A plain key is written user.key; any other as user["k e y"] or user[0]. */
static bool flocktory_error_plain_key(const char *key, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)key[i];

		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) {
			return false;
		}
	}
	return len > 0;
}

/* name below the path in f: .name, or ["na-me"] for a free profile key.
 * Names reach here checked (a table's key, or a free key of 1 to 64 of
 * A-Z a-z 0-9 _ - .), so they are written whole and need no escaping. */
static void flocktory_error_append_name(smart_str *f, const char *name, bool below)
{
	size_t len = strlen(name);

	if (flocktory_error_plain_key(name, len)) {
		if (below) {
			smart_str_appendc(f, '.');
		}
		smart_str_appendl(f, name, len);
	} else {
		smart_str_appendl(f, "[\"", 2);
		smart_str_appendl(f, name, len);
		smart_str_appendl(f, "\"]", 2);
	}
}

static void flocktory_error_place(smart_str *f, const flocktory_place *at)
{
	if (at == NULL) {
		return;
	}
	flocktory_error_place(f, at->parent);
	flocktory_error_append_name(f, at->name, at->parent != NULL);
	if (at->index >= 0) {
		smart_str_appendc(f, '[');
		smart_str_append_long(f, at->index);
		smart_str_appendc(f, ']');
	}
}

static void flocktory_error_field(flocktory_error *err, const flocktory_place *at, const char *name)
{
	flocktory_error_place(&err->field, at);
	if (name) {
		flocktory_error_append_name(&err->field, name, at != NULL);
	}
	smart_str_0(&err->field);
	smart_str_append(&err->message, err->field.s);
	smart_str_appends(&err->message, ": ");
}

zend_result php_flocktory_error_expected(flocktory_error *err, const flocktory_place *at,
	const char *name, const char *expected, const zval *given)
{
	flocktory_error_field(err, at, name);
	smart_str_appends(&err->message, "expected ");
	smart_str_appends(&err->message, expected);
	smart_str_appends(&err->message, ", got ");
	flocktory_error_describe(&err->message, given);
	smart_str_0(&err->message);
	return FAILURE;
}

zend_result php_flocktory_error_unknown_key(flocktory_error *err, const flocktory_place *at,
	const zend_string *key, zend_ulong index, const char *allowed)
{
	flocktory_error_place(&err->field, at);
	if (key && flocktory_error_plain_key(ZSTR_VAL(key), ZSTR_LEN(key))) {
		smart_str_appendc(&err->field, '.');
		smart_str_append(&err->field, (zend_string *)key);
	} else {
		smart_str_appendc(&err->field, '[');
		if (key) {
			flocktory_error_append_quoted(&err->field, (const unsigned char *)ZSTR_VAL(key), ZSTR_LEN(key), false);
		} else {
			smart_str_append_long(&err->field, (zend_long)index);
		}
		smart_str_appendc(&err->field, ']');
	}
	smart_str_0(&err->field);
	smart_str_append(&err->message, err->field.s);
	smart_str_appends(&err->message, ": unknown key, expected one of ");
	smart_str_appends(&err->message, allowed);
	smart_str_0(&err->message);
	return FAILURE;
}

zend_result php_flocktory_error_key(flocktory_error *err, const flocktory_place *at, const char *expected,
	const zend_string *key, zend_ulong index)
{
	flocktory_error_field(err, at, NULL);
	smart_str_appends(&err->message, "expected ");
	smart_str_appends(&err->message, expected);
	if (key) {
		smart_str_appends(&err->message, ", got the key ");
		flocktory_error_append_quoted(&err->message, (const unsigned char *)ZSTR_VAL(key), ZSTR_LEN(key), false);
	} else {
		smart_str_appends(&err->message, ", got the int key ");
		smart_str_append_long(&err->message, (zend_long)index);
		smart_str_appends(&err->message, " (PHP turns keys like \"12\" into ints)");
	}
	smart_str_0(&err->message);
	return FAILURE;
}

zend_result php_flocktory_error_utf8(flocktory_error *err, const flocktory_place *at,
	const char *name, const zend_string *given, size_t offset)
{
	zval v;

	ZVAL_STR(&v, (zend_string *)given);
	flocktory_error_field(err, at, name);
	smart_str_appends(&err->message, "expected valid UTF-8, got invalid byte ");
	flocktory_error_append_hex(&err->message, (unsigned char)ZSTR_VAL(given)[offset]);
	smart_str_appends(&err->message, " at offset ");
	smart_str_append_unsigned(&err->message, offset);
	smart_str_appends(&err->message, " in ");
	flocktory_error_describe(&err->message, &v);
	smart_str_appends(&err->message,
		" (convert the text to UTF-8 first, e.g. iconv('Windows-1251', 'UTF-8', $s))");
	smart_str_0(&err->message);
	return FAILURE;
}

void php_flocktory_error_free(flocktory_error *err)
{
	smart_str_free(&err->field);
	smart_str_free(&err->message);
}
