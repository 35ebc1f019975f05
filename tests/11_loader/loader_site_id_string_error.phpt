--TEST--
flocktory_loader(): site_id: a string that is not the ASCII digits of an int from 1 is an error at site_id
--EXTENSIONS--
flocktory
--SKIPIF--
<?php if (PHP_INT_SIZE !== 8) die('skip 64-bit PHP_INT_MAX'); ?>
--FILE--
<?php
foreach ([
    '',
    ' ',
    '+12',
    '-12',
    '12a',
    '1.0',
    '1 2',
    '1e3',
    '0x1A',
    '0',
    '000',
    '9223372036854775808',
    '12345678901234567890',
    "\u{661}\u{662}",
    "\u{ff11}\u{ff12}",
    "12\0",
    "\0" . "12",
    "\u{a0}12",
    "12\xFF",
] as $id) {
    try {
        echo flocktory_loader($id), "\n";
    } catch (Flocktory\ValidationException $e) {
        echo $e->getField(), ': ', $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
site_id: site_id: expected a Flocktory site id, an int from 1 or a string of its digits, got string(0) ""
site_id: site_id: expected a Flocktory site id, an int from 1 or a string of its digits, got string(1) " "
site_id: site_id: expected a Flocktory site id, an int from 1 or a string of its digits, got string(3) "+12"
site_id: site_id: expected a Flocktory site id, an int from 1 or a string of its digits, got string(3) "-12"
site_id: site_id: expected a Flocktory site id, an int from 1 or a string of its digits, got string(3) "12a"
site_id: site_id: expected a Flocktory site id, an int from 1 or a string of its digits, got string(3) "1.0"
site_id: site_id: expected a Flocktory site id, an int from 1 or a string of its digits, got string(3) "1 2"
site_id: site_id: expected a Flocktory site id, an int from 1 or a string of its digits, got string(3) "1e3"
site_id: site_id: expected a Flocktory site id, an int from 1 or a string of its digits, got string(4) "0x1A"
site_id: site_id: expected a Flocktory site id, an int from 1 or a string of its digits, got string(1) "0"
site_id: site_id: expected a Flocktory site id, an int from 1 or a string of its digits, got string(3) "000"
site_id: site_id: expected a Flocktory site id, an int from 1 or a string of its digits, got string(19) "9223372036854775808"
site_id: site_id: expected a Flocktory site id, an int from 1 or a string of its digits, got string(20) "12345678901234567890"
site_id: site_id: expected a Flocktory site id, an int from 1 or a string of its digits, got string(4) "١٢"
site_id: site_id: expected a Flocktory site id, an int from 1 or a string of its digits, got string(6) "１２"
site_id: site_id: expected a Flocktory site id, an int from 1 or a string of its digits, got string(3) "12\u{0}"
site_id: site_id: expected a Flocktory site id, an int from 1 or a string of its digits, got string(3) "\u{0}12"
site_id: site_id: expected a Flocktory site id, an int from 1 or a string of its digits, got string(4) "\u{a0}12"
site_id: site_id: expected a Flocktory site id, an int from 1 or a string of its digits, got string(3) "12\xFF"
