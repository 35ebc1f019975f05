--TEST--
loader, cart and profile functions: arguments: by name, in any order, the same as by position
--EXTENSIONS--
flocktory
--FILE--
<?php
echo flocktory_loader(nonce: 'n1', site_id: 5), "\n";
var_dump(flocktory_add_to_cart(nonce: 'n1', item: ['id' => 1, 'price' => 1, 'count' => 1]) === flocktory_add_to_cart(['id' => 1, 'price' => 1, 'count' => 1], 'n1'));
var_dump(flocktory_remove_from_cart(item: ['id' => 1, 'count' => 1]) === flocktory_remove_from_cart(['id' => 1, 'count' => 1]));
var_dump(flocktory_update_cart(nonce: null, items: []) === flocktory_update_cart([]));
var_dump(flocktory_attach_to_profile(data: ['a' => 1], nonce: 'n1') === flocktory_attach_to_profile(['a' => 1], 'n1'));
try {
    flocktory_update_cart(cart: []);
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
?>
--EXPECT--
<script type="text/javascript" src="https://api.flocktory.com/v2/loader.js?site_id=5" async="async" nonce="n1"></script>
bool(true)
bool(true)
bool(true)
bool(true)
Error: Unknown named parameter $cart
