--TEST--
flocktory_category_view(): coercive mode turns false into 0, an error
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

fixture_tag(fn () => flocktory_category_view(false));
fixture_tag(fn () => flocktory_category_view(true));
?>
--EXPECT--
Flocktory\ValidationException
category_id
category_id: expected a non-empty string or an int from 1, got int(0)
<div class="i-flocktory" data-fl-action="track-category-view" data-fl-category-id="1"></div>
