--TEST--
flocktory_postcheckout(): extremes: a 16 MiB title full of escapes gives the exact snippet
--EXTENSIONS--
flocktory
--INI--
memory_limit=1G
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

// 32 bytes, repeated to 16 MiB: Cyrillic, every kind of escape, U+2028.
$unit = "Ж\"<&>'\\\x01/\u{2028}abcdefghijklmnopqrs";
$title = str_repeat($unit, 16 * 1024 * 1024 / strlen($unit));
$payload = fixture_payload(flocktory_postcheckout(fixture_user(), fixture_order(['items' => [['title' => $title]]])));

$escapedUnit = 'Ж\"\u003C\u0026\u003E\u0027\\\\\u0001/\u2028abcdefghijklmnopqrs';
$expected = '{"user":{"name":"Ivan Ivanov","email":"ivan@gmail.com","sex":"m"},'
    . '"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"title":"'
    . str_repeat($escapedUnit, 16 * 1024 * 1024 / strlen($unit)) . '"}]}}';
var_dump(strlen($title), strlen($unit), $payload === $expected);
?>
--EXPECT--
int(16777216)
int(32)
bool(true)
