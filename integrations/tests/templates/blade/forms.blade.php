[js]@flocktoryAddToCart($cart_item, as: FLOCKTORY_JS)
[json]@flocktoryUpdateCart([$cart_item], as: FLOCKTORY_JSON)
