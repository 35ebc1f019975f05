--TEST--
script snippets: forms: $as by name skips the nonce; by position it follows it
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

echo flocktory_remove_from_cart(['id' => 1, 'count' => 1], as: FLOCKTORY_JSON), "\n";
echo flocktory_remove_from_cart(['id' => 1, 'count' => 1], null, FLOCKTORY_JSON), "\n";
echo flocktory_remove_from_cart(as: FLOCKTORY_JSON, item: ['id' => 1, 'count' => 1]), "\n";
echo flocktory_postcheckout(fixture_user(), fixture_order(['items' => [['title' => 'T']]]), 'thanks', as: FLOCKTORY_JSON), "\n";
echo flocktory_postcheckout(order: fixture_order(['items' => [['title' => 'T']]]), user: fixture_user(), nonce: null, as: FLOCKTORY_JSON), "\n";
?>
--EXPECT--
["removeFromCart",{"item":{"id":"1","count":1}}]
["removeFromCart",{"item":{"id":"1","count":1}}]
["removeFromCart",{"item":{"id":"1","count":1}}]
["postcheckout",{"user":{"name":"Ivan Ivanov","email":"ivan@gmail.com","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"title":"T"}]},"spot":"thanks"}]
["postcheckout",{"user":{"name":"Ivan Ivanov","email":"ivan@gmail.com","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"title":"T"}]}}]
