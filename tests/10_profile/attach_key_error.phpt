--TEST--
flocktory_attach_to_profile(): data: any other key is an error at data, quoted in the message
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

foreach ([
    ['' => 1],
    [str_repeat('k', 65) => 1],
    ['loyalty level' => 1],
    ['ключ' => 1],
    ["a\x00b" => 1],
    ['a"b' => 1],
    ['a:b' => 1],
    ['ok' => 1, 'a/b' => 1],
] as $data) {
    fixture_show_event('attachToProfile', fn() => flocktory_attach_to_profile($data));
}
?>
--EXPECT--
Flocktory\ValidationException
data
data: expected keys of 1 to 64 of A-Z a-z 0-9 _ - . only, got the key ""
Flocktory\ValidationException
data
data: expected keys of 1 to 64 of A-Z a-z 0-9 _ - . only, got the key "kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk"...
Flocktory\ValidationException
data
data: expected keys of 1 to 64 of A-Z a-z 0-9 _ - . only, got the key "loyalty level"
Flocktory\ValidationException
data
data: expected keys of 1 to 64 of A-Z a-z 0-9 _ - . only, got the key "ключ"
Flocktory\ValidationException
data
data: expected keys of 1 to 64 of A-Z a-z 0-9 _ - . only, got the key "a\x00b"
Flocktory\ValidationException
data
data: expected keys of 1 to 64 of A-Z a-z 0-9 _ - . only, got the key "a\"b"
Flocktory\ValidationException
data
data: expected keys of 1 to 64 of A-Z a-z 0-9 _ - . only, got the key "a:b"
Flocktory\ValidationException
data
data: expected keys of 1 to 64 of A-Z a-z 0-9 _ - . only, got the key "a/b"
