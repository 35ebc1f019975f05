--TEST--
flocktory_postcheckout(): order: item count rejects what the price rules reject
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';
foreach ([-1, -0.5, '-1', '1e3', '2 pcs', 1000000000000000, NAN, INF, true] as $count) {
    fixture_show(fn() => flocktory_postcheckout(fixture_user(), fixture_order(['items' => [fixture_item(['count' => $count])]])));
}
?>
--EXPECT--
Flocktory\ValidationException
order.items[0].count
order.items[0].count: expected a number above 0 and below 10^15 (an int, a float or a decimal string like "2"), got int(-1)
Flocktory\ValidationException
order.items[0].count
order.items[0].count: expected a number above 0 and below 10^15 (an int, a float or a decimal string like "2"), got float(-0.5)
Flocktory\ValidationException
order.items[0].count
order.items[0].count: expected a number above 0 and below 10^15 (an int, a float or a decimal string like "2"), got string(2) "-1"
Flocktory\ValidationException
order.items[0].count
order.items[0].count: expected a number above 0 and below 10^15 (an int, a float or a decimal string like "2"), got string(3) "1e3"
Flocktory\ValidationException
order.items[0].count
order.items[0].count: expected a number above 0 and below 10^15 (an int, a float or a decimal string like "2"), got string(5) "2 pcs"
Flocktory\ValidationException
order.items[0].count
order.items[0].count: expected a number above 0 and below 10^15 (an int, a float or a decimal string like "2"), got int(1000000000000000)
Flocktory\ValidationException
order.items[0].count
order.items[0].count: expected a number above 0 and below 10^15 (an int, a float or a decimal string like "2"), got float(NAN)
Flocktory\ValidationException
order.items[0].count
order.items[0].count: expected a number above 0 and below 10^15 (an int, a float or a decimal string like "2"), got float(INF)
Flocktory\ValidationException
order.items[0].count
order.items[0].count: expected a number above 0 and below 10^15 (an int, a float or a decimal string like "2"), got bool(true)
