--TEST--
flocktory_add_to_cart(): item: an id or category_id that is not a string or int is an error
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

foreach ([
    fixture_cart_item(['id' => 1.0]),
    fixture_cart_item(['id' => true]),
    fixture_cart_item(['id' => ['1']]),
    fixture_cart_item(['category_id' => 1.5]),
    fixture_cart_item(['category_id' => false]),
    fixture_cart_item(['category_id' => new stdClass]),
] as $item) {
    fixture_show_event('addToCart', fn() => flocktory_add_to_cart($item));
}
?>
--EXPECT--
Flocktory\ValidationException
item.id
item.id: expected a non-empty string or int, got float(1)
Flocktory\ValidationException
item.id
item.id: expected a non-empty string or int, got bool(true)
Flocktory\ValidationException
item.id
item.id: expected a non-empty string or int, got array(1)
Flocktory\ValidationException
item.category_id
item.category_id: expected a string or int, got float(1.5)
Flocktory\ValidationException
item.category_id
item.category_id: expected a string or int, got bool(false)
Flocktory\ValidationException
item.category_id
item.category_id: expected a string or int, got object(stdClass)
