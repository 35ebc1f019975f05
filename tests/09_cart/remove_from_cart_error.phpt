--TEST--
flocktory_remove_from_cart(): item: id and count are required, price follows the price rules, other keys are errors
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

foreach ([
    ['count' => 1],
    ['id' => 1],
    ['id' => 1, 'count' => 0],
    ['id' => 1, 'count' => 1, 'price' => '1 200,50'],
    ['id' => 1, 'count' => 1, 'qty' => 1],
] as $item) {
    fixture_show_event('removeFromCart', fn() => flocktory_remove_from_cart($item));
}
?>
--EXPECT--
Flocktory\ValidationException
item.id
item.id: expected a non-empty string or int, got nothing
Flocktory\ValidationException
item.count
item.count: expected a number above 0 and below 10^15 (an int, a float or a decimal string like "2"), got nothing
Flocktory\ValidationException
item.count
item.count: expected a number above 0 and below 10^15 (an int, a float or a decimal string like "2"), got int(0)
Flocktory\ValidationException
item.price
item.price: expected a number from 0 up to below 10^15 (an int, a float or a decimal string like "1999.90"), got string(8) "1 200,50"
Flocktory\ValidationException
item.qty
item.qty: unknown key, expected one of id, price, count, brand, category_id
