--TEST--
flocktory_postcheckout(): user: phone that is not a string or int is an error when it is used
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
    $user = fixture_without(fixture_user(['phone' => $value]), 'email');
    fixture_show(fn() => flocktory_postcheckout($user, fixture_order()));
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
