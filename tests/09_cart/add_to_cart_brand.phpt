--TEST--
flocktory_add_to_cart(): item: brand is trimmed and escaped; null or blank leaves it out
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

foreach ([
    fixture_cart_item(['brand' => " Levi's \"501\" & <Co> "]),
    fixture_cart_item(['brand' => 'Ёлки-Палки']),
    fixture_cart_item(['brand' => null]),
    fixture_cart_item(['brand' => "\r\n"]),
] as $item) {
    fixture_show_event('addToCart', fn() => flocktory_add_to_cart($item));
}
?>
--EXPECT--
{"item":{"id":"123","price":1200,"count":1,"brand":"Levi\u0027s \"501\" \u0026 \u003CCo\u003E","categoryId":"123123"}}
{"item":{"id":"123","price":1200,"count":1,"brand":"Ёлки-Палки","categoryId":"123123"}}
{"item":{"id":"123","price":1200,"count":1,"categoryId":"123123"}}
{"item":{"id":"123","price":1200,"count":1,"categoryId":"123123"}}
