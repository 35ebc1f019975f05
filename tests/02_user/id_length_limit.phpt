--TEST--
flocktory_postcheckout(): user: id is 1 to 64 characters
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

$a64 = str_repeat('a', 64);
foreach (['a', $a64] as $id) {
    $user = fixture_without(fixture_user(['id' => $id]), 'email');
    fixture_show(fn() => strtr(flocktory_postcheckout($user, fixture_order()), [$a64 => '<a x 64>']));
}
$user = fixture_without(fixture_user(['id' => "{$a64}a"]), 'email');
fixture_show(fn() => flocktory_postcheckout($user, fixture_order()));
?>
--EXPECT--
{"user":{"name":"Ivan Ivanov","email":"a@unknown.email","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"id":"777","title":"Nike Shoes","price":1000,"image":"http://path.to.image","count":1}]}}
{"user":{"name":"Ivan Ivanov","email":"<a x 64>@unknown.email","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"id":"777","title":"Nike Shoes","price":1000,"image":"http://path.to.image","count":1}]}}
Flocktory\ValidationException
user.id
user.id: expected 1 to 64 of A-Z a-z 0-9 _ - and . (a dot not first, last or doubled), got string(65) "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"...
