<?php

/**
 * @generate-class-entries
 * @undocumentable
 */

namespace {
    /**
     * A script snippet as the whole <script> element (the default).
     * @var int
     * @cvalue FLOCKTORY_FORM_ELEMENT
     */
    const FLOCKTORY_ELEMENT = 0;

    /**
     * A script snippet as the element's body, for a <script> the caller writes.
     * @var int
     * @cvalue FLOCKTORY_FORM_JS
     */
    const FLOCKTORY_JS = 1;

    /**
     * A script snippet as the JSON argument of window.flocktory.push().
     * @var int
     * @cvalue FLOCKTORY_FORM_JSON
     */
    const FLOCKTORY_JSON = 2;

    /**
     * Validates a customer and an order against Flocktory's postcheckout
     * rules and returns the ready-to-print <script> element (or, by $as, its
     * body or the JSON it pushes).
     *
     * @throws \Flocktory\ValidationException naming the first invalid field
     * @throws \ValueError for another $as, or a nonce with FLOCKTORY_JS or FLOCKTORY_JSON
     */
    function flocktory_postcheckout(array $user, array $order, ?string $spot = null, ?string $nonce = null, int $as = FLOCKTORY_ELEMENT): string {}

    /**
     * Validates the logged-in user and returns their
     * <div class="i-flocktory"> tag, for every page while someone is logged in.
     *
     * @throws \Flocktory\ValidationException naming the first invalid field
     */
    function flocktory_user(array $user): string {}

    /**
     * Validates a product and returns its item-view tag, for product pages.
     *
     * @throws \Flocktory\ValidationException naming the first invalid field
     */
    function flocktory_item_view(array $item): string {}

    /**
     * Validates a category id and returns its category-view tag, for category pages.
     *
     * @throws \Flocktory\ValidationException when the id is null, empty or below 1
     */
    function flocktory_category_view(string|int|null $category_id): string {}

    /**
     * Validates the user and spot and returns the exchange banner's tag,
     * placed where the banner should appear.
     *
     * @throws \Flocktory\ValidationException naming the first invalid field
     */
    function flocktory_exchange(array $user = [], ?string $spot = null): string {}

    /**
     * Returns the <script> element that loads Flocktory, for every page.
     * A string site_id, as getenv() gives it, is read as its digits.
     *
     * @throws \Flocktory\ValidationException when site_id is not an int from 1
     *         (or the digits of one) or the nonce is invalid
     */
    function flocktory_loader(int|string $site_id, ?string $nonce = null): string {}

    /**
     * Validates one added item and returns the addToCart <script> element.
     *
     * @throws \Flocktory\ValidationException naming the first invalid field
     * @throws \ValueError for another $as, or a nonce with FLOCKTORY_JS or FLOCKTORY_JSON
     */
    function flocktory_add_to_cart(array $item, ?string $nonce = null, int $as = FLOCKTORY_ELEMENT): string {}

    /**
     * Validates one removed item and returns the removeFromCart <script> element.
     *
     * @throws \Flocktory\ValidationException naming the first invalid field
     * @throws \ValueError for another $as, or a nonce with FLOCKTORY_JS or FLOCKTORY_JSON
     */
    function flocktory_remove_from_cart(array $item, ?string $nonce = null, int $as = FLOCKTORY_ELEMENT): string {}

    /**
     * Validates the whole current cart and returns the updateCart <script> element.
     *
     * @throws \Flocktory\ValidationException naming the first invalid field
     * @throws \ValueError for another $as, or a nonce with FLOCKTORY_JS or FLOCKTORY_JSON
     */
    function flocktory_update_cart(array $items, ?string $nonce = null, int $as = FLOCKTORY_ELEMENT): string {}

    /**
     * Validates custom profile data and returns the attachToProfile <script> element.
     *
     * @throws \Flocktory\ValidationException naming the first invalid key or value
     * @throws \ValueError for another $as, or a nonce with FLOCKTORY_JS or FLOCKTORY_JSON
     */
    function flocktory_attach_to_profile(array $data, ?string $nonce = null, int $as = FLOCKTORY_ELEMENT): string {}
}

namespace Flocktory {
    class ValidationException extends \InvalidArgumentException
    {
        private string $field = "";

        /** The path of the offending field, e.g. "order.items[2].price". */
        public function getField(): string {}
    }
}
