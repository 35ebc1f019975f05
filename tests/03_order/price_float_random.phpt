--TEST--
flocktory_postcheckout(): order: random float prices (cents, tenths, wide mantissas, integers, the top of the range) get exactly json_encode()'s shortest digits
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';
ini_set('serialize_precision', '-1');

mt_srand(7);
$kinds = [
    'cents' => fn () => mt_rand(0, 99999999) / 100,
    'tenths' => fn () => mt_rand(0, 9999999) / 10,
    'scaled' => fn () => mt_rand() / mt_getrandmax() * 10 ** mt_rand(-4, 14),
    'bits' => fn () => unpack('d', pack('Q', mt_rand(0x3F10000000000000, 0x430C6BF526340000)))[1],
    'decimals' => fn () => mt_rand(1, 999999999999999) / 10 ** mt_rand(0, 6),
    'integers' => fn () => (float)mt_rand(0, 999999999999999),
    'near 2^45' => fn () => 35184372088832.0 + mt_rand(-5000, 5000) / 64,
];
foreach ($kinds as $kind => $make) {
    $wrong = 0;
    for ($i = 0; $i < 4000; $i++) {
        $price = $make();
        if (!($price >= 0 && $price < 1e15)) {
            $price = 1.5;
        }
        $snippet = flocktory_postcheckout(fixture_user(), fixture_order(['price' => $price]));
        $got = preg_match('/"price":([^,}]*)/', $snippet, $m) ? $m[1] : $snippet;
        if ($got !== json_encode($price) && $wrong++ < 3) {
            echo "$kind: ", json_encode($price), " written as $got\n";
        }
    }
    echo "$kind: $wrong wrong\n";
}
?>
--EXPECT--
cents: 0 wrong
tenths: 0 wrong
scaled: 0 wrong
bits: 0 wrong
decimals: 0 wrong
integers: 0 wrong
near 2^45: 0 wrong
