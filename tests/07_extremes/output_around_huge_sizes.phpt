--TEST--
flocktory_postcheckout(): extremes: snippets around 1.25 MiB, where the buffer becomes whole 2 MiB pages, and around 2 MiB multiples, are exact and cost at most twice their size
--EXTENSIONS--
flocktory
--SKIPIF--
<?php
require __DIR__ . '/../fixtures.inc';
fixture_skip_unless_extension('the memory the extension\'s buffer keeps (output_around_huge_sizes_exact.phpt checks the bytes on both)');
?>
--INI--
memory_limit=512M
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

const MIB = 1 << 20;
$title = str_repeat('Кроссовки "Air" <new> & ', 8) . 'end';
$item_json = '{"id":"sku","title":"' . str_replace(['"', '<', '>', '&'], ['\"', '\u003C', '\u003E', '\u0026'], $title) . '"}';
$small = flocktory_postcheckout(fixture_user(), fixture_order());
$head = strlen($small) - strlen(fixture_payload($small)) + strlen('{"user":{"name":"Ivan Ivanov","email":"ivan@gmail.com","sex":"m"},'
    . '"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[');

// Item counts whose snippets end just below and just above each size.
$checked = 0;
foreach ([MIB - 64, MIB + 64, 5 * MIB / 4 - 64, 5 * MIB / 4 + 64, 2 * MIB - 4096, 2 * MIB - 64, 2 * MIB + 64, 4 * MIB + 64] as $target) {
    foreach ([0, 1] as $extra) {
        $count = intdiv($target - $head, strlen($item_json) + 1) + $extra;
        $order = fixture_order(['items' => array_fill(0, $count, ['id' => 'sku', 'title' => $title])]);
        $base = memory_get_usage();
        // PHP 8.1 has no way to reset the peak: there, only the bytes are checked.
        $measured = function_exists('memory_reset_peak_usage');
        if ($measured) {
            memory_reset_peak_usage();
        }
        $snippet = flocktory_postcheckout(fixture_user(), $order);
        $peak = memory_get_peak_usage() - $base;
        $expected = '{"user":{"name":"Ivan Ivanov","email":"ivan@gmail.com","sex":"m"},'
            . '"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":['
            . implode(',', array_fill(0, $count, $item_json)) . ']}}';
        if (fixture_payload($snippet) !== $expected) {
            echo "$count items: the snippet differs\n";
        }
        // memory_get_usage() follows Zend's allocator only.
        if ($measured && getenv('USE_ZEND_ALLOC') !== '0' && $peak > 2 * strlen($snippet)) {
            printf("%d items: %d bytes of snippet cost %d bytes at peak\n", $count, strlen($snippet), $peak);
        }
        $checked++;
    }
}

// A long order whose first items are short: the reservation made from them
// runs out and the buffer grows past 1 MiB, and past 2 MiB, midway.
$items = array_fill(0, 16, ['id' => 'a']);
for ($i = 0; $i < 40; $i++) {
    $items[] = ['id' => "b$i", 'title' => str_repeat('x<', 30000)];
}
$expected = [];
foreach ($items as $item) {
    $expected[] = isset($item['title'])
        ? '{"id":"' . $item['id'] . '","title":"' . str_repeat('x\u003C', 30000) . '"}'
        : '{"id":"a"}';
}
$payload = fixture_payload(flocktory_postcheckout(fixture_user(), fixture_order(['items' => $items])));
var_dump(strlen($payload) > 4 * MIB, $payload === '{"user":{"name":"Ivan Ivanov","email":"ivan@gmail.com","sex":"m"},'
    . '"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[' . implode(',', $expected) . ']}}');

// One string of each size on its own, on the path that measures it first.
foreach ([MIB - 100, MIB + 100, 2 * MIB + 100] as $length) {
    $payload = fixture_payload(flocktory_postcheckout(fixture_user(),
        fixture_order(['items' => [['title' => str_repeat('я', $length >> 1)]]])));
    $checked += str_contains($payload, '"title":"' . str_repeat('я', $length >> 1) . '"}') ? 1 : 0;
}
echo "$checked checked\n";
?>
--EXPECT--
bool(true)
bool(true)
19 checked
