--TEST--
flocktory_postcheckout(): order: item price rejects what the price rules reject
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';
foreach ([-1, 1000000000000000, '1e3', '1 999', '-5', '.5', '1.2.3', NAN, INF, -0.5, true] as $price) {
    fixture_show(fn() => flocktory_postcheckout(fixture_user(), fixture_order(['items' => [fixture_item(['price' => $price])]])));
}
?>
--EXPECT--
Flocktory\ValidationException
order.items[0].price
order.items[0].price: expected a number from 0 up to below 10^15 (an int, a float or a decimal string like "1999.90"), got int(-1)
Flocktory\ValidationException
order.items[0].price
order.items[0].price: expected a number from 0 up to below 10^15 (an int, a float or a decimal string like "1999.90"), got int(1000000000000000)
Flocktory\ValidationException
order.items[0].price
order.items[0].price: expected a number from 0 up to below 10^15 (an int, a float or a decimal string like "1999.90"), got string(3) "1e3"
Flocktory\ValidationException
order.items[0].price
order.items[0].price: expected a number from 0 up to below 10^15 (an int, a float or a decimal string like "1999.90"), got string(5) "1 999"
Flocktory\ValidationException
order.items[0].price
order.items[0].price: expected a number from 0 up to below 10^15 (an int, a float or a decimal string like "1999.90"), got string(2) "-5"
Flocktory\ValidationException
order.items[0].price
order.items[0].price: expected a number from 0 up to below 10^15 (an int, a float or a decimal string like "1999.90"), got string(2) ".5"
Flocktory\ValidationException
order.items[0].price
order.items[0].price: expected a number from 0 up to below 10^15 (an int, a float or a decimal string like "1999.90"), got string(5) "1.2.3"
Flocktory\ValidationException
order.items[0].price
order.items[0].price: expected a number from 0 up to below 10^15 (an int, a float or a decimal string like "1999.90"), got float(NAN)
Flocktory\ValidationException
order.items[0].price
order.items[0].price: expected a number from 0 up to below 10^15 (an int, a float or a decimal string like "1999.90"), got float(INF)
Flocktory\ValidationException
order.items[0].price
order.items[0].price: expected a number from 0 up to below 10^15 (an int, a float or a decimal string like "1999.90"), got float(-0.5)
Flocktory\ValidationException
order.items[0].price
order.items[0].price: expected a number from 0 up to below 10^15 (an int, a float or a decimal string like "1999.90"), got bool(true)
