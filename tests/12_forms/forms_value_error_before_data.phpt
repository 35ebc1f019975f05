--TEST--
script snippets: forms: the ValueError comes before any data error, and $as is checked before the nonce
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

$bad_item = fixture_cart_item(['price' => -1]);
fixture_throws(fn() => flocktory_add_to_cart($bad_item, null, 9));
fixture_throws(fn() => flocktory_add_to_cart($bad_item, 'r4nd0m', FLOCKTORY_JSON));
fixture_throws(fn() => flocktory_add_to_cart($bad_item, 'a"b', 9));
fixture_throws(fn() => flocktory_postcheckout(['name' => 5], [], "\xFF", 'r4nd0m', FLOCKTORY_JS));
fixture_throws(fn() => flocktory_update_cart([5], null, -1));
fixture_throws(fn() => flocktory_remove_from_cart([], '', FLOCKTORY_JS));
fixture_throws(fn() => flocktory_attach_to_profile([], null, 3));
?>
--EXPECT--
ValueError: flocktory_add_to_cart(): Argument #3 ($as) must be FLOCKTORY_ELEMENT, FLOCKTORY_JS or FLOCKTORY_JSON
ValueError: flocktory_add_to_cart(): Argument #2 ($nonce) must be null when $as is FLOCKTORY_JSON
ValueError: flocktory_add_to_cart(): Argument #3 ($as) must be FLOCKTORY_ELEMENT, FLOCKTORY_JS or FLOCKTORY_JSON
ValueError: flocktory_postcheckout(): Argument #4 ($nonce) must be null when $as is FLOCKTORY_JS
ValueError: flocktory_update_cart(): Argument #3 ($as) must be FLOCKTORY_ELEMENT, FLOCKTORY_JS or FLOCKTORY_JSON
ValueError: flocktory_remove_from_cart(): Argument #2 ($nonce) must be null when $as is FLOCKTORY_JS
ValueError: flocktory_attach_to_profile(): Argument #3 ($as) must be FLOCKTORY_ELEMENT, FLOCKTORY_JS or FLOCKTORY_JSON
