--TEST--
errors: message: the 40 bytes shown are the value's, an escape counting as the bytes it stands for, cut between characters
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

foreach ([
    str_repeat('a', 38) . "\u{a0}",        // 40 bytes: shown whole
    str_repeat('a', 39) . "\u{a0}",        // the no-break space would be bytes 40 and 41
    str_repeat("\u{a0}", 20) . 'x',        // 20 escapes are 40 bytes
    str_repeat('a', 37) . "\u{200b}b",     // 40 bytes, then one more
    str_repeat("\n", 41),                  // one escape a byte
] as $price) {
    try {
        flocktory_postcheckout(fixture_user(), fixture_order(['price' => $price]));
    } catch (Flocktory\ValidationException $e) {
        echo strstr($e->getMessage(), 'got '), "\n";
    }
}
?>
--EXPECT--
got string(40) "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\u{a0}"
got string(41) "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"...
got string(41) "\u{a0}\u{a0}\u{a0}\u{a0}\u{a0}\u{a0}\u{a0}\u{a0}\u{a0}\u{a0}\u{a0}\u{a0}\u{a0}\u{a0}\u{a0}\u{a0}\u{a0}\u{a0}\u{a0}\u{a0}"...
got string(41) "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\u{200b}"...
got string(41) "\u{a}\u{a}\u{a}\u{a}\u{a}\u{a}\u{a}\u{a}\u{a}\u{a}\u{a}\u{a}\u{a}\u{a}\u{a}\u{a}\u{a}\u{a}\u{a}\u{a}\u{a}\u{a}\u{a}\u{a}\u{a}\u{a}\u{a}\u{a}\u{a}\u{a}\u{a}\u{a}\u{a}\u{a}\u{a}\u{a}\u{a}\u{a}\u{a}\u{a}"...
