--TEST--
flocktory_postcheckout(): arguments: all four arguments by name, in any order
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

echo flocktory_postcheckout(nonce: 'abc==', order: fixture_order(), spot: 'checkout', user: fixture_user()), "|\n";
echo flocktory_postcheckout(fixture_user(), fixture_order(), nonce: 'abc==', spot: 'checkout') === flocktory_postcheckout(fixture_user(), fixture_order(), 'checkout', 'abc==') ? "same\n" : "different\n";
?>
--EXPECT--
<script type="text/javascript" nonce="abc==">
window.flocktory = window.flocktory || [];
window.flocktory.push(["postcheckout",{"user":{"name":"Ivan Ivanov","email":"ivan@gmail.com","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"id":"777","title":"Nike Shoes","price":1000,"image":"http://path.to.image","count":1}]},"spot":"checkout"}]);
</script>|
same
