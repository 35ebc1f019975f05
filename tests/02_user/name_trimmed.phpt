--TEST--
flocktory_postcheckout(): user: name is trimmed of ASCII whitespace only, inner whitespace kept
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

fixture_show(fn() => flocktory_postcheckout(fixture_user(['name' => " \t\n\r\v\fIvan  Ivanov\f\v\r\n\t "]), fixture_order()));

// U+00A0 and U+3000 are not ASCII whitespace: kept, and written raw.
$payload = fixture_payload(flocktory_postcheckout(fixture_user(['name' => "\u{00A0}Ivan\u{3000}"]), fixture_order()));
echo str_replace(["\u{00A0}", "\u{3000}"], ['<U+00A0>', '<U+3000>'], $payload), "\n";
?>
--EXPECT--
{"user":{"name":"Ivan  Ivanov","email":"ivan@gmail.com","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"id":"777","title":"Nike Shoes","price":1000,"image":"http://path.to.image","count":1}]}}
{"user":{"name":"<U+00A0>Ivan<U+3000>","email":"ivan@gmail.com","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"id":"777","title":"Nike Shoes","price":1000,"image":"http://path.to.image","count":1}]}}
