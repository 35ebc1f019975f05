--TEST--
flocktory_postcheckout(): arguments: an $order that is not an array is a TypeError
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

foreach (['77', 77, false, null, new stdClass] as $order) {
    try {
        flocktory_postcheckout(fixture_user(), $order);
        echo "no error\n";
    } catch (TypeError $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
TypeError: flocktory_postcheckout(): Argument #2 ($order) must be of type array, string given
TypeError: flocktory_postcheckout(): Argument #2 ($order) must be of type array, int given
TypeError: flocktory_postcheckout(): Argument #2 ($order) must be of type array, bool given
TypeError: flocktory_postcheckout(): Argument #2 ($order) must be of type array, null given
TypeError: flocktory_postcheckout(): Argument #2 ($order) must be of type array, stdClass given
