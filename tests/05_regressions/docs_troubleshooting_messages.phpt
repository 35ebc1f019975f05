--TEST--
docs/troubleshooting.md: the messages it quotes are the extension's (tools/check_readme.php looks them up here)
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

function show(callable $call): void
{
    try {
        $html = $call();
        echo 'no exception: ', $html, "\n";
    } catch (Flocktory\ValidationException $e) {
        echo $e->getMessage(), "\n";
    }
}

// A price formatted for display.
show(fn () => flocktory_postcheckout(fixture_user(), fixture_order(['price' => '1 999 руб.'])));
// A relative image URL, as CFile::GetPath() returns it.
show(fn () => flocktory_postcheckout(fixture_user(), fixture_order(['items' => [fixture_item(['image' => '/upload/iblock/1.jpg'])]])));
// "Иван" in windows-1251.
show(fn () => flocktory_postcheckout(fixture_user(['name' => "\xC8\xE2\xE0\xED"]), fixture_order()));
// No-break spaces from a spreadsheet, a zero-width space pasted into an email.
show(fn () => flocktory_postcheckout(fixture_user(), fixture_order(['price' => "1\u{a0}999"])));
show(fn () => flocktory_postcheckout(fixture_user(['email' => "ivan\u{200b}@mail.ru"]), fixture_order()));
// A mistyped phone, and nothing else to build an address from.
show(fn () => flocktory_postcheckout(fixture_without(fixture_user(['phone' => '12345']), 'email'), fixture_order()));
// A nonce with a trailing newline.
show(fn () => flocktory_postcheckout(fixture_user(), fixture_order(), null, "abc\n"));
?>
--EXPECT--
order.price: expected a number from 0 up to below 10^15 (an int, a float or a decimal string like "1999.90"), got string(13) "1 999 руб."
order.items[0].image: expected an absolute URL starting with http://, https:// or // and a host, without spaces or control characters, got string(20) "/upload/iblock/1.jpg"
user.name: expected valid UTF-8, got invalid byte \xC8 at offset 0 in string(4) "\xC8\xE2\xE0\xED" (convert the text to UTF-8 first, e.g. iconv('Windows-1251', 'UTF-8', $s))
order.price: expected a number from 0 up to below 10^15 (an int, a float or a decimal string like "1999.90"), got string(6) "1\u{a0}999"
user.email: expected an email address like name@example.com, got string(15) "ivan\u{200b}@mail.ru"
user.phone: expected a phone number of 10 to 15 digits (with spaces, -, (, ), . and one leading + allowed), got string(5) "12345"
nonce: expected a CSP nonce: 1 to 256 of A-Z a-z 0-9 + / - _, then at most two =, got string(4) "abc\u{a}"
