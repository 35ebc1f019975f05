--TEST--
flocktory_postcheckout(): extremes: every bounded field at its maximum length is accepted and written exactly
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

$local = str_repeat('a', 64);
$domain = implode('.', [str_repeat('b', 63), str_repeat('c', 63), str_repeat('d', 63), str_repeat('e', 61)]);
$nonce = str_repeat('N', 254) . '+/==';
$s = flocktory_postcheckout(
    ['name' => '', 'email' => "$local@$domain", 'phone' => '+' . str_repeat('9', 15), 'id' => str_repeat('i', 64)],
    ['id' => str_repeat('7', 100), 'price' => '999999999999999,999999999999999',
        'items' => [['price' => 999999999999999, 'count' => '999999999999999.000000000000001']]],
    null,
    $nonce,
);
var_dump(strlen($domain));
var_dump(str_starts_with($s, "<script type=\"text/javascript\" nonce=\"$nonce\">\n"));
echo fixture_payload($s) === '{"user":{"name":"","email":"' . "$local@$domain" . '"},'
    . '"order":{"id":"' . str_repeat('7', 100) . '","price":999999999999999.999999999999999,'
    . '"items":[{"price":999999999999999,"count":999999999999999.000000000000001}]}}' ? "exact\n" : "differs\n";

// The phone and the id are read only without an email: at their maximum each gives the email.
foreach ([['phone' => '+' . str_repeat('9', 15)], ['id' => str_repeat('i', 64)]] as $fallback) {
    echo json_decode(fixture_payload(flocktory_postcheckout(['name' => ''] + $fallback, fixture_order())))->user->email, "\n";
}

// One more at each limit is an error.
foreach ([
    fixture_user(['email' => "a$local@$domain"]),
    fixture_user(['email' => "$local@a$domain"]),
    fixture_without(fixture_user(['phone' => str_repeat('9', 16)]), 'email'),
    fixture_without(fixture_user(['id' => str_repeat('i', 65)]), 'email'),
] as $user) {
    try {
        flocktory_postcheckout($user, fixture_order());
    } catch (Flocktory\ValidationException $e) {
        echo $e->getField(), "\n";
    }
}
try {
    flocktory_postcheckout(fixture_user(), fixture_order(), null, 'N' . $nonce);
} catch (Flocktory\ValidationException $e) {
    echo $e->getField(), "\n";
}
foreach (['1000000000000000', '1,9999999999999999', 1000000000000000, 1e15] as $price) {
    try {
        flocktory_postcheckout(fixture_user(), fixture_order(['price' => $price]));
    } catch (Flocktory\ValidationException $e) {
        echo $e->getField(), "\n";
    }
}
?>
--EXPECT--
int(253)
bool(true)
exact
999999999999999@unknown.email
iiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiii@unknown.email
user.email
user.email
user.phone
user.id
nonce
order.price
order.price
order.price
order.price
