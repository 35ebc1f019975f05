--TEST--
flocktory_postcheckout(): order: item image rejects what is not an absolute http, https or // URL with a host and no whitespace or control characters
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';
$urls = [
    'ftp://x',
    '/path',
    'path/to/image.jpg',
    'http://',
    'http:///x',
    '//',
    'http:/x',
    'https:x',
    'javascript:alert(1)',
    'data:image/png;base64,AAAA',
    5,
];
foreach ($urls as $image) {
    fixture_show(fn() => flocktory_postcheckout(fixture_user(), fixture_order(['items' => [fixture_item(['image' => $image])]])));
}
$urls = ['http://a b', "http://x/\ty", "http://x/a\nb", "http://x/\x01", "\x00http://x", "http://x/\x1f", "http://x\v/", 'http:// x'];
foreach ($urls as $image) {
    fixture_show(fn() => flocktory_postcheckout(fixture_user(), fixture_order(['items' => [fixture_item(['image' => $image])]])));
}
// DEL is an ASCII control character too (how the message spells it is not fixed).
try {
    echo flocktory_postcheckout(fixture_user(), fixture_order(['items' => [fixture_item(['image' => "http://x/\x7F"])]])), "\n";
} catch (Flocktory\ValidationException $e) {
    echo get_class($e), ' ', $e->getField(), ' ', str_starts_with($e->getMessage(), 'order.items[0].image: expected an absolute URL') ? 'ok' : $e->getMessage(), "\n";
}
?>
--EXPECT--
Flocktory\ValidationException
order.items[0].image
order.items[0].image: expected an absolute URL starting with http://, https:// or // and a host, without spaces or control characters, got string(7) "ftp://x"
Flocktory\ValidationException
order.items[0].image
order.items[0].image: expected an absolute URL starting with http://, https:// or // and a host, without spaces or control characters, got string(5) "/path"
Flocktory\ValidationException
order.items[0].image
order.items[0].image: expected an absolute URL starting with http://, https:// or // and a host, without spaces or control characters, got string(17) "path/to/image.jpg"
Flocktory\ValidationException
order.items[0].image
order.items[0].image: expected an absolute URL starting with http://, https:// or // and a host, without spaces or control characters, got string(7) "http://"
Flocktory\ValidationException
order.items[0].image
order.items[0].image: expected an absolute URL starting with http://, https:// or // and a host, without spaces or control characters, got string(9) "http:///x"
Flocktory\ValidationException
order.items[0].image
order.items[0].image: expected an absolute URL starting with http://, https:// or // and a host, without spaces or control characters, got string(2) "//"
Flocktory\ValidationException
order.items[0].image
order.items[0].image: expected an absolute URL starting with http://, https:// or // and a host, without spaces or control characters, got string(7) "http:/x"
Flocktory\ValidationException
order.items[0].image
order.items[0].image: expected an absolute URL starting with http://, https:// or // and a host, without spaces or control characters, got string(7) "https:x"
Flocktory\ValidationException
order.items[0].image
order.items[0].image: expected an absolute URL starting with http://, https:// or // and a host, without spaces or control characters, got string(19) "javascript:alert(1)"
Flocktory\ValidationException
order.items[0].image
order.items[0].image: expected an absolute URL starting with http://, https:// or // and a host, without spaces or control characters, got string(26) "data:image/png;base64,AAAA"
Flocktory\ValidationException
order.items[0].image
order.items[0].image: expected an absolute URL starting with http://, https:// or // and a host, without spaces or control characters, got int(5)
Flocktory\ValidationException
order.items[0].image
order.items[0].image: expected an absolute URL starting with http://, https:// or // and a host, without spaces or control characters, got string(10) "http://a b"
Flocktory\ValidationException
order.items[0].image
order.items[0].image: expected an absolute URL starting with http://, https:// or // and a host, without spaces or control characters, got string(11) "http://x/\u{9}y"
Flocktory\ValidationException
order.items[0].image
order.items[0].image: expected an absolute URL starting with http://, https:// or // and a host, without spaces or control characters, got string(12) "http://x/a\u{a}b"
Flocktory\ValidationException
order.items[0].image
order.items[0].image: expected an absolute URL starting with http://, https:// or // and a host, without spaces or control characters, got string(10) "http://x/\u{1}"
Flocktory\ValidationException
order.items[0].image
order.items[0].image: expected an absolute URL starting with http://, https:// or // and a host, without spaces or control characters, got string(9) "\u{0}http://x"
Flocktory\ValidationException
order.items[0].image
order.items[0].image: expected an absolute URL starting with http://, https:// or // and a host, without spaces or control characters, got string(10) "http://x/\u{1f}"
Flocktory\ValidationException
order.items[0].image
order.items[0].image: expected an absolute URL starting with http://, https:// or // and a host, without spaces or control characters, got string(10) "http://x\u{b}/"
Flocktory\ValidationException
order.items[0].image
order.items[0].image: expected an absolute URL starting with http://, https:// or // and a host, without spaces or control characters, got string(9) "http:// x"
Flocktory\ValidationException order.items[0].image ok
