--TEST--
loader, cart and profile functions: nonce: the postcheckout grammar and length limit on every function
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

$calls = [
    'flocktory_loader' => fn(?string $nonce) => flocktory_loader(1234, $nonce),
    'flocktory_add_to_cart' => fn(?string $nonce) => flocktory_add_to_cart(fixture_cart_item(), $nonce),
    'flocktory_remove_from_cart' => fn(?string $nonce) => flocktory_remove_from_cart(['id' => 1, 'count' => 1], $nonce),
    'flocktory_update_cart' => fn(?string $nonce) => flocktory_update_cart([], $nonce),
    'flocktory_attach_to_profile' => fn(?string $nonce) => flocktory_attach_to_profile(['a' => 1], $nonce),
];
foreach ($calls as $name => $call) {
    echo $name, "\n";
    foreach (['', 'abc===', ' abc ', 'a"b', str_repeat('A', 256), str_repeat('A', 257)] as $nonce) {
        try {
            $call($nonce);
            echo "ok: ", strlen($nonce), "\n";
        } catch (Flocktory\ValidationException $e) {
            echo $e->getField(), ": ", $e->getMessage(), "\n";
        }
    }
}
?>
--EXPECT--
flocktory_loader
nonce: nonce: expected a CSP nonce: 1 to 256 of A-Z a-z 0-9 + / - _, then at most two =, got string(0) ""
nonce: nonce: expected a CSP nonce: 1 to 256 of A-Z a-z 0-9 + / - _, then at most two =, got string(6) "abc==="
nonce: nonce: expected a CSP nonce: 1 to 256 of A-Z a-z 0-9 + / - _, then at most two =, got string(5) " abc "
nonce: nonce: expected a CSP nonce: 1 to 256 of A-Z a-z 0-9 + / - _, then at most two =, got string(3) "a\"b"
ok: 256
nonce: nonce: expected a CSP nonce: 1 to 256 of A-Z a-z 0-9 + / - _, then at most two =, got string(257) "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"...
flocktory_add_to_cart
nonce: nonce: expected a CSP nonce: 1 to 256 of A-Z a-z 0-9 + / - _, then at most two =, got string(0) ""
nonce: nonce: expected a CSP nonce: 1 to 256 of A-Z a-z 0-9 + / - _, then at most two =, got string(6) "abc==="
nonce: nonce: expected a CSP nonce: 1 to 256 of A-Z a-z 0-9 + / - _, then at most two =, got string(5) " abc "
nonce: nonce: expected a CSP nonce: 1 to 256 of A-Z a-z 0-9 + / - _, then at most two =, got string(3) "a\"b"
ok: 256
nonce: nonce: expected a CSP nonce: 1 to 256 of A-Z a-z 0-9 + / - _, then at most two =, got string(257) "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"...
flocktory_remove_from_cart
nonce: nonce: expected a CSP nonce: 1 to 256 of A-Z a-z 0-9 + / - _, then at most two =, got string(0) ""
nonce: nonce: expected a CSP nonce: 1 to 256 of A-Z a-z 0-9 + / - _, then at most two =, got string(6) "abc==="
nonce: nonce: expected a CSP nonce: 1 to 256 of A-Z a-z 0-9 + / - _, then at most two =, got string(5) " abc "
nonce: nonce: expected a CSP nonce: 1 to 256 of A-Z a-z 0-9 + / - _, then at most two =, got string(3) "a\"b"
ok: 256
nonce: nonce: expected a CSP nonce: 1 to 256 of A-Z a-z 0-9 + / - _, then at most two =, got string(257) "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"...
flocktory_update_cart
nonce: nonce: expected a CSP nonce: 1 to 256 of A-Z a-z 0-9 + / - _, then at most two =, got string(0) ""
nonce: nonce: expected a CSP nonce: 1 to 256 of A-Z a-z 0-9 + / - _, then at most two =, got string(6) "abc==="
nonce: nonce: expected a CSP nonce: 1 to 256 of A-Z a-z 0-9 + / - _, then at most two =, got string(5) " abc "
nonce: nonce: expected a CSP nonce: 1 to 256 of A-Z a-z 0-9 + / - _, then at most two =, got string(3) "a\"b"
ok: 256
nonce: nonce: expected a CSP nonce: 1 to 256 of A-Z a-z 0-9 + / - _, then at most two =, got string(257) "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"...
flocktory_attach_to_profile
nonce: nonce: expected a CSP nonce: 1 to 256 of A-Z a-z 0-9 + / - _, then at most two =, got string(0) ""
nonce: nonce: expected a CSP nonce: 1 to 256 of A-Z a-z 0-9 + / - _, then at most two =, got string(6) "abc==="
nonce: nonce: expected a CSP nonce: 1 to 256 of A-Z a-z 0-9 + / - _, then at most two =, got string(5) " abc "
nonce: nonce: expected a CSP nonce: 1 to 256 of A-Z a-z 0-9 + / - _, then at most two =, got string(3) "a\"b"
ok: 256
nonce: nonce: expected a CSP nonce: 1 to 256 of A-Z a-z 0-9 + / - _, then at most two =, got string(257) "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"...
