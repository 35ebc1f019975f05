--TEST--
flocktory_postcheckout(): order: items keyed by strings or unordered ints are emitted as a list in iteration order
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';
$lists = [
    ['b' => ['title' => 'B'], 'a' => ['title' => 'A']],
    [5 => ['title' => 'five'], 2 => ['title' => 'two'], -1 => ['title' => 'minus one']],
    ['x' => ['title' => 'x'], 0 => ['title' => 'zero']],
    [1 => ['title' => 'one']],
];
foreach ($lists as $items) {
    fixture_show(fn() => flocktory_postcheckout(fixture_user(), fixture_order(['items' => $items])));
}
?>
--EXPECT--
{"user":{"name":"Ivan Ivanov","email":"ivan@gmail.com","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"title":"B"},{"title":"A"}]}}
{"user":{"name":"Ivan Ivanov","email":"ivan@gmail.com","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"title":"five"},{"title":"two"},{"title":"minus one"}]}}
{"user":{"name":"Ivan Ivanov","email":"ivan@gmail.com","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"title":"x"},{"title":"zero"}]}}
{"user":{"name":"Ivan Ivanov","email":"ivan@gmail.com","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"title":"one"}]}}
