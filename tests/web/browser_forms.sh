#!/usr/bin/env bash
# The forms pages of the browser tier (issue 20), in headless Chromium:
#   js     the FLOCKTORY_JS text in the page's own <script nonce> pushes what the element pushes
#   fetch  the FLOCKTORY_JSON text from a php -S endpoint, fetched and pushed by the page
#   hash   frames whose CSP lists only one sha256-: the element runs under its
#          hash, and not with one byte of its data changed
# Each page's checker (www/forms_checker.js) compares every push with the
# PHP edition's data (polyfill/src/Snippets.php). Prints one "browser tier: forms …" line a page and
# exits non-zero when a page fails or gives no verdict.
#
# env: FLOCKTORY_EXT (default ../../modules/flocktory.so), PHP (default php),
#      FLOCKTORY_EDITION=php (the PHP edition instead), CHROMIUM (default chromium)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
NAME="browser tier: forms"
. "$here/lib/browser.sh"

web_server 2

status=0
for page in js fetch hash; do
    # The virtual time budget lets the fetch page's requests finish before
    # the DOM is dumped; it is not a timing assertion.
    web_page "forms.php?page=$page" "$work/$page" --virtual-time-budget=20000
    verdict=$(web_verdict "$work/$page.html" decode)
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
web_server_log -e ' \[422\]: GET /forms_json.php?case=invalid$' || status=1
exit "$status"
