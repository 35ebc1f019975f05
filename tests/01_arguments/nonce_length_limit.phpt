--TEST--
flocktory_postcheckout(): nonce: 256 characters (plus up to two =) are accepted, 257 are an error
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

$n256 = str_repeat('aB3+/-_9', 32);
foreach ([$n256, $n256 . '=', $n256 . '==', $n256 . 'x'] as $nonce) {
    echo strlen($nonce), ": ";
    try {
        $snippet = flocktory_postcheckout(fixture_user(), fixture_order(), null, $nonce);
        var_dump(strstr($snippet, "\n", true) === '<script type="text/javascript" nonce="' . $nonce . '">');
    } catch (Flocktory\ValidationException $e) {
        echo get_class($e), "\n", $e->getField(), "\n", $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
256: bool(true)
257: bool(true)
258: bool(true)
257: Flocktory\ValidationException
nonce
nonce: expected a CSP nonce: 1 to 256 of A-Z a-z 0-9 + / - _, then at most two =, got string(257) "aB3+/-_9aB3+/-_9aB3+/-_9aB3+/-_9aB3+/-_9"...
