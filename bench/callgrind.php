<?php
/*
 * ./dev bench runs this under callgrind once a mode: "none", then each
 * function ("ext" is the typical order) and its peer. The differences of
 * the totals from "none", divided by the 100 calls, are the instructions
 * one call costs (php's own json_encode() has no symbols to count it by
 * name in Debian's build, so no function is singled out).
 *
 * Peers: what a shop would write without validating anything. The script
 * order's peer is json_encode() of the already normalised payload with
 * the HTML-safe flags; the other script snippets' peer is that, inside the
 * same frame text (the snippet the function returns); the tags' peer is
 * htmlspecialchars() of each attribute value, concatenated into the tag.
 */

require __DIR__ . '/data.php';

const CG_FLAGS = JSON_HEX_TAG | JSON_HEX_AMP | JSON_HEX_APOS | JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES;

function cg_script(string $event, array $payload): string
{
    return "<script type=\"text/javascript\">\nwindow.flocktory = window.flocktory || [];\nwindow.flocktory.push([\""
        . $event . '",' . json_encode($payload, CG_FLAGS) . "]);\n</script>";
}

function cg_attrs(array $attrs): string
{
    $s = '<div class="i-flocktory"';
    foreach ($attrs as $name => $value) {
        $s .= ' ' . $name . '="' . htmlspecialchars($value, ENT_QUOTES | ENT_SUBSTITUTE, 'UTF-8') . '"';
    }
    return $s . '></div>';
}

$mode = $argv[1] ?? 'none';
$user = bench_user();
$order = bench_order(3);
$normalized = bench_normalized($user, $order);
$tagUser = ['name' => 'Ivan Ivanov', 'email' => 'ivan@gmail.com', 'sex' => 'm'];
$view = ['id' => 'SKU-100001', 'category_id' => '42', 'vendor' => 'Nike', 'available' => true];
$cart = ['id' => 'SKU-100001', 'price' => 1200, 'count' => 1, 'brand' => 'smth inc', 'category_id' => '42'];
$cartOut = ['id' => 'SKU-100001', 'price' => 1200, 'count' => 1, 'brand' => 'smth inc', 'categoryId' => '42'];
$profile = ['favorite_color' => 'green', 'shoe_size' => 43, 'newsletter' => true];
$calls = [
    'ext' => static fn () => flocktory_postcheckout($user, $order),
    'json' => static fn () => json_encode($normalized, CG_FLAGS),
    'user' => static fn () => flocktory_user($tagUser),
    'user_peer' => static fn () => cg_attrs(['data-fl-user-name' => $tagUser['name'],
        'data-fl-user-email' => $tagUser['email']]),
    'item_view' => static fn () => flocktory_item_view($view),
    'item_view_peer' => static fn () => cg_attrs(['data-fl-action' => 'track-item-view',
        'data-fl-item-id' => $view['id'], 'data-fl-item-category-id' => $view['category_id'],
        'data-fl-item-vendor' => $view['vendor'], 'data-fl-item-available' => 'true']),
    'add_to_cart' => static fn () => flocktory_add_to_cart($cart),
    'add_to_cart_peer' => static fn () => cg_script('addToCart', ['item' => $cartOut]),
    'attach_to_profile' => static fn () => flocktory_attach_to_profile($profile),
    'attach_to_profile_peer' => static fn () => cg_script('attachToProfile', ['data' => $profile]),
];
$f = $calls[$mode] ?? null;
for ($i = 0; $i < 100; $i++) {
    if ($f) {
        $f();
    }
}
