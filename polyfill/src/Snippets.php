<?php
/*
 * flocktory, PHP edition: the ten functions of the C extension written in
 * PHP, byte for byte the same output and the same Flocktory\ValidationException
 * fields and messages (the contract of issues 2, 13, 14, 20 and 21). The
 * global functions in ../bootstrap.php call these methods; the differential
 * test (bench/compare.php) calls them beside the extension in one process.
 *
 * Needs only ext/json and ext/pcre: no mbstring, iconv, intl or ctype.
 */
declare(strict_types=1);

namespace Flocktory\Polyfill;

use Flocktory\ValidationException;

// Imported, so that the engine compiles the calls it knows (strlen(),
// is_array(), array_key_exists()...) into opcodes, as in the global namespace.
use function array_key_exists, array_slice, array_values, count, dechex, dirname, end, explode, get_class,
    get_debug_type, implode, ini_get, ini_set, is_array, is_bool, is_float, is_infinite, is_int, is_nan, is_object,
    is_string, json_encode, ltrim, ord, preg_match, preg_match_all, rtrim, sprintf, str_contains, str_replace,
    str_starts_with, strcmp, strlen, strpos, strtr, substr, trim, unpack;

/** @internal The ten global flocktory_*() functions are the API; these methods are their bodies. */
final class Snippets
{
    private const EXPECT_NAME = 'a string, or null when the name is unknown';
    private const EXPECT_EMAIL = 'an email address like name@example.com';
    private const EXPECT_EMAIL_OR_FALLBACK = 'an email address, or a user.phone or user.id to build one from';
    private const EXPECT_PHONE = 'a phone number of 10 to 15 digits (with spaces, -, (, ), . and one leading + allowed)';
    private const EXPECT_USER_ID = '1 to 64 of A-Z a-z 0-9 _ - and . (a dot not first, last or doubled)';
    private const EXPECT_SEX = '"m" or "f"';
    private const EXPECT_ORDER_ID = 'a non-empty string or int';
    private const EXPECT_STRING = 'a string';
    private const EXPECT_STRING_OR_INT = 'a string or int';
    private const EXPECT_PRICE = 'a number from 0 up to below 10^15 (an int, a float or a decimal string like "1999.90")';
    private const EXPECT_COUNT = 'a number above 0 and below 10^15 (an int, a float or a decimal string like "2")';
    private const EXPECT_ITEMS = 'a non-empty array of items';
    private const EXPECT_ITEM = 'an array with the keys id, title, price, image, count';
    private const EXPECT_ITEM_FIELDS = 'at least one of id, title, price, image, count with a value';
    private const EXPECT_IMAGE = 'an absolute URL starting with http://, https:// or // and a host, without spaces or control characters';
    private const EXPECT_NONCE = 'a CSP nonce: 1 to 256 of A-Z a-z 0-9 + / - _, then at most two =';

    private const EXPECT_SITE_ID = 'a Flocktory site id, an int from 1 or a string of its digits';
    private const EXPECT_CART_ITEM = 'an array with the keys id, price, count, brand, category_id';
    private const EXPECT_FREE_KEY = 'keys of 1 to 64 of A-Z a-z 0-9 _ - . only';
    private const EXPECT_FREE_VALUE = 'a string, a bool, null, or an int or finite float below 10^15 in absolute value';
    private const EXPECT_FREE_ONE = 'at least one value that is not null or empty';

    private const USER_KEYS = ['name' => true, 'email' => true, 'phone' => true, 'id' => true, 'sex' => true];
    private const ORDER_KEYS = ['id' => true, 'price' => true, 'custom_field' => true, 'items' => true];
    private const ITEM_KEYS = ['id' => true, 'title' => true, 'price' => true, 'image' => true, 'count' => true];
    private const CART_ITEM_KEYS = ['id' => true, 'price' => true, 'count' => true, 'brand' => true, 'category_id' => true];

    /** ASCII whitespace, as the contract defines it (PHP's trim() default differs). */
    private const WS = " \t\n\v\f\r";

    private const JSON_FLAGS = JSON_HEX_TAG | JSON_HEX_AMP | JSON_HEX_APOS
        | JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_THROW_ON_ERROR;
    // Not JSON_UNESCAPED_LINE_TERMINATORS: without it json_encode() writes U+2028
    // and U+2029 as \u2028 and \u2029 even under JSON_UNESCAPED_UNICODE.

    /** One well-formed UTF-8 sequence (RFC 3629: no overlongs, no surrogates, <= U+10FFFF). */
    private const UTF8_CHAR = '[\x00-\x7F]|[\xC2-\xDF][\x80-\xBF]|\xE0[\xA0-\xBF][\x80-\xBF]'
        . '|[\xE1-\xEC\xEE\xEF][\x80-\xBF]{2}|\xED[\x80-\x9F][\x80-\xBF]'
        . '|\xF0[\x90-\xBF][\x80-\xBF]{2}|[\xF1-\xF3][\x80-\xBF]{3}|\xF4[\x80-\x8F][\x80-\xBF]{2}';

