--TEST--
flocktory_loader(): site_id: any int from 1 is written in full, without spaces
--EXTENSIONS--
flocktory
--FILE--
<?php
echo flocktory_loader(1), "\n", flocktory_loader(PHP_INT_MAX), "\n", flocktory_loader(' 42'), "\n";
?>
--EXPECT--
<script type="text/javascript" src="https://api.flocktory.com/v2/loader.js?site_id=1" async="async"></script>
<script type="text/javascript" src="https://api.flocktory.com/v2/loader.js?site_id=9223372036854775807" async="async"></script>
<script type="text/javascript" src="https://api.flocktory.com/v2/loader.js?site_id=42" async="async"></script>
