--TEST--
flocktory_postcheckout(): user: email local part is at most 64 bytes
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

$a64 = str_repeat('a', 64);
$zh32 = str_repeat('ж', 32); // 64 bytes
$names = [$a64 => '<a x 64>', $zh32 => '<ж x 32>'];
foreach (["$a64@x.ru", "{$a64}a@x.ru", "$zh32@x.ru", "{$zh32}a@x.ru"] as $email) {
    fixture_show(fn() => strtr(flocktory_postcheckout(fixture_user(['email' => $email]), fixture_order()), $names));
}
?>
--EXPECT--
{"user":{"name":"Ivan Ivanov","email":"<a x 64>@x.ru","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"id":"777","title":"Nike Shoes","price":1000,"image":"http://path.to.image","count":1}]}}
Flocktory\ValidationException
user.email
user.email: expected an email address like name@example.com, got string(70) "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"...
{"user":{"name":"Ivan Ivanov","email":"<ж x 32>@x.ru","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"id":"777","title":"Nike Shoes","price":1000,"image":"http://path.to.image","count":1}]}}
Flocktory\ValidationException
user.email
user.email: expected an email address like name@example.com, got string(70) "жжжжжжжжжжжжжжжжжжжж"...
