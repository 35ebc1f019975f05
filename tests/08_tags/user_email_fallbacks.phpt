--TEST--
flocktory_user(): the email is what postcheckout writes as user.email, fallbacks included
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

foreach ([
    ['name' => 'A', 'email' => ' Ivan.P@Mail.RU '],
    ['name' => 'A', 'email' => '', 'phone' => '+7 (916) 123-45-67', 'id' => 'u-1'],
    ['name' => 'A', 'phone' => null, 'id' => 'u-1'],
    ['name' => 'A', 'email' => 'a@b.ru', 'phone' => 'junk', 'id' => []],
] as $user) {
    $tag = flocktory_user($user);
    echo $tag, "\n";
    preg_match('/data-fl-user-email="([^"]*)"/', $tag, $m);
    $json = json_decode(fixture_payload(flocktory_postcheckout($user, fixture_order())), true);
    var_dump($m[1] === $json['user']['email']);
}
?>
--EXPECT--
<div class="i-flocktory" data-fl-user-name="A" data-fl-user-email="Ivan.P@mail.ru"></div>
bool(true)
<div class="i-flocktory" data-fl-user-name="A" data-fl-user-email="79161234567@unknown.email"></div>
bool(true)
<div class="i-flocktory" data-fl-user-name="A" data-fl-user-email="u-1@unknown.email"></div>
bool(true)
<div class="i-flocktory" data-fl-user-name="A" data-fl-user-email="a@b.ru"></div>
bool(true)
