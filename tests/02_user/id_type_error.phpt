--TEST--
flocktory_postcheckout(): user: id that is not a string or int is an error
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
    fixture_show(fn() => flocktory_postcheckout(fixture_user(['id' => $value]), fixture_order()));
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
