--TEST--
flocktory_item_view(): a key outside the contract is an error naming the allowed keys
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

fixture_tag(fn () => flocktory_item_view(['id' => 1, 'price' => 10]));
fixture_tag(fn () => flocktory_item_view(['id' => 1, 'category–id' => 10]));
?>
--EXPECT--
Flocktory\ValidationException
item.price
item.price: unknown key, expected one of id, category_id, vendor, available
Flocktory\ValidationException
item["category–id"]
item["category–id"]: unknown key, expected one of id, category_id, vendor, available
