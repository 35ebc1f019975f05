--TEST--
flocktory_postcheckout(): order: items is required and must be a non-empty array
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';
fixture_show(fn() => flocktory_postcheckout(fixture_user(), fixture_without(fixture_order(), 'items')));
foreach ([null, [], 'x', 5, new stdClass] as $items) {
    fixture_show(fn() => flocktory_postcheckout(fixture_user(), fixture_order(['items' => $items])));
}
?>
--EXPECT--
Flocktory\ValidationException
order.items
order.items: expected a non-empty array of items, got nothing
Flocktory\ValidationException
order.items
order.items: expected a non-empty array of items, got null
Flocktory\ValidationException
order.items
order.items: expected a non-empty array of items, got array(0)
Flocktory\ValidationException
order.items
order.items: expected a non-empty array of items, got string(1) "x"
Flocktory\ValidationException
order.items
order.items: expected a non-empty array of items, got int(5)
Flocktory\ValidationException
order.items
order.items: expected a non-empty array of items, got object(stdClass)
