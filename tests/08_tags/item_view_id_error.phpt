--TEST--
flocktory_item_view(): id is required: present, not null, not blank, a string or int
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

foreach ([[], ['id' => null], ['id' => ''], ['id' => " \t"], ['id' => 1.5], ['id' => true], ['id' => ['1']]] as $item) {
    fixture_tag(fn () => flocktory_item_view($item + ['vendor' => 'Nike']));
}
?>
--EXPECT--
Flocktory\ValidationException
item.id
item.id: expected a non-empty string or int, got nothing
Flocktory\ValidationException
item.id
item.id: expected a non-empty string or int, got null
Flocktory\ValidationException
item.id
item.id: expected a non-empty string or int, got string(0) ""
Flocktory\ValidationException
item.id
item.id: expected a non-empty string or int, got string(2) " \u{9}"
Flocktory\ValidationException
item.id
item.id: expected a non-empty string or int, got float(1.5)
Flocktory\ValidationException
item.id
item.id: expected a non-empty string or int, got bool(true)
Flocktory\ValidationException
item.id
item.id: expected a non-empty string or int, got array(1)
