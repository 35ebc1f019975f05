--TEST--
flocktory_postcheckout(): arguments: Flocktory\ValidationException extends InvalidArgumentException and has getField(): string
--EXTENSIONS--
flocktory
--SKIPIF--
<?php
require __DIR__ . '/../fixtures.inc';
fixture_skip_unless_extension('reflection of an internal class (reflection_signatures.phpt compares the class on both)');
?>
--FILE--
<?php
$c = new ReflectionClass('Flocktory\ValidationException');
echo $c->getName(), " namespace=", $c->getNamespaceName(), " internal=", var_export($c->isInternal(), true), "\n";
echo "parent ", $c->getParentClass()->getName(), "\n";
var_dump($c->isSubclassOf(InvalidArgumentException::class), $c->isSubclassOf(LogicException::class), $c->isInstantiable());
$m = $c->getMethod('getField');
echo $m->class, "::", $m->getName(), " public=", var_export($m->isPublic(), true),
    " static=", var_export($m->isStatic(), true), " parameters=", $m->getNumberOfParameters(),
    " returns ", $m->getReturnType(), "\n";
?>
--EXPECT--
Flocktory\ValidationException namespace=Flocktory internal=true
parent InvalidArgumentException
bool(true)
bool(true)
bool(true)
Flocktory\ValidationException::getField public=true static=false parameters=0 returns string
