--TEST--
script snippets: forms: reflection shows int $as = FLOCKTORY_ELEMENT last; the loader and the tags have no $as
--EXTENSIONS--
flocktory
--FILE--
<?php
foreach (['flocktory_postcheckout', 'flocktory_add_to_cart', 'flocktory_remove_from_cart', 'flocktory_update_cart', 'flocktory_attach_to_profile'] as $name) {
    $f = new ReflectionFunction($name);
    $params = $f->getParameters();
    $as = end($params);
    echo $name, ": #", $as->getPosition(), " $", $as->getName(), " type=", $as->getType(),
        " optional=", var_export($as->isOptional(), true),
        " default=", var_export($as->getDefaultValue(), true),
        " constant=", $as->getDefaultValueConstantName(),
        " after=$", $params[$as->getPosition() - 1]->getName(), "\n";
}
foreach (['flocktory_loader', 'flocktory_user', 'flocktory_item_view', 'flocktory_category_view', 'flocktory_exchange'] as $name) {
    echo $name, ": ", implode(', ', array_map(fn($p) => '$' . $p->getName(), (new ReflectionFunction($name))->getParameters())), "\n";
}
?>
--EXPECT--
flocktory_postcheckout: #4 $as type=int optional=true default=0 constant=FLOCKTORY_ELEMENT after=$nonce
flocktory_add_to_cart: #2 $as type=int optional=true default=0 constant=FLOCKTORY_ELEMENT after=$nonce
flocktory_remove_from_cart: #2 $as type=int optional=true default=0 constant=FLOCKTORY_ELEMENT after=$nonce
flocktory_update_cart: #2 $as type=int optional=true default=0 constant=FLOCKTORY_ELEMENT after=$nonce
flocktory_attach_to_profile: #2 $as type=int optional=true default=0 constant=FLOCKTORY_ELEMENT after=$nonce
flocktory_loader: $site_id, $nonce
flocktory_user: $user
flocktory_item_view: $item
flocktory_category_view: $category_id
flocktory_exchange: $user, $spot
