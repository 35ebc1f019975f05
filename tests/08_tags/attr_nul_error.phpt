--TEST--
tags: U+0000 in any attribute field is an error at that field (postcheckout still carries it)
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

$calls = [
    'user.name' => fn ($s) => flocktory_user(['name' => $s, 'email' => 'a@b.ru']),
    'item.id' => fn ($s) => flocktory_item_view(['id' => $s]),
    'item.category_id' => fn ($s) => flocktory_item_view(['id' => 1, 'category_id' => $s]),
    'item.vendor' => fn ($s) => flocktory_item_view(['id' => 1, 'vendor' => $s]),
    'category_id' => fn ($s) => flocktory_category_view($s),
    'exchange user.name' => fn ($s) => flocktory_exchange(['name' => $s]),
    'spot' => fn ($s) => flocktory_exchange([], $s),
];
foreach ($calls as $what => $call) {
    try {
        $call("Ivan\0");
        echo "$what: accepted\n";
    } catch (Flocktory\ValidationException $e) {
        echo "$what: ", $e->getMessage(), "\n";
    }
}
echo str_contains(flocktory_postcheckout(fixture_user(['name' => "Ivan\0"]), fixture_order()), '"name":"Ivan\u0000"') ? "postcheckout: escaped\n" : "postcheckout: ?\n";
?>
--EXPECT--
user.name: user.name: expected text without U+0000, which an HTML attribute cannot carry, got string(5) "Ivan\u{0}"
item.id: item.id: expected text without U+0000, which an HTML attribute cannot carry, got string(5) "Ivan\u{0}"
item.category_id: item.category_id: expected text without U+0000, which an HTML attribute cannot carry, got string(5) "Ivan\u{0}"
item.vendor: item.vendor: expected text without U+0000, which an HTML attribute cannot carry, got string(5) "Ivan\u{0}"
category_id: category_id: expected text without U+0000, which an HTML attribute cannot carry, got string(5) "Ivan\u{0}"
exchange user.name: user.name: expected text without U+0000, which an HTML attribute cannot carry, got string(5) "Ivan\u{0}"
spot: spot: expected text without U+0000, which an HTML attribute cannot carry, got string(5) "Ivan\u{0}"
postcheckout: escaped
