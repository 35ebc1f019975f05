<?php
/*
 * Renders every tag case (lib/tags.php) and prints one JSON line per case,
 * {"id","src","expect":{"attrs":[[name,value]…]}|{"invalid":[…]},"got":{"tag"}|{"exception"}|{"error"},"warnings"}
 * then {"end":N}; node_tags.mjs reads it. --pages prints the browser tier's
 * page table for www/tags.php.
 *
 *   php -n -d extension=modules/flocktory.so tests/web/render_tags.php [--random=N] [--seed=S] [--pages]
 */
declare(strict_types=1);

namespace Flocktory\Web;

require __DIR__ . '/lib/tags.php';

$opt = getopt('', ['random:', 'seed:', 'pages']);
$random = (int) ($opt['random'] ?? 2000);
$seed = (int) ($opt['seed'] ?? 20240601);
$corpus = __DIR__ . '/hostile.json';

if (isset($opt['pages'])) {
    $pages = [];
    $i = 0;
    foreach (tag_cases($corpus, $random, $seed) as $c) {
        if ($i % 1500 === 0) {
            $pages[] = [$i, 0];
        }
        $pages[count($pages) - 1][1]++;
        $i++;
    }
    echo json_encode($pages), "\n";
    exit(0);
}
$n = 0;
foreach (tag_cases($corpus, $random, $seed) as $c) {
    $got = run_tag_case($c);
    unset($c['args'], $c['size']);
    echo json_encode($c + ['got' => $got], JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_THROW_ON_ERROR
        | JSON_INVALID_UTF8_SUBSTITUTE), "\n";
    $n++;
}
echo json_encode(['end' => $n]), "\n";
