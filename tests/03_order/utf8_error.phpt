--TEST--
flocktory_postcheckout(): order: invalid UTF-8 in any order string field is an error at that field
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';
$bad = "I\xC3(n";
fixture_show(fn() => flocktory_postcheckout(fixture_user(), fixture_order(['id' => $bad])));
fixture_show(fn() => flocktory_postcheckout(fixture_user(), fixture_order(['custom_field' => $bad])));
fixture_show(fn() => flocktory_postcheckout(fixture_user(), fixture_order(['items' => [fixture_item(['id' => $bad])]])));
// "Иван" in Windows-1251
fixture_show(fn() => flocktory_postcheckout(fixture_user(), fixture_order(['items' => [fixture_item(), fixture_item(['title' => "\xC8\xE2\xE0\xED"])]])));
fixture_show(fn() => flocktory_postcheckout(fixture_user(), fixture_order(['items' => [fixture_item(['image' => "http://x/\xFF"])]])));
// Whether the message speaks of UTF-8 or of the price grammar is the
// implementation's choice; the field and the "path: " prefix are not.
$calls = [
    'order.price' => fn() => flocktory_postcheckout(fixture_user(), fixture_order(['price' => "1\xFF2"])),
    'order.items[0].price' => fn() => flocktory_postcheckout(fixture_user(), fixture_order(['items' => [fixture_item(['price' => "19\xC3"])]])),
    'order.items[0].count' => fn() => flocktory_postcheckout(fixture_user(), fixture_order(['items' => [fixture_item(['count' => "\xE2\x80"])]])),
];
foreach ($calls as $path => $call) {
    try {
        echo $call(), "\n";
    } catch (Flocktory\ValidationException $e) {
        echo get_class($e), ' ', $e->getField(), ' ',
            str_starts_with($e->getMessage(), "$path: expected ") ? 'ok' : $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
Flocktory\ValidationException
order.id
order.id: expected valid UTF-8, got invalid byte \xC3 at offset 1 in string(4) "I\xC3(n" (convert the text to UTF-8 first, e.g. iconv('Windows-1251', 'UTF-8', $s))
Flocktory\ValidationException
order.custom_field
order.custom_field: expected valid UTF-8, got invalid byte \xC3 at offset 1 in string(4) "I\xC3(n" (convert the text to UTF-8 first, e.g. iconv('Windows-1251', 'UTF-8', $s))
Flocktory\ValidationException
order.items[0].id
order.items[0].id: expected valid UTF-8, got invalid byte \xC3 at offset 1 in string(4) "I\xC3(n" (convert the text to UTF-8 first, e.g. iconv('Windows-1251', 'UTF-8', $s))
Flocktory\ValidationException
order.items[1].title
order.items[1].title: expected valid UTF-8, got invalid byte \xC8 at offset 0 in string(4) "\xC8\xE2\xE0\xED" (convert the text to UTF-8 first, e.g. iconv('Windows-1251', 'UTF-8', $s))
Flocktory\ValidationException
order.items[0].image
order.items[0].image: expected valid UTF-8, got invalid byte \xFF at offset 9 in string(10) "http://x/\xFF" (convert the text to UTF-8 first, e.g. iconv('Windows-1251', 'UTF-8', $s))
Flocktory\ValidationException order.price ok
Flocktory\ValidationException order.items[0].price ok
Flocktory\ValidationException order.items[0].count ok
