<?php
/*
 * Copyright (c) the flocktory authors. BSD 3-Clause, see LICENSE.
 *
 * The ten snippet functions in Twig, under their PHP names and parameters
 * (named arguments work), marked HTML-safe so the snippet is printed as it is.
 * Runs on Twig 3.5 and later.
 */

declare(strict_types=1);

namespace Flocktory\Twig;

use Flocktory\Template\Snippets;
use Flocktory\ValidationException;
use Psr\Log\LoggerInterface;
use Twig\Extension\AbstractExtension;
use Twig\TwigFunction;

final class FlocktoryExtension extends AbstractExtension
{
    /** Twig name => the shared method that calls it. */
    private const FUNCTIONS = [
        'flocktory_loader' => 'loader',
        'flocktory_postcheckout' => 'postcheckout',
        'flocktory_user' => 'user',
        'flocktory_item_view' => 'itemView',
        'flocktory_category_view' => 'categoryView',
        'flocktory_exchange' => 'exchange',
        'flocktory_add_to_cart' => 'addToCart',
        'flocktory_remove_from_cart' => 'removeFromCart',
        'flocktory_update_cart' => 'updateCart',
        'flocktory_attach_to_profile' => 'attachToProfile',
    ];

    private Snippets $snippets;

    /**
     * @param callable|null        $nonce  () => ?string, the page's CSP nonce, e.g. Nelmio's
     *                                     `fn () => $nonceGenerator->getNonce('script')`
     * @param LoggerInterface|null $logger gets one warning for each snippet left out
     * @param bool                 $strict rethrow a ValidationException (for dev and test)
     */
    public function __construct(?callable $nonce = null, ?LoggerInterface $logger = null, bool $strict = false)
    {
        $this->snippets = new Snippets(
            $nonce,
            static function (ValidationException $e, string $function) use ($logger): void {
                $logger?->warning('flocktory: {function}() left out: {message}', [
                    'function' => $function,
                    'field' => $e->getField(),
                    'message' => $e->getMessage(),
                    'exception' => $e,
                ]);
            },
            static fn (): bool => $strict,
        );
    }

    public function getFunctions(): array
    {
        $functions = [];
        foreach (self::FUNCTIONS as $name => $method) {
            $functions[] = new TwigFunction($name, [$this->snippets, $method], ['is_safe' => ['html']]);
        }
        return $functions;
    }
}
