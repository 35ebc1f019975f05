dnl config.m4 for the flocktory extension

PHP_ARG_ENABLE([flocktory],
  [whether to enable flocktory support],
  [AS_HELP_STRING([--enable-flocktory], [Enable flocktory support])],
  [no])

PHP_ARG_ENABLE([flocktory-dev],
  [whether to regenerate the flocktory scanners from their re2c sources],
  [AS_HELP_STRING([--enable-flocktory-dev],
    [flocktory: regenerate the scanners (*.re) with re2c; only for developers])],
  [no],
  [no])

if test "$PHP_FLOCKTORY" != "no"; then
  dnl Only get_module() is for the engine.
  FLOCKTORY_CFLAGS="-DZEND_ENABLE_STATIC_TSRMLS_CACHE=1"
  AX_CHECK_COMPILE_FLAG([-fvisibility=hidden],
    [FLOCKTORY_CFLAGS="$FLOCKTORY_CFLAGS -fvisibility=hidden"])

  PHP_NEW_EXTENSION(flocktory, m4_normalize([
    flocktory.c
    flocktory_snippet.c
    flocktory_frame.c
    flocktory_fields.c
    flocktory_writer.c
    flocktory_error.c
    flocktory_escape.c
    flocktory_utf8.c
    flocktory_email.c
    flocktory_decimal.c
    flocktory_formats.c
  ]), $ext_shared,, $FLOCKTORY_CFLAGS)

  dnl The generated scanners are committed, so a PECL or PIE install needs no re2c.
  if test "$PHP_FLOCKTORY_DEV" != "no"; then
    PHP_PROG_RE2C([3.0])
    PHP_ADD_MAKEFILE_FRAGMENT
  fi
fi
