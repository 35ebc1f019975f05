/*
 * flocktory - Flocktory postcheckout snippets for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Walks $user, $order and the two string arguments, checks each value
 * against the postcheckout contract (issue 2: the field table, the email,
 * price, phone, id, URL and nonce grammars) and writes the payload as it
 * goes, keys in the contract's fixed order. No user code runs during the
 * walk (objects are refused, never converted), so the arrays cannot change
 * under it.
 */

#include "php.h"
#include "php_flocktory_validate.h"
#include "php_flocktory_emit.h"
#include "php_flocktory_scan.h"

#define FLOCKTORY_EXPECT_NAME "a string, or null when the name is unknown"
#define FLOCKTORY_EXPECT_EMAIL "an email address like name@example.com"
#define FLOCKTORY_EXPECT_EMAIL_OR_FALLBACK \
	"an email address, or a user.phone or user.id to build one from"
#define FLOCKTORY_EXPECT_PHONE \
	"a phone number of 10 to 15 digits (with spaces, -, (, ), . and one leading + allowed)"
#define FLOCKTORY_EXPECT_USER_ID \
	"1 to 64 of A-Z a-z 0-9 _ - and . (a dot not first, last or doubled)"
#define FLOCKTORY_EXPECT_SEX "\"m\" or \"f\""
#define FLOCKTORY_EXPECT_ORDER_ID "a non-empty string or int"
#define FLOCKTORY_EXPECT_STRING "a string"
#define FLOCKTORY_EXPECT_STRING_OR_INT "a string or int"
#define FLOCKTORY_EXPECT_PRICE \
	"a number from 0 up to below 10^15 (an int, a float or a decimal string like \"1999.90\")"
#define FLOCKTORY_EXPECT_COUNT \
	"a number above 0 and below 10^15 (an int, a float or a decimal string like \"2\")"
#define FLOCKTORY_EXPECT_ITEMS "a non-empty array of items"
#define FLOCKTORY_EXPECT_ITEM "an array with the keys id, title, price, image, count"
#define FLOCKTORY_EXPECT_ITEM_FIELDS "at least one of id, title, price, image, count with a value"
#define FLOCKTORY_EXPECT_IMAGE \
	"an absolute URL starting with http://, https:// or // and a host, without spaces or control characters"
#define FLOCKTORY_EXPECT_NONCE "a CSP nonce: 1 to 256 of A-Z a-z 0-9 + / - _, then at most two ="

/* Prices and counts stay below 10^15, where every integer is exact in a
 * double and in a JavaScript number. */
#define FLOCKTORY_NUMBER_LIMIT INT64_C(1000000000000000)

#define FLOCKTORY_UNKNOWN_EMAIL "@unknown.email"

/* Room kept free before each item, and the number of items written before
 * the rest of a long order is extrapolated from them; see
 * flocktory_validate_order(). */
#define FLOCKTORY_ITEM_ROOM 512
#define FLOCKTORY_ITEM_SAMPLE 16

typedef struct {
	const char *name;
	size_t len;
	zend_ulong hash;	/* set once in MINIT, read-only after */
} flocktory_key;

#define FLOCKTORY_KEY(s) {s, sizeof(s) - 1, 0}

enum { USER_NAME, USER_EMAIL, USER_PHONE, USER_ID, USER_SEX, USER_KEYS };
static flocktory_key flocktory_user_keys[USER_KEYS] = {
	FLOCKTORY_KEY("name"), FLOCKTORY_KEY("email"), FLOCKTORY_KEY("phone"),
	FLOCKTORY_KEY("id"), FLOCKTORY_KEY("sex"),
};

enum { ORDER_ID, ORDER_PRICE, ORDER_CUSTOM_FIELD, ORDER_ITEMS, ORDER_KEYS };
static flocktory_key flocktory_order_keys[ORDER_KEYS] = {
	FLOCKTORY_KEY("id"), FLOCKTORY_KEY("price"), FLOCKTORY_KEY("custom_field"),
	FLOCKTORY_KEY("items"),
};

