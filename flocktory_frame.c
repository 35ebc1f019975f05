/*
 * flocktory - Flocktory snippets for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Opens and closes snippets. A script snippet is the element Flocktory
 * documents: the queue is created if the loader has not run yet, and the
 * event is pushed onto it, so the order of the two on the page does not
 * matter. It may also be written as that element's body (the JS form) or
 * as the push's argument alone (the JSON form). A tag snippet is the
 * <div class="i-flocktory"> that Flocktory's loader reads its data-fl-*
 * attributes from.
 * The loader is the one snippet without a payload.
 */

#include "php.h"
#include "php_flocktory_frame.h"
#include "php_flocktory_scan.h"

#define FLOCKTORY_LOADER_OPEN \
	"<script type=\"text/javascript\" src=\"https://api.flocktory.com/v2/loader.js?site_id="

#define FLOCKTORY_EXPECT_NONCE "a CSP nonce: 1 to 256 of A-Z a-z 0-9 + / - _, then at most two ="

bool php_flocktory_frame_nonce_ok(const zend_string *nonce)
{
	return nonce == NULL || php_flocktory_nonce_scan((const unsigned char *)ZSTR_VAL(nonce), ZSTR_LEN(nonce));
}

zend_result php_flocktory_frame_nonce_error(flocktory_error *err, const zend_string *nonce)
{
	zval given;

	ZVAL_STR(&given, (zend_string *)nonce);
	return php_flocktory_error_expected(err, NULL, "nonce", FLOCKTORY_EXPECT_NONCE, &given);
}

/* Each form is the element's text with its outer layers left out, never
 * written separately: the JS runs exactly what the element runs and the
 * JSON is exactly what it pushes. (A CSP hash of the element also covers
 * the newline on each side of the JS.) */
#define FLOCKTORY_SCRIPT_TAG "<script type=\"text/javascript\""
#define FLOCKTORY_SCRIPT_NONCE " nonce=\""
#define FLOCKTORY_SCRIPT_QUEUE "window.flocktory = window.flocktory || [];\nwindow.flocktory.push("

static char *flocktory_frame_put(char *p, const char *s, size_t len)
{
	memcpy(p, s, len);
	return p + len;
}

void php_flocktory_frame_script_open(smart_str *buf, flocktory_form form, const char *event,
	const zend_string *nonce)
{
	size_t event_len = strlen(event);
	bool element = form == FLOCKTORY_FORM_ELEMENT, queue = form != FLOCKTORY_FORM_JSON;
	/* Measured first, so that it is one reservation rather than one a piece:
	 * ./dev bench, 1% of a small function. */
	char *p = smart_str_extend(buf, (element ? sizeof(FLOCKTORY_SCRIPT_TAG ">\n") - 1 : 0)
		+ (element && nonce ? sizeof(FLOCKTORY_SCRIPT_NONCE "\"") - 1 + ZSTR_LEN(nonce) : 0)
		+ (queue ? sizeof(FLOCKTORY_SCRIPT_QUEUE) - 1 : 0) + sizeof("[\"\",") - 1 + event_len);

	if (element) {
		p = flocktory_frame_put(p, FLOCKTORY_SCRIPT_TAG, sizeof(FLOCKTORY_SCRIPT_TAG) - 1);
		if (nonce) {
			/* The grammar has no quote, no space and nothing to escape. */
			p = flocktory_frame_put(p, FLOCKTORY_SCRIPT_NONCE, sizeof(FLOCKTORY_SCRIPT_NONCE) - 1);
			p = flocktory_frame_put(p, ZSTR_VAL(nonce), ZSTR_LEN(nonce));
			*p++ = '"';
		}
		p = flocktory_frame_put(p, ">\n", 2);
	}
	if (queue) {
		p = flocktory_frame_put(p, FLOCKTORY_SCRIPT_QUEUE, sizeof(FLOCKTORY_SCRIPT_QUEUE) - 1);
	}
	p = flocktory_frame_put(p, "[\"", 2);
	php_flocktory_copy_short(p, event, event_len);
	flocktory_frame_put(p + event_len, "\",", 2);
}

void php_flocktory_frame_script_close(smart_str *buf, flocktory_form form)
{
	smart_str_appendc(buf, ']');
	if (form != FLOCKTORY_FORM_JSON) {
		smart_str_appendl(buf, ");", 2);
	}
	if (form == FLOCKTORY_FORM_ELEMENT) {
		smart_str_appendl(buf, "\n</script>", sizeof("\n</script>") - 1);
	}
}

void php_flocktory_frame_tag_open(smart_str *buf, const char *action)
{
	smart_str_appendl(buf, "<div class=\"i-flocktory\"", sizeof("<div class=\"i-flocktory\"") - 1);
	if (action) {
		/* Our own constants: nothing to escape. */
		smart_str_appendl(buf, " data-fl-action=\"", sizeof(" data-fl-action=\"") - 1);
		smart_str_appends(buf, action);
		smart_str_appendc(buf, '"');
	}
}

void php_flocktory_frame_tag_close(smart_str *buf)
{
	smart_str_appendl(buf, "></div>", sizeof("></div>") - 1);
}

void php_flocktory_frame_loader(smart_str *buf, zend_long site_id, const zend_string *nonce)
{
	smart_str_appendl(buf, FLOCKTORY_LOADER_OPEN, sizeof(FLOCKTORY_LOADER_OPEN) - 1);
	smart_str_append_long(buf, site_id);
	smart_str_appendl(buf, "\" async=\"async\"", sizeof("\" async=\"async\"") - 1);
	if (nonce) {
		smart_str_appendl(buf, " nonce=\"", sizeof(" nonce=\"") - 1);
		smart_str_append(buf, (zend_string *)nonce);
		smart_str_appendc(buf, '"');
	}
	smart_str_appendl(buf, "></script>", sizeof("></script>") - 1);
}
