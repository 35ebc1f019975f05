--TEST--
script snippets: forms: under strict_types, $as takes only an int
--EXTENSIONS--
flocktory
--FILE--
<?php
declare(strict_types=1);
require __DIR__ . '/../fixtures.inc';

fixture_throws(fn() => flocktory_attach_to_profile(['a' => 1], as: '2'));
fixture_throws(fn() => flocktory_remove_from_cart(['id' => 1, 'count' => 1], null, true));
fixture_throws(fn() => flocktory_remove_from_cart(['id' => 1, 'count' => 1], null, FLOCKTORY_JSON));
?>
--EXPECTF--
TypeError: flocktory_attach_to_profile(): Argument #3 ($as) must be of type int, string given
TypeError: flocktory_remove_from_cart(): Argument #3 ($as) must be of type int, %r(bool|true)%r given
returned: ["removeFromCart",{"item":{"id":"1","count":1}}]