enum { ITEM_ID, ITEM_TITLE, ITEM_PRICE, ITEM_IMAGE, ITEM_COUNT, ITEM_KEYS };
static flocktory_key flocktory_item_keys[ITEM_KEYS] = {
	FLOCKTORY_KEY("id"), FLOCKTORY_KEY("title"), FLOCKTORY_KEY("price"),
	FLOCKTORY_KEY("image"), FLOCKTORY_KEY("count"),
};

/* A trimmed view of a string value, or of an int written out in num, with
 * its length once escaped, or FLOCKTORY_TEXT_UNCHECKED when the check of
 * a short string is left to the writer; str is the value, for messages. */
typedef struct {
	const unsigned char *s;
	size_t len;
	size_t escaped_len;
	const zend_string *str;
	char num[MAX_LENGTH_OF_LONG + 1];
} flocktory_text;

#define FLOCKTORY_TEXT_UNCHECKED SIZE_MAX

/* Strings up to this length that are written as soon as they are read are
 * checked and escaped in one sweep (php_flocktory_utf8_escape()), which
 * reserves the worst case: six times their length. */
#define FLOCKTORY_TEXT_ONE_SWEEP 4096

typedef struct {
	enum { NUMBER_ABSENT, NUMBER_LONG, NUMBER_DOUBLE, NUMBER_DECIMAL } kind;
	zend_long l;
	double d;
	flocktory_decimal dec;
} flocktory_number;

static void flocktory_validate_hash_keys(flocktory_key *keys, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		keys[i].hash = zend_inline_hash_func(keys[i].name, keys[i].len);
	}
}

void php_flocktory_validate_startup(void)
{
	flocktory_validate_hash_keys(flocktory_user_keys, USER_KEYS);
	flocktory_validate_hash_keys(flocktory_order_keys, ORDER_KEYS);
	flocktory_validate_hash_keys(flocktory_item_keys, ITEM_KEYS);
}

static zend_always_inline bool flocktory_validate_key_is(const zend_string *key, const flocktory_key *k)
{
	const char *a = ZSTR_VAL(key), *b = k->name;

	if (ZSTR_LEN(key) != k->len) {
		return false;
	}
	/* With the length known here, the compiler turns each comparison into
	 * a load or two instead of a call or a byte loop. */
	switch (k->len) {
		case 2: return memcmp(a, b, 2) == 0;
		case 3: return memcmp(a, b, 3) == 0;
		case 4: return memcmp(a, b, 4) == 0;
		case 5: return memcmp(a, b, 5) == 0;
		case 12: return memcmp(a, b, 12) == 0;
		default: return memcmp(a, b, k->len) == 0;
	}
}

/* Sorts the entries of ht into slots by known key, so that fields can then
 * be checked and written in the contract's order whatever the input order.
 * Any other key is an error. */
static zend_always_inline zend_result flocktory_validate_keys(HashTable *ht, const flocktory_key *keys, size_t n,
	const char *allowed, zval **slots, const flocktory_place *at, flocktory_error *err)
{
	zend_string *key;
	zend_ulong index;
	zval *val;
	size_t i, next = 0;

	for (i = 0; i < n; i++) {
		slots[i] = NULL;
	}
	ZEND_HASH_FOREACH_KEY_VAL(ht, index, key, val) {
		size_t tried;

		if (!key) {
			return php_flocktory_error_unknown_key(err, at, NULL, index, allowed);
		}
		/* Keys usually come in the contract's order, so the search starts
		 * after the last match; a key in a HashTable carries its hash, so
		 * that is compared first. */
		for (tried = 0, i = next; tried < n; tried++, i = i + 1 == n ? 0 : i + 1) {
			if (ZSTR_H(key) == keys[i].hash && flocktory_validate_key_is(key, &keys[i])) {
				break;
			}
		}
		if (tried == n) {
			return php_flocktory_error_unknown_key(err, at, key, index, allowed);
		}
		slots[i] = val;
		next = i + 1 == n ? 0 : i + 1;
	} ZEND_HASH_FOREACH_END();
	return SUCCESS;
}

/* Reads a string (or, with ints_too, an int) as trimmed UTF-8 text. An
 * absent or null value reads as empty text, which optional fields leave out.
 * With unchecked, the UTF-8 check of a short string is left to
 * flocktory_validate_write_text(): only for a field written right after it
 * is read, so that errors still come in the contract's order. */
