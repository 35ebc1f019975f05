--TEST--
flocktory_postcheckout(): regression: an image URL with a C1 control character (U+0080-U+009F) is rejected
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

foreach (["http://a/\u{85}", "http://a\u{80}b/", "//x/\u{9F}y"] as $image) {
    try {
        flocktory_postcheckout(fixture_user(), fixture_order(['items' => [fixture_item(['image' => $image])]]));
        echo "accepted\n";
    } catch (Flocktory\ValidationException $e) {
        echo $e->getField(), "\n";
    }
}
// The neighbours of the range are still fine.
foreach (["http://a/\u{7E}", "http://a/\u{A0}", "http://пример.рф/\u{A1}"] as $image) {
    $s = flocktory_postcheckout(fixture_user(), fixture_order(['items' => [fixture_item(['image' => $image])]]));
    var_dump(str_contains($s, '"image":"' . $image . '"'));
}
?>
--EXPECT--
order.items[0].image
order.items[0].image
order.items[0].image
bool(true)
bool(true)
bool(true)
