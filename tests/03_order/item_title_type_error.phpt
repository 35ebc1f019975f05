--TEST--
flocktory_postcheckout(): order: item title rejects an int, a float, a bool, an array and an object
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';
foreach ([5, 1.5, false, ['t'], new stdClass] as $title) {
    fixture_show(fn() => flocktory_postcheckout(fixture_user(), fixture_order(['items' => [fixture_item(['title' => $title])]])));
}
?>
--EXPECT--
Flocktory\ValidationException
order.items[0].title
order.items[0].title: expected a string, got int(5)
Flocktory\ValidationException
order.items[0].title
order.items[0].title: expected a string, got float(1.5)
Flocktory\ValidationException
order.items[0].title
order.items[0].title: expected a string, got bool(false)
Flocktory\ValidationException
order.items[0].title
order.items[0].title: expected a string, got array(1)
Flocktory\ValidationException
order.items[0].title
order.items[0].title: expected a string, got object(stdClass)
