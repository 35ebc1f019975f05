# Included only with --enable-flocktory-dev: regenerates the committed scanners.
FLOCKTORY_RE2C_FLAGS = --no-generation-date --no-debug-info -W -I $(srcdir)

$(srcdir)/flocktory_utf8.c: $(srcdir)/flocktory_utf8.re $(srcdir)/flocktory_scan.re2c
	$(RE2C) $(FLOCKTORY_RE2C_FLAGS) -o $@ $(srcdir)/flocktory_utf8.re

$(srcdir)/flocktory_email.c: $(srcdir)/flocktory_email.re $(srcdir)/flocktory_scan.re2c
	$(RE2C) $(FLOCKTORY_RE2C_FLAGS) -o $@ $(srcdir)/flocktory_email.re

$(srcdir)/flocktory_decimal.c: $(srcdir)/flocktory_decimal.re $(srcdir)/flocktory_scan.re2c
	$(RE2C) $(FLOCKTORY_RE2C_FLAGS) -o $@ $(srcdir)/flocktory_decimal.re

$(srcdir)/flocktory_token.c: $(srcdir)/flocktory_token.re $(srcdir)/flocktory_scan.re2c
	$(RE2C) $(FLOCKTORY_RE2C_FLAGS) -o $@ $(srcdir)/flocktory_token.re
