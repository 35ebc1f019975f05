--TEST--
flocktory_loader(): arguments: under strict_types a float, bool, null or array site_id is a TypeError
--EXTENSIONS--
flocktory
--FILE--
<?php
declare(strict_types=1);

foreach ([12.0, true, null, [1234]] as $id) {
    try {
        echo flocktory_loader($id), "\n";
    } catch (TypeError $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
?>
--EXPECTF--
TypeError: flocktory_loader(): Argument #1 ($site_id) must be of type string|int, float given
TypeError: flocktory_loader(): Argument #1 ($site_id) must be of type string|int, %r(bool|true)%r given
TypeError: flocktory_loader(): Argument #1 ($site_id) must be of type string|int, null given
TypeError: flocktory_loader(): Argument #1 ($site_id) must be of type string|int, array given
