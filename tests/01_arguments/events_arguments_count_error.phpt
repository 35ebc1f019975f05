--TEST--
loader, cart and profile functions: arguments: too few or too many is an ArgumentCountError
--EXTENSIONS--
flocktory
--FILE--
<?php
foreach (['flocktory_loader' => [1, null, 2], 'flocktory_add_to_cart' => [[], null, FLOCKTORY_ELEMENT, 2], 'flocktory_update_cart' => [[], null, FLOCKTORY_ELEMENT, 2]] as $f => $too_many) {
    foreach ([[], $too_many] as $args) {
        try {
            $f(...$args);
        } catch (ArgumentCountError $e) {
            echo $e->getMessage(), "\n";
        }
    }
}
?>
--EXPECT--
flocktory_loader() expects at least 1 argument, 0 given
flocktory_loader() expects at most 2 arguments, 3 given
flocktory_add_to_cart() expects at least 1 argument, 0 given
flocktory_add_to_cart() expects at most 3 arguments, 4 given
flocktory_update_cart() expects at least 1 argument, 0 given
flocktory_update_cart() expects at most 3 arguments, 4 given
