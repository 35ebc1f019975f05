--TEST--
cart and profile functions: invalid UTF-8 in every string field is an error at its path
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

$bad = " ok\xC3(";
foreach ([
    ['addToCart', fn() => flocktory_add_to_cart(fixture_cart_item(['id' => $bad]))],
    ['addToCart', fn() => flocktory_add_to_cart(fixture_cart_item(['price' => $bad]))],
    ['addToCart', fn() => flocktory_add_to_cart(fixture_cart_item(['count' => $bad]))],
    ['addToCart', fn() => flocktory_add_to_cart(fixture_cart_item(['brand' => $bad]))],
    ['addToCart', fn() => flocktory_add_to_cart(fixture_cart_item(['category_id' => $bad]))],
    ['removeFromCart', fn() => flocktory_remove_from_cart(['id' => $bad, 'count' => 1])],
    ['removeFromCart', fn() => flocktory_remove_from_cart(['id' => 1, 'count' => 1, 'brand' => "\xED\xA0\x80"])],
    ['updateCart', fn() => flocktory_update_cart([fixture_cart_item(), fixture_cart_item(['brand' => $bad])])],
    ['updateCart', fn() => flocktory_update_cart([fixture_cart_item(['category_id' => "\xFF"])])],
    ['attachToProfile', fn() => flocktory_attach_to_profile(['level' => $bad])],
    ['attachToProfile', fn() => flocktory_attach_to_profile(['a' => 1, 'b-c' => "\xF4\x90\x80\x80"])],
] as [$event, $call]) {
    fixture_show_event($event, $call);
}
?>
--EXPECT--
Flocktory\ValidationException
item.id
item.id: expected valid UTF-8, got invalid byte \xC3 at offset 3 in string(5) " ok\xC3(" (convert the text to UTF-8 first, e.g. iconv('Windows-1251', 'UTF-8', $s))
Flocktory\ValidationException
item.price
item.price: expected valid UTF-8, got invalid byte \xC3 at offset 3 in string(5) " ok\xC3(" (convert the text to UTF-8 first, e.g. iconv('Windows-1251', 'UTF-8', $s))
Flocktory\ValidationException
item.count
item.count: expected valid UTF-8, got invalid byte \xC3 at offset 3 in string(5) " ok\xC3(" (convert the text to UTF-8 first, e.g. iconv('Windows-1251', 'UTF-8', $s))
Flocktory\ValidationException
item.brand
item.brand: expected valid UTF-8, got invalid byte \xC3 at offset 3 in string(5) " ok\xC3(" (convert the text to UTF-8 first, e.g. iconv('Windows-1251', 'UTF-8', $s))
Flocktory\ValidationException
item.category_id
item.category_id: expected valid UTF-8, got invalid byte \xC3 at offset 3 in string(5) " ok\xC3(" (convert the text to UTF-8 first, e.g. iconv('Windows-1251', 'UTF-8', $s))
Flocktory\ValidationException
item.id
item.id: expected valid UTF-8, got invalid byte \xC3 at offset 3 in string(5) " ok\xC3(" (convert the text to UTF-8 first, e.g. iconv('Windows-1251', 'UTF-8', $s))
Flocktory\ValidationException
item.brand
item.brand: expected valid UTF-8, got invalid byte \xED at offset 0 in string(3) "\xED\xA0\x80" (convert the text to UTF-8 first, e.g. iconv('Windows-1251', 'UTF-8', $s))
Flocktory\ValidationException
items[1].brand
items[1].brand: expected valid UTF-8, got invalid byte \xC3 at offset 3 in string(5) " ok\xC3(" (convert the text to UTF-8 first, e.g. iconv('Windows-1251', 'UTF-8', $s))
Flocktory\ValidationException
items[0].category_id
items[0].category_id: expected valid UTF-8, got invalid byte \xFF at offset 0 in string(1) "\xFF" (convert the text to UTF-8 first, e.g. iconv('Windows-1251', 'UTF-8', $s))
Flocktory\ValidationException
data.level
data.level: expected valid UTF-8, got invalid byte \xC3 at offset 3 in string(5) " ok\xC3(" (convert the text to UTF-8 first, e.g. iconv('Windows-1251', 'UTF-8', $s))
Flocktory\ValidationException
data["b-c"]
data["b-c"]: expected valid UTF-8, got invalid byte \xF4 at offset 0 in string(4) "\xF4\x90\x80\x80" (convert the text to UTF-8 first, e.g. iconv('Windows-1251', 'UTF-8', $s))
