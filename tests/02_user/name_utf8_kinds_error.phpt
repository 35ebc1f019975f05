--TEST--
flocktory_postcheckout(): user: name rejects overlongs, surrogates, code points above U+10FFFF and truncated sequences
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

$names = [
    "a\xC0\xAFb",             // overlong "/" in two bytes
    "\xE0\x80\xAF",            // overlong "/" in three bytes
    "\xF0\x80\x80\xAF",        // overlong "/" in four bytes
    "x\xED\xA0\x80",           // U+D800, a surrogate
    "\xF4\x90\x80\x80",        // U+110000
    "\xF5\x80\x80\x80",        // no such lead byte
    "ab\xE2\x82",             // truncated at the end
    "\x80abc",                // continuation byte without a lead
    str_repeat('я', 25) . "\xFE", // bad byte after the part the message shows
];
foreach ($names as $name) {
    fixture_show(fn() => flocktory_postcheckout(fixture_user(['name' => $name]), fixture_order()));
}
?>
--EXPECT--
Flocktory\ValidationException
user.name
user.name: expected valid UTF-8, got invalid byte \xC0 at offset 1 in string(4) "a\xC0\xAFb" (convert the text to UTF-8 first, e.g. iconv('Windows-1251', 'UTF-8', $s))
Flocktory\ValidationException
user.name
user.name: expected valid UTF-8, got invalid byte \xE0 at offset 0 in string(3) "\xE0\x80\xAF" (convert the text to UTF-8 first, e.g. iconv('Windows-1251', 'UTF-8', $s))
Flocktory\ValidationException
user.name
user.name: expected valid UTF-8, got invalid byte \xF0 at offset 0 in string(4) "\xF0\x80\x80\xAF" (convert the text to UTF-8 first, e.g. iconv('Windows-1251', 'UTF-8', $s))
Flocktory\ValidationException
user.name
user.name: expected valid UTF-8, got invalid byte \xED at offset 1 in string(4) "x\xED\xA0\x80" (convert the text to UTF-8 first, e.g. iconv('Windows-1251', 'UTF-8', $s))
Flocktory\ValidationException
user.name
user.name: expected valid UTF-8, got invalid byte \xF4 at offset 0 in string(4) "\xF4\x90\x80\x80" (convert the text to UTF-8 first, e.g. iconv('Windows-1251', 'UTF-8', $s))
Flocktory\ValidationException
user.name
user.name: expected valid UTF-8, got invalid byte \xF5 at offset 0 in string(4) "\xF5\x80\x80\x80" (convert the text to UTF-8 first, e.g. iconv('Windows-1251', 'UTF-8', $s))
Flocktory\ValidationException
user.name
user.name: expected valid UTF-8, got invalid byte \xE2 at offset 2 in string(4) "ab\xE2\x82" (convert the text to UTF-8 first, e.g. iconv('Windows-1251', 'UTF-8', $s))
Flocktory\ValidationException
user.name
user.name: expected valid UTF-8, got invalid byte \x80 at offset 0 in string(4) "\x80abc" (convert the text to UTF-8 first, e.g. iconv('Windows-1251', 'UTF-8', $s))
Flocktory\ValidationException
user.name
user.name: expected valid UTF-8, got invalid byte \xFE at offset 50 in string(51) "яяяяяяяяяяяяяяяяяяяя"... (convert the text to UTF-8 first, e.g. iconv('Windows-1251', 'UTF-8', $s))
