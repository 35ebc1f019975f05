--TEST--
flocktory_postcheckout(): regressions: after a caught ValidationException the engine state is whole, call after call (issue 10)
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

function checkout(array $user): string
{
    return flocktory_postcheckout($user, fixture_order());
}

// Errors and successes interleaved: each throw goes through EG(exception)
// in the extension, and each must leave the engine as it found it.
for ($i = 0; $i < 3; $i++) {
    try {
        checkout(fixture_user(['sex' => 'male']));
        echo "no error\n";
    } catch (Flocktory\ValidationException $e) {
        echo $e->getField(), ' | ', $e->getTrace()[0]['function'], ' | line ', $e->getLine(), ' | ',
            $e->getPrevious() === null ? 'no previous' : 'previous', "\n";
    } finally {
        echo "finally\n";
    }
    echo strlen(checkout(fixture_user())) > 0 ? "snippet\n" : "empty\n";
}
?>
--EXPECT--
user.sex | flocktory_postcheckout | line 6 | no previous
finally
snippet
user.sex | flocktory_postcheckout | line 6 | no previous
finally
snippet
user.sex | flocktory_postcheckout | line 6 | no previous
finally
snippet
