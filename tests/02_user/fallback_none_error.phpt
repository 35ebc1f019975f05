--TEST--
flocktory_postcheckout(): user: no email, phone or id is an error at user.email
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

$users = [
    fixture_without(fixture_user(), 'email'),
    fixture_user(['email' => '']),
    fixture_user(['email' => null, 'phone' => null, 'id' => null]),
    fixture_user(['email' => ' ', 'phone' => '', 'id' => "\t"]),
];
foreach ($users as $user) {
    fixture_show(fn() => flocktory_postcheckout($user, fixture_order()));
}
?>
--EXPECT--
Flocktory\ValidationException
user.email
user.email: expected an email address, or a user.phone or user.id to build one from, got nothing
Flocktory\ValidationException
user.email
user.email: expected an email address, or a user.phone or user.id to build one from, got string(0) ""
Flocktory\ValidationException
user.email
user.email: expected an email address, or a user.phone or user.id to build one from, got null
Flocktory\ValidationException
user.email
user.email: expected an email address, or a user.phone or user.id to build one from, got string(1) " "