static zend_always_inline zend_result flocktory_validate_text_ex(flocktory_text *t, zval *v, bool ints_too, bool unchecked,
	const char *expected, const flocktory_place *at, const char *name, flocktory_error *err)
{
	size_t bad;

	t->s = (const unsigned char *)"";
	t->len = t->escaped_len = 0;
	if (v == NULL) {
		return SUCCESS;
	}
	ZVAL_DEREF(v);
	switch (Z_TYPE_P(v)) {
		case IS_NULL:
			return SUCCESS;
		case IS_STRING:
			/* Trimming first is safe: it only looks at ASCII bytes. */
			t->s = (const unsigned char *)Z_STRVAL_P(v);
			t->len = Z_STRLEN_P(v);
			t->str = Z_STR_P(v);
			php_flocktory_trim(&t->s, &t->len);
			if (unchecked && t->len <= FLOCKTORY_TEXT_ONE_SWEEP) {
				t->escaped_len = FLOCKTORY_TEXT_UNCHECKED;
				return SUCCESS;
			}
			if (!php_flocktory_utf8_scan(t->s, t->len, &t->escaped_len, &bad)) {
				bad += (size_t)(t->s - (const unsigned char *)Z_STRVAL_P(v));
				return php_flocktory_error_utf8(err, at, name, Z_STR_P(v), bad);
			}
			return SUCCESS;
		case IS_LONG:
			if (ints_too) {
				char *end = t->num + sizeof(t->num) - 1;
				char *start = zend_print_long_to_buf(end, Z_LVAL_P(v));

				t->s = (const unsigned char *)start;
				t->len = t->escaped_len = (size_t)(end - start);
				return SUCCESS;
			}
			break;
	}
	return php_flocktory_error_expected(err, at, name, expected, v);
}

#define flocktory_validate_text(t, v, ints_too, expected, at, name, err) \
	flocktory_validate_text_ex(t, v, ints_too, false, expected, at, name, err)
#define flocktory_validate_text_unchecked(t, v, ints_too, expected, at, name, err) \
	flocktory_validate_text_ex(t, v, ints_too, true, expected, at, name, err)

/* Writes text as a JSON string, checking it first when that was left to
 * the writer: an invalid string fails here, half-written, and the caller
 * drops the whole buffer. */
static zend_always_inline zend_result flocktory_validate_write_text(smart_str *buf, const flocktory_text *t,
	const flocktory_place *at, const char *name, flocktory_error *err)
{
	char *start, *end;
	size_t bad;

	if (t->escaped_len != FLOCKTORY_TEXT_UNCHECKED) {
		php_flocktory_emit_string(buf, t->s, t->len, t->escaped_len);
		return SUCCESS;
	}
	php_flocktory_emit_room(buf, FLOCKTORY_ESCAPE_ROOM(t->len) + 2);
	start = ZSTR_VAL(buf->s) + ZSTR_LEN(buf->s);
	*start = '"';
	end = php_flocktory_utf8_escape(start + 1, t->s, t->len, &bad);
	if (end == NULL) {
		bad += (size_t)(t->s - (const unsigned char *)ZSTR_VAL(t->str));
		return php_flocktory_error_utf8(err, at, name, t->str, bad);
	}
	*end++ = '"';
	ZSTR_LEN(buf->s) += (size_t)(end - start);
	return SUCCESS;
}

