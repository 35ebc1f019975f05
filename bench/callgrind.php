<?php
/*
 * ./dev bench runs this under callgrind three times: with "none", "ext"
 * and "json". The differences of the totals, divided by the 100 calls, are
 * the instructions one call costs (php's own json_encode() has no symbols
 * to count it by name in Debian's build, so no function is singled out).
 */

require __DIR__ . '/data.php';

$mode = $argv[1] ?? 'none';
$user = bench_user();
$order = bench_order(3);
$normalized = bench_normalized($user, $order);
$flags = JSON_HEX_TAG | JSON_HEX_AMP | JSON_HEX_APOS | JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES;
for ($i = 0; $i < 100; $i++) {
    if ($mode === 'ext') {
        flocktory_postcheckout($user, $order);
    } elseif ($mode === 'json') {
        json_encode($normalized, $flags);
    }
}
