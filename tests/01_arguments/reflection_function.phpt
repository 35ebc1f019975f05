--TEST--
flocktory_postcheckout(): arguments: ReflectionFunction shows the declared signature
--EXTENSIONS--
flocktory
--FILE--
<?php
$f = new ReflectionFunction('flocktory_postcheckout');
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
?>
--EXPECT--
flocktory_postcheckout internal=true extension=flocktory
parameters=5 required=2
#0 $user type=array nullable=false optional=false by-ref=false
#1 $order type=array nullable=false optional=false by-ref=false
#2 $spot type=?string nullable=true optional=true by-ref=false default=NULL
#3 $nonce type=?string nullable=true optional=true by-ref=false default=NULL
#4 $as type=int nullable=false optional=true by-ref=false default=0
returns string nullable=false
