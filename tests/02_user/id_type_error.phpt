--TEST--
flocktory_postcheckout(): user: id that is not a string or int is an error when it is used
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

foreach ([
    4.2,
    false,
    [42],
    new stdClass,
] as $value) {
    $user = fixture_without(fixture_user(['id' => $value]), 'email');
    fixture_show(fn() => flocktory_postcheckout($user, fixture_order()));
}
?>
--EXPECT--
Flocktory\ValidationException
user.id
user.id: expected 1 to 64 of A-Z a-z 0-9 _ - and . (a dot not first, last or doubled), got float(4.2)
Flocktory\ValidationException
user.id
user.id: expected 1 to 64 of A-Z a-z 0-9 _ - and . (a dot not first, last or doubled), got bool(false)
Flocktory\ValidationException
user.id
user.id: expected 1 to 64 of A-Z a-z 0-9 _ - and . (a dot not first, last or doubled), got array(1)
Flocktory\ValidationException
user.id
user.id: expected 1 to 64 of A-Z a-z 0-9 _ - and . (a dot not first, last or doubled), got object(stdClass)
