--TEST--
flocktory_postcheckout(): user: email rejects a hyphen first or last in a domain label
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

foreach ([
    'ivan@-x.ru',
    'ivan@x-.ru',
    'ivan@x.-ru',
    'ivan@x.ru-',
    'ivan@x.-.ru',
] as $value) {
    fixture_show(fn() => flocktory_postcheckout(fixture_user(['email' => $value]), fixture_order()));
}
?>
--EXPECT--
Flocktory\ValidationException
user.email
user.email: expected an email address like name@example.com, got string(10) "ivan@-x.ru"
Flocktory\ValidationException
user.email
user.email: expected an email address like name@example.com, got string(10) "ivan@x-.ru"
Flocktory\ValidationException
user.email
user.email: expected an email address like name@example.com, got string(10) "ivan@x.-ru"
Flocktory\ValidationException
user.email
user.email: expected an email address like name@example.com, got string(10) "ivan@x.ru-"
Flocktory\ValidationException
user.email
user.email: expected an email address like name@example.com, got string(11) "ivan@x.-.ru"
