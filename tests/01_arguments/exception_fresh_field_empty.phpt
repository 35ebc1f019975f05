--TEST--
flocktory_postcheckout(): arguments: a ValidationException made by user code has an empty field
--EXTENSIONS--
flocktory
--FILE--
<?php
class MyValidationException extends Flocktory\ValidationException {}

$e = new Flocktory\ValidationException("x");
var_dump($e->getField(), $e->getMessage());
$e = new Flocktory\ValidationException();
var_dump($e->getField(), $e->getMessage());
$e = new MyValidationException("y", 3);
var_dump($e->getField(), $e->getMessage(), $e->getCode());
?>
--EXPECT--
string(0) ""
string(1) "x"
string(0) ""
string(0) ""
string(0) ""
string(1) "y"
int(3)
