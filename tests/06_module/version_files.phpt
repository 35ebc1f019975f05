--TEST--
flocktory: module: the version agrees in php_flocktory.h and package.xml, composer.json leaves it to the tag, and the minimum PHP agrees
--EXTENSIONS--
flocktory
--INI--
pcre.jit=0
--SKIPIF--
<?php
require __DIR__ . '/../fixtures.inc';
fixture_skip_unless_extension('the loaded module\'s version');
// A PECL tarball ships package.xml beside the sources, not composer.json.
if (!is_file(__DIR__ . '/../../package.xml') || !is_file(__DIR__ . '/../../composer.json')) {
    die('skip package.xml or composer.json is not beside the tests (installed from a tarball)');
}
?>
--FILE--
<?php
$xml = file_get_contents(__DIR__ . '/../../package.xml');
preg_match('~<version>\s*<release>([^<]+)</release>~', $xml, $release);
preg_match('~<php>\s*<min>([^<]+)</min>~', $xml, $min);
$composer = json_decode(file_get_contents(__DIR__ . '/../../composer.json'), true, 8, JSON_THROW_ON_ERROR);
$header = file_get_contents(__DIR__ . '/../../php_flocktory.h');
preg_match('/#define PHP_FLOCKTORY_VERSION "([^"]+)"/', $header, $m);

$version = phpversion('flocktory');
var_dump($m[1] === $version);
var_dump($release[1] === $version);
// Packagist refuses a tag that disagrees with a "version" field: the tag carries it.
var_dump(array_key_exists('version', $composer));
// The minimum PHP: package.xml's <min> and composer's require.php.
var_dump($min[1]);
var_dump($composer['require']['php']);
var_dump('>=' . implode('.', array_slice(explode('.', $min[1]), 0, 2)) === $composer['require']['php']);
?>
--EXPECT--
bool(true)
bool(true)
bool(false)
string(5) "8.1.0"
string(5) ">=8.1"
bool(true)
