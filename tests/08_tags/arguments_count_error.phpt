--TEST--
tags: arguments: too few or too many arguments are ArgumentCountErrors
--EXTENSIONS--
flocktory
--SKIPIF--
<?php
require __DIR__ . '/../fixtures.inc';
fixture_skip_unless_extension('the engine counts an internal function\'s arguments (too many is no error for a PHP function)');
?>
--FILE--
<?php
foreach ([fn () => flocktory_user(), fn () => flocktory_item_view([], []), fn () => flocktory_category_view(), fn () => flocktory_exchange([], null, null)] as $call) {
    try {
        $call();
    } catch (ArgumentCountError $e) {
        echo $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
flocktory_user() expects exactly 1 argument, 0 given
flocktory_item_view() expects exactly 1 argument, 2 given
flocktory_category_view() expects exactly 1 argument, 0 given
flocktory_exchange() expects at most 2 arguments, 3 given
