--TEST--
flocktory_postcheckout(): order: with several bad items the first one is reported, every time
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';
$items = [fixture_item(['price' => 'bad']), fixture_item(), fixture_item(['title' => 7])];
for ($i = 0; $i < 2; $i++) {
    fixture_show(fn() => flocktory_postcheckout(fixture_user(), fixture_order(['items' => $items])));
}
$items = [fixture_item(), fixture_item(['image' => 'ftp://x']), fixture_item(['count' => 0]), 'x'];
fixture_show(fn() => flocktory_postcheckout(fixture_user(), fixture_order(['items' => $items])));
?>
--EXPECT--
Flocktory\ValidationException
order.items[0].price
order.items[0].price: expected a number from 0 up to below 10^15 (an int, a float or a decimal string like "1999.90"), got string(3) "bad"
Flocktory\ValidationException
order.items[0].price
order.items[0].price: expected a number from 0 up to below 10^15 (an int, a float or a decimal string like "1999.90"), got string(3) "bad"
Flocktory\ValidationException
order.items[1].image
order.items[1].image: expected an absolute URL starting with http://, https:// or // and a host, without spaces or control characters, got string(7) "ftp://x"
