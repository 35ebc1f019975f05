--TEST--
flocktory_postcheckout(): user: with a valid email no fallback is read, whatever it holds
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

$users = [
    fixture_user(['phone' => '8-916-123', 'id' => 'a b']),
    fixture_user(['phone' => "\xFF", 'id' => new stdClass]),
];
foreach ($users as $user) {
    fixture_show(fn() => flocktory_postcheckout($user, fixture_order()));
}
// An invalid email is still its own error, before any fallback.
fixture_show(fn() => flocktory_postcheckout(fixture_user(['email' => 'ivan@', 'id' => 'u42']), fixture_order()));
?>
--EXPECT--
{"user":{"name":"Ivan Ivanov","email":"ivan@gmail.com","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"id":"777","title":"Nike Shoes","price":1000,"image":"http://path.to.image","count":1}]}}
{"user":{"name":"Ivan Ivanov","email":"ivan@gmail.com","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"id":"777","title":"Nike Shoes","price":1000,"image":"http://path.to.image","count":1}]}}
Flocktory\ValidationException
user.email
user.email: expected an email address like name@example.com, got string(5) "ivan@"
