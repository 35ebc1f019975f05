<?php
/*
 * The case list shared by the web tiers (tests/web): the hostile corpus
 * (hostile.json) and seeded random strings, each placed in every free-text
 * field of flocktory_postcheckout() and of the cart and profile events
 * (issue 14), with the data the contract says must come out (the trimmed
 * input) or the set of fields that must be rejected.
 *
 * This file is in a namespace on purpose: flocktory_postcheckout() is called
 * unqualified, so a test of the tiers themselves can put a broken
 * Flocktory\Web\flocktory_postcheckout() in front of the real one with
 * -d auto_prepend_file=..., without any hook in this code.
 */
declare(strict_types=1);

namespace Flocktory\Web;

const IMG_PATH = 'https://img.example.com/p/';
const IMG_QUERY = 'https://img.example.com/p/i.jpg?q=';
const EMAIL = 'buyer@example.com';
const ORDER_PRICE = 2000;
const ITEM_PRICE = 1000;
const ITEM_COUNT = 2;

/* The contract's ASCII whitespace: space, \t, \n, \v, \f, \r (not NUL). */
function trim_ws(string $s): string
{
    return trim($s, " \t\n\x0B\x0C\r");
}

/* Strict UTF-8 (PCRE's check: no overlongs, surrogates, > U+10FFFF, truncation). */
function utf8_ok(string $s): bool
{
    return preg_match('//u', $s) === 1;
}

/* Bytes an image URL may not hold: ASCII whitespace and controls (C0, DEL)
 * and, in UTF-8, the C1 controls U+0080-U+009F. */
const URL_BAD = '/[\x00-\x20\x7F]|\xC2[\x80-\x9F]/';

function url_ok(string $trimmed): bool
{
    return utf8_ok($trimmed) && preg_match(URL_BAD, $trimmed) === 0;
}

/* Percent-encode only what makes a URL invalid by contract; everything
 * else (<, >, quotes, backslashes, non-ASCII, ...) stays raw. */
function min_encode(string $s): string
{
    return preg_replace_callback(URL_BAD, static function (array $m): string {
        $out = '';
        foreach (str_split($m[0]) as $byte) {
            $out .= sprintf('%%%02X', ord($byte));
        }
        return $out;
    }, $s);
}

function load_corpus(string $file): array
{
    $doc = json_decode((string) file_get_contents($file), true, 512, JSON_THROW_ON_ERROR);
    $out = [];
    foreach ($doc['strings'] as $cat => $list) {
        foreach ($list as $i => $s) {
            $out[] = ['src' => "corpus:$cat#$i", 's' => $s];
        }
    }
    foreach ($doc['invalid_utf8_hex'] as $cat => $list) {
        foreach ($list as $i => $hex) {
            $out[] = ['src' => "corpus:invalid-utf8:$cat#$i", 's' => hex2bin($hex)];
        }
    }
    foreach ($doc['large'] as $spec) {
        $s = '';
        if ($spec['make'] === 'repeat') {
            $s = str_repeat($spec['unit'], intdiv($spec['bytes'] + strlen($spec['unit']) - 1, strlen($spec['unit'])));
        } else {
            mt_srand($spec['seed'], MT_RAND_MT19937);
            $frags = $doc['fragments'];
            $last = count($frags) - 1;
            while (strlen($s) < $spec['bytes']) {
                $s .= $frags[mt_rand(0, $last)];
            }
        }
        $s .= ($spec['suffix'] ?? '') . hex2bin($spec['suffix_hex'] ?? '');
        $out[] = ['src' => "corpus:large:{$spec['name']}(" . strlen($s) . ' bytes)', 's' => $s];
    }
    return ['strings' => $out, 'fragments' => $doc['fragments']];
}

function utf8_chr(int $cp): string
{
    return match (true) {
        $cp < 0x80 => chr($cp),
        $cp < 0x800 => chr(0xC0 | $cp >> 6) . chr(0x80 | $cp & 0x3F),
        $cp < 0x10000 => chr(0xE0 | $cp >> 12) . chr(0x80 | $cp >> 6 & 0x3F) . chr(0x80 | $cp & 0x3F),
        default => chr(0xF0 | $cp >> 18) . chr(0x80 | $cp >> 12 & 0x3F) . chr(0x80 | $cp >> 6 & 0x3F) . chr(0x80 | $cp & 0x3F),
    };
}

