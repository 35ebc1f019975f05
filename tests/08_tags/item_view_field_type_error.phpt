--TEST--
flocktory_item_view(): category_id must be a string or int, vendor a string
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

fixture_tag(fn () => flocktory_item_view(['id' => 1, 'category_id' => 1.5]));
fixture_tag(fn () => flocktory_item_view(['id' => 1, 'category_id' => false]));
fixture_tag(fn () => flocktory_item_view(['id' => 1, 'vendor' => 5]));
fixture_tag(fn () => flocktory_item_view(['id' => 1, 'vendor' => new stdClass]));
fixture_tag(fn () => flocktory_item_view(['id' => 1, 'category_id' => 0]));
?>
--EXPECT--
Flocktory\ValidationException
item.category_id
item.category_id: expected a string or int, got float(1.5)
Flocktory\ValidationException
item.category_id
item.category_id: expected a string or int, got bool(false)
Flocktory\ValidationException
item.vendor
item.vendor: expected a string, got int(5)
Flocktory\ValidationException
item.vendor
item.vendor: expected a string, got object(stdClass)
<div class="i-flocktory" data-fl-action="track-item-view" data-fl-item-id="1" data-fl-item-category-id="0"></div>
