--TEST--
flocktory_postcheckout(): arguments: a misspelt argument name is an Error
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

try {
    flocktory_postcheckout(fixture_user(), fixture_order(), nonse: 'r4nd0m');
    echo "no error\n";
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
?>
--EXPECT--
Error: Unknown named parameter $nonse
