--TEST--
flocktory_update_cart(): output: the documented example, byte for byte, with the whole cart
--EXTENSIONS--
flocktory
--FILE--
<?php
echo flocktory_update_cart([
    ['id' => '1001', 'price' => 100, 'count' => 1],
    ['id' => 1002, 'price' => '250,50', 'count' => 3, 'brand' => 'Acme', 'category_id' => 12],
]), "|\n";
?>
--EXPECT--
<script type="text/javascript">
window.flocktory = window.flocktory || [];
window.flocktory.push(["updateCart",{"cart":{"items":[{"id":"1001","price":100,"count":1},{"id":"1002","price":250.5,"count":3,"brand":"Acme","categoryId":"12"}]}}]);
</script>|
