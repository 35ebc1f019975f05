--TEST--
flocktory_attach_to_profile(): data: null and blank strings are left out; "0" and false are kept
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

foreach ([
    ['a' => null, 'b' => '', 'c' => " \n", 'd' => '0', 'e' => false, 'f' => 0],
] as $data) {
    fixture_show_event('attachToProfile', fn() => flocktory_attach_to_profile($data));
}
?>
--EXPECT--
{"data":{"d":"0","e":false,"f":0}}
