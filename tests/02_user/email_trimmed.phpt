--TEST--
flocktory_postcheckout(): user: email is trimmed of ASCII whitespace before it is checked
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

foreach ([" \t\n\r\v\fivan@gmail.com\f\v\r\n\t ", ' IVAN@GMAIL.COM '] as $email) {
    fixture_show(fn() => flocktory_postcheckout(fixture_user(['email' => $email]), fixture_order()));
}
?>
--EXPECT--
{"user":{"name":"Ivan Ivanov","email":"ivan@gmail.com","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"id":"777","title":"Nike Shoes","price":1000,"image":"http://path.to.image","count":1}]}}
{"user":{"name":"Ivan Ivanov","email":"IVAN@gmail.com","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"id":"777","title":"Nike Shoes","price":1000,"image":"http://path.to.image","count":1}]}}
