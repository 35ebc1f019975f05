<?php

/**
 * @generate-class-entries
 * @undocumentable
 */

namespace {
    /**
     * Validates a customer and an order against Flocktory's postcheckout
     * rules and returns the ready-to-print <script> element.
     *
     * @throws \Flocktory\ValidationException naming the first invalid field
     */
    function flocktory_postcheckout(array $user, array $order, ?string $spot = null, ?string $nonce = null): string {}
}

namespace Flocktory {
    class ValidationException extends \InvalidArgumentException
    {
        private string $field = "";

        /** The path of the offending field, e.g. "order.items[2].price". */
        public function getField(): string {}
    }
}
