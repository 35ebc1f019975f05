--TEST--
flocktory_postcheckout(): spot: escaped like any other JSON string
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

$spot = "</script><!-- \"a\" & 'b' \\ /x\n\x01\x1f\u{2028}\u{2029}é.";
fixture_show(fn() => flocktory_postcheckout(fixture_user(), fixture_order(), $spot));
?>
--EXPECT--
{"user":{"name":"Ivan Ivanov","email":"ivan@gmail.com","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"id":"777","title":"Nike Shoes","price":1000,"image":"http://path.to.image","count":1}]},"spot":"\u003C/script\u003E\u003C!-- \"a\" \u0026 \u0027b\u0027 \\ /x\n\u0001\u001f\u2028\u2029é."}
