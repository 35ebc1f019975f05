--TEST--
flocktory_postcheckout(): arguments: a $nonce that is not a string or null is a TypeError
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

foreach ([['r4nd0m'], [], new stdClass] as $nonce) {
    try {
        flocktory_postcheckout(fixture_user(), fixture_order(), null, $nonce);
        echo "no error\n";
    } catch (TypeError $e) {
        echo get_class($e), ": ", fixture_message($e), "\n";
    }
}
?>
--EXPECT--
TypeError: flocktory_postcheckout(): Argument #4 ($nonce) must be of type ?string, array given
TypeError: flocktory_postcheckout(): Argument #4 ($nonce) must be of type ?string, array given
TypeError: flocktory_postcheckout(): Argument #4 ($nonce) must be of type ?string, stdClass given
