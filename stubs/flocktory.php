<?php

/**
 * IDE and static-analysis stubs for the flocktory extension (PhpStorm, Psalm,
 * PHPStan). This file is never loaded at runtime: the extension defines every
 * symbol. Point your tool at it, e.g. PHPStan `scanFiles`, Psalm `<stubs>`,
 * or add the folder to PhpStorm's include path.
 *
 * The signatures match flocktory.stub.php, the source of the extension's
 * arginfo; this file only adds the array shapes and the rules.
 */

namespace {
    /**
     * `$as` of the script snippets: the whole `<script>` element (the default).
     */
    const FLOCKTORY_ELEMENT = 0;

    /**
     * `$as` of the script snippets: the element's body, the bytes between the `>\n`
     * that ends the opening tag and the `\n</script>`, for a helper that writes the
     * tag itself: `wp_print_inline_script_tag(flocktory_add_to_cart($item, as: FLOCKTORY_JS))`.
     */
    const FLOCKTORY_JS = 1;

    /**
     * `$as` of the script snippets: the argument of `window.flocktory.push(…)`,
     * `["addToCart",{"item":{…}}]`, HTML-safe, for an AJAX endpoint.
     */
    const FLOCKTORY_JSON = 2;

    /**
     * Validates a customer and an order against Flocktory's postcheckout rules
     * and returns the ready-to-print `<script>` element for an order-success
     * ("thank you") page.
     *
     * The result is complete HTML: print it as it is, never through
     * htmlspecialchars(). It is byte-for-byte the same for the same data:
     *
     * <pre>
     * &lt;script type="text/javascript"[ nonce="NONCE"]&gt;
     * window.flocktory = window.flocktory || [];
     * window.flocktory.push(["postcheckout",{"user":{…},"order":{…}[,"spot":"…"]}]);
     * &lt;/script&gt;
     * </pre>
     *
     * Rules (strings are trimmed of ASCII whitespace; `null` counts as absent;
     * an optional field that is absent, `null` or `""` is left out; any key not
     * listed here is an error, so a whole `$customer->toArray()` is refused):
     *
     * - `user.name`: the key is required; `null` or `""` when the name is unknown.
     * - `user.email`: required unless `phone` or `id` makes one. `local@domain`,
     *   no quoted local parts, comments or IP literals; non-ASCII letters are
     *   allowed, only the ASCII letters of the domain are lowercased
     *   (`a@Пример.РФ` stays as it is).
     * - `user.phone`: 10–15 digits once spaces (U+00A0 and U+202F too), `-`,
     *   `(`, `)`, `.` and one leading `+` are removed. Not written itself: with
     *   no email the email becomes `DIGITS@unknown.email`.
     * - `user.id`: 1–64 of `A–Z a–z 0–9 _ - .` (a dot not first, last or
     *   doubled). With no email and no valid phone the email becomes `ID@unknown.email`.
     * - `phone` and `id` are read only when there is no email, so pass
     *   everything you know: next to an email they are ignored, whatever they
     *   hold. Without one, the first that is present and valid makes the
     *   address; a bad phone is passed over for the id. When neither makes
     *   one, the first present but invalid one is the error.
     * - `user.sex`: `m` or `f`, any case.
     * - `order.id`: a non-empty string or int, written as a string.
     * - Prices (`order.price`, item `price`) and item `count`: from 0 up to below
     *   10^15 (`count` above 0): an int, a finite float, or a string of 1–15
     *   digits with an optional `.` or `,` and 1–15 more digits (`"1999,90"`).
     *   `"1 999 руб."`, `"1e3"`, `"-5"`, `true`, NAN and INF are errors.
     * - `order.items`: a non-empty array (a list or keyed by anything, written in
     *   iteration order; error paths use the 0-based position); every item must
     *   keep at least one field.
     * - `order.items[i].image`: an absolute URL: `http://`, `https://` or `//`,
     *   a host, no whitespace or control characters.
     * - Every string must be valid UTF-8 (convert windows-1251 text with
     *   iconv('Windows-1251', 'UTF-8', $s) first).
     * - `$spot`: an optional string, written as the top-level `spot`.
     * - `$nonce`: a CSP nonce, 1–256 of `A–Z a–z 0–9 + / - _` then at most two
     *   `=`; it is not trimmed, and `""` is an error: pass `null` for no nonce.
     *
     * Only the first problem is reported: arguments in order, unknown keys
     * before known fields, the known fields that are read in the order listed
     * above.
     *
     * Example:
     * <code>
     * try {
     *     echo flocktory_postcheckout(
     *         ['name' => 'Ivan Ivanov', 'email' => 'ivan@gmail.com', 'sex' => 'm'],
     *         ['id' => '77', 'price' => 2000, 'items' => [
     *             ['id' => '777', 'title' => 'Nike Shoes', 'price' => 1000, 'count' => 1],
     *         ]],
     *         nonce: $cspNonce,
     *     );
     * } catch (\Flocktory\ValidationException $e) {
     *     error_log('flocktory: ' . $e->getMessage()); // "order.items[0].price: expected …"
     * }
     * </code>
     *
     * @example examples/thank-you.php A complete plain-PHP thank-you page.
     *
     * @param array{name: ?string, email?: ?string, phone?: string|int|null, id?: string|int|null, sex?: ?string} $user
     *        The customer. `name` is required (may be null); one of `email`, `phone`, `id` must give an email
     *        (`phone` and `id` are read only when there is no email).
     * @param array{id: string|int, price: int|float|string, custom_field?: string|int|null, items: array<array-key, array{id?: string|int|null, title?: ?string, price?: int|float|string|null, image?: ?string, count?: int|float|string|null}>} $order
     *        The order: its id, total, an optional custom field, and at least one item.
     * @param string|null $spot Optional; written as the payload's top-level `spot`.
     * @param string|null $nonce Optional CSP nonce for the `nonce` attribute; null for none.
     * @param int $as FLOCKTORY_ELEMENT (the element), FLOCKTORY_JS (its body) or FLOCKTORY_JSON
     *        (the push's argument); with the last two, $nonce must be null.
     *
     * @return non-empty-string The complete `<script>…</script>` element, with no trailing newline
     *         (by $as: its body, or the push's argument).
     *
     * @throws \Flocktory\ValidationException When any value breaks the rules above; getField() names it.
     * @throws \ValueError For another $as, or a nonce with FLOCKTORY_JS or FLOCKTORY_JSON.
     */
    function flocktory_postcheckout(array $user, array $order, ?string $spot = null, ?string $nonce = null, int $as = FLOCKTORY_ELEMENT): string {}

