--TEST--
flocktory_item_view(): a blank category_id or vendor is written as "", a null or absent one left out
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

fixture_tag(fn () => flocktory_item_view(['id' => 'a', 'category_id' => '', 'vendor' => '   ']));
fixture_tag(fn () => flocktory_item_view(['id' => 'a', 'category_id' => null, 'vendor' => null]));
fixture_tag(fn () => flocktory_item_view(['id' => 'a']));
fixture_tag(fn () => flocktory_item_view(['id' => 'a', 'vendor' => ' Nike ', 'category_id' => ' 7 ']));
?>
--EXPECT--
<div class="i-flocktory" data-fl-action="track-item-view" data-fl-item-id="a" data-fl-item-category-id="" data-fl-item-vendor=""></div>
<div class="i-flocktory" data-fl-action="track-item-view" data-fl-item-id="a"></div>
<div class="i-flocktory" data-fl-action="track-item-view" data-fl-item-id="a"></div>
<div class="i-flocktory" data-fl-action="track-item-view" data-fl-item-id="a" data-fl-item-category-id="7" data-fl-item-vendor="Nike"></div>
