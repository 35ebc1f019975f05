--TEST--
flocktory_postcheckout(): user: email domain labels are at most 63 bytes
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

$b63 = str_repeat('b', 63);
$d31 = str_repeat('д', 31); // 62 bytes
$names = [$b63 => '<b x 63>', $d31 => '<д x 31>'];
$emails = [
    "ivan@$b63.ru",
    "ivan@{$b63}b.ru",
    "ivan@x.$b63",
    "ivan@x.{$b63}b",
    "ivan@{$d31}d.ru",
    "ivan@{$d31}д.ru",
];
foreach ($emails as $email) {
    fixture_show(fn() => strtr(flocktory_postcheckout(fixture_user(['email' => $email]), fixture_order()), $names));
}
?>
--EXPECT--
{"user":{"name":"Ivan Ivanov","email":"ivan@<b x 63>.ru","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"id":"777","title":"Nike Shoes","price":1000,"image":"http://path.to.image","count":1}]}}
Flocktory\ValidationException
user.email
user.email: expected an email address like name@example.com, got string(72) "ivan@bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"...
{"user":{"name":"Ivan Ivanov","email":"ivan@x.<b x 63>","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"id":"777","title":"Nike Shoes","price":1000,"image":"http://path.to.image","count":1}]}}
Flocktory\ValidationException
user.email
user.email: expected an email address like name@example.com, got string(71) "ivan@x.bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"...
{"user":{"name":"Ivan Ivanov","email":"ivan@<д x 31>d.ru","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"id":"777","title":"Nike Shoes","price":1000,"image":"http://path.to.image","count":1}]}}
Flocktory\ValidationException
user.email
user.email: expected an email address like name@example.com, got string(72) "ivan@ддддддддддддддддд"...
