<?php
/*
 * flocktory - Flocktory postcheckout snippets for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Checks the documentation against the code, so that the two cannot drift:
 *
 * - every fenced ```php block of the given Markdown files must start with
 *   "<?php" and pass `php -l`;
 * - a block runs, in its own `php -n` with only the flocktory extension (and
 *   those of Debian's stock php-cli it calls, like iconv), after a small
 *   fixture that defines the variables the docs use ($user, $order, …);
 *   warnings, notices, uncaught exceptions and error_log() lines fail it;
 * - a block that needs more (a framework, a web request, an extension that
 *   stock php-cli lacks) is only linted, and says so on the line before it:
 *   "<!-- check_readme: needs Laravel 9+ -->". A call to an extension's
 *   function that stock php-cli lacks (mb_convert_encoding()) fails the
 *   block unless that line names the extension ("needs ext-mbstring"); a
 *   call to a function that is neither PHP's, the block's nor the
 *   extension's fails a block without a "needs" line;
 * - "<!-- check_readme: fixture shop -->" runs the block after objects
 *   shaped like a shop's models ($customer, $order) instead;
 * - every message line in a ```text block ("order.price: expected …",
 *   "flocktory_loader(): Argument #1 …") must appear verbatim in the
 *   --EXPECT-- section of some phpt under tests/, so the troubleshooting
 *   pages quote only what the extension prints.
 *
 *     php tools/check_readme.php [--extension=modules/flocktory.so] README.md docs/*.md
 *
 * Prints one line per problem, then
 * "docs: N php blocks linted, M executed, K messages found in phpt, F failed";
 * exits 1 when F > 0 or when nothing was linted or executed.
 */

declare(strict_types=1);

const MARK = '/^<!-- check_readme: (needs|fixture) (.+?) -->$/';

/*
 * Debian's php-cli (php8.x-cli with php8.x-common, -opcache and -readline):
 * compiled in, or shared modules it enables by default. Nothing else may be
 * called by a block that does not say what it needs.
 */
const STOCK_BUILTIN = ['core', 'date', 'filter', 'hash', 'json', 'libxml', 'openssl', 'pcntl', 'pcre', 'random',
    'reflection', 'session', 'sodium', 'spl', 'standard', 'zlib'];
const STOCK_SHARED = ['calendar', 'ctype', 'exif', 'ffi', 'fileinfo', 'ftp', 'gettext', 'iconv', 'pdo', 'phar',
    'posix', 'shmop', 'sockets', 'sysvmsg', 'sysvsem', 'sysvshm', 'tokenizer', 'zend opcache', 'readline'];

/* Extensions a shop's PHP often has but Debian's php-cli does not, by function prefix. */
const NOT_STOCK_PREFIXES = ['mb_' => 'mbstring', 'grapheme_' => 'intl', 'normalizer_' => 'intl', 'idn_to_' => 'intl',
    'numfmt_' => 'intl', 'transliterator_' => 'intl', 'bc' => 'bcmath', 'gmp_' => 'gmp', 'curl_' => 'curl',
    'image' => 'gd', 'apcu_' => 'apcu', 'dom_' => 'dom', 'simplexml_' => 'simplexml', 'xml_' => 'xml',
    'mysqli_' => 'mysqli', 'pg_' => 'pgsql', 'zip_' => 'zip', 'yaml_' => 'yaml', 'igbinary_' => 'igbinary'];

/* The data the short examples use: the order of Flocktory's own documentation. */
const FIXTURE_DATA = <<<'PHP'
<?php
$user = ['name' => 'Ivan Ivanov', 'email' => 'ivan@gmail.com', 'sex' => 'm'];
$order = ['id' => '77', 'price' => 2000, 'custom_field' => 'my_custom_id',
    'items' => [['id' => '777', 'title' => 'Nike Shoes', 'price' => 1000, 'image' => 'http://path.to.image', 'count' => 1]]];
$item = ['id' => '123', 'category_id' => '1', 'vendor' => 'Nike', 'available' => true];
$cspNonce = null;
$row = ['NAME' => "\xCA\xF0\xEE\xF1\xF1\xEE\xE2\xEA\xE8"];   /* "Кроссовки" in windows-1251 */
?>
PHP;

/*
 * Objects shaped like a shop's models, with the data that usually goes wrong
 * by hand: quotes, <, &, Cyrillic, a decimal comma, a phone with an
 * extension. Anonymous classes, so that nothing is declared twice.
 */
