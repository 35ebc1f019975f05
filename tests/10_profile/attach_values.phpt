--TEST--
flocktory_attach_to_profile(): data: strings trimmed, ints and floats of any sign, bools
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

foreach ([
    ['s' => "  gold\t", 'u' => 'Золото', 'n' => -12, 'z' => 0, 't' => true, 'f' => false],
    ['a' => -1.5, 'b' => 0.1 + 0.2, 'c' => -0.0, 'd' => 1e-7, 'e' => -1e-7, 'f' => 2.0, 'g' => -999999999999999.9],
] as $data) {
    fixture_show_event('attachToProfile', fn() => flocktory_attach_to_profile($data));
}
?>
--EXPECT--
{"data":{"s":"gold","u":"Золото","n":-12,"z":0,"t":true,"f":false}}
{"data":{"a":-1.5,"b":0.30000000000000004,"c":0,"d":1.0e-7,"e":-1.0e-7,"f":2,"g":-999999999999999.9}}
