--TEST--
flocktory_postcheckout(): output: fast path: an escaped ASCII byte at each position near the run boundaries
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/fast_path.inc';
foreach (['"', '\\', '<', '>', '&', "'", "\x00", "\x01", "\x1f", "\x08", "\n"] as $special) {
    echo bin2hex($special), ': ', fast_path_check($special), " checked\n";
}
?>
--EXPECT--
22: 51 checked
5c: 51 checked
3c: 51 checked
3e: 51 checked
26: 51 checked
27: 51 checked
00: 51 checked
01: 51 checked
1f: 51 checked
08: 51 checked
0a: 51 checked
