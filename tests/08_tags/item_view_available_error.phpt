--TEST--
flocktory_item_view(): available that is not a bool is an error, 1 and "true" included
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

foreach ([1, 0, 'true', 'false', '', 1.0, []] as $v) {
    fixture_tag(fn () => flocktory_item_view(['id' => 1, 'available' => $v]));
}
?>
--EXPECT--
Flocktory\ValidationException
item.available
item.available: expected true or false, got int(1)
Flocktory\ValidationException
item.available
item.available: expected true or false, got int(0)
Flocktory\ValidationException
item.available
item.available: expected true or false, got string(4) "true"
Flocktory\ValidationException
item.available
item.available: expected true or false, got string(5) "false"
Flocktory\ValidationException
item.available
item.available: expected true or false, got string(0) ""
Flocktory\ValidationException
item.available
item.available: expected true or false, got float(1)
Flocktory\ValidationException
item.available
item.available: expected true or false, got array(0)
