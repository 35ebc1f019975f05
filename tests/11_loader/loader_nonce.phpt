--TEST--
flocktory_loader(): output: a nonce follows async="async"
--EXTENSIONS--
flocktory
--FILE--
<?php
echo flocktory_loader(1234, 'abc+/_-=='), "|\n";
echo flocktory_loader(7, null), "|\n";
?>
--EXPECT--
<script type="text/javascript" src="https://api.flocktory.com/v2/loader.js?site_id=1234" async="async" nonce="abc+/_-=="></script>|
<script type="text/javascript" src="https://api.flocktory.com/v2/loader.js?site_id=7" async="async"></script>|
