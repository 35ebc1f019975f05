--TEST--
flocktory_attach_to_profile(): data: int keys, and digit-only string keys that PHP makes ints, are errors
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

foreach ([
    [0 => 'gold'],
    ['12' => 1],
    ['-7' => 1],
    ['a' => 1, 5 => 'x'],
    ['gold', 'silver'],
] as $data) {
    fixture_show_event('attachToProfile', fn() => flocktory_attach_to_profile($data));
}
?>
--EXPECT--
Flocktory\ValidationException
data
data: expected keys of 1 to 64 of A-Z a-z 0-9 _ - . only, got the int key 0 (PHP turns keys like "12" into ints)
Flocktory\ValidationException
data
data: expected keys of 1 to 64 of A-Z a-z 0-9 _ - . only, got the int key 12 (PHP turns keys like "12" into ints)
Flocktory\ValidationException
data
data: expected keys of 1 to 64 of A-Z a-z 0-9 _ - . only, got the int key -7 (PHP turns keys like "12" into ints)
Flocktory\ValidationException
data
data: expected keys of 1 to 64 of A-Z a-z 0-9 _ - . only, got the int key 5 (PHP turns keys like "12" into ints)
Flocktory\ValidationException
data
data: expected keys of 1 to 64 of A-Z a-z 0-9 _ - . only, got the int key 0 (PHP turns keys like "12" into ints)
