--TEST--
flocktory_postcheckout(): arguments: an $order that is not an array is a TypeError
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

// PHP 8.3 on names false as "false", 8.1 and 8.2 as "bool".
foreach (['77', 77, false, null, new stdClass] as $order) {
    try {
        flocktory_postcheckout(fixture_user(), $order);
        echo "no error\n";
    } catch (TypeError $e) {
        echo get_class($e), ": ", fixture_message($e), "\n";
    }
}
?>
--EXPECTF--
TypeError: flocktory_postcheckout(): Argument #2 ($order) must be of type array, string given
TypeError: flocktory_postcheckout(): Argument #2 ($order) must be of type array, int given
TypeError: flocktory_postcheckout(): Argument #2 ($order) must be of type array, %r(bool|false)%r given
TypeError: flocktory_postcheckout(): Argument #2 ($order) must be of type array, null given
TypeError: flocktory_postcheckout(): Argument #2 ($order) must be of type array, stdClass given
