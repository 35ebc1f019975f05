--TEST--
flocktory_postcheckout(): user: next to an email, a phone and id of any type (array, float, object, invalid UTF-8, bool) are not read
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

foreach ([
    [],
    ['79123456789'],
    7912345678.5,
    NAN,
    new stdClass,
    new ArrayObject(['79123456789']),
    "+7\xFF9123456789",
    "id\x80",
    true,
    false,
] as $value) {
    // Each alone, then both: neither may be checked.
    foreach ([['phone' => $value], ['id' => $value], ['phone' => $value, 'id' => $value]] as $change) {
        fixture_show(fn() => flocktory_postcheckout(fixture_user($change), fixture_order()));
    }
}
?>
--EXPECT--
{"user":{"name":"Ivan Ivanov","email":"ivan@gmail.com","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"id":"777","title":"Nike Shoes","price":1000,"image":"http://path.to.image","count":1}]}}
{"user":{"name":"Ivan Ivanov","email":"ivan@gmail.com","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"id":"777","title":"Nike Shoes","price":1000,"image":"http://path.to.image","count":1}]}}
{"user":{"name":"Ivan Ivanov","email":"ivan@gmail.com","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"id":"777","title":"Nike Shoes","price":1000,"image":"http://path.to.image","count":1}]}}
{"user":{"name":"Ivan Ivanov","email":"ivan@gmail.com","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"id":"777","title":"Nike Shoes","price":1000,"image":"http://path.to.image","count":1}]}}
{"user":{"name":"Ivan Ivanov","email":"ivan@gmail.com","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"id":"777","title":"Nike Shoes","price":1000,"image":"http://path.to.image","count":1}]}}
{"user":{"name":"Ivan Ivanov","email":"ivan@gmail.com","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"id":"777","title":"Nike Shoes","price":1000,"image":"http://path.to.image","count":1}]}}
{"user":{"name":"Ivan Ivanov","email":"ivan@gmail.com","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"id":"777","title":"Nike Shoes","price":1000,"image":"http://path.to.image","count":1}]}}
{"user":{"name":"Ivan Ivanov","email":"ivan@gmail.com","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"id":"777","title":"Nike Shoes","price":1000,"image":"http://path.to.image","count":1}]}}
{"user":{"name":"Ivan Ivanov","email":"ivan@gmail.com","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"id":"777","title":"Nike Shoes","price":1000,"image":"http://path.to.image","count":1}]}}
{"user":{"name":"Ivan Ivanov","email":"ivan@gmail.com","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"id":"777","title":"Nike Shoes","price":1000,"image":"http://path.to.image","count":1}]}}
{"user":{"name":"Ivan Ivanov","email":"ivan@gmail.com","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"id":"777","title":"Nike Shoes","price":1000,"image":"http://path.to.image","count":1}]}}
{"user":{"name":"Ivan Ivanov","email":"ivan@gmail.com","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"id":"777","title":"Nike Shoes","price":1000,"image":"http://path.to.image","count":1}]}}
{"user":{"name":"Ivan Ivanov","email":"ivan@gmail.com","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"id":"777","title":"Nike Shoes","price":1000,"image":"http://path.to.image","count":1}]}}
{"user":{"name":"Ivan Ivanov","email":"ivan@gmail.com","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"id":"777","title":"Nike Shoes","price":1000,"image":"http://path.to.image","count":1}]}}
{"user":{"name":"Ivan Ivanov","email":"ivan@gmail.com","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"id":"777","title":"Nike Shoes","price":1000,"image":"http://path.to.image","count":1}]}}
{"user":{"name":"Ivan Ivanov","email":"ivan@gmail.com","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"id":"777","title":"Nike Shoes","price":1000,"image":"http://path.to.image","count":1}]}}
{"user":{"name":"Ivan Ivanov","email":"ivan@gmail.com","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"id":"777","title":"Nike Shoes","price":1000,"image":"http://path.to.image","count":1}]}}
{"user":{"name":"Ivan Ivanov","email":"ivan@gmail.com","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"id":"777","title":"Nike Shoes","price":1000,"image":"http://path.to.image","count":1}]}}
{"user":{"name":"Ivan Ivanov","email":"ivan@gmail.com","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"id":"777","title":"Nike Shoes","price":1000,"image":"http://path.to.image","count":1}]}}
{"user":{"name":"Ivan Ivanov","email":"ivan@gmail.com","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"id":"777","title":"Nike Shoes","price":1000,"image":"http://path.to.image","count":1}]}}
{"user":{"name":"Ivan Ivanov","email":"ivan@gmail.com","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"id":"777","title":"Nike Shoes","price":1000,"image":"http://path.to.image","count":1}]}}
{"user":{"name":"Ivan Ivanov","email":"ivan@gmail.com","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"id":"777","title":"Nike Shoes","price":1000,"image":"http://path.to.image","count":1}]}}
{"user":{"name":"Ivan Ivanov","email":"ivan@gmail.com","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"id":"777","title":"Nike Shoes","price":1000,"image":"http://path.to.image","count":1}]}}
{"user":{"name":"Ivan Ivanov","email":"ivan@gmail.com","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"id":"777","title":"Nike Shoes","price":1000,"image":"http://path.to.image","count":1}]}}
{"user":{"name":"Ivan Ivanov","email":"ivan@gmail.com","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"id":"777","title":"Nike Shoes","price":1000,"image":"http://path.to.image","count":1}]}}
{"user":{"name":"Ivan Ivanov","email":"ivan@gmail.com","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"id":"777","title":"Nike Shoes","price":1000,"image":"http://path.to.image","count":1}]}}
{"user":{"name":"Ivan Ivanov","email":"ivan@gmail.com","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"id":"777","title":"Nike Shoes","price":1000,"image":"http://path.to.image","count":1}]}}
{"user":{"name":"Ivan Ivanov","email":"ivan@gmail.com","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"id":"777","title":"Nike Shoes","price":1000,"image":"http://path.to.image","count":1}]}}
{"user":{"name":"Ivan Ivanov","email":"ivan@gmail.com","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"id":"777","title":"Nike Shoes","price":1000,"image":"http://path.to.image","count":1}]}}
{"user":{"name":"Ivan Ivanov","email":"ivan@gmail.com","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"id":"777","title":"Nike Shoes","price":1000,"image":"http://path.to.image","count":1}]}}
