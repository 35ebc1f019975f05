--TEST--
flocktory_postcheckout(): output: the seed document's example, byte for byte
--EXTENSIONS--
flocktory
--FILE--
<?php
$user = ['name' => 'Ivan Ivanov', 'email' => 'ivan@gmail.com', 'sex' => 'm'];
$order = [
    'id' => '77',
    'price' => 2000,
    'custom_field' => 'my_custom_id',
    'items' => [[
        'id' => '777',
        'title' => 'Nike Shoes',
        'price' => 1000,
        'image' => 'http://path.to.image',
        'count' => 1,
    ]],
];
$expected = "<script type=\"text/javascript\">\n"
    . "window.flocktory = window.flocktory || [];\n"
    . 'window.flocktory.push(["postcheckout",{"user":{"name":"Ivan Ivanov","email":"ivan@gmail.com","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"id":"777","title":"Nike Shoes","price":1000,"image":"http://path.to.image","count":1}]}}]);' . "\n"
    . "</script>";
$got = flocktory_postcheckout($user, $order);
var_dump($got === $expected);
echo bin2hex(substr($got, -10)), "\n";
?>
--EXPECT--
bool(true)
0a3c2f7363726970743e
