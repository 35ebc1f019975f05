--TEST--
flocktory_remove_from_cart(): output: the documented example, byte for byte
--EXTENSIONS--
flocktory
--FILE--
<?php
echo flocktory_remove_from_cart(['id' => '124', 'count' => 2]), "|\n";
?>
--EXPECT--
<script type="text/javascript">
window.flocktory = window.flocktory || [];
window.flocktory.push(["removeFromCart",{"item":{"id":"124","count":2}}]);
</script>|
