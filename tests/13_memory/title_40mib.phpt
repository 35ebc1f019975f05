--TEST--
flocktory_postcheckout(): memory: a 40 MiB plain item title makes its snippet under memory_limit=128M (extension only)
--EXTENSIONS--
flocktory
--SKIPIF--
<?php
require __DIR__ . '/../fixtures.inc';
fixture_skip_unless_extension("the extension's memory: the PHP edition's copies of a 40 MiB title need more than 128M");
?>
--INI--
memory_limit=128M
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';
$title = str_repeat('a', 40 << 20);
$out = flocktory_postcheckout(fixture_user(), fixture_order(['items' => [fixture_item(['title' => $title])]]));
unset($title);
var_dump(strlen($out) > 40 << 20, str_contains($out, '"title":"aaaa'), str_ends_with($out, "]);\n</script>"));
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
