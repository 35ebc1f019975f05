--TEST--
flocktory_postcheckout(): user: an empty or whitespace-only email is no email, so the phone gives DIGITS@unknown.email
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

foreach (['', ' ', " \t\n\v\f\r"] as $email) {
    fixture_show(fn() => flocktory_postcheckout(
        fixture_user(['email' => $email, 'phone' => '+7 916 123-45-67']),
        fixture_order(),
    ));
}
?>
--EXPECT--
{"user":{"name":"Ivan Ivanov","email":"79161234567@unknown.email","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"id":"777","title":"Nike Shoes","price":1000,"image":"http://path.to.image","count":1}]}}
{"user":{"name":"Ivan Ivanov","email":"79161234567@unknown.email","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"id":"777","title":"Nike Shoes","price":1000,"image":"http://path.to.image","count":1}]}}
{"user":{"name":"Ivan Ivanov","email":"79161234567@unknown.email","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"id":"777","title":"Nike Shoes","price":1000,"image":"http://path.to.image","count":1}]}}
