--TEST--
flocktory_postcheckout(): order: price string rejects 16 integer or 16 fraction digits
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';
foreach (['1000000000000000', '0000000000000001', '1.1234567890123456', '1,0000000000000000'] as $price) {
    fixture_show(fn() => flocktory_postcheckout(fixture_user(), fixture_order(['price' => $price])));
}
?>
--EXPECT--
Flocktory\ValidationException
order.price
order.price: expected a number from 0 up to below 10^15 (an int, a float or a decimal string like "1999.90"), got string(16) "1000000000000000"
Flocktory\ValidationException
order.price
order.price: expected a number from 0 up to below 10^15 (an int, a float or a decimal string like "1999.90"), got string(16) "0000000000000001"
Flocktory\ValidationException
order.price
order.price: expected a number from 0 up to below 10^15 (an int, a float or a decimal string like "1999.90"), got string(18) "1.1234567890123456"
Flocktory\ValidationException
order.price
order.price: expected a number from 0 up to below 10^15 (an int, a float or a decimal string like "1999.90"), got string(18) "1,0000000000000000"
