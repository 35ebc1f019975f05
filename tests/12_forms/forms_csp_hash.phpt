--TEST--
script snippets: forms: the sha256 of FLOCKTORY_JS is the CSP hash of the element's body
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

function csp_hash(string $text): string
{
    return 'sha256-' . base64_encode(hash('sha256', $text, true));
}

foreach (fixture_script_calls() as $name => $call) {
    $element = $call(null, FLOCKTORY_ELEMENT);
    // What a browser hashes: the text content of the one <script> element.
    preg_match('~^<script type="text/javascript">\n(.*)\n</script>$~s', $element, $m);
    echo $name, ": ", var_export(csp_hash($call(null, FLOCKTORY_JS)) === csp_hash($m[1]), true), "\n";
}
// The documented addToCart example; the hash computed from the contract's text.
echo csp_hash(flocktory_add_to_cart(fixture_cart_item(), as: FLOCKTORY_JS)), "\n";
?>
--EXPECT--
flocktory_postcheckout: true
flocktory_add_to_cart: true
flocktory_remove_from_cart: true
flocktory_update_cart: true
flocktory_attach_to_profile: true
sha256-O+0LvwjXm6/PDHeUduzPPqr10xoDWW7ymKOMVzQZTnA=
