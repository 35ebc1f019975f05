--TEST--
flocktory_postcheckout(): user: name is a required key
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

fixture_show(fn() => flocktory_postcheckout(fixture_without(fixture_user(), 'name'), fixture_order()));
?>
--EXPECT--
Flocktory\ValidationException
user.name
user.name: expected a string, or null when the name is unknown, got nothing
