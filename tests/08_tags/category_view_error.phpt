--TEST--
flocktory_category_view(): a blank string or an int below 1 is an error at category_id
--EXTENSIONS--
flocktory
--SKIPIF--
<?php if (PHP_INT_SIZE < 8) die('skip 64-bit only'); ?>
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

foreach ([0, -1, PHP_INT_MIN, '', " \r\n"] as $id) {
    fixture_tag(fn () => flocktory_category_view($id));
}
?>
--EXPECT--
Flocktory\ValidationException
category_id
category_id: expected a non-empty string or an int from 1, got int(0)
Flocktory\ValidationException
category_id
category_id: expected a non-empty string or an int from 1, got int(-1)
Flocktory\ValidationException
category_id
category_id: expected a non-empty string or an int from 1, got int(-9223372036854775808)
Flocktory\ValidationException
category_id
category_id: expected a non-empty string or an int from 1, got string(0) ""
Flocktory\ValidationException
category_id
category_id: expected a non-empty string or an int from 1, got string(3) " \u{d}\u{a}"
