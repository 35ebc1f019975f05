--TEST--
script snippets: forms: FLOCKTORY_ELEMENT, FLOCKTORY_JS and FLOCKTORY_JSON are the extension's int constants 0, 1, 2
--EXTENSIONS--
flocktory
--FILE--
<?php
var_dump(get_defined_constants(true)['flocktory']);
var_dump(FLOCKTORY_ELEMENT, FLOCKTORY_JS, FLOCKTORY_JSON);
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
int(0)
int(1)
int(2)
