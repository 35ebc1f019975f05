--TEST--
flocktory_postcheckout(): order: price emits a finite float with json_encode()'s shortest digits
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';
ini_set('serialize_precision', '-1');
$template = fixture_payload(flocktory_postcheckout(fixture_user(), fixture_order(['price' => 2000])));
foreach ([0.1, 1999.9, 1/3, 1e-7, 2000.0, 0.5, 1.5e14, 999999999999999.9] as $price) {
    $got = fixture_payload(flocktory_postcheckout(fixture_user(), fixture_order(['price' => $price])));
    $want = str_replace('"price":2000,', '"price":' . json_encode($price) . ',', $template);
    echo json_encode($price), ' ', $got === $want ? 'same' : "differs: $got", "\n";
}
?>
--EXPECT--
0.1 same
1999.9 same
0.3333333333333333 same
1.0e-7 same
2000 same
0.5 same
150000000000000 same
999999999999999.9 same
