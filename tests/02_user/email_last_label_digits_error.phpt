--TEST--
flocktory_postcheckout(): user: email rejects a last domain label of digits only
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

foreach ([
    'ivan@x.123',
    'ivan@x.ru.1',
    'ivan@192.168.0.1',
] as $value) {
    fixture_show(fn() => flocktory_postcheckout(fixture_user(['email' => $value]), fixture_order()));
}
?>
--EXPECT--
Flocktory\ValidationException
user.email
user.email: expected an email address like name@example.com, got string(10) "ivan@x.123"
Flocktory\ValidationException
user.email
user.email: expected an email address like name@example.com, got string(11) "ivan@x.ru.1"
Flocktory\ValidationException
user.email
user.email: expected an email address like name@example.com, got string(16) "ivan@192.168.0.1"