const INVALID_UTF8 = ["\xC0\xBC", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xFF", "\x80", "\xE2\x82", "\xF0\x9F\x98", "\xC3"];

/* One random string from the seeded generator (call mt_srand() first):
 * random mixes of the dangerous fragments, ASCII, controls, BMP and astral
 * code points, combining marks, padding whitespace; one in 50 also holds a
 * sequence that is not UTF-8. */
function random_string(array $fragments): string
{
    $pieces = [];
    $n = mt_rand(0, 24);
    $lastFrag = count($fragments) - 1;
    for ($i = 0; $i < $n; $i++) {
        $r = mt_rand(0, 99);
        if ($r < 45) {
            $pieces[] = $fragments[mt_rand(0, $lastFrag)];
        } elseif ($r < 62) {
            $p = '';
            for ($k = mt_rand(1, 6); $k > 0; $k--) {
                $p .= chr(mt_rand(0x20, 0x7E));
            }
            $pieces[] = $p;
        } elseif ($r < 72) {
            $c = mt_rand(0, 0x40);
            $pieces[] = utf8_chr($c < 0x20 ? $c : ($c === 0x20 ? 0x7F : 0x60 + $c));   /* C0, DEL, C1 */
        } elseif ($r < 82) {
            do {
                $cp = mt_rand(0xA0, 0xFFFF);
            } while ($cp >= 0xD800 && $cp <= 0xDFFF);
            $pieces[] = utf8_chr($cp);
        } elseif ($r < 90) {
            $pieces[] = utf8_chr(mt_rand(0x10000, 0x10FFFF));
        } elseif ($r < 95) {
            $pieces[] = utf8_chr(mt_rand(0x300, 0x36F));
        } else {
            $pieces[] = [' ', "\t", "\n", "\x0B", "\x0C", "\r", "\r\n", '  '][mt_rand(0, 7)];
        }
    }
    if (mt_rand(0, 49) === 0) {
        array_splice($pieces, mt_rand(0, count($pieces)), 0, [INVALID_UTF8[mt_rand(0, count(INVALID_UTF8) - 1)]]);
    }
    return implode('', $pieces);
}

/*
 * A case: the arguments, and what must come out. $f maps slots to raw
 * strings: name, order_id, custom_field, item_id, title, image, spot.
 */
function make_case(string $id, string $src, array $f, ?string $nonce): array
{
    $f += ['name' => 'Buyer', 'order_id' => 'A-1', 'title' => 'Item'];
    $invalid = [];
    $text = static function (string $slot, string $path, bool $required = false) use ($f, &$invalid): ?string {
        if (!array_key_exists($slot, $f)) {
            return null;
        }
        $t = trim_ws($f[$slot]);
        if (!utf8_ok($f[$slot]) || ($required && $t === '')) {
            $invalid[] = $path;
        }
        return $t;
    };

    $user = ['name' => $f['name'], 'email' => EMAIL, 'sex' => 'f'];
    $order = ['id' => $f['order_id'], 'price' => ORDER_PRICE];
    $item = [];
    foreach (['item_id' => 'id', 'title' => 'title'] as $slot => $key) {
        if (array_key_exists($slot, $f)) {
            $item[$key] = $f[$slot];
        }
    }
    $item['price'] = ITEM_PRICE;
    if (array_key_exists('image', $f)) {
        $item['image'] = $f['image'];
    }
    $item['count'] = ITEM_COUNT;
    if (array_key_exists('custom_field', $f)) {
        $order['custom_field'] = $f['custom_field'];
    }
    $order['items'] = [$item];
    $spot = $f['spot'] ?? null;

    $expUser = ['name' => $text('name', 'user.name'), 'email' => EMAIL, 'sex' => 'f'];
    $expOrder = ['id' => $text('order_id', 'order.id', true), 'price' => ORDER_PRICE];
    $cf = $text('custom_field', 'order.custom_field');
    if ($cf !== null && $cf !== '') {
        $expOrder['custom_field'] = $cf;
    }
    $expItem = [];
    foreach (['item_id' => ['id', 'order.items[0].id'], 'title' => ['title', 'order.items[0].title']] as $slot => [$key, $path]) {
        $t = $text($slot, $path);
        if ($t !== null && $t !== '') {
            $expItem[$key] = $t;
        }
    }
    $expItem['price'] = ITEM_PRICE;
    if (array_key_exists('image', $f)) {
        $t = trim_ws($f['image']);
        if (!url_ok($t)) {
            $invalid[] = 'order.items[0].image';
        }
        $expItem['image'] = $t;
    }
    $expItem['count'] = ITEM_COUNT;
    $expOrder['items'] = [$expItem];
    $exp = ['user' => $expUser, 'order' => $expOrder];
    $t = $text('spot', 'spot');
    if ($t !== null && $t !== '') {
        $exp['spot'] = $t;
    }

    return [
        'id' => $id, 'src' => $src, 'event' => 'postcheckout',
        'user' => $user, 'order' => $order, 'spot' => $spot, 'nonce' => $nonce,
        'expect' => $invalid ? ['invalid' => $invalid] : ['data' => $exp],
        'size' => strlen(serialize($f)),
    ];
}

/* The events of issue 14 whose payloads hold free text. */
const EVENTS = ['addToCart', 'removeFromCart', 'updateCart', 'attachToProfile'];

/*
 * A case of a cart or profile event: $f maps the item's free-text fields
 * (id, brand, category_id) or the profile's value (level) to raw strings.
 * The item sits alone in addToCart and removeFromCart, second in
 * updateCart's cart; the profile also holds orders => 12, so a blank level
 * leaves a valid profile.
 */
function make_event_case(string $id, string $src, string $event, array $f, ?string $nonce): array
{
    $invalid = [];
    if ($event === 'attachToProfile') {
        $t = trim_ws($f['level']);
        $exp = $t === '' ? ['orders' => 12] : ['level' => $t, 'orders' => 12];
        if (!utf8_ok($f['level'])) {
            $invalid[] = 'data.level';
        }
        return [
            'id' => $id, 'src' => $src, 'event' => $event, 'args' => [['level' => $f['level'], 'orders' => 12], $nonce],
            'nonce' => $nonce, 'expect' => $invalid ? ['invalid' => $invalid] : ['data' => ['data' => $exp]],
            'size' => strlen(serialize($f)),
        ];
    }
    $at = $event === 'updateCart' ? 'items[1]' : 'item';
    $f += ['id' => 'sku-1'];
    $item = ['id' => $f['id'], 'price' => ITEM_PRICE, 'count' => ITEM_COUNT];
    $expItem = ['id' => trim_ws($f['id']), 'price' => ITEM_PRICE, 'count' => ITEM_COUNT];
    foreach (['id' => 'id', 'brand' => 'brand', 'category_id' => 'categoryId'] as $key => $out) {
        if (!array_key_exists($key, $f)) {
            continue;
        }
        $item[$key] = $f[$key];
        $t = trim_ws($f[$key]);
        if (!utf8_ok($f[$key]) || ($key === 'id' && $t === '')) {
            $invalid[] = "$at.$key";
        }
        if ($t !== '') {
            $expItem[$out] = $t;
        }
    }
    if ($event === 'updateCart') {
        $first = ['id' => 'A-1', 'price' => ORDER_PRICE, 'count' => 1];
        $args = [[$first, $item], $nonce];
        $exp = ['cart' => ['items' => [$first, $expItem]]];
    } else {
        $args = [$item, $nonce];
        $exp = ['item' => $expItem];
    }
    return [
        'id' => $id, 'src' => $src, 'event' => $event, 'args' => $args, 'nonce' => $nonce,
        'expect' => $invalid ? ['invalid' => $invalid] : ['data' => $exp],
        'size' => strlen(serialize($f)),
    ];
}

/* Every placement of one string. */
function placements(string $id, string $src, string $s, ?string $nonce): \Generator
{
    $enc = IMG_PATH . min_encode($s) . '?q=' . min_encode($s);
    yield make_case("$id@all", $src, [
        'name' => $s, 'order_id' => $s, 'custom_field' => $s, 'item_id' => $s,
        'title' => $s, 'image' => $enc, 'spot' => $s,
    ], $nonce);
    foreach (['name', 'order_id', 'custom_field', 'item_id', 'title', 'spot'] as $slot) {
        yield make_case("$id@$slot", $src, [$slot => $s], null);
    }
    yield make_case("$id@image.path.raw", $src, ['image' => IMG_PATH . $s], null);
    yield make_case("$id@image.query.raw", $src, ['image' => IMG_QUERY . $s], null);
    yield make_case("$id@image.min-encoded", $src, ['image' => $enc], $nonce);
    yield make_case("$id@image.urlencoded", $src, ['image' => IMG_PATH . rawurlencode($s) . '?q=' . rawurlencode($s)], null);
    foreach (['addToCart', 'removeFromCart', 'updateCart'] as $event) {
        yield make_event_case("$id@$event.all", $src, $event, ['id' => $s, 'brand' => $s, 'category_id' => $s], $nonce);
    }
    foreach (['id', 'brand', 'category_id'] as $slot) {
        yield make_event_case("$id@addToCart.$slot", $src, 'addToCart', [$slot => $s], null);
    }
    yield make_event_case("$id@attachToProfile.level", $src, 'attachToProfile', ['level' => $s], $nonce);
}

/*
 * All cases: the corpus in every placement, then $random cases built from
 * seeded random strings: three of four put an independent random string in
 * every field (the image min-encoded), the fourth puts one raw into the
 * image's path or query.
 */
function all_cases(string $corpusFile, int $random, int $seed): \Generator
{
    $corpus = load_corpus($corpusFile);
    foreach ($corpus['strings'] as $n => $c) {
        yield from placements("c$n", $c['src'], $c['s'], $n % 2 ? 'n0nce+/_-' . $n . '==' : null);
    }
    mt_srand($seed, MT_RAND_MT19937);
    $frags = $corpus['fragments'];
    for ($n = 0; $n < $random; $n++) {
        $src = "random:seed=$seed#$n";
        if ($n % 4 === 3) {
            $image = ($n % 8 === 3 ? IMG_PATH : IMG_QUERY) . random_string($frags);
            yield make_case("r$n@image.raw", $src, ['image' => $image], null);
            continue;
        }
        $f = [];
        foreach (['name', 'order_id', 'custom_field', 'item_id', 'title', 'spot'] as $slot) {
            $f[$slot] = random_string($frags);
        }
        $f['image'] = IMG_PATH . min_encode(random_string($frags)) . '?q=' . min_encode(random_string($frags));
        yield make_case("r$n@all", $src, $f, $n % 2 ? 'r4nd' . $n : null);
        if ($n % 4 === 1) {
            /* One case in four also goes through an event of issue 14, in turn. */
            $event = EVENTS[intdiv($n, 4) % 4];
            $g = $event === 'attachToProfile' ? ['level' => random_string($frags)]
                : ['id' => random_string($frags), 'brand' => random_string($frags), 'category_id' => random_string($frags)];
            yield make_event_case("r$n@$event", $src, $event, $g, $n % 8 === 1 ? 'r4nd' . $n : null);
        }
    }
}

/* Call the extension; never let a warning, an echo or an unexpected
 * Throwable pass unseen. */
function run_case(array $c): array
{
    $warnings = [];
    set_error_handler(static function (int $no, string $msg, string $file, int $line) use (&$warnings): bool {
        $warnings[] = "[$no] $msg";
        return true;
    });
    ob_start();
    try {
        $got = ['snippet' => match ($c['event']) {
            'postcheckout' => flocktory_postcheckout($c['user'], $c['order'], $c['spot'], $c['nonce']),
            'addToCart' => flocktory_add_to_cart(...$c['args']),
            'removeFromCart' => flocktory_remove_from_cart(...$c['args']),
            'updateCart' => flocktory_update_cart(...$c['args']),
            'attachToProfile' => flocktory_attach_to_profile(...$c['args']),
        }];
    } catch (\Flocktory\ValidationException $e) {
        $got = ['exception' => ['field' => $e->getField(), 'message' => printable($e->getMessage())]];
    } catch (\Throwable $e) {
        $got = ['error' => get_class($e) . ': ' . printable($e->getMessage())];
    } finally {
        $echoed = ob_get_clean();
        restore_error_handler();
    }
    if (isset($got['snippet']) && !utf8_ok($got['snippet'])) {
        $got = ['error' => 'the snippet is not valid UTF-8: ' . bin2hex(substr($got['snippet'], 0, 400))];
    }
    if ($echoed !== '') {
        $warnings[] = 'output while rendering: ' . printable(substr($echoed, 0, 400));
    }
    return $got + ['warnings' => array_map(printable(...), $warnings)];
}

function printable(string $s): string
{
    return utf8_ok($s) ? $s : 'hex:' . bin2hex($s);
}

/* The verdict on everything but the data in the page: null when the
 * outcome is what the contract says (a snippet, or a ValidationException at
 * one of the invalid fields), else why not. */
function judge(array $c, array $got): ?string
{
    if ($got['warnings']) {
        return 'PHP reported: ' . implode(' | ', $got['warnings']);
    }
    if (isset($got['error'])) {
        return $got['error'];
    }
    if (isset($c['expect']['data'])) {
        return isset($got['snippet']) ? null
            : "valid input threw ValidationException at {$got['exception']['field']}: {$got['exception']['message']}";
    }
    if (isset($got['snippet'])) {
        return 'invalid input (' . implode(', ', $c['expect']['invalid']) . ') was accepted';
    }
    $field = $got['exception']['field'];
    if (!in_array($field, $c['expect']['invalid'], true)) {
        return "ValidationException at $field, expected one of " . implode(', ', $c['expect']['invalid']);
    }
    if (!str_starts_with($got['exception']['message'], "$field: ")) {
        return "message does not start with '$field: ': {$got['exception']['message']}";
    }
    return null;
}

/* Browser pages: consecutive cases, at most $maxCases or about $maxBytes of input each. */
function browser_pages(string $corpusFile, int $random, int $seed, int $maxCases = 1500, int $maxBytes = 6 << 20): array
{
    $pages = [[0, 0]];
    $bytes = 0;
    $i = 0;
    foreach (all_cases($corpusFile, $random, $seed) as $c) {
        $p = &$pages[count($pages) - 1];
        if ($p[1] > 0 && ($p[1] >= $maxCases || $bytes + $c['size'] > $maxBytes)) {
            unset($p);
            $pages[] = [$i, 0];
            $p = &$pages[count($pages) - 1];
            $bytes = 0;
        }
        $p[1]++;
        $bytes += $c['size'];
        $i++;
        unset($p);
    }
    return $pages;
}
