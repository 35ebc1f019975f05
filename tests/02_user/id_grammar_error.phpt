--TEST--
flocktory_postcheckout(): user: id rejects a dot first, last or doubled and characters outside A-Z a-z 0-9 _ - .
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

foreach ([
    '.abc',
    'abc.',
    'a..b',
    '.',
    'a b',
    'a@b',
    'a/b',
    'a+b',
    'ид',
] as $value) {
    $user = fixture_without(fixture_user(['id' => $value]), 'email');
    fixture_show(fn() => flocktory_postcheckout($user, fixture_order()));
}
?>
--EXPECT--
Flocktory\ValidationException
user.id
user.id: expected 1 to 64 of A-Z a-z 0-9 _ - and . (a dot not first, last or doubled), got string(4) ".abc"
Flocktory\ValidationException
user.id
user.id: expected 1 to 64 of A-Z a-z 0-9 _ - and . (a dot not first, last or doubled), got string(4) "abc."
Flocktory\ValidationException
user.id
user.id: expected 1 to 64 of A-Z a-z 0-9 _ - and . (a dot not first, last or doubled), got string(4) "a..b"
Flocktory\ValidationException
user.id
user.id: expected 1 to 64 of A-Z a-z 0-9 _ - and . (a dot not first, last or doubled), got string(1) "."
Flocktory\ValidationException
user.id
user.id: expected 1 to 64 of A-Z a-z 0-9 _ - and . (a dot not first, last or doubled), got string(3) "a b"
Flocktory\ValidationException
user.id
user.id: expected 1 to 64 of A-Z a-z 0-9 _ - and . (a dot not first, last or doubled), got string(3) "a@b"
Flocktory\ValidationException
user.id
user.id: expected 1 to 64 of A-Z a-z 0-9 _ - and . (a dot not first, last or doubled), got string(3) "a/b"
Flocktory\ValidationException
user.id
user.id: expected 1 to 64 of A-Z a-z 0-9 _ - and . (a dot not first, last or doubled), got string(3) "a+b"
Flocktory\ValidationException
user.id
user.id: expected 1 to 64 of A-Z a-z 0-9 _ - and . (a dot not first, last or doubled), got string(4) "ид"
