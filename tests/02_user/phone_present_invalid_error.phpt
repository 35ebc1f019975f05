--TEST--
flocktory_postcheckout(): user: without an email, a phone that is there (anything but null or blank) is used and must be valid: [], false and 0 are errors
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

foreach ([[], false, 0, '0'] as $phone) {
    $user = fixture_without(fixture_user(['phone' => $phone]), 'email');
    fixture_show(fn() => flocktory_postcheckout($user, fixture_order()));
}
?>
--EXPECT--
Flocktory\ValidationException
user.phone
user.phone: expected a phone number of 10 to 15 digits (with spaces, -, (, ), . and one leading + allowed), got array(0)
Flocktory\ValidationException
user.phone
user.phone: expected a phone number of 10 to 15 digits (with spaces, -, (, ), . and one leading + allowed), got bool(false)
Flocktory\ValidationException
user.phone
user.phone: expected a phone number of 10 to 15 digits (with spaces, -, (, ), . and one leading + allowed), got int(0)
Flocktory\ValidationException
user.phone
user.phone: expected a phone number of 10 to 15 digits (with spaces, -, (, ), . and one leading + allowed), got string(1) "0"
