--TEST--
flocktory_postcheckout(): order: items, items and item fields held by reference are read through
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';
$title = 'Ref title';
$price = '12,50';
$first = ['title' => &$title, 'price' => &$price];
$second = fixture_item();
$items = [&$first, &$second];
$order = fixture_order();
$order['items'] = &$items;
$id = 'ref-77';
$order['id'] = &$id;
fixture_show(fn() => flocktory_postcheckout(fixture_user(), $order));
$title = 'Changed';
fixture_show(fn() => flocktory_postcheckout(fixture_user(), $order));
?>
--EXPECT--
{"user":{"name":"Ivan Ivanov","email":"ivan@gmail.com","sex":"m"},"order":{"id":"ref-77","price":2000,"custom_field":"my_custom_id","items":[{"title":"Ref title","price":12.5},{"id":"777","title":"Nike Shoes","price":1000,"image":"http://path.to.image","count":1}]}}
{"user":{"name":"Ivan Ivanov","email":"ivan@gmail.com","sex":"m"},"order":{"id":"ref-77","price":2000,"custom_field":"my_custom_id","items":[{"title":"Changed","price":12.5},{"id":"777","title":"Nike Shoes","price":1000,"image":"http://path.to.image","count":1}]}}
