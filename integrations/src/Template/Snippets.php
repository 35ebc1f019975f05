<?php
/*
 * Copyright (c) the flocktory authors. BSD 3-Clause, see LICENSE.
 *
 * The ten snippet functions as template engines call them, written once for
 * both adapters: the page's CSP nonce filled in, and a bad order rendered as
 * nothing (and reported) instead of a page cut short.
 *
 * No strict_types here, on purpose: a template calls a function in PHP's
 * coercive mode (Twig and Blade compile to files without the declare), so the
 * call below keeps the coercion and the TypeError the same function called
 * straight from the template would have. The parameters are left untyped for
 * the same reason: the function itself names a wrong type, with its own
 * message.
 */

namespace Flocktory\Template;

use Flocktory\ValidationException;

final class Snippets
{
    /** The position of `nonce` in each script snippet's parameters; the tags have none. */
    private const NONCE_AT = [
        'flocktory_loader' => 1,
        'flocktory_postcheckout' => 3,
        'flocktory_add_to_cart' => 1,
        'flocktory_remove_from_cart' => 1,
        'flocktory_update_cart' => 1,
        'flocktory_attach_to_profile' => 1,
    ];

    private ?\Closure $nonce;
    private \Closure $report;
    private \Closure $strict;

    /**
     * @param callable|null $nonce  () => ?string, the page's nonce; asked for once per script
     *                              element the template gives no nonce for ("" means none)
     * @param callable      $report (ValidationException $e, string $function): void
     * @param callable      $strict (): bool, asked on each error: true rethrows it
     */
    public function __construct(?callable $nonce, callable $report, callable $strict)
    {
        $this->nonce = $nonce === null ? null : \Closure::fromCallable($nonce);
        $this->report = \Closure::fromCallable($report);
        $this->strict = \Closure::fromCallable($strict);
    }

    /** The ten functions, with their names and parameters. */
    public function loader($site_id, $nonce = null): string
    {
        return $this->render('flocktory_loader', [$site_id, $nonce]);
    }

    public function postcheckout($user, $order, $spot = null, $nonce = null, $as = FLOCKTORY_ELEMENT): string
    {
        return $this->render('flocktory_postcheckout', [$user, $order, $spot, $nonce, $as]);
    }

    public function user($user): string
    {
        return $this->render('flocktory_user', [$user]);
    }

    public function itemView($item): string
    {
        return $this->render('flocktory_item_view', [$item]);
    }

    public function categoryView($category_id): string
    {
        return $this->render('flocktory_category_view', [$category_id]);
    }

    public function exchange($user = [], $spot = null): string
    {
        return $this->render('flocktory_exchange', [$user, $spot]);
    }

    public function addToCart($item, $nonce = null, $as = FLOCKTORY_ELEMENT): string
    {
        return $this->render('flocktory_add_to_cart', [$item, $nonce, $as]);
    }

    public function removeFromCart($item, $nonce = null, $as = FLOCKTORY_ELEMENT): string
    {
        return $this->render('flocktory_remove_from_cart', [$item, $nonce, $as]);
    }

    public function updateCart($items, $nonce = null, $as = FLOCKTORY_ELEMENT): string
    {
        return $this->render('flocktory_update_cart', [$items, $nonce, $as]);
    }

    public function attachToProfile($data, $nonce = null, $as = FLOCKTORY_ELEMENT): string
    {
        return $this->render('flocktory_attach_to_profile', [$data, $nonce, $as]);
    }

    /** Calls one function with the nonce rule and the error policy. */
    private function render(string $function, array $args): string
    {
        $at = self::NONCE_AT[$function] ?? null;
        if ($at !== null) {
            $element = ($args[$at + 1] ?? FLOCKTORY_ELEMENT) === FLOCKTORY_ELEMENT;
            // A nonce belongs to an element: the JS and JSON forms are printed
            // inside the page's own <script>, which carries its own.
            if ($element && $args[$at] === null && $this->nonce !== null) {
                $args[$at] = ($this->nonce)();
                if ($args[$at] === '') {
                    $args[$at] = null;
                }
            }
        }
        try {
            return $function(...$args);
        } catch (ValidationException $e) {
            if (($this->strict)()) {
                throw $e;
            }
            ($this->report)($e, $function);
            return '';
        }
    }
}
