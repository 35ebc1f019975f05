--TEST--
flocktory_postcheckout(): user: without an email, a bad phone is passed over when the id makes an address
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

// Issue 21: a phone that cannot be matched is worth less than an order that
// is kept. A wrong type and invalid UTF-8 are passed over too.
$users = [
    fixture_without(fixture_user(['phone' => '8-916-123', 'id' => 'u42']), 'email'),
    fixture_without(fixture_user(['phone' => 'call me', 'id' => 'u42']), 'email'),
    fixture_without(fixture_user(['phone' => 123, 'id' => 'u42']), 'email'),
    fixture_user(['email' => '', 'phone' => '8-916-123', 'id' => 42]),
    fixture_user(['email' => null, 'phone' => 4.5, 'id' => 'u42']),
    fixture_user(['email' => null, 'phone' => ['+7 916 123-45-67'], 'id' => 'u42']),
    fixture_user(['email' => null, 'phone' => "+7 916 \xE2\x80 123-45-67", 'id' => 'u42']),
];
foreach ($users as $user) {
    fixture_show(fn() => flocktory_postcheckout($user, fixture_order()));
}
?>
--EXPECT--
{"user":{"name":"Ivan Ivanov","email":"u42@unknown.email","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"id":"777","title":"Nike Shoes","price":1000,"image":"http://path.to.image","count":1}]}}
{"user":{"name":"Ivan Ivanov","email":"u42@unknown.email","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"id":"777","title":"Nike Shoes","price":1000,"image":"http://path.to.image","count":1}]}}
{"user":{"name":"Ivan Ivanov","email":"u42@unknown.email","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"id":"777","title":"Nike Shoes","price":1000,"image":"http://path.to.image","count":1}]}}
{"user":{"name":"Ivan Ivanov","email":"42@unknown.email","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"id":"777","title":"Nike Shoes","price":1000,"image":"http://path.to.image","count":1}]}}
{"user":{"name":"Ivan Ivanov","email":"u42@unknown.email","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"id":"777","title":"Nike Shoes","price":1000,"image":"http://path.to.image","count":1}]}}
{"user":{"name":"Ivan Ivanov","email":"u42@unknown.email","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"id":"777","title":"Nike Shoes","price":1000,"image":"http://path.to.image","count":1}]}}
{"user":{"name":"Ivan Ivanov","email":"u42@unknown.email","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"id":"777","title":"Nike Shoes","price":1000,"image":"http://path.to.image","count":1}]}}
