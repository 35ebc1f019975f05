--TEST--
flocktory_postcheckout(): user: phone that is not a string or int is an error
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

foreach ([
    7912345678.5,
    true,
    ['79123456789'],
] as $value) {
    fixture_show(fn() => flocktory_postcheckout(fixture_user(['phone' => $value]), fixture_order()));
}
?>
--EXPECT--
Flocktory\ValidationException
user.phone
user.phone: expected a phone number of 10 to 15 digits (with spaces, -, (, ), . and one leading + allowed), got float(7912345678.5)
Flocktory\ValidationException
user.phone
user.phone: expected a phone number of 10 to 15 digits (with spaces, -, (, ), . and one leading + allowed), got bool(true)
Flocktory\ValidationException
user.phone
user.phone: expected a phone number of 10 to 15 digits (with spaces, -, (, ), . and one leading + allowed), got array(1)
