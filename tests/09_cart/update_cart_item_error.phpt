--TEST--
flocktory_update_cart(): items: every element is a cart item with id, price and count required
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

$ok = fixture_cart_item();
foreach ([
    [$ok, fixture_without($ok, 'price')],
    [$ok, $ok, fixture_cart_item(['count' => '-1'])],
    [fixture_without($ok, 'id')],
    [$ok, 5],
    [null],
    [[]],
    [$ok + ['title' => 'x']],
] as $items) {
    fixture_show_event('updateCart', fn() => flocktory_update_cart($items));
}
?>
--EXPECT--
Flocktory\ValidationException
items[1].price
items[1].price: expected a number from 0 up to below 10^15 (an int, a float or a decimal string like "1999.90"), got nothing
Flocktory\ValidationException
items[2].count
items[2].count: expected a number above 0 and below 10^15 (an int, a float or a decimal string like "2"), got string(2) "-1"
Flocktory\ValidationException
items[0].id
items[0].id: expected a non-empty string or int, got nothing
Flocktory\ValidationException
items[1]
items[1]: expected an array with the keys id, price, count, brand, category_id, got int(5)
Flocktory\ValidationException
items[0]
items[0]: expected an array with the keys id, price, count, brand, category_id, got null
Flocktory\ValidationException
items[0].id
items[0].id: expected a non-empty string or int, got nothing
Flocktory\ValidationException
items[0].title
items[0].title: unknown key, expected one of id, price, count, brand, category_id
