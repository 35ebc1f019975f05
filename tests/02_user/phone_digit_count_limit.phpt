--TEST--
flocktory_postcheckout(): user: phone has 10 to 15 digits
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

foreach (['1234567890', '123456789012345', 1234567890, 123456789012345, '+1 (234) 567-89.01'] as $phone) {
    $user = fixture_without(fixture_user(['phone' => $phone]), 'email');
    fixture_show(fn() => flocktory_postcheckout($user, fixture_order()));
}
foreach (['123456789', '1234567890123456', 123456789, 1234567890123456, '+1 (234) 567-89'] as $phone) {
    $user = fixture_without(fixture_user(['phone' => $phone]), 'email');
    fixture_show(fn() => flocktory_postcheckout($user, fixture_order()));
}
?>
--EXPECT--
{"user":{"name":"Ivan Ivanov","email":"1234567890@unknown.email","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"id":"777","title":"Nike Shoes","price":1000,"image":"http://path.to.image","count":1}]}}
{"user":{"name":"Ivan Ivanov","email":"123456789012345@unknown.email","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"id":"777","title":"Nike Shoes","price":1000,"image":"http://path.to.image","count":1}]}}
{"user":{"name":"Ivan Ivanov","email":"1234567890@unknown.email","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"id":"777","title":"Nike Shoes","price":1000,"image":"http://path.to.image","count":1}]}}
{"user":{"name":"Ivan Ivanov","email":"123456789012345@unknown.email","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"id":"777","title":"Nike Shoes","price":1000,"image":"http://path.to.image","count":1}]}}
{"user":{"name":"Ivan Ivanov","email":"12345678901@unknown.email","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"id":"777","title":"Nike Shoes","price":1000,"image":"http://path.to.image","count":1}]}}
Flocktory\ValidationException
user.phone
user.phone: expected a phone number of 10 to 15 digits (with spaces, -, (, ), . and one leading + allowed), got string(9) "123456789"
Flocktory\ValidationException
user.phone
user.phone: expected a phone number of 10 to 15 digits (with spaces, -, (, ), . and one leading + allowed), got string(16) "1234567890123456"
Flocktory\ValidationException
user.phone
user.phone: expected a phone number of 10 to 15 digits (with spaces, -, (, ), . and one leading + allowed), got int(123456789)
Flocktory\ValidationException
user.phone
user.phone: expected a phone number of 10 to 15 digits (with spaces, -, (, ), . and one leading + allowed), got int(1234567890123456)
Flocktory\ValidationException
user.phone
user.phone: expected a phone number of 10 to 15 digits (with spaces, -, (, ), . and one leading + allowed), got string(15) "+1 (234) 567-89"
