<?php
/*
 * Differential test: the flocktory extension against bench/userland.php.
 *
 *   php -n -d extension=/work/main/modules/flocktory.so bench/compare.php [N]
 *
 * Runs N cases (default 20000) of flocktory_postcheckout(), then N/2 of the
 * loader, cart and profile functions (issue 14): first a fixed list of edge
 * cases, then deterministic pseudo-random inputs (mt_srand). For each, either both
 * return the same string, or both throw with the same getField() and
 * getMessage(); then N random calls of the four tag functions against
 * their twins the same way. The five script snippets get a random $as
 * (issue 20): the three forms and, now and then, another int; with a nonce,
 * FLOCKTORY_JS and FLOCKTORY_JSON are a ValueError, which must match too.
 * Every tenth postcheckout case runs with serialize_precision = 17, which
 * must not change anything. Prints the first 20 mismatches and a final line
 * "compare: N cases, M mismatches"; exit code 1 on any mismatch, or when
 * (from 1000 cases on) no case reached one side of the phone/id fallback
 * rule, or one of the other functions never returned a snippet or never
 * threw, or a script snippet never returned one of its forms or never threw
 * either ValueError.
 */

require __DIR__ . '/userland.php';

if (!function_exists('flocktory_postcheckout')) {
    fwrite(STDERR, "compare.php: the flocktory extension is not loaded\n");
    exit(2);
}

$n = isset($argv[1]) ? max(1, (int)$argv[1]) : 20000;
mt_srand(20240611);

/* ---- random building blocks ------------------------------------------ */

function pick(array $a)
{
    return $a[mt_rand(0, count($a) - 1)];
}

function chance(int $percent): bool
{
    return mt_rand(1, 100) <= $percent;
}

const WS_CHARS = [" ", "\t", "\n", "\v", "\f", "\r"];

function ws(): string
{
    $s = '';
    for ($i = mt_rand(1, 3); $i > 0; $i--) {
        $s .= pick(WS_CHARS);
    }
    return $s;
}

/** Wraps in ASCII whitespace sometimes (values are trimmed). */
function padded(string $s, int $percent = 10): string
{
    if (chance($percent)) {
        $s = ws() . $s;
    }
    if (chance($percent)) {
        $s .= ws();
    }
    return $s;
}

/** One random unit of text: mostly printable, sometimes nasty. */
function unit(): string
{
    $r = mt_rand(0, 99);
    if ($r < 30) {
        return chr(mt_rand(0x61, 0x7A));
    }
    if ($r < 38) {
        return chr(mt_rand(0x41, 0x5A));
    }
    if ($r < 44) {
        return chr(mt_rand(0x30, 0x39));
    }
    if ($r < 58) {
        return pick(['ж', 'Ж', 'ё', 'Ё', 'щ', 'Ы', 'я', 'П', 'р', 'и', 'в', 'е', 'т']);
    }
    if ($r < 66) {
        return pick(['"', "'", '<', '>', '&', '\\', '/', '</script>', '<!--', ' ', '.', ',', '-', '@', '+', '#', '?', '=', ':']);
    }
    if ($r < 70) {
        // The edges of what a message writes as \u{...} (issue 21), and their neighbours.
        return pick(["\u{2028}", "\u{2029}", "\u{85}", "\u{A0}", "\u{FEFF}", "\u{200B}", "\u{202E}", "\u{3000}", "\u{2060}",
            "\u{80}", "\u{9F}", "\u{A1}", "\u{AD}", "\u{200A}", "\u{200F}", "\u{2010}", "\u{2027}", "\u{202F}", "\u{2030}",
            "\u{2061}", "\u{FEFE}"]);
    }
    if ($r < 74) {
        return pick(['€', '😀', '中', 'ü', 'Ω', "\u{10FFFF}", "\u{FFFD}", 'é', "e\u{301}"]);
    }
    if ($r < 80) {
        return chr(pick([0, 1, 7, 8, 9, 10, 11, 12, 13, 27, 31, 127]));
    }
    if ($r < 83) {
        return pick(["\xC3", "\xFF", "\xFE", "\x80", "\xBF", "\xC0\x80", "\xC1\xBF", "\xE0\x80\x80", "\xED\xA0\x80",
            "\xED\xBF\xBF", "\xF4\x90\x80\x80", "\xF5\x80\x80\x80", "\xE2\x82", "\xF0\x9F\x98", "\xC3(", "\xF8\x88\x80\x80\x80"]);
    }
    return pick([' ', ' ', 'a', 'o', 'e']);
}

function text(int $min = 0, int $max = 20): string
{
    $s = '';
    for ($i = mt_rand($min, $max); $i > 0; $i--) {
        $s .= unit();
    }
    return $s;
}

/** Printable text (valid UTF-8, no controls), for values that should pass. */
function cleanText(int $min = 1, int $max = 20): string
{
    $s = '';
    for ($i = mt_rand($min, $max); $i > 0; $i--) {
        $r = mt_rand(0, 9);
        $s .= $r < 5 ? chr(mt_rand(0x61, 0x7A)) : ($r < 8 ? pick(['ж', 'Ы', 'ё', 'я', '€', '中']) : pick(['"', "'", '<', '>', '&', ' ', '/', "\u{2028}", '\\']));
    }
    return $s;
}

/** A value of any type (for type errors). */
function anyValue()
{
    switch (mt_rand(0, 13)) {
        case 0: return null;
        case 1: return (bool)mt_rand(0, 1);
        case 2: return mt_rand(-1000, 1000);
        case 3: return pick([PHP_INT_MAX, PHP_INT_MIN, 0, -1, 1000000000000000, 999999999999999]);
        case 4: return pick([1.5, 0.0, -0.0, -1.5, NAN, INF, -INF, 0.1, 1e-7, 1e15, 1e100, 123.456, 2.5e-300]);
        case 5: return mt_rand(0, 99999) / 100;
        case 6: return text(0, 50);
        case 7: return [];
        case 8: return [mt_rand(1, 9), 'x'];
        case 9: return chance(50) ? new stdClass() : pick([new class {}, new class extends ArrayObject {}]);
        case 10: return new ArrayObject([1]);
        case 11: return '';
        case 12: return ws();
        default: return text(41, 60);
    }
}

function digits(int $min, int $max): string
{
    $s = '';
    for ($i = mt_rand($min, $max); $i > 0; $i--) {
        $s .= chr(mt_rand(0x30, 0x39));
    }
    return $s;
}

/**
 * A short string over a small alphabet that matters to one grammar: the
 * quickest way to find two scanners that disagree on an edge.
 */
