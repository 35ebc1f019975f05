--TEST--
flocktory_postcheckout(): arguments: too few or too many arguments are an ArgumentCountError
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

$calls = [
    fn() => flocktory_postcheckout(),
    fn() => flocktory_postcheckout(fixture_user()),
    fn() => flocktory_postcheckout(fixture_user(), fixture_order(), null, null, FLOCKTORY_ELEMENT, 'extra'),
    fn() => flocktory_postcheckout(fixture_user(), nonce: 'r4nd0m'),
    fn() => flocktory_postcheckout(order: fixture_order()),
];
foreach ($calls as $call) {
    try {
        $call();
        echo "no error\n";
    } catch (ArgumentCountError $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
ArgumentCountError: flocktory_postcheckout() expects at least 2 arguments, 0 given
ArgumentCountError: flocktory_postcheckout() expects at least 2 arguments, 1 given
ArgumentCountError: flocktory_postcheckout() expects at most 5 arguments, 6 given
ArgumentCountError: flocktory_postcheckout(): Argument #2 ($order) not passed
ArgumentCountError: flocktory_postcheckout(): Argument #1 ($user) not passed
