--TEST--
flocktory_postcheckout(): arguments: with several bad arguments the error is in argument order user, order, spot, nonce
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

$badUser = fixture_user(['password' => 'secret']);
$badOrder = fixture_order(['total' => 1]);
$badSpot = "I\xC3(n";
$badNonce = 'a b';
$calls = [
    fn() => flocktory_postcheckout($badUser, fixture_order(), null, $badNonce),
    fn() => flocktory_postcheckout($badUser, $badOrder, $badSpot, $badNonce),
    fn() => flocktory_postcheckout(fixture_user(), $badOrder, $badSpot, $badNonce),
    fn() => flocktory_postcheckout(fixture_user(), fixture_order(), $badSpot, $badNonce),
    fn() => flocktory_postcheckout(fixture_user(), fixture_order(), 'ok', $badNonce),
];
foreach ($calls as $call) {
    fixture_show($call);
}
?>
--EXPECT--
Flocktory\ValidationException
user.password
user.password: unknown key, expected one of name, email, phone, id, sex
Flocktory\ValidationException
user.password
user.password: unknown key, expected one of name, email, phone, id, sex
Flocktory\ValidationException
order.total
order.total: unknown key, expected one of id, price, custom_field, items
Flocktory\ValidationException
spot
spot: expected valid UTF-8, got invalid byte \xC3 at offset 1 in string(4) "I\xC3(n" (convert the text to UTF-8 first, e.g. iconv('Windows-1251', 'UTF-8', $s))
Flocktory\ValidationException
nonce
nonce: expected a CSP nonce: 1 to 256 of A-Z a-z 0-9 + / - _, then at most two =, got string(3) "a b"