function fuzz(string $kind): string
{
    static $alphabets = [
        'email' => ['a', 'a', 'b', 'Z', '0', '1', '-', '-', '.', '.', '@', '@', '+', "'", 'ж', "\u{A0}", "\u{A1}", "\u{2010}",
            "\u{2028}", "\u{2070}", "\u{FEFF}", "\u{FF00}", '_', ' ', '"'],
        'url' => ['h', 't', 'p', 's', 'H', ':', ':', '/', '/', '/', '@', '@', '[', ']', '?', '#', '\\', 'a', '1', 'f', '.', ' ',
            'ж', "\u{85}", "\x7F", '%', 'v'],
        'phone' => ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0', '0', '+', '+', '(', ')', '-', '.', ' ', ' ', "\t", 'x', '/',
            "\u{A0}", "\u{202F}", "\u{2009}", "\xC2", "\xE2\x80"],
        'decimal' => ['0', '0', '1', '9', '5', '.', ',', ' ', '-', '+', 'e'],
        'id' => ['a', 'Z', '0', '_', '-', '.', '.', '.', ' ', '@', 'ж'],
        'nonce' => ['a', 'Z', '0', '+', '/', '-', '_', '=', '=', '=', ' ', '.', '"'],
        'sex' => ['m', 'f', 'M', 'F', ' ', 'x', "\x00"],
    ];
    $prefix = '';
    if ($kind === 'url' && chance(70)) {
        $prefix = pick(['http://', 'https://', '//', 'HTTP:', 'http:/', '']);
    } elseif ($kind === 'email' && chance(50)) {
        $prefix = pick(['a@', 'a.b@', 'ж@', 'x@y.', '']);
    } elseif ($kind === 'decimal' && chance(50)) {
        $prefix = digits(1, 16);
    } elseif ($kind === 'phone' && chance(50)) {
        $prefix = digits(5, 11);
    }
    $s = $prefix;
    for ($i = mt_rand($kind === 'sex' ? 1 : 0, $kind === 'sex' ? 3 : 14); $i > 0; $i--) {
        $s .= pick($alphabets[$kind]);
    }
    return $s;
}

function decimalString(): string
{
    if (chance(10)) {
        return fuzz('decimal');
    }
    $r = mt_rand(0, 99);
    if ($r < 5) {
        return pick(['1 999', '1e3', '-5', '+5', '1.', '.5', '1.2.3', '0x1A', '1_000', '５', '١٢', 'abc', '1,000.00',
            "1\u{A0}000", '12 ', "\t7\n", '0', '000', '0.0', '0,000', '00.10', '1000000000000000', '999999999999999',
            '999999999999999.999999999999999', '1.0000000000000000', '0012,3400', '1000.00', "1\x00", "\xFF1"]);
    }
    $s = digits(1, $r < 10 ? 17 : 6);
    if (chance(50)) {
        $s .= (chance(50) ? '.' : ',') . digits($r < 12 ? 0 : 1, $r < 10 ? 17 : 4);
    }
    if (chance(10)) {
        $s = str_repeat('0', mt_rand(1, 4)) . $s;
    }
    return padded($s);
}

function price(bool $count = false)
{
    $r = mt_rand(0, 99);
    if ($r < 35) {
        return $count ? mt_rand(1, 10) : mt_rand(0, 100000);
    }
    if ($r < 60) {
        return pick([mt_rand(0, 1000000) / 100, mt_rand(1, 99) / 10, 0.1 + 0.2, 1e-7, 5e-324, 999999999999999.9,
            1e15 - 0.5, 123456789.125, 1.0, 0.0, -0.0, 1e14, 1/3]);
    }
    if ($r < 94) {
        return decimalString();
    }
    if ($r < 97) {
        return pick([-1, -0.5, 1000000000000000, PHP_INT_MAX, PHP_INT_MIN, NAN, INF, -INF, 1e15, 0, '']);
    }
    return anyValue();
}

function emailAddress()
{
    if (chance(10)) {
        return fuzz('email');
    }
    $atomChars = ['a', 'b', 'x', 'Z', '0', '9', '!', '#', '$', '%', '&', "'", '*', '+', '/', '=', '?', '^', '_', '`', '{', '|', '}', '~', '-',
        'ж', 'и', 'ü', '中', '😀', "\u{A1}", "\u{2010}", "\u{2027}", "\u{2030}", "\u{205E}", "\u{2070}", "\u{3001}", "\u{FEFE}", "\u{FF00}"];
    $bad = ['"', '(', ')', ',', ':', ';', '<', '>', '[', ']', '\\', ' ', "\u{A0}", "\u{85}", "\u{2000}", "\u{200F}", "\u{2028}",
        "\u{202F}", "\u{205F}", "\u{206F}", "\u{3000}", "\u{FEFF}", "\x7F", "\x01", '@', '.', "\xC3"];
    $labelChars = ['a', 'b', 'q', 'Z', 'X', '0', '7', '-', 'ж', 'Ф', 'ü', 'Ü', '中', "\u{A1}", "\u{2070}", "\u{10FFFF}"];
    $r = mt_rand(0, 99);
    if ($r < 3) {
        return pick(['иван@пример.рф', "o'brien+shop@mail.example.com", 'ivan@localhost', 'ivan@@x.ru', '.ivan@x.ru',
            'ivan@x..ru', 'Ivan@Gmail.COM', 'a@b.12', 'a@b.c1', 'a@1.2', 'a@-b.ru', 'a@b-.ru', 'a@b.ru.', 'a.@b.ru',
            '@b.ru', 'a@', 'a@[1.2.3.4]', '"a b"@c.ru', 'a@b_c.ru', 'a(c)@b.ru']);
    }
    // Local part: atoms.
    $atoms = [];
    for ($i = mt_rand(1, 3); $i > 0; $i--) {
        $atom = '';
        for ($j = mt_rand(1, $r < 10 ? 40 : 8); $j > 0; $j--) {
            $atom .= chance(70) ? chr(mt_rand(0x61, 0x7A)) : pick($atomChars);
        }
        $atoms[] = $atom;
    }
    $local = implode('.', $atoms);
    if ($r >= 10 && $r < 14) {
        $local = str_repeat('a', mt_rand(61, 65));
    }
    $labels = [];
    for ($i = mt_rand(1, 4); $i > 0; $i--) {
        $label = '';
        for ($j = mt_rand(1, $r < 16 && $r >= 14 ? 66 : 8); $j > 0; $j--) {
            $label .= chance(75) ? chr(mt_rand(0x61, 0x7A)) : pick($labelChars);
        }
        if (chance(95)) {
            $label = trim($label, '-');
        }
        $labels[] = $label === '' ? 'x' : $label;
    }
    if ($r >= 18 && $r < 20) {
        // Long domains, around the 253-byte limit.
        $labels = [];
        $total = mt_rand(240, 258);
        while ($total > 0) {
            $len = min(63, $total);
            $labels[] = str_repeat(chr(mt_rand(0x61, 0x7A)), $len);
            $total -= $len + 1;
        }
    }
    if ($r >= 22 && $r < 24) {
        $labels[] = digits(1, 3);
    }
    if (count($labels) < 2 && chance(95)) {
        $labels[] = pick(['ru', 'com', 'рф', 'RU', 'Com']);
    }
    $email = $local . '@' . implode('.', $labels);
    if (chance(6)) {
        // Break something.
        $pos = mt_rand(0, strlen($email));
        switch (mt_rand(0, 4)) {
            case 0: $email = substr($email, 0, $pos) . pick($bad) . substr($email, $pos); break;
            case 1: $email = str_replace('.', '..', $email); break;
            case 2: $email = '.' . $email; break;
            case 3: $email .= pick(['.', '-', '.1', '.-x', '@x.ru']); break;
            case 4: $email = str_replace('@', pick(['@-', '-@', '@.', '.@', '']), $email); break;
        }
    }
    return padded($email);
}

