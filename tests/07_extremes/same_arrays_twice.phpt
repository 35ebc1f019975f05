--TEST--
flocktory_postcheckout(): extremes: the same arrays twice in a row, and after an error, give the same snippet
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

$user = fixture_user(['name' => "Ива́н \"<b>\" \u{2028}"]);
$order = fixture_order(['items' => [fixture_item(['price' => 0.1]), fixture_item(['title' => str_repeat('я', 5000)])]]);
$first = flocktory_postcheckout($user, $order, 'spot', 'bm9uY2U=');
$second = flocktory_postcheckout($user, $order, 'spot', 'bm9uY2U=');
try {
    flocktory_postcheckout($user + ['bad' => 1], $order);
} catch (Flocktory\ValidationException $e) {
    echo $e->getField(), "\n";
}
$third = flocktory_postcheckout($user, $order, 'spot', 'bm9uY2U=');
var_dump($first === $second, $second === $third, str_contains($first, '"title":"' . str_repeat('я', 5000) . '"'));
// The input arrays are untouched.
var_dump($user === fixture_user(['name' => "Ива́н \"<b>\" \u{2028}"]));
?>
--EXPECT--
user.bad
bool(true)
bool(true)
bool(true)
bool(true)
