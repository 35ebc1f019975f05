--TEST--
flocktory_loader(): output: the documented loader element, byte for byte
--EXTENSIONS--
flocktory
--FILE--
<?php
echo flocktory_loader(1234), "|\n";
?>
--EXPECT--
<script type="text/javascript" src="https://api.flocktory.com/v2/loader.js?site_id=1234" async="async"></script>|
