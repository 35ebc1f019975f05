--TEST--
flocktory_postcheckout(): nonce: base64 and base64url values with up to two = are written as the nonce attribute
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

foreach (['a', 'r4nd0m', 'AZaz09+/-_', 'abc=', 'abc==', '+', '/', '-', '_', 'Zm9vYmFy', 'c3VyZS4='] as $nonce) {
    $snippet = flocktory_postcheckout(fixture_user(), fixture_order(), null, $nonce);
    echo strstr($snippet, "\n", true), "\n";
}
?>
--EXPECT--
<script type="text/javascript" nonce="a">
<script type="text/javascript" nonce="r4nd0m">
<script type="text/javascript" nonce="AZaz09+/-_">
<script type="text/javascript" nonce="abc=">
<script type="text/javascript" nonce="abc==">
<script type="text/javascript" nonce="+">
<script type="text/javascript" nonce="/">
<script type="text/javascript" nonce="-">
<script type="text/javascript" nonce="_">
<script type="text/javascript" nonce="Zm9vYmFy">
<script type="text/javascript" nonce="c3VyZS4=">
