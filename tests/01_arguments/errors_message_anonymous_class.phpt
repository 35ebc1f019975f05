--TEST--
errors: message: an object is described by its whole class name, an anonymous class by the name PHP shows for it
--EXTENSIONS--
flocktory
--FILE--
<?php
require __DIR__ . '/../fixtures.inc';

foreach ([
    new class {},
    new class extends ArrayObject {},
    new class implements Countable {
        public function count(): int
        {
            return 0;
        }
    },
    new ArrayObject(),
    new Flocktory\ValidationException(),
] as $name) {
    fixture_show(fn () => flocktory_postcheckout(fixture_user(['name' => $name]), fixture_order()));
}
?>
--EXPECT--
Flocktory\ValidationException
user.name
user.name: expected a string, or null when the name is unknown, got object(class@anonymous)
Flocktory\ValidationException
user.name
user.name: expected a string, or null when the name is unknown, got object(ArrayObject@anonymous)
Flocktory\ValidationException
user.name
user.name: expected a string, or null when the name is unknown, got object(Countable@anonymous)
Flocktory\ValidationException
user.name
user.name: expected a string, or null when the name is unknown, got object(ArrayObject)
Flocktory\ValidationException
user.name
user.name: expected a string, or null when the name is unknown, got object(Flocktory\ValidationException)
