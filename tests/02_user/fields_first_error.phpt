--TEST--
flocktory_postcheckout(): user: with several bad fields the first one read is reported: name, email, the phone or id in use, sex, then a missing email
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

$bad = ['phone' => 'call me', 'id' => 'a..b', 'sex' => 'x'];
$users = [
    ['name' => 5, 'email' => 'x'] + $bad,
    ['name' => 'Ivan', 'email' => 'x'] + $bad,
    ['name' => 'Ivan', 'email' => 'ivan@gmail.com'] + $bad,
    ['name' => 'Ivan'] + $bad,
    ['name' => 'Ivan', 'email' => '', 'phone' => null, 'id' => 'a..b', 'sex' => 'x'],
    ['name' => 'Ivan', 'sex' => 'x'],
];
foreach ($users as $user) {
    fixture_show(fn() => flocktory_postcheckout($user, fixture_order()));
}
?>
--EXPECT--
Flocktory\ValidationException
user.name
user.name: expected a string, or null when the name is unknown, got int(5)
Flocktory\ValidationException
user.email
user.email: expected an email address like name@example.com, got string(1) "x"
Flocktory\ValidationException
user.sex
user.sex: expected "m" or "f", got string(1) "x"
Flocktory\ValidationException
user.phone
user.phone: expected a phone number of 10 to 15 digits (with spaces, -, (, ), . and one leading + allowed), got string(7) "call me"
Flocktory\ValidationException
user.id
user.id: expected 1 to 64 of A-Z a-z 0-9 _ - and . (a dot not first, last or doubled), got string(4) "a..b"
Flocktory\ValidationException
user.sex
user.sex: expected "m" or "f", got string(1) "x"
