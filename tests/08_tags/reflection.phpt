--TEST--
tags: arguments: ReflectionFunction shows the four declared signatures
--EXTENSIONS--
flocktory
--FILE--
<?php
foreach (['flocktory_user', 'flocktory_item_view', 'flocktory_category_view', 'flocktory_exchange'] as $name) {
    $f = new ReflectionFunction($name);
    echo $f->getName(), " extension=", $f->getExtensionName(), " required=", $f->getNumberOfRequiredParameters(), "\n";
    foreach ($f->getParameters() as $p) {
        echo "  #", $p->getPosition(), " $", $p->getName(), " type=", $p->getType(),
            " optional=", var_export($p->isOptional(), true);
        if ($p->isDefaultValueAvailable()) {
            echo " default=", var_export($p->getDefaultValue(), true);
        }
        echo "\n";
    }
    echo "  returns ", $f->getReturnType(), "\n";
}
?>
--EXPECT--
flocktory_user extension=flocktory required=1
  #0 $user type=array optional=false
  returns string
flocktory_item_view extension=flocktory required=1
  #0 $item type=array optional=false
  returns string
flocktory_category_view extension=flocktory required=1
  #0 $category_id type=string|int|null optional=false
  returns string
flocktory_exchange extension=flocktory required=0
  #0 $user type=array optional=true default=array (
)
  #1 $spot type=?string optional=true default=NULL
  returns string
