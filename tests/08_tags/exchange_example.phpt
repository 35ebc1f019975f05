--TEST--
flocktory_exchange(): the documented example, byte for byte
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

fixture_tag(fn () => flocktory_exchange(['name' => 'Ivan Ivanov', 'email' => 'ivan@gmail.com'], 'thank_you'));
?>
--EXPECT--
<div class="i-flocktory" data-fl-action="exchange" data-fl-spot="thank_you" data-fl-user-name="Ivan Ivanov" data-fl-user-email="ivan@gmail.com"></div>
