--TEST--
flocktory_loader(): arguments: a site_id that is not an int (or a numeric string) is a TypeError
--EXTENSIONS--
flocktory
--FILE--
<?php
foreach (['1234 ', 'abc', [], new stdClass] as $id) {
    try {
        echo flocktory_loader($id), "\n";
    } catch (TypeError $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
<script type="text/javascript" src="https://api.flocktory.com/v2/loader.js?site_id=1234" async="async"></script>
TypeError: flocktory_loader(): Argument #1 ($site_id) must be of type int, string given
TypeError: flocktory_loader(): Argument #1 ($site_id) must be of type int, array given
TypeError: flocktory_loader(): Argument #1 ($site_id) must be of type int, stdClass given
