--TEST--
flocktory_add_to_cart(): output: </script> in an id, a brand or a category id stays inside the string
--EXTENSIONS--
flocktory
--FILE--
<?php
echo flocktory_add_to_cart(['id' => '</script><script>alert(1)</script>', 'price' => 1, 'count' => 1,
    'brand' => "<!--\u{2028}", 'category_id' => "'</SCRIPT>"]), "\n";
?>
--EXPECT--
<script type="text/javascript">
window.flocktory = window.flocktory || [];
window.flocktory.push(["addToCart",{"item":{"id":"\u003C/script\u003E\u003Cscript\u003Ealert(1)\u003C/script\u003E","price":1,"count":1,"brand":"\u003C!--\u2028","categoryId":"\u0027\u003C/SCRIPT\u003E"}}]);
</script>
