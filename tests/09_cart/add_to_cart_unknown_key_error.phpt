--TEST--
flocktory_add_to_cart(): item: any other key is an error naming the allowed keys
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

foreach ([
    fixture_cart_item(['categoryId' => '1']),
    fixture_cart_item(['title' => 'Shoes']),
    fixture_cart_item([0 => 'x']),
    fixture_cart_item(['item id' => 1]),
] as $item) {
    fixture_show_event('addToCart', fn() => flocktory_add_to_cart($item));
}
?>
--EXPECT--
Flocktory\ValidationException
item.categoryId
item.categoryId: unknown key, expected one of id, price, count, brand, category_id
Flocktory\ValidationException
item.title
item.title: unknown key, expected one of id, price, count, brand, category_id
Flocktory\ValidationException
item[0]
item[0]: unknown key, expected one of id, price, count, brand, category_id
Flocktory\ValidationException
item["item id"]
item["item id"]: unknown key, expected one of id, price, count, brand, category_id