const FIXTURE_SHOP = <<<'PHP'
<?php
$customer = new class {
    public function fullName(): string { return 'Иван "Ваня" Иванов'; }
    public function email(): string { return 'Ivan@Example.COM'; }
    public function phone(): string { return '+7 916 123-45-67 доб. 12'; }   /* ignored next to the email */
    public function id(): int { return 1001; }
};
$order = new class {
    public function number(): string { return 'SO-1001'; }
    public function total(): string { return '5896,90'; }
    public function lines(): array
    {
        $line = static fn (array $d) => new class ($d) {
            public function __construct(private array $d) {}
            public function __call(string $name, array $args): mixed { return $this->d[$name]; }
        };
        return [
            $line(['sku' => 'A-1', 'title' => 'Кроссовки "Nike" <Air>', 'price' => '4999,90', 'quantity' => 1,
                'imageUrl' => 'https://img.example.com/a1.jpg']),
            $line(['sku' => 'B-2', 'title' => 'Носки & шнурки', 'price' => 299, 'quantity' => 3, 'imageUrl' => null]),
        ];
    }
};
?>
PHP;

/**
 * Fenced code blocks of a Markdown text (CommonMark fences: ``` or ~~~, up to
 * three spaces of indentation, closed by the same character at least as long),
 * each with the marker on the last non-blank line before it, if any.
 *
 * @return list<array{line: int, lang: string, code: string, mark: ?array{string, string}}>
 */
function doc_blocks(string $text): array
{
    $lines = preg_split('/\r\n|\n|\r/', $text);
    $blocks = [];
    $previous = '';
    for ($i = 0, $n = count($lines); $i < $n; $i++) {
        $line = $lines[$i];
        if (!preg_match('/^( {0,3})(`{3,}|~{3,})\s*([^\s`]*)/', $line, $m)
            || ($m[2][0] === '`' && substr_count($line, '`') > strlen($m[2]))) {
            if (trim($line) !== '') {
                $previous = trim($line);
            }
            continue;
        }
        [, $indent, $fence, $lang] = $m;
        $start = $i + 1;
        $code = [];
        for ($i++; $i < $n; $i++) {
            if (preg_match('/^ {0,3}' . preg_quote($fence[0], '/') . '{' . strlen($fence) . ',}\s*$/', $lines[$i])) {
                break;
            }
            $code[] = preg_replace('/^ {0,' . strlen($indent) . '}/', '', $lines[$i]);
        }
        $blocks[] = [
            'line' => $start,
            'lang' => strtolower($lang),
            'code' => implode("\n", $code) . "\n",
            'mark' => preg_match(MARK, $previous, $mm) ? [$mm[1], $mm[2]] : null,
        ];
        $previous = '';
    }
    return $blocks;
}

/** `php -l` on one file; null when it passes, else the message. */
function doc_lint(string $file): ?string
{
    exec(escapeshellarg(PHP_BINARY) . ' -n -l ' . escapeshellarg($file) . ' 2>&1', $out, $rc);
    if ($rc === 0) {
        return null;
    }
    $msg = trim(implode(' ', array_filter($out, fn ($l) => trim($l) !== '' && !str_starts_with($l, 'Errors parsing'))));
    return $msg !== '' ? $msg : "php -l exited with $rc";
}

/**
 * The functions a block calls by name, and those it declares.
 *
 * @return array{calls: list<string>, declared: list<string>}
 */
function doc_functions(string $code): array
{
    $tokens = array_values(array_filter(token_get_all($code),
        fn ($t) => !is_array($t) || !in_array($t[0], [T_WHITESPACE, T_COMMENT, T_DOC_COMMENT], true)));
    $calls = $declared = [];
    foreach ($tokens as $k => $t) {
        if (!is_array($t) || !in_array($t[0], [T_STRING, T_NAME_FULLY_QUALIFIED], true)) {
            continue;
        }
        $before = $tokens[$k - 1] ?? null;
        $kind = is_array($before) ? $before[0] : $before;
        if ($kind === T_FUNCTION) {
            $declared[] = strtolower($t[1]);
            continue;
        }
        if (($tokens[$k + 1] ?? null) !== '('
            || in_array($kind, [T_OBJECT_OPERATOR, T_NULLSAFE_OBJECT_OPERATOR, T_DOUBLE_COLON, T_NEW, T_ATTRIBUTE, T_CONST], true)) {
            continue;
        }
        $calls[] = strtolower(ltrim($t[1], '\\'));
    }
    return ['calls' => array_values(array_unique($calls)), 'declared' => $declared];
}

