--TEST--
flocktory_postcheckout(): order: item count rejects zero in every form
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';
foreach ([0, '0', '0.00', '000,000'] as $count) {
    fixture_show(fn() => flocktory_postcheckout(fixture_user(), fixture_order(['items' => [fixture_item(['count' => $count])]])));
}
// How a whole float is spelled after "float(" is the implementation's choice.
$prefix = 'order.items[0].count: expected a number above 0 and below 10^15 (an int, a float or a decimal string like "2"), got float(';
foreach ([0.0, -0.0] as $count) {
    try {
        echo flocktory_postcheckout(fixture_user(), fixture_order(['items' => [fixture_item(['count' => $count])]])), "\n";
    } catch (Flocktory\ValidationException $e) {
        echo get_class($e), ' ', $e->getField(), ' ', str_starts_with($e->getMessage(), $prefix) ? 'ok' : $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
Flocktory\ValidationException
order.items[0].count
order.items[0].count: expected a number above 0 and below 10^15 (an int, a float or a decimal string like "2"), got int(0)
Flocktory\ValidationException
order.items[0].count
order.items[0].count: expected a number above 0 and below 10^15 (an int, a float or a decimal string like "2"), got string(1) "0"
Flocktory\ValidationException
order.items[0].count
order.items[0].count: expected a number above 0 and below 10^15 (an int, a float or a decimal string like "2"), got string(4) "0.00"
Flocktory\ValidationException
order.items[0].count
order.items[0].count: expected a number above 0 and below 10^15 (an int, a float or a decimal string like "2"), got string(7) "000,000"
Flocktory\ValidationException order.items[0].count ok
Flocktory\ValidationException order.items[0].count ok