    /** Non-ASCII code points allowed in an email: all but whitespace, C1 and invisible/bidi formatting. */
    private const EMAIL_NON_ASCII = '\x{A1}-\x{1FFF}\x{2010}-\x{2027}\x{2030}-\x{205E}\x{2070}-\x{2FFF}\x{3001}-\x{FEFE}\x{FF00}-\x{10FFFF}';
    private const EMAIL_RE = '/\A'
        . '[A-Za-z0-9!#$%&\'*+\/=?^_`{|}~\-' . self::EMAIL_NON_ASCII . ']++'
        . '(?:\.[A-Za-z0-9!#$%&\'*+\/=?^_`{|}~\-' . self::EMAIL_NON_ASCII . ']++)*+'
        . '@'
        . '(?!-)[A-Za-z0-9\-' . self::EMAIL_NON_ASCII . ']++(?<!-)'
        . '(?:\.(?!-)[A-Za-z0-9\-' . self::EMAIL_NON_ASCII . ']++(?<!-))++'
        . '\z/u';

    private const DECIMAL_RE = '/\A([0-9]{1,15})(?:[.,]([0-9]{1,15}))?\z/';
    private const USER_ID_RE = '/\A[A-Za-z0-9_\-]++(?:\.[A-Za-z0-9_\-]++)*+\z/';
    private const NONCE_RE = '/\A[A-Za-z0-9+\/_\-]{1,256}={0,2}\z/';
    /** URL: scheme-relative or http(s), then the authority up to the first / \ ? #. */
    private const URL_RE = '~\A(?:https?:)?//([^/\\\\?#]*)~i';
    /** Host (an IP literal in brackets or a registered name) and an optional port. */
    private const HOSTPORT_RE = '/\A(?:\[[0-9A-Fa-f:.]++\]|[^:@\[\]]++)(?::[0-9]*+)?\z/';
    /** ASCII whitespace and controls (C0, DEL) and the C1 controls U+0080-U+009F. */
    private const URL_FORBIDDEN_RE = '/[\x00-\x20\x7F]|\xC2[\x80-\x9F]/';

    private const NUMBER_LIMIT = 1000000000000000; // 10^15

    /** What a phone may hold besides its digits and one leading +: a space is also U+00A0 or U+202F. */
    private const PHONE_SEPARATORS = [' ', "\u{a0}", "\u{202f}", '-', '(', ')', '.'];

    /** The forms of a script snippet, as FLOCKTORY_ELEMENT, FLOCKTORY_JS and FLOCKTORY_JSON. */
    private const FORM_ELEMENT = 0;
    private const FORM_JS = 1;
    private const FORM_JSON = 2;

    /**
     * Builds the Flocktory postcheckout snippet; throws ValidationException on
     * the first thing wrong with the data.
     */
    public static function postcheckout(array $user, array $order, ?string $spot = null, ?string $nonce = null,
        int $as = self::FORM_ELEMENT): string
    {
        self::checkForm('flocktory_postcheckout', 4, $nonce, $as);
        $payload = '{"user":' . self::userJson($user) . ',"order":' . self::orderJson($order);

        if ($spot !== null) {
            if (!preg_match('//u', $spot)) {
                throw self::utf8Error('spot', $spot);
            }
            $spot = trim($spot, self::WS);
            if ($spot !== '') {
                $payload .= ',"spot":' . json_encode($spot, self::JSON_FLAGS);
            }
        }
        self::checkNonce($nonce);
        return self::script('postcheckout', $payload . '}', $nonce, $as);
    }

    private static function userJson(array $user): string
    {
        foreach ($user as $key => $_) {
            if (!isset(self::USER_KEYS[$key])) {
                throw self::unknownKey('user', $key, 'name, email, phone, id, sex');
            }
        }
        // The key is required, its value may be null or empty (name unknown).
        if (!array_key_exists('name', $user)) {
            throw self::expected('user.name', self::EXPECT_NAME, 'nothing');
        }
        $name = self::text($user, 'name', 'user.name', false, self::EXPECT_NAME);

        $email = self::text($user, 'email', 'user.email', false, self::EXPECT_EMAIL);
        if ($email !== '') {
            $email = self::email($email, $user['email']);
        }

        // Phone and id are fallbacks, read only when there is no email.
        $fallback = $email === '' ? self::fallbackEmail($user, false, false) : '';

        $sex = self::text($user, 'sex', 'user.sex', false, self::EXPECT_SEX);
        if ($sex !== '') {
            $sex = strtr($sex, 'MF', 'mf');
            if ($sex !== 'm' && $sex !== 'f') {
                throw self::expected('user.sex', self::EXPECT_SEX, self::describe($user['sex']));
            }
        }

        if ($email === '') {
            if ($fallback === '') {
                throw self::expected('user.email', self::EXPECT_EMAIL_OR_FALLBACK,
                    array_key_exists('email', $user) ? self::describe($user['email']) : 'nothing');
            }
            $email = $fallback;
        }

        return '{"name":' . json_encode($name, self::JSON_FLAGS)
            . ',"email":' . json_encode($email, self::JSON_FLAGS)
            . ($sex !== '' ? ',"sex":"' . $sex . '"' : '')
            . '}';
    }

