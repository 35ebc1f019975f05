--TEST--
flocktory_postcheckout(): arguments: under strict_types an int $spot or $nonce is a TypeError
--EXTENSIONS--
flocktory
--FILE--
<?php
declare(strict_types=1);
require __DIR__ . '/../fixtures.inc';

foreach ([[5, null], [null, 12345]] as [$spot, $nonce]) {
    try {
        flocktory_postcheckout(fixture_user(), fixture_order(), $spot, $nonce);
        echo "no error\n";
    } catch (TypeError $e) {
        echo get_class($e), ": ", fixture_message($e), "\n";
    }
}
?>
--EXPECT--
TypeError: flocktory_postcheckout(): Argument #3 ($spot) must be of type ?string, int given
TypeError: flocktory_postcheckout(): Argument #4 ($nonce) must be of type ?string, int given
