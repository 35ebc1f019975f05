--TEST--
flocktory_postcheckout(): user: email needs exactly one @ and a dotted domain
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

foreach ([
    'ivan@localhost',
    'ivan@@x.ru',
    'a@b@x.ru',
    'ivan',
    '@x.ru',
    'ivan@',
    'ivan@x.ru,petr@x.ru',
] as $value) {
    fixture_show(fn() => flocktory_postcheckout(fixture_user(['email' => $value]), fixture_order()));
}
?>
--EXPECT--
Flocktory\ValidationException
user.email
user.email: expected an email address like name@example.com, got string(14) "ivan@localhost"
Flocktory\ValidationException
user.email
user.email: expected an email address like name@example.com, got string(10) "ivan@@x.ru"
Flocktory\ValidationException
user.email
user.email: expected an email address like name@example.com, got string(8) "a@b@x.ru"
Flocktory\ValidationException
user.email
user.email: expected an email address like name@example.com, got string(4) "ivan"
Flocktory\ValidationException
user.email
user.email: expected an email address like name@example.com, got string(5) "@x.ru"
Flocktory\ValidationException
user.email
user.email: expected an email address like name@example.com, got string(5) "ivan@"
Flocktory\ValidationException
user.email
user.email: expected an email address like name@example.com, got string(19) "ivan@x.ru,petr@x.ru"
