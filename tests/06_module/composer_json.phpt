--TEST--
flocktory: module: composer.json has the shape PIE reads, with every config.m4 switch
--INI--
pcre.jit=0
--SKIPIF--
<?php
if (!is_file(__DIR__ . '/../../composer.json') || !is_file(__DIR__ . '/../../config.m4')) {
    die('skip composer.json or config.m4 is not beside the tests (installed from a tarball)');
}
?>
--FILE--
<?php
$c = json_decode(file_get_contents(__DIR__ . '/../../composer.json'), true, 8, JSON_THROW_ON_ERROR);
var_dump($c['type']);
var_dump($c['php-ext']['extension-name']);
var_dump(preg_match('~^[a-z0-9-]+/[a-z0-9-]+$~', $c['name']) === 1);
var_dump(isset($c['license'], $c['description']));
// PIE's load order and the thread models it may build for.
var_dump($c['php-ext']['priority'], $c['php-ext']['support-zts'], $c['php-ext']['support-nts']);

// Every --enable-X / --with-X of config.m4, and nothing else.
preg_match_all('/PHP_ARG_(ENABLE|WITH)\(\s*\[?([a-z0-9-]+)\]?/', file_get_contents(__DIR__ . '/../../config.m4'), $m, PREG_SET_ORDER);
$switches = array_map(fn ($x) => strtolower($x[1]) . '-' . $x[2], $m);
$options = array_column($c['php-ext']['configure-options'], 'name');
sort($switches);
sort($options);
var_dump($switches === $options, $switches);
foreach ($c['php-ext']['configure-options'] as $o) {
    var_dump(is_string($o['description'] ?? null) && ($o['needs-value'] ?? false) === false);
}
?>
--EXPECT--
string(7) "php-ext"
string(9) "flocktory"
bool(true)
bool(true)
int(80)
bool(true)
bool(true)
bool(true)
array(2) {
  [0]=>
  string(16) "enable-flocktory"
  [1]=>
  string(20) "enable-flocktory-dev"
}
bool(true)
bool(true)
