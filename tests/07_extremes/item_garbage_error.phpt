--TEST--
flocktory_postcheckout(): extremes: nested garbage, objects, references and a self-containing array where an item should be
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

$self = ['title' => 'x'];
$self['self'] = &$self;

$deep = ['title' => 'x'];
for ($i = 0; $i < 10000; $i++) {
    $deep = [$deep];
}

$items = [
    'nested' => [[[['title' => 'deep']]]],
    'deep' => $deep,
    'object' => new ArrayObject(['title' => 'x']),
    'closure' => fn () => 1,
    'self' => $self,
    'title array' => ['title' => ['x']],
    'title object' => ['title' => new stdClass()],
    'price array' => ['price' => [1]],
    'image array' => ['image' => ['https://x.ru/']],
];
foreach ($items as $label => $item) {
    try {
        flocktory_postcheckout(fixture_user(), fixture_order(['items' => [fixture_item(), $item]]));
        echo "$label: accepted\n";
    } catch (Flocktory\ValidationException $e) {
        echo "$label: ", $e->getMessage(), "\n";
    }
}

// A reference to a valid item, and an items array that is itself a reference.
$item = fixture_item(['title' => 'by reference']);
$list = [&$item];
$order = fixture_order();
$order['items'] = &$list;
echo fixture_payload(flocktory_postcheckout(fixture_user(), $order)), "\n";

// The items array containing itself.
$order = fixture_order();
$order['items'][] = &$order['items'];
try {
    flocktory_postcheckout(fixture_user(), $order);
} catch (Flocktory\ValidationException $e) {
    echo $e->getMessage(), "\n";
}
// The two self-references are cycles only the collector frees; leave none
// for the valgrind tier, which has no collector at shutdown.
unset($self, $order, $items, $e);
var_dump(gc_collect_cycles() > 0);
?>
--EXPECT--
nested: order.items[1][0]: unknown key, expected one of id, title, price, image, count
deep: order.items[1][0]: unknown key, expected one of id, title, price, image, count
object: order.items[1]: expected an array with the keys id, title, price, image, count, got object(ArrayObject)
closure: order.items[1]: expected an array with the keys id, title, price, image, count, got object(Closure)
self: order.items[1].self: unknown key, expected one of id, title, price, image, count
title array: order.items[1].title: expected a string, got array(1)
title object: order.items[1].title: expected a string, got object(stdClass)
price array: order.items[1].price: expected a number from 0 up to below 10^15 (an int, a float or a decimal string like "1999.90"), got array(1)
image array: order.items[1].image: expected an absolute URL starting with http://, https:// or // and a host, without spaces or control characters, got array(1)
{"user":{"name":"Ivan Ivanov","email":"ivan@gmail.com","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"id":"777","title":"by reference","price":1000,"image":"http://path.to.image","count":1}]}}
order.items[1][0]: unknown key, expected one of id, title, price, image, count
bool(true)
