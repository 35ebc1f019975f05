--TEST--
flocktory_postcheckout(): output: fast path: invalid UTF-8 at offsets 15, 16, 31 and 32 of a long string is reported at that offset
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';
// How the message shows the string, by the format: the first 40 bytes,
// invalid bytes as \xNN, then ... after the closing quote.
function given(string $s): string
{
    $shown = '';
    $i = 0;
    while ($i < 40 && $i < strlen($s)) {
        if (substr($s, $i, 2) === "é") {
            $shown .= "é";
            $i += 2;
        } elseif (ord($s[$i]) < 0x80) {
            $shown .= $s[$i++];
        } else {
            $shown .= sprintf('\\x%02X', ord($s[$i++]));
        }
    }
    return sprintf('string(%d) "%s"%s', strlen($s), $shown, strlen($s) > 40 ? '...' : '');
}
$cases = [];
foreach ([64, 4096] as $length) {
    foreach ([15, 16, 31, 32] as $offset) {
        $cases[] = [$length, $offset, "\xFF", "\xFF"];
    }
}
$cases[] = [64, 15, "\x80", "\x80"];          // lone continuation byte
$cases[] = [64, 16, "\xC3", "\xC3"];          // lead byte followed by ASCII
$cases[] = [64, 31, "\xE2\x82", "\xE2"];      // truncated 3-byte sequence
$cases[] = [4096, 4095, "\xC3", "\xC3"];      // truncated at the very end
$cases[] = [4096, 4080, "\xFF", "\xFF"];
foreach ($cases as [$length, $offset, $bad, $first]) {
    $s = str_repeat('a', $length);
    $s = substr($s, 0, $offset) . $bad . substr($s, $offset + strlen($bad));
    if ($offset >= 2) {
        $s = substr_replace($s, "é", $offset - 2, 2);   // a valid 2-byte character just before
    }
    $want = sprintf(
        "order.items[0].title: expected valid UTF-8, got invalid byte \\x%02X at offset %d in %s (convert the text to UTF-8 first, e.g. iconv('Windows-1251', 'UTF-8', \$s))",
        ord($first), $offset, given($s),
    );
    try {
        flocktory_postcheckout(fixture_user(), fixture_order(['items' => [['title' => $s]]]));
        echo "$length/$offset: no exception\n";
    } catch (Flocktory\ValidationException $e) {
        echo "$length/$offset: ", $e->getField(), ' ', $e->getMessage() === $want ? 'ok' : "\n  got:  {$e->getMessage()}\n  want: $want", "\n";
    }
}
?>
--EXPECT--
64/15: order.items[0].title ok
64/16: order.items[0].title ok
64/31: order.items[0].title ok
64/32: order.items[0].title ok
4096/15: order.items[0].title ok
4096/16: order.items[0].title ok
4096/31: order.items[0].title ok
4096/32: order.items[0].title ok
64/15: order.items[0].title ok
64/16: order.items[0].title ok
64/31: order.items[0].title ok
4096/4095: order.items[0].title ok
4096/4080: order.items[0].title ok
