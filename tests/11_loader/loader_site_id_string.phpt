--TEST--
flocktory_loader(): site_id: a string of ASCII digits, trimmed of ASCII white space, is written as its integer
--EXTENSIONS--
flocktory
--SKIPIF--
<?php if (PHP_INT_SIZE !== 8) die('skip 64-bit PHP_INT_MAX'); ?>
--FILE--
<?php
foreach (['1234', '0012', " 42\n", "\t\v\f\r 7 \n", '9223372036854775807', '00000000000000000000012'] as $id) {
    echo flocktory_loader($id), "\n";
}
?>
--EXPECT--
<script type="text/javascript" src="https://api.flocktory.com/v2/loader.js?site_id=1234" async="async"></script>
<script type="text/javascript" src="https://api.flocktory.com/v2/loader.js?site_id=12" async="async"></script>
<script type="text/javascript" src="https://api.flocktory.com/v2/loader.js?site_id=42" async="async"></script>
<script type="text/javascript" src="https://api.flocktory.com/v2/loader.js?site_id=7" async="async"></script>
<script type="text/javascript" src="https://api.flocktory.com/v2/loader.js?site_id=9223372036854775807" async="async"></script>
<script type="text/javascript" src="https://api.flocktory.com/v2/loader.js?site_id=12" async="async"></script>
