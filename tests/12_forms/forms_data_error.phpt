--TEST--
script snippets: forms: a data error is the same Flocktory\ValidationException in every form
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

$calls = [
    'flocktory_postcheckout' => fn(int $as) => flocktory_postcheckout(fixture_user(), fixture_order(['price' => -1]), as: $as),
    'flocktory_add_to_cart' => fn(int $as) => flocktory_add_to_cart(fixture_cart_item(['price' => '1 200,50']), as: $as),
    'flocktory_remove_from_cart' => fn(int $as) => flocktory_remove_from_cart(['id' => '124'], as: $as),
    'flocktory_update_cart' => fn(int $as) => flocktory_update_cart([fixture_cart_item(), fixture_cart_item(['count' => '-1'])], as: $as),
    'flocktory_attach_to_profile' => fn(int $as) => flocktory_attach_to_profile(['tags' => ['a', 'b']], as: $as),
];
foreach ($calls as $name => $call) {
    foreach (['FLOCKTORY_ELEMENT' => FLOCKTORY_ELEMENT, 'FLOCKTORY_JS' => FLOCKTORY_JS, 'FLOCKTORY_JSON' => FLOCKTORY_JSON] as $form => $as) {
        try {
            $got = $call($as);
            echo "$name $form: returned ", $got, "\n";
        } catch (Flocktory\ValidationException $e) {
            echo "$name $form: ", get_class($e), " ", $e->getField(), " | ", $e->getMessage(), "\n";
        }
    }
}
?>
--EXPECT--
flocktory_postcheckout FLOCKTORY_ELEMENT: Flocktory\ValidationException order.price | order.price: expected a number from 0 up to below 10^15 (an int, a float or a decimal string like "1999.90"), got int(-1)
flocktory_postcheckout FLOCKTORY_JS: Flocktory\ValidationException order.price | order.price: expected a number from 0 up to below 10^15 (an int, a float or a decimal string like "1999.90"), got int(-1)
flocktory_postcheckout FLOCKTORY_JSON: Flocktory\ValidationException order.price | order.price: expected a number from 0 up to below 10^15 (an int, a float or a decimal string like "1999.90"), got int(-1)
flocktory_add_to_cart FLOCKTORY_ELEMENT: Flocktory\ValidationException item.price | item.price: expected a number from 0 up to below 10^15 (an int, a float or a decimal string like "1999.90"), got string(8) "1 200,50"
flocktory_add_to_cart FLOCKTORY_JS: Flocktory\ValidationException item.price | item.price: expected a number from 0 up to below 10^15 (an int, a float or a decimal string like "1999.90"), got string(8) "1 200,50"
flocktory_add_to_cart FLOCKTORY_JSON: Flocktory\ValidationException item.price | item.price: expected a number from 0 up to below 10^15 (an int, a float or a decimal string like "1999.90"), got string(8) "1 200,50"
flocktory_remove_from_cart FLOCKTORY_ELEMENT: Flocktory\ValidationException item.count | item.count: expected a number above 0 and below 10^15 (an int, a float or a decimal string like "2"), got nothing
flocktory_remove_from_cart FLOCKTORY_JS: Flocktory\ValidationException item.count | item.count: expected a number above 0 and below 10^15 (an int, a float or a decimal string like "2"), got nothing
flocktory_remove_from_cart FLOCKTORY_JSON: Flocktory\ValidationException item.count | item.count: expected a number above 0 and below 10^15 (an int, a float or a decimal string like "2"), got nothing
flocktory_update_cart FLOCKTORY_ELEMENT: Flocktory\ValidationException items[1].count | items[1].count: expected a number above 0 and below 10^15 (an int, a float or a decimal string like "2"), got string(2) "-1"
flocktory_update_cart FLOCKTORY_JS: Flocktory\ValidationException items[1].count | items[1].count: expected a number above 0 and below 10^15 (an int, a float or a decimal string like "2"), got string(2) "-1"
flocktory_update_cart FLOCKTORY_JSON: Flocktory\ValidationException items[1].count | items[1].count: expected a number above 0 and below 10^15 (an int, a float or a decimal string like "2"), got string(2) "-1"
flocktory_attach_to_profile FLOCKTORY_ELEMENT: Flocktory\ValidationException data.tags | data.tags: expected a string, a bool, null, or an int or finite float below 10^15 in absolute value, got array(2)
flocktory_attach_to_profile FLOCKTORY_JS: Flocktory\ValidationException data.tags | data.tags: expected a string, a bool, null, or an int or finite float below 10^15 in absolute value, got array(2)
flocktory_attach_to_profile FLOCKTORY_JSON: Flocktory\ValidationException data.tags | data.tags: expected a string, a bool, null, or an int or finite float below 10^15 in absolute value, got array(2)
