--TEST--
flocktory_user(): accepts the array postcheckout accepts, with every key
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

$user = ['name' => 'Ivan Ivanov', 'email' => 'ivan@gmail.com', 'sex' => 'm', 'phone' => '+7 916 123 45 67', 'id' => '42'];
flocktory_postcheckout($user, fixture_order());
fixture_tag(fn () => flocktory_user($user));
?>
--EXPECT--
<div class="i-flocktory" data-fl-user-name="Ivan Ivanov" data-fl-user-email="ivan@gmail.com"></div>
