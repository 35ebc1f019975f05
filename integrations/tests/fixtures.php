<?php
/*
 * The data every engine test renders: a customer and an order with text that
 * an escaper must not touch twice ("<b>", "&", quotes, "{{ 7*7 }}"), and the
 * same order with one bad price.
 */

declare(strict_types=1);

const NONCE = 'cGFnZS1ub25jZS0yMDI0';

function fixture_user(): array
{
    return ['name' => 'Иван "Ваня" <b>&</b>', 'email' => 'ivan@example.com'];
}

function fixture_order(): array
{
    return ['id' => 'SO-1', 'price' => '1999,90', 'items' => [
        ['id' => 'A-1', 'title' => "{{ 7*7 }} </script><script>window.injected=1</script> & 'x'", 'price' => '1999,90', 'count' => 1],
    ]];
}

function fixture_bad_order(): array
{
    $order = fixture_order();
    $order['items'][0]['price'] = '1 999 руб.';
    return $order;
}

function fixture_item(): array
{
    return ['id' => '123', 'category_id' => '7', 'vendor' => 'Nike & <Co> "1"', 'available' => true];
}

function fixture_cart_item(): array
{
    return ['id' => '123', 'price' => 1200, 'count' => 1, 'brand' => 'smth <inc>'];
}

function fixture_profile(): array
{
    return ['loyalty_level' => 'gold', 'orders' => 12];
}

/** Everything a template gets. */
function fixture_context(): array
{
    return [
        'title' => 'Спасибо & {{ 7*7 }}',
        'user' => fixture_user(),
        'order' => fixture_order(),
        'bad_order' => fixture_bad_order(),
        'item' => fixture_item(),
        'cart_item' => fixture_cart_item(),
        'profile' => fixture_profile(),
    ];
}
