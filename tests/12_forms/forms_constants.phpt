--TEST--
script snippets: forms: FLOCKTORY_ELEMENT, FLOCKTORY_JS and FLOCKTORY_JSON are int constants 0, 1, 2
--EXTENSIONS--
flocktory
--FILE--
<?php
var_dump(defined('FLOCKTORY_ELEMENT'), defined('FLOCKTORY_JS'), defined('FLOCKTORY_JSON'));
var_dump(FLOCKTORY_ELEMENT, FLOCKTORY_JS, FLOCKTORY_JSON);
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
int(0)
int(1)
int(2)
