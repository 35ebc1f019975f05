--TEST--
flocktory_postcheckout(): user: without an email or phone, a bad id is an error at user.id
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

$users = [
    fixture_without(fixture_user(['id' => 'a..b']), 'email'),
    fixture_user(['email' => null, 'phone' => null, 'id' => 'a b']),
    fixture_user(['email' => ' ', 'phone' => " \t", 'id' => []]),
    fixture_user(['email' => '', 'phone' => '', 'id' => false]),
];
foreach ($users as $user) {
    fixture_show(fn() => flocktory_postcheckout($user, fixture_order()));
}
?>
--EXPECT--
Flocktory\ValidationException
user.id
user.id: expected 1 to 64 of A-Z a-z 0-9 _ - and . (a dot not first, last or doubled), got string(4) "a..b"
Flocktory\ValidationException
user.id
user.id: expected 1 to 64 of A-Z a-z 0-9 _ - and . (a dot not first, last or doubled), got string(3) "a b"
Flocktory\ValidationException
user.id
user.id: expected 1 to 64 of A-Z a-z 0-9 _ - and . (a dot not first, last or doubled), got array(0)
Flocktory\ValidationException
user.id
user.id: expected 1 to 64 of A-Z a-z 0-9 _ - and . (a dot not first, last or doubled), got bool(false)
