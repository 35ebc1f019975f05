<?php
/*
 * What ./dev demo prints: the snippet for the Flocktory documentation's
 * sample order, then what a typo in the data looks like, then the loader,
 * cart and profile snippets for the documentation's examples, and one cart
 * event in each of the three forms.
 */

$user = ['name' => 'Ivan Ivanov', 'email' => 'ivan@gmail.com', 'sex' => 'm'];
$order = [
    'id' => '77',
    'price' => 2000,
    'custom_field' => 'my_custom_id',
    'items' => [
        ['id' => '777', 'title' => 'Nike Shoes', 'price' => 1000, 'image' => 'http://path.to.image', 'count' => 1],
    ],
];

echo flocktory_postcheckout($user, $order), "\n\n";

// The same order with a hand-formatted price, as shops often pass it.
$order['items'][0]['price'] = '1 000 руб.';
try {
    echo flocktory_postcheckout($user, $order), "\n";
} catch (Flocktory\ValidationException $e) {
    echo "Rejected: ", $e->getMessage(), "\n";
}

// The <div class="i-flocktory"> tags: one of each.
echo "\n", flocktory_user($user), "\n";
echo flocktory_item_view(['id' => '123', 'category_id' => 1, 'vendor' => 'Nike', 'available' => true]), "\n";
echo flocktory_category_view(123), "\n";
echo flocktory_exchange($user, 'thank_you'), "\n";
echo "\n", flocktory_loader(1234), "\n\n";
echo flocktory_add_to_cart(['id' => '123', 'price' => 1200, 'count' => 1, 'brand' => 'smth inc', 'category_id' => '123123']), "\n\n";
echo flocktory_remove_from_cart(['id' => '124', 'count' => 2]), "\n\n";
echo flocktory_update_cart([['id' => '1001', 'price' => 100, 'count' => 1]]), "\n\n";
echo flocktory_attach_to_profile(['loyalty_level' => 'gold', 'orders' => 12]), "\n";

// One event in each form: the element, its body (for a <script> someone else
// writes) and the push's argument (for an AJAX endpoint).
$removed = ['id' => '124', 'count' => 2];
echo "\n", flocktory_remove_from_cart($removed, as: FLOCKTORY_ELEMENT), "\n\n";
echo flocktory_remove_from_cart($removed, as: FLOCKTORY_JS), "\n\n";
echo flocktory_remove_from_cart($removed, as: FLOCKTORY_JSON), "\n";
