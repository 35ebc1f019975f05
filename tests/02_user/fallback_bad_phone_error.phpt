--TEST--
flocktory_postcheckout(): user: without an email, a bad phone is an error at user.phone, even next to a good id
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

$users = [
    fixture_without(fixture_user(['phone' => 'call me', 'id' => 'u42']), 'email'),
    fixture_without(fixture_user(['phone' => 123, 'id' => 'u42']), 'email'),
    fixture_user(['email' => '', 'phone' => '8-916-123', 'id' => 42]),
    fixture_user(['email' => null, 'phone' => 4.5, 'id' => 'u42']),
];
foreach ($users as $user) {
    fixture_show(fn() => flocktory_postcheckout($user, fixture_order()));
}
?>
--EXPECT--
Flocktory\ValidationException
user.phone
user.phone: expected a phone number of 10 to 15 digits (with spaces, -, (, ), . and one leading + allowed), got string(7) "call me"
Flocktory\ValidationException
user.phone
user.phone: expected a phone number of 10 to 15 digits (with spaces, -, (, ), . and one leading + allowed), got int(123)
Flocktory\ValidationException
user.phone
user.phone: expected a phone number of 10 to 15 digits (with spaces, -, (, ), . and one leading + allowed), got string(9) "8-916-123"
Flocktory\ValidationException
user.phone
user.phone: expected a phone number of 10 to 15 digits (with spaces, -, (, ), . and one leading + allowed), got float(4.5)
