--TEST--
flocktory_postcheckout(): extremes: long orders whose later slots hold holes, references, lists and scalars (read ahead while earlier items are checked) give the exact snippet or the first error
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

function items(int $n): array
{
    $items = [];
    for ($i = 0; $i < $n; $i++) {
        $items[] = ['id' => "s$i", 'title' => "t$i", 'image' => "https://cdn.example.com/$i.jpg"];
    }
    return $items;
}

function json_items(array $items): string
{
    $out = [];
    foreach ($items as $item) {
        $out[] = '{"id":"' . $item['id'] . '","title":"' . $item['title'] . '","image":"' . $item['image'] . '"}';
    }
    return '[' . implode(',', $out) . ']';
}

function check(string $label, array $items): void
{
    try {
        $payload = fixture_payload(flocktory_postcheckout(fixture_user(), fixture_order(['items' => $items])));
        $want = json_items($items);
        echo $label, ': ', str_contains($payload, '"items":' . $want . '}}') ? 'exact' : 'differs', "\n";
    } catch (Flocktory\ValidationException $e) {
        echo $label, ': ', $e->getField(), "\n";
    }
}

// Holes left by unset() in a list, near its end and in the read-ahead window.
$items = items(60);
unset($items[3], $items[20], $items[57], $items[59]);
check('holes', $items);

// Items held by reference, and a list that became a hash.
$items = items(40);
$ref = &$items[30];
$ref['title'] = 'by reference';
unset($ref);
$hash = [];
foreach (items(40) as $i => $item) {
    $hash["k$i"] = $item;
}
check('references', $items);
check('hash', $hash);

// Something that is not an item, 12, 8, 4 and 1 slots after a good one.
foreach ([12, 8, 4, 1] as $ahead) {
    foreach (['a list' => [1, 2, 3], 'a string' => 'x', 'null' => null, 'an int' => 7, 'an empty array' => []] as $what => $bad) {
        $items = items(50);
        $items[20 + $ahead] = $bad;
        check("$what at " . (20 + $ahead), $items);
    }
}
// An item whose values are lists or objects, in the read-ahead window.
$items = items(30);
$items[25]['title'] = ['x'];
check('list title at 25', $items);
$items = items(30);
$items[26]['id'] = new stdClass();
check('object id at 26', $items);
?>
--EXPECT--
holes: exact
references: exact
hash: exact
a list at 32: order.items[32][0]
a string at 32: order.items[32]
null at 32: order.items[32]
an int at 32: order.items[32]
an empty array at 32: order.items[32]
a list at 28: order.items[28][0]
a string at 28: order.items[28]
null at 28: order.items[28]
an int at 28: order.items[28]
an empty array at 28: order.items[28]
a list at 24: order.items[24][0]
a string at 24: order.items[24]
null at 24: order.items[24]
an int at 24: order.items[24]
an empty array at 24: order.items[24]
a list at 21: order.items[21][0]
a string at 21: order.items[21]
null at 21: order.items[21]
an int at 21: order.items[21]
an empty array at 21: order.items[21]
list title at 25: order.items[25].title
object id at 26: order.items[26].id
