<?php
/*
 * flocktory, PHP edition: the extension's Flocktory\ValidationException, for
 * hosts without the extension. Loaded by ../bootstrap.php only when no such
 * class exists yet.
 */
declare(strict_types=1);

namespace Flocktory;

/**
 * Everything wrong with the data given to a flocktory_*() function. Like
 * the extension's, it has no constructor of its own: one made by user code
 * has an empty field.
 */
class ValidationException extends \InvalidArgumentException
{
    private string $field = "";

    /** The path of the offending field, e.g. "order.items[2].price". */
    public function getField(): string
    {
        return $this->field;
    }
}
