--TEST--
flocktory_update_cart(): items: an empty cart is valid and written as "items":[]
--EXTENSIONS--
flocktory
--FILE--
<?php
echo flocktory_update_cart([]), "|\n";
echo flocktory_update_cart(items: [], nonce: 'n0nce'), "|\n";
?>
--EXPECT--
<script type="text/javascript">
window.flocktory = window.flocktory || [];
window.flocktory.push(["updateCart",{"cart":{"items":[]}}]);
</script>|
<script type="text/javascript" nonce="n0nce">
window.flocktory = window.flocktory || [];
window.flocktory.push(["updateCart",{"cart":{"items":[]}}]);
</script>|
