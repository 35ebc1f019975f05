/*
 * flocktory - Flocktory postcheckout snippets for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 */

#ifndef PHP_FLOCKTORY_H
#define PHP_FLOCKTORY_H

extern zend_module_entry flocktory_module_entry;
#define phpext_flocktory_ptr &flocktory_module_entry

#define PHP_FLOCKTORY_VERSION "0.1.0"

#if defined(ZTS) && defined(COMPILE_DL_FLOCKTORY)
ZEND_TSRMLS_CACHE_EXTERN()
#endif

#endif
