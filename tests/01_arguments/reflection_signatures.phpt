--TEST--
flocktory: arguments: the ten functions, the constants' names in defaults, and Flocktory\ValidationException, as reflection shows them to either edition
--EXTENSIONS--
flocktory
--FILE--
<?php
// The same expectations for the extension and the PHP edition, so that each
// run pins its edition's signatures to flocktory.stub.php's.
function param(ReflectionParameter $p): string
{
    $s = '$' . $p->getName() . ': ' . $p->getType() . ($p->getType()->allowsNull() ? ' (nullable)' : '');
    if ($p->isPassedByReference() || $p->isVariadic()) {
        $s .= ' by-ref or variadic';
    }
    if ($p->isOptional()) {
        $s .= ' = ' . ($p->isDefaultValueConstant() ? $p->getDefaultValueConstantName() : var_export($p->getDefaultValue(), true));
    }
    return $s;
}

foreach (['flocktory_postcheckout', 'flocktory_user', 'flocktory_item_view', 'flocktory_category_view',
    'flocktory_exchange', 'flocktory_loader', 'flocktory_add_to_cart', 'flocktory_remove_from_cart',
    'flocktory_update_cart', 'flocktory_attach_to_profile'] as $name) {
    $f = new ReflectionFunction($name);
    echo $f->getName(), '(', implode(', ', array_map('param', $f->getParameters())), '): ', $f->getReturnType(),
        ' required=', $f->getNumberOfRequiredParameters(), $f->returnsReference() ? ' by-ref' : '', "\n";
}

$c = new ReflectionClass(Flocktory\ValidationException::class);
echo $c->getName(), ' extends ', $c->getParentClass()->getName(), $c->isFinal() ? ' final' : '',
    $c->isAbstract() ? ' abstract' : '', "\n";
foreach ($c->getMethods() as $m) {
    if ($m->getDeclaringClass()->getName() === $c->getName()) {
        echo '  method ', $m->getName(), '(', $m->getNumberOfParameters(), '): ', $m->getReturnType(),
            $m->isPublic() ? ' public' : ' not public', $m->isStatic() ? ' static' : '', $m->isFinal() ? ' final' : '', "\n";
    }
}
foreach ($c->getProperties() as $p) {
    if ($p->getDeclaringClass()->getName() === $c->getName()) {
        echo '  property $', $p->getName(), ': ', $p->getType(), $p->isPrivate() ? ' private' : ' not private',
            ' = ', var_export($p->getDefaultValue(), true), "\n";
    }
}
echo '  constructor from ', $c->getConstructor()->getDeclaringClass()->getName(), "\n";
?>
--EXPECT--
flocktory_postcheckout($user: array, $order: array, $spot: ?string (nullable) = NULL, $nonce: ?string (nullable) = NULL, $as: int = FLOCKTORY_ELEMENT): string required=2
flocktory_user($user: array): string required=1
flocktory_item_view($item: array): string required=1
flocktory_category_view($category_id: string|int|null (nullable)): string required=1
flocktory_exchange($user: array = array (
), $spot: ?string (nullable) = NULL): string required=0
flocktory_loader($site_id: string|int, $nonce: ?string (nullable) = NULL): string required=1
flocktory_add_to_cart($item: array, $nonce: ?string (nullable) = NULL, $as: int = FLOCKTORY_ELEMENT): string required=1
flocktory_remove_from_cart($item: array, $nonce: ?string (nullable) = NULL, $as: int = FLOCKTORY_ELEMENT): string required=1
flocktory_update_cart($items: array, $nonce: ?string (nullable) = NULL, $as: int = FLOCKTORY_ELEMENT): string required=1
flocktory_attach_to_profile($data: array, $nonce: ?string (nullable) = NULL, $as: int = FLOCKTORY_ELEMENT): string required=1
Flocktory\ValidationException extends InvalidArgumentException
  method getField(0): string public
  property $field: string private = ''
  constructor from Exception
