--TEST--
flocktory: module: phpinfo() shows the version, the functions and the vector path
--EXTENSIONS--
flocktory
--SKIPIF--
<?php
require __DIR__ . '/../fixtures.inc';
fixture_skip_unless_extension('phpinfo() of the module');
?>
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
Functions => flocktory_postcheckout, flocktory_user, flocktory_item_view, flocktory_category_view, flocktory_exchange, flocktory_loader, flocktory_add_to_cart, flocktory_remove_from_cart, flocktory_update_cart, flocktory_attach_to_profile
Vectorized scanning => %r(SSE2|no \(portable build\))%r
bool(true)
