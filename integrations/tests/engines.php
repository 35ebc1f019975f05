<?php
/*
 * Renders real templates with a real engine through the adapters and checks
 * the bytes. Run by run.sh, once per engine and edition, with the engine's
 * Debian tree as include_path:
 *
 *   php engines.php twig|blade ext|php SCRATCH [PAGES]
 *
 * ext: the extension must be loaded; php: it must not be, and the PHP
 * edition (polyfill/bootstrap.php) is required instead. PAGES, when given,
 * gets page.html rendered for the Chromium check. Prints
 *   frameworks: twig 3.5.1 (ext): N passed, F failed
 * and exits non-zero on any failure.
 */

declare(strict_types=1);

require __DIR__ . '/fixtures.php';

[, $engine, $edition, $scratch] = $argv + [null, null, null, null];
$pages = $argv[4] ?? null;
$root = dirname(__DIR__, 2);

if ($edition === 'ext') {
    extension_loaded('flocktory') || exit("engines: the extension is not loaded\n");
} elseif ($edition === 'php') {
    extension_loaded('flocktory') && exit("engines: the extension is loaded; the PHP edition cannot be tested\n");
    require $root . '/polyfill/bootstrap.php';
} else {
    exit("usage: php engines.php twig|blade ext|php SCRATCH [PAGES]\n");
}

// The integrations package, as Composer's PSR-4 rule would load it.
spl_autoload_register(static function (string $class): void {
    $file = __DIR__ . '/../src/' . str_replace('\\', '/', substr($class, strlen('Flocktory\\'))) . '.php';
    if (str_starts_with($class, 'Flocktory\\') && is_file($file)) {
        require $file;
    }
});
require 'Psr/Log/autoload.php';

/** Records every log call; compatible with psr/log 1, 2 and 3. */
final class RecordingLogger extends Psr\Log\AbstractLogger
{
    public array $records = [];

    public function log($level, $message, array $context = []): void
    {
        $this->records[] = [$level, (string) $message, $context];
    }
}

$passed = $failed = 0;

/** One check: $fn returns null when it holds, else what was wrong. */
function check(string $name, callable $fn): void
{
    global $passed, $failed;
    try {
        $problem = $fn();
    } catch (Throwable $e) {
        $problem = 'threw ' . get_class($e) . ': ' . $e->getMessage();
    }
    if ($problem === null) {
        $passed++;
        return;
    }
    $failed++;
    echo "FAIL $name\n  $problem\n";
}

function same(string $want, string $got): ?string
{
    return $want === $got ? null : "want:\n" . $want . "\n  got:\n" . $got;
}

/** The first exception of class $class in $e's chain, if any. */
function in_chain(?Throwable $e, string $class): ?Throwable
{
    for (; $e !== null; $e = $e->getPrevious()) {
        if ($e instanceof $class) {
            return $e;
        }
    }
    return null;
}

/** The ValidationException the function itself throws for the bad order. */
function bad_order_error(): Flocktory\ValidationException
{
    try {
        flocktory_postcheckout(fixture_user(), fixture_bad_order());
    } catch (Flocktory\ValidationException $e) {
        return $e;
    }
    throw new LogicException('the bad order is valid');
}

/** Each function called straight, as functions.* calls it through the adapter. */
function direct_functions(?string $nonce, string $eol = "\n"): string
{
    $t = 'dGVtcGxhdGU=';
    $calls = [
        'loader' => flocktory_loader(1234, $t),
        'postcheckout' => flocktory_postcheckout(fixture_user(), fixture_order(), 'thank_you', $nonce),
        'user' => flocktory_user(fixture_user()),
        'item_view' => flocktory_item_view(fixture_item()),
        'category_view' => flocktory_category_view(7),
        'exchange' => flocktory_exchange([], 'thank_you'),
        'add_to_cart' => flocktory_add_to_cart(fixture_cart_item(), $nonce),
        'remove_from_cart' => flocktory_remove_from_cart(['id' => '124', 'count' => 2], $nonce),
        'update_cart' => flocktory_update_cart([], $nonce),
        'attach_to_profile' => flocktory_attach_to_profile(fixture_profile(), $t),
    ];
    $out = '';
    foreach ($calls as $name => $snippet) {
        $out .= "[$name]$snippet$eol";
    }
    return $out;
}

$context = fixture_context();
$checker = file_get_contents(__DIR__ . '/templates/checker.html');
$bad = bad_order_error();
$logged = static fn (RecordingLogger $l): string => json_encode(array_map(
    static fn ($r) => [$r[0], $r[1], array_diff_key($r[2], ['exception' => 1])], $l->records), JSON_UNESCAPED_UNICODE);

