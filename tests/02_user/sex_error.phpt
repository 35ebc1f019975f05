--TEST--
flocktory_postcheckout(): user: sex other than m or f is an error
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

foreach ([
    'male',
    'x',
    'mf',
    'M.',
    'м',
    1,
    true,
    ['m'],
] as $value) {
    fixture_show(fn() => flocktory_postcheckout(fixture_user(['sex' => $value]), fixture_order()));
}
?>
--EXPECT--
Flocktory\ValidationException
user.sex
user.sex: expected "m" or "f", got string(4) "male"
Flocktory\ValidationException
user.sex
user.sex: expected "m" or "f", got string(1) "x"
Flocktory\ValidationException
user.sex
user.sex: expected "m" or "f", got string(2) "mf"
Flocktory\ValidationException
user.sex
user.sex: expected "m" or "f", got string(2) "M."
Flocktory\ValidationException
user.sex
user.sex: expected "m" or "f", got string(2) "м"
Flocktory\ValidationException
user.sex
user.sex: expected "m" or "f", got int(1)
Flocktory\ValidationException
user.sex
user.sex: expected "m" or "f", got bool(true)
Flocktory\ValidationException
user.sex
user.sex: expected "m" or "f", got array(1)
