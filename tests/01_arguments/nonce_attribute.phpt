--TEST--
flocktory_postcheckout(): nonce: the whole snippet with a nonce, byte for byte
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

$expected = "<script type=\"text/javascript\" nonce=\"r4nd0m+/==\">\n"
    . "window.flocktory = window.flocktory || [];\n"
    . 'window.flocktory.push(["postcheckout",{"user":{"name":"Ivan Ivanov","email":"ivan@gmail.com","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"id":"777","title":"Nike Shoes","price":1000,"image":"http://path.to.image","count":1}]},"spot":"s"}]);' . "\n"
    . "</script>";
$got = flocktory_postcheckout(fixture_user(), fixture_order(), 's', 'r4nd0m+/==');
var_dump($got === $expected);
echo $got, "|\n";
?>
--EXPECT--
bool(true)
<script type="text/javascript" nonce="r4nd0m+/==">
window.flocktory = window.flocktory || [];
window.flocktory.push(["postcheckout",{"user":{"name":"Ivan Ivanov","email":"ivan@gmail.com","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"id":"777","title":"Nike Shoes","price":1000,"image":"http://path.to.image","count":1}]},"spot":"s"}]);
</script>|
