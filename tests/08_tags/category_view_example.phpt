--TEST--
flocktory_category_view(): the documented example, and ids as strings (trimmed, escaped)
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

fixture_tag(fn () => flocktory_category_view(123));
fixture_tag(fn () => flocktory_category_view(' 123 '));
fixture_tag(fn () => flocktory_category_view('shoes/"men"'));
fixture_tag(fn () => flocktory_category_view('0'));
?>
--EXPECT--
<div class="i-flocktory" data-fl-action="track-category-view" data-fl-category-id="123"></div>
<div class="i-flocktory" data-fl-action="track-category-view" data-fl-category-id="123"></div>
<div class="i-flocktory" data-fl-action="track-category-view" data-fl-category-id="shoes/&quot;men&quot;"></div>
<div class="i-flocktory" data-fl-action="track-category-view" data-fl-category-id="0"></div>
