--TEST--
flocktory_postcheckout(): output: escaping: " and \ are backslash-escaped
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/escape.inc';
foreach (['a"b', 'a\\b', '"\\"', '\\u0041', '\\"', '\\', '"'] as $title) {
    echo emitted_title($title), "\n";
}
?>
--EXPECT--
"a\"b"
"a\\b"
"\"\\\""
"\\u0041"
"\\\""
"\\"
"\""
