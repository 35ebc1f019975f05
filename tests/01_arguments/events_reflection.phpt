--TEST--
loader, cart and profile functions: arguments: ReflectionFunction shows each declared signature
--EXTENSIONS--
flocktory
--FILE--
<?php
foreach (['flocktory_loader', 'flocktory_add_to_cart', 'flocktory_remove_from_cart', 'flocktory_update_cart', 'flocktory_attach_to_profile'] as $name) {
    $f = new ReflectionFunction($name);
    echo $f->getName(), " internal=", var_export($f->isInternal(), true), " extension=", $f->getExtensionName(), "\n";
    echo "parameters=", $f->getNumberOfParameters(), " required=", $f->getNumberOfRequiredParameters(), "\n";
    foreach ($f->getParameters() as $p) {
        echo "#", $p->getPosition(), " $", $p->getName(), " type=", $p->getType(),
            " nullable=", var_export($p->getType()->allowsNull(), true),
            " optional=", var_export($p->isOptional(), true),
            " by-ref=", var_export($p->isPassedByReference(), true);
        if ($p->isDefaultValueAvailable()) {
            echo " default=", var_export($p->getDefaultValue(), true);
        }
        echo "\n";
    }
    echo "returns ", $f->getReturnType(), " nullable=", var_export($f->getReturnType()->allowsNull(), true), "\n";
}
?>
--EXPECT--
flocktory_loader internal=true extension=flocktory
parameters=2 required=1
#0 $site_id type=string|int nullable=false optional=false by-ref=false
#1 $nonce type=?string nullable=true optional=true by-ref=false default=NULL
returns string nullable=false
flocktory_add_to_cart internal=true extension=flocktory
parameters=3 required=1
#0 $item type=array nullable=false optional=false by-ref=false
#1 $nonce type=?string nullable=true optional=true by-ref=false default=NULL
#2 $as type=int nullable=false optional=true by-ref=false default=0
returns string nullable=false
flocktory_remove_from_cart internal=true extension=flocktory
parameters=3 required=1
#0 $item type=array nullable=false optional=false by-ref=false
#1 $nonce type=?string nullable=true optional=true by-ref=false default=NULL
#2 $as type=int nullable=false optional=true by-ref=false default=0
returns string nullable=false
flocktory_update_cart internal=true extension=flocktory
parameters=3 required=1
#0 $items type=array nullable=false optional=false by-ref=false
#1 $nonce type=?string nullable=true optional=true by-ref=false default=NULL
#2 $as type=int nullable=false optional=true by-ref=false default=0
returns string nullable=false
flocktory_attach_to_profile internal=true extension=flocktory
parameters=3 required=1
#0 $data type=array nullable=false optional=false by-ref=false
#1 $nonce type=?string nullable=true optional=true by-ref=false default=NULL
#2 $as type=int nullable=false optional=true by-ref=false default=0
returns string nullable=false
