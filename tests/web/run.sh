#!/usr/bin/env bash
# The hostile-input web tiers: the Node tier (parse5 + vm, corpus and seeded
# random strings) and the browser tier (headless Chromium), then the forms
# pages (browser_forms.sh: the JS and JSON forms and a hash-only CSP). Needs php, node
# and npm, and chromium (Debian package "chromium").
#   FLOCKTORY_EXT  the extension to load (default: modules/flocktory.so of this checkout)
#   PHP            the php binary (default: php)
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
export FLOCKTORY_EXT=${FLOCKTORY_EXT:-$(cd "$here/../.." && pwd)/modules/flocktory.so}

if [ ! -d "$here/node_modules/parse5" ]; then
    (cd "$here" && npm ci --no-audit --no-fund --silent) || { echo "web tiers: npm ci failed" >&2; exit 2; }
fi

status=0
node "$here/node_tier.mjs" || status=1
node "$here/node_tags.mjs" || status=1
# The tag tier must catch a broken attribute writer (lib/break.php).
for broken in quot amp; do
    if FLOCKTORY_WEB_BREAK=$broken node "$here/node_tags.mjs" --random=200 >/dev/null; then
        echo "node tier (tags): passed with a writer that leaves $broken raw" >&2
        status=1
    else
        echo "node tier (tags): fails, as it must, with a writer that leaves $broken raw"
    fi
done
"$here/browser_tier.sh" || status=1
"$here/browser_forms.sh" || status=1
exit "$status"
