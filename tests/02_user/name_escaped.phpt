--TEST--
flocktory_postcheckout(): user: name is escaped as a JSON string safe inside <script>
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

$name = "Ivan \"The Terrible\" </script><!-- & O'Neil \\ a/b\tc Иван";
fixture_show(fn() => flocktory_postcheckout(fixture_user(['name' => $name]), fixture_order()));
?>
--EXPECT--
{"user":{"name":"Ivan \"The Terrible\" \u003C/script\u003E\u003C!-- \u0026 O\u0027Neil \\ a/b\tc Иван","email":"ivan@gmail.com","sex":"m"},"order":{"id":"77","price":2000,"custom_field":"my_custom_id","items":[{"id":"777","title":"Nike Shoes","price":1000,"image":"http://path.to.image","count":1}]}}