/* Reads a price or a count (positive: above zero). */
static zend_result flocktory_validate_number(flocktory_number *num, zval *v, bool positive,
	const flocktory_place *at, const char *name, flocktory_error *err)
{
	const char *expected = positive ? FLOCKTORY_EXPECT_COUNT : FLOCKTORY_EXPECT_PRICE;
	const unsigned char *s;
	size_t len, escaped_len, bad;

	num->kind = NUMBER_ABSENT;
	if (v == NULL) {
		return SUCCESS;
	}
	ZVAL_DEREF(v);
	switch (Z_TYPE_P(v)) {
		case IS_NULL:
			return SUCCESS;
		case IS_LONG:
			num->l = Z_LVAL_P(v);
			if (num->l < (positive ? 1 : 0) || (int64_t)num->l >= FLOCKTORY_NUMBER_LIMIT) {
				break;
			}
			num->kind = NUMBER_LONG;
			return SUCCESS;
		case IS_DOUBLE:
			num->d = Z_DVAL_P(v);
			/* The comparisons are false for NAN; -0.0 passes as zero. */
			if (!(num->d >= 0.0 && num->d < (double)FLOCKTORY_NUMBER_LIMIT) || (positive && num->d == 0.0)) {
				break;
			}
			num->kind = NUMBER_DOUBLE;
			return SUCCESS;
		case IS_STRING:
			s = (const unsigned char *)Z_STRVAL_P(v);
			len = Z_STRLEN_P(v);
			php_flocktory_trim(&s, &len);
			if (len == 0) {
				return SUCCESS;
			}
			if (!php_flocktory_decimal_scan(s, len, &num->dec)) {
				/* The grammar is ASCII, so only a rejected string can be
				 * invalid UTF-8; say so when it is. */
				if (!php_flocktory_utf8_scan((const unsigned char *)Z_STRVAL_P(v), Z_STRLEN_P(v), &escaped_len, &bad)) {
					return php_flocktory_error_utf8(err, at, name, Z_STR_P(v), bad);
				}
				break;
			}
			if (positive && num->dec.int_digits[0] == '0' && num->dec.frac_len == 0) {
				break;
			}
			num->kind = NUMBER_DECIMAL;
			return SUCCESS;
	}
	return php_flocktory_error_expected(err, at, name, expected, v);
}

static void flocktory_validate_emit_number(smart_str *buf, const flocktory_number *num)
{
	switch (num->kind) {
		case NUMBER_LONG:
			smart_str_append_long(buf, num->l);
			break;
		case NUMBER_DOUBLE:
			php_flocktory_emit_double(buf, num->d);
			break;
		case NUMBER_DECIMAL:
			php_flocktory_emit_decimal(buf, &num->dec);
			break;
		case NUMBER_ABSENT:
			break;
	}
}

/* Writes ,"key": (the comma only after the first member of an object). */
static zend_always_inline void flocktory_validate_emit_key(smart_str *buf, bool *first,
	const char *member, size_t len)
{
	char *p = php_flocktory_emit_reserve(buf, len + 1);

	if (*first) {
		ZSTR_LEN(buf->s)--;
	} else {
		*p++ = ',';
	}
	*first = false;
	memcpy(p, member, len);
}

#define FLOCKTORY_EMIT_KEY(buf, first, key) \
	flocktory_validate_emit_key(buf, first, "\"" key "\":", sizeof("\"" key "\":") - 1)

