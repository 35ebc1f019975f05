--TEST--
loader, cart and profile functions: arguments: bad data is reported before a bad nonce
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

foreach ([
    fn() => flocktory_loader(0, 'a b'),
    fn() => flocktory_add_to_cart(['id' => 1], 'a b'),
    fn() => flocktory_remove_from_cart(['id' => 1], 'a b'),
    fn() => flocktory_update_cart([5], 'a b'),
    fn() => flocktory_attach_to_profile([], 'a b'),
] as $call) {
    try {
        $call();
    } catch (Flocktory\ValidationException $e) {
        echo $e->getField(), "\n";
    }
}
?>
--EXPECT--
site_id
item.price
item.count
items[0]
data
