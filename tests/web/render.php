<?php
/*
 * Render every case of the web tiers through flocktory_postcheckout() or a
 * cart or profile function and print one JSON line per case:
 *   {"id","src","event","nonce","expect":{"data":…}|{"invalid":[paths]},
 *    "got":{"snippet":…}|{"exception":{"field","message"}}|{"error":…},"warnings":[…]}
 * then {"end":N}. node_tier.mjs reads this; so can a person.
 *
 *   php -n -d extension=modules/flocktory.so tests/web/render.php [--random=N] [--seed=S] [--corpus=FILE]
 *   php tests/web/render.php --pages [--random=N] [--seed=S]   (the browser tier's page table, as JSON)
 */
declare(strict_types=1);

namespace Flocktory\Web;

require __DIR__ . '/lib/cases.php';

$opt = getopt('', ['corpus:', 'random:', 'seed:', 'pages']);
$corpus = $opt['corpus'] ?? __DIR__ . '/hostile.json';
$random = (int) ($opt['random'] ?? 4000);
$seed = (int) ($opt['seed'] ?? 20240601);

if (isset($opt['pages'])) {
    echo json_encode(browser_pages($corpus, $random, $seed)), "\n";
    exit(0);
}
if (!\function_exists('flocktory_postcheckout')) {
    fwrite(STDERR, "render.php: the flocktory extension is not loaded (php -d extension=.../flocktory.so)\n");
    exit(2);
}

$flags = JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_THROW_ON_ERROR;
$n = 0;
foreach (all_cases($corpus, $random, $seed) as $c) {
    $got = run_case($c);
    echo json_encode([
        'id' => $c['id'], 'src' => $c['src'], 'event' => $c['event'], 'nonce' => $c['nonce'],
        'expect' => $c['expect'], 'got' => $got,
    ], $flags), "\n";
    $n++;
}
echo json_encode(['end' => $n]), "\n";