function phone()
{
    if (chance(10)) {
        return fuzz('phone');
    }
    $r = mt_rand(0, 99);
    if ($r < 10) {
        return chance(80) ? mt_rand(1000000000, 999999999999999) : (chance(50) ? mt_rand(0, PHP_INT_MAX) : -mt_rand(100000000, 99999999999));
    }
    if ($r < 15) {
        return pick(['+7 (999) 123-45-67', '(+7) 999 123 45 67', '++79991234567', '7+9991234567', '+ 79991234567',
            '-+79991234567', '(+)79991234567', '+(7)9991234567', '8.999.123.45.67', "7999\t1234567", '+', '()', '-',
            '٣١٢٣٤٥٦٧٨٩٠', '+7 999 123 45 67 ext 1', '+7999123456789012', '123456789', '1234567890']);
    }
    $s = '';
    $n = chance(90) ? mt_rand(10, 13) : mt_rand(8, 17);
    for ($i = 0; $i < $n; $i++) {
        $s .= chr(mt_rand(0x30, 0x39));
        if (chance(20)) {
            $s .= pick([' ', '-', '(', ')', '.', ' ', '--', ') ', ' (', "\u{A0}", "\u{202F}", "\u{A0}(", ")\u{202F}"]);
        }
    }
    if (chance(40)) {
        $s = '+' . $s;
    }
    if (chance(5)) {
        $pos = mt_rand(0, strlen($s));
        $s = substr($s, 0, $pos) . pick(['+', 'x', "\t", "\u{A0}", '/', "\xC3"]) . substr($s, $pos);
    }
    return padded($s);
}

function userId()
{
    if (chance(10)) {
        return fuzz('id');
    }
    $r = mt_rand(0, 99);
    if ($r < 15) {
        return mt_rand(-100000, 1000000);
    }
    $chars = array_merge(range('a', 'z'), range('A', 'Z'), range('0', '9'), ['_', '-', '.', '.']);
    $s = '';
    for ($i = mt_rand(1, $r < 25 ? 70 : 12); $i > 0; $i--) {
        $s .= pick($chars);
    }
    if (chance(5)) {
        $s .= pick([' ', 'ж', '@', '+', "\x00", "\xFF"]);
    }
    return padded($s);
}

/**
 * A phone or id that would be an error if it were used: wrong types, invalid
 * UTF-8, the messy phones shops really store. Next to an email it must be
 * ignored.
 */
function garbageFallback()
{
    switch (mt_rand(0, 5)) {
        case 0: return anyValue();
        case 1: return pick([[], ['79991234567'], 7999123456.5, NAN, true, false, 0, -1, new stdClass(), new ArrayObject([1])]);
        case 2: return pick(['8-916-123', '+7 916 123 45 67 доб. 12', '+7 916 123-45-67, +7 495 123-45-67',
            '+7 916 123 45 67 (Иван)', 'call me', 'a..b', '.x', str_repeat('i', 65), 'нет']);
        case 3: return "+7\xFF" . digits(10, 10);
        case 4: return fuzz(chance(50) ? 'phone' : 'id');
        default: return text(1, 30);
    }
}

function url()
{
    if (chance(15)) {
        return fuzz('url');
    }
    $r = mt_rand(0, 99);
    if ($r < 6) {
        return pick(['http://', 'https://', '//', 'http:///x', 'http://?x', 'http://#x', 'http://@', 'http://:80', 'http://[]',
            'http://[::1]:8080/a.png', 'http://a:x', 'http://a:80:90', 'http://a@b@c', 'ftp://a/b', 'http:/a', '/a.png',
            'a.png', 'http:\\\\a', 'http://\\a', 'http://a\\b', 'HTTP://EXAMPLE.COM/X.JPG', 'http://a[', 'http://a]', 'http://[a]x',
            'http://user:pass@host:1/x', 'http://a:', 'http://@a', 'http://a@', '//:1', '//a@b']);
    }
    $scheme = chance(90) ? pick(['http://', 'https://', '//', 'HTTP://', 'hTTpS://']) : pick(['ftp://', 'http:/', 'http:', '', 'javascript:']);
    $host = chance(80) ? pick(['example.com', 'cdn.shop.ru', 'пример.рф', 'a', '127.0.0.1', '[::1]', 'x.y.z', 'EXAMPLE.COM', 'host:8080', 'u:p@host']) : pick(['example.com', 'cdn.shop.ru', 'пример.рф', 'a', '127.0.0.1', '[::1]', '[v1.x]', '', 'a b', 'a_b', '-x',
        'host:8080', 'host:', 'u:p@host', '@host', 'u@', 'x.y.z', 'EXAMPLE.COM', 'a[b', 'a]b', 'a"b', "a'b", 'a<b', 'a&b']);
    $path = '';
    if (chance(80)) {
        $path = pick(['/', '/img/1.jpg', '/a/b/c.png', '?x=1&y=2', '#frag', '/ж/щ.png', '/a%20b.jpg', '/</script>', '/"\'',
            "/\u{2028}", '\\x', '/@x', '/:x']);
    }
    if (chance(5)) {
        $path .= pick([' ', "\t", "\x01", "\x7F", "\u{85}", "\u{9F}", "\u{A0}", "\u{2028}", "\xC3", "\x00"]);
        if (chance(50)) {
            $path .= 'x';
        }
    }
    return padded($scheme . $host . $path);
}

