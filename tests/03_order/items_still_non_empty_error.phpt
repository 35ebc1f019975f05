--TEST--
flocktory_postcheckout(): order: items stay non-empty though an empty cart is valid
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

fixture_show(fn() => flocktory_postcheckout(fixture_user(), fixture_order(['items' => []])));
?>
--EXPECT--
Flocktory\ValidationException
order.items
order.items: expected a non-empty array of items, got array(0)
