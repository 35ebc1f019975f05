--TEST--
flocktory_loader(): nonce: the postcheckout grammar, and a bad site_id is reported first
--EXTENSIONS--
flocktory
--FILE--
<?php
foreach ([[5, ''], [5, 'a b'], [5, '"><script>'], [0, 'a b']] as [$id, $nonce]) {
    try {
        echo flocktory_loader($id, $nonce), "\n";
    } catch (Flocktory\ValidationException $e) {
        echo get_class($e), "\n", $e->getField(), "\n", $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
Flocktory\ValidationException
nonce
nonce: expected a CSP nonce: 1 to 256 of A-Z a-z 0-9 + / - _, then at most two =, got string(0) ""
Flocktory\ValidationException
nonce
nonce: expected a CSP nonce: 1 to 256 of A-Z a-z 0-9 + / - _, then at most two =, got string(3) "a b"
Flocktory\ValidationException
nonce
nonce: expected a CSP nonce: 1 to 256 of A-Z a-z 0-9 + / - _, then at most two =, got string(10) "\"><script>"
Flocktory\ValidationException
site_id
site_id: expected a Flocktory site id, an int from 1 or a string of its digits, got int(0)
