--TEST--
flocktory_postcheckout(): output: fast path: plain runs of 0 to 4096 bytes, and runs made only of escaped characters
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/fast_path.inc';
foreach ([1, 15, 16, 17, 31, 32, 33, 4096] as $length) {
    $title = fast_path_base($length);
    $got = emitted_title($title);
    echo $length, ': ', $got === '"' . $title . '"' ? 'copied' : "differs: $got", "\n";
}
// length 0: the title is left out
echo fixture_payload(flocktory_postcheckout(fixture_user(), fixture_order(['items' => [['id' => '1', 'title' => '']]]))), "\n";
foreach ([16, 17, 32, 33] as $length) {
    echo $length, ': ', emitted_title(str_repeat('<', $length)) === '"' . str_repeat('\u003C', $length) . '"' ? 'ok' : 'differs', ' ',
        emitted_title(str_repeat("\u{2028}", $length)) === '"' . str_repeat('\u2028', $length) . '"' ? 'ok' : 'differs', ' ',
        emitted_title(str_repeat('"a', $length)) === '"' . str_repeat('\"a', $length) . '"' ? 'ok' : 'differs', "\n";
}
$title = str_repeat('abc<def"ghi\\jkl&', 256);
echo strlen($title), ' ', emitted_title($title) === '"' . str_repeat('abc\u003Cdef\"ghi\\\\jkl\u0026', 256) . '"' ? 'ok' : 'differs', "\n";
?>
--EXPECT--
1: copied
15: copied
16: copied
17: copied
31: copied
32: copied
33: copied
4096: copied
{"user":{"name":"Ivan Ivanov","email":"ivan@gmail.com","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"id":"1"}]}}
16: ok ok ok
17: ok ok ok
32: ok ok ok
33: ok ok ok
4096 ok
