<?php
/*
 * Fetches the template engines the adapters are tested against, as Debian
 * ships them: .deb files of PHP sources, each with its own autoload.php.
 *
 *   php fetch.php DIR MIRROR   fetch and unpack every set missing under DIR
 *
 * Each suite gets a private apt state under DIR/apt/SUITE (its own lists,
 * cache and sources file), so the host's apt stays as it is and nothing is
 * installed. Dependencies are resolved from each package's Depends: a PHP
 * library is fetched and followed, an extension (php-mbstring, php8.4-ctype)
 * is noted for the test run to load from the host PHP (php-common stands for
 * the extensions of phpX.Y-common: ctype, tokenizer, iconv…), and php-cli or a
 * php binary is the host's own. A set is unpacked with dpkg -x into
 * DIR/SET/root and described by DIR/SET/manifest.json, written last: a set
 * with a manifest is complete and never fetched again.
 */

declare(strict_types=1);

/** Each set: the suite it comes from and the packages asked for. */
const SETS = [
    'twig-bookworm' => ['bookworm', ['php-twig', 'php-psr-log']],
    'twig-sid' => ['sid', ['php-twig', 'php-psr-log']],
    'illuminate-bookworm' => ['bookworm', ['php-laravel-framework', 'php-psr-log']],
    'laravel-trixie' => ['trixie', ['php-laravel-framework', 'php-psr-log']],
];

