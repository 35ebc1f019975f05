--TEST--
flocktory_postcheckout(): user: invalid UTF-8 in any user string that is read is an error naming the field
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

$users = [
    fixture_user(['name' => "I\xC3(n"]),
    fixture_user(['email' => "iv\xE0n@x.ru"]),
    // phone and id are read only without an email
    fixture_without(fixture_user(['phone' => "+7\xFF9123456789"]), 'email'),
    fixture_without(fixture_user(['id' => "id\x80"]), 'email'),
    fixture_user(['sex' => "m\xC0"]),
];
foreach ($users as $user) {
    fixture_show(fn() => flocktory_postcheckout($user, fixture_order()));
}
?>
--EXPECT--
Flocktory\ValidationException
user.name
user.name: expected valid UTF-8, got invalid byte \xC3 at offset 1 in string(4) "I\xC3(n" (convert the text to UTF-8 first, e.g. iconv('Windows-1251', 'UTF-8', $s))
Flocktory\ValidationException
user.email
user.email: expected valid UTF-8, got invalid byte \xE0 at offset 2 in string(9) "iv\xE0n@x.ru" (convert the text to UTF-8 first, e.g. iconv('Windows-1251', 'UTF-8', $s))
Flocktory\ValidationException
user.phone
user.phone: expected valid UTF-8, got invalid byte \xFF at offset 2 in string(13) "+7\xFF9123456789" (convert the text to UTF-8 first, e.g. iconv('Windows-1251', 'UTF-8', $s))
Flocktory\ValidationException
user.id
user.id: expected valid UTF-8, got invalid byte \x80 at offset 2 in string(3) "id\x80" (convert the text to UTF-8 first, e.g. iconv('Windows-1251', 'UTF-8', $s))
Flocktory\ValidationException
user.sex
user.sex: expected valid UTF-8, got invalid byte \xC0 at offset 1 in string(2) "m\xC0" (convert the text to UTF-8 first, e.g. iconv('Windows-1251', 'UTF-8', $s))
