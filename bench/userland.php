<?php
/*
 * A pure-PHP ("userland") implementation of the Flocktory postcheckout
 * contract (issue 2), of the <div class="i-flocktory"> tags (issue 13) and of
 * the loader, cart and profile snippets (issue 14), with the three forms of
 * a script snippet (issue 20) and the messy-data rules of issue 21, written
 * from the contract text. It is the baseline a
 * competent shop developer would write, for the benchmark, and an
 * independent cross-check of the C extension (see compare.php).
 *
 * Needs only ext/json and ext/pcre (no mbstring, no ctype).
 */

namespace FlocktoryUserland;

class ValidationException extends \InvalidArgumentException
{
    private string $field;

    public function __construct(string $field, string $message)
    {
        parent::__construct($message);
        $this->field = $field;
    }

    public function getField(): string
    {
        return $this->field;
    }
}

const EXPECT_NAME = 'a string, or null when the name is unknown';
const EXPECT_EMAIL = 'an email address like name@example.com';
const EXPECT_EMAIL_OR_FALLBACK = 'an email address, or a user.phone or user.id to build one from';
const EXPECT_PHONE = 'a phone number of 10 to 15 digits (with spaces, -, (, ), . and one leading + allowed)';
const EXPECT_USER_ID = '1 to 64 of A-Z a-z 0-9 _ - and . (a dot not first, last or doubled)';
const EXPECT_SEX = '"m" or "f"';
const EXPECT_ORDER_ID = 'a non-empty string or int';
const EXPECT_STRING = 'a string';
const EXPECT_STRING_OR_INT = 'a string or int';
const EXPECT_PRICE = 'a number from 0 up to below 10^15 (an int, a float or a decimal string like "1999.90")';
const EXPECT_COUNT = 'a number above 0 and below 10^15 (an int, a float or a decimal string like "2")';
const EXPECT_ITEMS = 'a non-empty array of items';
const EXPECT_ITEM = 'an array with the keys id, title, price, image, count';
const EXPECT_ITEM_FIELDS = 'at least one of id, title, price, image, count with a value';
const EXPECT_IMAGE = 'an absolute URL starting with http://, https:// or // and a host, without spaces or control characters';
const EXPECT_NONCE = 'a CSP nonce: 1 to 256 of A-Z a-z 0-9 + / - _, then at most two =';

const EXPECT_SITE_ID = 'a Flocktory site id, an int from 1 or a string of its digits';
const EXPECT_CART_ITEM = 'an array with the keys id, price, count, brand, category_id';
const EXPECT_FREE_KEY = 'keys of 1 to 64 of A-Z a-z 0-9 _ - . only';
const EXPECT_FREE_VALUE = 'a string, a bool, null, or an int or finite float below 10^15 in absolute value';
const EXPECT_FREE_ONE = 'at least one value that is not null or empty';

const USER_KEYS = ['name' => true, 'email' => true, 'phone' => true, 'id' => true, 'sex' => true];
const ORDER_KEYS = ['id' => true, 'price' => true, 'custom_field' => true, 'items' => true];
const ITEM_KEYS = ['id' => true, 'title' => true, 'price' => true, 'image' => true, 'count' => true];
const CART_ITEM_KEYS = ['id' => true, 'price' => true, 'count' => true, 'brand' => true, 'category_id' => true];

/** ASCII whitespace, as the contract defines it (PHP's trim() default differs). */
const WS = " \t\n\v\f\r";

const JSON_FLAGS = JSON_HEX_TAG | JSON_HEX_AMP | JSON_HEX_APOS
    | JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_THROW_ON_ERROR;
// Not JSON_UNESCAPED_LINE_TERMINATORS: without it json_encode() writes U+2028
// and U+2029 as \u2028 and \u2029 even under JSON_UNESCAPED_UNICODE.

/** One well-formed UTF-8 sequence (RFC 3629: no overlongs, no surrogates, <= U+10FFFF). */
const UTF8_CHAR = '[\x00-\x7F]|[\xC2-\xDF][\x80-\xBF]|\xE0[\xA0-\xBF][\x80-\xBF]'
    . '|[\xE1-\xEC\xEE\xEF][\x80-\xBF]{2}|\xED[\x80-\x9F][\x80-\xBF]'
    . '|\xF0[\x90-\xBF][\x80-\xBF]{2}|[\xF1-\xF3][\x80-\xBF]{3}|\xF4[\x80-\x8F][\x80-\xBF]{2}';

