--TEST--
tags: arguments: named arguments, and an unknown name is an Error
--EXTENSIONS--
flocktory
--FILE--
<?php
echo flocktory_user(user: ['id' => 'u1']), "\n";
echo flocktory_item_view(item: ['id' => 1]), "\n";
echo flocktory_category_view(category_id: 5), "\n";
echo flocktory_exchange(spot: 'cart'), "\n";
echo flocktory_exchange(spot: null, user: ['email' => 'a@b.ru']), "\n";
try {
    flocktory_exchange(place: 'cart');
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
?>
--EXPECT--
<div class="i-flocktory" data-fl-user-email="u1@unknown.email"></div>
<div class="i-flocktory" data-fl-action="track-item-view" data-fl-item-id="1"></div>
<div class="i-flocktory" data-fl-action="track-category-view" data-fl-category-id="5"></div>
<div class="i-flocktory" data-fl-action="exchange" data-fl-spot="cart" data-fl-user-email="xname@flocktory.com"></div>
<div class="i-flocktory" data-fl-action="exchange" data-fl-user-email="a@b.ru"></div>
Error: Unknown named parameter $place
