<?php
/*
 * The tag cases of the web tiers (issue 13): every corpus string and seeded
 * random string in every attribute field of the four <div class="i-flocktory">
 * functions, with the attributes the contract says must come out (name and
 * value, in order: the value is the trimmed input) or the fields that must be
 * rejected (not UTF-8, U+0000, or blank where a value is required).
 *
 * Like cases.php, it calls the functions unqualified from this namespace, so
 * FLOCKTORY_WEB_BREAK=quot|amp (lib/break.php) can put a deliberately broken
 * writer in front of the real one, to show that each tier catches it.
 */
declare(strict_types=1);

namespace Flocktory\Web;

require_once __DIR__ . '/cases.php';
if (getenv('FLOCKTORY_WEB_BREAK')) {
    require_once __DIR__ . '/break.php';
}

const TAG_EMAIL = 'buyer@example.com';

/* The placements of one string: [field, function, args, expected attributes before/after the value]. */
function tag_placements(string $s): array
{
    $user = ['data-fl-user-email', TAG_EMAIL];
    return [
        ['user.name', 'flocktory_user', [['name' => $s, 'email' => TAG_EMAIL]], [], [$user], 'data-fl-user-name', false],
        ['item.id', 'flocktory_item_view', [['id' => $s]], [['data-fl-action', 'track-item-view']], [], 'data-fl-item-id', true],
        ['item.category_id', 'flocktory_item_view', [['id' => 7, 'category_id' => $s]],
            [['data-fl-action', 'track-item-view'], ['data-fl-item-id', '7']], [], 'data-fl-item-category-id', null],
        ['item.vendor', 'flocktory_item_view', [['id' => 7, 'vendor' => $s, 'available' => false]],
            [['data-fl-action', 'track-item-view'], ['data-fl-item-id', '7']], [['data-fl-item-available', 'false']],
            'data-fl-item-vendor', null],
        ['category_id', 'flocktory_category_view', [$s], [['data-fl-action', 'track-category-view']], [], 'data-fl-category-id', true],
        ['user.name', 'flocktory_exchange', [['name' => $s, 'email' => TAG_EMAIL], 'spot1'],
            [['data-fl-action', 'exchange'], ['data-fl-spot', 'spot1']], [$user], 'data-fl-user-name', false],
        ['spot', 'flocktory_exchange', [['email' => TAG_EMAIL], $s], [['data-fl-action', 'exchange']], [$user], 'data-fl-spot', false],
    ];
}

/* $required: true, a blank value is an error; false, it is left out; null, written as "". */
function tag_case(string $id, string $src, string $s, array $p): array
{
    [$field, $fn, $args, $before, $after, $name, $required] = $p;
    $t = trim_ws($s);
    if (!utf8_ok($s) || str_contains($t, "\0") || ($required === true && $t === '')) {
        $expect = ['invalid' => [$field]];
    } else {
        $attrs = array_merge($before, $t === '' && $required === false ? [] : [[$name, $t]], $after);
        $expect = ['attrs' => $attrs];
    }
    return ['id' => $id, 'src' => $src, 'fn' => $fn, 'args' => $args, 'expect' => $expect, 'size' => strlen($s)];
}

function tag_cases(string $corpusFile, int $random, int $seed): \Generator
{
    $corpus = load_corpus($corpusFile);
    $n = 0;
    foreach ($corpus['strings'] as $c) {
        foreach (tag_placements($c['s']) as $k => $p) {
            yield tag_case('t' . $n++, "{$c['src']} in {$p[1]}:{$p[0]}", $c['s'], $p);
        }
    }
    mt_srand($seed, MT_RAND_MT19937);
    for ($i = 0; $i < $random; $i++) {
        $s = random_string($corpus['fragments']);
        $p = tag_placements($s)[$i % 7];
        yield tag_case('t' . $n++, "random#$i in {$p[1]}:{$p[0]}", $s, $p);
    }
}

function run_tag_case(array $c): array
{
    $warnings = [];
    set_error_handler(static function (int $no, string $msg) use (&$warnings): bool {
        $warnings[] = "[$no] $msg";
        return true;
    });
    ob_start();
    try {
        $fn = __NAMESPACE__ . '\\' . $c['fn'];
        $got = ['tag' => function_exists($fn) ? $fn(...$c['args']) : ('\\' . $c['fn'])(...$c['args'])];
    } catch (\Flocktory\ValidationException $e) {
        $got = ['exception' => ['field' => $e->getField(), 'message' => printable($e->getMessage())]];
    } catch (\Throwable $e) {
        $got = ['error' => get_class($e) . ': ' . printable($e->getMessage())];
    } finally {
        $echoed = ob_get_clean();
        restore_error_handler();
    }
    if ($echoed !== '') {
        $warnings[] = 'output while rendering: ' . printable(substr($echoed, 0, 400));
    }
    return $got + ['warnings' => array_map(printable(...), $warnings)];
}

/* As judge(), for tags: null when the outcome is the contract's kind. */
function judge_tag(array $c, array $got): ?string
{
    if ($got['warnings']) {
        return 'PHP reported: ' . implode(' | ', $got['warnings']);
    }
    if (isset($got['error'])) {
        return $got['error'];
    }
    if (isset($c['expect']['attrs'])) {
        return isset($got['tag']) ? null : "valid input threw at {$got['exception']['field']}: {$got['exception']['message']}";
    }
    if (isset($got['tag'])) {
        return 'invalid input (' . implode(', ', $c['expect']['invalid']) . ') was accepted';
    }
    $f = $got['exception']['field'];
    if (!in_array($f, $c['expect']['invalid'], true) || !str_starts_with($got['exception']['message'], "$f: ")) {
        return "ValidationException at $f: {$got['exception']['message']}";
    }
    return null;
}
