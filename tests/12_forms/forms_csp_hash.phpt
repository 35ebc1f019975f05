--TEST--
script snippets: forms: the sha256 of FLOCKTORY_JS is the hash of the element's body; the element's CSP hash adds its two newlines
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
    $js = $call(null, FLOCKTORY_JS);
    $element = $call(null, FLOCKTORY_ELEMENT);
    // The body, as the contract defines it: between the >\n and the \n</script>.
    preg_match('~^<script type="text/javascript">\n(.*)\n</script>$~s', $element, $body);
    // The element's text, which is what a browser hashes for CSP: between > and </script>.
    preg_match('~^<script type="text/javascript">(.*)</script>$~s', $element, $text);
    echo $name, ": body ", var_export(csp_hash($js) === csp_hash($body[1]), true),
        ", element ", var_export(csp_hash("\n" . $js . "\n") === csp_hash($text[1]), true),
        ", differ ", var_export(csp_hash($js) !== csp_hash($text[1]), true), "\n";
}
// The documented addToCart example; both hashes computed from the contract's text.
$js = flocktory_add_to_cart(fixture_cart_item(), as: FLOCKTORY_JS);
echo csp_hash($js), "\n", csp_hash("\n" . $js . "\n"), "\n";
?>
--EXPECT--
flocktory_postcheckout: body true, element true, differ true
flocktory_add_to_cart: body true, element true, differ true
flocktory_remove_from_cart: body true, element true, differ true
flocktory_update_cart: body true, element true, differ true
flocktory_attach_to_profile: body true, element true, differ true
sha256-O+0LvwjXm6/PDHeUduzPPqr10xoDWW7ymKOMVzQZTnA=
sha256-FQ2WV62krkXbbDVpIgn6MfzNcubB5xuIE8WtUI55Y68=
