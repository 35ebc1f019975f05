--TEST--
flocktory_exchange(): a phone that makes no address is passed over for xname@flocktory.com
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

// Issue 21: the fixed address is the last step of the exchange's chain, so
// a messy phone (a wrong type, invalid UTF-8 and U+0000 included) never
// costs the banner.
fixture_tag(fn () => flocktory_exchange(['phone' => '8-916-123']));
fixture_tag(fn () => flocktory_exchange(['phone' => 0]));
fixture_tag(fn () => flocktory_exchange(['phone' => []]));
fixture_tag(fn () => flocktory_exchange(['phone' => "ab\xE2\x80"]));
fixture_tag(fn () => flocktory_exchange(['phone' => "+7 916 123-45-67\0"]));
fixture_tag(fn () => flocktory_exchange(['name' => 'Ivan', 'phone' => '12345', 'id' => 'u42']));
// A good phone still makes the address.
fixture_tag(fn () => flocktory_exchange(['phone' => "+7\u{a0}916\u{a0}123-45-67"]));
?>
--EXPECT--
<div class="i-flocktory" data-fl-action="exchange" data-fl-user-email="xname@flocktory.com"></div>
<div class="i-flocktory" data-fl-action="exchange" data-fl-user-email="xname@flocktory.com"></div>
<div class="i-flocktory" data-fl-action="exchange" data-fl-user-email="xname@flocktory.com"></div>
<div class="i-flocktory" data-fl-action="exchange" data-fl-user-email="xname@flocktory.com"></div>
<div class="i-flocktory" data-fl-action="exchange" data-fl-user-email="xname@flocktory.com"></div>
<div class="i-flocktory" data-fl-action="exchange" data-fl-user-name="Ivan" data-fl-user-email="xname@flocktory.com"></div>
<div class="i-flocktory" data-fl-action="exchange" data-fl-user-email="79161234567@unknown.email"></div>