static zend_result flocktory_validate_user(smart_str *buf, HashTable *user, flocktory_error *err)
{
	static const flocktory_place at = {"user", -1};
	zval *f[USER_KEYS];
	flocktory_text name, email, phone, id, sex;
	unsigned char digits[FLOCKTORY_PHONE_MAX_DIGITS];
	size_t ndigits = 0, sign = 0;
	bool first = true;

	if (flocktory_validate_keys(user, flocktory_user_keys, USER_KEYS,
			"name, email, phone, id, sex", f, &at, err) == FAILURE) {
		return FAILURE;
	}
	/* The key is required even though its value may be empty: a template
	 * that forgot the name is a bug, a customer without one is not. */
	if (f[USER_NAME] == NULL) {
		return php_flocktory_error_expected(err, &at, "name", FLOCKTORY_EXPECT_NAME, NULL);
	}
	if (flocktory_validate_text(&name, f[USER_NAME], false, FLOCKTORY_EXPECT_NAME, &at, "name", err) == FAILURE) {
		return FAILURE;
	}
	if (flocktory_validate_text(&email, f[USER_EMAIL], false, FLOCKTORY_EXPECT_EMAIL, &at, "email", err) == FAILURE) {
		return FAILURE;
	}
	if (email.len && !php_flocktory_email_scan(email.s, email.len, &sign)) {
		return php_flocktory_error_expected(err, &at, "email", FLOCKTORY_EXPECT_EMAIL, f[USER_EMAIL]);
	}
	/* Phone and id are fallbacks, read only when they are used: next to an
	 * email they are ignored, whatever they hold, so that a messy phone does
	 * not cost the page its snippet. Without an email the first one present
	 * is used and must be valid; a bad phone is an error, not a reason to
	 * try the id. */
	id.len = 0;	/* stays 0 when the id is not read */
	if (!email.len) {
		if (flocktory_validate_text(&phone, f[USER_PHONE], true, FLOCKTORY_EXPECT_PHONE, &at, "phone", err) == FAILURE) {
			return FAILURE;
		}
		if (phone.len && (ndigits = php_flocktory_phone_scan(phone.s, phone.len, digits)) == 0) {
			return php_flocktory_error_expected(err, &at, "phone", FLOCKTORY_EXPECT_PHONE, f[USER_PHONE]);
		}
	}
	if (!email.len && !ndigits) {
		if (flocktory_validate_text(&id, f[USER_ID], true, FLOCKTORY_EXPECT_USER_ID, &at, "id", err) == FAILURE) {
			return FAILURE;
		}
		if (id.len && !php_flocktory_user_id_scan(id.s, id.len)) {
			return php_flocktory_error_expected(err, &at, "id", FLOCKTORY_EXPECT_USER_ID, f[USER_ID]);
		}
	}
	if (flocktory_validate_text(&sex, f[USER_SEX], false, FLOCKTORY_EXPECT_SEX, &at, "sex", err) == FAILURE) {
		return FAILURE;
	}
	if (sex.len && !(sex.len == 1 && ((sex.s[0] | 0x20) == 'm' || (sex.s[0] | 0x20) == 'f'))) {
		return php_flocktory_error_expected(err, &at, "sex", FLOCKTORY_EXPECT_SEX, f[USER_SEX]);
	}
	if (!email.len && !ndigits && !id.len) {
		return php_flocktory_error_expected(err, &at, "email", FLOCKTORY_EXPECT_EMAIL_OR_FALLBACK, f[USER_EMAIL]);
	}

	smart_str_appendl(buf, "\"user\":{", 8);
	FLOCKTORY_EMIT_KEY(buf, &first, "name");
	php_flocktory_emit_string(buf, name.s, name.len, name.escaped_len);
	FLOCKTORY_EMIT_KEY(buf, &first, "email");
	if (email.len) {
		/* Domains are case-insensitive: one customer, one address. The
		 * domain grammar has nothing to escape, so the domain is the tail of
		 * what was written, just before the closing quote. */
		char *end, *p;

		php_flocktory_emit_string(buf, email.s, email.len, email.escaped_len);
		end = ZSTR_VAL(buf->s) + ZSTR_LEN(buf->s) - 1;
		for (p = end - (email.len - sign); p < end; p++) {
			if (*p >= 'A' && *p <= 'Z') {
				*p |= 0x20;
			}
		}
	} else {
		/* The fallbacks Flocktory documents: phone@unknown.email, then
		 * id@unknown.email. Digits and id characters need no escaping. */
		smart_str_appendc(buf, '"');
		if (ndigits) {
			smart_str_appendl(buf, (const char *)digits, ndigits);
		} else {
			smart_str_appendl(buf, (const char *)id.s, id.len);
		}
		smart_str_appendl(buf, FLOCKTORY_UNKNOWN_EMAIL "\"", sizeof(FLOCKTORY_UNKNOWN_EMAIL));
	}
	if (sex.len) {
		FLOCKTORY_EMIT_KEY(buf, &first, "sex");
		smart_str_appendc(buf, '"');
		smart_str_appendc(buf, (char)(sex.s[0] | 0x20));
		smart_str_appendc(buf, '"');
	}
	smart_str_appendc(buf, '}');
	return SUCCESS;
}

