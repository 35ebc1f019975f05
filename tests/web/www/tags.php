<?php
/*
 * One tag page of the browser tier: tag cases [from, from+count) of
 * lib/tags.php, each valid one rendered into its own <section>, then the
 * expected attributes as JSON and tags_checker.js, which writes the verdict
 * into <pre id="verdict"> in the same format as checker.js. The tripwire
 * comes first.
 *
 *   tags.php?from=0&count=1500&random=2000&seed=20240601&page=7
 */
declare(strict_types=1);

namespace Flocktory\Web;

require dirname(__DIR__) . '/lib/tags.php';

$from = (int) ($_GET['from'] ?? 0);
$count = (int) ($_GET['count'] ?? 100);

header('Content-Type: text/html; charset=utf-8');
header('Cache-Control: no-store');
echo "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>flocktory browser tier</title>",
    "<link rel=\"icon\" href=\"data:,\">\n", '<script src="tripwire.js"></script>', "</head><body><pre id=\"verdict\">NO VERDICT</pre>\n";

$expected = ['page' => (int) ($_GET['page'] ?? 0), 'cases' => [], 'server' => ['rejected' => 0, 'failures' => []]];
$i = -1;
foreach (tag_cases(dirname(__DIR__) . '/hostile.json', (int) ($_GET['random'] ?? 0), (int) ($_GET['seed'] ?? 20240601)) as $c) {
    if (++$i < $from) {
        continue;
    }
    if ($i >= $from + $count) {
        break;
    }
    $got = run_tag_case($c);
    $why = judge_tag($c, $got);
    if ($why !== null) {
        $expected['server']['failures'][] = "{$c['id']} ({$c['src']}): $why";
    } elseif (isset($c['expect']['invalid'])) {
        $expected['server']['rejected']++;
    } else {
        $k = count($expected['cases']);
        $expected['cases'][] = ['id' => $c['id'], 'src' => $c['src'], 'attrs' => $c['expect']['attrs']];
        echo "<section id=\"c$k\">", $got['tag'], "</section><i class=\"end\" id=\"e$k\"></i>\n";
    }
}
$json = json_encode($expected, JSON_HEX_TAG | JSON_HEX_AMP | JSON_HEX_APOS | JSON_HEX_QUOT | JSON_UNESCAPED_UNICODE
    | JSON_UNESCAPED_SLASHES | JSON_THROW_ON_ERROR | JSON_INVALID_UTF8_SUBSTITUTE);
echo '<script type="application/json" id="expected">', $json, "</script>\n",
    '<script src="tags_checker.js"></script>', "</body></html>\n";
