--TEST--
flocktory_postcheckout(): user: phone rejects a second or inner +, letters and other separators
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

foreach ([
    '++79123456789',
    '+7 +9123456789',
    '7+9123456789',
    '8-800-FLOWERS',
    '8 800 555 35 35 ext 2',
    '7/912/345/67/89',
    '+7_912_345_67_89',
    '+',
    '９１２３４５６７８９',
] as $value) {
    $user = fixture_without(fixture_user(['phone' => $value]), 'email');
    fixture_show(fn() => flocktory_postcheckout($user, fixture_order()));
}
?>
--EXPECT--
Flocktory\ValidationException
user.phone
user.phone: expected a phone number of 10 to 15 digits (with spaces, -, (, ), . and one leading + allowed), got string(13) "++79123456789"
Flocktory\ValidationException
user.phone
user.phone: expected a phone number of 10 to 15 digits (with spaces, -, (, ), . and one leading + allowed), got string(14) "+7 +9123456789"
Flocktory\ValidationException
user.phone
user.phone: expected a phone number of 10 to 15 digits (with spaces, -, (, ), . and one leading + allowed), got string(12) "7+9123456789"
Flocktory\ValidationException
user.phone
user.phone: expected a phone number of 10 to 15 digits (with spaces, -, (, ), . and one leading + allowed), got string(13) "8-800-FLOWERS"
Flocktory\ValidationException
user.phone
user.phone: expected a phone number of 10 to 15 digits (with spaces, -, (, ), . and one leading + allowed), got string(21) "8 800 555 35 35 ext 2"
Flocktory\ValidationException
user.phone
user.phone: expected a phone number of 10 to 15 digits (with spaces, -, (, ), . and one leading + allowed), got string(15) "7/912/345/67/89"
Flocktory\ValidationException
user.phone
user.phone: expected a phone number of 10 to 15 digits (with spaces, -, (, ), . and one leading + allowed), got string(16) "+7_912_345_67_89"
Flocktory\ValidationException
user.phone
user.phone: expected a phone number of 10 to 15 digits (with spaces, -, (, ), . and one leading + allowed), got string(1) "+"
Flocktory\ValidationException
user.phone
user.phone: expected a phone number of 10 to 15 digits (with spaces, -, (, ), . and one leading + allowed), got string(30) "９１２３４５６７８９"