static zend_result flocktory_validate_item(smart_str *buf, zval *item, zend_long position, flocktory_error *err)
{
	flocktory_place at = {"order.items", position};
	zval *f[ITEM_KEYS];
	flocktory_text text;
	flocktory_number num;
	bool first = true;

	ZVAL_DEREF(item);
	if (Z_TYPE_P(item) != IS_ARRAY) {
		return php_flocktory_error_expected(err, &at, NULL, FLOCKTORY_EXPECT_ITEM, item);
	}
	if (flocktory_validate_keys(Z_ARRVAL_P(item), flocktory_item_keys, ITEM_KEYS,
			"id, title, price, image, count", f, &at, err) == FAILURE) {
		return FAILURE;
	}
	smart_str_appendc(buf, '{');
	if (flocktory_validate_text_unchecked(&text, f[ITEM_ID], true, FLOCKTORY_EXPECT_STRING_OR_INT,
			&at, "id", err) == FAILURE) {
		return FAILURE;
	}
	if (text.len) {
		FLOCKTORY_EMIT_KEY(buf, &first, "id");
		if (flocktory_validate_write_text(buf, &text, &at, "id", err) == FAILURE) {
			return FAILURE;
		}
	}
	if (flocktory_validate_text_unchecked(&text, f[ITEM_TITLE], false, FLOCKTORY_EXPECT_STRING,
			&at, "title", err) == FAILURE) {
		return FAILURE;
	}
	if (text.len) {
		FLOCKTORY_EMIT_KEY(buf, &first, "title");
		if (flocktory_validate_write_text(buf, &text, &at, "title", err) == FAILURE) {
			return FAILURE;
		}
	}
	if (flocktory_validate_number(&num, f[ITEM_PRICE], false, &at, "price", err) == FAILURE) {
		return FAILURE;
	}
	if (num.kind != NUMBER_ABSENT) {
		FLOCKTORY_EMIT_KEY(buf, &first, "price");
		flocktory_validate_emit_number(buf, &num);
	}
	if (flocktory_validate_text_unchecked(&text, f[ITEM_IMAGE], false, FLOCKTORY_EXPECT_IMAGE,
			&at, "image", err) == FAILURE) {
		return FAILURE;
	}
	if (text.len) {
		/* Written before the URL check, which thus sees valid UTF-8 only
		 * and reports after the UTF-8 check, as for every other field. */
		FLOCKTORY_EMIT_KEY(buf, &first, "image");
		if (flocktory_validate_write_text(buf, &text, &at, "image", err) == FAILURE) {
			return FAILURE;
		}
		if (!php_flocktory_url_scan(text.s, text.len)) {
			return php_flocktory_error_expected(err, &at, "image", FLOCKTORY_EXPECT_IMAGE, f[ITEM_IMAGE]);
		}
	}
	if (flocktory_validate_number(&num, f[ITEM_COUNT], true, &at, "count", err) == FAILURE) {
		return FAILURE;
	}
	if (num.kind != NUMBER_ABSENT) {
		FLOCKTORY_EMIT_KEY(buf, &first, "count");
		flocktory_validate_emit_number(buf, &num);
	}
	if (first) {
		return php_flocktory_error_expected(err, &at, NULL, FLOCKTORY_EXPECT_ITEM_FIELDS, item);
	}
	smart_str_appendc(buf, '}');
	return SUCCESS;
}

#if defined(__GNUC__) || defined(__clang__)
# define FLOCKTORY_PREFETCH(p) __builtin_prefetch(p)
#else
# define FLOCKTORY_PREFETCH(p) ((void)(p))
#endif

/* The zval in slot idx of a list's element array, packed or not. */
static zend_always_inline zval *flocktory_validate_slot(const HashTable *list, uint32_t idx)
{
#if PHP_VERSION_ID >= 80200
	if (HT_IS_PACKED(list)) {
		return &list->arPacked[idx];
	}
#endif
	return &list->arData[idx].val;
}

/* The table of the item in slot idx, when there is one. */
static zend_always_inline const HashTable *flocktory_validate_slot_table(const HashTable *list, uint32_t idx)
{
	const zval *z;

	if (idx >= list->nNumUsed) {
		return NULL;
	}
	z = flocktory_validate_slot(list, idx);
	return Z_TYPE_P(z) == IS_ARRAY && !HT_IS_PACKED(Z_ARRVAL_P(z)) ? Z_ARRVAL_P(z) : NULL;
}

