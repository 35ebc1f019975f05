--TEST--
flocktory_postcheckout(): user: phone accepts U+00A0 and U+202F wherever it accepts a space
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

foreach ([
    "+7\u{a0}916\u{a0}123-45-67",
    "+7\u{202f}916\u{202f}123\u{202f}45\u{202f}67",
    "\u{a0}+\u{a0}7 (916)\u{202f}123.45.67\u{a0}",
    "8\u{a0}\u{a0}\u{202f} 9161234567",
] as $phone) {
    $user = fixture_without(fixture_user(['phone' => $phone]), 'email');
    echo json_decode(fixture_payload(flocktory_postcheckout($user, fixture_order())))->user->email, "\n";
}
?>
--EXPECT--
79161234567@unknown.email
79161234567@unknown.email
79161234567@unknown.email
89161234567@unknown.email
