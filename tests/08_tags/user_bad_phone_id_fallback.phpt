--TEST--
flocktory_user(): without an email, a bad phone is passed over when the id makes an address
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

fixture_tag(fn () => flocktory_user(['phone' => '8-916-123', 'id' => 'u42']));
fixture_tag(fn () => flocktory_user(['name' => 'A', 'email' => '', 'phone' => ['x'], 'id' => 7]));
fixture_tag(fn () => flocktory_user(['phone' => "8\xFF", 'id' => 'u-1']));
fixture_tag(fn () => flocktory_user(['phone' => "8\0", 'id' => 'u-1']));
?>
--EXPECT--
<div class="i-flocktory" data-fl-user-email="u42@unknown.email"></div>
<div class="i-flocktory" data-fl-user-name="A" data-fl-user-email="7@unknown.email"></div>
<div class="i-flocktory" data-fl-user-email="u-1@unknown.email"></div>
<div class="i-flocktory" data-fl-user-email="u-1@unknown.email"></div>
