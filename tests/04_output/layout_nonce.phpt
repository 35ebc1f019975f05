--TEST--
flocktory_postcheckout(): output: a nonce becomes a nonce attribute on the script tag, copied as given
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';
$order = fixture_order(['items' => [['title' => 'T']]]);
echo flocktory_postcheckout(fixture_user(), $order, null, 'r4nd0m+/Nonce_-=='), "|END\n";
echo flocktory_postcheckout(fixture_user(), $order, nonce: 'a'), "|END\n";
echo flocktory_postcheckout(fixture_user(), $order, 'thankyou', 'YWJj'), "|END\n";
?>
--EXPECT--
<script type="text/javascript" nonce="r4nd0m+/Nonce_-==">
window.flocktory = window.flocktory || [];
window.flocktory.push(["postcheckout",{"user":{"name":"Ivan Ivanov","email":"ivan@gmail.com","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"title":"T"}]}}]);
</script>|END
<script type="text/javascript" nonce="a">
window.flocktory = window.flocktory || [];
window.flocktory.push(["postcheckout",{"user":{"name":"Ivan Ivanov","email":"ivan@gmail.com","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"title":"T"}]}}]);
</script>|END
<script type="text/javascript" nonce="YWJj">
window.flocktory = window.flocktory || [];
window.flocktory.push(["postcheckout",{"user":{"name":"Ivan Ivanov","email":"ivan@gmail.com","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"title":"T"}]},"spot":"thankyou"}]);
</script>|END
