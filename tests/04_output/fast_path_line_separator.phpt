--TEST--
flocktory_postcheckout(): output: fast path: U+2028 and U+2029 at each position near the run boundaries
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/fast_path.inc';
foreach (["\u{2028}", "\u{2029}"] as $special) {
    echo bin2hex($special), ': ', fast_path_check($special), " checked\n";
}
// the example by hand: 15 plain bytes, then U+2028 across the 16-byte boundary
echo emitted_title('abcdefghijklmno' . "\u{2028}" . 'pqrstuvwxyz01234'), "\n";
?>
--EXPECT--
e280a8: 51 checked
e280a9: 51 checked
"abcdefghijklmno\u2028pqrstuvwxyz01234"