function nonce()
{
    if (chance(10)) {
        return fuzz('nonce');
    }
    $r = mt_rand(0, 99);
    if ($r < 8) {
        return pick(['', '=', '==', 'a===', ' abc', 'abc ', "abc\n", 'a b', 'a"b', 'a<b', "\xC3", 'ж', 'a.b', 'abc=d',
            str_repeat('A', 256), str_repeat('A', 257), str_repeat('A', 256) . '==', str_repeat('A', 255) . '=', '+/-_']);
    }
    $chars = array_merge(range('a', 'z'), range('A', 'Z'), range('0', '9'), ['+', '/', '-', '_']);
    $s = '';
    for ($i = mt_rand(1, $r < 12 ? 260 : 32); $i > 0; $i--) {
        $s .= pick($chars);
    }
    return $s . str_repeat('=', mt_rand(0, 2) + (chance(3) ? 1 : 0));
}

function typo(array $keys)
{
    $r = mt_rand(0, 99);
    if ($r < 20) {
        return pick([0, 1, -1, 7, PHP_INT_MAX, PHP_INT_MIN]);
    }
    if ($r < 40) {
        return pick(['', 'a b', 'a"b', 'a\\b', 'ж', "\xC3", "\x01", 'a-b', 'a.b', "bad\u{2028}", str_repeat('k ', 25),
            str_repeat('k', 50), str_repeat('ж', 25), 'password_hash', 'address', '5a', '_', 'A_b9', ' name', 'name ', "\x7F"]);
    }
    $k = pick($keys);
    switch (mt_rand(0, 4)) {
        case 0: return ucfirst($k);
        case 1: return strtoupper($k);
        case 2: return strlen($k) > 2 ? substr($k, 0, 1) . substr($k, 2, 1) . substr($k, 1, 1) . substr($k, 3) : $k . 'x';
        case 3: return $k . 's';
        default: return substr($k, 0, -1);
    }
}

/** Shuffles an associative array's order sometimes (order must not matter). */
function maybeShuffle(array $a): array
{
    if (!chance(30)) {
        return $a;
    }
    $keys = array_keys($a);
    shuffle($keys);
    $out = [];
    foreach ($keys as $k) {
        $out[$k] = $a[$k];
    }
    return $out;
}

function genUser(): array
{
    $u = [];
    if (!chance(3)) {
        $u['name'] = chance(93) ? padded(cleanText(0, 25)) : (chance(50) ? pick([null, '', '   ']) : (chance(50) ? text(0, 45) : anyValue()));
    }
    $mode = mt_rand(0, 99);
    if ($mode < 65) {
        $u['email'] = chance(97) ? emailAddress() : anyValue();
    } elseif ($mode < 75) {
        $u['email'] = pick([null, '', ' ']);
    }
    $fallback = $mode >= 65 && chance(85);
    if (chance($fallback ? 60 : 25)) {
        $u['phone'] = chance(96) ? phone() : anyValue();
        if ($fallback && chance(5)) {
            // Present though not a string: used, and an error.
            $u['phone'] = pick([[], false, true, 0, 0.0, '0']);
        }
    }
    if (chance($fallback && !isset($u['phone']) ? 100 : 25)) {
        $u['id'] = chance(96) ? userId() : anyValue();
    }
    if ($mode < 65 && chance(30)) {
        // Phone and id are read only without an email: next to one, garbage
        // in either must not matter (unless the email itself is bad).
        if (chance(70)) {
            $u['phone'] = garbageFallback();
        }
        if (chance(50)) {
            $u['id'] = garbageFallback();
        }
    }
    if (chance(40)) {
        $u['sex'] = chance(85) ? padded(pick(['m', 'f', 'M', 'F'])) : (chance(50) ? fuzz('sex') : pick(['x', 'mf', 'male', '', null, 1, 'ж', ' m ', "m\x00"]));
    }
    if (chance(4)) {
        $u[typo(['name', 'email', 'phone', 'id', 'sex'])] = anyValue();
    }
    return maybeShuffle($u);
}

function genItem()
{
    if (chance(2)) {
        return anyValue();
    }
    $it = [];
    if (chance(70)) {
        $it['id'] = chance(97) ? (chance(50) ? mt_rand(-5, 100000) : padded(cleanText(0, 10))) : (chance(50) ? text(0, 15) : anyValue());
    }
    if (chance(70)) {
        $it['title'] = chance(96) ? padded(cleanText(0, 50)) : (chance(50) ? text(0, 50) : anyValue());
    }
    if (chance(70)) {
        $it['price'] = chance(98) ? price() : anyValue();
    }
    if (chance(50)) {
        $it['image'] = chance(98) ? url() : anyValue();
    }
    if (chance(60)) {
        $it['count'] = chance(98) ? price(true) : anyValue();
    }
    if (chance(3)) {
        $it[typo(['id', 'title', 'price', 'image', 'count'])] = anyValue();
    }
    return maybeShuffle($it);
}

function genOrder(): array
{
    $o = [];
    if (!chance(2)) {
        $o['id'] = chance(96) ? (chance(40) ? mt_rand(-100, 10000000) : padded(cleanText(1, 12))) : (chance(50) ? pick([null, '', ' ']) : (chance(50) ? text(0, 15) : anyValue()));
    }
    if (!chance(2)) {
        $o['price'] = chance(98) ? price() : anyValue();
    }
    if (chance(40)) {
        $o['custom_field'] = chance(90) ? (chance(30) ? mt_rand(-100, 100000) : padded(cleanText(0, 20))) : (chance(50) ? text(0, 20) : anyValue());
    }
    if (!chance(2)) {
        if (chance(3)) {
            $o['items'] = chance(50) ? [] : anyValue();
        } else {
            $items = [];
            $keyed = chance(15);
            for ($i = mt_rand(1, 4); $i > 0; $i--) {
                if ($keyed) {
                    $items[pick(['a', 'b', 'sku-1', 10, 3, 'ж', 99])] = genItem();
                } else {
                    $items[] = genItem();
                }
            }
            $o['items'] = $items;
        }
    }
    if (chance(3)) {
        $o[typo(['id', 'price', 'custom_field', 'items'])] = anyValue();
    }
    return maybeShuffle($o);
}

/* ---- the tags (issue 13) ---------------------------------------------- */

/** Text for an attribute: clean or nasty, sometimes carrying a U+0000 or CR. */
function attrText(int $max = 20): string
{
    $s = chance(85) ? padded(cleanText(0, $max)) : text(0, $max);
    if (chance(4)) {
        $s = substr_replace($s, pick(["\0", "\r", "\r\n"]), mt_rand(0, strlen($s)), 0);
    }
    return $s;
}

