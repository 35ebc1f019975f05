--TEST--
flocktory_postcheckout(): order: absent, null and empty optional fields are left out
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';
fixture_show(fn() => flocktory_postcheckout(fixture_user(), fixture_without(fixture_order(), 'custom_field')));
foreach ([null, '', " \t\n\r\v\f "] as $value) {
    fixture_show(fn() => flocktory_postcheckout(fixture_user(), fixture_order(['custom_field' => $value])));
}
$items = [
    ['title' => 'T', 'id' => null, 'price' => '', 'image' => '  ', 'count' => null],
    ['id' => 5, 'title' => '', 'image' => null],
    ['count' => 2, 'price' => " \n"],
    ['image' => '//x', 'title' => null],
    ['price' => 0, 'id' => "\t"],
];
fixture_show(fn() => flocktory_postcheckout(fixture_user(), fixture_order(['items' => $items])));
?>
--EXPECT--
{"user":{"name":"Ivan Ivanov","email":"ivan@gmail.com","sex":"m"},"order":{"id":"77","price":2000,"items":[{"id":"777","title":"Nike Shoes","price":1000,"image":"http://path.to.image","count":1}]}}
{"user":{"name":"Ivan Ivanov","email":"ivan@gmail.com","sex":"m"},"order":{"id":"77","price":2000,"items":[{"id":"777","title":"Nike Shoes","price":1000,"image":"http://path.to.image","count":1}]}}
{"user":{"name":"Ivan Ivanov","email":"ivan@gmail.com","sex":"m"},"order":{"id":"77","price":2000,"items":[{"id":"777","title":"Nike Shoes","price":1000,"image":"http://path.to.image","count":1}]}}
{"user":{"name":"Ivan Ivanov","email":"ivan@gmail.com","sex":"m"},"order":{"id":"77","price":2000,"items":[{"id":"777","title":"Nike Shoes","price":1000,"image":"http://path.to.image","count":1}]}}
{"user":{"name":"Ivan Ivanov","email":"ivan@gmail.com","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"title":"T"},{"id":"5"},{"count":2},{"image":"//x"},{"price":0}]}}
