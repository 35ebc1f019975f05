--TEST--
flocktory_user(): an invalid email, or none and no fallback, is an error at user.email; bad fallbacks at the first one's field
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

fixture_tag(fn () => flocktory_user([]));
fixture_tag(fn () => flocktory_user(['name' => 'Ivan', 'email' => ' ']));
fixture_tag(fn () => flocktory_user(['email' => 'ivan@']));
fixture_tag(fn () => flocktory_user(['email' => 5]));
fixture_tag(fn () => flocktory_user(['phone' => '123', 'id' => 'a..b']));
fixture_tag(fn () => flocktory_user(['id' => 'a b']));
?>
--EXPECT--
Flocktory\ValidationException
user.email
user.email: expected an email address, or a user.phone or user.id to build one from, got nothing
Flocktory\ValidationException
user.email
user.email: expected an email address, or a user.phone or user.id to build one from, got string(1) " "
Flocktory\ValidationException
user.email
user.email: expected an email address like name@example.com, got string(5) "ivan@"
Flocktory\ValidationException
user.email
user.email: expected an email address like name@example.com, got int(5)
Flocktory\ValidationException
user.phone
user.phone: expected a phone number of 10 to 15 digits (with spaces, -, (, ), . and one leading + allowed), got string(3) "123"
Flocktory\ValidationException
user.id
user.id: expected 1 to 64 of A-Z a-z 0-9 _ - and . (a dot not first, last or doubled), got string(3) "a b"