function genItemView(): array
{
    $it = [];
    if (!chance(4)) {
        $it['id'] = chance(95) ? (chance(40) ? mt_rand(-5, 100000) : attrText(12)) : (chance(50) ? pick([null, '', ' ']) : anyValue());
    }
    if (chance(60)) {
        $it['category_id'] = chance(93) ? (chance(40) ? mt_rand(-5, 1000) : attrText(8)) : (chance(50) ? pick([null, '', ' ']) : anyValue());
    }
    if (chance(60)) {
        $it['vendor'] = chance(93) ? attrText(20) : (chance(50) ? pick([null, '', '  ']) : anyValue());
    }
    if (chance(50)) {
        $it['available'] = chance(90) ? pick([true, false, null]) : pick([1, 0, 'true', 'false', '', 'yes', 1.0, []]);
    }
    if (chance(3)) {
        $it[typo(['id', 'category_id', 'vendor', 'available'])] = anyValue();
    }
    return maybeShuffle($it);
}

/* ---- loader, cart and profile (issue 14) ------------------------------ */

function cartId()
{
    $r = mt_rand(0, 99);
    if ($r < 40) {
        return mt_rand(-5, 1000000);
    }
    if ($r < 92) {
        return padded(cleanText(0, 12));
    }
    return chance(50) ? pick([null, '', ' ', 0, '0']) : (chance(50) ? text(0, 15) : anyValue());
}

/** A cart item; now and then a required field is missing or a key is wrong. */
function genCartItem()
{
    if (chance(2)) {
        return anyValue();
    }
    $it = [];
    if (!chance(3)) {
        $it['id'] = cartId();
    }
    if (!chance(chance(50) ? 40 : 3)) {
        $it['price'] = chance(97) ? price() : anyValue();
    }
    if (!chance(3)) {
        $it['count'] = chance(97) ? price(true) : anyValue();
    }
    if (chance(50)) {
        $it['brand'] = chance(93) ? padded(cleanText(0, 25)) : (chance(50) ? text(0, 30) : anyValue());
    }
    if (chance(50)) {
        $it['category_id'] = cartId();
    }
    if (chance(3)) {
        $it[typo(['id', 'price', 'count', 'brand', 'category_id', 'categoryId', 'title'])] = anyValue();
    }
    return maybeShuffle($it);
}

/** One random call of a tag function: [name, twin, args]. */
function genTagCall(): array
{
    switch (mt_rand(0, 3)) {
        case 0:
            $u = genUser();
            if (chance(10) && isset($u['name']) && is_string($u['name'])) {
                $u['name'] .= "\0";
            }
            return ['flocktory_user', 'FlocktoryUserland\userTag', [$u]];
        case 1:
            return ['flocktory_item_view', 'FlocktoryUserland\itemView', [genItemView()]];
        case 2:
            $id = chance(50) ? pick([mt_rand(-3, 100000), 0, 1, PHP_INT_MAX, PHP_INT_MIN]) : (chance(85) ? attrText(10) : pick(['', ' ', "\t\n", null]));
            return ['flocktory_category_view', 'FlocktoryUserland\categoryView', [$id]];
        default:
            $u = chance(20) ? [] : genUser();
            if (chance(30)) {
                unset($u['email']);
            }
            $args = chance(20) ? [$u] : [$u, chance(60) ? attrText(15) : pick([null, '', ' '])];
            return ['flocktory_exchange', 'FlocktoryUserland\exchange', $args];
    }
}

function freeKey()
{
    $r = mt_rand(0, 99);
    if ($r < 85) {
        $chars = array_merge(range('a', 'z'), range('A', 'Z'), range('0', '9'), ['_', '_', '-', '.']);
        $s = '';
        for ($i = mt_rand(1, $r < 5 ? 66 : 16); $i > 0; $i--) {
            $s .= pick($chars);
        }
        return $s;
    }
    if ($r < 92) {
        return pick([0, 12, -7, '12', '012', '1.5', '-0', '', ' a', 'a b', 'ж', "a\x00", 'a"b', 'a/b', "\xC3",
            str_repeat('k', 64), str_repeat('k', 65), 'loyalty-level', 'a.b']);
    }
    return typo(['loyalty_level', 'orders', 'city']);
}

function freeValue()
{
    $r = mt_rand(0, 99);
    if ($r < 30) {
        return padded(cleanText(0, 20));
    }
    if ($r < 45) {
        return mt_rand(-1000000, 1000000);
    }
    if ($r < 55) {
        return pick([-1.5, 0.1 + 0.2, -0.0, 0.0, 1e-7, -1e-7, 999999999999999.9, -999999999999999.9, 1e15, -1e15, NAN, INF,
            -INF, 5e-324, -5e-324, 2.0, mt_rand(-100000, 100000) / 100, 1e14 + 0.5, -1/3]);
    }
    if ($r < 60) {
        return pick([999999999999999, -999999999999999, 1000000000000000, -1000000000000000, PHP_INT_MAX, PHP_INT_MIN]);
    }
    if ($r < 70) {
        return (bool)mt_rand(0, 1);
    }
    if ($r < 78) {
        return pick([null, '', ' ', "\t\n"]);
    }
    if ($r < 88) {
        return text(0, 30);
    }
    return anyValue();
}

function genProfile(): array
{
    $d = [];
    for ($i = chance(3) ? 0 : mt_rand(1, 5); $i > 0; $i--) {
        $d[chance(90) ? freeKey() : pick(['a', 'b', 'x'])] = freeValue();
    }
    return $d;
}

/** $as: mostly one of the three forms, sometimes an int that is none of them. */
function form(): int
{
    return chance(92) ? pick([FLOCKTORY_ELEMENT, FLOCKTORY_ELEMENT, FLOCKTORY_JS, FLOCKTORY_JSON])
        : pick([-1, 3, 4, PHP_INT_MAX, PHP_INT_MIN, mt_rand(5, 1000)]);
}

function siteId(): int|string
{
    $r = mt_rand(0, 99);
    if ($r < 50) {
        return chance(85) ? mt_rand(1, 10000000) : pick([0, -1, 1, PHP_INT_MAX, PHP_INT_MIN, mt_rand(-5, 5)]);
    }
    if ($r < 80) {
        // What getenv() gives (issue 21): digits, sometimes padded or with leading zeros.
        return padded(str_repeat('0', chance(20) ? mt_rand(1, 20) : 0) . mt_rand(chance(10) ? 0 : 1, 10000000), 20);
    }
    return pick(['', ' ', '+12', '-12', '12a', '1.0', '1e3', '0x1A', '0', '000', '1 2', '9223372036854775807',
        '9223372036854775808', '09223372036854775807', '12345678901234567890', "\u{661}\u{662}", "\u{ff11}", "12\0",
        "\u{a0}12", "12\xFF", " 0012 ", "\t7\n"]);
}

