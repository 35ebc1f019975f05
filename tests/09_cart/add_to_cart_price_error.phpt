--TEST--
flocktory_add_to_cart(): item: a price like "1 200,50", a negative, 10^15 or NAN is an error
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

foreach ([
    fixture_cart_item(['price' => '1 200,50']),
    fixture_cart_item(['price' => '1200 руб.']),
    fixture_cart_item(['price' => -1]),
    fixture_cart_item(['price' => 1000000000000000]),
    fixture_cart_item(['price' => NAN]),
    fixture_cart_item(['price' => true]),
] as $item) {
    fixture_show_event('addToCart', fn() => flocktory_add_to_cart($item));
}
?>
--EXPECT--
Flocktory\ValidationException
item.price
item.price: expected a number from 0 up to below 10^15 (an int, a float or a decimal string like "1999.90"), got string(8) "1 200,50"
Flocktory\ValidationException
item.price
item.price: expected a number from 0 up to below 10^15 (an int, a float or a decimal string like "1999.90"), got string(12) "1200 руб."
Flocktory\ValidationException
item.price
item.price: expected a number from 0 up to below 10^15 (an int, a float or a decimal string like "1999.90"), got int(-1)
Flocktory\ValidationException
item.price
item.price: expected a number from 0 up to below 10^15 (an int, a float or a decimal string like "1999.90"), got int(1000000000000000)
Flocktory\ValidationException
item.price
item.price: expected a number from 0 up to below 10^15 (an int, a float or a decimal string like "1999.90"), got float(NAN)
Flocktory\ValidationException
item.price
item.price: expected a number from 0 up to below 10^15 (an int, a float or a decimal string like "1999.90"), got bool(true)
