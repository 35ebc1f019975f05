--TEST--
tags: a ValidationException leaves no output and no return value
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

$r = 'unchanged';
ob_start();
try {
    $r = flocktory_item_view(['id' => 1, 'vendor' => 'Nike', 'available' => 'yes']);
} catch (Flocktory\ValidationException $e) {
}
$out = ob_get_clean();
var_dump($r, $out, $e instanceof InvalidArgumentException);
?>
--EXPECT--
string(9) "unchanged"
string(0) ""
bool(true)
