--TEST--
flocktory_postcheckout(): output: the one-sweep writer (short item and order strings) and the scan-then-write path (user fields, strings over 4096 bytes) agree with a byte-wise reference
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/fast_path.inc';

/* The offset of the first byte that does not start a well-formed UTF-8
 * sequence (RFC 3629, section 4), or -1. */
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

/** The emitted order id: read and written at once, like item fields. */
function emitted_order_id(string $id): string
{
    $payload = fixture_payload(flocktory_postcheckout(fixture_user(), fixture_order(['id' => $id])));
    $start = strpos($payload, '"order":{"id":') + strlen('"order":{"id":');
    $end = strpos($payload, ',"price":2000,"custom_field"');
    return $end === false ? "unexpected payload: $payload" : substr($payload, $start, $end - $start);
}

$pieces = ['a', 'b', ' ', 'Z', '"', '<', '&', "'", '\\', "\x01", "\x7F", 'д', 'Ж', "\u{7FF}", "\xD0", "\x80",
    "\u{2028}", "\u{2027}", '中', '😀', "\xE2\x80", "\xF0\x9F", "\xC0\xAF", "\xED\xA0\x80"];
// Padding that puts the random part on both sides of the 4096-byte limit of
// the one-sweep writer, and past vector boundaries on the long path.
$paddings = [0, 4000, 4080, 4095, 4100];
$routes = [
    'title' => 'emitted_title',
    'name' => 'emitted_name',
    'order id' => 'emitted_order_id',
];
mt_srand(11);
foreach ($routes as $route => $emit) {
    $cases = $wrong = 0;
    for ($i = 0; $i < 1500; $i++) {
        $s = 'x' . str_repeat('a', $paddings[$i % count($paddings)]);
        for ($k = mt_rand(0, 40); $k > 0; $k--) {
            $s .= $pieces[mt_rand(0, count($pieces) - 1)];
        }
        $s .= 'y';
        $bad = reference_bad_offset($s);
        try {
            $got = $emit($s);
            $ok = $bad === -1 && $got === reference_escape($s);
        } catch (Flocktory\ValidationException $e) {
            $ok = $bad !== -1 && str_contains($e->getMessage(), sprintf(' at offset %d in ', $bad));
        }
        $cases++;
        if (!$ok && $wrong++ < 5) {
            echo "$route: wrong for ", bin2hex($s), "\n";
        }
    }
    echo "$route: $cases cases, $wrong wrong\n";
}

// A lone lead as the very last byte, after clean ASCII or two-byte text that
// ends on and around vector boundaries: never accepted as complete.
foreach ($routes as $route => $emit) {
    $wrong = 0;
    foreach ([2, 15, 16, 17, 18, 31, 32, 33, 34, 4095, 4096, 4097, 4098] as $length) {
        foreach (['a', 'д'] as $fill) {
            // $length - 1 bytes of $fill (two bytes each for д), then the lead
            $s = $fill === 'a' ? str_repeat('a', $length - 1)
                : (($length - 1) % 2 ? 'x' : '') . str_repeat('д', intdiv($length - 1, 2));
            foreach (["\xD0", "\xE4\xB8", "\xF0\x9F\x98"] as $lead) {
                try {
                    $emit($s . $lead);
                    $wrong++;
                } catch (Flocktory\ValidationException $e) {
                    $wrong += str_contains($e->getMessage(), sprintf(' at offset %d in ', strlen($s))) ? 0 : 1;
                }
            }
        }
    }
    echo "$route: truncated last character, $wrong wrong\n";
}
?>
--EXPECT--
title: 1500 cases, 0 wrong
name: 1500 cases, 0 wrong
order id: 1500 cases, 0 wrong
title: truncated last character, 0 wrong
name: truncated last character, 0 wrong
order id: truncated last character, 0 wrong
