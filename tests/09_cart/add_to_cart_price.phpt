--TEST--
flocktory_add_to_cart(): item: price follows the price rules: ints, floats, decimal strings with . or ,
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

foreach ([
    ['id' => 1, 'count' => 1, 'price' => 0],
    ['id' => 1, 'count' => 1, 'price' => 1200.5],
    ['id' => 1, 'count' => 1, 'price' => -0.0],
    ['id' => 1, 'count' => 1, 'price' => '1200,50'],
    ['id' => 1, 'count' => 1, 'price' => ' 0099.90 '],
    ['id' => 1, 'count' => 1, 'price' => 0.1 + 0.2],
] as $item) {
    fixture_show_event('addToCart', fn() => flocktory_add_to_cart($item));
}
?>
--EXPECT--
{"item":{"id":"1","price":0,"count":1}}
{"item":{"id":"1","price":1200.5,"count":1}}
{"item":{"id":"1","price":0,"count":1}}
{"item":{"id":"1","price":1200.5,"count":1}}
{"item":{"id":"1","price":99.9,"count":1}}
{"item":{"id":"1","price":0.30000000000000004,"count":1}}
