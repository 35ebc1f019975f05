--TEST--
flocktory_postcheckout(): regressions: an uncaught ValidationException ends the script normally on a ZTS debug PHP (issue 10)
--EXTENSIONS--
flocktory
--FILE--
<?php
// With the thread's engine-globals cache never filled, a debug ZTS PHP
// crashed here, reading EG(exception) right after the throw.
flocktory_postcheckout(['name' => 'I', 'email' => 'i@x.ru', 'sex' => 'male'],
    ['id' => '1', 'price' => 1, 'items' => [['id' => '1']]]);
echo "not reached\n";
?>
--EXPECTF--
Fatal error: Uncaught Flocktory\ValidationException: user.sex: expected "m" or "f", got string(4) "male" in %s:%d
Stack trace:
#0 %s(%d): flocktory_postcheckout(Array, Array)
#1 {main}
  thrown in %s on line %d
