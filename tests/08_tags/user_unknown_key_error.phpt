--TEST--
flocktory_user(): a key outside the contract is an error naming the allowed keys
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

fixture_tag(fn () => flocktory_user(fixture_user(['username' => 'ivan'])));
fixture_tag(fn () => flocktory_user(['ivan@gmail.com']));
?>
--EXPECT--
Flocktory\ValidationException
user.username
user.username: unknown key, expected one of name, email, phone, id, sex
Flocktory\ValidationException
user[0]
user[0]: unknown key, expected one of name, email, phone, id, sex
