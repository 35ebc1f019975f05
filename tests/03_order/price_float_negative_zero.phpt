--TEST--
flocktory_postcheckout(): order: price -0.0 is emitted as 0
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';
fixture_show(fn() => flocktory_postcheckout(fixture_user(), fixture_order(['price' => -0.0])));
fixture_show(fn() => flocktory_postcheckout(fixture_user(), fixture_order(['price' => 0.0])));
?>
--EXPECT--
{"user":{"name":"Ivan Ivanov","email":"ivan@gmail.com","sex":"m"},"order":{"id":"77","price":0,"custom_field":"my_custom_id","items":[{"id":"777","title":"Nike Shoes","price":1000,"image":"http://path.to.image","count":1}]}}
{"user":{"name":"Ivan Ivanov","email":"ivan@gmail.com","sex":"m"},"order":{"id":"77","price":0,"custom_field":"my_custom_id","items":[{"id":"777","title":"Nike Shoes","price":1000,"image":"http://path.to.image","count":1}]}}
