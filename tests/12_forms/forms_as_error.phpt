--TEST--
script snippets: forms: any other $as is a ValueError naming the argument
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

foreach (fixture_script_calls() as $name => $call) {
    echo $name, "\n";
    foreach ([-1, 3, 4, PHP_INT_MAX, PHP_INT_MIN] as $as) {
        fixture_throws(fn() => $call(null, $as));
    }
}
?>
--EXPECT--
flocktory_postcheckout
ValueError: flocktory_postcheckout(): Argument #5 ($as) must be FLOCKTORY_ELEMENT, FLOCKTORY_JS or FLOCKTORY_JSON
ValueError: flocktory_postcheckout(): Argument #5 ($as) must be FLOCKTORY_ELEMENT, FLOCKTORY_JS or FLOCKTORY_JSON
ValueError: flocktory_postcheckout(): Argument #5 ($as) must be FLOCKTORY_ELEMENT, FLOCKTORY_JS or FLOCKTORY_JSON
ValueError: flocktory_postcheckout(): Argument #5 ($as) must be FLOCKTORY_ELEMENT, FLOCKTORY_JS or FLOCKTORY_JSON
ValueError: flocktory_postcheckout(): Argument #5 ($as) must be FLOCKTORY_ELEMENT, FLOCKTORY_JS or FLOCKTORY_JSON
flocktory_add_to_cart
ValueError: flocktory_add_to_cart(): Argument #3 ($as) must be FLOCKTORY_ELEMENT, FLOCKTORY_JS or FLOCKTORY_JSON
ValueError: flocktory_add_to_cart(): Argument #3 ($as) must be FLOCKTORY_ELEMENT, FLOCKTORY_JS or FLOCKTORY_JSON
ValueError: flocktory_add_to_cart(): Argument #3 ($as) must be FLOCKTORY_ELEMENT, FLOCKTORY_JS or FLOCKTORY_JSON
ValueError: flocktory_add_to_cart(): Argument #3 ($as) must be FLOCKTORY_ELEMENT, FLOCKTORY_JS or FLOCKTORY_JSON
ValueError: flocktory_add_to_cart(): Argument #3 ($as) must be FLOCKTORY_ELEMENT, FLOCKTORY_JS or FLOCKTORY_JSON
flocktory_remove_from_cart
ValueError: flocktory_remove_from_cart(): Argument #3 ($as) must be FLOCKTORY_ELEMENT, FLOCKTORY_JS or FLOCKTORY_JSON
ValueError: flocktory_remove_from_cart(): Argument #3 ($as) must be FLOCKTORY_ELEMENT, FLOCKTORY_JS or FLOCKTORY_JSON
ValueError: flocktory_remove_from_cart(): Argument #3 ($as) must be FLOCKTORY_ELEMENT, FLOCKTORY_JS or FLOCKTORY_JSON
ValueError: flocktory_remove_from_cart(): Argument #3 ($as) must be FLOCKTORY_ELEMENT, FLOCKTORY_JS or FLOCKTORY_JSON
ValueError: flocktory_remove_from_cart(): Argument #3 ($as) must be FLOCKTORY_ELEMENT, FLOCKTORY_JS or FLOCKTORY_JSON
flocktory_update_cart
ValueError: flocktory_update_cart(): Argument #3 ($as) must be FLOCKTORY_ELEMENT, FLOCKTORY_JS or FLOCKTORY_JSON
ValueError: flocktory_update_cart(): Argument #3 ($as) must be FLOCKTORY_ELEMENT, FLOCKTORY_JS or FLOCKTORY_JSON
ValueError: flocktory_update_cart(): Argument #3 ($as) must be FLOCKTORY_ELEMENT, FLOCKTORY_JS or FLOCKTORY_JSON
ValueError: flocktory_update_cart(): Argument #3 ($as) must be FLOCKTORY_ELEMENT, FLOCKTORY_JS or FLOCKTORY_JSON
ValueError: flocktory_update_cart(): Argument #3 ($as) must be FLOCKTORY_ELEMENT, FLOCKTORY_JS or FLOCKTORY_JSON
flocktory_attach_to_profile
ValueError: flocktory_attach_to_profile(): Argument #3 ($as) must be FLOCKTORY_ELEMENT, FLOCKTORY_JS or FLOCKTORY_JSON
ValueError: flocktory_attach_to_profile(): Argument #3 ($as) must be FLOCKTORY_ELEMENT, FLOCKTORY_JS or FLOCKTORY_JSON
ValueError: flocktory_attach_to_profile(): Argument #3 ($as) must be FLOCKTORY_ELEMENT, FLOCKTORY_JS or FLOCKTORY_JSON
ValueError: flocktory_attach_to_profile(): Argument #3 ($as) must be FLOCKTORY_ELEMENT, FLOCKTORY_JS or FLOCKTORY_JSON
ValueError: flocktory_attach_to_profile(): Argument #3 ($as) must be FLOCKTORY_ELEMENT, FLOCKTORY_JS or FLOCKTORY_JSON
