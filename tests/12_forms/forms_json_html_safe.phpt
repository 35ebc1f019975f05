--TEST--
script snippets: forms: FLOCKTORY_JSON keeps the script-context escapes and decodes to the data as given
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

$brand = "</script><!--\u{2028}\u{2029}'&\"\\\x01é";
$json = flocktory_add_to_cart(fixture_cart_item(['brand' => $brand]), as: FLOCKTORY_JSON);
echo $json, "\n";
var_dump(strpbrk($json, "<>&'") === false);
var_dump(json_decode($json, true)[1]['item']['brand'] === $brand);
// In a data- attribute through htmlspecialchars(), it reads back unchanged.
$attr = '<div data-fl="' . htmlspecialchars($json) . '"></div>';
var_dump(htmlspecialchars_decode(substr($attr, 14, -8)) === $json);
?>
--EXPECT--
["addToCart",{"item":{"id":"123","price":1200,"count":1,"brand":"\u003C/script\u003E\u003C!--\u2028\u2029\u0027\u0026\"\\\u0001é","categoryId":"123123"}}]
bool(true)
bool(true)
bool(true)
