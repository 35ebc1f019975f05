--TEST--
flocktory_postcheckout(): user: email that is not a string is an error
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

foreach ([
    5,
    1.5,
    true,
    ['ivan@gmail.com'],
    new stdClass,
] as $value) {
    fixture_show(fn() => flocktory_postcheckout(fixture_user(['email' => $value]), fixture_order()));
}
?>
--EXPECT--
Flocktory\ValidationException
user.email
user.email: expected an email address like name@example.com, got int(5)
Flocktory\ValidationException
user.email
user.email: expected an email address like name@example.com, got float(1.5)
Flocktory\ValidationException
user.email
user.email: expected an email address like name@example.com, got bool(true)
Flocktory\ValidationException
user.email
user.email: expected an email address like name@example.com, got array(1)
Flocktory\ValidationException
user.email
user.email: expected an email address like name@example.com, got object(stdClass)
