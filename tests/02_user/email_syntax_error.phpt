--TEST--
flocktory_postcheckout(): user: email rejects quoted local parts, comments, IP literals and characters outside the grammar
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

foreach ([
    '"ivan"@x.ru',
    'ivan(comment)@x.ru',
    'ivan@[192.168.0.1]',
    'iv an@x.ru',
    'iv\\an@x.ru',
    "iv\x01an@x.ru",
    'ivan@x_y.ru',
    'ivan@x+y.ru',
    '<ivan@x.ru>',
    'Ivan <ivan@x.ru>',
] as $value) {
    fixture_show(fn() => flocktory_postcheckout(fixture_user(['email' => $value]), fixture_order()));
}
?>
--EXPECT--
Flocktory\ValidationException
user.email
user.email: expected an email address like name@example.com, got string(11) "\"ivan\"@x.ru"
Flocktory\ValidationException
user.email
user.email: expected an email address like name@example.com, got string(18) "ivan(comment)@x.ru"
Flocktory\ValidationException
user.email
user.email: expected an email address like name@example.com, got string(18) "ivan@[192.168.0.1]"
Flocktory\ValidationException
user.email
user.email: expected an email address like name@example.com, got string(10) "iv an@x.ru"
Flocktory\ValidationException
user.email
user.email: expected an email address like name@example.com, got string(10) "iv\\an@x.ru"
Flocktory\ValidationException
user.email
user.email: expected an email address like name@example.com, got string(10) "iv\u{1}an@x.ru"
Flocktory\ValidationException
user.email
user.email: expected an email address like name@example.com, got string(11) "ivan@x_y.ru"
Flocktory\ValidationException
user.email
user.email: expected an email address like name@example.com, got string(11) "ivan@x+y.ru"
Flocktory\ValidationException
user.email
user.email: expected an email address like name@example.com, got string(11) "<ivan@x.ru>"
Flocktory\ValidationException
user.email
user.email: expected an email address like name@example.com, got string(16) "Ivan <ivan@x.ru>"
