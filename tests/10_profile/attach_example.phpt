--TEST--
flocktory_attach_to_profile(): output: the documented example, byte for byte
--EXTENSIONS--
flocktory
--FILE--
<?php
echo flocktory_attach_to_profile(['loyalty_level' => 'gold', 'orders' => 12]), "|\n";
?>
--EXPECT--
<script type="text/javascript">
window.flocktory = window.flocktory || [];
window.flocktory.push(["attachToProfile",{"data":{"loyalty_level":"gold","orders":12}}]);
</script>|
