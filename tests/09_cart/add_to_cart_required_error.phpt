--TEST--
flocktory_add_to_cart(): item: id, price and count are required, with order.id's and order.price's messages
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

foreach ([
    fixture_without(fixture_cart_item(), 'id'),
    fixture_cart_item(['id' => null]),
    fixture_cart_item(['id' => " \t"]),
    fixture_without(fixture_cart_item(), 'price'),
    fixture_cart_item(['price' => null]),
    fixture_cart_item(['price' => '  ']),
    fixture_without(fixture_cart_item(), 'count'),
    fixture_cart_item(['count' => null]),
    [],
] as $item) {
    fixture_show_event('addToCart', fn() => flocktory_add_to_cart($item));
}
?>
--EXPECT--
Flocktory\ValidationException
item.id
item.id: expected a non-empty string or int, got nothing
Flocktory\ValidationException
item.id
item.id: expected a non-empty string or int, got null
Flocktory\ValidationException
item.id
item.id: expected a non-empty string or int, got string(2) " \u{9}"
Flocktory\ValidationException
item.price
item.price: expected a number from 0 up to below 10^15 (an int, a float or a decimal string like "1999.90"), got nothing
Flocktory\ValidationException
item.price
item.price: expected a number from 0 up to below 10^15 (an int, a float or a decimal string like "1999.90"), got null
Flocktory\ValidationException
item.price
item.price: expected a number from 0 up to below 10^15 (an int, a float or a decimal string like "1999.90"), got string(2) "  "
Flocktory\ValidationException
item.count
item.count: expected a number above 0 and below 10^15 (an int, a float or a decimal string like "2"), got nothing
Flocktory\ValidationException
item.count
item.count: expected a number above 0 and below 10^15 (an int, a float or a decimal string like "2"), got null
Flocktory\ValidationException
item.id
item.id: expected a non-empty string or int, got nothing
