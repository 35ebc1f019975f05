--TEST--
flocktory_postcheckout(): output: escaping: / is not escaped
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/escape.inc';
foreach (['/', 'a/b', '//', '</', '\\/'] as $title) {
    echo emitted_title($title), "\n";
}
$payload = fixture_payload(flocktory_postcheckout(fixture_user(), fixture_order(['items' => [['image' => 'https://cdn.example.com/a/b.jpg']]])));
var_dump(str_contains($payload, '"image":"https://cdn.example.com/a/b.jpg"'));
?>
--EXPECT--
"/"
"a/b"
"//"
"\u003C/"
"\\/"
bool(true)
