--TEST--
flocktory_postcheckout(): user: name accepts every valid UTF-8 sequence up to U+10FFFF and writes it raw
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

foreach (["\u{80}", "\u{7FF}", "\u{800}", "\u{D7FF}", "\u{E000}", "\u{FFFD}", "\u{FFFF}", "\u{10000}", "\u{10FFFF}"] as $c) {
    $name = "a{$c}z";
    $payload = fixture_payload(flocktory_postcheckout(fixture_user(['name' => $name]), fixture_order()));
    echo bin2hex($c), " ", var_export(str_starts_with($payload, '{"user":{"name":"' . $name . '","email"'), true), "\n";
}
?>
--EXPECT--
c280 true
dfbf true
e0a080 true
ed9fbf true
ee8080 true
efbfbd true
efbfbf true
f0908080 true
f48fbfbf true
