--TEST--
flocktory_attach_to_profile(): data: arrays and objects are errors at data.KEY
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

foreach ([
    ['tags' => ['a', 'b']],
    ['tags' => []],
    ['when' => new DateTimeImmutable('2020-01-01')],
    ['s' => new ArrayObject([])],
] as $data) {
    fixture_show_event('attachToProfile', fn() => flocktory_attach_to_profile($data));
}
?>
--EXPECT--
Flocktory\ValidationException
data.tags
data.tags: expected a string, a bool, null, or an int or finite float below 10^15 in absolute value, got array(2)
Flocktory\ValidationException
data.tags
data.tags: expected a string, a bool, null, or an int or finite float below 10^15 in absolute value, got array(0)
Flocktory\ValidationException
data.when
data.when: expected a string, a bool, null, or an int or finite float below 10^15 in absolute value, got object(DateTimeImmutable)
Flocktory\ValidationException
data.s
data.s: expected a string, a bool, null, or an int or finite float below 10^15 in absolute value, got object(ArrayObject)
