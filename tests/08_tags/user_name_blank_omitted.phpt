--TEST--
flocktory_user(): an absent, null or blank name leaves data-fl-user-name out
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

fixture_tag(fn () => flocktory_user(['email' => 'ivan@gmail.com']));
fixture_tag(fn () => flocktory_user(['name' => null, 'email' => 'ivan@gmail.com']));
fixture_tag(fn () => flocktory_user(['name' => '', 'email' => 'ivan@gmail.com']));
fixture_tag(fn () => flocktory_user(['name' => " \t\n ", 'email' => 'ivan@gmail.com']));
fixture_tag(fn () => flocktory_user(['name' => '  Ivan  ', 'email' => 'ivan@gmail.com']));
?>
--EXPECT--
<div class="i-flocktory" data-fl-user-email="ivan@gmail.com"></div>
<div class="i-flocktory" data-fl-user-email="ivan@gmail.com"></div>
<div class="i-flocktory" data-fl-user-email="ivan@gmail.com"></div>
<div class="i-flocktory" data-fl-user-email="ivan@gmail.com"></div>
<div class="i-flocktory" data-fl-user-name="Ivan" data-fl-user-email="ivan@gmail.com"></div>
