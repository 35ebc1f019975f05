--TEST--
flocktory_add_to_cart(): item: a brand that is not a string is an error
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

foreach ([
    fixture_cart_item(['brand' => 5]),
    fixture_cart_item(['brand' => ['Nike']]),
] as $item) {
    fixture_show_event('addToCart', fn() => flocktory_add_to_cart($item));
}
?>
--EXPECT--
Flocktory\ValidationException
item.brand
item.brand: expected a string, got int(5)
Flocktory\ValidationException
item.brand
item.brand: expected a string, got array(1)
