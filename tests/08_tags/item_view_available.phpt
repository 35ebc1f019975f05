--TEST--
flocktory_item_view(): available is true or false, written as such; null or absent leaves it out
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

fixture_tag(fn () => flocktory_item_view(['id' => 1, 'available' => true]));
fixture_tag(fn () => flocktory_item_view(['id' => 1, 'available' => false]));
fixture_tag(fn () => flocktory_item_view(['id' => 1, 'available' => null]));
?>
--EXPECT--
<div class="i-flocktory" data-fl-action="track-item-view" data-fl-item-id="1" data-fl-item-available="true"></div>
<div class="i-flocktory" data-fl-action="track-item-view" data-fl-item-id="1" data-fl-item-available="false"></div>
<div class="i-flocktory" data-fl-action="track-item-view" data-fl-item-id="1"></div>
