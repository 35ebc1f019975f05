--TEST--
flocktory_postcheckout(): arguments: a $user that is not an array is a TypeError
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

foreach (['ivan@gmail.com', 5, null, new stdClass, new ArrayObject(fixture_user())] as $user) {
    try {
        flocktory_postcheckout($user, fixture_order());
        echo "no error\n";
    } catch (TypeError $e) {
        echo get_class($e), ": ", fixture_message($e), "\n";
    }
}
?>
--EXPECT--
TypeError: flocktory_postcheckout(): Argument #1 ($user) must be of type array, string given
TypeError: flocktory_postcheckout(): Argument #1 ($user) must be of type array, int given
TypeError: flocktory_postcheckout(): Argument #1 ($user) must be of type array, null given
TypeError: flocktory_postcheckout(): Argument #1 ($user) must be of type array, stdClass given
TypeError: flocktory_postcheckout(): Argument #1 ($user) must be of type array, ArrayObject given
