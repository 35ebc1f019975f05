--TEST--
script snippets: forms: $as is an int; a non-numeric value is PHP's own TypeError
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

fixture_throws(fn() => flocktory_add_to_cart(fixture_cart_item(), as: 'json'));
fixture_throws(fn() => flocktory_postcheckout(fixture_user(), fixture_order(), as: []));
fixture_throws(fn() => flocktory_update_cart([], null, new stdClass()));
// Coercive mode converts a numeric string as for any int parameter.
fixture_throws(fn() => flocktory_attach_to_profile(['a' => 1], as: '2'));
?>
--EXPECT--
TypeError: flocktory_add_to_cart(): Argument #3 ($as) must be of type int, string given
TypeError: flocktory_postcheckout(): Argument #5 ($as) must be of type int, array given
TypeError: flocktory_update_cart(): Argument #3 ($as) must be of type int, stdClass given
returned: ["attachToProfile",{"data":{"a":1}}]
