--TEST--
flocktory_update_cart(): items: a keyed array is written in its order; paths use the position
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

$cart = ['sku-9' => ['id' => 9, 'price' => 1, 'count' => 1], 3 => ['id' => 3, 'price' => 2, 'count' => 2]];
echo fixture_event_payload('updateCart', flocktory_update_cart($cart)), "\n";
$cart[0] = ['id' => 0, 'price' => 2, 'count' => 0];
fixture_show_event('updateCart', fn() => flocktory_update_cart($cart));
?>
--EXPECT--
{"cart":{"items":[{"id":"9","price":1,"count":1},{"id":"3","price":2,"count":2}]}}
Flocktory\ValidationException
items[2].count
items[2].count: expected a number above 0 and below 10^15 (an int, a float or a decimal string like "2"), got int(0)