/** Non-ASCII code points allowed in an email: all but whitespace, C1 and invisible/bidi formatting. */
const EMAIL_NON_ASCII = '\x{A1}-\x{1FFF}\x{2010}-\x{2027}\x{2030}-\x{205E}\x{2070}-\x{2FFF}\x{3001}-\x{FEFE}\x{FF00}-\x{10FFFF}';
const EMAIL_RE = '/\A'
    . '[A-Za-z0-9!#$%&\'*+\/=?^_`{|}~\-' . EMAIL_NON_ASCII . ']++'
    . '(?:\.[A-Za-z0-9!#$%&\'*+\/=?^_`{|}~\-' . EMAIL_NON_ASCII . ']++)*+'
    . '@'
    . '(?!-)[A-Za-z0-9\-' . EMAIL_NON_ASCII . ']++(?<!-)'
    . '(?:\.(?!-)[A-Za-z0-9\-' . EMAIL_NON_ASCII . ']++(?<!-))++'
    . '\z/u';

const DECIMAL_RE = '/\A([0-9]{1,15})(?:[.,]([0-9]{1,15}))?\z/';
const USER_ID_RE = '/\A[A-Za-z0-9_\-]++(?:\.[A-Za-z0-9_\-]++)*+\z/';
const NONCE_RE = '/\A[A-Za-z0-9+\/_\-]{1,256}={0,2}\z/';
/** URL: scheme-relative or http(s), then the authority up to the first / \ ? #. */
const URL_RE = '~\A(?:https?:)?//([^/\\\\?#]*)~i';
/** Host (an IP literal in brackets or a registered name) and an optional port. */
const HOSTPORT_RE = '/\A(?:\[[0-9A-Fa-f:.]++\]|[^:@\[\]]++)(?::[0-9]*+)?\z/';
/** ASCII whitespace and controls (C0, DEL) and the C1 controls U+0080-U+009F. */
const URL_FORBIDDEN_RE = '/[\x00-\x20\x7F]|\xC2[\x80-\x9F]/';

const NUMBER_LIMIT = 1000000000000000; // 10^15

/** What a phone may hold besides its digits and one leading +: a space is also U+00A0 or U+202F. */
const PHONE_SEPARATORS = [' ', "\u{a0}", "\u{202f}", '-', '(', ')', '.'];

/** The forms of a script snippet, as FLOCKTORY_ELEMENT, FLOCKTORY_JS and FLOCKTORY_JSON. */
const FORM_ELEMENT = 0;
const FORM_JS = 1;
const FORM_JSON = 2;

/**
 * Builds the Flocktory postcheckout snippet; throws ValidationException on
 * the first thing wrong with the data.
 */
function postcheckout(array $user, array $order, ?string $spot = null, ?string $nonce = null,
    int $as = FORM_ELEMENT): string
{
    checkForm('flocktory_postcheckout', 4, $nonce, $as);
    $payload = '{"user":' . user($user) . ',"order":' . order($order);

    if ($spot !== null) {
        if (!preg_match('//u', $spot)) {
            throw utf8Error('spot', $spot);
        }
        $spot = trim($spot, WS);
        if ($spot !== '') {
            $payload .= ',"spot":' . json_encode($spot, JSON_FLAGS);
        }
    }
    checkNonce($nonce);
    return script('postcheckout', $payload . '}', $nonce, $as);
}

