--TEST--
tags: attributes: exactly & " ' < > and CR are replaced, every other character is written as it is
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

// Input => the attribute value as it must appear between the quotes.
$cases = [
    '&' => '&amp;', '"' => '&quot;', "'" => '&#39;', '<' => '&lt;', '>' => '&gt;', "\rz" => '&#13;z',
    'a&amp;b' => 'a&amp;amp;b', '&#13;' => '&amp;#13;', '</div><script>' => '&lt;/div&gt;&lt;script&gt;',
    "x\ny\tz" => "x\ny\tz", "\x01\x1F\x7F\x0B\x0Cy" => "\x01\x1F\x7F\x0B\x0Cy", '`=\\/ ' => '`=\\/',
    "Ёлка ü" => "Ёлка ü", "\u{2028}\u{2029}\u{85}" => "\u{2028}\u{2029}\u{85}", "\u{1F600}\u{FEFF}" => "\u{1F600}\u{FEFF}",
    "\r\n\"'" => '&#13;' . "\n" . '&quot;&#39;',
];
foreach ($cases as $in => $want) {
    $tag = flocktory_user(['name' => "x{$in}", 'id' => '1']);
    $want = '<div class="i-flocktory" data-fl-user-name="x' . $want . '" data-fl-user-email="1@unknown.email"></div>';
    echo bin2hex($in), ' ', $tag === $want ? 'ok' : "MISMATCH: $tag", "\n";
}
?>
--EXPECT--
26 ok
22 ok
27 ok
3c ok
3e ok
0d7a ok
6126616d703b62 ok
262331333b ok
3c2f6469763e3c7363726970743e ok
780a79097a ok
011f7f0b0c79 ok
603d5c2f20 ok
d081d0bbd0bad0b020c3bc ok
e280a8e280a9c285 ok
f09f9880efbbbf ok
0d0a2227 ok
