--TEST--
tags: attributes: all 256 byte values, alone between two letters, against the escape set
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

$entity = [0x26 => '&amp;', 0x22 => '&quot;', 0x27 => '&#39;', 0x3C => '&lt;', 0x3E => '&gt;', 0x0D => '&#13;'];
$summary = [];
for ($b = 0; $b < 256; $b++) {
    try {
        $tag = flocktory_item_view(['id' => 1, 'vendor' => 'a' . chr($b) . 'b']);
        $value = substr($tag, strpos($tag, 'vendor="') + 8, -strlen('"></div>'));
        $outcome = $value === 'a' . ($entity[$b] ?? chr($b)) . 'b' ? 'as specified' : 'WRONG ' . bin2hex($value);
    } catch (Flocktory\ValidationException $e) {
        $outcome = $b === 0 ? 'U+0000 error' : (str_contains($e->getMessage(), 'valid UTF-8') ? 'not UTF-8' : 'other error');
    }
    $summary[$outcome][] = $b;
}
foreach ($summary as $outcome => $bytes) {
    printf("%s: %d bytes, 0x%02X-0x%02X\n", $outcome, count($bytes), min($bytes), max($bytes));
}
?>
--EXPECT--
U+0000 error: 1 bytes, 0x00-0x00
as specified: 127 bytes, 0x01-0x7F
not UTF-8: 128 bytes, 0x80-0xFF
