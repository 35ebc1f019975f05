--TEST--
flocktory_add_to_cart(): forms: the element, its body and the push's argument, byte for byte
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

$item = fixture_cart_item();
echo flocktory_add_to_cart($item, as: FLOCKTORY_ELEMENT), "|\n";
echo flocktory_add_to_cart($item, as: FLOCKTORY_JS), "|\n";
echo flocktory_add_to_cart($item, as: FLOCKTORY_JSON), "|\n";
var_dump(flocktory_add_to_cart($item) === flocktory_add_to_cart($item, null, FLOCKTORY_ELEMENT));
?>
--EXPECT--
<script type="text/javascript">
window.flocktory = window.flocktory || [];
window.flocktory.push(["addToCart",{"item":{"id":"123","price":1200,"count":1,"brand":"smth inc","categoryId":"123123"}}]);
</script>|
window.flocktory = window.flocktory || [];
window.flocktory.push(["addToCart",{"item":{"id":"123","price":1200,"count":1,"brand":"smth inc","categoryId":"123123"}}]);|
["addToCart",{"item":{"id":"123","price":1200,"count":1,"brand":"smth inc","categoryId":"123123"}}]|
bool(true)
