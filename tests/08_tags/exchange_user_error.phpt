--TEST--
flocktory_exchange(): email, name, sex and keys are checked as for flocktory_user()
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

fixture_tag(fn () => flocktory_exchange(['email' => 'no-at-sign']));
fixture_tag(fn () => flocktory_exchange(['name' => false]));
fixture_tag(fn () => flocktory_exchange(['sex' => 'male']));
fixture_tag(fn () => flocktory_exchange(['mail' => 'a@b.ru']));
?>
--EXPECT--
Flocktory\ValidationException
user.email
user.email: expected an email address like name@example.com, got string(10) "no-at-sign"
Flocktory\ValidationException
user.name
user.name: expected a string, or null when the name is unknown, got bool(false)
Flocktory\ValidationException
user.sex
user.sex: expected "m" or "f", got string(4) "male"
Flocktory\ValidationException
user.mail
user.mail: unknown key, expected one of name, email, phone, id, sex
