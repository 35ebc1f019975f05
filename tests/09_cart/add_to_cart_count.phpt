--TEST--
flocktory_add_to_cart(): item: count is a number above 0 (the units added)
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

foreach ([
    ['id' => 1, 'price' => 1, 'count' => 3],
    ['id' => 1, 'price' => 1, 'count' => 0.5],
    ['id' => 1, 'price' => 1, 'count' => '2'],
    ['id' => 1, 'price' => 1, 'count' => '0,25'],
] as $item) {
    fixture_show_event('addToCart', fn() => flocktory_add_to_cart($item));
}
?>
--EXPECT--
{"item":{"id":"1","price":1,"count":3}}
{"item":{"id":"1","price":1,"count":0.5}}
{"item":{"id":"1","price":1,"count":2}}
{"item":{"id":"1","price":1,"count":0.25}}
