#!/usr/bin/env bash
# A debug, thread-safe (ZTS) build of the PHP that is installed here, from
# Debian's source package, to run the extension under ZEND_DEBUG (assertions,
# the leak report) and under TSRM.
#
#   tools/debug_php.sh ensure DIR   fetch and build unless DIR already has the
#                                   build for the installed php; the last line
#                                   on stdout is its prefix, which holds
#                                   bin/php, bin/phpize and bin/php-config
#   tools/debug_php.sh fetch DIR    only download the source package
#   tools/debug_php.sh build DIR    only build and install what fetch got
#
#   prefix=$(tools/debug_php.sh ensure .dev | tail -n 1)
#
# DIR is a scratch folder (./dev passes .dev). Everything is keyed by the
# Debian version V of the installed php (e.g. 8.2.36-1~deb12u1), so an
# upgraded php8.2 gets a new build. The source built is V's, or, should the
# archive no longer serve it, the newest other 8.2.x it does (said while
# fetching, and in the prefix's .debug-php).
#   DIR/php-V-zts-debug/        the prefix; .debug-php in it says what it is
#   DIR/php-src-V/              the source package, and the tree that was built
#                               (kept: gdb finds PHP's sources there)
#   DIR/debug-php-apt/          a private apt state for the deb-src indexes,
#                               there only while fetching
#   DIR/debug-php-*.log         apt, configure, make and install output
#
# When the build is there, ensure only runs its php to check it: no network,
# no apt, no root, nothing that depends on the clock.
set -euo pipefail
# The output of dpkg-query, apt-cache and php is parsed below.
export LC_ALL=C

# --disable-all: nothing the extension and its phpt suite do not need (the
# CLI, run-tests.php, and the always-built core: standard, json, pcre with
# its bundled library and JIT, date, hash, random, reflection, spl). So no
# -dev package beyond a C toolchain.
CONFIGURE_ARGS=(--disable-all --enable-debug --enable-zts --enable-cli
    --disable-cgi --disable-phpdbg --without-pear)
STAMP=.debug-php

# Progress goes to stderr: stdout is kept for the path a caller captures.
say() { printf '==> %s\n' "$*" >&2; }
die() { printf 'debug_php: %s\n' "$*" >&2; exit 1; }

usage() {
    sed -n '2,/^set -euo/{/^set -euo/d;s/^# \{0,1\}//;p}' "$0" >&2
    exit 2
}

# Runs a command with its output in a log; on failure shows the log's end.
logged() { # log, what, command...
    local log=$1 what=$2
    shift 2
    "$@" >>"$log" 2>&1 || {
        tail -n 40 "$log" >&2
        die "$what failed (full log: $log)"
    }
}

# ---------------------------------------------------------------- the installed php

