--TEST--
flocktory_attach_to_profile(): data: entries are checked in order, each key before its value
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

foreach ([
    ['a' => [], 'b c' => 1],
    ['b c' => [], 'a' => 1],
] as $data) {
    fixture_show_event('attachToProfile', fn() => flocktory_attach_to_profile($data));
}
?>
--EXPECT--
Flocktory\ValidationException
data.a
data.a: expected a string, a bool, null, or an int or finite float below 10^15 in absolute value, got array(0)
Flocktory\ValidationException
data
data: expected keys of 1 to 64 of A-Z a-z 0-9 _ - . only, got the key "b c"
