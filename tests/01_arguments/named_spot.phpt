--TEST--
flocktory_postcheckout(): arguments: spot can be passed by name, and then there is no nonce attribute
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

echo flocktory_postcheckout(fixture_user(), fixture_order(), spot: 'thank_you'), "|\n";
?>
--EXPECT--
<script type="text/javascript">
window.flocktory = window.flocktory || [];
window.flocktory.push(["postcheckout",{"user":{"name":"Ivan Ivanov","email":"ivan@gmail.com","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"id":"777","title":"Nike Shoes","price":1000,"image":"http://path.to.image","count":1}]},"spot":"thank_you"}]);
</script>|