function run(array $cmd, ?string &$out = null): bool
{
    $proc = proc_open($cmd, [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
    $out = stream_get_contents($pipes[1]);
    $err = stream_get_contents($pipes[2]);
    if (proc_close($proc) !== 0) {
        fwrite(STDERR, implode(' ', $cmd) . ":\n" . $out . $err);
        return false;
    }
    return true;
}

/** apt's options for a private state of one suite. */
function apt_options(string $dir, string $suite, string $mirror): array
{
    $state = "$dir/apt/$suite";
    foreach (['lists/partial', 'cache/archives/partial', 'parts'] as $sub) {
        is_dir("$state/$sub") || mkdir("$state/$sub", 0777, true);
    }
    file_put_contents("$state/sources.list",
        "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $mirror $suite main\n");
    $options = [];
    foreach ([
        'Dir::State::Lists' => "$state/lists",
        'Dir::State::status' => '/dev/null',        // resolve as on an empty system
        'Dir::Cache' => "$state/cache",
        'Dir::Etc::SourceList' => "$state/sources.list",
        'Dir::Etc::SourceParts' => "$state/parts",
        'Dir::Etc::Preferences' => '/dev/null',
        'Dir::Etc::PreferencesParts' => "$state/parts",
        // Snapshot mirrors serve release files whose Valid-Until has passed.
        'Acquire::Check-Valid-Until' => 'false',
        'Debug::NoLocking' => 'true',
    ] as $key => $value) {
        array_push($options, '-o', "$key=$value");
    }
    return $options;
}

/**
 * The suite's packages, read once with apt-cache dumpavail: name => stanza
 * fields, and each virtual name => the packages that provide it.
 */
function index(array $apt): array
{
    static $index = [];
    $key = implode(' ', $apt);
    if (isset($index[$key])) {
        return $index[$key];
    }
    // Streamed, keeping only the PHP packages and the fields read below: the
    // whole dump is over 100 MB.
    $proc = proc_open(['apt-cache', ...$apt, 'dumpavail'], [1 => ['pipe', 'w']], $pipes);
    $packages = $provides = [];
    $fields = [];
    $add = static function (array $fields) use (&$packages, &$provides): void {
        $name = $fields['Package'] ?? null;
        // Only php-* names are ever looked up (see classify()).
        if ($name === null || !str_starts_with($name, 'php') || (isset($packages[$name]) && version_compare($packages[$name]['Version'], $fields['Version'], '>='))) {
            return;
        }
        $packages[$name] = $fields;
        foreach (array_filter(array_map('trim', explode(',', $fields['Provides'] ?? ''))) as $virtual) {
            $provides[preg_replace('/[\s(].*$/s', '', $virtual)][] = $name;
        }
    };
    while (($line = fgets($pipes[1])) !== false) {
        if (trim($line) === '') {
            $add($fields);
            $fields = [];
        } elseif (preg_match('/^(Package|Version|Depends|Provides): (.*)$/', rtrim($line), $m)) {
            $fields[$m[1]] = $m[2];
        }
    }
    $add($fields);
    if (proc_close($proc) !== 0 || !$packages) {
        fwrite(STDERR, "fetch: apt-cache dumpavail failed\n");
        exit(1);
    }
    return $index[$key] = [$packages, $provides];
}

/** One package's stanza fields (Version, Depends), or null for a virtual one. */
function stanza(array $apt, string $package): ?array
{
    return index($apt)[0][$package] ?? null;
}

/** The first real package that provides a virtual one. */
function provider(array $apt, string $virtual): ?string
{
    return index($apt)[1][$virtual][0] ?? null;
}

/** Depends as groups of alternatives, names only. */
function depends(array $stanza): array
{
    $groups = [];
    foreach (array_filter(array_map('trim', explode(',', $stanza['Depends'] ?? ''))) as $group) {
        $groups[] = array_map(static fn ($alt) => preg_replace('/[\s(:].*$/s', '', trim($alt)), explode('|', $group));
    }
    return $groups;
}

/**
 * What a dependency is: ['host'] (PHP itself), ['ext', NAME] (an extension the
 * test run loads from the host PHP), ['lib', PACKAGE, STANZA] or ['other'].
 */
function classify(array $apt, string $name): array
{
    static $known = [];
    return $known[implode(' ', $apt)][$name] ??= classify_uncached($apt, $name);
}

function classify_uncached(array $apt, string $name): array
{
    if (in_array($name, ['php', 'php-cli'], true) || preg_match('/^php\d+\.\d+(-cli)?$/', $name)) {
        return ['host'];
    }
    if ($name === 'php-common') {
        return ['ext', 'common'];                  // phpX.Y-common's extensions: ctype, tokenizer, iconv…
    }
    if (preg_match('/^php\d+\.\d+-(.+)$/', $name, $m)) {
        return ['ext', $m[1]];
    }
    if (!str_starts_with($name, 'php-')) {
        return ['other'];
    }
    $stanza = stanza($apt, $name);
    if ($stanza === null) {
        $real = provider($apt, $name);
        return $real === null ? ['other'] : classify($apt, $real);
    }
    foreach (depends($stanza) as $group) {
        if (preg_match('/^php\d+\.\d+-/', $group[0])) {
            return ['ext', substr($name, 4)];       // php-mbstring: a meta package for php8.x-mbstring
        }
    }
    return ['lib', $name, $stanza];
}

/**
 * Debian's autoloaders name their dependencies by absolute path under
 * /usr/share/php, where apt would install them. The tree is unpacked
 * elsewhere, so each such path becomes a name relative to include_path (which
 * names that tree): otherwise trixie's Laravel would load the host's own
 * bookworm packages. Only autoload.php files carry these paths.
 */
function relocate(string $dir): void
{
    $files = new RecursiveIteratorIterator(new RecursiveDirectoryIterator($dir, FilesystemIterator::SKIP_DOTS));
    foreach ($files as $file) {
        if ($file->getFilename() === 'autoload.php') {
            $code = file_get_contents($file->getPathname());
            if (str_contains($code, "'/usr/share/php/")) {
                file_put_contents($file->getPathname(), str_replace("'/usr/share/php/", "'", $code));
            }
        }
    }
}

function fetch_set(string $dir, string $set, string $suite, array $wanted, string $mirror): bool
{
    $apt = apt_options($dir, $suite, $mirror);
    $stamp = "$dir/apt/$suite/updated";
    if (!is_file($stamp)) {
        echo "frameworks: apt-get update ($suite, a private state in $dir/apt/$suite)\n";
        if (!run(['apt-get', ...$apt, '-q', 'update'])) {
            return false;
        }
        touch($stamp);
    }
    $libs = $exts = $skipped = [];
    $queue = $wanted;
    while ($queue) {
        $name = array_shift($queue);
        if (isset($libs[$name])) {
            continue;
        }
        $kind = classify($apt, $name);
        if ($kind[0] !== 'lib') {
            fwrite(STDERR, "fetch: $name asked for, but it is not a PHP library in $suite\n");
            return false;
        }
        $libs[$name] = $kind[2]['Version'];
        foreach (depends($kind[2]) as $group) {
            // The first alternative that is a library or an extension satisfies the group.
            foreach ($group as $alt) {
                $what = classify($apt, $alt);
                if ($what[0] === 'lib') {
                    $queue[] = $what[1];
                    continue 2;
                }
                if ($what[0] === 'ext') {
                    $exts[$what[1]] = true;
                    continue 2;
                }
                if ($what[0] === 'host') {
                    continue 2;
                }
            }
            $skipped[implode(' | ', $group)] = true;
        }
    }
    ksort($libs);
    $debs = "$dir/apt/$suite/debs";
    is_dir($debs) || mkdir($debs, 0777, true);
    $root = "$dir/$set/root";
    exec('rm -rf ' . escapeshellarg("$dir/$set"));
    mkdir($root, 0777, true);
    // One apt-get call for every .deb not yet cached: each call reads the whole cache.
    $missing = [];
    foreach ($libs as $package => $version) {
        if (!glob("$debs/{$package}_*.deb")) {
            $missing[] = "$package=$version";
        }
    }
    if ($missing) {
        $here = getcwd();
        chdir($debs);
        $ok = run(['apt-get', ...$apt, '-q', 'download', ...$missing]);
        chdir($here);
        if (!$ok) {
            return false;
        }
    }
    foreach ($libs as $package => $version) {
        $file = glob("$debs/{$package}_*.deb");
        if (!$file || !run(['dpkg', '-x', $file[0], $root])) {
            fwrite(STDERR, "fetch: $package $version: no .deb, or dpkg -x failed\n");
            return false;
        }
    }
    relocate("$root/usr/share/php");
    $manifest = ['suite' => $suite, 'packages' => $libs, 'extensions' => array_keys($exts),
        'not fetched' => array_keys($skipped)];
    file_put_contents("$dir/$set/manifest.json", json_encode($manifest, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES) . "\n");
    printf("frameworks: %s from %s: %d packages unpacked\n", $set, $suite, count($libs));
    return true;
}

[, $dir, $mirror] = $argv + [null, null, null];
if ($dir === null || $mirror === null) {
    fwrite(STDERR, "usage: php fetch.php DIR MIRROR\n");
    exit(2);
}
$status = 0;
foreach (SETS as $set => [$suite, $packages]) {
    if (!is_file("$dir/$set/manifest.json") && !fetch_set($dir, $set, $suite, $packages, $mirror)) {
        fwrite(STDERR, "fetch: $set could not be fetched\n");
        $status = 1;
    }
}
exit($status);