/** [extension function, userland function, arguments] */
function genEvent(): array
{
    $nonce = chance(25) ? nonce() : null;
    switch (mt_rand(0, 4)) {
        case 0:
            return ['flocktory_loader', 'FlocktoryUserland\loader', [siteId(), $nonce]];
        case 1:
            return ['flocktory_add_to_cart', 'FlocktoryUserland\addToCart', [cartArray(genCartItem()), $nonce, form()]];
        case 2:
            return ['flocktory_remove_from_cart', 'FlocktoryUserland\removeFromCart', [cartArray(genCartItem()), $nonce, form()]];
        case 3:
            $items = [];
            $keyed = chance(15);
            for ($i = chance(10) ? 0 : mt_rand(1, 4); $i > 0; $i--) {
                if ($keyed) {
                    $items[pick(['a', 'b', 'sku-1', 10, 3, 'ж', 99])] = genCartItem();
                } else {
                    $items[] = genCartItem();
                }
            }
            return ['flocktory_update_cart', 'FlocktoryUserland\updateCart', [$items, $nonce, form()]];
        default:
            return ['flocktory_attach_to_profile', 'FlocktoryUserland\attachToProfile', [genProfile(), $nonce, form()]];
    }
}

/** The item argument of add and remove is typed array: anything else is put inside one. */
function cartArray($item): array
{
    return is_array($item) ? $item : ['id' => $item, 'count' => 1];
}

function fixedEvents(): array
{
    $u = 'FlocktoryUserland\\';
    $item = ['id' => '123', 'price' => 1200, 'count' => 1, 'brand' => 'smth inc', 'category_id' => '123123'];
    $cases = [
        ['flocktory_loader', $u . 'loader', [1234, null]],
        ['flocktory_loader', $u . 'loader', [1234, 'abc==']],
        ['flocktory_loader', $u . 'loader', [0, 'a b']],
        ['flocktory_loader', $u . 'loader', ['0012', null]],
        ['flocktory_loader', $u . 'loader', ["\u{a0}12", 'abc']],
        ['flocktory_add_to_cart', $u . 'addToCart', [$item, null]],
        ['flocktory_add_to_cart', $u . 'addToCart', [['price' => '1 200,50'], null]],
        ['flocktory_remove_from_cart', $u . 'removeFromCart', [['id' => '124', 'count' => 2], null]],
        ['flocktory_update_cart', $u . 'updateCart', [[['id' => '1001', 'price' => 100, 'count' => 1]], null]],
        ['flocktory_update_cart', $u . 'updateCart', [[], 'n0nce']],
        ['flocktory_update_cart', $u . 'updateCart', [['x' => $item, 5], null]],
        ['flocktory_attach_to_profile', $u . 'attachToProfile', [['loyalty_level' => 'gold', 'orders' => 12], null]],
        ['flocktory_attach_to_profile', $u . 'attachToProfile', [[], 'a b']],
        ['flocktory_attach_to_profile', $u . 'attachToProfile', [['a-b' => [], 'c' => 1], null]],
        ['flocktory_attach_to_profile', $u . 'attachToProfile', [['12' => 1], null]],
        ['flocktory_attach_to_profile', $u . 'attachToProfile', [['n' => -0.0, 'm' => -1e-7, 'b' => false], null]],
    ];
    // The forms: each function in each form, a nonce where none belongs, an
    // $as that is none of them, and a bad $as next to bad data.
    $valid = [
        ['flocktory_add_to_cart', $u . 'addToCart', [$item]],
        ['flocktory_remove_from_cart', $u . 'removeFromCart', [['id' => '124', 'count' => 2]]],
        ['flocktory_update_cart', $u . 'updateCart', [[$item]]],
        ['flocktory_attach_to_profile', $u . 'attachToProfile', [['loyalty_level' => "gold\u{2028}</script>"]]],
    ];
    foreach ($valid as [$ext, $twin, $args]) {
        foreach ([[null, FLOCKTORY_ELEMENT], [null, FLOCKTORY_JS], [null, FLOCKTORY_JSON], ['abc', FLOCKTORY_ELEMENT],
            ['abc', FLOCKTORY_JS], ['', FLOCKTORY_JSON], ['a b', FLOCKTORY_JS], [null, 3], [null, -1], ['abc', 7]] as $extra) {
            $cases[] = [$ext, $twin, array_merge($args, $extra)];
        }
    }
    $cases[] = ['flocktory_add_to_cart', $u . 'addToCart', [['price' => -1], null, 9]];
    $cases[] = ['flocktory_attach_to_profile', $u . 'attachToProfile', [[], 'a b', FLOCKTORY_JSON]];
    $price = ' 5 ';
    $ref = ['id' => 'a', 'price' => &$price, 'count' => 1];
    $cases[] = ['flocktory_update_cart', $u . 'updateCart', [[&$ref, &$ref], null]];
    return $cases;
}

/* ---- fixed edge cases ------------------------------------------------- */

