--TEST--
flocktory_add_to_cart(): output: keys in the fixed order id, price, count, brand, categoryId whatever the input order
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

echo fixture_event_payload('addToCart', flocktory_add_to_cart(['category_id' => 9, 'brand' => 'b', 'count' => 2, 'price' => 3, 'id' => 4])), "\n";
echo fixture_event_payload('addToCart', flocktory_add_to_cart(['count' => 2, 'id' => 4, 'category_id' => 9, 'price' => 3])), "\n";
?>
--EXPECT--
{"item":{"id":"4","price":3,"count":2,"brand":"b","categoryId":"9"}}
{"item":{"id":"4","price":3,"count":2,"categoryId":"9"}}
