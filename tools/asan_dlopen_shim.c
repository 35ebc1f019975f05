/*
 * flocktory - test helper, not part of the extension.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * PHP loads extensions with RTLD_DEEPBIND, which the sanitizer runtime
 * refuses (google/sanitizers#611). For ./dev test's ASan/UBSan tier this
 * library, preloaded before the runtime, drops that one flag and passes
 * every dlopen() on unchanged otherwise.
 */

#define _GNU_SOURCE
#include <dlfcn.h>

void *dlopen(const char *file, int flags)
{
	static void *(*next)(const char *, int);

	if (!next) {
		next = (void *(*)(const char *, int))dlsym(RTLD_NEXT, "dlopen");
	}
	return next(file, flags & ~RTLD_DEEPBIND);
}
