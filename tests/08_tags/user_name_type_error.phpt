--TEST--
flocktory_user(): a name that is not a string is an error at user.name
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

fixture_tag(fn () => flocktory_user(fixture_user(['name' => 5])));
fixture_tag(fn () => flocktory_user(fixture_user(['name' => ['Ivan']])));
?>
--EXPECT--
Flocktory\ValidationException
user.name
user.name: expected a string, or null when the name is unknown, got int(5)
Flocktory\ValidationException
user.name
user.name: expected a string, or null when the name is unknown, got array(1)
