--TEST--
flocktory_postcheckout(): user: email domain is at most 253 bytes
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

$labels = str_repeat(str_repeat('a', 63) . '.', 3);
$d253 = $labels . str_repeat('b', 58) . '.ru';
$d254 = $labels . str_repeat('b', 59) . '.ru';
echo strlen($d253), " ", strlen($d254), "\n";
foreach (["i@$d253", "i@$d254"] as $email) {
    fixture_show(fn() => strtr(flocktory_postcheckout(fixture_user(['email' => $email]), fixture_order()), [$d253 => '<253 bytes>']));
}
?>
--EXPECT--
253 254
{"user":{"name":"Ivan Ivanov","email":"i@<253 bytes>","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"id":"777","title":"Nike Shoes","price":1000,"image":"http://path.to.image","count":1}]}}
Flocktory\ValidationException
user.email
user.email: expected an email address like name@example.com, got string(256) "i@aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"...
