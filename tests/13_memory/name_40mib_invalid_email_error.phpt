--TEST--
flocktory_user(): memory: a 40 MiB name beside an invalid email is a ValidationException under memory_limit=128M
--EXTENSIONS--
flocktory
--INI--
memory_limit=128M
--FILE--
<?php
$name = str_repeat('a', 40 << 20);
foreach (['flocktory_user', 'flocktory_postcheckout'] as $f) {
    try {
        $f === 'flocktory_user'
            ? flocktory_user(['name' => $name, 'email' => 'not-an-email'])
            : flocktory_postcheckout(['name' => $name, 'email' => 'not-an-email'], ['id' => '1', 'price' => 1, 'items' => [['id' => 1]]]);
        echo "no exception\n";
    } catch (Flocktory\ValidationException $e) {
        echo get_class($e), ': ', $e->getField(), "\n";
    }
}
?>
--EXPECT--
Flocktory\ValidationException: user.email
Flocktory\ValidationException: user.email
