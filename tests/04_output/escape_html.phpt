--TEST--
flocktory_postcheckout(): output: escaping: < > & ' as \u003C \u003E \u0026 \u0027 with uppercase hex
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/escape.inc';
foreach (['<', '>', '&', "'", "a<b>c&d'e", "<<>>&&''", 'O\'Reilly & Sons <b>'] as $title) {
    echo emitted_title($title), "\n";
}
?>
--EXPECT--
"\u003C"
"\u003E"
"\u0026"
"\u0027"
"a\u003Cb\u003Ec\u0026d\u0027e"
"\u003C\u003C\u003E\u003E\u0026\u0026\u0027\u0027"
"O\u0027Reilly \u0026 Sons \u003Cb\u003E"
