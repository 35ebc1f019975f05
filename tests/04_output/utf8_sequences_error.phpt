--TEST--
flocktory_postcheckout(): output: overlongs, surrogates, code points above U+10FFFF and truncated sequences are invalid UTF-8
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';
$bad = [
    "ok\xC0\xAF",          // overlong '/'
    "ok\xC1\xBF",          // overlong 2-byte
    "ok\xE0\x80\xAF",      // overlong 3-byte
    "ok\xF0\x80\x80\xAF",  // overlong 4-byte
    "ok\xED\xA0\x80",      // U+D800
    "ok\xED\xBF\xBF",      // U+DFFF
    "ok\xF4\x90\x80\x80",  // U+110000
    "ok\xF5\x80\x80\x80",
    "ok\xE2\x82",          // truncated at the end
    "ok\xF0\x9F\x98",      // truncated 4-byte
    "ok\x80",
];
foreach ($bad as $title) {
    fixture_show(fn() => flocktory_postcheckout(fixture_user(), fixture_order(['items' => [['title' => $title]]])));
}
?>
--EXPECT--
Flocktory\ValidationException
order.items[0].title
order.items[0].title: expected valid UTF-8, got invalid byte \xC0 at offset 2 in string(4) "ok\xC0\xAF" (convert the text to UTF-8 first, e.g. iconv('Windows-1251', 'UTF-8', $s))
Flocktory\ValidationException
order.items[0].title
order.items[0].title: expected valid UTF-8, got invalid byte \xC1 at offset 2 in string(4) "ok\xC1\xBF" (convert the text to UTF-8 first, e.g. iconv('Windows-1251', 'UTF-8', $s))
Flocktory\ValidationException
order.items[0].title
order.items[0].title: expected valid UTF-8, got invalid byte \xE0 at offset 2 in string(5) "ok\xE0\x80\xAF" (convert the text to UTF-8 first, e.g. iconv('Windows-1251', 'UTF-8', $s))
Flocktory\ValidationException
order.items[0].title
order.items[0].title: expected valid UTF-8, got invalid byte \xF0 at offset 2 in string(6) "ok\xF0\x80\x80\xAF" (convert the text to UTF-8 first, e.g. iconv('Windows-1251', 'UTF-8', $s))
Flocktory\ValidationException
order.items[0].title
order.items[0].title: expected valid UTF-8, got invalid byte \xED at offset 2 in string(5) "ok\xED\xA0\x80" (convert the text to UTF-8 first, e.g. iconv('Windows-1251', 'UTF-8', $s))
Flocktory\ValidationException
order.items[0].title
order.items[0].title: expected valid UTF-8, got invalid byte \xED at offset 2 in string(5) "ok\xED\xBF\xBF" (convert the text to UTF-8 first, e.g. iconv('Windows-1251', 'UTF-8', $s))
Flocktory\ValidationException
order.items[0].title
order.items[0].title: expected valid UTF-8, got invalid byte \xF4 at offset 2 in string(6) "ok\xF4\x90\x80\x80" (convert the text to UTF-8 first, e.g. iconv('Windows-1251', 'UTF-8', $s))
Flocktory\ValidationException
order.items[0].title
order.items[0].title: expected valid UTF-8, got invalid byte \xF5 at offset 2 in string(6) "ok\xF5\x80\x80\x80" (convert the text to UTF-8 first, e.g. iconv('Windows-1251', 'UTF-8', $s))
Flocktory\ValidationException
order.items[0].title
order.items[0].title: expected valid UTF-8, got invalid byte \xE2 at offset 2 in string(4) "ok\xE2\x82" (convert the text to UTF-8 first, e.g. iconv('Windows-1251', 'UTF-8', $s))
Flocktory\ValidationException
order.items[0].title
order.items[0].title: expected valid UTF-8, got invalid byte \xF0 at offset 2 in string(5) "ok\xF0\x9F\x98" (convert the text to UTF-8 first, e.g. iconv('Windows-1251', 'UTF-8', $s))
Flocktory\ValidationException
order.items[0].title
order.items[0].title: expected valid UTF-8, got invalid byte \x80 at offset 2 in string(3) "ok\x80" (convert the text to UTF-8 first, e.g. iconv('Windows-1251', 'UTF-8', $s))
