--TEST--
flocktory_update_cart(): items: references in the list and in an item are followed
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

$price = ' 5 ';
$item = ['id' => 'a', 'price' => &$price, 'count' => 1];
$items = [&$item, &$item];
echo fixture_event_payload('updateCart', flocktory_update_cart($items)), "\n";
?>
--EXPECT--
{"cart":{"items":[{"id":"a","price":5,"count":1},{"id":"a","price":5,"count":1}]}}