    private static function orderJson(array $order): string
    {
        foreach ($order as $key => $_) {
            if (!isset(self::ORDER_KEYS[$key])) {
                throw self::unknownKey('order', $key, 'id, price, custom_field, items');
            }
        }

        $id = self::text($order, 'id', 'order.id', true, self::EXPECT_ORDER_ID);
        if ($id === '') {
            throw self::expected('order.id', self::EXPECT_ORDER_ID,
                array_key_exists('id', $order) ? self::describe($order['id']) : 'nothing');
        }
        $json = '{"id":' . json_encode($id, self::JSON_FLAGS);

        $price = self::number($order, 'price', 'order.price', false);
        if ($price === null) {
            throw self::expected('order.price', self::EXPECT_PRICE,
                array_key_exists('price', $order) ? self::describe($order['price']) : 'nothing');
        }
        $json .= ',"price":' . $price;

        $custom = self::text($order, 'custom_field', 'order.custom_field', true, self::EXPECT_STRING_OR_INT);
        if ($custom !== '') {
            $json .= ',"custom_field":' . json_encode($custom, self::JSON_FLAGS);
        }

        $items = $order['items'] ?? null;
        if (!is_array($items) || !$items) {
            throw self::expected('order.items', self::EXPECT_ITEMS,
                array_key_exists('items', $order) ? self::describe($items) : 'nothing');
        }
        $out = [];
        $position = 0;
        foreach ($items as $item) {
            $out[] = self::itemJson($item, 'order.items[' . $position++ . ']');
        }

        return $json . ',"items":[' . implode(',', $out) . ']}';
    }

    private static function itemJson($item, string $path): string
    {
        if (!is_array($item)) {
            throw self::expected($path, self::EXPECT_ITEM, self::describe($item));
        }
        foreach ($item as $key => $_) {
            if (!isset(self::ITEM_KEYS[$key])) {
                throw self::unknownKey($path, $key, 'id, title, price, image, count');
            }
        }

        $json = '';
        $id = self::text($item, 'id', $path . '.id', true, self::EXPECT_STRING_OR_INT);
        if ($id !== '') {
            $json .= ',"id":' . json_encode($id, self::JSON_FLAGS);
        }
        $title = self::text($item, 'title', $path . '.title', false, self::EXPECT_STRING);
        if ($title !== '') {
            $json .= ',"title":' . json_encode($title, self::JSON_FLAGS);
        }
        $price = self::number($item, 'price', $path . '.price', false);
        if ($price !== null) {
            $json .= ',"price":' . $price;
        }
        $image = self::text($item, 'image', $path . '.image', false, self::EXPECT_IMAGE);
        if ($image !== '') {
            if (!self::isUrl($image)) {
                throw self::expected($path . '.image', self::EXPECT_IMAGE, self::describe($item['image']));
            }
            $json .= ',"image":' . json_encode($image, self::JSON_FLAGS);
        }
        $count = self::number($item, 'count', $path . '.count', true);
        if ($count !== null) {
            $json .= ',"count":' . $count;
        }
        if ($json === '') {
            throw self::expected($path, self::EXPECT_ITEM_FIELDS, self::describe($item));
        }
        $json[0] = '{';
        return $json . '}';
    }

    /* ---- loader, cart events, profile data (issue 14) -------------------- */

    public static function loader(int|string $site_id, ?string $nonce = null): string
    {
        $id = $site_id;
        if (is_string($id)) {
            // ASCII digits only, any leading zeros, up to PHP_INT_MAX: compared
            // as digit strings, never through PHP's numeric-string rules.
            $digits = trim($id, self::WS);
            $value = preg_match('/\A[0-9]++\z/', $digits) ? ltrim($digits, '0') : '';
            $max = (string)PHP_INT_MAX;
            $id = $value === '' || strlen($value) > strlen($max) || (strlen($value) === strlen($max) && strcmp($value, $max) > 0)
                ? 0 : (int)$value;
        }
        if ($id < 1) {
            throw self::expected('site_id', self::EXPECT_SITE_ID, self::describe($site_id));
        }
        $site_id = $id;
        self::checkNonce($nonce);
        return '<script type="text/javascript" src="https://api.flocktory.com/v2/loader.js?site_id=' . $site_id
            . '" async="async"' . ($nonce !== null ? ' nonce="' . $nonce . '"' : '') . '></script>';
    }

    public static function addToCart(array $item, ?string $nonce = null, int $as = self::FORM_ELEMENT): string
    {
        self::checkForm('flocktory_add_to_cart', 2, $nonce, $as);
        $payload = '{"item":' . self::cartItem($item, 'item', true) . '}';
        self::checkNonce($nonce);
        return self::script('addToCart', $payload, $nonce, $as);
    }

    public static function removeFromCart(array $item, ?string $nonce = null, int $as = self::FORM_ELEMENT): string
    {
        self::checkForm('flocktory_remove_from_cart', 2, $nonce, $as);
        $payload = '{"item":' . self::cartItem($item, 'item', false) . '}';
        self::checkNonce($nonce);
        return self::script('removeFromCart', $payload, $nonce, $as);
    }

