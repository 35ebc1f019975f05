--TEST--
cart and profile functions: arguments: a non-array first argument or a non-string nonce is a TypeError
--EXTENSIONS--
flocktory
--FILE--
<?php
declare(strict_types=1);
require __DIR__ . '/../fixtures.inc';

foreach (['flocktory_add_to_cart', 'flocktory_remove_from_cart', 'flocktory_update_cart', 'flocktory_attach_to_profile'] as $f) {
    foreach ([['x', null], [null, null], [new ArrayObject([]), null], [[], 5], [[], []]] as [$array, $nonce]) {
        try {
            $f($array, $nonce);
            echo "no error\n";
        } catch (TypeError $e) {
            echo fixture_message($e), "\n";
        }
    }
}
?>
--EXPECT--
flocktory_add_to_cart(): Argument #1 ($item) must be of type array, string given
flocktory_add_to_cart(): Argument #1 ($item) must be of type array, null given
flocktory_add_to_cart(): Argument #1 ($item) must be of type array, ArrayObject given
flocktory_add_to_cart(): Argument #2 ($nonce) must be of type ?string, int given
flocktory_add_to_cart(): Argument #2 ($nonce) must be of type ?string, array given
flocktory_remove_from_cart(): Argument #1 ($item) must be of type array, string given
flocktory_remove_from_cart(): Argument #1 ($item) must be of type array, null given
flocktory_remove_from_cart(): Argument #1 ($item) must be of type array, ArrayObject given
flocktory_remove_from_cart(): Argument #2 ($nonce) must be of type ?string, int given
flocktory_remove_from_cart(): Argument #2 ($nonce) must be of type ?string, array given
flocktory_update_cart(): Argument #1 ($items) must be of type array, string given
flocktory_update_cart(): Argument #1 ($items) must be of type array, null given
flocktory_update_cart(): Argument #1 ($items) must be of type array, ArrayObject given
flocktory_update_cart(): Argument #2 ($nonce) must be of type ?string, int given
flocktory_update_cart(): Argument #2 ($nonce) must be of type ?string, array given
flocktory_attach_to_profile(): Argument #1 ($data) must be of type array, string given
flocktory_attach_to_profile(): Argument #1 ($data) must be of type array, null given
flocktory_attach_to_profile(): Argument #1 ($data) must be of type array, ArrayObject given
flocktory_attach_to_profile(): Argument #2 ($nonce) must be of type ?string, int given
flocktory_attach_to_profile(): Argument #2 ($nonce) must be of type ?string, array given
