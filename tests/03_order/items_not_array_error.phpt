--TEST--
flocktory_postcheckout(): order: an item that is not an array is an error at its position
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';
foreach (['x', 5, null, true, 1.5, new stdClass] as $bad) {
    fixture_show(fn() => flocktory_postcheckout(fixture_user(), fixture_order(['items' => [fixture_item(), $bad]])));
}
?>
--EXPECT--
Flocktory\ValidationException
order.items[1]
order.items[1]: expected an array with the keys id, title, price, image, count, got string(1) "x"
Flocktory\ValidationException
order.items[1]
order.items[1]: expected an array with the keys id, title, price, image, count, got int(5)
Flocktory\ValidationException
order.items[1]
order.items[1]: expected an array with the keys id, title, price, image, count, got null
Flocktory\ValidationException
order.items[1]
order.items[1]: expected an array with the keys id, title, price, image, count, got bool(true)
Flocktory\ValidationException
order.items[1]
order.items[1]: expected an array with the keys id, title, price, image, count, got float(1.5)
Flocktory\ValidationException
order.items[1]
order.items[1]: expected an array with the keys id, title, price, image, count, got object(stdClass)
