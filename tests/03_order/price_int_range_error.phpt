--TEST--
flocktory_postcheckout(): order: price rejects a negative int and an int of 10^15 or more
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';
foreach ([1000000000000000, -1, PHP_INT_MAX, PHP_INT_MIN] as $price) {
    fixture_show(fn() => flocktory_postcheckout(fixture_user(), fixture_order(['price' => $price])));
}
?>
--EXPECT--
Flocktory\ValidationException
order.price
order.price: expected a number from 0 up to below 10^15 (an int, a float or a decimal string like "1999.90"), got int(1000000000000000)
Flocktory\ValidationException
order.price
order.price: expected a number from 0 up to below 10^15 (an int, a float or a decimal string like "1999.90"), got int(-1)
Flocktory\ValidationException
order.price
order.price: expected a number from 0 up to below 10^15 (an int, a float or a decimal string like "1999.90"), got int(9223372036854775807)
Flocktory\ValidationException
order.price
order.price: expected a number from 0 up to below 10^15 (an int, a float or a decimal string like "1999.90"), got int(-9223372036854775808)
