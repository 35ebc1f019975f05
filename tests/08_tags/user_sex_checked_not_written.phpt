--TEST--
flocktory_user(): sex is checked but never written
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

fixture_tag(fn () => flocktory_user(fixture_user(['sex' => 'F'])));
fixture_tag(fn () => flocktory_user(fixture_user(['sex' => 'x'])));
?>
--EXPECT--
<div class="i-flocktory" data-fl-user-name="Ivan Ivanov" data-fl-user-email="ivan@gmail.com"></div>
Flocktory\ValidationException
user.sex
user.sex: expected "m" or "f", got string(1) "x"
