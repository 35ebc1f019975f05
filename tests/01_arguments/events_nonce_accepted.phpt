--TEST--
loader, cart and profile functions: nonce: written as postcheckout writes it, in the opening tag
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

$calls = [
    'flocktory_loader' => fn(?string $nonce) => flocktory_loader(1234, $nonce),
    'flocktory_add_to_cart' => fn(?string $nonce) => flocktory_add_to_cart(fixture_cart_item(), $nonce),
    'flocktory_remove_from_cart' => fn(?string $nonce) => flocktory_remove_from_cart(['id' => 1, 'count' => 1], $nonce),
    'flocktory_update_cart' => fn(?string $nonce) => flocktory_update_cart([], $nonce),
    'flocktory_attach_to_profile' => fn(?string $nonce) => flocktory_attach_to_profile(['a' => 1], $nonce),
];
foreach ($calls as $name => $call) {
    echo $name, "\n", strtok($call('abc+/_-=='), "\n"), "\n", strtok($call(null), "\n"), "\n";
}
?>
--EXPECT--
flocktory_loader
<script type="text/javascript" src="https://api.flocktory.com/v2/loader.js?site_id=1234" async="async" nonce="abc+/_-=="></script>
<script type="text/javascript" src="https://api.flocktory.com/v2/loader.js?site_id=1234" async="async"></script>
flocktory_add_to_cart
<script type="text/javascript" nonce="abc+/_-==">
<script type="text/javascript">
flocktory_remove_from_cart
<script type="text/javascript" nonce="abc+/_-==">
<script type="text/javascript">
flocktory_update_cart
<script type="text/javascript" nonce="abc+/_-==">
<script type="text/javascript">
flocktory_attach_to_profile
<script type="text/javascript" nonce="abc+/_-==">
<script type="text/javascript">
