--TEST--
tags: invalid UTF-8 in every string field is an error at that field, with the offset
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

$bad = "ab\xE2\x80";  // a truncated three-byte character
$calls = [
    fn ($s) => flocktory_user(['name' => $s, 'email' => 'a@b.ru']),
    fn ($s) => flocktory_user(['email' => $s]),
    fn ($s) => flocktory_user(['phone' => $s]),
    fn ($s) => flocktory_user(['id' => $s]),
    fn ($s) => flocktory_user(['email' => 'a@b.ru', 'sex' => $s]),
    fn ($s) => flocktory_item_view(['id' => $s]),
    fn ($s) => flocktory_item_view(['id' => 1, 'category_id' => $s]),
    fn ($s) => flocktory_item_view(['id' => 1, 'vendor' => $s]),
    fn ($s) => flocktory_category_view($s),
    fn ($s) => flocktory_exchange(['name' => $s]),
    fn ($s) => flocktory_exchange(['email' => $s]),
    // The exchange's phone is passed over for xname@flocktory.com instead
    // (exchange_bad_phone_fixed_address.phpt).
    fn ($s) => flocktory_exchange([], $s),
];
foreach ($calls as $call) {
    try {
        $call($bad);
        echo "accepted\n";
    } catch (Flocktory\ValidationException $e) {
        echo $e->getField(), ': ', strstr(substr($e->getMessage(), strlen($e->getField()) + 2), ' in string', true), "\n";
    }
}
?>
--EXPECT--
user.name: expected valid UTF-8, got invalid byte \xE2 at offset 2
user.email: expected valid UTF-8, got invalid byte \xE2 at offset 2
user.phone: expected valid UTF-8, got invalid byte \xE2 at offset 2
user.id: expected valid UTF-8, got invalid byte \xE2 at offset 2
user.sex: expected valid UTF-8, got invalid byte \xE2 at offset 2
item.id: expected valid UTF-8, got invalid byte \xE2 at offset 2
item.category_id: expected valid UTF-8, got invalid byte \xE2 at offset 2
item.vendor: expected valid UTF-8, got invalid byte \xE2 at offset 2
category_id: expected valid UTF-8, got invalid byte \xE2 at offset 2
user.name: expected valid UTF-8, got invalid byte \xE2 at offset 2
user.email: expected valid UTF-8, got invalid byte \xE2 at offset 2
spot: expected valid UTF-8, got invalid byte \xE2 at offset 2
