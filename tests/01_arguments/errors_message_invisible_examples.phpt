--TEST--
errors: message: a no-break space in a price, a zero-width space in an email and a newline are shown, with the real byte count
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

fixture_show(fn () => flocktory_postcheckout(fixture_user(), fixture_order(['price' => "1\u{a0}999"])));
fixture_show(fn () => flocktory_postcheckout(fixture_user(['email' => "ivan\u{200b}@mail.ru"]), fixture_order()));
fixture_show(fn () => flocktory_postcheckout(fixture_user(['email' => "ivan@mail.ru\nx"]), fixture_order()));
fixture_tag(fn () => flocktory_add_to_cart(fixture_cart_item(['count' => "1\u{202f}"])));
// Cyrillic and other visible text stays as it is.
fixture_tag(fn () => flocktory_item_view(['id' => 'Кроссовки', 'available' => 'да']));
?>
--EXPECT--
Flocktory\ValidationException
order.price
order.price: expected a number from 0 up to below 10^15 (an int, a float or a decimal string like "1999.90"), got string(6) "1\u{a0}999"
Flocktory\ValidationException
user.email
user.email: expected an email address like name@example.com, got string(15) "ivan\u{200b}@mail.ru"
Flocktory\ValidationException
user.email
user.email: expected an email address like name@example.com, got string(14) "ivan@mail.ru\u{a}x"
Flocktory\ValidationException
item.count
item.count: expected a number above 0 and below 10^15 (an int, a float or a decimal string like "2"), got string(4) "1\u{202f}"
Flocktory\ValidationException
item.available
item.available: expected true or false, got string(4) "да"