    public static function updateCart(array $items, ?string $nonce = null, int $as = self::FORM_ELEMENT): string
    {
        self::checkForm('flocktory_update_cart', 2, $nonce, $as);
        $out = [];
        $position = 0;
        foreach ($items as $item) {
            $out[] = self::cartItem($item, 'items[' . $position++ . ']', true);
        }
        $payload = '{"cart":{"items":[' . implode(',', $out) . ']}}';
        self::checkNonce($nonce);
        return self::script('updateCart', $payload, $nonce, $as);
    }

    public static function attachToProfile(array $data, ?string $nonce = null, int $as = self::FORM_ELEMENT): string
    {
        self::checkForm('flocktory_attach_to_profile', 2, $nonce, $as);
        $out = [];
        foreach ($data as $key => $v) {
            if (is_int($key)) {
                throw self::error('data', 'data: expected ' . self::EXPECT_FREE_KEY . ', got the int key ' . $key
                    . ' (PHP turns keys like "12" into ints)');
            }
            if (!preg_match('/\A[A-Za-z0-9_.\-]{1,64}\z/', $key)) {
                throw self::error('data', 'data: expected ' . self::EXPECT_FREE_KEY . ', got the key ' . self::quote($key));
            }
            $path = preg_match('/\A[A-Za-z0-9_]+\z/', $key) ? 'data.' . $key : 'data["' . $key . '"]';
            if (is_bool($v)) {
                $json = $v ? 'true' : 'false';
            } elseif (is_int($v)) {
                if ($v <= -self::NUMBER_LIMIT || $v >= self::NUMBER_LIMIT) {
                    throw self::expected($path, self::EXPECT_FREE_VALUE, self::describe($v));
                }
                $json = (string)$v;
            } elseif (is_float($v)) {
                // NAN fails both comparisons; -0.0 == 0.0 is written 0.
                if (!($v > -1e15 && $v < 1e15)) {
                    throw self::expected($path, self::EXPECT_FREE_VALUE, self::describe($v));
                }
                $json = $v == 0.0 ? '0' : self::jsonFloat($v);
            } elseif (is_string($v)) {
                if (!preg_match('//u', $v)) {
                    throw self::utf8Error($path, $v);
                }
                $v = trim($v, self::WS);
                if ($v === '') {
                    continue;
                }
                $json = json_encode($v, self::JSON_FLAGS);
            } elseif ($v === null) {
                continue;
            } else {
                throw self::expected($path, self::EXPECT_FREE_VALUE, self::describe($v));
            }
            $out[] = '"' . $key . '":' . $json;
        }
        if (!$out) {
            throw self::expected('data', self::EXPECT_FREE_ONE, self::describe($data));
        }
        $payload = '{"data":{' . implode(',', $out) . '}}';
        self::checkNonce($nonce);
        return self::script('attachToProfile', $payload, $nonce, $as);
    }

    /** A cart event's item; a removed one ($priceRequired false) may leave out its price. */
    private static function cartItem($item, string $path, bool $priceRequired): string
    {
        if (!is_array($item)) {
            throw self::expected($path, self::EXPECT_CART_ITEM, self::describe($item));
        }
        foreach ($item as $key => $_) {
            if (!isset(self::CART_ITEM_KEYS[$key])) {
                throw self::unknownKey($path, $key, 'id, price, count, brand, category_id');
            }
        }
        $id = self::text($item, 'id', $path . '.id', true, self::EXPECT_ORDER_ID);
        if ($id === '') {
            throw self::expected($path . '.id', self::EXPECT_ORDER_ID, array_key_exists('id', $item) ? self::describe($item['id']) : 'nothing');
        }
        $json = '{"id":' . json_encode($id, self::JSON_FLAGS);
        $price = self::number($item, 'price', $path . '.price', false);
        if ($price !== null) {
            $json .= ',"price":' . $price;
        } elseif ($priceRequired) {
            throw self::expected($path . '.price', self::EXPECT_PRICE,
                array_key_exists('price', $item) ? self::describe($item['price']) : 'nothing');
        }
        $count = self::number($item, 'count', $path . '.count', true);
        if ($count === null) {
            throw self::expected($path . '.count', self::EXPECT_COUNT,
                array_key_exists('count', $item) ? self::describe($item['count']) : 'nothing');
        }
        $json .= ',"count":' . $count;
        $brand = self::text($item, 'brand', $path . '.brand', false, self::EXPECT_STRING);
        if ($brand !== '') {
            $json .= ',"brand":' . json_encode($brand, self::JSON_FLAGS);
        }
        $category = self::text($item, 'category_id', $path . '.category_id', true, self::EXPECT_STRING_OR_INT);
        if ($category !== '') {
            $json .= ',"categoryId":' . json_encode($category, self::JSON_FLAGS);
        }
        return $json . '}';
    }

    private static function checkNonce(?string $nonce): void
    {
        if ($nonce !== null && !preg_match(self::NONCE_RE, $nonce)) {
            throw self::expected('nonce', self::EXPECT_NONCE, self::describe($nonce));
        }
    }

