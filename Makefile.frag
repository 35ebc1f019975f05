# Included only with --enable-flocktory-dev: regenerates the committed
# scanners. ./dev and fuzz/run.sh read the two lists below from here.
FLOCKTORY_SCANNERS = flocktory_utf8 flocktory_email flocktory_decimal flocktory_formats
FLOCKTORY_RE2C_FLAGS = --no-generation-date --no-debug-info -W

$(srcdir)/flocktory_%.c: $(srcdir)/flocktory_%.re $(srcdir)/flocktory_scan.re2c
	$(RE2C) $(FLOCKTORY_RE2C_FLAGS) -I $(srcdir) -o $@ $<
