--TEST--
flocktory_add_to_cart(): output: the documented example, byte for byte
--EXTENSIONS--
flocktory
--FILE--
<?php
echo flocktory_add_to_cart(['id' => '123', 'price' => 1200, 'count' => 1, 'brand' => 'smth inc', 'category_id' => '123123']), "|\n";
?>
--EXPECT--
<script type="text/javascript">
window.flocktory = window.flocktory || [];
window.flocktory.push(["addToCart",{"item":{"id":"123","price":1200,"count":1,"brand":"smth inc","categoryId":"123123"}}]);
</script>|
