--TEST--
flocktory_postcheckout(): output: </script>, <!--<script> and ]]> in the data cannot appear in the output
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';
$bad = ['</script>', '<!--<script>', ']]>', '</SCRIPT ><script>alert(1)</script>', '--></script><!--'];
foreach ($bad as $text) {
    $got = flocktory_postcheckout(
        fixture_user(['name' => $text]),
        fixture_order(['id' => $text, 'custom_field' => $text, 'items' => [['id' => $text, 'title' => $text]]]),
        $text,
    );
    // The element's content: everything between the opening tag's line and the final </script>.
    $body = substr($got, strpos($got, "\n"), -strlen('</script>'));
    $found = [];
    foreach (['</script', '<script', '<!--', ']]>', '-->'] as $needle) {
        if (stripos($body, $needle) !== false) {
            $found[] = $needle;
        }
    }
    echo json_encode($text), ': ', $found ? 'found ' . implode(' ', $found) : 'clean',
        ', ends once: ', substr_count(strtolower($got), '</script'), "\n";
}
$payload = fixture_payload(flocktory_postcheckout(fixture_user(), fixture_order(['items' => [['title' => '</script><!--<script>]]>']]]), 'x</script>'));
echo substr($payload, strpos($payload, '"items"')), "\n";
?>
--EXPECT--
"<\/script>": clean, ends once: 1
"<!--<script>": clean, ends once: 1
"]]>": clean, ends once: 1
"<\/SCRIPT ><script>alert(1)<\/script>": clean, ends once: 1
"--><\/script><!--": clean, ends once: 1
"items":[{"title":"\u003C/script\u003E\u003C!--\u003Cscript\u003E]]\u003E"}]},"spot":"x\u003C/script\u003E"}
