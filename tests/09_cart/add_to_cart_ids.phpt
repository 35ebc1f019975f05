--TEST--
flocktory_add_to_cart(): item: id and category_id are strings or ints, trimmed, written as strings
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

foreach ([
    fixture_cart_item(['id' => 123, 'category_id' => 0]),
    fixture_cart_item(['id' => -5, 'category_id' => PHP_INT_MAX]),
    fixture_cart_item(['id' => ' sku-1 ', 'category_id' => "\tshoes\n"]),
    fixture_cart_item(['category_id' => null]),
    fixture_cart_item(['category_id' => ' ']),
] as $item) {
    fixture_show_event('addToCart', fn() => flocktory_add_to_cart($item));
}
?>
--EXPECT--
{"item":{"id":"123","price":1200,"count":1,"brand":"smth inc","categoryId":"0"}}
{"item":{"id":"-5","price":1200,"count":1,"brand":"smth inc","categoryId":"9223372036854775807"}}
{"item":{"id":"sku-1","price":1200,"count":1,"brand":"smth inc","categoryId":"shoes"}}
{"item":{"id":"123","price":1200,"count":1,"brand":"smth inc"}}
{"item":{"id":"123","price":1200,"count":1,"brand":"smth inc"}}
