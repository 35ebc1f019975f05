--TEST--
flocktory_exchange(): errors in argument order: $user before $spot, though spot is written first
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

fixture_tag(fn () => flocktory_exchange(['email' => 'bad'], "\xC0"));
fixture_tag(fn () => flocktory_exchange(['email' => 'a@b.ru'], "\xC0"));
fixture_tag(fn () => flocktory_exchange(['email' => 'a@b.ru'], "a\0b"));
?>
--EXPECT--
Flocktory\ValidationException
user.email
user.email: expected an email address like name@example.com, got string(3) "bad"
Flocktory\ValidationException
spot
spot: expected valid UTF-8, got invalid byte \xC0 at offset 0 in string(1) "\xC0" (convert the text to UTF-8 first, e.g. iconv('Windows-1251', 'UTF-8', $s))
Flocktory\ValidationException
spot
spot: expected text without U+0000, which an HTML attribute cannot carry, got string(3) "a\u{0}b"
