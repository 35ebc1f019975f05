--TEST--
flocktory_postcheckout(): order: an item left with no keys is an error at its position
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';
foreach ([[], ['title' => '  '], ['id' => null, 'title' => '', 'price' => null, 'image' => " \t", 'count' => null]] as $empty) {
    $items = [fixture_item(), fixture_item(), fixture_item(), $empty];
    fixture_show(fn() => flocktory_postcheckout(fixture_user(), fixture_order(['items' => $items])));
}
?>
--EXPECT--
Flocktory\ValidationException
order.items[3]
order.items[3]: expected at least one of id, title, price, image, count with a value, got array(0)
Flocktory\ValidationException
order.items[3]
order.items[3]: expected at least one of id, title, price, image, count with a value, got array(1)
Flocktory\ValidationException
order.items[3]
order.items[3]: expected at least one of id, title, price, image, count with a value, got array(5)
