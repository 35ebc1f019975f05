--TEST--
script snippets: forms: the error for $as or a misplaced nonce is exactly a ValueError, code 0, with the message alone
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

foreach ([fn() => flocktory_add_to_cart(fixture_cart_item(), 'r4nd0m', FLOCKTORY_JS),
    fn() => flocktory_add_to_cart(fixture_cart_item(), as: 5)] as $call) {
    try {
        $call();
    } catch (Throwable $e) {
        echo get_class($e), " code=", $e->getCode(), " previous=", var_export($e->getPrevious(), true), "\n",
            $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
ValueError code=0 previous=NULL
flocktory_add_to_cart(): Argument #2 ($nonce) must be null when $as is FLOCKTORY_JS
ValueError code=0 previous=NULL
flocktory_add_to_cart(): Argument #3 ($as) must be FLOCKTORY_ELEMENT, FLOCKTORY_JS or FLOCKTORY_JSON
