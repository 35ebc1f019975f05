/*
 * flocktory - Flocktory postcheckout snippets for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 */

#ifndef PHP_FLOCKTORY_VALIDATE_H
#define PHP_FLOCKTORY_VALIDATE_H

#include "php.h"
#include "zend_smart_str.h"
#include "php_flocktory_error.h"

/* Validates the arguments of flocktory_postcheckout() and writes the whole
 * <script> element into buf. On FAILURE, err describes the first invalid
 * field (checked in argument order) and buf holds a partial snippet that
 * the caller must free and never return. */
/* Once, in MINIT: the hashes of the contract's keys. */
void php_flocktory_validate_startup(void);

zend_result php_flocktory_validate_snippet(smart_str *buf, HashTable *user, HashTable *order,
	const zend_string *spot, const zend_string *nonce, flocktory_error *err);

#endif
