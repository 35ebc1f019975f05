--TEST--
flocktory_postcheckout(): user: phone still refuses other Unicode spaces, and a no-break space does not count as a digit
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

foreach ([
    "+7\u{2007}916\u{2007}123-45-67",   // FIGURE SPACE
    "+7\u{2009}916\u{2009}123-45-67",   // THIN SPACE
    "+7\u{3000}916\u{3000}123-45-67",   // IDEOGRAPHIC SPACE
    "+7\u{200b}916\u{200b}123-45-67",   // ZERO WIDTH SPACE
    "+7\u{a0}916\u{a0}123",             // nine digits
    "\u{a0}+\u{a0}+7 916 123-45-67",   // a second +
    "+7 916 123-45-67\u{a0}+",          // + after the digits
] as $phone) {
    $user = fixture_without(fixture_user(['phone' => $phone]), 'email');
    fixture_show(fn() => flocktory_postcheckout($user, fixture_order()));
}
?>
--EXPECT--
Flocktory\ValidationException
user.phone
user.phone: expected a phone number of 10 to 15 digits (with spaces, -, (, ), . and one leading + allowed), got string(20) "+7 916 123-45-67"
Flocktory\ValidationException
user.phone
user.phone: expected a phone number of 10 to 15 digits (with spaces, -, (, ), . and one leading + allowed), got string(20) "+7 916 123-45-67"
Flocktory\ValidationException
user.phone
user.phone: expected a phone number of 10 to 15 digits (with spaces, -, (, ), . and one leading + allowed), got string(20) "+7　916　123-45-67"
Flocktory\ValidationException
user.phone
user.phone: expected a phone number of 10 to 15 digits (with spaces, -, (, ), . and one leading + allowed), got string(20) "+7\u{200b}916\u{200b}123-45-67"
Flocktory\ValidationException
user.phone
user.phone: expected a phone number of 10 to 15 digits (with spaces, -, (, ), . and one leading + allowed), got string(12) "+7\u{a0}916\u{a0}123"
Flocktory\ValidationException
user.phone
user.phone: expected a phone number of 10 to 15 digits (with spaces, -, (, ), . and one leading + allowed), got string(21) "\u{a0}+\u{a0}+7 916 123-45-67"
Flocktory\ValidationException
user.phone
user.phone: expected a phone number of 10 to 15 digits (with spaces, -, (, ), . and one leading + allowed), got string(19) "+7 916 123-45-67\u{a0}+"
