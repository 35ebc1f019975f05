<?php
/*
 * flocktory - Flocktory postcheckout snippets for PHP
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Checks the PHP examples in README.md: every fenced ```php block must start
 * with "<?php" and pass `php -l`; the block right after the line
 * "<!-- check_readme: run -->" (the plain-PHP thank-you template) is also
 * executed, after a small fixture that defines the $customer and $order it
 * reads, and its output must contain the <script> snippet.
 *
 *     php -n -d extension=modules/flocktory.so tools/check_readme.php [README.md]
 *
 * Prints one line per failed block, then
 * "readme: N php blocks linted, M executed, F failed"; exits 1 when F > 0,
 * when N is 0 or when no block is marked to run.
 */

declare(strict_types=1);

const RUN_MARKER = '<!-- check_readme: run -->';
const EXPECTED_OUTPUT = '<script type="text/javascript"';

/*
 * The objects the plain-PHP example reads, shaped like a shop's models, with
 * the data that usually goes wrong by hand: quotes, <, &, Cyrillic, a decimal
 * comma, a phone with an extension. Anonymous classes, so that running twice declares nothing twice.
 */
const FIXTURE = <<<'PHP'
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
 * three spaces of indentation, closed by the same character at least as long).
 *
 * @return list<array{line: int, lang: string, code: string, run: bool}>
 */
function readme_blocks(string $text): array
{
    $lines = preg_split('/\r\n|\n|\r/', $text);
    $blocks = [];
    $previous = '';   /* the last non-blank line outside a block */
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
        $start = $i + 1;   /* 1-based number of the fence line */
        $code = [];
        for ($i++; $i < $n; $i++) {
            if (preg_match('/^ {0,3}' . preg_quote($fence[0], '/') . '{' . strlen($fence) . ',}\s*$/', $lines[$i])) {
                break;
            }
            /* content loses up to the fence's indentation */
            $code[] = preg_replace('/^ {0,' . strlen($indent) . '}/', '', $lines[$i]);
        }
        $blocks[] = [
            'line' => $start,
            'lang' => strtolower($lang),
            'code' => implode("\n", $code) . "\n",
            'run' => $previous === RUN_MARKER,
        ];
        $previous = '';
    }
    return $blocks;
}

/** `php -l` on one file; null when it passes, else the message. */
function readme_lint(string $file): ?string
{
    $cmd = escapeshellarg(PHP_BINARY) . ' -n -l ' . escapeshellarg($file) . ' 2>&1';
    exec($cmd, $out, $rc);
    if ($rc === 0) {
        return null;
    }
    $msg = trim(implode(' ', array_filter($out, fn ($l) => trim($l) !== '' && !str_starts_with($l, 'Errors parsing'))));
    return $msg !== '' ? $msg : "php -l exited with $rc";
}

/**
 * Runs a file in this process, inside its own function scope, with its
 * output and its error_log() captured. Warnings and notices count as
 * failures: an example must run cleanly.
 *
 * @return array{output: string, problems: list<string>}
 */
function readme_run(string $file, string $log, int $firstLine): array
{
    $problems = [];
    /* the fixture's last line is the block's "<?php" line: map back to the README */
    $fixtureLines = substr_count(FIXTURE, "\n");
    $where = static fn (int $l): string => $l > $fixtureLines
        ? 'README line ' . ($firstLine + $l - $fixtureLines - 1)
        : "line $l of the fixture";
    $oldLog = ini_set('error_log', $log);
    set_error_handler(static function (int $no, string $str, string $f, int $l) use (&$problems, $file, $where): bool {
        $problems[] = "PHP error $no: $str" . ($f === $file ? ' on ' . $where($l) : " in $f:$l");
        return true;
    });
    ob_start();
    try {
        (static function (): void {
            include func_get_arg(0);
        })($file);
    } catch (Throwable $e) {
        $problems[] = get_class($e) . ': ' . $e->getMessage()
            . ($e->getFile() === $file ? ' on ' . $where($e->getLine()) : '');
    } finally {
        $output = (string) ob_get_clean();
        restore_error_handler();
        ini_set('error_log', $oldLog === false ? '' : $oldLog);
    }
    $logged = is_file($log) ? trim((string) file_get_contents($log)) : '';
    if ($logged !== '') {
        $problems[] = 'logged: ' . $logged;
    }
    return ['output' => $output, 'problems' => array_values(array_unique($problems))];
}

function readme_rmdir(string $dir): void
{
    if (!is_dir($dir)) {
        return;
    }
    foreach (scandir($dir) as $entry) {
        if ($entry !== '.' && $entry !== '..') {
            unlink("$dir/$entry");
        }
    }
    rmdir($dir);
}

$readme = $argv[1] ?? dirname(__DIR__) . '/README.md';
$text = @file_get_contents($readme);
if ($text === false) {
    fwrite(STDERR, "check_readme: cannot read $readme\n");
    exit(1);
}
$name = basename($readme);

$tmp = tempnam(sys_get_temp_dir(), 'check_readme.');
unlink($tmp);
mkdir($tmp, 0700);
register_shutdown_function('readme_rmdir', $tmp);

$linted = $executed = $failed = 0;
$marked = 0;
foreach (readme_blocks($text) as $k => $block) {
    $where = "$name:{$block['line']}";
    if ($block['lang'] !== 'php') {
        if ($block['run']) {
            echo "$where: marked to run but is a '{$block['lang']}' block, not php\n";
            $failed++;
        }
        continue;
    }
    $problems = [];
    $file = "$tmp/block$k.php";
    file_put_contents($file, $block['code']);
    $linted++;
    if (!str_starts_with($block['code'], '<?php')) {
        $problems[] = 'does not start with <?php, so php -l would only see text';
    } elseif (($err = readme_lint($file)) !== null) {
        /* point at the README line: the block's line N is fence line + N */
        $problems[] = preg_replace_callback('/ on line (\d+)/', fn ($m) => ' on README line ' . ($block['line'] + (int) $m[1]), str_replace($file, 'block', $err));
    }
    if ($block['run']) {
        $marked++;
        if ($problems === []) {
            if (!extension_loaded('flocktory')) {
                $problems[] = 'cannot run: the flocktory extension is not loaded (php -n -d extension=modules/flocktory.so ...)';
            } else {
                $executed++;
                $runFile = "$tmp/run$k.php";
                file_put_contents($runFile, FIXTURE . $block['code']);
                $result = readme_run($runFile, "$tmp/run$k.log", $block['line'] + 1);
                $problems = $result['problems'];
                if (!str_contains($result['output'], EXPECTED_OUTPUT)) {
                    $problems[] = 'output has no ' . EXPECTED_OUTPUT . ' snippet';
                }
            }
        }
    }
    if ($problems !== []) {
        $failed++;
        echo "$where: php block: " . implode('; ', $problems) . "\n";
    }
}

if ($marked === 0) {
    echo "$name: no php block follows " . RUN_MARKER . ", so the thank-you example was not run\n";
}
echo "readme: $linted php blocks linted, $executed executed, $failed failed\n";
readme_rmdir($tmp);
exit($failed > 0 || $linted === 0 || $marked === 0 ? 1 : 0);
