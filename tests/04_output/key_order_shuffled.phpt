--TEST--
flocktory_postcheckout(): output: keys come out in the fixed order whatever the input key order
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';
function shuffled(array $a): array
{
    $keys = array_keys($a);
    shuffle($keys);
    $out = [];
    foreach ($keys as $k) {
        $out[$k] = $a[$k];
    }
    return $out;
}
$want = '{"user":{"name":"Ivan Ivanov","email":"ivan@gmail.com","sex":"m"},'
    . '"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":['
    . '{"id":"777","title":"Nike Shoes","price":1000,"image":"http://path.to.image","count":1},'
    . '{"id":"2","title":"Socks","price":5.5,"image":"//s","count":3}]},"spot":"thankyou"}';
$second = ['id' => '2', 'title' => 'Socks', 'price' => 5.5, 'image' => '//s', 'count' => 3];
mt_srand(20240601);
$runs = 0;
$same = 0;
$orders = [
    // fully reversed first, then random orders
    ['user' => array_reverse(fixture_user()), 'order' => array_reverse(fixture_order(['items' => [array_reverse(fixture_item()), array_reverse($second)]]))],
];
for ($i = 0; $i < 60; $i++) {
    $orders[] = ['user' => shuffled(fixture_user()), 'order' => shuffled(fixture_order(['items' => [shuffled(fixture_item()), shuffled($second)]]))];
}
foreach ($orders as $case) {
    $runs++;
    $got = fixture_payload(flocktory_postcheckout($case['user'], $case['order'], 'thankyou'));
    if ($got === $want) {
        $same++;
    } else {
        echo "differs: $got\n";
    }
}
echo "$same of $runs in the fixed order\n";
echo array_key_first($orders[0]['order']), ' ', array_key_first($orders[0]['user']), "\n";
?>
--EXPECT--
61 of 61 in the fixed order
items sex
