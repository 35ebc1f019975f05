<?php
/*
 * flocktory, PHP edition: the ten global functions, with the extension's
 * signatures (flocktory.stub.php), each the body of one Snippets method.
 * Loaded by ../bootstrap.php only when the extension's are missing.
 */
declare(strict_types=1);

use Flocktory\Polyfill\Snippets;

function flocktory_postcheckout(array $user, array $order, ?string $spot = null, ?string $nonce = null, int $as = FLOCKTORY_ELEMENT): string
{
    return Snippets::postcheckout($user, $order, $spot, $nonce, $as);
}

function flocktory_user(array $user): string
{
    return Snippets::user($user);
}

function flocktory_item_view(array $item): string
{
    return Snippets::itemView($item);
}

function flocktory_category_view(string|int|null $category_id): string
{
    return Snippets::categoryView($category_id);
}

function flocktory_exchange(array $user = [], ?string $spot = null): string
{
    return Snippets::exchange($user, $spot);
}

function flocktory_loader(int|string $site_id, ?string $nonce = null): string
{
    return Snippets::loader($site_id, $nonce);
}

function flocktory_add_to_cart(array $item, ?string $nonce = null, int $as = FLOCKTORY_ELEMENT): string
{
    return Snippets::addToCart($item, $nonce, $as);
}

function flocktory_remove_from_cart(array $item, ?string $nonce = null, int $as = FLOCKTORY_ELEMENT): string
{
    return Snippets::removeFromCart($item, $nonce, $as);
}

function flocktory_update_cart(array $items, ?string $nonce = null, int $as = FLOCKTORY_ELEMENT): string
{
    return Snippets::updateCart($items, $nonce, $as);
}

function flocktory_attach_to_profile(array $data, ?string $nonce = null, int $as = FLOCKTORY_ELEMENT): string
{
    return Snippets::attachToProfile($data, $nonce, $as);
}
