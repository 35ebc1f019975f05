--TEST--
flocktory_postcheckout(): user: email lowercases the ASCII letters of the domain only
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

foreach (['Ivan.Petrov@GMail.COM', 'IVAN+Tag@X.RU', 'ИВАН@Пример.РФ', 'Ivan@ABC-Пример.Com'] as $email) {
    fixture_show(fn() => flocktory_postcheckout(fixture_user(['email' => $email]), fixture_order()));
}
?>
--EXPECT--
{"user":{"name":"Ivan Ivanov","email":"Ivan.Petrov@gmail.com","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"id":"777","title":"Nike Shoes","price":1000,"image":"http://path.to.image","count":1}]}}
{"user":{"name":"Ivan Ivanov","email":"IVAN+Tag@x.ru","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"id":"777","title":"Nike Shoes","price":1000,"image":"http://path.to.image","count":1}]}}
{"user":{"name":"Ivan Ivanov","email":"ИВАН@Пример.РФ","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"id":"777","title":"Nike Shoes","price":1000,"image":"http://path.to.image","count":1}]}}
{"user":{"name":"Ivan Ivanov","email":"Ivan@abc-Пример.com","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"id":"777","title":"Nike Shoes","price":1000,"image":"http://path.to.image","count":1}]}}
