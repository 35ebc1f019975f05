--TEST--
flocktory_attach_to_profile(): data: keys are written in the array's order
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

foreach ([
    ['b' => 1, 'a' => 2, 'c' => 3],
    ['orders' => 12, 'loyalty_level' => 'gold'],
] as $data) {
    fixture_show_event('attachToProfile', fn() => flocktory_attach_to_profile($data));
}
?>
--EXPECT--
{"data":{"b":1,"a":2,"c":3}}
{"data":{"orders":12,"loyalty_level":"gold"}}
