--TEST--
flocktory_postcheckout(): arguments: on an error nothing is returned or printed, and the next call is unaffected
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

$good = flocktory_postcheckout(fixture_user(), fixture_order(), 'x', 'abc');
$calls = [
    fn() => flocktory_postcheckout(fixture_user(['email' => 'bad']), fixture_order(), 'x', 'abc'),
    fn() => flocktory_postcheckout(fixture_user(), fixture_order(['price' => -1]), 'x', 'abc'),
    fn() => flocktory_postcheckout(fixture_user(), fixture_order(), "x\xC3", 'abc'),
    fn() => flocktory_postcheckout(fixture_user(), fixture_order(), 'x', 'a b'),
];
foreach ($calls as $call) {
    $result = 'untouched';
    $caught = 'nothing';
    ob_start();
    try {
        $result = $call();
    } catch (Flocktory\ValidationException $e) {
        $caught = $e->getField();
    }
    $printed = ob_get_clean();
    var_dump($caught, $result, $printed);
    var_dump(flocktory_postcheckout(fixture_user(), fixture_order(), 'x', 'abc') === $good);
}
?>
--EXPECT--
string(10) "user.email"
string(9) "untouched"
string(0) ""
bool(true)
string(11) "order.price"
string(9) "untouched"
string(0) ""
bool(true)
string(4) "spot"
string(9) "untouched"
string(0) ""
bool(true)
string(5) "nonce"
string(9) "untouched"
string(0) ""
bool(true)
