--TEST--
flocktory_attach_to_profile(): data: keys of 1 to 64 ASCII letters, digits, _, - and . are accepted as they are
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

$long = str_repeat('k', 64);
fixture_show_event('attachToProfile', fn() => flocktory_attach_to_profile([
    'a' => 1, 'Z' => 1, '_' => 1, '-' => 1, '.' => 1, 'a.b-c_D9' => 1, '012' => 1, '1.5' => 1, '-0' => 1, $long => 1,
]));
?>
--EXPECT--
{"data":{"a":1,"Z":1,"_":1,"-":1,".":1,"a.b-c_D9":1,"012":1,"1.5":1,"-0":1,"kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk":1}}
