--TEST--
flocktory_postcheckout(): order: custom_field and item id reject a float, a bool, an array and an object
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';
foreach ([1.5, true, false, ['x'], new stdClass] as $value) {
    fixture_show(fn() => flocktory_postcheckout(fixture_user(), fixture_order(['custom_field' => $value])));
}
foreach ([1.5, true, [], new stdClass] as $id) {
    fixture_show(fn() => flocktory_postcheckout(fixture_user(), fixture_order(['items' => [fixture_item(['id' => $id])]])));
}
?>
--EXPECT--
Flocktory\ValidationException
order.custom_field
order.custom_field: expected a string or int, got float(1.5)
Flocktory\ValidationException
order.custom_field
order.custom_field: expected a string or int, got bool(true)
Flocktory\ValidationException
order.custom_field
order.custom_field: expected a string or int, got bool(false)
Flocktory\ValidationException
order.custom_field
order.custom_field: expected a string or int, got array(1)
Flocktory\ValidationException
order.custom_field
order.custom_field: expected a string or int, got object(stdClass)
Flocktory\ValidationException
order.items[0].id
order.items[0].id: expected a string or int, got float(1.5)
Flocktory\ValidationException
order.items[0].id
order.items[0].id: expected a string or int, got bool(true)
Flocktory\ValidationException
order.items[0].id
order.items[0].id: expected a string or int, got array(0)
Flocktory\ValidationException
order.items[0].id
order.items[0].id: expected a string or int, got object(stdClass)
