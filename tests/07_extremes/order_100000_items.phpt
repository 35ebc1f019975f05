--TEST--
flocktory_postcheckout(): extremes: an order with 100,000 items gives the exact snippet
--EXTENSIONS--
flocktory
--INI--
memory_limit=512M
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

$items = [];
for ($i = 0; $i < 100000; $i++) {
    $items[] = ['id' => "sku-$i", 'title' => "Товар \"$i\" <b>", 'price' => '199,90', 'count' => $i % 7 + 1];
}
$payload = fixture_payload(flocktory_postcheckout(fixture_user(), fixture_order(['items' => $items])));

$expected = [];
for ($i = 0; $i < 100000; $i++) {
    $expected[] = '{"id":"sku-' . $i . '","title":"Товар \"' . $i . '\" \u003Cb\u003E","price":199.9,"count":' . ($i % 7 + 1) . '}';
}
$expected = '{"user":{"name":"Ivan Ivanov","email":"ivan@gmail.com","sex":"m"},'
    . '"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[' . implode(',', $expected) . ']}}';
var_dump(substr_count($payload, '"count":'), $payload === $expected);
?>
--EXPECT--
int(100000)
bool(true)
