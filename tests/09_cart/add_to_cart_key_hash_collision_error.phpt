--TEST--
flocktory_add_to_cart(): item: a key with the hash and length of a known key is still an unknown key
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';
// PHP hashes keys by h * 33 + byte, so the bytes a, b and a + 1, b - 33
// give the same hash: each twin below has the hash and length of the key
// it replaces and differs from it in two bytes only, at its end or at its
// start (2, 5 and 11 bytes long).
$twins = [['id', 'jC'], ['price', 'pridD'], ['count', 'couoS'], ['brand', 'braoC'],
    ['category_id', 'category_jC'], ['category_id', 'd@tegory_id']];
foreach ($twins as [$known, $twin]) {
    $item = [];
    foreach (fixture_cart_item() as $key => $value) {
        $item[$key === $known ? $twin : $key] = $value;
    }
    fixture_show_event('addToCart', fn () => flocktory_add_to_cart($item));
}
?>
--EXPECT--
Flocktory\ValidationException
item.jC
item.jC: unknown key, expected one of id, price, count, brand, category_id
Flocktory\ValidationException
item.pridD
item.pridD: unknown key, expected one of id, price, count, brand, category_id
Flocktory\ValidationException
item.couoS
item.couoS: unknown key, expected one of id, price, count, brand, category_id
Flocktory\ValidationException
item.braoC
item.braoC: unknown key, expected one of id, price, count, brand, category_id
Flocktory\ValidationException
item.category_jC
item.category_jC: unknown key, expected one of id, price, count, brand, category_id
Flocktory\ValidationException
item["d@tegory_id"]
item["d@tegory_id"]: unknown key, expected one of id, price, count, brand, category_id
