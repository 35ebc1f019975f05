--TEST--
flocktory_exchange(): email, else PHONE@unknown.email, else xname@flocktory.com; id is never read
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

fixture_tag(fn () => flocktory_exchange());
fixture_tag(fn () => flocktory_exchange([]));
fixture_tag(fn () => flocktory_exchange(['name' => 'Ivan', 'phone' => '8 (916) 123-45-67']));
fixture_tag(fn () => flocktory_exchange(['email' => 'I@EXAMPLE.COM', 'phone' => '8 (916) 123-45-67']));
fixture_tag(fn () => flocktory_exchange(['email' => '', 'phone' => ' ', 'id' => 'u1']));
fixture_tag(fn () => flocktory_exchange(['id' => new stdClass, 'sex' => 'f']));
?>
--EXPECT--
<div class="i-flocktory" data-fl-action="exchange" data-fl-user-email="xname@flocktory.com"></div>
<div class="i-flocktory" data-fl-action="exchange" data-fl-user-email="xname@flocktory.com"></div>
<div class="i-flocktory" data-fl-action="exchange" data-fl-user-name="Ivan" data-fl-user-email="89161234567@unknown.email"></div>
<div class="i-flocktory" data-fl-action="exchange" data-fl-user-email="I@example.com"></div>
<div class="i-flocktory" data-fl-action="exchange" data-fl-user-email="xname@flocktory.com"></div>
<div class="i-flocktory" data-fl-action="exchange" data-fl-user-email="xname@flocktory.com"></div>
