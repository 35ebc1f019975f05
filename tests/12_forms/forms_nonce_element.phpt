--TEST--
script snippets: forms: FLOCKTORY_ELEMENT keeps the nonce rules; FLOCKTORY_JS and FLOCKTORY_JSON take null
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

foreach (fixture_script_calls() as $name => $call) {
    echo $name, "\n";
    echo strtok($call('r4nd0m', FLOCKTORY_ELEMENT), "\n"), "\n";
    try {
        $call('a"b', FLOCKTORY_ELEMENT);
    } catch (Flocktory\ValidationException $e) {
        echo get_class($e), " ", $e->getField(), "\n";
    }
    echo strtok($call(null, FLOCKTORY_JS), "\n"), "\n";
    echo substr($call(null, FLOCKTORY_JSON), 0, 2), "\n";
}
?>
--EXPECT--
flocktory_postcheckout
<script type="text/javascript" nonce="r4nd0m">
Flocktory\ValidationException nonce
window.flocktory = window.flocktory || [];
["
flocktory_add_to_cart
<script type="text/javascript" nonce="r4nd0m">
Flocktory\ValidationException nonce
window.flocktory = window.flocktory || [];
["
flocktory_remove_from_cart
<script type="text/javascript" nonce="r4nd0m">
Flocktory\ValidationException nonce
window.flocktory = window.flocktory || [];
["
flocktory_update_cart
<script type="text/javascript" nonce="r4nd0m">
Flocktory\ValidationException nonce
window.flocktory = window.flocktory || [];
["
flocktory_attach_to_profile
<script type="text/javascript" nonce="r4nd0m">
Flocktory\ValidationException nonce
window.flocktory = window.flocktory || [];
["
