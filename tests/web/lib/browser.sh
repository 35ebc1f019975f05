# shellcheck shell=bash
# What the browser scripts (browser_tier.sh, browser_forms.sh) share:
# which edition PHP loads, a scratch folder, PHP's built-in server on a
# free port, one headless Chromium run and the check of the server's log.
# Sourced after the script sets $here and $NAME (its "browser tier…"
# prefix); reads FLOCKTORY_EXT, FLOCKTORY_EDITION, PHP and CHROMIUM.

EXT=${FLOCKTORY_EXT:-$here/../../modules/flocktory.so}
PHP=${PHP:-php}
CHROMIUM=${CHROMIUM:-chromium}

die() { echo "$NAME: $*" >&2; exit 2; }
# FLOCKTORY_EDITION=php: the PHP edition (polyfill/bootstrap.php) instead.
if [ "${FLOCKTORY_EDITION:-ext}" = php ]; then
    LOAD="auto_prepend_file=$here/../../polyfill/bootstrap.php"
else
    [ -f "$EXT" ] || die "no extension at $EXT (set FLOCKTORY_EXT)"
    LOAD="extension=$EXT"
fi
command -v "$CHROMIUM" >/dev/null 2>&1 || die "no $CHROMIUM (apt-get install -y chromium)"
command -v setsid >/dev/null 2>&1 || die "no setsid (util-linux)"

work=$(mktemp -d)
server=
cleanup() {
    local job
    for job in $(jobs -rp); do  # pages still running: their timeout+chromium, then the subshell
        [ "$job" = "$server" ] || { pkill -TERM -P "$job" 2>/dev/null; kill -TERM "$job" 2>/dev/null; } || true
    done
    if [ -n "$server" ]; then
        kill -TERM -- "-$server" 2>/dev/null || true
        wait "$server" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# web_server WORKERS [php -d settings…]: the server on a free port of
# 127.0.0.1, in its own process group (killed on exit), serving www/ with
# WORKERS processes so that pages render in parallel; sets $port.
web_server() {
    local workers=$1
    shift
    port=$("$PHP" -n -r '$s = stream_socket_server("tcp://127.0.0.1:0"); echo substr(strrchr(stream_socket_get_name($s, false), ":"), 1);')
    PHP_CLI_SERVER_WORKERS=$workers setsid "$PHP" -n -d "$LOAD" "$@" -d error_reporting=-1 \
        -d display_errors=1 -d log_errors=1 -S "127.0.0.1:$port" -t "$here/www" >"$work/server.log" 2>&1 &
    server=$!
    for _ in $(seq 100); do
        "$PHP" -n -r 'exit(@fsockopen("127.0.0.1", (int) $argv[1]) ? 0 : 1);' "$port" && return 0
        kill -0 "$server" 2>/dev/null || { cat "$work/server.log" >&2; die "the PHP server did not start"; }
        sleep 0.1
    done
    die "the PHP server did not answer on port $port"
}

# web_page PATH OUT [chromium flags…]: the page's DOM after its scripts ran
# in OUT.html, what Chromium said in OUT.err.
web_page() {
    local path=$1 out=$2 profile
    shift 2
    profile=$(mktemp -d "$work/profile.XXXXXX")
    timeout 60 "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-background-networking \
        --disable-component-update --disable-sync --no-first-run --no-default-browser-check \
        --disable-extensions --disable-dev-shm-usage --user-data-dir="$profile" "$@" \
        --dump-dom "http://127.0.0.1:$port/$path" \
        >"$out.html" 2>"$out.err" || echo "chromium exited with $?" >>"$out.err"
    rm -rf "$profile"
}

# The text of a page's <pre id="verdict">, its entities decoded when
# "decode" is given.
web_verdict() {
    local text
    text=$(sed -n '/<pre id="verdict">/,/<\/pre>/p' "$1" | sed 's/.*<pre id="verdict">//; s/<\/pre>.*//')
    if [ "${2:-}" = decode ]; then
        web_decode <<<"$text"
    else
        printf '%s\n' "$text"
    fi
}
web_decode() { sed 's/&lt;/</g; s/&gt;/>/g; s/&quot;/"/g; s/&amp;/\&/g'; }

# web_server_log [grep -e pattern…]: prints what the server logged beyond
# the lines of requests answered with 200 (and the patterns given), and
# fails when it logged anything more.
web_server_log() {
    local benign=(-e ' Accepted$' -e ' Closing$' -e ' \[200\]: GET ' -e 'Development Server .* started'
        -e 'Closed without sending a request; it was probably just an unused speculative preconnection$' "$@")
    grep -v "${benign[@]}" "$work/server.log" | grep -q . || return 0
    echo "$NAME: the PHP server reported:"
    grep -v "${benign[@]}" "$work/server.log" | head -20
    return 1
}
