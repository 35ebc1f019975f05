--TEST--
flocktory_postcheckout(): output: every byte 0x80-0xFF alone in a title is invalid UTF-8
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/escape.inc';
$differ = 0;
for ($b = 0x80; $b <= 0xFF; $b++) {
    $hex = sprintf('\\x%02X', $b);
    $want = "order.items[0].title: expected valid UTF-8, got invalid byte $hex at offset 1 in string(3) \"a{$hex}z\""
        . " (convert the text to UTF-8 first, e.g. iconv('Windows-1251', 'UTF-8', \$s))";
    try {
        $got = 'no exception: ' . emitted_title('a' . chr($b) . 'z');
        $field = '';
    } catch (Flocktory\ValidationException $e) {
        $got = $e->getMessage();
        $field = $e->getField();
    }
    if ($got !== $want || $field !== 'order.items[0].title') {
        $differ++;
        echo "$hex: [$field] $got\n";
    }
}
echo "128 bytes, $differ differ\n";
fixture_show(fn() => flocktory_postcheckout(fixture_user(), fixture_order(['items' => [['title' => "a\xC3z"]]])));
?>
--EXPECT--
128 bytes, 0 differ
Flocktory\ValidationException
order.items[0].title
order.items[0].title: expected valid UTF-8, got invalid byte \xC3 at offset 1 in string(3) "a\xC3z" (convert the text to UTF-8 first, e.g. iconv('Windows-1251', 'UTF-8', $s))
