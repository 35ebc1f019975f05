--TEST--
script snippets: forms: any nonce, valid or not, with FLOCKTORY_JS or FLOCKTORY_JSON is a ValueError naming $nonce
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

foreach (fixture_script_calls() as $name => $call) {
    echo $name, "\n";
    foreach ([FLOCKTORY_JS, FLOCKTORY_JSON] as $as) {
        foreach (['r4nd0m', '', 'a"b'] as $nonce) {
            fixture_throws(fn() => $call($nonce, $as));
        }
    }
}
?>
--EXPECT--
flocktory_postcheckout
ValueError: flocktory_postcheckout(): Argument #4 ($nonce) must be null when $as is FLOCKTORY_JS
ValueError: flocktory_postcheckout(): Argument #4 ($nonce) must be null when $as is FLOCKTORY_JS
ValueError: flocktory_postcheckout(): Argument #4 ($nonce) must be null when $as is FLOCKTORY_JS
ValueError: flocktory_postcheckout(): Argument #4 ($nonce) must be null when $as is FLOCKTORY_JSON
ValueError: flocktory_postcheckout(): Argument #4 ($nonce) must be null when $as is FLOCKTORY_JSON
ValueError: flocktory_postcheckout(): Argument #4 ($nonce) must be null when $as is FLOCKTORY_JSON
flocktory_add_to_cart
ValueError: flocktory_add_to_cart(): Argument #2 ($nonce) must be null when $as is FLOCKTORY_JS
ValueError: flocktory_add_to_cart(): Argument #2 ($nonce) must be null when $as is FLOCKTORY_JS
ValueError: flocktory_add_to_cart(): Argument #2 ($nonce) must be null when $as is FLOCKTORY_JS
ValueError: flocktory_add_to_cart(): Argument #2 ($nonce) must be null when $as is FLOCKTORY_JSON
ValueError: flocktory_add_to_cart(): Argument #2 ($nonce) must be null when $as is FLOCKTORY_JSON
ValueError: flocktory_add_to_cart(): Argument #2 ($nonce) must be null when $as is FLOCKTORY_JSON
flocktory_remove_from_cart
ValueError: flocktory_remove_from_cart(): Argument #2 ($nonce) must be null when $as is FLOCKTORY_JS
ValueError: flocktory_remove_from_cart(): Argument #2 ($nonce) must be null when $as is FLOCKTORY_JS
ValueError: flocktory_remove_from_cart(): Argument #2 ($nonce) must be null when $as is FLOCKTORY_JS
ValueError: flocktory_remove_from_cart(): Argument #2 ($nonce) must be null when $as is FLOCKTORY_JSON
ValueError: flocktory_remove_from_cart(): Argument #2 ($nonce) must be null when $as is FLOCKTORY_JSON
ValueError: flocktory_remove_from_cart(): Argument #2 ($nonce) must be null when $as is FLOCKTORY_JSON
flocktory_update_cart
ValueError: flocktory_update_cart(): Argument #2 ($nonce) must be null when $as is FLOCKTORY_JS
ValueError: flocktory_update_cart(): Argument #2 ($nonce) must be null when $as is FLOCKTORY_JS
ValueError: flocktory_update_cart(): Argument #2 ($nonce) must be null when $as is FLOCKTORY_JS
ValueError: flocktory_update_cart(): Argument #2 ($nonce) must be null when $as is FLOCKTORY_JSON
ValueError: flocktory_update_cart(): Argument #2 ($nonce) must be null when $as is FLOCKTORY_JSON
ValueError: flocktory_update_cart(): Argument #2 ($nonce) must be null when $as is FLOCKTORY_JSON
flocktory_attach_to_profile
ValueError: flocktory_attach_to_profile(): Argument #2 ($nonce) must be null when $as is FLOCKTORY_JS
ValueError: flocktory_attach_to_profile(): Argument #2 ($nonce) must be null when $as is FLOCKTORY_JS
ValueError: flocktory_attach_to_profile(): Argument #2 ($nonce) must be null when $as is FLOCKTORY_JS
ValueError: flocktory_attach_to_profile(): Argument #2 ($nonce) must be null when $as is FLOCKTORY_JSON
ValueError: flocktory_attach_to_profile(): Argument #2 ($nonce) must be null when $as is FLOCKTORY_JSON
ValueError: flocktory_attach_to_profile(): Argument #2 ($nonce) must be null when $as is FLOCKTORY_JSON
