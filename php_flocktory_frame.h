/*
 * flocktory - Flocktory snippets for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Framing: the fixed text that opens and closes each kind of snippet, and
 * the CSP nonce, the one argument that reaches an attribute unescaped.
 */

#ifndef PHP_FLOCKTORY_FRAME_H
#define PHP_FLOCKTORY_FRAME_H

#include "php.h"
#include "zend_smart_str.h"
#include "php_flocktory_error.h"

/* What a script snippet is written as; the stub registers these values as
 * FLOCKTORY_ELEMENT, FLOCKTORY_JS and FLOCKTORY_JSON. */
typedef enum {
	FLOCKTORY_FORM_ELEMENT = 0,	/* the <script> element */
	FLOCKTORY_FORM_JS = 1,		/* its body: the queue and the push */
	FLOCKTORY_FORM_JSON = 2,	/* the push's argument, ["EVENT",{...}] */
} flocktory_form;

/* Whether nonce (NULL: none) may be written as it is. */
bool php_flocktory_frame_nonce_ok(const zend_string *nonce);

/* The error for a nonce that php_flocktory_frame_nonce_ok() refused. */
zend_result php_flocktory_frame_nonce_error(flocktory_error *err, const zend_string *nonce);

/* <script type="text/javascript"[ nonce="N"]>, the queue, and
 * window.flocktory.push(["EVENT", — the payload follows. The JS form leaves
 * out the opening tag, the JSON form everything before ["EVENT",. nonce
 * must be NULL or accepted, and NULL unless the form is the element. */
void php_flocktory_frame_script_open(smart_str *buf, flocktory_form form, const char *event,
	const zend_string *nonce);

/* ]); and </script> after the payload, or as much of them as form has. */
void php_flocktory_frame_script_close(smart_str *buf, flocktory_form form);

/* <div class="i-flocktory" and, unless action is NULL,
 * data-fl-action="ACTION"; the attributes follow. */
void php_flocktory_frame_tag_open(smart_str *buf, const char *action);

/* ></div>, after the attributes. */
void php_flocktory_frame_tag_close(smart_str *buf);

/* The whole loader element: <script type="text/javascript"
 * src="https://api.flocktory.com/v2/loader.js?site_id=ID" async="async"
 * [ nonce="N"]></script>. nonce must be NULL or accepted. */
void php_flocktory_frame_loader(smart_str *buf, zend_long site_id, const zend_string *nonce);

#endif
