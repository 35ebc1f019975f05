/*
 * flocktory - Flocktory snippets for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * The escaper of every output context, Zend-free so it can be fuzzed alone.
 * A context is a generated table (tools/gen_escape_table.php): what each
 * byte becomes, and the few characters escaped whole.
 */

#ifndef PHP_FLOCKTORY_ESCAPE_H
#define PHP_FLOCKTORY_ESCAPE_H

#include <stdbool.h>
#include <stddef.h>

/* A character escaped whole (NUL-terminated UTF-8) and its escape. */
typedef struct {
	unsigned char utf8[5];
	char escape[7];
} flocktory_escape_whole;

typedef struct {
	const unsigned char *width;	/* [256]: 1 copied, 2-6 escaped, 0 may start a whole escape */
	const char (*escape)[7];	/* [128]: the escape of each ASCII byte wider than 1 */
	const flocktory_escape_whole *whole;
	size_t whole_count;
} flocktory_escape_context;

/* Text inside a JSON string in an HTML <script> element. */
extern const flocktory_escape_context php_flocktory_escape_script;

/* A double-quoted HTML attribute value. U+0000 is copied: callers refuse it
 * first, since no escape survives the parser. */
extern const flocktory_escape_context php_flocktory_escape_attr;

/* The worst case of an escaped string: six bytes a byte. */
#define FLOCKTORY_ESCAPE_ROOM(len) (6 * (len))

/* When the len bytes at p (at least 1, valid UTF-8) start with a character
 * that ctx escapes whole: its escape and, in *n, that character's length. */
const char *php_flocktory_escape_whole(const flocktory_escape_context *ctx,
	const unsigned char *p, size_t len, size_t *n);

/* Writes s escaped for ctx into dst, which has room for
 * php_flocktory_escaped_len() bytes (at most FLOCKTORY_ESCAPE_ROOM(len)),
 * and returns the end; or, when s is not well-formed UTF-8, returns NULL
 * with *bad the offset of the first byte that starts no character. */
char *php_flocktory_escape(const flocktory_escape_context *ctx, char *dst, const unsigned char *s, size_t len,
	size_t *bad);

/* php_flocktory_escape() for one context, named so that callers that
 * know theirs call it directly. */
char *php_flocktory_escape_script_text(char *dst, const unsigned char *s, size_t len, size_t *bad);
char *php_flocktory_escape_attr_text(char *dst, const unsigned char *s, size_t len, size_t *bad);

/* The length of s once escaped for ctx, when it is UTF-8. */
size_t php_flocktory_escaped_len(const flocktory_escape_context *ctx, const unsigned char *s, size_t len);

#endif
