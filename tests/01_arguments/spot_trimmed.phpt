--TEST--
flocktory_postcheckout(): spot: ASCII whitespace is trimmed from both ends, inner spaces kept
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

foreach ([" \t\n\r\v\fthank  you page\f\v\r\n\t ", "  x  "] as $spot) {
    fixture_show(fn() => flocktory_postcheckout(fixture_user(), fixture_order(), $spot));
}
?>
--EXPECT--
{"user":{"name":"Ivan Ivanov","email":"ivan@gmail.com","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"id":"777","title":"Nike Shoes","price":1000,"image":"http://path.to.image","count":1}]},"spot":"thank  you page"}
{"user":{"name":"Ivan Ivanov","email":"ivan@gmail.com","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"id":"777","title":"Nike Shoes","price":1000,"image":"http://path.to.image","count":1}]},"spot":"x"}
