--TEST--
flocktory_postcheckout(): extremes: running out of memory_limit on a huge order is PHP's ordinary fatal error
--EXTENSIONS--
flocktory
--SKIPIF--
<?php
// valgrind and ASan runs switch Zend's allocator off, and with it memory_limit.
if (getenv('USE_ZEND_ALLOC') === '0') {
    die('skip memory_limit is only enforced by Zend\'s allocator (USE_ZEND_ALLOC=0 here)');
}
?>
--INI--
memory_limit=32M
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

// About 6 MiB of input whose snippet needs about 36 MiB: every byte escaped.
$title = str_repeat('<', 6 * 1024 * 1024);
echo "calling\n";
flocktory_postcheckout(fixture_user(), fixture_order(['items' => [['title' => $title]]]));
echo "not reached\n";
?>
--EXPECTF--
calling

Fatal error: Allowed memory size of 33554432 bytes exhausted %s