/* A long order outgrows the caches, and each item is a chain of pointers:
 * its table, the table's buckets, the strings they point to. Followed one
 * link at a time, every link waits for memory. So while item idx is
 * checked, later items are requested a link at a time: the table of item
 * idx + 12, the buckets of item idx + 8 (whose table was requested four
 * items ago) and the strings of item idx + 4 (whose buckets were). What
 * is read here to find an address was itself requested earlier, and a
 * prefetch never faults. */
static zend_always_inline void flocktory_validate_prefetch(const HashTable *list, uint32_t idx)
{
	const HashTable *ht;

	if (idx + 12 < list->nNumUsed) {
		const zval *z = flocktory_validate_slot(list, idx + 12);

		if (Z_TYPE_P(z) == IS_ARRAY) {
			FLOCKTORY_PREFETCH(Z_ARRVAL_P(z));
		}
	}
	if ((ht = flocktory_validate_slot_table(list, idx + 8)) != NULL) {
		const char *data = (const char *)ht->arData;

		FLOCKTORY_PREFETCH(data);
		FLOCKTORY_PREFETCH(data + 64);
		FLOCKTORY_PREFETCH(data + 128);
	}
	if ((ht = flocktory_validate_slot_table(list, idx + 4)) != NULL) {
		const Bucket *b = ht->arData, *end = b + MIN(ht->nNumUsed, ITEM_KEYS);

		for (; b < end; b++) {
			if (Z_TYPE(b->val) == IS_STRING) {
				FLOCKTORY_PREFETCH(Z_STR(b->val));
				FLOCKTORY_PREFETCH((const char *)Z_STR(b->val) + 64);
			}
		}
	}
}

static zend_result flocktory_validate_order(smart_str *buf, HashTable *order, flocktory_error *err)
{
	static const flocktory_place at = {"order", -1};
	zval *f[ORDER_KEYS], *items;
	flocktory_text text;
	flocktory_number num;
	zend_long position = 0;
	size_t items_start, count;
	HashTable *list;
	uint32_t idx;
	zval *item;

	php_flocktory_emit_room(buf, FLOCKTORY_ITEM_ROOM);
	if (flocktory_validate_keys(order, flocktory_order_keys, ORDER_KEYS,
			"id, price, custom_field, items", f, &at, err) == FAILURE) {
		return FAILURE;
	}
	if (flocktory_validate_text_unchecked(&text, f[ORDER_ID], true, FLOCKTORY_EXPECT_ORDER_ID,
			&at, "id", err) == FAILURE) {
		return FAILURE;
	}
	if (!text.len) {
		return php_flocktory_error_expected(err, &at, "id", FLOCKTORY_EXPECT_ORDER_ID, f[ORDER_ID]);
	}
	smart_str_appendl(buf, ",\"order\":{\"id\":", 15);
	if (flocktory_validate_write_text(buf, &text, &at, "id", err) == FAILURE) {
		return FAILURE;
	}

	if (flocktory_validate_number(&num, f[ORDER_PRICE], false, &at, "price", err) == FAILURE) {
		return FAILURE;
	}
	if (num.kind == NUMBER_ABSENT) {
		return php_flocktory_error_expected(err, &at, "price", FLOCKTORY_EXPECT_PRICE, f[ORDER_PRICE]);
	}
	smart_str_appendl(buf, ",\"price\":", 9);
	flocktory_validate_emit_number(buf, &num);

	if (flocktory_validate_text_unchecked(&text, f[ORDER_CUSTOM_FIELD], true, FLOCKTORY_EXPECT_STRING_OR_INT,
			&at, "custom_field", err) == FAILURE) {
		return FAILURE;
	}
	if (text.len) {
		smart_str_appendl(buf, ",\"custom_field\":", 16);
		if (flocktory_validate_write_text(buf, &text, &at, "custom_field", err) == FAILURE) {
			return FAILURE;
		}
	}

	items = f[ORDER_ITEMS];
	if (items) {
		ZVAL_DEREF(items);
	}
	if (!items || Z_TYPE_P(items) != IS_ARRAY || zend_hash_num_elements(Z_ARRVAL_P(items)) == 0) {
		return php_flocktory_error_expected(err, &at, "items", FLOCKTORY_EXPECT_ITEMS, f[ORDER_ITEMS]);
	}
	smart_str_appendl(buf, ",\"items\":[", 10);
	items_start = ZSTR_LEN(buf->s);
	list = Z_ARRVAL_P(items);
	count = zend_hash_num_elements(list);
	for (idx = 0; idx < list->nNumUsed; idx++) {
		item = flocktory_validate_slot(list, idx);
		if (Z_TYPE_P(item) == IS_UNDEF) {
			continue;
		}
		flocktory_validate_prefetch(list, idx);
		/* smart_str grows to just what each append needs, which for a long
		 * order means copying the whole snippet again and again. Instead,
		 * reserve the rest once, from the size of the first items, and grow
		 * by half whenever that guess runs out. */
		if (position == FLOCKTORY_ITEM_SAMPLE && count > 2 * FLOCKTORY_ITEM_SAMPLE) {
			size_t per_item = (ZSTR_LEN(buf->s) - items_start) / FLOCKTORY_ITEM_SAMPLE;

			php_flocktory_emit_room(buf, per_item * (count - FLOCKTORY_ITEM_SAMPLE) / 8 * 9 + FLOCKTORY_ITEM_ROOM);
		} else {
			php_flocktory_emit_room(buf, FLOCKTORY_ITEM_ROOM);
		}
		if (position > 0) {
			smart_str_appendc(buf, ',');
		}
		if (flocktory_validate_item(buf, item, position, err) == FAILURE) {
			return FAILURE;
		}
		position++;
	}
	smart_str_appendl(buf, "]}", 2);
	return SUCCESS;
}

