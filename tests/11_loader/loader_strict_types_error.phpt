--TEST--
flocktory_loader(): arguments: under strict_types a numeric string site_id is a TypeError
--EXTENSIONS--
flocktory
--FILE--
<?php
declare(strict_types=1);

try {
    echo flocktory_loader('1234'), "\n";
} catch (TypeError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
?>
--EXPECT--
TypeError: flocktory_loader(): Argument #1 ($site_id) must be of type int, string given
