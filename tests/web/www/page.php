<?php
/*
 * One page of the browser tier: cases [from, from+count) of lib/cases.php,
 * each rendered by flocktory_postcheckout() or a cart or profile function
 * into its own section,
 * then the expected data (JSON in a <script type="application/json">), the
 * contract (contract.js) and the checker (checker.js), which writes the
 * verdict into <pre id="verdict">. The tripwire (tripwire.js) comes first.
 * Our own scripts are external files, so their text never meets the tokenizer's
 * script data states.
 *
 *   page.php?from=0&count=400&random=600&seed=20240601&page=0
 */
declare(strict_types=1);

namespace Flocktory\Web;

require dirname(__DIR__) . '/lib/cases.php';

$from = (int) ($_GET['from'] ?? 0);
$count = (int) ($_GET['count'] ?? 100);
$random = (int) ($_GET['random'] ?? 0);
$seed = (int) ($_GET['seed'] ?? 20240601);

header('Content-Type: text/html; charset=utf-8');
header('Cache-Control: no-store');
echo "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>flocktory browser tier</title>",
    "<link rel=\"icon\" href=\"data:,\">\n", '<script src="tripwire.js"></script>', "</head><body><pre id=\"verdict\">NO VERDICT</pre>\n";

$expected = ['page' => (int) ($_GET['page'] ?? 0), 'cases' => [], 'server' => ['rejected' => 0, 'failures' => []]];
$i = -1;
foreach (all_cases(dirname(__DIR__) . '/hostile.json', $random, $seed) as $c) {
    if (++$i < $from) {
        continue;
    }
    if ($i >= $from + $count) {
        break;
    }
    $got = run_case($c);
    $why = judge($c, $got);
    if ($why !== null) {
        $expected['server']['failures'][] = "{$c['id']} ({$c['src']}): $why";
    } elseif (isset($c['expect']['invalid'])) {
        $expected['server']['rejected']++;
    } else {
        $k = count($expected['cases']);
        $expected['cases'][] = ['id' => $c['id'], 'src' => $c['src'], 'event' => $c['event'], 'nonce' => $c['nonce'],
            'data' => $c['expect']['data']];
        echo "<section class=\"thanks\" id=\"c$k\"><h2>Thank you for your order</h2>", $got['snippet'], "</section><i class=\"end\" id=\"e$k\"></i>\n";
    }
}

/* PHP's own encoder, every < > & ' " as \u00XX: nothing in it can end the element. */
$json = json_encode($expected, JSON_HEX_TAG | JSON_HEX_AMP | JSON_HEX_APOS | JSON_HEX_QUOT | JSON_UNESCAPED_UNICODE
    | JSON_UNESCAPED_SLASHES | JSON_THROW_ON_ERROR | JSON_INVALID_UTF8_SUBSTITUTE);
echo '<script type="application/json" id="expected">', $json, "</script>\n",
    '<script src="contract.js"></script><script src="checker.js"></script>', "</body></html>\n";
