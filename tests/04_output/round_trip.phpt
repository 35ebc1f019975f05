--TEST--
flocktory_postcheckout(): output: json_decode() of the payload gives back exactly the trimmed input strings
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/escape.inc';
$titles = [
    "</script><!--<script>]]>",
    "a\"b\\c\\u0041\\\"",
    "\x00\x01\x1f\x7f\x08\x0b",
    "\u{2028}\u{2029}\u{2027}\u{202A}",
    " \t\v\f\r\n padded \n\r\f\v\t ",
    "\x00 NUL is not trimmed \x00",
    "emoji 😀 Кроссовки 'quote' & <tag> / slash",
    "\u{FEFF}\u{00A0}\u{0085}",
];
foreach ($titles as $i => $title) {
    $payload = fixture_payload(flocktory_postcheckout(
        fixture_user(['name' => $title]),
        fixture_order(['custom_field' => $title, 'items' => [['title' => $title, 'id' => $title]]]),
        $title,
    ));
    $data = json_decode($payload, true, 512, JSON_THROW_ON_ERROR);
    $want = contract_trim($title);
    $back = [$data['user']['name'], $data['order']['custom_field'], $data['order']['items'][0]['title'], $data['order']['items'][0]['id'], $data['spot']];
    echo $i, ': ', count(array_filter($back, fn($s) => $s === $want)), " of 5 exact\n";
}
var_dump(contract_trim(" \t\v\f\r\n padded \n\r\f\v\t ") === 'padded', contract_trim("\x00 a \x00") === "\x00 a \x00");
?>
--EXPECT--
0: 5 of 5 exact
1: 5 of 5 exact
2: 5 of 5 exact
3: 5 of 5 exact
4: 5 of 5 exact
5: 5 of 5 exact
6: 5 of 5 exact
7: 5 of 5 exact
bool(true)
bool(true)
