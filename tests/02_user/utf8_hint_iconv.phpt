--TEST--
flocktory_postcheckout(): user: the invalid UTF-8 message's hint runs on stock php-cli and fixes windows-1251 text
--EXTENSIONS--
flocktory
iconv
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

// "Иван Иванов" in windows-1251, as a Bitrix shop's database holds it.
$s = "\xC8\xE2\xE0\xED \xC8\xE2\xE0\xED\xEE\xE2";
try {
    flocktory_postcheckout(fixture_user(['name' => $s]), fixture_order());
    echo "no exception\n";
} catch (Flocktory\ValidationException $e) {
    echo $e->getMessage(), "\n";
    // The hint is the call between "e.g. " and the closing parenthesis: run it as it is.
    preg_match('/e\.g\. (.*)\)\z/', $e->getMessage(), $m);
    echo $m[1], "\n";
    $name = eval("return $m[1];");
    var_dump($name);
    echo flocktory_postcheckout(fixture_user(['name' => $name]), fixture_order()), "\n";
}
?>
--EXPECT--
user.name: expected valid UTF-8, got invalid byte \xC8 at offset 0 in string(11) "\xC8\xE2\xE0\xED \xC8\xE2\xE0\xED\xEE\xE2" (convert the text to UTF-8 first, e.g. iconv('Windows-1251', 'UTF-8', $s))
iconv('Windows-1251', 'UTF-8', $s)
string(21) "Иван Иванов"
<script type="text/javascript">
window.flocktory = window.flocktory || [];
window.flocktory.push(["postcheckout",{"user":{"name":"Иван Иванов","email":"ivan@gmail.com","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"id":"777","title":"Nike Shoes","price":1000,"image":"http://path.to.image","count":1}]}}]);
</script>
