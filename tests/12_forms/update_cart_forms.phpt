--TEST--
flocktory_update_cart(): forms: the element, its body and the push's argument, byte for byte, for a cart and an empty cart
--EXTENSIONS--
flocktory
--FILE--
<?php
$items = [['id' => '1001', 'price' => 100, 'count' => 1], ['id' => 1002, 'price' => '250,50', 'count' => 3]];
echo flocktory_update_cart($items, as: FLOCKTORY_ELEMENT), "|\n";
echo flocktory_update_cart($items, as: FLOCKTORY_JS), "|\n";
echo flocktory_update_cart($items, as: FLOCKTORY_JSON), "|\n";
echo flocktory_update_cart([], as: FLOCKTORY_JS), "|\n";
echo flocktory_update_cart([], as: FLOCKTORY_JSON), "|\n";
var_dump(flocktory_update_cart($items) === flocktory_update_cart($items, null, FLOCKTORY_ELEMENT));
?>
--EXPECT--
<script type="text/javascript">
window.flocktory = window.flocktory || [];
window.flocktory.push(["updateCart",{"cart":{"items":[{"id":"1001","price":100,"count":1},{"id":"1002","price":250.5,"count":3}]}}]);
</script>|
window.flocktory = window.flocktory || [];
window.flocktory.push(["updateCart",{"cart":{"items":[{"id":"1001","price":100,"count":1},{"id":"1002","price":250.5,"count":3}]}}]);|
["updateCart",{"cart":{"items":[{"id":"1001","price":100,"count":1},{"id":"1002","price":250.5,"count":3}]}}]|
window.flocktory = window.flocktory || [];
window.flocktory.push(["updateCart",{"cart":{"items":[]}}]);|
["updateCart",{"cart":{"items":[]}}]|
bool(true)
