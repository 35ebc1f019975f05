--TEST--
flocktory_*(): memory: the block kept for a snippet with a 10 MiB field is at most 1.25x its length plus 1 KiB (extension only)
--EXTENSIONS--
flocktory
--SKIPIF--
<?php
require __DIR__ . '/../fixtures.inc';
fixture_skip_unless_extension('the block the extension keeps for a snippet');
?>
--INI--
memory_limit=256M
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';
// Quotes and '<' make the escaped text longer than the input.
$plain = str_repeat('a', 10 << 20);
$quoted = str_repeat('a"<', intdiv(10 << 20, 3));
$cases = [
    'item title' => static fn ($s) => flocktory_postcheckout(fixture_user(),
        fixture_order(['items' => [fixture_item(['title' => $s])]])),
    'tag user name' => static fn ($s) => flocktory_user(['name' => $s, 'email' => 'ivan@gmail.com']),
    'cart brand' => static fn ($s) => flocktory_add_to_cart(['id' => '1', 'price' => 1, 'count' => 1, 'brand' => $s]),
    'profile value' => static fn ($s) => flocktory_attach_to_profile(['note' => $s]),
];
foreach ($cases as $label => $f) {
    foreach (['plain' => $plain, 'escaped' => $quoted] as $kind => $s) {
        $before = memory_get_usage();
        $out = $f($s);
        $kept = memory_get_usage() - $before;
        $ok = $kept <= strlen($out) * 1.25 + 1024;
        printf("%s, %s: %s\n", $label, $kind, $ok ? 'ok' : sprintf('kept %d for %d bytes', $kept, strlen($out)));
        unset($out);
    }
}
?>
--EXPECT--
item title, plain: ok
item title, escaped: ok
tag user name, plain: ok
tag user name, escaped: ok
cart brand, plain: ok
cart brand, escaped: ok
profile value, plain: ok
profile value, escaped: ok
