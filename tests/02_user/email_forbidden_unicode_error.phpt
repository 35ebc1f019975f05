--TEST--
flocktory_postcheckout(): user: email rejects non-ASCII whitespace, C1 controls and invisible or bidi characters
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

// Messages are printed through json_encode() so that the invisible characters show as \uXXXX.
$codes = [0x80, 0x85, 0xA0, 0x2000, 0x200B, 0x200F, 0x2028, 0x202E, 0x202F, 0x205F, 0x206F, 0x3000, 0xFEFF];
foreach ($codes as $cp) {
    $c = json_decode(sprintf('"\u%04x"', $cp));
    foreach (['local' => "a{$c}b@x.ru", 'domain' => "ab@x{$c}y.ru"] as $where => $email) {
        printf("U+%04X %s: ", $cp, $where);
        try {
            flocktory_postcheckout(fixture_user(['email' => $email]), fixture_order());
            echo "accepted\n";
        } catch (Flocktory\ValidationException $e) {
            echo $e->getField(), " ", json_encode($e->getMessage()), "\n";
        }
    }
}
?>
--EXPECT--
U+0080 local: user.email "user.email: expected an email address like name@example.com, got string(9) \"a\\u{80}b@x.ru\""
U+0080 domain: user.email "user.email: expected an email address like name@example.com, got string(10) \"ab@x\\u{80}y.ru\""
U+0085 local: user.email "user.email: expected an email address like name@example.com, got string(9) \"a\\u{85}b@x.ru\""
U+0085 domain: user.email "user.email: expected an email address like name@example.com, got string(10) \"ab@x\\u{85}y.ru\""
U+00A0 local: user.email "user.email: expected an email address like name@example.com, got string(9) \"a\\u{a0}b@x.ru\""
U+00A0 domain: user.email "user.email: expected an email address like name@example.com, got string(10) \"ab@x\\u{a0}y.ru\""
U+2000 local: user.email "user.email: expected an email address like name@example.com, got string(10) \"a\u2000b@x.ru\""
U+2000 domain: user.email "user.email: expected an email address like name@example.com, got string(11) \"ab@x\u2000y.ru\""
U+200B local: user.email "user.email: expected an email address like name@example.com, got string(10) \"a\\u{200b}b@x.ru\""
U+200B domain: user.email "user.email: expected an email address like name@example.com, got string(11) \"ab@x\\u{200b}y.ru\""
U+200F local: user.email "user.email: expected an email address like name@example.com, got string(10) \"a\\u{200f}b@x.ru\""
U+200F domain: user.email "user.email: expected an email address like name@example.com, got string(11) \"ab@x\\u{200f}y.ru\""
U+2028 local: user.email "user.email: expected an email address like name@example.com, got string(10) \"a\\u{2028}b@x.ru\""
U+2028 domain: user.email "user.email: expected an email address like name@example.com, got string(11) \"ab@x\\u{2028}y.ru\""
U+202E local: user.email "user.email: expected an email address like name@example.com, got string(10) \"a\\u{202e}b@x.ru\""
U+202E domain: user.email "user.email: expected an email address like name@example.com, got string(11) \"ab@x\\u{202e}y.ru\""
U+202F local: user.email "user.email: expected an email address like name@example.com, got string(10) \"a\\u{202f}b@x.ru\""
U+202F domain: user.email "user.email: expected an email address like name@example.com, got string(11) \"ab@x\\u{202f}y.ru\""
U+205F local: user.email "user.email: expected an email address like name@example.com, got string(10) \"a\u205fb@x.ru\""
U+205F domain: user.email "user.email: expected an email address like name@example.com, got string(11) \"ab@x\u205fy.ru\""
U+206F local: user.email "user.email: expected an email address like name@example.com, got string(10) \"a\u206fb@x.ru\""
U+206F domain: user.email "user.email: expected an email address like name@example.com, got string(11) \"ab@x\u206fy.ru\""
U+3000 local: user.email "user.email: expected an email address like name@example.com, got string(10) \"a\u3000b@x.ru\""
U+3000 domain: user.email "user.email: expected an email address like name@example.com, got string(11) \"ab@x\u3000y.ru\""
U+FEFF local: user.email "user.email: expected an email address like name@example.com, got string(10) \"a\\u{feff}b@x.ru\""
U+FEFF domain: user.email "user.email: expected an email address like name@example.com, got string(11) \"ab@x\\u{feff}y.ru\""
