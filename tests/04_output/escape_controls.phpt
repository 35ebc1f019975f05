--TEST--
flocktory_postcheckout(): output: escaping: \b \t \n \f \r by name, every other C0 byte as \u00xx in lowercase hex
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/escape.inc';
for ($b = 0; $b < 0x20; $b++) {
    printf("%02x %s\n", $b, emitted_title('a' . chr($b) . 'z'));
}
// a run of controls, and a control at each end (not trimmed: only ASCII whitespace is)
echo emitted_title("\x00\x01\x1f\x1e\x0b\x0c"), "\n";
echo emitted_title("\x1fx\x00"), "\n";
?>
--EXPECT--
00 "a\u0000z"
01 "a\u0001z"
02 "a\u0002z"
03 "a\u0003z"
04 "a\u0004z"
05 "a\u0005z"
06 "a\u0006z"
07 "a\u0007z"
08 "a\bz"
09 "a\tz"
0a "a\nz"
0b "a\u000bz"
0c "a\fz"
0d "a\rz"
0e "a\u000ez"
0f "a\u000fz"
10 "a\u0010z"
11 "a\u0011z"
12 "a\u0012z"
13 "a\u0013z"
14 "a\u0014z"
15 "a\u0015z"
16 "a\u0016z"
17 "a\u0017z"
18 "a\u0018z"
19 "a\u0019z"
1a "a\u001az"
1b "a\u001bz"
1c "a\u001cz"
1d "a\u001dz"
1e "a\u001ez"
1f "a\u001fz"
"\u0000\u0001\u001f\u001e"
"\u001fx\u0000"
