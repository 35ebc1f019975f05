--TEST--
flocktory_attach_to_profile(): data: at least one value must remain
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

foreach ([
    [],
    ['a' => null],
    ['a' => ' ', 'b' => null],
] as $data) {
    fixture_show_event('attachToProfile', fn() => flocktory_attach_to_profile($data));
}
?>
--EXPECT--
Flocktory\ValidationException
data
data: expected at least one value that is not null or empty, got array(0)
Flocktory\ValidationException
data
data: expected at least one value that is not null or empty, got array(1)
Flocktory\ValidationException
data
data: expected at least one value that is not null or empty, got array(2)
