--TEST--
flocktory_postcheckout(): output: the vector paths agree with a byte-wise reference on random mixed text
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/escape.inc';

/* The offset of the first byte that does not start a well-formed UTF-8
 * sequence (RFC 3629), or -1; written from the table in RFC 3629, section 4. */
function reference_bad_offset(string $s): int
{
    $n = strlen($s);
    for ($i = 0; $i < $n;) {
        $b = ord($s[$i]);
        if ($b < 0x80) { $i++; continue; }
        if ($b >= 0xC2 && $b <= 0xDF) { $len = 2; $lo = 0x80; $hi = 0xBF; }
        elseif ($b === 0xE0) { $len = 3; $lo = 0xA0; $hi = 0xBF; }
        elseif ($b === 0xED) { $len = 3; $lo = 0x80; $hi = 0x9F; }
        elseif ($b >= 0xE1 && $b <= 0xEF) { $len = 3; $lo = 0x80; $hi = 0xBF; }
        elseif ($b === 0xF0) { $len = 4; $lo = 0x90; $hi = 0xBF; }
        elseif ($b === 0xF4) { $len = 4; $lo = 0x80; $hi = 0x8F; }
        elseif ($b >= 0xF1 && $b <= 0xF3) { $len = 4; $lo = 0x80; $hi = 0xBF; }
        else { return $i; }
        if ($i + $len > $n) { return $i; }
        for ($k = 1; $k < $len; $k++) {
            $c = ord($s[$i + $k]);
            if ($k === 1 ? ($c < $lo || $c > $hi) : ($c < 0x80 || $c > 0xBF)) { return $i; }
        }
        $i += $len;
    }
    return -1;
}

// Pieces that sit on and across 16-byte vector boundaries: clean ASCII, the
// escaped ASCII bytes, two-byte letters, a lone lead or tail, U+2028, and
// three- and four-byte characters.
$pieces = ['a', 'b', ' ', 'Z', '"', '<', '&', "'", '\\', "\x01", "\x7F", 'д', 'Ж', "\u{7FF}", "\xD0", "\x80",
    "\u{2028}", "\u{2027}", '中', '😀', "\xE2\x80", "\xF0\x9F", "\xC0\xAF", "\xED\xA0\x80"];
mt_srand(4);
$cases = 0;
$wrong = 0;
for ($i = 0; $i < 4000; $i++) {
    $s = 'x';   // a title is trimmed; keep both ends non-blank
    for ($k = mt_rand(0, 40); $k > 0; $k--) {
        $s .= $pieces[mt_rand(0, count($pieces) - 1)];
    }
    $s .= 'y';
    $bad = reference_bad_offset($s);
    try {
        $got = emitted_title($s);
        $ok = $bad === -1 && $got === reference_escape($s);
    } catch (Flocktory\ValidationException $e) {
        $ok = $bad !== -1 && str_contains($e->getMessage(), sprintf(' at offset %d in ', $bad));
    }
    $cases++;
    if (!$ok && $wrong++ < 5) {
        echo "wrong for ", bin2hex($s), "\n";
    }
}
echo "$cases cases, $wrong wrong\n";
?>
--EXPECT--
4000 cases, 0 wrong
