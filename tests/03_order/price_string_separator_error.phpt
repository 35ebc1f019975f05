--TEST--
flocktory_postcheckout(): order: price string rejects a second separator
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';
foreach (['1.2.3', '1,2,3', '1.2,3', '1,999.00'] as $price) {
    fixture_show(fn() => flocktory_postcheckout(fixture_user(), fixture_order(['price' => $price])));
}
?>
--EXPECT--
Flocktory\ValidationException
order.price
order.price: expected a number from 0 up to below 10^15 (an int, a float or a decimal string like "1999.90"), got string(5) "1.2.3"
Flocktory\ValidationException
order.price
order.price: expected a number from 0 up to below 10^15 (an int, a float or a decimal string like "1999.90"), got string(5) "1,2,3"
Flocktory\ValidationException
order.price
order.price: expected a number from 0 up to below 10^15 (an int, a float or a decimal string like "1999.90"), got string(5) "1.2,3"
Flocktory\ValidationException
order.price
order.price: expected a number from 0 up to below 10^15 (an int, a float or a decimal string like "1999.90"), got string(8) "1,999.00"