    /**
     * The extension's check of $as, made with the arguments, before any data:
     * the same ValueError messages. $nonceArg is $nonce's argument number.
     */
    private static function checkForm(string $function, int $nonceArg, ?string $nonce, int $as): void
    {
        if ($as !== self::FORM_ELEMENT && $as !== self::FORM_JS && $as !== self::FORM_JSON) {
            throw self::fromCaller(new \ValueError("$function(): Argument #" . ($nonceArg + 1)
                . ' ($as) must be FLOCKTORY_ELEMENT, FLOCKTORY_JS or FLOCKTORY_JSON'));
        }
        if ($nonce !== null && $as !== self::FORM_ELEMENT) {
            throw self::fromCaller(new \ValueError("$function(): Argument #$nonceArg (\$nonce) must be null when \$as is "
                . ($as === self::FORM_JS ? 'FLOCKTORY_JS' : 'FLOCKTORY_JSON')));
        }
    }

    /** A script snippet in its form: the push's argument, in the queue's code, in the element. */
    private static function script(string $event, string $payload, ?string $nonce, int $as = self::FORM_ELEMENT): string
    {
        $json = '["' . $event . '",' . $payload . ']';
        if ($as === self::FORM_JSON) {
            return $json;
        }
        $js = "window.flocktory = window.flocktory || [];\nwindow.flocktory.push(" . $json . ');';
        if ($as === self::FORM_JS) {
            return $js;
        }
        return '<script type="text/javascript"' . ($nonce !== null ? ' nonce="' . $nonce . '"' : '') . ">\n"
            . $js . "\n</script>";
    }

    /**
     * A string (or, with $intsToo, an int) field as trimmed UTF-8 text; absent
     * and null read as "".
     */
    private static function text(array $a, string $key, string $path, bool $intsToo, string $what): string
    {
        if (!isset($a[$key])) {
            return '';
        }
        $v = $a[$key];
        if (is_string($v)) {
            if (!preg_match('//u', $v)) {
                throw self::utf8Error($path, $v);
            }
            return trim($v, self::WS);
        }
        if ($intsToo && is_int($v)) {
            return (string)$v;
        }
        throw self::expected($path, $what, self::describe($v));
    }

    /**
     * A price or count as the JSON number to write, or null when absent.
     */
    private static function number(array $a, string $key, string $path, bool $positive): ?string
    {
        if (!isset($a[$key])) {
            return null;
        }
        $v = $a[$key];
        if (is_int($v)) {
            if ($v >= ($positive ? 1 : 0) && $v < self::NUMBER_LIMIT) {
                return (string)$v;
            }
        } elseif (is_float($v)) {
            // NAN fails both comparisons; -0.0 == 0.0.
            if ($v >= 0.0 && $v < self::NUMBER_LIMIT && !($positive && $v == 0.0)) {
                return $v == 0.0 ? '0' : self::jsonFloat($v);
            }
        } elseif (is_string($v)) {
            if (!preg_match('//u', $v)) {
                throw self::utf8Error($path, $v);
            }
            $s = trim($v, self::WS);
            if ($s === '') {
                return null;
            }
            if (preg_match(self::DECIMAL_RE, $s, $m)) {
                // The exact decimal value, never through a double.
                $int = ltrim($m[1], '0');
                $frac = isset($m[2]) ? rtrim($m[2], '0') : '';
                $dec = ($int === '' ? '0' : $int) . ($frac === '' ? '' : '.' . $frac);
                if (!($positive && $dec === '0')) {
                    return $dec;
                }
            }
        }
        throw self::expected($path, $positive ? self::EXPECT_COUNT : self::EXPECT_PRICE, self::describe($v));
    }

    /** json_encode() of a finite float under serialize_precision = -1, whatever the ini says. */
    private static function jsonFloat(float $d): string
    {
        $precision = ini_get('serialize_precision');
        if ($precision === '-1') {
            return json_encode($d);
        }
        ini_set('serialize_precision', '-1');
        try {
            return json_encode($d);
        } finally {
            ini_set('serialize_precision', $precision);
        }
    }

