--TEST--
flocktory_loader(): site_id: (string)getenv() of an unset variable is a ValidationException under strict_types, as the README says
--EXTENSIONS--
flocktory
--FILE--
<?php
declare(strict_types=1);

putenv('FLOCKTORY_TEST_UNSET_SITE_ID');
try {
    echo flocktory_loader((string)getenv('FLOCKTORY_TEST_UNSET_SITE_ID')), "\n";
} catch (Flocktory\ValidationException $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
try {
    echo flocktory_loader(getenv('FLOCKTORY_TEST_UNSET_SITE_ID')), "\n";
} catch (TypeError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
?>
--EXPECTF--
Flocktory\ValidationException: site_id: expected a Flocktory site id, an int from 1 or a string of its digits, got string(0) ""
TypeError: flocktory_loader(): Argument #1 ($site_id) must be of type string|int, %r(bool|false)%r given
