--TEST--
flocktory_postcheckout(): user: real-world phones that are not one clean number (too short, an extension, two numbers, a name) are not read next to an email
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

foreach ([
    '8-916-123',
    '+7 916 123 45 67 доб. 12',
    '+7 916 123-45-67, +7 495 123-45-67',
    '+7 916 123 45 67 (Иван)',
] as $phone) {
    fixture_show(fn() => flocktory_postcheckout(fixture_user(['phone' => $phone]), fixture_order()));
}
?>
--EXPECT--
{"user":{"name":"Ivan Ivanov","email":"ivan@gmail.com","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"id":"777","title":"Nike Shoes","price":1000,"image":"http://path.to.image","count":1}]}}
{"user":{"name":"Ivan Ivanov","email":"ivan@gmail.com","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"id":"777","title":"Nike Shoes","price":1000,"image":"http://path.to.image","count":1}]}}
{"user":{"name":"Ivan Ivanov","email":"ivan@gmail.com","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"id":"777","title":"Nike Shoes","price":1000,"image":"http://path.to.image","count":1}]}}
{"user":{"name":"Ivan Ivanov","email":"ivan@gmail.com","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"id":"777","title":"Nike Shoes","price":1000,"image":"http://path.to.image","count":1}]}}