    /**
     * user.email, $email its trimmed valid UTF-8 text and $given the value it
     * came from, with its domain in lower case (one customer, one address).
     */
    private static function email(string $email, mixed $given): string
    {
        $at = strpos($email, '@');
        $domain = $at === false ? '' : substr($email, $at + 1);
        if (!self::isEmail($email, $at, $domain)) {
            throw self::expected('user.email', self::EXPECT_EMAIL, self::describe($given));
        }
        return substr($email, 0, $at + 1) . strtr($domain, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz');
    }

    /** $email is trimmed valid UTF-8; $at the offset of its first '@', $domain what follows it. */
    private static function isEmail(string $email, $at, string $domain): bool
    {
        if ($at === false || $at > 64 || strlen($domain) > 253 || !preg_match(self::EMAIL_RE, $email)) {
            return false;
        }
        $labels = explode('.', $domain);
        foreach ($labels as $label) {
            if (strlen($label) > 63) {
                return false;
            }
        }
        return !preg_match('/\A[0-9]++\z/', end($labels));
    }

    /** $url is trimmed valid UTF-8. */
    private static function isUrl(string $url): bool
    {
        if (preg_match(self::URL_FORBIDDEN_RE, $url) || !preg_match(self::URL_RE, $url, $m)) {
            return false;
        }
        $authority = $m[1];
        $at = strpos($authority, '@');
        if ($at !== false) {
            $authority = substr($authority, $at + 1);
        }
        return (bool)preg_match(self::HOSTPORT_RE, $authority);
    }

    /* ---- the <div class="i-flocktory"> tags (issue 13) --------------------- */

    private const EXPECT_CATEGORY_ID = 'a non-empty string or an int from 1';
    private const EXPECT_BOOL = 'true or false';
    private const EXPECT_NO_NUL = 'text without U+0000, which an HTML attribute cannot carry';
    private const ITEM_VIEW_KEYS = ['id' => true, 'category_id' => true, 'vendor' => true, 'available' => true];
    private const ATTR_ENTITIES = ['&' => '&amp;', '"' => '&quot;', "'" => '&#39;', '<' => '&lt;', '>' => '&gt;', "\r" => '&#13;'];

    public static function user(array $user): string
    {
        [$name, $email] = self::tagUser($user, false);
        return '<div class="i-flocktory"' . self::attr('data-fl-user-name', $name) . self::attr('data-fl-user-email', $email) . '></div>';
    }

    public static function itemView(array $item): string
    {
        foreach ($item as $key => $_) {
            if (!isset(self::ITEM_VIEW_KEYS[$key])) {
                throw self::unknownKey('item', $key, 'id, category_id, vendor, available');
            }
        }
        $id = self::attrText($item, 'id', 'item.id', true, self::EXPECT_ORDER_ID);
        if ($id === '') {
            throw self::expected('item.id', self::EXPECT_ORDER_ID, array_key_exists('id', $item) ? self::describe($item['id']) : 'nothing');
        }
        $out = '<div class="i-flocktory" data-fl-action="track-item-view"' . self::attr('data-fl-item-id', $id);
        // A blank category or vendor is written as "": only null leaves it out.
        $category = self::attrText($item, 'category_id', 'item.category_id', true, self::EXPECT_STRING_OR_INT);
        if (isset($item['category_id'])) {
            $out .= ' data-fl-item-category-id="' . strtr($category, self::ATTR_ENTITIES) . '"';
        }
        $vendor = self::attrText($item, 'vendor', 'item.vendor', false, self::EXPECT_STRING);
        if (isset($item['vendor'])) {
            $out .= ' data-fl-item-vendor="' . strtr($vendor, self::ATTR_ENTITIES) . '"';
        }
        if (isset($item['available'])) {
            if (!is_bool($item['available'])) {
                throw self::expected('item.available', self::EXPECT_BOOL, self::describe($item['available']));
            }
            $out .= ' data-fl-item-available="' . ($item['available'] ? 'true' : 'false') . '"';
        }
        return $out . '></div>';
    }

    public static function categoryView(string|int|null $categoryId): string
    {
        if ($categoryId === null) {
            // A category not found: an empty id's message.
            throw self::expected('category_id', self::EXPECT_CATEGORY_ID, self::describe(null));
        }
        if (is_int($categoryId)) {
            if ($categoryId < 1) {
                throw self::expected('category_id', self::EXPECT_CATEGORY_ID, self::describe($categoryId));
            }
            $id = (string)$categoryId;
        } else {
            $id = self::attrText(['category_id' => $categoryId], 'category_id', 'category_id', false, self::EXPECT_CATEGORY_ID);
            if ($id === '') {
                throw self::expected('category_id', self::EXPECT_CATEGORY_ID, self::describe($categoryId));
            }
        }
        return '<div class="i-flocktory" data-fl-action="track-category-view"' . self::attr('data-fl-category-id', $id) . '></div>';
    }

    public static function exchange(array $user = [], ?string $spot = null): string
    {
        [$name, $email] = self::tagUser($user, true);
        $spot = $spot === null ? '' : self::attrText(['spot' => $spot], 'spot', 'spot', false, self::EXPECT_STRING);
        return '<div class="i-flocktory" data-fl-action="exchange"' . self::attr('data-fl-spot', $spot)
            . self::attr('data-fl-user-name', $name) . self::attr('data-fl-user-email', $email) . '></div>';
    }

    /**
     * The name and email of a tag's $user: postcheckout's rules, but the name
     * may be absent; the exchange's chain is email, phone, then a fixed address.
     */
    private static function tagUser(array $user, bool $exchange): array
    {
        foreach ($user as $key => $_) {
            if (!isset(self::USER_KEYS[$key])) {
                throw self::unknownKey('user', $key, 'name, email, phone, id, sex');
            }
        }
        $name = self::attrText($user, 'name', 'user.name', false, self::EXPECT_NAME);
        $email = self::attrText($user, 'email', 'user.email', false, self::EXPECT_EMAIL);
        if ($email !== '') {
            $email = self::email($email, $user['email']);
        } else {
            $email = self::fallbackEmail($user, $exchange, true);
        }
        $sex = self::attrText($user, 'sex', 'user.sex', false, self::EXPECT_SEX);
        if ($sex !== '' && $sex !== 'm' && $sex !== 'f' && $sex !== 'M' && $sex !== 'F') {
            throw self::expected('user.sex', self::EXPECT_SEX, self::describe($user['sex']));
        }
        if ($email === '') {
            throw self::expected('user.email', self::EXPECT_EMAIL_OR_FALLBACK,
                array_key_exists('email', $user) ? self::describe($user['email']) : 'nothing');
        }
        return [$name, $email];
    }

    /**
     * The address the fallbacks make when the email is empty (issue 21): the
     * first of phone, then id (for the exchange: phone, then the fixed
     * address) that is present and valid, or '' when none is present. One that
     * is present but invalid is passed over; when none makes an address, the
     * first such one's error is thrown.
     */
    private static function fallbackEmail(array $user, bool $exchange, bool $attr): string
    {
        $first = null;
        foreach (['phone', 'id'] as $key) {
            if ($exchange && $key === 'id') {
                return 'xname@flocktory.com';
            }
            try {
                $address = $key === 'phone' ? self::phoneAddress($user, $attr) : self::userIdAddress($user, $attr);
            } catch (ValidationException $e) {
                $first ??= $e;
                continue;
            }
            if ($address !== '') {
                return $address;
            }
        }
        if ($first !== null) {
            throw $first;
        }
        return '';
    }

    /** DIGITS@unknown.email from user.phone, '' when it is absent. */
    private static function phoneAddress(array $user, bool $attr): string
    {
        $phone = $attr ? self::attrText($user, 'phone', 'user.phone', true, self::EXPECT_PHONE)
            : self::text($user, 'phone', 'user.phone', true, self::EXPECT_PHONE);
        if ($phone === '') {
            return '';
        }
        $digits = str_replace(self::PHONE_SEPARATORS, '', $phone);
        if ($digits !== '' && $digits[0] === '+') {
            $digits = substr($digits, 1);
        }
        if (!preg_match('/\A[0-9]{10,15}\z/', $digits)) {
            throw self::expected('user.phone', self::EXPECT_PHONE, self::describe($user['phone']));
        }
        return $digits . '@unknown.email';
    }

    /** ID@unknown.email from user.id, '' when it is absent. */
    private static function userIdAddress(array $user, bool $attr): string
    {
        $id = $attr ? self::attrText($user, 'id', 'user.id', true, self::EXPECT_USER_ID)
            : self::text($user, 'id', 'user.id', true, self::EXPECT_USER_ID);
        if ($id === '') {
            return '';
        }
        if (strlen($id) > 64 || !preg_match(self::USER_ID_RE, $id)) {
            throw self::expected('user.id', self::EXPECT_USER_ID, self::describe($user['id']));
        }
        return $id . '@unknown.email';
    }

    /** text(), and U+0000, which an attribute cannot carry, is an error. */
    private static function attrText(array $a, string $key, string $path, bool $intsToo, string $what): string
    {
        $s = self::text($a, $key, $path, $intsToo, $what);
        if (str_contains($s, "\0")) {
            throw self::expected($path, self::EXPECT_NO_NUL, self::describe($a[$key]));
        }
        return $s;
    }

    /** ` NAME="VALUE"`, or nothing for an empty value. */
    private static function attr(string $name, string $value): string
    {
        return $value === '' ? '' : ' ' . $name . '="' . strtr($value, self::ATTR_ENTITIES) . '"';
    }

    /* ---- errors ---------------------------------------------------------- */

    /** @var array<string, \ReflectionProperty> The private properties error() and fromCaller() set. */
    private static array $properties = [];

    /**
     * A ValidationException at $path, as the extension makes it: the class
     * has no constructor of its own (new ValidationException('x') keeps an
     * empty field), so the private field is set from outside.
     */
    private static function error(string $path, string $message): ValidationException
    {
        $e = new ValidationException($message);
        (self::$properties['field'] ??= new \ReflectionProperty(ValidationException::class, 'field'))->setValue($e, $path);
        return self::fromCaller($e);
    }

    /**
     * $e as if thrown by an internal function: its file, line and trace start
     * at the call of the flocktory_*() function, not inside this class, so
     * an uncaught one reads the same as the extension's. Error paths only.
     */
    private static function fromCaller(\Throwable $e): \Throwable
    {
        $trace = $e->getTrace();
        $k = 0;
        // Every frame of this class called from inside the package: the
        // entry method called by ../src/functions.php goes too, one called
        // straight from outside (bench/compare.php) stays.
        $here = dirname(__DIR__) . DIRECTORY_SEPARATOR;
        while (isset($trace[$k]) && ($trace[$k]['class'] ?? '') === self::class
            && str_starts_with($trace[$k]['file'] ?? '', $here)) {
            $k++;
        }
        $trace = array_slice($trace, $k);
        // Called back from an internal function (array_map()...), the frame has
        // no file: the extension's exception then carries the nearest caller's.
        $where = null;
        foreach ($trace as $frame) {
            if (isset($frame['file'])) {
                $where = $frame;
                break;
            }
        }
        $base = $e instanceof \Exception ? \Exception::class : \Error::class;
        $set = static function (string $name, mixed $value) use ($e, $base): void {
            (self::$properties[$base . '::' . $name] ??= new \ReflectionProperty($base, $name))->setValue($e, $value);
        };
        $set('trace', $trace);
        if ($where !== null) {
            $set('file', $where['file']);
            $set('line', $where['line']);
        }
        return $e;
    }

    private static function expected(string $path, string $what, string $given): ValidationException
    {
        return self::error($path, $path . ': expected ' . $what . ', got ' . $given);
    }

    private static function unknownKey(string $at, $key, string $allowed): ValidationException
    {
        if (is_int($key)) {
            $path = $at . '[' . $key . ']';
        } elseif (preg_match('/\A[A-Za-z0-9_]+\z/', $key)) {
            $path = $at . '.' . $key;
        } else {
            $path = $at . '[' . self::quote($key) . ']';
        }
        return self::error($path, $path . ': unknown key, expected one of ' . $allowed);
    }

    private static function utf8Error(string $path, string $s): ValidationException
    {
        preg_match('/\A(?:' . self::UTF8_CHAR . ')*+/', $s, $m);
        $offset = strlen($m[0]);
        return self::error($path, sprintf(
            '%s: expected valid UTF-8, got invalid byte \\x%02X at offset %d in %s'
                . " (convert the text to UTF-8 first, e.g. iconv('Windows-1251', 'UTF-8', \$s))",
            $path, ord($s[$offset]), $offset, self::describe($s)
        ));
    }

    /** What was given: its type and, for a scalar, its value. */
    private static function describe($v): string
    {
        switch (true) {
            case $v === null:
                return 'null';
            case is_bool($v):
                return $v ? 'bool(true)' : 'bool(false)';
            case is_int($v):
                return 'int(' . $v . ')';
            case is_float($v):
                if (is_nan($v)) {
                    return 'float(NAN)';
                }
                if (is_infinite($v)) {
                    return $v > 0 ? 'float(INF)' : 'float(-INF)';
                }
                return 'float(' . ($v == 0.0 ? '0' : self::jsonFloat($v)) . ')';
            case is_string($v):
                return 'string(' . strlen($v) . ') ' . self::quote($v, true);
            case is_array($v):
                return 'array(' . count($v) . ')';
            case is_object($v):
                // An anonymous class's name goes on after a NUL: the part before it.
                return 'object(' . explode("\0", get_class($v), 2)[0] . ')';
            default:
                return get_debug_type($v);
        }
    }

    /** Characters a value's message writes as \u{...} (issue 21), as UTF-8. */
    private const INVISIBLE_RE = '/\A(?:[\x00-\x1F\x7F]|\xC2[\x80-\xA0\xAD]|\xE2\x80[\x8B-\x8F\xA8-\xAF]|\xE2\x81\xA0|\xEF\xBB\xBF)\z/';

    /**
     * "text" with " and \ escaped and invalid UTF-8 as \xNN, cut to 40 bytes of
     * the text at a character boundary with ... after the closing quote. In a
     * value ($value true), what cannot be seen is \u{...}; a key keeps \xNN
     * for its control bytes.
     */
    private static function quote(string $s, bool $value = false): string
    {
        if (strlen($s) <= 40 && preg_match('/\A[\x20-\x21\x23-\x5B\x5D-\x7E]*+\z/', $s)) {
            return '"' . $s . '"';
        }
        preg_match_all('/' . self::UTF8_CHAR . '|[\x80-\xFF]/s', $s, $m);
        $out = '';
        $bytes = 0;
        foreach ($m[0] as $unit) {
            $bytes += strlen($unit);
            if ($bytes > 40) {
                return '"' . $out . '"...';
            }
            if ($value && preg_match(self::INVISIBLE_RE, $unit)) {
                $out .= '\\u{' . dechex(self::codePoint($unit)) . '}';
            } elseif (strlen($unit) > 1) {
                $out .= $unit;
            } elseif ($unit === '"' || $unit === '\\') {
                $out .= '\\' . $unit;
            } elseif (($o = ord($unit)) < 0x20 || $o >= 0x7F) {
                $out .= sprintf('\\x%02X', $o);
            } else {
                $out .= $unit;
            }
        }
        return '"' . $out . '"';
    }

    /** The code point of one well-formed UTF-8 sequence of 1 to 3 bytes. */
    private static function codePoint(string $unit): int
    {
        $b = array_values(unpack('C*', $unit));
        switch (count($b)) {
            case 1:
                return $b[0];
            case 2:
                return (($b[0] & 0x1F) << 6) | ($b[1] & 0x3F);
            default:
                return (($b[0] & 0x0F) << 12) | (($b[1] & 0x3F) << 6) | ($b[2] & 0x3F);
        }
    }
}
