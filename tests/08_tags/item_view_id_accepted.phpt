--TEST--
flocktory_item_view(): id as an int (0 and negative included) or a trimmed string
--EXTENSIONS--
flocktory
--SKIPIF--
<?php if (PHP_INT_SIZE < 8) die('skip 64-bit only'); ?>
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

fixture_tag(fn () => flocktory_item_view(['id' => 0]));
fixture_tag(fn () => flocktory_item_view(['id' => -12]));
fixture_tag(fn () => flocktory_item_view(['id' => PHP_INT_MAX]));
fixture_tag(fn () => flocktory_item_view(['id' => "  SKU-1\n"]));
?>
--EXPECT--
<div class="i-flocktory" data-fl-action="track-item-view" data-fl-item-id="0"></div>
<div class="i-flocktory" data-fl-action="track-item-view" data-fl-item-id="-12"></div>
<div class="i-flocktory" data-fl-action="track-item-view" data-fl-item-id="9223372036854775807"></div>
<div class="i-flocktory" data-fl-action="track-item-view" data-fl-item-id="SKU-1"></div>
