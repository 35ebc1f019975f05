--TEST--
flocktory_category_view(): under strict_types null is an error at category_id too, not a TypeError
--EXTENSIONS--
flocktory
--FILE--
<?php
declare(strict_types=1);
require __DIR__ . '/../fixtures.inc';

fixture_tag(fn () => flocktory_category_view(null));
fixture_tag(fn () => flocktory_category_view(''));
?>
--EXPECT--
Flocktory\ValidationException
category_id
category_id: expected a non-empty string or an int from 1, got null
Flocktory\ValidationException
category_id
category_id: expected a non-empty string or an int from 1, got string(0) ""
