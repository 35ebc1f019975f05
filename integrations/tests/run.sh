#!/usr/bin/env bash
# The frameworks tier: the Twig and Blade adapters rendered by the real
# engines, as Debian ships them (Twig 3.5 and Illuminate 8.83 from bookworm,
# Laravel 10.48 from trixie, Twig 3.30 from sid), on each edition, then one
# Chromium check of a Twig page and a Blade page under a strict nonce CSP.
# The engines are fetched once into .dev/frameworks (fetch.php) and reused.
# Prints a line per engine and edition, e.g.
#   frameworks: twig 3.5.1 (ext): 8 passed, 0 failed
# and closes with "N passed, F failed"; exits non-zero on any failure.
#
# env: FLOCKTORY_EXT (default modules/flocktory.so of this checkout), PHP (php),
#      CHROMIUM (chromium), FLOCKTORY_EDITIONS ("ext php": which editions to run;
#      php is the PHP edition, polyfill/bootstrap.php without the extension),
#      FLOCKTORY_DEBIAN_MIRROR (default: the URI of apt's own Debian entry)
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
EXT=${FLOCKTORY_EXT:-$root/modules/flocktory.so}
PHP=${PHP:-php}
CHROMIUM=${CHROMIUM:-chromium}
EDITIONS=${FLOCKTORY_EDITIONS:-ext php}
DIR=$root/.dev/frameworks
SETS=(twig-bookworm twig-sid illuminate-bookworm laravel-trixie)
BROWSER_SETS=" twig-sid laravel-trixie "   # the newest of each engine renders the browser pages

die() { echo "frameworks: $*" >&2; exit 2; }
[ -f "$EXT" ] || die "no extension at $EXT (set FLOCKTORY_EXT)"

# The first non-security URI of apt's own sources (as ./dev's debian_mirror()).
mirror() {
    [ -n "${FLOCKTORY_DEBIAN_MIRROR:-}" ] && { echo "$FLOCKTORY_DEBIAN_MIRROR"; return; }
    awk 'BEGIN { RS = ""; FS = "\n" } /\nSuites:/ && !/Suites:[^\n]*-security/ {
        for (i = 1; i <= NF; i++) if ($i ~ /^URIs:/) { split($i, w, /[ \t]+/); print w[2]; exit } }' \
        /etc/apt/sources.list.d/debian.sources 2>/dev/null | grep . \
        || awk '$1 == "deb" && $3 !~ /-security/ { for (i = 2; i <= NF; i++) if ($i ~ /:\/\//) { print $i; exit } }' \
            /etc/apt/sources.list 2>/dev/null | grep .
}

for set in "${SETS[@]}"; do
    if [ ! -f "$DIR/$set/manifest.json" ]; then
        m=$(mirror) || die "cannot read a Debian mirror from apt's sources"
        "$PHP" -n "$here/fetch.php" "$DIR" "$m" || die "the engines could not be fetched"
        break
    fi
done

# The -d extension= options for a set: what its packages need from PHP,
# loaded from the host's own phpX.Y-* packages (php -n loads nothing else).
version=$("$PHP" -n -r 'echo PHP_MAJOR_VERSION, ".", PHP_MINOR_VERSION;')
builtin=" $("$PHP" -n -m | tr 'A-Z\n' 'a-z ') "
extension_options() { # set
    local ext so
    for ext in $("$PHP" -n -r 'echo implode(" ", json_decode(file_get_contents($argv[1]), true)["extensions"]);' \
            "$DIR/$1/manifest.json"); do
        [[ $builtin == *" $ext "* ]] && continue
        if ! dpkg -L "php$version-$ext" >/dev/null 2>&1; then
            echo "frameworks: note: $1 lists php-$ext, and this PHP has no php$version-$ext: not loaded" >&2
            continue
        fi
        for so in $(dpkg -L "php$version-$ext" | grep '\.so$'); do
            so=$(basename "$so" .so)
            [[ $builtin == *" $so "* ]] || printf -- '-d\nextension=%s\n' "$so"
        done
    done
}

work=$(mktemp -d)
server=
cleanup() {
    [ -n "$server" ] && { kill -TERM -- "-$server" 2>/dev/null; wait "$server" 2>/dev/null; }
    rm -rf "$work"
}
trap cleanup EXIT
mkdir -p "$work/pages"

passed=0 failed=0
count() { # log, what
    local line
    line=$(grep -E '^frameworks: .*: [0-9]+ passed, [0-9]+ failed$' "$1" | tail -n 1)
    if [ -z "$line" ]; then
        echo "frameworks: $2: no result"
        tail -n 20 "$1"
        failed=$((failed + 1))
        return
    fi
    grep -v -e '^frameworks: .*: [0-9]* passed, [0-9]* failed$' "$1"
    echo "$line"
    [[ $line =~ ([0-9]+)\ passed,\ ([0-9]+)\ failed$ ]]
    passed=$((passed + BASH_REMATCH[1]))
    failed=$((failed + BASH_REMATCH[2]))
}

for set in "${SETS[@]}"; do
    engine=twig
    [[ $set == twig-* ]] || engine=blade
    mapfile -t exts < <(extension_options "$set")
    for edition in $EDITIONS; do
        log="$work/$set-$edition.log"
        pages=()
        case $edition in
            ext)
                [[ $BROWSER_SETS == *" $set "* ]] && pages=("$work/pages")
                "$PHP" -n -d "extension=$EXT" "${exts[@]}" -d "include_path=$DIR/$set/root/usr/share/php" \
                    "$here/engines.php" "$engine" ext "$work" "${pages[@]}" >"$log" 2>&1
                ;;
            php)
                if [ ! -f "$root/polyfill/bootstrap.php" ]; then
                    echo "frameworks: $set (PHP edition): not run: polyfill/bootstrap.php does not exist yet (issue 23)"
                    continue
                fi
                "$PHP" -n "${exts[@]}" -d "include_path=$DIR/$set/root/usr/share/php" \
                    "$here/engines.php" "$engine" php "$work" >"$log" 2>&1
                ;;
            *) die "unknown edition '$edition' (have ext, php)" ;;
        esac
        count "$log" "$set ($edition)"
    done