zend_result php_flocktory_validate_snippet(smart_str *buf, HashTable *user, HashTable *order,
	const zend_string *spot, const zend_string *nonce, flocktory_error *err)
{
	static const flocktory_place argument = {NULL, -1};
	const unsigned char *spot_s = NULL;
	size_t spot_len = 0, spot_escaped = 0, bad;
	/* Checked now, reported after user, order and spot so that errors come
	 * in argument order; an invalid nonce is never written. */
	bool nonce_ok = nonce == NULL
		|| php_flocktory_nonce_scan((const unsigned char *)ZSTR_VAL(nonce), ZSTR_LEN(nonce));

	/* The fixed text, a nonce and a short user: within the first reservation. */
	php_flocktory_emit_grow(buf, 2 * FLOCKTORY_ITEM_ROOM + (nonce ? ZSTR_LEN(nonce) : 0));
	smart_str_appendl(buf, "<script type=\"text/javascript\"", 30);
	if (nonce && nonce_ok) {
		smart_str_appendl(buf, " nonce=\"", 8);
		smart_str_append(buf, (zend_string *)nonce);
		smart_str_appendc(buf, '"');
	}
	smart_str_appends(buf, ">\nwindow.flocktory = window.flocktory || [];\n"
		"window.flocktory.push([\"postcheckout\",{");

	if (flocktory_validate_user(buf, user, err) == FAILURE
		|| flocktory_validate_order(buf, order, err) == FAILURE) {
		return FAILURE;
	}
	if (spot) {
		spot_s = (const unsigned char *)ZSTR_VAL(spot);
		spot_len = ZSTR_LEN(spot);
		php_flocktory_trim(&spot_s, &spot_len);
		if (!php_flocktory_utf8_scan(spot_s, spot_len, &spot_escaped, &bad)) {
			bad += (size_t)(spot_s - (const unsigned char *)ZSTR_VAL(spot));
			return php_flocktory_error_utf8(err, &argument, "spot", spot, bad);
		}
	}
	if (spot_len) {
		smart_str_appendl(buf, ",\"spot\":", 8);
		php_flocktory_emit_string(buf, spot_s, spot_len, spot_escaped);
	}
	if (!nonce_ok) {
		zval given;

		ZVAL_STR(&given, (zend_string *)nonce);
		return php_flocktory_error_expected(err, &argument, "nonce", FLOCKTORY_EXPECT_NONCE, &given);
	}
	smart_str_appends(buf, "}]);\n</script>");
	return SUCCESS;
}
