--TEST--
flocktory_postcheckout(): order: price error message shows the given string escaped, and cut after 40 bytes
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';
$prices = [
    str_repeat('1', 40),
    str_repeat('1', 41),
    str_repeat('1', 50),
    'a"b\\c',
    "1\x01\x1F",
    str_repeat('é', 25),
];
foreach ($prices as $price) {
    fixture_show(fn() => flocktory_postcheckout(fixture_user(), fixture_order(['price' => $price])));
}
// 51 bytes whose 40th byte is inside a character: the cut keeps whole characters only.
try {
    flocktory_postcheckout(fixture_user(), fixture_order(['price' => 'a' . str_repeat('é', 25)]));
} catch (Flocktory\ValidationException $e) {
    var_dump((bool) preg_match('/, got string\(51\) "a(é{19}|é{20})"\.\.\.$/u', $e->getMessage()));
}
?>
--EXPECT--
Flocktory\ValidationException
order.price
order.price: expected a number from 0 up to below 10^15 (an int, a float or a decimal string like "1999.90"), got string(40) "1111111111111111111111111111111111111111"
Flocktory\ValidationException
order.price
order.price: expected a number from 0 up to below 10^15 (an int, a float or a decimal string like "1999.90"), got string(41) "1111111111111111111111111111111111111111"...
Flocktory\ValidationException
order.price
order.price: expected a number from 0 up to below 10^15 (an int, a float or a decimal string like "1999.90"), got string(50) "1111111111111111111111111111111111111111"...
Flocktory\ValidationException
order.price
order.price: expected a number from 0 up to below 10^15 (an int, a float or a decimal string like "1999.90"), got string(5) "a\"b\\c"
Flocktory\ValidationException
order.price
order.price: expected a number from 0 up to below 10^15 (an int, a float or a decimal string like "1999.90"), got string(3) "1\u{1}\u{1f}"
Flocktory\ValidationException
order.price
order.price: expected a number from 0 up to below 10^15 (an int, a float or a decimal string like "1999.90"), got string(50) "éééééééééééééééééééé"...
bool(true)
