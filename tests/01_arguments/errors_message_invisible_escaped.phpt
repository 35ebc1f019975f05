--TEST--
errors: message: what cannot be seen is written as \u{...}, lowercase without leading zeros; its neighbours stay as they are
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

// The first and last code point of each escaped range, and the visible
// ones just outside it.
foreach ([
    0x0, 0x9, 0xA, 0x1F, 0x20, 0x7E, 0x7F, 0x80, 0x9F, 0xA0, 0xA1, 0xAC, 0xAD, 0xAE,
    0x200A, 0x200B, 0x200F, 0x2010, 0x2027, 0x2028, 0x202F, 0x2030,
    0x205F, 0x2060, 0x2061, 0xFEFE, 0xFEFF, 0xFF00, 0x41F,
] as $cp) {
    $price = '1' . utf8_of($cp) . '999';
    try {
        flocktory_postcheckout(fixture_user(), fixture_order(['price' => $price]));
    } catch (Flocktory\ValidationException $e) {
        printf("U+%04X %s\n", $cp, strstr($e->getMessage(), 'got '));
    }
}

/** The UTF-8 of $cp, without mbstring. */
function utf8_of(int $cp): string
{
    return json_decode(sprintf('"\u%04x"', $cp));
}
?>
--EXPECT--
U+0000 got string(5) "1\u{0}999"
U+0009 got string(5) "1\u{9}999"
U+000A got string(5) "1\u{a}999"
U+001F got string(5) "1\u{1f}999"
U+0020 got string(5) "1 999"
U+007E got string(5) "1~999"
U+007F got string(5) "1\u{7f}999"
U+0080 got string(6) "1\u{80}999"
U+009F got string(6) "1\u{9f}999"
U+00A0 got string(6) "1\u{a0}999"
U+00A1 got string(6) "1¡999"
U+00AC got string(6) "1¬999"
U+00AD got string(6) "1\u{ad}999"
U+00AE got string(6) "1®999"
U+200A got string(7) "1 999"
U+200B got string(7) "1\u{200b}999"
U+200F got string(7) "1\u{200f}999"
U+2010 got string(7) "1‐999"
U+2027 got string(7) "1‧999"
U+2028 got string(7) "1\u{2028}999"
U+202F got string(7) "1\u{202f}999"
U+2030 got string(7) "1‰999"
U+205F got string(7) "1 999"
U+2060 got string(7) "1\u{2060}999"
U+2061 got string(7) "1⁡999"
U+FEFE got string(7) "1﻾999"
U+FEFF got string(7) "1\u{feff}999"
U+FF00 got string(7) "1＀999"
U+041F got string(6) "1П999"
