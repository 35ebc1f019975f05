--TEST--
flocktory_postcheckout(): order: id must be a non-empty string or int
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';
fixture_show(fn() => flocktory_postcheckout(fixture_user(), fixture_without(fixture_order(), 'id')));
foreach ([null, '', '   ', " \t\n"] as $id) {
    fixture_show(fn() => flocktory_postcheckout(fixture_user(), fixture_order(['id' => $id])));
}
foreach ([1.5, true, false, [], ['77'], new stdClass] as $id) {
    fixture_show(fn() => flocktory_postcheckout(fixture_user(), fixture_order(['id' => $id])));
}
?>
--EXPECT--
Flocktory\ValidationException
order.id
order.id: expected a non-empty string or int, got nothing
Flocktory\ValidationException
order.id
order.id: expected a non-empty string or int, got null
Flocktory\ValidationException
order.id
order.id: expected a non-empty string or int, got string(0) ""
Flocktory\ValidationException
order.id
order.id: expected a non-empty string or int, got string(3) "   "
Flocktory\ValidationException
order.id
order.id: expected a non-empty string or int, got string(3) " \u{9}\u{a}"
Flocktory\ValidationException
order.id
order.id: expected a non-empty string or int, got float(1.5)
Flocktory\ValidationException
order.id
order.id: expected a non-empty string or int, got bool(true)
Flocktory\ValidationException
order.id
order.id: expected a non-empty string or int, got bool(false)
Flocktory\ValidationException
order.id
order.id: expected a non-empty string or int, got array(0)
Flocktory\ValidationException
order.id
order.id: expected a non-empty string or int, got array(1)
Flocktory\ValidationException
order.id
order.id: expected a non-empty string or int, got object(stdClass)
