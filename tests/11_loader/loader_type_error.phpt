--TEST--
flocktory_loader(): arguments: a site_id that is neither an int nor a string is a TypeError; floats and bools are PHP's coercions
--EXTENSIONS--
flocktory
--FILE--
<?php
foreach ([[], new stdClass, 12.0, true] as $id) {
    try {
        echo flocktory_loader($id), "\n";
    } catch (TypeError $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
TypeError: flocktory_loader(): Argument #1 ($site_id) must be of type string|int, array given
TypeError: flocktory_loader(): Argument #1 ($site_id) must be of type string|int, stdClass given
<script type="text/javascript" src="https://api.flocktory.com/v2/loader.js?site_id=12" async="async"></script>
<script type="text/javascript" src="https://api.flocktory.com/v2/loader.js?site_id=1" async="async"></script>
