--TEST--
flocktory_postcheckout(): user: without an email, a used phone leaves the id unread, so a bad id does not matter
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

$users = [
    fixture_without(fixture_user(['phone' => '+7 916 123-45-67', 'id' => 'a..b']), 'email'),
    fixture_user(['email' => '', 'phone' => 79161234567, 'id' => []]),
    fixture_user(['email' => null, 'phone' => '8 (916) 123-45-67', 'id' => "id\x80"]),
];
foreach ($users as $user) {
    fixture_show(fn() => flocktory_postcheckout($user, fixture_order()));
}
?>
--EXPECT--
{"user":{"name":"Ivan Ivanov","email":"79161234567@unknown.email","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"id":"777","title":"Nike Shoes","price":1000,"image":"http://path.to.image","count":1}]}}
{"user":{"name":"Ivan Ivanov","email":"79161234567@unknown.email","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"id":"777","title":"Nike Shoes","price":1000,"image":"http://path.to.image","count":1}]}}
{"user":{"name":"Ivan Ivanov","email":"89161234567@unknown.email","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"id":"777","title":"Nike Shoes","price":1000,"image":"http://path.to.image","count":1}]}}
