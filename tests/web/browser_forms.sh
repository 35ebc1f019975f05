#!/usr/bin/env bash
# The forms pages of the browser tier (issue 20), in headless Chromium:
#   js     the FLOCKTORY_JS text in the page's own <script nonce> pushes what the element pushes
#   fetch  the FLOCKTORY_JSON text from a php -S endpoint, fetched and pushed by the page
#   hash   frames whose CSP lists only one sha256-: the element runs under its
#          hash, and not with one byte of its data changed
# Each page's checker (www/forms_checker.js) compares every push with the
# userland twin's data. Prints one "browser tier: forms …" line a page and
# exits non-zero when a page fails or gives no verdict.
#
# env: FLOCKTORY_EXT (default ../../modules/flocktory.so), PHP (default php),
#      CHROMIUM (default chromium)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
EXT=${FLOCKTORY_EXT:-$here/../../modules/flocktory.so}
PHP=${PHP:-php}
CHROMIUM=${CHROMIUM:-chromium}

die() { echo "browser tier: forms: $*" >&2; exit 2; }
[ -f "$EXT" ] || die "no extension at $EXT (set FLOCKTORY_EXT)"
command -v "$CHROMIUM" >/dev/null 2>&1 || die "no $CHROMIUM (apt-get install -y chromium)"
command -v setsid >/dev/null 2>&1 || die "no setsid (util-linux)"

work=$(mktemp -d)
server=
cleanup() {
    if [ -n "$server" ]; then
        kill -TERM -- "-$server" 2>/dev/null || true
        wait "$server" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# A free port, and the server in its own process group, killed on exit.
port=$("$PHP" -n -r '$s = stream_socket_server("tcp://127.0.0.1:0"); echo substr(strrchr(stream_socket_get_name($s, false), ":"), 1);')
PHP_CLI_SERVER_WORKERS=2 setsid "$PHP" -n -d "extension=$EXT" -d error_reporting=-1 -d display_errors=1 -d log_errors=1 \
    -S "127.0.0.1:$port" -t "$here/www" >"$work/server.log" 2>&1 &
server=$!
for _ in $(seq 100); do
    "$PHP" -n -r 'exit(@fsockopen("127.0.0.1", (int) $argv[1]) ? 0 : 1);' "$port" && break
    kill -0 "$server" 2>/dev/null || { cat "$work/server.log" >&2; die "the PHP server did not start"; }
    sleep 0.1
done

status=0
for page in js fetch hash; do
    profile=$(mktemp -d "$work/profile.XXXXXX")
    # The virtual time budget lets the fetch page's requests finish before
    # the DOM is dumped; it is not a timing assertion.
    timeout 60 "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-background-networking \
        --disable-component-update --disable-sync --no-first-run --no-default-browser-check \
        --disable-extensions --disable-dev-shm-usage --user-data-dir="$profile" \
        --virtual-time-budget=20000 --dump-dom "http://127.0.0.1:$port/forms.php?page=$page" \
        >"$work/$page.html" 2>"$work/$page.err" || echo "chromium exited with $?" >>"$work/$page.err"
    rm -rf "$profile"
    verdict=$(sed -n '/<pre id="verdict">/,/<\/pre>/p' "$work/$page.html" | sed 's/.*<pre id="verdict">//; s/<\/pre>.*//' \
        | sed 's/&lt;/</g; s/&gt;/>/g; s/&quot;/"/g; s/&amp;/\&/g')
    first=${verdict%%$'\n'*}
    if [[ $first =~ ^PASS\ mode=$page\ cases=[1-9][0-9]*\ .*failures=0$ ]]; then
        echo "browser tier: forms ${first#PASS mode=}"
    else
        status=1
        echo "browser tier: forms $page FAILED: ${verdict:-no verdict}" | head -n 12
        [ -n "$verdict" ] || grep -v -e dbus -e '^$' "$work/$page.err" | tail -5 || true
    fi
done

# Every request answered with 200, but the one the AJAX recipe answers with 422.
benign=(-e ' Accepted$' -e ' Closing$' -e ' \[200\]: GET ' -e ' \[422\]: GET /forms_json.php?case=invalid$'
    -e 'Development Server .* started'
    -e 'Closed without sending a request; it was probably just an unused speculative preconnection$')
if grep -v "${benign[@]}" "$work/server.log" | grep -q .; then
    echo "browser tier: forms: the PHP server reported:"
    grep -v "${benign[@]}" "$work/server.log" | head -20
    status=1
fi
exit "$status"
