--TEST--
tags: arguments: wrong argument types are TypeErrors (strict_types)
--EXTENSIONS--
flocktory
--FILE--
<?php
declare(strict_types=1);
$calls = [
    fn () => flocktory_user('ivan@gmail.com'),
    fn () => flocktory_item_view(null),
    fn () => flocktory_category_view(1.5),
    fn () => flocktory_category_view(false),
    fn () => flocktory_category_view([1]),
    fn () => flocktory_exchange(null),
    fn () => flocktory_exchange([], 5),
];
foreach ($calls as $call) {
    try {
        $call();
        echo "no error\n";
    } catch (TypeError $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
?>
--EXPECTF--
TypeError: flocktory_user(): Argument #1 ($user) must be of type array, string given
TypeError: flocktory_item_view(): Argument #1 ($item) must be of type array, null given
TypeError: flocktory_category_view(): Argument #1 ($category_id) must be of type string|int|null, float given
TypeError: flocktory_category_view(): Argument #1 ($category_id) must be of type string|int|null, %r(bool|false)%r given
TypeError: flocktory_category_view(): Argument #1 ($category_id) must be of type string|int|null, array given
TypeError: flocktory_exchange(): Argument #1 ($user) must be of type array, null given
TypeError: flocktory_exchange(): Argument #2 ($spot) must be of type ?string, int given
