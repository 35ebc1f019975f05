--TEST--
flocktory_postcheckout(): output: escaping: DEL and all non-ASCII other than U+2028 and U+2029 are copied as raw UTF-8
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/escape.inc';
$titles = [
    "a\x7Fz",                   // DEL
    'Кроссовки Nike',          // Cyrillic
    "\u{1F600}",                // emoji, 4 bytes
    "a\u{2027}z",               // just below U+2028
    "a\u{202A}z",               // just above U+2029
    "a\u{0085}z",               // NEL, a C1 control
    "a\u{00A0}z",               // no-break space: not ASCII whitespace
    "\u{FEFF}x",                // BOM
    "\u{0080}\u{07FF}\u{0800}\u{D7FF}\u{E000}\u{FFFF}\u{10000}\u{10FFFF}", // UTF-8 length boundaries
];
foreach ($titles as $title) {
    $got = emitted_title($title);
    echo bin2hex($got), ' ', $got === '"' . $title . '"' ? 'raw' : 'changed', "\n";
}
?>
--EXPECT--
22617f7a22 raw
22d09ad180d0bed181d181d0bed0b2d0bad0b8204e696b6522 raw
22f09f988022 raw
2261e280a77a22 raw
2261e280aa7a22 raw
2261c2857a22 raw
2261c2a07a22 raw
22efbbbf7822 raw
22c280dfbfe0a080ed9fbfee8080efbfbff0908080f48fbfbf22 raw
