--TEST--
flocktory_loader(): site_id: under strict_types a string of ASCII digits is read as in coercive mode (getenv() gives strings)
--EXTENSIONS--
flocktory
--SKIPIF--
<?php if (PHP_INT_SIZE !== 8) die('skip 64-bit PHP_INT_MAX'); ?>
--FILE--
<?php
declare(strict_types=1);

foreach (['1234', '0012', " 42\n", "\t\v\f\r 7 \n", '9223372036854775807', '00000000000000000000012'] as $id) {
    echo flocktory_loader($id), "\n";
}
// The case of issue 21: the site id from the environment.
putenv('FLOCKTORY_SITE_ID=1234');
echo flocktory_loader(getenv('FLOCKTORY_SITE_ID')), "\n";
?>
--EXPECT--
<script type="text/javascript" src="https://api.flocktory.com/v2/loader.js?site_id=1234" async="async"></script>
<script type="text/javascript" src="https://api.flocktory.com/v2/loader.js?site_id=12" async="async"></script>
<script type="text/javascript" src="https://api.flocktory.com/v2/loader.js?site_id=42" async="async"></script>
<script type="text/javascript" src="https://api.flocktory.com/v2/loader.js?site_id=7" async="async"></script>
<script type="text/javascript" src="https://api.flocktory.com/v2/loader.js?site_id=9223372036854775807" async="async"></script>
<script type="text/javascript" src="https://api.flocktory.com/v2/loader.js?site_id=12" async="async"></script>
<script type="text/javascript" src="https://api.flocktory.com/v2/loader.js?site_id=1234" async="async"></script>
