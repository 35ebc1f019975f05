--TEST--
flocktory_postcheckout(): nonce: is not trimmed, so surrounding whitespace is an error
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

foreach ([' abc', 'abc ', "abc\n", "\tabc", ' '] as $nonce) {
    fixture_show(fn() => flocktory_postcheckout(fixture_user(), fixture_order(), null, $nonce));
}
?>
--EXPECT--
Flocktory\ValidationException
nonce
nonce: expected a CSP nonce: 1 to 256 of A-Z a-z 0-9 + / - _, then at most two =, got string(4) " abc"
Flocktory\ValidationException
nonce
nonce: expected a CSP nonce: 1 to 256 of A-Z a-z 0-9 + / - _, then at most two =, got string(4) "abc "
Flocktory\ValidationException
nonce
nonce: expected a CSP nonce: 1 to 256 of A-Z a-z 0-9 + / - _, then at most two =, got string(4) "abc\u{a}"
Flocktory\ValidationException
nonce
nonce: expected a CSP nonce: 1 to 256 of A-Z a-z 0-9 + / - _, then at most two =, got string(4) "\u{9}abc"
Flocktory\ValidationException
nonce
nonce: expected a CSP nonce: 1 to 256 of A-Z a-z 0-9 + / - _, then at most two =, got string(1) " "
