--TEST--
flocktory_postcheckout(): arguments: nonce can be passed by name alone, without spot
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

echo flocktory_postcheckout(fixture_user(), fixture_order(), nonce: 'r4nd0m'), "|\n";
?>
--EXPECT--
<script type="text/javascript" nonce="r4nd0m">
window.flocktory = window.flocktory || [];
window.flocktory.push(["postcheckout",{"user":{"name":"Ivan Ivanov","email":"ivan@gmail.com","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"id":"777","title":"Nike Shoes","price":1000,"image":"http://path.to.image","count":1}]}}]);
</script>|