if ($engine === 'twig') {
    require 'Twig/autoload.php';
    $label = 'twig ' . Twig\Environment::VERSION;
    $twig = static function (?callable $nonce = null, ?RecordingLogger $logger = null, bool $strict = false): Twig\Environment {
        $env = new Twig\Environment(new Twig\Loader\FilesystemLoader(__DIR__ . '/templates/twig'),
            ['cache' => false, 'strict_variables' => true, 'autoescape' => 'html']);
        $env->addExtension(new Flocktory\Twig\FlocktoryExtension($nonce, $logger, $strict));
        return $env;
    };
    $render = static fn (Twig\Environment $env, string $name): string => $env->render("$name.html.twig", $context);

    check('the thank-you page, byte for byte', static function () use ($twig, $render) {
        return same(
            "<title>Спасибо &amp; {{ 7*7 }}</title>\n"
            . "<script type=\"text/javascript\" src=\"https://api.flocktory.com/v2/loader.js?site_id=1234\" async=\"async\"></script>\n"
            . "<h1>Спасибо &amp; {{ 7*7 }}</h1>\n"
            . "<script type=\"text/javascript\">\nwindow.flocktory = window.flocktory || [];\n"
            . "window.flocktory.push([\"postcheckout\",{\"user\":{\"name\":\"Иван \\\"Ваня\\\" \\u003Cb\\u003E\\u0026\\u003C/b\\u003E\",\"email\":\"ivan@example.com\"},"
            . "\"order\":{\"id\":\"SO-1\",\"price\":1999.9,\"items\":[{\"id\":\"A-1\",\"title\":\"{{ 7*7 }} \\u003C/script\\u003E\\u003Cscript\\u003Ewindow.injected=1\\u003C/script\\u003E \\u0026 \\u0027x\\u0027\",\"price\":1999.9,\"count\":1}]}}]);\n</script>\n"
            . "<div class=\"i-flocktory\" data-fl-user-name=\"Иван &quot;Ваня&quot; &lt;b&gt;&amp;&lt;/b&gt;\" data-fl-user-email=\"ivan@example.com\"></div>\n"
            . "<p>end</p>\n",
            $render($twig(), 'thank_you'));
    });
    check('all ten functions, named arguments too, print what the function returns (no escaping, no double escaping)',
        static fn () => same(direct_functions(null), $render($twig(), 'functions')));
    check('the nonce callable fills every script element the template gives no nonce, and only those', static function () use ($twig, $render) {
        $calls = 0;
        $got = $render($twig(static function () use (&$calls) { $calls++; return NONCE; }), 'functions');
        return same(direct_functions(NONCE), $got) ?? ($calls === 4 ? null : "the nonce callable was called $calls times, want 4");
    });
    check('a nonce callable that returns "" means no nonce', static fn () => same(direct_functions(null),
        $render($twig(static fn () => ''), 'functions')));
    check('the JS and JSON forms get no nonce, and the callable is not asked', static function () use ($twig, $render) {
        $calls = 0;
        $got = $render($twig(static function () use (&$calls) { $calls++; return NONCE; }), 'forms');
        $want = '[js]' . flocktory_add_to_cart(fixture_cart_item(), as: FLOCKTORY_JS) . "\n"
            . '[json]' . flocktory_update_cart([fixture_cart_item()], as: FLOCKTORY_JSON) . "\n";
        return same($want, $got) ?? ($calls === 0 ? null : "the nonce callable was called $calls times");
    });
    check('a bad order: the rest of the page renders, and one warning names the field, the message and the function',
        static function () use ($twig, $render, $bad, $logged) {
            $logger = new RecordingLogger();
            $got = $render($twig(null, $logger), 'bad_order');
            $want = "<h1>before</h1>\n\n" . flocktory_user(fixture_user()) . "\n<p>after</p>\n";
            $record = [['warning', 'flocktory: {function}() left out: {message}',
                ['function' => 'flocktory_postcheckout', 'field' => $bad->getField(), 'message' => $bad->getMessage()]]];
            return same($want, $got) ?? same(json_encode($record, JSON_UNESCAPED_UNICODE), $logged($logger))
                ?? (($logger->records[0][2]['exception'] ?? null) instanceof Flocktory\ValidationException ? null : 'no exception in the context');
        });
    check('a bad order without a logger still renders the rest of the page', static fn () => same(
        "<h1>before</h1>\n\n" . flocktory_user(fixture_user()) . "\n<p>after</p>\n", $render($twig(), 'bad_order')));
    check('strict mode rethrows the ValidationException and logs nothing', static function () use ($twig, $render, $bad) {
        $logger = new RecordingLogger();
        try {
            $render($twig(null, $logger, true), 'bad_order');
            return 'rendered';
        } catch (Throwable $e) {
            $v = in_chain($e, Flocktory\ValidationException::class);
            return $v === null ? 'threw ' . get_class($e) . ': ' . $e->getMessage()
                : same($bad->getMessage(), $v->getMessage()) ?? ($logger->records ? 'logged' : null);
        }
    });
    check('a TypeError (a bug in the template) is rethrown, strict or not, and nothing is logged', static function () use ($twig, $render) {
        $logger = new RecordingLogger();
        try {
            $render($twig(null, $logger), 'type_error');
            return 'rendered';
        } catch (Throwable $e) {
            $t = in_chain($e, TypeError::class);
            return $t === null ? 'threw ' . get_class($e) . ': ' . $e->getMessage()
                : (str_contains($t->getMessage(), 'flocktory_postcheckout(): Argument #1 ($user) must be of type array')
                    ? ($logger->records ? 'logged' : null) : 'TypeError: ' . $t->getMessage());
        }
    });
    if ($pages !== null) {
        file_put_contents("$pages/twig.html", $twig(static fn () => NONCE, new RecordingLogger())
            ->render('page.html.twig', $context + ['checker' => $checker]));
    }
} elseif ($engine === 'blade') {
    require 'Illuminate/autoload.php';
    $version = Illuminate\Foundation\Application::VERSION;
    $label = (version_compare($version, '9', '<') ? 'illuminate ' : 'laravel ') . $version;

    /** Records report() calls. */
    $handler = new class implements Illuminate\Contracts\Debug\ExceptionHandler {
        public array $reported = [];

        public function report(Throwable $e)
        {
            $this->reported[] = $e;
        }

        public function shouldReport(Throwable $e)
        {
            return true;
        }

        public function render($request, Throwable $e)
        {
            throw $e;
        }

        public function renderForConsole($output, Throwable $e)
        {
        }
    };
    $base = "$scratch/laravel";
    is_dir("$base/compiled") || mkdir("$base/compiled", 0777, true);
    array_map('unlink', glob("$base/compiled/*"));
    $_ENV['FLOCKTORY_SITE_ID'] = $_SERVER['FLOCKTORY_SITE_ID'] = '1234';
    putenv('FLOCKTORY_SITE_ID=1234');

    $app = new Illuminate\Foundation\Application($base);
    Illuminate\Support\Facades\Facade::setFacadeApplication($app);
    $app->instance('config', new Illuminate\Config\Repository([
        'app' => ['debug' => false],
        'view' => ['paths' => [__DIR__ . '/templates/blade'], 'compiled' => "$base/compiled"],
    ]));
    $app->instance(Illuminate\Contracts\Debug\ExceptionHandler::class, $handler);
    $app->register(Illuminate\Filesystem\FilesystemServiceProvider::class);
    $app->register(Illuminate\View\ViewServiceProvider::class);
    $app->register(Flocktory\Laravel\FlocktoryServiceProvider::class);
    $app->boot();
    // Laravel 10: the page's nonce, as a CSP middleware would set it.
    $vite = class_exists(Illuminate\Support\Facades\Vite::class);
    if ($vite) {
        Illuminate\Support\Facades\Vite::useCspNonce(NONCE);
    }
    $pageNonce = $vite ? NONCE : null;
    $render = static function (string $name, bool $debug = false) use ($app, $handler, $context): string {
        $handler->reported = [];
        $app['config']->set('app.debug', $debug);
        return $app['view']->make($name, $context)->render();
    };

    check('the thank-you page, byte for byte', static function () use ($render, $pageNonce) {
        $n = $pageNonce === null ? '' : ' nonce="' . $pageNonce . '"';
        return same(
            "<title>Спасибо &amp; {{ 7*7 }}</title>\n"
            . "<script type=\"text/javascript\" src=\"https://api.flocktory.com/v2/loader.js?site_id=1234\" async=\"async\"$n></script>"
            . "<h1>Спасибо &amp; {{ 7*7 }}</h1>\n"
            . "<script type=\"text/javascript\"$n>\nwindow.flocktory = window.flocktory || [];\n"
            . "window.flocktory.push([\"postcheckout\",{\"user\":{\"name\":\"Иван \\\"Ваня\\\" \\u003Cb\\u003E\\u0026\\u003C/b\\u003E\",\"email\":\"ivan@example.com\"},"
            . "\"order\":{\"id\":\"SO-1\",\"price\":1999.9,\"items\":[{\"id\":\"A-1\",\"title\":\"{{ 7*7 }} \\u003C/script\\u003E\\u003Cscript\\u003Ewindow.injected=1\\u003C/script\\u003E \\u0026 \\u0027x\\u0027\",\"price\":1999.9,\"count\":1}]}}]);\n</script>"
            . "<div class=\"i-flocktory\" data-fl-user-name=\"Иван &quot;Ваня&quot; &lt;b&gt;&amp;&lt;/b&gt;\" data-fl-user-email=\"ivan@example.com\"></div>"
            . "<p>end</p>\n",
            $render('thank_you'));
    });
    check('all ten directives, named arguments too, print what the function returns, once', static function () use ($render, $pageNonce) {
        // PHP eats the newline after each directive's closing tag.
        return same(direct_functions($pageNonce, ''), $render('functions'));
    });
    check($vite ? 'the nonce comes from Vite::cspNonce() (Laravel 10)' : 'no Vite facade (Laravel 8): no nonce unless the template gives one',
        static function () use ($render, $pageNonce) {
            $got = $render('functions');
            $want = $pageNonce === null ? 0 : 4;
            $have = substr_count($got, 'nonce="' . NONCE . '"');
            return $have === $want ? null : "$have script elements with the page's nonce, want $want";
        });
    check('the JS and JSON forms get no nonce', static fn () => same(
        '[js]' . flocktory_add_to_cart(fixture_cart_item(), as: FLOCKTORY_JS)
        . '[json]' . flocktory_update_cart([fixture_cart_item()], as: FLOCKTORY_JSON), $render('forms')));
    check('a bad order: the rest of the page renders, and report() gets the ValidationException once',
        static function () use ($render, $handler, $bad) {
            $got = $render('bad_order');
            $reported = $handler->reported;
            return same("<h1>before</h1>\n" . flocktory_user(fixture_user()) . "<p>after</p>\n", $got)
                ?? (count($reported) === 1 && $reported[0] instanceof Flocktory\ValidationException
                    && $reported[0]->getMessage() === $bad->getMessage()
                    ? null : count($reported) . ' reports: ' . implode(' | ', array_map(static fn ($e) => $e->getMessage(), $reported)));
        });
    check('app.debug rethrows the ValidationException and reports nothing', static function () use ($render, $handler, $bad) {
        try {
            $render('bad_order', true);
            return 'rendered';
        } catch (Throwable $e) {
            $v = in_chain($e, Flocktory\ValidationException::class);
            return $v === null ? 'threw ' . get_class($e) . ': ' . $e->getMessage()
                : same($bad->getMessage(), $v->getMessage()) ?? ($handler->reported ? 'reported' : null);
        }
    });
    check('a TypeError (a bug in the template) is rethrown without app.debug, and nothing is reported',
        static function () use ($render, $handler) {
            try {
                $render('type_error');
                return 'rendered';
            } catch (Throwable $e) {
                $t = in_chain($e, TypeError::class);
                return $t === null ? 'threw ' . get_class($e) . ': ' . $e->getMessage()
                    : (str_contains($t->getMessage(), 'flocktory_postcheckout(): Argument #1 ($user) must be of type array')
                        ? ($handler->reported ? 'reported' : null) : 'TypeError: ' . $t->getMessage());
            }
        });
    check('config/flocktory.php is merged (site_id from FLOCKTORY_SITE_ID) and publishable', static function () use ($app) {
        $paths = Illuminate\Support\ServiceProvider::pathsToPublish(Flocktory\Laravel\FlocktoryServiceProvider::class, 'flocktory-config');
        $want = [realpath(__DIR__ . '/../config/flocktory.php') => $app->configPath('flocktory.php')];
        $got = [];
        foreach ($paths as $from => $to) {
            $got[realpath($from)] = $to;
        }
        return $app['config']->get('flocktory.site_id') !== '1234' ? 'site_id is ' . var_export($app['config']->get('flocktory.site_id'), true)
            : same(json_encode($want), json_encode($got));
    });
    check('@flocktoryLoader without FLOCKTORY_SITE_ID renders nothing and reports site_id once', static function () use ($app, $render, $handler) {
        $app['config']->set('flocktory.site_id', null);
        try {
            $got = $render('loader_unset');
        } finally {
            $app['config']->set('flocktory.site_id', '1234');
        }
        return same("<head></head>\n", $got) ?? (count($handler->reported) === 1
            && $handler->reported[0]->getField() === 'site_id' ? null : count($handler->reported) . ' reports');
    });
    if ($pages !== null) {
        $handler->reported = [];
        file_put_contents("$pages/blade.html", $app['view']->make('page', $context + ['checker' => $checker])->render());
    }
} else {
    exit("engines: unknown engine $engine\n");
}

printf("frameworks: %s (%s): %d passed, %d failed\n", $label, $edition === 'ext' ? 'ext' : 'PHP edition', $passed, $failed);
exit($failed ? 1 : 0);
