--TEST--
flocktory_postcheckout(): output: escaping: every byte 0x00-0x7F in a title against the rule table
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/escape.inc';
// The rule table of issue 2, spelled out byte by byte.
function rule(int $b): string
{
    $named = [0x22 => '\\"', 0x5C => '\\\\', 0x08 => '\\b', 0x09 => '\\t', 0x0A => '\\n', 0x0C => '\\f', 0x0D => '\\r',
        0x3C => '\\u003C', 0x3E => '\\u003E', 0x26 => '\\u0026', 0x27 => '\\u0027'];
    if (isset($named[$b])) {
        return $named[$b];
    }
    if ($b < 0x20) {
        return '\\u00' . bin2hex(chr($b));
    }
    return chr($b);
}
$differ = 0;
$escaped = [];
for ($b = 0; $b <= 0x7F; $b++) {
    $got = emitted_title('a' . chr($b) . 'z');
    $want = '"a' . rule($b) . 'z"';
    if ($got !== $want) {
        $differ++;
        printf("0x%02x: got %s, want %s\n", $b, $got, $want);
    }
    if (strlen($got) !== 5) {
        $escaped[] = sprintf('%02x', $b);
    }
}
echo "128 bytes, $differ differ\n";
echo "escaped: ", implode(' ', $escaped), "\n";
?>
--EXPECT--
128 bytes, 0 differ
escaped: 00 01 02 03 04 05 06 07 08 09 0a 0b 0c 0d 0e 0f 10 11 12 13 14 15 16 17 18 19 1a 1b 1c 1d 1e 1f 22 26 27 3c 3e 5c
