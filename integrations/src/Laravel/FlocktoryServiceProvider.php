<?php
/*
 * Copyright (c) the flocktory authors. BSD 3-Clause, see LICENSE.
 *
 * The ten snippet functions as Blade directives (@flocktoryPostcheckout(...)
 * and so on, with the functions' arguments), each printing the snippet as it
 * is, once. The nonce comes from Vite::cspNonce() (Laravel 10+); a bad order
 * goes to report() and renders nothing, or is rethrown when app.debug is on.
 * Runs on Illuminate 8.83 and Laravel 10.
 */

declare(strict_types=1);

namespace Flocktory\Laravel;

use Flocktory\Template\Snippets;
use Illuminate\Support\Facades\Vite;
use Illuminate\Support\ServiceProvider;
use Illuminate\View\Compilers\BladeCompiler;

final class FlocktoryServiceProvider extends ServiceProvider
{
    /** Directive => the shared method that calls its function. */
    private const DIRECTIVES = [
        'flocktoryLoader' => 'loader',
        'flocktoryPostcheckout' => 'postcheckout',
        'flocktoryUser' => 'user',
        'flocktoryItemView' => 'itemView',
        'flocktoryCategoryView' => 'categoryView',
        'flocktoryExchange' => 'exchange',
        'flocktoryAddToCart' => 'addToCart',
        'flocktoryRemoveFromCart' => 'removeFromCart',
        'flocktoryUpdateCart' => 'updateCart',
        'flocktoryAttachToProfile' => 'attachToProfile',
    ];

    private const CONFIG = __DIR__ . '/../../config/flocktory.php';

    public function register(): void
    {
        $this->mergeConfigFrom(self::CONFIG, 'flocktory');
        $this->app->singleton('flocktory.snippets', static fn ($app): Snippets => new Snippets(
            static function (): ?string {
                // The facade exists from Laravel 9, cspNonce() from 9.3x.
                if (!class_exists(Vite::class)) {
                    return null;
                }
                $vite = Vite::getFacadeRoot();
                return method_exists($vite, 'cspNonce') ? $vite->cspNonce() : null;
            },
            static function (\Throwable $e): void {
                report($e);
            },
            static fn (): bool => (bool) $app['config']->get('app.debug'),
        ));
    }

    public function boot(): void
    {
        $this->publishes([self::CONFIG => $this->app->configPath('flocktory.php')], 'flocktory-config');
        $this->callAfterResolving('blade.compiler', static function (BladeCompiler $blade): void {
            foreach (self::DIRECTIVES as $directive => $method) {
                $blade->directive($directive, static fn ($expression): string => self::compile($method, (string) $expression));
            }
        });
    }

    /**
     * The PHP a directive compiles to: one echo of the snippet, which Blade
     * never escapes and never compiles again, customer data included.
     */
    private static function compile(string $method, string $arguments): string
    {
        if ($method === 'loader' && trim($arguments) === '') {
            $arguments = "(string) config('flocktory.site_id')";
        }
        return "<?php echo app('flocktory.snippets')->$method($arguments); ?>";
    }
}