function fixedCases(): array
{
    $u = ['name' => 'Ivan Ivanov', 'email' => 'ivan@gmail.com', 'sex' => 'm'];
    $o = ['id' => '77', 'price' => 2000, 'custom_field' => 'my_custom_id',
        'items' => [['id' => '777', 'title' => 'Nike Shoes', 'price' => 1000, 'image' => 'http://path.to.image', 'count' => 1]]];
    $cases = [[$u, $o, null, null], [$u, $o, 'spot1', 'abc=='], [$u, $o, " \t", null]];
    foreach ([[null, FLOCKTORY_JS], [null, FLOCKTORY_JSON], ['abc==', FLOCKTORY_ELEMENT], ['abc==', FLOCKTORY_JS],
        ['a b', FLOCKTORY_JSON], [null, 3], ['abc', PHP_INT_MIN]] as [$nonce, $as]) {
        $cases[] = [$u, $o, 'spot1', $nonce, $as];
    }
    $cases[] = [['name' => 5], $o, null, null, -1];
    $min = ['id' => 1, 'price' => 1, 'items' => [['count' => 1]]];
    foreach ([[-1 => 1], [PHP_INT_MIN => 1], ['a b' => 1], ['' => 1], [str_repeat('k ', 30) => 1], ["\xC3\x28" => 1]] as $extra) {
        $cases[] = [['name' => '', 'email' => 'a@b.ru'] + $extra, $min, null, null];
        $cases[] = [['name' => '', 'email' => 'a@b.ru'], ['id' => 1, 'price' => 1, 'items' => [['count' => 1] + $extra]], null, null];
    }
    foreach (["http://a\u{85}", "http://a/\u{9F}x", "http://a\u{A0}", 'http://[::1]', 'http://a:b@c'] as $url) {
        $cases[] = [['name' => '', 'email' => 'a@b.ru'], ['id' => 1, 'price' => 1, 'items' => [['image' => $url]]], null, null];
    }
    foreach ([1.0, -0.0, 1e-7, 0.1 + 0.2, 5e-324, 999999999999999.9, '0012,3400', '1000.00', '0.000', -0.5] as $p) {
        $cases[] = [['name' => '', 'email' => 'a@b.ru'], ['id' => 1, 'price' => $p, 'items' => [['count' => $p]]], null, null];
    }
    foreach (['+7 (999) 123-45-67', '(+7) 999 123 45 67', '-+79991234567', -79991234567, '+(7)9991234567',
        "+7\u{a0}916\u{a0}123-45-67", "\u{202f}+\u{a0}7(916)\u{202f}1234567", "+7\u{2009}916\u{2009}123-45-67"] as $p) {
        $cases[] = [['name' => '', 'phone' => $p], $min, null, null];
    }
    // Fallbacks are read only without an email; then the first one present
    // and valid makes the address, and a bad one is passed over (issue 21).
    foreach (['8-916-123', '+7 916 123 45 67 доб. 12', '+7 916 123-45-67, +7 495 123-45-67', '+7 916 123 45 67 (Иван)',
        [], 4.5, new stdClass(), "+7\xFF9161234567", false, true] as $p) {
        $cases[] = [['name' => '', 'email' => 'a@b.ru', 'phone' => $p, 'id' => $p], $min, null, null];
        $cases[] = [['name' => '', 'phone' => $p, 'id' => 'u42'], $min, null, null];
        $cases[] = [['name' => '', 'email' => " \t", 'id' => $p], $min, null, null];
    }
    foreach ([[], false, 0, '0', null, '', ' '] as $p) {
        $cases[] = [['name' => '', 'email' => '', 'phone' => $p, 'id' => 'u42'], $min, null, null];
    }
    $cases[] = [['name' => '', 'email' => 'bad', 'phone' => '+7 916 123-45-67'], $min, null, null];
    $cases[] = [['name' => '', 'phone' => '+7 916 123-45-67', 'id' => 'a..b', 'sex' => 'x'], $min, null, null];
    $cases[] = [['name' => '', 'phone' => '8-916-123', 'id' => 'a..b', 'sex' => 'x'], $min, null, null];
    $cases[] = [['name' => '', 'phone' => '8-916-123', 'id' => 'u42', 'sex' => 'x'], $min, null, null];
    $cases[] = [['name' => '', 'phone' => ' ', 'id' => [], 'sex' => 'x'], $min, null, null];
    // Messages that show what cannot be seen (issue 21).
    foreach (["1\u{a0}999", "ivan\u{200b}@mail.ru", "a\nb", str_repeat("\u{a0}", 21), str_repeat('a', 39) . "\u{202f}",
        "a\t\u{a0}\xFF"] as $v) {
        $cases[] = [['name' => '', 'email' => $v], $min, null, null];
        $cases[] = [['name' => '', 'email' => 'a@b.ru'], ['id' => 1, 'price' => $v, 'items' => [['count' => 1]]], null, null];
    }
    $cases[] = [['name' => new class {}, 'email' => 'a@b.ru'], $min, null, null];
    // Byte (not character) limits in the email grammar.
    foreach ([str_repeat('ж', 32) . '@x.ru', str_repeat('ж', 32) . 'a@x.ru', 'a@' . str_repeat('ж', 31) . 'a.ru',
        'a@' . str_repeat('ж', 32) . '.ru', 'a@' . str_repeat(str_repeat('b', 62) . '.', 3) . str_repeat('c', 62),
        'a@' . str_repeat(str_repeat('b', 62) . '.', 3) . str_repeat('c', 63), 'a@b.' . str_repeat('7', 63)] as $email) {
        $cases[] = [['name' => '', 'email' => $email], $min, null, null];
    }
    // References inside the arrays.
    $email = ' A@B.RU ';
    $item = ['title' => 'x'];
    $items = [&$item];
    $cases[] = [['name' => '', 'email' => &$email], ['id' => 1, 'price' => '1,50', 'items' => &$items], null, null];
    return $cases;
}

/* ---- the comparison --------------------------------------------------- */

/** What a call of a script snippet reached: a form returned, or which ValueError. */
function formOutcome(int $as, array $outcome): string
{
    if ($outcome[0] === 'ok') {
        return ['element', 'js', 'json'][$as] ?? 'ok with another $as';
    }
    if ($outcome[0] === 'throwable' && $outcome[1] === 'ValueError') {
        return str_contains($outcome[2], '($as)') ? 'ValueError $as' : 'ValueError $nonce';
    }
    return $outcome[0];
}

function outcome(callable $f, array $args): array
{
    try {
        return ['ok', $f(...$args)];
    } catch (\Flocktory\ValidationException | \FlocktoryUserland\ValidationException $e) {
        return ['error', $e->getField(), $e->getMessage()];
    } catch (\Throwable $e) {
        return ['throwable', get_class($e), $e->getMessage()];
    }
}

function show(array $outcome): string
{
    if ($outcome[0] === 'ok') {
        return 'returned ' . var_export($outcome[1], true);
    }
    if ($outcome[0] === 'error') {
        return 'ValidationException field=' . var_export($outcome[1], true) . ' message=' . var_export($outcome[2], true);
    }
    return $outcome[1] . ': ' . $outcome[2];
}

/**
 * Which side of the fallback rule a case exercised: 'ignored' when a snippet
 * came back for a user whose email sits next to a phone or id that would be
 * an error if it were used (the userland twin says so, asked about that
 * field alone); 'used' when a user without an email failed at user.phone or
 * user.id.
 */
function fallbackCoverage(array $user, array $outcome): ?string
{
    if ($outcome[0] === 'error') {
        return in_array($outcome[1], ['user.phone', 'user.id'], true) ? 'used' : null;
    }
    if ($outcome[0] !== 'ok' || !is_string($user['email'] ?? null) || trim($user['email'], FlocktoryUserland\WS) === '') {
        return null;
    }
    $min = ['id' => 1, 'price' => 1, 'items' => [['count' => 1]]];
    foreach (['phone', 'id'] as $key) {
        if (array_key_exists($key, $user)) {
            $alone = outcome('FlocktoryUserland\postcheckout', [['name' => '', $key => $user[$key]], $min]);
            if ($alone[0] === 'error' && $alone[1] === "user.$key") {
                return 'ignored';
            }
        }
    }
    return null;
}

