--TEST--
flocktory_postcheckout(): output: escaping: U+2028 and U+2029 as \u2028 and \u2029, and they are not trimmed
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/escape.inc';
foreach (["a\u{2028}b", "a\u{2029}b", "\u{2028}", "\u{2029}\u{2028}x\u{2029}", " \u{2028} "] as $title) {
    echo emitted_title($title), "\n";
}
?>
--EXPECT--
"a\u2028b"
"a\u2029b"
"\u2028"
"\u2029\u2028x\u2029"
"\u2028"
