--TEST--
flocktory_postcheckout(): order: an unknown key in an item is an error at its path naming the allowed keys
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';
$cases = [
    [fixture_item(['titel' => 'Nike'])],
    [fixture_item() + [0 => 'x']],
    [fixture_item(['a b' => 1])],
    [fixture_item(), fixture_item(['sku' => null])],
    [fixture_item(['Title' => 'x'])],
];
foreach ($cases as $items) {
    fixture_show(fn() => flocktory_postcheckout(fixture_user(), fixture_order(['items' => $items])));
}
?>
--EXPECT--
Flocktory\ValidationException
order.items[0].titel
order.items[0].titel: unknown key, expected one of id, title, price, image, count
Flocktory\ValidationException
order.items[0][0]
order.items[0][0]: unknown key, expected one of id, title, price, image, count
Flocktory\ValidationException
order.items[0]["a b"]
order.items[0]["a b"]: unknown key, expected one of id, title, price, image, count
Flocktory\ValidationException
order.items[1].sku
order.items[1].sku: unknown key, expected one of id, title, price, image, count
Flocktory\ValidationException
order.items[0].Title
order.items[0].Title: unknown key, expected one of id, title, price, image, count
