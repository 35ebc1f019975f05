--TEST--
script snippets: forms: FLOCKTORY_JS is the element's body and FLOCKTORY_JSON the push's argument, with or without a nonce
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

foreach (fixture_script_calls() as $name => $call) {
    $js = $call(null, FLOCKTORY_JS);
    $json = $call(null, FLOCKTORY_JSON);
    foreach ([null, 'r4nd0m'] as $nonce) {
        $element = $call($nonce, FLOCKTORY_ELEMENT);
        // The contract: the bytes between the >\n that ends the opening tag and the \n</script>.
        $open = strpos($element, ">\n") + 2;
        $body = substr($element, $open, strlen($element) - $open - strlen("\n</script>"));
        echo $name, " nonce=", var_export($nonce, true), ": js is the body: ", var_export($js === $body, true),
            ", ends the element: ", var_export(str_ends_with($element, "\n</script>"), true), "\n";
    }
    $prefix = "window.flocktory = window.flocktory || [];\nwindow.flocktory.push(";
    echo $name, ": json is the push's argument: ",
        var_export($js === $prefix . $json . ');', true),
        ", decodes to a list of 2: ", var_export(count(json_decode($json, true, 512, JSON_THROW_ON_ERROR)), true), "\n";
}
?>
--EXPECT--
flocktory_postcheckout nonce=NULL: js is the body: true, ends the element: true
flocktory_postcheckout nonce='r4nd0m': js is the body: true, ends the element: true
flocktory_postcheckout: json is the push's argument: true, decodes to a list of 2: 2
flocktory_add_to_cart nonce=NULL: js is the body: true, ends the element: true
flocktory_add_to_cart nonce='r4nd0m': js is the body: true, ends the element: true
flocktory_add_to_cart: json is the push's argument: true, decodes to a list of 2: 2
flocktory_remove_from_cart nonce=NULL: js is the body: true, ends the element: true
flocktory_remove_from_cart nonce='r4nd0m': js is the body: true, ends the element: true
flocktory_remove_from_cart: json is the push's argument: true, decodes to a list of 2: 2
flocktory_update_cart nonce=NULL: js is the body: true, ends the element: true
flocktory_update_cart nonce='r4nd0m': js is the body: true, ends the element: true
flocktory_update_cart: json is the push's argument: true, decodes to a list of 2: 2
flocktory_attach_to_profile nonce=NULL: js is the body: true, ends the element: true
flocktory_attach_to_profile nonce='r4nd0m': js is the body: true, ends the element: true
flocktory_attach_to_profile: json is the push's argument: true, decodes to a list of 2: 2