done

# Chromium: each page must run its snippets (window.flocktory gets the
# pushes) and nothing else: no script without the nonce, no inline handler.
if [[ " $EDITIONS " == *" ext "* ]]; then
    command -v "$CHROMIUM" >/dev/null 2>&1 || die "no $CHROMIUM (apt-get install -y chromium)"
    port=$("$PHP" -n -r '$s = stream_socket_server("tcp://127.0.0.1:0"); echo substr(strrchr(stream_socket_get_name($s, false), ":"), 1);')
    FLOCKTORY_PAGES="$work/pages" setsid "$PHP" -n -S "127.0.0.1:$port" "$here/csp_router.php" >"$work/server.log" 2>&1 &
    server=$!
    for _ in $(seq 100); do
        "$PHP" -n -r 'exit(@fsockopen("127.0.0.1", (int) $argv[1]) ? 0 : 1);' "$port" && break
        sleep 0.1
    done
    for page in twig blade; do
        if [ ! -f "$work/pages/$page.html" ]; then
            echo "frameworks: chromium, $page page: not rendered"
            failed=$((failed + 1))
            continue
        fi
        profile=$(mktemp -d "$work/profile.XXXXXX")
        # No network: every host but 127.0.0.1 fails to resolve (the loader's too).
        timeout 60 "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-background-networking \
            --disable-component-update --disable-sync --no-first-run --no-default-browser-check \
            --disable-extensions --disable-dev-shm-usage --user-data-dir="$profile" \
            --host-resolver-rules='MAP * ~NOTFOUND, EXCLUDE 127.0.0.1' --dump-dom \
            "http://127.0.0.1:$port/$page.html" >"$work/$page.dom" 2>"$work/$page.err"
        verdict=$(sed -n 's/.*<pre id="verdict"[^>]*>\([^<]*\)<\/pre>.*/\1/p' "$work/$page.dom" | sed 's/&quot;/"/g; s/&amp;/\&/g; s/&lt;/</g; s/&gt;/>/g')
        echo "frameworks: chromium, strict nonce CSP, $page page: ${verdict:-no verdict}"
        if [[ $verdict == PASS* ]]; then
            passed=$((passed + 1))
        else
            failed=$((failed + 1))
            grep -v -e dbus -e '^$' "$work/$page.err" | tail -n 5
        fi
    done
fi

# The package itself; composer 2.5 (bookworm) and newer.
if command -v composer >/dev/null 2>&1; then
    if COMPOSER_ALLOW_SUPERUSER=1 composer validate --strict --no-interaction --no-check-publish -d "$root/integrations" >"$work/composer.log" 2>&1; then
        echo "frameworks: integrations/composer.json: composer validate --strict ($(composer --version 2>/dev/null | awk '{ print $3 }')): valid"
        passed=$((passed + 1))
    else
        echo "frameworks: integrations/composer.json: composer validate --strict failed:"
        cat "$work/composer.log"
        failed=$((failed + 1))
    fi
else
    echo "frameworks: integrations/composer.json: not run: no composer (apt-get install -y composer)"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