$fixed = fixedCases();
$forms = [];
$coverage = ['ignored' => 0, 'used' => 0];
$mismatches = 0;
$okBoth = 0;
for ($i = 0; $i < $n; $i++) {
    $args = $i < count($fixed) ? $fixed[$i] : [
        genUser(),
        genOrder(),
        chance(30) ? (chance(80) ? padded(cleanText(0, 20)) : text(0, 30)) : null,
        chance(25) ? nonce() : null,
        form(),
    ];
    $precision = $i % 10 === 9 ? '17' : '-1';
    ini_set('serialize_precision', $precision);
    $ext = outcome('flocktory_postcheckout', $args);
    $user = outcome('FlocktoryUserland\postcheckout', $args);
    $forms['flocktory_postcheckout'][formOutcome($args[4] ?? FLOCKTORY_ELEMENT, $ext)] ??= 0;
    $forms['flocktory_postcheckout'][formOutcome($args[4] ?? FLOCKTORY_ELEMENT, $ext)]++;
    $after = ini_get('serialize_precision');
    ini_set('serialize_precision', '-1');
    if ($after !== $precision) {
        $user = ['throwable', 'ini', "serialize_precision changed from $precision to $after"];
    }
    if ($ext === $user) {
        $okBoth += $ext[0] === 'ok';
        if (($side = fallbackCoverage($args[0], $ext)) !== null) {
            $coverage[$side]++;
        }
        continue;
    }
    $mismatches++;
    if ($mismatches <= 20) {
        echo "--- mismatch #$mismatches (case $i, serialize_precision=$precision)\n";
        echo 'input: ', var_export($args, true), "\n";
        echo 'extension: ', show($ext), "\n";
        echo 'userland:  ', show($user), "\n";
    }
}
// The tags: as many random calls again, spread over the four functions.
$tagMismatches = 0;
$tagOk = 0;
$tagErrors = [];
for ($i = 0; $i < $n; $i++) {
    [$name, $twin, $args] = genTagCall();
    $ext = outcome($name, $args);
    $user = outcome($twin, $args);
    if ($ext === $user) {
        $tagOk += $ext[0] === 'ok';
        if ($ext[0] === 'error') {
            $tagErrors[$ext[1]] = true;
        }
        continue;
    }
    $tagMismatches++;
    if ($tagMismatches <= 20) {
        echo "--- tag mismatch #$tagMismatches (case $i, $name)\n";
        echo 'input: ', var_export($args, true), "\n";
        echo 'extension: ', show($ext), "\n";
        echo 'userland:  ', show($user), "\n";
    }
}
ksort($tagErrors);
fwrite(STDERR, "($tagOk of $n tag calls returned a tag; errors at " . count($tagErrors) . " distinct fields)\n");
echo "compare tags: $n cases, $tagMismatches mismatches\n";
$mismatches += $tagMismatches;

fwrite(STDERR, "($okBoth of $n cases returned a snippet; {$coverage['ignored']} kept the email next to a phone or id"
    . " that would fail if used; {$coverage['used']} failed at a phone or id used for want of an email)\n");

// The loader, cart and profile functions: half as many cases again.
$events = max(1, intdiv($n, 2));
$fixedEvents = fixedEvents();
$outcomes = [];
for ($i = 0; $i < $events; $i++) {
    [$extFn, $userFn, $args] = $i < count($fixedEvents) ? $fixedEvents[$i] : genEvent();
    $precision = $i % 10 === 9 ? '17' : '-1';
    ini_set('serialize_precision', $precision);
    $ext = outcome($extFn, $args);
    $user = outcome($userFn, $args);
    ini_set('serialize_precision', '-1');
    $outcomes[$extFn][$ext[0]] = ($outcomes[$extFn][$ext[0]] ?? 0) + 1;
    if ($extFn !== 'flocktory_loader') {
        $forms[$extFn][formOutcome($args[2] ?? FLOCKTORY_ELEMENT, $ext)] ??= 0;
        $forms[$extFn][formOutcome($args[2] ?? FLOCKTORY_ELEMENT, $ext)]++;
    }
    if ($ext === $user) {
        continue;
    }
    $mismatches++;
    if ($mismatches <= 20) {
        echo "--- mismatch #$mismatches ($extFn case $i, serialize_precision=$precision)\n";
        echo 'input: ', var_export($args, true), "\n";
        echo 'extension: ', show($ext), "\n";
        echo 'userland:  ', show($user), "\n";
    }
}
ksort($outcomes);
foreach ($outcomes as $fn => $counts) {
    fwrite(STDERR, "($fn: " . ($counts['ok'] ?? 0) . ' snippets, ' . ($counts['error'] ?? 0) . " ValidationExceptions)\n");
}

ksort($forms);
foreach ($forms as $fn => $reached) {
    ksort($reached);
    fwrite(STDERR, "($fn by form: " . implode(', ', array_map(fn($k, $v) => "$v $k", array_keys($reached), $reached)) . ")\n");
}

$total = $n + $events;
echo "compare: $total cases ($n postcheckout, $events loader, cart and profile), $mismatches mismatches\n";
// The generator must reach both sides of the fallback rule, and each function
// must both succeed and fail, or agreeing proves little.
$thin = $n >= 1000 && min($coverage) === 0;
if ($thin) {
    echo "compare: no case exercised one side of the phone/id fallback rule: ", json_encode($coverage), "\n";
}
if ($n >= 1000) {
    foreach (['flocktory_loader', 'flocktory_add_to_cart', 'flocktory_remove_from_cart', 'flocktory_update_cart',
        'flocktory_attach_to_profile'] as $fn) {
        if (empty($outcomes[$fn]['ok']) || empty($outcomes[$fn]['error'])) {
            echo "compare: $fn never ", empty($outcomes[$fn]['ok']) ? 'returned a snippet' : 'threw', "\n";
            $thin = true;
        }
    }
    foreach (['flocktory_postcheckout', 'flocktory_add_to_cart', 'flocktory_remove_from_cart', 'flocktory_update_cart',
        'flocktory_attach_to_profile'] as $fn) {
        foreach (['element', 'js', 'json', 'ValueError $as', 'ValueError $nonce'] as $want) {
            if (empty($forms[$fn][$want])) {
                echo "compare: $fn never reached: $want\n";
                $thin = true;
            }
        }
    }
}
exit($mismatches || $thin ? 1 : 0);
