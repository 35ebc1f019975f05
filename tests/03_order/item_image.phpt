--TEST--
flocktory_postcheckout(): order: item image accepts an absolute http, https or protocol-relative URL
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';
$urls = [
    'http://x',
    'https://cdn.example.com/i/1.jpg?w=100&h=50',
    'HTTPS://EXAMPLE.COM/A.PNG',
    'HtTp://x:8080/a',
    '//cdn.example.com/i.png',
    'http://пример.рф/картинка.jpg',
    " \thttp://x/a.jpg\t\n",
    "http://x/\t",
];
foreach ($urls as $image) {
    fixture_show(fn() => flocktory_postcheckout(fixture_user(), fixture_order(['items' => [['image' => $image]]])));
}
?>
--EXPECT--
{"user":{"name":"Ivan Ivanov","email":"ivan@gmail.com","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"image":"http://x"}]}}
{"user":{"name":"Ivan Ivanov","email":"ivan@gmail.com","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"image":"https://cdn.example.com/i/1.jpg?w=100\u0026h=50"}]}}
{"user":{"name":"Ivan Ivanov","email":"ivan@gmail.com","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"image":"HTTPS://EXAMPLE.COM/A.PNG"}]}}
{"user":{"name":"Ivan Ivanov","email":"ivan@gmail.com","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"image":"HtTp://x:8080/a"}]}}
{"user":{"name":"Ivan Ivanov","email":"ivan@gmail.com","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"image":"//cdn.example.com/i.png"}]}}
{"user":{"name":"Ivan Ivanov","email":"ivan@gmail.com","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"image":"http://пример.рф/картинка.jpg"}]}}
{"user":{"name":"Ivan Ivanov","email":"ivan@gmail.com","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"image":"http://x/a.jpg"}]}}
{"user":{"name":"Ivan Ivanov","email":"ivan@gmail.com","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"image":"http://x/"}]}}
