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

    /**
     * Returns the <script> element that loads Flocktory, for every page.
     *
     * @throws \Flocktory\ValidationException when site_id is below 1 or the nonce is invalid
     */
    function flocktory_loader(int $site_id, ?string $nonce = null): string {}

    /**
     * Validates one added item and returns the addToCart <script> element.
     *
     * @throws \Flocktory\ValidationException naming the first invalid field
     */
    function flocktory_add_to_cart(array $item, ?string $nonce = null): string {}

    /**
     * Validates one removed item and returns the removeFromCart <script> element.
     *
     * @throws \Flocktory\ValidationException naming the first invalid field
     */
    function flocktory_remove_from_cart(array $item, ?string $nonce = null): string {}

    /**
     * Validates the whole current cart and returns the updateCart <script> element.
     *
     * @throws \Flocktory\ValidationException naming the first invalid field
     */
    function flocktory_update_cart(array $items, ?string $nonce = null): string {}

    /**
     * Validates custom profile data and returns the attachToProfile <script> element.
     *
     * @throws \Flocktory\ValidationException naming the first invalid key or value
     */
    function flocktory_attach_to_profile(array $data, ?string $nonce = null): string {}
}

namespace Flocktory {
    class ValidationException extends \InvalidArgumentException
    {
        private string $field = "";

        /** The path of the offending field, e.g. "order.items[2].price". */
        public function getField(): string {}
    }
}
