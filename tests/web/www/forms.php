<?php
/*
 * The forms pages of the browser tier (issue 20), one of each:
 *   forms.php?page=js      CSP 'nonce-N': each case's element (with the nonce),
 *                          then its FLOCKTORY_JS text in the page's own <script nonce>
 *   forms.php?page=fetch   the element, then the FLOCKTORY_JSON text fetched
 *                          from forms_json.php and pushed by the page
 *   forms.php?page=hash    frames (page=frame) whose CSP lists only one
 *                          'sha256-…': the case's element under its own hash, the
 *                          element of the data with one byte changed under the
 *                          same hash, that element under its own hash (control),
 *                          <script>JS</script> under the JS form's hash, and the
 *                          element under the JS form's hash (which must not run:
 *                          the element's text is "\n" . JS . "\n")
 * Each push is captured (forms_checker.js) and compared with the twin's
 * data; the verdict goes into <pre id="verdict">.
 */
declare(strict_types=1);

use Flocktory\Web\Forms;

require dirname(__DIR__) . '/lib/forms.php';

$page = (string) ($_GET['page'] ?? 'js');
$cases = Forms\cases();
$nonce = base64_encode(random_bytes(18));
header('Cache-Control: no-store');
header('Content-Type: text/html; charset=utf-8');

if ($page === 'frame') {
    // Only one hash: no nonce, no 'unsafe-inline', nothing else may run.
    $k = (int) ($_GET['case'] ?? 0);
    $variant = (string) ($_GET['variant'] ?? 'own');
    $element = Forms\snippet($k, FLOCKTORY_ELEMENT);
    $changed = Forms\snippet($k, FLOCKTORY_ELEMENT, null, true);
    $js = Forms\snippet($k, FLOCKTORY_JS);
    [$hash, $body] = match ($variant) {
        // The element's hash, over its text as the browser hashes it: "\n" . js . "\n".
        'own' => [Forms\csp_hash(Forms\script_text($element)), $element],
        'changed' => [Forms\csp_hash(Forms\script_text($element)), $changed],
        'control' => [Forms\csp_hash(Forms\script_text($changed)), $changed],
        // The JS form's own hash: it matches a <script> holding exactly the JS ...
        'wrapped' => [Forms\csp_hash($js), '<script>' . $js . '</script>'],
        // ... and not the element, whose text has a newline on each side.
        'js_hash' => [Forms\csp_hash($js), $element],
    };
    header("Content-Security-Policy: script-src '$hash'");
    echo "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>frame</title></head><body>\n", $body, "\n</body></html>\n";
    return;
}

header("Content-Security-Policy: script-src 'nonce-$nonce'");
$expected = [];
foreach (array_keys($cases) as $k) {
    $expected[$k] = ['fn' => $cases[$k][0], 'own' => Forms\expected($k), 'changed' => Forms\expected($k, true)];
}
echo "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>flocktory forms</title>",
    "<link rel=\"icon\" href=\"data:,\">\n",
    "<script nonce=\"$nonce\" src=\"forms_checker.js\"></script></head><body><pre id=\"verdict\">NO VERDICT</pre>\n",
    '<script type="application/json" id="expected">', Forms\json($expected), "</script>\n";

foreach (array_keys($cases) as $k) {
    if ($page === 'hash') {
        foreach (['own', 'changed', 'control', 'wrapped', 'js_hash'] as $variant) {
            echo "<iframe class=\"frame\" data-case=\"$k\" data-variant=\"$variant\" src=\"forms.php?page=frame&amp;case=$k&amp;variant=$variant\"></iframe>\n";
        }
        continue;
    }
    echo "<section>", Forms\snippet($k, FLOCKTORY_ELEMENT, $nonce), "</section>\n",
        "<script nonce=\"$nonce\">formsSnap($k, 'element');</script>\n";
    if ($page === 'js') {
        echo "<script nonce=\"$nonce\">", Forms\snippet($k, FLOCKTORY_JS), "</script>\n",
            "<script nonce=\"$nonce\">formsSnap($k, 'js');</script>\n";
    }
}
$run = ['js' => 'formsVerdict("js")', 'fetch' => 'formsFetch()', 'hash' => 'formsFrames()'][$page] ?? 'formsVerdict("unknown page")';
echo "<script nonce=\"$nonce\">$run;</script>\n</body></html>\n";
