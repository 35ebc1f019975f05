--TEST--
flocktory_postcheckout(): nonce: anything outside the CSP base64-value grammar is an error, never escaped
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

foreach (['', '=', '==', 'a=b', 'abc===', 'a b', 'a"b', '<x>', 'a.b', 'a&b', 'абв', "a\xC3b", "a\x00b"] as $nonce) {
    fixture_show(fn() => flocktory_postcheckout(fixture_user(), fixture_order(), null, $nonce));
}
?>
--EXPECT--
Flocktory\ValidationException
nonce
nonce: expected a CSP nonce: 1 to 256 of A-Z a-z 0-9 + / - _, then at most two =, got string(0) ""
Flocktory\ValidationException
nonce
nonce: expected a CSP nonce: 1 to 256 of A-Z a-z 0-9 + / - _, then at most two =, got string(1) "="
Flocktory\ValidationException
nonce
nonce: expected a CSP nonce: 1 to 256 of A-Z a-z 0-9 + / - _, then at most two =, got string(2) "=="
Flocktory\ValidationException
nonce
nonce: expected a CSP nonce: 1 to 256 of A-Z a-z 0-9 + / - _, then at most two =, got string(3) "a=b"
Flocktory\ValidationException
nonce
nonce: expected a CSP nonce: 1 to 256 of A-Z a-z 0-9 + / - _, then at most two =, got string(6) "abc==="
Flocktory\ValidationException
nonce
nonce: expected a CSP nonce: 1 to 256 of A-Z a-z 0-9 + / - _, then at most two =, got string(3) "a b"
Flocktory\ValidationException
nonce
nonce: expected a CSP nonce: 1 to 256 of A-Z a-z 0-9 + / - _, then at most two =, got string(3) "a\"b"
Flocktory\ValidationException
nonce
nonce: expected a CSP nonce: 1 to 256 of A-Z a-z 0-9 + / - _, then at most two =, got string(3) "<x>"
Flocktory\ValidationException
nonce
nonce: expected a CSP nonce: 1 to 256 of A-Z a-z 0-9 + / - _, then at most two =, got string(3) "a.b"
Flocktory\ValidationException
nonce
nonce: expected a CSP nonce: 1 to 256 of A-Z a-z 0-9 + / - _, then at most two =, got string(3) "a&b"
Flocktory\ValidationException
nonce
nonce: expected a CSP nonce: 1 to 256 of A-Z a-z 0-9 + / - _, then at most two =, got string(6) "абв"
Flocktory\ValidationException
nonce
nonce: expected a CSP nonce: 1 to 256 of A-Z a-z 0-9 + / - _, then at most two =, got string(3) "a\xC3b"
Flocktory\ValidationException
nonce
nonce: expected a CSP nonce: 1 to 256 of A-Z a-z 0-9 + / - _, then at most two =, got string(3) "a\u{0}b"
