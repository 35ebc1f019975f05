--TEST--
flocktory_postcheckout(): order: price rejects NAN, INF, -INF, a negative float and a float of 10^15 or more
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';
foreach ([NAN, INF, -INF, -0.5] as $price) {
    fixture_show(fn() => flocktory_postcheckout(fixture_user(), fixture_order(['price' => $price])));
}
// How a large float is spelled after "float(" is the implementation's choice.
$prefix = 'order.price: expected a number from 0 up to below 10^15 (an int, a float or a decimal string like "1999.90"), got float(';
foreach ([1e15, 1e15 + 2, 1e300, PHP_FLOAT_MAX] as $price) {
    try {
        echo flocktory_postcheckout(fixture_user(), fixture_order(['price' => $price])), "\n";
    } catch (Flocktory\ValidationException $e) {
        echo get_class($e), ' ', $e->getField(), ' ', str_starts_with($e->getMessage(), $prefix) ? 'ok' : $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
Flocktory\ValidationException
order.price
order.price: expected a number from 0 up to below 10^15 (an int, a float or a decimal string like "1999.90"), got float(NAN)
Flocktory\ValidationException
order.price
order.price: expected a number from 0 up to below 10^15 (an int, a float or a decimal string like "1999.90"), got float(INF)
Flocktory\ValidationException
order.price
order.price: expected a number from 0 up to below 10^15 (an int, a float or a decimal string like "1999.90"), got float(-INF)
Flocktory\ValidationException
order.price
order.price: expected a number from 0 up to below 10^15 (an int, a float or a decimal string like "1999.90"), got float(-0.5)
Flocktory\ValidationException order.price ok
Flocktory\ValidationException order.price ok
Flocktory\ValidationException order.price ok
Flocktory\ValidationException order.price ok
