--TEST--
flocktory_category_view(): null (a category not found) is an error at category_id with an empty id's message, without a deprecation
--EXTENSIONS--
flocktory
--FILE--
<?php
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
