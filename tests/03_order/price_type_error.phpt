--TEST--
flocktory_postcheckout(): order: price is required and rejects bool, null, array and object
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';
fixture_show(fn() => flocktory_postcheckout(fixture_user(), fixture_without(fixture_order(), 'price')));
foreach ([null, true, false, [], [2000], new stdClass] as $price) {
    fixture_show(fn() => flocktory_postcheckout(fixture_user(), fixture_order(['price' => $price])));
}
?>
--EXPECT--
Flocktory\ValidationException
order.price
order.price: expected a number from 0 up to below 10^15 (an int, a float or a decimal string like "1999.90"), got nothing
Flocktory\ValidationException
order.price
order.price: expected a number from 0 up to below 10^15 (an int, a float or a decimal string like "1999.90"), got null
Flocktory\ValidationException
order.price
order.price: expected a number from 0 up to below 10^15 (an int, a float or a decimal string like "1999.90"), got bool(true)
Flocktory\ValidationException
order.price
order.price: expected a number from 0 up to below 10^15 (an int, a float or a decimal string like "1999.90"), got bool(false)
Flocktory\ValidationException
order.price
order.price: expected a number from 0 up to below 10^15 (an int, a float or a decimal string like "1999.90"), got array(0)
Flocktory\ValidationException
order.price
order.price: expected a number from 0 up to below 10^15 (an int, a float or a decimal string like "1999.90"), got array(1)
Flocktory\ValidationException
order.price
order.price: expected a number from 0 up to below 10^15 (an int, a float or a decimal string like "1999.90"), got object(stdClass)
