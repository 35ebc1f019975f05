<?php
/*
 * The cases of the forms pages (www/forms.php, issue 20): each of the five
 * script snippets with data that has something to escape, the same data
 * with one byte changed (for the hash-CSP page), and the push each must
 * make, from the userland twin (bench/userland.php), an implementation
 * independent of the extension.
 */
declare(strict_types=1);

namespace Flocktory\Web\Forms;

require_once dirname(__DIR__, 3) . '/bench/userland.php';

const HOSTILE = "</script><script>window.__injected=1</script><!-- \u{2028}\u{2029} 'q' \"dq\" & \\ é 🙂";

/** [function, twin, arguments, the arguments with one byte changed] for each case. */
function cases(): array
{
    $user = ['name' => 'Ivan ' . HOSTILE, 'email' => 'ivan@gmail.com', 'sex' => 'm'];
    $order = ['id' => '77', 'price' => 2000, 'items' => [['id' => '777', 'title' => HOSTILE, 'price' => 1000, 'count' => 1]]];
    $item = ['id' => '123', 'price' => 1200, 'count' => 1, 'brand' => HOSTILE, 'category_id' => '123123'];
    return [
        ['flocktory_postcheckout', 'FlocktoryUserland\postcheckout', [$user, $order, 'spot ' . HOSTILE],
            [$user, ['price' => 2001] + $order, 'spot ' . HOSTILE]],
        ['flocktory_add_to_cart', 'FlocktoryUserland\addToCart', [$item], [['id' => '124'] + $item]],
        ['flocktory_remove_from_cart', 'FlocktoryUserland\removeFromCart', [['id' => HOSTILE, 'count' => 2]],
            [['id' => HOSTILE, 'count' => 3]]],
        ['flocktory_update_cart', 'FlocktoryUserland\updateCart', [[$item, ['count' => 2] + $item]],
            [[$item, ['count' => 3] + $item]]],
        ['flocktory_attach_to_profile', 'FlocktoryUserland\attachToProfile', [['level' => HOSTILE, 'orders' => 12]],
            [['level' => HOSTILE, 'orders' => 13]]],
    ];
}

/** One case's snippet from the extension in a form; $tampered: the changed arguments. */
function snippet(int $k, int $as, ?string $nonce = null, bool $tampered = false): string
{
    [$fn, , $args, $changed] = cases()[$k];
    $args = $tampered ? $changed : $args;
    if ($fn === 'flocktory_postcheckout') {
        return $fn($args[0], $args[1], $args[2], $nonce, $as);
    }
    return $fn($args[0], $nonce, $as);
}

/** What the case must push, decoded, from the twin. */
function expected(int $k, bool $tampered = false): array
{
    [, $twin, $args, $changed] = cases()[$k];
    $args = $tampered ? $changed : $args;
    // No nonce, then $as.
    $args[] = null;
    $args[] = \FlocktoryUserland\FORM_JSON;
    return json_decode($twin(...$args), true, 512, JSON_THROW_ON_ERROR);
}

/** 'sha256-…' of a text, as a CSP source expression. */
function csp_hash(string $text): string
{
    return 'sha256-' . base64_encode(hash('sha256', $text, true));
}

/** The text of a <script> element, which is what CSP hashes: all between > and </script>. */
function script_text(string $element): string
{
    $open = strpos($element, '>') + 1;
    return substr($element, $open, strrpos($element, '</script>') - $open);
}

/** Our own data for a page's script: every < > & ' " as \u00XX. */
function json(mixed $value): string
{
    return json_encode($value, JSON_HEX_TAG | JSON_HEX_AMP | JSON_HEX_APOS | JSON_HEX_QUOT | JSON_UNESCAPED_UNICODE
        | JSON_UNESCAPED_SLASHES | JSON_THROW_ON_ERROR);
}
