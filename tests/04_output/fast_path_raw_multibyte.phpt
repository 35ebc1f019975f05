--TEST--
flocktory_postcheckout(): output: fast path: unescaped multibyte characters and DEL at each position near the run boundaries are copied raw
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/fast_path.inc';
// U+2027 and U+202A share their first two bytes with U+2028 and U+2029.
foreach (["é", "\u{2027}", "\u{202A}", "\u{1F600}", "\x7F", "\u{E2}"] as $special) {
    echo bin2hex($special), ': ', fast_path_check($special), " checked\n";
}
?>
--EXPECT--
c3a9: 51 checked
e280a7: 51 checked
e280aa: 51 checked
f09f9880: 51 checked
7f: 51 checked
c3a2: 51 checked
