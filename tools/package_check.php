<?php
/*
 * Compares package.xml's <contents> with the files a PECL build and its tests
 * need, taken from git's index by the rules below.
 *
 *   php tools/package_check.php          list what is missing or extra; exit 1 if any
 *   php tools/package_check.php --write  rewrite <contents> from the rules
 */

/**
 * The role of a tracked file in the PECL package, or null when it stays out.
 * polyfill/ stays out: the PECL tarball is the extension, and the PHP edition
 * is its own Composer package (RELEASE.md); the tests are the same, and run
 * against it from this repository (./dev test).
 */
function package_role(string $path): ?string
{
    if (preg_match('~^tests/.+\.(phpt|inc)$~', $path)) {
        return 'test';
    }
    if (preg_match('~^[^/]+\.(c|h|re|re2c)$~', $path)
        || in_array($path, ['config.m4', 'config.w32', 'Makefile.frag', 'flocktory.stub.php'], true)) {
        return 'src';
    }
    if (in_array($path, ['README.md', 'LICENSE', 'CHANGELOG.md', 'stubs/flocktory.php', 'examples/thank-you.php'], true)
        || preg_match('~^docs/[^/]+\.md$~', $path)) {
        return 'doc';
    }
    return null;
}

$root = dirname(__DIR__);
$xmlFile = "$root/package.xml";
exec('git -C ' . escapeshellarg($root) . ' ls-files', $tracked, $status);
if ($status !== 0) {
    fwrite(STDERR, "package_check: not a git checkout, nothing to compare\n");
    exit(0);
}
$want = [];
foreach ($tracked as $path) {
    if (($role = package_role($path)) !== null) {
        $want[$path] = $role;
    }
}
ksort($want);

$xml = file_get_contents($xmlFile);
if (in_array('--write', $argv, true)) {
    $lines = ["  <contents>", "    <dir name=\"/\">"];
    foreach ($want as $path => $role) {
        $lines[] = "      <file name=\"$path\" role=\"$role\"/>";
    }
    $lines[] = "    </dir>";
    $lines[] = "  </contents>";
    $xml = preg_replace('~  <contents>.*</contents>~s', implode("\n", $lines), $xml, 1, $count);
    if ($count !== 1) {
        fwrite(STDERR, "package_check: no <contents> in package.xml\n");
        exit(1);
    }
    file_put_contents($xmlFile, $xml);
    printf("package.xml: %d files\n", count($want));
    exit(0);
}

preg_match_all('~<file name="([^"]+)" role="([^"]+)"~', $xml, $m, PREG_SET_ORDER);
$have = [];
foreach ($m as [, $path, $role]) {
    $have[$path] = $role;
}
$problems = 0;
foreach ($want as $path => $role) {
    if (!isset($have[$path])) {
        echo "missing from package.xml: $path ($role)\n";
        $problems++;
    } elseif ($have[$path] !== $role) {
        echo "wrong role in package.xml: $path is {$have[$path]}, should be $role\n";
        $problems++;
    }
}
foreach ($have as $path => $role) {
    if (!isset($want[$path])) {
        echo "in package.xml but not a packaged tracked file: $path\n";
        $problems++;
    }
}
printf("package.xml: %d files listed, %d problems\n", count($have), $problems);
exit($problems ? 1 : 0);
