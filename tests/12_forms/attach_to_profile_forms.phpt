--TEST--
flocktory_attach_to_profile(): forms: the element, its body and the push's argument, byte for byte
--EXTENSIONS--
flocktory
--FILE--
<?php
$data = ['loyalty_level' => 'gold', 'orders' => 12];
echo flocktory_attach_to_profile($data, as: FLOCKTORY_ELEMENT), "|\n";
echo flocktory_attach_to_profile($data, as: FLOCKTORY_JS), "|\n";
echo flocktory_attach_to_profile($data, as: FLOCKTORY_JSON), "|\n";
var_dump(flocktory_attach_to_profile($data) === flocktory_attach_to_profile($data, null, FLOCKTORY_ELEMENT));
?>
--EXPECT--
<script type="text/javascript">
window.flocktory = window.flocktory || [];
window.flocktory.push(["attachToProfile",{"data":{"loyalty_level":"gold","orders":12}}]);
</script>|
window.flocktory = window.flocktory || [];
window.flocktory.push(["attachToProfile",{"data":{"loyalty_level":"gold","orders":12}}]);|
["attachToProfile",{"data":{"loyalty_level":"gold","orders":12}}]|
bool(true)
