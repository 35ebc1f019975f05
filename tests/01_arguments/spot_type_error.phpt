--TEST--
flocktory_postcheckout(): arguments: a $spot that is not a string or null is a TypeError
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

foreach ([['thank-you'], [], new stdClass] as $spot) {
    try {
        flocktory_postcheckout(fixture_user(), fixture_order(), $spot);
        echo "no error\n";
    } catch (TypeError $e) {
        echo get_class($e), ": ", fixture_message($e), "\n";
    }
}
?>
--EXPECT--
TypeError: flocktory_postcheckout(): Argument #3 ($spot) must be of type ?string, array given
TypeError: flocktory_postcheckout(): Argument #3 ($spot) must be of type ?string, array given
TypeError: flocktory_postcheckout(): Argument #3 ($spot) must be of type ?string, stdClass given
