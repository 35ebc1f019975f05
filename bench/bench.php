<?php
/*
 * ./dev bench: flocktory_postcheckout() against json_encode() of the
 * normalised payload (no validation) and against its PHP edition, the same
 * contract in PHP (polyfill/, Composer's phpsnippets/flocktory). All rows are
 * measured in this one process, the implementations interleaved round by
 * round; the times are the best round's, and the last column gives the
 * ratio to json_encode() of the median rounds too. Benchmarks, not tests:
 * nothing here passes or fails on time.
 *
 * php -n -d extension=modules/flocktory.so bench/bench.php [--quick]
 *
 * ./dev bench runs it with USE_ZEND_ALLOC_HUGE_PAGES=1 (Zend's allocator
 * then maps its memory in 2 MiB pages) unless given --small-pages; the
 * first line of the output says which.
 */

require __DIR__ . '/data.php';
require dirname(__DIR__) . '/polyfill/src/Snippets.php';

use Flocktory\Polyfill\Snippets;

const JSON_FLAGS = JSON_HEX_TAG | JSON_HEX_AMP | JSON_HEX_APOS | JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES;

$quick = in_array('--quick', $argv, true);
$rounds = $quick ? 3 : 9;
$budget_ns = $quick ? 5e6 : 2e7;   // per sample

$rows = [
    ['typical (3 items)', 3, false],
    ['typical, ASCII only', 3, true],
    ['100 items', 100, false],
    ['10,000 items', 10000, false],
    ['10,000 items, ASCII', 10000, true],
    ['100,000 items', 100000, false],
];

/** ns per call of $f, with the repeat count calibrated to the budget. */
function bench_sample(callable $f, int $reps): float
{
    $t = hrtime(true);
    for ($i = 0; $i < $reps; $i++) {
        $f();
    }
    return (hrtime(true) - $t) / $reps;
}

function bench_peak(callable $f): int
{
    gc_collect_cycles();
    $base = memory_get_usage();
    memory_reset_peak_usage();
    $out = $f();
    $peak = memory_get_peak_usage() - $base;
    unset($out);
    return $peak;
}

function median(array $a): float
{
    sort($a);
    return $a[intdiv(count($a), 2)];
}

printf("Zend allocator pages: %s; best of %d rounds\n\n",
    getenv('USE_ZEND_ALLOC_HUGE_PAGES') === '1' ? '2 MiB (USE_ZEND_ALLOC_HUGE_PAGES=1)' : '4 KiB (default)', $rounds);
printf("%-22s %10s %9s %12s %12s %10s %10s %12s %8s\n", 'order', 'output', 'ext ns', 'ext MB/s',
    'json ns', 'vs json', 'PHP ed.', 'peak/output', 'median');
$results = [];
foreach ($rows as [$label, $n, $ascii]) {
    // Fresh deep copies: every implementation reads data laid out the same
    // way in memory, whatever earlier rows left behind in the heap.
    $user = bench_user();
    $order = unserialize(serialize(bench_order($n, $ascii)));
    $normalized = unserialize(serialize(bench_normalized($user, $order)));

    $ext = static fn () => flocktory_postcheckout($user, $order);
    $json = static fn () => json_encode($normalized, JSON_FLAGS);
    $php = static fn () => Snippets::postcheckout($user, $order);

    $out = $ext();
    if ($php() !== $out) {
        fwrite(STDERR, "bench: the PHP edition's output differs from the extension for '$label'\n");
        exit(1);
    }
    $size = strlen($out);

    $impls = ['ext' => $ext, 'json' => $json, 'php' => $php];
    $reps = [];
    foreach ($impls as $name => $f) {
        $one = bench_sample($f, 1);
        $reps[$name] = max(1, (int)($budget_ns / max($one, 1)));
    }
    $samples = ['ext' => [], 'json' => [], 'php' => []];
    for ($r = 0; $r < $rounds; $r++) {
        foreach ($impls as $name => $f) {
            $samples[$name][] = bench_sample($f, $reps[$name]);
        }
    }
    $ns = array_map('min', $samples);
    $mid = array_map('median', $samples);
    $peak = bench_peak($ext);
    $results[$label] = ['best' => $ns['ext'], 'median' => $mid['ext']];
    printf("%-22s %9.1fK %9.0f %12.0f %12.0f %9.2fx %9.1fx %11.2fx %7.2fx\n", $label, $size / 1024, $ns['ext'],
        $size / $ns['ext'] * 1e3, $ns['json'], $ns['ext'] / $ns['json'], $ns['php'] / $ns['ext'], $peak / $size,
        $mid['ext'] / $mid['json']);
}
$big = $results['100,000 items'];
$small = $results['10,000 items'];
printf("\nscaling: 100,000 items cost %.2fx the 10,000-item order (%.2fx in the median rounds)\n",
    $big['best'] / $small['best'], $big['median'] / $small['median']);
