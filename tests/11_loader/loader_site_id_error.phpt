--TEST--
flocktory_loader(): site_id: 0 and below are errors at site_id
--EXTENSIONS--
flocktory
--FILE--
<?php
foreach ([0, -1, PHP_INT_MIN] as $id) {
    try {
        echo flocktory_loader($id), "\n";
    } catch (Flocktory\ValidationException $e) {
        echo get_class($e), "\n", $e->getField(), "\n", $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
Flocktory\ValidationException
site_id
site_id: expected a Flocktory site id, an int from 1 or a string of its digits, got int(0)
Flocktory\ValidationException
site_id
site_id: expected a Flocktory site id, an int from 1 or a string of its digits, got int(-1)
Flocktory\ValidationException
site_id
site_id: expected a Flocktory site id, an int from 1 or a string of its digits, got int(-9223372036854775808)
