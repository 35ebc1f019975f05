--TEST--
flocktory_attach_to_profile(): data: a key with - or . is named data["KEY"] in paths, others data.KEY
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

foreach ([
    ['loyalty-level' => []],
    ['a.b' => NAN],
    ['a_B9' => []],
    ['x' => 1, str_repeat('k', 63) . '-' => []],
] as $data) {
    fixture_show_event('attachToProfile', fn() => flocktory_attach_to_profile($data));
}
?>
--EXPECT--
Flocktory\ValidationException
data["loyalty-level"]
data["loyalty-level"]: expected a string, a bool, null, or an int or finite float below 10^15 in absolute value, got array(0)
Flocktory\ValidationException
data["a.b"]
data["a.b"]: expected a string, a bool, null, or an int or finite float below 10^15 in absolute value, got float(NAN)
Flocktory\ValidationException
data.a_B9
data.a_B9: expected a string, a bool, null, or an int or finite float below 10^15 in absolute value, got array(0)
Flocktory\ValidationException
data["kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk-"]
data["kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk-"]: expected a string, a bool, null, or an int or finite float below 10^15 in absolute value, got array(0)
