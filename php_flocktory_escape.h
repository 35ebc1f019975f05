/*
 * flocktory - Flocktory postcheckout snippets for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * The JSON-in-HTML string writer, Zend-free so it can be fuzzed alone.
 */

#ifndef PHP_FLOCKTORY_ESCAPE_H
#define PHP_FLOCKTORY_ESCAPE_H

#include <stddef.h>

/* Writes s escaped for a JSON string inside an HTML <script> element into
 * dst, which has room for the escaped length php_flocktory_utf8_scan()
 * measured; returns the end of what it wrote. s must be well-formed UTF-8. */
char *php_flocktory_escape_write(char *dst, const unsigned char *s, size_t len);

#endif
