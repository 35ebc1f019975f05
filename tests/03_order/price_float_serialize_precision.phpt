--TEST--
flocktory_postcheckout(): order: price float digits do not follow the serialize_precision setting
--EXTENSIONS--
flocktory
--INI--
serialize_precision=17
precision=5
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';
foreach ([0.1, 1/3, 1999.9] as $price) {
    fixture_show(fn() => flocktory_postcheckout(fixture_user(), fixture_order(['price' => $price])));
}
?>
--EXPECT--
{"user":{"name":"Ivan Ivanov","email":"ivan@gmail.com","sex":"m"},"order":{"id":"77","price":0.1,"custom_field":"my_custom_id","items":[{"id":"777","title":"Nike Shoes","price":1000,"image":"http://path.to.image","count":1}]}}
{"user":{"name":"Ivan Ivanov","email":"ivan@gmail.com","sex":"m"},"order":{"id":"77","price":0.3333333333333333,"custom_field":"my_custom_id","items":[{"id":"777","title":"Nike Shoes","price":1000,"image":"http://path.to.image","count":1}]}}
{"user":{"name":"Ivan Ivanov","email":"ivan@gmail.com","sex":"m"},"order":{"id":"77","price":1999.9,"custom_field":"my_custom_id","items":[{"id":"777","title":"Nike Shoes","price":1000,"image":"http://path.to.image","count":1}]}}
