--TEST--
flocktory_remove_from_cart(): item: the same keys as an added item, in the same order; price optional
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

foreach ([
    ['category_id' => 7, 'brand' => ' b ', 'count' => 1, 'price' => '10,5', 'id' => 'x'],
    ['id' => 'x', 'count' => 1, 'price' => null, 'brand' => ''],
] as $item) {
    fixture_show_event('removeFromCart', fn() => flocktory_remove_from_cart($item));
}
?>
--EXPECT--
{"item":{"id":"x","price":10.5,"count":1,"brand":"b","categoryId":"7"}}
{"item":{"id":"x","count":1}}
