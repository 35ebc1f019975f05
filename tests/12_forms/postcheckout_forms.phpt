--TEST--
flocktory_postcheckout(): forms: the element, its body and the push's argument, byte for byte
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

$order = fixture_order(['items' => [['title' => 'T </script>']]]);
echo flocktory_postcheckout(fixture_user(), $order, as: FLOCKTORY_ELEMENT), "|\n";
echo flocktory_postcheckout(fixture_user(), $order, as: FLOCKTORY_JS), "|\n";
echo flocktory_postcheckout(fixture_user(), $order, as: FLOCKTORY_JSON), "|\n";
var_dump(flocktory_postcheckout(fixture_user(), $order) === flocktory_postcheckout(fixture_user(), $order, null, null, FLOCKTORY_ELEMENT));
?>
--EXPECT--
<script type="text/javascript">
window.flocktory = window.flocktory || [];
window.flocktory.push(["postcheckout",{"user":{"name":"Ivan Ivanov","email":"ivan@gmail.com","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"title":"T \u003C/script\u003E"}]}}]);
</script>|
window.flocktory = window.flocktory || [];
window.flocktory.push(["postcheckout",{"user":{"name":"Ivan Ivanov","email":"ivan@gmail.com","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"title":"T \u003C/script\u003E"}]}}]);|
["postcheckout",{"user":{"name":"Ivan Ivanov","email":"ivan@gmail.com","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"title":"T \u003C/script\u003E"}]}}]|
bool(true)
