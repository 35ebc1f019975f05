--TEST--
flocktory_add_to_cart(): item: a count of 0 or below, or not a number, is an error
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

foreach ([
    fixture_cart_item(['count' => 0]),
    fixture_cart_item(['count' => -1]),
    fixture_cart_item(['count' => 0.0]),
    fixture_cart_item(['count' => '0.00']),
    fixture_cart_item(['count' => '2 pcs']),
] as $item) {
    fixture_show_event('addToCart', fn() => flocktory_add_to_cart($item));
}
?>
--EXPECT--
Flocktory\ValidationException
item.count
item.count: expected a number above 0 and below 10^15 (an int, a float or a decimal string like "2"), got int(0)
Flocktory\ValidationException
item.count
item.count: expected a number above 0 and below 10^15 (an int, a float or a decimal string like "2"), got int(-1)
Flocktory\ValidationException
item.count
item.count: expected a number above 0 and below 10^15 (an int, a float or a decimal string like "2"), got float(0)
Flocktory\ValidationException
item.count
item.count: expected a number above 0 and below 10^15 (an int, a float or a decimal string like "2"), got string(4) "0.00"
Flocktory\ValidationException
item.count
item.count: expected a number above 0 and below 10^15 (an int, a float or a decimal string like "2"), got string(5) "2 pcs"
