--TEST--
flocktory_postcheckout(): order: an unknown key in $order is an error naming the allowed keys
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';
foreach ([['total' => 2000], ['total' => null], ['Price' => 1], [0 => 'x'], ['a b' => 1]] as $extra) {
    fixture_show(fn() => flocktory_postcheckout(fixture_user(), fixture_order() + $extra));
}
?>
--EXPECT--
Flocktory\ValidationException
order.total
order.total: unknown key, expected one of id, price, custom_field, items
Flocktory\ValidationException
order.total
order.total: unknown key, expected one of id, price, custom_field, items
Flocktory\ValidationException
order.Price
order.Price: unknown key, expected one of id, price, custom_field, items
Flocktory\ValidationException
order[0]
order[0]: unknown key, expected one of id, price, custom_field, items
Flocktory\ValidationException
order["a b"]
order["a b"]: unknown key, expected one of id, price, custom_field, items
