--TEST--
flocktory_postcheckout(): arguments: getField() is the path and the message starts with it and ": "
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

$calls = [
    fn() => flocktory_postcheckout(fixture_user(['email' => 'ivan@localhost']), fixture_order()),
    fn() => flocktory_postcheckout(fixture_user() + [0 => 'x'], fixture_order()),
    fn() => flocktory_postcheckout(fixture_user(['a b' => 'x']), fixture_order()),
    fn() => flocktory_postcheckout(fixture_user(), fixture_order(), "\xFF"),
    fn() => flocktory_postcheckout(fixture_user(), fixture_order(), null, '<x>'),
];
foreach ($calls as $call) {
    try {
        $call();
        echo "no error\n";
    } catch (InvalidArgumentException $e) {
        $field = $e->getField();
        echo get_class($e), " ", $field, " ",
            var_export(strncmp($e->getMessage(), $field . ': ', strlen($field) + 2) === 0, true), "\n";
    }
}
?>
--EXPECT--
Flocktory\ValidationException user.email true
Flocktory\ValidationException user[0] true
Flocktory\ValidationException user["a b"] true
Flocktory\ValidationException spot true
Flocktory\ValidationException nonce true
