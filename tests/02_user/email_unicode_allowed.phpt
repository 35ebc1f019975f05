--TEST--
flocktory_postcheckout(): user: email allows the non-ASCII code points just outside the forbidden ranges
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

// Neighbours of U+0080-U+00A0, U+2000-U+200F, U+2028-U+202F, U+205F-U+206F, U+3000, U+FEFF.
foreach ([0xA1, 0x1FFF, 0x2010, 0x2027, 0x2030, 0x205E, 0x2070, 0x2FFF, 0x3001, 0xFEFE, 0xFF00] as $cp) {
    $c = mb_chr_utf8($cp);
    $email = "a{$c}b@x{$c}y.ru";
    try {
        $payload = fixture_payload(flocktory_postcheckout(fixture_user(['email' => $email]), fixture_order()));
        printf("U+%04X %s\n", $cp, var_export(str_contains($payload, '"email":"' . $email . '"'), true));
    } catch (Flocktory\ValidationException $e) {
        printf("U+%04X %s: %s\n", $cp, get_class($e), $e->getField());
    }
}

function mb_chr_utf8(int $cp): string
{
    return json_decode(sprintf('"\u%04x"', $cp));
}
?>
--EXPECT--
U+00A1 true
U+1FFF true
U+2010 true
U+2027 true
U+2030 true
U+205E true
U+2070 true
U+2FFF true
U+3001 true
U+FEFE true
U+FF00 true
