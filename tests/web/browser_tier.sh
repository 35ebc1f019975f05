#!/usr/bin/env bash
# The browser tier: the hostile corpus in every field (plus seeded random
# cases), rendered by PHP's built-in server with the extension loaded, in
# pages of many thank-you sections, each page checked in headless Chromium by
# its own checker and tripwire (www/). Prints
#   browser tier: N cases on P pages, F failures, H injected code ran
# and exits non-zero on any failure.
#
# env: FLOCKTORY_EXT (default ../../modules/flocktory.so), PHP (default php),
#      FLOCKTORY_EDITION=php (the PHP edition instead), CHROMIUM (default chromium), FLOCKTORY_WEB_RANDOM (random cases, 600),
#      FLOCKTORY_WEB_SEED, FLOCKTORY_WEB_JOBS (browsers at once, 2),
#      FLOCKTORY_WEB_VERBOSE=1 (every page's verdict)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
EXT=${FLOCKTORY_EXT:-$here/../../modules/flocktory.so}
PHP=${PHP:-php}
CHROMIUM=${CHROMIUM:-chromium}
RANDOM_CASES=${FLOCKTORY_WEB_RANDOM:-600}
SEED=${FLOCKTORY_WEB_SEED:-20240601}
JOBS=${FLOCKTORY_WEB_JOBS:-2}

die() { echo "browser tier: $*" >&2; exit 2; }
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

# A free port on 127.0.0.1, and the server in its own process group (with
# worker processes, so pages render in parallel); the group is killed on exit.
port=$("$PHP" -n -r '$s = stream_socket_server("tcp://127.0.0.1:0"); echo substr(strrchr(stream_socket_get_name($s, false), ":"), 1);')
FLOCKTORY_WEB_BREAK=${FLOCKTORY_WEB_BREAK:-} PHP_CLI_SERVER_WORKERS=$JOBS setsid "$PHP" -n -d "$LOAD" -d memory_limit=1G -d error_reporting=-1 \
    -d display_errors=1 -d log_errors=1 -S "127.0.0.1:$port" -t "$here/www" >"$work/server.log" 2>&1 &
server=$!
for _ in $(seq 100); do
    "$PHP" -n -r 'exit(@fsockopen("127.0.0.1", (int) $argv[1]) ? 0 : 1);' "$port" && break
    kill -0 "$server" 2>/dev/null || { cat "$work/server.log" >&2; die "the PHP server did not start"; }
    sleep 0.1
done

# The postcheckout pages (page.php), then the tag pages (tags.php).
pages=$("$PHP" -n "$here/render.php" --pages --random="$RANDOM_CASES" --seed="$SEED" \
    | "$PHP" -n -r 'foreach (json_decode(stream_get_contents(STDIN)) as $i => [$f, $c]) echo "$i $f $c page.php\n";')
first_tag=$(wc -l <<<"$pages")
pages+=$'\n'$("$PHP" -n "$here/render_tags.php" --pages --random="$RANDOM_CASES" --seed="$SEED" \
    | "$PHP" -n -r 'foreach (json_decode(stream_get_contents(STDIN)) as $i => [$f, $c]) echo ($i + $argv[1]), " $f $c tags.php\n";' "$first_tag")
[ -n "$pages" ] || die "no pages"

run_page() {
    local k=$1 from=$2 count=$3 script=$4 profile start=$SECONDS
    profile=$(mktemp -d "$work/profile.XXXXXX")
    timeout 60 "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-background-networking \
        --disable-component-update --disable-sync --no-first-run --no-default-browser-check \
        --disable-extensions --disable-dev-shm-usage --user-data-dir="$profile" --dump-dom \
        "http://127.0.0.1:$port/$script?page=$k&from=$from&count=$count&random=$RANDOM_CASES&seed=$SEED" \
        >"$work/page$k.html" 2>"$work/page$k.err" || echo "chromium exited with $?" >>"$work/page$k.err"
    rm -rf "$profile"
    echo "$((SECONDS - start))" >"$work/page$k.time"
}
running() { echo $(($(jobs -rp | wc -l) - 1)); }  # background jobs but the server

npages=0
while read -r k from count script; do
    while [ "$(running)" -ge "$JOBS" ]; do wait -n || true; done
    run_page "$k" "$from" "$count" "$script" &
    npages=$((npages + 1))
done <<<"$pages"
while [ "$(running)" -gt 0 ]; do wait -n || true; done

# The verdicts. A page without one (crash, truncated page, timeout) fails.
cases=0 failures=0 injected=0 rendered=0 rejected=0
for k in $(seq 0 $((npages - 1))); do
    verdict=$(sed -n '/<pre id="verdict">/,/<\/pre>/p' "$work/page$k.html" | sed 's/.*<pre id="verdict">//; s/<\/pre>.*//')
    first=${verdict%%$'\n'*}
    if [[ $first =~ ^(PASS|FAIL)\ page=$k\ cases=([0-9]+)\ rendered=([0-9]+)\ rejected=([0-9]+)\ failures=([0-9]+)\ injected=([0-9]+)\ ms=[0-9+]+$ ]]; then
        cases=$((cases + BASH_REMATCH[2]))
        rendered=$((rendered + BASH_REMATCH[3]))
        rejected=$((rejected + BASH_REMATCH[4]))
        failures=$((failures + BASH_REMATCH[5]))
        injected=$((injected + BASH_REMATCH[6]))
        if [ "${BASH_REMATCH[1]}" = FAIL ] || [ -n "${FLOCKTORY_WEB_VERBOSE:-}" ]; then
            printf 'page %s (%s s): %s\n' "$k" "$(cat "$work/page$k.time")" "$verdict" | sed 's/&lt;/</g; s/&gt;/>/g; s/&quot;/"/g; s/&amp;/\&/g'
        fi
    else
        failures=$((failures + 1))
        echo "page $k: no verdict; chromium said:"
        grep -v -e 'dbus' -e '^$' "$work/page$k.err" | tail -5 || true
        head -c 600 "$work/page$k.html"
        echo
    fi
done

# The server must have answered everything with 200 and reported nothing else.
benign=(-e ' Accepted$' -e ' Closing$' -e ' \[200\]: GET ' -e 'Development Server .* started'
    -e 'Closed without sending a request; it was probably just an unused speculative preconnection$')
if grep -v "${benign[@]}" "$work/server.log" | grep -q .; then
    echo "the PHP server reported:"
    grep -v "${benign[@]}" "$work/server.log" | head -20
    failures=$((failures + 1))
fi

echo "browser tier: $cases cases on $npages pages, $failures failures, $injected injected code ran" \
    "($rendered rendered, $rejected rejected as invalid by contract)"
[ "$failures" -eq 0 ] && [ "$injected" -eq 0 ] && [ "$cases" -gt 0 ]