/**
 * Which extension defines each function of Debian's stock php-cli, asked of
 * a `php -n` that loads every stock shared module found in extension_dir.
 *
 * @return array<string, string>
 */
function stock_functions(): array
{
    $dir = (string) ini_get('extension_dir');
    $args = '';
    foreach (STOCK_SHARED as $ext) {
        $file = str_replace('zend ', '', $ext);
        if (is_file("$dir/$file.so") && $ext !== 'zend opcache') {
            $args .= ' -d extension=' . escapeshellarg($file);
        }
    }
    $probe = 'foreach (get_loaded_extensions() as $e) { foreach (get_extension_funcs($e) ?: [] as $f) { echo strtolower($f), " ", strtolower($e), "\n"; } }';
    exec(escapeshellarg(PHP_BINARY) . " -n$args -r " . escapeshellarg($probe) . ' 2>/dev/null', $out);
    $map = [];
    foreach ($out as $line) {
        [$f, $e] = explode(' ', $line, 2);
        if (in_array($e, STOCK_BUILTIN, true) || in_array($e, STOCK_SHARED, true)) {
            $map[$f] = $e;
        }
    }
    return $map;
}

/** The extension a function that stock php-cli lacks belongs to, when known. */
function not_stock_extension(string $function): ?string
{
    if (function_exists($function)) {
        $ext = (new ReflectionFunction($function))->getExtensionName();
        return $ext === false ? null : strtolower($ext);
    }
    foreach (NOT_STOCK_PREFIXES as $prefix => $ext) {
        if (str_starts_with($function, $prefix)) {
            return $ext;
        }
    }
    return null;
}

/**
 * Runs one file in `php -n` with the extension and the stock modules it
 * needs; every line on stderr (warnings, uncaught exceptions, error_log())
 * is a problem.
 *
 * @return list<string>
 */
function doc_run(string $file, string $extension, array $modules, callable $where): array
{
    $cmd = escapeshellarg(PHP_BINARY) . ' -n -d display_errors=stderr -d error_reporting=-1 -d log_errors=0'
        . ' -d extension=' . escapeshellarg($extension);
    foreach ($modules as $m) {
        $cmd .= ' -d extension=' . escapeshellarg($m);
    }
    $proc = proc_open($cmd . ' ' . escapeshellarg($file), [1 => ['file', '/dev/null', 'w'], 2 => ['pipe', 'w']], $pipes);
    $err = trim((string) stream_get_contents($pipes[2]));
    fclose($pipes[2]);
    $rc = proc_close($proc);
    $problems = [];
    if ($err !== '') {
        $err = preg_replace_callback('/ on line (\d+)|:(\d+)$/m', fn ($m) => ' on ' . $where((int) ($m[1] ?: $m[2])), str_replace($file, 'block', $err));
        $problems[] = str_replace("\n", ' | ', $err);
    }
    if ($rc !== 0) {
        $problems[] = "exited with $rc";
    }
    return $problems;
}

/** The --EXPECT-- sections of every phpt under $dir, as one text. */
function phpt_expectations(string $dir): string
{
    $all = '';
    $files = new RecursiveIteratorIterator(new RecursiveDirectoryIterator($dir, FilesystemIterator::SKIP_DOTS));
    foreach ($files as $f) {
        if (str_ends_with($f->getFilename(), '.phpt')
            && preg_match('/^--EXPECT--\n(.*?)(?=^--[A-Z_]+--$|\z)/ms', (string) file_get_contents($f->getPathname()), $m)) {
            $all .= "\n" . $m[1] . "\n";
        }
    }
    return $all;
}

function doc_rmdir(string $dir): void
{
    foreach (is_dir($dir) ? scandir($dir) : [] as $entry) {
        if ($entry !== '.' && $entry !== '..') {
            unlink("$dir/$entry");
        }
    }
    @rmdir($dir);
}

$root = dirname(__DIR__);
$extension = "$root/modules/flocktory.so";
$docs = [];
foreach (array_slice($argv, 1) as $arg) {
    if (str_starts_with($arg, '--extension=')) {
        $extension = substr($arg, 12);
    } else {
        $docs[] = $arg;
    }
}
if ($docs === []) {
    $docs = array_merge(["$root/README.md"], glob("$root/docs/*.md"));
}
if (!is_file($extension)) {
    fwrite(STDERR, "check_readme: no extension at $extension (./dev build, or --extension=PATH)\n");
    exit(1);
}

