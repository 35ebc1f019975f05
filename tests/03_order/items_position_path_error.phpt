--TEST--
flocktory_postcheckout(): order: items paths use the 0-based position, whatever the keys
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';
$lists = [
    ['a' => fixture_item(), 'b' => fixture_item(['price' => -1])],
    [7 => fixture_item(), 3 => fixture_item(), 0 => fixture_item(['title' => 5])],
    ['x' => fixture_item(['count' => 0])],
];
foreach ($lists as $items) {
    fixture_show(fn() => flocktory_postcheckout(fixture_user(), fixture_order(['items' => $items])));
}
?>
--EXPECT--
Flocktory\ValidationException
order.items[1].price
order.items[1].price: expected a number from 0 up to below 10^15 (an int, a float or a decimal string like "1999.90"), got int(-1)
Flocktory\ValidationException
order.items[2].title
order.items[2].title: expected a string, got int(5)
Flocktory\ValidationException
order.items[0].count
order.items[0].count: expected a number above 0 and below 10^15 (an int, a float or a decimal string like "2"), got int(0)
