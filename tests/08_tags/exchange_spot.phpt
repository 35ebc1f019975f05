--TEST--
flocktory_exchange(): spot is trimmed and escaped; null or blank leaves data-fl-spot out
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

fixture_tag(fn () => flocktory_exchange([], null));
fixture_tag(fn () => flocktory_exchange([], ''));
fixture_tag(fn () => flocktory_exchange([], " \t "));
fixture_tag(fn () => flocktory_exchange([], ' thank_you '));
fixture_tag(fn () => flocktory_exchange([], '"><script>'));
?>
--EXPECT--
<div class="i-flocktory" data-fl-action="exchange" data-fl-user-email="xname@flocktory.com"></div>
<div class="i-flocktory" data-fl-action="exchange" data-fl-user-email="xname@flocktory.com"></div>
<div class="i-flocktory" data-fl-action="exchange" data-fl-user-email="xname@flocktory.com"></div>
<div class="i-flocktory" data-fl-action="exchange" data-fl-spot="thank_you" data-fl-user-email="xname@flocktory.com"></div>
<div class="i-flocktory" data-fl-action="exchange" data-fl-spot="&quot;&gt;&lt;script&gt;" data-fl-user-email="xname@flocktory.com"></div>
