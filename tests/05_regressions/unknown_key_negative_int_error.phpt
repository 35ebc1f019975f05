--TEST--
flocktory_postcheckout(): regression: a negative int key is named with its sign in the path
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

fixture_show(fn() => flocktory_postcheckout(fixture_user() + [-1 => 'x'], fixture_order()));
fixture_show(fn() => flocktory_postcheckout(fixture_user(), fixture_order() + [PHP_INT_MIN => 'x']));
fixture_show(fn() => flocktory_postcheckout(fixture_user(), fixture_order(['items' => [fixture_item() + [-7 => 1]]])));
?>
--EXPECTF--
Flocktory\ValidationException
user[-1]
user[-1]: unknown key, expected one of name, email, phone, id, sex
Flocktory\ValidationException
order[%i]
order[%i]: unknown key, expected one of id, price, custom_field, items
Flocktory\ValidationException
order.items[0][-7]
order.items[0][-7]: unknown key, expected one of id, title, price, image, count
