--TEST--
flocktory_postcheckout(): order: item title accepts a string, trimmed of ASCII whitespace only
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';
foreach (['Nike Shoes', " \t\n\v\f\rКроссовки Nike\r\f\v\n\t ", '0', "\u{00A0}x\u{00A0}"] as $title) {
    fixture_show(fn() => flocktory_postcheckout(fixture_user(), fixture_order(['items' => [['title' => $title]]])));
}
?>
--EXPECT--
{"user":{"name":"Ivan Ivanov","email":"ivan@gmail.com","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"title":"Nike Shoes"}]}}
{"user":{"name":"Ivan Ivanov","email":"ivan@gmail.com","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"title":"Кроссовки Nike"}]}}
{"user":{"name":"Ivan Ivanov","email":"ivan@gmail.com","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"title":"0"}]}}
{"user":{"name":"Ivan Ivanov","email":"ivan@gmail.com","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"title":" x "}]}}
