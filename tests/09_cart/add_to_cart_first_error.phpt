--TEST--
flocktory_add_to_cart(): item: the first bad field in the fixed order is reported, an unknown key before all
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

foreach ([
    ['count' => 0, 'price' => -1],
    ['id' => 1, 'count' => 0, 'price' => -1],
    ['id' => 1, 'price' => 1, 'count' => 1, 'brand' => 5, 'category_id' => 1.5],
    ['brand' => 5, 'titel' => 'x'],
] as $item) {
    fixture_show_event('addToCart', fn() => flocktory_add_to_cart($item));
}
?>
--EXPECT--
Flocktory\ValidationException
item.id
item.id: expected a non-empty string or int, got nothing
Flocktory\ValidationException
item.price
item.price: expected a number from 0 up to below 10^15 (an int, a float or a decimal string like "1999.90"), got int(-1)
Flocktory\ValidationException
item.brand
item.brand: expected a string, got int(5)
Flocktory\ValidationException
item.titel
item.titel: unknown key, expected one of id, price, count, brand, category_id
