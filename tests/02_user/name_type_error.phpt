--TEST--
flocktory_postcheckout(): user: name that is not a string or null is an error
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

class Name
{
    public function __toString(): string
    {
        echo "__toString called\n";
        return 'Ivan';
    }
}

foreach ([5, 1.5, true, false, ['Ivan'], new stdClass, new Name] as $name) {
    fixture_show(fn() => flocktory_postcheckout(fixture_user(['name' => $name]), fixture_order()));
}
?>
--EXPECT--
Flocktory\ValidationException
user.name
user.name: expected a string, or null when the name is unknown, got int(5)
Flocktory\ValidationException
user.name
user.name: expected a string, or null when the name is unknown, got float(1.5)
Flocktory\ValidationException
user.name
user.name: expected a string, or null when the name is unknown, got bool(true)
Flocktory\ValidationException
user.name
user.name: expected a string, or null when the name is unknown, got bool(false)
Flocktory\ValidationException
user.name
user.name: expected a string, or null when the name is unknown, got array(1)
Flocktory\ValidationException
user.name
user.name: expected a string, or null when the name is unknown, got object(stdClass)
Flocktory\ValidationException
user.name
user.name: expected a string, or null when the name is unknown, got object(Name)