    /**
     * The logged-in user's tag, for every page while someone is logged in:
     * `<div class="i-flocktory" data-fl-user-name="…" data-fl-user-email="…"></div>`.
     * `$user` has postcheckout's keys and rules (one array serves both), but the
     * name may be absent; an absent or blank name leaves its attribute out, sex
     * is checked and never written. U+0000 in any value is an error.
     *
     * @param array{name?: ?string, email?: ?string, phone?: string|int|null, id?: string|int|null, sex?: ?string} $user
     * @return non-empty-string
     * @throws \Flocktory\ValidationException naming the first invalid field, e.g. `user.email`.
     */
    function flocktory_user(array $user): string {}

    /**
     * A product page's tag (`data-fl-action="track-item-view"`). `id` is required;
     * a blank `category_id` or `vendor` is written as `""`, null leaves it out;
     * `available` is only true or false.
     *
     * @param array{id: string|int, category_id?: string|int|null, vendor?: ?string, available?: ?bool} $item
     * @return non-empty-string
     * @throws \Flocktory\ValidationException naming the first invalid field, e.g. `item.available`.
     */
    function flocktory_item_view(array $item): string {}

    /**
     * A category page's tag (`data-fl-action="track-category-view"`).
     *
     * @param non-empty-string|positive-int|null $category_id trimmed; null, blank or below 1 is an error.
     * @return non-empty-string
     * @throws \Flocktory\ValidationException at `category_id`.
     */
    function flocktory_category_view(string|int|null $category_id): string {}

    /**
     * The exchange banner's tag, placed where the banner should appear. The email
     * falls back to `PHONE@unknown.email`, then to `xname@flocktory.com`; `id` is
     * never read. A null or blank spot leaves `data-fl-spot` out.
     *
     * @param array{name?: ?string, email?: ?string, phone?: string|int|null, id?: mixed, sex?: ?string} $user
     * @return non-empty-string
     * @throws \Flocktory\ValidationException naming `user.…` or `spot`.
     */
    function flocktory_exchange(array $user = [], ?string $spot = null): string {}

    /**
     * Returns Flocktory's loader `<script>` element, for `<head>` on every page:
     *
     * <pre>
     * &lt;script type="text/javascript" src="https://api.flocktory.com/v2/loader.js?site_id=1234" async="async"[ nonce="NONCE"]&gt;&lt;/script&gt;
     * </pre>
     *
     * @param positive-int|numeric-string $site_id The shop's Flocktory site id, from 1, or its
     *        ASCII digits as a string (getenv() gives one), trimmed; "0012" is 12.
     * @param string|null $nonce Optional CSP nonce (postcheckout's grammar); null for none.
     *
     * @return non-empty-string
     *
     * @throws \Flocktory\ValidationException At `site_id` (below 1, or not digits) or `nonce`.
     */
    function flocktory_loader(int|string $site_id, ?string $nonce = null): string {}

