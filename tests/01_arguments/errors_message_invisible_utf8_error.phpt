--TEST--
errors: message: invalid UTF-8 keeps its message and \xNN for the bad bytes; the characters around them are shown as in any message
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

fixture_show(fn () => flocktory_postcheckout(fixture_user(), fixture_order([
    'items' => [fixture_item(['title' => "a\t\u{a0}П\xFF\xC2"])],
])));
// A key in a path or a "got the key" keeps its \xNN, as before.
fixture_show(fn () => flocktory_postcheckout(fixture_user(["k\x01" => 1]), fixture_order()));
fixture_show_event('attachToProfile', fn () => flocktory_attach_to_profile(["k\t" => 1]));
?>
--EXPECT--
Flocktory\ValidationException
order.items[0].title
order.items[0].title: expected valid UTF-8, got invalid byte \xFF at offset 6 in string(8) "a\u{9}\u{a0}П\xFF\xC2" (convert the text to UTF-8 first, e.g. iconv('Windows-1251', 'UTF-8', $s))
Flocktory\ValidationException
user["k\x01"]
user["k\x01"]: unknown key, expected one of name, email, phone, id, sex
Flocktory\ValidationException
data
data: expected keys of 1 to 64 of A-Z a-z 0-9 _ - . only, got the key "k\x09"
