--TEST--
flocktory_user(): the documented example, byte for byte
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

fixture_tag(fn () => flocktory_user(['name' => 'Ivan Ivanov', 'email' => 'ivan@gmail.com']));
?>
--EXPECT--
<div class="i-flocktory" data-fl-user-name="Ivan Ivanov" data-fl-user-email="ivan@gmail.com"></div>
