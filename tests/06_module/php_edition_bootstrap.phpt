--TEST--
flocktory: module: requiring the PHP edition's bootstrap.php, twice, beside either edition defines nothing new and prints nothing
--EXTENSIONS--
flocktory
--SKIPIF--
<?php
// A PECL tarball is the extension alone: polyfill/ is its own package.
if (!is_file(__DIR__ . '/../../polyfill/bootstrap.php')) {
    die('skip polyfill/ is not beside the tests (installed from a tarball)');
}
?>
--FILE--
<?php
function defined_now(): array
{
    return [get_defined_functions()['user'], get_declared_classes(), get_defined_constants(true)['user'] ?? []];
}

$before = defined_now();
ob_start();
$returned = [require __DIR__ . '/../../polyfill/bootstrap.php', require __DIR__ . '/../../polyfill/bootstrap.php'];
$printed = ob_get_clean();
$after = defined_now();
var_dump($printed, $returned, $after === $before);
// With the extension, the PHP edition's code is not even loaded.
var_dump(class_exists(Flocktory\Polyfill\Snippets::class, false) === !extension_loaded('flocktory'));
var_dump(function_exists('flocktory_postcheckout'), class_exists(Flocktory\ValidationException::class, false),
    FLOCKTORY_ELEMENT, FLOCKTORY_JS, FLOCKTORY_JSON);
echo flocktory_loader(7), "\n";
?>
--EXPECT--
string(0) ""
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(1)
}
bool(true)
bool(true)
bool(true)
bool(true)
int(0)
int(1)
int(2)
<script type="text/javascript" src="https://api.flocktory.com/v2/loader.js?site_id=7" async="async"></script>
