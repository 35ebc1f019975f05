--TEST--
flocktory_attach_to_profile(): output: string values are escaped for the script element
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

foreach ([
    ['note' => "</script><!--'\"&\\\u{2028}\x01"],
] as $data) {
    fixture_show_event('attachToProfile', fn() => flocktory_attach_to_profile($data));
}
?>
--EXPECT--
{"data":{"note":"\u003C/script\u003E\u003C!--\u0027\"\u0026\\\u2028\u0001"}}
