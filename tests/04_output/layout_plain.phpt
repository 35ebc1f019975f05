--TEST--
flocktory_postcheckout(): output: without a nonce, four lines ending in \n and no newline after </script>
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';
$order = fixture_order(['items' => [['title' => 'T']]]);
foreach ([fn() => flocktory_postcheckout(fixture_user(), $order), fn() => flocktory_postcheckout(fixture_user(), $order, null, null)] as $call) {
    $got = $call();
    echo $got, "|END\n";
    var_dump(substr_count($got, "\n"), str_contains($got, "\r"), str_starts_with($got, '<script'));
}
?>
--EXPECT--
<script type="text/javascript">
window.flocktory = window.flocktory || [];
window.flocktory.push(["postcheckout",{"user":{"name":"Ivan Ivanov","email":"ivan@gmail.com","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"title":"T"}]}}]);
</script>|END
int(3)
bool(false)
bool(true)
<script type="text/javascript">
window.flocktory = window.flocktory || [];
window.flocktory.push(["postcheckout",{"user":{"name":"Ivan Ivanov","email":"ivan@gmail.com","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"title":"T"}]}}]);
</script>|END
int(3)
bool(false)
bool(true)