    /**
     * Returns the addToCart `<script>` element for the page after an add-to-cart
     * POST: `window.flocktory.push(["addToCart",{"item":{"id":"123","price":1200,"count":1,"brand":"smth inc","categoryId":"123123"}}]);`
     * in postcheckout's frame. Keys are written in the order id, price, count,
     * brand, categoryId; strings are trimmed; prices and counts follow
     * postcheckout's rules; `null` or a blank optional string is left out; any
     * other key is an error.
     *
     * @param array{id: string|int, price: int|float|string, count: int|float|string, brand?: ?string, category_id?: string|int|null} $item
     *        The item added; `count` is the number of units added, not the new total.
     * @param string|null $nonce Optional CSP nonce; null for none.
     * @param int $as FLOCKTORY_ELEMENT (the element), FLOCKTORY_JS (its body) or FLOCKTORY_JSON
     *        (the push's argument); with the last two, $nonce must be null.
     *
     * @return non-empty-string
     *
     * @throws \Flocktory\ValidationException Naming the field: `item.price`, `item.count`, `nonce`, ...
     * @throws \ValueError For another $as, or a nonce with FLOCKTORY_JS or FLOCKTORY_JSON.
     */
    function flocktory_add_to_cart(array $item, ?string $nonce = null, int $as = FLOCKTORY_ELEMENT): string {}

    /**
     * Returns the removeFromCart `<script>` element:
     * `window.flocktory.push(["removeFromCart",{"item":{"id":"124","count":2}}]);`.
     * The keys of flocktory_add_to_cart()'s item; only `id` and `count` are required.
     *
     * @param array{id: string|int, price?: int|float|string|null, count: int|float|string, brand?: ?string, category_id?: string|int|null} $item
     *        The item removed; `count` is the number of units removed.
     * @param string|null $nonce Optional CSP nonce; null for none.
     * @param int $as FLOCKTORY_ELEMENT (the element), FLOCKTORY_JS (its body) or FLOCKTORY_JSON
     *        (the push's argument); with the last two, $nonce must be null.
     *
     * @return non-empty-string
     *
     * @throws \Flocktory\ValidationException Naming the field: `item.id`, `item.count`, `nonce`, ...
     * @throws \ValueError For another $as, or a nonce with FLOCKTORY_JS or FLOCKTORY_JSON.
     */
    function flocktory_remove_from_cart(array $item, ?string $nonce = null, int $as = FLOCKTORY_ELEMENT): string {}

    /**
     * Returns the updateCart `<script>` element with the whole current cart,
     * for the first page after a login:
     * `window.flocktory.push(["updateCart",{"cart":{"items":[{"id":"1001","price":100,"count":1}]}}]);`.
     * An empty array is an empty cart (`"items":[]`). A keyed array is written in
     * its order; error paths use the 0-based position.
     *
     * @param array<array-key, array{id: string|int, price: int|float|string, count: int|float|string, brand?: ?string, category_id?: string|int|null}> $items
     * @param string|null $nonce Optional CSP nonce; null for none.
     * @param int $as FLOCKTORY_ELEMENT (the element), FLOCKTORY_JS (its body) or FLOCKTORY_JSON
     *        (the push's argument); with the last two, $nonce must be null.
     *
     * @return non-empty-string
     *
     * @throws \Flocktory\ValidationException Naming the field: `items[2].count`, `items[0]`, `nonce`, ...
     * @throws \ValueError For another $as, or a nonce with FLOCKTORY_JS or FLOCKTORY_JSON.
     */
    function flocktory_update_cart(array $items, ?string $nonce = null, int $as = FLOCKTORY_ELEMENT): string {}

    /**
     * Returns the attachToProfile `<script>` element with custom values Flocktory
     * can target in segments:
     * `window.flocktory.push(["attachToProfile",{"data":{"loyalty_level":"gold","orders":12}}]);`.
     *
     * Keys: 1 to 64 of `A-Z a-z 0-9 _ - .`, written in the array's order. PHP
     * turns a digit-only string key like `"12"` into an int, and int keys are
     * errors. Values: strings (trimmed; blank ones left out), ints and finite
     * floats below 10^15 in absolute value, bools; `null` is left out; at least
     * one value must remain.
     *
     * @param array<non-empty-string, string|int|float|bool|null> $data
     * @param string|null $nonce Optional CSP nonce; null for none.
     * @param int $as FLOCKTORY_ELEMENT (the element), FLOCKTORY_JS (its body) or FLOCKTORY_JSON
     *        (the push's argument); with the last two, $nonce must be null.
     *
     * @return non-empty-string
     *
     * @throws \Flocktory\ValidationException At `data` (a bad key, nothing left), `data.KEY` or `data["KEY"]`, or `nonce`.
     * @throws \ValueError For another $as, or a nonce with FLOCKTORY_JS or FLOCKTORY_JSON.
     */
    function flocktory_attach_to_profile(array $data, ?string $nonce = null, int $as = FLOCKTORY_ELEMENT): string {}
}

namespace Flocktory {
    /**
     * Thrown by the flocktory_*() functions for invalid data (wrong argument
     * types are PHP's own TypeError instead). The message starts with the field's
     * path and `: `, then says what was expected and what was given, e.g.
     * `order.price: expected a number from 0 up to below 10^15 (…), got string(13) "1 999 руб."`.
     */
    class ValidationException extends \InvalidArgumentException
    {
        /**
         * The path of the offending field: `user.email`, `order.items[2].price`,
         * `order.items[0].titel` (an unknown key), `spot`, `nonce`, `site_id`,
         * `item.price`, `items[0].count`, `data`, `data.orders` or `data["loyalty-level"]`.
         *
         * @return string
         */
        public function getField(): string {}
    }
}
