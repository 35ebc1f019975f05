--TEST--
flocktory: module: phpinfo() shows the version, the snippets and the vector path
--EXTENSIONS--
flocktory
--FILE--
<?php
ob_start();
phpinfo(INFO_MODULES);
$info = ob_get_clean();
$section = substr($info, strpos($info, "\nflocktory\n"));
$section = substr($section, 0, strpos($section, "\n\n", 12));
echo $section, "\n";
var_dump(str_contains($info, 'Version => ' . phpversion('flocktory') . "\n"));
?>
--EXPECTF--
flocktory

flocktory support => enabled
Version => %d.%d.%d%S
Snippets => postcheckout, loader, addToCart, removeFromCart, updateCart, attachToProfile
Vectorized scanning => %r(SSE2|no \(portable build\))%r
bool(true)