# Sets BIN_PKG, SRC_PKG, DEB_VERSION (the source version, which is the key),
# PHP_UPSTREAM and the paths under $CACHE.
read_installed() {
    local bin
    bin=$(command -v php) || die "no php on PATH: install php8.2-cli first"
    bin=$(readlink -f "$bin")
    BIN_PKG=$(dpkg-query -S "$bin" 2>/dev/null | sed -n '1s/: .*//p') || true
    [ -n "$BIN_PKG" ] || die "$bin is not from a Debian package: there is no source package to build"
    SRC_PKG=$(dpkg-query -W -f='${source:Package}' "$BIN_PKG")
    DEB_VERSION=$(dpkg-query -W -f='${source:Version}' "$BIN_PKG")
    PHP_UPSTREAM=$("$bin" -n -r 'echo PHP_VERSION;')
    # An epoch's colon has no place in a path (PATH, make, php-config).
    local key=${DEB_VERSION//:/_}
    PREFIX=$CACHE/php-$key-zts-debug
    SRC_DIR=$CACHE/php-src-$key
    APT_DIR=$CACHE/debug-php-apt
}

stamp_value() { sed -n "s/^$1=//p" "$2/$STAMP" 2>/dev/null; }

# The build for the installed php is there and works: its stamp is for this
# Debian version and these configure arguments, and its php runs as the ZTS
# debug PHP of the version it was built from.
is_built() {
    local f
    for f in php phpize php-config; do
        [ -x "$PREFIX/bin/$f" ] || return 1
    done
    [ "$(stamp_value installed "$PREFIX")" = "$DEB_VERSION" ] || return 1
    [ "$(stamp_value configure "$PREFIX")" = "${CONFIGURE_ARGS[*]}" ] || return 1
    [ "$("$PREFIX/bin/php" -n -r 'echo PHP_VERSION, PHP_ZTS ? " zts" : " nts", PHP_DEBUG ? " debug" : " release";' 2>/dev/null)" \
        = "$(stamp_value php "$PREFIX") zts debug" ]
}

# ---------------------------------------------------------------- set-up

need_packages() { # command=package (or /file=package)...
    local item cmd missing=()
    for item in "$@"; do
        cmd=${item%%=*}
        case $cmd in
            /*) [ -e "$cmd" ] || missing+=("${item#*=}") ;;
            *) command -v "$cmd" >/dev/null 2>&1 || missing+=("${item#*=}") ;;
        esac
    done
    [ ${#missing[@]} -gt 0 ] || return 0
    if [ "$(id -u)" != 0 ]; then
        die "missing packages: ${missing[*]}; install them, then run this again:
    sudo apt-get update && sudo apt-get install -y --no-install-recommends ${missing[*]}"
    fi
    say "installing ${missing[*]}"
    system_apt update
    system_apt install -y --no-install-recommends "${missing[@]}"
}

# apt-get on the machine's own state. Another apt or dpkg may be running
# (installing PHP, say): wait for its lock rather than fail.
system_apt() {
    local log=$CACHE/debug-php-apt.log try
    for try in $(seq 60); do
        if DEBIAN_FRONTEND=noninteractive apt-get -q -o DPkg::Lock::Timeout=60 "$@" >>"$log" 2>&1; then
            return 0
        fi
        grep -qE 'Could not get lock|Unable to (acquire|lock)' "$log" || break
        say "apt is busy (try $try); waiting"
        sleep 10
        : >"$log"
    done
    tail -n 40 "$log" >&2
    die "apt-get $* failed (full log: $log)"
}

# ---------------------------------------------------------------- fetch

# apt here is set up for binary packages only. The deb-src twins of its
# entries (same URIs, suites, components, Signed-By and other options) go in
# a private apt state under $APT_DIR: that needs no root, leaves the
# machine's sources and lists alone (no Sources index on every later
# apt-get update) and takes no lock another apt could be holding.
write_deb_src() {
    local sourcelist sourceparts
    eval "$(apt-config shell sourcelist Dir::Etc::sourcelist/f sourceparts Dir::Etc::sourceparts/d)"
    rm -rf "${APT_DIR:?}/etc"
    mkdir -p "$APT_DIR/etc/sources.list.d" "$APT_DIR/lists/partial" "$APT_DIR/cache"
    # One-line format: "deb [options] uri suite components".
    cat "$sourcelist" "$sourceparts"*.list 2>/dev/null \
        | sed -n 's/^[[:space:]]*deb[[:space:]]\{1,\}/deb-src /p' >"$APT_DIR/etc/sources.list" || true
    # deb822 format: each enabled stanza whose Types has deb, as deb-src.
    # Other fields are copied whole, continuation lines (an inline key) too.
    local parts=("$sourceparts"*.sources)
    [ -e "${parts[0]}" ] || parts=()
    awk '
        function flush() {
            if (n && deb && enabled) {
                print "Types: deb-src"
                for (i = 1; i <= n; i++) print lines[i]
                print ""
            }
            n = 0; deb = 0; enabled = 1; field = ""
        }
        FNR == 1 { flush() }
        /^#/ { next }
        /^[ \t]*$/ { flush(); next }
        /^[^ \t]/ {
            field = tolower($0); sub(/:.*/, "", field)
            value = $0; sub(/^[^:]*:[ \t]*/, "", value)
            if (field == "types") { deb = (" " value " ") ~ /[ \t]deb[ \t]/; next }
            if (field == "enabled") enabled = (tolower(value) !~ /^no/)
        }
        field != "types" { lines[++n] = $0 }
        END { flush() }
    ' "${parts[@]}" /dev/null >"$APT_DIR/etc/sources.list.d/deb-src.sources"
    [ -s "$APT_DIR/etc/sources.list" ] || [ -s "$APT_DIR/etc/sources.list.d/deb-src.sources" ] \
        || die "no 'deb' entry in $sourcelist or $sourceparts to derive a deb-src one from"
}

