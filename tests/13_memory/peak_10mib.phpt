--TEST--
flocktory_postcheckout(): memory: the peak a call adds with a 10 MiB title is at most twice its output plus 64 KiB (extension only)
--EXTENSIONS--
flocktory
--SKIPIF--
<?php
require __DIR__ . '/../fixtures.inc';
fixture_skip_unless_extension("the extension's peak memory");
?>
--INI--
memory_limit=256M
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';
foreach (['plain' => str_repeat('a', 10 << 20), 'escaped' => str_repeat('a"<', intdiv(10 << 20, 3))] as $kind => $s) {
    $user = fixture_user();
    $order = fixture_order(['items' => [fixture_item(['title' => $s])]]);
    $base = memory_get_usage();
    memory_reset_peak_usage();
    $out = flocktory_postcheckout($user, $order);
    $peak = memory_get_peak_usage() - $base;
    printf("%s: %s\n", $kind, $peak <= 2 * strlen($out) + 65536 ? 'ok' : sprintf('peak %d for %d bytes', $peak, strlen($out)));
    unset($out);
}
?>
--EXPECT--
plain: ok
escaped: ok
