--TEST--
script snippets: forms: the three form constants are the extension's own, and its only ones
--EXTENSIONS--
flocktory
--SKIPIF--
<?php
require __DIR__ . '/../fixtures.inc';
fixture_skip_unless_extension('the constants of the module (a PHP define() files them under "user")');
?>
--FILE--
<?php
var_dump(get_defined_constants(true)['flocktory']);
?>
--EXPECT--
array(3) {
  ["FLOCKTORY_ELEMENT"]=>
  int(0)
  ["FLOCKTORY_JS"]=>
  int(1)
  ["FLOCKTORY_JSON"]=>
  int(2)
}