function user(array $user): string
{
    foreach ($user as $key => $_) {
        if (!isset(USER_KEYS[$key])) {
            throw unknownKey('user', $key, 'name, email, phone, id, sex');
        }
    }
    // The key is required, its value may be null or empty (name unknown).
    if (!array_key_exists('name', $user)) {
        throw expected('user.name', EXPECT_NAME, 'nothing');
    }
    $name = text($user, 'name', 'user.name', false, EXPECT_NAME);

    $email = text($user, 'email', 'user.email', false, EXPECT_EMAIL);
    if ($email !== '') {
        $at = strpos($email, '@');
        $domain = $at === false ? '' : substr($email, $at + 1);
        if (!isEmail($email, $at, $domain)) {
            throw expected('user.email', EXPECT_EMAIL, describe($user['email']));
        }
        $email = substr($email, 0, $at + 1) . strtr($domain, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz');
    }

    // Phone and id are fallbacks, read only when there is no email.
    $fallback = $email === '' ? fallbackEmail($user, false, false) : '';

    $sex = text($user, 'sex', 'user.sex', false, EXPECT_SEX);
    if ($sex !== '') {
        $sex = strtr($sex, 'MF', 'mf');
        if ($sex !== 'm' && $sex !== 'f') {
            throw expected('user.sex', EXPECT_SEX, describe($user['sex']));
        }
    }

    if ($email === '') {
        if ($fallback === '') {
            throw expected('user.email', EXPECT_EMAIL_OR_FALLBACK,
                array_key_exists('email', $user) ? describe($user['email']) : 'nothing');
        }
        $email = $fallback;
    }

    return '{"name":' . json_encode($name, JSON_FLAGS)
        . ',"email":' . json_encode($email, JSON_FLAGS)
        . ($sex !== '' ? ',"sex":"' . $sex . '"' : '')
        . '}';
}

function order(array $order): string
{
    foreach ($order as $key => $_) {
        if (!isset(ORDER_KEYS[$key])) {
            throw unknownKey('order', $key, 'id, price, custom_field, items');
        }
    }

    $id = text($order, 'id', 'order.id', true, EXPECT_ORDER_ID);
    if ($id === '') {
        throw expected('order.id', EXPECT_ORDER_ID,
            array_key_exists('id', $order) ? describe($order['id']) : 'nothing');
    }
    $json = '{"id":' . json_encode($id, JSON_FLAGS);

    $price = number($order, 'price', 'order.price', false);
    if ($price === null) {
        throw expected('order.price', EXPECT_PRICE,
            array_key_exists('price', $order) ? describe($order['price']) : 'nothing');
    }
    $json .= ',"price":' . $price;

    $custom = text($order, 'custom_field', 'order.custom_field', true, EXPECT_STRING_OR_INT);
    if ($custom !== '') {
        $json .= ',"custom_field":' . json_encode($custom, JSON_FLAGS);
    }

    $items = $order['items'] ?? null;
    if (!is_array($items) || !$items) {
        throw expected('order.items', EXPECT_ITEMS,
            array_key_exists('items', $order) ? describe($items) : 'nothing');
    }
    $out = [];
    $position = 0;
    foreach ($items as $item) {
        $out[] = item($item, 'order.items[' . $position++ . ']');
    }

    return $json . ',"items":[' . implode(',', $out) . ']}';
}

function item($item, string $path): string
{
    if (!is_array($item)) {
        throw expected($path, EXPECT_ITEM, describe($item));
    }
    foreach ($item as $key => $_) {
        if (!isset(ITEM_KEYS[$key])) {
            throw unknownKey($path, $key, 'id, title, price, image, count');
        }
    }

    $json = '';
    $id = text($item, 'id', $path . '.id', true, EXPECT_STRING_OR_INT);
    if ($id !== '') {
        $json .= ',"id":' . json_encode($id, JSON_FLAGS);
    }
    $title = text($item, 'title', $path . '.title', false, EXPECT_STRING);
    if ($title !== '') {
        $json .= ',"title":' . json_encode($title, JSON_FLAGS);
    }
    $price = number($item, 'price', $path . '.price', false);
    if ($price !== null) {
        $json .= ',"price":' . $price;
    }
    $image = text($item, 'image', $path . '.image', false, EXPECT_IMAGE);
    if ($image !== '') {
        if (!isUrl($image)) {
            throw expected($path . '.image', EXPECT_IMAGE, describe($item['image']));
        }
        $json .= ',"image":' . json_encode($image, JSON_FLAGS);
    }
    $count = number($item, 'count', $path . '.count', true);
    if ($count !== null) {
        $json .= ',"count":' . $count;
    }
    if ($json === '') {
        throw expected($path, EXPECT_ITEM_FIELDS, describe($item));
    }
    $json[0] = '{';
    return $json . '}';
}

/* ---- loader, cart events, profile data (issue 14) -------------------- */

function loader(int|string $site_id, ?string $nonce = null): string
{
    $id = $site_id;
    if (is_string($id)) {
        // ASCII digits only, any leading zeros, up to PHP_INT_MAX: compared
        // as digit strings, never through PHP's numeric-string rules.
        $digits = trim($id, WS);
        $value = preg_match('/\A[0-9]++\z/', $digits) ? ltrim($digits, '0') : '';
        $max = (string)PHP_INT_MAX;
        $id = $value === '' || strlen($value) > strlen($max) || (strlen($value) === strlen($max) && strcmp($value, $max) > 0)
            ? 0 : (int)$value;
    }
    if ($id < 1) {
        throw expected('site_id', EXPECT_SITE_ID, describe($site_id));
    }
    $site_id = $id;
    checkNonce($nonce);
    return '<script type="text/javascript" src="https://api.flocktory.com/v2/loader.js?site_id=' . $site_id
        . '" async="async"' . ($nonce !== null ? ' nonce="' . $nonce . '"' : '') . '></script>';
}

function addToCart(array $item, ?string $nonce = null, int $as = FORM_ELEMENT): string
{
    checkForm('flocktory_add_to_cart', 2, $nonce, $as);
    $payload = '{"item":' . cartItem($item, 'item', true) . '}';
    checkNonce($nonce);
    return script('addToCart', $payload, $nonce, $as);
}

function removeFromCart(array $item, ?string $nonce = null, int $as = FORM_ELEMENT): string
{
    checkForm('flocktory_remove_from_cart', 2, $nonce, $as);
    $payload = '{"item":' . cartItem($item, 'item', false) . '}';
    checkNonce($nonce);
    return script('removeFromCart', $payload, $nonce, $as);
}

function updateCart(array $items, ?string $nonce = null, int $as = FORM_ELEMENT): string
{
    checkForm('flocktory_update_cart', 2, $nonce, $as);
    $out = [];
    $position = 0;
    foreach ($items as $item) {
        $out[] = cartItem($item, 'items[' . $position++ . ']', true);
    }
    $payload = '{"cart":{"items":[' . implode(',', $out) . ']}}';
    checkNonce($nonce);
    return script('updateCart', $payload, $nonce, $as);
}

function attachToProfile(array $data, ?string $nonce = null, int $as = FORM_ELEMENT): string
{
    checkForm('flocktory_attach_to_profile', 2, $nonce, $as);
    $out = [];
    foreach ($data as $key => $v) {
        if (is_int($key)) {
            throw new ValidationException('data', 'data: expected ' . EXPECT_FREE_KEY . ', got the int key ' . $key
                . ' (PHP turns keys like "12" into ints)');
        }
        if (!preg_match('/\A[A-Za-z0-9_.\-]{1,64}\z/', $key)) {
            throw new ValidationException('data', 'data: expected ' . EXPECT_FREE_KEY . ', got the key ' . quote($key));
        }
        $path = preg_match('/\A[A-Za-z0-9_]+\z/', $key) ? 'data.' . $key : 'data["' . $key . '"]';
        if (is_bool($v)) {
            $json = $v ? 'true' : 'false';
        } elseif (is_int($v)) {
            if ($v <= -NUMBER_LIMIT || $v >= NUMBER_LIMIT) {
                throw expected($path, EXPECT_FREE_VALUE, describe($v));
            }
            $json = (string)$v;
        } elseif (is_float($v)) {
            // NAN fails both comparisons; -0.0 == 0.0 is written 0.
            if (!($v > -1e15 && $v < 1e15)) {
                throw expected($path, EXPECT_FREE_VALUE, describe($v));
            }
            $json = $v == 0.0 ? '0' : jsonFloat($v);
        } elseif (is_string($v)) {
            if (!preg_match('//u', $v)) {
                throw utf8Error($path, $v);
            }
            $v = trim($v, WS);
            if ($v === '') {
                continue;
            }
            $json = json_encode($v, JSON_FLAGS);
        } elseif ($v === null) {
            continue;
        } else {
            throw expected($path, EXPECT_FREE_VALUE, describe($v));
        }
        $out[] = '"' . $key . '":' . $json;
    }
    if (!$out) {
        throw expected('data', EXPECT_FREE_ONE, describe($data));
    }
    $payload = '{"data":{' . implode(',', $out) . '}}';
    checkNonce($nonce);
    return script('attachToProfile', $payload, $nonce, $as);
}

/** A cart event's item; a removed one ($priceRequired false) may leave out its price. */
function cartItem($item, string $path, bool $priceRequired): string
{
    if (!is_array($item)) {
        throw expected($path, EXPECT_CART_ITEM, describe($item));
    }
    foreach ($item as $key => $_) {
        if (!isset(CART_ITEM_KEYS[$key])) {
            throw unknownKey($path, $key, 'id, price, count, brand, category_id');
        }
    }
    $id = text($item, 'id', $path . '.id', true, EXPECT_ORDER_ID);
    if ($id === '') {
        throw expected($path . '.id', EXPECT_ORDER_ID, array_key_exists('id', $item) ? describe($item['id']) : 'nothing');
    }
    $json = '{"id":' . json_encode($id, JSON_FLAGS);
    $price = number($item, 'price', $path . '.price', false);
    if ($price !== null) {
        $json .= ',"price":' . $price;
    } elseif ($priceRequired) {
        throw expected($path . '.price', EXPECT_PRICE,
            array_key_exists('price', $item) ? describe($item['price']) : 'nothing');
    }
    $count = number($item, 'count', $path . '.count', true);
    if ($count === null) {
        throw expected($path . '.count', EXPECT_COUNT,
            array_key_exists('count', $item) ? describe($item['count']) : 'nothing');
    }
    $json .= ',"count":' . $count;
    $brand = text($item, 'brand', $path . '.brand', false, EXPECT_STRING);
    if ($brand !== '') {
        $json .= ',"brand":' . json_encode($brand, JSON_FLAGS);
    }
    $category = text($item, 'category_id', $path . '.category_id', true, EXPECT_STRING_OR_INT);
    if ($category !== '') {
        $json .= ',"categoryId":' . json_encode($category, JSON_FLAGS);
    }
    return $json . '}';
}

function checkNonce(?string $nonce): void
{
    if ($nonce !== null && !preg_match(NONCE_RE, $nonce)) {
        throw expected('nonce', EXPECT_NONCE, describe($nonce));
    }
}

/**
 * The extension's check of $as, made with the arguments, before any data:
 * the same ValueError messages. $nonceArg is $nonce's argument number.
 */
function checkForm(string $function, int $nonceArg, ?string $nonce, int $as): void
{
    if ($as !== FORM_ELEMENT && $as !== FORM_JS && $as !== FORM_JSON) {
        throw new \ValueError("$function(): Argument #" . ($nonceArg + 1)
            . ' ($as) must be FLOCKTORY_ELEMENT, FLOCKTORY_JS or FLOCKTORY_JSON');
    }
    if ($nonce !== null && $as !== FORM_ELEMENT) {
        throw new \ValueError("$function(): Argument #$nonceArg (\$nonce) must be null when \$as is "
            . ($as === FORM_JS ? 'FLOCKTORY_JS' : 'FLOCKTORY_JSON'));
    }
}

/** A script snippet in its form: the push's argument, in the queue's code, in the element. */
function script(string $event, string $payload, ?string $nonce, int $as = FORM_ELEMENT): string
{
    $json = '["' . $event . '",' . $payload . ']';
    if ($as === FORM_JSON) {
        return $json;
    }
    $js = "window.flocktory = window.flocktory || [];\nwindow.flocktory.push(" . $json . ');';
    if ($as === FORM_JS) {
        return $js;
    }
    return '<script type="text/javascript"' . ($nonce !== null ? ' nonce="' . $nonce . '"' : '') . ">\n"
        . $js . "\n</script>";
}

/**
 * A string (or, with $intsToo, an int) field as trimmed UTF-8 text; absent
 * and null read as "".
 */
function text(array $a, string $key, string $path, bool $intsToo, string $what): string
{
    if (!isset($a[$key])) {
        return '';
    }
    $v = $a[$key];
    if (is_string($v)) {
        if (!preg_match('//u', $v)) {
            throw utf8Error($path, $v);
        }
        return trim($v, WS);
    }
    if ($intsToo && is_int($v)) {
        return (string)$v;
    }
    throw expected($path, $what, describe($v));
}

/**
 * A price or count as the JSON number to write, or null when absent.
 */
function number(array $a, string $key, string $path, bool $positive): ?string
{
    if (!isset($a[$key])) {
        return null;
    }
    $v = $a[$key];
    if (is_int($v)) {
        if ($v >= ($positive ? 1 : 0) && $v < NUMBER_LIMIT) {
            return (string)$v;
        }
    } elseif (is_float($v)) {
        // NAN fails both comparisons; -0.0 == 0.0.
        if ($v >= 0.0 && $v < NUMBER_LIMIT && !($positive && $v == 0.0)) {
            return $v == 0.0 ? '0' : jsonFloat($v);
        }
    } elseif (is_string($v)) {
        if (!preg_match('//u', $v)) {
            throw utf8Error($path, $v);
        }
        $s = trim($v, WS);
        if ($s === '') {
            return null;
        }
        if (preg_match(DECIMAL_RE, $s, $m)) {
            // The exact decimal value, never through a double.
            $int = ltrim($m[1], '0');
            $frac = isset($m[2]) ? rtrim($m[2], '0') : '';
            $dec = ($int === '' ? '0' : $int) . ($frac === '' ? '' : '.' . $frac);
            if (!($positive && $dec === '0')) {
                return $dec;
            }
        }
    }
    throw expected($path, $positive ? EXPECT_COUNT : EXPECT_PRICE, describe($v));
}

/** json_encode() of a finite float under serialize_precision = -1, whatever the ini says. */
function jsonFloat(float $d): string
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

/** $email is trimmed valid UTF-8; $at the offset of its first '@', $domain what follows it. */
function isEmail(string $email, $at, string $domain): bool
{
    if ($at === false || $at > 64 || strlen($domain) > 253 || !preg_match(EMAIL_RE, $email)) {
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
function isUrl(string $url): bool
{
    if (preg_match(URL_FORBIDDEN_RE, $url) || !preg_match(URL_RE, $url, $m)) {
        return false;
    }
    $authority = $m[1];
    $at = strpos($authority, '@');
    if ($at !== false) {
        $authority = substr($authority, $at + 1);
    }
    return (bool)preg_match(HOSTPORT_RE, $authority);
}

/* ---- the <div class="i-flocktory"> tags (issue 13) --------------------- */

const EXPECT_CATEGORY_ID = 'a non-empty string or an int from 1';
const EXPECT_BOOL = 'true or false';
const EXPECT_NO_NUL = 'text without U+0000, which an HTML attribute cannot carry';
const ITEM_VIEW_KEYS = ['id' => true, 'category_id' => true, 'vendor' => true, 'available' => true];
const ATTR_ENTITIES = ['&' => '&amp;', '"' => '&quot;', "'" => '&#39;', '<' => '&lt;', '>' => '&gt;', "\r" => '&#13;'];

function userTag(array $user): string
{
    [$name, $email] = tagUser($user, false);
    return '<div class="i-flocktory"' . attr('data-fl-user-name', $name) . attr('data-fl-user-email', $email) . '></div>';
}

function itemView(array $item): string
{
    foreach ($item as $key => $_) {
        if (!isset(ITEM_VIEW_KEYS[$key])) {
            throw unknownKey('item', $key, 'id, category_id, vendor, available');
        }
    }
    $id = attrText($item, 'id', 'item.id', true, EXPECT_ORDER_ID);
    if ($id === '') {
        throw expected('item.id', EXPECT_ORDER_ID, array_key_exists('id', $item) ? describe($item['id']) : 'nothing');
    }
    $out = '<div class="i-flocktory" data-fl-action="track-item-view"' . attr('data-fl-item-id', $id);
    // A blank category or vendor is written as "": only null leaves it out.
    $category = attrText($item, 'category_id', 'item.category_id', true, EXPECT_STRING_OR_INT);
    if (isset($item['category_id'])) {
        $out .= ' data-fl-item-category-id="' . strtr($category, ATTR_ENTITIES) . '"';
    }
    $vendor = attrText($item, 'vendor', 'item.vendor', false, EXPECT_STRING);
    if (isset($item['vendor'])) {
        $out .= ' data-fl-item-vendor="' . strtr($vendor, ATTR_ENTITIES) . '"';
    }
    if (isset($item['available'])) {
        if (!is_bool($item['available'])) {
            throw expected('item.available', EXPECT_BOOL, describe($item['available']));
        }
        $out .= ' data-fl-item-available="' . ($item['available'] ? 'true' : 'false') . '"';
    }
    return $out . '></div>';
}

function categoryView(string|int|null $categoryId): string
{
    if ($categoryId === null) {
        // A category not found: an empty id's message.
        throw expected('category_id', EXPECT_CATEGORY_ID, describe(null));
    }
    if (is_int($categoryId)) {
        if ($categoryId < 1) {
            throw expected('category_id', EXPECT_CATEGORY_ID, describe($categoryId));
        }
        $id = (string)$categoryId;
    } else {
        $id = attrText(['category_id' => $categoryId], 'category_id', 'category_id', false, EXPECT_CATEGORY_ID);
        if ($id === '') {
            throw expected('category_id', EXPECT_CATEGORY_ID, describe($categoryId));
        }
    }
    return '<div class="i-flocktory" data-fl-action="track-category-view"' . attr('data-fl-category-id', $id) . '></div>';
}

function exchange(array $user = [], ?string $spot = null): string
{
    [$name, $email] = tagUser($user, true);
    $spot = $spot === null ? '' : attrText(['spot' => $spot], 'spot', 'spot', false, EXPECT_STRING);
    return '<div class="i-flocktory" data-fl-action="exchange"' . attr('data-fl-spot', $spot)
        . attr('data-fl-user-name', $name) . attr('data-fl-user-email', $email) . '></div>';
}

/**
 * The name and email of a tag's $user: postcheckout's rules, but the name
 * may be absent; the exchange's chain is email, phone, then a fixed address.
 */
function tagUser(array $user, bool $exchange): array
{
    foreach ($user as $key => $_) {
        if (!isset(USER_KEYS[$key])) {
            throw unknownKey('user', $key, 'name, email, phone, id, sex');
        }
    }
    $name = attrText($user, 'name', 'user.name', false, EXPECT_NAME);
    $email = attrText($user, 'email', 'user.email', false, EXPECT_EMAIL);
    if ($email !== '') {
        $at = strpos($email, '@');
        $domain = $at === false ? '' : substr($email, $at + 1);
        if (!isEmail($email, $at, $domain)) {
            throw expected('user.email', EXPECT_EMAIL, describe($user['email']));
        }
        $email = substr($email, 0, $at + 1) . strtr($domain, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz');
    } else {
        $email = fallbackEmail($user, $exchange, true);
    }
    $sex = attrText($user, 'sex', 'user.sex', false, EXPECT_SEX);
    if ($sex !== '' && $sex !== 'm' && $sex !== 'f' && $sex !== 'M' && $sex !== 'F') {
        throw expected('user.sex', EXPECT_SEX, describe($user['sex']));
    }
    if ($email === '') {
        throw expected('user.email', EXPECT_EMAIL_OR_FALLBACK,
            array_key_exists('email', $user) ? describe($user['email']) : 'nothing');
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
function fallbackEmail(array $user, bool $exchange, bool $attr): string
{
    $first = null;
    foreach (['phone', 'id'] as $key) {
        if ($exchange && $key === 'id') {
            return 'xname@flocktory.com';
        }
        try {
            $address = $key === 'phone' ? phoneAddress($user, $attr) : userIdAddress($user, $attr);
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
function phoneAddress(array $user, bool $attr): string
{
    $phone = $attr ? attrText($user, 'phone', 'user.phone', true, EXPECT_PHONE)
        : text($user, 'phone', 'user.phone', true, EXPECT_PHONE);
    if ($phone === '') {
        return '';
    }
    $digits = str_replace(PHONE_SEPARATORS, '', $phone);
    if ($digits !== '' && $digits[0] === '+') {
        $digits = substr($digits, 1);
    }
    if (!preg_match('/\A[0-9]{10,15}\z/', $digits)) {
        throw expected('user.phone', EXPECT_PHONE, describe($user['phone']));
    }
    return $digits . '@unknown.email';
}

/** ID@unknown.email from user.id, '' when it is absent. */
function userIdAddress(array $user, bool $attr): string
{
    $id = $attr ? attrText($user, 'id', 'user.id', true, EXPECT_USER_ID)
        : text($user, 'id', 'user.id', true, EXPECT_USER_ID);
    if ($id === '') {
        return '';
    }
    if (strlen($id) > 64 || !preg_match(USER_ID_RE, $id)) {
        throw expected('user.id', EXPECT_USER_ID, describe($user['id']));
    }
    return $id . '@unknown.email';
}

/** text(), and U+0000, which an attribute cannot carry, is an error. */
function attrText(array $a, string $key, string $path, bool $intsToo, string $what): string
{
    $s = text($a, $key, $path, $intsToo, $what);
    if (str_contains($s, "\0")) {
        throw expected($path, EXPECT_NO_NUL, describe($a[$key]));
    }
    return $s;
}

/** ` NAME="VALUE"`, or nothing for an empty value. */
function attr(string $name, string $value): string
{
    return $value === '' ? '' : ' ' . $name . '="' . strtr($value, ATTR_ENTITIES) . '"';
}

/* ---- errors ---------------------------------------------------------- */

function expected(string $path, string $what, string $given): ValidationException
{
    return new ValidationException($path, $path . ': expected ' . $what . ', got ' . $given);
}

function unknownKey(string $at, $key, string $allowed): ValidationException
{
    if (is_int($key)) {
        $path = $at . '[' . $key . ']';
    } elseif (preg_match('/\A[A-Za-z0-9_]+\z/', $key)) {
        $path = $at . '.' . $key;
    } else {
        $path = $at . '[' . quote($key) . ']';
    }
    return new ValidationException($path, $path . ': unknown key, expected one of ' . $allowed);
}

function utf8Error(string $path, string $s): ValidationException
{
    preg_match('/\A(?:' . UTF8_CHAR . ')*+/', $s, $m);
    $offset = strlen($m[0]);
    return new ValidationException($path, sprintf(
        '%s: expected valid UTF-8, got invalid byte \\x%02X at offset %d in %s'
            . " (convert the text to UTF-8 first, e.g. iconv('Windows-1251', 'UTF-8', \$s))",
        $path, ord($s[$offset]), $offset, describe($s)
    ));
}

/** What was given: its type and, for a scalar, its value. */
function describe($v): string
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
            return 'float(' . ($v == 0.0 ? '0' : jsonFloat($v)) . ')';
        case is_string($v):
            return 'string(' . strlen($v) . ') ' . quote($v, true);
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
const INVISIBLE_RE = '/\A(?:[\x00-\x1F\x7F]|\xC2[\x80-\xA0\xAD]|\xE2\x80[\x8B-\x8F\xA8-\xAF]|\xE2\x81\xA0|\xEF\xBB\xBF)\z/';

/**
 * "text" with " and \ escaped and invalid UTF-8 as \xNN, cut to 40 bytes of
 * the text at a character boundary with ... after the closing quote. In a
 * value ($value true), what cannot be seen is \u{...}; a key keeps \xNN
 * for its control bytes.
 */
function quote(string $s, bool $value = false): string
{
    if (strlen($s) <= 40 && preg_match('/\A[\x20-\x21\x23-\x5B\x5D-\x7E]*+\z/', $s)) {
        return '"' . $s . '"';
    }
    preg_match_all('/' . UTF8_CHAR . '|[\x80-\xFF]/s', $s, $m);
    $out = '';
    $bytes = 0;
    foreach ($m[0] as $unit) {
        $bytes += strlen($unit);
        if ($bytes > 40) {
            return '"' . $out . '"...';
        }
        if ($value && preg_match(INVISIBLE_RE, $unit)) {
            $out .= '\\u{' . dechex(codePoint($unit)) . '}';
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
function codePoint(string $unit): int
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