private_apt() { # apt-get or apt-cache, then its arguments
    local tool=$1
    shift
    "$tool" -o Dir::Etc::SourceList="$APT_DIR/etc/sources.list" \
        -o Dir::Etc::SourceParts="$APT_DIR/etc/sources.list.d" \
        -o Dir::State::Lists="$APT_DIR/lists" -o Dir::Cache="$APT_DIR/cache" "$@"
}

# The source versions to try, best first: the installed one, then (should the
# archive no longer serve it) the others of the same PHP minor, newest first.
# Any 8.2.x has the same API and ABI, and the extension is built against the
# debug PHP's own headers, so a near patch release still does the job.
candidate_versions() {
    local minor=${PHP_UPSTREAM%.*} v sorted=() i
    private_apt apt-cache showsrc --only-source "$SRC_PKG" 2>/dev/null \
        | sed -n 's/^Version: //p' >"$APT_DIR/versions"
    while read -r v; do
        [ "$v" != "$DEB_VERSION" ] || continue
        case ${v#*:} in "$minor".*) ;; *) continue ;; esac
        # Insertion sort, newest first, in dpkg's order (~ sorts low).
        for ((i = ${#sorted[@]}; i > 0; i--)); do
            dpkg --compare-versions "${sorted[i - 1]}" ge "$v" && break
            sorted[i]=${sorted[i - 1]}
        done
        sorted[i]=$v
    done < <(sort -u "$APT_DIR/versions")
    if grep -qxF "$DEB_VERSION" "$APT_DIR/versions"; then
        echo "$DEB_VERSION"
    fi
    [ ${#sorted[@]} -eq 0 ] || printf '%s\n' "${sorted[@]}"
}

is_fetched() { [ -s "$SRC_DIR/source-version" ]; }

cmd_fetch() {
    if is_fetched; then
        say "have the $SRC_PKG $(cat "$SRC_DIR/source-version") source package"
        return 0
    fi
    need_packages apt-get=apt dpkg-query=dpkg
    local log=$CACHE/debug-php-fetch.log versions v tmp got=
    : >"$log"
    write_deb_src
    say "apt-get update (deb-src only, private lists in $APT_DIR)"
    # Not fatal by itself: an unrelated repository without sources may fail.
    private_apt apt-get -q update >>"$log" 2>&1 || true
    mapfile -t versions < <(candidate_versions)
    [ ${#versions[@]} -gt 0 ] || {
        tail -n 20 "$log" >&2
        die "no deb-src index offers $SRC_PKG ${PHP_UPSTREAM%.*}.x (full log: $log)"
    }
    for v in "${versions[@]}"; do
        say "apt-get source --download-only $SRC_PKG=$v"
        tmp=$(mktemp -d "$CACHE/.debug-php-fetch.XXXXXX")
        # apt downloads as its _apt user when run as root.
        if [ "$(id -u)" = 0 ] && id _apt >/dev/null 2>&1; then
            chown _apt "$tmp"
        fi
        if (cd "$tmp" && private_apt apt-get -q source --download-only "$SRC_PKG=$v") >>"$log" 2>&1 \
            && compgen -G "$tmp/${SRC_PKG}_*.orig.tar.*" >/dev/null; then
            got=$v
            break
        fi
        grep -E '^(E|Err):' "$log" | tail -n 4 | sed 's/^/    /' >&2
        rm -rf "$tmp"
    done
    [ -n "$got" ] || die "no version of $SRC_PKG could be downloaded (full log: $log)"
    if [ "$got" != "$DEB_VERSION" ]; then
        say "note: the archive no longer serves $SRC_PKG $DEB_VERSION; using $got instead"
    fi
    # Written last, moved in whole: a killed fetch leaves no half source dir.
    echo "$got" >"$tmp/source-version"
    chmod 755 "$tmp"
    rm -rf "$SRC_DIR"
    mv "$tmp" "$SRC_DIR"
    # The indexes (some 20 MB) would be stale by the next fetch anyway.
    rm -rf "$APT_DIR"
    hand_over "$SRC_DIR" "$log"
}

# ---------------------------------------------------------------- build

# Builds the plain upstream tarball (Debian's .orig), not the tree with
# Debian's patches applied: those patch the build system (libtool, phpize,
# configure.ac: buildconf, autoconf and libtool would be needed again) and
# the runtime (system timezone database, multiarch paths) for Debian's own
# packaging, none of which a minimal debug PHP for testing an extension
# wants. The tarball ships configure and the generated parsers and scanners,
# so no bison, re2c or autoconf either.
cmd_build() {
    is_fetched || die "no source package in $SRC_DIR: run '$0 fetch $CACHE' first"
    need_packages cc=gcc make=make tar=tar xz=xz-utils /usr/include/stdio.h=libc6-dev
    local version tarball tree stage log=$CACHE/debug-php-build.log
    version=$(cat "$SRC_DIR/source-version")
    tarball=$(compgen -G "$SRC_DIR/${SRC_PKG}_*.orig.tar.*" | grep -v '\.asc$' | head -n 1) || true
    [ -n "$tarball" ] || die "no orig tarball in $SRC_DIR"
    : >"$log"
    say "unpacking $(basename "$tarball")"
    find "$SRC_DIR" -mindepth 1 -maxdepth 1 -type d -exec rm -rf {} +
    logged "$log" "unpacking" tar -xf "$tarball" -C "$SRC_DIR"
    tree=$(find "$SRC_DIR" -mindepth 1 -maxdepth 1 -type d | head -n 1)
    [ -x "$tree/configure" ] || die "$tarball has no configure script"
    say "configure ${CONFIGURE_ARGS[*]} --prefix=$PREFIX"
    (cd "$tree" && logged "$log" "configure" ./configure "${CONFIGURE_ARGS[@]}" --prefix="$PREFIX")
    say "make -j$(nproc) (a few minutes; log: $log)"
    (cd "$tree" && logged "$log" "make" make -j"$(nproc)")
    # Installed for the final prefix (it is compiled into php-config and
    # phpize) but into a stage first, then moved in whole: a killed build
    # leaves no prefix that looks complete.
    stage=$(mktemp -d "$CACHE/.debug-php-stage.XXXXXX")
    say "make install"
    (cd "$tree" && logged "$log" "make install" make install INSTALL_ROOT="$stage")
    local php_version
    php_version=$("$stage$PREFIX/bin/php" -n -r 'echo PHP_VERSION;')
    printf 'installed=%s\nsource=%s\nphp=%s\nconfigure=%s\n' \
        "$DEB_VERSION" "$version" "$php_version" "${CONFIGURE_ARGS[*]}" >"$stage$PREFIX/$STAMP"
    rm -rf "$PREFIX"
    mv "$stage$PREFIX" "$PREFIX"
    rm -rf "$stage"
    is_built || die "the new build in $PREFIX does not run as a ZTS debug PHP $php_version (log: $log)"
    hand_over "$PREFIX" "$SRC_DIR" "$log"
    say "built PHP $php_version (ZTS, debug) from $SRC_PKG $version"
}

# As root, give what was made to the folder's owner: after a sudo run in
# someone's scratch folder their own runs can use and replace it, and no
# file stays with the _apt user that downloaded it.
hand_over() {
    [ "$(id -u)" = 0 ] || return 0
    chown -R --reference="$CACHE" "$@"
}

# ---------------------------------------------------------------- main

[ $# -eq 2 ] || usage
cmd=$1
case $cmd in ensure | fetch | build) ;; *) usage ;; esac
mkdir -p "$2"
CACHE=$(cd "$2" && pwd -P)
read_installed

# The fast path: nothing but running the built php.
if [ "$cmd" != fetch ] && is_built; then
    printf '%s\n' "$PREFIX"
    exit 0
fi

# One fetch or build at a time in a folder; a second waits, then finds the
# work done. What a killed run left half-made goes.
exec 9>"$CACHE/.debug-php.lock"
flock 9
hand_over "$CACHE/.debug-php.lock"
rm -rf "$CACHE"/.debug-php-fetch.* "$CACHE"/.debug-php-stage.*
case $cmd in
    fetch)
        cmd_fetch
        printf '%s\n' "$SRC_DIR"
        ;;
    ensure)
        is_built || { cmd_fetch; cmd_build; }
        printf '%s\n' "$PREFIX"
        ;;
    build)
        is_built || cmd_build
        printf '%s\n' "$PREFIX"
        ;;
esac