echo "columns: 'vs json' = ext time / json_encode time (lower is better); 'PHP ed.' = PHP edition time / ext time;\n",
    "'peak/output' = peak memory added by one call / output size; 'median' = 'vs json' of the median rounds\n";

// The user tag: the extension against htmlspecialchars() of the same values
// plus the checks a shop would write by hand in PHP (no fallbacks).
$tagUser = ['name' => 'Ivan Ivanov', 'email' => 'ivan@gmail.com', 'sex' => 'm'];
$tagExt = static fn () => flocktory_user($tagUser);
$tagHand = static function () use ($tagUser): string {
    $name = trim((string)($tagUser['name'] ?? ''));
    $email = trim((string)($tagUser['email'] ?? ''));
    if (!preg_match('//u', $name) || !filter_var($email, FILTER_VALIDATE_EMAIL) || str_contains($name, "\0")) {
        throw new InvalidArgumentException('bad user');
    }
    $at = strrpos($email, '@');
    $email = substr($email, 0, $at + 1) . strtolower(substr($email, $at + 1));
    return '<div class="i-flocktory"' . ($name === '' ? '' : ' data-fl-user-name="'
        . htmlspecialchars($name, ENT_QUOTES | ENT_SUBSTITUTE, 'UTF-8') . '"')
        . ' data-fl-user-email="' . htmlspecialchars($email, ENT_QUOTES | ENT_SUBSTITUTE, 'UTF-8') . '"></div>';
};
if ($tagExt() !== $tagHand()) {
    fwrite(STDERR, "bench: the hand-written user tag differs from the extension's\n");
    exit(1);
}
$tagImpls = ['ext' => $tagExt, 'hand' => $tagHand, 'php' => static fn () => Snippets::user($tagUser)];
$tagNs = [];
foreach ($tagImpls as $name => $f) {
    $reps = max(1, (int)($budget_ns / max(bench_sample($f, 1), 1)));
    $best = INF;
    for ($r = 0; $r < $rounds; $r++) {
        $best = min($best, bench_sample($f, $reps));
    }
    $tagNs[$name] = $best;
}
printf("\n%-22s %9s %12s %10s %12s %10s\n", 'tag', 'ext ns', 'hand ns', 'vs hand', 'PHP ed. ns', 'vs ext');
printf("%-22s %9.0f %12.0f %9.2fx %12.0f %9.1fx\n", 'flocktory_user()', $tagNs['ext'], $tagNs['hand'],
    $tagNs['ext'] / $tagNs['hand'], $tagNs['php'], $tagNs['php'] / $tagNs['ext']);
echo "'hand' = htmlspecialchars() of the same values plus hand-written checks in PHP; 'vs hand' = ext / hand\n";

// Memory with one long field (issue 22): the block kept for the snippet
// and the peak a call adds, against the snippet's length.
unset($out);
printf("\n%-22s %12s %14s %14s\n", 'memory', 'output', 'kept/output', 'peak/output');
foreach (['10 MiB item title' => 10 << 20, '1 MiB item title' => 1 << 20] as $label => $len) {
    $memUser = bench_user();
    $memOrder = bench_order(3);
    $memOrder['items'][0]['title'] = str_repeat('Кроссовки "Лето" ', intdiv($len, 28));
    gc_collect_cycles();
    $base = memory_get_usage();
    memory_reset_peak_usage();
    $out = flocktory_postcheckout($memUser, $memOrder);
    $peak = memory_get_peak_usage() - $base;
    $kept = memory_get_usage() - $base;
    printf("%-22s %11.1fK %13.2fx %13.2fx\n", $label, strlen($out) / 1024, $kept / strlen($out), $peak / strlen($out));
    unset($out, $memOrder);
}
echo "'kept/output' = memory still held with the snippet / its length; 'peak/output' as above\n";