$tmp = tempnam(sys_get_temp_dir(), 'check_readme.');
unlink($tmp);
mkdir($tmp, 0700);
register_shutdown_function('doc_rmdir', $tmp);

$stock = stock_functions();
$expectations = phpt_expectations("$root/tests");
$linted = $executed = $messages = $failed = 0;
foreach ($docs as $doc) {
    $text = @file_get_contents($doc);
    if ($text === false) {
        echo "$doc: cannot read it\n";
        $failed++;
        continue;
    }
    $name = str_starts_with($doc, "$root/") ? substr($doc, strlen($root) + 1) : $doc;
    foreach (doc_blocks($text) as $k => $block) {
        $at = "$name:{$block['line']}";
        if ($block['lang'] === 'text') {
            /* a message: a path or a function, ": ", then words */
            foreach (explode("\n", $block['code']) as $line) {
                if (!preg_match('/^(?:[a-z_]+(?:\.[a-z_]+|\[\d+\]|\["[^"]*"\])*|flocktory_\w+\(\)): \S/', $line)) {
                    continue;
                }
                if (str_contains($expectations, "\n$line\n")) {
                    $messages++;
                } else {
                    echo "$at: message not printed by any phpt's --EXPECT--: $line\n";
                    $failed++;
                }
            }
            continue;
        }
        if ($block['lang'] !== 'php') {
            continue;
        }
        $linted++;
        $file = "$tmp/block$k.php";
        file_put_contents($file, $block['code']);
        $problems = [];
        if (!str_starts_with($block['code'], '<?php')) {
            $problems[] = 'does not start with <?php, so php -l would only see text';
        } elseif (($err = doc_lint($file)) !== null) {
            $problems[] = preg_replace_callback('/ on line (\d+)/', fn ($m) => " on $name line " . ($block['line'] + (int) $m[1]), str_replace($file, 'block', $err));
        }
        [$kind, $what] = $block['mark'] ?? ['', ''];
        $modules = [];
        if ($problems === []) {
            $fns = doc_functions($block['code']);
            foreach (array_diff($fns['calls'], $fns['declared']) as $f) {
                if (isset($stock[$f])) {
                    if (is_file(ini_get('extension_dir') . "/{$stock[$f]}.so")) {
                        $modules[$stock[$f]] = $stock[$f];   /* a shared module: php -n leaves it out */
                    }
                    continue;
                }
                if (str_starts_with($f, 'flocktory_')) {
                    continue;
                }
                $ext = not_stock_extension($f);
                if ($ext !== null && !preg_match('/\bext-' . preg_quote($ext, '/') . '\b/', $what)) {
                    $problems[] = "calls $f(), which needs ext-$ext, not in Debian's stock php-cli: use what is, or say so"
                        . " on the line before the block: <!-- check_readme: needs ext-$ext -->";
                } elseif ($ext === null && $kind !== 'needs') {
                    $problems[] = "calls $f(), which is neither PHP's nor the block's: say where it comes from"
                        . ' on the line before the block: <!-- check_readme: needs … -->';
                }
            }
        }
        if ($problems === [] && $kind !== 'needs') {
            $fixture = $kind === 'fixture' && $what === 'shop' ? FIXTURE_SHOP : FIXTURE_DATA;
            if ($kind === 'fixture' && $what !== 'shop') {
                $problems[] = "unknown fixture '$what' (have: shop)";
            } else {
                $executed++;
                $runFile = "$tmp/run$k.php";
                file_put_contents($runFile, $fixture . $block['code']);
                $skip = substr_count($fixture, "\n");
                $where = static fn (int $l): string => $l > $skip
                    ? "$name line " . ($block['line'] + $l - $skip)
                    : "line $l of the fixture";
                $problems = doc_run($runFile, $extension, array_values($modules), $where);
            }
        }
        if ($problems !== []) {
            $failed++;
            echo "$at: php block: " . implode('; ', $problems) . "\n";
        }
    }
}

echo "docs: $linted php blocks linted, $executed executed, $messages messages found in phpt, $failed failed\n";
exit($failed > 0 || $linted === 0 || $executed === 0 ? 1 : 0);
