--TEST--
flocktory_postcheckout(): user: a key that is not name, email, phone, id or sex is an error at its path
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

$users = [
    fixture_user(['password' => '$2y$10$abc']),
    fixture_user(['Email' => 'ivan@gmail.com']),
    fixture_user(['address' => ['city' => 'Moscow']]),
    fixture_user() + [0 => 'x'],
    fixture_user() + ['5' => 'x'],
    fixture_user(['a b' => 1]),
    fixture_user(['e-mail' => 1]),
    fixture_user(['name ' => 1]),
    fixture_user(['a"b' => 1]),
    fixture_user(['' => 1]),
];
foreach ($users as $user) {
    fixture_show(fn() => flocktory_postcheckout($user, fixture_order()));
}
?>
--EXPECT--
Flocktory\ValidationException
user.password
user.password: unknown key, expected one of name, email, phone, id, sex
Flocktory\ValidationException
user.Email
user.Email: unknown key, expected one of name, email, phone, id, sex
Flocktory\ValidationException
user.address
user.address: unknown key, expected one of name, email, phone, id, sex
Flocktory\ValidationException
user[0]
user[0]: unknown key, expected one of name, email, phone, id, sex
Flocktory\ValidationException
user[5]
user[5]: unknown key, expected one of name, email, phone, id, sex
Flocktory\ValidationException
user["a b"]
user["a b"]: unknown key, expected one of name, email, phone, id, sex
Flocktory\ValidationException
user["e-mail"]
user["e-mail"]: unknown key, expected one of name, email, phone, id, sex
Flocktory\ValidationException
user["name "]
user["name "]: unknown key, expected one of name, email, phone, id, sex
Flocktory\ValidationException
user["a\"b"]
user["a\"b"]: unknown key, expected one of name, email, phone, id, sex
Flocktory\ValidationException
user[""]
user[""]: unknown key, expected one of name, email, phone, id, sex
