--TEST--
flocktory_attach_to_profile(): data: numbers stay below 10^15 in absolute value and finite
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

foreach ([
    ['n' => 999999999999999, 'm' => -999999999999999],
    ['n' => 1000000000000000],
    ['n' => -1000000000000000],
    ['n' => PHP_INT_MIN],
    ['n' => 1e15],
    ['n' => -1e15],
    ['n' => NAN],
    ['n' => -INF],
] as $data) {
    fixture_show_event('attachToProfile', fn() => flocktory_attach_to_profile($data));
}
?>
--EXPECT--
{"data":{"n":999999999999999,"m":-999999999999999}}
Flocktory\ValidationException
data.n
data.n: expected a string, a bool, null, or an int or finite float below 10^15 in absolute value, got int(1000000000000000)
Flocktory\ValidationException
data.n
data.n: expected a string, a bool, null, or an int or finite float below 10^15 in absolute value, got int(-1000000000000000)
Flocktory\ValidationException
data.n
data.n: expected a string, a bool, null, or an int or finite float below 10^15 in absolute value, got int(-9223372036854775808)
Flocktory\ValidationException
data.n
data.n: expected a string, a bool, null, or an int or finite float below 10^15 in absolute value, got float(1000000000000000)
Flocktory\ValidationException
data.n
data.n: expected a string, a bool, null, or an int or finite float below 10^15 in absolute value, got float(-1000000000000000)
Flocktory\ValidationException
data.n
data.n: expected a string, a bool, null, or an int or finite float below 10^15 in absolute value, got float(NAN)
Flocktory\ValidationException
data.n
data.n: expected a string, a bool, null, or an int or finite float below 10^15 in absolute value, got float(-INF)
