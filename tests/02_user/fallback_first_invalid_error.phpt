--TEST--
flocktory_postcheckout(): user: when no fallback makes an address, the first one present and invalid is the error
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

$users = [
    // Both invalid: the phone, tried first, is reported.
    fixture_without(fixture_user(['phone' => '8-916-123', 'id' => 'a b']), 'email'),
    fixture_user(['email' => '', 'phone' => [], 'id' => false]),
    fixture_user(['email' => null, 'phone' => "8\xFF", 'id' => 'a..b']),
    // A blank phone is not present: the bad id is the first invalid one.
    fixture_user(['email' => ' ', 'phone' => ' ', 'id' => 'a b']),
    // A bad phone and no id.
    fixture_without(fixture_user(['phone' => '8-916-123']), 'email'),
];
foreach ($users as $user) {
    fixture_show(fn() => flocktory_postcheckout($user, fixture_order()));
}
?>
--EXPECT--
Flocktory\ValidationException
user.phone
user.phone: expected a phone number of 10 to 15 digits (with spaces, -, (, ), . and one leading + allowed), got string(9) "8-916-123"
Flocktory\ValidationException
user.phone
user.phone: expected a phone number of 10 to 15 digits (with spaces, -, (, ), . and one leading + allowed), got array(0)
Flocktory\ValidationException
user.phone
user.phone: expected valid UTF-8, got invalid byte \xFF at offset 1 in string(2) "8\xFF" (convert the text to UTF-8 first, e.g. iconv('Windows-1251', 'UTF-8', $s))
Flocktory\ValidationException
user.id
user.id: expected 1 to 64 of A-Z a-z 0-9 _ - and . (a dot not first, last or doubled), got string(3) "a b"
Flocktory\ValidationException
user.phone
user.phone: expected a phone number of 10 to 15 digits (with spaces, -, (, ), . and one leading + allowed), got string(9) "8-916-123"
