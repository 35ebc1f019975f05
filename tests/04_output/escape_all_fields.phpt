--TEST--
flocktory_postcheckout(): output: every emitted string is escaped, not only titles
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';
$user = ['name' => "\"O'Brien\" <b>\\", 'email' => "o'brien&co@example.com", 'sex' => 'f'];
$order = [
    'id' => "<77>\t",
    'price' => '1,5',
    'custom_field' => "a\"b\u{2028}",
    'items' => [['id' => "&1\x01", 'title' => 'x', 'image' => "https://x/a'b\"c<d>&e\\f"]],
];
echo fixture_payload(flocktory_postcheckout($user, $order, "</script>\n")), "\n";
?>
--EXPECT--
{"user":{"name":"\"O\u0027Brien\" \u003Cb\u003E\\","email":"o\u0027brien\u0026co@example.com","sex":"f"},"order":{"id":"\u003C77\u003E","price":1.5,"custom_field":"a\"b\u2028","items":[{"id":"\u00261\u0001","title":"x","image":"https://x/a\u0027b\"c\u003Cd\u003E\u0026e\\f"}]},"spot":"\u003C/script\u003E"}
