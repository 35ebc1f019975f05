--TEST--
flocktory_postcheckout(): spot: invalid UTF-8 is an error at spot
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

foreach (["I\xC3(n", "\xD1\xEF\xE0\xF1\xE8\xE1\xEE" /* "Спасибо" in Windows-1251 */] as $spot) {
    fixture_show(fn() => flocktory_postcheckout(fixture_user(), fixture_order(), $spot));
}
?>
--EXPECT--
Flocktory\ValidationException
spot
spot: expected valid UTF-8, got invalid byte \xC3 at offset 1 in string(4) "I\xC3(n" (convert the text to UTF-8 first, e.g. iconv('Windows-1251', 'UTF-8', $s))
Flocktory\ValidationException
spot
spot: expected valid UTF-8, got invalid byte \xD1 at offset 0 in string(7) "\xD1\xEF\xE0\xF1\xE8\xE1\xEE" (convert the text to UTF-8 first, e.g. iconv('Windows-1251', 'UTF-8', $s))
