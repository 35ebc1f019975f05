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
RANDOM_CASES=${FLOCKTORY_WEB_RANDOM:-600}
SEED=${FLOCKTORY_WEB_SEED:-20240601}
JOBS=${FLOCKTORY_WEB_JOBS:-2}

NAME="browser tier"
. "$here/lib/browser.sh"

export FLOCKTORY_WEB_BREAK=${FLOCKTORY_WEB_BREAK:-}
web_server "$JOBS" -d memory_limit=1G

# The postcheckout pages (page.php), then the tag pages (tags.php).
pages=$("$PHP" -n "$here/render.php" --pages --random="$RANDOM_CASES" --seed="$SEED" \
    | "$PHP" -n -r 'foreach (json_decode(stream_get_contents(STDIN)) as $i => [$f, $c]) echo "$i $f $c page.php\n";')
first_tag=$(wc -l <<<"$pages")
pages+=$'\n'$("$PHP" -n "$here/render_tags.php" --pages --random="$RANDOM_CASES" --seed="$SEED" \
    | "$PHP" -n -r 'foreach (json_decode(stream_get_contents(STDIN)) as $i => [$f, $c]) echo ($i + $argv[1]), " $f $c tags.php\n";' "$first_tag")
[ -n "$pages" ] || die "no pages"

run_page() {
    local k=$1 from=$2 count=$3 script=$4 start=$SECONDS
    web_page "$script?page=$k&from=$from&count=$count&random=$RANDOM_CASES&seed=$SEED" "$work/page$k"
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
    verdict=$(web_verdict "$work/page$k.html")
    first=${verdict%%$'\n'*}
    if [[ $first =~ ^(PASS|FAIL)\ page=$k\ cases=([0-9]+)\ rendered=([0-9]+)\ rejected=([0-9]+)\ failures=([0-9]+)\ injected=([0-9]+)\ ms=[0-9+]+$ ]]; then
        cases=$((cases + BASH_REMATCH[2]))
        rendered=$((rendered + BASH_REMATCH[3]))
        rejected=$((rejected + BASH_REMATCH[4]))
        failures=$((failures + BASH_REMATCH[5]))
        injected=$((injected + BASH_REMATCH[6]))
        if [ "${BASH_REMATCH[1]}" = FAIL ] || [ -n "${FLOCKTORY_WEB_VERBOSE:-}" ]; then
            printf 'page %s (%s s): %s\n' "$k" "$(cat "$work/page$k.time")" "$verdict" | web_decode
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
web_server_log || failures=$((failures + 1))

echo "browser tier: $cases cases on $npages pages, $failures failures, $injected injected code ran" \
    "($rendered rendered, $rejected rejected as invalid by contract)"
[ "$failures" -eq 0 ] && [ "$injected" -eq 0 ] && [ "$cases" -gt 0 ]
