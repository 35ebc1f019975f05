--TEST--
flocktory_item_view(): the documented example, byte for byte
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

fixture_tag(fn () => flocktory_item_view(['id' => '123', 'category_id' => '1', 'vendor' => 'Nike', 'available' => true]));
fixture_tag(fn () => flocktory_item_view(['available' => true, 'vendor' => 'Nike', 'category_id' => 1, 'id' => 123]));
?>
--EXPECT--
<div class="i-flocktory" data-fl-action="track-item-view" data-fl-item-id="123" data-fl-item-category-id="1" data-fl-item-vendor="Nike" data-fl-item-available="true"></div>
<div class="i-flocktory" data-fl-action="track-item-view" data-fl-item-id="123" data-fl-item-category-id="1" data-fl-item-vendor="Nike" data-fl-item-available="true"></div>
