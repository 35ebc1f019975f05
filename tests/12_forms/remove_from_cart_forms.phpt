--TEST--
flocktory_remove_from_cart(): forms: the element, its body and the push's argument, byte for byte
--EXTENSIONS--
flocktory
--FILE--
<?php
$item = ['id' => '124', 'count' => 2];
echo flocktory_remove_from_cart($item, as: FLOCKTORY_ELEMENT), "|\n";
echo flocktory_remove_from_cart($item, as: FLOCKTORY_JS), "|\n";
echo flocktory_remove_from_cart($item, as: FLOCKTORY_JSON), "|\n";
var_dump(flocktory_remove_from_cart($item) === flocktory_remove_from_cart($item, null, FLOCKTORY_ELEMENT));
?>
--EXPECT--
<script type="text/javascript">
window.flocktory = window.flocktory || [];
window.flocktory.push(["removeFromCart",{"item":{"id":"124","count":2}}]);
</script>|
window.flocktory = window.flocktory || [];
window.flocktory.push(["removeFromCart",{"item":{"id":"124","count":2}}]);|
["removeFromCart",{"item":{"id":"124","count":2}}]|
bool(true)
